"""ja-timex's public test suite (yagays/ja-timex tests/, MIT, notice in tests/data/jatimex_LICENSE)
as a table of ours: tests/data/jatimex_cases.tsv, built by bench/jatimex_cases.py with one documented
TIMEX3 -> EDTF/ISO rule; each row names the ja-timex test file and function it comes from.

Every row is a test. The rows we deliberately read otherwise, or do not handle yet, are listed with
a reason in tests/data/jatimex_known_failures.tsv and are strict xfails: if one starts passing, the
list must shrink. Scores per category: `python bench/jatimex_suite.py` (README).
"""
import csv
from pathlib import Path

import pytest

from pipeline.evaluate import judge
from pipeline.temporal import extract_dates

DATA = Path(__file__).resolve().parents[1] / "data"


def _rows(name):
    with (DATA / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


CASES = _rows("jatimex_cases.tsv")
KNOWN = {(r["source"], r["text"], r["index"]): r["reason"] for r in _rows("jatimex_known_failures.tsv")}


def _param(case):
    key = (case["source"], case["text"], case["index"])
    marks = [pytest.mark.xfail(strict=True, reason=KNOWN[key])] if key in KNOWN else []
    return pytest.param(case, id=f"{case['source'].split('::')[1]}-{case['text']}-{case['index']}", marks=marks)


def test_table_is_the_whole_suite_and_known_failures_are_in_it():
    assert len(CASES) > 500
    keys = {(c["source"], c["text"], c["index"]) for c in CASES}
    assert set(KNOWN) <= keys, set(KNOWN) - keys


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_jatimex_case(case):
    found = extract_dates(case["text"], document_date=case["document_date"] or None)
    for m in found:
        assert case["text"][m.start:m.end] == m.text
    assert judge(case, found), [(m.text, m.kind, m.value) for m in found]
