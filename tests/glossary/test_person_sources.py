"""Every person with an office term says where its English label comes from, and the terms read as offices
(`office_holders`) for the rows added for issue 9's breadth: defence secretaries, heads of IGOs, African and
Central Asian leaders, foreign ministers and spokespersons."""
import re

import pytest

from pipeline.config import Config
from pipeline.glossary import load_glossary, office_holders


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(Config().glossary_paths())


def test_every_person_with_an_office_term_has_a_source(glossary):
    missing = [e.id for e in glossary.entries.values()
               if e.type == "PERSON" and re.search(r"\d{4}", e.notes or "") and not (e.label_source or "").strip()]
    assert missing == []


def test_a_wikipedia_sourced_label_names_its_page(glossary):
    bad = [e.id for e in glossary.entries.values() if e.type == "PERSON"
           and "wikipedia.org/wiki/" in (e.label_source or "")
           and not re.search(r"https://en\.wikipedia\.org/wiki/\S+(?:\)|;|$)", e.label_source)]  # (URL) or "see URL"
    assert bad == []


@pytest.mark.parametrize("office, country, date, expected", [
    ("国防長官", "USA", "2012-03-01", {"person:leon-panetta"}),
    ("国防長官", "USA", "2004", {"person:donald-rumsfeld"}),
    ("外相", "UZB", "2019-05-18", {"person:abdulaziz-kamilov"}),
    ("大統領", "KGZ", "2008", {"person:kurmanbek-bakiyev"}),
    ("大統領", "KGZ", "2010", {"person:kurmanbek-bakiyev", "person:roza-otunbayeva"}),  # the year of the uprising
    ("大統領", "AGO", "2020", {"person:joao-lourenco"}),
    ("首相", "EGY", "2021", {"person:mostafa-madbouly"}),
    ("国防相", "ISR", "2023", {"person:yoav-gallant"}),
    ("防衛大臣", "JPN", "2007", {"person:fumio-kyuma", "person:yuriko-koike", "person:masahiko-komura",
                                 "person:shigeru-ishiba"}),  # four ministers in 2007
    ("防衛大臣", "JPN", "2008", {"person:shigeru-ishiba", "person:yoshimasa-hayashi", "person:yasukazu-hamada"}),
])
def test_office_holders_of_added_terms(glossary, office, country, date, expected):
    assert {e.id for e in office_holders(glossary, office, country, date)} == expected


@pytest.mark.parametrize("office, country, date, expected", [
    ("外相", "JPN", "2000", {"person:yohei-kono"}),  # his second term ran to April 2001
    ("外相", "JPN", "1995", {"person:yohei-kono"}),
    ("外相", "GBR", "2006", {"person:jack-straw", "person:margaret-beckett"}),
    ("外相", "FRA", "2003", {"person:dominique-de-villepin"}),
    ("大統領", "DEU", "2014", {"person:joachim-gauck"}),
    ("大統領", "IND", "2019", {"person:ram-nath-kovind"}),
])
def test_office_holders_of_corrected_and_filled_terms(glossary, office, country, date, expected):
    assert {e.id for e in office_holders(glossary, office, country, date)} == expected
