"""gongkai (公开): government PDFs and spreadsheets to validated, de-identified open data.

Stages, each a plain function from data to data (I/O only at the edges):
extract (PDF -> tables / gazette items) -> validate (Table Schema) -> deid (policy from the
schema, release gate) -> package (Data Package with provenance) -> publish (published/, CKAN).
"""

import sys as _sys

__version__ = "0.1.0"

# jsonschema (imported by frictionless and nbformat) loads rfc3987_syntax, when it is installed
# (jupyter-events pulls it in), for its optional "iri" format checker alone; rfc3987_syntax
# compiles 38 lark grammars at import: 1.2-1.5 s of CPU in every process that validates a
# descriptor or a notebook (the CLI, each batch worker, each kernel). gongkai checks no IRI
# format, so the module is left out of gongkai's processes and jsonschema goes without that
# one checker (measured: `import jsonschema` 1.33 s -> 0.11 s).
if "rfc3987_syntax" not in _sys.modules:
    _sys.modules["rfc3987_syntax"] = None  # type: ignore[assignment]
