"""A re-run after a glossary edit keeps the stored records of the documents the edit cannot touch
(run/incremental.py) and still gives, byte for byte, the documents.jsonl of a run from an empty store
with the edited glossary, for every kind of edit: removing linked entries, adding one whose surface
occurs, changing a label_en, adding a PERSON with an office, adding a COUNTRY alias."""
import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.config import Config
from pipeline.glossary import Glossary, GlossaryEntry
from pipeline.run.batch import load_resources, run
from pipeline.run import incremental

DEV = Path(__file__).resolve().parent.parent / "data" / "dev"
NAMES = ("news_01.txt", "diet_01.txt", "paper_01.txt")


def _docs(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in NAMES:
        shutil.copy(DEV / name, docs / name)
    return docs


def _linked(out: Path) -> list[str]:
    """Glossary ids the stored documents link, in order of first appearance."""
    ids = []
    for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines():
        for e in json.loads(line)["entities"]:
            if e.get("glossary_id") and e["glossary_id"] not in ids:
                ids.append(e["glossary_id"])
    return ids


def _reference(docs: Path, out: Path, tmp_path: Path, res, n: int) -> bytes:
    """documents.jsonl of a run into an empty store with `res` (the parses copied; no memo, no glossary snapshot:
    nothing stored can be kept)."""
    ref = tmp_path / f"ref{n}"
    shutil.copytree(out / "cache", ref / "cache", ignore=shutil.ignore_patterns(incremental.FOLDER, "memo"))
    run([str(docs)], ref, res.config, resources=res, progress=False)
    return (ref / "documents.jsonl").read_bytes()


def _with(glossary, drop=(), add=(), change=None) -> Glossary:
    entries = [e for gid, e in glossary.entries.items() if gid not in drop]
    if change:
        entries = [change(e) for e in entries]
    return Glossary([*entries, *add])


def test_every_kind_of_glossary_edit_gives_a_cold_runs_documents_jsonl(resources, tmp_path):
    docs, out = _docs(tmp_path), tmp_path / "out"
    run([str(docs)], out, resources.config, resources=resources, progress=False)
    base = resources.glossary
    linked = _linked(out)
    person = next(g for g in linked if base.entries[g].type == "PERSON")
    named = next(g for g in linked if base.entries[g].type == "ORGANIZATION")
    country = next(g for g in linked if base.entries[g].type == "COUNTRY")
    edits = {
        "add an occurring surface": "event:t-talks\tEVENT\t会談\tTalks\n",  # a glossary file more, as a user adds one
        "remove linked": _with(base, drop=linked[:4]),
        "change label_en": _with(base, change=lambda e: replace(e, label_en="Renamed") if e.id == named else e),
        "add a PERSON with an office": _with(base, add=[GlossaryEntry(
            "person:t-new", "PERSON", "架空太郎", "Taro Kaku", country="JPN", notes="内閣総理大臣（2015–2030）")]),
        "add a COUNTRY alias": _with(base, change=lambda e: replace(e, aliases_ja=(*e.aliases_ja, "新別名"))
                                     if e.id == country else e),
        "back to the start": base,
    }
    kept = {}
    for n, (name, glossary) in enumerate(edits.items()):
        if isinstance(glossary, str):
            (tmp_path / "extra.tsv").write_text("id\ttype\tlabel_ja\tlabel_en\n" + glossary, encoding="utf-8")
            res = replace(load_resources(Config(glossaries=["default", str(tmp_path / "extra.tsv")])), nlp=resources.nlp)
        else:
            res = replace(resources, glossary=glossary)
        summary = run([str(docs)], out, res.config, resources=res, progress=False)
        kept[name] = len(summary.kept_clean)
        assert (out / "documents.jsonl").read_bytes() == _reference(docs, out, tmp_path, res, n), name
    assert kept["add an occurring surface"] >= 1  # 会談 is not in every document: the others are kept
    assert kept["add a COUNTRY alias"] == 0 and kept["add a PERSON with an office"] == 0  # whole-glossary channels
    assert person  # the corpus links a person, so the removal and office edits are about linked kinds


@pytest.mark.parametrize("entry, text, touched", [
    (GlossaryEntry("event:t", "EVENT", "会談", "Talks"), "首脳会談が行われた。", True),
    (GlossaryEntry("event:t", "EVENT", "会談", "Talks"), "首脳が会って談笑した。", False),
    (GlossaryEntry("org:t", "ORGANIZATION", "国際協力機構", "JICA"), "国際協カ機構の職員", True),  # typo: 国際 shared
    (GlossaryEntry("org:t", "ORGANIZATION", "国際協力機構", "JICA"), "ＪＩＣＡの職員", True),  # width folded
    (GlossaryEntry("org:t", "ORGANIZATION", "国際協力機構", "JICA"), "青年海外隊の職員", False),
    (GlossaryEntry("person:t", "PERSON", "林芳正", "Yoshimasa Hayashi"), "林外相は述べた。", True),  # surname
    (GlossaryEntry("person:t", "PERSON", "ジョン・スミス", "John Smith"), "スミス氏が来日", True),  # name part
    (GlossaryEntry("person:t", "PERSON", "ジョン・スミス", "John Smith"), "ジョンソン氏", True),  # prefix ジョ
    (GlossaryEntry("person:t", "PERSON", "ジョン・スミス", "John Smith"), "首相が来日", False),
])
def test_an_entry_may_touch_a_text_when_it_shares_a_bigram(entry, text, touched):
    assert incremental.may_touch([text], incremental.probes([entry])) is touched


@pytest.mark.parametrize("entry, every", [
    (GlossaryEntry("country:t", "COUNTRY", "架空国", "Fictland", iso3166="FIC"), True),
    (GlossaryEntry("person:t", "PERSON", "架空太郎", "Taro", notes="外務大臣（2020–）"), True),
    (GlossaryEntry("person:t", "PERSON", "架空太郎", "Taro"), False),
    (GlossaryEntry("org:t", "ORGANIZATION", "日本政府", "Japan", aliases_ja=("日本",)), True),  # the home country
    (GlossaryEntry("event:t", "EVENT", "会談", "Talks"), False),
])
def test_entries_read_through_whole_glossary_channels_touch_every_document(entry, every):
    assert incremental.touches_every_document(entry) is every


def test_the_bigram_bound_covers_the_fuzzy_thresholds_in_use():
    from pipeline.config import Config
    from pipeline.glossary.match import LONG_FORM_FUZZY

    assert min(Config().fuzzy_threshold, LONG_FORM_FUZZY) >= incremental.MIN_FUZZY


def test_a_torn_or_altered_glossary_snapshot_is_never_read(tmp_path):
    class Cache:
        folder = tmp_path

    glossary = Glossary([GlossaryEntry("event:t", "EVENT", "会談", "Talks", aliases_ja=("首脳会談",))])
    incremental.save_snapshot(Cache, "k1", "base", glossary)
    base, entries = incremental._snapshot(Cache, "k1")
    assert base == "base" and entries == glossary.entries  # every field, tuples included
    path = tmp_path / incremental.FOLDER / "k1.json"
    path.write_text(path.read_text(encoding="utf-8").replace("Talks", "Tolks"), encoding="utf-8")
    assert incremental._snapshot(Cache, "k1") is None
    path.write_text(path.read_text(encoding="utf-8")[:40], encoding="utf-8")
    assert incremental._snapshot(Cache, "k1") is None
    assert incremental._snapshot(Cache, "missing") is None


@pytest.mark.parametrize("old, new, ids", [
    ({"a": GlossaryEntry("a", "EVENT", "会談", "Talks")}, {"a": GlossaryEntry("a", "EVENT", "会談", "Talks")}, []),
    ({"a": GlossaryEntry("a", "EVENT", "会談", "Talks")}, {"a": GlossaryEntry("a", "EVENT", "会談", "Meeting")}, ["a", "a"]),
    ({"a": GlossaryEntry("a", "EVENT", "会談", "Talks")}, {}, ["a"]),
    ({}, {"b": GlossaryEntry("b", "EVENT", "協議", "Consultations")}, ["b"]),
    ({"a": GlossaryEntry("a", "EVENT", "会談", "Talks")},
     {"a": GlossaryEntry("a", "EVENT", "会談", "Talks", source="extra.tsv:2")}, ["a", "a"]),  # every field
])
def test_changed_entries_are_every_version_of_an_entry_added_removed_or_changed(old, new, ids):
    assert sorted(e.id for e in incremental.changed_entries(old, new)) == ids
