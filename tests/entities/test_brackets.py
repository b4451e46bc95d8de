"""A name and its short form in brackets (entities/brackets.py), and the spurious phrases business
news gave: the short form of a company typed PRODUCT, a linked acronym whose long name stayed
unlinked, an acronym of a common noun (液化天然ガス(LNG)) kept as a name. Sentences written for the test."""
from __future__ import annotations

import pytest
from support import process_text


@pytest.fixture(scope="module")
def ents(resources):
    return lambda text: process_text(resources, text).entities


def test_the_short_form_of_a_company_is_the_company_at_every_mention(ents):
    found = ents("子会社のHARBOR DIGITAL WORKS(HDW、東京都港区)を売却する。HDWの従業員は引き継ぐ。")
    assert [e.type for e in found if e.text == "HDW"] == ["ORGANIZATION", "ORGANIZATION"]


def test_a_long_name_takes_the_link_of_its_acronym(ents):
    found = ents("株式は中国海洋石油総公司(CNOOC)が取得した。")
    long = [e for e in found if e.text == "中国海洋石油総公司"]
    assert long and long[0].glossary_id == "org:cnooc"


@pytest.mark.parametrize("text, acronym", [
    ("液化天然ガス(LNG)の輸入が増えた。", "LNG"),
    ("国内総生産(GDP)は伸びた。", "GDP"),
    ("電気自動車(EV)の販売は減った。", "EV"),
])
def test_the_acronym_of_a_common_noun_is_no_entity(ents, text, acronym):
    assert all(e.text != acronym for e in ents(text))


@pytest.mark.parametrize("text, surface, typ", [
    ("副部長の王海(おう・かい)は記者会見で述べた。", "王海", "PERSON"),  # a Chinese name read in hiragana
    ("ロイド・エネルギー・グループが提案した。", "ロイド・エネルギー・グループ", "ORGANIZATION"),
])
def test_names_by_shape(ents, text, surface, typ):
    assert (surface, typ) in {(e.text, e.type) for e in ents(text)}


@pytest.mark.parametrize("text, surface", [
    ("住宅販売連結子会社の株式を取得した。", "住宅販売連結子会社"),   # common words ending in 会社
    ("第1期事業として貯蔵施設を建設する。", "第1期事業"),           # a phase of a project
])
def test_generic_phrases_are_no_entities(ents, text, surface):
    assert all(e.text != surface for e in ents(text))


@pytest.mark.parametrize("text, surface, typ", [
    ("ブルネイ国営石油会社が入札した。", "ブルネイ", "COUNTRY"),          # a country and the kind of firm it owns
    ("同社のマイケル・ロウCEOは増産を表明した。", "マイケル・ロウ", "PERSON"),  # an executive before CEO
    ("アヤラ財閥傘下の通信会社が受注した。", "アヤラ財閥", "ORGANIZATION"),    # the group, not what is under it
    ("輸出は増える見通し。(12日・インクワイラー)", "インクワイラー", "ORGANIZATION"),  # the paper after its day
])
def test_business_news_shapes(ents, text, surface, typ):
    assert (surface, typ) in {(e.text, e.type) for e in ents(text)}


def test_a_country_owned_firm_is_not_one_name(ents):
    assert all(e.text != "ブルネイ国営石油会社" for e in ents("ブルネイ国営石油会社が入札した。"))


@pytest.mark.parametrize("text, short, gid", [
    ("加盟国は東南アジア諸国連合(ASEAN12)の枠組みで協力する。", "ASEAN", "org:asean"),   # a note number glued
    ("日本は国連開発計画（UNDP3）と連携した。", "UNDP", "org:undp"),
])
def test_a_note_number_after_a_short_form_is_no_part_of_it(resources, text, short, gid):
    """Before: ECOWAS13 and UNDP14 of a white paper's notes were an EVENT each (an acronym and an edition)."""
    found = [(e.text, e.glossary_id) for e in process_text(resources, text).entities]
    assert (short, gid) in found, found
    assert not [t for t, _ in found if t.startswith(short) and t != short], found


def test_an_edition_of_a_meeting_keeps_its_number(resources):
    found = [(e.text, e.type) for e in process_text(resources, "第8回アフリカ開発会議(TICAD8)が開かれた。").entities]
    assert ("TICAD8", "EVENT") in found, found
