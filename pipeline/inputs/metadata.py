"""Document metadata: a manifest row, YAML front matter and what the text itself shows, merged.

`Document.metadata` = ``{title, date, publisher, author, url, language, genre, sources}`` (SPEC
schema 3): ``date`` is EDTF; ``sources`` maps each field that has a value to where it came from.
Precedence: ``manifest`` > ``front_matter`` > ``detected`` (the file format's own metadata, e.g. a
PDF's Info dictionary, then detection in the text).  Every function here is pure: strings in,
plain dicts out.

Detection looks at the first lines only (`HEAD_LINES`):
- ``date``: the first absolute date with at least a month (令和5年9月6日, 2024年04月03日, 作成：2024年5月)
  on a short header or byline line, never a relative one (同年7月);
- ``title``: the first non-empty line when it reads as a title (`text.is_title_line`, the rule the
  repair step makes a heading of: short, not ending a sentence or clause), not a date, a dateline or
  a numbered heading (`text.is_heading_line`; a Markdown ``#`` is dropped);
- a dateline (【ジャカルタ共同】, バンコク発, 〔ワシントン時事〕) makes ``genre`` ``news`` and its agency
  the ``publisher`` (共同 -> 共同通信); the place is kept as ``dateline``;
- ``language``: ``ja`` when kana/kanji make up most of the letters, else ``en`` for Latin text.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from ..temporal import extract_dates, parse_document_date
from ..text import is_heading_line, is_title_line

FIELDS = ("title", "date", "publisher", "author", "url", "language", "genre")
HEAD_LINES = 8
AGENCIES = {"共同": "共同通信", "時事": "時事通信", "ロイター": "ロイター", "AFP": "AFP", "AP": "AP",
            "新華社": "新華社", "聯合": "聯合ニュース", "タス": "タス通信", "ブルームバーグ": "ブルームバーグ"}
_DATELINE = re.compile(r"^[\s　]*(?:[【〔\[［](?P<place>[^】〕\]］＝=\s]{1,12}?)[＝=]?(?P<agency>共同|時事|ロイター|AFP|AP|新華社|聯合|タス|ブルームバーグ)?[】〕\]］]"
                       r"|(?P<place2>[^\s、。]{2,10}?)発(?:[\s　]|、|＝|=|$))")
_EDTF = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_BYLINE = re.compile(r"(作成|発表|公表|更新|掲載|発行|日付|年月日|記者|No\.|号)")
_DATE_CHARS = re.compile(r"[0-9０-９〇一二三四五六七八九十元同翌前昨今本年月日度令和平成昭和\s　.．/／-]+")
_PUBLISHER = re.compile(r"(省|庁|府|局|機構|研究所|研究会|センター|財団|協会|大学|新聞社?|通信社?|委員会|事務局)$")


def empty_metadata() -> dict:
    return {**{k: None for k in FIELDS}, "sources": {}}


def merge(manifest: Optional[dict] = None, front_matter: Optional[dict] = None,
          detected: Optional[dict] = None) -> dict:
    """One metadata dict from the three layers (manifest wins); ``sources`` names each field's layer.
    Keys beyond FIELDS (e.g. ``dateline``) are kept from whichever layer has them."""
    out = empty_metadata()
    for layer, name in ((detected, "detected"), (front_matter, "front_matter"), (manifest, "manifest")):
        for key, value in (layer or {}).items():
            if key == "sources" or value in (None, ""):
                continue
            out[key] = value
            out["sources"][key] = name
    out["sources"] = {k: out["sources"][k] for k in sorted(out["sources"])}
    return out


def normalise_date(value) -> Optional[str]:
    """An EDTF date from a metadata value: a date object, 2024-04-03, 2024/4/3, 2024, 令和5年9月6日;
    None when it cannot be read as one date."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    m = re.fullmatch(r"(\d{4})[/.](\d{1,2})(?:[/.](\d{1,2}))?", text)
    if m:
        text = "-".join([m[1], f"{int(m[2]):02d}"] + ([f"{int(m[3]):02d}"] if m[3] else []))
    if _EDTF.match(text):
        try:
            _bounds_check(text)
        except ValueError:
            return None
        return text
    found = [d for d in extract_dates(text) if d.resolved_against is None and ".." not in d.value]
    return found[0].value if len(found) == 1 and len(found[0].text) >= len(text.strip("　 ")) - 2 else None


def _bounds_check(value: str) -> None:
    parts = [int(p) for p in value.split("-")]
    dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def date_bounds(value: Optional[str]) -> Optional[dict]:
    """{value, earliest, latest} of an EDTF day, month or year; None for other forms (a season, BCE) or
    no value. The same check as the date extractor's anchor (`temporal.parse_document_date`)."""
    try:
        parsed = parse_document_date(value)
    except ValueError:
        return None
    if parsed is None:
        return None
    lo, precision = parsed
    if precision == 3:
        hi = lo
    elif precision == 2:
        hi = dt.date(lo.year + (lo.month == 12), lo.month % 12 + 1, 1) - dt.timedelta(days=1)
    else:
        hi = dt.date(lo.year, 12, 31)
    return {"value": value, "earliest": lo.isoformat(), "latest": hi.isoformat()}


def detect(text: str) -> dict:
    """Fields visible in the text's first lines (see the module docstring); only found ones."""
    out: dict = {}
    lines = [ln for ln in text[:8192].splitlines()[:40] if ln.strip()][:HEAD_LINES]  # the head only
    lang = _language(text[:2000])
    if lang:
        out["language"] = lang
    for ln in lines:
        m = _DATELINE.match(ln)
        if m and (m["agency"] or m["place2"] or _is_place(m["place"])):
            out["dateline"] = (m["place"] or m["place2"] or "").strip()
            out["genre"] = "news"
            if m["agency"]:
                out["publisher"] = AGENCIES[m["agency"]]
            break
    date, at = _header_date(lines)
    if date:
        out["date"] = date
        nxt = "".join(lines[at + 1].split()) if at is not None and at + 1 < len(lines) else ""
        if "publisher" not in out and 2 <= len(nxt) <= 20 and _PUBLISHER.search(nxt):
            out["publisher"] = nxt  # 令和６年３月２９日 / 防　衛　省
    title = _title(lines)
    if title:
        out["title"] = title
    return out


def _is_place(s: Optional[str]) -> bool:
    return bool(s) and not re.search(r"[0-9０-９]", s) and len(s) <= 8


def _header_date(lines: list[str]) -> tuple[Optional[str], Optional[int]]:
    """(EDTF, line index) of the first header date: a line that is mostly the date (令和６年３月２９日),
    a byline (作成：2024年5月／…) or a dateline (【ハノイ＝共同】…2023年12月12日); never a body line."""
    for i, ln in enumerate(lines):
        body = ln.strip(" 　#*_")
        for d in extract_dates(body):
            if d.resolved_against is not None or not re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", d.value):
                continue
            if len(d.text) * 2 >= len("".join(body.split())) or _BYLINE.search(body[:max(d.start, 1)]) \
                    or _DATELINE.match(ln):
                return d.value, i
    return None, None


def _title(lines: list[str]) -> Optional[str]:
    """The first line that is not a header date or byline, when it reads as a title."""
    for ln in lines[:3]:
        first = ln.strip().lstrip("#").strip(" 　*_")
        dates = extract_dates(first)
        if not first or (dates and sum(len(d.text) for d in dates) >= len(first) - 4) or _BYLINE.search(first[:6]) \
                or _DATE_CHARS.fullmatch(first):
            continue  # a date line (2024年04月03日) or a byline (作成：2024年5月／…): look at the next line
        if not is_title_line(first) or _DATELINE.match(first) or is_heading_line(first):
            return None
        return first
    return None


def _language(sample: str) -> Optional[str]:
    ja = sum(1 for ch in sample if "\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff")
    latin = sum(1 for ch in sample if ch.isascii() and ch.isalpha())
    if ja + latin == 0:
        return None
    return "ja" if ja >= latin else "en"
