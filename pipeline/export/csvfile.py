"""The one CSV writer of the exports: a header and rows to a file, atomically (`atomic_file`).

RFC 4180 quoting (a field with a comma, quote or line break is quoted, quotes doubled), ``\\n``
line ends, UTF-8; with `bom`, a byte-order mark first (Excel then reads the file as UTF-8, so
Japanese text shows). A ``None`` cell is written as an empty field; callers that must tell NULL
from an empty string (the data package) convert their cells first.
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Iterable, Sequence

from .atomic import atomic_file


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence], bom: bool = False) -> Path:
    """Write `header` and `rows` to `path` as CSV; returns `path`."""
    with atomic_file(path) as f:
        if bom:
            f.write("\ufeff")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    return path
