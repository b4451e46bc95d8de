"""Laws and treaties named in a bill's title are AGREEMENTs (entities/bills.py). Titles written for the test in
the shapes of the Diet's agenda and minutes: amending, repealing, approving and implementing bills."""
from __future__ import annotations

import pytest

from support import process_text

from pipeline.entities.bills import bill_law_spans


@pytest.mark.parametrize("text, laws", [
    ("第一 漁業法の一部を改正する法律案(内閣提出)", ["漁業法"]),
    ("第二鉱業法等の一部を改正する法律案(内閣提出、衆議院送付)", ["鉱業法"]),           # 等: and other laws
    ("一、食品衛生法及び健康増進法の一部を改正する法律案", ["食品衛生法", "健康増進法"]),  # a list: each law
    ("水道の整備に関する法律及び下水道の管理に関する法律の一部を改正する法律案",
     ["水道の整備に関する法律", "下水道の管理に関する法律"]),
    ("政府提出の森林法の一部を改正する法律案を議題とします。", ["森林法"]),              # not 政府提出の
    ("旧郵便法を廃止する法律案", ["旧郵便法"]),
    ("日本国とカナダとの間の文化交流に関する協定の締結について承認を求めるの件", ["日本国とカナダとの間の文化交流に関する協定"]),
    ("包括的核実験禁止条約の締結について承認を求めるの件", ["包括的核実験禁止条約"]),
    ("日程第三 日本国と我が国以外の締約国との間の物品役務相互提供協定の実施に関する法律案",
     ["日本国と我が国以外の締約国との間の物品役務相互提供協定"]),                        # 我が国 inside a title
    ("第三者の権利の保護に関する法律の一部を改正する法律案", ["第三者の権利の保護に関する法律"]),  # 第三者 is no item number
])
def test_the_laws_a_bill_title_names(text, laws):
    assert [b.text for b in bill_law_spans(text)] == laws


@pytest.mark.parametrize("text", [
    "新しい方法の一部を改正するものだ。",        # no bill: nothing amended by a 法律
    "漁業法案について質疑が行われた。",          # a bill's own name is not a law
    "協定の締結に向けて交渉を続ける。",
])
def test_no_law_outside_a_bill_title(text):
    assert bill_law_spans(text) == []


def test_a_treatys_title_in_a_bill_is_one_agreement(resources):
    """Before: the treaty inside the bill's title was read as the countries and forces it names (日本国, 自衛隊)."""
    text = ("第三 日本国の自衛隊とカナダ軍との間における物品又は役務の相互の提供に関する日本国政府とカナダ政府との間の協定"
            "の実施に関する法律案(内閣提出)\n")
    found = [(e.text, e.type) for e in process_text(resources, text).entities]
    name = text[3:text.index("の実施")]
    assert (name, "AGREEMENT") in found, found
    assert not [t for t, typ in found if typ == "COUNTRY"], found


def test_an_amended_law_is_an_agreement(resources):
    """Before: 港湾法-like short names before 等の一部を改正する were missed by the model."""
    found = [(e.text, e.type) for e in process_text(resources, "第二 海岸法等の一部を改正する法律案(内閣提出、衆議院送付)\n").entities]
    assert ("海岸法", "AGREEMENT") in found, found
    assert ("内閣", "ORGANIZATION") in found, found
