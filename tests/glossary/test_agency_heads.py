"""Heads of UN agencies and EU institutions since 2000 as a whole class (glossary_offices.tsv): every agency has
a head in the glossary for every year 2000-2025, read from the terms in the notes, and a head is reached in text
by the name forms MOFA uses (surname before the title, the full name). Sentences composed for these tests."""
from __future__ import annotations

import re

import pytest

from pipeline.config import Config
from pipeline.glossary import load_glossary

YEARS = range(2000, 2026)
AGENCIES = [  # the office as the notes write it
    "Director-General of the IAEA", "UN High Commissioner for Refugees", "Executive Director of UNICEF",
    "Executive Director of the WFP", "Director-General of the WHO", "Administrator of the UNDP",
    "Director-General of the ILO", "Director-General of the FAO", "Director-General of UNESCO",
    "President of the European Commission", "EU High Representative", "President of the European Council",
]


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(Config().glossary_paths())


def _heads(glossary, office: str, year: int) -> list[str]:
    """Ids of the PERSON rows whose notes give ``office`` a term containing ``year`` (2019- is open)."""
    term = re.compile(re.escape(office) + r" ((?:\d{4}-?(?:\d{4})?(?:, )?)+)")
    out = []
    for e in glossary.entries.values():
        m = term.search(e.notes or "") if e.type == "PERSON" else None
        for a, dash, b in re.findall(r"(\d{4})(-?)(\d{4})?", m.group(1) if m else ""):
            if int(a) <= year <= int(b or (9999 if dash else a)):
                out.append(e.id)
    return out


@pytest.mark.parametrize("office", AGENCIES)
def test_every_agency_has_a_head_every_year_since_2000(glossary, office):
    if office == "President of the European Council":  # a full-time office from December 2009 only
        years = range(2010, 2026)
    else:
        years = YEARS
    assert [y for y in years if not _heads(glossary, office, y)] == []


@pytest.mark.parametrize("office, year, expected", [
    ("Director-General of the IAEA", 2015, {"person:yukiya-amano"}),
    ("UN High Commissioner for Refugees", 2010, {"person:antonio-guterres"}),  # before he was Secretary-General
    ("Executive Director of the WFP", 2020, {"person:david-beasley"}),
    ("Director-General of the WHO", 2010, {"person:margaret-chan"}),
    ("EU High Representative", 2005, {"person:javier-solana"}),
])
def test_the_head_of_an_agency_in_a_year(glossary, office, year, expected):
    assert set(_heads(glossary, office, year)) == expected


def _people(glossary, text):
    return [(m.text, m.glossary_id) for m in glossary.matcher().feed(text) if (m.glossary_id or "").startswith("person:")]


@pytest.mark.parametrize("text, want", [
    ("グロッシー事務局長はザポリージャ原発の安全を訴えた。", [("グロッシー", "person:rafael-grossi")]),
    ("グランディ高等弁務官と会談し、難民支援について協議した。", [("グランディ", "person:filippo-grandi")]),
    ("ビーズリー事務局長は食料危機に警鐘を鳴らした。", [("ビーズリー", "person:david-beasley")]),
    ("天野之弥IAEA事務局長が来日した。", [("天野之弥", "person:yukiya-amano")]),
    ("ユンカー欧州委員長は演説した。", [("ユンカー", "person:jean-claude-juncker")]),
    ("シュタイナー総裁はUNDPの報告書を公表した。", [("シュタイナー", "person:achim-steiner")]),
])
def test_an_agency_head_in_text(glossary, text, want):
    assert _people(glossary, text) == want


def test_no_person_id_has_two_rows():
    """A second row with an existing id (Rafael Grossi, Juncker) silently replaces or shadows the first."""
    ids = [line.split("\t", 1)[0] for path in Config().glossary_paths()
           for line in open(path, encoding="utf-8") if line.startswith("person:")]
    assert sorted({i for i in ids if ids.count(i) > 1}) == []
