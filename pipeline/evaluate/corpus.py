"""Score processed documents (``documents.jsonl`` records) against gold files of the shape written in
tests/data/dev/README.md: entities, links, dates, quantities and claims, matched by offsets.

Every comparison works on the original-text offsets both sides carry (``start``/``end``), so a record
counts only where it points at the gold evidence. Counts are returned per document and summed (micro
averages) per genre and overall; rates are derived from the counts.

- entities: one-to-one, overlapping span and same type -> precision, recall, F1; an unmatched record on
  the span and type of a matched one, for another of the states its gold mention names, is not spurious:
  the records written on one span for each state it names (日豪: Japan, Australia) are one mention where the
  gold writes one with both labels (and two where the gold writes 日 and 豪 apart);
- links: a gold mention is correctly linked when an overlapping prediction has a ``glossary_id`` and a
  ``label_en`` equal (normalized) to one of the gold alternatives, or, when the glossary is given
  (`english_names`), one of the linked entry's English names is (its label, ``aliases_en`` and Latin-script
  ``aliases_ja``: the gold follows English Wikipedia titles, a glossary an official name, and both name the
  same thing: ``Ministry of Finance (Japan)`` / ``Ministry of Finance of Japan``); right label without a link
  = unlinked;
- dates: an overlapping prediction whose ``value`` (EDTF qualifiers ~?% and a time zone the gold omits aside) is one of the gold values, or
  an interval holding the gold mention whose endpoint on the gold's side is; a whole hour is one time at
  either ISO 8601 precision (T11 = T11:00 = T11:00:00); a day with a part of the day (26日午後 =
  2016-09-26T12/2016-09-26T24, 30日深夜 running past midnight) offers its day, and a month with its part
  (3月末 = 2022-03-21/2022-03-31, 上旬, 中旬, 下旬, 前半, 後半: the dates module's thirds and halves of a
  month) its month, as the gold writes them;
- quantities: an overlapping prediction with the gold unit (spellings of one counter alike: か国 = カ国) and the
  same magnitude (a range's high end, ``value_max``, for a gold amount ending where the range ends: 500億ドル of
  450億ドル～500億ドル);
- claims: recalled when a prediction overlaps the evidence fragment and its predicate contains the gold
  predicate's stem (or the reverse); among recalled claims, six fields are compared: subject,
  arguments (objects and targets together), modality, polarity, attributed, source. Subject, arguments
  and source are compared by referent (English label, surface, or the gold mention the predicted span
  overlaps); predicted arguments that name nothing (common nouns) are left out of the comparison,
  as the gold lists named arguments only, and a predicted argument naming a gold argument already
  matched (a phrase and the entity inside it) is that referent again, not an extra one; a gold
  ``null`` subject/source wants nothing named.
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .datevalues import date_ok, overlap
# predicate_matches is the claim rule's public face here too (tests and readers look for it in this module)
from .predicates import gold_predicate_forms, matches_forms, predicate_matches  # noqa: F401

FIELDS = ("subject", "arguments", "modality", "polarity", "attributed", "source")
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")


def norm_label(s: str | None) -> str:
    """Compare English labels without case, dash, quote or spacing differences."""
    s = unicodedata.normalize("NFKC", s or "").casefold().replace("’", "'")
    return " ".join(_DASHES.sub("-", s).split())


def alternatives(s: str | None) -> set[str]:
    return {norm_label(a) for a in (s or "").split("|") if a.strip()}


def _label_of(x, gold_entities=()) -> set[str]:
    """Labels a predicted argument or source can be matched by: its English label, its surface, and the
    labels of the gold mentions its span overlaps (so a right but unlinked referent still counts here;
    linking is scored separately)."""
    if not x:
        return set()
    if isinstance(x, str):  # free text (a source): its own words, or the gold mentions written so
        key = "".join(x.split())
        return {norm_label(x)}.union(*(alternatives(g["label_en"]) for g in gold_entities
                                       if "".join(g["text"].split()) == key))
    out = {norm_label(v) for v in (x.get("label_en"), x.get("text")) if v}
    if x.get("start") is not None and x.get("end") is not None:  # free text (an unnamed 記者) has no span
        for g in gold_entities:
            if overlap(g, x):
                out |= alternatives(g["label_en"])
    return out


def _refers(x, gold_entities) -> bool:
    """A predicted argument names something: it has an English label or overlaps a gold mention.
    Common-noun arguments (協力, 旨) are not compared: gold lists named arguments only."""
    if not x:
        return False
    if isinstance(x, str):
        return bool(x.strip())
    return bool(x.get("label_en")) or any(overlap(g, x) for g in gold_entities if x.get("start") is not None)


def _match_entities(gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict]]:
    """One-to-one: each gold entity takes the free same-type prediction it overlaps most (of those, one
    with a label the gold gives, then the first)."""
    used: set[int] = set()
    pairs = []
    for g in gold:
        want = alternatives(g.get("label_en") or "")
        best = max(((overlap(g, p), norm_label(p.get("label_en")) in want, -i) for i, p in enumerate(pred)
                    if i not in used and p.get("type") == g["type"] and overlap(g, p)), default=None)
        if best:
            used.add(-best[2])
            pairs.append((g, pred[-best[2]]))
    return pairs


def overlapping(x: dict, records: list[dict]) -> list[dict]:
    """The records whose span overlaps `x`'s."""
    return [r for r in records if overlap(x, r)]


_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9 .,'&()\-]*")


def english_names(glossary) -> dict[str, set[str]]:
    """Glossary id -> the entry's normalized English names: label_en, aliases_en and the Latin-script
    aliases_ja (G7, G20, MENA are written so in Japanese text and are the English names too)."""
    out = {}
    for gid, e in glossary.entries.items():
        latin = [a for a in e.aliases_ja if _LATIN_NAME.fullmatch(unicodedata.normalize("NFKC", a))]
        out[gid] = {norm_label(n) for n in (e.label_en, *e.aliases_en, *latin) if n}
    return out


def _linked(g: dict, pred: list[dict], names: dict[str, set[str]] | None = None) -> bool:
    want = alternatives(g["label_en"])
    for p in pred:
        gid = p.get("glossary_id")
        if gid and overlap(g, p):
            if norm_label(p.get("label_en")) in want or want & (names or {}).get(gid, set()):
                return True
    return False


_COUNTER_KA = re.compile(r"[ヵヶケかカ箇个](?=[国所月])")


def same_unit(a: str | None, b: str | None) -> bool:
    """Units compare as written, except the spellings of one counter: か国 = カ国 = ヵ国 = ヶ国 = 箇国."""
    fold = lambda u: _COUNTER_KA.sub("カ", unicodedata.normalize("NFKC", u or ""))  # noqa: E731
    return fold(a) == fold(b)


def _quantity_ok(g: dict, pred: list[dict]) -> bool:
    for p in pred:
        if overlap(g, p) and same_unit(p.get("unit"), g["unit"]) and p.get("value") is not None:
            # a range (450億ドル～500億ドル: value..value_max) answers a gold amount at its high end too
            high = p.get("value_max") if p.get("value_max") is not None and g["end"] == p["end"] else None
            if any(math.isclose(abs(float(v)), abs(float(g["value"])), rel_tol=1e-9) for v in (p["value"], high)
                   if v is not None):
                return True
    return False


def _find_claim(g: dict, pred: list[dict]) -> dict | None:
    forms = gold_predicate_forms(g["predicate"], g.get("text", ""))
    cands = [p for p in pred if overlap(g, p) and matches_forms(forms, p.get("predicate"))]
    if not cands:
        return None
    contains = [p for p in cands if p["start"] <= g["start"] and g["end"] <= p["end"]]
    if contains:
        return min(contains, key=lambda p: p["end"] - p["start"])
    return max(cands, key=lambda p: overlap(g, p))


def _same_arguments(gold_args: list[str], pred_args: list, gold_entities) -> bool:
    """Same referents both sides: every gold argument takes its own predicted argument (one-to-one),
    and every other predicted argument that names something names one of the gold arguments again
    (the phrase 海上自衛隊との防衛交流 and the entity 海上自衛隊 inside it are one referent, not two)."""
    wanted = [alternatives(a) for a in gold_args]
    got = [_label_of(a, gold_entities) for a in pred_args if _refers(a, gold_entities)]
    free = list(range(len(got)))
    for w in wanted:
        hit = next((i for i in free if got[i] & w), None)
        if hit is None:
            return False
        free.remove(hit)
    return all(any(got[i] & w for w in wanted) for i in free)


def _same_referent(gold_label: str | None, x, gold_entities) -> bool:
    if gold_label is None:
        return not _refers(x, gold_entities)
    return bool(_label_of(x, gold_entities) & alternatives(gold_label))


def claim_fields(g: dict, p: dict, gold_entities=()) -> dict[str, bool]:
    """Which of the six compared fields a recalled prediction gets right. Subject, arguments and source
    are compared by referent: English label, surface, or the gold mention the predicted span overlaps."""
    args = (p.get("objects") or []) + (p.get("targets") or [])
    return {
        "subject": _same_referent(g["subject"], p.get("subject"), gold_entities),
        "arguments": _same_arguments(g["objects"] + g["targets"], args, gold_entities),
        "modality": p.get("modality") == g["modality"],
        "polarity": p.get("polarity") == g["polarity"],
        "attributed": bool(p.get("attributed")) == g["attributed"],
        "source": _same_referent(g["source"], p.get("source"), gold_entities),
    }


@dataclass
class Matching:
    """One matching pass over a document: per field, the gold records the score does not credit (and the
    spurious entities); `score_document` counts them, the miss list prints them."""
    entity_pairs: list[tuple[dict, dict]]  # gold entity, the prediction matched to it (one-to-one)
    entity_missed: list[dict]
    entity_spurious: list[dict]
    unlinked: list[dict]  # gold entities without a right link (missed ones included)
    dates_missed: list[dict]
    quantities_missed: list[dict]
    claims: list[tuple[dict, dict | None, dict[str, bool]]]  # gold claim, the prediction found, its fields


def _spurious(ents: list[dict], pairs: list[tuple[dict, dict]]) -> list[dict]:
    """The predictions no gold entity took, but for another state the taken record's gold mention names
    on the same span and type (日豪's record for Australia where the gold's 日豪, 'Japan|Australia', took
    Japan's): one mention, not an extra one. A second record of the same id, or of a label the gold
    does not give, stays spurious."""
    matched = {id(p) for _, p in pairs}
    taken = {(p.get("start"), p.get("end"), p.get("type")): (g, {p.get("glossary_id")}) for g, p in pairs}
    out = []
    for e in ents:
        if id(e) in matched:
            continue
        g, ids = taken.get((e.get("start"), e.get("end"), e.get("type")), (None, set()))
        if g is not None and e.get("glossary_id") not in ids and \
                norm_label(e.get("label_en")) in alternatives(g.get("label_en") or ""):
            ids.add(e.get("glossary_id"))  # each state of the mention once
        else:
            out.append(e)
    return out


def match_document(gold: dict, doc: dict, names: dict[str, set[str]] | None = None) -> Matching:
    """Match one document's records to its gold (see the module docstring for each field's rule)."""
    ents = doc.get("entities", [])
    pairs = _match_entities(gold["entities"], ents)
    matched_gold = {id(g) for g, _ in pairs}
    claims = []
    for g in gold["claims"]:
        p = _find_claim(g, doc.get("claims", []))
        claims.append((g, p, claim_fields(g, p, gold["entities"]) if p is not None else {}))
    return Matching(
        entity_pairs=pairs,
        entity_missed=[g for g in gold["entities"] if id(g) not in matched_gold],
        entity_spurious=_spurious(ents, pairs),
        unlinked=[g for g in gold["entities"] if not _linked(g, ents, names)],
        dates_missed=[g for g in gold["dates"] if not date_ok(g, doc.get("dates", []))],
        quantities_missed=[g for g in gold["quantities"] if not _quantity_ok(g, doc.get("quantities", []))],
        claims=claims)


def score_document(gold: dict, doc: dict, names: dict[str, set[str]] | None = None) -> Counter:
    """Counts for one document, from `match_document` (see the module docstring for what each count
    means); `names` are the glossary's English names per id (`english_names`), for the link rule."""
    m = match_document(gold, doc, names)
    c: Counter = Counter()
    c["entity_gold"], c["entity_tp"] = len(gold["entities"]), len(m.entity_pairs)
    c["entity_pred"] = len(m.entity_pairs) + len(m.entity_spurious)
    c["link_ok"] = len(gold["entities"]) - len(m.unlinked)
    c["date_gold"] = len(gold["dates"])
    c["date_ok"] = len(gold["dates"]) - len(m.dates_missed)
    c["quantity_gold"] = len(gold["quantities"])
    c["quantity_ok"] = len(gold["quantities"]) - len(m.quantities_missed)
    c["claim_gold"] = len(gold["claims"])
    for _, p, fields in m.claims:
        if p is None:
            continue
        c["claim_found"] += 1
        for name, ok in fields.items():
            c[f"field_{name}"] += ok
    return c


def _div(a: float, b: float) -> float | None:
    return a / b if b else None


def rates(c: Counter) -> dict[str, float | None]:
    p, r = _div(c["entity_tp"], c["entity_pred"]), _div(c["entity_tp"], c["entity_gold"])
    f1 = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
    out = {"entity_p": p, "entity_r": r, "entity_f1": f1, "link_acc": _div(c["link_ok"], c["entity_gold"]),
           "date_acc": _div(c["date_ok"], c["date_gold"]), "quantity_acc": _div(c["quantity_ok"], c["quantity_gold"]),
           "claim_recall": _div(c["claim_found"], c["claim_gold"]),
           "claim_field_acc": _div(sum(c[f"field_{n}"] for n in FIELDS), len(FIELDS) * c["claim_found"])}
    out.update({f"field_{n}": _div(c[f"field_{n}"], c["claim_found"]) for n in FIELDS})
    return out


def genre_of(name: str) -> str:
    """tests/data/dev names are <genre>_<nn>.txt."""
    return re.sub(r"_\d+$", "", Path(name).stem)


def score_corpus(golds: dict[str, dict], docs: dict[str, dict], names: dict[str, set[str]] | None = None) -> dict:
    """Per document, per genre and overall counts and rates; a gold document with no output scores 0.
    `names` (`english_names(glossary)`) lets a link count by any English name of the linked entry."""
    per_doc, per_genre, overall = {}, {}, Counter()
    for name, gold in sorted(golds.items()):
        c = score_document(gold, docs.get(name, {}), names)
        per_doc[name] = c
        per_genre.setdefault(genre_of(name), Counter()).update(c)
        overall.update(c)
    pack = lambda c: {"counts": dict(c), "rates": rates(c)}
    return {"documents": {n: pack(c) for n, c in per_doc.items()},
            "genres": {g: pack(c) for g, c in sorted(per_genre.items())}, "overall": pack(overall),
            "missing": sorted(set(golds) - set(docs))}
