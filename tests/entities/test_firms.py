"""Companies by their frame in a business sentence, and the repairs business news needs
(entities/firms.py, companies.py heads, glossary_econ.tsv). Found on real business and trade news
that GiNZA read badly: companies named once in an apposition or as the one who buys were missed,
Chinese provinces were typed as ministries, 中銀 as a country, LNG生産量 as an organization. Every
sentence is written for the test."""
from __future__ import annotations

import pytest
from support import process_text


@pytest.fixture(scope="module")
def run(resources):
    return lambda text: {(e.text, e.type) for e in process_text(resources, text).entities}


@pytest.mark.parametrize("text, surface", [
    # an apposition after a word that says what the name is
    ("鉄鋼大手の高千穂鋼材は新工場を建てる。", "高千穂鋼材"),
    ("同社は傘下の那須信託を通じて出資した。", "那須信託"),
    ("通信機器大手、深セン宏達通訊は値上げを発表した。", "深セン宏達通訊"),
    ("日本法人KESTREL Japanを設立する。", "KESTREL Japan"),
    # the one who buys, sells or takes over, opening the sentence
    ("ベルクロスは、物流のA社の全株式を取得し子会社化することを決めた。", "ベルクロス"),
    ("丸菱工機と高砂通商は3日、TOBを実施すると発表した。", "丸菱工機"),
    # legal forms: Chinese, Latin, and trades of business news
    ("株式は蘇州華聯電子有限公司に譲渡する。", "蘇州華聯電子有限公司"),
    ("米国のAcme Robotics Holdings LLCに事業を売却する。", "Acme Robotics Holdings LLC"),
    ("工事は名古屋ガスが受注した。", "名古屋ガス"),
    # a one-kanji country before a foreign company
    ("仏ベルナール・エナジーと共同で受注した。", "ベルナール・エナジー"),
])
def test_a_company_in_its_frame_is_one_organization(run, text, surface):
    assert (surface, "ORGANIZATION") in run(text)


@pytest.mark.parametrize("text, surface", [
    ("大手の企業は輸出を増やした。", "企業"),          # a generic word after 大手の
    ("傘下の子会社の株式を売却した。", "子会社"),
    ("同社は、A社の全株式を取得した。", "同社"),        # an anaphor acting
    ("政府は、国営企業の株式を売却した。", "政府"),
    ("米ドル建ての債券を買収に充てた。", "ドル"),       # 米ドル: a currency, not a company
])
def test_a_common_word_in_a_frame_is_no_company(run, text, surface):
    assert all(s != surface for s, _ in run(text))


@pytest.mark.parametrize("text, surface", [
    ("投資は四川省と湖南省で増えた。", "四川省"),
    ("投資はニントゥアン省で増えた。", "ニントゥアン省"),
])
def test_a_province_is_a_location_not_a_ministry(run, text, surface):
    assert (surface, "LOCATION") in run(text)


@pytest.mark.parametrize("text, surface, typ", [
    ("エネルギー省と外務省は、雲南省で会った。", "エネルギー省", "ORGANIZATION"),
    ("エネルギー省と外務省は、雲南省で会った。", "外務省", "ORGANIZATION"),
])
def test_a_ministry_stays_an_organization(run, text, surface, typ):
    assert (surface, typ) in run(text)


@pytest.mark.parametrize("text, surface", [
    ("LNG生産量は前年より増えた。", "LNG生産量"),        # a commodity acronym and common nouns
    ("LNG基地建設の入札が始まる。", "LNG基地建設"),
    ("同国政府は燃料価格を引き上げた。", "同国政府"),     # an anaphor
    ("セメント5000万トンの生産能力を削減する。", "セメント5000万トン"),  # a measure
])
def test_no_entity_for_commodities_anaphors_and_measures(run, text, surface):
    assert all(s != surface for s, _ in run(text))


def test_a_particle_after_a_name_is_cut_from_it(resources):
    ents = process_text(resources, "サウジアラムコの原油輸出は減った。").entities
    assert all(not e.text.endswith("の") for e in ents)


@pytest.mark.parametrize("text, surface, label", [
    # the state's name before its bank is its own mention (インドネシア + 中銀), as 韓国 + 外交部 is
    ("インドネシア中銀は政策金利を据え置いた。", "中銀", "Bank Indonesia"),
    ("国家発展改革委員会は計画を承認した。", "国家発展改革委員会", "National Development and Reform Commission"),
    ("日本はIPEFの交渉に参加した。", "IPEF", "Indo-Pacific Economic Framework"),
    ("韓国銀行は利上げを決めた。", "韓国銀行", "Bank of Korea"),
])
def test_economic_bodies_and_frameworks_link(resources, text, surface, label):
    ents = process_text(resources, text).entities
    assert any(e.text == surface and e.glossary_id and e.label_en == label for e in ents)


def test_a_bare_central_bank_links_to_no_countrys_bank(resources):
    """中央銀行 alone was fuzzily linked to the Bank of England through an alias 英中央銀行."""
    ents = process_text(resources, "同国の中央銀行は24日、政策金利を据え置いた。").entities
    assert all(e.glossary_id is None for e in ents if e.text == "中央銀行")


@pytest.mark.parametrize("text, surface, typ", [
    ("販売先はBP社に決まった。", "BP社", "ORGANIZATION"),  # an acronym with 社 is a company, not a commodity
    ("米シンクタンクCSISの報告書", "CSIS", "ORGANIZATION"),  # the common word after 米 is no company
])
def test_an_acronym_company_keeps_its_name(run, text, surface, typ):
    assert (surface, typ) in run(text)


@pytest.mark.parametrize("text, surface", [
    # the names of a list that a count of companies closes
    ("出資したのは、丸紅、兼松、ミツウロコ、日立造船の4社。", "ミツウロコ"),
    ("出資したのは、丸紅、兼松、ミツウロコ、日立造船の4社。", "兼松"),
    ("対象は寧波海天精工(寧波)、蘇州宏達網絡など中国の5社。", "蘇州宏達網絡"),
])
def test_the_names_a_count_of_companies_closes_are_companies(run, text, surface):
    assert (surface, "ORGANIZATION") in run(text)


def test_a_list_of_common_words_before_a_count_is_no_company(run):
    assert not {s for s, t in run("自動車、電機などの企業が参加した。") if t == "ORGANIZATION"}


@pytest.mark.parametrize("text, surface", [
    ("本社は大阪府大阪市北区にある。", "大阪府大阪市北区"),   # one address to Sudachi, not 大阪 inside it
    ("子会社(東京都千代田区)を売却した。", "東京都千代田区"),
    ("店舗は浜松市内に3店ある。", "浜松市"),                  # 内 is not part of the city
])
def test_an_address_is_one_location(run, text, surface):
    assert (surface, "LOCATION") in run(text)


def test_a_prefecture_keeps_the_citys_link(resources):
    ents = process_text(resources, "東京都の人口が増えた。").entities
    assert any(e.text == "東京" and e.glossary_id for e in ents)


def test_a_place_in_a_list_of_company_seats_stays_a_place(run):
    """北米 in 中国、韓国、北米などの企業 was retyped a company by the list rule."""
    assert ("北米", "LOCATION") in run("すでに中国、韓国、北米などの企業との間で契約した。")
