"""Per-stage timing for `pipeline run --profile`: where the time of a run went.

Stages: decode (read and decode the file, or extract a PDF/HTML/DOCX), repair (line repair, chunks),
parse (GiNZA, or reading the parse cache), glossary (matching and merging entities), dates (dates and
quantities), claims, other (the rest of a document: sentences, notes, metadata, pages) and store (the
database transaction). Each process adds to its own totals; a worker's totals go back with each
document's outcome, and the run sums them, prints them and stores them in `runs.profile`.
"""
from __future__ import annotations

import time
from collections import defaultdict
from contextlib import contextmanager
from typing import Iterable, Iterator

STAGES = ("decode", "repair", "parse", "glossary", "dates", "claims", "other", "store")
_TOTALS: dict[str, float] = defaultdict(float)
_ON = {"on": False}


def enable(on: bool) -> None:
    _ON["on"] = on


@contextmanager
def stage(name: str) -> Iterator[None]:
    if not _ON["on"]:
        yield
        return
    t = time.perf_counter()
    try:
        yield
    finally:
        _TOTALS[name] += time.perf_counter() - t


def timed(name: str, items: Iterable) -> Iterator:
    """`items`, with the time spent producing each one (a lazy parse) counted as `name`."""
    it = iter(items)
    while True:
        with stage(name):
            try:
                item = next(it)
            except StopIteration:
                return
        yield item


def take() -> dict[str, float]:
    """This process's totals since the last call, and reset them."""
    out = dict(_TOTALS)
    _TOTALS.clear()
    return out


def add(into: dict[str, float], times: dict[str, float]) -> None:
    for k, v in times.items():
        into[k] = into.get(k, 0.0) + v


def summary_line(times: dict[str, float], wall: float) -> str:
    total = sum(times.values()) or 1.0
    parts = [f"{k} {times.get(k, 0.0):.2f}s ({100 * times.get(k, 0.0) / total:.0f}%)" for k in STAGES if k in times]
    return f"Profile ({wall:.1f}s wall, {sum(times.values()):.1f}s in stages): " + ", ".join(parts)


def profiled(analyse, path, res):
    """`analyse(path, res)` (an Outcome) with this document's stage times in `times`; the time in
    process_document outside the named stages is `other`."""
    from dataclasses import replace

    enable(True)
    take()
    t = time.perf_counter()
    outcome = analyse(path, res)
    wall = time.perf_counter() - t
    times = take()
    times["other"] = max(0.0, wall - sum(times.values()))
    return replace(outcome, times=times)
