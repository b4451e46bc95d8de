"""Copular and existential clause endings read through to what they assert (pipeline.claims.formal):
…しているところであります, …見込みである, …状況だ, …でございます, …傾向にある, …する必要がある.
Sentences written for these tests; expected predicates read off by hand."""
from __future__ import annotations

import pytest

from pipeline.claims import extract_claims, load_event_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_event_lexicon()


def claims_of(nlp, lexicon, text):
    claims = extract_claims(nlp(text), [], [], [], [], lexicon)
    for c in claims:
        assert text[c.start:c.end] == c.text
    return claims


@pytest.mark.parametrize("text, predicate, subject, modality, polarity", [
    # aspect: …ているところである / …たところです is the verb's claim
    ("政府は中東諸国との対話を強化しているところであります。", "強化する", "政府", "asserted", "positive"),
    ("外務省は新たな制裁措置を検討しているところです。", "検討する", "外務省", "asserted", "positive"),
    # a forecast: the verb, speculative (the noun's copula closes the tail)
    ("来年の輸出額は300億ドルに達する見込みである。", "達する", "来年の輸出額", "speculative", "positive"),
    ("新協定は来月発効する見通しだ。", "発効する", "新協定", "speculative", "positive"),
    # a situation: the clause's verb, its negation kept
    ("交渉の行方は予断を許さない状況だ。", "許す", "交渉の行方", "asserted", "negative"),
    # a plan
    ("大臣は来週インドを訪問する予定です。", "訪問する", "大臣", "asserted", "positive"),
])
def test_formal_complement_reads_through_to_its_clause(nlp, lexicon, text, predicate, subject, modality, polarity):
    (c,) = claims_of(nlp, lexicon, text)
    assert (c.predicate, c.subject and c.subject.text, c.modality, c.polarity) == (predicate, subject, modality, polarity)


def test_a_content_noun_keeps_its_own_predicate(nlp, lexicon):
    """方針 has content of its own (not a formal complement): the claim stays 方針である, with the verb of
    the relative clause that says which policy before it."""
    (c,) = claims_of(nlp, lexicon, "政府は支援を継続する方針である。")
    assert c.predicate == "継続する方針である"


def test_a_quoted_situation_keeps_its_noun(nlp, lexicon):
    """…という状況である: the quotation is the complement, not a clause to read through."""
    (c,) = claims_of(nlp, lexicon, "現地は「戦争でも平和でもない」という状況である。")
    assert c.predicate != "ない"


@pytest.mark.parametrize("text, predicate", [
    # the polite copula でございます is である
    ("これが両国間の最大の課題でございます。", "課題である"),
    ("この問題は極めて重要でございます。", "重要である"),
    # …と考えているところでございます: the speaker's own view, read through to its と-clause
    ("この協定は地域の安定に資するものであると考えているところでございます。", "資する"),
])
def test_polite_copula_is_read_as_de_aru(nlp, lexicon, text, predicate):
    assert claims_of(nlp, lexicon, text)[-1].predicate == predicate


@pytest.mark.parametrize("text, predicate", [
    ("両国間の貿易額は近年減少傾向にあります。", "減少傾向にある"),
    ("日本とインドは緊密な協力関係にある。", "協力関係にある"),
    ("交渉は最終段階にございます。", "最終段階にある"),
    # a necessity: the verb with 必要がある, the noun 必要 never the subject
    ("日本は防衛力を抜本的に強化する必要がある。", "強化する必要がある"),
    ("核軍縮の動きを加速化していく必要があります。", "加速化する必要がある"),
])
def test_existential_clause_names_its_state_or_need(nlp, lexicon, text, predicate):
    (c,) = claims_of(nlp, lexicon, text)
    assert c.predicate == predicate
    assert c.subject is None or c.subject.text != "必要"


def test_a_place_with_ni_aru_stays_aru(nlp, lexicon):
    """日本大使館は市の中心部にある: a location, not a state noun: the predicate stays ある."""
    (c,) = claims_of(nlp, lexicon, "日本大使館は市の中心部にある。")
    assert c.predicate == "ある"


@pytest.mark.parametrize("text, predicate", [
    # a state noun (formal.state_or_need) and a predicate nominal (content) glue their compounds alike
    ("両国間の貿易額は近年減少傾向にあります。", "減少傾向にある"),
    ("両国の貿易は日本の大幅な出超という片貿易である。", "片貿易である"),
])
def test_state_nouns_and_predicate_nominals_share_one_compound_reading(nlp, lexicon, text, predicate):
    """The compound before a state noun and before a predicate nominal was read by two copies of the
    same loop (formal._compound, content.compound_text) that could drift; there is one now."""
    from pipeline.claims import content, formal, report
    assert content.compound_text is formal.compound_text is report.compound_text
    assert claims_of(nlp, lexicon, text)[-1].predicate == predicate


@pytest.mark.parametrize("text", [
    # the saying verb in either spelling makes the clause a quoted complement (one SAYING table:
    # formal_head lacked 云う, which content.described had)
    "政府の立場は交渉を続けるというところである。",
    "政府の立場は交渉を続けると云うところである。",
])
def test_a_clause_quoted_with_iu_in_any_spelling_keeps_the_formal_noun(nlp, lexicon, text):
    assert [c.predicate for c in claims_of(nlp, lexicon, text)] == ["である"]
