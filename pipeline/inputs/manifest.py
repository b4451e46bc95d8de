"""Metadata given with the documents: a manifest file and YAML front matter.

A manifest is CSV or TSV (by suffix; `.tsv` or a tab in the header line means TSV) with a `path`
column (relative to the manifest's folder, or absolute) and any of the metadata FIELDS as columns::

    path,title,date,publisher,author,url,language,genre
    reports/2024-04.txt,日比関係の現状,2024-04-03,東アジア研究所,山田太郎,https://example.org/r1,ja,report

A malformed row (no path, a date that is not a date, too many cells) is reported by file and line
and skipped; the other rows are used.  A file with no `path` column, or unknown columns, is a
`ConfigError` (nothing is run).

Front matter is a YAML mapping between two `---` lines at the very top of a `.md` or `.txt` file.
Its text stays in the document (offsets never move); only its known FIELDS are read.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Optional

from ..errors import ConfigError
from .metadata import FIELDS, normalise_date


def load_manifest(path: Path) -> tuple[dict[str, dict], list[str]]:
    """({resolved document path: {field: value}}, problems as one-line messages)."""
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: cannot read the metadata manifest ({e}); give a UTF-8 CSV or TSV file") from None
    header = raw.split("\n", 1)[0]
    delim = "\t" if path.suffix.lower() == ".tsv" or "\t" in header else ","
    reader = csv.reader(io.StringIO(raw), delimiter=delim)
    cols = [c.strip().lower() for c in next(reader, [])]
    if "path" not in cols:
        raise ConfigError(f"{path}: line 1: the manifest needs a 'path' column (found: {', '.join(cols) or 'nothing'})")
    unknown = [c for c in cols if c not in FIELDS and c != "path"]
    if unknown:
        raise ConfigError(f"{path}: line 1: unknown column(s) {', '.join(unknown)}; known: path, {', '.join(FIELDS)}")
    rows: dict[str, dict] = {}
    problems: list[str] = []
    for line_no, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        row, problem = _row(cols, cells)
        if problem:
            problems.append(f"{path}: line {line_no}: {problem}; the row was skipped")
            continue
        target = Path(row.pop("path"))
        key = str((target if target.is_absolute() else path.parent / target).resolve())
        rows[key] = row
    return rows, problems


def _row(cols: list[str], cells: list[str]) -> tuple[dict, Optional[str]]:
    if len(cells) > len(cols):
        return {}, f"{len(cells)} cells for {len(cols)} columns (quote values that contain the delimiter)"
    row = {c: v.strip() for c, v in zip(cols, cells) if v.strip()}
    if not row.get("path"):
        return {}, "no path"
    if "date" in row:
        value = normalise_date(row["date"])
        if value is None:
            return {}, f"date '{row['date']}' is not a date (use 2024-04-03, 2024-04, 2024 or 令和6年4月3日)"
        row["date"] = value
    return row, None


_HEAD = 8192  # front matter sits in the first lines: never split a whole 20 MB text to find it


def _front_lines(text: str) -> tuple[int, list[str], int | None]:
    """(offset of the opening `---` line, the lines from there, index of the closing line or None);
    a UTF-8 BOM before the block is allowed (both readers below agree on it)."""
    skip = 1 if text.startswith("\ufeff") else 0
    lines = text[skip:skip + _HEAD].splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return skip, lines, None
    end = next((i for i, ln in enumerate(lines[1:60], start=1) if ln.strip() in ("---", "...")), None)
    return skip, lines, end


def front_matter_end(text: str) -> int:
    """The offset just after a leading `---` … `---` block (0 when the text has none): the block is
    metadata, not running text, so no entity, date or claim is read from it."""
    skip, lines, end = _front_lines(text)
    return skip + sum(len(ln) for ln in lines[:end + 1]) if end is not None else 0


def front_matter(text: str) -> tuple[dict, list[str]]:
    """The known FIELDS of a leading `---` YAML block (dates as EDTF), and problems found in it."""
    import yaml

    _, lines, end = _front_lines(text)
    if end is None:
        return {}, []
    try:
        data = yaml.safe_load("".join(lines[1:end]))
    except yaml.YAMLError as e:
        return {}, [f"front matter (lines 1-{end + 1}) is not valid YAML ({getattr(e, 'problem', e)}); it was ignored"]
    if not isinstance(data, dict):
        return {}, []
    out = {k.lower(): v for k, v in data.items() if isinstance(k, str) and k.lower() in FIELDS and v not in (None, "")}
    problems = []
    if "date" in out:
        value = normalise_date(out["date"])
        if value is None:
            problems.append(f"front matter date '{out['date']}' is not a date; it was ignored")
            out.pop("date")
        else:
            out["date"] = value
    out = {k: (v if k == "date" or isinstance(v, str) else ", ".join(map(str, v)) if isinstance(v, list) else str(v))
           for k, v in out.items()}
    return out, problems
