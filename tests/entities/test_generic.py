"""Words the model takes for names that name a kind of thing (entities/generic.py). Sentences written for the
test: the acronym of a common noun, the constitution referred to by its kind, an era name before a date."""
from __future__ import annotations

import pytest

from support import process_text

from pipeline.entities.generic import generic_word
from pipeline.records import Entity


@pytest.mark.parametrize("surface, typ", [
    ("ODA", "PRODUCT"), ("NGO", "ORGANIZATION"), ("PKO", "EVENT"), ("ICBM", "ORGANIZATION"), ("ISDS", "OTHER"),
    ("憲法", "AGREEMENT"), ("条約", "AGREEMENT"), ("令和", "EVENT"),
])
def test_a_generic_word_is_no_entity(surface, typ):
    assert generic_word(Entity(0, len(surface), surface, typ))


@pytest.mark.parametrize("surface, typ, gid", [
    ("日本国憲法", "AGREEMENT", None),             # a name: the state's constitution
    ("明治維新", "EVENT", None),                   # an era name inside a name
    ("ASEAN", "ORGANIZATION", "org:asean"),       # an acronym the glossary links
    ("PPP", "ORGANIZATION", None),                # a party's acronym as well as a common noun's: kept
])
def test_a_name_is_kept(surface, typ, gid):
    assert not generic_word(Entity(0, len(surface), surface, typ, glossary_id=gid))


def test_common_words_of_a_diet_speech_are_no_entities(resources):
    """Before: ODA was a PRODUCT, 憲法 an AGREEMENT and 令和 an EVENT of the minutes."""
    text = "令和六年五月十日、政府はODAの拡充とNGOとの連携について説明し、憲法の理念に沿うと述べた。"
    found = {e.text for e in process_text(resources, text).entities}
    assert not found & {"ODA", "NGO", "憲法", "令和"}, found
