"""Full-text indexes over the stored claims and documents that work for Japanese.

SQLite's default tokenizer (unicode61) treats a run of kanji and kana as one token, so a search for
ロシア finds nothing inside ロシアが深刻な…. The indexes use FTS5's ``trigram`` tokenizer
(SQLite >= 3.34): any substring of three or more characters matches, in Japanese and English alike,
with no model and no dictionary at search time. Trigram MATCH cannot find one- or two-character
queries (米, 日米, 中国), so `SEARCH_CLAIMS_SQL` falls back to LIKE over the same index for those.
Tokenized text (GiNZA's words separated by spaces) was the other option; it would tie the index to one
segmentation (露越 is one token, so 露 would not be found) and need the parse at indexing time.

The indexes are keyed by the tables' rowids, so Datasette's ``?_search=`` on `claims` and `documents`
uses them. They are kept up to date incrementally (`refresh_fts`, after each run): triggers delete the
index row of every claim or document row that is deleted or changed (a claim's arguments included),
by whatever code, and a run adds the rows of what it stored, so a re-run that changed a few documents
indexes only those; a store whose indexes or triggers are missing or differ from this code's (an older
pipeline's, another tokenizer) is rebuilt whole once.
"""
from __future__ import annotations

import sqlite3

from .sqlite import rows

_ACTORS = """(SELECT group_concat(a.text || COALESCE(' ' || a.label_en, '') || COALESCE(' ' || a.glossary_id, ''), ' | ')
  FROM claim_arguments a WHERE a.claim_id = c.id)"""

INDEXES = {
    "claims_fts": ("claims", ("text", "actors", "predicate"),
                   f"SELECT c.rowid, c.text, COALESCE({_ACTORS}, ''), c.predicate FROM claims c"),
    "documents_fts": ("documents", ("text", "source"), "SELECT rowid, text, source FROM documents"),
}

# Claims matching :q anywhere in their text or arguments (Japanese or English labels, glossary ids):
# trigram MATCH for three characters or more, LIKE (a scan of the index) for shorter queries.
SEARCH_CLAIMS_SQL = """SELECT c.doc_id, c.id, c.text, c.subject_label_en, c.predicate, c.modality, c.polarity, c.type
FROM claims c
WHERE :q != '' AND (
  c.rowid IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH '"' || replace(:q, '"', '""') || '"')
  OR (length(:q) < 3 AND c.rowid IN (SELECT rowid FROM claims_fts
      WHERE text LIKE '%' || :q || '%' OR actors LIKE '%' || :q || '%')))
ORDER BY c.doc_id, c.start"""


def tokenizer(con) -> str | None:
    """'trigram' when this SQLite has it (3.34+), else 'unicode61' (then Japanese search needs
    spaces), or None when it has no FTS5 at all."""
    for tok in ("trigram", "unicode61"):
        try:
            con.execute(f"CREATE VIRTUAL TABLE temp.fts_probe USING fts5(x, tokenize='{tok}')")
            con.execute("DROP TABLE temp.fts_probe")
            return tok
        except sqlite3.OperationalError:
            continue
    return None


_CLAIM_OF = "(SELECT rowid FROM claims WHERE id = {}.claim_id)"
# trigger name -> (table, event, rowid of the index row it removes)
TRIGGERS = {
    "claims_fts_deleted": ("claims_fts", "claims", "DELETE", "old.rowid"),
    "claims_fts_updated": ("claims_fts", "claims", "UPDATE", "old.rowid"),
    "claims_fts_argument_added": ("claims_fts", "claim_arguments", "INSERT", _CLAIM_OF.format("new")),
    "claims_fts_argument_deleted": ("claims_fts", "claim_arguments", "DELETE", _CLAIM_OF.format("old")),
    "claims_fts_argument_updated": ("claims_fts", "claim_arguments", "UPDATE", _CLAIM_OF.format("old")),
    "documents_fts_deleted": ("documents_fts", "documents", "DELETE", "old.rowid"),
    "documents_fts_updated": ("documents_fts", "documents", "UPDATE OF text, source", "old.rowid"),
}


def _definitions(tok: str) -> dict[str, str]:
    """name -> the CREATE statement of every index and trigger under tokenizer `tok`: what
    `rebuild_fts` runs and what `refresh_fts` compares with the store's (sqlite_master.sql)."""
    made = {name: f"CREATE VIRTUAL TABLE {name} USING fts5({', '.join(columns)}, tokenize='{tok}')"
            for name, (_, columns, _) in INDEXES.items()}
    for name, (index, table, event, rowid) in TRIGGERS.items():
        made[name] = (f"CREATE TRIGGER {name} AFTER {event} ON {table} BEGIN"
                      f" DELETE FROM {index} WHERE rowid = {rowid}; END")
    return made


def rebuild_fts(con) -> str | None:
    """Drop and refill every full-text index in one transaction, with the triggers that keep them
    current; returns the tokenizer used (None: this SQLite has no FTS5, and there is no index)."""
    tok = tokenizer(con)
    if tok is None:
        return None
    made = _definitions(tok)
    with con:
        for name in TRIGGERS:
            con.execute(f"DROP TRIGGER IF EXISTS {name}")
        for name, (_, columns, select) in INDEXES.items():
            con.execute(f"DROP TABLE IF EXISTS {name}")
            con.execute(made[name])
            con.execute(f"INSERT INTO {name} (rowid, {', '.join(columns)}) {select}")
        for name in TRIGGERS:
            con.execute(made[name])
    return tok


def refresh_fts(con) -> str | None:
    """Bring every full-text index up to date: index the rows that have none (those stored or changed
    since, whose old index rows the triggers removed); the same indexes as `rebuild_fts`, which it
    runs instead when an index or trigger is missing or was made by another definition (other columns,
    tokenizer or trigger: an older pipeline's). Returns the tokenizer (None: no FTS5)."""
    tok = tokenizer(con)
    if tok is None:
        return rebuild_fts(con)
    have = dict(con.execute("SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'trigger')"))
    if any(have.get(name) != sql for name, sql in _definitions(tok).items()):
        return rebuild_fts(con)
    with con:
        for name, (table, columns, select) in INDEXES.items():
            alias = "c" if table == "claims" else table
            con.execute(f"INSERT INTO {name} (rowid, {', '.join(columns)}) {select}"
                        f" WHERE {alias}.rowid NOT IN (SELECT rowid FROM {name})")
    return tok


def search_claims(con, query: str) -> list[dict]:
    return rows(con, SEARCH_CLAIMS_SQL, {"q": query})
