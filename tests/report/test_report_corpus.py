"""The corpus page's data: actors in the same claims, counted by hand."""
import pytest


def test_cooccurrence_counts_claims_shared_by_actors():
    from pipeline.records import ArgRef, Claim, Document
    from pipeline.report.corpus import cooccurrence

    rus, vnm, asean = (ArgRef(t, glossary_id=g, label_en=l) for t, g, l in (
        ("ロシア", "country:rus", "Russia"), ("ベトナム", "country:vnm", "Vietnam"), ("ASEAN", "org:asean", "ASEAN")))
    doc = Document("d", "s", "utf-8", "x")
    doc.claims = [Claim(0, 1, "x", "支援", rus, (vnm,)), Claim(0, 1, "x", "会談", rus, (vnm, asean)),
                  Claim(0, 1, "x", "述べる", ArgRef("彼")), Claim(0, 1, "x", "発展", asean)]
    co = cooccurrence([doc])
    assert co["actors"] == ["Russia", "Vietnam", "ASEAN"]
    assert co["matrix"] == [[2, 2, 1], [2, 2, 1], [1, 1, 2]]


def test_plots_of_an_empty_corpus_are_empty_not_an_error():
    from pipeline.report import plots

    if not plots.available():
        pytest.skip("matplotlib not installed (extra [report])")
    assert plots.cooccurrence_svg({"actors": [], "ids": [], "matrix": [], "pairs": []}) == ""
    assert plots.timeline_svg([]) == "" and plots.top_entities_svg([]) == ""


def test_bce_claims_sort_by_time_and_do_not_break_the_timeline():
    from pipeline.records import Claim, Document
    from pipeline.report import plots
    from pipeline.report.corpus import timeline

    d = lambda v, e: ({"value": v, "earliest": e, "latest": e},)  # noqa: E731
    doc = Document("f" * 64, "x.txt", "utf-8", "x", claims=[
        Claim(0, 1, "x", "建国する", dates=d("-0499", "-0499-01-01"), id="c1"),
        Claim(0, 1, "x", "建国する", dates=d("-1999", "-1999-01-01"), id="c2"),
        Claim(0, 1, "x", "会談する", dates=d("2020", "2020-01-01"), id="c3")])
    assert [r["claim_id"] for r in timeline([doc])] == ["c2", "c1", "c3"]  # 2000 BCE, 500 BCE, 2020
    if plots.available():
        assert "<svg" in plots.timeline_svg(timeline([doc]))
