"""Finding input files and decoding their bytes.

Encodings are tried strictly, in this order: a BOM (UTF-8, UTF-16), UTF-8, ISO-2022-JP (when escape
sequences are present), then CP932 and EUC-JP. Byte sequences valid in both CP932 and EUC-JP are
decided by which reading yields more ordinary Japanese (kana/kanji) and fewer half-width katakana
or private-use characters. The candidate encodings are few and strict decoding rejects most wrong
ones outright, so this small trial replaces a general-purpose detector (and its statistical guesses
on short texts) with a rule that can be tested exactly.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from ..errors import DecodeError
from .suspects import nul_warning, utf16_without_bom, utf8_glitches

SUFFIXES = (".txt", ".md")
_CONTROL_OK = set("\t\n\r\f\v")


@dataclass(frozen=True)
class RawDocument:
    source: str
    doc_id: str
    encoding: str
    text: str
    warnings: tuple[str, ...] = ()
    format: str = "txt"  # txt | md | pdf | html | docx
    pages: Optional[int] = None  # page count of a paged format
    page_starts: tuple[int, ...] = ()  # offset in `text` where each page begins; empty when unpaged
    format_metadata: dict = field(default_factory=dict)  # title, date, author, ... from the file's own metadata
    line_kinds: Optional[dict] = None  # line start offset -> kind the layout shows (heading, page, footnote ...)


def find_inputs(paths: list[str], suffixes: tuple[str, ...] = SUFFIXES) -> tuple[list[Path], list[tuple[str, str]]]:
    """Input files under the given files/folders (recursive, `suffixes`, sorted); plus (path, problem)."""
    files: list[Path] = []
    problems: list[tuple[str, str]] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            files.extend(sorted(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in suffixes))
        elif path.is_file():
            files.append(path)
        else:
            problems.append((p, f"{p}: no such file or folder; check the path"))
    seen = set()
    unique = []
    for f in files:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, problems


def _japanese_score(text: str) -> float:
    good = bad = 0
    for ch in text:
        o = ord(ch)
        if 0x3040 <= o <= 0x30FF or 0x4E00 <= o <= 0x9FFF or 0x3000 <= o <= 0x303F:
            good += 1
        elif 0xFF61 <= o <= 0xFF9F or 0xE000 <= o <= 0xF8FF or (o < 32 and ch not in _CONTROL_OK):
            bad += 1
    return (good - 3 * bad) / max(len(text), 1)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(sample) * 0.05


def decode(data: bytes, source: str = "<bytes>") -> tuple[str, str]:
    """(text, encoding) or DecodeError naming the file and what to do."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as e:
            raise DecodeError(f"{source}: starts with a UTF-8 BOM but byte {e.start + 3} is not UTF-8; re-save it as UTF-8") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise DecodeError(f"{source}: has a UTF-16 BOM but is not valid UTF-16; re-save it as UTF-8") from None
    if _looks_binary(data):
        if utf16_without_bom(data):
            raise DecodeError(f"{source}: UTF-16 without a BOM? (NUL in every other byte); re-save it as UTF-8, or as UTF-16 with a BOM")
        raise DecodeError(f"{source}: binary file (NUL or control bytes), not text; convert it to UTF-8 text or remove it from the input")
    if (b"\x1b$B" in data or b"\x1b$@" in data) and data.isascii():  # 7-bit JIS: also valid UTF-8
        try:
            return data.decode("iso2022_jp"), "iso2022_jp"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    glitches = utf8_glitches(data)
    if glitches:
        raise DecodeError(f"{source}: UTF-8 except {len(glitches)} invalid byte sequence(s), the first at byte offset "
                          f"{glitches[0]}; fix the file, or set 'decode_errors: replace' in config.yaml to read it anyway")
    readings = []
    for enc in ("cp932", "euc_jp"):
        try:
            readings.append((_japanese_score(t := data.decode(enc)), enc, t))
        except UnicodeDecodeError:
            continue
    if not readings:
        raise DecodeError(f"{source}: not UTF-8, CP932/Shift_JIS or EUC-JP text; convert it to UTF-8")
    score, enc, text = max(readings)
    return text, enc


def read_document(path: Path, max_bytes: int, decode_errors: str = "strict") -> RawDocument:
    """Read and decode one file; DecodeError for unreadable, oversized or undecodable files.
    `decode_errors='replace'`: a mostly-UTF-8 file's few invalid bytes become U+FFFD, with a warning."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise DecodeError(
                f"{path}: {size:,} bytes is over the limit of {max_bytes:,}; raise max_document_bytes in config.yaml or split the file"
            )
        data = path.read_bytes()
    except OSError as e:
        raise DecodeError(f"{path}: cannot be read ({e.strerror})") from None
    doc_id = hashlib.sha256(data).hexdigest()
    glitches = utf8_glitches(data) if decode_errors == "replace" else None
    if glitches:
        text, encoding = data.decode("utf-8", "replace"), "utf-8"
    else:
        text, encoding = decode(data, str(path))
    warnings = ("empty document",) if not text.strip() else ()
    if glitches:
        warnings += (f"{len(glitches)} invalid UTF-8 byte sequence(s) replaced with U+FFFD (decode_errors: replace), "
                     f"the first at byte offset {glitches[0]}",)
    if nul := nul_warning(text):
        warnings += (nul,)
    fmt = "md" if path.suffix.lower() == ".md" else "txt"
    return RawDocument(str(path), doc_id, encoding, text, warnings, format=fmt)
