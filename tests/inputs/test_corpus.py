"""Reading and decoding input files: encodings, binary, empty and oversized files."""
import pytest

from pipeline.inputs.corpus import decode, find_inputs, read_document
from pipeline.errors import DecodeError

JA = "ロシアと東南アジア諸国連合（ASEAN）の関係は、2022年2月に決定的に悪化した。"


@pytest.mark.parametrize(
    "data, encoding",
    [
        (JA.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + JA.encode("utf-8"), "utf-8-sig"),
        (JA.encode("cp932"), "cp932"),
        (JA.encode("shift_jis"), "cp932"),
        (JA.encode("euc_jp"), "euc_jp"),
        (JA.encode("iso2022_jp"), "iso2022_jp"),
        (JA.encode("utf-16"), "utf-16"),
        ("①の件：ﾛｼｱ、髙橋".encode("cp932"), "cp932"),  # CP932-only characters
        ("ア".encode("euc_jp"), "euc_jp"),  # a short text valid in both legacy encodings
    ],
)
def test_decoding(data, encoding):
    text, enc = decode(data)
    assert enc == encoding
    assert text in (JA, "①の件：ﾛｼｱ、髙橋", "ア")


def test_bom_dropped_crlf_kept():
    text, _ = decode(b"\xef\xbb\xbf" + "一行目\r\n二行目".encode("utf-8"))
    assert text == "一行目\r\n二行目"


@pytest.mark.parametrize(
    "data, message",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "x.txt: binary file (NUL or control bytes), not text; convert it to UTF-8 text or remove it from the input"),
        (bytes(range(128, 256)) * 4, "x.txt: not UTF-8, CP932/Shift_JIS or EUC-JP text; convert it to UTF-8"),
    ],
)
def test_undecodable_bytes_name_the_file(data, message):
    with pytest.raises(DecodeError) as e:
        decode(data, "x.txt")
    assert str(e.value) == message


def test_empty_file_is_an_empty_document(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    doc = read_document(p, 1000)
    assert doc.text == "" and doc.warnings == ("empty document",)


def test_oversized_file_is_refused_with_the_fix(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes("あ".encode() * 100)
    with pytest.raises(DecodeError) as e:
        read_document(p, 200)
    assert str(e.value) == f"{p}: 300 bytes is over the limit of 200; raise max_document_bytes in config.yaml or split the file"


def test_doc_id_is_sha256_of_the_bytes(tmp_path):
    import hashlib

    p = tmp_path / "a.txt"
    p.write_bytes(JA.encode("cp932"))
    assert read_document(p, 10**6).doc_id == hashlib.sha256(JA.encode("cp932")).hexdigest()


def test_find_inputs_recursive_sorted_and_missing(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("b.txt", "a.md", "sub/c.txt", "skip.pdf"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    files, problems = find_inputs([str(tmp_path), str(tmp_path / "b.txt"), "nope/"])
    assert [f.relative_to(tmp_path).as_posix() for f in files] == ["a.md", "b.txt", "sub/c.txt"]
    assert problems == [("nope/", "nope/: no such file or folder; check the path")]
