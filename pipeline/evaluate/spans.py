"""Span-level NER scoring against a dataset with its own type set (the stockmark Wikipedia NER set).

Gold spans carry the dataset's type; `ACCEPTS` says which SPEC types count as right for it.
Predictions of SPEC types the dataset has no category for (AGREEMENT, POLICY, OTHER) are left out
of precision for every system alike. Exact: same start and end and an accepted type. Overlap: the
spans share a character and the type is accepted; each gold and each prediction is used once.
Per type, a gold span counts in the class of its dataset type and a prediction in the class of its
SPEC type (`CLASS_OF`)."""
from __future__ import annotations

from dataclasses import dataclass, field

ACCEPTS = {
    "人名": {"PERSON"},
    "法人名": {"ORGANIZATION"}, "政治的組織名": {"ORGANIZATION"}, "その他の組織名": {"ORGANIZATION"},
    "地名": {"LOCATION", "COUNTRY"}, "施設名": {"LOCATION"},
    "製品名": {"PRODUCT"}, "イベント名": {"EVENT"},
}
GOLD_CLASS = {"人名": "PERSON", "法人名": "ORGANIZATION", "政治的組織名": "ORGANIZATION",
              "その他の組織名": "ORGANIZATION", "地名": "PLACE", "施設名": "PLACE", "製品名": "PRODUCT",
              "イベント名": "EVENT"}
CLASS_OF = {"PERSON": "PERSON", "ORGANIZATION": "ORGANIZATION", "LOCATION": "PLACE", "COUNTRY": "PLACE",
            "PRODUCT": "PRODUCT", "EVENT": "EVENT"}
CLASSES = ("PERSON", "ORGANIZATION", "PLACE", "PRODUCT", "EVENT")

Span = tuple[int, int, str]  # start, end, type (dataset type for gold, SPEC type for predictions)


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    matched: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class SpanScores:
    exact: dict[str, Tally] = field(default_factory=lambda: {c: Tally() for c in ("ALL", *CLASSES)})
    overlap: dict[str, Tally] = field(default_factory=lambda: {c: Tally() for c in ("ALL", *CLASSES)})


def scorable(predicted: list[Span]) -> list[Span]:
    return [p for p in predicted if p[2] in CLASS_OF]


def _pairs(gold: list[Span], predicted: list[Span], overlap: bool) -> list[tuple[int, int]]:
    used: set[int] = set()
    pairs = []
    for gi, (gs, ge, gt) in enumerate(gold):
        for pi, (ps, pe, pt) in enumerate(predicted):
            if pi in used or pt not in ACCEPTS[gt]:
                continue
            if (ps, pe) == (gs, ge) or (overlap and ps < ge and gs < pe):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


def add_sentence(scores: SpanScores, gold: list[Span], predicted: list[Span]) -> None:
    """Add one sentence's gold and predicted spans to the running tallies."""
    predicted = scorable(predicted)
    for table, overlap in ((scores.exact, False), (scores.overlap, True)):
        if overlap:  # exact pairs first, so an exact match is never lost to an earlier overlap
            pairs = _pairs(gold, predicted, False)
            gi_used, pi_used = {g for g, _ in pairs}, {p for _, p in pairs}
            rest_g = [i for i in range(len(gold)) if i not in gi_used]
            rest_p = [i for i in range(len(predicted)) if i not in pi_used]
            more = _pairs([gold[i] for i in rest_g], [predicted[i] for i in rest_p], True)
            pairs += [(rest_g[g], rest_p[p]) for g, p in more]
        else:
            pairs = _pairs(gold, predicted, False)
        for g in gold:
            table["ALL"].gold += 1
            table[GOLD_CLASS[g[2]]].gold += 1
        for p in predicted:
            table["ALL"].predicted += 1
            table[CLASS_OF[p[2]]].predicted += 1
        for gi, _ in pairs:
            table["ALL"].matched += 1
            table[GOLD_CLASS[gold[gi][2]]].matched += 1
