"""PDF extraction: tables (general and budget), gazette items, public listings."""
