"""Exports from the store: `documents.jsonl` (the SPEC's record) and `events.jsonl`; every table as CSV,
typed Parquet or a Frictionless data package, or a typed pandas DataFrame (`frame`); Datasette's `metadata.yml` beside the database with its
Japanese full-text indexes."""
from .datasette import write_datasette
from .atomic import atomic_file, write_atomic
from .typed import epoch_days
from .frames import frame
from .tables import FORMATS, SPEC_KEYS, TABLES, document_to_json, export_tables, jsonl_lines, plain, write_jsonl

__all__ = ["FORMATS", "SPEC_KEYS", "TABLES", "document_to_json", "export_tables", "write_datasette",
           "write_jsonl", "jsonl_lines", "atomic_file", "write_atomic", "epoch_days", "frame", "plain"]
