"""News attribution (pipeline.claims.report and によりますと), with the shared model, on sentences in
the style of 共同通信 / NHK items: the one who discloses is the source, the disclosed clause the claim."""
from __future__ import annotations

import pytest

from pipeline.claims import extract_claims, load_event_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_event_lexicon()


def claims(nlp, lexicon, text):
    return extract_claims(nlp(text), [], [], [], [], lexicon)


@pytest.mark.parametrize("text, predicate, source, cue", [
    ("日本政府高官は、日中首脳会談の開催について調整していることを明らかにした。", "調整する", "日本政府高官", "ことを明らかにした"),
    ("同高官は、年内の訪中を検討していると明らかにした。", "検討する", "同高官", "と明らかにした"),
])
def test_disclosure_is_reported_from_the_one_who_discloses(nlp, lexicon, text, predicate, source, cue):
    (c,) = claims(nlp, lexicon, text)
    assert (c.predicate, c.attributed, c.source.text, c.subject.text, c.type) == (predicate, True, source, source, "reported")
    assert c.cue.startswith(cue)


def test_koto_object_of_a_reporting_verb_keeps_its_predicate(nlp, lexicon):
    # seed: 両者は…価値と原則を重視することを表明している (the reporting verb stays the predicate)
    (c,) = claims(nlp, lexicon, "両者は平等という価値と原則を重視することを表明している。")
    assert c.predicate == "表明する"


def test_polite_according_to_is_an_attribution(nlp, lexicon):
    # NHK style: 財務省が発表した8月の貿易統計によりますと、…赤字となりました
    (c,) = claims(nlp, lexicon, "財務省が発表した8月の貿易統計によりますと、貿易収支は2425億円の赤字となりました。")
    assert c.attributed and c.source.text.endswith("貿易統計") and c.cue == "によると"


@pytest.mark.parametrize("text, predicate, source", [
    ("林官房長官は記者会見で「北朝鮮に厳重に抗議した」と話した。", "抗議する", "林官房長官"),
    ("同氏は、日本の輸入規制は科学的根拠に欠けると批判した。", "欠ける", "同氏"),
])
def test_news_reporting_verbs_attribute_the_content(nlp, lexicon, text, predicate, source):
    (c,) = claims(nlp, lexicon, text)
    assert (c.predicate, c.attributed, c.source.text) == (predicate, True, source)


@pytest.mark.parametrize("text, predicate", [
    ("これに対し，モディ首相から，日本の支援に感謝する旨の発言がありました。", "発言する"),  # MOFA summary
    ("先方から、北朝鮮情勢について説明があった。", "説明する"),
    ("日本側から、処理水の安全性について丁寧な説明を行いました。", "説明する"),
    ("両国の間には多くの課題がある。", "ある"),  # not a speech act: the light verb stays
])
def test_speech_act_nouns_with_light_verbs(nlp, lexicon, text, predicate):
    assert [c.predicate for c in claims(nlp, lexicon, text)] == [predicate]


@pytest.mark.parametrize("text, subject", [
    ("会議の冒頭、議長から閉会の挨拶がありました。", "議長"),  # the one marked から speaks
    ("先程、外相の方から、私に対して早急に対応するようにと指示がありました。", "外相"),  # Xの方から is X
    ("大使から、日程について説明がありました。", "大使"),
    ("中国から日本に輸入していると説明がありました。", None),  # an origin inside the content, not the speaker
    ("昨日、現地の状況について報告がありました。", None),  # nobody named: the act noun is no subject
])
def test_the_speaker_of_a_speech_act_with_ある_is_its_subject(nlp, lexicon, text, subject):
    (c,) = [c for c in claims(nlp, lexicon, text) if c.predicate.endswith("する")]
    assert (c.subject.text if c.subject else None) == subject
