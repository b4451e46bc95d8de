"""Subjects of statistical statements (pipeline.claims.stats), pure, on sentences of real trade
briefs (JETRO ビジネス短信 style, 門司税関 九州経済圏貿易概況) and the seed."""
from __future__ import annotations

import pytest

from pipeline.claims.stats import stat_subjects
from pipeline.records import ArgRef, Claim, Entity
from pipeline.text import repair


def run(text: str, names: list[tuple[str, str, str]], subjects: list[str]) -> list[str | None]:
    """Label of each claim's subject after the rule; a claim is made for each subject surface."""
    ents, claims = [], []
    for k, (surface, typ, label) in enumerate(names):
        i = text.index(surface)
        ents.append(Entity(i, i + len(surface), surface, typ, glossary_id=f"G{k}", label_en=label, id=f"E{k}"))
    pos = 0
    for surface in subjects:
        i = text.index(surface, pos)
        pos = i + len(surface)
        claims.append(Claim(i, i + len(surface) + 1, surface, "である", subject=ArgRef(surface, start=i, end=i + len(surface))))
    blocks = [(b.kind, b.start, b.end) for b in repair(text)]
    return [c.subject.label_en for c in stat_subjects(text, blocks, claims, ents)]


CASES = [
    # the possessor inside the phrase is linked
    ("ASEANの2023年の輸出は、前年比5.9%減の3兆5,000億ドルだった。", [("ASEAN", "ORGANIZATION", "ASEAN")],
     ["ASEANの2023年の輸出"], ["ASEAN"]),
    # the next statistic of the paragraph inherits its owner
    ("ASEANの2023年の輸出は、前年比5.9%減だった。貿易総額は7兆ドルだった。", [("ASEAN", "ORGANIZATION", "ASEAN")],
     ["ASEANの2023年の輸出", "貿易総額"], ["ASEAN", "ASEAN"]),
    # a destination is no possessor; with no title topic the subject stays unlinked
    ("特にアメリカ向けの輸出額が大きく減少した。", [("アメリカ", "COUNTRY", "United States")],
     ["アメリカ向けの輸出額"], [None]),
    # the document's title gives the topic
    ("ベトナムの貿易動向\n\n貿易総額は前年比で増加した。輸出も増えた。", [("ベトナム", "COUNTRY", "Vietnam")],
     ["貿易総額", "輸出"], ["Vietnam", "Vietnam"]),
    # the topic named as a partner is not the owner (seed: ロシアとの貿易 in a paper about Russia)
    ("1. ロシアにとってのASEAN\n\n特にロシアとの貿易が増大した。", [("ロシア", "COUNTRY", "Russia"), ("ロシア", "COUNTRY", "Russia")],
     ["ロシアとの貿易"], [None]),
    # a title naming nothing: the tag lines under it give the owner, a country before a dateline city
    ("7月の輸出額は前年同月比2.1%減に\n(ケニア)\nナイロビ発\n2024年08月05日\n同月の輸出額は5億ドルだった。",
     [("ケニア", "COUNTRY", "Kenya"), ("ナイロビ", "LOCATION", "Nairobi")], ["同月の輸出額"], ["Kenya"]),
    # the tag lines glued into one paragraph (a page copied with its menu): the city comes first, the country wins
    ("ニュース速報\n\n2024年3月1日 サンティアゴ 山田太郎\n\nチリ・2023年の輸出、銅が減少\n\n 協会は、2023年の銅輸出額が前年比5%減少したと発表した。",
     [("サンティアゴ", "LOCATION", "Santiago"), ("チリ", "COUNTRY", "Chile")], ["2023年の銅輸出額"], ["Chile"]),
    # a first line that is a sentence is no title: no tag lines are read after it
    ("本日は輸出の統計を紹介する。\n(ケニア)\n輸出額は増えた。", [("ケニア", "COUNTRY", "Kenya")], ["輸出額"], [None]),
    # 輸入金額 is a statistic too
    ("日本の輸入金額は前年比10%増となった。", [("日本", "COUNTRY", "Japan")], ["日本の輸入金額"], ["Japan"]),
    # a currency's value is the country's statistic too
    ("アルゼンチン経済の現状\n\n通貨価値は年初から半分に急落した。", [("アルゼンチン", "COUNTRY", "Argentina")], ["通貨価値"],
     ["Argentina"]),
    # the change of a statistic is the statistic: its owner comes from the title like the statistic's
    ("ケニアの貿易動向\n\n輸出の伸びは鈍化した。輸入減少が続いた。", [("ケニア", "COUNTRY", "Kenya")],
     ["輸出の伸び", "輸入減少"], ["Kenya", "Kenya"]),
    # a trade or current-account balance is a statistic, and so is its change
    ("ケニアの貿易動向\n\n貿易赤字は縮小した。経常黒字の拡大が続いた。", [("ケニア", "COUNTRY", "Kenya")],
     ["貿易赤字", "経常黒字の拡大"], ["Kenya", "Kenya"]),
    # a change of something that is no statistic stays unlinked
    ("ケニアの貿易動向\n\n観光客の増加が目立った。", [("ケニア", "COUNTRY", "Kenya")], ["観光客の増加"], [None]),
    # the owner named once carries into a later paragraph's bare statistic (no title topic here)
    ("本日は統計を紹介する。ケニアの輸出は5%増えた。\n\n輸入額は3%減少した。", [("ケニア", "COUNTRY", "Kenya")],
     ["ケニアの輸出", "輸入額"], ["Kenya", "Kenya"]),
    # not a statistic: the subject is left alone
    ("ベトナムの貿易動向\n\n両国の首脳は会談した。", [("ベトナム", "COUNTRY", "Vietnam")], ["両国の首脳"], [None]),
]


@pytest.mark.parametrize("text, names, subjects, expected", CASES)
def test_statistical_subjects(text, names, subjects, expected):
    if text.count("ロシア") == 2:  # two mentions: give each its own entity record
        i = text.index("ロシア")
        j = text.index("ロシア", i + 1)
        ents = [Entity(i, i + 3, "ロシア", "COUNTRY", glossary_id="country:rus", label_en="Russia", id="E0"),
                Entity(j, j + 3, "ロシア", "COUNTRY", glossary_id="country:rus", label_en="Russia", id="E1")]
        c = Claim(j, j + 8, "ロシアとの貿易が", "増大する", subject=ArgRef("ロシアとの貿易", start=j, end=j + 7))
        blocks = [(b.kind, b.start, b.end) for b in repair(text)]
        assert [x.subject.label_en for x in stat_subjects(text, blocks, [c], ents)] == expected
        return
    assert run(text, names, subjects) == expected


def run_change(text: str, country: str, label: str, subject: str, clause: str, predicate: str,
               quantities: tuple = ()) -> str | None:
    """Label of the subject of one claim over ``clause`` with ``predicate`` and ``quantities`` (as
    extract fills them), in a document titled by a country."""
    i = text.index(country)
    ents = [Entity(i, i + len(country), country, "COUNTRY", glossary_id="G0", label_en=label, id="E0")]
    j, k = text.index(subject), text.index(clause)
    c = Claim(k, k + len(clause), clause, predicate, subject=ArgRef(subject, start=j, end=j + len(subject)),
              quantities=quantities)
    blocks = [(b.kind, b.start, b.end) for b in repair(text)]
    return stat_subjects(text, blocks, [c], ents)[0].subject.label_en


_USD52B, _PCT12 = {"value": 5.2e9, "unit": "USD"}, {"value": 12.5, "unit": "percent"}


@pytest.mark.parametrize("text, subject, clause, predicate, quantities, expected", [
    # a sector's change with its amount: the document's country owns it
    ("インドネシアの上半期貿易\n\n輸出の内訳では、石炭部門が52億ドルで前年同期比12.5%増加した。", "石炭部門",
     "石炭部門が52億ドルで前年同期比12.5%増加した", "増加する", (_USD52B, _PCT12), "Indonesia"),
    # 半減 and 増える are changes too (one table with content.STAT_WORDS)
    ("インドネシアの上半期貿易\n\n石炭部門の受注が30件に半減した。", "石炭部門の受注", "石炭部門の受注が30件に半減した",
     "半減する", ({"value": 30, "unit": "件"},), "Indonesia"),
    ("インドネシアの上半期貿易\n\n衣料品部門が12.5%増えた。", "衣料品部門", "衣料品部門が12.5%増えた", "増える", (_PCT12,),
     "Indonesia"),
    # a rate noun (伸び率) is a statistic
    ("インドネシアの上半期貿易\n\n衣料品の伸び率は前年を下回った。", "衣料品の伸び率", "衣料品の伸び率は前年を下回った",
     "下回る", (), "Indonesia"),
    # a change without an amount is no statistic: the subject stays as it is
    ("インドネシアの上半期貿易\n\n観光客の関心が大きく低下した。", "観光客の関心", "観光客の関心が大きく低下した", "低下する", (),
     None),
    # an amount with a verb that is no change (開催) is no statistic either
    ("インドネシアの上半期貿易\n\n展示会が500社の参加で開催された。", "展示会", "展示会が500社の参加で開催された", "開催される",
     ({"value": 500, "unit": "社"},), None),
])
def test_changes_of_an_amount_are_statistics(text, subject, clause, predicate, quantities, expected):
    assert run_change(text, "インドネシア", "Indonesia", subject, clause, predicate, quantities) == expected


def test_an_owner_linked_when_the_phrase_was_built_carries_on():
    """ケニアの貿易収支 arrives linked to its possessor (claims.phrase): it still names the owner of the
    bare statistics after it, in this paragraph and the next."""
    text = "本日は統計を紹介する。ケニアの貿易収支は赤字だった。\n\n輸入額は3%減少した。貿易黒字の拡大はなかった。"
    i = text.index("ケニア")
    kenya = Entity(i, i + 3, "ケニア", "COUNTRY", glossary_id="country:ken", label_en="Kenya", id="E0")
    first = ArgRef("ケニアの貿易収支", entity_id="E0", glossary_id="country:ken", label_en="Kenya", start=i, end=i + 8)
    claims = [Claim(i, i + 12, text[i:i + 12], "である", subject=first)]
    for surface in ("輸入額", "貿易黒字の拡大"):
        j = text.index(surface)
        claims.append(Claim(j, j + len(surface) + 1, surface, "減少する", subject=ArgRef(surface, start=j, end=j + len(surface))))
    blocks = [(b.kind, b.start, b.end) for b in repair(text)]
    out = stat_subjects(text, blocks, claims, [kenya])
    assert [c.subject.label_en for c in out] == ["Kenya", "Kenya", "Kenya"]
    assert out[0].subject == first  # the linked phrase itself is left as it was
    assert [c.subject.found_by for c in out[1:]] == ["topic", "topic"]
