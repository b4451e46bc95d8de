"""Surface repairs of the model's entities: line breaks, Latin script, page residue, retyping by context.

Applied by `refine_entities` on one chunk's analysis text, to entities the glossary did not link:

- an entity never crosses a line break of the original text (an infobox's lines glued by the
  repair: モハメド・ウルド・ガズワニ / AU委員会 are two names); each piece is looked up and typed on
  its own;
- a Latin entity covers whole words (Afrika- → Afrika-unie); a Latin name with the head word of a
  body in a European language (Union, Unión, União, Unie, Organisation, Images ...) is an
  ORGANIZATION, never a PERSON; a lowercase word (pdf, www), a page-navigation word (TOP, HOME) or an
  English honorific (Hon, Mr) is not an entity;
- an edition label is not a name: 英語版 (a language before 版, Wikipedia link residue), UTC版; an
  entity glued to the 版 before it (版ムーサ) loses it;
- a katakana name the model calls a country, a place or a body but a personal title follows
  (シャリフ氏, シャリフ同国首相) is a PERSON; a direction before a place (東部ラホール) is not part of it;
- a katakana name typed once in the chunk is found at its other mentions the model missed.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..glossary import in_english_title
from ..records import Entity
from ..titles import LATIN_HONORIFICS, OFFICES, TITLE_PREFIXES
from .headwords import LATIN_ORGANIZATIONS
from .mentions import _suffix_type
from .shapes import put

_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ž\-]")
_ORG_WORDS = LATIN_ORGANIZATIONS
_NAV_WORDS = frozenset({"TOP", "HOME", "MENU", "PDF", "HTML", "PAGE", "NEXT", "BACK", "PREV", "LINK", "URL"})
_HONORIFIC_EN = frozenset({*(h.rstrip(".") for h in LATIN_HONORIFICS), "Rt", "Jr"})  # Rt Hon, John Smith Jr.
_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]+")
_KATAKANA_CHAR = re.compile(r"[\u30a1-\u30fa\u30fc・]")
_KANJI_OR_KANA = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa\u30fc]")
_DIRECTION = re.compile(r"^(?:北東|北西|南東|南西|東|西|南|北|中)部")
_PERSON_TITLE = re.compile(r"(?:同国|同)?(?:" + "|".join(TITLE_PREFIXES) + r")?(?:" + "|".join(("氏",) + OFFICES) + ")")
_NUMBER_FIRST = re.compile(r"[0-9０-９][0-9０-９,，.]*(?:万|億|兆)?[^\sA-Za-z]*$")
_EDITION_END = re.compile(r"(?:[\u4e00-\u9fff\u30a1-\u30fa\u30fc]{1,6}語|UTC)版$")  # 英語版, フランス語版… as the 版 that ends it
_DATE_ONLY = re.compile(r"[0-9０-９]{1,4}(?:年度?|月|日)|[0-9０-９]{1,4}年[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?")
_HIRAGANA = re.compile(r"[\u3041-\u3096ー]+")
_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc]+")
_LEAD_READING = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc・]+(?=[、，,：:；;）)])")
_NAME_THEN_STATE = re.compile(r"([\u30a1-\u30fa\u30fc]{2,}(?:・[\u30a1-\u30fa\u30fc]+)*)([\u4e00-\u9fff])")
# a list line: a name, a space, then the state (バラクリシュナン シンガポール外務大臣): two names
_NAME_SPACE_STATE = re.compile(r"([\u30a1-\u30fa\u30fc]{2,}(?:・[\u30a1-\u30fa\u30fc]+)*)[ 　]+(\S{2,})")
_MEETINGS = ("協議", "会談", "会議", "サミット")
_REGION_WORDS = ("地方", "地域")
_TO_PERSON = ("COUNTRY", "LOCATION", "ORGANIZATION", "OTHER", "PRODUCT", "EVENT")


def line_breaks(text: str, orig, original_text: str) -> frozenset[int]:
    """Analysis offsets i where the original text has a line break between text[i-1] and text[i],
    except the breaks of hard-wrapped prose: a line that reaches the block's right margin (most
    lines within two characters of the longest) runs on into the next, and a name may span it."""
    if not text:
        return frozenset()
    lines = original_text[orig[0] : orig[-1] + 1].split("\n")
    widest = max(len(x.rstrip()) for x in lines)
    full = sum(len(x.rstrip()) >= widest - 2 for x in lines)
    wrapped = widest >= 20 and full >= 2 and 2 * full >= len(lines)
    out = set()
    for i in range(1, len(text)):
        gap = original_text[orig[i - 1] + 1 : orig[i]]
        if text[i - 1] == "\n" or "\n" in gap:
            line_start = original_text.rfind("\n", 0, orig[i - 1]) + 1
            if not (wrapped and len(original_text[line_start : orig[i - 1] + 1]) >= widest - 2):
                out.add(i)
    return frozenset(out)


def space_breaks(text: str, orig, original_text: str) -> frozenset[int]:
    """Analysis offsets i where the original has a space inside a line between two katakana words of two
    letters or more (a list line ソイニ フィンランド外務大臣: a name, then a state), which the repair dropped;
    a letter-spaced heading (ロ シ ア) parts single letters and is left alone."""
    out = set()
    for i in range(1, len(text)):
        gap = original_text[orig[i - 1] + 1 : orig[i]]
        if gap and "\n" not in gap and gap.isspace() and _KATAKANA.match(text[i - 1]) and _KATAKANA.match(text[i]) \
                and _run(text, i, -1) >= 2 and _run(text, i, 1) >= 2:
            out.add(i)
    return frozenset(out)


def split_at_breaks(ents: list[Entity], text: str, breaks: frozenset[int], glossary) -> list[Entity]:
    """The model's entities cut at ``breaks`` before the glossary merge (ナビル・シャース|パレスチナ: the person
    stays beside the state the glossary finds), each piece looked up and typed on its own."""
    return [p for e in ents for p in (_split(e, text, breaks, glossary) if e.match == "model" else [e])]


def _run(text: str, i: int, step: int) -> int:
    """Katakana letters before (step -1) or from (step 1) offset i."""
    n, j = 0, (i - 1 if step < 0 else i)
    while 0 <= j < len(text) and _KATAKANA.match(text[j]):
        n, j = n + 1, j + step
    return n


def surface_rules(ents: list[Entity], text: str, glossary, breaks: frozenset[int] = frozenset()) -> list[Entity]:
    """The chunk's entities after the repairs above (sorted by offsets)."""
    out = []
    for e in ents:
        if e.type == "OTHER" and text.startswith("版", e.end):
            continue  # 英語版: Wikipedia's link to another edition, not a mention of the language
        if e.type != "PERSON" and in_english_title(text, e.start, e.text):
            continue  # Minister for Foreign Affairs: the tail of an office's English name, not the journal
        pieces = [p for g in _glued(e, text, glossary) for p in _split(g, text, breaks, glossary)] \
            if e.match == "model" else _glued(e, text, glossary)
        for piece in pieces:
            piece = _repaired(piece, text) if piece.glossary_id is None else piece
            if piece is not None and not _in_lead_reading(piece, text):
                out.append(piece)
    return sorted(out, key=lambda e: (e.start, e.end, e.glossary_id or ""))


def _glued(e: Entity, text: str, glossary) -> list[Entity]:
    """アメリカ米韓相互防衛条約, 韓国日米安全保障条約 (two link texts run together): an entity that begins
    with a country's name followed by a compound of one-character country names is two names; so is
    a katakana name the model ran on into a one-character country (トランプ米政権: Trump, the US), or into a
    state after a space (a list line: ソイニ フィンランド外務大臣)."""
    m = _NAME_THEN_STATE.fullmatch(e.text)
    if not (m and _country(m.group(2), glossary)):
        m = _NAME_SPACE_STATE.fullmatch(e.text)
    if e.type == "PERSON" and m and _country(m.group(2), glossary):
        entry, k = glossary.get(_country(m.group(2), glossary)), m.end(1)
        name = _piece(replace(e, glossary_id=None, label_en=None, label_ja=None), text, e.start, e.start + k, glossary)
        return [name, Entity(e.start + m.start(2), e.end, m.group(2), "COUNTRY", entry.id, entry.label_en,
                             entry.label_ja, "exact", 1.0, label_en_source="glossary")]  # a space between: neither
    for k in range(len(e.text) - 4, 1, -1):
        head, rest = e.text[:k], e.text[k:]
        if e.glossary_id is not None and e.glossary_id not in {c.glossary_id for c in glossary.lookup(rest)}:
            continue  # a linked name is split only when its link holds for the rest alone
        if _country(head, glossary) and _country(rest[0], glossary) and _country(rest[1], glossary):
            entry = glossary.get(_country(head, glossary))
            return [Entity(e.start, e.start + k, head, "COUNTRY", entry.id, entry.label_en, entry.label_ja,
                           "exact", 1.0, label_en_source="glossary"),
                    replace(e, start=e.start + k, text=rest)]
    return [e]


def _country(surface: str, glossary) -> str | None:
    return next((c.glossary_id for c in glossary.lookup(surface) if glossary.get(c.glossary_id).type == "COUNTRY"), None)


def _split(e: Entity, text: str, breaks: frozenset[int], glossary) -> list[Entity]:
    cuts = sorted(b for b in breaks if e.start < b < e.end)
    if not cuts:
        return [e]
    out = []
    for s, t in zip([e.start, *cuts], [*cuts, e.end]):
        while s < t and text[s].isspace():
            s += 1
        while t > s and text[t - 1].isspace():
            t -= 1
        if t - s >= 2:
            out.append(_piece(e, text, s, t, glossary))
    return out


def _piece(e: Entity, text: str, s: int, t: int, glossary) -> Entity:
    surface = text[s:t]
    cands = glossary.lookup(surface)
    if cands:
        entry = glossary.get(cands[0].glossary_id)
        return Entity(s, t, surface, entry.type, entry.id, entry.label_en, entry.label_ja, cands[0].method,
                      cands[0].score, model_label=e.model_label, label_en_source="glossary")
    typ = _suffix_type(surface) or ("PERSON" if "・" in surface and _KATAKANA.sub("", surface).strip("・") == ""
                                    else e.type)
    return replace(e, start=s, end=t, text=surface, type=typ, role=None)


def _repaired(e: Entity, text: str) -> Entity | None:
    """The entity after the script, residue and context rules, or None when it is not one."""
    if e.text.endswith("版") or (text.startswith("版", e.end) and e.type == "OTHER"):
        return None  # 英語版, UTC版: an edition, not a name
    if _NUMBER_FIRST.match(e.text) and e.type in ("PERSON", "LOCATION", "COUNTRY"):
        return None  # 6,430万キロリットル: a quantity
    if _DATE_ONLY.fullmatch(e.text):
        return None  # 2019年 (of 2019年第3号公告) typed EVENT: a date, which the date stage reads
    if _HIRAGANA.fullmatch(e.text) and _reading(e, text):
        return None  # 岸田文雄(きしだふみお): the reading of the name before, not another name
    if _LATIN_WORD.match(e.text[:1] or " ") or (e.text and _LATIN_WORD.match(e.text[-1])):
        if e.text.endswith("-") or e.text.startswith("-"):
            e = _whole_words(e, text)  # Afrika- → Afrika-unie
        word = e.text.rstrip(".")
        if word.islower() or word in _NAV_WORDS or word in _HONORIFIC_EN:
            return None
        if e.type in ("PERSON", "PRODUCT", "OTHER") and any(
                w.lower() in _ORG_WORDS for w in re.split(r"[\s\-]+", e.text)):
            return replace(e, type="ORGANIZATION")
        return e
    if e.text.startswith("版") and _EDITION_END.search(text, max(0, e.start - 8), e.start + 1):
        e = replace(e, start=e.start + 1, text=e.text[1:])
        e = _katakana_name(e, text)
    if e.type in ("PRODUCT", "OTHER", "ORGANIZATION") and e.text.endswith(_MEETINGS) and len(e.text) > 3:
        return replace(e, type="EVENT")  # 六者協議: talks, not a product
    if _KATAKANA.fullmatch(e.text) and text.startswith(_REGION_WORDS, e.end):
        word = next(w for w in _REGION_WORDS if text.startswith(w, e.end))
        return replace(e, end=e.end + len(word), text=e.text + word, type="LOCATION")  # カシミール地方
    m = _DIRECTION.match(e.text)
    if m and _KATAKANA.fullmatch(e.text[m.end():]):
        return replace(e, start=e.start + m.end(), text=e.text[m.end():], type="LOCATION")
    if e.type in _TO_PERSON and _KATAKANA.fullmatch(e.text) and _PERSON_TITLE.match(text, e.end) \
            and not (e.start > 0 and _KATAKANA_CHAR.match(text[e.start - 1])):
        return replace(e, type="PERSON")
    return e


def _reading(e: Entity, text: str) -> bool:
    """The entity is in brackets of kana only right after a kanji word: a reading (Wikipedia's lead)."""
    open_ = max(text.rfind("(", 0, e.start), text.rfind("（", 0, e.start))
    close = min((i for i in (text.find(")", e.end), text.find("）", e.end)) if i >= 0), default=-1)
    return open_ > 0 and close > 0 and _KANJI_OR_KANA.match(text[open_ - 1]) is not None \
        and _KANA.fullmatch(re.sub(r"[\s・、]", "", text[open_ + 1:close])) is not None


def _in_lead_reading(e: Entity, text: str) -> bool:
    """The entity is inside the kana reading that opens a bracket after a name and ends at its first
    、 or colon (Wikipedia's lead: 第三次中東戦争(だいさんじちゅうとうせんそう、ヘブライ語: …))."""
    open_ = max(text.rfind("(", 0, e.start), text.rfind("（", 0, e.start))
    if open_ <= 0 or not _KANJI_OR_KANA.match(text[open_ - 1]):
        return False
    seg = _LEAD_READING.match(text, open_ + 1)
    return seg is not None and e.end <= seg.end() and re.search(r"[\u3041-\u3096]", seg.group()) is not None


def _whole_words(e: Entity, text: str) -> Entity:
    s, t = e.start, e.end
    while s > 0 and _LATIN_WORD.match(text[s - 1]) and _LATIN_WORD.match(text[s]):
        s -= 1
    while t < len(text) and _LATIN_WORD.match(text[t]) and _LATIN_WORD.match(text[t - 1]):
        t += 1
    return e if (s, t) == (e.start, e.end) else replace(e, start=s, end=t, text=text[s:t])


def _katakana_name(e: Entity, text: str) -> Entity:
    """ムーサ before ・ファキ: the whole dotted katakana name, a person."""
    t = e.end
    while t < len(text) and _KATAKANA_CHAR.match(text[t]):
        t += 1
    surface = text[e.start:t]
    if _KATAKANA.fullmatch(e.text) and "・" in surface:
        return replace(e, end=t, text=surface, type="PERSON")
    return e


def _as(model: Entity, e: Entity) -> Entity:
    return replace(e, type=model.type, glossary_id=model.glossary_id, label_en=model.label_en,
                   label_ja=model.label_ja, match=model.match, score=model.score,
                   label_en_source=model.label_en_source)


def propagate(ents: list[Entity], text: str) -> list[Entity]:
    """A katakana name of three or more letters the chunk types once is an entity at every mention."""
    named = {}
    for e in ents:  # a linked name, then a state's, wins over the model's other guesses for the surface
        if len(e.text) >= 3 and _KATAKANA.fullmatch(e.text):
            rank = (e.glossary_id is not None, e.type == "COUNTRY")
            old = named.get(e.text)
            if old is None or rank > (old.glossary_id is not None, old.type == "COUNTRY"):
                named[e.text] = e
    ents = [_as(named[x.text], x) if x.glossary_id is None and x.text in named else x for x in ents]
    for surface, e in named.items():
        if e.glossary_id is not None:
            continue  # the glossary matcher has found a linked name wherever it is one (not in ロシア人)
        for s, t in katakana_words(surface, text):
            if not any(x.start < t and s < x.end for x in ents):
                ents = put(ents, replace(e, start=s, end=t, text=surface, id="", model_label=None, role=None))
    return ents


def katakana_words(surface: str, text: str, joiners: str = ""):
    """The spans of `surface` in `text` that are a whole katakana word: not inside a longer one, nor
    beside one of `joiners` (・＝ of a longer name)."""
    edge = re.compile(f"[\u30a1-\u30fa\u30fc{re.escape(joiners)}]")
    for m in re.finditer(re.escape(surface), text):
        s, t = m.span()
        if not ((s > 0 and edge.match(text[s - 1])) or (t < len(text) and edge.match(text[t]))):
            yield s, t


_ACRONYM_NAME = re.compile(r"[A-Z][A-Z0-9]{1,7}")
_GROUP_OF_STATES = ("諸国", "地域", "圏")


def harmonize(ents: list[Entity]) -> list[Entity]:
    """One name, one reading per document: unlinked mentions of a katakana name or an acronym take the
    reading of a linked mention of the same surface (ソロモン政府 → ソロモン, later ソロモン no person),
    else of a mention naming a group of states (MENA諸国: MENA is a region), in every chunk."""
    best: dict[str, tuple[int, Entity]] = {}
    for e in ents:
        key, group = _key(e.text)
        if key is None:
            continue
        rank = 2 if e.glossary_id else 1 if (group and e.type == "LOCATION") else 0
        if rank and (key not in best or rank > best[key][0]):
            best[key] = (rank, e)
    out = []
    for e in ents:
        key, group = _key(e.text)
        if key in best and e.glossary_id is None and not group and e.text == key:
            ref = best[key][1]
            if ref.glossary_id and ref.text == e.text:
                e = _as(ref, e)
            elif not ref.glossary_id:
                e = replace(e, type=ref.type)
        out.append(e)
    return out


def _key(surface: str) -> tuple[str | None, bool]:
    """The name a mention is about and whether it names a group of states (MENA諸国 → MENA)."""
    for g in _GROUP_OF_STATES:
        if surface.endswith(g) and _ACRONYM_NAME.fullmatch(surface[: -len(g)]):
            return surface[: -len(g)], True
    if _ACRONYM_NAME.fullmatch(surface) or (len(surface) >= 3 and _KATAKANA.fullmatch(surface)):
        return surface, False
    return None, False
