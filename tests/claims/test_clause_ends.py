"""Clause splits and auxiliary verbs of the claims stage: a concessive …ものの、 and …ほか、 clause
asserts its own content; an adjective the parser tags as a noun (根深く、) still ends a clause; …し続ける
and …て来る are aspects of the verb before them; a cleft's nominalised clause stays its predicate when the
parser tags the focus noun as an adjective.  Sentences written for these tests; predicates read by hand."""
from __future__ import annotations

import pytest

from pipeline.claims import extract_claims, load_event_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_event_lexicon()


def predicates(nlp, lexicon, text):
    claims = extract_claims(nlp(text), [], [], [], [], lexicon)
    assert all(text[c.start:c.end] == c.text for c in claims)
    return [c.predicate for c in claims]


@pytest.mark.parametrize("text, want", [
    ("輸出額は前年より減少したものの、依然として全体の半分を占めた。", ["減少する", "占める"]),
    ("首脳会談は実現したものの、具体的な合意には至らなかった。", ["実現する", "至る"]),
    ("LNGが北九州に運ばれたほか、ナフサの輸送も行われた。", ["運ばれる", "行われる"]),
    # a condition, a reason and a concurrent action stay inside the main clause
    ("制裁が続けば、経済は悪化する。", ["悪化する"]),
    ("天候が悪かったため、会談は延期された。", ["延期される"]),
    # ほか after a noun is no clause
    ("日本のほか、米国も参加した。", ["参加する"]),
])
def test_concessive_and_hoka_clauses_are_claims(nlp, lexicon, text, want):
    assert predicates(nlp, lexicon, text) == want


@pytest.mark.parametrize("text, want", [
    ("ロシア軍は東部の州を占領し続けている。", ["占領する"]),
    ("両国は新たな協定について議論し始めた。", ["議論する"]),
    ("ロシアの脅威は周辺国に迫って来る。", ["迫る"]),
])
def test_aspect_verbs_read_through_to_the_verb(nlp, lexicon, text, want):
    assert predicates(nlp, lexicon, text) == want


def test_an_adjective_tagged_as_noun_ends_its_clause(nlp, lexicon):
    """GiNZA tags 根深く as NOUN: the 連用形 adjective still ends a coordinated clause."""
    assert predicates(nlp, lexicon, "両国の対立は根深く、予断を許さない状況だ。") == ["根深い", "許す"]


def test_a_cleft_on_a_focus_noun_tagged_adjective(nlp, lexicon):
    """…なかったのが実情だ: the parser tags 実情 ADJ; the nominalised clause is still what is asserted."""
    (c,) = extract_claims(nlp("他の選択肢はなかったのが実情だ。"), [], [], [], [], lexicon)
    assert (c.predicate, c.polarity) == ("ない", "negative")


@pytest.mark.parametrize("text, predicate, objects", [
    ("両外相は、協力を続けていくことで一致をした。", "一致する", []),
    # the noun is no object; a に-phrase stays one
    ("大臣は記者団に今後の方針について話をしました。", "話する", ["記者団"]),
    ("新たな法案が議会に提出をされました。", "提出される", ["議会"]),
    # a pronoun or a formal noun with を is the object of a real する
    ("彼はそれをした。", "する", ["それ"]),
])
def test_a_noun_with_wo_suru_is_its_verb(nlp, lexicon, text, predicate, objects):
    (c,) = extract_claims(nlp(text), [], [], [], [], lexicon)
    assert (c.predicate, [o.text for o in c.objects]) == (predicate, objects)



@pytest.mark.parametrize("text, predicate, subject", [
    # the honorific お/ご + verb + になる is the verb; the verb is no object of itself
    ("教授は、「草原は国の宝」ということをお書きになっておられます。", "書く", "教授"),
    ("大臣は式典の会場をご覧になった。", "ご覧", "大臣"),
])
def test_honorific_ni_naru_is_the_verb_and_a_quoted_topic_is_no_subject(nlp, lexicon, text, predicate, subject):
    (c,) = extract_claims(nlp(text), [], [], [], [], lexicon)
    assert (c.predicate, c.subject.text) == (predicate, subject)
    assert all(o.text not in ("お書き", "ご覧") for o in c.objects)


@pytest.mark.parametrize("text, want", [
    ("外相は合意を歓迎するとともに、早期の履行を求めた。", ["歓迎する", "求める"]),
    ("首相は懸念を表明しつつ、対話の継続を呼びかけた。", ["表明する", "呼びかける"]),
])
def test_concurrent_clauses_are_acts_of_their_own(nlp, lexicon, text, want):
    """…とともに、 / …しつつ、 (cues.CONCURRENT_ENDINGS) close a claim of their own, as the concessive
    …ものの、 does: both branches of extract._is_coordinated, each with its own comment."""
    assert predicates(nlp, lexicon, text) == want
