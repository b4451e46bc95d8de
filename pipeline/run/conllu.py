"""CoNLL-U for linguists: GiNZA's tokens of each stored document, with the stored entities as an NE
column, for `pipeline review export --format conllu`.

The document is repaired and chunked as a run does and parsed through the parse cache (so after a
run nothing is parsed again). One sentence block per spaCy sentence; the ten CoNLL-U columns are
GiNZA's (LEMMA, UPOS, XPOS = Sudachi's tag, HEAD, DEPREL; FEATS empty: GiNZA's features, Reading and
Inflection, are Japanese values and go to MISC as GiNZA's own CoNLL-U puts them); MISC carries ``SpaceAfter=No``
(Japanese has no spaces), the token's span in the ORIGINAL text (``Start``/``End``: Python str
offsets, like every record's) and, for a token inside a stored entity, ``NE=B-TYPE``/``I-TYPE`` and
its ``Glossary`` id.
"""
from __future__ import annotations

from ..records import Document
from ..text import RepairedBlock, split_block
from .document import document_blocks
from .parse import parse


def source_line_kinds(doc: Document, config) -> dict | None:
    """The reader's line kinds for the stored document, from its file if that still has the document's
    bytes (doc_id) and text; None for plain text (never read again: its reader gives no line kinds), a
    changed or vanished file, or one that cannot be read."""
    from pathlib import Path

    from ..errors import PipelineError
    from ..inputs import SUFFIXES, SUPPORTED, read_any

    if not doc.path or Path(doc.path).suffix.lower() not in set(SUPPORTED) - set(SUFFIXES):
        return None
    try:
        raw = read_any(Path(doc.path), config.max_document_bytes, config.decode_errors)
    except (PipelineError, OSError):
        return None
    return raw.line_kinds if raw.doc_id == doc.doc_id and raw.text == doc.text else None


def _entity_tags(doc: Document) -> dict[int, tuple[str, int, str | None]]:
    """Original character -> (type, entity start, glossary id) for the first entity covering it."""
    tags: dict[int, tuple[str, int, str | None]] = {}
    for e in sorted(doc.entities, key=lambda e: (e.start, -(e.end - e.start))):
        for i in range(e.start, e.end):
            tags.setdefault(i, (e.type, e.start, e.glossary_id))
    return tags


def _token_line(tok, sent, chunk: RepairedBlock, tags, seen: set) -> str:
    s, e = chunk.to_original(tok.idx, tok.idx + len(tok.text))
    misc = [] if tok.whitespace_ else ["SpaceAfter=No"]
    misc += [f"Start={s}", f"End={e}"] + [m for m in str(tok.morph).split("|") if m]  # Reading, Inflection: as GiNZA
    tag = next((tags[i] for i in range(s, e) if i in tags), None)
    if tag:
        kind, start, gid = tag
        misc.append(f"NE={'I' if start in seen else 'B'}-{kind}")
        seen.add(start)
        if gid:
            misc.append(f"Glossary={gid}")
    head = 0 if tok.head.i == tok.i else tok.head.i - sent.start + 1
    deprel = "root" if head == 0 else (tok.dep_ or "dep")
    cols = [str(tok.i - sent.start + 1), tok.text, tok.lemma_ or "_", tok.pos_ or "_", tok.tag_ or "_",
            "_", str(head), deprel, "_", "|".join(misc)]
    return "\t".join(c.replace("\t", " ").replace("\n", " ") or "_" for c in cols)


def document_conllu(doc: Document, nlp, config, cache=None) -> str:
    """The CoNLL-U text of one document (sentence ids: the doc id prefix and a running number), chunked
    and parsed with `config`'s sizes as a run does. A PDF, HTML or DOCX file still holding the document's
    bytes is read again for its layout (line kinds), which the run's repair used: without it the chunks
    differ and miss the parse cache."""
    chunks: list[RepairedBlock] = []
    for b in document_blocks(doc.text, source_line_kinds(doc, config)):
        chunks.extend(split_block(b, config.chunk_bytes)[0])
    tags, seen, out, n = _entity_tags(doc), set(), [f"# newdoc id = {doc.doc_id}", f"# source = {doc.source}"], 0
    for chunk, sdoc in zip(chunks, parse(nlp, [c.text for c in chunks], config.batch_chars, config.batch_size, cache)):
        for sent in sdoc.sents:
            if not sent.text.strip():
                continue
            n += 1
            out += [f"# sent_id = {doc.doc_id[:12]}-{n}", f"# text = {sent.text.strip()}"]
            out += [_token_line(t, sent, chunk, tags, seen) for t in sent]
            out.append("")
    return "\n".join(out) + "\n"
