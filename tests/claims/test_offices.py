"""Office titles as speakers and subjects (pipeline.claims.offices): 防衛大臣, 総理, 同大臣, シャリフ首相 ->
the person who held the office, named earlier in the document or in the glossary on the document's date."""
from __future__ import annotations

import pytest

from pipeline.claims.offices import office_links, reference_date
from pipeline.glossary import Glossary, GlossaryEntry
from pipeline.records import ArgRef, Claim, DateMention, Entity

GLOSSARY = Glossary([
    GlossaryEntry("country:jpn", "COUNTRY", "日本", "Japan", iso3166="JPN"),
    GlossaryEntry("country:usa", "COUNTRY", "アメリカ合衆国", "United States", aliases_ja=("米国", "米"), iso3166="USA"),
    GlossaryEntry("p:a", "PERSON", "甲野一郎", "Ichiro Kono", country="JPN", notes="Minister of Defense 2012-2014, 2017-2018"),
    GlossaryEntry("p:b", "PERSON", "乙川花子", "Hanako Otokawa", aliases_ja=("乙川",), country="JPN",
                  notes="Minister of Defense 2016-2017"),
    GlossaryEntry("p:d", "PERSON", "ジョン・スミス", "John Smith", country="USA", notes="President 2009-2013"),
    GlossaryEntry("p:e", "PERSON", "アリ・シャリフ", "Ali Sharif", country="PAK", notes="Prime Minister 2013-2017"),
    GlossaryEntry("p:f", "PERSON", "オマル・シャリフ", "Omar Sharif", country="PAK", notes="Prime Minister 2022-"),
])


def ents(text, names):
    out = []
    for surface, gid in names:
        i = text.index(surface)
        entry = GLOSSARY.get(gid)
        out.append(Entity(i, i + len(surface), surface, "PERSON", glossary_id=gid,
                          label_en=entry.label_en if entry else None, id=f"E{i}"))
    return out


def subject_of(text, title, names, date):
    i = text.rindex(title)
    c = Claim(i, len(text), text[i:], "x", subject=ArgRef(text=title, start=i, end=i + len(title)))
    (out,) = office_links([c], ents(text, names), GLOSSARY, text, date)
    assert text[out.subject.start:out.subject.end] == title  # the title stays the evidence
    return out.subject.glossary_id


CASES = [
    # the glossary holder in the document's year
    ("防衛大臣は会見で訓練の成果を強調した。", "防衛大臣", [], "2013-05-10", "p:a"),
    # two holders that year: the one the document names wins
    ("乙川氏の後任として、防衛大臣は部隊を視察した。", "防衛大臣", [("乙川", "p:b")], "2017-09-26", "p:b"),
    # two holders and neither named: left unlinked
    ("防衛大臣は部隊を視察した。", "防衛大臣", [], "2017-09-26", None),
    # no document date: only a holder the document names
    ("防衛大臣は部隊を視察した。", "防衛大臣", [], None, None),
    # the person named with the office earlier, whatever the date
    ("甲野防衛大臣が着任した。その後、大臣は記者団に抱負を語った。", "大臣", [("甲野", "p:a")], "2030-01-01", "p:a"),
    ("甲野防衛大臣が着任した。防衛大臣は記者団に抱負を語った。", "防衛大臣", [("甲野", "p:a")], "2030-01-01", "p:a"),
    # a bare 大臣 with nobody named before: nobody
    ("大臣は記者団に抱負を語った。", "大臣", [], "2013-01-01", None),
    # 同大臣: the last person named with a 大臣 title
    ("乙川防衛大臣は演習を視察した。同大臣は成果を評価した。", "同大臣", [("乙川", "p:b")], None, "p:b"),
    # a country before the office
    ("米大統領は同盟の重要性を訴えた。", "米大統領", [], "2011-02-01", "p:d"),
    ("米大統領は同盟の重要性を訴えた。", "米大統領", [], "2020-02-01", None),
    # a surname shared by two holders: the one in office on the date
    ("シャリフ首相は改革を約束した。", "シャリフ首相", [], "2015-03-01", "p:e"),
    ("シャリフ首相は改革を約束した。", "シャリフ首相", [], "2023-03-01", "p:f"),
]


@pytest.mark.parametrize("text, title, names, date, want", CASES)
def test_office_title_resolves_to_its_holder(text, title, names, date, want):
    assert subject_of(text, title, names, date) == want


def test_a_linked_subject_is_left_alone():
    text = "防衛大臣は部隊を視察した。"
    linked = ArgRef(text="防衛大臣", glossary_id="org:mod", label_en="Ministry of Defense", start=0, end=4)
    c = Claim(0, len(text), text, "x", subject=linked)
    assert office_links([c], [], GLOSSARY, text, "2013")[0].subject == linked


def test_the_source_is_resolved_too():
    text = "防衛大臣記者会見\nA：訓練は順調です。"
    c = Claim(12, len(text), text[12:], "x", source=ArgRef(text="防衛大臣", start=0, end=4))
    assert office_links([c], [], GLOSSARY, text, "2013-01-10")[0].source.label_en == "Ichiro Kono"


def date(start, value, kind="date"):
    return DateMention(start, start + 5, "x", value, None, None, kind=kind)


@pytest.mark.parametrize("anchor, dates, want", [
    ("2022-03-01", [date(0, "2017-09-26")], "2022-03-01"),  # the document's own date first
    (None, [date(40, "2019-01-01"), date(3, "2017-09-26")], "2017-09-26"),  # else the first full date in the text
    (None, [date(0, "2017"), date(9, "P1Y", "duration")], None),  # a year alone or a duration is no day
    (None, [], None),
])
def test_reference_date(anchor, dates, want):
    assert reference_date(anchor, dates) == want
