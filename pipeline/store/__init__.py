"""The embedded SQLite store: one transaction per document, upserts keyed by deterministic ids.

Takes `Document` records and writes them with their entities, dates, quantities, footnotes and
claims, the glossary used, runs and errors; reads them back as the same records (`connect_readonly`
for commands that only read); removes documents and stale errors. A `postgresql://` URL opens a
PostgreSQL database with the same tables and guarantees instead (extra `[postgres]`). `table_catalog`
describes every table and column (meaning and logical type) for exports. Full-text indexes that work
for Japanese (trigram) and the claim search over them.
"""
from .catalog import Column, TableInfo, table_catalog, undescribed
from .fts import SEARCH_CLAIMS_SQL, rebuild_fts, refresh_fts, search_claims
from .lines import TEXT_MARK, documents_in_order, put_lines, records_hash, stored_lines
from .maintenance import clear_stale_errors, file_exists, missing_documents, remove_documents
from .postgres import is_url
from .readonly import connect_readonly, stored_count
from .runs import set_output_key, set_profile, stored_with_key
from .transfer import copy_store
from .sqlite import (connect, document_ids, location, find_document, finish_run, read_document, record_error, rows,
                     start_run, write_document, write_glossary)

__all__ = ["stored_count", "Column", "TableInfo", "table_catalog", "undescribed", "SEARCH_CLAIMS_SQL", "rebuild_fts", "search_claims",
           "clear_stale_errors", "file_exists", "missing_documents", "remove_documents", "connect_readonly",
           "is_url", "connect", "copy_store", "document_ids", "location", "find_document", "finish_run", "read_document",
           "record_error", "rows", "start_run", "write_document", "write_glossary",
           "set_output_key", "set_profile", "stored_with_key", "refresh_fts", "records_hash", "documents_in_order",
           "stored_lines", "put_lines", "TEXT_MARK"]
