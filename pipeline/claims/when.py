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

from typing import Optional

from ..records import Claim, DateMention


def claim_when(claim: Claim, dates: list[DateMention], document_date: Optional[dict]) -> Optional[dict]:
    """The `when` of ``claim`` given the document's dates (original offsets) and its {value, earliest,
    latest} date or None."""
    if claim.dates:
        d = claim.dates[0]
        return {"value": d["value"], "earliest": d["earliest"], "latest": d["latest"], "source": "explicit"}
    before = [d for d in dates if d.end <= claim.start and _places(d.value)]
    if before:
        d = max(before, key=lambda x: (x.end, x.start))
        return {"value": d.value, "earliest": d.earliest, "latest": d.latest, "source": "narrative"}
    if document_date and document_date.get("value"):
        return {"value": document_date["value"], "earliest": document_date.get("earliest"),
                "latest": document_date.get("latest"), "source": "document"}
    return None


def _places(value: Optional[str]) -> bool:
    return bool(value) and "X" not in value and ".." not in value
