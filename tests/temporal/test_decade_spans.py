"""Spans of decades written with one 年代 (pipeline.temporal.decades): 1960～70年代 = '196X/197X'."""
import pytest

from pipeline.temporal import extract_dates


def _got(text, doc=None):
    return [(m.text, m.value, m.earliest, m.latest) for m in extract_dates(text, doc)]


@pytest.mark.parametrize("text, doc, want", [
    ("高度成長は1960～70年代に続いた。", None, ("1960～70年代", "196X/197X", "1960-01-01", "1979-12-31")),
    ("1970-80年代の冷戦期には", None, ("1970-80年代", "197X/198X", "1970-01-01", "1989-12-31")),
    # was 1980年代から = '198X/..' (the two-digit end was not read)
    ("1980年代から90年代にかけて民主化が進んだ。", None,
     ("1980年代から90年代にかけて", "198X/199X", "1980-01-01", "1999-12-31")),
    ("1950年代-60年代の脱植民地化", None, ("1950年代-60年代", "195X/196X", "1950-01-01", "1969-12-31")),
    # was 1960～1970年 = '1960/1970' (the 代 after the second year was dropped)
    ("1960～1970年代の外交", None, ("1960～1970年代", "196X/197X", "1960-01-01", "1979-12-31")),
    ("1990～00年代の改革", None, ("1990～00年代", "199X/200X", "1990-01-01", "2009-12-31")),
    # two two-digit decades take the century of the document date
    ("60～70年代の安保闘争", "2024-03-15", ("60～70年代", "196X/197X", "1960-01-01", "1979-12-31")),
])
def test_decade_span(text, doc, want):
    assert want in _got(text, doc)


@pytest.mark.parametrize("text, doc", [
    ("60～70年代の安保闘争", None),   # no century to give two two-digit decades
    ("20～30代の男性が多い。", "2024-03-15"),  # ages, not decades (a document date would give 60～70年代 its century)
    ("1965～70年代", None),          # 1965 is no decade
])
def test_no_decade_span(text, doc):
    assert not [g for g in _got(text, doc) if "X/" in g[1]]
