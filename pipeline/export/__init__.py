"""Exports from the store: `documents.jsonl` (the SPEC's record) and every table as CSV or Parquet."""
from .tables import FORMATS, SPEC_KEYS, TABLES, document_to_json, export_tables, write_events_jsonl, write_jsonl

__all__ = ["FORMATS", "SPEC_KEYS", "TABLES", "document_to_json", "export_tables", "write_events_jsonl", "write_jsonl"]
