"""Schema-3 tables for event data: `events` (one row per event, actors flattened) and the views
`v_events` (events with their year, sentence and document metadata) and `v_entity_mentions`
(entities with English labels, their sentence and document metadata)."""
from __future__ import annotations

from ..records import Actor, Event

_ACTOR_COLS = ("glossary_id", "label_en", "country", "sector", "text", "entity_id", "marker")
_EVENT_COLS = (
    "event_id", "claim_id", "doc_id", "date_value", "date_earliest", "date_latest", "date_source",
    *(f"source_{c}" for c in _ACTOR_COLS), *(f"target_{c}" for c in _ACTOR_COLS),
    "event_type", "mode", "context", "cameo_root", "quad_class", "modality", "polarity", "attributed",
    "source_of_report", "sentence", "start", "end", "event_category", "type_reason",
)
SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
  event_id TEXT PRIMARY KEY, claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
  date_value TEXT, date_earliest TEXT, date_latest TEXT, date_source TEXT,
  source_glossary_id TEXT, source_label_en TEXT, source_country TEXT, source_sector TEXT, source_text TEXT,
  source_entity_id TEXT, source_marker TEXT,
  target_glossary_id TEXT, target_label_en TEXT, target_country TEXT, target_sector TEXT, target_text TEXT,
  target_entity_id TEXT, target_marker TEXT,
  event_type TEXT, mode TEXT, context TEXT, cameo_root TEXT, quad_class INTEGER, modality TEXT NOT NULL,
  polarity TEXT NOT NULL, attributed INTEGER NOT NULL, source_of_report TEXT, sentence TEXT NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, event_category TEXT, type_reason TEXT);
CREATE INDEX IF NOT EXISTS events_doc ON events(doc_id);
CREATE INDEX IF NOT EXISTS events_source ON events(source_glossary_id);
CREATE INDEX IF NOT EXISTS events_claim ON events(claim_id);
CREATE VIEW IF NOT EXISTS v_events AS
  SELECT e.*, substr(e.date_earliest, 1, 4) AS year, cs.sentence_id, d.source AS document,
         json_extract(d.metadata, '$.title') AS doc_title, json_extract(d.metadata, '$.date') AS doc_date,
         json_extract(d.metadata, '$.publisher') AS doc_publisher, json_extract(d.metadata, '$.genre') AS doc_genre
  FROM events e JOIN documents d ON d.doc_id = e.doc_id LEFT JOIN claim_sentences cs ON cs.claim_id = e.claim_id;
CREATE VIEW IF NOT EXISTS v_entity_mentions AS
  SELECT n.id AS entity_id, n.doc_id, n.start, n."end", n.text, n.type, n.glossary_id, n.label_en, n.match,
         n.score, s.id AS sentence_id, s.text AS sentence, d.source AS document,
         json_extract(d.metadata, '$.title') AS doc_title, json_extract(d.metadata, '$.date') AS doc_date,
         json_extract(d.metadata, '$.language') AS doc_language
  FROM entities n JOIN documents d ON d.doc_id = n.doc_id
  LEFT JOIN sentences s ON s.doc_id = n.doc_id AND s.start <= n.start AND n.start < s."end";
"""


def insert_events(con, doc_id: str, events: list[Event]) -> None:
    marks = ",".join("?" * len(_EVENT_COLS))
    cols = ",".join(f'"{c}"' for c in _EVENT_COLS)
    con.executemany(f"INSERT INTO events ({cols}) VALUES ({marks})", [_row(doc_id, e) for e in events])


def _row(doc_id: str, e: Event) -> tuple:
    d = e.date or {}
    side = lambda a: tuple(getattr(a, c) for c in _ACTOR_COLS) if a else (None,) * len(_ACTOR_COLS)  # noqa: E731
    return (e.event_id, e.claim_id, doc_id, d.get("value"), d.get("earliest"), d.get("latest"), d.get("source"),
            *side(e.source_actor), *side(e.target_actor), e.event_type, e.mode, e.context, e.cameo_root,
            e.quad_class, e.modality, e.polarity, int(e.attributed), e.source_of_report, e.sentence, e.start,
            e.end, e.event_category, e.type_reason)


def read_events(con, doc_id: str) -> list[Event]:
    cur = con.execute('SELECT * FROM events WHERE doc_id = ? ORDER BY start, "end", event_id', (doc_id,))
    names = [c[0] for c in cur.description]
    out = []
    for values in cur.fetchall():
        r = dict(zip(names, values))
        actor = lambda p: Actor(*(r[f"{p}_{c}"] for c in _ACTOR_COLS)) if r[f"{p}_text"] is not None else None  # noqa: E731
        out.append(Event(
            r["event_id"], r["claim_id"],
            {"value": r["date_value"], "earliest": r["date_earliest"], "latest": r["date_latest"], "source": r["date_source"]},
            actor("source"), actor("target"), r["event_type"], r["mode"], r["context"], r["cameo_root"],
            r["quad_class"], r["modality"], r["polarity"], bool(r["attributed"]), r["source_of_report"],
            r["sentence"], r["start"], r["end"], r["event_category"], r["type_reason"]))
    return out
