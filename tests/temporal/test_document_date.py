"""The document's own date: detected in its first lines, and the anchor of words relative to the
time of writing (issue 10). Expected values derived by hand from a 2023-09-06 (Wednesday) document."""
import pytest

from pipeline.inputs import detect_metadata

from pipeline.temporal import DateExtractor, extract_dates

DOC = "2023-09-06"  # a Wednesday


@pytest.mark.parametrize("word, value, earliest, latest", [
    ("本日", "2023-09-06", "2023-09-06", "2023-09-06"),
    ("今日", "2023-09-06", "2023-09-06", "2023-09-06"),
    ("昨日", "2023-09-05", "2023-09-05", "2023-09-05"),
    ("一昨日", "2023-09-04", "2023-09-04", "2023-09-04"),
    ("明日", "2023-09-07", "2023-09-07", "2023-09-07"),
    ("今年", "2023", "2023-01-01", "2023-12-31"),
    ("昨年", "2022", "2022-01-01", "2022-12-31"),
    ("去年", "2022", "2022-01-01", "2022-12-31"),
    ("来年", "2024", "2024-01-01", "2024-12-31"),
    ("先月", "2023-08", "2023-08-01", "2023-08-31"),
    ("今月", "2023-09", "2023-09-01", "2023-09-30"),
    ("来月", "2023-10", "2023-10-01", "2023-10-31"),
    ("今週", "2023-09-04/2023-09-10", "2023-09-04", "2023-09-10"),
    ("来週", "2023-09-11/2023-09-17", "2023-09-11", "2023-09-17"),
    ("今年度", "2023-04/2024-03", "2023-04-01", "2024-03-31"),
    ("3年前", "2020", "2020-01-01", "2020-12-31"),
    ("10日後", "2023-09-16", "2023-09-16", "2023-09-16"),
    ("2カ月前", "2023-07", "2023-07-01", "2023-07-31"),
    ("半世紀前", "1973", "1973-01-01", "1973-12-31"),
    ("月曜日", "2023-09-04", "2023-09-04", "2023-09-04"),
    # a press conference that was held (past) on the Friday of a Wednesday's week is the Friday before (`tense`)
    ("（金）", "2023-09-01", "2023-09-01", "2023-09-01"),
])
def test_relative_to_the_document_date(word, value, earliest, latest):
    found = extract_dates(f"{word}、会見が開かれた。", DOC)
    assert len(found) == 1, found
    m = found[0]
    assert (m.text, m.kind, m.value, m.earliest, m.latest) == (word, "date", value, earliest, latest)
    assert (m.resolved_against, m.anchor_source) == ("2023-09-06 (document date)", "document")


@pytest.mark.parametrize("text, value", [
    ("7月18日に", "XXXX-07-18"),
    ("18日に", "XXXX-XX-18"),
    ("月曜日に", "XXXX-WXX-1"),
])
def test_without_a_document_date_parts_stay_unspecified(text, value):
    (m,) = extract_dates(text)
    assert (m.value, m.earliest, m.latest, m.resolved_against, m.anchor_source) == (value, None, None, None, None)


@pytest.mark.parametrize("text", ["本日、会見が開かれた。", "昨年の実績", "先月から", "3年前に"])
def test_without_a_document_date_time_of_writing_words_are_not_guessed(text):
    assert [m for m in extract_dates(text) if m.kind == "date"] == []


def test_month_and_day_take_the_document_year_when_the_narrative_has_none():
    (m,) = extract_dates("7月18日に署名した。", DOC)
    assert (m.value, m.anchor_source) == ("2023-07-18", "document")


def test_the_narrative_wins_over_the_document_date():
    ex = DateExtractor(DOC)
    ex.feed("1996年1月に外相に就任した。")
    found, _ = ex.feed("7月18日に会議が開かれた。18日には声明が出た。")
    assert [(m.text, m.value, m.anchor_source) for m in found] == [
        ("7月18日", "1996-07-18", "narrative"), ("18日", "1996-07-18", "narrative")]


def test_next_day_follows_the_narrative_day():
    (first, nxt) = extract_dates("2023年8月5日に放水した。翌日、抗議した。", DOC)
    assert (nxt.text, nxt.value, nxt.anchor_source) == ("翌日", "2023-08-06", "narrative")


def test_comparison_with_the_previous_year_is_not_a_relative_date():
    assert extract_dates("前年比で3%増えた", DOC) == []


def test_document_date_must_be_edtf():
    with pytest.raises(ValueError, match="document_date '6 Sept 2023' is not an EDTF"):
        DateExtractor("6 Sept 2023")


# --- ranges link their ends --------------------------------------------------------------------
@pytest.mark.parametrize("text, surface, value, document_date", [
    ("2005年11月から翌2006年7月まで", "2005年11月から翌2006年7月まで", "2005-11/2006-07", None),
    ("7月18日から20日まで", "7月18日から20日まで", "XXXX-07-18/XXXX-07-20", None),
    ("10日〜20日に", "10日〜20日", "XXXX-XX-10/XXXX-XX-20", None),
    ("12:00〜17:30", "12:00〜17:30", "T12:00/T17:30", None),
    ("昨日から今日にかけて", "昨日から今日にかけて", "2023-09-05/2023-09-06", DOC),
    ("午後1時半から同3時半まで", "午後1時半から同3時半まで", "T13:30/T15:30", None),
])
def test_range_is_one_record(text, surface, value, document_date):
    (m,) = extract_dates(text, document_date)
    assert (m.text, m.value) == (surface, value)


# --- detecting the document's date ------------------------------------------------------------
@pytest.mark.parametrize("text, surface, value", [
    ("令和5年9月6日\n外務省\n\n本日、日米首脳会談が行われた。", "令和5年9月6日", "2023-09-06"),
    ("ASEAN情勢報告\n2024年04月03日\n\n1. 概要\n2023年12月に…", "2024年04月03日", "2024-04-03"),
    ("# 会議録\n\n作成日：2024/4/3\n\n本文", "2024/4/3", "2024-04-03"),
    ("【ワシントン＝共同】2023年9月6日\n米国務省は…", "2023年9月6日", "2023-09-06"),
    ("プレスリリース\n2023年9月6日（水）発行\n本文", "2023年9月6日（水）", "2023-09-06"),
])
def test_detect_document_date(text, surface, value):
    # one detector for the document's date: the metadata record's (it also reads manifests and front matter)
    assert detect_metadata(text).get("date") == value


@pytest.mark.parametrize("text", [
    "ロシアは1991年にASEANの協議国になり、1994年に始まったARFに招待された。",  # a date in running text
    "",
    "\n".join(["前書き"] * 9) + "\n2023年9月6日",  # too far from the top
])
def test_no_document_date(text):
    assert "date" not in detect_metadata(text)


def test_next_day_takes_the_day_in_force_at_its_position_not_the_blocks_last():
    found = extract_dates("2023年8月5日に放水した。翌日、抗議した。2024年1月3日に会談。翌日に発表。")
    assert [(m.text, m.value) for m in found if m.text == "翌日"] == [("翌日", "2023-08-06"), ("翌日", "2024-01-04")]


def test_bare_day_takes_the_document_month_when_the_narrative_names_only_the_document_year():
    found = extract_dates("2023年の外交は活発だった。3日、会合が開かれた。", DOC)
    assert [(m.text, m.value, m.anchor_source) for m in found] == [("2023年", "2023", None),
                                                                   ("3日", "2023-09-03", "document")]


def test_bare_day_takes_the_document_month_when_the_narrative_names_only_another_year():
    # a year with no month gives a bare day no month: the month of writing is the one known
    found = extract_dates("2024年度予算案。3日、会合が開かれた。", DOC)
    assert [(m.text, m.value) for m in found] == [("2024年度", "2024-04/2025-03"), ("3日", "2023-09-03")]


def test_front_matter_date_is_the_document_date():
    from pipeline.inputs import front_matter

    meta, problems = front_matter("---\ntitle: 会議録\ndate: 2023-09-06\n---\n本日、会議が開かれた。")
    assert (meta.get("date"), problems) == ("2023-09-06", [])


def test_document_date_must_be_a_calendar_date():
    with pytest.raises(ValueError, match="document_date '2023-02-30' is not a calendar date"):
        DateExtractor("2023-02-30")


@pytest.mark.parametrize("value, word, expected", [
    ("2023-09", "今月", "2023-09"),  # a month: month and year words resolve, day words do not
    ("2023", "昨年", "2022"),
])
def test_document_date_of_month_or_year_precision(value, word, expected):
    assert [m.value for m in extract_dates(word, value)] == [expected]


@pytest.mark.parametrize("value, word", [("2023-09", "本日"), ("2023", "先月")])
def test_document_date_too_coarse_for_the_word_gives_nothing(value, word):
    assert extract_dates(word, value) == []


def test_approximate_relative_week_marks_both_endpoints():
    (m,) = extract_dates("2週間ほど前", DOC)
    assert (m.value, m.approximate) == ("2023-08-21~/2023-08-27~", True)


@pytest.mark.parametrize("text, surface, value, source", [
    ("2023年8月5日に放水した。その3日後、停戦した。", "3日後", "2023-08-08", "narrative"),
    ("2023年8月5日に放水した。その2日前に警告した。", "2日前", "2023-08-03", "narrative"),
    ("1996年に就任した。その2年前に", "2年前", "1994", "narrative"),
    ("3日後に発表する。", "3日後", "2023-09-09", "document"),
    ("3年前に", "3年前", "2020", "document"),
])
def test_n_units_after_follow_the_story_and_before_the_time_of_writing(text, surface, value, source):
    m = next(m for m in extract_dates(text, DOC) if m.text == surface)
    assert (m.value, m.anchor_source) == (value, source)


def test_explicit_year_wins_over_n_years_after_with_a_document_date():
    assert [(m.text, m.value) for m in extract_dates("2年後の2018年に", DOC)] == [("2018年", "2018")]


@pytest.mark.parametrize("text, surface, value, source", [
    ("G7広島サミット（5月19〜21日）では", "5月19〜21日", "2023-05-19/2023-05-21", "document"),
    ("2023年5月19〜21日に", "2023年5月19〜21日", "2023-05-19/2023-05-21", None),
    ("19〜21日に開かれた", "19〜21日", "2023-09-19/2023-09-21", "document"),
])
def test_span_of_days_with_one_nichi(text, surface, value, source):
    (m,) = extract_dates(text, DOC)
    assert (m.text, m.value, m.anchor_source) == (surface, value, source)


def test_a_month_does_not_anchor_a_span_that_contains_it():
    """The narrative anchor set by 5月 takes effect after it: 5月19〜21日 is resolved by the document
    date, not by its own 5月 (the anchor trail was recorded at the mention's start)."""
    (m,) = extract_dates("（5月19〜21日）", DOC)
    assert m.resolved_against == "2023-09-06 (document date)"


@pytest.mark.parametrize("text, surface, value, earliest, latest", [
    ("昨年末に合意した", "昨年末", "2022-12", "2022-12-01", "2022-12-31"),
    ("今月上旬", "今月上旬", "2023-09-01/2023-09-10", "2023-09-01", "2023-09-10"),
    ("来月中旬に訪日する", "来月中旬", "2023-10-11/2023-10-20", "2023-10-11", "2023-10-20"),
    ("来年度前半", "来年度前半", "2024-04/2024-09", "2024-04-01", "2024-09-30"),
    ("今週末", "今週末", "2023-09-09/2023-09-10", "2023-09-09", "2023-09-10"),
])
def test_part_after_a_relative_year_month_or_week(text, surface, value, earliest, latest):
    (m,) = extract_dates(text, DOC)
    assert (m.text, m.value, m.earliest, m.latest, m.anchor_source) == (surface, value, earliest, latest, "document")


@pytest.mark.parametrize("text, surface, value, document_date", [
    ("2023年9月6日（水）午後3時から", "2023年9月6日（水）午後3時", "2023-09-06T15", "2023-09-01"),
    ("9月6日（水）～8日（金）", "9月6日（水）～8日（金）", "2023-09-06/2023-09-08", "2023-09-01"),
    ("9月6日（水）～8日（金）", "9月6日（水）～8日（金）", "XXXX-09-06/XXXX-09-08", None),
    ("令和5年9月6日(水) 10:00～12:00", "令和5年9月6日(水) 10:00～12:00", "2023-09-06T10:00/2023-09-06T12:00", None),
])
def test_schedule_lines_with_weekdays_and_times(text, surface, value, document_date):
    """A weekday resolved on its own against the document's week once split these lines in pieces."""
    (m,) = extract_dates(text, document_date)
    assert (m.text, m.value) == (surface, value)


@pytest.mark.parametrize("text, expected", [
    ("毎年9月に総会を開く", [("毎年", "R/P1Y"), ("9月", "XXXX-09")]),
    ("毎月15日に", [("毎月", "R/P1M"), ("15日", "XXXX-XX-15")]),
    ("毎週月曜日10時から", [("毎週", "R/P1W"), ("月曜日10時", "XXXX-WXX-1T10")]),
    ("毎月第2火曜日", [("毎月", "R/P1M"), ("火曜日", "XXXX-WXX-2")]),
])
def test_date_after_a_set_recurs_and_is_not_resolved(text, expected):
    assert [(m.text, m.value) for m in extract_dates(text, DOC)] == expected


def test_range_across_weekdays_and_until():
    found = extract_dates("受付期間：令和5年9月1日（金）～9月29日（金）まで", DOC)
    assert [(m.text, m.value) for m in found] == [("令和5年9月1日（金）～9月29日（金）まで", "2023-09-01/2023-09-29")]
