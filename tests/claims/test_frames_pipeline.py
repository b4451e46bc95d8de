"""Speaker frames end to end (process_document): repair -> GiNZA -> claims -> frames, on short
documents in the shape of a MOFA talks summary and of Diet minutes."""
from __future__ import annotations

from pipeline.inputs.corpus import RawDocument
from pipeline.run.document import process_document

SUMMARY = (
    "日印首脳会談\n"
    "2 冒頭,モディ首相より,2014年以来の日印のパートナーシップは大きく開花しており,安倍総理のインド訪問を心待ちにしていると述べました。\n"
    "3 その後,石破総理大臣から,概要以下のとおり発言しました。\n"
    "・日米同盟の強化に向け緊密に連携していきたい。\n"
)
MINUTES = (
    "○伊藤公介君　私は、新自由クラブを代表し、総理に質問をいたします。\n"
    "○茂木国務大臣　日本政府としては、中国に対し、水産物の輸入規制の即時撤廃を求めております。\n"
)


def claims_of(resources, text):
    doc = process_document(RawDocument("t.txt", "t", "utf-8", text), resources)
    return {c.predicate: c for c in doc.claims}, doc


def test_speakers_of_a_talks_summary(resources):
    claims, _ = claims_of(resources, SUMMARY)
    bloom = claims["開花する"]
    assert bloom.attributed and bloom.source.text == "モディ"
    assert claims["連携する"].source.text == "石破" and claims["連携する"].subject.text == "石破"  # the list item
    assert (claims["連携する"].subject.found_by, claims["連携する"].source.found_by) == ("frame", "frame")


def test_speaker_labels_of_minutes(resources):
    claims, doc = claims_of(resources, MINUTES)
    assert [b.kind for b in doc.blocks] == ["speaker", "paragraph", "speaker", "paragraph"]
    rep = claims["代表する"]
    assert rep.attributed and rep.subject.text == rep.source.text  # 私 -> the speaker
    assert "伊藤" in rep.source.text and "○" not in rep.text
    demand = claims["求める"]
    assert "茂木" in demand.source.text and demand.attributed
    for c in doc.claims:  # a speaker's evidence is the original text
        for a in (c.subject, c.source):
            if a is not None and a.start is not None:
                assert doc.text[a.start:a.end] == a.text
