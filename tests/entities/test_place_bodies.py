"""Bodies named after a place or a matter (entities/place_bodies.py): a glossary event cut a tribunal's name
inside its head (南シナ海仲裁裁判 | 所) and a compass-prefixed place lost its company (東 + インド/COUNTRY + 会社).
Each case is a sentence written for the test, run through the pipeline."""
from __future__ import annotations

import pytest
from support import process_text


@pytest.fixture(scope="module")
def run(resources):
    return lambda text: {(e.text, e.type) for e in process_text(resources, text).entities}


@pytest.mark.parametrize("text, body, not_there", [
    ("東インド会社に雇われた法律家が反論した。", "東インド会社", "インド"),
    ("17世紀、西インド会社は砂糖の交易を独占した。", "西インド会社", "インド"),
    ("北海仲裁裁判所は境界の判断を示した。", "北海仲裁裁判所", "北海"),
])
def test_a_place_and_a_company_or_court_head_are_one_organization(run, text, body, not_there):
    got = run(text)
    assert (body, "ORGANIZATION") in got
    assert not_there not in {t for t, _ in got}


@pytest.mark.parametrize("text, cut, end", [
    ("南極海仲裁裁判所は判断を示した。", "南極海仲裁裁判", 8),  # 裁判 | 所
    ("北極評議会は声明を出した。", "北極評議", 5),  # 評議 | 会
    ("南極海仲裁裁判の判断。", "南極海仲裁裁判", None),  # no head follows: the match stands
    ("北極評議員が来た。", "北極評議", None),
])
def test_where_a_match_cuts_a_head_noun(text, cut, end):
    from pipeline.entities.place_bodies import _head_end
    from pipeline.records import Entity
    assert _head_end(Entity(0, len(cut), cut, "EVENT"), text) == end


def test_a_match_cut_inside_a_head_noun_becomes_the_body(run):
    got = run("2016年、南シナ海仲裁裁判所は中国の主張を退けた。その後も南シナ海仲裁裁判の判断は議論された。")
    assert ("南シナ海仲裁裁判所", "ORGANIZATION") in got
    assert ("南シナ海仲裁裁判", "EVENT") in got  # the arbitration itself, where no head follows


def test_a_state_and_its_own_body_stay_two_mentions(run):
    got = run("ロシア最高裁判所とインド政府は協議した。")
    assert ("ロシア", "COUNTRY") in got
    assert "ロシア最高裁判所" not in {t for t, _ in got}


@pytest.mark.parametrize("text, ship", [
    ("海賊はポルトガルの商船Santa Maria号を襲った。", "Santa Maria"),
    ("タイタニック号とクイーン・エリザベス号は大西洋を渡った。", "クイーン・エリザベス"),
])
def test_a_name_before_go_is_a_vessel(run, text, ship):
    got = run(text)
    assert (ship, "OTHER") in got
    assert not any(t == ship and typ in ("LOCATION", "PERSON") for t, typ in got)


def test_go_after_a_number_or_before_a_unit_word_is_no_vessel():
    from pipeline.entities.place_bodies import vessels
    from pipeline.records import Entity
    text = "ひまわり8号とASEAN号線"
    ents = [Entity(0, 5, "ひまわり8", "PRODUCT", match="model", score=0.5),
            Entity(6, 11, "ASEAN", "ORGANIZATION", glossary_id="org:asean", match="exact", score=1.0)]
    assert [e.type for e in vessels(ents, text)] == ["PRODUCT", "ORGANIZATION"]
