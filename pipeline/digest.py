"""Fingerprints of files: the sha256 of each file's path (relative to a root) and bytes, in order.

What decides whether stored work can be reused: the package's code (run/resume.py), the store's code
(store/lines.py) and a folder of reviewer's corrections; one formula, so they cannot drift apart.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Iterable


def files_digest(root: Path, paths: Iterable[Path]) -> str:
    """sha256 (hex) over every path in `paths` (in the order given): its path relative to `root`, its bytes."""
    h = hashlib.sha256()
    for p in paths:
        h.update(str(p.relative_to(root)).encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def folder_digest(folder: Path) -> str:
    """`files_digest` of every file under `folder`, by sorted path (that of no file when it is missing)."""
    return files_digest(folder, (p for p in sorted(folder.rglob("*")) if p.is_file()) if folder.is_dir() else ())
