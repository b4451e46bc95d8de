"""What a name is, read from the words around it (issue 9, meeting summaries, press and papers).

Applied by `refine_entities` after the shape and business rules, on one chunk's entities
(`name_kinds`). Each rule is about how a kind of name is built, never about a particular name:

- a meeting of a group or of its ministers is an EVENT over the group and the meeting word:
  G20 + 外相会合, NATO + 首脳会議, ASEAN + 関連外相会議, a business forum (日モンゴルビジネスフォーラム),
  a treaty's review conference (NPT + 運用検討会議), a host place between them (G7 + 広島 + 外相会合);
  a year glued before the group is part of the name (2015年NPT運用検討会議). A bare meeting word
  after a group (NATO会議) or a generic one with no group (外相会談) is left alone;
- a fleet (…艦隊) after a proper name or a place is an ORGANIZATION (バルチック艦隊, 黒海艦隊); a
  state's fleet (ロシア艦隊) is a mention of the state, as a state's army or government is;
- a plan or a strategy named after a place (横浜行動計画2019: 横浜 + 行動計画 + its year) and a
  policy named by a dotted loanword (オープン・ドア政策) are POLICY;
- a Latin name is typed by its English head word (`latin_names`: Export Promotion Bureau: ORGANIZATION; …
  Conflict: EVENT; … Treaty: AGREEMENT), with a short form the model joined to it after a colon;
- a state's name at the start of a body is its own mention (タイ外務省 → タイ + 外務省), as the annotation
  rules have it: a body the glossary does not know, and a ministry or agency it knows (the body keeps its link);
- a person the model runs together with his country around a ・ (ボルド・モンゴル外務大臣: the list
  form "name・country title") is the person and the country;
- a generic agreement of common nouns (経済連携協定, 自由貿易協定 with no party, no name) is no entity;
  one with a named party before it (EAEUとの自由貿易協定) is that particular agreement;
- a Latin name with a particle (Serafim de Freitas, Ursula von der Leyen) is a PERSON (`latin_names`);
- Latin words of a title the model calls a person (The Phases, Chance For) are no person; bodies
  run together around ・ (A評議会・B評議会) are each their own name;
- numbers with their unit or change word (前年比3.8%増, 九一年), honorifics alone (H.E. Ms.) and page chrome (breadcrumbs with
  ★ ♪ | >, 現在地, HOME, Contents, a part number 第III部) are no entity.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import Entity
from ..titles import LATIN_HONORIFICS
from .composed import BODY_HEADS, state_body_link
from .headwords import FLEET, GENERIC_AGREEMENTS
from .latin_names import latin_heads, particle_persons, title_fragment
from .mentions import _suffix_type
from .context import state_bodies
from .governments import state_entry
from .shapes import put
from .surfaces import _NAV_WORDS
from .tokens import tokens_in
from .unlinked import unlinked as _unlinked

_GROUP_TYPES = ("ORGANIZATION",)
_ROLE = r"(?:外相|外務大臣|首脳|閣僚(?:レベル|級)?|財務相|財務大臣|国防相|防衛相|経済相|貿易相|農相|環境相|保健相|エネルギー相|高官|次官級|局長級|実務者|大臣)"
_MEETING_AFTER = re.compile(
    rf"(?:関連)?(?:{_ROLE}(?:・{_ROLE})*(?:会議|会合)|首脳会議|サミット|運用検討会議|再検討会議)")
_TREATY_MEETING = re.compile(r"運用検討会議|再検討会議|締約国会議")  # NPT運用検討会議: a treaty's review
_FORUM = re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30fa\u30fc々])[\u4e00-\u9fff\u30a1-\u30fa\u30fc]{1,12}?(?:ビジネス|経済|投資|官民)フォーラム")
_MEETING_END = re.compile(rf"(?<=.)(?:関連)?{_ROLE}(?:会議|会合)$|(?:ビジネス|経済|投資|官民)フォーラム$")
# English of the words after a linked name, for the label composed from the name's (glossary source)
_HEAD_EN = {"外相会合": "Foreign Ministers' Meeting", "外相会議": "Foreign Ministers' Meeting",
            "外務大臣会合": "Foreign Ministers' Meeting", "首脳会議": "Summit", "首脳会合": "Summit",
            "サミット": "Summit", "閣僚会合": "Ministerial Meeting", "閣僚会議": "Ministerial Meeting",
            "閣僚レベル会合": "Ministerial Meeting", "閣僚級会合": "Ministerial Meeting",
            "財務相会合": "Finance Ministers' Meeting", "国防相会合": "Defence Ministers' Meeting",
            "国防相会議": "Defence Ministers' Meeting", "防衛相会合": "Defence Ministers' Meeting",
            "経済相会合": "Economic Ministers' Meeting", "貿易相会合": "Trade Ministers' Meeting",
            "運用検討会議": "Review Conference", "再検討会議": "Review Conference",
            "締約国会議": "Conference of the Parties",
            "艦隊": "Fleet", "行動計画": "Action Plan", "戦略": "Strategy", "ビジョン": "Vision"}
_YEAR = re.compile(r"(?<![0-9０-９])[0-9０-９]{4}年$")
_FLEET = re.compile(FLEET)
_PLAN_AFTER = re.compile(r"(?:行動計画|行動指針|戦略|ビジョン)(?:[0-9０-９]{4})?")
_DOTTED_POLICY = re.compile(r"(?<![\u30a1-\u30fa\u30fc・])[\u30a1-\u30fa\u30fc]+(?:・[\u30a1-\u30fa\u30fc]+)+(?:政策|主義|ドクトリン)")
_NAME_CHAR = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa\u30fc々A-Za-z0-9０-９]")
_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]{2,}")
_NUMERAL = "0-9０-９.,．，一二三四五六七八九〇十百千万億兆"
_NUMBER = re.compile(
    rf"(?:前年比|前年同期比|前月比|前期比|前年度比|対前年比)?[{_NUMERAL}]*[0-9０-９一二三四五六七八九〇十][{_NUMERAL}]*"
    r"(?:%|％|ポイント|年代|年|月|日|倍|人|円|ドル|トン|t|件|台|カ国|か国|ヵ国)?(?:増|減|上昇|低下|増加|減少)?")
_PARTY_PARTICLE = re.compile(r"(?:との|間の|の)$")
_AGREEMENT_HEAD = re.compile("(?:" + "|".join(GENERIC_AGREEMENTS) + ")$")
_NAME_CHAR_LATIN = re.compile(r"[A-Za-z0-9０-９・]")
_BODY_HEAD = re.compile(r"(?:省|庁|府|局)$")  # a ministry or an agency; a commission (…委員会) is often a name
_KANJI_START = re.compile(r"[\u4e00-\u9fff]{2}")
_MORE_BODIES = ("協会", "学会", "財団", "組合", "機関")  # bodies beside SUFFIX_TYPES' heads
_HONORIFICS_ONLY = re.compile(r"(?:(?:" + "|".join(map(re.escape, LATIN_HONORIFICS)) + r")\s*)+")
_PART = re.compile(r"第[0-9０-９IVXⅠ-Ⅻ一二三四五六七八九十]+(?:部|章|節|編)")
_CHROME_MARK = re.compile(r"[★☆♪|｜>＞»«◆◇■□▲△▼▽]")
_CHROME_WORDS = re.compile("|".join(("現在地", "Home", "ホーム", "トップページ", "Contents", "CONTENTS", "目次", "メニュー", "Menu",
                                     "サイトマップ", "パンくずリスト", *sorted(_NAV_WORDS))))  # the repair drops the space: 現在地HOME


def name_kinds(ents: list[Entity], text: str, sdoc, glossary) -> list[Entity]:
    """The chunk's entities after the rules in the module docstring (sorted by offsets)."""
    ents = [e for e in ents if not _no_name(e) and not title_fragment(e)
            and not (_generic_agreement(e, sdoc, glossary) and not _party_before(e, text, ents))]
    ents = [part for e in ents for part in _listed_bodies(e)]
    ents = _state_bodies(particle_persons(latin_heads(_split_person_country(ents, glossary), text), text), glossary)
    ents = sorted((*ents, *_bodies_after_states(text, ents, sdoc, glossary)), key=lambda e: (e.start, e.end))
    for new in (*_meetings(text, ents, sdoc), *_fleets(text, ents, sdoc), *_plans(text, ents, sdoc)):
        ents = _retyped_or_put(ents, new)
    return sorted(ents, key=lambda e: (e.start, e.end, e.glossary_id or ""))


def _no_name(e: Entity) -> bool:
    """A number with its unit (前年比3.8%増, 九一年), a part number (第III部) or page chrome."""
    if not _unlinked(e):
        return False
    surface = e.text.strip()
    if _NUMBER.fullmatch(surface) or _PART.fullmatch(surface) or _HONORIFICS_ONLY.fullmatch(surface):
        return True
    return bool(_CHROME_MARK.search(surface)) or not _CHROME_WORDS.sub("", surface).strip()


def _listed_bodies(e: Entity) -> list[Entity]:
    """Aサーミ評議会・B極域評議会: bodies the model ran together around ・ are each their own name
    (every part ends in an organisation's head noun)."""
    parts = e.text.split("・")
    if e.type != "ORGANIZATION" or not _unlinked(e) or len(parts) < 2 or any(
            len(p) < 3 or not (_suffix_type(p) == "ORGANIZATION" or p.endswith(_MORE_BODIES)) for p in parts):
        return [e]
    out, s = [], e.start
    for p in parts:
        out.append(Entity(s, s + len(p), p, "ORGANIZATION", match="model", score=0.5))
        s += len(p) + 1
    return out


def _party_before(e: Entity, text: str, ents: list[Entity]) -> bool:
    """ユーラシア経済連合（EAEU）との自由貿易協定: a named party attached before it (…との, …間の, …の)
    makes an agreement phrase one particular agreement."""
    m = _PARTY_PARTICLE.search(text, max(0, e.start - 4), e.start)
    if m is None:
        return False
    p = m.start()
    if p > 0 and text[p - 1] in ")）":
        p = max(text.rfind("(", 0, p), text.rfind("（", 0, p))  # the party's short form in brackets
    return p > 0 and any(x.end == p and x.type in ("COUNTRY", "ORGANIZATION", "LOCATION") for x in ents)


def _generic_agreement(e: Entity, sdoc, glossary) -> bool:
    """経済連携協定, 安全保障協定: an agreement of common nouns with no party or name is a kind of treaty
    (the annotation rules' generic agreement phrase); the acronym in brackets after it then goes too
    (`brackets`)."""
    if not (_unlinked(e) and e.type == "AGREEMENT" and _AGREEMENT_HEAD.search(e.text)):
        return False
    tokens = tokens_in(sdoc, e.start, e.end)
    if not tokens or _NAME_CHAR_LATIN.search(e.text) or any(_parties(t.text, glossary) for t in tokens):
        return False
    return all(t.tag_.startswith("名詞-普通名詞") for t in tokens)


def _parties(word: str, glossary) -> bool:
    """米韓, 日露: a word of one-kanji country names (the parties of a treaty, which make it a name)."""
    return 2 <= len(word) <= 3 and all(
        any(glossary.get(c.glossary_id).type == "COUNTRY" for c in glossary.lookup(ch)) for ch in word)


def _ends_word(text: str, end: int, sdoc) -> bool:
    """Nothing of the same word runs on after `end` (a token ends there, 会合|出席)."""
    if end >= len(text) or not _NAME_CHAR.match(text[end]):
        return True
    return bool(tokens_in(sdoc, end, end + 1)) and tokens_in(sdoc, end, end + 1)[0].idx == end


def _meetings(text: str, ents: list[Entity], sdoc) -> list[Entity]:
    out = []
    for e in ents:
        if e.type in _GROUP_TYPES or e.type == "AGREEMENT":
            at = _after_places(e.end, ents) if e.type in _GROUP_TYPES else e.end  # G7 + 長野県軽井沢 + 外相会合
            m = (_MEETING_AFTER if e.type in _GROUP_TYPES else _TREATY_MEETING).match(text, at)
            if m is not None and _ends_word(text, m.end(), sdoc):
                year = _YEAR.search(text, max(0, e.start - 5), e.start)
                start = year.start() if year is not None and year.end() == e.start else e.start
                out.append(_composed(text, start, m.end(), "EVENT", e, m.group(), text[start:e.start]))
                continue
        if e.type != "EVENT" and _MEETING_END.search(e.text) and e.match in ("model", "fuzzy"):
            out.append(replace(e, type="EVENT", role=None))  # ASEAN関連外相会議: the model's body is a meeting;
            # the glossary's own name of a standing meeting (ASEAN外相会議, AMM) stays the body it lists
    for m in _FORUM.finditer(text):  # 日モンゴルビジネスフォーラム: a name before the forum word
        named = any(m.start() <= x.start and x.end <= m.end() for x in ents) or any(
            "固有名詞" in t.tag_ for t in tokens_in(sdoc, m.start(), m.end()))
        if named and _ends_word(text, m.end(), sdoc):
            out.append(Entity(m.start(), m.end(), m.group(), "EVENT", match="model", score=0.5))
    return out


def _after_places(i: int, ents: list[Entity]) -> int:
    """The end of the place names glued one after another at `i` (the host of a meeting), else `i`."""
    places = {e.start: e.end for e in ents if e.type == "LOCATION"}
    while i in places:
        i = places[i]
    return i


def _fleets(text: str, ents: list[Entity], sdoc) -> list[Entity]:
    """…艦隊 after a place or a proper noun (バルチック, 黒海): the fleet is a body."""
    out = []
    for m in _FLEET.finditer(text):
        if not _ends_word(text, m.end(), sdoc):
            continue
        owner = next((e for e in ents if e.end == m.start() and e.type == "LOCATION"), None)
        if owner is not None:
            out.append(_composed(text, owner.start, m.end(), "ORGANIZATION", owner, FLEET))
            continue
        if any(e.end == m.start() for e in ents):
            continue  # ロシア艦隊: a state's fleet is a mention of the state
        before = [t for t in tokens_in(sdoc, max(0, m.start() - 12), m.start()) if t.idx + len(t.text) <= m.start()]
        if before and before[-1].idx + len(before[-1].text) == m.start() and (
                "固有名詞" in before[-1].tag_ or _KATAKANA.fullmatch(before[-1].text)):
            s = before[-1].idx
            out.append(Entity(s, m.end(), text[s:m.end()], "ORGANIZATION", match="model", score=0.5))
    return out


def _plans(text: str, ents: list[Entity], sdoc) -> list[Entity]:
    out = []
    for e in ents:
        if e.type != "LOCATION" or (e.start > 0 and _NAME_CHAR.match(text[e.start - 1])):
            continue
        m = _PLAN_AFTER.match(text, e.end)
        if m is not None and _ends_word(text, m.end(), sdoc):
            out.append(_composed(text, e.start, m.end(), "POLICY", e, m.group()))
    for m in _PLAN_AFTER.finditer(text):  # 神戸行動計画: a place name the model did not mark
        before = [t for t in tokens_in(sdoc, max(0, m.start() - 8), m.start()) if t.idx + len(t.text) == m.start()]
        if before and "地名" in before[-1].tag_ and _ends_word(text, m.end(), sdoc) and not (
                before[-1].idx > 0 and _NAME_CHAR.match(text[before[-1].idx - 1])):
            out.append(Entity(before[-1].idx, m.end(), text[before[-1].idx:m.end()], "POLICY", match="model", score=0.5))
    for m in _DOTTED_POLICY.finditer(text):
        if _ends_word(text, m.end(), sdoc):
            out.append(Entity(m.start(), m.end(), m.group(), "POLICY", match="model", score=0.5))
    return out


def _composed(text: str, start: int, end: int, typ: str, name: Entity, head: str, year: str = "") -> Entity:
    """The new entity, labelled from the linked name and the English of the words after it
    (G20 + 外相会合 → G20 Foreign Ministers' Meeting; 横浜 + 行動計画2019 → Yokohama Action Plan 2019)."""
    core = head.rstrip("0123456789０１２３４５６７８９").removeprefix("関連")
    label = None
    if name.glossary_id and name.label_en and core in _HEAD_EN:
        digits = (year + head[len(head.rstrip("0123456789０１２３４５６７８９")):]).translate(_DIGITS).rstrip("年")
        label = " ".join(p for p in (digits if year else "", name.label_en, _HEAD_EN[core], "" if year else digits) if p)
    return Entity(start, end, text[start:end], typ, match="model", score=0.5, label_en=label,
                  label_en_source="composed" if label else None)


_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def _retyped_or_put(ents: list[Entity], new: Entity) -> list[Entity]:
    """An entity on the very span takes the new type (keeping its link); else `new` is put in,
    replacing what lies inside it."""
    if any((e.start, e.end) == (new.start, new.end) for e in ents):
        return [replace(e, type=new.type) if (e.start, e.end) == (new.start, new.end) else e for e in ents]
    return put(ents, new)


def _state_bodies(ents: list[Entity], glossary) -> list[Entity]:
    """タイ外務省, バングラデシュ輸出振興庁: a state's name at the start of a body the glossary does not
    know is a mention of the state, then the body (the annotation rule: 韓国外交部 → 韓国 + 外交部)."""
    out = []
    for e in ents:
        linked = e.type == "ORGANIZATION" and not _unlinked(e)
        cut = 0 if e.type != "ORGANIZATION" else _linked_state_prefix(e, glossary) if linked else _state_prefix(e, glossary)
        if not cut:
            out.append(e)
            continue
        entry = state_entry(e.text[:cut], glossary)
        out.append(Entity(e.start, e.start + cut, e.text[:cut], "COUNTRY", entry.id, entry.label_en, entry.label_ja,
                          "exact", 0.9, label_en_source="glossary"))
        if linked:  # タイ外務省 (org:mfa-tha): the body keeps the glossary's link
            out.append(replace(e, start=e.start + cut, text=e.text[cut:]))
            continue
        body = replace(e, start=e.start + cut, text=e.text[cut:], label_en=None, label_en_source=None)
        out.append(replace(body, **state_body_link(e.text[:cut], body.text, glossary)))  # 露 + 内務省: org:moi-rus
    return out


_SHORT_BODIES = ("中銀",)  # a central bank's short form (ブラジル中銀), too short for the bare-name table
_LINKED_HEADS = ("省", "部", "庁", "府", "局", *_SHORT_BODIES)
_MINISTRY_HEADS = ("省", "部")
_FORCES = {"MIL", "COP"}  # armed forces and police, coast guards: CAMEO actor sectors


def _linked_state_prefix(e: Entity, glossary) -> int:
    """タイ外務省, 韓国外交部, ブラジル中銀, 米国防総省 linked to the state's ministry or agency: the length of the
    state's name before the body, when the rest is a body's bare name (a ministry head, a bare name other
    states' bodies share, or a name of the entry itself), else 0. Only ministries and agencies (…省, 部, 庁,
    府, 局, 中銀): a government (日本政府), an army (イスラエル軍), a party or an institute keeps its whole name,
    as the annotation rules have it; so does a security force named with its state, whatever its head noun
    (中国海警局, the China Coast Guard: the sectors of armed and police forces, MIL and COP) unless it is a
    ministry (…省, …部: 米 + 国防総省, 台湾 + 国防部)."""
    entry = glossary.get(e.glossary_id)
    if entry is None or not entry.country or e.text.endswith("政府") or not e.text.endswith(_LINKED_HEADS):
        return 0
    if entry.sector in _FORCES and not e.text.endswith(_MINISTRY_HEADS):  # 米 + 国防総省 is still a ministry
        return 0
    cuts = [cut for cut in range(len(e.text) - 2, 0, -1)
            if getattr(state_entry(e.text[:cut], glossary), "iso3166", None) == entry.country]
    own = (*BODY_HEADS, *_SHORT_BODIES, entry.label_ja, *entry.aliases_ja)
    bare = state_bodies(glossary)
    # a ministry's head or the entry's own bare name first (米 + 国防総省, not 米国 + 防総省), then a bare name
    return next((c for c in cuts if e.text[c:] in own), None) or next(
        (c for c in cuts if entry.country in bare.get(e.text[c:], {})), 0)


def _bodies_after_states(text: str, ents: list[Entity], sdoc, glossary) -> list[Entity]:
    """ブータン外務省 where nothing covers 外務省 (the glossary leaves Japan's 外務省 unlinked after another
    state, and the model may mark nothing): the ministry right after a state's mention, linked as that
    state's body (org:mfa-btn). Only the ministries' heads (…省, …部), a whole word."""
    out = []
    for e in ents:
        if e.type != "COUNTRY" or e.glossary_id is None:
            continue
        head = next((h for h in _MINISTRIES if text.startswith(h, e.end)), None)
        end = e.end + len(head or "")
        if head and _ends_word(text, end, sdoc) and not any(x.start < end and e.end < x.end for x in ents):
            link = state_body_link(e.text, head, glossary)
            if link:
                out.append(replace(Entity(e.end, end, head, "ORGANIZATION"), **link))
    return out


_MINISTRIES = sorted((h for h in BODY_HEADS if h.endswith(("省", "部"))), key=len, reverse=True)


def _state_prefix(e: Entity, glossary) -> int:
    """The length of the longest state name that begins `e` when it leaves a body's name (2+ kanji
    ending in 省, 庁, 府 or 局: アメリカ合衆国エネルギー省 is not アメリカ + 合衆国エネルギー省), else 0."""
    if not _BODY_HEAD.search(e.text) or e.text.endswith("政府"):
        return 0
    for cut in range(len(e.text) - 2, 0, -1):
        if state_entry(e.text[:cut], glossary) is not None and glossary.lookup(e.text[:cut]):
            if cut == 1 and not (e.text[cut:].startswith(tuple(BODY_HEADS)) or e.text.endswith(("省", "部"))):
                return 0  # 中央統計局 is no 中 + 央統計局: a one-kanji state only before a ministry (露内務省, 印商工省)
            return cut if _KANJI_START.match(e.text[cut:]) else 0  # the longest state name only
    return 0


def _names_hold(entry, part: str) -> bool:
    return entry is None or any(part in name for name in (entry.label_ja, *entry.aliases_ja))


def _split_person_country(ents: list[Entity], glossary) -> list[Entity]:
    """ナランツァツラルト・モンゴル: a person whose last dotted part is a country is the person, then the
    country, when unlinked or linked to a person whose own names do not hold that part (アブディルダエフ・キルギス
    外相 linked to Erlan Abdyldayev keeps the link on the name)."""
    out = []
    for e in ents:
        head, dot, tail = e.text.rpartition("・")
        person = e.type == "PERSON" and (_unlinked(e) or not _names_hold(glossary.get(e.glossary_id), tail))
        entry = state_entry(tail, glossary) if person and dot and len(head) >= 2 else None
        if entry is None:
            out.append(e)
            continue
        cut = e.start + len(head)
        out.append(replace(e, end=cut, text=head))
        out.append(Entity(cut + 1, e.end, tail, "COUNTRY", entry.id, entry.label_en, entry.label_ja, "exact", 0.9,
                          label_en_source="glossary"))
    return out
