"""End to end: a header date, found by the document metadata record, anchors 本日/昨年 (issue 10)."""
import hashlib

import pytest

from pipeline.inputs.corpus import RawDocument
from pipeline.run.document import process_document

TEXT = "令和5年9月6日\n外務省\n\n本日午後、日米外相会談が行われた。両外相は昨年の合意を確認し、約80分間協議した。\n"


def test_header_date_anchors_relative_words_end_to_end(resources):
    doc = process_document(RawDocument("t.txt", hashlib.sha256(TEXT.encode()).hexdigest(), "utf-8", TEXT), resources)
    got = {d.text: (d.kind, d.value, d.anchor_source) for d in doc.dates}
    assert got["令和5年9月6日"] == ("date", "2023-09-06", None)
    assert got["本日午後"] == ("time", "2023-09-06T12/2023-09-06T24", "document")  # JMA's 午後: 12-24
    assert got["昨年"] == ("date", "2022", "document")
    assert got["約80分間"] == ("duration", "PT80M", None)
    for d in doc.dates:
        assert TEXT[d.start:d.end] == d.text
    assert not any(q.text == "約80分間" for q in doc.quantities)


def test_a_season_or_bce_document_date_leaves_relative_words_unresolved_and_fails_nothing(resources):
    for date_line, value in (("2021年春", "2021-21"), ("紀元前500年", "-0499")):
        text = f"---\ndate: {date_line}\n---\n本日、会談が行われた。\n"
        doc = process_document(RawDocument("t.md", hashlib.sha256(text.encode()).hexdigest(), "utf-8", text), resources)
        assert doc.metadata["date"] == value
        assert [d.text for d in doc.dates if d.text == "本日"] == []  # not guessed
        assert [text[b.start:b.end] for b in doc.blocks] == ["本日、会談が行われた。"]  # the body was read, not dropped
        assert any(w.startswith(f"document_date '{value}'") for w in doc.warnings)


def test_a_document_with_no_date_takes_its_year_from_the_writers_gloss(resources):
    """No date in the header or metadata, but 本年(2021年) further down: the document's year-less dates,
    even before the gloss, and its relative words are placed in 2021 (`temporal.writing_year`)."""
    text = "5月10日付の報告書は、地域情勢を分析した。\n\n本年(2021年)6月、両国は協議を始めた。昨年の合意も確認した。\n"
    doc = process_document(RawDocument("t.txt", hashlib.sha256(text.encode()).hexdigest(), "utf-8", text), resources)
    got = {d.text: d.value for d in doc.dates}
    assert (got["5月10日"], got["本年"], got["昨年"]) == ("2021-05-10", "2021", "2020")
    assert doc.metadata.get("date") is None  # the metadata is not invented; only the dates are placed


def test_year_word_month_and_two_digit_year_are_one_date_each_end_to_end(resources):
    """The lead's sentences, dated 2017-05-10: 昨年8月 is August 2016 (one record, not 昨年 + 8月 of
    2017), 09年6月 is June 2009 (not 6月 of 2017), and the dateline 07/21/2010 is a day."""
    text = "2017年5月10日\n外務省\n\n昨年8月に同国を訪問した。09年6月の輸出は減った。旧記事は07/21/2010 06:26 AMに配信された。\n"
    doc = process_document(RawDocument("t.txt", hashlib.sha256(text.encode()).hexdigest(), "utf-8", text), resources)
    got = [(d.text, d.value) for d in doc.dates]
    assert ("昨年8月", "2016-08") in got and ("09年6月", "2009-06") in got
    assert ("07/21/2010 06:26 AM", "2010-07-21T06:26") in got
    assert not [t for t, _ in got if t in ("昨年", "8月", "6月")]
    for d in doc.dates:
        assert text[d.start:d.end] == d.text


@pytest.mark.parametrize("gap", ["", "\n"])
def test_a_body_right_after_the_front_matter_is_read(resources, gap):
    """---/date/--- then the body with or without a blank line: the body is its own block (it was lost, glued
    to the front matter and dropped with it) and 本日 is the front matter's date."""
    text = f"---\ndate: 2017-05-10\ntitle: 会談\n---\n{gap}本日、両国は合意した。昨年8月に会談した。\n"
    doc = process_document(RawDocument("t.md", hashlib.sha256(text.encode()).hexdigest(), "utf-8", text), resources)
    assert [text[b.start:b.end] for b in doc.blocks] == ["本日、両国は合意した。昨年8月に会談した。"]
    assert [(d.text, d.value) for d in doc.dates] == [("本日", "2017-05-10"), ("昨年8月", "2016-08")]
    assert all(text[d.start:d.end] == d.text for d in doc.dates)
    assert doc.metadata["title"] == "会談"
