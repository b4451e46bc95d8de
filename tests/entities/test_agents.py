"""An act of war named with its agent is the agent and the act (entities/agents.py). Sentences written for the
test, in the wording of white papers and speeches."""
from __future__ import annotations

import pytest

from support import process_text


@pytest.mark.parametrize("text, agent, act", [
    ("ロシアによるウクライナ侵略は、国際秩序の根幹を揺るがした。", ("ロシア", "country:rus"),
     ("ウクライナ侵略", "event:russian-invasion-of-ukraine-2022")),
    ("欧州は2014年のロシアによるクリミア併合以来、警戒を強めてきた。", ("ロシア", "country:rus"),
     ("クリミア併合", "event:crimea-annexation-2014")),
    ("ロシアのウクライナ侵攻が長期化するなかで会議が開かれた。", ("ロシア", "country:rus"),
     ("ウクライナ侵攻", "event:russian-invasion-of-ukraine-2022")),
])
def test_the_agent_of_an_act_is_a_mention_of_its_own(resources, text, agent, act):
    """Before: one EVENT over the whole, and the state that acted was no mention."""
    found = {(e.text, e.glossary_id) for e in process_text(resources, text).entities}
    assert agent in found and act in found, found


def test_an_act_without_a_known_agent_stays_one_event(resources):
    found = [(e.text, e.type) for e in process_text(resources, "ウクライナ侵略を非難する声明を出した。").entities]
    assert ("ウクライナ侵略", "EVENT") in found, found
