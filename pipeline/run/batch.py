"""Many documents: read, process, store; one failed document never stops the batch."""
from __future__ import annotations

import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterator, Optional

from .. import __version__, store
from ..config import Config
from ..inputs import find_documents, read_any, skipped_message
from ..errors import PipelineError
from ..export import write_datasette, write_events_jsonl, write_jsonl
from ..nlp import model_version


@dataclass
class RunSummary:
    run_id: int
    processed: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, message)
    database: Optional[Path | str] = None  # a SQLite file, or a postgresql:// URL
    jsonl: Optional[Path] = None


def load_resources(config: Config):
    """Glossary (validated first: a broken one stops the run before anything is written), model, lexicon."""
    from ..claims import load_event_lexicon
    from ..glossary import load_glossary
    from ..nlp import load_model
    from .document import Resources

    from ..events import load_plover_map
    from ..inputs import load_manifest

    glossary = load_glossary(config.glossary_paths())
    lexicon = load_event_lexicon(config.resolve(config.event_verbs) if config.event_verbs else None)
    plover = load_plover_map(config.resolve(config.plover_map) if config.plover_map else None)
    manifest, problems = load_manifest(config.resolve(config.metadata)) if config.metadata else ({}, [])
    return Resources(load_model(config.model), glossary, lexicon, config, manifest, tuple(problems), plover)


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
    """Process files/folders into the store and documents.jsonl; failures are reported, not raised."""
    files, problems, skipped = find_documents(paths)
    if skipped:
        warn(skipped_message(skipped))
    res = resources or load_resources(config)
    db = store.location(out_dir, config.database)
    con = store.connect(db)
    out_dir.mkdir(parents=True, exist_ok=True)  # documents.jsonl goes here even when the store is a server
    try:
        store.write_glossary(con, res.glossary.entries.values())
        run_id = store.start_run(con, __version__, model_version(res.nlp), config.fingerprint(), res.glossary.fingerprint())
        summary = RunSummary(run_id, database=db, jsonl=out_dir / "documents.jsonl")
        for message in getattr(res, "manifest_problems", ()):
            warn(f"Warning: {message}")
            store.record_error(con, ": ".join(message.split(": ")[:2]), "metadata", message, run_id)
        for source, message in problems:
            warn(f"Error: {message}")
            store.record_error(con, source, "read", message, run_id)
            summary.failed.append((source, message))
        with _outcomes(files, config, res) as outcomes, _progress(len(files), progress and len(files) > 1) as bar:
            task = bar.add_task("documents", total=len(files))
            for outcome in outcomes:
                _record(_reviewed(outcome, out_dir / REVIEW_OVERRIDES, res.glossary), con, run_id, summary, warn)
                bar.advance(task)
        store.finish_run(con, run_id, len(summary.processed), len(summary.failed))
        write_jsonl(con, summary.jsonl)
        write_events_jsonl(con, out_dir / "events.jsonl")
        write_datasette(con, db)
    finally:
        con.close()
    return summary


@dataclass(frozen=True)
class Outcome:
    """What became of one input file: a document, or the stage and message of its failure."""

    path: Path
    doc: object = None
    stage: str = ""
    message: str = ""
    doc_id: Optional[str] = None


def analyse(path: Path, res) -> Outcome:
    """Read, decode and process one file; never raises for a bad document."""
    from .document import process_document

    stage, doc_id = "read", None
    try:
        raw = read_any(path, res.config.max_document_bytes)
        doc_id, stage = raw.doc_id, "process"
        return Outcome(path, process_document(raw, res), doc_id=doc_id)
    except PipelineError as e:
        return Outcome(path, None, stage, str(e), doc_id)
    except Exception as e:  # a bug or a library failure on one document must not stop the batch
        return Outcome(path, None, stage, f"{path}: {stage} failed ({type(e).__name__}: {e}); the document was "
                       "skipped: this is a bug, please report it with the file", doc_id)


_WORKER: dict = {}  # per worker process: its own loaded resources (GUIDE: workers load the model themselves)


def _worker_init(config: Config, resources) -> None:
    _WORKER["res"] = resources or load_resources(config)


def _worker_analyse(path: Path) -> Outcome:
    return analyse(path, _WORKER["res"])


@contextmanager
def _outcomes(files: list[Path], config: Config, res) -> Iterator[Iterator[Outcome]]:
    """Outcomes in input order: inline, or from `config.workers` processes for batches."""
    workers = min(config.workers, len(files))
    if workers <= 1:
        yield (analyse(f, res) for f in files)
        return
    ctx = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    shared = res if ctx.get_start_method() == "fork" else None  # forked workers inherit the loaded model
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_worker_init, initargs=(config, shared)) as pool:
        yield _collect(files, [pool.submit(_worker_analyse, f) for f in files], res)


def _collect(files: list[Path], futures: list, res) -> Iterator[Outcome]:
    """Worker results in input order; if a worker dies (e.g. out of memory) its document fails and the
    rest of the batch goes on in this process."""
    broken = False
    for path, fut in zip(files, futures):
        if broken:
            yield analyse(path, res)
            continue
        try:
            yield fut.result()
        except BrokenProcessPool as e:
            broken = True
            yield Outcome(path, None, "process", f"{path}: the worker process died ({e}); the document was "
                          "skipped and the batch goes on in one process: lower 'workers' in config.yaml if memory is short")


REVIEW_OVERRIDES = Path("review") / "overrides"  # inside the output folder: written by 'pipeline review import'


def _reviewed(outcome: Outcome, folder: Path, glossary) -> Outcome:
    """The outcome with a reviewer's entity corrections applied to its document, if there are any."""
    from ..review import apply_overrides, read_overrides
    from .document import make_id

    ov = read_overrides(folder, outcome.doc.doc_id) if outcome.doc is not None and folder.is_dir() else None
    return replace(outcome, doc=apply_overrides(outcome.doc, ov, make_id, glossary)) if ov else outcome


def _record(outcome: Outcome, con, run_id: int, summary: RunSummary, warn) -> None:
    path = str(outcome.path)
    if outcome.doc is not None:
        twin = con.execute("SELECT source FROM documents WHERE doc_id = ?", (outcome.doc.doc_id,)).fetchone()
        if twin and twin[0] != path and Path(twin[0]).exists():
            warn(f"Warning: {path} has the same bytes as {twin[0]}: one document, now listed under {path}")
        try:
            store.write_document(con, outcome.doc, run_id)
            summary.processed.append(path)
            return
        except Exception as e:  # the transaction rolled back: what was stored before is kept
            outcome = Outcome(outcome.path, None, "store", f"{path}: store failed: {type(e).__name__}: {e}", outcome.doc_id)
    warn(f"Error: {outcome.message}")
    store.record_error(con, path, outcome.stage, outcome.message, run_id, outcome.doc_id)
    summary.failed.append((path, outcome.message))
