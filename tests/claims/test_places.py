"""Named places and settings as claim targets (pipeline/claims/places.py): where a claim happens
(横浜で開催), a named setting inside an argument phrase (国連での協力), and the parties inside a subject
phrase that names nobody itself (日本に対する姿勢が異なる).  Sentences written for these tests, through
the whole pipeline; expected labels are the glossary's English names."""
from __future__ import annotations

import pytest

from tests.support import process_text


def claim_of(resources, text: str, stem: str):
    doc = process_text(resources, text)
    hits = [c for c in doc.claims if stem in c.predicate]
    assert hits, [c.predicate for c in doc.claims]
    return hits[0]


def labels(c) -> list:
    return [a.label_en for a in list(c.objects) + list(c.targets) if a.label_en]


@pytest.mark.parametrize("text, stem, want, surface", [
    # a place where it happens: で / にて / において on the predicate
    ("昨年8月、カナダとメキシコの首脳会議がナイロビで開かれた。", "開か", "Nairobi", "ナイロビ"),
    ("同機構は1994年にジュネーブにて設立された。", "設立", "Geneva", "ジュネーブ"),
    ("両国の外相はベルリンにおいて共同声明に署名した。", "署名", "Berlin", "ベルリン"),
    # a named setting inside an object phrase: での / における
    ("日本とインドは国連での協力を一層深めた。", "深め", "United Nations", "国連"),
    ("首相は中東における緊張緩和を強く求めた。", "求め", "Middle East", "中東"),
    # a party inside a subject phrase that names nobody itself
    ("インドに対する各国の姿勢は大きく異なる。", "異なる", "India", "インド"),
])
def test_named_settings_are_targets(resources, text, stem, want, surface):
    c = claim_of(resources, text, stem)
    assert want in labels(c), (c.predicate, c.objects, c.targets)
    (t,) = [a for a in c.targets if a.label_en == want]
    assert text[t.start:t.end] == surface and t.marker is not None


@pytest.mark.parametrize("text, stem", [
    # event predicates (EVENT_LEMMAS), so only the name and type rules can keep the で-phrase out:
    # a setting with no name is no target
    ("両国は会談で協定に署名した。", "署名"),
    # an organisation with で is an agent or an instrument, not where it happened
    ("日本は国連で会合を開催した。", "開催"),
])
def test_unnamed_settings_add_nothing(resources, text, stem):
    c = claim_of(resources, text, stem)
    assert [a for a in c.targets if a.marker in ("で", "にて", "において")] == []


@pytest.mark.parametrize("text, stem", [
    # a place as the scope or circumstance of a state or a change is no participant
    ("アジアで日本の輸出が最も多いのはタイである。", "多い"),
    ("ブラジルにおいて通貨価値が急落した。", "急落"),
])
def test_a_place_of_no_event_is_no_target(resources, text, stem):
    c = claim_of(resources, text, stem)
    assert [a for a in c.targets if a.marker in ("で", "にて", "において")] == []


def arguments(c) -> list:
    return [(a.text, a.label_en) for a in list(c.objects) + list(c.targets)]


@pytest.mark.parametrize("text, stem, want", [
    # what the talk or the thanks is about, when it names something, is an argument linked to the name
    ("外相からは、最新の国際情勢及びインドの外交努力について説明があった。", "説明", "India"),
    ("大臣は、ケニアの出席につき謝意を述べた。", "述べ", "Kenya"),
    ("両外相は、北朝鮮問題についても意見を交換した。", "交換", "North Korea"),
    # a comma after the marker is no part of it (particles() skips punctuation)
    ("両外相は、北朝鮮問題について、意見を交換した。", "交換", "North Korea"),
])
def test_a_named_topic_is_an_argument(resources, text, stem, want):
    c = claim_of(resources, text, stem)
    assert want in [label for _, label in arguments(c)], arguments(c)


def test_an_unnamed_topic_adds_no_argument(resources):
    c = claim_of(resources, "両首脳は、今後の協力について議論した。", "議論")
    assert arguments(c) == []


@pytest.mark.parametrize("text, stem, setting", [
    # a setting inside the topic describes the subject (the war, the dead), not a participant of the claim
    ("シリアでの内戦は周辺国にも大きな影響を与えている。", "与え", "Syria"),
    ("スーダンでの死者は少なくとも500人に達した。", "達", "Sudan"),
])
def test_a_setting_inside_the_topic_is_not_a_target(resources, text, stem, setting):
    c = claim_of(resources, text, stem)
    assert setting not in [a.label_en for a in c.targets], (c.predicate, c.subject, c.targets)


def test_a_setting_before_another_name_in_the_phrase_is_no_target(resources):
    # アフリカにおける|フランスの影響力: France is who the phrase is about; Africa only says where
    c = claim_of(resources, "首相はアフリカにおけるフランスの影響力の低下を指摘した。", "指摘")
    assert "Africa" not in [a.label_en for a in c.targets], (c.objects, c.targets)
    assert "France" in labels(c), (c.objects, c.targets)
