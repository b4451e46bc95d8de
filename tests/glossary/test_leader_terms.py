"""The shipped glossary's office terms (who was 米大統領 / インド首相 / ロシア外相 in a given year), the
office words that reach them (a German 首相 is a Chancellor), and the first-level states of federations
(デラウェア州) generated from ISO 3166-2; national armed forces and major companies that were missing."""
from __future__ import annotations

import pytest

from pipeline.config import Config
from pipeline.glossary import Glossary, load_glossary, office_country, office_holders, split_office


@pytest.fixture(scope="module")
def shipped() -> Glossary:
    return load_glossary(Config().glossary_paths())


@pytest.mark.parametrize("office, country, date, want", [
    ("大統領", "USA", "2022-05-01", "Joe Biden"),
    ("大統領", "USA", "2005-03-01", "George W. Bush"),  # notes said "President of the United States 2001-2009"
    ("副大統領", "USA", "2012-01-01", "Joe Biden"),
    ("国務長官", "USA", "2022-01-01", "Antony Blinken"),
    ("国防長官", "USA", "2023-01-01", "Lloyd Austin"),
    ("首相", "IND", "2019-06-01", "Narendra Modi"),
    ("外相", "IND", "2021-03-01", "Subrahmanyam Jaishankar"),
    ("大統領", "RUS", "2010-01-01", "Dmitry Medvedev"),
    ("首相", "RUS", "2010-01-01", "Vladimir Putin"),
    ("外相", "RUS", "2015-01-01", "Sergey Lavrov"),
    ("国防相", "RUS", "2020-01-01", "Sergei Shoigu"),
    ("首相", "DEU", "2023-01-01", "Olaf Scholz"),  # a Chancellor is a 首相 in Japanese
    ("首相", "DEU", "2010-01-01", "Angela Merkel"),
    ("国家主席", "CHN", "2020-01-01", "Xi Jinping"),
    ("大統領", "UKR", "2022-03-01", "Volodymyr Zelensky"),
    ("大統領", "IDN", "2020-01-01", "Joko Widodo"),  # notes said "president of Indonesia 2014-2024"
    ("外相", "IDN", "2025-01-01", "Sugiono"),  # notes said "foreign minister of Indonesia from 2024"
    ("首相", "MYS", "2023-01-01", "Anwar Ibrahim"),
    ("首相", "POL", "2024-06-01", "Donald Tusk"),  # notes said "Prime Minister of Poland ..."
    ("大統領", "TUR", "2018-01-01", "Recep Tayyip Erdoğan"),
    ("首相", "TUR", "2010-01-01", "Recep Tayyip Erdoğan"),
])
def test_shipped_office_terms_give_the_holder(shipped, office, country, date, want):
    assert [e.label_en for e in office_holders(shipped, office, country, date)] == [want]


@pytest.mark.parametrize("title, date, want", [
    ("米大統領", "2022-05-01", "Joe Biden"),
    ("インドの首相", "2016-01-01", "Narendra Modi"),
    ("露外相", "2018-01-01", "Sergey Lavrov"),
    ("ドイツ首相", "2024-01-01", "Olaf Scholz"),
])
def test_a_title_with_its_country_reaches_the_holder(shipped, title, date, want):
    office = split_office(title)
    holders = office_holders(shipped, office.office, office_country(shipped, office), date)
    assert [e.label_en for e in holders] == [want]


# head-of-state or head-of-government offices that every year 2015-2025 must have a holder for
@pytest.mark.parametrize("office, country", [
    ("大統領", "USA"), ("大統領", "RUS"), ("首相", "RUS"), ("国家主席", "CHN"), ("首相", "CHN"), ("首相", "IND"),
    ("大統領", "FRA"), ("首相", "DEU"), ("首相", "GBR"), ("首相", "JPN"), ("大統領", "KOR"), ("大統領", "IDN"),
    ("大統領", "TUR"), ("大統領", "UKR"), ("首相", "SGP"), ("首相", "MYS"), ("首相", "THA"), ("首相", "VNM"),
    ("国務長官", "USA"), ("外相", "RUS"), ("外相", "CHN"), ("外相", "JPN"), ("外相", "IND"),
])
def test_every_year_has_a_holder(shipped, office, country):
    missing = [y for y in range(2015, 2026) if not office_holders(shipped, office, country, f"{y}-07-01")]
    assert missing == []


def _links(glossary, text):
    return [(m.text, m.glossary_id) for m in glossary.matcher().feed(text)]


@pytest.mark.parametrize("text, want", [
    ("バイデン氏はデラウェア州の自宅に戻った。", ("デラウェア州", "loc:us-de")),
    ("ペンシルベニア州の製鉄所", ("ペンシルベニア州", "loc:us-pa")),  # ISO's ペンシルヴェニア, ヴェ = ベ
    ("ニューヨーク州の知事は", ("ニューヨーク州", "loc:us-ny")),
    ("カナダのオンタリオ州で", ("オンタリオ州", "loc:ca-on")),
    ("豪クインズランド州の炭鉱", ("クインズランド州", "loc:au-qld")),
    ("ドイツ南部のバイエルン州", ("バイエルン州", "loc:de-by")),
    ("米軍普天間飛行場の移設", ("米軍", "org:us-armed-forces")),
    ("韓国軍は演習を行った。", ("韓国軍", "org:rok-armed-forces")),
])
def test_states_and_armed_forces_are_linked(shipped, text, want):
    assert want in _links(shipped, text)


@pytest.mark.parametrize("text, want", [
    ("ニューヨークの国連本部で", ("ニューヨーク", "loc:new-york")),  # the city keeps its bare name
    ("ハンブルクの港", ("ハンブルク", "loc:hamburg")),  # the city, not the Land
])
def test_a_city_keeps_its_name_next_to_its_state(shipped, text, want):
    assert want in _links(shipped, text)


@pytest.mark.parametrize("text, want", [
    ("豊田通商と双日は中間決算を発表した。", [("豊田通商", "org:toyota-tsusho"), ("双日", "org:sojitz")]),  # the 7 sogo shosha
    ("日本製鉄によるUSスチールの買収計画", [("日本製鉄", "org:nippon-steel"), ("USスチール", "org:us-steel")]),
    ("いすゞ自動車とホンダが工場を新設する。", [("いすゞ自動車", "org:isuzu"), ("ホンダ", "org:honda")]),
])
def test_major_companies_are_linked(shipped, text, want):
    assert _links(shipped, text) == want
