"""MOFA names Gulf royals, Arab and Malay ministers and Samoan chiefs by the FIRST part of their name before a
title (ファイサル外相, マハティール首相, トゥイラエパ首相): an Arabic lineage name ("X bin Y", or a royal chain of
アル) and a Samoan name (its first part is the chief's title) are called by it. The first part links before an
office exactly one of the people it names held; several holders are chosen by the document's year
(entities/context.py, through the surname index of entities/surnames.py). Sentences composed for these tests."""
from __future__ import annotations

import pytest

from pipeline.config import Config
from pipeline.entities import link_in_context
from pipeline.glossary import Glossary, GlossaryEntry, load_glossary
from pipeline.glossary.surnames import calls_by_first_name
from pipeline.records import Entity


@pytest.fixture(scope="module")
def shipped() -> Glossary:
    return load_glossary(Config().glossary_paths())


def _people(glossary, text):
    return [(m.text, m.glossary_id) for m in glossary.matcher().feed(text) if (m.glossary_id or "").startswith("person:")]


@pytest.mark.parametrize("label_ja, country, expected", [
    ("ファイサル・ビン・ファルハーン", "SAU", True),     # bin: son of
    ("ハイサム・ビン・ターリク", "OMN", True),
    ("マハティール・ビン・モハマド", "MYS", True),       # Malay: bin as well
    ("ナッワーフ・アル・アハマド・アル・ジャーベル・アル・サバーハ", "KWT", True),  # a royal chain of アル
    ("トゥイラエパ・サイレレ・マリエレガオイ", "WSM", True),  # Tuilaepa is a chief's title
    ("ハイダル・アル・アバーディ", "IRQ", False),        # one アル: a family name, アバーディ首相
    ("ファム・ビン・ミン", "VNM", False),               # Vietnamese ビン is a middle name
    ("フリードリヒ・メルツ", "DEU", False),
])
def test_who_is_called_by_the_first_part_of_the_name(label_ja, country, expected):
    entry = GlossaryEntry(id="person:x", type="PERSON", label_ja=label_ja, label_en="X", country=country)
    assert calls_by_first_name(entry) is expected


@pytest.mark.parametrize("text, want", [
    ("トゥイラエパ首相が来日し、首脳会談を行った。", [("トゥイラエパ", "person:tuilaepa-sailele-malielegaoi")]),
    ("フィアメ首相は気候変動を訴えた。", [("フィアメ", "person:fiame-naomi-mataafa")]),
    ("ハイサム国王は和平を呼びかけた。", [("ハイサム", "person:haitham-bin-tariq")]),
    ("ハーリド外相と電話会談を行った。", [("ハーリド", "person:khalid-bin-ahmed-al-khalifa")]),
    ("ナッワーフ首長が即位した。", [("ナッワーフ", "person:nawaf-al-ahmad-al-jaber-al-sabah")]),
    ("ムハンマド首相は述べた。", []),      # two Muhammads have been prime ministers: no one
    ("ハイサム氏は述べた。", []),          # 氏 says nothing of who
    ("ハイサム外相と会談した。", []),      # an office he never held
    ("ファイサル外相は述べた。", []),      # Saud al-Faisal and Faisal bin Farhan: the year decides, below
    ("メルツ首相は述べた。", [("メルツ", "person:friedrich-merz")]),  # surnames unchanged
])
def test_a_first_name_before_an_office_its_one_holder_held(shipped, text, want):
    assert _people(shipped, text) == want


@pytest.mark.parametrize("date, gid", [
    ("2012-05-01", "person:saud-al-faisal"),      # foreign minister 1975-2015
    ("2021-05-01", "person:faisal-bin-farhan"),   # foreign minister 2019-
    ("2017-05-01", None),                         # neither: Adel al-Jubeir
])
def test_a_first_name_two_holders_share_is_the_holder_of_the_documents_year(shipped, date, gid):
    text = "ファイサル外相は述べた。"
    ents = [Entity(0, 5, "ファイサル", "PERSON")]
    assert link_in_context(ents, text, shipped, date)[0].glossary_id == gid


def test_a_first_name_after_the_full_name_is_not_the_other_holder_of_the_surname(resources):
    """Found on a fresh MOFA page (2019): after ファイサル・ビン・ファルハーン, ファイサル外相 was linked to Saud
    al-Faisal, whose surname it is and who left office in 2015."""
    from tests.support import process_text

    text = "令和元年11月22日\n茂木外務大臣は、ファイサル・ビン・ファルハーン・サウジアラビア外務大臣と会談した。ファイサル外相は謝意を述べた。\n"
    doc = process_text(resources, text)
    assert {e.glossary_id for e in doc.entities if e.text == "ファイサル"} == {"person:faisal-bin-farhan"}
