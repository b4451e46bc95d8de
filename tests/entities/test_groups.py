"""A place glued to a katakana group word is a group (entities/groups.py); unrest, a revolution or a
crisis after a place is an EVENT (entities/shapes.py's acts). Sentences written for the test."""
from __future__ import annotations

import pytest

from support import process_text


def _found(resources, text):
    doc = process_text(resources, text)
    return {(e.text, e.type) for e in doc.entities}, doc


@pytest.mark.parametrize("text, surface, typ", [
    ("上海ファイブを前身として新しい機構が発足した。", "上海ファイブ", "ORGANIZATION"),
    ("債務問題はパリクラブで協議された。", "パリクラブ", "ORGANIZATION"),
    ("2011年バーレーン騒乱では軍が派遣された。", "バーレーン騒乱", "EVENT"),   # a year before the place
    ("イラン革命の後、両国の関係は冷え込んだ。", "イラン革命", "EVENT"),
    ("エジプト暴動で観光客が減った。", "エジプト暴動", "EVENT"),
])
def test_a_place_and_what_names_a_group_or_an_event(resources, text, surface, typ):
    found, _ = _found(resources, text)
    assert (surface, typ) in found, sorted(found)


def test_a_group_of_a_linked_place_gets_an_english_label_from_its_parts(resources):
    _, doc = _found(resources, "上海ファイブを前身として新しい機構が発足した。")
    (e,) = [e for e in doc.entities if e.text == "上海ファイブ"]
    assert (e.label_en, e.label_en_source, e.glossary_id) == ("Shanghai Five", "composed", None)


@pytest.mark.parametrize("text, surface", [
    ("ミャンマー危機管理の専門家が来日した。", "ミャンマー危機"),   # 危機管理: another word
    ("東京グループ会社の社員が来日した。", "東京グループ"),         # グループ会社: another word
])
def test_no_group_or_event_inside_a_longer_word(resources, text, surface):
    found, _ = _found(resources, text)
    assert all(s != surface for s, _ in found), sorted(found)
