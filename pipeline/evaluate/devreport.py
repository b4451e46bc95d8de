"""The dev-corpus scores as a researcher reads them: processed documents matched to gold by file name,
tables per genre and per document, and every miss on one line. Used by ``pipeline evaluate --dev``
(documents from the store) and by bench/eval_dev.py (documents from a run or a ``documents.jsonl``);
the scoring itself is `corpus.py`'s.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Iterator

from .corpus import english_names, match_document, overlapping, score_corpus

COLUMNS = [("entity_p", "ent P"), ("entity_r", "ent R"), ("entity_f1", "ent F1"), ("link_acc", "links"),
           ("date_acc", "dates"), ("quantity_acc", "quant"), ("claim_recall", "claim R"),
           ("claim_field_acc", "fields")]


def read_dev_gold(folder: Path) -> dict[str, dict]:
    """File name -> gold record for every ``*.gold.json`` of a dev-corpus folder; PipelineError (one line,
    naming the file) for an unreadable file or one in the review's format, or a folder with none."""
    from ..errors import PipelineError

    out = {}
    for path in sorted(folder.glob("*.gold.json")) if folder.is_dir() else ():
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as e:
            raise PipelineError(f"{path}: not a readable gold file ({type(e).__name__}: {e}); fix or remove it") from None
        if not isinstance(gold, dict) or "file" not in gold:
            raise PipelineError(f"{path}: no 'file' key, so not a dev-corpus gold file; a review gold file "
                                f"(matched by doc_id) is scored with: pipeline evaluate {folder}")
        out[gold["file"]] = gold
    if not out:
        raise PipelineError(f"{folder}: no dev-corpus gold files (*.gold.json with a 'file' key); "
                            "point --dev at a folder annotated as in tests/data/dev/README.md")
    return out


def evaluate_dev(golds: dict[str, dict], docs: dict[str, dict], folder: Path, glossary_paths, *,
                 as_json: bool = False, per_document: bool = False, errors: bool = False) -> str:
    """The dev-corpus evaluation as printed by ``pipeline evaluate --dev`` and bench/eval_dev.py: a
    warning on stderr for each document whose text is not its file's, then the scores against the glossary
    at `glossary_paths` (a link counts by any English name of its entry), as JSON or as the report."""
    import sys

    from ..glossary import load_glossary

    for warning in text_mismatches(golds, docs, folder):
        print(warning, file=sys.stderr)
    names = english_names(load_glossary(glossary_paths))
    result = score_corpus(golds, docs, names)
    if as_json:
        return json.dumps(result, ensure_ascii=False, indent=1)
    return "\n".join(report_lines(result, golds, docs, per_document=per_document, errors=errors, names=names))


def docs_by_file(records: Iterable[dict]) -> dict[str, dict]:
    """Document records (``documents.jsonl`` dicts) by the file name of their source, as gold names them."""
    return {Path(d["source"]).name: d for d in records}


def text_mismatches(golds: dict, docs: dict, folder: Path) -> list[str]:
    """A warning for each scored document whose text is not its file's text (offsets would not compare)."""
    return [f"warning: {name}: the record's text is not the file's text; offsets may not compare"
            for name in golds if name in docs and docs[name]["text"] != (folder / name).read_text(encoding="utf-8")]


def _fmt(v) -> str:
    return f"{v:.3f}" if v is not None else "  -  "


def table(title: str, rows: dict, extra: dict) -> str:
    """One row per genre or document of `score_corpus`'s result, then the overall row."""
    head = f"{title:<16}" + "".join(f"{h:>8}" for _, h in COLUMNS) + f"{'claims':>8}"
    lines = [head]
    for name, res in rows.items():
        r, c = res["rates"], res["counts"]
        lines.append(f"{name:<16}" + "".join(f"{_fmt(r[k]):>8}" for k, _ in COLUMNS) + f"{c.get('claim_gold', 0):>8}")
    r, c = extra["rates"], extra["counts"]
    lines.append(f"{'ALL':<16}" + "".join(f"{_fmt(r[k]):>8}" for k, _ in COLUMNS) + f"{c.get('claim_gold', 0):>8}")
    return "\n".join(lines)


def report_lines(result: dict, golds: dict, docs: dict, per_document: bool = False,
                 errors: bool = False, names: dict | None = None) -> Iterator[str]:
    """The printed report: the genre table, optionally the document table, the claim fields, the
    documents with no output, and optionally every miss grouped by document."""
    yield table("genre", result["genres"], result["overall"])
    if per_document:
        yield ""
        yield table("document", result["documents"], result["overall"])
    f = result["overall"]["rates"]
    yield ("\nclaim fields (over recalled claims): "
           + ", ".join(f"{n[6:]} {_fmt(f[n])}" for n in f if n.startswith("field_")))
    if result["missing"]:
        yield "no output for: " + ", ".join(result["missing"])
    if errors:
        for name, gold in sorted(golds.items()):
            lines = list(error_lines(gold, docs.get(name, {}), names))
            if lines:
                yield f"\n## {name}"
                yield "\n".join(lines)


def _span(x: dict) -> str:
    return f"{x['start']}-{x['end']}"


def error_lines(gold: dict, doc: dict, names: dict | None = None) -> Iterator[str]:
    """Every gold record the scorer did not credit and every spurious entity, one line each, from the
    scorer's own matching (`names`: the glossary's English names per id, as `score_corpus` takes them).
    A missed entity is one ENT-MISS line, which stands for its link too."""
    m = match_document(gold, doc, names)
    ents = doc.get("entities", [])
    missed, unlinked = {id(g) for g in m.entity_missed}, {id(g) for g in m.unlinked}
    for g in gold["entities"]:
        if id(g) in missed:
            other = [f"{p['text']}/{p.get('type')}" for p in overlapping(g, ents)]
            yield f"ENT-MISS {g['text']} {g['type']} {_span(g)}" + (f"  (got {', '.join(other)})" if other else "")
        elif id(g) in unlinked:
            got = [f"{p['text']}->{p.get('glossary_id')}:{p.get('label_en')}" for p in overlapping(g, ents)
                   if p.get("type") == g["type"]]
            yield f"LINK {g['text']} want {g['label_en']!r} got {'; '.join(got)}"
    for p in m.entity_spurious:
        yield f"ENT-SPURIOUS {p['text']} {p.get('type')} {_span(p)}"
    yield from _value_errors(m, doc)
    yield from _claim_errors(m, doc)


def _value_errors(m, doc: dict) -> Iterator[str]:
    for g in m.dates_missed:
        got = [f"{p['text']}={p.get('value')}" for p in overlapping(g, doc.get("dates", []))]
        yield f"DATE {g['text']} want {g['value']} got {got}"
    for g in m.quantities_missed:
        got = [f"{p['text']}={p.get('value')} {p.get('unit')}" for p in overlapping(g, doc.get("quantities", []))]
        yield f"QUANT {g['text']} want {g['value']} {g['unit']} got {got}"


def _claim_errors(m, doc: dict) -> Iterator[str]:
    for g, p, fields in m.claims:
        if p is None:
            near = [c.get("predicate") for c in overlapping(g, doc.get("claims", []))]
            yield f"CLAIM-MISS pred {g['predicate']} at {_span(g)} (overlapping predicates: {near})"
            continue
        bad = [k for k, ok in fields.items() if not ok]
        if bad:
            yield (f"CLAIM-FIELDS pred {g['predicate']}: " + ", ".join(
                f"{k} want {g.get(k) if k != 'arguments' else g['objects'] + g['targets']} got "
                f"{p.get(k) if k != 'arguments' else (p.get('objects') or []) + (p.get('targets') or [])}"
                for k in bad))


def stored_docs(con, names: Iterable[str]) -> dict[str, dict]:
    """The stored documents whose source file name is one of `names`, as ``documents.jsonl`` records by
    that name; PipelineError when two stored sources share a name (the gold could not tell them apart)."""
    from .. import store
    from ..errors import PipelineError
    from ..export import document_to_json

    wanted, found = set(names), {}
    for row in store.rows(con, "SELECT doc_id, source FROM documents ORDER BY source, doc_id"):
        name = Path(row["source"]).name
        if name in wanted:
            found.setdefault(name, []).append(row)
    for name, hits in found.items():
        if len(hits) > 1:
            raise PipelineError(f"{name}: {len(hits)} stored documents have this file name "
                                f"({', '.join(r['source'] for r in hits)}); score a store of the dev folder alone "
                                "(pipeline run FOLDER --out DIR, then pipeline evaluate --dev FOLDER --out DIR)")
    # through JSON, so that each record is exactly its documents.jsonl line (lists, not tuples)
    return {name: json.loads(json.dumps(document_to_json(store.read_document(con, hits[0]["doc_id"])), ensure_ascii=False))
            for name, hits in found.items()}
