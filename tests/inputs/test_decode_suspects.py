"""UTF-16 without a BOM was called 'binary'; one invalid byte in a UTF-8 file refused the whole file without an
offset; a NUL after the first 8 KB was stored silently."""
import pytest

from pipeline.errors import DecodeError
from pipeline.inputs import decode, read_document
from pipeline.inputs.suspects import utf8_glitches, utf16_without_bom

JA = "ロシアは2004年11月に東南アジア友好協力条約に調印した。\n"


@pytest.mark.parametrize("data, expected", [
    ("Russia and ASEAN\n".encode("utf-16-le"), "utf-16-le"),
    ("Russia and ASEAN\n".encode("utf-16-be"), "utf-16-be"),
    ((JA * 3).encode("utf-16-le"), "utf-16-le"),         # Japanese: no NUL pattern, but reads as kana/kanji
    (b"\x00\x01\x02PK\x03\x04" * 10, None),               # a zip header is binary
    (JA.encode("utf-8"), None),
])
def test_utf16_without_bom(data, expected):
    assert utf16_without_bom(data) == expected


def test_utf16_without_bom_is_named_in_the_error():
    with pytest.raises(DecodeError) as e:
        decode("Russia and ASEAN signed.\n".encode("utf-16-le"), "a.txt")
    assert str(e.value) == "a.txt: UTF-16 without a BOM? (NUL in every other byte); re-save it as UTF-8, or as UTF-16 with a BOM"


def _one_bad_byte() -> bytes:
    good = (JA * 10).encode("utf-8")
    return good[:100] + b"\xff" + good[100:]


@pytest.mark.parametrize("data, expected", [
    (_one_bad_byte(), [100]),
    ((JA * 10).encode("utf-8"), None),                   # valid: nothing to report
    ((JA * 10).encode("cp932"), None),                   # CP932 is not 'UTF-8 with glitches'
    ((JA * 10).encode("euc_jp"), None),
    (b"abc\xffdef", None),                               # no multibyte evidence that it is UTF-8
])
def test_utf8_glitches(data, expected):
    assert utf8_glitches(data) == expected


def test_one_invalid_byte_gives_its_offset_and_the_option(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes(_one_bad_byte())
    with pytest.raises(DecodeError) as e:
        read_document(f, 10**6)
    assert str(e.value) == (f"{f}: UTF-8 except 1 invalid byte sequence(s), the first at byte offset 100; fix the file, "
                            "or set 'decode_errors: replace' in config.yaml to read it anyway")
    raw = read_document(f, 10**6, decode_errors="replace")
    assert raw.encoding == "utf-8" and raw.text.count("\ufffd") == 1 and raw.text.replace("\ufffd", "") == JA * 10
    assert raw.warnings == ("1 invalid UTF-8 byte sequence(s) replaced with U+FFFD (decode_errors: replace), "
                            "the first at byte offset 100",)


def test_nul_after_the_first_8_kb_is_a_warning(tmp_path):
    f = tmp_path / "a.txt"
    text = JA * 200 + "\x00" + JA  # ~12 KB of UTF-8 before the NUL: past the binary check's sample
    f.write_text(text, encoding="utf-8")
    raw = read_document(f, 10**6)
    assert raw.text == text
    assert raw.warnings == (f"1 NUL character(s) in the text, the first at offset {len(JA) * 200}: the file may be "
                            "partly binary (a damaged or concatenated file); check it",)


def test_decode_errors_is_a_config_key(tmp_path):
    from pipeline.config import load_config
    from pipeline.errors import ConfigError

    cfg = tmp_path / "config.yaml"
    cfg.write_text("decode_errors: replace\n", encoding="utf-8")
    assert load_config(cfg).decode_errors == "replace"
    cfg.write_text("decode_errors: ignore\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="decode_errors"):
        load_config(cfg)
