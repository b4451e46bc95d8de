"""Bracket levels count the same pairs both ways: 【】 and 〔〕 opened and closed like 「」 (only the
closers were counted, so a comma after 【注】 looked like one inside a quotation)."""
import pytest

from pipeline.claims.phrase import _quoted


@pytest.mark.parametrize("between, quoted", [
    ("【注】、", False), ("〔注〕、", False), ("「協力」、", False), ("（注）、", False),
    ("」、", True), ("】、", True),           # the comma follows a closer whose opener came before: inside
    ("当事者ではなく、", False),
])
def test_a_comma_is_inside_a_quotation_only_when_a_bracket_closes_after_it(between, quoted):
    assert _quoted(between) is quoted
