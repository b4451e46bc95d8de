"""The review round-trip: Label Studio and brat out and back with offsets intact, unedited trips
that change nothing, and corrections that the next run applies."""
import json
import shutil

import pytest

from pipeline import cli, store
from pipeline.records import Document, Entity
from pipeline.review import Utf16Map, from_ann, from_task, gold_from_document, to_ann, to_task


@pytest.mark.parametrize("text, index, utf16", [
    ("日本", 2, 2),                 # BMP only: the same
    ("😀日本", 1, 2),               # an emoji is two UTF-16 code units
    ("𠮷野家と😀日本", 1, 2),        # 𠮷 (U+20BB7) is outside the BMP too
    ("𠮷野家と😀日本", 5, 7),
    ("𠮷野家と😀日本", 7, 9),
])
def test_utf16_offsets_both_ways(text, index, utf16):
    m = Utf16Map(text)
    assert m.to_utf16(index) == utf16 and m.from_utf16(utf16) == index


def test_an_offset_inside_a_surrogate_pair_is_refused():
    with pytest.raises(ValueError, match="surrogate pair"):
        Utf16Map("😀日本").from_utf16(1)


def _astral_doc() -> Document:
    text = "𠮷野家の😀社長は\n日本を訪れた。"
    return Document("d" * 64, "astral.txt", "utf-8", text, entities=[
        Entity(0, 3, "𠮷野家", "ORGANIZATION", id="dddd-E0-3"),
        Entity(9, 11, "日本", "COUNTRY", "country:jpn", "Japan", "日本", "exact", 1.0, id="dddd-E9-11"),
    ])


def test_label_studio_counts_utf16_and_reads_back_code_points():
    doc = _astral_doc()
    task = to_task(doc)
    regions = [r["value"] for r in task["predictions"][0]["result"] if r["type"] == "labels"]
    # JavaScript: "𠮷野家の😀社長は\n".length == 11, so 日本 starts at 11 there and at 9 in Python
    assert [(v["start"], v["end"], v["text"]) for v in regions] == [(0, 4, "𠮷野家"), (11, 13, "日本")]
    assert from_task(task) == gold_from_document(doc)


def test_brat_counts_code_points_and_cuts_spans_at_line_breaks():
    doc = _astral_doc()
    doc.entities.append(Entity(4, 11, "😀社長は日本", "PERSON", id="dddd-E4-11"))
    ann = to_ann(doc)
    assert "T2\tPERSON 4 8;9 11\t😀社長は 日本" in ann.splitlines()
    assert "N1\tReference T3 glossary:country:jpn\tJapan" in ann.splitlines()
    assert from_ann(doc.doc_id, doc.text, ann, doc.source) == gold_from_document(doc)


@pytest.fixture
def seed_copy(seed_run, tmp_path):
    """The seed's store, copied so that review files do not touch the shared output folder."""
    summary, _, _ = seed_run
    out = tmp_path / "out"
    out.mkdir()
    shutil.copy(summary.database, out / summary.database.name)
    return out


@pytest.mark.parametrize("fmt, imported", [("label-studio", "label-studio/tasks.json"), ("brat", "brat")])
def test_an_unedited_round_trip_gives_byte_identical_gold(seed_copy, fmt, imported):
    out = str(seed_copy)
    assert cli.main(["review", "export", "--format", fmt, "--out", out]) == 0
    assert cli.main(["review", "gold", "--out", out]) == 0
    assert cli.main(["review", "import", str(seed_copy / "review" / imported), "--out", out]) == 0
    baseline = sorted((seed_copy / "review" / "baseline").glob("*.gold.json"))
    gold = sorted((seed_copy / "review" / "gold").glob("*.gold.json"))
    assert len(baseline) == len(gold) == 1
    assert gold[0].read_bytes() == baseline[0].read_bytes()
    assert not (seed_copy / "review" / "overrides").exists()  # nothing to correct
    g = json.loads(gold[0].read_text(encoding="utf-8"))
    assert len(g["entities"]) > 100 and len(g["claims"]) > 100


TEXT = "日本とロシアは協議した。ロウイ研究所は報告書を公表した。\n"


def _run(tmp_path, resources):
    from pipeline.run import run

    src = tmp_path / "in" / "doc.txt"
    if not src.exists():
        src.parent.mkdir()
        src.write_text(TEXT, encoding="utf-8")
    run([str(src)], tmp_path / "out", resources.config, resources=resources, progress=False)
    return [json.loads(x) for x in (tmp_path / "out" / "documents.jsonl").read_text(encoding="utf-8").splitlines()][0]


def test_a_corrected_entity_in_label_studio_is_corrected_in_the_next_run(tmp_path, resources):
    before = _run(tmp_path, resources)
    out = str(tmp_path / "out")
    assert cli.main(["review", "export", "--out", out]) == 0
    tasks = json.loads((tmp_path / "out" / "review" / "label-studio" / "tasks.json").read_text(encoding="utf-8"))
    result = tasks[0]["predictions"][0]["result"]
    start = TEXT.index("ロウイ研究所")
    result = [r for r in result if not (r["value"]["start"] < start + 6 and start < r["value"]["end"])]
    span = {"start": start, "end": start + 6}  # BMP text: UTF-16 offsets equal code points here
    result += [
        {"id": "new1", "from_name": "label", "to_name": "text", "type": "labels",
         "value": {**span, "text": "ロウイ研究所", "labels": ["ORGANIZATION"]}},
        {"id": "new1", "from_name": "glossary_id", "to_name": "text", "type": "textarea",
         "value": {**span, "text": ["org:lowy-institute"]}},
        {"id": "new1", "from_name": "label_en", "to_name": "text", "type": "textarea",
         "value": {**span, "text": ["Lowy Institute"]}},
    ]
    tasks[0]["annotations"] = [{"id": 1, "result": result, "was_cancelled": False}]
    export = tmp_path / "project-export.json"
    export.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    assert cli.main(["review", "import", str(export), "--out", out]) == 0
    proposals = (tmp_path / "out" / "review" / "glossary_proposals.tsv").read_text(encoding="utf-8").splitlines()
    assert proposals[1].split("\t")[:4] == ["org:lowy-institute", "ORGANIZATION", "ロウイ研究所", "Lowy Institute"]

    after = _run(tmp_path, resources)
    lowy = [e for e in after["entities"] if e["start"] < start + 6 and start < e["end"]]
    assert [(e["text"], e["type"], e["glossary_id"], e["label_en"], e["match"]) for e in lowy] == [
        ("ロウイ研究所", "ORGANIZATION", "org:lowy-institute", "Lowy Institute", "reviewed")]
    others = lambda d: [(e["start"], e["end"], e["glossary_id"]) for e in d["entities"]
                        if not (e["start"] < start + 6 and start < e["end"])]
    assert others(after) == others(before)  # nothing else moved
    assert after["text"][lowy[0]["start"]:lowy[0]["end"]] == "ロウイ研究所"

    # a second review round with no edits keeps the first round's correction
    assert cli.main(["review", "export", "--format", "brat", "--out", out]) == 0
    assert cli.main(["review", "import", str(tmp_path / "out" / "review" / "brat"), "--out", out]) == 0
    again = _run(tmp_path, resources)
    assert [(e["text"], e["glossary_id"], e["match"]) for e in again["entities"] if e["text"] == "ロウイ研究所"] == [
        ("ロウイ研究所", "org:lowy-institute", "reviewed")]


def test_an_entity_deleted_in_brat_is_gone_in_the_next_run(tmp_path, resources):
    before = _run(tmp_path, resources)
    out = str(tmp_path / "out")
    assert cli.main(["review", "export", "--format", "brat", "--out", out]) == 0
    ann = next((tmp_path / "out" / "review" / "brat").glob("*.ann"))
    lines = ann.read_text(encoding="utf-8").splitlines()
    russia = next(line.split("\t")[0] for line in lines if line.startswith("T") and line.endswith("\tロシア"))
    kept = [line for line in lines if not (line.startswith(russia + "\t") or f" {russia} " in line
                                          or line.endswith(f" {russia}"))]
    ann.write_text("\n".join(kept) + "\n", encoding="utf-8")
    assert cli.main(["review", "import", str(ann.parent), "--out", out]) == 0
    after = _run(tmp_path, resources)
    assert "ロシア" in [e["text"] for e in before["entities"]]
    assert "ロシア" not in [e["text"] for e in after["entities"]]
    assert len(after["entities"]) == len(before["entities"]) - 1


def test_a_task_for_a_document_not_in_the_store_is_named(seed_copy, tmp_path, capsys):
    doc = _astral_doc()
    export = tmp_path / "other.json"
    export.write_text(json.dumps([to_task(doc)], ensure_ascii=False), encoding="utf-8")
    assert cli.main(["review", "import", str(export), "--out", str(seed_copy)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == (f"Error: {export}: task 1: document dddddddddddd is not in the store; "
                      "run the pipeline on it first (or import into the right --out)")


def test_conllu_has_ginzas_tokens_the_stored_entities_and_original_offsets(tmp_path, resources):
    doc = _run(tmp_path, resources)
    out = str(tmp_path / "out")
    assert cli.main(["review", "export", "--format", "conllu", "--out", out]) == 0
    (path,) = (tmp_path / "out" / "review" / "conllu").glob("*.conllu")
    sentences = [b for b in path.read_text(encoding="utf-8").split("\n\n") if "# sent_id" in b]
    assert len(sentences) == 2  # the two sentences of TEXT
    ne = {}
    for block in sentences:
        rows = [line.split("\t") for line in block.splitlines() if not line.startswith("#")]
        assert all(len(r) == 10 and r[5] == "_" for r in rows)  # FEATS: UD features only (none from GiNZA)
        assert [int(r[0]) for r in rows] == list(range(1, len(rows) + 1))
        assert sum(r[6] == "0" for r in rows) == 1 and all(0 <= int(r[6]) <= len(rows) for r in rows)
        text = next(line[len("# text = "):] for line in block.splitlines() if line.startswith("# text = "))
        assert "".join(r[1] for r in rows) == text  # the forms spell the sentence
        for r in rows:
            misc = dict(x.split("=", 1) for x in r[9].split("|"))
            assert doc["text"][int(misc["Start"]):int(misc["End"])] == r[1]  # offsets index the original text
            if "NE" in misc:
                ne[r[1]] = (misc["NE"], misc.get("Glossary"))
    assert ne["日本"] == ("B-COUNTRY", "country:jpn") and ne["ロシア"] == ("B-COUNTRY", "country:rus")


def test_glossary_proposals_load_back_as_written():
    from pipeline.glossary import load_glossary
    from pipeline.review import proposals_tsv

    rows = [{"id": "org:x-forum", "type": "ORGANIZATION", "label_ja": "「X」フォーラム", "label_en": 'The "X" Forum'}]
    import tempfile
    from pathlib import Path

    path = Path(tempfile.mkdtemp()) / "proposals.tsv"
    path.write_text(proposals_tsv(rows), encoding="utf-8")
    entry = load_glossary([path]).get("org:x-forum")
    assert (entry.label_ja, entry.label_en) == ("「X」フォーラム", 'The "X" Forum')  # no CSV quotes kept


HTML = ("<html><head><title>会談</title></head><body><article><h1>日露首脳会談</h1>"
        "<p>日本とロシアは協議した。</p><p>ロウイ研究所は報告書を公表した。</p>"
        "<ul><li>第一に、対話を続ける。</li><li>第二に、協力を進める。</li></ul></article></body></html>")


def test_conllu_of_an_html_document_parses_nothing_again_after_a_run(tmp_path, resources, monkeypatch):
    """CoNLL-U repair ignored the reader's line kinds (HTML, PDF, DOCX): its chunks were not the run's,
    so every one missed the parse cache and GiNZA parsed the document again."""
    from pipeline import nlp as models
    from pipeline.run import run

    src = tmp_path / "in" / "page.html"
    src.parent.mkdir()
    src.write_text(HTML, encoding="utf-8")
    run([str(src)], tmp_path / "out", resources.config, resources=resources, progress=False)

    def forbidden(name, vocab=None):
        raise AssertionError("a chunk missed the parse cache: the model was loaded to parse it again")

    monkeypatch.setattr(models, "_MODELS", {})
    monkeypatch.setattr(models, "_load", forbidden)
    assert cli.main(["review", "export", "--format", "conllu", "--out", str(tmp_path / "out")]) == 0
    (path,) = (tmp_path / "out" / "review" / "conllu").glob("*.conllu")
    texts = [line[len("# text = "):] for line in path.read_text(encoding="utf-8").splitlines()
             if line.startswith("# text = ")]
    assert "日露首脳会談" in texts and "第一に、対話を続ける。" in texts
