"""A list of places joined by ・ is one mention per place (entities/lists.py); a company glued before
its plant is part of the plant's name (entities/builders.py). Sentences written for the test."""
from __future__ import annotations

import pytest

from support import process_text

from pipeline.entities import english_labels, refine_entities
from pipeline.records import Entity


def _found(resources, text):
    return {(e.text, e.type, e.glossary_id) for e in process_text(resources, text).entities}


@pytest.mark.parametrize("text, places", [
    ("外務省は中央アジア・コーカサス・大洋州の各国と協議した。",
     [("中央アジア", "loc:central-asia"), ("コーカサス", "loc:caucasus"), ("大洋州", "loc:oceania")]),
    ("政府は東南アジア・南アジア・アフリカへの支援を拡大した。",   # not the Asian-African Conference
     [("東南アジア", "loc:southeast-asia"), ("南アジア", "loc:south-asia"), ("アフリカ", "loc:africa")]),
    ("欧州・中東の首脳が集まった。", [("欧州", "loc:europe"), ("中東", "loc:middle-east")]),
])
def test_a_list_of_places_joined_by_dots_is_one_mention_per_place(resources, text, places):
    found = _found(resources, text)
    for surface, gid in places:
        assert (surface, "LOCATION", gid) in found, sorted(found)
    joined = "・".join(s for s, _ in places)
    assert not [f for f in found if "・" in f[0] or f[0] == joined], sorted(found)


@pytest.mark.parametrize("text, name, typ", [
    ("太平洋・島サミットが東京で開かれた。", "太平洋・島サミット", "EVENT"),  # 島サミット is no place
    ("中東・北アフリカの情勢を議論した。", "中東・北アフリカ", "LOCATION"),          # MENA: one glossary entry
])
def test_a_name_with_a_dot_is_not_a_list(resources, text, name, typ):
    found = {(s, t) for s, t, _ in _found(resources, text)}
    assert (name, typ) in found, sorted(found)


@pytest.fixture(scope="module")
def glossary():
    from pipeline.config import Config
    from pipeline.glossary import load_glossary
    return load_glossary(Config().glossary_paths())


def _at(text, surface, typ, label):
    s = text.index(surface)
    return Entity(s, s + len(surface), surface, typ, match="model", score=0.5, model_label=label)


@pytest.mark.parametrize("text, company, place, surface, label_en", [
    ("東京電力福島第一原子力発電所の処理水が", "東京電力", "福島", "東京電力福島第一原子力発電所",
     "Fukushima Daiichi Nuclear Power Plant"),
    ("関西電力美浜発電所で事故が起きた", "関西電力", "美浜", "関西電力美浜発電所", "Mihama Power Station"),
])
def test_a_company_glued_before_its_plant_is_part_of_the_plants_name(glossary, text, company, place, surface,
                                                                     label_en):
    ents = [_at(text, company, "ORGANIZATION", "Company"), _at(text, place, "LOCATION", "City")]
    ents = english_labels(refine_entities(ents, text, None, glossary), text)
    assert [(e.text, e.type, e.label_en) for e in ents] == [(surface, "LOCATION", label_en)]


def test_a_company_apart_from_the_plant_stays_a_company(glossary):
    text = "東京電力は福島第一原発の廃炉を進める"
    ents = [_at(text, "東京電力", "ORGANIZATION", "Company"), _at(text, "福島", "LOCATION", "City")]
    ents = refine_entities(ents, text, None, glossary)
    assert {(e.text, e.type) for e in ents} >= {("東京電力", "ORGANIZATION"), ("福島第一原発", "LOCATION")}


@pytest.mark.parametrize("text, places", [
    ("中央アジア・コーカサス諸国への関心が高まる。", [("中央アジア", "loc:central-asia"), ("コーカサス", "loc:caucasus")]),
    ("イスラエル・パレスチナ問題が再燃した。", [("イスラエル", "country:isr"), ("パレスチナ", "country:pse")]),
])
def test_a_head_after_the_last_place_is_shared_by_the_list(resources, text, places):
    found = {(s, g) for s, _, g in _found(resources, text)}
    assert set(places) <= found, sorted(found)
