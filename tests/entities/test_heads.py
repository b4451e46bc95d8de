"""Names by their head noun (entities/heads.py) and dotted katakana persons (entities/dotted.py):
short Japanese sentences written for the test, run through the whole document pipeline."""
from __future__ import annotations

import pytest
from support import process_text


@pytest.fixture(scope="module")
def run(resources):
    return lambda text: {(e.text, e.type) for e in process_text(resources, text).entities}


@pytest.mark.parametrize("text, surface, typ", [
    # a proper noun, then only nouns, then the head
    ("クリミア戦争ののち、黒海の中立化が定められた。", "クリミア戦争", "EVENT"),
    ("スペイン継承戦争でブルボン家が王位を得た。", "スペイン継承戦争", "EVENT"),
    ("満州事変を機に日本は国際連盟を脱退した。", "満州事変", "EVENT"),
    # an ordinal 第N次 before the name belongs to it; a prefix word too
    ("第一次インドシナ戦争はフランスの撤退で終わった。", "第一次インドシナ戦争", "EVENT"),
    ("大東亜戦争という呼び名は戦後に避けられた。", "大東亜戦争", "EVENT"),
    # date names in kanji numerals, ships' names with 号, dotted katakana names
    ("三・一五事件では多くの活動家が検挙された。", "三・一五事件", "EVENT"),
    ("アリゾナ号事件が外交問題になった。", "アリゾナ号事件", "EVENT"),
    ("ボーア戦争で英国は苦戦した。", "ボーア戦争", "EVENT"),
    # agreements named by a place, a state or an event before the head
    ("ロンドン海軍軍縮条約に日本も調印した。", "ロンドン海軍軍縮条約", "AGREEMENT"),
    ("ネルチンスク条約で国境が画定された。", "ネルチンスク条約", "AGREEMENT"),
    ("ベトナム戦争和平協定がパリで結ばれた。", "ベトナム戦争和平協定", "AGREEMENT"),
    # armies of a named state or body, parties by a proper noun or the suffix 党
    ("国連軍の司令部は東京に置かれた。", "国連軍", "ORGANIZATION"),
    ("ロシア海軍の艦艇が寄港した。", "ロシア海軍", "ORGANIZATION"),
    ("彼は労働党の党首に選ばれた。", "労働党", "ORGANIZATION"),
    ("モザンビーク解放戦線は独立闘争を指導した。", "モザンビーク解放戦線", "ORGANIZATION"),
])
def test_name_and_head_is_one_entity(run, text, surface, typ):
    assert (surface, typ) in run(text)


@pytest.mark.parametrize("text, surface", [
    ("両国は貿易戦争を避けるべきだ。", "貿易戦争"),  # no name before the head: common nouns
    ("大国の代理戦争が続いた。", "代理戦争"),
    ("両軍は休戦協定に署名した。", "休戦協定"),
    ("ロシアの軍事演習が始まった。", "ロシアの軍事"),
    ("彼は軍事政権を批判した。", "軍事"),  # 軍 inside a longer word is no army
    ("与党と野党が協議した。", "与党"),  # a common word for a party
])
def test_head_without_a_name_is_no_entity(run, text, surface):
    assert all(s != surface for s, _ in run(text))


def test_army_of_a_country_replaces_the_country_inside_it(run):
    got = run("中国人民解放軍の部隊が国境に展開した。")
    assert ("中国人民解放軍", "ORGANIZATION") in got and ("中国", "COUNTRY") not in got


@pytest.mark.parametrize("text, surface", [
    ("ムハンマド・アル=バラダイ事務局長が声明を出した。", "ムハンマド・アル=バラダイ"),
    ("アブドゥル=ハミード2世は改革を進めた。", "アブドゥル=ハミード"),
    ("ジョン・マーシャル・ハーラン判事が反対意見を書いた。", "ジョン・マーシャル・ハーラン"),
    ("サルバドール・アジェンデ大統領は1973年に死去した。", "サルバドール・アジェンデ"),
])
def test_dotted_katakana_name_is_one_person(run, text, surface):
    assert (surface, "PERSON") in run(text)


@pytest.mark.parametrize("text, surface", [
    ("アジア・アフリカ諸国が会議に集まった。", "アジア・アフリカ"),  # linked places, not a person
    ("ボスニア・ヘルツェゴビナの首都はサラエボである。", "ボスニア・ヘルツェゴビナ"),
])
def test_dotted_places_are_no_person(run, text, surface):
    assert (surface, "PERSON") not in run(text)


def test_model_agreement_that_starts_with_a_name_keeps_the_country_before_it(run):
    """The extractor lost the 、 between a country and a treaty the model found by itself."""
    got = run("隣国であるイギリス北大西洋条約に加盟した。")
    assert ("イギリス", "COUNTRY") in got and ("北大西洋条約", "AGREEMENT") in got


def test_long_model_agreement_is_not_extended_over_the_country_before_it(run):
    """A treaty the model found with a long name of its own keeps the country glued before it apart."""
    got = run("核保有国であるフランス英仏相互防衛条約を結んでいる。")
    assert ("フランス", "COUNTRY") in got


@pytest.mark.parametrize("text, surface", [
    ("第3軍団は前線から撤退した。", "第3軍団"),
    ("1943年、イギリス第8軍はチュニジアに進んだ。", "イギリス第8軍"),
    ("第82空挺師団第505歩兵連隊が降下した。", "第82空挺師団第505歩兵連隊"),
    ("第2中隊と第3中隊が突撃した。", "第3中隊"),
    ("彼は第7戦車軍団長に任命された。", "第7戦車軍団"),
])
def test_numbered_military_unit_is_an_organization(run, text, surface):
    assert (surface, "ORGANIZATION") in run(text)


def test_count_of_divisions_is_no_unit(run):
    assert all(t != "ORGANIZATION" for _, t in run("2個師団が派遣された。"))


def test_person_span_running_past_a_dotted_name_is_cut_at_its_end(run):
    got = run("アウグスト・ピノチェト率いる軍が権力を握った。")
    assert ("アウグスト・ピノチェト", "PERSON") in got


@pytest.mark.parametrize("text, person, state", [
    ("ルッテ・オランダ首相と会談した。", "ルッテ", "オランダ"),
    ("マルク・ルッテ・オランダ首相と会談した。", "マルク・ルッテ", "オランダ"),   # a dotted name, then its state
    ("ナランツァツラルト・モンゴル首相主催の晩餐会に出席した。", "ナランツァツラルト", "モンゴル"),
    ("3月にはボルジギン・カザフスタン外相が来日した。", "ボルジギン", "カザフスタン"),  # a name the glossary lacks
])
def test_a_state_between_a_name_and_the_office_is_no_part_of_the_name(run, text, person, state):
    """Before: ルッテ・オランダ was one PERSON and the Netherlands was lost (the MOFA style name・state・office)."""
    found = run(text)
    assert (person, "PERSON") in found and (state, "COUNTRY") in found, found
