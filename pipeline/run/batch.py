"""Many documents: read, process, store; one failed document never stops the batch."""
from __future__ import annotations

import gc
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterator, Optional

from .. import __version__, store
from ..config import Config
from ..inputs import display, find_input_files, read_any, skipped_message
from ..errors import PipelineError
from ..glossary import load_romanizations, merge_romanizations, save_romanizations, take_romanizations
from ..export import write_datasette
from ..nlp import model_version
from .cache import open_cache
from .engines import check_scheduler, dask_outcomes
from .lock import check_free, output_lock
from .outputs import write_outputs
from .resume import already_stored, output_key
from . import profile
from .stops import StoreCannotWrite, interrupt_after, store_cannot_write


@dataclass
class RunSummary:
    run_id: int
    processed: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, message)
    database: Optional[Path | str] = None  # a SQLite file, or a postgresql:// URL
    jsonl: Optional[Path] = None
    status: str = "finished"  # or "interrupted" (Ctrl-C), "stopped" (the store or documents.jsonl cannot be written)
    stop_message: str = ""
    stored: int = 0  # documents in the database at the end, from every run
    pruned: list[str] = field(default_factory=list)  # sources removed by --prune
    review_dir: Optional[Path] = None  # a reviewer's corrections applied to this run ('pipeline review import')
    skipped: list[str] = field(default_factory=list)  # already stored by a run with the same output key
    profile: Optional[dict] = None  # seconds per stage (config.profile / --profile)
    unchanged: list[str] = field(default_factory=list)  # processed to the records already stored: not rewritten


def load_resources(config: Config):
    """Glossary (validated first: a broken one stops the run before anything is written), model, lexicon."""
    from ..claims import load_event_lexicon
    from ..glossary import load_glossary
    from ..nlp import lazy_model
    from .document import Resources

    from ..events import load_plover_map
    from ..inputs import load_manifest

    glossary = load_glossary(config.glossary_paths())
    lexicon = load_event_lexicon(config.resolve(config.event_verbs) if config.event_verbs else None)
    plover = load_plover_map(config.resolve(config.plover_map) if config.plover_map else None)
    manifest, problems = load_manifest(config.resolve(config.metadata)) if config.metadata else ({}, [])
    return Resources(lazy_model(config.model), glossary, lexicon, config, manifest, tuple(problems), plover)


def _progress(total: int, enabled: bool):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=Console(stderr=True), disable=not enabled, transient=False,
    )


def run(
    paths: list[str], out_dir: Path, config: Config, resources=None,
    warn: Callable[[str], None] = lambda m: print(m, file=sys.stderr), progress: bool = True, prune: bool = False,
    cache: bool = True, force: bool = False,
) -> RunSummary:
    """Process files/folders into the store and documents.jsonl; failures are reported, not raised.
    `prune`: afterwards, remove stored documents whose files are gone. `cache`: keep and reuse GiNZA's
    parses (run/cache.py). `force`: also redo documents already stored with the same output key
    (run/resume.py). One run per output folder at a time (run/lock.py)."""
    check_free(out_dir)  # a second run refuses before loading the model
    found = find_input_files(paths)  # no input, a broken glossary: the run stops before anything is written
    check_scheduler(config)
    resources = resources or load_resources(config)
    with output_lock(out_dir), _loaded_objects_frozen():
        return _run(found, out_dir, config, resources, warn, progress, prune, cache, force)


@contextmanager
def _loaded_objects_frozen():
    """Keep the cyclic garbage collector off what was loaded before the run (the glossary and its
    indexes, the lexicons, a model already loaded: ~10^5 long-lived objects) while the run makes its
    records: an oldest-generation collection otherwise walks all of them, ~0.1 s each time one falls
    in a run (a tenth of a re-run from the parse cache). `gc.freeze` moves them to the permanent
    generation; they go back at the end, so garbage among them is collected as before (nothing leaks
    across runs) and the process's collector is left as it was found."""
    frozen = gc.get_freeze_count()
    gc.freeze()
    try:
        yield
    finally:
        if not frozen:  # the caller froze nothing itself: give the collector back everything
            gc.unfreeze()


def _run(found, out_dir: Path, config: Config, resources, warn, progress: bool, prune: bool, cache: bool,
         force: bool) -> RunSummary:
    inputs, problems, skipped = found
    if skipped:
        warn(skipped_message(skipped))
    files = [i.path for i in inputs]
    res = replace(resources, cache=open_cache(config, out_dir, cache))
    if res.cache is not None:
        load_romanizations(res.cache.folder)  # kept beside the parses: a cached re-run needs no pykakasi
    db = store.location(out_dir, config.database)
    con = store.connect(db)
    out_dir.mkdir(parents=True, exist_ok=True)  # documents.jsonl goes here even when the store is a server
    try:
        try:
            store.write_glossary(con, res.glossary.entries.values())
            store.clear_stale_errors(con)
            run_id = store.start_run(con, __version__, model_version(res.nlp), config.fingerprint(), res.glossary.fingerprint())
            key = output_key(config, res, model_version(res.nlp), out_dir / REVIEW_OVERRIDES)
            store.set_output_key(con, run_id, key)
        except Exception as e:
            if store_cannot_write(e):  # rolled back: nothing of this run was written
                raise PipelineError(f"{db}: the database cannot be written ({e}); free space or choose another --out folder") from None
            raise
        summary = RunSummary(run_id, database=db, jsonl=out_dir / "documents.jsonl",
                             profile={} if config.profile else None)
        for source, message in problems:
            warn(f"Error: {message}")
            store.record_error(con, source, "read", message, run_id, path=_absolute(source))
            summary.failed.append((source, message))
        for message in getattr(res, "manifest_problems", ()):
            warn(f"Warning: {message}")
            store.record_error(con, ": ".join(message.split(": ")[:2]), "metadata", message, run_id)
        summary.review_dir = out_dir / REVIEW_OVERRIDES
        done = set() if force else already_stored(con, key, inputs)
        summary.skipped = [display(str(f)) for f in files if f in done]
        files = [f for f in files if f not in done]
        _record_all(files, {i.path: i for i in inputs}, config, res, con, summary, warn, progress)
        if prune and summary.status == "finished":
            _prune(con, summary, warn)
        _finish(con, summary)
    finally:
        con.close()
        if res.cache is not None:
            save_romanizations(res.cache.folder)
    return summary


def _absolute(typed: str) -> str:
    return display(str(Path(typed).absolute()))


def _record_all(files, idents, config, res, con, summary: RunSummary, warn, progress: bool) -> None:
    """Store each outcome as it arrives; stop between documents on Ctrl-C or when the store cannot write."""
    try:
        with _outcomes(files, config, res) as outcomes, _progress(len(files), progress and len(files) > 1) as bar:
            label = f"documents ({len(summary.skipped)} already stored, skipped)" if summary.skipped else "documents"
            task = bar.add_task(label, total=len(files))
            for outcome in outcomes:
                started = time.perf_counter()
                if outcome.romanized:
                    merge_romanizations(outcome.romanized)  # saved with this run's at its end
                with interrupt_after():
                    outcome = _reviewed(outcome, summary.review_dir, res.glossary)
                    _record(outcome, idents[outcome.path], con, summary.run_id, summary, warn)
                if summary.profile is not None:
                    profile.add(summary.profile, {**(outcome.times or {}), "store": time.perf_counter() - started})
                bar.advance(task)
    except KeyboardInterrupt:
        summary.status = "interrupted"
    except StoreCannotWrite as e:
        summary.status, summary.stop_message = "stopped", str(e)


def _prune(con, summary: RunSummary, warn) -> None:
    gone = store.missing_documents(con)
    store.remove_documents(con, [d for d, _ in gone])
    for doc_id, source in gone:
        warn(f"Removed {source} ({doc_id[:12]}): its file is gone")
    summary.pruned = [s for _, s in gone]


def _finish(con, summary: RunSummary) -> None:
    """Mark the run, then write documents.jsonl from the store; say what was kept if either fails.
    A Ctrl-C meanwhile is held until both are done."""
    with interrupt_after():
        _finish_now(con, summary)


def _finish_now(con, summary: RunSummary) -> None:
    summary.stored = con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]  # reading works on a full disk
    if summary.profile is not None:
        try:
            store.set_profile(con, summary.run_id, summary.profile)
        except Exception as e:
            if not store_cannot_write(e):
                raise
    try:
        store.finish_run(con, summary.run_id, len(summary.processed), len(summary.failed), summary.status)
    except Exception as e:
        if not store_cannot_write(e):
            raise
    try:
        write_outputs(con, summary.jsonl, summary.jsonl.with_name("events.jsonl"))  # lines of changed documents made anew
    except OSError as e:
        if not store_cannot_write(e):
            raise
        kept = " (the previous file is kept unchanged)" if summary.jsonl.exists() else ""
        _stop(summary, f"{summary.jsonl}: cannot be written ({e.strerror}){kept}; {summary.stored} document(s) "
                       f"are stored in {summary.database}: free space and run again to rewrite it")
        return
    try:
        write_datasette(con, summary.database)
    except Exception as e:  # a full store fails its index refresh with sqlite3.OperationalError, not OSError
        if not store_cannot_write(e):
            raise
        _stop(summary, f"{summary.database}: the search indexes cannot be updated ({getattr(e, 'strerror', None) or e}); "
                       f"{summary.jsonl} and the {summary.stored} stored document(s) are complete: free space and "
                       "run again to index them")


def _stop(summary: RunSummary, message: str) -> None:
    summary.status = "stopped"
    summary.stop_message = "\n".join(m for m in (summary.stop_message, message) if m)


@dataclass(frozen=True)
class Outcome:
    """What became of one input file: a document, or the stage and message of its failure."""

    path: Path
    doc: object = None
    stage: str = ""
    message: str = ""
    doc_id: Optional[str] = None
    times: Optional[dict] = None  # seconds per stage, with --profile (profile.py)
    romanized: Optional[dict] = None  # romanizations a worker process made for it (the parent saves them)


def analyse(path: Path, res) -> Outcome:
    """Read, decode and process one file; never raises for a bad document."""
    return profile.profiled(_analyse, path, res) if res.config.profile else _analyse(path, res)


def _analyse(path: Path, res) -> Outcome:
    from .document import process_document

    stage, doc_id = "read", None
    try:
        with profile.stage("decode"):
            raw = read_any(path, res.config.max_document_bytes, res.config.decode_errors)
        doc_id, stage = raw.doc_id, "process"
        return Outcome(path, process_document(raw, res), doc_id=doc_id)
    except PipelineError as e:
        return Outcome(path, None, stage, str(e), doc_id)
    except Exception as e:  # a bug or a library failure on one document must not stop the batch
        return Outcome(path, None, stage, f"{path}: {stage} failed ({type(e).__name__}: {e}); the document was "
                       "skipped: this is a bug, please report it with the file", doc_id)


_RESOURCES: dict = {}  # per worker process (local or Dask): (config JSON, cache folder) -> its loaded Resources


def worker_resources(config: Config, cache=None, loaded=None):
    """This worker process's resources for `config`, loaded once per process and config, never once per
    task (GUIDE: workers load the model themselves), one model per process; `loaded`: the resources a
    forked worker inherited from the parent. Keyed by the cache folder too: a reused Dask cluster must
    not keep an earlier run's cache (another --out, or --no-cache)."""
    key = (config.model_dump_json(), str(cache.folder) if cache is not None else None)
    if loaded is not None or key not in _RESOURCES:
        _RESOURCES.clear()
        _RESOURCES[key] = loaded or replace(load_resources(config), cache=cache)
        if loaded is None and cache is not None:  # a spawned or Dask worker: what earlier runs romanized
            load_romanizations(cache.folder)
    return _RESOURCES[key]


def _worker_init(config: Config, resources, cache=None) -> None:
    worker_resources(config, cache, resources)


def _worker_analyse(path: Path, config: Config, cache=None) -> Outcome:
    """`analyse` in a worker process (local or Dask), handing back the romanizations it made."""
    res = worker_resources(config, cache)
    take_romanizations()  # inherited from the parent, or handed back with earlier documents
    outcome = analyse(path, res)
    added = take_romanizations()
    return replace(outcome, romanized=added) if added else outcome


@contextmanager
def _outcomes(files: list[Path], config: Config, res) -> Iterator[Iterator[Outcome]]:
    """Outcomes in input order: inline, or from `config.workers` processes for batches; with
    `engine: dask`, as they finish on a Dask cluster (engines.py)."""
    if (config.engine == "dask" or config.scheduler) and files:
        with dask_outcomes(files, config, res, config.scheduler) as outcomes:
            yield outcomes
        return
    workers = min(config.workers, len(files))
    if workers <= 1:
        yield (analyse(f, res) for f in files)
        return
    ctx = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    shared = res if ctx.get_start_method() == "fork" else None  # forked workers inherit the loaded model
    if shared is not None and (res.cache is None or not res.cache.may_hit(res.nlp)):
        getattr(res.nlp, "loaded", None)  # every chunk will be parsed: load once here, not once per worker
    pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=_worker_init, initargs=(config, shared, res.cache))
    try:
        yield _collect(files, [pool.submit(_worker_analyse, f, config, res.cache) for f in files], res)
    finally:  # on Ctrl-C or a store that cannot write, documents not yet started are not parsed
        pool.shutdown(wait=True, cancel_futures=True)


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


def _record(outcome: Outcome, ident, con, run_id: int, summary: RunSummary, warn) -> None:
    """Store one outcome under its identity (resolved path; source relative to its input root)."""
    path = display(str(outcome.path))
    if ident.name_warning:
        warn(f"Warning: {ident.abs_path}: {ident.name_warning}")
    if outcome.doc is not None:
        doc = replace(outcome.doc, source=ident.source, path=ident.abs_path, path_hex=ident.path_hex,
                      warnings=outcome.doc.warnings + ([ident.name_warning] if ident.name_warning else []))
        twin = con.execute("SELECT path, path_hex FROM documents WHERE doc_id = ?", (doc.doc_id,)).fetchone()
        if twin and twin[0] != ident.abs_path and store.file_exists(*twin):
            warn(f"Warning: {path} has the same bytes as {twin[0]}: one document, now listed under {path}")
        try:
            if not store.write_document(con, doc, run_id):
                summary.unchanged.append(path)
            summary.processed.append(path)
            return
        except Exception as e:  # the transaction rolled back: what was stored before is kept
            if store_cannot_write(e):
                raise StoreCannotWrite(_cannot_write(e, summary)) from e
            outcome = Outcome(outcome.path, None, "store", f"{path}: store failed: {type(e).__name__}: {e}", outcome.doc_id)
    message = display(outcome.message)
    warn(f"Error: {message}")
    try:
        store.record_error(con, ident.source, outcome.stage, message, run_id, outcome.doc_id, path=ident.abs_path)
    except Exception as e:
        if store_cannot_write(e):
            raise StoreCannotWrite(_cannot_write(e, summary)) from e
        raise
    summary.failed.append((path, message))



def _cannot_write(e: Exception, summary: RunSummary) -> str:
    return (f"{summary.database}: the database cannot be written ({e}); the batch stopped after "
            f"{len(summary.processed)} document(s) of this run were stored: free space (or choose another "
            "--out folder) and run again to continue")


REVIEW_OVERRIDES = Path("review") / "overrides"  # inside the output folder: written by 'pipeline review import'


def _reviewed(outcome: Outcome, folder: Path, glossary) -> Outcome:
    """The outcome with a reviewer's entity corrections applied to its document, if there are any."""
    from ..review import apply_overrides, read_overrides
    from .document import make_id

    ov = read_overrides(folder, outcome.doc.doc_id) if outcome.doc is not None and folder.is_dir() else None
    return replace(outcome, doc=apply_overrides(outcome.doc, ov, make_id, glossary)) if ov else outcome

