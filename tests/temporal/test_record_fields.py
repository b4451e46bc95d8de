"""Years and months in a bibliographic record's fields and a citation (pipeline/temporal/fields.py):
a repository page's Issue Date 2020-2 and Academic year: 2022, a copyright line, a citation's 2004.03
before its pages were no dates (a bare year is none elsewhere)."""
import pytest

from pipeline.temporal import extract_dates


def _got(text):
    return [(m.text, m.value) for m in extract_dates(text)]


@pytest.mark.parametrize("text, want", [
    ("タイトル: 地域研究の方法\nIssue Date 2018-7\nURI http://example.org/1", ("2018-7", "2018-07")),
    ("Academic year: 2020\nシェア", ("2020", "2020")),
    ("Ⓒ 日本国際問題研究所 2017\n", ("2017", "2017")),
    ("発行年: 2015\n出版者: 研究所", ("2015", "2015")),
    ("国際政治研究. 第12巻 第3号, 2011.09, pp. 45-67", ("2011.09", "2011-09")),
])
def test_a_year_or_month_in_a_record_field_is_a_date(text, want):
    assert want in _got(text)


@pytest.mark.parametrize("text", [
    "World Development Report 2015 によると",  # a title's year: no label
    "指数は2004.03ポイント上昇した",           # a decimal
    "2020-2 の得点で勝った",                     # no label, no citation
])
def test_a_bare_year_or_decimal_without_a_label_is_still_no_date(text):
    assert not [g for g in _got(text) if g[1] in ("2015", "2004-03", "2020-02")]


def test_a_full_day_after_a_label_keeps_its_day():
    assert ("2021-05-03", "2021-05-03") in _got("Date: 2021-05-03\n")
