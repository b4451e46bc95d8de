"""A surname several State Ministers for Foreign Affairs share, before 外務副大臣, is the one in office in the
document's year (titles.OFFICES has 外務副大臣; glossary.offices reads it)."""
from __future__ import annotations

import pytest

from support import process_text


@pytest.mark.parametrize("text, gid", [
    ("2019年10月22日、鈴木外務副大臣はガーナの副大臣と会談を行った。\n", "person:keisuke-suzuki"),
    ("2022年5月1日、鈴木外務副大臣が式典に出席した。\n", "person:takako-suzuki"),
])
def test_a_shared_surname_before_the_state_ministers_title(resources, text, gid):
    doc = process_text(resources, text)
    assert [e.glossary_id for e in doc.entities if e.text == "鈴木"] == [gid]
