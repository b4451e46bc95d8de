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


@pytest.mark.parametrize("name", ["de", "van", "von der", "bin", "da"])
def test_a_latin_name_with_a_particle_is_a_person(name):
    from pipeline.entities.latin_names import _particle_name
    surface = {"de": "Serafim de Freitas", "van": "Ludwig van Beethoven", "von der": "Ursula von der Leyen",
               "bin": "Mahathir bin Mohamad", "da": "Luiz Inácio da Silva"}[name]
    assert _particle_name(surface)


@pytest.mark.parametrize("surface", ["Banco de la Nación", "Museo del Prado", "Universidad de Chile", "Lords of Navigation",
                                     "De justo imperio", "Mare Liberum"])
def test_a_body_or_a_title_built_with_a_particle_is_no_person(surface):
    from pipeline.entities.latin_names import _particle_name
    assert not _particle_name(surface)


def test_particle_names_and_their_surnames_are_persons_in_a_document(resources):
    from support import process_text
    doc = process_text(resources, "ポルトガルの法学者Serafim de Freitasは、海洋の自由を否定した。\n\n"
                                  "その後、Freitasの主張はスペインでも読まれた。\n")
    types = {e.text: e.type for e in doc.entities}
    assert types.get("Serafim de Freitas") == "PERSON"
    assert types.get("Freitas", "PERSON") == "PERSON"


@pytest.mark.parametrize("label, person", [
    ("Show_Organization", True),  # GiNZA's troupe on a Latin name: a person in this domain
    ("International_Organization", False),  # the model named a body outright
    ("Company", False),
])
def test_which_model_labels_a_latin_name_may_be_retyped_from(label, person):
    from pipeline.entities.latin_names import particle_persons
    from pipeline.records import Entity
    text = "Marco da Ponte und Alvaro Nunes"  # 0-14, 19-31
    ents = [Entity(0, 14, "Marco da Ponte", "ORGANIZATION", match="model", score=0.5, model_label=label),
            Entity(19, 31, "Alvaro Nunes", "ORGANIZATION", match="model", score=0.5, model_label=label)]
    got = {e.text: e.type for e in particle_persons(ents, text)}
    assert (got["Marco da Ponte"] == "PERSON") is person
    assert (got["Alvaro Nunes"] == "PERSON") is (label == "Show_Organization")


def test_a_latin_surname_after_the_full_name_is_the_person():
    from pipeline.entities.latin_names import latin_surnames
    from pipeline.records import Entity
    ents = [Entity(0, 18, "Serafim de Freitas", "PERSON", match="model", score=0.5),
            Entity(30, 37, "Freitas", "PRODUCT", match="model", score=0.5),
            Entity(40, 47, "Pacific", "PRODUCT", match="model", score=0.5)]
    assert [e.type for e in latin_surnames(ents)] == ["PERSON", "PERSON", "PRODUCT"]
