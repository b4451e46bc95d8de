"""Company names the model misses, found by how Japanese business text writes them.

A company's name ends in a word of its legal form or its trade (…ホールディングス, …HD, …カンパニー,
…株式会社, …建設, …工業, …百貨店); business news writes dozens of them in a paragraph (M&A round-ups,
trade items) and GiNZA finds few. Two strengths of head:

- a legal-form head (`_FORM_HEADS`: ホールディングス, HD, コーポレーション, カンパニー, 株式会社, 有限会社 …)
  makes any name before it a company (日本ホスピスホールディングス, インフロニア・HD,
  ザ・グッドイヤー・タイヤ・アンド・ラバー・カンパニー); 株式会社 also before the name (株式会社新川);
- a trade head (`_TRADE_HEADS`: 建設, 工業, 港運, 百貨店, ゴム, 製薬 …) is also a common noun (道路建設,
  国内工業), so it makes a company only when the name before it is a proper noun to Sudachi
  (東洋建設, 前田建設工業, 横浜ゴム) or katakana/Latin, and the compound ends there (not 日本工業規格).

The name runs back over kanji, katakana, Latin letters, ・ and . to the nearest other character (の,
は, a bracket), and begins at a Sudachi token. The media a news item cites are found the same way, before an edition (マラヤ電子版,
人民網日本語版) or as the subject of 報じた/伝えた (ビジネス・スタンダードなどが24日報じた), when
the name is a proper noun or a foreign word. An entity inside the company (横浜 in 横浜ゴム, 日本 in
日本ホスピスホールディングス) gives way to it; an entity crossing it stays and the company is not added.
"""
from __future__ import annotations

import re

from ..records import Entity

_FORM_HEADS = ("ホールディングス", "ホールディング", "HD", "ＨＤ", "コーポレーション", "カンパニー", "株式会社",
               "有限会社", "合同会社", "インコーポレイテッド", "リミテッド",
               # Chinese and Taiwanese legal forms (天津日硝玻璃繊維有限公司, 中国海洋石油総公司)
               "股份有限公司", "有限公司", "集団公司", "総公司", "控股", "公司")
_TRADE_HEADS = ("建設工業", "建設", "工業", "港運", "百貨店", "ゴム", "製薬", "製作所", "電機", "電工", "商事",
                "物産", "重工業", "重工", "製鉄", "証券", "海運", "化学工業", "自動車工業", "総研", "精機",
                # more trades of business news (日東精工, 東京ガス, 千代田化工建設, 韓国電力, 日本板硝子 …)
                "精工", "ガス", "化工建設", "化工", "石油", "電力", "板硝子", "硝子", "電子", "薬品", "化学",
                "製紙", "銀行", "生命", "集団", "科技", "商会", "加工", "・グループ",
                # publishers, as a paper's references name them (岩波書店, 晃洋書房, 東京大学出版会)
                "書房", "書店", "出版社", "出版会")
_NAME = r"[\u4e00-\u9fff\u30a1-\u30fa\u30fcA-Za-zＡ-Ｚａ-ｚ0-9０-９々・.&＆]"
COMPANY_HEADS = _FORM_HEADS + _TRADE_HEADS
_HEADS = "|".join(sorted(_FORM_HEADS + _TRADE_HEADS, key=len, reverse=True))
_COMPANY = re.compile(rf"({_NAME}+?)({_HEADS})(?!{_NAME})")
_PREFIXED = re.compile(rf"株式会社({_NAME}{{2,}}?)(?=及び|並びに|株式会社|(?!{_NAME}))")
# the seat in brackets after a company's first mention: ノーザリーライフケア(札幌市), 三信(東京都中央区),
# PIALab.(徳島市。売上高…); a place before its own region (ニセコ町(北海道)) ends in a place head
_SEATED = re.compile(rf"({_NAME}+)[(（](?:[\u4e00-\u9fff\u30a1-\u30fa\u30fc]{{1,8}}?[都道府県州])?"
                     rf"[\u4e00-\u9fff\u30a1-\u30fa\u30fc]{{1,8}}?[市区町村郡](?:[\u4e00-\u9fff\u30a1-\u30fa\u30fc]{{1,8}}?[区町村])?[)）。、]")
# the media a news item cites: (24日・マラヤ電子版), 人民網日本語版; ビジネス・スタンダードなどが24日報じた
_EDITION = re.compile(rf"({_NAME}+?)(?:電子版|日本語版|オンライン版|ウェブ版|インターネット版)")
_REPORTED = re.compile(rf"({_NAME}+?)(?:など|や)?が(?:[0-9０-９]{{1,2}}日(?:付)?(?:で)?、?)?(?:報じ|伝え)")
_PLACE_END = re.compile(r"[都道府県州市区町村郡島]$")
_PROPER = "固有名詞"
_FOREIGN = re.compile(r"[\u30a1-\u30fa\u30fcA-Za-zＡ-Ｚａ-ｚ・.&＆]+")


def companies(text: str, sdoc) -> list[Entity]:
    """ORGANIZATION entities for the company names of `text` (one chunk's analysis text)."""
    out = []
    for m in _COMPANY.finditer(text):
        head = m.group(2)
        s = _name_start(text, m.start(1), m.end(1), sdoc, strict=head in _TRADE_HEADS)
        if s is not None and m.end(1) - s >= (1 if head in _FORM_HEADS else 2):
            out.append(_company(text, s, m.end()))
    for m in _PREFIXED.finditer(text):
        out.append(_company(text, m.start(), m.end(1)))
    for m in (*_EDITION.finditer(text), *_REPORTED.finditer(text)):
        s = _name_start(text, m.start(1), m.end(1), sdoc, strict=True)
        if s is not None and m.end(1) - s >= 2:
            out.append(_company(text, s, m.end(1)))
    for m in _SEATED.finditer(text):
        s = _name_start(text, m.start(1), m.end(1), sdoc, strict=True)
        if s is not None and not _PLACE_END.search(text[s:m.end(1)]):
            out.append(_company(text, s, m.end(1)))
    return out


def _company(text: str, s: int, e: int) -> Entity:
    return Entity(s, e, text[s:e], "ORGANIZATION", match="model", score=0.5)


def _name_start(text: str, s: int, e: int, sdoc, strict: bool) -> int | None:
    """Where the name before a head (text[s:e] is the run of name characters) begins: at the
    first of the tokens before the head that are names (a proper noun to Sudachi, katakana or
    Latin): 自動車大手トヨタ自動車 → トヨタ自動車. With none, a legal-form head takes the whole run
    (一家ホールディングス) and a trade head none (道路建設). Without a parse: katakana/Latin only."""
    while s < e and text[s] in "・.&＆":
        s += 1
    if sdoc is None:
        return s if s < e and (not strict or _FOREIGN.fullmatch(text[s:e])) else None
    tokens = [t for t in sdoc if t.idx < e and t.idx + len(t.text) > s]
    start = None
    for t in reversed(tokens):
        if not (_PROPER in t.tag_ or _FOREIGN.fullmatch(t.text) or t.tag_.startswith("補助記号")):
            break
        start = max(t.idx, s)
    while start is not None and start < e and text[start] in "・.&＆":
        start += 1  # 24日・マラヤ電子版: the separator before the name
    if start is None or start >= e:
        return None if strict else (s if s < e else None)
    return start
