"""Many documents: read, process, store; one failed document never stops the batch."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from . import __version__, store
from .config import Config
from .corpus import find_inputs, read_document
from .errors import PipelineError
from .export import write_jsonl


@dataclass
class RunSummary:
    run_id: int
    processed: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, message)
    database: Optional[Path] = None
    jsonl: Optional[Path] = None


def load_resources(config: Config):
    """Glossary (validated first: a broken one stops the run before anything is written), model, lexicon."""
    from .claims import load_event_lexicon
    from .glossary import load_glossary
    from .nlp import load_model
    from .process import Resources

    glossary = load_glossary(config.glossary_paths())
    lexicon = load_event_lexicon(config.resolve(config.event_verbs) if config.event_verbs else None)
    return Resources(load_model(config.model), glossary, lexicon, config)


def _progress(total: int, enabled: bool):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=Console(stderr=True), disable=not enabled, transient=False,
    )


def run(
    paths: list[str], out_dir: Path, config: Config, resources=None,
    warn: Callable[[str], None] = lambda m: print(m, file=sys.stderr), progress: bool = True,
) -> RunSummary:
    from .process import process_document

    files, problems = find_inputs(paths)
    res = resources or load_resources(config)
    db = out_dir / config.database
    con = store.connect(db)
    try:
        store.write_glossary(con, res.glossary.entries.values())
        run_id = store.start_run(con, __version__, config.model, config.fingerprint(), res.glossary.fingerprint())
        summary = RunSummary(run_id, database=db, jsonl=out_dir / "documents.jsonl")
        for p in problems:
            warn(f"Error: {p}")
            summary.failed.append((p.split(":")[0], p))
        with _progress(len(files), progress and len(files) > 1) as bar:
            task = bar.add_task("documents", total=len(files))
            for path in files:
                _one(path, config, res, con, run_id, summary, warn, process_document)
                bar.advance(task)
        store.finish_run(con, run_id, len(summary.processed), len(summary.failed))
        write_jsonl(con, summary.jsonl)
    finally:
        con.close()
    return summary


def _one(path: Path, config, res, con, run_id, summary: RunSummary, warn, process_document) -> None:
    stage = "read"
    doc_id = None
    try:
        raw = read_document(path, config.max_document_bytes)
        doc_id, stage = raw.doc_id, "process"
        doc = process_document(raw, res)
        stage = "store"
        store.write_document(con, doc, run_id)
        summary.processed.append(str(path))
    except PipelineError as e:
        _fail(con, path, stage, str(e), run_id, doc_id, summary, warn)
    except Exception as e:  # a bug or a library failure on one document must not stop the batch
        _fail(con, path, stage, f"{path}: {stage} failed: {type(e).__name__}: {e}", run_id, doc_id, summary, warn)


def _fail(con, path, stage, message, run_id, doc_id, summary, warn) -> None:
    warn(f"Error: {message}")
    store.record_error(con, str(path), stage, message, run_id, doc_id)
    summary.failed.append((str(path), message))
