"""Parts of centuries, a bare 上旬/中旬/下旬, a weekday of a week word and 年明け
(pipeline.temporal.forms, anaphora, joins, newyear)."""
import pytest

from pipeline.temporal import extract_dates


def _found(text, doc=None):
    return [(m.text, m.value) for m in extract_dates(text, doc)]


@pytest.mark.parametrize("text, doc, want", [
    ("21世紀前半の国際秩序を展望する。", None, ("21世紀前半", "2001/2050")),
    ("20世紀後半に冷戦が続いた。", None, ("20世紀後半", "1951/2000")),
    ("19世紀末に条約が結ばれた。", None, ("19世紀末", "1871/1900")),
    ("二十世紀初頭の列強", None, ("二十世紀初頭", "1901/1930")),
    ("21世紀の半ばには人口が減る。", None, ("21世紀の半ば", "2031/2070")),
    # a duration stays one
    ("3世紀前に建てられた。", None, ("3世紀前", "P300Y")),
    # a bare third of a month: of the month just told
    ("協議は4月上旬と、下旬に行われた。", "2021-06-01", ("下旬", "2021-04-21/2021-04-30")),
    ("2020年11月に交渉が始まり、中旬には合意した。", None, ("中旬", "2020-11-11/2020-11-20")),
    # a weekday of a week word
    ("来週火曜日に閣議決定する。", "2023-06-15", ("来週火曜日", "2023-06-20")),
    ("先週の土曜日に会談した。", "2023-06-15", ("先週の土曜日", "2023-06-10")),
    # 年明け
    ("年明けに訪朝する予定だ。", "2023-06-15", ("年明け", "2024-01")),
    ("年明けに声明を出した。", "2023-06-15", ("年明け", "2023-01")),
    ("年明け早々に召集される。", "2023-11-20", ("年明け早々", "2024-01")),
    ("2018年の年明けに訪問した。", "2023-06-15", ("2018年の年明け", "2018-01")),
    ("両国は2015年12月に合意し、年明けに正式に署名した。", None, ("年明け", "2016-01")),
])
def test_parts_and_turns(text, doc, want):
    assert want in _found(text, doc)


@pytest.mark.parametrize("text, doc, word", [
    ("下旬に訪問する。", "2023", "下旬"),              # no month anywhere
    ("年明けの雰囲気", "2023-06-15", "年明け"),         # no tense, no month that decides
    ("年明けの行事がある。", None, "年明け"),
])
def test_not_placed_without_a_month(text, doc, word):
    assert not any(t == word for t, _ in _found(text, doc))
