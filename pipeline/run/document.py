"""One document: repair -> GiNZA (chunked) -> extraction -> records in original offsets."""
from __future__ import annotations

import re
from array import array
from dataclasses import dataclass, field, replace

from typing import TYPE_CHECKING

from ..text import RepairedBlock, repair, split_block, split_sentences, to_ascii
from ..claims import (apply_frames, extract_claims, find_frames, named_arguments, office_links, reference_date,
                      speaker_subjects, stat_subjects, surname_links, pair_links, home_links, author_links,
                      lead_topic_subjects, subject_parties)
from ..temporal import DateExtractor, find_quantities, labelled_dates, parse_document_date, writing_year
from ..entities import (author_names, english_labels, latin_surnames, masthead_title, extend_matches, harmonize, line_breaks, link_in_context, link_short_forms,
                        merge_entities,
                        model_entities, refine_entities, space_breaks, split_at_breaks, link_composed, name_again,
                        own_state_bodies)
from ..records import Document, Footnote, Sentence
from .finish import document_metadata, finish_document
from .memo import document_memo
from .pages import assign_pages
from ..inputs import front_matter_end
from .parse import parse
from .profile import stage, timed

if TYPE_CHECKING:  # edge types, for annotations only: processing never reads files or config itself
    from ..config import Config
    from ..inputs import RawDocument


@dataclass(frozen=True)
class Resources:
    """What processing needs besides the text, loaded once per process."""

    nlp: object
    glossary: object
    lexicon: dict
    config: Config
    manifest: dict = field(default_factory=dict)  # resolved path -> metadata row (inputs.load_manifest)
    manifest_problems: tuple = ()  # one-line messages for malformed manifest rows
    plover: object = None  # events.PloverMap; None: the packaged map
    cache: object = None  # run.cache.ParseCache: parsed chunks kept on disk; None: parse every chunk


def make_id(doc_id: str, kind: str, start: int, end: int, extra: str = "") -> str:
    base = f"{doc_id[:12]}-{kind}{start}-{end}"
    return f"{base}-{extra}" if extra else base


def _unique_ids(doc_id: str, kind: str, spans: list[tuple[int, int]]) -> list[str]:
    """Ids from original spans; records sharing a span (日米: Japan, US) get -1, -2 ... suffixes."""
    seen: dict[tuple[int, int], int] = {}
    ids = []
    for s, e in spans:
        k = seen[(s, e)] = seen.get((s, e), -1) + 1
        ids.append(make_id(doc_id, kind, s, e, str(k) if k else ""))
    return ids


def _to_original(recs, chunk: RepairedBlock, doc_id: str, kind: str, text: str):
    """Records with offsets into the chunk -> (records in original offsets, whose `text` is the original's
    text[start:end] (the evidence, with the line break or space the repair removed: ドナルド トランプ), local
    copies with ids)."""
    spans = [chunk.to_original(r.start, r.end) for r in recs]
    ids = _unique_ids(doc_id, kind, spans)
    out = [_replace(r, start=s, end=e, id=rid, text=_evidence(r.text, text[s:e])) for r, (s, e), rid in zip(recs, spans, ids)]
    return out, [_replace(r, id=rid) for r, rid in zip(recs, ids)]


def _replace(rec, **changes):
    """`dataclasses.replace` for a record class without __post_init__ (all of them): the same new
    record, its fields copied instead of passed through __init__ (a third of the time of mapping a
    re-run's records back to the original's offsets)."""
    cls = type(rec)
    if hasattr(cls, "__post_init__") or not hasattr(rec, "__dict__"):
        return replace(rec, **changes)
    new = object.__new__(cls)
    new.__dict__.update(rec.__dict__, **changes)
    return new


_WS = re.compile(r"\s+")


def _evidence(repaired: str, original: str) -> str:
    """The original's text of a record when it differs from the repaired chunk's only by the line breaks
    and spaces the repair removed (ドナルド トランプ); else (a footnote marker dropped from 4分の1[2]) the
    repaired text."""
    return original if _WS.sub("", original) == _WS.sub("", repaired) else repaired


def _drop_inside(quantities, dates):
    """Quantities that overlap a date are parts of it (2年後, 1990年代), not amounts."""
    return [q for q in quantities if not any(q.start < d.end and d.start < q.end for d in dates)]


def process_document(raw: RawDocument, res: Resources) -> Document:
    doc = Document(raw.doc_id, raw.source, raw.encoding, raw.text, warnings=list(raw.warnings),
                   format=raw.format, pages=raw.pages)
    memo = document_memo(res.cache, raw.doc_id)  # steps whose inputs are unchanged since the last run (run/memo.py)
    doc.metadata = document_metadata(raw, res, doc.warnings, memo)
    if not raw.text.strip():
        return doc
    with stage("repair"):
        blocks = memoised_blocks(raw.text, raw.line_kinds, memo)
    doc.blocks = [b.as_record() for b in blocks]
    chunks: list[RepairedBlock] = []
    labels: list[str | None] = []  # per chunk: the cover-sheet label right above its value (Issue Date), else None
    label = None
    for b in blocks:
        if b.kind == "furniture":  # a cover sheet's labels and identifiers: kept as a block, never analysed
            label = b.text
            continue
        parts, warns = split_block(b, res.config.chunk_bytes)
        chunks.extend(parts)
        labels.extend([label if b.kind == "meta" else None] + [None] * (len(parts) - 1))
        label = None
        doc.warnings.extend(warns)
    _check_footnote_sequence(blocks, doc.warnings)
    anchor = _anchor(doc.metadata.get("date"), doc.warnings) or writing_year(raw.text)  # else 本年(2022年)
    texts = [c.text for c in chunks]
    with stage("dates"):
        found = memo.call("dates", chunk_dates, (anchor, texts), anchor, texts)
        found = [_labelled(f, lab, t) if lab else f for f, lab, t in zip(found, labels, texts)]
    matcher = res.glossary.matcher()
    parsed = timed("parse", parse(res.nlp, texts, res.config.batch_chars, res.config.batch_size, res.cache))
    for chunk, sdoc, dated in zip(chunks, parsed, found):
        _extract_chunk(doc, chunk, sdoc, res, dated, matcher, memo)
    doc.entities = latin_surnames(harmonize(doc.entities))  # one reading per name across chunks; Freitas after Serafim de Freitas
    doc.entities = link_short_forms(doc.entities)  # 河野大臣 after 河野太郎: the person named in full
    doc.entities = link_in_context(doc.entities, raw.text, res.glossary, reference_date(anchor, doc.dates))  # whose 外交部
    doc.entities = own_state_bodies(doc.entities, raw.text, res.glossary)  # スリランカ政府…財務省: Sri Lanka's
    doc.entities = link_composed(doc.entities, res.glossary)  # 中南米地域, TICAD 9, タイ外務省, 在ソロモン米大使館
    doc.entities = [e if e.id else replace(e, id=make_id(doc.doc_id, "E", e.start, e.end))  # ナウセーダは、 after ナウセーダ大統領
                    for e in name_again(doc.entities, raw.text, res.glossary)]
    doc.footnotes = attach_notes(doc.footnotes, [b for b in blocks if b.kind == "note"])
    spans = [(b.kind, b.start, b.end) for b in blocks]
    with stage("claims"):
        doc.claims = speaker_subjects(apply_frames(doc.claims, find_frames(raw.text, spans, doc.entities)))  # who says what
        doc.claims = stat_subjects(raw.text, spans, doc.claims, doc.entities)  # whose exports, whose trade total
        doc.claims = surname_links(doc.claims, doc.entities)  # 李氏 -> 李強, named in full before
        doc.claims = pair_links(doc.claims, doc.entities)  # 両首脳 -> the two leaders named before
        doc.claims = office_links(doc.claims, doc.entities, res.glossary, raw.text, reference_date(anchor, doc.dates))
        doc.claims = home_links(doc.claims, res.glossary, raw.text)  # 我が国 -> Japan
        doc.claims = author_links(doc.claims, doc.entities, raw.text)  # 本稿/筆者 -> the byline's author
        doc.claims = lead_topic_subjects(doc.claims, doc.entities, raw.text)  # an article's defined topic
        doc.claims = subject_parties(doc.claims, doc.entities, raw.text)  # サウジとの関係改善が: Saudi Arabia a target
        doc.claims = named_arguments(doc.claims, doc.entities)  # a clause argument -> the entities it names
    doc.alias_proposals = sorted(set(matcher.proposed_aliases))
    finish_document(doc, raw, res)
    assign_pages(doc, raw.page_starts)  # last: every record in original offsets by now
    memo.save()
    return doc


def _labelled(dated: tuple, label: str, text: str) -> tuple:
    """A cover-sheet value's dates read with its label (Issue Date | 2020-2 → 2020-02, temporal/fields.py): the
    label is furniture, a block of its own, yet it is what makes a bare 2020-2 a month. Added where no date
    already stands; a quantity the new date covers is dropped."""
    date_recs, warns, qty, sentences = dated
    new = [d for d in labelled_dates(label, text)
           if not any(o.start < d.end and d.start < o.end for o in date_recs)]
    if not new:
        return dated
    qty = [q for q in qty if not any(d.start < q.end and q.start < d.end for d in new)]
    return (sorted([*date_recs, *new], key=lambda d: d.start), warns, qty, sentences)


def chunk_dates(anchor, texts: list[str]) -> list[tuple]:
    """(dates, warnings, quantities, sentence spans) of each chunk, its dates fed in order to one
    DateExtractor (本日/昨年 resolve against the document's date, 同年 against the narrative): from the
    texts and the anchor only."""
    dates = DateExtractor(anchor)
    out = []
    for text in texts:
        date_recs, warns = dates.feed(text)
        out.append((date_recs, warns, _drop_inside(find_quantities(text), date_recs), split_sentences(text)))
    return out


def document_blocks(text: str, line_kinds=None) -> list[RepairedBlock]:
    """The repaired blocks a document is parsed in (also what the CoNLL-U export re-parses, so that
    its chunks are the run's and come from the parse cache); `line_kinds`: the reader's layout."""
    skip = front_matter_end(text)  # YAML front matter is metadata, not running text
    # repaired as blank lines of the same length, so a body right after the closing --- is a block of its own
    masked = re.sub(r"[^\n]", " ", text[:skip]) + text[skip:] if skip else text
    return [b for b in repair(masked, line_kinds, paragraphs_by_blank=line_kinds is not None) if b.start >= skip]


def memoised_blocks(text: str, line_kinds, memo) -> list[RepairedBlock]:
    """`document_blocks`, kept in the extraction memo (run/memo.py) under the text and the layout: each
    block as plain values (its offset map as bytes), rebuilt as equal RepairedBlocks."""
    rows = memo.call("blocks", _block_rows, (text, line_kinds), text, line_kinds)
    return [RepairedBlock(kind, t, array(code, orig), start, end, list(notes))
            for kind, t, code, orig, start, end, notes in rows]


def _block_rows(text: str, line_kinds) -> list[tuple]:
    return [(b.kind, b.text, b.orig.typecode, b.orig.tobytes(), b.start, b.end, tuple(b.footnotes))
            for b in document_blocks(text, line_kinds)]


def _anchor(value, warnings: list[str]):
    """The document date when the extractor can anchor on it (an EDTF day, month or year), else None
    with a warning: a season (2021-21) or a BCE year in the metadata leaves relative words unresolved."""
    if not isinstance(value, str) or not value:
        return None
    try:
        parse_document_date(value)
    except ValueError as e:
        warnings.append(f"{e}: relative dates (本日, 昨年) are left unresolved")
        return None
    return value


def _extract_chunk(doc: Document, chunk: RepairedBlock, sdoc, res: Resources, dated, matcher, memo) -> None:
    threshold = res.config.fuzzy_threshold
    with stage("glossary"):
        spaces = space_breaks(chunk.text, chunk.orig, doc.text)  # katakana words parted by a space
        breaks = line_breaks(chunk.text, chunk.orig, doc.text) | spaces  # ... or lines the repair glued
        matches = extend_matches(chunk.text, matcher.feed(chunk.text, breaks), res.glossary, threshold)
        model = split_at_breaks(model_entities(sdoc), chunk.text, spaces, res.glossary)
        ents = merge_entities(model, matches, res.glossary, threshold)
        ents = refine_entities(ents, chunk.text, sdoc, res.glossary, breaks)
        if chunk.kind == "byline":  # a cover sheet's authors
            ents = author_names(ents, chunk.text, res.glossary)
        elif chunk.kind == "masthead":  # a journal's name above its ISSN
            ents = masthead_title(ents, chunk.text, res.glossary)
        ents = english_labels(ents, chunk.text, sdoc)
    date_recs, warns, qty, sentences = dated
    for w in warns:
        s, e = chunk.to_original(w.start, w.end)
        doc.warnings.append(f"{w.message} at {s}-{e}: {w.outcome}")
    ents_o, ents_l = _to_original(ents, chunk, doc.doc_id, "E", doc.text)
    dates_o, dates_l = _to_original(date_recs, chunk, doc.doc_id, "D", doc.text)
    qty_o, qty_l = _to_original(qty, chunk, doc.doc_id, "Q", doc.text)
    doc.entities.extend(ents_o)
    doc.dates.extend(dates_o)
    doc.quantities.extend(qty_o)
    doc.footnotes.extend(Footnote(f.n, f.start, f.end) for f in chunk.footnotes)
    doc.sentences.extend(_sentences(chunk, doc, sentences))
    if chunk.kind != "paragraph":
        return
    anchors = [(f.n, f.pos) for f in chunk.footnotes]
    with stage("claims"):
        parse_key = res.cache.key(res.nlp, chunk.text) if res.cache is not None else None  # the model and the text
        claims = memo.call("claims", extract_claims, (parse_key, ents_l, dates_l, qty_l, anchors, res.lexicon, chunk.kind),
                           sdoc, ents_l, dates_l, qty_l, anchors, res.lexicon, chunk.kind)
    doc.claims.extend(_claims_to_original(claims, chunk, doc.doc_id))


def _sentences(chunk: RepairedBlock, doc: Document, spans) -> list[Sentence]:
    spans = [chunk.to_original(s, e) for s, e in spans]
    return [Sentence(make_id(doc.doc_id, "S", s, e), s, e, doc.text[s:e], chunk.kind) for s, e in spans]


def _claims_to_original(claims, chunk: RepairedBlock, doc_id: str):
    """Claims in original offsets; their texts and argument phrases stay the repaired reading (ベトナム, not
    a page's ベトナ\n\nム), their offsets are the evidence."""
    def arg(a):
        if a is None or a.start is None:
            return a
        s, e = chunk.to_original(a.start, a.end)
        return _replace(a, start=s, end=e)

    spans = [chunk.to_original(c.start, c.end) for c in claims]
    return [
        _replace(c, start=s, end=e, id=rid, subject=arg(c.subject), source=arg(c.source),
                objects=tuple(arg(o) for o in c.objects), targets=tuple(arg(o) for o in c.targets),
                subjects=tuple(arg(o) for o in c.subjects))
        for c, (s, e), rid in zip(claims, spans, _unique_ids(doc_id, "C", spans))
    ]


_NOTE_NUMBER = re.compile(r"[（(]?([0-9０-９]{1,3})[)）.．]?")


def attach_notes(footnotes: list[Footnote], notes: list[RepairedBlock]) -> list[Footnote]:
    """Each marker gets the text of the note with its number from the notes section (注 / Notes)."""
    by_number = {}
    for blk in notes:
        m = _NOTE_NUMBER.match(blk.text)
        if m:
            n = int(to_ascii(m.group(1)))
            s, e = blk.to_original(m.end(), len(blk.text))
            by_number.setdefault(n, (blk.text[m.end():].strip(), s, e))
    return [replace(f, note=by_number[f.n][0], note_start=by_number[f.n][1], note_end=by_number[f.n][2])
            if f.n in by_number else f for f in footnotes]


def _check_footnote_sequence(blocks: list[RepairedBlock], warnings: list[str]) -> None:
    expect = 1
    for b in blocks:
        for f in b.footnotes:
            if f.bracketed:  # [1] / [注 1] are numbered apart
                continue
            if f.n != expect:
                warnings.append(f"footnote markers jump from {expect - 1} to {f.n} at offset {f.start}: check for a missed marker")
            expect = f.n + 1
