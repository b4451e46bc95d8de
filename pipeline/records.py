"""Plain record types that cross every stage boundary.

Offsets (`start`, `end`) are half-open ``str`` indices. Detection functions in the pure modules
(`dates`, `quantities`, `glossary`, `footnotes`) return them relative to the string they were given;
`process` maps them back to the original document text before anything is stored.
No spaCy object is ever stored in a record.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

ENTITY_TYPES = (
    "PERSON",
    "COUNTRY",
    "ORGANIZATION",
    "AGREEMENT",
    "LOCATION",
    "EVENT",
    "POLICY",
    "PRODUCT",
    "OTHER",
)


@dataclass(frozen=True)
class Footnote:
    n: int
    start: int
    end: int
    note: Optional[str] = None  # the text of note n in the document's notes section, when it has one
    note_start: Optional[int] = None  # that note's span in the original text
    note_end: Optional[int] = None
    page: Optional[int] = None  # 1-based page of `start` in a paged document (PDF); None when unpaged
    page_end: Optional[int] = None  # the page of the last character, only when it differs from `page`


@dataclass(frozen=True)
class Candidate:
    """One glossary entry that an ambiguous or fuzzy mention may refer to."""

    glossary_id: str
    score: float
    method: str


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    text: str
    type: str
    glossary_id: Optional[str] = None
    label_en: Optional[str] = None
    label_ja: Optional[str] = None
    match: str = "model"
    score: float = 1.0
    id: str = ""
    model_label: Optional[str] = None  # GiNZA's fine ENE label, when the model found it
    role: Optional[str] = None  # a title such as 大統領 in プーチン大統領
    candidates: tuple[Candidate, ...] = ()
    page: Optional[int] = None  # 1-based page of `start` in a paged document (PDF); None when unpaged
    page_end: Optional[int] = None  # the page of the last character, only when it differs from `page`
    # how label_en was found: glossary (the linked entry's label), composed (built from glossary labels and
    # translated head words, with no row for the whole: a derived id, or glossary_id null), text (the Latin
    # form given in the document), romanized
    label_en_source: Optional[str] = None


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    value: str  # EDTF
    earliest: Optional[str]  # ISO YYYY-MM-DD or None for an open end
    latest: Optional[str]
    approximate: bool = False
    resolved_against: Optional[str] = None  # e.g. "1996-01 (1996年1月)" for relative expressions
    id: str = ""
    page: Optional[int] = None  # 1-based page of `start` in a paged document (PDF); None when unpaged
    page_end: Optional[int] = None  # the page of the last character, only when it differs from `page`
    kind: str = "date"  # TIMEX3 type: "date", "time" (15:30, 2023-09-06T15:30), "duration" (P1Y2M), "set" (R/P1W)
    frequency: Optional[dict] = None  # a set's {"count": 3, "per": "P1W"} (週に3回); else None
    anchor_source: Optional[str] = None  # what resolved_against is: "document" (its date) or "narrative"


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    text: str
    value: Optional[float]  # base units; None for a unit declaration (it states a scale, not an amount)
    unit: str
    approximate: bool = False
    qualifier: Optional[str] = None  # 約, 程度, 以上, 超, 未満, 余り, 少なくとも, 最大, 最低 ...
    kind: str = "amount"  # "amount" or "unit_declaration" (（単位：100万US$）); durations are DateMentions since schema 3
    id: str = ""
    value_max: Optional[float] = None  # the high end of a range (2〜3割: value 20, value_max 30); else None
    scale: Optional[float] = None  # a unit declaration's multiplier (（単位：100万US$） -> 1000000); else None
    page: Optional[int] = None  # 1-based page of `start` in a paged document (PDF); None when unpaged
    page_end: Optional[int] = None  # the page of the last character, only when it differs from `page`


@dataclass(frozen=True)
class ArgRef:
    """A claim argument: an entity (when one is there) or free text."""

    text: str
    entity_id: Optional[str] = None
    glossary_id: Optional[str] = None
    label_en: Optional[str] = None
    start: Optional[int] = None
    end: Optional[int] = None
    found_by: Optional[str] = None  # dependency | carried (from an earlier clause) | topic | frame (a speaker frame)
    marker: Optional[str] = None  # a target's particle: と, との間で, に対し, から, へ, 向けに, を相手に


@dataclass(frozen=True)
class Claim:
    start: int
    end: int
    text: str
    predicate: str
    subject: Optional[ArgRef] = None
    objects: tuple[ArgRef, ...] = ()
    dates: tuple[dict, ...] = ()  # {value, earliest, latest}
    quantities: tuple[dict, ...] = ()  # {value, unit}
    modality: str = "asserted"
    polarity: str = "positive"
    attributed: bool = False
    source: Optional[ArgRef] = None
    cue: Optional[str] = None
    footnotes: tuple[int, ...] = ()
    type: str = "event"
    event_category: Optional[str] = None
    figure: Optional[str] = None
    id: str = ""
    targets: tuple[ArgRef, ...] = ()  # the other party (と, に対し, から, へ ...), one entry per conjunct
    subjects: tuple[ArgRef, ...] = ()  # every conjunct of a coordinated subject (subject is the first); else ()
    when: Optional[dict] = None  # {value, earliest, latest, source: explicit | narrative | document}

    page: Optional[int] = None  # 1-based page of `start` in a paged document (PDF); None when unpaged
    page_end: Optional[int] = None  # the page of the last character, only when it differs from `page`

@dataclass(frozen=True)
class Sentence:
    """A sentence of a block (paragraph, heading, ...) in original offsets; claims and entities lie in one."""

    id: str
    start: int
    end: int
    text: str
    block_kind: str = "paragraph"


@dataclass(frozen=True)
class Block:
    """A unit of repaired text: a paragraph, heading, caption, unit line or source line."""

    kind: str  # paragraph | heading | caption | unit | source | meta | furniture (cover-sheet labels, never analysed) ...
    start: int  # span in the original text
    end: int


@dataclass
class Document:
    doc_id: str
    source: str
    encoding: str
    text: str
    entities: list[Entity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    alias_proposals: list[tuple[str, str]] = field(default_factory=list)  # (glossary_id, alias) defined in the text
    metadata: dict = field(default_factory=dict)  # {title, date, publisher, author, url, language, genre, sources}
    events: list[Event] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    format: str = "txt"  # txt | md | pdf | html | docx
    pages: Optional[int] = None  # page count of a paged format (PDF); None otherwise
    path: Optional[str] = None  # the resolved absolute path: the source's identity (`source` is relative)
    path_hex: Optional[str] = None  # raw bytes of `path` as hex, when the file name is not UTF-8


@dataclass(frozen=True)
class Actor:
    """One side of an event: the argument's entry and its attributes at the event's date."""

    glossary_id: Optional[str]
    label_en: Optional[str]
    country: Optional[str]  # ISO 3166 alpha-3 (or IGO) of the state it acts for
    sector: Optional[str]  # CAMEO/PLOVER actor sector (GOV, MIL, ...)
    text: str
    entity_id: Optional[str] = None
    marker: Optional[str] = None  # a target's particle (から: the giver of a purchase, the speaker)


@dataclass(frozen=True)
class Event:
    """One event claim for one (source, target) actor pair, typed in PLOVER (see pipeline/events)."""

    event_id: str
    claim_id: str
    date: dict  # {value, earliest, latest, source}
    source_actor: Optional[Actor]
    target_actor: Optional[Actor]
    event_type: Optional[str]  # one of PLOVER's 16, or None (then ``type_reason`` says why)
    mode: Optional[str]
    context: Optional[str]
    cameo_root: Optional[str]
    quad_class: Optional[int]
    modality: str
    polarity: str
    attributed: bool
    source_of_report: Optional[str]
    sentence: str
    start: int
    end: int
    event_category: Optional[str]
    type_reason: Optional[str] = None
