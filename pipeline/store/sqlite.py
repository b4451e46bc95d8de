"""The embedded SQLite store: one table per record type, keyed by deterministic ids.

A document is written in one transaction: its row is upserted and its child rows (entities, dates,
quantities, footnotes, claims, claim arguments) are replaced, so a re-run updates in place and
never duplicates; a failure rolls back and leaves what was there before.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict
from datetime import datetime, timezone
from pathlib import Path

from .. import SCHEMA_VERSION
from ..errors import PipelineError
from .postgres import connect_postgres, is_url
from .durable import relax, transaction
from ..records import ArgRef, Candidate, Claim, DateMention, Document, Entity, Footnote, Quantity
from .events import SCHEMA as EVENTS_SCHEMA, insert_events, read_events
from .links import SCHEMA as LINKS_SCHEMA, insert_links, insert_sentences, read_sentences
from .lines import SCHEMA as LINES_SCHEMA, kept, put_hash, records_hash, stored_hash, upgrade as upgrade_lines

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
  doc_id TEXT PRIMARY KEY, source TEXT NOT NULL, encoding TEXT NOT NULL, text TEXT NOT NULL,
  n_chars INTEGER NOT NULL, warnings TEXT NOT NULL, run_id INTEGER, processed_at TEXT NOT NULL,
  metadata TEXT NOT NULL DEFAULT '{}', format TEXT, pages INTEGER, path TEXT, path_hex TEXT);
CREATE TABLE IF NOT EXISTS entities (
  id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL,
  glossary_id TEXT, label_en TEXT, label_ja TEXT, match TEXT NOT NULL, score REAL NOT NULL,
  model_label TEXT, role TEXT, candidates TEXT NOT NULL, page INTEGER, page_end INTEGER, label_en_source TEXT);
CREATE TABLE IF NOT EXISTS dates (
  id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, value TEXT,
  earliest TEXT, latest TEXT, approximate INTEGER NOT NULL, resolved_against TEXT, page INTEGER, page_end INTEGER,
  kind TEXT NOT NULL DEFAULT 'date', frequency TEXT, anchor_source TEXT);
CREATE TABLE IF NOT EXISTS quantities (
  id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, value NUMERIC, unit TEXT,
  approximate INTEGER NOT NULL, qualifier TEXT, kind TEXT NOT NULL, value_max NUMERIC, scale NUMERIC,
  page INTEGER, page_end INTEGER);
CREATE TABLE IF NOT EXISTS footnotes (
  doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
  n INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, note TEXT, note_start INTEGER,
  note_end INTEGER, page INTEGER, page_end INTEGER, PRIMARY KEY (doc_id, start));
CREATE TABLE IF NOT EXISTS claims (
  id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, predicate TEXT NOT NULL,
  subject_text TEXT, subject_entity_id TEXT, subject_glossary_id TEXT, subject_label_en TEXT,
  modality TEXT NOT NULL, polarity TEXT NOT NULL, attributed INTEGER NOT NULL, source_text TEXT,
  source_glossary_id TEXT, cue TEXT, footnotes TEXT NOT NULL, type TEXT NOT NULL,
  event_category TEXT, figure TEXT, dates TEXT NOT NULL, quantities TEXT NOT NULL,
  when_value TEXT, when_earliest TEXT, when_latest TEXT, when_source TEXT, page INTEGER, page_end INTEGER);
CREATE TABLE IF NOT EXISTS claim_arguments (
  claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE, role TEXT NOT NULL,
  position INTEGER NOT NULL, text TEXT NOT NULL, entity_id TEXT, glossary_id TEXT, label_en TEXT,
  start INTEGER, "end" INTEGER, found_by TEXT, marker TEXT, PRIMARY KEY (claim_id, role, position));
CREATE TABLE IF NOT EXISTS alias_proposals (
  doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE, glossary_id TEXT NOT NULL,
  alias TEXT NOT NULL, PRIMARY KEY (doc_id, glossary_id, alias));
CREATE TABLE IF NOT EXISTS glossary (
  id TEXT PRIMARY KEY, type TEXT NOT NULL, label_ja TEXT NOT NULL, label_en TEXT NOT NULL,
  aliases_ja TEXT, aliases_en TEXT, iso3166 TEXT, wikidata TEXT, valid_from TEXT, valid_to TEXT,
  notes TEXT, source TEXT, country TEXT, sector TEXT, label_source TEXT);
CREATE TABLE IF NOT EXISTS runs (
  run_id INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT NOT NULL, finished_at TEXT,
  pipeline_version TEXT NOT NULL, model TEXT NOT NULL, config_fingerprint TEXT NOT NULL,
  glossary_fingerprint TEXT NOT NULL, n_documents INTEGER, n_errors INTEGER, status TEXT,
  output_key TEXT, profile TEXT);
CREATE TABLE IF NOT EXISTS errors (
  source TEXT NOT NULL, stage TEXT NOT NULL, message TEXT NOT NULL, doc_id TEXT, run_id INTEGER,
  at TEXT NOT NULL, path TEXT NOT NULL, PRIMARY KEY (path, stage));
CREATE INDEX IF NOT EXISTS entities_doc ON entities(doc_id);
CREATE INDEX IF NOT EXISTS entities_gloss ON entities(glossary_id);
CREATE INDEX IF NOT EXISTS dates_doc ON dates(doc_id);
CREATE INDEX IF NOT EXISTS quantities_doc ON quantities(doc_id);
CREATE INDEX IF NOT EXISTS claims_doc ON claims(doc_id);
CREATE INDEX IF NOT EXISTS documents_path ON documents(path);
CREATE INDEX IF NOT EXISTS documents_source ON documents(source);
"""
_CHILD_TABLES = ("events", "entities", "dates", "quantities", "footnotes", "claims", "alias_proposals", "sentences",
                 "document_lines")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def location(out_dir: Path, database: str) -> Path | str:
    """Where the store is: a postgresql:// URL as given, else a SQLite file inside the output folder."""
    return database if is_url(database) else out_dir / database


def connect(path: Path | str) -> sqlite3.Connection:
    """Open (or create) the store; its schema version is SQLite's user_version. A postgresql:// URL
    opens that database instead (the same tables and SQL; see postgres.py)."""
    if is_url(path):
        return upgrade_lines(connect_postgres(path, SCHEMA + LINKS_SCHEMA + EVENTS_SCHEMA + LINES_SCHEMA, SCHEMA_VERSION))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(path)
        found = con.execute("PRAGMA user_version").fetchone()[0]
        if found not in (0, SCHEMA_VERSION):
            raise PipelineError(f"{path}: database schema version {found}, this pipeline writes version "
                                f"{SCHEMA_VERSION}; choose another --out folder or delete the old database")
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("PRAGMA journal_mode = WAL")
        relax(con)  # commits do not wait for the disk, except about once a second (durable.py)
        con.executescript(SCHEMA)
        con.executescript(LINKS_SCHEMA)
        con.executescript(EVENTS_SCHEMA)
        con.executescript(LINES_SCHEMA)
        upgrade_lines(con)
        con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except (OSError, sqlite3.Error) as e:
        raise PipelineError(f"{path}: cannot open the database ({e}); choose another --out folder") from None
    return con


def start_run(con, version: str, model: str, config_fp: str, glossary_fp: str) -> int:
    with con:
        cur = con.execute(
            "INSERT INTO runs (started_at, pipeline_version, model, config_fingerprint, glossary_fingerprint)"
            " VALUES (?, ?, ?, ?, ?) RETURNING run_id",  # RETURNING: SQLite >= 3.35 and PostgreSQL alike
            (_now(), version, model, config_fp, glossary_fp),
        )
        return cur.fetchone()[0]


def finish_run(con, run_id: int, n_documents: int, n_errors: int, status: str = "finished") -> None:
    """Close a run; `status` says how it ended (finished, interrupted, stopped: the store cannot write).
    Written to disk before it returns, with every commit of the run before it."""
    with transaction(con, durable=True):
        con.execute(
            "UPDATE runs SET finished_at = ?, n_documents = ?, n_errors = ?, status = ? WHERE run_id = ?",
            (_now(), n_documents, n_errors, status, run_id),
        )


def write_glossary(con, entries) -> None:
    with con:
        con.execute("DELETE FROM glossary")
        con.executemany(
            "INSERT INTO glossary VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (e.id, e.type, e.label_ja, e.label_en, "|".join(e.aliases_ja), "|".join(e.aliases_en),
                 e.iso3166 or None, e.wikidata or None, e.valid_from or None, e.valid_to or None,
                 e.notes or None, e.source, e.country or None, e.sector or None, e.label_source or None)
                for e in entries
            ],
        )


def record_error(con, source: str, stage: str, message: str, run_id: int | None, doc_id: str | None = None,
                 path: str | None = None) -> None:
    """One row per (file, stage); `path` (the resolved path, default `source`) identifies the file."""
    with con:
        con.execute(
            "INSERT INTO errors (source, stage, message, doc_id, run_id, at, path) VALUES (?,?,?,?,?,?,?)"
            " ON CONFLICT (path, stage) DO UPDATE SET source = excluded.source,"
            " message = excluded.message, doc_id = excluded.doc_id, run_id = excluded.run_id, at = excluded.at",
            (source, stage, message, doc_id, run_id, _now(), path or source),
        )


def write_document(con, doc: Document, run_id: int | None) -> bool:
    """Upsert one document and replace its child rows, atomically; False when the stored rows were
    already these records (store/lines.py): then only the document's run and time are updated."""
    path = doc.path or doc.source
    records = records_hash(doc)
    # an edited file has new bytes and so a new doc_id: its old version (same resolved path) is replaced
    # (by the indexed column: COALESCE(path, source) made every write scan the whole table)
    key = ("path", doc.path) if doc.path else ("source", doc.source)
    with transaction(con):
        con.execute(f"DELETE FROM documents WHERE {key[0]} = ? AND doc_id != ?", (key[1], doc.doc_id))
        con.execute("DELETE FROM errors WHERE path = ?", (path,))
        if stored_hash(con, doc.doc_id) == records:
            con.execute("UPDATE documents SET run_id = ?, processed_at = ? WHERE doc_id = ?", (run_id, _now(), doc.doc_id))
            kept(con, doc.doc_id)
            return False
        con.execute(
            "INSERT INTO documents (doc_id, source, encoding, text, n_chars, warnings, run_id, processed_at, metadata,"
            " format, pages, path, path_hex) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (doc_id) DO UPDATE SET"
            " source = excluded.source, encoding = excluded.encoding, text = excluded.text,"
            " n_chars = excluded.n_chars, warnings = excluded.warnings, run_id = excluded.run_id,"
            " processed_at = excluded.processed_at, metadata = excluded.metadata, format = excluded.format,"
            " pages = excluded.pages, path = excluded.path, path_hex = excluded.path_hex",
            (doc.doc_id, doc.source, doc.encoding, doc.text, len(doc.text),
             json.dumps(doc.warnings, ensure_ascii=False), run_id, _now(),
             json.dumps(doc.metadata, ensure_ascii=False, default=str), doc.format, doc.pages, doc.path, doc.path_hex),
        )
        for table in _CHILD_TABLES:
            con.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc.doc_id,))
        _insert_children(con, doc)
        put_hash(con, doc.doc_id, records)
    return True


def _insert_children(con, doc: Document) -> None:
    d = doc.doc_id
    insert_sentences(con, doc)
    con.executemany(
        "INSERT INTO entities VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [(e.id, d, e.start, e.end, e.text, e.type, e.glossary_id, e.label_en, e.label_ja, e.match, e.score,
          e.model_label, e.role, json.dumps([asdict(c) for c in e.candidates]), e.page, e.page_end, e.label_en_source)
         for e in doc.entities],
    )
    con.executemany(
        "INSERT INTO dates VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [(x.id, d, x.start, x.end, x.text, x.value, x.earliest, x.latest, int(x.approximate), x.resolved_against,
          x.page, x.page_end, x.kind, json.dumps(x.frequency) if x.frequency else None, x.anchor_source)
         for x in doc.dates],
    )
    con.executemany(
        "INSERT INTO quantities VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [(q.id, d, q.start, q.end, q.text, q.value, q.unit, int(q.approximate), q.qualifier, q.kind,
          q.value_max, q.scale, q.page, q.page_end)
         for q in doc.quantities],
    )
    con.executemany("INSERT INTO footnotes VALUES (?,?,?,?,?,?,?,?,?)",
                    [(d, f.n, f.start, f.end, f.note, f.note_start, f.note_end, f.page, f.page_end)
                     for f in doc.footnotes])
    con.executemany("INSERT INTO alias_proposals VALUES (?,?,?)", [(d, g, a) for g, a in doc.alias_proposals])
    rows = [_claim_rows(d, c) for c in doc.claims]  # two statements per document, not two per claim
    con.executemany("INSERT INTO claims VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    [claim for claim, _ in rows])
    con.executemany("INSERT INTO claim_arguments VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    [arg for _, args in rows for arg in args])
    insert_events(con, d, doc.events)
    insert_links(con, doc)


def _claim_rows(doc_id: str, c: Claim) -> tuple[tuple, list[tuple]]:
    """The claims row of `c` and its claim_arguments rows."""
    s, src, w = c.subject, c.source, c.when or {}
    claim = (c.id, doc_id, c.start, c.end, c.text, c.predicate,
         s and s.text, s and s.entity_id, s and s.glossary_id, s and s.label_en,
         c.modality, c.polarity, int(c.attributed), src and src.text, src and src.glossary_id, c.cue,
         json.dumps(list(c.footnotes)), c.type, c.event_category, c.figure,
         json.dumps(list(c.dates), ensure_ascii=False), json.dumps(list(c.quantities), ensure_ascii=False),
         w.get("value"), w.get("earliest"), w.get("latest"), w.get("source"), c.page, c.page_end)
    args = [("subject", i, x) for i, x in enumerate(c.subjects or ([s] if s else []))]
    args += [("object", i, o) for i, o in enumerate(c.objects)]
    args += [("target", i, o) for i, o in enumerate(c.targets)]
    if src:
        args.append(("source", 0, src))
    return claim, [(c.id, role, i, a.text, a.entity_id, a.glossary_id, a.label_en, a.start, a.end, a.found_by,
                    a.marker) for role, i, a in args]


def rows(con, sql: str, args=()) -> list[dict]:
    """Query results as dicts keyed by column name."""
    cur = con.execute(sql, args)
    names = [c[0] for c in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def _read_claims(con, doc_id: str) -> list[Claim]:
    """Claims rebuilt from their table and claim_arguments (subject, objects, source)."""
    args: dict[str, dict] = {}
    for a in rows(con, "SELECT a.* FROM claim_arguments a JOIN claims c ON c.id = a.claim_id"
                       " WHERE c.doc_id = ? ORDER BY a.claim_id, a.role, a.position", (doc_id,)):
        ref = ArgRef(a["text"], a["entity_id"], a["glossary_id"], a["label_en"], a["start"], a["end"],
                     a["found_by"], a["marker"])
        args.setdefault(a["claim_id"], {}).setdefault(a["role"], []).append(ref)
    out = []
    for r in rows(con, 'SELECT * FROM claims WHERE doc_id = ? ORDER BY start, "end", id', (doc_id,)):
        a = args.get(r["id"], {})
        out.append(Claim(
            r["start"], r["end"], r["text"], r["predicate"], (a.get("subject") or [None])[0],
            tuple(a.get("object", ())), tuple(json.loads(r["dates"])), tuple(json.loads(r["quantities"])),
            r["modality"], r["polarity"], bool(r["attributed"]), (a.get("source") or [None])[0], r["cue"],
            tuple(json.loads(r["footnotes"])), r["type"], r["event_category"], r["figure"], r["id"],
            tuple(a.get("target", ())), tuple(a.get("subject", ())) if len(a.get("subject", ())) > 1 else (),
            {"value": r["when_value"], "earliest": r["when_earliest"], "latest": r["when_latest"],
             "source": r["when_source"]} if r["when_source"] else None,
            page=r["page"], page_end=r["page_end"],
        ))
    return out


def read_document(con, doc_id: str) -> Document:
    """The stored document and all its records (the inverse of write_document)."""
    row = rows(con, "SELECT * FROM documents WHERE doc_id = ?", (doc_id,))[0]
    doc = Document(row["doc_id"], row["source"], row["encoding"], row["text"], warnings=json.loads(row["warnings"]),
                   metadata=json.loads(row["metadata"] or "{}"), format=row["format"] or "txt", pages=row["pages"],
                   path=row["path"], path_hex=row["path_hex"])
    order = 'WHERE doc_id = ? ORDER BY start, "end", id'
    for r in rows(con, f"SELECT * FROM entities {order}", (doc_id,)):
        r.pop("doc_id")
        r["candidates"] = tuple(Candidate(**c) for c in json.loads(r["candidates"]))
        doc.entities.append(Entity(**r))
    for r in rows(con, f"SELECT * FROM dates {order}", (doc_id,)):
        r.pop("doc_id")
        freq = json.loads(r["frequency"]) if r["frequency"] else None
        doc.dates.append(DateMention(**{**r, "approximate": bool(r["approximate"]), "frequency": freq}))
    for r in rows(con, f"SELECT * FROM quantities {order}", (doc_id,)):
        r.pop("doc_id")
        doc.quantities.append(Quantity(**{**r, "approximate": bool(r["approximate"])}))
    doc.footnotes = [Footnote(**{k: v for k, v in r.items() if k != "doc_id"})
                     for r in rows(con, "SELECT * FROM footnotes WHERE doc_id = ? ORDER BY start", (doc_id,))]
    doc.alias_proposals = [tuple(r) for r in con.execute(
        "SELECT glossary_id, alias FROM alias_proposals WHERE doc_id = ? ORDER BY glossary_id, alias", (doc_id,))]
    doc.claims = _read_claims(con, doc_id)
    doc.events = read_events(con, doc_id)
    doc.sentences = read_sentences(con, doc_id)
    return doc


def document_ids(con) -> list[str]:
    return [r[0] for r in con.execute("SELECT doc_id FROM documents ORDER BY source, doc_id")]


def find_document(con, key: str) -> str | None:
    """A doc_id from a source path (exact), a doc_id prefix, or a unique part of a source path;
    PipelineError naming the candidates when a part matches several documents."""
    rows = con.execute("SELECT doc_id, path FROM documents WHERE source = ? OR path = ? ORDER BY path", (key, key)).fetchall()
    if len(rows) > 1:  # the same relative name under two input roots
        raise PipelineError(f"'{key}' is {len(rows)} documents ({', '.join(r[1] for r in rows[:5])}); give the full path")
    if not rows:
        rows = con.execute("SELECT doc_id FROM documents WHERE substr(doc_id, 1, ?) = ?", (len(key), key)).fetchall()
    if not rows:
        rows = [r for r in con.execute("SELECT doc_id, source FROM documents ORDER BY source") if key in r[1]]
        if len(rows) > 1:
            names = ", ".join(r[1] for r in rows[:5])
            raise PipelineError(f"'{key}' matches {len(rows)} documents ({names}); give more of the path")
    return rows[0][0] if len(rows) == 1 else None
