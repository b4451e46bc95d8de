"""Forms of a name in other scripts in the bracket after it are mentions of the same referent
(entities/glossed.py); editions of a series in Roman numerals are events (entities/shapes.py).
Sentences written for the test, run through the whole document pipeline."""
from __future__ import annotations

import pytest

from pipeline.entities.glossed import _foreign
from support import process_text


@pytest.mark.parametrize("text, form, gid", [
    ("独立国家共同体(どくりつこっかきょうどうたい、ロシア語: Содружество Независимых Государств)は国家連合である。",
     "Содружество Независимых Государств", "org:cis"),
    ("アジアインフラ投資銀行(中国語: 亚洲基础设施投资银行、英語: Asian Infrastructure Investment Bank)は北京にある。",
     "亚洲基础设施投资银行", "org:aiib"),
    ("アジアインフラ投資銀行(中国語: 亚洲基础设施投资银行、英語: Asian Infrastructure Investment Bank)は北京にある。",
     "Asian Infrastructure Investment Bank", "org:aiib"),
    ("アラブ連盟(アラビア語: جامعة الدول العربية)はカイロに本部を置く。", "جامعة الدول العربية", "org:arab-league"),
    ("アジアインフラ投資銀行(中国語亚洲基础设施投资银行/亞洲基礎設施投資銀行)が融資した。", "亞洲基礎設施投資銀行", "org:aiib"),
])
def test_a_form_in_another_script_is_a_mention_of_the_name_before_it(resources, text, form, gid):
    doc = process_text(resources, text)
    found = [e for e in doc.entities if e.text == form]
    assert [(e.type, e.glossary_id) for e in found] == [("ORGANIZATION", gid)], [(e.text, e.type) for e in doc.entities]


@pytest.mark.parametrize("form, label, expected", [
    ("Shanghai Cooperation Organisation", None, True),
    ("Шанхайская организация сотрудничества", "ロシア語", True),
    ("上海合作组织", "中国語", True),
    ("上海合作組織", "繁体字", True),
    ("上海合作组织", None, False),              # Chinese characters with no Chinese label: a Japanese gloss maybe
    ("シャンハイきょうりょくきこう", None, False),  # a reading
    ("湾岸アラブ諸国協力会議", None, False),
    ("2008", None, False), ("A", None, False),
])
def test_what_counts_as_a_form_in_another_script(form, label, expected):
    assert _foreign(form, label) is expected


@pytest.mark.parametrize("text", [
    "ロシア(2022年2月)の侵攻が続く。",
    "東南アジア諸国連合(10カ国)の首脳が集まった。",
])
def test_a_bracket_without_another_script_adds_no_mention(resources, text):
    doc = process_text(resources, text)
    assert all(not (text.index("(") < e.start < text.index(")")) for e in doc.entities), [(e.text, e.type) for e in doc.entities]


@pytest.mark.parametrize("text, surface", [
    ("TICADⅤでは横浜宣言が採択された。", "TICADⅤ"),
    ("TICAD IIIでは首相が演説した。", "TICAD III"),
    ("TICAD IVは横浜で開かれた。", "TICAD IV"),
])
def test_an_edition_in_roman_numerals_is_an_event_of_the_series(resources, text, surface):
    doc = process_text(resources, text)
    found = [(e.text, e.type, e.glossary_id) for e in doc.entities if e.start == 0]
    assert found == [(surface, "EVENT", "org:ticad")], [(e.text, e.type) for e in doc.entities]


@pytest.mark.parametrize("text, acronym", [
    ("議長はWHO Vの字形に言及した。", "WHO V"),            # a letter after an organization's name
])
def test_an_organization_that_holds_no_meetings_has_no_roman_edition(resources, text, acronym):
    doc = process_text(resources, text)
    assert not [e for e in doc.entities if e.text == acronym or (e.type == "EVENT" and e.text.startswith(acronym[:-2]))]



def test_a_form_already_read_as_an_entity_keeps_its_reading(resources):
    doc = process_text(resources, "首相はアフリカ開発会議(TICAD 9)で演説した。")
    assert {e.type for e in doc.entities if e.text == "TICAD 9"} == {"EVENT"}  # the edition, not the series


def test_a_places_latin_form_glossing_a_phrase_is_no_mention_of_the_place(resources):
    doc = process_text(resources, "「援助を越えたガーナ(Ghana beyond Aid)」構想を掲げた。")
    assert "COUNTRY" not in {e.type for e in doc.entities if e.text == "Ghana beyond Aid"}
