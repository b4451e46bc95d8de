"""Datasette-ready output: `metadata.yml` next to the database and the Japanese full-text indexes.

The metadata describes the tables and columns that exist in the database (tables and columns added
later simply have no description), sets facets a researcher filters by (type, label_en, event type,
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

TABLES = {
    "documents": ("One row per input document: its original text and warnings.", ["encoding"]),
    "entities": ("Named entities with their glossary alignment.", ["type", "label_en", "match"]),
    "dates": ("Time expressions as EDTF with ISO bounds.", ["value"]),
    "quantities": ("Money, percentages, counts and measures in base units.", ["unit", "kind"]),
    "footnotes": ("Footnote markers in the running text and their notes.", []),
    "claims": ("Claims: predicate, subject, modality, polarity, attribution.",
               ["modality", "polarity", "type", "event_category", "subject_label_en"]),
    "claim_arguments": ("Subject, objects and source of each claim.", ["role", "label_en"]),
    "events": ("Claims coded as PLOVER events.", ["event_type", "modality", "quad_class"]),
    "alias_proposals": ("Aliases that documents define for glossary entries.", []),
    "glossary": ("The bilingual glossary the run used.", ["type"]),
    "runs": ("One row per pipeline run.", []),
    "errors": ("Inputs that failed, with the stage and the fix.", ["stage"]),
}

COLUMNS = {
    "doc_id": "deterministic document id (sha256 of the bytes)",
    "start": "start offset in documents.text (Python str index)",
    "end": "end offset in documents.text (half-open)",
    "text": "the evidence: documents.text[start:end] (or the whole text in documents)",
    "type": "SPEC type (PERSON COUNTRY ORGANIZATION AGREEMENT LOCATION EVENT POLICY PRODUCT OTHER) or claim type",
    "glossary_id": "id of the aligned glossary entry, null when unlinked",
    "label_en": "English label of the glossary entry",
    "label_ja": "Japanese label of the glossary entry",
    "match": "how the entity was aligned: exact, variant, abbreviation, compound, fuzzy, model",
    "score": "confidence of the alignment, 0..1",
    "value": "EDTF value (dates) or number in base units (quantities)",
    "earliest": "earliest ISO date the expression can mean (null: open)",
    "latest": "latest ISO date the expression can mean (null: open)",
    "unit": "ISO 4217 currency, percent, SI symbol or counter word",
    "modality": "asserted, hedged or speculative",
    "polarity": "positive or negative",
    "attributed": "1 when the claim is reported from a source other than the author",
    "event_type": "one of PLOVER's 16 event types",
    "predicate": "the claim's predicate (lemma)",
}


def _columns(con, table: str) -> list[str]:
    return [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]


def metadata(con, database: str) -> dict:
    """The Datasette metadata for the tables present in `con`; `database` is the file's stem."""
    tables = {}
    present = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table, (description, facets) in TABLES.items():
        if table not in present:
            continue
        cols = _columns(con, table)
        described = store.table_catalog().get(table)  # the store's own catalog first, then the short map
        known = {c.name: c.description for c in described.columns} if described else {}
        entry = {"description": described.description if described else description,
                 "columns": {c: known.get(c) or COLUMNS[c] for c in cols if c in known or c in COLUMNS}}
        if [f for f in facets if f in cols]:
            entry["facets"] = [f for f in facets if f in cols]
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
    store.rebuild_fts(con)
    path = database.with_name("metadata.yml")
    return write_atomic(path, yaml.safe_dump(metadata(con, database.stem), allow_unicode=True, sort_keys=False))
