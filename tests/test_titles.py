"""The one title table (pipeline/titles.py) is what every stage reads: no stage has drifted copies."""
from __future__ import annotations

import pytest
from support import process_text

from pipeline.claims.frames import SPEAKER_TITLES
from pipeline.claims.titles import TITLE_HEADS, TITLE_SUFFIXES
from pipeline.claims.surname import TITLES as SURNAME_TITLES
from pipeline.glossary import TITLES as ROLE_TITLES
from pipeline.titles import HONORIFICS, OFFICES, PROFESSIONS


@pytest.mark.parametrize("table", [ROLE_TITLES, SPEAKER_TITLES, SURNAME_TITLES, TITLE_HEADS],
                         ids=["glossary roles", "speaker frames", "claim surnames", "phrase heads"])
def test_every_office_is_known_to_every_stage(table):
    assert set(OFFICES) <= set(table)


def test_suffixes_cover_every_office():
    assert all(o.endswith(TITLE_SUFFIXES) for o in OFFICES)


@pytest.mark.parametrize("a, b", [(OFFICES, HONORIFICS), (OFFICES, PROFESSIONS), (HONORIFICS, PROFESSIONS)])
def test_tables_do_not_overlap(a, b):
    assert not set(a) & set(b)


def test_longest_first():
    # a title that ends another (大臣 in 外務大臣) comes after it, so the first match is the whole title
    assert OFFICES.index("外務大臣") < OFFICES.index("大臣") and OFFICES.index("国務長官") < OFFICES.index("長官")


@pytest.mark.parametrize("text, surface", [
    ("キム・ミンソク外務審議官は記者団に語った。", "キム・ミンソク"),   # a title the glossary table lacked before
    ("ラガルド総裁は会見で述べた。", "ラガルド"),
])
def test_titles_mark_persons(resources, text, surface):
    doc = process_text(resources, text)
    assert (surface, "PERSON") in {(e.text, e.type) for e in doc.entities}
