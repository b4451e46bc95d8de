"""The seed laid out as a PDF gives what the seed .txt gives, with the page of every record."""
from collections import Counter

import pytest

from support import PDF_HEADER, footnote_free, squeeze

pytest.importorskip("pdfminer")

KINDS = ("entities", "dates", "quantities", "footnotes", "claims")


def _line_at(text: str, offset: int) -> str:
    """The squeezed line holding `offset` (‒ read back from the CID font as the – drawn)."""
    return squeeze(text[text.rfind("\n", 0, offset) + 1: text.find("\n", offset) % (len(text) + 1)]).replace("‒", "–")


def test_same_entities_dates_and_claims_as_the_txt(seed_run, seed_pdf_run):
    txt, pdf = seed_run[2], seed_pdf_run[2]
    assert seed_pdf_run[0].failed == [] and pdf["format"] == "pdf" and pdf["pages"] == len(seed_pdf_run[1])
    ent = lambda e: (squeeze(e["text"]), e["type"], e["glossary_id"])  # noqa: E731  (the text is the original's: a PDF line break inside a name is kept)
    assert Counter(map(ent, pdf["entities"])) == Counter(map(ent, txt["entities"]))
    date = lambda d: (squeeze(d["text"]).replace("‒", "–"), d["value"], d["earliest"], d["latest"])  # noqa: E731
    assert Counter(map(date, pdf["dates"])) == Counter(map(date, txt["dates"]))
    qty = lambda q: (squeeze(q["text"]), q["value"], q["unit"])  # noqa: E731
    assert Counter(map(qty, pdf["quantities"])) == Counter(map(qty, txt["quantities"]))
    assert [f["n"] for f in pdf["footnotes"]] == list(range(1, 21))
    claim = lambda c: (c["text"], c["predicate"], (c["subject"] or {}).get("glossary_id"), c["modality"])  # noqa: E731
    assert Counter(map(claim, pdf["claims"])) == Counter(map(claim, txt["claims"]))


def test_every_record_has_the_page_it_was_drawn_on(seed_pdf_run):
    _, drawn, doc = seed_pdf_run
    pages = [{squeeze(line) for line in page} for page in drawn]
    for kind in KINDS:
        for r in doc[kind]:
            assert r["page"] is not None and squeeze(_line_at(doc["text"], r["start"])) in pages[r["page"] - 1], (kind, r)
            last = r["page_end"] or r["page"]
            assert r["page_end"] != r["page"]
            assert squeeze(_line_at(doc["text"], r["end"] - 1)) in pages[last - 1], (kind, r)
    assert {r["page"] for r in doc["entities"]} == set(range(1, len(drawn) + 1))
    assert any(c["page_end"] for c in doc["claims"])  # a sentence running over a page break


def test_headers_and_page_numbers_are_in_no_claim_and_evidence_holds(seed_pdf_run):
    doc = seed_pdf_run[2]
    header = squeeze(PDF_HEADER)
    for c in doc["claims"]:
        assert header not in squeeze(c["text"]) and "-1-" not in squeeze(c["text"])
    for kind in ("entities", "dates", "quantities", "claims"):
        for r in doc[kind]:
            evidence = footnote_free(doc, r["start"], r["end"]).replace(header, "")
            assert evidence == squeeze(r["text"]), (kind, r)


def test_txt_records_have_no_page(seed_run):
    doc = seed_run[2]
    assert doc["format"] == "txt" and doc["pages"] is None
    assert all(r["page"] is None and r["page_end"] is None for k in KINDS for r in doc[k])


def test_entity_scores_against_the_gold_list_match_the_txt(seed_run, seed_pdf_run):
    from pathlib import Path

    from pipeline.evaluate import read_gold, score

    gold = read_gold(Path(__file__).resolve().parents[1] / "data" / "seed_gold_entities.tsv")
    txt, pdf = (score(gold, [(e["text"], e["type"], e["glossary_id"]) for e in d["entities"]])
                for d in (seed_run[2], seed_pdf_run[2]))
    f1 = lambda s: 2 * s.precision * s.recall / (s.precision + s.recall)  # noqa: E731
    assert abs(f1(pdf) - f1(txt)) <= 0.02 and abs(pdf.link_accuracy - txt.link_accuracy) <= 0.02
