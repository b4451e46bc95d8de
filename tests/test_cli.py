"""The command line as a user meets it: exit codes, one-line errors, a batch that goes on."""
import json
import sqlite3
import subprocess
import sys

import pytest

from pipeline import cli

JA = "ロシアは2004年11月に東南アジア友好協力条約に調印した。"


def test_help_does_not_load_the_model():
    code = "import sys, pipeline.cli as c\ntry:\n    c.main(['--help'])\nexcept SystemExit:\n    pass\nprint('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "pipeline run" in out.stdout and out.stdout.strip().endswith("False")


@pytest.fixture
def use_resources(monkeypatch, resources):
    """Let CLI runs reuse the session's loaded model and glossary instead of loading them again."""
    import pipeline.run.batch as batch

    monkeypatch.setattr(batch, "load_resources", lambda config: resources.__class__(
        resources.nlp, resources.glossary, resources.lexicon, config))


def test_bad_inputs_are_reported_and_the_batch_goes_on(tmp_path, capsys, use_resources):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "a_cp932.txt").write_bytes(JA.encode("cp932"))
    (inp / "b_eucjp.txt").write_bytes(JA.encode("euc_jp"))
    (inp / "c_binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 10)
    (inp / "d_empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    code = cli.main(["run", str(inp), "--out", str(out), "--quiet"])
    err = capsys.readouterr().err
    assert code == 1  # some documents failed
    assert f"Error: {inp / 'c_binary.txt'}: binary file (NUL or control bytes), not text; convert it to UTF-8 text or remove it from the input" in err
    docs = {json.loads(line)["source"].split("/")[-1]: json.loads(line) for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()}
    assert sorted(docs) == ["a_cp932.txt", "b_eucjp.txt", "d_empty.txt"]
    assert docs["a_cp932.txt"]["encoding"] == "cp932" and docs["b_eucjp.txt"]["encoding"] == "euc_jp"
    assert docs["a_cp932.txt"]["text"] == JA
    assert any(e["text"] == "東南アジア友好協力条約" for e in docs["b_eucjp.txt"]["entities"])
    assert docs["d_empty.txt"]["entities"] == [] and docs["d_empty.txt"]["warnings"] == ["empty document"]
    con = sqlite3.connect(out / "pipeline.sqlite")
    assert con.execute("SELECT source, path, stage FROM errors").fetchall() == [
        ("c_binary.txt", str((inp / "c_binary.txt").resolve()), "read")]  # source relative to the input root


def test_document_over_sudachi_limit(tmp_path):
    """Model-free: a 60,000-byte paragraph (over Sudachi's 49,149-byte limit) is cut by the default
    chunk size into chunks Sudachi accepts, together the whole text, each mapping back to itself."""
    from pipeline.config import Config
    from pipeline.text.chunks import SUDACHI_MAX_BYTES, split_block
    from pipeline.text.repair import repair

    para = "ロシアは2005年12月にクアラルンプールで第一回ASEAN-ロシアサミットを開催した。"
    text = para * 500
    assert len(text.encode()) > SUDACHI_MAX_BYTES
    (block,) = repair(text)
    chunks, warnings = split_block(block, Config().chunk_bytes)
    assert warnings == [] and len(chunks) == 5  # 59,500 bytes / 12,000 per chunk
    assert all(len(c.text.encode()) <= Config().chunk_bytes < SUDACHI_MAX_BYTES for c in chunks)
    assert "".join(c.text for c in chunks) == text
    for c in chunks:
        s, e = c.to_original(0, len(c.text))
        assert text[s:e] == c.text


def test_document_in_many_chunks_end_to_end(tmp_path, use_resources):
    """One end-to-end case of a paragraph analysed in chunks: entities of every chunk, offsets into
    the original text (a small chunk size keeps the model's work small)."""
    para = "ロシアは2005年12月にクアラルンプールで第一回ASEAN-ロシアサミットを開催した。"
    text = para * 30  # 3,570 bytes in one paragraph, in chunks of at most 1,000 bytes
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    cfg = tmp_path / "config.yaml"
    cfg.write_text("chunk_bytes: 1000\n", encoding="utf-8")
    out = tmp_path / "out"
    assert cli.main(["run", str(tmp_path / "long.txt"), "--out", str(out), "--config", str(cfg), "--quiet"]) == 0
    doc = json.loads((out / "documents.jsonl").read_text(encoding="utf-8"))
    kl = [e for e in doc["entities"] if e["text"] == "クアラルンプール"]
    assert [e["start"] for e in kl] == [i * len(para) + para.index("クアラルンプール") for i in range(30)]
    assert len([d for d in doc["dates"] if d["value"] == "2005-12"]) == 30


def test_config_errors_name_the_key(tmp_path, capsys):
    cfg = tmp_path / "config.yaml"
    cfg.write_text("outptu: x\n", encoding="utf-8")
    assert cli.main(["run", "--config", str(cfg)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"Error: {cfg}: unknown key 'outptu'; known keys: input, output,")
    cfg.write_text("fuzzy_threshold: 3\n", encoding="utf-8")
    assert cli.main(["run", "--config", str(cfg)]) == 2
    assert capsys.readouterr().err.strip() == (
        f"Error: {cfg}: key 'fuzzy_threshold': Input should be less than or equal to 1 (got 3)")
    cfg.write_text("input: [a\n", encoding="utf-8")
    assert cli.main(["run", "--config", str(cfg)]) == 2
    assert "is not valid YAML" in capsys.readouterr().err


def test_inspect_without_a_database(tmp_path, capsys):
    assert cli.main(["inspect", "--out", str(tmp_path)]) == 2
    assert capsys.readouterr().err.strip() == f"Error: {tmp_path / 'pipeline.sqlite'}: no database yet; run 'pipeline run' first (or pass --out DIR)"


def test_inspect_seed(seed_run, capsys):
    summary, out, doc = seed_run
    assert cli.main(["inspect", "000_3045bcbfc1055805.txt", "--out", str(out), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["doc_id"] == doc["doc_id"] and len(data["footnotes"]) == 20
    assert cli.main(["inspect", doc["doc_id"][:10], "--out", str(out), "--claims"]) == 0
    shown = capsys.readouterr().out
    assert "Russia" in shown and "Footnote markers (20)" in shown and "Claims (" in shown


def test_glossary_validate_lists_every_problem(capsys):
    from pathlib import Path

    bad = Path(__file__).parent / "data" / "glossary_bad.tsv"
    assert cli.main(["glossary", "validate", str(bad)]) == 2
    out = capsys.readouterr()
    lines = out.out.strip().splitlines()
    assert lines[0] == "glossary_bad.tsv:3: duplicate id country:rus (first at line 2)"
    assert "glossary_bad.tsv:6: bad QID 'q12' (expected Q followed by digits, e.g. Q159)" in lines
    assert len(lines) == 6 and out.err.strip() == "6 problem(s) found"


def test_default_glossary_is_valid(capsys):
    from pipeline.config import PACKAGE_DATA

    assert cli.main(["glossary", "validate", str(PACKAGE_DATA / "glossary.tsv")]) == 0


def test_broken_glossary_stops_the_run_before_anything_is_written(tmp_path, capsys):
    from pathlib import Path

    bad = Path(__file__).parent / "data" / "glossary_bad.tsv"
    cfg = tmp_path / "config.yaml"
    cfg.write_text(f"glossaries: [default, {bad}]\noutput: out\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(JA, encoding="utf-8")
    assert cli.main(["run", str(tmp_path / "a.txt"), "--config", str(cfg), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert err.splitlines()[1].strip() == "glossary_bad.tsv:3: duplicate id country:rus (first at line 2)"
    assert not (tmp_path / "out").exists()


def test_a_user_glossary_extends_and_overrides_the_default(tmp_path, resources):
    from pipeline.run.batch import load_resources
    from pipeline.config import load_config

    mine = tmp_path / "mine.tsv"
    mine.write_text(
        "id\ttype\tlabel_ja\tlabel_en\taliases_ja\n"
        "org:asean\tORGANIZATION\t東南アジア諸国連合\tASEAN (our label)\tASEAN\n"
        "other:friendly-states\tOTHER\t友好国\tfriendly states\t\n",
        encoding="utf-8",
    )
    cfg = tmp_path / "config.yaml"
    cfg.write_text("glossaries: [default, mine.tsv]\n", encoding="utf-8")
    config = load_config(cfg)
    glossary = load_resources(config).glossary
    assert glossary.get("org:asean").label_en == "ASEAN (our label)"
    assert glossary.get("country:rus").label_en == "Russia"  # the default is still there
    (m,) = [m for m in glossary.matcher().feed("伝統的な友好国に限定") if m.text == "友好国"]
    assert m.glossary_id == "other:friendly-states"


def test_glossary_suggest_lists_unlinked_entities(seed_run, capsys):
    summary, out, doc = seed_run
    assert cli.main(["glossary", "suggest", "--out", str(out), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    linked = {e["text"] for e in doc["entities"] if e["glossary_id"]}
    assert rows and not {r["label_ja"] for r in rows} & linked
    top = rows[0]
    assert set(top) >= {"id", "type", "label_ja", "label_en", "notes"} and top["label_en"].isascii()


def test_abbreviation_defined_in_text_is_proposed_as_an_alias(tmp_path, capsys, resources):
    import pipeline.run.batch as batch
    from pipeline.config import load_config

    mine = tmp_path / "mine.tsv"
    mine.write_text("id\ttype\tlabel_ja\tlabel_en\norg:asean\tORGANIZATION\t東南アジア諸国連合\tAssociation of Southeast Asian Nations\n", encoding="utf-8")
    cfg = tmp_path / "config.yaml"
    cfg.write_text("glossaries: [mine.tsv]\noutput: out\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("東南アジア諸国連合（ASEAN）は拡大した。ASEANの議長国はタイである。", encoding="utf-8")
    config = load_config(cfg)
    summary = batch.run([str(tmp_path / "a.txt")], tmp_path / "out", config,
                        resources=batch.load_resources(config), progress=False)
    assert summary.failed == []
    doc = json.loads((tmp_path / "out" / "documents.jsonl").read_text(encoding="utf-8"))
    later = [e for e in doc["entities"] if e["text"] == "ASEAN"]
    assert [(e["glossary_id"], e["match"]) for e in later] == [("org:asean", "abbreviation")] * 2
    assert cli.main(["glossary", "suggest", "--config", str(cfg), "--json"]) == 0
    first = json.loads(capsys.readouterr().out)[0]
    assert (first["id"], first["aliases_en"]) == ("org:asean", "ASEAN")


def test_output_folder_that_cannot_be_created(tmp_path, capsys, use_resources):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    (tmp_path / "a.txt").write_text(JA, encoding="utf-8")
    assert cli.main(["run", str(tmp_path / "a.txt"), "--out", str(blocker / "out"), "--quiet"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"Error: {blocker / 'out' / 'pipeline.sqlite'}: cannot open the database (") and err.endswith("choose another --out folder")


def test_same_bytes_under_two_paths_is_one_document_with_a_warning(tmp_path, capsys, use_resources):
    for name in ("a.txt", "copy_of_a.txt"):
        (tmp_path / name).write_text(JA, encoding="utf-8")
    out = tmp_path / "out"
    assert cli.main(["run", str(tmp_path / "a.txt"), str(tmp_path / "copy_of_a.txt"), "--out", str(out), "--quiet"]) == 0
    err = capsys.readouterr().err
    assert f"Warning: {tmp_path / 'copy_of_a.txt'} has the same bytes as {tmp_path / 'a.txt'}: one document, now listed under {tmp_path / 'copy_of_a.txt'}" in err
    assert len((out / "documents.jsonl").read_text(encoding="utf-8").splitlines()) == 1
