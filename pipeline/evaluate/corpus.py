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
  same magnitude;
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

import calendar
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

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


def _overlap(a: dict, b: dict) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


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
            if _overlap(g, x):
                out |= alternatives(g["label_en"])
    return out


def _refers(x, gold_entities) -> bool:
    """A predicted argument names something: it has an English label or overlaps a gold mention.
    Common-noun arguments (協力, 旨) are not compared: gold lists named arguments only."""
    if not x:
        return False
    if isinstance(x, str):
        return bool(x.strip())
    return bool(x.get("label_en")) or any(_overlap(g, x) for g in gold_entities if x.get("start") is not None)


def _match_entities(gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict]]:
    """One-to-one: each gold entity takes the free same-type prediction it overlaps most (of those, one
    with a label the gold gives, then the first)."""
    used: set[int] = set()
    pairs = []
    for g in gold:
        want = alternatives(g.get("label_en") or "")
        best = max(((_overlap(g, p), norm_label(p.get("label_en")) in want, -i) for i, p in enumerate(pred)
                    if i not in used and p.get("type") == g["type"] and _overlap(g, p)), default=None)
        if best:
            used.add(-best[2])
            pairs.append((g, pred[-best[2]]))
    return pairs


def overlapping(x: dict, records: list[dict]) -> list[dict]:
    """The records whose span overlaps `x`'s."""
    return [r for r in records if _overlap(x, r)]


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
        if gid and _overlap(g, p):
            if norm_label(p.get("label_en")) in want or want & (names or {}).get(gid, set()):
                return True
    return False


_QUALIFIERS = re.compile(r"[~?%]")
_ZONE = re.compile(r"(T[0-9:]{2,8})(?:Z|[+-]\d\d:\d\d)(?=/|$)")  # on each end of an interval


_WHOLE_HOUR = re.compile(r"(T\d\d)(?::00){1,2}(?=$|/|[~?%Z+-])")
_PART_OF_DAY = re.compile(r"^(\d{4}-\d\d-\d\d)T\d\d/(\d{4}-\d\d-\d\d)T\d\d$")


def _whole_hours(values: set[str]) -> set[str]:
    """T11:00 and T11:00:00 as T11: one clock time at two ISO 8601 precisions (11時 = 11時00分)."""
    return {_WHOLE_HOUR.sub(r"\1", v) for v in values}


def _day_of_part(value: str) -> str | None:
    """The day of a part of one day ('2016-09-26T12/2016-09-26T24' = 午後; 深夜 ends the next day)."""
    m = _PART_OF_DAY.match(value)
    if not m:
        return None
    first, last = m[1], m[2]
    return first if first == last or date.fromisoformat(last) - date.fromisoformat(first) == timedelta(days=1) else None


_DAYS_OF_MONTH = re.compile(r"^(\d{4})-(\d\d)-(\d\d)/(\d{4})-(\d\d)-(\d\d)$")


def _month_of_part(value: str) -> str | None:
    """The month of a third or half of one month ('2022-03-21/2022-03-31' = 3月末, 下旬; 1-10, 11-20,
    1-15, 16-end): the dates module's intervals for 上旬/中旬/下旬/末/初め/前半/後半."""
    m = _DAYS_OF_MONTH.match(value)
    if not m or m.group(1, 2) != m.group(4, 5):
        return None
    y, mo, a, b = int(m[1]), int(m[2]), int(m[3]), int(m[6])
    end = calendar.monthrange(y, mo)[1]
    return f"{m[1]}-{m[2]}" if (a, b) in ((1, 10), (11, 20), (21, end), (1, 15), (16, end)) else None


def _date_values(g: dict, p: dict) -> set[str]:
    """The values a prediction offers for the gold mention: its own value without EDTF qualifiers
    (2017-05-10T11:45~ for 11時45分頃: the qualifier is not scored), and, when it is an interval whose
    span holds the gold mention, the endpoint on the gold's side (11月4日から5日まで = 2021-11-04/2021-11-05
    gives 11月4日 its start and 5日 its end; 1989年以降 = 1989/.. gives 1989), and a day written before its clock
    time (今日午後2時半 = 2019-08-27T14:30, 日本時間21日午前) gives the day inside it (今日 = 2019-08-27), as TimeML writes one record."""
    value = _QUALIFIERS.sub("", str(p.get("value", ""))).strip()
    out = {value}
    out.add(_ZONE.sub(r"\1", value))  # 日本時間21日午後7時15分: a gold local time without its zone is the same time
    if "/" in value and p["start"] <= g["start"] and g["end"] <= p["end"]:
        start, end = value.split("/", 1)
        out.add(start if g["start"] == p["start"] else end)
    if p["start"] <= g["start"] and g["end"] < p["end"]:  # the day before the time it carries
        # 今日 of 今日午後2時半, 29日 of 29日未明, 21日 of 日本時間21日午前: the gold writes the day alone,
        # the prediction the day with its time (and zone) as one record
        out |= {v.split("T", 1)[0] for v in out if "T" in v}
    out |= {d for v in list(out) if (d := _day_of_part(v) or _month_of_part(v))}  # 26日午後, 3月末: the gold's day, month
    return _whole_hours(out) - {"", ".."}


def _date_ok(g: dict, pred: list[dict]) -> bool:
    want = _whole_hours({v.strip() for v in g["value"].split("|")})
    return any(_overlap(g, p) and _date_values(g, p) & want for p in pred)


_COUNTER_KA = re.compile(r"[ヵヶケかカ箇个](?=[国所月])")


def same_unit(a: str | None, b: str | None) -> bool:
    """Units compare as written, except the spellings of one counter: か国 = カ国 = ヵ国 = ヶ国 = 箇国."""
    fold = lambda u: _COUNTER_KA.sub("カ", unicodedata.normalize("NFKC", u or ""))  # noqa: E731
    return fold(a) == fold(b)


def _quantity_ok(g: dict, pred: list[dict]) -> bool:
    for p in pred:
        if _overlap(g, p) and same_unit(p.get("unit"), g["unit"]) and p.get("value") is not None:
            if math.isclose(abs(float(p["value"])), abs(float(g["value"])), rel_tol=1e-9):
                return True
    return False


def _find_claim(g: dict, pred: list[dict]) -> dict | None:
    forms = gold_predicate_forms(g["predicate"], g.get("text", ""))
    cands = [p for p in pred if _overlap(g, p) and matches_forms(forms, p.get("predicate"))]
    if not cands:
        return None
    contains = [p for p in cands if p["start"] <= g["start"] and g["end"] <= p["end"]]
    if contains:
        return min(contains, key=lambda p: p["end"] - p["start"])
    return max(cands, key=lambda p: _overlap(g, p))


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
        dates_missed=[g for g in gold["dates"] if not _date_ok(g, doc.get("dates", []))],
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
