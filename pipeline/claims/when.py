"""When a claim happened: `Claim.when` = {value, earliest, latest, source}.

`source` says where the date comes from, in this order:
- ``explicit``: the first date inside the claim's own span (its `dates`);
- ``narrative``: the last date of the document that ends before the claim starts (the narrative's
  current time, as `temporal.DateExtractor` tracks it), skipping decades (199X) and open intervals
  (2022-02/..), which do not place an event;
- ``document``: the document's own date (`metadata.date`, given or detected);
- None when there is none of the three.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from typing import Optional

from ..records import Claim, DateMention


class _Narrative:
    """The placing dates sorted by (end, start): the narrative date at a position is found by bisection,
    so a document's claims cost claims x log(dates), not claims x dates."""

    def __init__(self, dates: list[DateMention]):
        placing = [(d.end, d.start, -i, d) for i, d in enumerate(dates) if _places(d.value)]
        self.placing = [d for *_, d in sorted(placing, key=lambda t: t[:3])]  # on one span, the first listed wins
        self.ends = [d.end for d in self.placing]

    def before(self, pos: int) -> Optional[DateMention]:
        i = bisect_right(self.ends, pos)
        return self.placing[i - 1] if i else None


def claims_when(claims: list[Claim], dates: list[DateMention], document_date: Optional[dict]) -> list[Claim]:
    """Every claim of a document with its `when`."""
    narrative = _Narrative(dates)
    return [replace(c, when=claim_when(c, dates, document_date, narrative)) for c in claims]


def claim_when(claim: Claim, dates: list[DateMention], document_date: Optional[dict],
               narrative: Optional[_Narrative] = None) -> Optional[dict]:
    """The `when` of ``claim`` given the document's dates (original offsets) and its {value, earliest,
    latest} date or None."""
    if claim.dates:
        d = claim.dates[0]
        return {"value": d["value"], "earliest": d["earliest"], "latest": d["latest"], "source": "explicit"}
    d = (narrative or _Narrative(dates)).before(claim.start)
    if d is not None:
        return {"value": d.value, "earliest": d.earliest, "latest": d.latest, "source": "narrative"}
    if document_date and document_date.get("value"):
        return {"value": document_date["value"], "earliest": document_date.get("earliest"),
                "latest": document_date.get("latest"), "source": "document"}
    return None


def _places(value: Optional[str]) -> bool:
    return bool(value) and "X" not in value and ".." not in value
