"""Schema-3 link tables: what a claim contains, as rows with declared foreign keys instead of JSON.

- `sentences (id, doc_id, n, start, end, text, block_kind)`: every sentence of every block;
- `claim_entities (claim_id, entity_id, role)`: role `subject`, `object`, `target`, `source` for an
  argument's linked entity, `mention` for any other entity inside the claim's span;
- `claim_dates (claim_id, date_id)`, `claim_quantities (claim_id, quantity_id)`: the records inside the
  claim's span (unit declarations excluded, as in the claim's `quantities`);
- `claim_footnotes (claim_id, doc_id, n, footnote_start)`: the markers supporting the claim;
- `claim_sentences (claim_id, sentence_id)`: the sentence a claim starts in.
Rows are derived from the document's records when it is written and replaced with it (ON DELETE
CASCADE from claims, entities, dates, quantities, footnotes and sentences).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..records import Claim, Document, Sentence

SCHEMA = """
CREATE TABLE IF NOT EXISTS sentences (
  id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
  n INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, block_kind TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS claim_sentences (
  claim_id TEXT PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
  sentence_id TEXT NOT NULL REFERENCES sentences(id) ON DELETE CASCADE);
CREATE TABLE IF NOT EXISTS claim_entities (
  claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE, role TEXT NOT NULL,
  PRIMARY KEY (claim_id, entity_id, role));
CREATE TABLE IF NOT EXISTS claim_dates (
  claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  date_id TEXT NOT NULL REFERENCES dates(id) ON DELETE CASCADE, PRIMARY KEY (claim_id, date_id));
CREATE TABLE IF NOT EXISTS claim_quantities (
  claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  quantity_id TEXT NOT NULL REFERENCES quantities(id) ON DELETE CASCADE, PRIMARY KEY (claim_id, quantity_id));
CREATE TABLE IF NOT EXISTS claim_footnotes (
  claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE, doc_id TEXT NOT NULL, n INTEGER NOT NULL,
  footnote_start INTEGER NOT NULL, PRIMARY KEY (claim_id, n),
  FOREIGN KEY (doc_id, footnote_start) REFERENCES footnotes(doc_id, start) ON DELETE CASCADE);
CREATE INDEX IF NOT EXISTS sentences_doc ON sentences(doc_id);
CREATE INDEX IF NOT EXISTS claim_entities_entity ON claim_entities(entity_id);
CREATE INDEX IF NOT EXISTS claim_sentences_sentence ON claim_sentences(sentence_id);
CREATE INDEX IF NOT EXISTS claim_dates_date ON claim_dates(date_id);
CREATE INDEX IF NOT EXISTS claim_quantities_quantity ON claim_quantities(quantity_id);
CREATE INDEX IF NOT EXISTS claim_footnotes_footnote ON claim_footnotes(doc_id, footnote_start);
"""  # every ON DELETE CASCADE child column indexed: replacing a document's rows never scans a table


def insert_sentences(con, doc: Document) -> None:
    con.executemany('INSERT INTO sentences (id, doc_id, n, start, "end", text, block_kind) VALUES (?,?,?,?,?,?,?)'
                    ' ON CONFLICT DO NOTHING',  # SQLite and PostgreSQL alike
                    [(s.id, doc.doc_id, n, s.start, s.end, s.text, s.block_kind) for n, s in enumerate(doc.sentences)])


class _ByStart:
    """Records sorted by start: the ones inside a span by bisection, not by scanning every record for
    every claim (claims x records on a long PDF)."""

    def __init__(self, records):
        self.records = sorted(records, key=lambda r: (r.start, r.end))
        self.starts = [r.start for r in self.records]

    def inside(self, start: int, end: int):
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return [r for r in self.records[lo:hi] if r.end <= end]


def insert_links(con, doc: Document) -> None:
    """The claim_* rows of every claim, one executemany per table."""
    ents_by_id = {e.id for e in doc.entities}
    ents, dates, qty = _ByStart(doc.entities), _ByStart(doc.dates), _ByStart(doc.quantities)
    sentences = sorted(doc.sentences, key=lambda s: s.start)
    sentence_starts = [s.start for s in sentences]
    notes: dict[int, list] = {}
    for f in doc.footnotes:
        notes.setdefault(f.n, []).append(f)
    rows: dict[str, list] = {t: [] for t in ("claim_entities", "claim_dates", "claim_quantities", "claim_footnotes",
                                             "claim_sentences")}
    for c in doc.claims:
        roles = {(a.entity_id, role) for role, args in (("subject", c.subjects or [c.subject]), ("object", c.objects),
                                                        ("target", c.targets), ("source", [c.source]))
                 for a in args if a is not None and a.entity_id in ents_by_id}
        linked = {e for e, _ in roles}
        roles |= {(e.id, "mention") for e in ents.inside(c.start, c.end) if e.id not in linked}
        rows["claim_entities"] += [(c.id, e, r) for e, r in sorted(roles)]
        rows["claim_dates"] += [(c.id, d.id) for d in dates.inside(c.start, c.end)]
        rows["claim_quantities"] += [(c.id, q.id) for q in qty.inside(c.start, c.end) if q.kind != "unit_declaration"]
        rows["claim_footnotes"] += [(c.id, doc.doc_id, n, start) for n, start in _markers(notes, c)]
        k = bisect_right(sentence_starts, c.start) - 1
        if k >= 0 and c.start < sentences[k].end:
            rows["claim_sentences"].append((c.id, sentences[k].id))
    for table, values in rows.items():
        if values:
            marks = ",".join("?" * len(values[0]))
            con.executemany(f"INSERT INTO {table} VALUES ({marks}) ON CONFLICT DO NOTHING", values)


def _markers(notes: dict[int, list], c: Claim) -> list[tuple[int, int]]:
    """(n, marker start) for the claim's footnote numbers: the marker with that number nearest the claim."""
    out = []
    for n in c.footnotes:
        cands = notes.get(n)
        if cands:
            f = min(cands, key=lambda f: 0 if c.start <= f.start <= c.end + 2 else abs(f.start - c.end))
            out.append((n, f.start))
    return out


def read_sentences(con, doc_id: str) -> list[Sentence]:
    return [Sentence(*r) for r in con.execute(
        'SELECT id, start, "end", text, block_kind FROM sentences WHERE doc_id = ? ORDER BY n', (doc_id,))]
