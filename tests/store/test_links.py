"""Link tables and views on the seed: what a data engineer joins instead of parsing JSON or offsets."""
import sqlite3

import pytest

from support import squeeze

README_QUERY = """SELECT year,
       CASE WHEN target_marker = 'から' THEN source_country ELSE target_country END AS recipient,
       COUNT(*) AS events
FROM v_events
WHERE event_category = 'supply_trade' AND polarity = 'positive'
  AND COALESCE(context, 'military') = 'military'
  AND ((source_country = 'RUS' AND COALESCE(target_marker, '') != 'から')
       OR (target_country = 'RUS' AND target_marker = 'から'))
GROUP BY year, recipient HAVING recipient IS NOT NULL
ORDER BY year, recipient"""


@pytest.fixture(scope="module")
def con(seed_run):
    c = sqlite3.connect(seed_run[1] / "pipeline.sqlite")
    yield c
    c.close()


def test_declared_foreign_keys_hold(con):
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    assert {"sentences", "claim_sentences", "claim_entities", "claim_dates", "claim_quantities", "claim_footnotes",
            "events", "v_events", "v_entity_mentions"} <= tables


def test_every_claim_points_to_the_sentence_it_starts_in(con, seed_run):
    doc = seed_run[2]
    rows = dict(con.execute("SELECT cs.claim_id, s.text FROM claim_sentences cs JOIN sentences s ON s.id = cs.sentence_id"))
    assert set(rows) == {c["id"] for c in doc["claims"]}
    for c in doc["claims"]:
        assert squeeze(c["text"])[:10] in squeeze(rows[c["id"]]), c["text"]


def test_links_match_the_claims_json(con, seed_run):
    doc = seed_run[2]
    n_dates = dict(con.execute("SELECT claim_id, COUNT(*) FROM claim_dates GROUP BY claim_id"))
    n_notes = dict(con.execute("SELECT claim_id, COUNT(*) FROM claim_footnotes GROUP BY claim_id"))
    for c in doc["claims"]:
        assert n_dates.get(c["id"], 0) == len(c["dates"]), c["text"]
        assert n_notes.get(c["id"], 0) == len(c["footnotes"]), c["text"]


def test_claim_entities_give_each_conjunct_its_role(con, seed_run):
    c = next(c for c in seed_run[2]["claims"] if "インドネシア、マレーシア、タイにも" in squeeze(c["text"]))
    rows = con.execute("SELECT e.glossary_id, ce.role FROM claim_entities ce JOIN entities e ON e.id = ce.entity_id"
                       " WHERE ce.claim_id = ? AND ce.role = 'object' ORDER BY e.start", (c["id"],)).fetchall()
    assert rows == [("country:idn", "object"), ("country:mys", "object"), ("country:tha", "object")]


def test_every_entity_mention_has_its_sentence_and_document(con, seed_run):
    rows = con.execute("SELECT entity_id, sentence_id, document FROM v_entity_mentions").fetchall()
    assert len(rows) == len(seed_run[2]["entities"])
    assert all(doc.endswith("000_3045bcbfc1055805.txt") for _, _, doc in rows)
    assert sum(s is None for _, s, _ in rows) == 0


def test_the_readme_query_over_v_events(con):
    assert con.execute(README_QUERY).fetchall() == [
        ("2000", "IDN", 1), ("2000", "MMR", 1), ("2000", "MYS", 1), ("2000", "THA", 1), ("2000", "VNM", 1)]


def test_the_readme_shows_this_query():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert README_QUERY in readme
