"""本稿 / 筆者 as the author named in the document's lead (pipeline/claims/author.py): pure, on short
documents written for these tests, entities built by hand."""
from __future__ import annotations

import pytest

from pipeline.claims.author import author_links, lead_author
from pipeline.records import ArgRef, Claim, Entity

BODY = "本稿は、東南アジアにおける半導体の供給網の再編を検討するものであり、日本の政策への含意を論じる。"
PAPER = "半導体供給網の行方\n\n2024-03-01\n佐藤花子(アジア研究所研究員)\n\n" + BODY
INSTITUTE = "公益財団法人アジア研究所\n\nコメンタリー\n\n" + BODY.replace("本稿は", "筆者は")
NO_NAME = "半導体供給網の行方\n\n" + BODY
QUOTED = "半導体供給網の行方\n\n佐藤花子\n\n山田教授は「本稿は供給網を論じる」と書いた。その上で、長期にわたる供給網の再編を詳しく検討した。"


def ent(text: str, surface: str, typ: str, label: str) -> Entity:
    i = text.index(surface)
    return Entity(i, i + len(surface), surface, typ, glossary_id=None, label_en=label, id=f"E{i}")


def claim(text: str, subject: str) -> Claim:
    i = text.index(subject)
    return Claim(i, len(text), text[i:], "検討する", subject=ArgRef(text=subject, start=i, end=i + len(subject)))


@pytest.mark.parametrize("text, names, self_word, want", [
    # a byline person is the author
    (PAPER, [("アジア研究所", "ORGANIZATION", "Asia Institute"), ("佐藤花子", "PERSON", "Hanako Sato")], "本稿", "Hanako Sato"),
    # no person in the lead: the institute that signs it
    (INSTITUTE, [("アジア研究所", "ORGANIZATION", "Asia Institute")], "筆者", "Asia Institute"),
    # no name in the lead: the phrase stays unlinked (a country in the body is no author)
    (NO_NAME, [("東南アジア", "LOCATION", "Southeast Asia")], "本稿", None),
    # 本稿 inside a quotation is the quoted writer's
    (QUOTED, [("佐藤花子", "PERSON", "Hanako Sato"), ("山田", "PERSON", "Yamada")], "本稿", None),
])
def test_self_reference_is_the_author(text, names, self_word, want):
    ents = [ent(text, *n) for n in names]
    (after,) = author_links([claim(text, self_word)], ents, text)
    assert after.subject.label_en == want
    assert after.subject.text == self_word  # the phrase keeps its own words


def test_a_named_subject_is_left_alone():
    ents = [ent(PAPER, "佐藤花子", "PERSON", "Hanako Sato")]
    c = claim(PAPER, "日本の政策")
    assert author_links([c], ents, PAPER) == [c]


def test_the_lead_ends_at_the_first_line_of_body_text():
    text = NO_NAME + "\n佐藤花子"  # a name after the body is no byline
    assert lead_author(text, [ent(text, "佐藤花子", "PERSON", "Hanako Sato")]) is None
