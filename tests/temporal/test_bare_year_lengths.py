"""A bare N年 that is a length of time, and N年後 after その with no year to count from.

任期は4年。, テロから一年:, 2年交代 were no durations (a bare N年 needed a following は/が/を...), and
その七十七年後 (after the event just told) was counted from the time of writing: the year 2100."""
import pytest

from pipeline.temporal.dates import DateExtractor


def _got(text, doc="2024-10-08"):
    return [(m.text, m.value, m.kind) for m in DateExtractor(doc).feed(text)[0]]


@pytest.mark.parametrize("text, want", [
    ("新大統領の任期は5年。", ("5年", "P5Y", "duration")),
    ("議長は3年交代で務める。", ("3年", "P3Y", "duration")),
    ("条約の発効から十年: 成果と課題", ("十年", "P10Y", "duration")),
    ("震災から7年、街は変わった。", ("7年", "P7Y", "duration")),
])
def test_a_bare_year_count_that_names_a_length_is_a_duration(text, want):
    assert want in _got(text)


@pytest.mark.parametrize("text, want", [
    ("2015年から20年にかけて増えた。", ("2015年から20年にかけて", "2015/2020", "date")),  # a range of years
    ("2008年から09年まで続いた。", ("2008年から09年まで", "2008/2009", "date")),
])
def test_a_year_after_a_dates_kara_stays_the_range_end(text, want):
    got = _got(text)
    assert want in got and not [g for g in got if g[2] == "duration"]


def test_n_years_after_that_event_with_no_year_told_is_a_duration_not_a_year_from_now():
    got = _got("開国と、その八十年後の敗戦が転換点だった。", "2023-01-23")
    assert ("八十年後", "P80Y", "duration") in got and not [g for g in got if g[1] == "2103"]


def test_n_years_after_that_event_counts_from_the_year_told():
    assert ("5年後", "1995", "date") in _got("1990年に独立した。その5年後に加盟した。", "2023-01-23")


def test_n_years_from_now_still_counts_from_the_time_of_writing():
    assert ("5年後", "2028", "date") in _got("5年後には完成する。", "2023-01-23")


def test_n_years_after_that_event_after_a_day_of_the_time_of_writing_is_a_duration():
    # 本日 makes today the narrative's day; その八十年後 still counts from the event, which has no date
    e = DateExtractor("2023-01-23")
    got = [(m.text, m.value, m.kind) for b in ["本日、式典が開かれました。", "開国と、その八十年後の敗戦が転換点でした。"]
           for m in e.feed(b)[0]]
    assert ("八十年後", "P80Y", "duration") in got and not [g for g in got if g[1] == "2103"]
