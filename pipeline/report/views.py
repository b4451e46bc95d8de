"""What the HTML pages show, computed from stored `Document` records only (never re-parsed).

Records are read by their fields (`pipeline.records`); the dicts among them (``Document.metadata``,
``Claim.when``, ``Claim.dates``) by key.
"""
from __future__ import annotations

from collections import Counter

from ..records import Document
from .markup import Span, render_text
from .terminal import number

META_FIELDS = ("title", "date", "publisher", "author", "url", "language", "genre")


def metadata(doc: Document) -> dict:
    meta = doc.metadata or {}
    return {k: "" if meta.get(k) is None else meta[k] for k in META_FIELDS}


def entity_tip(e) -> str:
    if e.glossary_id:
        tip = f"{e.label_en or '?'} · {e.glossary_id} · {e.match} {e.score:.2f}"
    else:
        tip = f"unlinked ({e.match} {e.score:.2f}): no glossary entry"
    return tip + (f" · role {e.role}" if e.role else "") + (f" · p. {e.page}" if e.page else "")


def date_tip(d) -> str:
    kind = d.kind or "date"
    bounds = f"{d.earliest or '..'} … {d.latest or '..'}"
    tip = f"{kind} {d.value or '?'}" + ("" if kind in ("duration", "set") else f" · {bounds}")
    return tip + (" · approximate" if d.approximate else "") + (
        f" · resolved against {d.resolved_against}" if d.resolved_against else "")


def quantity_tip(q) -> str:
    if q.value is None:
        return f"unit declaration: ×{number(q.scale)} {q.unit}"
    value = number(q.value) + (f"–{number(q.value_max)}" if q.value_max is not None else "")
    return f"{q.qualifier + ' ' if q.qualifier else ''}{value} {q.unit} ({q.kind})"


def spans(doc: Document) -> list[Span]:
    """Entities as marks (type colour, type label, linked or not), dates and quantities underlined,
    footnote markers linked to their notes."""
    out = []
    for e in doc.entities:
        state = "linked" if e.glossary_id else "unlinked"
        out.append(Span(e.start, e.end, "mark", (
            ("class", f"ent t-{e.type} {state}"), ("data-id", e.id), ("data-type", e.type),
            ("data-tip", entity_tip(e))), e.type, e.id))
    for d in doc.dates:
        out.append(Span(d.start, d.end, "span", (("class", "date"), ("data-id", d.id), ("data-tip", date_tip(d))), key=d.id))
    for q in doc.quantities:
        out.append(Span(q.start, q.end, "span", (("class", "qty"), ("data-id", q.id), ("data-tip", quantity_tip(q))), key=q.id))
    for i, f in enumerate(doc.footnotes):
        tip = f"note {f.n}" + (f": {f.note[:200]}" if f.note else " (no notes section found)")
        out.append(Span(f.start, f.end, "a", (("class", "fn"), ("id", f"ref-{i}"), ("href", f"#note-{f.n}" if f.note else "#notes"),
                                              ("data-tip", tip)), key=f"fn{i}"))
    return out


def _arg(a) -> str:
    if a is None:
        return ""
    label = a.label_en
    text = a.text or ""
    return f"{label} ({text})" if label and label != text else text


def _when(c) -> str:
    when = c.when
    if when:
        return f"{_value(when)} ({when.get('source') or ''})".replace(" ()", "")
    return ", ".join(str(_value(d)) for d in c.dates)


def _value(d: dict):
    return "?" if d.get("value") is None else d["value"]


def claim_rows(doc: Document) -> list[dict]:
    events = {ev.claim_id: ev for ev in doc.events}
    rows = []
    for n, c in enumerate(doc.claims, 1):
        ev = events.get(c.id)
        source = _arg(c.source)
        rows.append({
            "n": n, "id": c.id, "start": c.start, "end": c.end, "text": c.text,
            "subject": _arg(c.subject), "predicate": c.predicate,
            "objects": "; ".join(_arg(o) for o in c.objects),
            "targets": "; ".join(_arg(t) for t in c.targets),
            "when": _when(c), "modality": c.modality, "polarity": c.polarity,
            "attribution": ("reported" + (f" by {source}" if source else "") + (f" ({c.cue})" if c.cue else ""))
            if c.attributed else "",
            "event_type": (ev.event_type if ev else None) or c.event_category or "",
            "type": c.type, "footnotes": ", ".join(map(str, c.footnotes)),
        })
    return rows


def counts(doc: Document) -> dict:
    linked = sum(1 for e in doc.entities if e.glossary_id)
    return {
        "entities": len(doc.entities), "linked": linked,
        "linked_share": f"{linked / len(doc.entities):.0%}" if doc.entities else "-",
        "dates": len(doc.dates), "quantities": len(doc.quantities), "footnotes": len(doc.footnotes),
        "claims": len(doc.claims), "events": len(doc.events), "warnings": len(doc.warnings),
        "chars": len(doc.text),
    }


def document_view(doc: Document) -> dict:
    """Everything a document page shows."""
    notes = {}
    for f in doc.footnotes:
        notes.setdefault(f.n, f.note or "")
    types = Counter(e.type for e in doc.entities)
    return {
        "doc_id": doc.doc_id, "source": doc.source, "encoding": doc.encoding, "meta": metadata(doc),
        "counts": counts(doc), "warnings": doc.warnings, "types": sorted(types.items()),
        "text_html": render_text(doc.text, spans(doc), [(c.start, c.end, c.id) for c in doc.claims]),
        "claims": claim_rows(doc), "notes": sorted(notes.items()),
    }
