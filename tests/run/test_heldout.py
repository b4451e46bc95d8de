"""Four documents in styles the seed does not have (single-spaced PDF text with a notes section, an
official notice with 令和 dates and full-width digits, a Markdown brief, CP932 news), written with hand
expectations (tests/data/heldout/*.expected). What must hold for any document."""
import json
from pathlib import Path

import pytest

from support import footnote_free, squeeze

HELDOUT = Path(__file__).resolve().parents[1] / "data" / "heldout"
DOCS = sorted(p for p in HELDOUT.iterdir() if p.suffix in (".txt", ".md"))


@pytest.fixture(scope="module")
def heldout(resources, tmp_path_factory):
    from pipeline.run.batch import run

    out = tmp_path_factory.mktemp("heldout")
    summary = run([str(p) for p in DOCS], out, resources.config, resources=resources, progress=False)
    assert summary.failed == []
    docs = [json.loads(line) for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    return {Path(d["source"]).name: d for d in docs}


def test_all_four_processed_with_their_encodings(heldout):
    assert {n: d["encoding"] for n, d in heldout.items()} == {
        "a_japan_philippines_report.txt": "utf-8", "b_mod_official_notice.txt": "utf-8",
        "c_marcos_xi_brief.md": "utf-8", "d_vietnam_china_news_cp932.txt": "cp932"}


def test_every_record_text_is_its_evidence(heldout):
    for name, doc in heldout.items():
        for kind in ("entities", "dates", "quantities", "claims"):
            for r in doc[kind]:
                assert footnote_free(doc, r["start"], r["end"]) == squeeze(r["text"]), (name, kind, r)


def test_footnotes_only_where_there_are_notes(heldout):
    a = heldout["a_japan_philippines_report.txt"]
    assert [f["n"] for f in a["footnotes"]] == list(range(1, 12))
    assert all(a["text"][f["start"]:f["end"]] == str(f["n"]) for f in a["footnotes"])
    for name in ("b_mod_official_notice.txt", "c_marcos_xi_brief.md", "d_vietnam_china_news_cp932.txt"):
        assert heldout[name]["footnotes"] == [], name  # 「…」に2段階, 年2〜3割 are numbers


def test_no_claims_from_headings_tables_notes_or_bylines(heldout):
    for name, doc in heldout.items():
        for c in doc["claims"]:
            assert not c["text"].startswith(("1-1.", "第1章", "■", "|", "*", "注", "1 外務省")), (name, c["text"])
            assert "|" not in c["text"], (name, c["text"])


@pytest.mark.parametrize(
    "name, surface, glossary_id",
    [
        ("a_japan_philippines_report.txt", "岸田文雄", "person:fumio-kishida"),
        ("a_japan_philippines_report.txt", "中国海警局", "org:china-coast-guard"),
        ("a_japan_philippines_report.txt", "常設仲裁裁判所", "org:pca"),
        ("b_mod_official_notice.txt", "ＮＡＴＯ", "org:nato"),  # full-width Latin
        ("c_marcos_xi_brief.md", "Ferdinand Marcos Jr.", "person:ferdinand-marcos-jr"),
        ("c_marcos_xi_brief.md", "Xi Jinping", "person:xi-jinping"),
        ("d_vietnam_china_news_cp932.txt", "グエン・フー・チョン", "person:nguyen-phu-trong"),
        ("d_vietnam_china_news_cp932.txt", "中越戦争", "event:sino-vietnamese-war"),
    ],
)
def test_entities_link_in_unseen_documents(heldout, name, surface, glossary_id):
    assert glossary_id in {e["glossary_id"] for e in heldout[name]["entities"] if e["text"] == surface}


@pytest.mark.parametrize(
    "name, surface, value",
    [
        ("b_mod_official_notice.txt", "令和６年３月２９日", "2024-03-29"),
        ("b_mod_official_notice.txt", "令和５年度から令和９年度まで", "2023-04/2028-03"),
        ("c_marcos_xi_brief.md", "2023年1月3日〜5日", "2023-01-03/2023-01-05"),
        ("d_vietnam_china_news_cp932.txt", "1979年2月", "1979-02"),
        ("d_vietnam_china_news_cp932.txt", "翌年12月", "2000-12"),
    ],
)
def test_dates_in_unseen_documents(heldout, name, surface, value):
    assert value in {d["value"] for d in heldout[name]["dates"] if d["text"] == surface}
