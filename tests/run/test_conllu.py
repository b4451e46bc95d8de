"""CoNLL-U export helpers (run/conllu.py): a plain-text source is never read again, and the chunk and
batch sizes come from the config alone."""
from types import SimpleNamespace

import pytest

from pipeline import inputs
from pipeline.config import Config
from pipeline.run.conllu import document_conllu, source_line_kinds

TEXT = "日本政府は昨日、米国と新たな協定を結んだと発表した。\n"


def _doc(path):
    return SimpleNamespace(path=str(path), doc_id="a" * 64, text=TEXT, source=path.name, entities=[])


@pytest.mark.parametrize("name", ["statement.txt", "NOTES.MD", "no_suffix"])
def test_a_plain_text_source_is_not_decoded_again(tmp_path, monkeypatch, name):
    # regression: source_line_kinds re-read and decoded every plain file, whose line kinds are always None
    path = tmp_path / name
    path.write_text(TEXT, encoding="utf-8")
    monkeypatch.setattr(inputs, "read_any", lambda *a, **k: pytest.fail(f"{name} was read again"))
    assert source_line_kinds(_doc(path), Config()) is None


def test_an_html_source_is_read_again_for_its_layout(tmp_path, monkeypatch):
    path = tmp_path / "page.html"
    path.write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    read = []
    monkeypatch.setattr(inputs, "read_any", lambda p, *a: read.append(p) or SimpleNamespace(
        doc_id="a" * 64, text=TEXT, line_kinds={0: "heading"}))
    assert source_line_kinds(_doc(path), Config()) == {0: "heading"} and read == [path]


def test_document_conllu_takes_its_sizes_from_the_config(nlp, tmp_path):
    text = document_conllu(_doc(tmp_path / "a.txt"), nlp, Config(chunk_bytes=8000, batch_chars=4000, batch_size=4))
    lines = text.splitlines()
    assert lines[:2] == [f"# newdoc id = {'a' * 64}", "# source = a.txt"]
    assert lines[4].split("\t")[:2] == ["1", "日本"] and "Start=0" in lines[4] and "End=2" in lines[4]
