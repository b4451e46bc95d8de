"""A state's ruling or opposition party named with the state is two mentions (entities/parties.py); an anaphor of
a speech (貴国政府) is no name (entities/repairs.py). Sentences written for the test."""
from __future__ import annotations

import pytest

from support import process_text


@pytest.mark.parametrize("text, state, party", [
    ("7月にはカザフスタン与党ヌルオタン党の代表団が来日した。", ("カザフスタン", "country:kaz"), ("ヌルオタン党", "org:amanat-party")),
    ("選挙ではタイ最大野党の人民党が勝利した。", ("タイ", "country:tha"), ("人民党", None)),
])
def test_a_party_named_with_its_state_is_two_mentions(resources, text, state, party):
    """Before: カザフスタン与党ヌルオタン党 was one organization and Kazakhstan no mention."""
    found = {(e.text, e.glossary_id) for e in process_text(resources, text).entities}
    assert state in found and party in found, found


def test_your_countrys_government_is_no_name(resources):
    found = [e.text for e in process_text(resources, "このたび、貴国政府のご招待により貴国を訪問しました。").entities]
    assert "貴国政府" not in found, found
