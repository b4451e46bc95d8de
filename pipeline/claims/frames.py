"""Speaker frames: who says the claims of a sentence, a list or a stretch of blocks.

Runs once per document, after every block's claims are extracted, on original offsets.  A *frame*
is a span of the text said by one speaker; each claim starting inside a frame (the innermost one)
becomes ``attributed`` with the speaker as ``source`` (a claim keeps a source of its own: X氏は…と
述べた inside a speech), and, where the speaker is grammatically the one speaking (marked by
から/より or by a speaker label), the speaker is also its ``subject`` unless the clause names a
subject of its own (a first-person 私/我々 is replaced by the speaker).  Frames:

- ``sentence``: a speaker phrase marked by から/より + 、 at bracket depth 0 (岸田総理大臣から、…旨
  述べました / モディ首相より，…と述べました / 日本側から、…を説明した), or by から/より alone when the
  phrase opens a clause (…表明し,モディ首相より謝意が表明された): from the phrase to the end of the
  sentence or to the next speaker phrase; in a sentence ending in 旨述べた / 旨発言した, the は-topic
  opening it (岸田総理は、…旨述べました) is the speaker the same way; in one ending in と + a reporting
  verb (ゼレンスキー大統領は、…必要だと訴えた) that topic only gives a source to the reported claim
  when the parse found none (the clauses before the quote are the speaker's own acts, not reported).  The phrase must end in a title (総理, 大臣, 首相, 氏, 側 ...) or be a PERSON entity,
  so that 中国から、… (a place) is no speaker.
- ``list``: a paragraph announcing what follows (…から、概要以下のとおり発言しました / 次のように述べた)
  frames the list items right after it (blocks opening with ・, ●, (1), ア ...), with the announcing
  sentence's speaker.
- ``summary``: 要旨は次の通り / 概要は以下のとおり frames the paragraphs after it, up to a separator
  line (``*   *   *``, ―――) or a heading; the speaker (source only, not subject: a summary of an
  article reports the author's view of others) is the PERSON entity of the announcing paragraph or
  the one before it.
- ``title``: a title line naming a statement and its speaker (外務報道官談話, 林官房長官記者会見) frames
  the whole text after it.
- ``list`` closed by its reporting verb: a line ``Xは、`` followed by item lines (①…、 ②…、 or
  ・, (1) ...) and a line ``とする。`` / ``と指摘する。`` (think-tank summaries of an author's points):
  the items are X's (X a PERSON entity or a titled name).
- ``label``: a speaker label block of Diet minutes (○茂木国務大臣, ○国務大臣（森山欽司君）) frames the
  paragraphs up to the next label or heading.  In a press-conference record, a ``Q:`` / ``Ｑ`` / ``(問)``
  turn is an unnamed reporter's (source text :data:`REPORTER`, no entity, no offsets, not the
  subject); an ``A:`` or a bare ``大臣:`` turn is the person of the record's title (防衛大臣記者会見 ->
  防衛大臣, resolved to the minister by `claims_offices`).

This module finds the frames; `claims_attribution` applies them to the claims.  A subject or source
set from a frame is ``found_by`` :data:`FOUND_BY_FRAME` (the ``found_by`` vocabulary of claim
arguments);
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .cues import bracket_depths
from .labels import label_blocks
from .named import entity_arg
from ..records import ArgRef, Entity
from ..titles import GROUP_TITLES, OFFICES
from ..text import split_sentences

FOUND_BY_FRAME = "frame"

SPEAKER_TITLES = OFFICES + GROUP_TITLES + ("氏", "側", "先方")  # titles: pipeline/titles.py
_MARK = re.compile(r"(から|より)([、，,]?)")
_GIST = re.compile(r"旨を?(?:述べ|発言|説明|表明|強調|伝え|主張|指摘|言及|回答|応じ)[^。]{0,12}[。．]?$")
_QUOTED = re.compile(r"と(?:述べ|発言|説明|表明|強調|伝え|主張|指摘|言及|回答|語|話|訴え|批判|非難|反論|要求|求め|呼びかけ|答弁)"
                     r"[^。]{0,12}[。．]?$")
_TOPIC_MARK = re.compile(r"は[、，,]")
_CLAUSE_START = "、，,。 　\n"
_RUN_CHAR = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffA-Za-zＡ-Ｚａ-ｚ0-9０-９・ー々]")
_ANNOUNCE = re.compile(
    r"(?:概要)?(?:以下|次)の?(?:とおり|通り|よう|ように)?(?:に)?[^。、，,]{0,8}?(?:発言|述べ|説明|表明|語|応じ|主張|強調|答え|発表)")
_TITLE_GENRE = re.compile(r"(?:談話|声明|演説|挨拶|あいさつ|スピーチ|メッセージ|所信表明|記者会見|会見記録|会見)")
_SUMMARY = re.compile(r"(?:要旨|概要|骨子|要約|要点|主要点|主な点|論点|主旨|ポイント)は(?:次|以下)の(?:とおり|通り)")
_ITEM = re.compile(r"^\s*(?:[・\-*+●◆■□◇▪◯〇※]|[（(][0-9０-９一二三四五六七八九十ア-ン]{1,2}[)）]|[0-9０-９]{1,2}[.)）．]|[ア-ン][　\s.．])")
_SEPARATOR = re.compile(r"^[\s*＊・―—–\-]+$")
_LABEL_NAME = re.compile(r"[（(]([^）)]{2,}?)(?:君)?[）)]")  # not 鈴木(貴)委員: (貴) tells two 鈴木 apart
_TITLED_NAME = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:内閣総理大臣|総理大臣|官房長官|外務大臣|防衛大臣|外務報道官|報道官|大臣|長官|首相|総理)")
_OFFICE = re.compile(r"[\u4e00-\u9fff]{0,4}(?:報道官|広報官|官房長官|大臣|首相|総理|大統領)")
_ANSWER_LABEL = re.compile(r"^\s*(?:[AＡ]|[（(]答[）)])")
REPORTER = "記者"  # the source of a Q: turn: an unnamed reporter, no entity and no offsets (the label is Q)
_BARE_TITLES = frozenset({"大臣", "長官", "総理", "首相", "報道官", "副大臣", "政務官"})
_QUESTION_LABEL = re.compile(r"^\s*[QＱ]|^\s*[（(]問[）)]")


@dataclass(frozen=True)
class Frame:
    start: int  # original span of the text the speaker says
    end: int
    speaker: ArgRef
    kind: str  # sentence | list | summary | label | title
    is_subject: bool  # the speaker is also the subject of what he says
    cue: str
    fill_only: bool = False  # only gives a source to claims reported without one (Xは、…と訴えた)


def find_frames(text: str, blocks: list[tuple[str, int, int]], entities: list[Entity]) -> list[Frame]:
    """Every frame of a document: ``blocks`` are (kind, start, end) in original offsets."""
    blocks = label_blocks(text, blocks)
    frames: list[Frame] = _title_frame(text, blocks, entities)
    for k, (kind, s, e) in enumerate(blocks):
        if kind == "speaker":
            frames.extend(_label_frame(text, blocks, k, entities))
            continue
        if kind != "paragraph":
            continue
        own = _sentence_frames(text, s, e, entities)
        frames.extend(own)
        body = text[s:e]
        if _SUMMARY.search(body):
            frames.extend(_summary_frame(text, blocks, k, entities))
        elif _ANNOUNCE.search(body[-40:]):
            speaker = own[-1].speaker if own else _person_in(entities, s, e)
            if speaker is not None:
                frames.extend(_list_frame(text, blocks, k, speaker, own[-1].is_subject if own else True))
    return frames + _enumeration_frames(text, entities)


_ENUM_ITEM = re.compile(r"\s*(?:[①-⑳⑴-⒇]|[（(][0-9０-９]{1,2}[)）]|[・●])")
_ENUM_CLOSE = re.compile(r"\s*(?:等|など)?と(?:する|した|述べ|指摘|主張|論じ|分析|結論)[^。．\n]{0,12}[。．]")


def _enumeration_frames(text: str, entities: list[Entity]) -> list[Frame]:
    """オブライエンは、⏎① …、⏎② …、⏎とする。: the item lines are the topic speaker's points."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line), line))
        pos += len(line) + 1
    out = []
    for k, (a, b, line) in enumerate(lines):
        m = _last_topic(line)
        if m is None or line[m.end():].strip() or k + 1 >= len(lines):
            continue  # not a line ending in Xは、 (…ものである。ナウセーダは、: the last sentence's topic)
        j = k + 1
        while j < len(lines) and _ENUM_ITEM.match(lines[j][2]):
            j += 1
        close = _ENUM_CLOSE.match(lines[j][2]) if j < len(lines) else None
        if j == k + 1 or close is None:
            continue
        opens = max(line.rfind(x, 0, m.start()) for x in "。．") + 1  # the topic's own sentence
        who = line[opens:m.start()]
        speaker = _speaker(text, a + opens + len(who) - len(who.lstrip()), a + m.start(), entities)
        if speaker is not None:
            out.append(Frame(lines[k + 1][0], lines[j][0] + close.end(), speaker, "list", True, close.group().strip()[:-1]))
    return out


def _last_topic(line: str):
    found = list(_TOPIC_MARK.finditer(line))
    return found[-1] if found else None


def _title_frame(text: str, blocks, entities) -> list[Frame]:
    """外務報道官談話 / 岸田総理大臣記者会見 / …大統領の演説: a title naming a statement and its speaker
    frames the whole text after it (labels and sentence speakers inside are narrower and win)."""
    if not blocks:
        return []
    kind, s, e = blocks[0]
    line_end = text.find("\n", s, e)
    e = line_end if kind == "paragraph" and line_end != -1 else e
    if len(blocks) < 2 and line_end == -1:
        return []
    title = text[s:e]
    genre = _TITLE_GENRE.search(title)
    if kind not in ("heading", "paragraph") or "。" in title or "．" in title or genre is None \
            or title[genre.end():genre.end() + 1] in ("す", "し"):
        return []  # a sentence, or a photo caption (記者会見するアンワル首相(中央)。右は…=共同): no title
    before = [x for x in entities if s <= x.start and x.end <= s + genre.start() and x.type == "PERSON"]
    speaker = entity_arg(before[-1]) if before else _person_in(entities, s, e)  # …主催晩餐会における小渕総理挨拶
    if speaker is None:
        m = _TITLED_NAME.search(text, s, e) or _OFFICE.search(text, s, e)
        speaker = ArgRef(text=m.group(), start=m.start(), end=m.end()) if m else None
    if speaker is None:
        return []
    start = e if kind == "paragraph" else blocks[1][1]
    start += len(text[start:blocks[-1][2]]) - len(text[start:blocks[-1][2]].lstrip())
    return [Frame(start, blocks[-1][2], speaker, "title", True, genre.group())]


def _sentence_frames(text: str, s: int, e: int, entities: list[Entity]) -> list[Frame]:
    """から/より speakers of each sentence; a second speaker (Aより,…表明し,Bより,…) ends the first's frame."""
    out = []
    for ss, se in split_sentences(text[s:e]):
        sent = text[s + ss:s + se]
        depths = bracket_depths(sent)
        found = []
        for m in _MARK.finditer(sent):
            if depths[m.start()] != 0:
                continue
            run = m.start()
            while run > 0 and _RUN_CHAR.match(sent[run - 1]):
                run -= 1
            if not m.group(2) and run > 0 and sent[run - 1] not in _CLAUSE_START:
                continue  # …は大統領から書簡を受け取った: a source of things, not a speaker
            speaker = _speaker(text, s + ss + run, s + ss + m.start(), entities)
            if speaker is not None:
                found.append((s + ss + run, speaker, m.group(1)))
        fill = False
        if not found and _GIST.search(sent):
            found = _topic_speaker(text, s + ss, sent, depths, entities, "旨")
        elif not found and _QUOTED.search(sent):  # Xは、…と訴えた: the reporting verb's speaker the parse missed
            found, fill = _topic_speaker(text, s + ss, sent, depths, entities, "と"), True
        for k, (a, speaker, cue) in enumerate(found):
            end = found[k + 1][0] if k + 1 < len(found) else s + se
            out.append(Frame(a, end, speaker, "sentence", not fill, cue, fill_only=fill))
    return out


def _topic_speaker(text: str, base: int, sent: str, depths: list[int], entities: list[Entity], cue: str) -> list:
    """岸田総理は、…旨述べた: the は-topic opening the sentence speaks what the 旨-clause says."""
    m = _TOPIC_MARK.search(sent)
    if m is None or depths[m.start()] != 0:
        return []
    run = m.start()
    while run > 0 and _RUN_CHAR.match(sent[run - 1]):
        run -= 1
    if run > 0 and sent[run - 1] not in _CLAUSE_START:
        return []
    speaker = _speaker(text, base + run, base + m.start(), entities)
    return [(base + run, speaker, cue)] if speaker is not None else []


def _speaker(text: str, a: int, b: int, entities: list[Entity]) -> Optional[ArgRef]:
    """The speaker named by text[a:b] (the phrase before から/より), or None if it names no speaker."""
    phrase = text[a:b]
    if not phrase:
        return None
    inside = [x for x in entities if a <= x.start and x.end <= b]
    person = next((x for x in inside if x.type == "PERSON"), None)
    titled = phrase.endswith(SPEAKER_TITLES)
    if person is None and not titled:
        named = _named_before(phrase.strip(), a, entities)
        return entity_arg(named, text=text[a:b], start=a, end=b) if named is not None else None
    ent = person or (inside[0] if inside else None)
    return _arg(text, a, b, ent)


def _named_before(phrase: str, a: int, entities: list[Entity]) -> Optional[Entity]:
    """A bare name the model left untagged that repeats a PERSON named earlier (ナウセーダ大統領が… then
    ナウセーダは、): that person."""
    if len(phrase) < 2:
        return None
    return next((x for x in entities if x.type == "PERSON" and x.end <= a and x.text == phrase), None)


def _arg(text: str, a: int, b: int, ent: Optional[Entity]) -> ArgRef:
    if ent is None:
        return ArgRef(text=text[a:b], start=a, end=b)
    return entity_arg(ent, text=text[ent.start:ent.end])


def _person_in(entities: list[Entity], s: int, e: int) -> Optional[ArgRef]:
    person = next((x for x in entities if s <= x.start and x.end <= e and x.type == "PERSON"), None)
    if person is None:
        return None
    return entity_arg(person)


def _list_frame(text, blocks, k, speaker: ArgRef, is_subject: bool) -> list[Frame]:
    j = k + 1
    while j < len(blocks) and blocks[j][0] == "paragraph" and _ITEM.match(text[blocks[j][1]:blocks[j][2]]):
        j += 1
    if j == k + 1:
        return []
    return [Frame(blocks[k + 1][1], blocks[j - 1][2], speaker, "list", is_subject, "以下のとおり")]


def _summary_frame(text, blocks, k, entities) -> list[Frame]:
    """From after the 要旨は次の通り sentence (double-spaced pages put the summary in the same block)
    through the following paragraphs, up to a separator or any other block (a heading, *   *   *)."""
    s, e = blocks[k][1], blocks[k][2]
    speaker = _person_in(entities, s, e)
    if speaker is None:
        prev = next((b for b in reversed(blocks[:k]) if b[0] == "paragraph"), None)
        speaker = _person_in(entities, prev[1], prev[2]) if prev else None
    m = _SUMMARY.search(text, s, e)
    stop = re.compile(r"[。．]").search(text, m.end(), e)
    start = stop.end() if stop else e
    j = k + 1
    while j < len(blocks) and blocks[j][0] == "paragraph" and not _SEPARATOR.match(text[blocks[j][1]:blocks[j][2]]):
        j += 1
    end = blocks[j - 1][2]
    if speaker is None or not text[start:end].strip():
        return []
    start += len(text[start:end]) - len(text[start:end].lstrip())
    return [Frame(start, end, speaker, "summary", False, "要旨は次の通り")]


def _label_frame(text, blocks, k, entities) -> list[Frame]:
    s, e = blocks[k][1], blocks[k][2]
    j = k + 1
    while j < len(blocks) and blocks[j][0] not in ("speaker", "heading"):
        j += 1
    if j == k + 1:
        return []
    speaker = _label_speaker(text, s, e, entities)
    unnamed = speaker is None and not _ANSWER_LABEL.match(text[s:e])
    label = text[s:e].strip().strip("○〇◯【】（）():： \t\u3000")
    # asks rather than asserts (no subject): Q:, 【記者】, and a named reporter (【NHK 大谷記者】: the model may
    # take the outlet and the name for the person, so the label, not the speaker's span, says 記者)
    asks = unnamed or speaker is not None and (speaker.text.endswith(REPORTER) or label.endswith(REPORTER))
    if speaker is None and not unnamed or speaker is not None and speaker.text in _BARE_TITLES:
        speaker = _title_person(text, blocks, entities) or speaker  # A: / 大臣: the person of the record's title
    elif unnamed:  # Q: / (問): an unnamed reporter
        speaker = ArgRef(text=REPORTER)
    if speaker is None:
        return []
    return [Frame(blocks[k + 1][1], blocks[j - 1][2], speaker, "label", not asks, text[s:e].strip())]


def _label_speaker(text: str, s: int, e: int, entities: list[Entity]) -> Optional[ArgRef]:
    """○茂木国務大臣 -> 茂木 (the PERSON entity), ○国務大臣（森山欽司君） -> 森山欽司, 【記者】 -> 記者."""
    inside = [x for x in entities if s <= x.start and x.end <= e]
    ent = next((x for x in inside if x.type == "PERSON"), None)
    if ent is not None:
        return _arg(text, ent.start, ent.end, ent)
    if _ANSWER_LABEL.match(text[s:e]) or _QUESTION_LABEL.match(text[s:e]):
        return None  # Q: is a reporter, A: the person of the record's title (see _label_frame)
    m = _LABEL_NAME.search(text, s, e)
    a, b = (m.start(1), m.start(1) + len(m.group(1))) if m else (s, e)
    while a < b and text[a] in "○〇◯【（( \t\u3000":
        a += 1
    while b > a and text[b - 1] in "】）):： \t\u3000":
        b -= 1
    return ArgRef(text=text[a:b], start=a, end=b)


def _title_person(text, blocks, entities) -> Optional[ArgRef]:
    first = next((i for i, b in enumerate(blocks) if b[0] == "speaker"), len(blocks))
    for kind, s, e in blocks[:first]:
        person = _person_in(entities, s, e)
        if person is not None:
            return person
        m = _TITLED_NAME.search(text, s, e)  # 林官房長官記者会見: a name the model missed, with its title
        if m:
            return ArgRef(text=m.group(), start=m.start(), end=m.end())
    return None
