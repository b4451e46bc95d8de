"""Entities the glossary does not know (typing rules) and English labels with their method."""
from __future__ import annotations


import pytest
from support import process_text

from pipeline.entities import english_labels, refine_entities, romanized
from pipeline.records import Entity


@pytest.fixture(scope="module")
def glossary():
    from pipeline.config import Config
    from pipeline.glossary import load_glossary

    return load_glossary(Config().glossary_paths())


def model(text: str, surface: str, typ: str, label: str = "Person", nth: int = 0) -> Entity:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Entity(start, start + len(surface), surface, typ, match="model", score=0.5, model_label=label)


def linked(glossary, text: str, surface: str) -> Entity:
    start = text.index(surface)
    entry = glossary.get(glossary.lookup(surface)[0].glossary_id)
    return Entity(start, start + len(surface), surface, entry.type, entry.id, entry.label_en, entry.label_ja, "exact")


def brief(ents):
    return [(e.text, e.type, e.glossary_id, e.label_en, e.label_en_source) for e in ents]


# -- rules without the model ----------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, expected", [
    ("米シンクタンクのHudson研究所は", "Hudson研究所", ("ORGANIZATION", None, "Hudson Institute", "text")),
    ("豪州のLowy研究所によると", "Lowy研究所", ("ORGANIZATION", "org:lowy", "Lowy Institute", "glossary")),
    ("Foreign Affairs誌に寄稿した", "Foreign Affairs誌", ("ORGANIZATION", "org:foreign-affairs", "Foreign Affairs", "glossary")),
    ("Carnegie Endowment for International Peace財団の", "Carnegie Endowment for International Peace財団",
     ("ORGANIZATION", None, "Carnegie Endowment for International Peace Foundation", "text")),
])
def test_latin_kanji_hybrids_are_one_organization(glossary, text, surface, expected):
    ents = english_labels(refine_entities([], text, None, glossary), text)
    assert [(e.text, *brief([e])[0][1:]) for e in ents] == [(surface, *expected)]


@pytest.mark.parametrize("text, place, typ, surface, label_en", [
    ("東京電力は福島第1原発の処理水を", "福島", "PERSON", "福島第1原発", "Fukushima Daiichi Nuclear Power Plant"),
    ("柏崎刈羽原子力発電所の再稼働", "柏崎刈羽", "LOCATION", "柏崎刈羽原子力発電所", "Kashiwazaki Kariwa Nuclear Power Plant"),
    ("米軍は嘉手納基地から", "嘉手納", "LOCATION", "嘉手納基地", "Kadena Base"),
])
def test_a_place_before_a_plant_or_base_is_one_facility(glossary, text, place, typ, surface, label_en):
    ents = english_labels(refine_entities([model(text, place, typ)], text, None, glossary), text)
    (fac,) = [e for e in ents if e.text == surface]
    assert (fac.type, fac.glossary_id, fac.label_en) == ("LOCATION", None, label_en)
    assert not [e for e in ents if e.text == place]


@pytest.mark.parametrize("text, region, surface, label_en", [
    ("大陸東南アジアと海洋東南アジアでは", "東南アジア", "大陸東南アジア", "Mainland Southeast Asia"),
    ("大陸東南アジアと海洋東南アジアでは", "東南アジア", "海洋東南アジア", "Maritime Southeast Asia"),
])
def test_parts_of_a_region_are_one_unlinked_location(glossary, text, region, surface, label_en):
    regions = [linked(glossary, text, region)]
    regions.append(Entity(text.index(region, regions[0].end), text.index(region, regions[0].end) + len(region),
                          region, "LOCATION", regions[0].glossary_id, regions[0].label_en, None, "exact"))
    ents = english_labels(refine_entities(regions, text, None, glossary), text)
    (sub,) = [e for e in ents if e.text == surface]
    assert (sub.glossary_id, sub.match, sub.label_en, sub.label_en_source) == (None, "model", label_en, "composed")


@pytest.mark.parametrize("text, city, gid", [
    ("【ジャカルタ共同】インドネシア政府は", "ジャカルタ", "loc:jakarta"),
    ("【ナイロビ時事】ケニア政府は", "ナイロビ", "loc:nairobi"),
    ("【ワシントン＝山田太郎】米政府は", "ワシントン", None),
    ("バンコク発　タイ政府は", "バンコク", "loc:bangkok"),
])
def test_dateline_city_is_a_location(glossary, text, city, gid):
    ents = refine_entities([], text, None, glossary)
    hits = [e for e in ents if e.text == city]
    assert hits and hits[0].type in ("LOCATION", "COUNTRY")
    assert gid is None or hits[0].glossary_id == gid


def test_a_dateline_needs_the_start_of_a_line(glossary):
    text = "首相はバンコク発の便で帰国した。"
    assert refine_entities([], text, None, glossary) == []


@pytest.mark.parametrize("text, surface, typ, expected_type", [
    ("APTERRの備蓄米を", "APTERR", "PERSON", "ORGANIZATION"),          # an acronym is not a person
    ("バンサーン・ブンナーク駐日タイ大使ほか", "バンサーン・ブンナーク", "EVENT", "PERSON"),
    ("ジョン・スミス研究員は", "ジョン・スミス", "PRODUCT", "PERSON"),
    ("ノルド・ストリームの停止", "ノルド・ストリーム", "PRODUCT", "PRODUCT"),  # no title after: unchanged
])
def test_retyping_by_shape(glossary, text, surface, typ, expected_type):
    (e,) = refine_entities([model(text, surface, typ)], text, None, glossary)
    assert e.type == expected_type


@pytest.mark.parametrize("text, surface, kept", [
    ("中国人観光客が死傷した", "中国", False),
    ("日本人の人質", "日本", False),
    ("日本人口の推移", "日本", True),
    ("中国人民解放軍は", "中国", True),
    ("中国は反発した", "中国", True),
])
def test_a_country_before_jin_is_a_demonym_not_an_entity(glossary, text, surface, kept):
    ents = refine_entities([linked(glossary, text, surface)], text, None, glossary)
    assert bool(ents) == kept


@pytest.mark.parametrize("text, surface, gid", [
    ("北京で習主席と会談した", "習", "person:xi-jinping"),
    ("李氏は日本を批判した", "李", None),  # 李強, 李克強, 李明博 ...: ambiguous, left unlinked
])
def test_a_kanji_surname_before_a_title(glossary, text, surface, gid):
    (e,) = refine_entities([model(text, surface, "PERSON")], text, None, glossary)
    assert e.glossary_id == gid


# -- English labels ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, label_en, how", [
    ("スザンナ・パットン（Susannah Patton）研究員は", "スザンナ・パットン", "Susannah Patton", "text"),
    ("ロバート・ケーガン(Robert Kagan)は", "ロバート・ケーガン", "Robert Kagan", "text"),
    ("情報省によれば", "情報省", "Joho Sho", "romanized"),
    ("スザンナ・パットン研究員は", "スザンナ・パットン", "Suzanna Patton", "romanized"),
    ("EECの開発", "EEC", "EEC", "text"),
])
def test_unlinked_entities_get_an_english_label_and_its_method(text, surface, label_en, how):
    (e,) = english_labels([model(text, surface, "PERSON")], text)
    assert (e.glossary_id, e.match, e.label_en, e.label_en_source) == (None, "model", label_en, how)


def test_the_latin_name_in_brackets_is_a_mention_of_the_same_person():
    text = "ミレヤ・ソリス（Mireya Solis）はForeign Affairs誌に寄稿し"
    ents = english_labels([model(text, "ミレヤ・ソリス", "PERSON"), model(text, "Mireya Solis", "PRODUCT")], text)
    assert brief(ents) == [("ミレヤ・ソリス", "PERSON", None, "Mireya Solis", "text"),
                           ("Mireya Solis", "PERSON", None, "Mireya Solis", "text")]


def test_linked_entities_say_glossary(glossary):
    text = "ロシアのプーチン大統領は"
    (e,) = english_labels([linked(glossary, text, "ロシア")], text)
    assert (e.label_en, e.label_en_source) == ("Russia", "glossary")


@pytest.mark.parametrize("surface, expected", [
    ("スザンナ・パットン", "Suzanna Patton"),
    ("ウラジーミル＝プーチン", "Urajimiru Puchin"),
])
def test_romanized_capitalizes_each_name_part(surface, expected):
    assert romanized(surface) == expected


# -- with the model: a Japanese name romanized from its dictionary reading ----------------------

@pytest.mark.parametrize("text, surface, label_en", [
    ("同大学の平野克己教授は、援助の効果は限られると述べた。", "平野克己", "Katsumi Hirano"),  # 平野 read as a word: Heiya
    ("座長の中村洋子氏が報告した。", "中村洋子", "Yoko Nakamura"),
    ("藤田和夫議員が質問に立った。", "藤田和夫", "Kazuo Fujita"),
])
def test_a_japanese_name_is_romanized_from_its_reading_given_name_first(resources, text, surface, label_en):
    (e,) = [e for e in process_text(resources, text).entities if e.text == surface]
    assert (e.type, e.glossary_id, e.label_en, e.label_en_source) == ("PERSON", None, label_en, "romanized")


# -- with the model: common nouns are not entities ----------------------------------------------

def _entities(resources, text):
    return process_text(resources, text).entities


@pytest.mark.parametrize("text, not_entities, entities", [
    ("わが国が昨年に輸出した水産物は、全部で53万7378トンだった。", {"水産物"}, set()),
    ("ASEANの2023年の輸出は減少し、貿易総額も減少した。", {"貿易総額"}, {"ASEAN"}),
    ("カンボジアの情報省によれば、両国は合意した。", set(), {"カンボジア", "情報省"}),
])
def test_common_nouns_are_not_entities(resources, text, not_entities, entities):
    found = {e.text for e in _entities(resources, text)}
    assert not (found & not_entities) and entities <= found


def test_every_entity_has_an_english_label_source(resources):
    text = "【バンコク時事】タイのセター首相は19日、北京で習主席と会談した。九州電力の社長も同行した。"
    ents = _entities(resources, text)
    assert ents and all(e.label_en and e.label_en_source in ("glossary", "composed", "text", "romanized") for e in ents)
    assert all((e.glossary_id is None) == (e.match in ("model",)) for e in ents)


# -- surnames before titles --------------------------------------------------------------------------

@pytest.mark.parametrize("text, surname, gid", [
    ("北京で習主席と会談した", "習", "person:xi-jinping"),
    ("茂木大臣から発言があった", "茂木", "person:toshimitsu-motegi"),
    ("ユン長官の初めての訪日を歓迎した", "ユン", None),   # two foreign ministers Yun/Yoon (2003-2004, 2013-2017): the
    # document's year decides (entities/context.py, tests/entities/test_context.py)
    ("尹大統領は声明を出した", "尹", "person:yoon-suk-yeol"),              # the President, not the Foreign Minister
    ("チン首相はハノイで", "チン", "person:pham-minh-chinh"),             # a Vietnamese name: its last part
    ("林外務大臣は", "林", None),     # 林芳正 and 林佳龍 were both foreign ministers: undecidable
    ("李首相は", "李", None),         # 李強 and 李克強 were both premiers
    ("同大臣は述べた", "同", None),
])
def test_a_surname_before_a_title_links_to_the_one_entry_it_begins(glossary, text, surname, gid):
    from pipeline.entities.surnames import link_surnames

    found = [(e.text, e.glossary_id, e.match) for e in link_surnames([], text, glossary)]
    assert found == ([(surname, gid, "surname")] if gid else [])


@pytest.mark.parametrize("text, name, role", [
    ("南アフリカのラモラ大臣は", "ラモラ", "大臣"),
    ("ケーガン前国務長官は", "ケーガン", "前国務長官"),
])
def test_a_title_at_the_end_of_an_unlinked_name_is_its_role(glossary, text, name, role):
    (e,) = refine_entities([model(text, name + role, "PERSON")], text, None, glossary)
    assert (e.text, e.role, text[e.start:e.end]) == (name, role, name)


@pytest.mark.parametrize("text, name", [
    ("バンサーン・ブンナーク駐日タイ大使ほかが同席した", "バンサーン・ブンナーク"),  # a full foreign name
    ("ブンナーク大使が同席した", "ブンナーク"),                                    # not in Sudachi's dictionary
])
def test_a_foreign_name_before_a_title_is_a_person_when_the_model_missed_it(glossary, text, name):
    found = [(e.text, e.type) for e in refine_entities([], text, None, glossary)]
    assert (name, "PERSON") in found


@pytest.mark.parametrize("text", ["エネルギー大臣が出席した", "デジタル大臣は欠席した"])
def test_a_common_katakana_word_before_a_title_is_not_a_person(glossary, text):
    assert refine_entities([], text, None, glossary) == []


def test_a_japanese_name_is_romanized_given_name_first(resources):
    # a name no glossary row holds (西村明宏 has one now: the Kishida cabinet's environment minister)
    text = "なお会談には，日本側から西川明宏官房副長官ほかが同席しました。"
    (e,) = [e for e in _entities(resources, text) if e.text == "西川明宏"]
    assert (e.glossary_id, e.label_en, e.label_en_source) == (None, "Akihiro Nishikawa", "romanized")


def test_diet_speaker_label_keeps_the_name_without_kun(glossary):
    text = "○福山哲郎君 おはようございます。"
    (e,) = refine_entities([model(text, "福山哲郎君", "PERSON")], text, None, glossary)
    assert (e.text, e.role) == ("福山哲郎", "君")


@pytest.mark.parametrize("surface, proper, person, unknown", [
    ("ボルド", True, True, False),  # a personal name in Sudachi's dictionary
    ("岸田", True, True, False),
    ("外務", False, False, False),  # a common noun before 大臣: an office
    ("ブンナーク", False, False, True),  # not in the dictionary
    ("エネルギー", False, False, False),
])
def test_proper_and_unknown_words_read_one_cached_sudachi_reading(surface, proper, person, unknown):
    """_proper_word and _unknown_word each tokenized the surface with their own try/except; both now
    read `sudachi.words`, so the second question about a surface tokenizes nothing."""
    from pipeline.entities import unknown as rules
    from pipeline.entities.sudachi import sudachi_tokenizer, words

    if sudachi_tokenizer() is None:
        pytest.skip("no Sudachi core dictionary")
    assert rules._proper_word(surface) is proper and rules._proper_word(surface, "人名") is person
    misses = words.cache_info().misses
    assert rules._unknown_word(surface) is unknown
    assert words.cache_info().misses == misses
