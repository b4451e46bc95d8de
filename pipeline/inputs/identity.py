"""Document identity: which file a source is, and how its name is shown.

A source is identified by its resolved (absolute, symlink-free) path, so `edit/a.txt` typed in one
folder and `/abs/.../edit/a.txt` typed in another are one source. It is shown relative to the input
root given on the command line (the folder argument, or a file argument's own folder), as SPEC
schema 3 asks. File names that are not UTF-8 (a Shift_JIS archive unpacked without `-O cp932`) come
from the OS as str with surrogate escapes, which no database, JSON file or terminal can hold: they are
shown with each undecodable byte as `\\xNN`, and the raw bytes of the absolute path are kept as hex.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from collections import Counter

from .formats import find_documents


@dataclass(frozen=True)
class InputFile:
    """One input file: `path` to open, `source` to show, `abs_path` (shown) and `path_hex` to identify it."""

    path: Path
    source: str
    abs_path: str
    path_hex: Optional[str] = None  # raw bytes of the absolute path, only when they are not UTF-8
    name_warning: Optional[str] = None


def display(s: str) -> str:
    """A str from the OS, safe to store and print: in each path part that is not UTF-8, every non-ASCII
    byte becomes `\\xNN` (a partial UTF-8 reading of Shift_JIS bytes would show wrong characters)."""
    if not _has_surrogates(s):
        return s
    return "/".join(_part(p) for p in s.split("/"))


def _part(p: str) -> str:
    return os.fsencode(p).decode("ascii", "backslashreplace") if _has_surrogates(p) else p


def _has_surrogates(s: str) -> bool:
    return any(0xD800 <= ord(c) <= 0xDFFF for c in s)


def _name_warning(shown: str, raw: bytes) -> str:
    hint = ""
    try:
        hint = f" (read as CP932/Shift_JIS it is '{os.path.basename(raw).decode('cp932')}')"
    except UnicodeDecodeError:
        pass
    return (f"file name is not UTF-8: stored as '{shown}'{hint}; rename it, or unpack the archive with "
            "the right encoding (unzip -O cp932)")


def input_file(path: Path, root: Path) -> InputFile:
    """Identity of `path` found under (or given as) `root`."""
    resolved = path.resolve()
    rel_str = os.path.relpath(path, root)
    if rel_str.startswith(".."):
        rel_str = path.name
    abs_str = str(resolved)
    if not _has_surrogates(abs_str):
        return InputFile(path, rel_str, abs_str)
    shown = display(rel_str)
    raw = os.fsencode(abs_str)
    return InputFile(path, shown, display(abs_str), raw.hex(), _name_warning(shown, raw))


def find_input_files(paths: list[str]) -> tuple[list[InputFile], list[tuple[str, str]], Counter]:
    """Input files of every path argument (each its own root), one per resolved path; plus (path, problem)
    pairs and the counts of unsupported file types found in folders (PipelineError: a folder holds no
    supported file)."""
    out: list[InputFile] = []
    problems: list[tuple[str, str]] = []
    skipped: Counter = Counter()
    seen: set[Path] = set()
    for p in paths:
        files, probs, other = find_documents([p])
        skipped += other
        problems.extend((display(s), display(m)) for s, m in probs)
        root = Path(p) if Path(p).is_dir() else Path(p).parent
        for f in files:
            key = f.resolve()
            if key not in seen:
                seen.add(key)
                out.append(input_file(f, root))
    return out, problems, skipped
