"""Which subjects a speaker's turn replaces with the speaker (pipeline.claims.attribution): a phrase the parse
grew from the speaker's own 私から, a こと-clause, and the experiencer of an emotive predicate.  Sentences
written for these tests; the frame is a speaker label's turn."""
from __future__ import annotations

import pytest

from pipeline.claims.attribution import apply_frames
from pipeline.claims.frames import Frame
from pipeline.records import ArgRef, Claim

SPEAKER = ArgRef(text="河野", start=1000, end=1002, entity_id="E1")  # the label, before the turn


def framed(text: str, predicate: str, subject: str, entity_id=None) -> Claim:
    j = text.index(subject)
    c = Claim(0, len(text), text, predicate, subject=ArgRef(text=subject, start=j, end=j + len(subject),
                                                              entity_id=entity_id))
    (after,) = apply_frames([c], [Frame(0, len(text), SPEAKER, "label", True, "【河野外務大臣】")])
    assert after.attributed and after.source.text == "河野"
    return after


@pytest.mark.parametrize("text, predicate, subject, want", [
    # the parse grew the subject phrase from the speaker's own から-mark: the speaker says it
    ("私から、両国の間で要人往来が活発に行われていることを歓迎する旨申し上げました。", "歓迎", "私から、両国の間で要人往来が活発に行われていること", "河野"),
    ("我々より、支援を継続する考えであることを伝えました。", "伝える", "我々より、支援を継続する考えであること", "河野"),
    # a こと-clause is what the speaker feels: an emotive predicate's experiencer is the speaker
    ("貴国を公式訪問する機会をいただきましたことは、誠に光栄であります。", "光栄である", "貴国を公式訪問する機会をいただきましたこと", "河野"),
    ("会談が実現したことは喜ばしいことです。", "喜ばしい", "会談が実現したこと", "河野"),
    # a phrase opened by someone else's から is the clause's own subject
    ("中国から大量の水産物が輸入されたことは、統計で確認されました。", "確認", "中国から大量の水産物", "中国から大量の水産物"),
])
def test_speaker_replaces_a_subject_that_is_no_actor(text, predicate, subject, want):
    assert framed(text, predicate, subject).subject.text == want


def test_a_stative_clause_keeps_its_own_cosa_subject():
    """…ことが必要である is not emotive: the こと-clause stays (how things are, not the speaker's act)."""
    text = "国際社会が協力することが必要である。"
    assert framed(text, "必要である", "国際社会が協力すること").subject.text == "国際社会が協力すること"


def test_an_entity_subject_of_an_emotive_predicate_stays():
    text = "ロシアは遺憾であるとの立場を示した。"
    assert framed(text, "遺憾である", "ロシア", entity_id="E9").subject.text == "ロシア"


def sentence_framed(text: str, predicate: str, subject: str | None, entity_id=None) -> Claim:
    """A claim inside a から-speaker's sentence frame (岸田大臣から、…旨述べた)."""
    speaker = ArgRef(text="岸田", start=0, end=2, entity_id="E0")
    subj = None
    if subject is not None:
        j = text.index(subject)
        subj = ArgRef(text=subject, start=j, end=j + len(subject), entity_id=entity_id)
    c = Claim(5, len(text), text[5:], predicate, subject=subj)
    (after,) = apply_frames([c], [Frame(0, len(text), speaker, "sentence", True, "から")])
    return after


@pytest.mark.parametrize("text, predicate, subject, entity_id, want", [
    # the speaker's judgment of a こと-clause or of a common noun: the speaker is the subject
    ("岸田大臣から、停戦合意が誠実に履行されることが極めて重要であり", "重要である", "停戦合意が誠実に履行されること", None, "岸田"),
    ("岸田大臣から、人道危機への対処が不可欠である旨述べた", "不可欠である", "人道危機への対処", None, "岸田"),
    ("岸田大臣から、協定の署名は両国関係の大きな進展であり", "進展である", "協定の署名", None, "岸田"),
    # a named actor keeps its evaluation; a bare である (Y is the complement) is no judgment
    ("岸田大臣から、モンゴルは重要なパートナーである旨述べた", "パートナーである", "モンゴル", "E9", "モンゴル"),
    ("岸田大臣から、次回の開催地は東京である旨述べた", "である", "次回の開催地", None, "次回の開催地"),
])
def test_judgments_in_a_speakers_sentence_are_the_speakers(text, predicate, subject, entity_id, want):
    assert sentence_framed(text, predicate, subject, entity_id).subject.text == want
