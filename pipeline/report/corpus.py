"""The corpus page's figures as data: frequent linked entities, dated claims by event type, and
which actors appear in the same claims. Pure functions of stored documents."""
from __future__ import annotations

from collections import Counter
from itertools import combinations

from ..export import epoch_days
from ..records import Document


def top_entities(docs: list[Document], limit: int = 20) -> list[dict]:
    counts: Counter = Counter()
    labels: dict[str, tuple] = {}
    for doc in docs:
        for e in doc.entities:
            if e.glossary_id:
                counts[e.glossary_id] += 1
                labels.setdefault(e.glossary_id, (e.label_en or e.glossary_id, e.label_ja or e.text, e.type))
    return [{"glossary_id": g, "label_en": labels[g][0], "label_ja": labels[g][1], "type": labels[g][2], "n": n}
            for g, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]]


def _claim_date(c) -> tuple[str, str] | None:
    """(earliest ISO date, EDTF value) of a claim: its `when` if stored, else its first bounded date."""
    when = c.when
    candidates = ([when] if when else []) + list(c.dates)
    for d in candidates:
        earliest = d.get("earliest") or d.get("latest")
        if earliest:
            return earliest, str(earliest if d.get("value") is None else d["value"])
    return None


def timeline(docs: list[Document]) -> list[dict]:
    rows = []
    for doc in docs:
        events = {ev.claim_id: ev for ev in doc.events}
        for c in doc.claims:
            dated = _claim_date(c)
            if not dated:
                continue
            ev = events.get(c.id)
            kind = (ev.event_type if ev else None) or c.event_category or c.type
            rows.append({"date": dated[0], "value": dated[1], "event_type": kind, "claim_id": c.id,
                         "doc_id": doc.doc_id, "text": c.text[:80]})
    return sorted(rows, key=lambda r: (epoch_days(r["date"].split("T")[0]), r["event_type"], r["claim_id"]))  # -1999 first


def _actors(c) -> dict[str, str]:
    args = [c.subject, *c.objects, *c.targets, c.source]
    return {a.glossary_id: a.label_en or a.glossary_id for a in args if a is not None and a.glossary_id}


def cooccurrence(docs: list[Document], limit: int = 15) -> dict:
    """The `limit` actors that share most claims with other actors, and for each pair of them the
    claims they share (the diagonal: each actor's claims)."""
    in_claims: Counter = Counter()
    pairs: Counter = Counter()
    labels: dict[str, str] = {}
    for doc in docs:
        for c in doc.claims:
            actors = _actors(c)
            labels.update(actors)
            in_claims.update(list(actors))
            pairs.update(combinations(sorted(actors), 2))
    shared: Counter = Counter()  # claims shared with another actor
    for (a, b), n in pairs.items():
        shared[a] += n
        shared[b] += n
    top = sorted(shared, key=lambda g: (-shared[g], -in_claims[g], g))[:limit]
    matrix = [[in_claims[a] if a == b else pairs[tuple(sorted((a, b)))] for b in top] for a in top]
    pair_rows = [{"a": labels[a], "b": labels[b], "n": n}
                 for (a, b), n in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0])) if a in top and b in top]
    return {"actors": [labels[g] for g in top], "ids": top, "matrix": matrix, "pairs": pair_rows[:30]}
