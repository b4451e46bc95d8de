"""A linked person named again by the bare katakana surname, with no title (`entities.again`)."""
from __future__ import annotations

import pytest

from pipeline.config import Config
from pipeline.entities import name_again
from pipeline.glossary import load_glossary
from pipeline.records import Entity


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(Config().glossary_paths())


def _person(text: str, surface: str, gid: str) -> Entity:
    s = text.index(surface)
    return Entity(s, s + len(surface), surface, "PERSON", glossary_id=gid, match="exact")


@pytest.mark.parametrize("text, first, gid, expected", [
    ("ナウセーダ大統領は演説した。ナウセーダは、支援を求めた。", "ナウセーダ", "person:gitanas-nauseda", [14]),
    ("ギタナス・ナウセーダ大統領が来日した。会談でナウセーダは謝意を述べた。", "ギタナス・ナウセーダ",
     "person:gitanas-nauseda", [22]),
    ("ナウセーダ大統領が来日した。アンナ・ナウセーダ夫人も同行した。", "ナウセーダ", "person:gitanas-nauseda", []),  # another ナウセーダ
    ("ナウセーダ大統領が来日した。ナウセーダ家の歴史", "ナウセーダ", "person:gitanas-nauseda", [14]),  # a kanji after it is no word
])
def test_a_bare_surname_after_the_full_name(glossary, text, first, gid, expected):
    out = name_again([_person(text, first, gid)], text, glossary)
    added = [e for e in out if e.match == "surname"]
    assert [e.start for e in added] == expected
    assert all(e.glossary_id == gid and text[e.start:e.end] == e.text for e in added)


def test_no_bare_surname_without_a_linked_person(glossary):
    text = "ナウセーダは、支援を求めた。"
    assert name_again([], text, glossary) == []


def test_a_katakana_word_containing_the_surname_is_not_it(glossary):
    text = "メルツ首相が会見した。メルツェデスの工場"
    out = name_again([_person(text, "メルツ", "person:friedrich-merz")], text, glossary)
    assert [e.start for e in out if e.match == "surname"] == []


@pytest.mark.parametrize("text, gid", [
    ("○鈴木(貴)委員　質問します。", "person:takako-suzuki"),
    ("○鈴木（馨）委員　質問します。", "person:keisuke-suzuki"),
    ("○鈴木(一)委員　質問します。", None),  # no 鈴木一… in the glossary
])
def test_a_diet_member_told_apart_by_the_given_names_first_kanji(glossary, text, gid):
    e = Entity(1, 3, "鈴木", "PERSON")
    assert name_again([e], text, glossary)[0].glossary_id == gid


def test_a_person_linked_by_a_surname_rule_is_named_again_bare(glossary):
    """The owners map again shares with coref keeps mentions linked by surname (ナウセーダ大統領)."""
    text = "ナウセーダ大統領は演説した。ナウセーダは、支援を求めた。"
    first = Entity(0, 5, "ナウセーダ", "PERSON", glossary_id="person:gitanas-nauseda", match="surname")
    assert [e.start for e in name_again([first], text, glossary) if e is not first] == [14]


@pytest.mark.parametrize("surface, text, joiners, expected", [
    ("ナウセーダ", "ナウセーダは、ナウセーダ家", "", [(0, 5), (7, 12)]),
    ("メルツ", "メルツェデスのメルツ", "", [(7, 10)]),  # inside a longer katakana word
    ("ナウセーダ", "アンナ・ナウセーダ、ナウセーダ", "・＝=･", [(10, 15)]),  # a part of a longer name
    ("ナウセーダ", "アンナ・ナウセーダ", "", [(4, 9)]),  # without joiners a ・ is an edge
])
def test_a_katakana_name_is_found_only_as_a_whole_word(surface, text, joiners, expected):
    from pipeline.entities.surfaces import katakana_words

    assert list(katakana_words(surface, text, joiners)) == expected
