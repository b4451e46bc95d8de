"""Speeches, Diet turns and press conferences (claims10): compound particles that end no clause
(法律案につきまして、), the speaker's own view through 考える / 確信する / 痛感する, and the
bracketed 私（大臣） of press-conference records as the speaker.  Sentences written for these tests."""
from __future__ import annotations

import pytest

from pipeline.claims import extract_claims, load_event_lexicon
from pipeline.claims.attribution import apply_frames
from pipeline.claims.cues import modality_of
from pipeline.claims.frames import find_frames
from pipeline.records import ArgRef, Claim, Entity
from pipeline.text import repair


@pytest.fixture(scope="module")
def lexicon():
    return load_event_lexicon()


def predicates(nlp, lexicon, text: str, ents=()) -> list[str]:
    return [c.predicate for c in extract_claims(nlp(text), list(ents), [], [], [], lexicon)]


# (sentence, the compound-particle verb that must not be a claim, the claim that must stay)
PARTICLE_CASES = [
    ("本法律案につきまして、その概要を御説明申し上げます。", "つく", "申し上げる"),
    ("先週の委員会におきまして、大臣は増税の方針を示しました。", "おく", "示す"),
    ("今回の最初の訪問先としまして、東南アジアの三か国を訪問いたします。", "する", "訪問"),
    ("地域の安定を目的として、新たな支援策を決定しました。", "する", "決定"),
    ("院議をもって、永年在職議員を表彰いたしました。", "もつ", "表彰"),
]


@pytest.mark.parametrize("text, particle_verb, kept", PARTICLE_CASES)
def test_compound_particle_in_polite_form_is_not_a_claim(nlp, lexicon, text, particle_verb, kept):
    preds = predicates(nlp, lexicon, text)
    assert particle_verb not in preds
    assert any(p.startswith(kept) for p in preds), preds


# Xとし、 that sets or decides something is a clause of its own
# (an amount set keeps する; a decision is named by the verb of its こと-clause)
@pytest.mark.parametrize("text, first", [
    ("消費税率を十パーセントとし、軽減税率を導入します。", "する"),
    ("来年度から保険料を引き上げることとし、法案を国会に提出しました。", "引き上げる"),
])
def test_to_suru_with_an_object_or_koto_stays_a_claim(nlp, lexicon, text, first):
    preds = predicates(nlp, lexicon, text)
    assert len(preds) == 2 and preds[0] == first, preds


def test_reported_to_sareru_clause_stays_a_claim(nlp, lexicon):
    text = "近隣国から支援の要請があったとされ、政府は対応を迫られた。"
    assert predicates(nlp, lexicon, text)[0] == "ある"


# (sentence, predicate of the content clause) : the speaker's own view, read through
VIEW_CASES = [
    ("私は、両国の関係がさらに発展すると確信しております。", "発展する"),
    ("基本的な価値を共有する国々との連携は一層重要になっていくと考えます。", "重要になる"),
    ("私は、地方の再生こそが急務であると痛感いたしました。", "急務である"),
]


@pytest.mark.parametrize("text, content", VIEW_CASES)
def test_first_person_view_reads_the_content_clause(nlp, lexicon, text, content):
    assert predicates(nlp, lexicon, text) == [content]


def test_named_holder_of_a_view_keeps_the_opinion_verb(nlp, lexicon):
    text = "田中氏は、歳出の削減が必要だと考えている。"
    ents = [Entity(0, 2, "田中", "PERSON", glossary_id="G-tanaka", label_en="Tanaka", id="E0")]
    (c,) = extract_claims(nlp(text), ents, [], [], [], lexicon)
    assert c.predicate.startswith("考え") and c.subject.glossary_id == "G-tanaka"


@pytest.mark.parametrize("first_person", ["私（大臣）", "私(大臣)", "私"])
def test_bracketed_first_person_of_a_press_record_is_the_speaker(first_person):
    text = f"【山田外務大臣】当然、外務省も{first_person}も関係省庁と連携をしております。"
    ents = [Entity(1, 3, "山田", "PERSON", id="E1")]
    blocks = [(b.kind, b.start, b.end) for b in repair(text)]
    frames = find_frames(text, blocks, ents)
    s = text.index("当然")
    j = text.index(first_person)
    c = Claim(s, len(text) - 1, text[s:-1], "する", subject=ArgRef(text=first_person, start=j, end=j + len(first_person)))
    (after,) = apply_frames([c], frames)
    assert after.subject.text == "山田" and after.source.text == "山田"


# The polite register of speeches and answers: the same modality as the plain cue
@pytest.mark.parametrize("tail, modality, cue", [
    ("議会を英語でparliamentと呼ぶようです。", "hedged", "ようです"),
    ("景気は回復に向かっていると見られます。", "hedged", "と見られます"),
    ("交渉は難航すると考えられます。", "hedged", "と考えられます"),
    ("被害はさらに拡大するかもしれません。", "speculative", "かもしれません"),
    ("物価が上昇する可能性があります。", "speculative", "可能性があります"),
    ("再び感染が拡大する可能性も否定できません。", "speculative", "可能性も否定できません"),
])
def test_polite_modality_cues(tail, modality, cue):
    assert modality_of(tail) == (modality, [cue])


# (sentence, polarity of its one claim): polite double negatives assert, plain polite negation negates
@pytest.mark.parametrize("text, polarity", [
    ("我が国は、国際社会で責任を積極的に果たしていかなければなりません。", "positive"),
    ("政府として、国民の皆様に外出の自粛をお願いせざるを得ません。", "positive"),
    ("この措置は一時的なものに過ぎません。", "positive"),
    ("政府は、現時点で増税を検討しておりません。", "negative"),
])
def test_polite_double_negative_is_not_a_negation(nlp, lexicon, text, polarity):
    (c,) = extract_claims(nlp(text), [], [], [], [], lexicon)
    assert c.polarity == polarity


def test_continuative_double_negative_is_not_a_negation(nlp, lexicon):
    text = "再び制約のある生活をお願いせざるを得ず、大変申し訳なく思います。"
    first = extract_claims(nlp(text), [], [], [], [], lexicon)[0]
    assert first.polarity == "positive"


# The humble お+verb+する of answers and speeches is the verb (not 送るする)
@pytest.mark.parametrize("text, predicate", [
    ("政府は、被災地に支援物資をお送りしました。", "送る"),
    ("総理に今後の見通しをお伺いします。", "伺う"),
    ("政府は、両国の関係を強化します。", "強化する"),
])
def test_humble_o_verb_suru_is_the_verb(nlp, lexicon, text, predicate):
    assert predicates(nlp, lexicon, text) == [predicate]


TURN = "○山田太郎君　法案の提出から、既に半年余りとなりました。私は、この改正に賛成であります。本日、修正案を提出いたしました。"


# (claim evidence, its predicate, its own subject) -> subject after the speaker's frame
@pytest.mark.parametrize("surface, predicate, subject, want", [
    ("法案の提出から、既に半年余りとなりました", "なる", None, None),  # how things stand: no one's act
    ("私は、この改正に賛成であります", "賛成である", "私", "山田太郎"),  # first person: the speaker
    ("本日、修正案を提出いたしました", "提出する", None, "山田太郎"),  # a dropped subject of an act
])
def test_stative_clause_in_a_turn_does_not_take_the_speaker_as_subject(surface, predicate, subject, want):
    blocks = [(b.kind, b.start, b.end) for b in repair(TURN)]
    frames = find_frames(TURN, blocks, [Entity(1, 5, "山田太郎", "PERSON", id="E1")])
    i = TURN.index(surface)
    own = None
    if subject is not None:
        j = TURN.index(subject, i)
        own = ArgRef(text=subject, start=j, end=j + len(subject))
    (after,) = apply_frames([Claim(i, i + len(surface), surface, predicate, subject=own)], frames)
    assert after.source.text == "山田太郎"
    assert (after.subject.text if after.subject else None) == want
