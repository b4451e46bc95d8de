"""The original text as HTML with inline annotations: a pure function of the text and the spans.

Spans may nest (an entity inside an entity: 日米 is Japan and the United States on the same
characters) or cross (rare); the text is cut at every span boundary and each piece opens the spans
that cover it, outermost first, so the HTML is always well formed. A span cut by a crossing one
continues in a second element with the same ``data-id`` and ``data-cont``. Claims do not become
elements of their own: every piece of text they cover is a ``<span class="c" data-c="ids">``, which
the page's script highlights. Every piece of text is escaped, so any document shows as text.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from html import escape


@dataclass(frozen=True)
class Span:
    """One inline element over ``text[start:end]``: a tag, its attributes and an optional label
    printed after the text inside the element (the entity type, displaCy style)."""

    start: int
    end: int
    tag: str
    attrs: tuple[tuple[str, str], ...] = ()
    label: str | None = None
    key: str = ""  # identifies the pieces of one span


def _open(span: Span, continued: bool) -> str:
    attrs = "".join(f' {k}="{escape(v, quote=True)}"' for k, v in span.attrs)
    cont = ' data-cont="1"' if continued else ""
    return f"<{span.tag}{attrs}{cont}>"


def _close(span: Span, final: bool) -> str:
    label = f'<span class="lbl">{escape(span.label)}</span>' if final and span.label else ""
    return f"{label}</{span.tag}>"


def _piece(text: str, claims: list[str]) -> str:
    body = escape(text, quote=False)
    return f'<span class="c" data-c="{" ".join(claims)}">{body}</span>' if claims else body


def _sweep(ranges: list[tuple[int, int]], cuts: list[int]) -> list[list[int]]:
    """For each piece cuts[k]..cuts[k+1], the indices of the ranges covering it, in index order
    (a sweep over sorted starts and ends: linear in the pieces plus the ranges)."""
    starts, ends = defaultdict(list), defaultdict(list)
    for i, (s, e) in enumerate(ranges):
        starts[s].append(i)
        ends[e].append(i)
    active: set[int] = set()
    out = []
    for a in cuts[:-1]:
        active.difference_update(ends.get(a, ()))
        active.update(starts.get(a, ()))
        out.append(sorted(active))
    return out


def render_text(text: str, spans: list[Span], claims: list[tuple[int, int, str]] = ()) -> str:
    """HTML of `text` with `spans` as elements and claim ranges (start, end, id) as marked pieces."""
    n = len(text)
    spans = [s for s in spans if 0 <= s.start < s.end <= n]
    spans.sort(key=lambda s: (s.start, -s.end))  # outermost first (stable: equal spans keep their order)
    claims = [(max(0, s), min(n, e), cid) for s, e, cid in claims if max(0, s) < min(n, e)]
    cuts = sorted({0, n, *(x for s in spans for x in (s.start, s.end)), *(x for c in claims for x in c[:2])})
    covering = _sweep([(s.start, s.end) for s in spans], cuts)
    in_claims = _sweep([c[:2] for c in claims], cuts)
    out: list[str] = []
    stack: list[int] = []  # indices into spans of the open elements, outermost first
    opened: set[int] = set()
    for k, (a, b) in enumerate(zip(cuts, cuts[1:])):
        want = covering[k]
        keep = 0
        while keep < min(len(stack), len(want)) and stack[keep] == want[keep]:
            keep += 1
        for i in reversed(stack[keep:]):
            out.append(_close(spans[i], final=spans[i].end <= a))
        for i in want[keep:]:
            out.append(_open(spans[i], continued=i in opened))
            opened.add(i)
        stack = want
        out.append(_piece(text[a:b], [claims[j][2] for j in in_claims[k]]))
    for i in reversed(stack):
        out.append(_close(spans[i], final=True))
    return "".join(out)
