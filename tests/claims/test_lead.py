"""An article's defined topic (X（…）は、…) as the subject of its clauses that name none
(pipeline/claims/lead.py): pure, on short articles written for these tests, entities built by hand."""
from __future__ import annotations

import pytest

from pipeline.claims.lead import defined_topic, lead_topic_subjects
from pipeline.records import ArgRef, Claim, Entity

DEFINITION = "東南アジア諸国連合(とうなんアジアしょこくれんごう、英語:ASEAN)は、東南アジア10か国からなる地域協力機構である。"
LATER = "1967年8月8日にバンコクで設立された。\n2020年には首脳会議で新たな行動計画を採択している。"
ARTICLE = "東南アジア諸国連合\n\n" + DEFINITION + "\n" + LATER
CAPTIONED = "東南アジア諸国連合\n\nASEAN加盟国の地図 2023年時点の加盟国を濃い色で示した地図の画像ファイルです\n" + DEFINITION + "\n" + LATER
INFOBOX = ("東南アジア諸国連合\n\n本部 インドネシア ジャカルタ 北緯6度14分 東経106度48分 / 北緯6.23度 東経106.80度 座標の表示\n"
           "加盟国 ブルネイ カンボジア インドネシア ラオス マレーシア ミャンマー フィリピン シンガポール タイ ベトナム\n"
           + DEFINITION + "\n" + LATER)
NO_GLOSS = "外交青書\n\n東南アジア諸国連合は、地域の安定に向けて加盟国の間の協力を一層深めていく方針を確認した会合を開いた。\n" + LATER
NEWS = "首脳会議開幕\n\n首脳会議では、東南アジア諸国連合の加盟国が南シナ海の情勢について協議し、共同声明の発表を目指している。\n" + LATER
QUOTED = ARTICLE + "\n議長は「今後も設立の精神を守っていく」と述べた。"
UNNAMED = "東南アジア諸国連合"  # the mention in the title line only


def ent(text: str, surface: str, at: int = 0) -> Entity:
    i = text.index(surface, at)
    return Entity(i, i + len(surface), surface, "ORGANIZATION", glossary_id="org:asean",
                  label_en="Association of Southeast Asian Nations", id=f"E{i}")


def body_ent(text: str) -> list[Entity]:
    """The organisation where its body line opens (and in the title), as the glossary would find it."""
    first = text.index("\n") + 1
    return [ent(text, UNNAMED), ent(text, UNNAMED, first)]


def bare(text: str, pred: str) -> Claim:
    i = text.index(pred)
    return Claim(i, i + len(pred), pred, pred)


@pytest.mark.parametrize("text, want", [
    (ARTICLE, "Association of Southeast Asian Nations"),  # X(reading, English)は、…: the defined topic
    (CAPTIONED, "Association of Southeast Asian Nations"),  # a caption line before the definition
    (INFOBOX, "Association of Southeast Asian Nations"),  # long infobox rows end no sentence: skipped
    (NO_GLOSS, "Association of Southeast Asian Nations"),  # X は without a gloss still defines
    (NEWS, None),  # the body opens with 首脳会議では: a news lead defines nothing
])
def test_defined_topic(text, want):
    topic = defined_topic(text, body_ent(text))
    assert (topic.label_en if topic else None) == want


@pytest.mark.parametrize("text, pred, want", [
    (ARTICLE, "設立された", "Association of Southeast Asian Nations"),  # zero subject of a later sentence
    (ARTICLE, "採択している", "Association of Southeast Asian Nations"),
    (CAPTIONED, "採択している", "Association of Southeast Asian Nations"),
    (INFOBOX, "設立された", "Association of Southeast Asian Nations"),
    (NEWS, "設立された", None),  # no definition: nothing to carry
    (QUOTED, "守っていく", None),  # inside a quotation: the quoted speaker's clause
])
def test_subjectless_clause_takes_the_defined_topic(text, pred, want):
    (after,) = lead_topic_subjects([bare(text, pred)], body_ent(text), text)
    assert (after.subject.label_en if after.subject else None) == want
    if want:
        assert after.subject.found_by == "topic"
        assert text[after.subject.start:after.subject.end] == UNNAMED  # evidence on original offsets


def test_a_clause_keeps_its_own_subject():
    """加盟国は…採択している names its subject: the defined topic does not replace it."""
    i = ARTICLE.index("採択している")
    own = ArgRef(text="首脳会議", start=ARTICLE.index("首脳会議"), end=ARTICLE.index("首脳会議") + 4)
    c = Claim(i, i + 6, "採択している", "採択", subject=own)
    (after,) = lead_topic_subjects([c], body_ent(ARTICLE), ARTICLE)
    assert after.subject == own


def test_someone_elses_statement_keeps_no_subject():
    """A reported clause with another speaker as source is left to that speaker."""
    i = ARTICLE.index("採択している")
    src = ArgRef(text="議長", entity_id="P1", start=0, end=2)
    c = Claim(i, i + 6, "採択している", "採択", source=src, attributed=True)
    (after,) = lead_topic_subjects([c], body_ent(ARTICLE), ARTICLE)
    assert after.subject is None


ORGANS = ARTICLE + "\n本部はジャカルタに置かれている。\n現在の加盟国は東南アジアの10か国である。\n組織の目標は地域の平和と安定である。"


def with_subject(text: str, subject: str, pred: str, at: int = 0) -> Claim:
    j = text.index(subject, at)
    i = text.index(pred, j)
    return Claim(j, i + len(pred), text[j:i + len(pred)], pred, subject=ArgRef(subject, start=j, end=j + len(subject)))


@pytest.mark.parametrize("subject, pred", [
    ("本部", "置かれている"),  # the organisation's seat
    ("現在の加盟国", "である"),  # its members
    ("組織の目標", "である"),  # its aims, with the generic 組織 as possessor
])
def test_an_organisations_unnamed_part_is_the_organisation(subject, pred):
    (after,) = lead_topic_subjects([with_subject(ORGANS, subject, pred)], body_ent(ORGANS), ORGANS)
    assert after.subject.label_en == "Association of Southeast Asian Nations"
    assert after.subject.text == subject and ORGANS[after.subject.start:after.subject.end] == subject
    assert after.subject.found_by == "topic"


def test_a_part_named_with_another_owner_keeps_its_subject():
    """日本の本部 names its own owner (an entity inside the phrase): the organisation is not its subject."""
    text = ARTICLE + "\n日本の本部は東京に置かれている。"
    i = text.index("日本の本部")
    japan = Entity(i, i + 2, "日本", "COUNTRY", glossary_id="country:jpn", label_en="Japan", id="EJ")
    (after,) = lead_topic_subjects([with_subject(text, "日本の本部", "置かれている")], body_ent(text) + [japan], text)
    assert after.subject.label_en is None


def test_parts_of_a_country_are_not_an_organisations():
    """The rule serves organisations: in an article defining a country, 目標 stays an unlinked phrase."""
    text = "タイ\n\nタイ王国(タイおうこく)は、東南アジアに位置する立憲君主制の国家である。首都はバンコクである。\n政府の目標は経済成長である。"
    ents = [Entity(0, 2, "タイ", "COUNTRY", glossary_id="country:tha", label_en="Thailand", id="E0"),
            Entity(4, 8, "タイ王国", "COUNTRY", glossary_id="country:tha", label_en="Thailand", id="E4")]
    (after,) = lead_topic_subjects([with_subject(text, "政府の目標", "である")], ents, text)
    assert after.subject.label_en is None
