"""Durations are dates records since issue 10: claims list them in `dates` (with their kind), never
in `quantities`, and they do not make a claim quantitative (as duration quantities did not)."""
from pipeline.claims import extract_claims, load_event_lexicon
from pipeline.temporal import extract_dates, find_quantities


def _claims(nlp, text):
    return extract_claims(nlp(text), [], extract_dates(text), find_quantities(text), [], load_event_lexicon(),
                          block_kind="paragraph")


def test_duration_is_a_claim_date_not_an_amount(nlp):
    (c,) = _claims(nlp, "両国の協力は20年以上続いている。")
    assert c.dates == ({"value": "P20Y", "earliest": None, "latest": None, "kind": "duration"},)
    assert (c.quantities, c.type) == ((), "event")


def test_amount_beside_a_duration_still_makes_the_claim_quantitative(nlp):
    (c,) = _claims(nlp, "輸出は5年間で2倍に増えた。")
    assert [d["value"] for d in c.dates] == ["P5Y"]
    assert [q["unit"] for q in c.quantities] and c.type == "quantitative"
