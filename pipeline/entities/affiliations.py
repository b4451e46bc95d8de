"""Affiliations and school names (issue 9, papers and think-tank bylines), for `refine_entities`:

- an English affiliation (a rank title, then a comma list: ``Associate Professor, Faculty of Economics,
  Kanto University of Economics``; or a list opening with a unit: ``Graduate School of Law, Kanto
  University``) names one ORGANIZATION, its institution (the part with University, College, Academy or, failing
  those, Institute); the rank titles and the units inside the institution (Department of …, Faculty of …,
  Graduate School of …, … Laboratory, … Organisation) are no entities;
- a Latin institution named with ``of`` / ``for`` (Kanto Institute of Technology, University of Kanto) is one
  ORGANIZATION, not a place and a remainder (Kanto/PERSON, University/…);
- a Japanese affiliation (a university, its units, a rank title: 関東経済大学経済学部准教授) names the university;
  its units are no entities;
- a school or institute name that begins with a place (日本経済大学, 京都産業大学, 北海道国際問題研究所) is one
  ORGANIZATION, not the place and a remainder;
- each name in the value of a cover sheet's author field (a ``byline`` block: 山田, 花子; Yamada, Hanako;
  Hanako YAMADA) is one PERSON, whatever the model calls it; a Latin name gets its English label from the text,
  in given-name order (Hanako Yamada);
- a journal's name above its ISSN line (a ``masthead`` block: アジア経済) is one OTHER, the title of a series;
- a school's or institute's bulletin (関東経済大学経済研究所紀要, …研究所所報, …論集) is the title of a series, one
  OTHER, with nothing annotated inside (the annotation rules of tests/data/dev7/README.md).
"""
from __future__ import annotations

import re

from ..records import Entity
from .builders import new_entity
from .english import romanized

_RANKS_EN = sorted((
    "Professor", "Associate Professor", "Assistant Professor", "Visiting Professor", "Adjunct Professor",
    "Project Professor", "Specially Appointed Professor", "Professor Emeritus", "Emeritus Professor",
    "Lecturer", "Senior Lecturer", "Fellow", "Research Fellow", "Senior Fellow", "Senior Research Fellow",
    "Visiting Fellow", "Postdoctoral Fellow", "Researcher", "Senior Researcher", "Visiting Researcher",
    "Research Associate", "Visiting Scholar", "Research Director", "Director", "Dean", "President",
    "Ph.D. Candidate", "PhD Candidate", "Doctoral Student", "Graduate Student"), key=len, reverse=True)
_RANK_EN = r"(?:" + "|".join(map(re.escape, _RANKS_EN)) + r")(?![A-Za-z])"
_UNIT_EN = r"(?:Department|Dept\.|Faculty|Graduate School|School|Division|Center|Centre|Program|Programme)\s+(?:of|for)\s"
_RANK_OR_UNIT = re.compile(rf"(?<![A-Za-z]){_RANK_EN}\s*,|(?<![A-Za-z]){_UNIT_EN}")
_LATIN_RUN = re.compile(r"[A-Za-z\u00c0-\u024f0-9'’&.,;/\- ]+")
_SEGMENT_CUT = re.compile(rf"\s*[,;/]\s*|\s+(?={_RANK_EN})")
_COLLEGE = re.compile(r"(?<![A-Za-z])(?:Universit(?:y|ät|é|à)|Universidad|Universidade|College|Academy|Polytechnic)(?![a-z])")
_INSTITUTE = re.compile(r"(?<![A-Za-z])(?:Institute|Institut|Instituto)(?![a-z])")
_UNIT_START = re.compile(rf"^(?:{_UNIT_EN}|\S.*\s(?:Laboratory|Lab|Organi[sz]ation|Unit|Section)$)")
_CAP = r"[A-Z][A-Za-z\u00c0-\u024f'’\-]*"
_WORD = r"[A-Z][a-z\u00e0-\u024f][A-Za-z\u00c0-\u024f'’\-]*"  # a capitalised word, not an acronym (FITREPO on the line above)
_OF_NAME = re.compile(rf"(?<![A-Za-z])(?:{_WORD} )*(?:University|Institute|College|Academy) (?:of|for) (?:the )?{_CAP}"
                      rf"(?: (?:and|of|for|the|{_CAP}))*")
_TRAILING = re.compile(rf"(?:\s+(?:and|of|for|the|{_RANK_EN}(?:\s+{_CAP})*))+$")

_NAME = "\u4e00-\u9fff\u30a1-\u30fa\u30fc々"
_RANKS_JA = "|".join(sorted((
    "教授", "准教授", "助教授", "講師", "助教", "名誉教授", "客員教授", "特任教授", "特任准教授", "研究員", "客員研究員",
    "特任研究員", "主任研究員", "上席研究員", "主席研究員", "研究科長", "学部長", "学長", "所長", "研究生",
    "博士課程", "修士課程", "大学院生"), key=len, reverse=True))
_UNIT_HEADS_JA = "学部|学科|研究科|研究所|研究院|研究センター|センター|機構|専攻|大学院|学環|学府|部門|講座|研究室|課程"
_SCHOOL_JA = "大学|短期大学|高等専門学校"
_AFFILIATION_JA = re.compile(rf"(?<![{_NAME}・＝=])(?P<inst>[{_NAME}]{{1,12}}?(?:{_SCHOOL_JA}))"
                             rf"(?P<units>(?:[{_NAME}]*?(?:{_UNIT_HEADS_JA}))*)(?P<rank>{_RANKS_JA})")
_PLACE_SCHOOL = re.compile(rf"[{_NAME}]{{0,8}}?(?:{_SCHOOL_JA}|研究所)(?!院|生)")  # not 大学院, 大学生
_NAME_CHAR = re.compile(f"[{_NAME}・=＝]")  # a name's character, or the dot inside a katakana name
_BULLETIN = re.compile(rf"[{_NAME}]*?(?:{_SCHOOL_JA}|研究所|研究機構|学会)[{_NAME}]{{0,16}}?"
                       rf"(?:紀要|所報|年報|論集|論叢|学報|研究報告)(?=[^{_NAME}]|$|第[0-9０-９一二三四五六七八九十])")  # …所報第2巻
_MAX_SEGMENT_WORDS = 8
_PLACES = ("COUNTRY", "LOCATION")


def affiliations(ents: list[Entity], text: str, glossary) -> list[Entity]:
    """The chunk's entities with the rules of the module docstring applied."""
    for s, e in _latin_institutions(text):
        ents = _put(ents, new_entity(text, s, e, "ORGANIZATION", glossary, text[s:e], "text"), s, e)
    for chrome, inst in _english_affiliations(text):
        ents = [x for x in ents if not any(x.start < b and a < x.end for a, b in chrome)]
        if inst:
            ents = _put(ents, new_entity(text, *inst, "ORGANIZATION", glossary, text[inst[0]:inst[1]], "text"), *inst)
    for m in _AFFILIATION_JA.finditer(text):
        s, e = m.span("inst")
        if any(x.start < s < x.end for x in ents):
            continue  # a name that begins before: the model's reading of it stands
        ents = _put(ents, new_entity(text, s, e, "ORGANIZATION", glossary, None, None), s, m.end("units"))
    for place in [x for x in ents if x.type in _PLACES]:
        m = _PLACE_SCHOOL.match(text, place.end)
        if m is None or (place.start > 0 and _NAME_CHAR.match(text[place.start - 1])):  # ジョージ・ワシントン大学
            continue
        s, e = place.start, m.end()
        if not any(x.start <= s and e <= x.end and x.type == "ORGANIZATION" for x in ents) and \
                not any(x.start < e < x.end for x in ents):
            ents = _put(ents, new_entity(text, s, e, "ORGANIZATION", glossary, None, None), s, e)
    for school in [x for x in ents if x.type == "ORGANIZATION"]:
        m = _BULLETIN.match(text, school.start)
        if m and not any(x.start < m.end() < x.end for x in ents):
            ents = _put(ents, new_entity(text, school.start, m.end(), "OTHER", glossary, None, None), school.start, m.end())
    return ents


def _put(ents: list[Entity], new: Entity, s: int, e: int) -> list[Entity]:
    """`new` in place of every entity inside or crossing text[s:e] (the institution and its units)."""
    return [x for x in ents if not (x.start < e and s < x.end)] + [new]


def _latin_institutions(text: str) -> list[tuple[int, int]]:
    """Kanto Institute of Technology, University of Kanto: spans, a rank title after the name left out."""
    out = []
    for m in _OF_NAME.finditer(text):
        name = m.group()
        for joint in re.finditer(r" and ", name):  # University of Tokyo and Kyoto University: two names
            if _COLLEGE.search(name, joint.end()) or _INSTITUTE.search(name, joint.end()):
                name = name[:joint.start()]
                break
        tail = _TRAILING.search(name)
        end = m.start() + len(name) - (len(tail.group()) if tail else 0)
        if end > m.start():
            out.append((m.start(), end))
    return out


def _english_affiliations(text: str) -> list[tuple[list[tuple[int, int]], tuple[int, int] | None]]:
    """(spans of rank titles and units, institution span or None) of each English affiliation list: a run of
    short Latin segments opening with a rank title and a comma (Associate Professor, …) or with a unit
    (Faculty of …)."""
    out = []
    pos = 0
    while (m := _RANK_OR_UNIT.search(text, pos)) is not None:
        run = _LATIN_RUN.match(text, m.start()).group().rstrip(" ,;/")
        s, e = m.start(), max(m.start() + len(run), m.end())
        pos = e
        segments = _segments(text, s, e)
        if any(len(text[a:b].split()) > _MAX_SEGMENT_WORDS for a, b in segments):
            continue  # English prose, not a list of names
        chrome = [(a, b) for a, b in segments if _chrome(text[a:b])]
        inst = _institution(text, [seg for seg in segments if seg not in chrome])
        if inst is None and not m.group().rstrip().endswith(","):
            continue  # Faculty of Law alone: a unit nobody placed in an institution
        out.append((chrome, inst))
    return out


def _chrome(segment: str) -> bool:
    """A rank title or a unit of an institution (Faculty of …, … Laboratory)."""
    return bool(re.fullmatch(_RANK_EN, segment) or _UNIT_START.match(segment))


def _segments(text: str, s: int, e: int) -> list[tuple[int, int]]:
    out, last = [], s
    for cut in _SEGMENT_CUT.finditer(text, s, e):
        out.append((last, cut.start()))
        last = cut.end()
    out.append((last, e))
    return [(a, b) for a, b in out if b > a]


def _institution(text: str, segments: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Of the segments that are no rank or unit, the institution: the first with University / College /
    Academy, else the last with Institute."""
    colleges = [seg for seg in segments if _COLLEGE.search(text, *seg)]
    if colleges:
        return colleges[0]
    institutes = [seg for seg in segments if _INSTITUTE.search(text, *seg)]
    return institutes[-1] if institutes else None


_AUTHOR_CUT = re.compile(r"\s*(?:[;；/／]|\s{2,}|(?<=[A-Za-z.])\s*,\s*(?=[A-Z][a-z\u00e0-\u024f]+\s*,))\s*")
_LATIN_NAME = re.compile(r"[A-Za-z\u00c0-\u024f'’.\- ]+(?:,\s*[A-Za-z\u00c0-\u024f'’.\- ]+)?")


def author_names(ents: list[Entity], text: str, glossary) -> list[Entity]:
    """The value of a cover sheet's author field: each name (parted by ; or /) one PERSON."""
    out, last = [], 0
    for cut in [*_AUTHOR_CUT.finditer(text), None]:
        s, e = last, cut.start() if cut else len(text)
        last = cut.end() if cut else e
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e <= s or re.search(r"[0-9０-９]", text[s:e]):
            continue
        same = next((x for x in ents if (x.start, x.end) == (s, e) and x.type == "PERSON"), None)
        label, how = _label(text[s:e])
        out.append(same or new_entity(text, s, e, "PERSON", glossary, label, how))
    return out or ents


def _label(name: str) -> tuple[str | None, str | None]:
    """Yamada, Hanako -> Hanako Yamada; Hanako YAMADA -> Hanako Yamada (from the text); 山田, 花子 -> the
    romanization in given-name order; (None, None) for any other name (labelled as every entity is)."""
    latin = bool(_LATIN_NAME.fullmatch(name))
    if "," in name:
        family, given = (p.strip() for p in name.split(",", 1))
        if not latin:
            return f"{romanized(given)} {romanized(family)}", "romanized"
        name = f"{given} {family}"
    if not latin:
        return None, None
    return " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in name.split()), "text"


def masthead_title(ents: list[Entity], text: str, glossary) -> list[Entity]:
    """A journal's name above its ISSN line (a ``masthead`` block): one OTHER over it, nothing inside (the
    annotation rule for titles of series), linked when the glossary knows it."""
    s, e = len(text) - len(text.lstrip()), len(text.rstrip())
    return [new_entity(text, s, e, "OTHER", glossary, None, None)] if e > s else ents
