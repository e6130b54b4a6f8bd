"""gongkai (公开): government PDFs and spreadsheets to validated, de-identified open data.

Stages, each a plain function from data to data (I/O only at the edges):
extract (PDF -> tables / gazette items) -> validate (Table Schema) -> deid (policy from the
schema, release gate) -> package (Data Package with provenance) -> publish (published/, CKAN).
"""

__version__ = "0.1.0"
