"""Exports from the store: `documents.jsonl` (the SPEC's record) and every table as CSV or Parquet; Datasette's
`metadata.yml` beside the database with its Japanese full-text indexes."""
from .datasette import write_datasette
from .tables import FORMATS, SPEC_KEYS, TABLES, document_to_json, export_tables, write_jsonl

__all__ = ["FORMATS", "SPEC_KEYS", "TABLES", "document_to_json", "export_tables", "write_datasette", "write_jsonl"]
