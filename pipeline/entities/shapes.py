"""Names by their shape in the text: organisation units, named events, governments, readings.

Applied by `refine_entities` after the model/glossary merge, on one chunk's analysis text. Each rule
is about how a Japanese name is built, never about a particular name:

- an organisation unit (…局, …課, …委員会, …議会, …師団, …党) is one ORGANIZATION over the place
  names inside it (アジア大洋州局, not アジア); a country or a body before it is its own mention
  (韓国 + 東北アジア局, 外務省 + 北米局), a surname before it is a person (杉山北米局長);
- a numbered meeting, election or tournament (第N回…会議 / …委員会 / …総会 / …会談 / …選挙) is one EVENT with its ordinal, an acronym with a
  session number (TICAD 8, COP28) is an EVENT, a place followed by a war or an act (…戦, …侵略,
  …核実験) is an EVENT, and a run naming a ceremony (…記念式典, …大会, …国葬儀) round a name is one;
- X政府 is one ORGANIZATION, the government of the state X (`governments`: 日本政府 → Government of Japan,
  a derived id of `composed`; the country is the id's, `derived_country`); 在X大使館 is one ORGANIZATION;
- a kanji name before a katakana reading with a middle dot, 柳興洙(ユ・フンス), or a hiragana one,
  張星(ちょう・せい) (how Chinese news gives a Chinese name), is a person.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..inputs import NEWS_AGENCIES
from ..records import Entity
from .composed_links import COMPOSED_SCORE
from .governments import governments as _governments
from .headwords import ARMED_CONFLICTS, UNREST

_RUN = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa\u30fc々ヶ]+")
_EVENT_RUN = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa\u30fc々ヶ・0-9０-９]+")
_UNIT_HEAD = re.compile(r"(局|課|室|部|委員会|審議会|議会|評議会|師団|旅団|方面隊|党)")
# what may follow a unit inside the same run: the title of its head (局長, 課長, 委員長代理) or a
# part of the body (機関紙, 本部)
_UNIT_TAIL = re.compile(r"(?:次長|長|長代理|長官|次官|次官補|委員長|委員長代理|副委員長|委員|議長|副議長|首席|"
                        r"総書記|書記長|代表|幹部|本部|機関紙|所在地)?")
_LIST_WORDS = re.compile(r"及び|並びに")
_ORDINAL_ONLY = re.compile(r"第?[0-9０-９一二三四五六七八九十百]+")
_TITLE_PREFIX = ("元", "前", "現", "新", "旧", "初代", "同")
_ORDINAL = re.compile(r"第[0-9０-９一二三四五六七八九十百]+回")
_MEETING_HEAD = ("首脳会議", "閣僚会議", "会議", "委員会", "総会", "会合", "フォーラム", "サミット", "対話",
                 "会談", "選挙", "大会", "選手権")  # 第2回ワシントン会談, 第45回衆議院議員総選挙
_CEREMONY_HEAD = ("記念式典", "式典", "祭典", "大会", "国葬儀", "葬儀", "博覧会", "万博", "追悼式")
_CEREMONY = re.compile("(" + "|".join(_CEREMONY_HEAD) + r")(?=(?:開会式|閉会式|開会|閉会|参列|出席|参加|開催)?$)")
_ACT_HEAD = ARMED_CONFLICTS + UNREST + ("侵略", "侵攻", "核実験", "内戦", "戦")  # 戦 last: 戦争 is tried first
_YEAR_BEFORE = re.compile(r"[0-9０-９]{4}年$")  # 2011年バーレーン騒乱: a year is no part of the place
_ISSUE_HEAD = ("核問題", "核開発問題", "拉致問題")
_ACRONYM_SESSION = re.compile(r"(?<![A-Za-z0-9])([A-Z]{3,8})( ?)([0-9]{1,2})(?![0-9A-Za-z%.,])")
# TICADⅤ, TICAD III, PALM Ⅱ, TICADVI: an edition in Roman numerals (one numeral character, or I/V/X up to 39);
# the shortest acronym first, so that TICADVI is TICAD + VI, not TICADV + I
_ACRONYM_ROMAN = re.compile(r"(?<![A-Za-z0-9])([A-Z]{3,8}?)( ?)([\u2160-\u216b]|X{0,3}(?:IX|IV|VI{0,3}|I{1,3})|X{1,3})"
                            r"(?![0-9A-Za-z\u2160-\u217f])")
_MEETING = re.compile(r"\b(?:Conference|Summit|Meeting|Forum|Dialogue|Congress|Games|Expo(?:sition)?)\b")
_EMBASSY = re.compile(r"在([\u4e00-\u9fff\u30a1-\u30fa\u30fc・]{1,12}?)(大使館|総領事館|領事館|代表部)")
_AGENCIES = ("共同", "時事", "ロイター", "AP", "AFP", "EPA", "新華社", "聯合", "UPI", "ブルームバーグ")
_CREDIT = re.compile(r"[（(]([\u30a1-\u30fa\u30fcA-Za-z][\u30a1-\u30fa\u30fcA-Za-z・ ]{1,14})[=＝]("
                     + "|".join(_AGENCIES) + r")[)）]")
_SUMMITS = ("・サミット", "サミット", "首脳会議")
_INITIALED = re.compile(r"(?<![\u30a1-\u30fa\u30fc・])[\u30a1-\u30fa\u30fc]{2,}(?:・[A-ZＡ-Ｚ][.．]?)+・[\u30a1-\u30fa\u30fc]{2,}")
_LATIN_HEAD = re.compile(r"[A-Z][A-Z0-9+]{1,7}")
_READING = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,4})[（(]([\u30a1-\u30fa\u30fc]+(?:・[\u30a1-\u30fa\u30fc]+)+"
                      r"|[\u3041-\u3096]+・[\u3041-\u3096]+)[)）]")  # 張星(ちょう・せい): Chinese names read in hiragana


def shape_rules(ents: list[Entity], text: str, sdoc, glossary, breaks: frozenset[int] = frozenset()) -> list[Entity]:
    """The chunk's entities after the rules above (sorted by offsets); no new name crosses a line
    break of the original text (`breaks`)."""
    text = _LIST_WORDS.sub(lambda m: "\n" * len(m.group()), text)  # 及び: a list, never one name
    ents = _governments(ents, text, glossary)
    for new in (*_numbered_meetings(text, ents, breaks), *_sessions(text, ents, glossary), *_acts(text, ents),
                *_ceremonies(text, ents, breaks), *_embassies(text, glossary), *_credits(text, glossary)):
        ents = put(ents, new)
    for new in _units(text, ents, sdoc, glossary, breaks):
        ents = put(_trimmed(ents, new), new)
    for new in (*_readings(text, ents), *_prefixed_events(text, ents), *_initialed(text, ents)):
        ents = put(ents, new)
    return sorted(ents, key=lambda e: (e.start, e.end, e.glossary_id or ""))


def _runs(pattern: re.Pattern, text: str, breaks: frozenset[int]):
    """(start, end) of each run of `pattern`, cut at the original's line breaks: the repair glues
    an infobox's lines, and a name never spans two of them."""
    for m in pattern.finditer(text):
        s, e = m.span()
        for b in sorted(x for x in breaks if s < x < e):
            yield s, b
            s = b
        yield s, e


def put(ents: list[Entity], new: Entity) -> list[Entity]:
    """Add `new`, replacing the entities inside it (or on its very span); a span that crosses an
    entity, or lies strictly inside one, leaves the list as it is."""
    if any(e.start <= new.start and new.end <= e.end and (e.start, e.end) != (new.start, new.end) for e in ents):
        return ents
    if any(e.start < new.end and new.start < e.end and not (new.start <= e.start and e.end <= new.end)
           for e in ents):
        return ents
    return [e for e in ents if not (new.start <= e.start and e.end <= new.end)] + [new]


def _trimmed(ents: list[Entity], unit: Entity) -> list[Entity]:
    """杉山北米 (the model's person) before 北米局: the person ends where the unit begins."""
    out = []
    for e in ents:
        if e.type == "PERSON" and e.glossary_id is None and e.start < unit.start < e.end <= unit.end:
            e = replace(e, end=unit.start, text=e.text[: unit.start - e.start])
        out.append(e)
    return out


def glossary_entity(text: str, start: int, end: int, typ: str, glossary) -> Entity | None:
    """The entity on text[start:end] linked to the glossary entry of this type that knows the whole
    surface, or None when no entry does."""
    surface = text[start:end]
    cands = [c for c in glossary.lookup(surface) if glossary.get(c.glossary_id).type == typ]
    if not cands:
        return None
    entry = glossary.get(cands[0].glossary_id)
    return Entity(start, end, surface, typ, entry.id, entry.label_en, entry.label_ja, cands[0].method,
                  cands[0].score, candidates=tuple(cands) if len(cands) > 1 else (), label_en_source="glossary")


def entity_on(text: str, start: int, end: int, typ: str, glossary, inside: list[Entity] = ()) -> Entity:
    """An entity on text[start:end]: linked when the glossary knows the surface with this type, else
    it keeps the link of an entity inside that is the whole name after an ordinal (第9回 + TICAD)."""
    surface = text[start:end]
    linked = glossary_entity(text, start, end, typ, glossary)
    if linked is not None:
        return linked
    core = next((e for e in inside if e.glossary_id and e.end == end), None)
    if core is not None:
        return replace(core, start=start, end=end, text=surface, type=typ, role=None)
    return Entity(start, end, surface, typ, match="model", score=0.5)


def _within(ents: list[Entity], s: int, e: int) -> list[Entity]:
    return [x for x in ents if s <= x.start and x.end <= e]


# -- embassies -------------------------------------------------------------------------------------

def _credits(text: str, glossary) -> list[Entity]:
    """(ゲッティ=共同), (ロイター=共同): a photo credit names two agencies (共同 is Kyodo: `agency_entity`)."""
    out = []
    for m in _CREDIT.finditer(text):
        out += [(agency_entity(text, m.start(g), glossary, m.end(g)) if g == 2 else None)
                or entity_on(text, *m.span(g), "ORGANIZATION", glossary) for g in (1, 2)]
    return out


def agency_entity(text: str, start: int, glossary, end: int | None = None) -> Entity | None:
    """共同 / 時事 at ``start`` (of 【テヘラン共同】, ゲッティ=共同): the news agency (共同通信, 時事通信 in the
    glossary); None for another word or when ``end`` says the word is longer."""
    for short, name in NEWS_AGENCIES.items():  # the dateline reader's table: 共同 -> 共同通信
        if text.startswith(short, start) and end in (None, start + len(short)):
            cands = glossary.lookup(name)
            entry = glossary.get(cands[0].glossary_id) if cands else None
            if entry is not None and entry.type == "ORGANIZATION":
                return Entity(start, start + len(short), short, "ORGANIZATION", entry.id, entry.label_en,
                              entry.label_ja, "context", 0.8, label_en_source="glossary")
    return None


def _embassies(text: str, glossary) -> list[Entity]:
    return [entity_on(text, m.start(), m.end(), "ORGANIZATION", glossary) for m in _EMBASSY.finditer(text)
            if not (m.start() > 0 and _RUN.match(text[m.start() - 1]))]


# -- events ---------------------------------------------------------------------------------------

def _numbered_meetings(text: str, ents: list[Entity], breaks: frozenset[int]) -> list[Entity]:
    out = []
    for m in _ORDINAL.finditer(text):
        run = _EVENT_RUN.match(text, m.end())
        if not run:
            continue
        end = min([run.end(), *(b for b in breaks if m.end() < b < run.end())])
        name = text[m.end():end]
        head = next((h for h in _MEETING_HEAD if name.endswith(h) and len(name) - len(h) >= 2), None)
        if head is None or any(x.glossary_id and x.end == end for x in _within(ents, m.end(), end)):
            continue  # 第一回東アジアサミット: the glossary's body after an ordinal keeps its reading
        out.append(_event(text, m.start(), end, ents))
    return out


def _event(text: str, s: int, e: int, ents: list[Entity]) -> Entity:
    core = next((x for x in _within(ents, s, e) if x.glossary_id and x.end == e), None)
    if core is not None:
        return replace(core, start=s, end=e, text=text[s:e], type="EVENT", role=None)
    return Entity(s, e, text[s:e], "EVENT", match="model", score=0.5)


def _sessions(text: str, ents: list[Entity], glossary) -> list[Entity]:
    """TICAD 8, COP28: an acronym the glossary or the model knows, with a session number."""
    out = []
    for m in _ACRONYM_SESSION.finditer(text):
        s, e = m.span()
        known = any(glossary.get(c.glossary_id).type in ("ORGANIZATION", "EVENT") for c in glossary.lookup(m.group(1)))
        if known or any(x.start <= s and e <= x.end for x in ents):
            out.append(_event(text, s, e, ents))
    return out + _roman_editions(text, ents, glossary)


def _roman_editions(text: str, ents: list[Entity], glossary) -> list[Entity]:
    """TICADⅤ, TICAD III: an edition in Roman numerals of a series the glossary knows is an EVENT, linked
    to the series as its editions in digits are (`composed`: TICAD 9); the model's reading of it (a
    product) gives way."""
    out = []
    for m in _ACRONYM_ROMAN.finditer(text):
        ids = {c.glossary_id for c in glossary.lookup(m.group(1)) if c.method in ("exact", "variant")}
        series = [glossary.get(i) for i in ids if glossary.get(i).type in ("ORGANIZATION", "EVENT")]
        if len(series) != 1:
            continue
        x = series[0]
        if x.type != "EVENT" and not _MEETING.search(x.label_en or ""):
            continue  # UN I, WHO V: only a series of meetings has editions
        out.append(Entity(m.start(), m.end(), m.group(), "EVENT", x.id, x.label_en, x.label_ja, "composed", COMPOSED_SCORE,
                          label_en_source="glossary"))
    return out


def _acts(text: str, ents: list[Entity]) -> list[Entity]:
    """ガダルカナル戦, ウクライナ侵略, パキスタン核実験, バーレーン騒乱, キューバ危機: a place or a state and
    what happened there."""
    out = []
    for x in ents:
        if x.type not in ("COUNTRY", "LOCATION"):
            continue
        head = next((h for h in _ACT_HEAD + _ISSUE_HEAD if text.startswith(h, x.end)), None)
        if head is None:
            continue
        end = x.end + len(head)
        if end < len(text) and _RUN.match(text[end]) and not text.startswith(("への", "の"), end):
            continue  # 戦略, 戦線, 侵略者: another word
        if x.start > 0 and _RUN.match(text[x.start - 1]) and not _YEAR_BEFORE.search(text, 0, x.start):
            continue  # inside a longer name
        typ = "OTHER" if head in _ISSUE_HEAD else "EVENT"  # イラン核問題: a named issue
        out.append(Entity(x.start, end, text[x.start:end], typ, match="model", score=0.5))
    return out


def _ceremonies(text: str, ents: list[Entity], breaks: frozenset[int]) -> list[Entity]:
    """日本人メキシコ移住125周年記念式典, 故安倍晋三国葬儀: a run round a name ending in a ceremony
    (before a part of it or what one does there: 開会式, 参列)."""
    out = []
    for s, e in _runs(_EVENT_RUN, text, breaks):
        m = _CEREMONY.search(text, s, e)
        if m is None or m.start(1) - s < 2:
            continue
        e = m.end(1)
        inner = [x for x in _within(ents, s, e) if x.type in ("COUNTRY", "LOCATION", "PERSON", "ORGANIZATION")]
        if inner:
            out.append(Entity(s, e, text[s:e], "EVENT", match="model", score=0.5))
    return out


def _initialed(text: str, ents: list[Entity]) -> list[Entity]:
    """フォーチュン・Z・チャルムビラ, ジョン・F・ケネディ: katakana names round a Latin initial are a person."""
    return [Entity(m.start(), m.end(), m.group(), "PERSON", match="model", score=0.5) for m in _INITIALED.finditer(text)
            if not any(x.start < m.end() and m.start() < x.end and x.type != "PERSON" and x.glossary_id for x in ents)]


def _prefixed_events(text: str, ents: list[Entity]) -> list[Entity]:
    """G20ヨハネスブルグ・サミット: a group's acronym glued to the event it holds is one EVENT (the
    longest name wins); the group alone is still linked wherever it stands alone."""
    out = []
    events = {e.start: e.end for e in ents if e.type == "EVENT"}
    places = {e.start: e.end for e in ents if e.type in ("LOCATION", "COUNTRY")}
    for e in ents:
        if e.type != "ORGANIZATION" or not _LATIN_HEAD.fullmatch(e.text):
            continue
        end = events.get(e.end)
        if end is None and e.end in places and text.startswith(_SUMMITS, places[e.end]):
            at = places[e.end]  # G7広島サミット: the group, the host city, the summit
            end = at + next(len(w) for w in _SUMMITS if text.startswith(w, at))
        if end is not None:
            out.append(Entity(e.start, end, text[e.start:end], "EVENT", match="model", score=0.5))
    return out


# -- organisation units ---------------------------------------------------------------------------

def _units(text: str, ents: list[Entity], sdoc, glossary, breaks: frozenset[int]) -> list[Entity]:
    out = []
    starts = sorted({e.start for e in ents if e.type == "PERSON"})
    for run_s, run_e in _runs(_RUN, text, breaks):
        run_e = next((x for x in starts if run_s + 2 < x < run_e), run_e)  # 委員長代理遠藤哲也: a name ends it
        run = text[run_s:run_e]
        heads = [h for h in _UNIT_HEAD.finditer(run) if _UNIT_TAIL.fullmatch(run, h.end())]
        if not heads:
            continue
        head = heads[0]
        if not _token_starts(sdoc, run_s + head.start()) or (
                head.group() in ("部", "課", "室") and _ORDINAL_ONLY.fullmatch(run[: head.start()])):
            continue  # 消防局, 野党, 事務局 are one common word; 第2部 is a part
        end = run_s + head.end()
        start, person = _unit_start(text, run_s, run_s + head.start(), ents, sdoc, head.group())
        if run_s + head.start() - start < 2:
            continue  # 当局, 与党, 結局: no name before the head
        out.append(entity_on(text, start, end, "ORGANIZATION", glossary, _within(ents, start, end)))
        if person is not None:
            out.append(person)
    return out


def _token_starts(sdoc, i: int) -> bool:
    if sdoc is None:
        return True
    span = sdoc.char_span(i, i + 1, alignment_mode="expand")
    return span is not None and span[0].idx == i


def _unit_start(text: str, s: int, head_s: int, ents: list[Entity], sdoc, head: str):
    """Where the unit's name begins: after a title prefix (元), a surname (Sudachi's 人名) or an
    entity that is its own mention (a country, a ministry, a person) at the start of the run."""
    person = None
    for p in _TITLE_PREFIX:
        if text.startswith(p, s) and head_s - s > len(p) + 1:
            s += len(p)
            break
    lead = next((x for x in ents if x.start == s and x.end < head_s), None)
    if lead is not None and (lead.type in ("PERSON", "ORGANIZATION") or (lead.type == "COUNTRY" and head != "党")):
        return lead.end, None
    span = sdoc.char_span(s, head_s, alignment_mode="expand") if sdoc is not None else None
    if span is not None and len(span) > 1 and "人名" in span[0].tag_ and span[0].idx == s:
        t = span[0]
        person = Entity(t.idx, t.idx + len(t.text), t.text, "PERSON", match="model", score=0.5)
        return person.end, person
    return s, None


# -- names with readings --------------------------------------------------------------------------

def _readings(text: str, ents: list[Entity]) -> list[Entity]:
    """柳興洙(ユ・フンス): a kanji name and its katakana reading are mentions of one person."""
    out = []
    for m in _READING.finditer(text):
        for g in (1, 2):
            s, e = m.span(g)
            if not any(x.start < e and s < x.end for x in ents):
                out.append(Entity(s, e, m.group(g), "PERSON", match="model", score=0.5))
    return out
