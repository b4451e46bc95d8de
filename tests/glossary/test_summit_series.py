"""Summit series are EVENT rows (like the G7/G20/ASEAN series); a standing forum with members stays an
ORGANIZATION. TICAD and PALM were typed ORGANIZATION while two independent annotators type them EVENT; their ids
stay (stored identifiers)."""
from __future__ import annotations

import pytest

from pipeline.config import Config
from pipeline.glossary import load_glossary


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(Config().glossary_paths())


@pytest.mark.parametrize("gid, expected", [
    ("org:ticad", "EVENT"),        # a conference series: TICAD 9 is one meeting of it
    ("org:palm", "EVENT"),         # 太平洋・島サミット, held every three years
    ("org:eas", "ORGANIZATION"),   # East Asia Summit: a standing forum with membership
])
def test_a_summit_series_is_an_event_and_a_forum_an_organization(glossary, gid, expected):
    assert glossary.entries[gid].type == expected
