"""Document metadata: detection in the first lines, front matter, manifests and their precedence."""
from pathlib import Path

import pytest

from pipeline.errors import ConfigError
from pipeline.inputs import date_bounds, detect_metadata, front_matter, load_manifest, merge_metadata


@pytest.mark.parametrize(
    "text, expected",
    [
        ("令和５年度防衛白書（抄）について\n\n令和６年３月２９日\n防　衛　省\n\n第１　趣旨\n本文である。",
         {"title": "令和５年度防衛白書（抄）について", "date": "2024-03-29", "publisher": "防衛省", "language": "ja"}),
        ("2024年04月03日\n東南アジア情勢\n本文である。", {"date": "2024-04-03", "title": "東南アジア情勢", "language": "ja"}),
        ("【ジャカルタ共同】インドネシア政府は5日、発表した。",
         {"dateline": "ジャカルタ", "genre": "news", "publisher": "共同通信", "language": "ja"}),
        ("【ハノイ＝共同】中国の習近平国家主席は2023年12月12日、会談した。",
         {"dateline": "ハノイ", "genre": "news", "publisher": "共同通信", "date": "2023-12-12", "language": "ja"}),
        ("バンコク発　タイ政府は発表した。", {"dateline": "バンコク", "genre": "news", "language": "ja"}),
        ("# 概況\n\n*作成：2024年5月／東アジア研究ノート No.12*\n", {"title": "概況", "date": "2024-05", "language": "ja"}),
        # a body line that starts with a date is not the document's date; a numbered heading is no title
        (" 1. ロシアにとっての ASEAN \n\n2023年11月、岸田首相はフィリピンを訪問し、会談に\nおいて合意した。", {"language": "ja"}),
        ("同年7月\n本文。", {"language": "ja"}),  # a relative date has no anchor: not a document date
    ],
)
def test_detect_metadata(text, expected):
    assert detect_metadata(text) == expected


@pytest.mark.parametrize(
    "value, expected",
    [("2024-04", {"value": "2024-04", "earliest": "2024-04-01", "latest": "2024-04-30"}),
     ("2024", {"value": "2024", "earliest": "2024-01-01", "latest": "2024-12-31"}),
     ("2023-12-12", {"value": "2023-12-12", "earliest": "2023-12-12", "latest": "2023-12-12"}),
     ("2024-02", {"value": "2024-02", "earliest": "2024-02-01", "latest": "2024-02-29"}),
     ("199X", None), (None, None)],
)
def test_date_bounds(value, expected):
    assert date_bounds(value) == expected


def test_front_matter_reads_known_fields_and_dates():
    text = "---\ntitle: 日比関係\ndate: 2024-04-03\nauthor: 山田太郎\ntags: [a]\n---\n本文。"
    assert front_matter(text) == ({"title": "日比関係", "date": "2024-04-03", "author": "山田太郎"}, [])
    assert front_matter("本文。\n---\n") == ({}, [])
    meta, problems = front_matter("---\ndate: 来年\n---\n")
    assert meta == {} and problems == ["front matter date '来年' is not a date; it was ignored"]


@pytest.mark.parametrize(
    "text, end",
    [("---\ntitle: 題\n---\n本文。", 17), ("---\r\ntitle: 題\r\n---\r\n本文。", 20), ("本文。\n---\n", 0),
     ("---\ntitle: 題\n本文。", 0),
     ("\ufeff---\ntitle: 題\n---\n本文。", 18)],  # a BOM kept in the text: read as metadata AND skipped as text
)
def test_front_matter_end(text, end):
    from pipeline.inputs import front_matter, front_matter_end

    assert front_matter_end(text) == end
    assert end == 0 or text[end:].startswith("本文")
    assert (front_matter(text)[0].get("title") == "題") is (end > 0)  # the two readers agree


def test_precedence_manifest_over_front_matter_over_detected():
    m = merge_metadata({"title": "M"}, {"title": "F", "author": "A"}, {"title": "D", "date": "2024-01", "language": "ja"})
    assert m == {"title": "M", "date": "2024-01", "publisher": None, "author": "A", "url": None, "language": "ja",
                 "genre": None, "sources": {"author": "front_matter", "date": "detected", "language": "detected",
                                            "title": "manifest"}}


def test_manifest_rows_resolve_paths_and_bad_rows_are_named(tmp_path: Path):
    (tmp_path / "docs").mkdir()
    man = tmp_path / "manifest.csv"
    man.write_text("path,title,date,url\ndocs/a.txt,報告,令和6年4月3日,https://example.org/a\n"
                   ",無題,2024,\ndocs/b.txt,報告B,来週,\ndocs/c.txt,C,2024/4/3,\n", encoding="utf-8")
    rows, problems = load_manifest(man)
    assert rows == {str((tmp_path / "docs" / "a.txt").resolve()): {"title": "報告", "date": "2024-04-03", "url": "https://example.org/a"},
                    str((tmp_path / "docs" / "c.txt").resolve()): {"title": "C", "date": "2024-04-03"}}
    assert problems == [f"{man}: line 3: no path; the row was skipped",
                        f"{man}: line 4: date '来週' is not a date (use 2024-04-03, 2024-04, 2024 or 令和6年4月3日); the row was skipped"]


def test_manifest_without_path_column_or_with_unknown_columns_stops(tmp_path: Path):
    man = tmp_path / "m.tsv"
    man.write_text("file\ttitle\na.txt\tx\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"m\.tsv: line 1: the manifest needs a 'path' column"):
        load_manifest(man)
    man.write_text("path\tpages\na.txt\t3\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"unknown column\(s\) pages"):
        load_manifest(man)
