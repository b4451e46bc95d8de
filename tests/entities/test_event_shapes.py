"""Names by their shape (entities/events.py, entities/states.py; numbered events in entities/shapes.py):
short Japanese sentences written for the test, run through the whole document pipeline."""
from __future__ import annotations


import pytest
from support import process_text


@pytest.fixture(scope="module")
def run(resources):
    return lambda text: {(e.text, e.type) for e in process_text(resources, text).entities}


@pytest.mark.parametrize("text, surface", [
    # a place, or what the model reads as a person, before の戦い
    ("1815年のワーテルローの戦いでナポレオンは敗れた。", "ワーテルローの戦い"),
    ("関ヶ原の戦いの後、徳川家康が実権を握った。", "関ヶ原の戦い"),
    ("第二次マルヌの戦いで連合軍が反撃した。", "第二次マルヌの戦い"),
    # numbered elections, talks and tournaments
    ("2012年の第46回衆議院議員総選挙で自民党が大勝した。", "第46回衆議院議員総選挙"),
    ("第3回カイロ会談では戦後処理が話し合われた。", "第3回カイロ会談"),
    ("彼は第20回アジア競技大会に出場した。", "第20回アジア競技大会"),
    # a dated election
    ("2016年アメリカ合衆国大統領選挙でトランプが勝利した。", "2016年アメリカ合衆国大統領選挙"),
])
def test_named_event_is_one_event(run, text, surface):
    assert (surface, "EVENT") in run(text)


@pytest.mark.parametrize("text, surface", [
    ("総選挙の結果、与党が過半数を失った。", "総選挙"),  # no ordinal, no year: a common noun
    ("選挙の戦いは激しさを増した。", "選挙の戦い"),  # no place before の戦い
    ("2009年の総選挙で政権交代が起きた。", "2009年の総選挙"),  # the year is a date, not part of a name
    ("第2回会談は東京で開かれた。", "第2回会談"),  # an ordinal and a head alone name nothing
])
def test_common_noun_is_not_an_event(run, text, surface):
    assert all(s != surface for s, _ in run(text))


@pytest.mark.parametrize("text, surface", [
    ("1871年にドイツ帝国が成立した。", "ドイツ帝国"),
    ("大日本帝国は1945年に降伏した。", "大日本帝国"),
    ("オーストリア帝国とプロイセン王国が争った。", "オーストリア帝国"),
])
def test_country_with_its_form_of_state_is_one_country(run, text, surface):
    assert (surface, "COUNTRY") in run(text)


def test_country_before_a_longer_body_name_is_not_extended(run):
    found = run("ドイツ帝国海軍の艦艇が寄港した。")
    assert all(s != "ドイツ帝国" for s, _ in found)


def test_an_edition_in_roman_numerals_glued_to_the_acronym(resources):
    """Before: TICADVI was read as TICADV + I, no series, and the edition was lost."""
    found = [(e.text, e.type, e.glossary_id) for e in process_text(resources, "首相は「TICADVIに続く投資を期待する」と述べた。").entities]
    assert ("TICADVI", "EVENT", "org:ticad") in found, found
