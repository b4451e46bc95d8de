"""One surname rule (entities.surnames.surname_forms) for the glossary linker and the claims linker."""
from __future__ import annotations

import pytest

from pipeline.claims.surname import surname_links
from pipeline.entities import surname_forms
from pipeline.records import ArgRef, Claim, Entity


@pytest.mark.parametrize("full, country, forms", [
    ("茂木敏充", "JPN", {"茂", "茂木", "茂木敏"}),
    ("習近平", "CHN", {"習", "習近"}),
    ("長谷川栄一", None, {"長", "長谷", "長谷川"}),
    ("ユン・ビョンセ", "KOR", {"ユン"}),            # Korean: family name first
    ("ファム・ミン・チン", "VNM", {"チン"}),         # Vietnamese: the given name a text uses is last
    ("アントニー・ブリンケン", "USA", {"ブリンケン"}),
    ("ムン・ジェイン", None, {"ムン", "ジェイン"}),   # country unknown: either end
    ("トランプ", "USA", set()),                      # one word: no shorter form
])
def test_surname_forms(full, country, forms):
    assert surname_forms(full, country) == frozenset(forms)


@pytest.mark.parametrize("text, full, surface, expected", [
    # the claims linker used to require a katakana full name to END with the surname: ユン氏 stayed unlinked
    ("韓国のユン・ビョンセ外交部長官は来日した。ユン氏は会談で協力を求めた。", "ユン・ビョンセ", "ユン氏", "Yun Byung-se"),
    ("長谷川栄一補佐官が同行した。長谷川氏は記者団に語った。", "長谷川栄一", "長谷川氏", "Eiichi Hasegawa"),
])
def test_claims_link_the_same_surnames(text, full, surface, expected):
    s = text.index(full)
    ents = [Entity(s, s + len(full), full, "PERSON", glossary_id="p", label_en=expected, id="E1")]
    i = text.index(surface)
    c = Claim(i, i + len(surface), surface, "x", subject=ArgRef(surface, start=i, end=i + len(surface)))
    assert surname_links([c], ents)[0].subject.label_en == expected


def test_a_surname_before_a_bureau_heads_title_links(resources):
    """伊原アジア大洋州局長: a civil servant written with his unit's name and 局長 is the one glossary person the
    surname begins (Junichi Ihara), as 杉山外務審議官 is; the bureau stays its own mention."""
    from support import process_text

    ents = process_text(resources, "日本側から伊原アジア大洋州局長ほかが同席した。").entities
    got = {(e.text, e.type): e.glossary_id for e in ents}
    assert got[("伊原", "PERSON")] == "person:junichi-ihara"
    assert ("アジア大洋州局", "ORGANIZATION") in got
