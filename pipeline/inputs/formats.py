"""Which reader a file goes to (by suffix), and which files of a folder no reader takes.

Plain text (.txt, .md) is decoded by `corpus`; PDF, HTML and Word files go to their own module,
which needs its pip extra (``[pdf]``, ``[html]``, ``[docx]``; a missing one is a one-line error
with the ``pip install`` fix). Files of other types in a folder are counted and listed once per
run; a folder without any supported file is an error.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

from ..errors import DecodeError, PipelineError
from .corpus import SUFFIXES as TEXT_SUFFIXES
from .corpus import RawDocument, find_inputs, read_document

FORMATS = {".pdf": "pdf", ".html": "html", ".htm": "html", ".docx": "docx"}
SUPPORTED = TEXT_SUFFIXES + tuple(FORMATS)


def _reader(fmt: str):
    if fmt == "pdf":
        from .pdf import read_pdf
        return read_pdf
    if fmt == "html":
        from .html import read_html
        return read_html
    from .docx import read_docx
    return read_docx


def _unsupported(folder: Path) -> Counter:
    """Suffixes of the files under `folder` that no reader takes (hidden files are not counted)."""
    return Counter(f.suffix.lower() or "(no extension)" for f in folder.rglob("*")
                   if f.is_file() and not f.name.startswith(".") and f.suffix.lower() not in SUPPORTED)


def skipped_message(skipped: Counter) -> str:
    """``skipped 3 files with unsupported types: .doc ×2, .xlsx ×1``"""
    kinds = ", ".join(f"{s} ×{n}" for s, n in sorted(skipped.items(), key=lambda x: (-x[1], x[0])))
    total = sum(skipped.values())
    return f"skipped {total} file{'s' if total != 1 else ''} with unsupported types: {kinds}"


def find_documents(paths: list[str]) -> tuple[list[Path], list[tuple[str, str]], Counter]:
    """(supported files, (path, problem) pairs, unsupported suffix counts) for files and folders;
    PipelineError for a folder that holds no supported file."""
    files, problems = find_inputs(paths, SUPPORTED)
    skipped: Counter = Counter()
    for p in paths:
        path = Path(p)
        if not path.is_dir():
            continue
        other = _unsupported(path)
        skipped += other
        root = path.resolve()
        if not any(f.resolve().is_relative_to(root) for f in files):
            found = f" (found {', '.join(f'{s} ×{n}' for s, n in sorted(other.items()))})" if other else ""
            raise PipelineError(f"{path}: no supported files{found}; supported types: {', '.join(SUPPORTED)}")
    kept = []
    for f in files:
        if f.suffix.lower() in SUPPORTED or not f.suffix:
            kept.append(f)
        else:  # a file named on the command line: an error row, the rest goes on
            problems.append((str(f), f"{f}: unsupported type {f.suffix}; supported types: {', '.join(SUPPORTED)}"))
    return kept, problems, skipped


def read_any(path: Path, max_bytes: int, decode_errors: str = "strict") -> RawDocument:
    """Read one file with the reader for its suffix; DecodeError (one line) when it cannot be read.
    `decode_errors` applies to plain text (config `decode_errors`)."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        return read_document(path, max_bytes, decode_errors)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise DecodeError(f"{path}: {size:,} bytes is over the limit of {max_bytes:,}; raise "
                              "max_document_bytes in config.yaml or split the file")
        data = path.read_bytes()
    except OSError as e:
        raise DecodeError(f"{path}: cannot be read ({e.strerror})") from None
    ex = _reader(fmt)(data, str(path))
    warnings = ex.warnings + (("empty document",) if not ex.text.strip() else ())
    return RawDocument(str(path), hashlib.sha256(data).hexdigest(), ex.metadata.pop("encoding", fmt), ex.text,
                       warnings, format=fmt, pages=ex.pages, page_starts=ex.page_starts,
                       format_metadata=ex.metadata, line_kinds=ex.line_kinds)
