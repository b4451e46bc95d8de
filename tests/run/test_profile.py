"""--profile: seconds per stage, printed and stored in runs.profile."""
import json
import shutil
import sqlite3
from pathlib import Path

from pipeline import cli
from pipeline.run.profile import STAGES, summary_line

DEV = Path(__file__).resolve().parent.parent / "data" / "dev"


def test_profile_times_every_stage_and_stores_them(resources, tmp_path, capsys, monkeypatch):
    from pipeline.run.batch import run

    shutil.copy(DEV / "news_01.txt", tmp_path / "a.txt")
    config = resources.config.model_copy(update={"profile": True})
    from dataclasses import replace

    summary = run([str(tmp_path / "a.txt")], tmp_path / "out", config, resources=replace(resources, config=config),
                  progress=False, cache=False)
    assert set(summary.profile) == set(STAGES)
    assert all(v >= 0 for v in summary.profile.values()) and summary.profile["parse"] > 0
    con = sqlite3.connect(tmp_path / "out" / "pipeline.sqlite")
    assert json.loads(con.execute("SELECT profile FROM runs").fetchone()[0]) == summary.profile


def test_without_profile_nothing_is_stored(seed_run):
    summary, out, _ = seed_run
    con = sqlite3.connect(out / "pipeline.sqlite")
    assert summary.profile is None and con.execute("SELECT profile FROM runs").fetchone()[0] is None


def test_the_profile_line_gives_seconds_and_shares():
    line = summary_line({"parse": 3.0, "glossary": 1.0}, 5.0)
    assert line == "Profile (5.0s wall, 4.0s in stages): parse 3.00s (75%), glossary 1.00s (25%)"
