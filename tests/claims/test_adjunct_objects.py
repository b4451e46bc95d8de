"""Objects the parse hides in an adjunct (pipeline.claims.roles): a を-phrase framed by a noun
(…を中心に, …を念頭に, …を対象に) is the argument instead of the frame noun, and a を-phrase hung on the
adverbial verb form 引き続き belongs to the predicate after it.  Sentences written for these tests."""
from __future__ import annotations

import pytest

from pipeline.claims import extract_claims, load_event_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_event_lexicon()


def objects_of(nlp, lexicon, text: str, predicate: str) -> list[str]:
    claims = extract_claims(nlp(text), [], [], [], [], lexicon)
    (c,) = [c for c in claims if c.predicate == predicate]
    return [o.text for o in c.objects]


@pytest.mark.parametrize("text, predicate, want, not_want", [
    ("ケニアは東アフリカ地域を中心に活発な外交を展開している。", "展開する", "東アフリカ地域", "中心"),
    ("政府は南シナ海の情勢を念頭に、周辺国との協力を強める。", "強める", "南シナ海の情勢", "念頭"),
    ("同省は地方の中小企業を対象に新しい制度を導入した。", "導入する", "地方の中小企業", "対象"),
])
def test_a_framed_phrase_is_the_object_not_its_frame_noun(nlp, lexicon, text, predicate, want, not_want):
    objs = objects_of(nlp, lexicon, text, predicate)
    assert want in objs and not_want not in objs


def test_an_object_hung_on_hikitsuzuki_is_the_predicates(nlp, lexicon):
    """ケニアの改革を|引き続き|支持していく: the parser makes 改革 the object of 引き続く."""
    assert objects_of(nlp, lexicon, "日本はケニアの改革を引き続き支持していく。", "支持する") == ["ケニアの改革"]
