"""FY2023, 翌年度/前年度 against the narrative, and 今世紀 with a part (pipeline.temporal.fiscal, relative)."""
import pytest

from pipeline.temporal import extract_dates


def _found(text, doc=None):
    return [(m.text, m.value) for m in extract_dates(text, doc)]


@pytest.mark.parametrize("text, doc, want", [
    ("FY2024の売上高は増えた。", None, ("FY2024", "2024-04/2025-03")),
    ("FY 2021 決算", None, ("FY 2021", "2021-04/2022-03")),
    ("FY22の計画", None, ("FY22", "2022-04/2023-03")),
    ("事業は2021年度に始まり、翌年度に全国へ広がった。", None, ("翌年度", "2022-04/2023-03")),
    ("2020年度の援助額は前年度を上回った。", None, ("前年度", "2019-04/2020-03")),
    ("2019年度の実績では、前年度を上回った。", None, ("前年度", "2018-04/2019-03")),
    # after a month of a year, the fiscal year it is in: 2019年2月 is in fiscal 2018
    ("制度は2019年2月に改正され、翌年度から適用された。", None, ("翌年度から", "2019-04/..")),
    ("計画は2023年1月に決まり、同年度中に実施された。", None, ("同年度", "2022-04/2023-03")),
    ("計画は2023年5月に決まり、同年度中に実施された。", None, ("同年度", "2023-04/2024-03")),
    ("温室効果ガスを今世紀後半に実質ゼロにする。", "2023-06-15", ("今世紀後半", "2051/2100")),
])
def test_fiscal_and_century_words(text, doc, want):
    assert want in _found(text, doc)


@pytest.mark.parametrize("text, word", [
    ("輸出額は前年度比で5%増えた。", "前年度"),          # a comparison
    ("翌年度に繰り越す。", "翌年度"),                   # no narrative year
    ("FY2023XのコードはFYZ", "FY2023"),                # not a fiscal year: a code
])
def test_not_read(text, word):
    assert not any(t.startswith(word) for t, _ in _found(text))


@pytest.mark.parametrize("text, doc, want", [
    # a fiscal year word before 比 is that fiscal year (it was read as the calendar year 昨年)
    ("歳入は昨年度比で5%増えた。", "2023-09-06", ("昨年度", "2022-04/2023-03")),
    ("今年度比で見ると、", "2023-09-06", ("今年度", "2023-04/2024-03")),
    ("本年度比1割減の予算", "2023-09-06", ("本年度", "2023-04/2024-03")),
    ("一昨年度の決算では", "2023-09-06", ("一昨年度", "2021-04/2022-03")),
])
def test_fiscal_year_word_keeps_its_fiscal_year(text, doc, want):
    assert want in _found(text, doc)


@pytest.mark.parametrize("text", ["歳入は昨年度比で5%増えた。", "一昨年度の決算では"])
def test_fiscal_year_word_is_never_a_calendar_year(text):
    assert not [v for _, v in _found(text, "2023-09-06") if v in ("2022", "2021")]
