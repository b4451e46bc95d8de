"""Applying speaker frames (found by `claims_frames`) to a document's claims.

Each claim overlapping a frame after the speaker phrase (the innermost frame wins) becomes
``attributed`` and ``reported`` with the speaker as ``source`` unless it has a source of its own (in a
から/より speaker's sentence, a source read from inside the reported content is not its own);
where the frame makes the speaker the subject (から/より, speaker labels, titles), the speaker also
replaces a missing, first-person (私, 我々, a phrase opened by 私から), a こと-clause or carried subject, but never a subject the clause names
itself.  :func:`speaker_subjects` gives a reported clause with no subject its reporting verb's
speaker (岸田首相は記者団に「…強化したい」と述べた -> 岸田首相).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from .frames import FOUND_BY_FRAME, Frame
from ..records import Claim

_FIRST_PERSON = frozenset({"私", "私ども", "私共", "わたくし", "我々", "われわれ", "当方"})
_STATIVE = frozenset({"なる", "ある", "ござる"})
_BRACKETED_TAIL = re.compile(r"[（(][^（()）]*[）)]$")
_FROM_MARK = re.compile(r"^(\S+?)(?:から|より)[、,，]?")
_EMOTIVE = ("光栄", "喜ばしい", "嬉しい", "うれしい", "幸い", "遺憾", "残念", "感謝", "心強い", "悲しい")
_NOMINALISERS = ("こと", "ということ")
_NOT_SPEAKING = ("とされ", "と見られ", "とみられ", "と考えられ", "と思われ", "と報道され", "と伝えられ")


def apply_frames(claims: list[Claim], frames: list[Frame]) -> list[Claim]:
    """Claims with the speaker of their innermost frame as source (and subject, see module doc)."""
    return [_framed(c, f) if f else c for c, f in ((c, _innermost(c, frames)) for c in claims)]


def speaker_subjects(claims: list[Claim]) -> list[Claim]:
    """A reported clause with no subject of its own is the speaker's (岸田首相は記者団に「協力を一層強化
    したい」と述べた -> subject 岸田首相): the source of a reporting verb, not of によると / とされる."""
    return [replace(c, subject=replace(c.source, found_by=FOUND_BY_FRAME)) if _speaker_says(c) else c for c in claims]


def _speaker_says(c: Claim) -> bool:
    if not c.attributed or c.subject is not None or c.source is None or c.source.start is None:
        return False
    cues = (c.cue or "").split("; ")
    return any(cue.startswith("と") and not cue.startswith(_NOT_SPEAKING) for cue in cues)


def _innermost(c: Claim, frames: list[Frame]) -> Optional[Frame]:
    hits = [f for f in frames if c.start < f.end and f.start < c.end <= f.end + 1]
    return min(hits, key=lambda f: f.end - f.start) if hits else None


def _framed(c: Claim, f: Frame) -> Claim:
    speaker = replace(f.speaker, found_by=FOUND_BY_FRAME)
    if f.fill_only:
        return replace(c, source=speaker) if c.attributed and c.source is None else c
    source = speaker if _content_source(c, f) else (c.source or speaker)
    subject = c.subject
    if f.is_subject and (_judged(c, f) or not _overt_subject(c, f) and not _stative_of_other(c)):
        subject = speaker
    cues = [x for x in (c.cue or "").split("; ") if x]
    return replace(c, attributed=True, source=source, subject=subject, type="reported",
                   cue="; ".join(dict.fromkeys(cues + [f.cue])))


def _content_source(c: Claim, f: Frame) -> bool:
    """Xから、…ポーランドは…パートナーであり、…強化していきたい旨述べました: in a から/より speaker's sentence
    the source read from inside the reported content (its は-topic) is no speaker; the frame's is."""
    s, sp = c.source, f.speaker
    return (f.kind == "sentence" and f.is_subject and s is not None and s.start is not None and sp.start is not None
            and s.start >= sp.end and f.start <= s.start and s.end <= f.end)


def _judged(c: Claim, f: Frame) -> bool:
    """Xから、…ことが極めて重要であり / …対処が不可欠である旨述べた: in a から/より speaker's sentence an
    evaluation (…である) of something that is no named actor (a こと-clause, a common noun) is the
    speaker's judgment: the speaker is its subject."""
    return f.kind == "sentence" and c.predicate.endswith("である") and c.predicate != "である" \
        and (c.subject is None or c.subject.entity_id is None and not _first_person(c.subject.text))


def _stative_of_other(c: Claim) -> bool:
    """A copula, なる or ある clause without a first-person subject states how things are, it is not
    the speaker's act (…半年余りとなりました, 明治維新と大戦の終戦です, …2億ドルということになります):
    it keeps its own (or no) subject."""
    stative = c.predicate.endswith("である") or c.predicate in _STATIVE
    return stative and not (c.subject is not None and _first_person(c.subject.text)) and not _feeling(c)


def _feeling(c: Claim) -> bool:
    """An emotive predicate (光栄である, 喜ばしい, 遺憾である): in a declarative its experiencer is the one
    speaking, and what it is about is a こと-clause or nothing (…機会をいただきましたことは、誠に光栄であります)."""
    return c.predicate.startswith(_EMOTIVE) and (c.subject is None or _nominal_clause(c.subject))


def _first_person(text: str) -> bool:
    """私, 我々, and 私（大臣） / 私(岩屋大臣) as press-conference records write the speaker's 私."""
    return _BRACKETED_TAIL.sub("", text) in _FIRST_PERSON


def _speaker_opened(text: str) -> bool:
    """私から、…こと: a phrase the parse grew from the speaker's own から/より mark (私から…を歓迎する旨
    申し上げました) names the speaker, not a subject of the clause."""
    m = _FROM_MARK.match(text)
    return m is not None and m.group(1) in _FIRST_PERSON


def _nominal_clause(s) -> bool:
    """…機会をいただきましたことは、誠に光栄であります: a こと-clause with no entity is what the speaker
    feels or says something about, not an actor; in the speaker's own turn the speaker is the subject."""
    return s.entity_id is None and s.text.endswith(_NOMINALISERS)


def _overt_subject(c: Claim, f: Frame) -> bool:
    """The clause names a subject of its own: inside its span, after the speaker, not 私/我々."""
    s = c.subject
    if s is None or s.start is None or _first_person(s.text) or _speaker_opened(s.text) or _nominal_clause(s):
        return False
    if f.speaker.start is not None and s.start < f.speaker.end and f.speaker.start < s.end:
        return False
    return c.start <= s.start and s.end <= c.end and (f.kind != "sentence" or s.start >= f.speaker.end)
