"""Office holders of the classes completed in glossary_offices.tsv reached in text: a surname before a title,
with the person's state between in MOFA's short form (シミナ・ミクロネシア大統領: ミクロネシア連邦 without 連邦),
and the full katakana name. Sentences composed for these tests."""
from __future__ import annotations

import pytest

from pipeline.config import Config
from pipeline.glossary import Glossary, load_glossary
from pipeline.glossary.surnames import short_state_names


@pytest.fixture(scope="module")
def shipped() -> Glossary:
    return load_glossary(Config().glossary_paths())


def _people(glossary, text):
    return [(m.text, m.glossary_id) for m in glossary.matcher().feed(text) if m.glossary_id.startswith("person:")]


@pytest.mark.parametrize("text, want", [
    ("シコルスキ外相はワルシャワで記者団に語った。", [("シコルスキ", "person:radoslaw-sikorski")]),
    ("ヌネス外相は来日中に講演した。", [("ヌネス", "person:aloysio-nunes")]),
    ("会談後、マラペ首相とマネレ首相が共同声明を出した。",
     [("マラペ", "person:james-marape"), ("マネレ", "person:jeremiah-manele")]),
    ("ブダイウィ事務総長は湾岸の安定を訴えた。", [("ブダイウィ", "person:jasem-mohamed-albudaiwi")]),  # GCC
    ("アブルゲイト事務総長が声明を発表した。", [("アブルゲイト", "person:ahmed-aboul-gheit")]),  # Arab League
    ("ハイネ・マーシャル大統領は気候変動を訴えた。", [("ハイネ", "person:hilda-heine")]),  # マーシャル諸島
    ("シミナ・ミクロネシア大統領が視察した。", [("シミナ", "person:wesley-simina")]),  # ミクロネシア連邦
    ("マネレ・ソロモン首相は述べた。", [("マネレ", "person:jeremiah-manele")]),  # ソロモン諸島
    ("ウィップス・パラオ大統領と会談した。", [("ウィップス", "person:surangel-whipps-jr")]),
    ("アルバニージー首相とマラペ首相は安保条約に署名した。",
     [("アルバニージー", "person:anthony-albanese"), ("マラペ", "person:james-marape")]),
    ("ヌネス氏は述べた。", []),  # 氏 says nothing of who: any Nunes
    ("ハイネ・ミクロネシア大統領", []),  # Heine is the Marshall Islands' president, not Micronesia's
])
def test_a_class_member_by_surname_before_a_title(shipped, text, want):
    assert _people(shipped, text) == want


@pytest.mark.parametrize("text, gid", [
    ("ズビグニェフ・ラウ外相は来日した。", "person:zbigniew-rau"),
    ("バドル・ビン・ハマド・アル・ブーサイーディー外務大臣と会談した。", "person:badr-albusaidi"),
    ("ジャーシム・ムハンマド・アル=ブダイウィGCC事務局長", "person:jasem-mohamed-albudaiwi"),
    ("ボラット・ヌルガリエフ事務総長の任期中に", "person:bolat-nurgaliyev"),  # SCO, 2007-2009
])
def test_a_class_member_by_full_name(shipped, text, gid):
    assert _people(shipped, text)[0][1] == gid


@pytest.mark.parametrize("short, iso3", [
    ("ミクロネシア", "FSM"), ("マシャル", "MHL"), ("ソロモン", "SLB"), ("クック", "COK"),  # マーシャル normalized
])
def test_short_state_names_drop_the_generic_tail(shipped, short, iso3):
    assert short_state_names(shipped.entries.values())[short] == iso3


def test_a_short_name_another_state_holds_stays_that_states(shipped):
    # ドミニカ共和国 would give ドミニカ, which is Dominica's own name
    assert shipped._countries["ドミニカ"] == "DMA"


@pytest.mark.parametrize("text, want", [
    # a surname two people of the glossary share: the one who held the office written after it
    ("ハリス副大統領が演説した。", [("ハリス", "person:kamala-harris")]),
    ("ハリス首相がダブリンで述べた。", [("ハリス", "person:simon-harris")]),  # a Taoiseach is a 首相
    ("フィッシャー外相の訪米", [("フィッシャー", "person:joschka-fischer")]),
    ("フィッシャー大統領の訪日", [("フィッシャー", "person:heinz-fischer")]),
    ("シルバ外相はリスボンで", [("シルバ", "person:augusto-santos-silva")]),
    ("サイード大統領はチュニスで", [("サイード", "person:kais-saied")]),
    ("ハリス氏は述べた。", []),  # 氏: either of them
    ("ラスムセン首相は", []),  # both were Danish prime ministers: the document's year decides (entities.context)
    ("シャリフ首相は", []),
])
def test_a_shared_surname_is_the_one_who_held_the_office(shipped, text, want):
    assert _people(shipped, text) == want


def test_adding_holders_loses_no_surname_that_linked_before(shipped):
    # each surname that was one person's before glossary_offices.tsv still reaches that person before an
    # office he held (Fischer, Silva, Harris, Saied, Al Thani became shared with the added holders)
    for text, gid in [("フィッシャー外相", "person:joschka-fischer"), ("シルバ大統領", "person:lula-da-silva"),
                      ("ハリス副大統領", "person:kamala-harris"), ("サイード大統領", "person:kais-saied"),
                      ("ラスムセン事務総長", "person:anders-fogh-rasmussen")]:
        assert [g for _, g in _people(shipped, text)] == [gid]
