"""Repair PDF-extracted Japanese text for analysis, keeping a map back to the original.

The original text is split into *blocks*: paragraphs (body lines joined across the PDF's line breaks
and blank lines), and standalone lines — headings, figure/table captions, unit lines and source
lines — that must not be glued into sentences. Each block's analysis text is made from the original
by deletions and single-character replacements only (a line break between two Latin words becomes a
space), so every analysis character knows the original index it came from.

Rules (all tested in tests/test_repair.py):

* whitespace (including joined line breaks and blank lines) next to a Japanese character is dropped
  (``1994 年`` -> ``1994年``, ``ア\\n\\nメリカ`` -> ``アメリカ``); whitespace between two Latin/digit
  characters is kept as one space (``SIPRI Arms Transfers Database``), and so is the padding inside a name of
  a Diet roster (``城内　　実君`` -> ``城内 実君``), so that the surname and the given name stay two words;
* in PDF-style text (most body lines followed by a blank line) a paragraph ends at a line ending in
  sentence-final punctuation followed by trailing whitespace (``。 ``), or followed by an indented line;
  in ordinary text a paragraph ends at a blank line or a line ending in sentence-final punctuation;
* a line that is only a page number (``12``, ``- 12 -``, ``p. 12``, ``3/20``, ``12頁``; the patterns are
  :mod:`pipeline.text.furniture`'s, shared with the PDF reader) is dropped, and the paragraph it
  interrupts goes on;
* a repository cover sheet's labels and identifier lines (``Title``, ``著者:``, ``Type Departmental Bulletin
  Paper``, ``ISSN 2434-0537``; :mod:`pipeline.text.furniture`) are ``furniture`` blocks, kept but never analysed,
  and each text value a block of its own (``meta``; ``byline`` for the authors; an abstract opens a paragraph);
* footnote markers (superscript digits and bracketed ``[2]`` / ``[注 1]`` markers) are found by
  :mod:`pipeline.text.footnotes` and deleted from the analysis text.
"""
from __future__ import annotations

import re
from array import array
from dataclasses import dataclass, field, replace

from .chars import CLOSE_BRACKETS, SENTENCE_END, has_japanese, is_japanese
from .footnotes import FootnoteCandidate, find_all_markers
from .furniture import ISSN_LINE, NOTE_START, PAGE_NUMBER, cover_parts, has_cover_sheet
from .headings import is_heading_line
from .rosters import padded_name as _padded_name
from .title import is_title_line
from ..records import Block

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_NOTES_HEADING = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:注|注記|注釈|脚注|Notes?|References|参考|参考文献|参考資料|引用文献)\s*[:：]?\s*$", re.IGNORECASE
)
_META = re.compile(r"^\s*([*_]{1,2})[^*_].*\1\s*$")  # a whole line in Markdown emphasis: a byline or date line
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_ITEM = re.compile(r"^[ \t\u3000]*(?:[-*+・※]\s+|[0-9０-９]{1,2}[.)）]\s+)", re.M)
_CAPTION = re.compile(r"^\s*(?:図|表|グラフ|Figure|Fig\.|Table)\s*[0-9０-９]+\s*[\.．:：]")
_UNIT = re.compile(r"^\s*[（(]\s*単位\s*[：:]")
_SOURCE = re.compile(r"^\s*(?:Sources?|Note|Notes|出所|出典|資料|注)\s*[:：]", re.IGNORECASE)
_ASIDE = ("blank", "page", "footnote", "footnote+")  # lines a paragraph runs past (footnote: a page-foot note)
# A speaker label opening a turn of Diet minutes (○茂木国務大臣　…, ○国務大臣（森山欽司君）　…, ○渡辺（貢）委員　…)
# or of a press-conference record (【岸田外務大臣】…, 【NHK 大谷記者】…, (外務大臣)…, (問)…, Q: / A:, 記者： / 大臣：): it becomes a
# block of its own (kind ``speaker``) so that the label is not glued to the speech.
# the words a Diet speaker label ends with (○鈴木(貴)委員, ○西脇政府参考人, ○国務大臣(茂木敏充君)); claims.labels reads them too
DIET_LABEL_WORDS = "君|委員|大臣|長官|総理|首相|議長|委員長|参考人|局長|部長|審議官|次長|政務官|知事|証人|公述人"
SPEAKER_MARKS = "○〇◯"  # the mark before a speaker label in minutes (○畠山委員)
_SPEAKER_WORDS = r"(?:" + DIET_LABEL_WORDS + r"|報道官|広報官|記者|司会|問|答|質問者)"  # and press-conference turns
_SPEAKER = re.compile(
    r"^[ \t\u3000]*(?:[" + SPEAKER_MARKS + r"][^\s\u3000。、，「」]{1,30}?" + _SPEAKER_WORDS + r"[）)]?(?=[ \t\u3000]+\S)"
    r"|【[^】\n。、]{0,25}?" + _SPEAKER_WORDS + r"】(?=[ \t\u3000]*\S)"
    r"|[（(][^）)\n。、0-9０-９]{0,12}?" + _SPEAKER_WORDS + r"[）)](?=\S)"
    r"|[QAＱＡ][0-9０-９]{0,2}[ \t]?[:：](?=[ \t\u3000]*\S)"  # not A. / Q. (outline labels)
    r"|(?:記者|大臣|長官|総理|首相|報道官|司会|問|答)[ \t]?[:：](?=[ \t\u3000]*\S))"  # 記者：… / 大臣：… turns
)


@dataclass
class RepairedBlock:
    """One block's analysis text and the original index of each of its characters."""

    kind: str
    text: str
    orig: array  # orig[i] is the original index of text[i]
    start: int  # the block's span in the original text
    end: int
    footnotes: list[FootnoteCandidate] = field(default_factory=list)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of ``text`` to the original text."""
        if end <= start:
            pos = self.orig[start] if start < len(self.orig) else self.end
            return pos, pos
        return self.orig[start], self.orig[end - 1] + 1

    def slice(self, start: int, end: int) -> "RepairedBlock":
        """A sub-block (a chunk) covering text[start:end], with the footnote anchors inside it."""
        o0, o1 = self.to_original(start, end)
        notes = [replace(f, pos=f.pos - start) for f in self.footnotes if start < f.pos <= end]
        return RepairedBlock(self.kind, self.text[start:end], self.orig[start:end], o0, o1, notes)

    def as_record(self) -> Block:
        return Block(self.kind, self.start, self.end)


@dataclass(frozen=True)
class _Line:
    start: int  # content span, without the line terminator
    end: int
    content: str
    speaker: bool = False  # a speaker label split off the start of a line (○茂木国務大臣)
    kind: str | None = None  # a kind the line's place on a cover sheet gives it (furniture, meta, lead)


def _lines(text: str) -> list[_Line]:
    out = []
    for m in _LINE.finditer(text):
        if m.start() == m.end():
            break
        content = m.group().rstrip("\r\n")
        out.append(_Line(m.start(), m.start() + len(content), content))
    return out


def _split_speaker_labels(lines: list[_Line]) -> list[_Line]:
    """A line opening with a speaker label becomes two: the label, then the speech after its space."""
    out = []
    for ln in lines:
        m = _SPEAKER.match(ln.content)
        if not m:
            out.append(ln)
            continue
        rest = len(ln.content) - len(ln.content[m.end():].lstrip())
        lead = len(m.group()) - len(m.group().lstrip())
        out.append(_Line(ln.start + lead, ln.start + m.end(), m.group()[lead:], speaker=True))
        out.append(_Line(ln.start + rest, ln.end, ln.content[rest:]))
    return out


def _split_cover_fields(lines: list[_Line]) -> list[_Line]:
    """Cover-sheet lines become their parts (`furniture.cover_parts`): the label or the whole line as
    ``furniture``, a text value as ``meta``, ``byline`` or ``lead``."""
    cover = has_cover_sheet([ln.content for ln in lines])
    out = []
    for ln in lines:
        parts = None if ln.speaker else cover_parts(ln.content, cover)
        if parts is None:
            out.append(ln)
            continue
        out.extend(_Line(ln.start + a, ln.start + b, ln.content[a:b], kind=k) for a, b, k in parts)
    return out


def classify_line(content: str, previous_kind: str | None = None) -> str:
    """``blank``, ``page`` (a page number), ``heading``, ``caption``, ``unit``, ``source`` or ``body``."""
    stripped = content.strip()
    if not stripped:
        return "blank"
    if PAGE_NUMBER.match(content):
        return "page"
    if _UNIT.match(content):
        return "unit"
    if _CAPTION.match(content):
        return "caption"
    if _SOURCE.match(content):
        return "source"
    if previous_kind == "source" and not has_japanese(stripped):
        return "source"  # a source list continued on the next line
    if _NOTES_HEADING.match(content):
        return "notes"
    if _META.match(content):
        return "meta"
    if _TABLE_ROW.match(content):
        return "table"
    if is_heading_line(content):
        return "heading"
    return "item" if _ITEM.match(content) else "body"


def _pdf_style(lines: list[_Line], kinds: list[str]) -> bool:
    """True when most body lines are followed by a blank line (double-spaced PDF extraction)."""
    body = [i for i, k in enumerate(kinds) if k == "body" or lines[i].kind]  # a cover sheet's lines count as written
    if len(body) < 3:
        return False
    followed = sum(1 for i in body if i + 1 < len(kinds) and kinds[i + 1] == "blank")
    return followed / len(body) > 0.5


def _ends_paragraph(line: _Line, next_line: _Line | None, pdf: bool, next_blank: bool, by_blank: bool = False) -> bool:
    if by_blank:  # the reader knew the layout and put a blank line at every paragraph end
        return next_blank
    core = line.content.rstrip()
    ends_sentence = bool(core) and (
        core[-1] in SENTENCE_END or (core[-1] in CLOSE_BRACKETS and len(core) > 1 and core[-2] in SENTENCE_END)
    )
    if not pdf:
        return next_blank or ends_sentence
    if not ends_sentence:
        return False
    trailing_space = len(core) < len(line.content)
    indented = next_line is not None and next_line.content[:1].isspace()
    return trailing_space or indented


_OPENS_PARAGRAPH = ("item", "lead")  # a list item, an abstract after its label
_MASTHEAD_MAX = 40


def _classify_all(text: str, marks: dict | None = None) -> tuple[list[_Line], list[str]]:
    """Each line's kind; after a notes heading (注, Notes) every line is a ``note`` or its
    continuation (``note+``). In single-spaced text, a short line with no end punctuation among
    longer body lines is a heading (a title or sub-heading that no pattern names); double-spaced PDF
    text breaks words across short lines (ア / メリカ), so there only the patterns count.
    `marks` (line start -> kind) are what a reader saw in the layout: running headers and footers
    (``page``), page-foot notes (``footnote``, ``footnote+``), headings by font; they win."""
    lines = _split_cover_fields(_split_speaker_labels(_lines(text)))
    kinds: list[str] = []
    prev = None
    in_notes = False
    for ln in lines:
        k = "speaker" if ln.speaker else ln.kind or classify_line(ln.content, prev)
        if marks and ln.start in marks:
            k = marks[ln.start]
        elif in_notes and k not in ("blank", "page"):
            k = "note" if NOTE_START.match(ln.content) or prev == "notes" else "note+"
        in_notes = in_notes or k == "notes"
        kinds.append(k)
        if k not in _ASIDE:
            prev = k
    if marks is None and not _pdf_style(lines, kinds):
        _short_lines_are_headings(lines, kinds)
    _mastheads(lines, kinds)
    return lines, kinds


def _mastheads(lines: list[_Line], kinds: list[str]) -> None:
    """A short line right above a journal's ISSN line (アジア経済 / Online ISSN : 0002-2942) is the journal's
    name: a ``masthead`` block, read as one title."""
    for i, ln in enumerate(lines):
        if kinds[i] != "furniture" or not ISSN_LINE.match(ln.content):
            continue
        j = i - 1
        while j >= 0 and kinds[j] == "blank":
            j -= 1
        if j >= 0 and kinds[j] in ("heading", "body") and is_title_line(lines[j].content) and \
                len(lines[j].content.strip()) <= _MASTHEAD_MAX:
            kinds[j] = "masthead"


def _short_lines_are_headings(lines: list[_Line], kinds: list[str]) -> None:
    body = sorted(len(lines[i].content.strip()) for i, k in enumerate(kinds) if k == "body")
    if len(body) < 5:
        return
    typical = body[len(body) // 2]
    first = next((i for i, k in enumerate(kinds) if k not in ("blank", "page")), None)
    if first is not None and kinds[first] == "body" and is_title_line(lines[first].content):
        kinds[first] = "heading"  # a title line
    for i, k in enumerate(kinds):
        core = lines[i].content.strip()
        if k == "body" and len(core) < 0.5 * typical and len(core) <= 30 and core[-1] not in SENTENCE_END + "、，,":
            if core[-1] not in CLOSE_BRACKETS and _next_starts_anew(lines, kinds, i):
                kinds[i] = "heading"


def _next_starts_anew(lines: list[_Line], kinds: list[str], i: int) -> bool:
    """The next non-blank line is not a continuation: it is not a body line starting with kana
    that would continue a word or a particle (が, を, に ...)."""
    j = i + 1
    while j < len(lines) and kinds[j] in ("blank", "page"):
        j += 1
    if j == len(lines):
        return True
    first = lines[j].content.strip()[:1]
    return not ("\u3041" <= first <= "\u309f" or first in "ー・、。）」")


def segment(text: str) -> list[tuple[str, int, int]]:
    """Split the original text into blocks: (kind, start, end) spans, in order."""
    return _segment(*_classify_all(text))


def _segment(lines: list[_Line], kinds: list[str], by_blank: bool = False) -> list[tuple[str, int, int]]:
    pdf = not by_blank and _pdf_style(lines, kinds)
    blocks: list[tuple[str, int, int]] = []
    asides: list[tuple[str, int, int]] = []  # page-foot notes: note blocks that do not end the paragraph around them
    para: list[_Line] = []

    def close() -> None:
        if para:
            blocks.append(("paragraph", para[0].start, para[-1].end))
            para.clear()

    for i, (ln, k) in enumerate(zip(lines, kinds)):
        if k in ("blank", "page"):  # a page number between two halves of a paragraph is dropped
            continue
        if k in ("footnote", "footnote+"):
            if k == "footnote+" and asides:
                asides[-1] = ("note", asides[-1][1], ln.end)
            else:
                asides.append(("note", ln.start, ln.end))
            continue
        if k == "note+" and blocks and blocks[-1][0] == "note":
            blocks[-1] = ("note", blocks[-1][1], ln.end)  # a note continued on the next line
            continue
        if k not in ("body", "item", "lead"):
            close()
            blocks.append(("note" if k == "note+" else k, ln.start, ln.end))
            continue
        if k in _OPENS_PARAGRAPH:
            close()  # a list item (or an abstract after its label) starts a paragraph of its own
        para.append(ln)
        j = i + 1
        while j < len(lines) and kinds[j] in _ASIDE:
            j += 1
        nxt = lines[j] if j < len(lines) else None
        next_blank = any(kinds[b] == "blank" for b in range(i + 1, j))
        if nxt is None or kinds[j] in _OPENS_PARAGRAPH or _ends_paragraph(ln, nxt, pdf, next_blank, by_blank):
            close()
    close()
    return sorted(blocks + asides, key=lambda b: b[1]) if asides else blocks


def _squeeze(text: str, start: int, end: int, skip: frozenset = frozenset()) -> tuple[list[str], list[int]]:
    """Analysis characters of text[start:end] with their original indices (whitespace rule);
    indices in `skip` (page-number lines) count as whitespace."""
    chars: list[str] = []
    idx: list[int] = []
    i = start
    while i < end:
        ch = text[i]
        if not ch.isspace() and i not in skip:
            chars.append(ch)
            idx.append(i)
            i += 1
            continue
        j = i
        while j < end and (text[j].isspace() or j in skip):
            j += 1
        before = chars[-1] if chars else None
        after = text[j] if j < end else None
        if before is not None and after is not None and (
                (not is_japanese(before) and not is_japanese(after)) or _padded_name(text, i, j, end)):
            chars.append(" ")
            idx.append(i)
        i = j
    return chars, idx


def repair_block(
    text: str, kind: str, start: int, end: int, expect_next: int = 1, skip: frozenset = frozenset()
) -> RepairedBlock:
    """Repair one block of the original text; footnote markers are deleted (only in paragraphs)."""
    chars, idx = _squeeze(text, start, end, skip)
    joined = "".join(chars)
    markers = find_all_markers(joined, idx, text, expect_next) if kind == "paragraph" else []
    drop = set()
    for m in markers:
        drop.update(range(m.pos, m.pos + len(m.digits)))
    keep = [i for i in range(len(chars)) if i not in drop]
    out_text = "".join(chars[i] for i in keep)
    orig = array("q", (idx[i] for i in keep))
    anchors = []
    removed_before = 0
    for m in markers:  # position in the output text where the removed marker stood
        if m.n:  # an editorial tag ([要出典], n 0) is removed but is no note
            anchors.append(replace(m, pos=m.pos - removed_before))
        removed_before += len(m.digits)
    return RepairedBlock(kind, out_text, orig, start, end, anchors)


def repair(text: str, marks: dict | None = None, paragraphs_by_blank: bool = False) -> list[RepairedBlock]:
    """All blocks of a document, repaired, with footnote numbering carried across blocks.
    `marks`: line kinds a reader saw in the layout (see `_classify_all`); `paragraphs_by_blank`:
    the reader ended every paragraph with a blank line, so a line ending in 。 does not end one."""
    out = []
    expect = 1
    lines, kinds = _classify_all(text, marks)
    pages = [(ln.start, ln.end) for ln, k in zip(lines, kinds) if k in ("page", "footnote", "footnote+")]
    for kind, s, e in _segment(lines, kinds, paragraphs_by_blank):
        skip = frozenset(i for ps, pe in pages if s < ps and pe < e for i in range(ps, pe))
        item = _ITEM.match(text, s, e) if kind == "paragraph" else None
        if item:  # a list item's marker (-, ・, 1.) is layout, not text
            skip |= frozenset(range(s, item.end()))
        blk = repair_block(text, kind, s, e, expect, skip)
        plain = [f for f in blk.footnotes if not f.bracketed]
        if plain:
            expect = plain[-1].n + 1
        if blk.text:
            out.append(blk)
    return out
