"""The embedded SQLite store: one transaction per document, upserts keyed by deterministic ids.

Takes `Document` records and writes them with their entities, dates, quantities, footnotes and
claims, the glossary used, runs and errors; reads them back as the same records; full-text
indexes that work for Japanese (trigram) and the claim search over them.
"""
from .fts import SEARCH_CLAIMS_SQL, rebuild_fts, search_claims
from .sqlite import (connect, document_ids, find_document, finish_run, read_document, record_error, rows,
                     start_run, write_document, write_glossary)

__all__ = ["SEARCH_CLAIMS_SQL", "connect", "document_ids", "find_document", "finish_run", "read_document", "rebuild_fts", "record_error", "rows",
           "search_claims", "start_run", "write_document", "write_glossary"]
