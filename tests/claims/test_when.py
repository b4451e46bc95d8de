"""Claim `when`: explicit date, else the narrative's last date, else the document's date."""
import pytest

from pipeline.claims import claim_when
from pipeline.records import Claim, DateMention

DATES = [DateMention(0, 7, "2014年3月", "2014-03", "2014-03-01", "2014-03-31"),
         DateMention(20, 26, "1990年代", "199X", "1990-01-01", "1999-12-31"),
         DateMention(40, 48, "2022年2月〜", "2022-02/..", "2022-02-01", None)]
DOC = {"value": "2024-04-03", "earliest": "2024-04-03", "latest": "2024-04-03"}


@pytest.mark.parametrize(
    "start, dates, doc, expected",
    [
        (50, ({"value": "2023", "earliest": "2023-01-01", "latest": "2023-12-31"},), DOC,
         {"value": "2023", "earliest": "2023-01-01", "latest": "2023-12-31", "source": "explicit"}),
        # decades and open intervals do not place an event: the last point date before it does
        (50, (), DOC, {"value": "2014-03", "earliest": "2014-03-01", "latest": "2014-03-31", "source": "narrative"}),
        (0, (), DOC, {"value": "2024-04-03", "earliest": "2024-04-03", "latest": "2024-04-03", "source": "document"}),
        (0, (), None, None),
    ],
)
def test_claim_when(start, dates, doc, expected):
    claim = Claim(start, start + 5, "x" * 5, "する", dates=dates)
    assert claim_when(claim, DATES, doc) == expected
