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
"""


def insert_sentences(con, doc: Document) -> None:
    con.executemany('INSERT INTO sentences (id, doc_id, n, start, "end", text, block_kind) VALUES (?,?,?,?,?,?,?)'
                    ' ON CONFLICT DO NOTHING',  # SQLite and PostgreSQL alike
                    [(s.id, doc.doc_id, n, s.start, s.end, s.text, s.block_kind) for n, s in enumerate(doc.sentences)])


def insert_links(con, doc: Document) -> None:
    ents = {e.id for e in doc.entities}
    sentences = sorted(doc.sentences, key=lambda s: s.start)
    for c in doc.claims:
        inside = lambda r: c.start <= r.start and r.end <= c.end  # noqa: E731
        roles = {(a.entity_id, role) for role, args in (("subject", c.subjects or [c.subject]), ("object", c.objects),
                                                        ("target", c.targets), ("source", [c.source]))
                 for a in args if a is not None and a.entity_id in ents}
        linked = {e for e, _ in roles}
        roles |= {(e.id, "mention") for e in doc.entities if inside(e) and e.id not in linked}
        con.executemany("INSERT INTO claim_entities VALUES (?,?,?) ON CONFLICT DO NOTHING", [(c.id, e, r) for e, r in sorted(roles)])
        con.executemany("INSERT INTO claim_dates VALUES (?,?) ON CONFLICT DO NOTHING", [(c.id, d.id) for d in doc.dates if inside(d)])
        con.executemany("INSERT INTO claim_quantities VALUES (?,?) ON CONFLICT DO NOTHING",
                        [(c.id, q.id) for q in doc.quantities if inside(q) and q.kind != "unit_declaration"])
        con.executemany("INSERT INTO claim_footnotes VALUES (?,?,?,?) ON CONFLICT DO NOTHING",
                        [(c.id, doc.doc_id, n, start) for n, start in _markers(doc, c)])
        s = _sentence_of(sentences, c)
        if s is not None:
            con.execute("INSERT INTO claim_sentences VALUES (?,?) ON CONFLICT DO NOTHING", (c.id, s.id))


def _markers(doc: Document, c: Claim) -> list[tuple[int, int]]:
    """(n, marker start) for the claim's footnote numbers: the marker with that number nearest the claim."""
    out = []
    for n in c.footnotes:
        cands = [f for f in doc.footnotes if f.n == n]
        if cands:
            f = min(cands, key=lambda f: 0 if c.start <= f.start <= c.end + 2 else abs(f.start - c.end))
            out.append((n, f.start))
    return out


def _sentence_of(sentences: list[Sentence], c: Claim):
    return next((s for s in sentences if s.start <= c.start < s.end), None)


def read_sentences(con, doc_id: str) -> list[Sentence]:
    return [Sentence(*r) for r in con.execute(
        'SELECT id, start, "end", text, block_kind FROM sentences WHERE doc_id = ? ORDER BY n', (doc_id,))]
