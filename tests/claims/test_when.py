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


def test_a_documents_claims_get_the_narrative_date_in_force_at_each_position():
    from pipeline.claims import claims_when

    dates = [DateMention(30, 35, "2016年", "2016", "2016-01-01", "2016-12-31"),   # out of order on purpose
             DateMention(0, 5, "2014年", "2014", "2014-01-01", "2014-12-31"),
             DateMention(10, 15, "2015年", "2015", "2015-01-01", "2015-12-31"),
             DateMention(10, 15, "2015年", "2015-06", "2015-06-01", "2015-06-30")]   # the same span: the first listed wins
    claims = [Claim(s, s + 3, "xxx", "する") for s in (2, 5, 14, 15, 29, 40)]
    got = [(c.when or {}).get("value") for c in claims_when(claims, dates, None)]
    assert got == [None, "2014", "2014", "2015", "2015", "2016"]
    assert got == [(claim_when(c, dates, None) or {}).get("value") for c in claims]  # the same rule, one claim at a time
