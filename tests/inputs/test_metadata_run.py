"""Metadata end to end: manifest (with a bad row) > front matter > detected, through `pipeline run`."""
import json

import pytest

from pipeline import cli


@pytest.fixture
def with_manifest(monkeypatch, resources):
    """CLI runs reuse the session's model and glossary; the manifest is loaded from the run's config."""
    import pipeline.run.batch as batch
    from pipeline.inputs import load_manifest

    def load(config):
        rows, problems = load_manifest(config.resolve(config.metadata)) if config.metadata else ({}, [])
        return resources.__class__(resources.nlp, resources.glossary, resources.lexicon, config, rows, tuple(problems))

    monkeypatch.setattr(batch, "load_resources", load)


def test_run_with_a_manifest_front_matter_and_detection(tmp_path, capsys, with_manifest):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "a.md").write_text("---\ntitle: 前書きの題\nauthor: 山田太郎\ndate: 2024-04-03\n---\n\n"
                              "ロシアはベトナムに武器を売却した。\n", encoding="utf-8")
    (inp / "b.txt").write_text("日越関係の現状\n\n2023年12月12日\n\n日本はベトナムと会談した。その後、両国は協力を強化した。\n", encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("path,title,publisher\nin/a.md,名簿の題,東アジア研究所\n,題のない行,\n", encoding="utf-8")
    out = tmp_path / "out"
    code = cli.main(["run", str(inp), "--out", str(out), "--quiet", "--metadata", str(manifest)])
    err = capsys.readouterr().err
    assert code == 0
    assert f"Warning: {manifest}: line 3: no path; the row was skipped" in err
    docs = {json.loads(x)["source"].split("/")[-1]: json.loads(x) for x in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()}
    a, b = docs["a.md"]["metadata"], docs["b.txt"]["metadata"]
    assert (a["title"], a["publisher"], a["author"], a["date"]) == ("名簿の題", "東アジア研究所", "山田太郎", "2024-04-03")
    assert a["sources"] == {"author": "front_matter", "date": "front_matter", "language": "detected",
                            "publisher": "manifest", "title": "manifest"}
    assert (b["title"], b["date"], b["sources"]["date"]) == ("日越関係の現状", "2023-12-12", "detected")
    # a claim with no date of its own and none before it is dated by the document
    (claim,) = docs["a.md"]["claims"]
    assert claim["when"] == {"value": "2024-04-03", "earliest": "2024-04-03", "latest": "2024-04-03", "source": "document"}
    meet, later = docs["b.txt"]["claims"]
    assert meet["targets"][0]["glossary_id"] == "country:vnm"
    assert later["dates"] == [] and later["when"]["source"] == "narrative" and later["when"]["value"] == "2023-12-12"
    events = [json.loads(x) for x in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    pairs = {(e["source_actor"]["glossary_id"], e["target_actor"]["glossary_id"], e["event_type"])
             for e in events if e["target_actor"]}
    assert pairs == {("country:rus", "country:vnm", "COOPERATE"), ("country:jpn", "country:vnm", "CONSULT")}
    # 両国は協力を強化した: 両国 is the pair named before (Japan, Vietnam), one event per subject, no target
    assert len(events) == 4
    assert {e["source_actor"]["glossary_id"] for e in events if not e["target_actor"]} == {"country:jpn", "country:vnm"}
