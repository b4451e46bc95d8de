"""Judge our temporal mentions against one case of the ja-timex table (tests/data/jatimex_cases.tsv).

A case (one row, built by bench/jatimex_cases.py with its documented TIMEX3 -> EDTF/ISO rule) says
what a tagger should find in `text`, given `document_date`:

- check `none`: nothing temporal of the case's kinds (comma-separated; empty = any kind);
- check `any`: at least one mention (of `kind` when given);
- check `value`: the mention answering the case — the one whose text is `expect_text` when given,
  else the `index`-th mention in text order — has `kind` and `value` (and `count` for sets). A
  range we link into one record ('XXXX-06/XXXX-08') answers each of its ends, as ja-timex tags
  the ends separately;
- check `text`, `approx`, `open_end`, `open_start`: a mention with text `expect_text` (or covering
  the whole input) exists, or a linked range contains it; `approx` also needs approximate=True,
  `open_end` a value 'X/..', `open_start' '../X'. Values are compared without EDTF's '~' (TIMEX3
  puts approximation in `mod`, which the `approx` cases check). An interval of ours inside the
  expected unit answers it: TIMEX3 writes 2021年7月末 as '2021-07-XX' + mod END, we write the
  part as days ('2021-07-21/2021-07-31').
"""
from __future__ import annotations

from typing import Iterable

from ..records import DateMention


def _answer(case: dict, found: list[DateMention]) -> DateMention | None:
    want = case.get("expect_text") or ""
    if want:
        exact = [m for m in found if m.text.strip() == want]
        if exact:
            return exact[0]
        ranges = [m for m in found if want in m.text and "/" in m.value]
        return ranges[0] if ranges else None
    idx = int(case.get("index") or 0)
    if case.get("check") != "value":
        whole = [m for m in found if m.text.strip() == case["text"].strip()]
        if whole:
            return whole[0]
    return found[idx] if idx < len(found) else (found[-1] if found and "/" in found[-1].value else None)


def judge(case: dict, mentions: Iterable[DateMention]) -> bool:
    """True when `mentions` (ours, for case['text']) satisfy the case."""
    found = sorted(mentions, key=lambda m: (m.start, -m.end))
    check = case["check"]
    if check == "none":
        kinds = set(filter(None, (case.get("kind") or "").split(",")))
        return not [m for m in found if not kinds or m.kind in kinds]
    if check == "any":
        return any(not case.get("kind") or m.kind == case["kind"] for m in found)
    m = _answer(case, found)
    if m is None:
        return False
    if check == "value":
        if case.get("kind") and m.kind != case["kind"]:
            return False
        value = m.value.replace("~", "")  # TIMEX3 says APPROX in mod, not in the value: the approx cases check it
        ends = value.split("/")
        inside = "/" in value and all(e.startswith(case.get("value", "") + "-") for e in ends)
        if case.get("value") and case["value"] != value and case["value"] not in ends and not inside:
            return False
        if case.get("count"):
            return bool(m.frequency) and str(m.frequency.get("count")) == case["count"]
        return True
    if case.get("kind") and m.kind != case["kind"]:
        return False
    if check == "approx":
        return m.approximate
    if check == "open_end":
        return m.value.endswith("/..")
    if check == "open_start":
        return m.value.startswith("../")
    return True
