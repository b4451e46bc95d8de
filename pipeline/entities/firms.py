"""Companies by their place in a business sentence, and the repairs business news needs.

Business and trade news names a company once, in a fixed frame, and GiNZA misses most of them.
The frames (never a particular name):

- an apposition after a word that says what the next name is: `業種大手の` / `大手、` / `子会社の` /
  `傘下の` / `日本法人` / `新会社「…」` (発電・ガス大手の上海申能集団, 傘下のインヴァスト証券,
  情報通信機器大手、華為技術, 日本法人ENTEK Japan);
- the topic of a corporate act: a name opening a sentence before は whose sentence buys, sells or
  takes over (Xは、…の全株式を取得し子会社化する; XとYは…TOBを行う);
- a one-kanji country before a foreign company (米センプラ・エナジー, 仏テクニップ): the country is
  its own mention, the name after it a company;
- a Latin name ending in a legal form (ENTEK Technology Holdings LLC, Minimum Studios Co., Ltd.);
- the items of a list a count of companies closes (…、兼松、三井物産の8社; A(深セン)、BなどN社).

A name is accepted only when one of its words is a name to Sudachi (a proper noun, or a word its
dictionary lacks) or it is Latin, and it does not end in a generic word (企業, 会社, 株式 …).

Repairs (`business_rules`, on the merged entities): a province (雲南省, クアンチ省: a place name
before 省) is a LOCATION, not a ministry (商務省, エネルギー省: common words before 省); an entity
ending in a particle or an unmatched bracket loses it (ペトロナスの, DJI)); an anaphor (同国政府,
同社) is no name; a model entity that is a commodity acronym with common nouns (LNG生産量), holds
a quantity (セメント5000万トン), is common words ending in 会社 (住宅販売連結子会社) or a project's
phase (第1期事業) is none either; an address Sudachi reads as one place name (東京都品川区) is one
LOCATION, not the 東京 inside it, and 藤枝市内 is 藤枝市.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..glossary import TITLES
from ..records import Entity
from .companies import COMPANY_HEADS
from .mentions import _suffix_type
from .sudachi import sudachi_tokenizer

_NAME_CHARS = r"[\u4e00-\u9fff\u30a1-\u30fa\u30fcA-Za-zＡ-Ｚａ-ｚ0-9０-９々・&＆]"
_LATIN_RUN = r"[A-Za-z0-9][A-Za-z0-9&.\-]*(?: [A-Z0-9][A-Za-z0-9&.\-]*)*"
_NAME_RUN = re.compile(rf"(?:{_LATIN_RUN}|{_NAME_CHARS})+")
_DESCRIPTORS = ("最大手", "大手", "中堅", "子会社", "傘下", "日本法人", "現地法人", "関連会社", "親会社",
                "合弁会社", "運営会社", "新会社", "新興企業")
_APPOSITION = re.compile("(" + "|".join(_DESCRIPTORS) + r")(?:の|、|で)?「?")
_CORPORATE_ACTS = re.compile(r"子会社化|買収|全株式|株式[^。]{0,12}取得|譲渡|売却|TOB|株式公開買い付け|受注|合併|"
                             r"出資|事業を取得|資本提携|業務提携")
# the end of a list of companies: …、兼松、三井物産の8社 / …などの国内企業 / …など中国・香港の12社
_LIST_END = re.compile(r"(?:など|等)(?:の)?(?:[^、。]{0,8}?の)?(?:[0-9０-９]+|計[0-9０-９]+)?(?:社|企業|国内企業|外国企業)"
                       r"|の(?:[0-9０-９]+|計[0-9０-９]+)社")
_SEAT = re.compile(r"[(（][^()（）]{1,12}[)）]")
_SENTENCE_START = re.compile(r"(?:^|(?<=[。\n]))[ 　]*")
_GENERIC_TAILS = ("企業", "会社", "各社", "メーカー", "業者", "株式", "株", "工場", "事業", "製品", "部門",
                  "社長", "会長", "幹部", "本社", "グループ会社", "子会社", "傘下", "大手", "勢", "側", "等")
_COUNTRY_ABBR = "米英仏独中韓台比印豪露加伊蘭"
_ABBR_NAME = re.compile(rf"(?<![\u4e00-\u9fff\u30a1-\u30fa\u30fcA-Za-z])([{_COUNTRY_ABBR}])"
                        r"([\u30a1-\u30fa\u30fc]{2,}(?:・[\u30a1-\u30fa\u30fc]+)*|[A-Z][A-Za-z0-9&\-]{1,})")
_NOT_AFTER_ABBR = re.compile(r"[州市省県島]|氏|大統領|首相|長官|大使|外相|国務|政府|軍|紙|誌|社長|CEO")
_LEGAL_LATIN = (r"(?:Holdings?|Group|Corporation|Corp\.|Company|Co\.,?|Inc\.?|LLC|Ltd\.?|Limited|PLC|plc|GmbH|AG|"
                r"S\.A\.|N\.V\.|B\.V\.|Pte\.?|Pty)")
_LATIN_COMPANY = re.compile(rf"(?<![A-Za-z0-9&])((?:[A-Za-z0-9][A-Za-z0-9&'\-.]* ){{1,6}}?{_LEGAL_LATIN}"
                            rf"(?:,? {_LEGAL_LATIN})*)(?![A-Za-z])")
_PARTICLE_END = re.compile(r"(?<=[\u4e00-\u9fff\u30a1-\u30fa\u30fcA-Za-z])[のはがをにとでも]$")
_ANAPHOR = re.compile(r"同(?:国|社|省|局|庁|行|中銀|州|市|政府|グループ)")
_COMMODITY_ACRONYM = re.compile(r"([A-Z]{2,6})[\u4e00-\u9fff\u30a1-\u30fa\u30fc]+")
_PHASE = re.compile(r"第[0-9０-９一二三四五六七八九十]+(?:期|弾|段階|フェーズ)[\u4e00-\u9fff\u30a1-\u30fa\u30fc]*$")
_GENERIC_FIRM = ("子会社", "関連会社", "合弁会社", "親会社", "国営企業", "石油会社", "会社")
_QUANTITY_INSIDE = re.compile(r"[0-9０-９][0-9０-９,.]*(?:万|億|兆)?(?:トン|キロワット|メガワット|ワット|バレル|円|ドル|元|%|％|人|台|件)?$")
_PROPER = "固有名詞"
_WARD_END = re.compile(r"[区市町村郡]$")
_PLACE_HEAD = re.compile(r"(?:省|市|県|州|区|自治区)$")
_NOT_COMPANY_END = tuple(sorted(set(TITLES) | {"政府", "軍", "当局", "政権", "省", "庁", "局", "委員会"}, key=len, reverse=True))


def firm_mentions(text: str, sdoc, ents: list[Entity]) -> list[Entity]:
    """ORGANIZATION entities for the companies the frames above name in `text` (one chunk); none
    over a person the glossary knows or ending in a title or 政府 (ロス米商務長官は); a list's
    item that is already a place or a person stays one (中国、北米などの企業)."""
    places = {(x.start, x.end) for x in ents if x.type in ("COUNTRY", "LOCATION", "PERSON")}
    spans = [*_appositions(text, sdoc), *_actors(text, sdoc), *_abbreviated(text, sdoc),
             *(span for span in _listed(text, sdoc) if span not in places),
             *(m.span(1) for m in _LATIN_COMPANY.finditer(text))]
    return [_org(text, s, e) for s, e in spans
            if not text[s:e].endswith(_NOT_COMPANY_END)
            and not any(x.type == "PERSON" and x.glossary_id and s <= x.start and x.end <= e for x in ents)]


def country_abbreviations(text: str, sdoc) -> list[tuple[int, int]]:
    """(start, end) of the one-kanji country before each foreign company (米 in 米センプラ・エナジー)."""
    return [(m.start(1), m.end(1)) for m in _ABBR_NAME.finditer(text) if _abbr_ok(text, m, sdoc)]


def _org(text: str, s: int, e: int) -> Entity:
    return Entity(s, e, text[s:e], "ORGANIZATION", match="model", score=0.5)


def _appositions(text: str, sdoc):
    for m in _APPOSITION.finditer(text):
        run = _NAME_RUN.match(text, m.end())
        if run and _namelike(text, run.start(), run.end(), sdoc):
            yield run.start(), run.end()


def _actors(text: str, sdoc):
    """Xは / XとYは opening a sentence whose predicate is a corporate act."""
    for m in _SENTENCE_START.finditer(text):
        sentence = text[m.end(): _sentence_end(text, m.end())]
        if not _CORPORATE_ACTS.search(sentence):
            continue
        spans, i = [], m.end()
        while (run := _NAME_RUN.match(text, i)) is not None:
            spans.append(run.span())
            if text.startswith("と", run.end()):
                i = run.end() + 1
                continue
            if text.startswith("は", run.end()):
                yield from ((s, e) for s, e in spans if _namelike(text, s, e, sdoc) or _foreign_word(text[s:e]))
            break


def _listed(text: str, sdoc):
    """The names of a list that a count of companies closes (A、B(深セン)、CなどN社): read back from
    the end over items joined by 、, each a name run with an optional seat in brackets."""
    for m in _LIST_END.finditer(text):
        end = m.start()
        while True:
            while end > 0 and _SEAT.search(text[max(0, end - 14):end]) and text[end - 1] in ")）":
                end = text.rfind("(" if "(" in text[max(0, end - 14):end] else "（", 0, end)
            start = end
            while start > 0 and _NAME_RUN.fullmatch(text[start - 1:end]) and text[start - 1] != "、":
                start -= 1
            if start == end:
                break
            if _namelike(text, start, end, sdoc) or _foreign_word(text[start:end]):
                yield start, end
            if start == 0 or text[start - 1] != "、":
                break
            end = start - 1


def _sentence_end(text: str, i: int) -> int:
    """Where the sentence from i ends: the first 。 outside brackets (AIR BIOS(東京都品川区。売上高…) …)."""
    depth = 0
    for j in range(i, len(text)):
        c = text[j]
        depth += c in "(（「"
        depth -= c in ")）」" and depth > 0
        if c in "。\n" and depth == 0:
            return j
    return len(text)


def _foreign_word(surface: str) -> bool:
    """インヴァスト, キムラタン: a katakana word of four or more letters as the one acting is its name."""
    return re.fullmatch(r"[\u30a1-\u30fa\u30fc・]{4,}", surface) is not None and not surface.endswith(_GENERIC_TAILS)


def _abbreviated(text: str, sdoc):
    for m in _ABBR_NAME.finditer(text):
        if _abbr_ok(text, m, sdoc):
            yield m.span(2)


def _abbr_ok(text: str, m: re.Match, sdoc) -> bool:
    """米センプラ・エナジー, 仏テクニップ, 米ENTEK: a foreign name (Latin, words joined by ・, or a word
    Sudachi does not know) after the country, neither a title's holder (米バイデン大統領) nor a
    place (米オハイオ州) nor a common word (米シンクタンク, 米ドル)."""
    name = m.group(2)
    if _NOT_AFTER_ABBR.match(text, m.end(2)) or name.endswith(_GENERIC_TAILS):
        return False
    return bool(re.match(r"[A-Z]", name)) or "・" in name or _has_unknown_word(name)


def _namelike(text: str, s: int, e: int, sdoc) -> bool:
    """A company name, not a common phrase: a proper noun, an unknown word or Latin among its words,
    and no generic word at its end."""
    surface = text[s:e]
    if e - s < 2 or surface.endswith(_GENERIC_TAILS) or surface.strip("・") != surface:
        return False
    if re.fullmatch(r"[0-9０-９,.]+.*", surface):
        return False
    if re.search(r"[A-Za-zＡ-Ｚａ-ｚ]", surface) or re.fullmatch(r"[\u30a1-\u30fa\u30fc]+(?:・[\u30a1-\u30fa\u30fc]+)+", surface):
        return True  # Latin, or foreign words joined by ・ (オルカ・ロジスティクス)
    tokens = [t for t in sdoc if s <= t.idx < e] if sdoc is not None else []
    if any(_PROPER in t.tag_ for t in tokens):
        return True
    return _has_unknown_word(surface)


@lru_cache(maxsize=4096)
def _has_unknown_word(surface: str) -> bool:
    tokenizer = sudachi_tokenizer()
    if tokenizer is None:
        return False
    try:
        return any(m.is_oov() or "固有名詞" in m.part_of_speech() for m in tokenizer.tokenize(surface))
    except Exception:  # a surface Sudachi cannot analyse: not known to be a name
        return False


# -- repairs of the merged entities ---------------------------------------------------------------

def business_rules(ents: list[Entity], text: str, sdoc, glossary) -> list[Entity]:
    """The chunk's entities after the repairs in the module docstring."""
    out = []
    for e in ents:
        e = _trimmed(e, text, glossary)
        if e is None or _no_name(e, sdoc):
            continue
        out.append(_address(_province(e, text, sdoc), text, sdoc, glossary))
    return out


def _address(e: Entity, text: str, sdoc, glossary) -> Entity:
    """東京 in 東京都品川区 (one place name to Sudachi) is the ward's address, one LOCATION; 藤枝市内
    is 藤枝市. A place that only gains its 都/府/県 (東京都) keeps its own reading and link."""
    if e.type != "LOCATION" or sdoc is None:
        return e
    if e.text.endswith("内") and len(e.text) > 2:
        tokens = [t for t in sdoc if e.start <= t.idx < e.end]
        if len(tokens) >= 2 and tokens[-1].text == "内" and "地名" in tokens[-2].tag_:
            return _relinked(e, text, e.start, e.end - 1, glossary)
        return e
    span = sdoc.char_span(e.start, e.end, alignment_mode="expand")
    if span is None or len(span) != 1 or "地名" not in span[0].tag_:
        return e
    s, t = span[0].idx, span[0].idx + len(span[0].text)
    if (s, t) == (e.start, e.end) or not _WARD_END.search(text[e.end:t]):
        return e
    return _relinked(e, text, s, t, glossary)


def _relinked(e: Entity, text: str, s: int, t: int, glossary) -> Entity:
    from .shapes import glossary_entity
    return glossary_entity(text, s, t, e.type, glossary) or Entity(s, t, text[s:t], e.type, match="model", score=0.5)


def _unlinked(e: Entity) -> bool:
    return e.glossary_id is None


def _trimmed(e: Entity, text: str, glossary) -> Entity | None:
    s, t = e.start, e.end
    while t > s and text[t - 1] in ")）" and not any(c in text[s:t] for c in "(（"):
        t -= 1
    while s < t and text[s] in "(（" and not any(c in text[s:t] for c in ")）"):
        s += 1
    if e.match in ("model", "fuzzy") and _PARTICLE_END.search(text[s:t]) and t - s > 2:
        t -= 1
    if (s, t) == (e.start, e.end):
        return e
    if t - s < 1:
        return None
    from .shapes import glossary_entity
    linked = glossary_entity(text, s, t, e.type, glossary)
    return linked or replace(e, start=s, end=t, text=text[s:t], glossary_id=None, label_en=None, label_ja=None,
                             match="model", candidates=(), label_en_source=None)


def _no_name(e: Entity, sdoc) -> bool:
    if not _unlinked(e):
        return False
    if _ANAPHOR.match(e.text) or _PHASE.match(e.text):
        return True  # 同国政府, 第1期事業
    if e.type == "ORGANIZATION" and e.text.endswith(_GENERIC_FIRM) and sdoc is not None:
        tokens = [t for t in sdoc if e.start <= t.idx < e.end]
        return bool(tokens) and all(t.tag_.startswith(("名詞-普通名詞", "接尾辞", "接頭辞")) for t in tokens)  # 住宅販売連結子会社
    if _QUANTITY_INSIDE.search(e.text) and re.match(r"[\u4e00-\u9fff\u30a1-\u30fa\u30fc]", e.text):
        return True  # セメント5000万トン, ユニット1000万: a measure, not a name
    m = _COMMODITY_ACRONYM.fullmatch(e.text)
    if m and sdoc is not None and _suffix_type(e.text) is None and e.text[len(m.group(1)):] not in COMPANY_HEADS + ("社", "グループ"):
        tail = [t for t in sdoc if e.start + len(m.group(1)) <= t.idx < e.end]
        return bool(tail) and all(t.tag_.startswith("名詞-普通名詞") for t in tail)  # LNG基地建設
    return False


def _province(e: Entity, text: str, sdoc) -> Entity:
    """雲南省, クアンチ省, 河北省秦皇島市: place names before 省/市/県 are a place (LOCATION), not a
    ministry (商務省, エネルギー省: common words before 省) nor whatever the model called it."""
    m = _PLACE_HEAD.search(e.text)
    if not (_unlinked(e) and e.type != "LOCATION" and m and len(e.text) >= 3):
        return e
    stem = e.text[:m.start()]
    tokens = [t for t in sdoc if e.start <= t.idx < e.start + len(stem)] if sdoc is not None else []
    whole = [t for t in sdoc if e.start <= t.idx < e.end] if sdoc is not None else []
    if len(whole) == 1 and _PROPER in whole[0].tag_:
        return replace(e, type="LOCATION")  # Sudachi knows 雲南省 as one place name
    if tokens and all(_PROPER in t.tag_ for t in tokens):
        return replace(e, type="LOCATION")
    if re.fullmatch(r"[\u30a1-\u30fa\u30fc・]+", stem) and _has_unknown_word(stem):
        return replace(e, type="LOCATION")  # クアンチ省 (unknown katakana), not エネルギー省
    return e
