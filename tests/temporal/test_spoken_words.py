"""Kana words of the day, parts of the day of writing, 今日 as こんにち and a day after a relative
month (pipeline.temporal.spoken, relative)."""
import pytest

from pipeline.temporal import extract_dates


def _found(text, doc):
    return [(m.text, m.value) for m in extract_dates(text, doc)]


@pytest.mark.parametrize("text, doc, want", [
    ("首相はきょう、訪米の途につく。", "2022-04-28", ("きょう", "2022-04-28")),
    ("官房長官はきのうの会見で否定した。", "2022-04-28", ("きのう", "2022-04-27")),
    ("両国はあすから協議に入る。", "2022-04-28", ("あすから", "2022-04-29/..")),
    ("採決はあさって行われる見通しだ。", "2022-04-28", ("あさって", "2022-04-30")),
    ("きょう午前9時に発表した。", "2022-04-28", ("きょう午前9時", "2022-04-28T09")),
    # parts of the day of writing
    ("けさ、震度5弱の地震があった。", "2022-04-28", ("けさ", "2022-04-28T00/2022-04-28T12")),
    ("今夜、首脳会談が行われる。", "2022-04-28", ("今夜", "2022-04-28T18/2022-04-28T24")),
    ("昨夜、大使館前でデモがあった。", "2022-04-28", ("昨夜", "2022-04-27T18/2022-04-27T24")),
    # a day after a relative month
    ("選挙は来月11日に行われる。", "2022-04-28", ("来月11日", "2022-05-11")),
    ("先月の二十日に合意した。", "2022-04-28", ("先月の二十日", "2022-03-20")),
])
def test_words_of_the_day_of_writing(text, doc, want):
    assert want in _found(text, doc)


@pytest.mark.parametrize("text, doc, word", [
    ("教会で式を挙げた。きょうかいの鐘が鳴る。", "2022-04-28", "きょう"),   # another word
    ("ききょうの花が咲いた。", "2022-04-28", "きょう"),
    ("あすかは奈良の地名だ。", "2022-04-28", "あす"),
    ("きょうは晴れる。", "2022-04", "きょう"),                             # a month date names no day
    ("来月31日に期限を迎える。", "2022-05-10", "来月31日"),                  # June has no 31st
])
def test_not_words_of_the_day(text, doc, word):
    assert not any(t.startswith(word) and v.startswith("2022") for t, v in _found(text, doc))


@pytest.mark.parametrize("text, doc, is_date", [
    ("グローバル化が進んでいる今日、協調が欠かせない。", "2021-06-01", False),
    ("今日では多くの国が条約に加わっている。", "2021-06-01", False),
    ("冷戦後から今日に至るまで同盟は続いている。", "2021-06-01", False),
    ("今日においても課題は残る。", "2021-06-01", False),
    ("今日、外相会談が行われた。", "2021-06-01", True),
    ("今日の閣議で決定した。", "2021-06-01", True),
    ("私はまた今日も会見を開いた。", "2021-06-01", True),   # また ends in た but is no predicate (review)
    ("はい、今日は晴れております。", "2021-06-01", True),
    ("戦争を知らない今日の世代", "2021-06-01", False),
])
def test_kanji_konnichi_is_the_present_age(text, doc, is_date):
    assert (("今日", "2021-06-01") in _found(text, doc)) is is_date
