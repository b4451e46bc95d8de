"""Reading corrected annotations back: Label Studio export JSON or brat folders -> gold files,
entity overrides for the next run, and proposed glossary rows for newly linked surfaces."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import PipelineError
from ..glossary import COLUMNS, format_row
from .brat import from_ann
from .gold import gold_from_document, write_gold
from .labelstudio import from_task
from .overrides import entity_overrides, merge_overrides, read_overrides, write_overrides


@dataclass
class ImportSummary:
    gold: list[Path] = field(default_factory=list)
    overrides: list[Path] = field(default_factory=list)
    proposals: list[dict] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _golds(path: Path):
    """(where, gold) for every document in a Label Studio export file or a brat folder."""
    if path.is_dir():
        for ann in sorted(path.glob("*.ann")):
            txt = ann.with_suffix(".txt")
            if not txt.exists():
                yield str(ann), PipelineError(f"{ann}: no {txt.name} beside it; brat needs the text file")
                continue
            with txt.open(encoding="utf-8", newline="") as f:
                text = f.read()
            yield str(ann), from_ann(ann.stem, text, ann.read_text(encoding="utf-8"))
        for js in sorted(path.glob("*.json")):
            yield from _golds(js)
        return
    try:
        tasks = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        yield str(path), PipelineError(f"{path}: not a Label Studio export ({e}); export the project as JSON")
        return
    for i, task in enumerate(tasks if isinstance(tasks, list) else [tasks], 1):
        where = f"{path}: task {i}"
        try:
            yield where, from_task(task)
        except (KeyError, TypeError, ValueError, IndexError) as e:
            yield where, PipelineError(f"{where}: unreadable ({type(e).__name__}: {e}); was it exported as JSON "
                                       "from tasks made by 'pipeline review export'?")


def _linked_surfaces(entities: list[dict]) -> list[tuple[str, str, str, str]]:
    """(glossary_id, type, surface, label_en) of every link among `entities`."""
    return [(e["glossary_id"], e["type"], e["text"], e.get("label_en") or "")
            for e in entities if e.get("glossary_id")]


def proposal_rows(links: list[tuple[str, str, str, str]], glossary) -> list[dict]:
    """Glossary rows for reviewed links whose surface the entry does not list yet: an existing entry's
    whole row with the new aliases added (a later glossary file overrides it), or a new entry."""
    by_id: dict[str, list] = {}
    for gid, kind, surface, label_en in links:
        by_id.setdefault(gid, []).append((kind, surface, label_en))
    rows = []
    for gid, items in sorted(by_id.items()):
        entry = glossary.get(gid) if glossary else None
        if entry is not None:
            new = [s for _, s, _ in items if s not in entry.surfaces]
            if new:
                row = {c: getattr(entry, c, "") for c in COLUMNS}
                row.update(aliases_ja="|".join(dict.fromkeys([*entry.aliases_ja, *new])),
                           aliases_en="|".join(entry.aliases_en), source="")
                rows.append(row)
        else:
            surfaces = list(dict.fromkeys(s for _, s, _ in items))
            rows.append({"id": gid, "type": items[0][0], "label_ja": surfaces[0], "label_en": items[0][2],
                         "aliases_ja": "|".join(surfaces[1:]), "notes": "proposed by a review"})
    return rows


def import_reviews(paths: list[Path], con, gold_dir: Path, overrides_dir: Path, glossary=None) -> ImportSummary:
    from .. import store

    summary = ImportSummary()
    stored = set(store.document_ids(con))
    links = []
    for path in paths:
        for where, gold in _golds(path):
            if isinstance(gold, PipelineError):
                summary.problems.append(str(gold))
                continue
            if gold["doc_id"] not in stored:
                summary.problems.append(f"{where}: document {gold['doc_id'][:12]} is not in the store; "
                                        "run the pipeline on it first (or import into the right --out)")
                continue
            doc = store.read_document(con, gold["doc_id"])
            gold["source"] = gold.get("source") or doc.source
            summary.gold.append(write_gold(gold, gold_dir))
            corrections = entity_overrides(gold_from_document(doc), gold)
            merged = merge_overrides(read_overrides(overrides_dir, gold["doc_id"]), corrections, gold)
            written = write_overrides(merged, overrides_dir)
            if written:
                summary.overrides.append(written)
            links += _linked_surfaces(corrections["entities"])  # only what the reviewer linked anew
    summary.proposals = proposal_rows(links, glossary)
    return summary


def proposals_tsv(rows: list[dict]) -> str:
    """Rows in the glossary's own TSV format (no CSV quoting: the loader reads TSV verbatim), ready to
    add to `glossaries:` in config.yaml; the same writer as `glossary suggest`."""
    return "".join(line + "\n" for line in ["\t".join(COLUMNS), *(format_row(r) for r in rows)])
