"""Objects the parse hides in an adjunct (pipeline.claims.roles): a を-phrase framed by a noun
(…を中心に, …を念頭に, …を対象に) is the argument instead of the frame noun, and a を-phrase hung on the
adverbial verb form 引き続き belongs to the predicate after it.  Sentences written for these tests."""
from __future__ import annotations

import pytest

from pipeline.claims import extract_claims, load_event_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_event_lexicon()


def objects_of(nlp, lexicon, text: str, predicate: str) -> list[str]:
    claims = extract_claims(nlp(text), [], [], [], [], lexicon)
    (c,) = [c for c in claims if c.predicate == predicate]
    return [o.text for o in c.objects]


@pytest.mark.parametrize("text, predicate, want, not_want", [
    ("ケニアは東アフリカ地域を中心に活発な外交を展開している。", "展開する", "東アフリカ地域", "中心"),
    ("政府は南シナ海の情勢を念頭に、周辺国との協力を強める。", "強める", "南シナ海の情勢", "念頭"),
    ("同省は地方の中小企業を対象に新しい制度を導入した。", "導入する", "地方の中小企業", "対象"),
])
def test_a_framed_phrase_is_the_object_not_its_frame_noun(nlp, lexicon, text, predicate, want, not_want):
    objs = objects_of(nlp, lexicon, text, predicate)
    assert want in objs and not_want not in objs


def test_an_object_hung_on_hikitsuzuki_is_the_predicates(nlp, lexicon):
    """ケニアの改革を|引き続き|支持していく: the parser makes 改革 the object of 引き続く."""
    assert objects_of(nlp, lexicon, "日本はケニアの改革を引き続き支持していく。", "支持する") == ["ケニアの改革"]


def arguments_of(nlp, lexicon, text: str, predicate: str, names: list[str]) -> list[str]:
    """Object and target phrases of the claim with ``predicate``, with entity records for ``names``."""
    from pipeline.records import Entity
    ents = [Entity(text.index(n), text.index(n) + len(n), n, "COUNTRY", id=f"E{k}") for k, n in enumerate(names)]
    claims = extract_claims(nlp(text), ents, [], [], [], lexicon)
    (c,) = [c for c in claims if c.predicate == predicate]
    return [a.text for a in c.objects + c.targets]


@pytest.mark.parametrize("text, predicate, names, want", [
    # the goal of the predicate: に向けて / へ向けて, ために, を目指して
    ("両国はケニアの和平の実現に向けて連携していく。", "連携する", ["ケニア"], "ケニアの和平の実現"),
    ("首相はインドとの関係改善へ向けて行動力を示した。", "示す", ["インド"], "インドとの関係改善"),
    ("政府はチリの復興のために資金を拠出した。", "拠出する", ["チリ"], "チリの復興"),
    ("艦隊はペルーを目指して出港した。", "出港する", ["ペルー"], "ペルー"),
    # the goal of an object that names nobody itself
    ("両外相はケニアの安定化に向けた率直な意見交換を行った。", "交換を行う", ["ケニア"], "ケニアの安定化"),
])
def test_a_named_goal_is_an_argument(nlp, lexicon, text, predicate, names, want):
    assert want in arguments_of(nlp, lexicon, text, predicate, names)


@pytest.mark.parametrize("text, predicate, names, not_want", [
    # a goal naming nothing adds nothing
    ("両国は地域の平和の実現に向けて連携していく。", "連携する", [], "地域の平和の実現"),
    # an object naming someone keeps its own participant: the goal of 日本の尽力 is not added
    ("大臣はペルーでの会議の開催に向けた日本の尽力を賞賛した。", "賞賛する", ["ペルー", "日本"], "ペルーでの会議の開催"),
])
def test_no_goal_argument(nlp, lexicon, text, predicate, names, not_want):
    assert not_want not in arguments_of(nlp, lexicon, text, predicate, names)


@pytest.mark.parametrize("text, predicate, names, want", [
    # 旨 hangs on the noun 発言 of …があった: the claim stays 発言, the content verb's を-phrase is its argument
    ("会談で、チリ外相より、ペルーとの対話の進展を歓迎する旨の発言があった。", "発言する", ["チリ", "ペルー"], "ペルーとの対話の進展"),
    # …旨応じた: 応じる is no reporting verb; the に-phrase of 感謝する is the argument
    ("外相からは、ケニアの理解と協力に感謝する旨応じた。", "応ずる", ["ケニア"], "ケニアの理解と協力"),
])
def test_the_content_of_a_mune_clause_gives_arguments(nlp, lexicon, text, predicate, names, want):
    assert want in arguments_of(nlp, lexicon, text, predicate, names)


@pytest.mark.parametrize("text, names, predicate, want", [
    ("現在、ペルーはチリにとって2番目の輸出市場となっている。", ["ペルー", "チリ"], "なる", "チリ"),
    ("この協定はケニアにとって大きな意味を持つ。", ["ケニア"], "持つ", "ケニア"),
])
def test_the_party_for_whom_a_statement_holds_is_a_target(nlp, lexicon, text, names, predicate, want):
    """X にとって: X is a party of the claim (for whom it holds)."""
    from pipeline.records import Entity
    ents = [Entity(text.index(n), text.index(n) + len(n), n, "COUNTRY", id=f"E{k}") for k, n in enumerate(names)]
    (c,) = [c for c in extract_claims(nlp(text), ents, [], [], [], lexicon) if c.predicate == predicate]
    assert (want, "にとって") in [(t.text, t.marker) for t in c.targets]


def test_a_topicalised_kara_phrase_is_the_side_not_a_party(nlp, lexicon):
    """Xからは、…: the side the statement comes from.  A speaker so marked is the subject of a clause
    naming none; an origin before a clause with its own subject is no target of it."""
    from pipeline.records import Entity
    text = "チリ外相からは、ペルーの提案を歓迎する。ケニアからは、3月に大統領がペルーを訪問した。"
    names = [("チリ", 0), ("ペルー", 0), ("ケニア", 0), ("ペルー", 20)]
    ents = []
    for k, (n, at) in enumerate(names):
        i = text.index(n, at)
        ents.append(Entity(i, i + len(n), n, "COUNTRY", id=f"E{k}"))
    claims = {c.predicate: c for c in extract_claims(nlp(text), ents, [], [], [], lexicon)}
    welcome, visit = claims["歓迎する"], claims["訪問する"]
    assert welcome.subject.text == "チリ外相"
    assert "チリ外相" not in [t.text for t in welcome.targets]
    assert visit.subject.text == "大統領" and "ケニア" not in [t.text for t in visit.targets]


@pytest.mark.parametrize("text, predicate, names, want", [
    # the を-phrase of a relative clause on an object naming nobody: what the object is made of
    ("理事会はチリの銅の輸出禁止を柱とする決議を採択した。", "採択する", ["チリ"], "チリの銅の輸出禁止"),
    ("同機構はペルー大統領の退陣を含む調停案を提示した。", "提示する", ["ペルー"], "ペルー大統領の退陣"),
])
def test_a_named_phrase_of_a_relative_clause_on_an_object_is_an_argument(nlp, lexicon, text, predicate, names, want):
    assert want in arguments_of(nlp, lexicon, text, predicate, names)


def test_an_object_naming_someone_keeps_its_relative_clause_to_itself(nlp, lexicon):
    """ケニアの計画 names Kenya: the relative clause on it (チリを含む) adds no argument."""
    args = arguments_of(nlp, lexicon, "政府はチリを含むケニアの計画を支持した。", "支持する", ["チリ", "ケニア"])
    assert "チリ" not in args


def test_a_possessor_cut_off_by_a_relative_clause_is_an_argument(nlp, lexicon):
    """ケニアの|急速に成長する|経済: the phrase stops at the relative clause, its possessor is still named."""
    args = arguments_of(nlp, lexicon, "政府はケニアの急速に成長する経済を重視している。", "重視する", ["ケニア"])
    assert "ケニア" in args and "経済" in args


def test_a_possessor_cut_off_inside_the_object_phrase_is_an_argument(nlp, lexicon):
    """ペルーの|長年続く|紛争の解決: the possessor of 紛争, a noun the object phrase is built of."""
    args = arguments_of(nlp, lexicon, "両国はペルーの長年続く紛争の解決を支援する。", "支援する", ["ペルー"])
    assert "ペルー" in args
