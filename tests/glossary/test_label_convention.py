"""English labels follow English Wikipedia titles for whole classes of entries (languages, regions), and the
short forms a Japanese text writes for regions and office holders are found in sentences."""
from __future__ import annotations

import pytest

from pipeline.config import Config
from pipeline.glossary import load_glossary


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(Config().glossary_paths())


def _linked(glossary, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.glossary_id) for m in glossary.matcher().feed(text) if m.glossary_id]


@pytest.mark.parametrize("gid, label_en, alias", [
    ("lang:ar", "Arabic", "Arabic language"),          # the title is the bare name
    ("lang:af", "Afrikaans", "Afrikaans language"),
    ("lang:hi", "Hindi", "Hindi language"),
    ("lang:en", "English language", None),              # a demonym too: the title says language
    ("lang:fr", "French language", None),
    ("lang:ja", "Japanese language", None),
])
def test_language_labels_are_wikipedia_titles(glossary, gid, label_en, alias):
    entry = glossary.get(gid)
    assert entry.label_en == label_en
    assert (alias in entry.aliases_en) if alias else not entry.aliases_en


def test_no_language_label_repeats_language_as_bare_title(glossary):
    langs = [e for e in glossary.entries.values() if e.id.startswith("lang:")]
    assert len(langs) > 150
    assert all(e.label_en.endswith(" language") or f"{e.label_en} language" in e.aliases_en for e in langs)


@pytest.mark.parametrize("text, expected", [
    ("欧米の制裁は続いた。", [("欧米", "other:euro-america")]),
    ("中・東欧諸国との協力を進める。", [("中・東欧", "loc:central-eastern-europe")]),  # not 中東 inside it
    ("北欧と西欧の首脳が集まった。", [("北欧", "loc:nordic-countries"), ("西欧", "loc:western-europe")]),
    ("南米と北米の貿易", [("南米", "loc:south-america"), ("北米", "loc:north-america")]),
    ("西部アフリカの治安が悪化した。", [("西部アフリカ", "loc:western-africa")]),
    ("極東の安全保障環境", [("極東", "loc:far-east")]),
    ("ロシア極東の開発", [("ロシア極東", "loc:russian-far-east")]),  # the longer name wins
    ("バルカン半島の緊張", [("バルカン半島", "loc:balkans")]),
])
def test_region_short_forms_are_found(glossary, text, expected):
    assert _linked(glossary, text) == expected


def test_the_western_world_label(glossary):
    entry = glossary.get("other:euro-america")
    assert entry.label_en == "Western world" and "Europe and America" in entry.aliases_en


@pytest.mark.parametrize("text, gid", [
    ("ナウセーダ大統領は演説で支援を訴えた。", "person:gitanas-nauseda"),
    ("ボルド外相と会談した。", "person:luvsanvandan-bold"),
    ("エンフバヤル首相が来日した。", "person:nambaryn-enkhbayar"),
    ("プムタム副首相兼商務相は記者団に語った。", "person:phumtham-wechayachai"),  # a Thai given name
    ("リンケービッチ外相は懸念を示した。", "person:edgars-rinkevics"),
    ("エルベクドルジ大統領との首脳会談", "person:tsakhiagiin-elbegdorj"),  # MOFA's spelling
])
def test_office_holders_by_their_short_name(glossary, text, gid):
    assert gid in {g for _, g in _linked(glossary, text)}


@pytest.mark.parametrize("gid", [
    "person:luvsanvandan-bold", "person:nambaryn-enkhbayar", "person:janlavyn-narantsatsralt",
    "person:gitanas-nauseda", "person:edgars-rinkevics", "person:alar-karis", "person:phumtham-wechayachai",
])
def test_an_added_office_holder_names_its_page_and_terms(glossary, gid):
    entry = glossary.get(gid)
    assert entry.label_source.startswith("curated: English Wikipedia article (https://en.wikipedia.org/wiki/")
    assert entry.valid_from and entry.country and entry.notes


@pytest.mark.parametrize("text, gid", [
    ("ナゴルノ・カラバフ紛争が再燃した。", "event:nagorno-karabakh-conflict"),
    ("古代のペルシア戦争を論じる。", "event:greco-persian-wars"),
    ("シベリア鉄道で物資を運ぶ。", "loc:trans-siberian-railway"),  # not Siberia inside it
    ("北九州市で会議が開かれた。", "loc:kitakyushu"),
    ("満洲の鉄道権益", "loc:manchuria"),
])
def test_conflicts_places_and_cities_added(glossary, text, gid):
    assert gid in {g for _, g in _linked(glossary, text)}


@pytest.mark.parametrize("text, gid", [
    ("日露戦争で東郷平八郎は連合艦隊を率いた。", "person:togo-heihachiro"),
    ("伊藤博文は初代内閣総理大臣となった。", "person:ito-hirobumi"),
    ("政府は国家安全保障戦略を改定した。", "policy:national-security-strategy-japan"),
    ("北極評議会の常時参加者であるサーミ評議会", "org:saami-council"),
])
def test_history_policy_and_arctic_rows(glossary, text, gid):
    assert gid in {g for _, g in _linked(glossary, text)}


@pytest.mark.parametrize("text, gid", [
    ("ウイーン・ミュンヘン出張", "loc:vienna"),     # ウイーン with a large イ: the key of ウィーン
    ("クウエートの石油", "country:kwt"),
])
def test_a_small_vowel_written_large_still_links(glossary, text, gid):
    assert gid in {g for _, g in _linked(glossary, text)}


@pytest.mark.parametrize("office, date, expected", [
    ("外務副大臣", "2019-10-22", {"person:toshiko-abe", "person:keisuke-suzuki", "person:kenji-wakamiya"}),  # a year of change
    ("外務副大臣", "2022-11", {"person:kiyoshi-odawara", "person:takako-suzuki", "person:kenji-yamada",
                              "person:shunsuke-takei"}),  # terms by year: the August 2022 reshuffle
    ("外相", "2019-10-22", {"person:toshimitsu-motegi", "person:taro-kono"}),  # a state minister is no minister
])
def test_state_ministers_for_foreign_affairs(glossary, office, date, expected):
    from pipeline.glossary import office_holders
    assert {e.id for e in office_holders(glossary, office, "JPN", date)} == expected


@pytest.mark.parametrize("text, gid", [
    ("イランは核合意の履行を停止した。", "agreement:jcpoa"),
    ("包括的共同行動計画(JCPOA)", "agreement:jcpoa"),
    ("スエズ運河を通航する船舶", "loc:suez-canal"),
    ("バルチック艦隊は対馬沖で敗れた。", "org:baltic-fleet"),
    ("東洋と西洋の文明", "loc:orient"),
    ("阪神・淡路大震災から30年", "event:great-hanshin-earthquake"),
    ("露漁業庁との協議", "org:fish-rus"),  # the row has the composed scheme's id
])
def test_breadth_rows_of_this_round(glossary, text, gid):
    assert gid in {g for _, g in _linked(glossary, text)}


def test_a_people_of_the_west_is_no_place(glossary):
    assert "loc:occident" not in {g for _, g in _linked(glossary, "西洋人の観光客")}


@pytest.mark.parametrize("text, gid", [
    ("タイ首相府は声明を出した。", "org:pmo-tha"),
    ("イスラエル首相府によると", "org:pmo-isr"),
])
def test_prime_ministers_offices(glossary, text, gid):
    assert gid in {g for _, g in _linked(glossary, text)}
