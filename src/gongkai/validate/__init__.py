"""Validation: reading the tables officers hand in, Table Schema checks with two engines of the
same results, and Chinese domain checks; errors as data (``docs/validation.md``).

The package, in the order a table goes through it:

* :mod:`.schema`: the Table Schemas in ``schemas/`` and the mapping of printed headers to fields;
* :mod:`.tabular`: reading CSV/TSV and XLSX files into string cells under the schema's fields;
* :mod:`.frame`: normalising printed numbers, the header, body and domain stages, the report;
* :mod:`.columns`: the column-wise engine (frictionless's semantics, for large tables);
* :mod:`.domain`: the domain checks a schema declares (resident IDs, credit codes, periods, ...).
"""

from .frame import (COLUMN_ENGINE_MIN_ROWS, ENGINES, ValidationReport, body_descriptor,
                    check_header, choose_engine, domain_errors, normalise, validate_body,
                    validate_csv, validate_frame)

__all__ = ["COLUMN_ENGINE_MIN_ROWS", "ENGINES", "ValidationReport", "body_descriptor",
           "check_header", "choose_engine", "domain_errors", "normalise", "validate_body",
           "validate_csv", "validate_frame"]
