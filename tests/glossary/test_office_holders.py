"""Who held an office on a date (pipeline.glossary.offices): terms read from the glossary notes."""
from __future__ import annotations

import pytest

from pipeline.config import Config
from pipeline.glossary import Glossary, GlossaryEntry, load_glossary, office_country, office_holders, split_office
from pipeline.glossary.offices import terms


def person(gid, ja, en, country, notes):
    return GlossaryEntry(gid, "PERSON", ja, en, country=country, notes=notes)


SMALL = Glossary([
    GlossaryEntry("country:jpn", "COUNTRY", "日本", "Japan", aliases_ja=("日",), iso3166="JPN"),
    GlossaryEntry("country:usa", "COUNTRY", "アメリカ合衆国", "United States", aliases_ja=("米国", "米"), iso3166="USA"),
    GlossaryEntry("country:pak", "COUNTRY", "パキスタン", "Pakistan", iso3166="PAK"),
    person("p:a", "甲野一郎", "Ichiro Kono", "JPN", "Minister of Defense 2012-2014, 2017-2018"),
    person("p:b", "乙川花子", "Hanako Otokawa", "JPN", "Minister of Defense 2016-2017; Prime Minister 2019-"),
    person("p:c", "丙田三郎", "Saburo Heida", "JPN", "Chief Cabinet Secretary 2015; Foreign Minister 2020-2021"),
    person("p:d", "ジョン・スミス", "John Smith", "USA", "President 2009-2013"),
    person("p:e", "アリ・シャリフ", "Ali Sharif", "PAK", "Prime Minister 2013-2017"),
    person("p:f", "オマル・シャリフ", "Omar Sharif", "PAK", "Prime Minister 2022-"),
    person("p:g", "ヤン・コワル", "Jan Kowal", "IGO", "President of the European Council 2019-"),
])


@pytest.mark.parametrize("title, office, before", [
    ("防衛大臣", "防衛大臣", ""),
    ("米大統領", "大統領", "米"),
    ("パキスタンの首相", "首相", "パキスタン"),
    ("シャリフ首相", "首相", "シャリフ"),
    ("内閣総理大臣", "内閣総理大臣", ""),
    ("官房長官", "官房長官", ""),
    ("国務長官", "国務長官", ""),
    ("国連事務総長", "事務総長", "国連"),
    ("報道官", None, None),  # not an office the notes record by this word
])
def test_split_office(title, office, before):
    got = split_office(title)
    assert (got.office, got.before) == (office, before) if office else got is None


@pytest.mark.parametrize("gid, office, want", [
    ("p:a", "防衛大臣", [(2012, 2014), (2017, 2018)]),
    ("p:b", "首相", [(2019, None)]),  # still in office
    ("p:c", "官房長官", [(2015, 2015)]),  # one year
    ("p:c", "外相", [(2020, 2021)]),
    ("p:g", "大統領", []),  # President of the European Council is not 大統領
])
def test_terms_from_notes(gid, office, want):
    assert terms(SMALL.get(gid), office) == want


@pytest.mark.parametrize("notes, office, want", [
    # the free-text formats of pipeline/data/*.tsv notes, read case-insensitively
    ("Foreign Minister 2013-2022, 2023-", "外相", [(2013, 2022), (2023, None)]),
    ("foreign minister from 2004", "外相", [(2004, None)]),
    ("president of Indonesia 2014-2024", "大統領", [(2014, 2024)]),
    ("Foreign Minister of South Korea 2013-2017", "長官", [(2013, 2017)]),
    ("foreign minister 2004-2010, prime minister 2012-2014", "外相", [(2004, 2010)]),  # two offices
    ("foreign minister 2004-2010, prime minister 2012-2014", "首相", [(2012, 2014)]),
    ("UN Secretary-General 2017-", "事務総長", [(2017, None)]),
    ("Chancellor 2021-2025", "首相", [(2021, 2025)]),
    ("King 2016-", "国王", [(2016, None)]),
    ("General Secretary 2012-; President 2013-", "国家主席", [(2013, None)]),
    ("Prime Minister 2012-2020 (also 2006-2007)", "首相", [(2012, 2020), (2006, 2007)]),
    ("Vice President 2021-2025", "大統領", []),  # another office that contains the name
    ("President of the European Commission 2019-", "大統領", []),  # an institution's office
    ("Foreign Ministry spokesperson 2019-2022", "外相", []),
    # a comma inside the office's own name is no break between two offices
    ("Minister of Economy, Trade and Industry 2022-2023", "経産相", [(2022, 2023)]),
    ("Minister of Health, Labour and Welfare 2020-2021, Chief Cabinet Secretary 2021-2022", "官房長官", [(2021, 2022)]),
])
def test_terms_read_the_glossary_note_formats(notes, office, want):
    assert terms(person("p:x", "某", "X", "XXX", notes), office) == want


@pytest.mark.parametrize("office, country, date, want", [
    ("防衛大臣", "JPN", "2013-04-01", ["Ichiro Kono"]),
    ("防衛大臣", "JPN", "2017-09-26", ["Ichiro Kono", "Hanako Otokawa"]),  # a year of transition: two
    ("防衛大臣", "JPN", "2015", []),
    ("首相", "JPN", "2030-01-01", ["Hanako Otokawa"]),  # an open term
    ("大統領", "USA", "2010", ["John Smith"]),
    ("大統領", "USA", "2014", []),
    ("首相", "PAK", "2015", ["Ali Sharif"]),
    ("首相", "PAK", "2023", ["Omar Sharif"]),
    ("外務大臣", "JPN", "2021-03", ["Saburo Heida"]),
])
def test_office_holders_on_a_date(office, country, date, want):
    assert sorted(e.label_en for e in office_holders(SMALL, office, country, date)) == sorted(want)


@pytest.mark.parametrize("title, want", [
    ("防衛大臣", "JPN"),  # a Japanese cabinet office written alone
    ("首相", "JPN"),
    ("大統領", None),  # whose president is not said
    ("米大統領", "USA"),
    ("米国の大統領", "USA"),
    ("パキスタン首相", "PAK"),
    ("シャリフ首相", None),  # a surname, not a country
])
def test_office_country(title, want):
    assert office_country(SMALL, split_office(title)) == want


@pytest.fixture(scope="module")
def shipped() -> Glossary:
    return load_glossary(Config().glossary_paths())


@pytest.mark.parametrize("office, country, date, want", [
    ("首相", "JPN", "2017-09-26", "Shinzo Abe"),
    ("官房長官", "JPN", "2019-04-01", "Yoshihide Suga"),
    ("首相", "PAK", "2015-06-01", "Nawaz Sharif"),
    ("首相", "PAK", "2023-06-01", "Shehbaz Sharif"),
])
def test_shipped_glossary_knows_the_office_holder(shipped, office, country, date, want):
    assert [e.label_en for e in office_holders(shipped, office, country, date)] == [want]


def test_office_holders_see_an_entry_replaced_or_added_after_an_earlier_question():
    """The PERSON entries are found once per set of entries: an entry replaced (its notes edited) or
    added afterwards is seen by the next question, never a stale answer."""
    from dataclasses import replace

    glossary = Glossary(list(SMALL.entries.values()))
    assert [e.id for e in office_holders(glossary, "防衛大臣", "JPN", "2013")] == ["p:a"]
    glossary.entries["p:a"] = replace(glossary.entries["p:a"], notes="Minister of Defense 2017-2018")
    assert office_holders(glossary, "防衛大臣", "JPN", "2013") == []
    glossary.entries["p:h"] = person("p:h", "丁山四郎", "Shiro Choyama", "JPN", "Minister of Defense 2013")
    assert [e.id for e in office_holders(glossary, "防衛大臣", "JPN", "2013")] == ["p:h"]


JAPAN = Glossary([
    GlossaryEntry("country:jpn", "COUNTRY", "日本", "Japan", iso3166="JPN"),
    person("p:h", "丁山四郎", "Shiro Teiyama", "JPN", "Director-General of the Asian and Oceanian Affairs Bureau 2013-2016"),
    person("p:i", "戊川五郎", "Goro Bokawa", "JPN", "Minister of Economy, Trade and Industry 2022-2023"),
    person("p:j", "己田六郎", "Rokuro Kida", "JPN", "Vice-Minister for Foreign Affairs 2016-2018"),
])


@pytest.mark.parametrize("office, year, want", [
    ("アジア大洋州局長", "2014", ["p:h"]),  # a MOFA bureau's head, as the notes record him
    ("経済産業大臣", "2022", ["p:i"]), ("経産相", "2023", ["p:i"]),  # a cabinet office and its short form
    ("外務事務次官", "2017", ["p:j"]),
    ("経産相", "2019", []),
])
def test_japanese_cabinet_and_mofa_offices_read_the_notes(office, year, want):
    assert [e.id for e in office_holders(JAPAN, office, "JPN", year)] == want


@pytest.mark.parametrize("title", ["経産相", "農水相", "アジア大洋州局長", "外務事務次官"])
def test_a_japanese_office_written_alone_is_japans(title):
    assert office_country(JAPAN, split_office(title)) == "JPN"
