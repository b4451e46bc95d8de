"""Entity evaluation against a hand-checked gold list of mentions (tests/data/seed_gold_entities.tsv).

Mentions are compared as multisets of (surface, type) with whitespace removed: for each pair,
true positives = min(gold count, predicted count). Recall = TP / gold mentions, precision =
TP / predicted mentions. ``untyped`` scores compare surfaces only (did it find the name at all).
Link accuracy: of linked predicted mentions whose surface is in the gold list, the share carrying
the gold's glossary id. A compound such as 露越 counts once per country it names.
"""
from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

_WS = re.compile(r"\s+")


@dataclass(frozen=True)
class Scores:
    gold: int
    predicted: int
    recall: float
    precision: float
    untyped_recall: float
    link_accuracy: float | None


def read_gold(path: Path) -> list[dict]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def score(gold_rows: list[dict], predicted: list[tuple[str, str, str | None]]) -> Scores:
    """predicted: (surface, type, glossary_id or None) per mention."""
    gold: Counter = Counter()
    gold_ids: dict[str, set[str]] = {}
    for r in gold_rows:
        ids = [i for i in r["glossary_id"].split("|") if i]
        surface = _WS.sub("", r["surface"])  # both sides compared without whitespace
        gold[(surface, r["type"])] += int(r["count"]) * max(1, len(ids))
        gold_ids.setdefault(surface, set()).update(ids)
    pred = Counter((_WS.sub("", s), t) for s, t, _ in predicted)
    tp = sum(min(n, pred[k]) for k, n in gold.items())
    gold_surf: Counter = Counter()
    for (s, _), n in gold.items():
        gold_surf[s] += n
    pred_surf = Counter(_WS.sub("", s) for s, _, _ in predicted)
    tp_untyped = sum(min(n, pred_surf[s]) for s, n in gold_surf.items())
    checked = [(s, g) for s, _, g in predicted if g and _WS.sub("", s) in gold_ids]
    linked_ok = sum(1 for s, g in checked if g in gold_ids[_WS.sub("", s)])
    total_gold = sum(gold.values())
    return Scores(
        total_gold, len(predicted), tp / total_gold, tp / max(1, len(predicted)), tp_untyped / total_gold,
        linked_ok / len(checked) if checked else None,
    )
