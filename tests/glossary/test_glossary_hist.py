"""The historical glossary (pipeline/data/glossary_hist.tsv): states, wars, treaties, conferences and
bodies of modern history, linked in sentences written for the test, and the file valid on its own."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import Config
from pipeline.glossary import load_glossary, validate_files

HIST = Path(__file__).resolve().parents[2] / "pipeline" / "data" / "glossary_hist.tsv"


@pytest.fixture(scope="module")
def default():
    return load_glossary(Config().glossary_paths())


@pytest.mark.parametrize("text, surface, label_en", [
    ("1895年の下関条約で戦争は終わった。", "下関条約", "Treaty of Shimonoseki"),
    ("ベルサイユ条約はドイツに賠償を課した。", "ベルサイユ条約", "Treaty of Versailles"),
    ("オスマン帝国は第一次世界大戦で敗れた。", "オスマン帝国", "Ottoman Empire"),
    ("満洲事変の後、日本は国際連盟を脱退した。", "満洲事変", "Mukden Incident"),
    ("満洲事変の後、日本は国際連盟を脱退した。", "国際連盟", "League of Nations"),
    ("日露戦争の講和はポーツマスで結ばれた。", "日露戦争", "Russo-Japanese War"),
    ("ヤルタ会談で戦後の勢力圏が話し合われた。", "ヤルタ会談", "Yalta Conference"),
    ("彼は大日本帝国海軍の士官だった。", "大日本帝国海軍", "Imperial Japanese Navy"),
])
def test_historical_name_links(default, text, surface, label_en):
    found = {m.text: default.get(m.glossary_id).label_en for m in default.matcher().feed(text)}
    assert found.get(surface) == label_en


def test_historical_file_is_valid_on_its_own():
    problems = validate_files([HIST])
    assert problems == []


def test_every_historical_row_says_where_its_english_label_comes_from():
    lines = HIST.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    rows = [dict(zip(header, line.split("\t"))) for line in lines[1:] if line]
    assert len(rows) > 100 and all(r["label_source"] and r["label_en"] for r in rows)
