"""The bracket after a name in a Wikipedia lead (entities/latin.py; the lead's reading in
entities/surfaces.py): sentences written for the test, run through the whole document pipeline."""
from __future__ import annotations

import pytest
from support import process_text


@pytest.fixture(scope="module")
def run(resources):
    return lambda text: {(e.text, e.type) for e in process_text(resources, text).entities}


@pytest.mark.parametrize("text, surface, typ", [
    ("ボーア戦争(ボーアせんそう、英語: Boer War)は南アフリカで起きた。", "Boer War", "EVENT"),
    ("ヴェルサイユ条約(ヴェルサイユじょうやく、英語: Treaty of Versailles)は1919年に調印された。",
     "Treaty of Versailles", "AGREEMENT"),
    ("国際刑事裁判所(ICC)は2002年に設立された。", "ICC", "ORGANIZATION"),
])
def test_latin_form_in_brackets_takes_the_type_of_the_name(run, text, surface, typ):
    assert (surface, typ) in run(text)


@pytest.mark.parametrize("text", [
    "クリミア戦争(クリミアせんそう、英語: Crimean War)は1853年に始まった。",
    "フランス革命(フランスかくめい、フランス語: Révolution française)は王政を倒した。",
])
def test_name_inside_the_leads_reading_is_no_mention(resources, text):
    """The reading (クリミアせんそう) is the name before it read aloud: no entity begins inside it."""
    open_ = text.index("(")
    reading_end = text.index("、")
    ents = process_text(resources, text).entities
    assert not [e.text for e in ents if open_ < e.start < reading_end]


def test_date_in_brackets_is_not_a_form_of_the_name(resources):
    ents = process_text(resources, "ロシア(2022年)の侵攻が続く。").entities
    assert [(e.text, e.type) for e in ents] == [("ロシア", "COUNTRY")]
