"""World cities from GeoNames (bench/build_glossary.py `gazetteer_rows`): dateline and place names of
news items that CLDR's time-zone cities lack, without turning ordinary katakana words into places."""
from __future__ import annotations

import pytest

from pipeline.config import Config
from pipeline.glossary import load_glossary


@pytest.fixture(scope="module")
def default():
    return load_glossary(Config().glossary_paths())


def _found(glossary, text):
    return [(m.text, m.glossary_id) for m in glossary.matcher().feed(text)]


@pytest.mark.parametrize("text, surface, gid, country", [
    ("【ニューデリー＝岩田智雄】パキスタン東部ラホールで集会が開かれた。", "ラホール", "loc:lahore", "PAK"),
    ("ナイジェリア最大の都市ラゴスで会合が開かれた。", "ラゴス", "loc:lagos", "NGA"),     # 3 letters: a city of 3M+
    ("パキスタン南部カラチの港湾で爆発があった。", "カラチ", "loc:karachi", "PAK"),
    ("ケニア第2の都市モンバサから鉄道が延びる。", "モンバサ", "loc:mombasa", "KEN"),
])
def test_large_world_cities_link_with_their_country(default, text, surface, gid, country):
    assert (surface, gid) in _found(default, text)
    assert default.get(gid).type == "LOCATION" and default.get(gid).country == country


@pytest.mark.parametrize("text", [
    "両国は戦略的パートナーとして協力する。",    # パトナー (Patna) is パートナー without ー: a word Sudachi holds
    "新しいプラットフォームを立ち上げた。",
    "両首脳はレオンという名の通訳を介して話した。",  # León (1.6M): a 3-letter name, no capital, under 3M
    "ハミルトン元財務長官の肖像",                    # Hamilton (Canada, 570k): Sudachi reads a person's name
])
def test_common_katakana_words_are_not_cities(default, text):
    found = [default.get(gid) for _, gid in _found(default, text)]
    assert not [e.id for e in found if "GeoNames" in e.label_source]
