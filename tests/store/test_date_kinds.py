"""The temporal kinds of issue 10 in the store and in documents.jsonl: kind, frequency, anchor_source."""
import json

from pipeline import store
from pipeline.export import write_jsonl
from pipeline.records import DateMention, Document
from pipeline.temporal import extract_dates

TEXT = "本日午後3時、毎週開かれる会合で約80分間協議した。"


def _doc() -> Document:
    dates = [DateMention(**{**m.__dict__, "id": f"d-D{m.start}-{m.end}"}) for m in extract_dates(TEXT, "2023-09-06")]
    return Document("d" * 64, "corpus/d.txt", "utf-8", TEXT, dates=dates)


def test_extracted_kinds():
    assert [(m.text, m.kind, m.value, m.frequency, m.anchor_source) for m in _doc().dates] == [
        ("本日午後3時", "time", "2023-09-06T15", None, "document"),
        ("毎週", "set", "R/P1W", {"count": 1, "per": "P1W"}, None),
        ("約80分間", "duration", "PT80M", None, None),
    ]


def test_store_round_trip_keeps_kind_frequency_and_anchor_source(tmp_path):
    con = store.connect(tmp_path / "db.sqlite")
    doc = _doc()
    store.write_document(con, doc, None)
    assert store.read_document(con, doc.doc_id).dates == doc.dates
    rows = con.execute("SELECT kind, frequency, anchor_source FROM dates ORDER BY start").fetchall()
    assert rows == [("time", None, "document"), ("set", '{"count": 1, "per": "P1W"}', None), ("duration", None, None)]


def test_jsonl_carries_the_new_fields(tmp_path):
    con = store.connect(tmp_path / "db.sqlite")
    store.write_document(con, _doc(), None)
    write_jsonl(con, tmp_path / "documents.jsonl")
    (line,) = (tmp_path / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    dates = json.loads(line)["dates"]
    assert [(d["kind"], d["frequency"], d["anchor_source"], d["resolved_against"]) for d in dates] == [
        ("time", None, "document", "2023-09-06 (document date)"),
        ("set", {"count": 1, "per": "P1W"}, None, None),
        ("duration", None, None, None),
    ]


def test_inspect_shows_the_kind_and_no_open_ends_for_durations_and_sets():
    from rich.console import Console

    from pipeline.report import print_document

    console = Console(record=True, width=200)
    print_document(_doc(), console=console)
    rows = {line.split("│")[1].strip(): line for line in console.export_text().splitlines() if line.count("│") > 5}
    assert "time" in rows["本日午後3時"] and "2023-09-06T15" in rows["本日午後3時"]
    assert "duration" in rows["約80分間"] and ".." not in rows["約80分間"]
    assert "set" in rows["毎週"] and ".." not in rows["毎週"]
