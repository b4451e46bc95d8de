"""Datelines of web and wire pages: US-style 07/21/2010, ISO with a time, 2019‑09 with U+2011
(pipeline.temporal.forms, units.normalize)."""
import pytest

from pipeline.temporal import extract_dates


@pytest.mark.parametrize("text, doc, want", [
    ("07/21/2010 06:26 AM", "2010-07-22", ("07/21/2010 06:26 AM", "2010-07-21T06:26")),
    ("更新：07/21/2010", None, ("07/21/2010", "2010-07-21")),
    ("21/07/2010 発表", None, ("21/07/2010", "2010-07-21")),    # the first number over 12 is the day
    ("2010/07/21 06:26 配信", None, ("2010/07/21 06:26", "2010-07-21T06:26")),
    ("更新日：2019\u201109", None, ("2019\u201109", "2019-09")),   # non-breaking hyphen
    ("公開 2019-09", None, ("2019-09", "2019-09")),
    ("2019\u20112020年", None, ("2019\u20112020年", "2019/2020")),
])
def test_dateline_is_read(text, doc, want):
    assert want in [(m.text, m.value) for m in extract_dates(text, doc)]


@pytest.mark.parametrize("text", [
    # 2009-10年度 (two fiscal years written short) is no dateline: tests/temporal/test_fiscal_year_spans.py
    "2009-10",              # could be 2009-2010
    "13/13/2010",           # no such month
    "1/50/2010",
])
def test_not_a_dateline(text):
    assert [m.value for m in extract_dates(text) if m.kind == "date" and len(m.value) >= 7
            and m.value[4] == "-" and not m.value.startswith("XXXX")] == []
