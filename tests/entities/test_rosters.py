"""Each field of a Diet roster names one person (entities/rosters.py). Rosters written for the test,
in the layout of the minutes (posts, names padded to four characters, several fields on a line)."""
from __future__ import annotations

import pytest

from support import process_text

from pipeline.entities.rosters import roster_names


@pytest.mark.parametrize("text, names", [
    ("委員長 山本 一郎君 理事 川上 次郎君 理事 竹下奈良男君", ["山本 一郎", "川上 次郎", "竹下奈良男"]),
    ("出席委員委員長石田 花子君 理事 森 清君 田中織之助君", ["石田 花子", "森 清", "田中織之助"]),  # a post glued before
    ("副議長 岩田 信男君 議員 上村與一郎君 事務総長 大山 誠君", ["岩田 信男", "上村與一郎", "大山 誠"]),
])
def test_the_names_of_a_roster(text, names):
    assert [text[s:e] for s, e in roster_names(text)] == names


@pytest.mark.parametrize("text", [
    "山本一郎君、川上次郎君、竹下奈良男君が質問した。",   # names in a sentence: no fields apart
    "委員長 山本 一郎君 理事 川上 次郎君",                # two fields: too few for a roster
])
def test_no_roster(text):
    assert roster_names(text) == []


def test_every_member_of_a_roster_is_one_person(resources):
    """Before: 竹下奈良男 was only the place 奈良 (Nara Prefecture), the member lost."""
    text = "出席委員\n   委員長 山本 一郎君\n   理事 川上　　進君 理事 竹下奈良男君\n      上村與一郎君    木下 三郎君\n"
    found = {(e.text, e.type) for e in process_text(resources, text).entities}
    for name in ("山本 一郎", "川上　　進", "竹下奈良男", "上村與一郎", "木下 三郎"):
        assert (name, "PERSON") in found, sorted(found)
    assert not [t for t, typ in found if typ != "PERSON"], sorted(found)
