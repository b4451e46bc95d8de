"""A title or honorific stripped off a name (`unknown._strip_title`): the name before a title, or after Latin
honorifics, is a person; a company, a product, a place or an office with a title word inside is not."""
from __future__ import annotations

import pytest

from pipeline.entities.unknown import _strip_title
from pipeline.records import Entity


def _strip(surface: str, typ: str) -> Entity:
    return _strip_title(Entity(0, len(surface), surface, typ, match="model", score=0.5))


@pytest.mark.parametrize("surface, typ, name, start", [
    ("H.E. Dr. Hakan FİDAN", "PERSON", "Hakan FİDAN", 9),
    ("Mr. John Smith", "OTHER", "John Smith", 4),
    ("ラモラ大臣", "PERSON", "ラモラ", 0),
    ("ケリー前国務長官", "PERSON", "ケリー", 0),
    ("岸田大臣", "ORGANIZATION", "岸田", 0),      # a personal name (人名) before a title, mistyped
    ("ボルド大臣", "OTHER", "ボルド", 0),          # a katakana word Sudachi does not know
])
def test_the_name_before_a_title_or_after_honorifics_is_a_person(surface, typ, name, start):
    e = _strip(surface, typ)
    assert (e.text, e.type, e.start, e.end) == (name, "PERSON", start, start + len(name))


@pytest.mark.parametrize("surface, typ", [
    ("Mr. Price Stores", "ORGANIZATION"),   # a company named after a person
    ("Mr. Price Stores", "OTHER"),          # ... whatever the model typed it: its head word is a store
    ("Dr. Pepper", "PRODUCT"),              # a drink
    ("Dr. Pepper", "ORGANIZATION"),
    ("ロンドン大使館", "ORGANIZATION"),      # a place's name (地名) before 大使, and the title does not end it
    ("岸田大臣事務所", "ORGANIZATION"),      # the office of a minister: the title does not end the name
    ("パリ市長", "LOCATION"),                # a place before a title: not a person
])
def test_a_non_person_with_a_title_word_stays_what_it_is(surface, typ):
    e = _strip(surface, typ)
    assert (e.text, e.type) == (surface, typ)
