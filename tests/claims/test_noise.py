"""Noise claims (pipeline.claims.noise) and clause commas, with the shared model, on lines taken from
real pages: titles and labels that reach a paragraph make no claim; finished sentences still do."""
from __future__ import annotations

import pytest

from pipeline.claims import extract_claims, load_event_lexicon
from pipeline.claims.noise import is_noise_predicate


@pytest.fixture(scope="module")
def lexicon():
    return load_event_lexicon()


def predicates(nlp, lexicon, text):
    return [c.predicate for c in extract_claims(nlp(text), [], [], [], [], lexicon)]


@pytest.mark.parametrize("text", [
    "第26回ASEAN+3（日中韓）首脳会議",  # a title line
    "質疑応答",  # a section label of a press-conference record
    "岸田外務大臣臨時会見記録",
    "（1）政治・安全保障",  # a list label
    "3",  # a number
])
def test_titles_labels_and_numbers_make_no_claim(nlp, lexicon, text):
    assert predicates(nlp, lexicon, text) == []


@pytest.mark.parametrize("text, expected", [
    ("ロシアの割合は0.4%に過ぎない。", ["0.4%に過ぎない"]),  # an amount with its predicate is a claim (seed)
    ("両首脳は、日米同盟の強化で一致。", ["一致"]),  # 体言止め with a sentence end stays a claim
    ("日米同盟の強化に向け緊密に連携していきたい", ["連携する"]),  # a list item without 。 but with a verb
])
def test_finished_sentences_stay_claims(nlp, lexicon, text, expected):
    assert predicates(nlp, lexicon, text) == expected


@pytest.mark.parametrize("predicate, noise", [("3", True), ("２．５", True), ("18.8%", True), ("", True),
                                              ("開催する", False), ("%", False), ("G20", False)])
def test_number_predicates_are_noise(predicate, noise):
    assert is_noise_predicate(predicate) is noise


def test_ascii_commas_end_clauses_as_in_mofa_summaries(nlp, lexicon):
    # 日印首脳会談 (MOFA, 2017): the page writes ASCII commas after Japanese text
    text = "安倍総理から,日印の戦略的な対話は進んでおり,本年のインド訪問を楽しみにしていると述べました。"
    assert predicates(nlp, lexicon, text)[0] == "進む"
    assert len(predicates(nlp, lexicon, text)) == 2


def test_juxtaposed_shushikei_clauses_of_a_speech_summary_are_claims(nlp, lexicon):
    # 日印首脳会談 (MOFA, 2017): モディ首相より,…嬉しく思う,…開花しており,…と述べました
    text = "モディ首相より,お会いでき嬉しく思う,日印のパートナーシップは大きく開花しており,訪問を心待ちにしていると述べました。"
    assert predicates(nlp, lexicon, text)[:2] == ["思う", "開花する"]


def test_shushikei_relative_clause_before_a_comma_is_not_a_clause(nlp, lexicon):
    # seed: …特定の大国の影響下に属さない、独立した一つの「極」の浮上であった
    text = "それはロシアから見ると特定の大国の影響下に属さない、独立した一つの「極」の浮上であった。"
    assert "属す" not in predicates(nlp, lexicon, text)
