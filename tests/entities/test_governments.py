"""X政府 is one ORGANIZATION, the government of the state X, linked by a derived id (entities/shapes.py's
governments rule, entities/composed.py's `government_link`): the English Wikipedia title convention
(Government of Japan) that the annotators of dev3, dev4, dev5 and WikiNER follow. Sentences written for the test."""
from __future__ import annotations

import pytest

from pipeline.entities.composed import derived_country
from support import process_text


@pytest.mark.parametrize("text, surface, gid, label_en", [
    ("日本政府は新たな支援策を発表した。", "日本政府", "org:gov-jpn", "Government of Japan"),
    ("外相はケニア政府と協議した。", "ケニア政府", "org:gov-ken", "Government of Kenya"),
    ("米政府は制裁を解除した。", "米政府", "org:gov-usa", "Government of the United States"),  # a one-kanji alias
    ("韓国政府の報道官が会見した。", "韓国政府", "org:gov-kor", "Government of South Korea"),
    ("日本国政府を代表して署名した。", "日本国政府", "org:gov-jpn", "Government of Japan"),  # the long form
    ("フィリピン政府は声明を出した。", "フィリピン政府", "org:gov-phl", "Government of the Philippines"),
    ("これまで日本政府として説明してきた。", "日本政府", "org:gov-jpn", "Government of Japan"),
])
def test_a_states_government_is_one_body_linked_by_a_derived_id(resources, text, surface, gid, label_en):
    doc = process_text(resources, text)
    found = [e for e in doc.entities if e.text == surface]
    assert len(found) == 1, [(e.text, e.type) for e in doc.entities]
    e = found[0]
    assert (e.type, e.glossary_id, e.label_en, e.label_en_source) == ("ORGANIZATION", gid, label_en, "composed")
    # the state alone is no second mention inside it
    assert not [x for x in doc.entities if x is not e and e.start <= x.start and x.end <= e.end]


def test_a_curated_government_row_keeps_its_id(resources):
    # the glossary's ロシア政府 row (org:russian-government, country RUS, sector GOV) is no derived org:gov-rus
    doc = process_text(resources, "ロシア政府は声明を出した。")
    found = [e for e in doc.entities if e.text == "ロシア政府"]
    assert [(e.type, e.glossary_id) for e in found] == [("ORGANIZATION", "org:russian-government")]
    assert found[0].label_en_source != "composed"


@pytest.mark.parametrize("text, surface", [
    ("同国政府は声明を出した。", "同国政府"),        # an anaphor
    ("政府は声明を出した。", "政府"),                # any state's
    ("反政府勢力が首都に迫った。", "政府"),
    ("シリア政府軍が攻撃した。", "シリア政府"),      # the armed forces, not the government
    ("日中政府間協議が開かれた。", "日中政府"),      # talks between two governments
])
def test_no_government_where_no_single_state_governs(resources, text, surface):
    doc = process_text(resources, text)
    assert all(not (e.text == surface and e.glossary_id and e.glossary_id.startswith("org:gov-")) for e in doc.entities)
    assert all(e.text not in ("同国政府", "政府") for e in doc.entities)


@pytest.mark.parametrize("gid, iso3", [
    ("org:gov-jpn", "JPN"), ("org:gov-ken", "KEN"),
    ("org:mfa-tha", None), ("country:jpn", None), (None, None),  # a ministry, the state itself, nothing
])
def test_the_state_of_a_government_id(gid, iso3):
    assert derived_country(gid) == iso3
