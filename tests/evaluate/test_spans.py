"""Span scoring against the Wikipedia NER set's types (pipeline/evaluate/spans.py), hand-built cases."""
import pytest

from pipeline.evaluate import SpanScores, add_sentence

# 「ロシア連邦議会はモスクワにある。」: ロシア連邦議会 0-7 政治的組織名, モスクワ 8-12 地名
GOLD = [(0, 7, "政治的組織名"), (8, 12, "地名")]


@pytest.mark.parametrize("pred, exact_matched, overlap_matched, predicted", [
    ([(0, 7, "ORGANIZATION"), (8, 12, "LOCATION")], 2, 2, 2),
    ([(0, 7, "ORGANIZATION"), (8, 12, "COUNTRY")], 2, 2, 2),  # 地名 accepts COUNTRY
    ([(0, 3, "COUNTRY"), (8, 12, "LOCATION")], 1, 1, 2),  # ロシア alone: wrong type and span
    ([(0, 3, "ORGANIZATION"), (8, 12, "LOCATION")], 1, 2, 2),  # short span, right type: overlap only
    ([(0, 7, "LOCATION")], 0, 0, 1),  # the body typed a place
    ([(0, 7, "ORGANIZATION"), (8, 12, "OTHER")], 1, 1, 1),  # OTHER is outside the set, not counted
])
def test_exact_and_overlap_counts(pred, exact_matched, overlap_matched, predicted):
    sc = SpanScores()
    add_sentence(sc, GOLD, pred)
    assert sc.exact["ALL"].matched == exact_matched
    assert sc.overlap["ALL"].matched == overlap_matched
    assert sc.exact["ALL"].predicted == predicted and sc.exact["ALL"].gold == 2


def test_exact_match_is_not_lost_to_an_earlier_overlap():
    sc = SpanScores()
    # two golds; the first prediction overlaps both, the second is exact for the second gold
    add_sentence(sc, [(0, 2, "地名"), (3, 6, "地名")], [(1, 6, "LOCATION"), (3, 6, "LOCATION")])
    assert sc.exact["ALL"].matched == 1 and sc.overlap["ALL"].matched == 2


def test_per_type_precision_and_recall():
    sc = SpanScores()
    add_sentence(sc, GOLD, [(0, 7, "ORGANIZATION"), (8, 12, "PERSON")])
    assert sc.exact["ORGANIZATION"].f1 == 1.0
    assert sc.exact["PERSON"].predicted == 1 and sc.exact["PERSON"].precision == 0.0
    assert sc.exact["PLACE"].recall == 0.0
