"""Clauses linked without a verb ending + 、 (pipeline/claims/linked.py): figures listed with 、, each
with its own subject, and acts chained by a verbal noun + し with no comma.  Sentences written for
these tests (trade briefs, diplomatic news); expected claims read off each sentence by hand."""
from __future__ import annotations

import pytest

from pipeline.claims import extract_claims, load_event_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_event_lexicon()


def claims_of(nlp, lexicon, text):
    claims = extract_claims(nlp(text), [], [], [], [], lexicon)
    assert all(text[c.start:c.end] == c.text for c in claims)
    return claims


@pytest.mark.parametrize("text, expected", [
    # each figure of a list of statistics is a claim with its own subject and statistic word
    ("インドネシアの2024年の貿易額は、輸出が前年比2.5%増の2,650億ドル、輸入が同3.1%減の2,330億ドルだった。",
     [("増", "輸出"), ("減", "輸入")]),
    ("ブラジルの2023年の貿易は、輸出が前年比1.7%増の3,398億ドル、輸入が11.7%減の2,409億ドルだった。",
     [("増", "輸出"), ("減", "輸入")]),
    ("2015年の日本の貿易は、輸出が前年比10.0%減の6,251億ドル、輸入が20.7%減の6,483億ドル、貿易収支は233億ドルの赤字となった。",
     [("減", "輸出"), ("減", "輸入"), ("赤字", "貿易収支")]),
    # the parser hangs 増 on the next figure of the list: the statistic word is still read off the phrase
    ("財務省の速報値によると、日本から世界向けの輸出額は前年同期比8.8%増の51兆5,169億円、世界からの輸入額は同2.0%減の54兆円だった。",
     [("増", "輸出額"), ("減", "輸入額")]),
    ("内訳は、ニット類(HSコード第61類)が12.3%増の23億1,573万ドル、布帛類が5.0%減の10億ドルだった。",
     [("増", "ニット類(HSコード第61類)"), ("減", "布帛類")]),
    # a figure with no statistic word is stated like the copula clause that closes the list
    ("同国の外貨準備高は480億ドル、対外債務は920億ドルだった。",
     [("である", "同国の外貨準備高"), ("である", "対外債務")]),
])
def test_each_listed_figure_with_its_own_subject_is_a_claim(nlp, lexicon, text, expected):
    claims = claims_of(nlp, lexicon, text)
    assert [c.predicate for c in claims] == [p for p, _ in expected]
    for c, (_, subject) in zip(claims, expected):  # the subject's head noun (its modifiers: claims.phrase)
        assert c.subject is not None and c.subject.text.endswith(subject) and subject in c.text


@pytest.mark.parametrize("text, predicate", [
    # amounts that are arguments of the one verb at the end are no clause of their own
    ("日本はインドネシアに10億ドル、タイに5億ドルを供与した。", "供与する"),
])
def test_an_amount_argument_before_a_comma_is_no_clause(nlp, lexicon, text, predicate):
    assert [c.predicate for c in claims_of(nlp, lexicon, text)] == [predicate]


@pytest.mark.parametrize("text, expected", [
    ("外務省は中国側に抗議し自制を要求した。", ["抗議する", "要求する"]),
    ("政府は大使を召還し制裁を発動した。", ["召還する", "発動する"]),
    ("防衛省は海上自衛隊の護衛艦を派遣し警戒監視を強化した。", ["派遣する", "強化する"]),
    ("両国は共同声明に署名し関係を格上げした。", ["署名する", "格上げする"]),
    ("日本は同国に対し円借款を供与し港湾整備を支援している。", ["供与する", "支援する"]),
    # one act: an adverbial 連用形, a compound act, or a second verb with no argument of its own
    ("首相は決定を受け制裁を発動した。", ["発動する"]),
    ("政府は対応を検討し続けている。", ["検討する"]),
    ("委員会は事故の原因を調査し報告した。", ["報告する"]),
    ("工業品は、自動車の輸出が15.2%増加し120億ドルとなった。", ["増加する"]),
])
def test_acts_chained_by_a_verbal_noun_without_a_comma(nlp, lexicon, text, expected):
    claims = claims_of(nlp, lexicon, text)
    assert [c.predicate for c in claims] == expected
    if len(expected) == 2:  # the zero subject of the second act is the first act's subject
        assert claims[0].subject is not None and claims[1].subject is not None
        assert claims[0].subject.text == claims[1].subject.text


@pytest.mark.parametrize("text, expected", [
    # a name stated of its own topic is an encyclopedic nominal sentence
    ("本部はジュネーブ。", [("ジュネーブ", "本部")]),
    ("1981年5月25日アブダビで設立。本部はリヤド。", [("設立", None), ("リヤド", "本部")]),
    # a name alone, or a name followed by more text (a source note), asserts nothing by itself
    ("ケニア。", []),
])
def test_a_name_with_its_own_topic_ends_a_nominal_sentence(nlp, lexicon, text, expected):
    claims = claims_of(nlp, lexicon, text)
    assert [(c.predicate, c.subject.text if c.subject else None) for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    # a date before 、 is no listed figure (首相は25日、…)
    ("インドのモディ首相は25日、パキスタンを訪問した。", ["訪問する"]),
    ("両国が合意した停戦は29日、発効した。", ["発効する"]),
])
def test_a_date_before_a_comma_is_no_listed_figure(nlp, lexicon, text, expected):
    assert [c.predicate for c in claims_of(nlp, lexicon, text)] == expected
