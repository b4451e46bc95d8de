"""The embedded SQLite store: one transaction per document, upserts keyed by deterministic ids.

Takes `Document` records and writes them with their entities, dates, quantities, footnotes and
claims, the glossary used, runs and errors; reads them back as the same records (`connect_readonly`
for commands that only read); removes documents and stale errors.
"""
from .maintenance import clear_stale_errors, missing_documents, remove_documents
from .readonly import connect_readonly
from .sqlite import (connect, document_ids, find_document, finish_run, read_document, record_error, rows,
                     start_run, write_document, write_glossary)

__all__ = ["connect", "document_ids", "find_document", "finish_run", "read_document", "record_error", "rows",
           "start_run", "write_document", "write_glossary", "clear_stale_errors", "missing_documents",
           "remove_documents", "connect_readonly"]
