"""A bare two-digit year before a figure, 時点 or 比 is the year of a statistic (pipeline.temporal.centuries)."""
import pytest

from pipeline.temporal import extract_dates


def _found(text, doc):
    return [(m.text, m.value, m.kind) for m in extract_dates(text, doc)]


@pytest.mark.parametrize("text, doc, want", [
    ("訪日客数は19年が3188万人で、21年は25万人に落ち込んだ。", "2022-03-01", ("21年", "2021", "date")),
    ("訪日客数は19年が3188万人で、21年は25万人に落ち込んだ。", "2022-03-01", ("19年", "2019", "date")),
    ("2024年の報告では、輸出額は15年の約2倍に増えた。", None, ("15年", "2015", "date")),
    ("加盟国は20年時点で27か国だった。", "2023-01-10", ("20年", "2020", "date")),
    ("2023年の生産量は18年比で12%減った。", None, ("18年", "2018", "date")),
    ("22年も1万件を超えた。", "2023-06-01", ("22年", "2022", "date")),
])
def test_year_of_a_statistic(text, doc, want):
    assert want in _found(text, doc)


@pytest.mark.parametrize("text, doc, words", [
    ("設立から10年が経った。", "2023-06-01", "10年"),            # the time since
    ("この20年は停滞が続いた。", "2023-06-01", "20年"),          # a count after この
    ("10年で2倍になった。", "2023-06-01", "10年"),               # in ten years
    ("30年の歳月をかけて完成した。", "2023-06-01", "30年"),
    ("45年は長い。", "2023-06-01", "45年"),                      # no figure after it
    ("40年は100万人だった。", "2023-06-01", "40年"),             # too far before the document date
])
def test_lengths_of_time_stay_lengths(text, doc, words):
    assert not any(t == words and k == "date" for t, v, k in _found(text, doc))
