"""Companies by their place in a business sentence: the frames business news names them in.

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
- the items of a list a count of companies closes (…、兼松、三井物産の8社; A(深セン)、BなどN社);
- the paper a news item cites after its day ((4日・スター), (30日・スター電子版)); and, as a
  PERSON, a foreign executive before his title (サード・カービCEO: `executives`).

A name is accepted only when one of its words is a name to Sudachi (a proper noun, or a word its
dictionary lacks) or it is Latin, and it does not end in a generic word (企業, 会社, 株式 …).
The repairs of the merged entities business news needs are in `repairs`.
"""
from __future__ import annotations

import re

from ..glossary import TITLES
from ..records import Entity
from .sudachi import words
from .tokens import tokens_in

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
# the paper a news item cites after its day: (4日・スター), (11月30日・スター電子版), (6日・ブレティン)
_DAY_CREDIT = re.compile(r"[(（](?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日(?:付)?・"
                         r"([\u30a1-\u30fa\u30fcA-Za-z][\u30a1-\u30fa\u30fcA-Za-z・ ]{1,20}?)(?:電子版|紙|誌)?[)）]")
# a foreign executive before his title: サード・カービCEO
_EXECUTIVE = re.compile(r"(?<![\u30a1-\u30fa\u30fc・])([\u30a1-\u30fa\u30fc]{2,}(?:・[\u30a1-\u30fa\u30fc]{2,})+)(?=CEO|COO|CFO|最高経営責任者)")
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
PROPER = "固有名詞"
_NOT_COMPANY_END = tuple(sorted(set(TITLES) | {"政府", "軍", "当局", "政権", "省", "庁", "局", "委員会"}, key=len, reverse=True))


def firm_mentions(text: str, sdoc, ents: list[Entity]) -> list[Entity]:
    """ORGANIZATION entities for the companies the frames above name in `text` (one chunk); none
    over a person the glossary knows or ending in a title or 政府 (ロス米商務長官は); a list's
    item that is already a place or a person stays one (中国、北米などの企業)."""
    places = {(x.start, x.end) for x in ents if x.type in ("COUNTRY", "LOCATION", "PERSON")}
    spans = [*_appositions(text, sdoc), *_actors(text, sdoc), *_abbreviated(text, sdoc),
             *(m.span(1) for m in _DAY_CREDIT.finditer(text)),
             *(span for span in _listed(text, sdoc) if span not in places),
             *(m.span(1) for m in _LATIN_COMPANY.finditer(text))]
    return [_org(text, s, e) for s, e in spans
            if not text[s:e].endswith(_NOT_COMPANY_END)
            and not any(x.type == "PERSON" and x.glossary_id and s <= x.start and x.end <= e for x in ents)]


def executives(text: str) -> list[Entity]:
    """PERSON entities for the foreign names before an executive's title (サード・カービCEO)."""
    return [Entity(*m.span(1), m.group(1), "PERSON", match="model", score=0.5) for m in _EXECUTIVE.finditer(text)]


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
    return bool(re.match(r"[A-Z]", name)) or "・" in name or has_unknown_word(name)


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
    tokens = tokens_in(sdoc, s, e)
    if any(PROPER in t.tag_ for t in tokens):
        return True
    return has_unknown_word(surface)


def has_unknown_word(surface: str) -> bool:
    """A word of `surface` is out of Sudachi's dictionary or a proper noun to it."""
    return any(oov or "固有名詞" in pos for pos, oov in words(surface) or ())
