"""Surname references (pipeline.claims.surname), pure, on sentences in the style of 共同通信 items."""
from __future__ import annotations

import pytest

from pipeline.claims.surname import surname_links
from pipeline.records import ArgRef, Claim, Entity

TEXT = ("中国の李強首相は来週、ジャカルタを訪問する。首脳会議でも李氏が日本批判を展開する可能性がある。"
        "米国のドナルド・トランプ大統領も出席し、トランプ氏は関税の引き上げを表明した。岩屋外務大臣は会談した。李克強氏も")
PEOPLE = [("李強", "Li Qiang"), ("ドナルド・トランプ", "Donald Trump")]


def link(surface: str, nth: int = 0) -> str | None:
    ents = [Entity(TEXT.index(s), TEXT.index(s) + len(s), s, "PERSON", glossary_id=f"p{k}", label_en=lab, id=f"E{k}")
            for k, (s, lab) in enumerate(PEOPLE)]
    i = -1
    for _ in range(nth + 1):
        i = TEXT.index(surface, i + 1)
    c = Claim(i, i + len(surface), surface, "x", subject=ArgRef(surface, start=i, end=i + len(surface)))
    (out,) = surname_links([c], ents)
    return out.subject.label_en


@pytest.mark.parametrize("surface, nth, expected", [
    ("李氏", 0, "Li Qiang"),  # a kanji surname: the full name starts with it
    ("トランプ氏", 0, "Donald Trump"),  # a katakana surname: the full name ends with it
    ("岩屋外務大臣", 0, None),  # nobody named 岩屋 before
    ("李克強氏", 0, None),  # a different full name is not a surname reference
])
def test_surname_reference_links_the_earlier_full_mention(surface, nth, expected):
    assert link(surface, nth) == expected


def test_a_mention_before_the_full_name_is_not_linked():
    text = "李氏は訪問する。中国の李強首相は会談した。"
    ents = [Entity(text.index("李強"), text.index("李強") + 2, "李強", "PERSON", glossary_id="p", label_en="Li Qiang", id="E")]
    c = Claim(0, 6, "李氏は訪問する", "x", subject=ArgRef("李氏", start=0, end=2))
    assert surname_links([c], ents)[0].subject.label_en is None
