"""Months with no year have one grammar (units.UNIT's bare month): resolved by the dates module, or
handed to partial.unspecified when nothing gives a year. Same records either way."""
import pytest

from pipeline.temporal import extract_dates


@pytest.mark.parametrize("text, doc, want", [
    ("十二月八日に開戦した。", None, [("十二月八日", "XXXX-12-08")]),
    ("十二月八日に開戦した。", "1941-01-01", [("十二月八日", "1941-12-08")]),
    ("会議は7月末頃に開く。", None, [("7月末頃", "XXXX-07-21~/XXXX-07-31~")]),
    ("会議は7月末頃に開く。", "2024-05-01", [("7月末頃", "2024-07-21~/2024-07-31~")]),
    ("3月の会合で", None, [("3月", "XXXX-03")]),
    ("4月から6月にかけて", None, [("4月から6月にかけて", "XXXX-04/XXXX-06")]),
    ("2月29日に", None, [("2月29日", "XXXX-02-29")]),   # a leap day is possible in some year
    ("18年7月に就任", None, []),                       # an abbreviated year: not a month of any year
])
def test_month_with_no_year(text, doc, want):
    assert [(m.text, m.value) for m in extract_dates(text, doc)] == want


def test_impossible_month_warns_instead():
    from pipeline.temporal import DateExtractor
    found, warnings = DateExtractor().feed("2月30日に")
    assert found == [] and [w.message for w in warnings] == ["impossible date 2月30日"]
