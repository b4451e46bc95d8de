"""What a file that fails strict decoding most likely is, so the message can say so.

- UTF-16 without a BOM: NUL in nearly every other byte (ASCII and Latin text in UTF-16LE/BE), or
  Japanese in UTF-16 (decodes as UTF-16 into mostly kana and kanji);
- UTF-8 with a few invalid bytes (a truncated copy, one bad sector, a cp932 character pasted in):
  at most `MAX_GLITCHES` invalid sequences among many valid multibyte characters;
- NUL characters past the binary check's first 8 KB of an otherwise decodable text.
"""
from __future__ import annotations

MAX_GLITCHES = 10


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the bytes look like UTF-16 text without a BOM, else None."""
    sample = data[:8192]
    if len(sample) < 4:
        return None
    half = len(sample) // 2
    for enc, zeros in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if zeros.count(0) >= 0.9 * half:
            return enc
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = sample[: half * 2].decode(enc)
        except UnicodeDecodeError:
            continue
        ja = sum(1 for c in text if "\u3040" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff" or c in "\n\r 　。、")
        if ja >= 0.8 * len(text):
            return enc
    return None


def utf8_glitches(data: bytes) -> list[int] | None:
    """Byte offsets of the invalid sequences in mostly-UTF-8 data, or None when it is not mostly UTF-8."""
    offsets: list[int] = []
    pos = 0
    while pos < len(data):
        try:
            data[pos:].decode("utf-8")
            break
        except UnicodeDecodeError as e:
            offsets.append(pos + e.start)
            pos += e.end
            if len(offsets) > MAX_GLITCHES:
                return None
    if not offsets:
        return None
    multibyte = sum(1 for c in data.decode("utf-8", "replace") if ord(c) > 0x7F and c != "\ufffd")
    return offsets if multibyte >= 20 * len(offsets) else None


def nul_warning(text: str) -> str | None:
    n = text.count("\x00")
    if not n:
        return None
    return (f"{n} NUL character(s) in the text, the first at offset {text.index(chr(0))}: the file may be partly "
            "binary (a damaged or concatenated file); check it")
