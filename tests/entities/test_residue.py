"""Model entities that are no names, or two (entities/surfaces.py): a name's kana reading in
brackets typed PERSON (岸田文雄(きしだふみお) gave the person ふみお), a bare date typed EVENT (2019年 of
2019年第3号公告), a katakana name run on into a one-character country (トランプ米政権 linked as Trump
over 米). Each case is a Japanese sentence written for the test, run through the pipeline."""


import pytest
from support import process_text


@pytest.fixture(scope="module")
def run(resources):
    return lambda text: process_text(resources, text).entities


@pytest.mark.parametrize("text, reading", [
    ("岸田文雄のウクライナ訪問(きしだふみおのウクライナほうもん)とは、首相の外遊である。", "ふみお"),
    ("林芳正(はやしよしまさ)は日本の政治家である。", "よしまさ"),
])
def test_a_reading_in_brackets_is_no_name(run, text, reading):
    assert all(reading not in e.text for e in run(text) if e.type == "PERSON")


@pytest.mark.parametrize("text, date", [
    ("委員会の2019年第3号公告に基づき、関税を引き上げた。", "2019年"),
    ("2021年度第2次補正予算が成立した。", "2021年度"),
])
def test_a_bare_date_is_no_entity(run, text, date):
    assert all(e.text != date for e in run(text))


@pytest.mark.parametrize("text, person, country", [
    ("政府はトランプ米政権による輸入制限を受け、対抗措置を検討した。", "トランプ", "country:usa"),
    ("バイデン米政権は半導体の輸出規制を強化した。", "バイデン", "country:usa"),
])
def test_a_name_before_a_one_kanji_country_is_two_names(run, text, person, country):
    ents = run(text)
    assert any(e.text == person and e.type == "PERSON" for e in ents)
    assert any(e.text == text[text.index(person) + len(person)] and e.glossary_id == country for e in ents)
