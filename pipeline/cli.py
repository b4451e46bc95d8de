"""Command line: small commands that parse options, load config, make one library call, report.

Exit codes: 0 success; 1 some documents failed (the rest were processed and stored);
2 a usage, configuration or glossary error (nothing was written); 3 the run stopped because the
database or documents.jsonl cannot be written (what was stored is kept and named); 130 interrupted.
Heavy imports (spaCy, the model) happen inside the commands, so ``pipeline --help`` is instant.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from .errors import GlossaryError, PipelineError

DEFAULT_CONFIG = Path("config.yaml")


def _config(args):
    from .config import load_config

    path = Path(args.config) if args.config else (DEFAULT_CONFIG if DEFAULT_CONFIG.exists() else None)
    return load_config(path)


def _out_dir(args, config) -> Path:
    return Path(args.out) if args.out else config.resolve(config.output)


def _with_db(args, config):
    """The config with --db (a SQLite file name or a postgresql:// URL) applied."""
    return config.model_copy(update={"database": args.db}) if getattr(args, "db", None) else config


def cmd_run(args) -> int:
    from .run import run

    config = _with_db(args, _config(args))
    if getattr(args, "metadata", None):  # a command-line manifest is relative to the working folder
        config = config.model_copy(update={"metadata": str(Path(args.metadata).resolve())})
    paths = args.paths or [str(config.resolve(p)) for p in config.input]
    if args.profile:
        config = config.model_copy(update={"profile": True})
    if args.engine or args.scheduler:
        config = config.model_copy(update={"engine": "dask" if args.scheduler else args.engine,
                                           "scheduler": args.scheduler or config.scheduler})
    out = _out_dir(args, config)
    started = time.perf_counter()
    summary = run(paths, out, config, progress=not args.quiet, prune=args.prune, cache=not args.no_cache, force=args.force)
    if summary.profile is not None:
        from .run import profile_line as summary_line

        print(summary_line(summary.profile, time.perf_counter() - started), file=sys.stderr)
    if summary.status == "interrupted":
        print(f"Interrupted: {len(summary.processed)} document(s) stored in this run ({summary.stored} in "
              f"{summary.database}, all in {summary.jsonl}); run again to continue", file=sys.stderr)
        return 130
    if summary.status == "stopped":
        for line in summary.stop_message.splitlines():
            print(f"Error: {line}", file=sys.stderr)
        return 3
    skipped = f", {len(summary.skipped)} skipped (already stored; --force redoes them)" if summary.skipped else ""
    print(
        f"{len(summary.processed)} document(s) processed{skipped}, {len(summary.failed)} failed; "
        f"wrote {summary.jsonl} and {summary.database}",
        file=sys.stderr,
    )
    return 1 if summary.failed else 0


def _open_store(args):
    """(connection, output folder) for the database a previous run wrote."""
    from . import store

    config = _with_db(args, _config(args))
    out = _out_dir(args, config)
    db = store.location(out, config.database)
    if store.is_url(db):
        return store.connect(db), out
    return store.connect_readonly(db), out  # reading commands never write (a read-only folder works)


def cmd_inspect(args) -> int:
    from . import report, store

    con, out = _open_store(args)
    if not args.doc:
        rows = report.document_rows(con)
        print(json.dumps(rows, ensure_ascii=False, indent=1)) if args.json else report.print_documents(rows)
        if not args.json:
            print(_cache_line(args, out))
        return 0
    doc_id = store.find_document(con, args.doc)
    if doc_id is None:
        raise PipelineError(f"no processed document matches '{args.doc}'; 'pipeline inspect' lists them")
    doc = store.read_document(con, doc_id)
    if args.html:
        return _open_page(con, out, doc_id)
    if args.json:
        from .export import document_to_json

        print(json.dumps(document_to_json(doc), ensure_ascii=False, indent=1))
    else:
        report.print_document(doc, claims=args.claims)
    return 0


def _cache_line(args, out: Path) -> str:
    from .run import cache_folder, cache_size

    config = _config(args)
    folder = cache_folder(config, out)
    n, size = cache_size(folder)
    return f"Parse cache: {n} chunk(s), {size / 2**20:.1f} MB of {config.cache_max_mb} MB in {folder}"


def cmd_cache_clear(args) -> int:
    from .run import cache_folder, clear_cache as clear

    config = _config(args)
    folder = cache_folder(config, _out_dir(args, config))
    n, size = clear(folder)
    print(f"Removed {n} parsed chunk(s), {size / 2**20:.1f} MB, from {folder}", file=sys.stderr)
    return 0


def _open_page(con, out: Path, doc_id: str) -> int:
    import webbrowser

    from .report import write_document_page

    page = write_document_page(con, out / "report", doc_id)
    print(page)
    webbrowser.open(page.resolve().as_uri())
    return 0


def cmd_report(args) -> int:
    from . import store
    from .report import build_report

    con, out = _open_store(args)
    ids = []
    for key in args.docs:
        doc_id = store.find_document(con, key)
        if doc_id is None:
            raise PipelineError(f"no processed document matches '{key}'; 'pipeline inspect' lists them")
        ids.append(doc_id)
    index = build_report(con, Path(args.to) if args.to else out / "report", ids or None)
    print(index)
    return 0


def cmd_serve(args) -> int:
    try:
        from datasette.cli import cli as datasette
    except ImportError:
        raise PipelineError("pipeline serve needs Datasette: pip install -e '.[serve]'") from None
    con, out = _open_store(args)
    if getattr(con, "dialect", "sqlite") != "sqlite":
        raise PipelineError("pipeline serve needs a SQLite store (Datasette reads SQLite files); "
                            "export the PostgreSQL data with 'pipeline export' or serve a SQLite run")
    db = Path(con.execute("PRAGMA database_list").fetchone()[2])
    con.close()
    meta = db.with_name("metadata.yml")
    if not meta.exists():
        raise PipelineError(f"{meta}: missing; run 'pipeline run' again to write it")
    return datasette.main(["serve", str(db), "--metadata", str(meta), "--host", "127.0.0.1",
                           "--port", str(args.port)], standalone_mode=False) or 0


def cmd_remove(args) -> int:
    """Remove documents (doc_id prefix, source or path) with all their records; rewrite documents.jsonl."""
    from . import store
    from .run import write_outputs

    config = _with_db(args, _config(args))
    out = _out_dir(args, config)
    db = store.location(out, config.database)
    if not store.is_url(db):
        store.connect_readonly(db).close()  # a missing or old database: the reader's message
    con = store.connect(db)
    found, missing = {}, []
    for key in args.docs:
        doc_id = store.find_document(con, key)
        if doc_id is None:
            missing.append(key)
        else:
            found[doc_id] = con.execute("SELECT source FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()[0]
    store.remove_documents(con, list(found))
    write_outputs(con, out / "documents.jsonl", out / "events.jsonl")  # the kept lines of the others copied
    for doc_id, source in found.items():
        print(f"removed {source} ({doc_id[:12]})", file=sys.stderr)
    for key in missing:
        print(f"Error: no stored document matches '{key}'; 'pipeline inspect' lists them", file=sys.stderr)
    return 1 if missing else 0


def cmd_export(args) -> int:
    from .export import export_tables

    from . import store

    con, out = _open_store(args)
    if args.to and store.is_url(args.to):
        n = store.copy_store(con, store.connect(args.to))
        print(f"copied {n} document(s) to {args.to.split('@')[-1]}", file=sys.stderr)
        return 0
    dest = Path(args.to) if args.to else out / args.format
    paths = export_tables(con, dest, args.format)
    print(f"wrote {len(paths)} files to {dest}", file=sys.stderr)
    return 0


def cmd_review_export(args) -> int:
    from .review import export_review

    con, out = _open_store(args)
    dest = Path(args.to) if args.to else out / "review" / args.format
    if args.format == "conllu":
        return _conllu(con, out, dest, args)
    paths = export_review(con, args.format, dest, args.docs)
    print(f"wrote {len(paths)} files to {dest}", file=sys.stderr)
    return 0


def _conllu(con, out: Path, dest: Path, args) -> int:
    """One .conllu file per document: GiNZA's tokens (through the parse cache) and the stored entities."""
    from .nlp import lazy_model
    from .review import stored_documents
    from .run import document_conllu, open_cache

    config = _config(args)
    nlp, cache = lazy_model(config.model), open_cache(config, out)  # loaded only for a chunk not in the cache
    dest.mkdir(parents=True, exist_ok=True)
    docs = stored_documents(con, args.docs)
    for doc in docs:
        text = document_conllu(doc, nlp, config, cache)
        (dest / f"{doc.doc_id}.conllu").write_text(text, encoding="utf-8")
    print(f"wrote {len(docs)} files to {dest}", file=sys.stderr)
    return 0


def cmd_review_import(args) -> int:
    from .glossary import load_glossary
    from .review import import_reviews, proposals_tsv

    con, out = _open_store(args)
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        raise PipelineError(f"{missing[0]}: no such file or folder; give a Label Studio export (.json) or a brat folder")
    gold_dir = Path(args.to) if args.to else out / "review" / "gold"
    glossary = load_glossary(_config(args).glossary_paths())
    summary = import_reviews([Path(p) for p in args.paths], con, gold_dir, out / "review" / "overrides", glossary)
    for problem in summary.problems:
        print(f"Error: {problem}", file=sys.stderr)
    if summary.proposals:
        (out / "review").mkdir(parents=True, exist_ok=True)
        (out / "review" / "glossary_proposals.tsv").write_text(proposals_tsv(summary.proposals), encoding="utf-8")
    print(f"{len(summary.gold)} gold file(s) in {gold_dir}; {len(summary.overrides)} document(s) with corrections "
          f"for the next run; {len(summary.proposals)} glossary row(s) proposed"
          + (f" in {out / 'review' / 'glossary_proposals.tsv'}" if summary.proposals else ""), file=sys.stderr)
    return 1 if summary.problems else 0


def cmd_review_gold(args) -> int:
    from .review import write_store_gold

    con, out = _open_store(args)
    dest = Path(args.to) if args.to else out / "review" / "baseline"
    paths = write_store_gold(con, dest, args.docs)
    print(f"wrote {len(paths)} gold file(s) to {dest}", file=sys.stderr)
    return 0


def cmd_evaluate(args) -> int:
    from .evaluate import evaluate_store

    if args.dev and args.gold:
        raise PipelineError("pipeline evaluate takes gold files or folders, or --dev FOLDER, not both")
    if args.dev:
        return _evaluate_dev(args)
    if not args.gold:
        raise PipelineError("pipeline evaluate needs gold files or folders, or --dev FOLDER (a dev-corpus folder)")
    con, _ = _open_store(args)
    scores = evaluate_store(con, [Path(p) for p in args.gold])
    if args.json:
        out = {k: v.as_dict() for k, v in scores.items() if "." not in k}
        out["claim_fields"] = {k.split(".", 1)[1]: v.as_dict() for k, v in scores.items() if "." in k}
        print(json.dumps(out, indent=1))
        return 0
    fmt = lambda x: "   -  " if x is None else f"{x:6.3f}"
    print(f"{'field':<20}{'gold':>6}{'pred':>6}{'match':>6}  precision recall   f1")
    for name, s in scores.items():
        print(f"{name:<20}{s.gold:>6}{s.predicted:>6}{s.matched:>6}  {fmt(s.precision)}   {fmt(s.recall)} {fmt(s.f1)}")
    return 0


def _evaluate_dev(args) -> int:
    """The stored documents scored against a dev-corpus folder (*.gold.json naming each document's file)."""
    from .evaluate import evaluate_dev, read_dev_gold, stored_docs

    folder = Path(args.dev)
    golds = read_dev_gold(folder)
    con, _ = _open_store(args)
    docs = stored_docs(con, golds)
    print(evaluate_dev(golds, docs, folder, _config(args).glossary_paths(), as_json=args.json,
                       per_document=args.docs, errors=args.errors))
    return 0


def _review_parser(sub, store_opts) -> None:
    rv = sub.add_parser("review", help="hand the annotations to Label Studio or brat and take the corrections back")
    rs = rv.add_subparsers(dest="review_command", required=True)
    e = rs.add_parser("export", help="documents with their records as pre-annotations",
                      epilog="example: pipeline review export --format label-studio --to review/", parents=[store_opts])
    e.add_argument("docs", nargs="*", help="doc_id prefixes or source paths (default: every document)")
    e.add_argument("--format", choices=["label-studio", "brat", "conllu"], default="label-studio",
                   help="conllu: GiNZA's tokens with an NE column, for linguists (loads the model; reuses the parse cache)")
    e.add_argument("--to", help="destination folder (default: OUT/review/<format>)")
    e.set_defaults(func=cmd_review_export)
    i = rs.add_parser("import", help="corrected annotations -> gold files, corrections for the next run, glossary rows",
                      epilog="example: pipeline review import project-export.json", parents=[store_opts])
    i.add_argument("paths", nargs="+", help="a Label Studio export (.json) or a brat folder")
    i.add_argument("--to", help="folder for the gold files (default: OUT/review/gold)")
    i.set_defaults(func=cmd_review_import)
    g = rs.add_parser("gold", help="the store's current answer as gold files (the baseline of a review)",
                      epilog="example: pipeline review gold --to baseline/", parents=[store_opts])
    g.add_argument("docs", nargs="*", help="doc_id prefixes or source paths (default: every document)")
    g.add_argument("--to", help="destination folder (default: OUT/review/baseline)")
    g.set_defaults(func=cmd_review_gold)


def cmd_glossary_validate(args) -> int:
    from .glossary import validate_files

    problems = validate_files([Path(f) for f in args.files])
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problem(s) found", file=sys.stderr)
        return 2
    print(f"OK: {', '.join(args.files)}", file=sys.stderr)
    return 0


def cmd_glossary_suggest(args) -> int:
    from .report import suggest_rows

    con, _ = _open_store(args)
    rows = suggest_rows(con, limit=args.limit)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    from .glossary import COLUMNS
    from .glossary import format_row

    print("\t".join(COLUMNS))
    for r in rows:
        print(format_row(r))
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="pipeline",
        description="Japanese documents -> repaired text, GiNZA analysis, glossary-aligned entities, "
        "dates, quantities, footnotes and claims in SQLite + JSONL.",
        epilog="example: pipeline run corpus/ --out out/ && pipeline inspect 000_3045",
    )
    p.add_argument("--config", help="config file (default: ./config.yaml if present)")
    sub = p.add_subparsers(dest="command", required=True)
    store_opts = argparse.ArgumentParser(add_help=False)  # options every command that reads or writes out/ takes
    store_opts.add_argument("--out", help="output folder with documents.jsonl and the database (default: 'output' in config.yaml)")
    store_opts.add_argument("--config", help="config file", default=argparse.SUPPRESS)
    store_opts.add_argument("--db", help="the database: a file name inside OUT, or a postgresql:// URL "
                            "(default: 'database' in config.yaml)")

    r = sub.add_parser("run", help="process files/folders into OUT/documents.jsonl and the SQLite database",
                       epilog="example: pipeline run corpus/ --out out/", parents=[store_opts])
    r.add_argument("paths", nargs="*", help=".txt/.md/.pdf/.html/.docx files or folders (default: 'input' in config.yaml)")
    r.add_argument("--quiet", action="store_true", help="no progress bar")
    r.add_argument("--metadata", help="CSV/TSV manifest of document metadata with a 'path' column "
                   "(paths relative to the manifest), e.g. --metadata corpus/manifest.csv")
    r.add_argument("--prune", action="store_true", help="afterwards, remove stored documents whose files are gone")
    r.add_argument("--engine", choices=["processes", "dask"], help="processes: 'workers' processes on this machine "
                   "(default); dask: a Dask cluster (extra [dask]), a local one of 'workers' processes without --scheduler")
    r.add_argument("--scheduler", metavar="ADDRESS", help="an existing Dask scheduler, e.g. tcp://10.0.0.5:8786 (implies --engine dask)")
    r.add_argument("--profile", action="store_true", help="time each stage (decode, repair, parse, glossary, dates, "
                   "claims, store); printed and kept in the runs table")
    r.add_argument("--no-cache", action="store_true", help="parse every chunk with GiNZA; neither read nor fill the parse cache")
    r.add_argument("--force", action="store_true", help="also redo documents already stored by a run with the same "
                   "code, model, config and glossary (by default a run resumes: it skips them)")
    r.set_defaults(func=cmd_run)

    i = sub.add_parser("inspect", help="show a processed document (entities, dates, footnotes, claims)",
                       epilog="example: pipeline inspect 000_3045bcbfc1055805 --claims", parents=[store_opts])
    i.add_argument("doc", nargs="?", help="doc_id prefix or source path; omit to list documents")
    i.add_argument("--json", action="store_true", help="machine-readable output")
    i.add_argument("--claims", action="store_true", help="also list the claims")
    i.add_argument("--html", action="store_true", help="write the document's HTML page and open it in a browser")
    i.set_defaults(func=cmd_inspect)

    rp = sub.add_parser("report", help="static HTML report: documents, text highlighted, claims, corpus plots",
                        epilog="example: pipeline report --out out/ (writes out/report/index.html)", parents=[store_opts])
    rp.add_argument("docs", nargs="*", help="doc_id prefixes or source paths (default: every document)")
    rp.add_argument("--to", help="destination folder (default: OUT/report)")
    rp.set_defaults(func=cmd_report)

    sv = sub.add_parser("serve", help="browse the database in Datasette on 127.0.0.1 (extra [serve])",
                        epilog="example: pipeline serve --port 8001", parents=[store_opts])
    sv.add_argument("--port", type=int, default=8001)
    sv.set_defaults(func=cmd_serve)

    rm = sub.add_parser("remove", help="remove documents and all their records from the database and documents.jsonl",
                        epilog="example: pipeline remove 000_3045 old/draft.txt", parents=[store_opts])
    rm.add_argument("docs", nargs="+", help="doc_id prefixes, sources or paths")
    rm.set_defaults(func=cmd_remove)

    x = sub.add_parser("export", help="every table of the database as CSV, typed Parquet or a Frictionless data package",
                       epilog="examples: pipeline export --format parquet --to data/\n"
                              "          pipeline export --format datapackage --to package/",
                       formatter_class=argparse.RawDescriptionHelpFormatter, parents=[store_opts])
    x.add_argument("--format", choices=["csv", "parquet", "datapackage"], default="csv")
    x.add_argument("--to", help="destination folder (default: OUT/<format>), or a postgresql:// URL to copy "
                   "the whole store into that database")
    x.set_defaults(func=cmd_export)
    _review_parser(sub, store_opts)
    c = sub.add_parser("cache", help="the parse cache (GiNZA's output per chunk, reused by later runs)")
    cs = c.add_subparsers(dest="cache_command", required=True)
    cc = cs.add_parser("clear", help="remove every cached parse", parents=[store_opts],
                       epilog="example: pipeline cache clear --out out/")
    cc.set_defaults(func=cmd_cache_clear)
    ev = sub.add_parser("evaluate", help="score the stored documents against gold files, field by field",
                        epilog="examples: pipeline evaluate out/review/gold --json; pipeline evaluate --dev tests/data/dev --docs",
                        parents=[store_opts])
    ev.add_argument("gold", nargs="*", help="gold files (*.gold.json, as 'pipeline review import' writes) or folders")
    ev.add_argument("--json", action="store_true", help="an object with entities, links, dates, quantities, claims")
    ev.add_argument("--dev", metavar="FOLDER", help="score against a dev-corpus folder instead (gold matched by file "
                    "name and overlap, per genre; tests/data/dev/README.md), e.g. --dev tests/data/dev")
    ev.add_argument("--docs", action="store_true", help="with --dev: also one row per document")
    ev.add_argument("--errors", action="store_true", help="with --dev: list every miss, one line each")
    ev.set_defaults(func=cmd_evaluate)

    g = sub.add_parser("glossary", help="check or extend a glossary")
    gs = g.add_subparsers(dest="glossary_command", required=True)
    v = gs.add_parser("validate", help="report every problem with its line number",
                      epilog="example: pipeline glossary validate my_terms.tsv")
    v.add_argument("files", nargs="+")
    v.set_defaults(func=cmd_glossary_validate)
    s = gs.add_parser("suggest", help="unlinked entities by frequency, as glossary rows to paste",
                      epilog="example: pipeline glossary suggest > todo.tsv", parents=[store_opts])
    s.add_argument("--limit", type=int, default=100)
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_glossary_suggest)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except GlossaryError as e:
        print(f"Error: {e}", file=sys.stderr)
        for problem in e.problems:
            print(f"  {problem}", file=sys.stderr)
        return e.exit_code
    except PipelineError as e:
        print(f"Error: {e}", file=sys.stderr)
        return e.exit_code
    except BrokenPipeError:  # output piped into head: not an error
        sys.stderr.close()
        return 0
    except OSError as e:
        where = f"{e.filename}: " if e.filename else ""
        print(f"Error: {where}{e.strerror or e}; check the path and its permissions (and free space)", file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # outside a batch (a run stops between documents and says so itself)
        print("Interrupted.", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
