"""Laws and treaties named in the title of a bill (Diet minutes, the Diet's agenda, meeting records).

A bill's title names what it amends, repeals, approves or implements, in a few fixed shapes:

- 〇〇法の一部を改正する法律案, 〇〇法等の一部を改正する法律案, 〇〇を廃止する法律案: each law amended or repealed;
- 〇〇協定の締結について承認を求めるの件 (a treaty laid before the Diet): the treaty;
- 〇〇協定の実施に関する法律案, 〇〇条約の締結に伴う…法律案: the treaty the bill implements.

The name runs back from its head word (法, 法律, 条約, 協定, 議定書 …) over the words and joints a legal title is
made of (…の促進に関する法律, …と…との間における…, 我が国) to where the title starts (a line, a bracket, a
sentence's particle, the number of an agenda item: 第一, 日程第二, which is not part of it). A short law name
(港湾法, 自殺対策基本法) is its last word: what stands before it with a bare の is not part of the title
(政府提出の港湾法). A list joined by 及び / 並びに (A法律及びB法律の一部を改正する) names each law.

Each name is an AGREEMENT (`bill_laws`): what the model or the glossary found inside it (日本国, 自衛隊 in a
treaty's title) gives way, and an unlinked model entity over it that runs on into the bill's own words (the
bill, …法律案, is no entity) is dropped. A name the glossary knows whole is linked. Applied last by
`refine_entities`, on one chunk.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Entity
from .builders import new_entity

_HEADS = ("法律", "法", "条約", "協定", "議定書", "協約", "憲章", "規約", "取極")
# what a bill title says right after the law or treaty it is about (等: and other laws)
_CONTEXT = re.compile(r"等?(?:(?:の一部を改正する|を廃止する)(?:法律|政令|省令|条例)|の締結について承認を求める"
                      r"|の(?:実施|締結|施行)に(?:関する|伴う))")
# a word of a title: kanji, katakana, Latin and digits, 我が国; not the 及 of 及び, 並 of 並びに, 又 of 又は
_WORD = r"(?:我が国|(?!及び|並びに|又は)[\u4e00-\u9fff々〆ヶ\u30a1-\u30fa\u30fc・A-Za-zＡ-Ｚａ-ｚ0-9０-９])+"
# joints inside a legal title; the title joints (all but の, と) bind what stands before them into the name
_TITLE_JOINTS = ("との間における", "との間の", "における", "に関する", "に係る", "のための", "に基づく", "による")
_LIST_JOINTS = ("及び", "並びに")
_JOINT = "(?:" + "|".join(_TITLE_JOINTS + _LIST_JOINTS + ("又は", "の", "と")) + ")"
_NAME_END = re.compile(rf"{_WORD}(?:{_JOINT}{_WORD})*$")
_PART = re.compile(rf"({_JOINT})?({_WORD})")
_WINDOW = 160  # a title is shorter than this (the longest treaty titles run to about 70 characters)
_AGENDA_NUMBER = re.compile(r"(?:日程)?第[〇一二三四五六七八九十百0-9０-９]+(?:号)?(?![者次条項号回期章節国])")


@dataclass(frozen=True)
class BillLaw:
    """A law or treaty named in a bill's title: its span in the chunk's text."""

    start: int
    end: int
    text: str


def bill_law_spans(text: str) -> list[BillLaw]:
    """Every law or treaty a bill title in ``text`` names (see the module docstring), in text order."""
    out: list[BillLaw] = []
    for ctx in _CONTEXT.finditer(text):
        lo = max(0, ctx.start() - _WINDOW)
        m = _NAME_END.search(text, lo, ctx.start())
        if m is None:
            continue
        for s, e in _laws_in(text, m.start(), m.end()):
            if not any(b.start == s and b.end == e for b in out):
                out.append(BillLaw(s, e, text[s:e]))
    return sorted(out, key=lambda b: b.start)


def _laws_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The laws of one title's chain text[start:end]: split where a list joint follows a head word, each part
    cut to what its last joint binds."""
    number = _AGENDA_NUMBER.match(text, start)
    if number and number.end() < end:
        start = number.end()
    parts: list[list[tuple[str | None, int, int]]] = [[]]  # per law: (joint before, word start, word end)
    for p in _PART.finditer(text, start, end):
        joint = p.group(1)
        prev = parts[-1]
        if joint in _LIST_JOINTS and prev and text[prev[-1][1]:prev[-1][2]].endswith(_HEADS):
            parts.append([])
            joint = None
        parts[-1].append((joint, p.start(2), p.end(2)))
    laws = []
    for words in parts:
        if not words or not text[words[-1][1]:words[-1][2]].endswith(_HEADS):
            continue
        first = _first_word(text, words)
        laws.append((words[first][1], words[-1][2]))
    return laws


def _first_word(text: str, words: list[tuple[str | None, int, int]]) -> int:
    """Index of the word the name starts at: the whole chain when a title joint binds the last word (…に関する法律,
    …との間の協定) or the last word is a bare head (法律, 協定); else the last word alone (政府提出の港湾法)."""
    joint, s, e = words[-1]
    if len(words) == 1 or joint in _TITLE_JOINTS or text[s:e] in _HEADS:
        return 0
    return len(words) - 1


def bill_laws(ents: list[Entity], text: str, glossary) -> list[Entity]:
    """``ents`` with one AGREEMENT on each law or treaty a bill title in ``text`` names (module docstring)."""
    for law in bill_law_spans(text):
        s, e = law.start, law.end
        same = next((x for x in ents if (x.start, x.end) == (s, e)), None)
        if same is not None and (same.glossary_id or same.type == "AGREEMENT"):
            continue  # the glossary's entry, or the model already has it
        if any(x.glossary_id and x.start < e and s < x.end and not (s <= x.start and x.end <= e) for x in ents):
            continue  # a linked name across its edge: keep what the glossary says
        ents = [x for x in ents if not (x.start < e and s < x.end)]
        ents.append(new_entity(text, s, e, "AGREEMENT", glossary, None, None))
    return ents
