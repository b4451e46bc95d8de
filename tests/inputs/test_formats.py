"""Which files a folder gives: supported ones by suffix, the rest listed once, none at all an error."""
from collections import Counter

import pytest

from pipeline.errors import PipelineError
from pipeline.inputs import SUPPORTED, find_documents, skipped_message


def _touch(folder, *names):
    for n in names:
        p = folder / n
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(b"x")


def test_supported_files_found_and_others_counted(tmp_path):
    _touch(tmp_path, "a.txt", "b.PDF", "sub/c.html", "sub/d.docx", "e.htm", "x.doc", "y.doc", "z.xlsx", ".DS_Store")
    files, problems, skipped = find_documents([str(tmp_path)])
    assert sorted(f.name for f in files) == ["a.txt", "b.PDF", "c.html", "d.docx", "e.htm"]
    assert problems == [] and skipped == Counter({".doc": 2, ".xlsx": 1})
    assert skipped_message(skipped) == "skipped 3 files with unsupported types: .doc ×2, .xlsx ×1"


def test_folder_without_supported_files_is_an_error_listing_the_types(tmp_path):
    _touch(tmp_path, "scan.tiff", "old.doc")
    with pytest.raises(PipelineError) as e:
        find_documents([str(tmp_path)])
    assert e.value.exit_code == 2
    assert str(tmp_path) in str(e.value) and all(s in str(e.value) for s in SUPPORTED)


def test_unsupported_file_named_on_the_command_line_is_an_error_row(tmp_path):
    _touch(tmp_path, "table.xlsx", "a.md")
    files, problems, _ = find_documents([str(tmp_path / "table.xlsx"), str(tmp_path / "a.md")])
    assert [f.name for f in files] == ["a.md"]
    assert len(problems) == 1 and "unsupported type .xlsx" in problems[0][1]


def test_cli_lists_skipped_files_once_and_exits_2_on_an_empty_folder(tmp_path):
    from pipeline.cli import main

    _touch(tmp_path / "in", "a.doc")
    assert main(["run", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--quiet"]) == 2
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("name, module, extra", [
    ("a.pdf", "pdfminer.layout", "pdf"), ("a.html", "trafilatura", "html"), ("a.docx", "docx", "docx"),
])
def test_missing_extra_is_one_line_with_the_pip_install_fix(tmp_path, monkeypatch, name, module, extra):
    import sys

    from pipeline.errors import DecodeError
    from pipeline.inputs import read_any

    monkeypatch.setitem(sys.modules, module, None)  # as if the package were not installed
    (tmp_path / name).write_bytes(b"<html></html>")
    with pytest.raises(DecodeError) as e:
        read_any(tmp_path / name, 10**6)
    assert f"pip install -e '.[{extra}]'" in str(e.value) and "\n" not in str(e.value)
