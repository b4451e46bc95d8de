"""The package's, the store's and the corrections folder's fingerprints were three copies of one file
hash (one keyed by bare file names): pipeline/digest.py is the one formula, checked here by hand."""
import hashlib

from pipeline.digest import files_digest, folder_digest


def _by_hand(*entries: tuple[str, bytes]) -> str:
    h = hashlib.sha256()
    for name, data in entries:
        h.update(name.encode() + b"\0" + data + b"\0")
    return h.hexdigest()


def test_a_folder_digest_covers_each_files_relative_path_and_bytes(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "訂正.json").write_text('{"label_en": "Ministry of Defense"}', encoding="utf-8")
    (tmp_path / "a.txt").write_bytes("防衛省".encode())
    expected = _by_hand(("a.txt", "防衛省".encode()), ("sub/訂正.json", '{"label_en": "Ministry of Defense"}'.encode()))
    assert folder_digest(tmp_path) == expected
    (tmp_path / "a.txt").rename(tmp_path / "b.txt")  # the same bytes under another name: another digest
    assert folder_digest(tmp_path) != expected


def test_a_missing_folder_digests_like_an_empty_one(tmp_path):
    assert folder_digest(tmp_path / "none") == folder_digest(tmp_path) == hashlib.sha256(b"").hexdigest()


def test_files_digest_keeps_the_order_it_is_given(tmp_path):
    for name in ("x.py", "y.py"):
        (tmp_path / name).write_text(name, encoding="utf-8")
    x, y = tmp_path / "x.py", tmp_path / "y.py"
    assert files_digest(tmp_path, [x, y]) == _by_hand(("x.py", b"x.py"), ("y.py", b"y.py"))
    assert files_digest(tmp_path, [y, x]) != files_digest(tmp_path, [x, y])
