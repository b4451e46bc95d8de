"""inspect printed 1.087e+10 beside 8,400,000,000; glossary suggest proposed location:/organization: ids while
the packaged glossary uses loc:/org:."""
import pytest

from pipeline.glossary import suggestion_row
from pipeline.report.terminal import number


@pytest.mark.parametrize("value, shown", [
    (10870000000, "10,870,000,000"),      # 108億7000万ドル
    (10870000000.0, "10,870,000,000"),
    (8400000000, "8,400,000,000"),
    (275500000, "275,500,000"),           # 2億7550万人
    (2.5, "2.5"),
    (0.05, "0.05"),
    (30, "30"),
    (-1.25, "-1.25"),
])
def test_quantities_are_printed_in_full(value, shown):
    assert number(value) == shown


@pytest.mark.parametrize("type_, prefix", [
    ("ORGANIZATION", "org:"), ("LOCATION", "loc:"), ("COUNTRY", "country:"), ("PERSON", "person:"), ("EVENT", "event:"),
])
def test_suggested_ids_use_the_packaged_prefixes(type_, prefix):
    assert suggestion_row("ネピドー", type_, 1, []).get("id").startswith(prefix)
