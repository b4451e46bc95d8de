"""Datasette-ready output: `metadata.yml` next to the database and the Japanese full-text indexes.

The metadata describes the tables and columns that exist in the database, with the descriptions of
the store's catalog (`store/catalog.yaml`), sets facets a researcher filters by (type, label_en, event type,
modality), makes `claims` and `documents` searchable through the trigram indexes and adds a canned
query, ``search_claims``, that also finds one- and two-character queries (米, 日米).
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

import yaml

from .. import store
from .atomic import write_atomic
from .datapackage import DEFAULT_LICENSE

TITLE = "Japanese research-text pipeline"
DESCRIPTION = ("Entities aligned with a bilingual glossary, dates (EDTF), quantities, footnotes and claims "
               "extracted from Japanese documents. Every start/end indexes the document's original text, "
               "so documents.text[start:end] is the evidence. Search claims in Japanese or English with "
               "the search_claims query.")
LICENSE = DEFAULT_LICENSE["name"]  # the annotations, as in the data package; each document's text keeps its owner's rights
LICENSE_URL = DEFAULT_LICENSE["path"]

FACETS = {  # what a researcher filters by; descriptions come from the store's catalog
    "documents": ["encoding"], "entities": ["type", "label_en", "match"], "dates": ["value"],
    "quantities": ["unit", "kind"], "footnotes": [],
    "claims": ["modality", "polarity", "type", "event_category", "subject_label_en"],
    "claim_arguments": ["role", "label_en"], "events": ["event_type", "modality", "quad_class"],
    "alias_proposals": [], "glossary": ["type"], "runs": [], "errors": ["stage"],
}



def _columns(con, table: str) -> list[str]:
    return [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]


def metadata(con, database: str) -> dict:
    """The Datasette metadata for the tables present in `con`; `database` is the file's stem."""
    tables = {}
    present = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table, info in store.table_catalog().items():  # every described table the database has
        if table not in present:
            continue
        cols = _columns(con, table)
        known = {c.name: c.description for c in info.columns}
        entry = {"description": info.description, "columns": {c: known[c] for c in cols if c in known}}
        facets = [f for f in FACETS.get(table, []) if f in cols]
        if facets:
            entry["facets"] = facets
        if f"{table}_fts" in present:
            entry.update(fts_table=f"{table}_fts", fts_pk="rowid")
        tables[table] = entry
    queries = {"search_claims": {
        "title": "Search claims (Japanese or English, any length)",
        "description": "Claims whose text or arguments contain q: trigram full-text search for three "
                       "characters or more, a substring scan for one or two (米, 日米).",
        "sql": store.SEARCH_CLAIMS_SQL}} if "claims_fts" in present else {}
    return {"title": TITLE, "description": DESCRIPTION, "license": LICENSE, "license_url": LICENSE_URL,
            "databases": {database: {"tables": tables, "queries": queries}}}


def write_datasette(con, database) -> Path | None:
    """Rebuild the full-text indexes and write `metadata.yml` beside `database`; returns its path.
    Datasette reads SQLite files only: for any other store (a server URL) nothing is written."""
    if not isinstance(con, sqlite3.Connection):
        return None
    database = Path(database)
    store.refresh_fts(con)  # the rows stored since the last run (a whole rebuild when it has none)
    path = database.with_name("metadata.yml")
    return write_atomic(path, yaml.safe_dump(metadata(con, database.stem), allow_unicode=True, sort_keys=False))
