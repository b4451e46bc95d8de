"""Claim arguments as the entities they mention (pipeline/claims/named.py): pure, on records built
by hand over sentences written for these tests."""
from __future__ import annotations

import pytest

from pipeline.claims import named_arguments
from pipeline.claims.named import entity_arg
from pipeline.records import ArgRef, Claim, Entity


def ent(text, s, surface, gid):
    i = text.index(surface, s)
    return Entity(i, i + len(surface), surface, "OTHER", glossary_id=gid, label_en=gid, id=f"E{i}")


def phrase(text, surface, marker=None):
    i = text.index(surface)
    return ArgRef(text=surface, start=i, end=i + len(surface), marker=marker)


T1 = "外相は、国連によるスーダンへの人道支援が継続されることを求めた。"
T2 = "両国は、ケニアとの防衛協力の強化を歓迎した。"
T3 = "首相から、国際通貨基金(IMF)への支援の要請があった。"
T4 = "政府はインドネシア、マレーシアに供給した。"


@pytest.mark.parametrize("text, objects, targets, entities, want_objects, want_targets", [
    # a clause argument with two mentions -> the two mentions
    (T1, ["国連によるスーダンへの人道支援が継続されること"], [], [("国連", "org:un"), ("スーダン", "country:sdn")],
     [("国連", "org:un"), ("スーダン", "country:sdn")], []),
    # one mention inside a phrase: the phrase is linked to it, its text kept
    (T2, ["ケニアとの防衛協力の強化"], [], [("ケニア", "country:ken")], [("ケニアとの防衛協力の強化", "country:ken")], []),
    # ... unless it is a target already: the phrase stays unlinked, the target once
    (T2, ["ケニアとの防衛協力の強化"], [("ケニア", "との")], [("ケニア", "country:ken")],
     [("ケニアとの防衛協力の強化", None)], [("ケニア", "country:ken")]),
    # a nested mention of the same glossary entry counts once
    (T3, ["国際通貨基金(IMF)への支援"], [], [("国際通貨基金(IMF)", "org:imf"), ("IMF", "org:imf")],
     [("国際通貨基金(IMF)への支援", "org:imf")], []),
])
def test_argument_phrases_name_their_entities(text, objects, targets, entities, want_objects, want_targets):
    ents = [ent(text, 0, s, g) for s, g in entities]
    by_surface = {e.text: e for e in ents}
    tgts = tuple(entity_arg(by_surface[s], marker=m) for s, m in targets)
    c = Claim(0, len(text), text, "求める", objects=tuple(phrase(text, o) for o in objects), targets=tgts)
    [out] = named_arguments([c], ents)
    assert [(o.text, o.glossary_id) for o in out.objects] == want_objects
    assert [(t.text, t.glossary_id) for t in out.targets] == want_targets


T5 = "両国は、日比円滑化協定（Reciprocal Access Agreement、RAA）に署名した。"
T6 = "政府は「防衛省・自衛隊の人材確保に関する検討会」を設置した。"
T7 = "外相は、ケニア（Kenya）とタンザニアとの協力を確認した。"


@pytest.mark.parametrize("text, obj, entities, want", [
    # the forms in brackets are one referent: the phrase is linked to the first
    (T5, "日比円滑化協定（Reciprocal Access Agreement、RAA）", [("Reciprocal Access Agreement", None), ("RAA", None)],
     [("日比円滑化協定（Reciprocal Access Agreement、RAA）", "Reciprocal Access Agreement")]),
    # a quoted name stays one argument
    (T6, "「防衛省・自衛隊の人材確保に関する検討会」", [("防衛省", "org:mod"), ("自衛隊", "org:sdf")],
     [("「防衛省・自衛隊の人材確保に関する検討会」", None)]),
    # a bracketed Latin form does not count as a second referent
    (T7, "ケニア（Kenya）とタンザニアとの協力", [("ケニア", "country:ken"), ("Kenya", "country:ken"), ("タンザニア", "country:tza")],
     [("ケニア", "ケニア"), ("タンザニア", "タンザニア")]),
])
def test_bracketed_forms_and_quoted_names_are_one_referent(text, obj, entities, want):
    ents = [ent(text, 0, s, g) for s, g in entities]
    ents = [Entity(e.start, e.end, e.text, e.type, glossary_id=e.glossary_id, label_en=e.text, id=e.id) for e in ents]
    [out] = named_arguments([Claim(0, len(text), text, "署名する", objects=(phrase(text, obj),))], ents)
    assert [(o.text, o.label_en) for o in out.objects] == want


def test_conjuncts_sharing_a_phrase_all_stay():
    ents = [ent(T4, 0, "インドネシア", "country:idn"), ent(T4, 0, "マレーシア", "country:mys")]
    span = phrase(T4, "インドネシア、マレーシア")
    objs = tuple(entity_arg(e, text=span.text, start=span.start, end=span.end) for e in ents)
    [out] = named_arguments([Claim(0, len(T4), T4, "供給する", objects=objs)], ents)
    assert [o.glossary_id for o in out.objects] == ["country:idn", "country:mys"]


def test_the_speaker_is_no_target_of_what_he_says():
    text = "岸田大臣から、訪日を歓迎した。"
    kishida = Entity(0, 2, "岸田", "PERSON", glossary_id="person:fumio-kishida", label_en="Fumio Kishida", id="P1")
    speaker = entity_arg(kishida)
    target = entity_arg(kishida, text="岸田大臣", start=0, end=4, marker="から")
    [out] = named_arguments([Claim(0, len(text), text, "歓迎する", subject=speaker, source=speaker, targets=(target,))],
                            [kishida])
    assert out.targets == ()


T8 = "外相は、チリのペレス外務大臣とともに共同議長を務めた。"
T9 = "首相は、サラ・ペルー共和国外務大臣と会談した。"
T10 = "外相は、チリとペルーの協力を確認した。"


def typed(text, surface, typ, gid):
    i = text.index(surface)
    return Entity(i, i + len(surface), surface, typ, glossary_id=gid, label_en=gid, id=f"E{i}")


@pytest.mark.parametrize("text, obj, entities, want", [
    # a country before a person's office (の, ・ or nothing between) is the person's title: the person only
    (T8, "チリのペレス外務大臣", [("チリ", "COUNTRY", "country:chl"), ("ペレス", "PERSON", "person:perez")],
     [("チリのペレス外務大臣", "person:perez")]),
    # ... and so is one written after the name, before the title
    (T9, "サラ・ペルー共和国外務大臣", [("サラ", "PERSON", "person:sala"), ("ペルー共和国", "COUNTRY", "country:per")],
     [("サラ・ペルー共和国外務大臣", "person:sala")]),
    # two countries side by side are two referents
    (T10, "チリとペルーの協力", [("チリ", "COUNTRY", "country:chl"), ("ペルー", "COUNTRY", "country:per")],
     [("チリ", "country:chl"), ("ペルー", "country:per")]),
])
def test_a_country_in_a_persons_title_is_not_an_argument_of_its_own(text, obj, entities, want):
    ents = [typed(text, s, t, g) for s, t, g in entities]
    [out] = named_arguments([Claim(0, len(text), text, "務める", objects=(phrase(text, obj),))], ents)
    assert [(o.text, o.glossary_id) for o in out.objects] == want


def test_a_country_and_a_person_not_next_to_each_other_both_stay():
    text = "外相は、チリの支援とペレス氏の訪問を歓迎した。"
    ents = [typed(text, "チリ", "COUNTRY", "country:chl"), typed(text, "ペレス", "PERSON", "person:perez")]
    [out] = named_arguments([Claim(0, len(text), text, "歓迎する", objects=(phrase(text, "チリの支援とペレス氏の訪問"),))], ents)
    assert [o.glossary_id for o in out.objects] == ["country:chl", "person:perez"]
