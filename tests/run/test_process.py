"""One document through the whole pipeline: warnings and records point at the original text."""
import hashlib
import re

from pipeline.inputs.corpus import RawDocument
from pipeline.run.document import process_document


def _process(text, resources):
    return process_document(RawDocument("t.txt", hashlib.sha256(text.encode()).hexdigest(), "utf-8", text), resources)


def test_date_warnings_name_original_offsets(resources):
    text = "前置きの文です。\n\nロシアは 2022 年 2 月 30 日に会談した。\n"
    doc = _process(text, resources)
    (w,) = [w for w in doc.warnings if w.startswith("impossible date")]
    s, e = map(int, re.search(r" at (\d+)-(\d+): skipped$", w).groups())
    assert w.startswith("impossible date 2022年2月30日") and text[s:e] == "2022 年 2 月 30 日"
    assert doc.dates == []


def test_relative_dates_resolve_across_paragraphs(resources):
    text = "ロシアは1996年1月に外相を任命した。\n\n同年7月の会議で、ロシアは対話国に昇格した。\n"
    doc = _process(text, resources)
    rel = [d for d in doc.dates if d.text == "同年7月"][0]
    assert (rel.value, rel.resolved_against) == ("1996-07", "1996-01 (1996年1月)")
    assert text[rel.start:rel.end] == "同年7月"


def test_quantities_inside_dates_are_not_amounts(resources):
    doc = _process("2年後の2018年に、84億ドルの武器を売却した。", resources)
    assert [(q.text, q.value, q.unit) for q in doc.quantities] == [("84億ドル", 8400000000, "USD")]


def test_markers_get_the_text_of_their_notes(resources):
    text = ("日本は協定に合意した1。両国は共同訓練を行った2。同盟は深まった3。\n\n注\n"
            "1 外務省「日比首脳会談」2023年11月3日。\n２ 防衛省『防衛白書』2023年、\n312頁。\n")
    doc = _process(text, resources)
    assert [(f.n, f.note) for f in doc.footnotes] == [
        (1, "外務省「日比首脳会談」2023年11月3日。"), (2, "防衛省『防衛白書』2023年、312頁。"), (3, None)]
    f = doc.footnotes[1]
    assert text[f.note_start:f.note_end] == "防衛省『防衛白書』2023年、\n312頁。"


def test_wikipedia_reference_markers_are_footnotes_not_claim_text(resources):
    # Wikipedia prose: [n] markers were left in the analysis text, so footnotes were [] and a claim
    # could end in "…認めている[2"
    text = ("インドネシア政府は2019年に首都移転を決定した[1]。\n\n"
            "同国政府もこの計画の遅れを認めている[2]。\n")
    doc = _process(text, resources)
    assert [(f.n, text[f.start:f.end]) for f in doc.footnotes] == [(1, "[1]"), (2, "[2]")]
    assert doc.claims and not any("[" in c.text or "]" in c.text for c in doc.claims)
    assert [c.footnotes for c in doc.claims if "認め" in c.predicate] == [(2,)]
    assert not any("footnote markers jump" in w for w in doc.warnings)
