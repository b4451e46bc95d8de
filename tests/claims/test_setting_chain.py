"""An organisation marked としては / では that the parser hangs on a clause between the content verb and
the opinion verb (…としては、いかなる時であっても、…期してまいりたいと思っております) is still the subject
of the content claim.  Sentences written for these tests."""
from __future__ import annotations

import pytest

from pipeline.claims import extract_claims, load_event_lexicon
from pipeline.records import Entity


@pytest.fixture(scope="module")
def lexicon():
    return load_event_lexicon()


@pytest.mark.parametrize("text, org, predicate", [
    ("防衛省としては、いつ、いかなる時であろうとも、国民の安全を守るため、万全を期してまいりたいと思っております。", "防衛省", "期す"),
    ("外務省としては、いかなる状況であっても、邦人の保護に全力を尽くしてまいりたいと思います。", "外務省", "尽くす"),
])
def test_setting_on_the_chain_to_the_opinion_verb_is_the_subject(nlp, lexicon, text, org, predicate):
    i = text.index(org)
    ents = [Entity(i, i + len(org), org, "ORGANIZATION", glossary_id="G-org", label_en=org, id="E0")]
    claims = extract_claims(nlp(text), ents, [], [], [], lexicon)
    (c,) = [c for c in claims if c.predicate.startswith(predicate[:-1])]
    assert c.subject is not None and c.subject.glossary_id == "G-org"


@pytest.mark.parametrize("text, org, predicate", [
    # としては spelled out politely, as officials answer in the Diet: と + いたし/し + まし + ては
    ("国土交通省といたしましては、平成二十四年八月に省内検討会を設置いたしました。", "国土交通省", "設置"),
    ("外務省としましては、引き続き現地での支援を行ってまいります。", "外務省", "支援"),
])
def test_polite_toshitewa_setting_is_the_subject(nlp, lexicon, text, org, predicate):
    i = text.index(org)
    ents = [Entity(i, i + len(org), org, "ORGANIZATION", glossary_id="G-org", label_en=org, id="E0")]
    claims = extract_claims(nlp(text), ents, [], [], [], lexicon)
    (c,) = [c for c in claims if predicate in c.predicate]
    assert c.subject is not None and c.subject.glossary_id == "G-org"


def test_setting_of_a_clause_chain_is_the_subject_of_its_first_verb(nlp, lexicon):
    text = "国土交通省といたしましては、平成二十四年八月に省内検討会を設置いたしまして、課題等について検討を進めてまいりました。"
    ents = [Entity(0, 5, "国土交通省", "ORGANIZATION", glossary_id="G-org", label_en="MLIT", id="E0")]
    claims = extract_claims(nlp(text), ents, [], [], [], lexicon)
    (c,) = [c for c in claims if "設置" in c.predicate]
    assert c.subject is not None and c.subject.glossary_id == "G-org"
