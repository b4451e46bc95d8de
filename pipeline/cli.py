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
from pathlib import Path

from .errors import GlossaryError, PipelineError

DEFAULT_CONFIG = Path("config.yaml")


def _config(args):
    from .config import load_config

    path = Path(args.config) if args.config else (DEFAULT_CONFIG if DEFAULT_CONFIG.exists() else None)
    return load_config(path)


def _out_dir(args, config) -> Path:
    return Path(args.out) if args.out else config.resolve(config.output)


def cmd_run(args) -> int:
    from .run import run

    config = _config(args)
    paths = args.paths or [str(config.resolve(p)) for p in config.input]
    out = _out_dir(args, config)
    summary = run(paths, out, config, progress=not args.quiet, prune=args.prune)
    if summary.status == "interrupted":
        print(f"Interrupted: {len(summary.processed)} document(s) stored in this run ({summary.stored} in "
              f"{summary.database}, all in {summary.jsonl}); run again to continue", file=sys.stderr)
        return 130
    if summary.status == "stopped":
        for line in summary.stop_message.splitlines():
            print(f"Error: {line}", file=sys.stderr)
        return 3
    print(
        f"{len(summary.processed)} document(s) processed, {len(summary.failed)} failed; "
        f"wrote {summary.jsonl} and {summary.database}",
        file=sys.stderr,
    )
    return 1 if summary.failed else 0


def _open_store(args):
    """(connection, output folder) for the database a previous run wrote."""
    from . import store

    config = _config(args)
    out = _out_dir(args, config)
    return store.connect_readonly(out / config.database), out


def cmd_inspect(args) -> int:
    from . import report, store

    con, _ = _open_store(args)
    if not args.doc:
        rows = report.document_rows(con)
        print(json.dumps(rows, ensure_ascii=False, indent=1)) if args.json else report.print_documents(rows)
        return 0
    doc_id = store.find_document(con, args.doc)
    if doc_id is None:
        raise PipelineError(f"no processed document matches '{args.doc}'; 'pipeline inspect' lists them")
    doc = store.read_document(con, doc_id)
    if args.json:
        from .export import document_to_json

        print(json.dumps(document_to_json(doc), ensure_ascii=False, indent=1))
    else:
        report.print_document(doc, claims=args.claims)
    return 0


def cmd_remove(args) -> int:
    """Remove documents (doc_id prefix, source or path) with all their records; rewrite documents.jsonl."""
    from . import store
    from .export import write_jsonl

    config = _config(args)
    out = _out_dir(args, config)
    store.connect_readonly(out / config.database).close()  # a missing or old database: the reader's message
    con = store.connect(out / config.database)
    found, missing = {}, []
    for key in args.docs:
        doc_id = store.find_document(con, key)
        if doc_id is None:
            missing.append(key)
        else:
            found[doc_id] = con.execute("SELECT source FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()[0]
    store.remove_documents(con, list(found))
    write_jsonl(con, out / "documents.jsonl")
    for doc_id, source in found.items():
        print(f"removed {source} ({doc_id[:12]})", file=sys.stderr)
    for key in missing:
        print(f"Error: no stored document matches '{key}'; 'pipeline inspect' lists them", file=sys.stderr)
    return 1 if missing else 0


def cmd_export(args) -> int:
    from .export import export_tables

    con, out = _open_store(args)
    dest = Path(args.to) if args.to else out / args.format
    paths = export_tables(con, dest, args.format)
    print(f"wrote {len(paths)} tables to {dest}", file=sys.stderr)
    return 0


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

    r = sub.add_parser("run", help="process files/folders into OUT/documents.jsonl and the SQLite database",
                       epilog="example: pipeline run corpus/ --out out/", parents=[store_opts])
    r.add_argument("paths", nargs="*", help=".txt/.md files or folders (default: 'input' in config.yaml)")
    r.add_argument("--quiet", action="store_true", help="no progress bar")
    r.add_argument("--prune", action="store_true", help="afterwards, remove stored documents whose files are gone")
    r.set_defaults(func=cmd_run)

    i = sub.add_parser("inspect", help="show a processed document (entities, dates, footnotes, claims)",
                       epilog="example: pipeline inspect 000_3045bcbfc1055805 --claims", parents=[store_opts])
    i.add_argument("doc", nargs="?", help="doc_id prefix or source path; omit to list documents")
    i.add_argument("--json", action="store_true", help="machine-readable output")
    i.add_argument("--claims", action="store_true", help="also list the claims")
    i.set_defaults(func=cmd_inspect)

    rm = sub.add_parser("remove", help="remove documents and all their records from the database and documents.jsonl",
                        epilog="example: pipeline remove 000_3045 old/draft.txt", parents=[store_opts])
    rm.add_argument("docs", nargs="+", help="doc_id prefixes, sources or paths")
    rm.set_defaults(func=cmd_remove)

    x = sub.add_parser("export", help="every table of the database as CSV or Parquet files",
                       epilog="example: pipeline export --format parquet --to data/", parents=[store_opts])
    x.add_argument("--format", choices=["csv", "parquet"], default="csv")
    x.add_argument("--to", help="destination folder (default: OUT/csv or OUT/parquet)")
    x.set_defaults(func=cmd_export)

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
