"""The corpus page's data: actors in the same claims, counted by hand."""


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
