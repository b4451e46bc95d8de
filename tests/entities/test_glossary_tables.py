"""Tables derived from a whole glossary are built once per set of entries (glossary/tables.py), and an
edited entry is never answered from the table of the entries before it."""
from pipeline.entities.composed import state_body_link
from pipeline.glossary import per_glossary
from pipeline.glossary import Glossary
from pipeline.glossary.load import GlossaryEntry

USA = GlossaryEntry("country:usa", "COUNTRY", "米国", "United States", aliases_ja=("米", "アメリカ"), iso3166="USA")
STATE = GlossaryEntry("org:state-dept", "ORGANIZATION", "国務省", "Department of State", country="USA")


def test_a_table_is_built_once_per_glossary():
    calls = []

    def build(glossary):
        calls.append(glossary)
        return {e.id for e in glossary.entries.values()}

    g = Glossary([USA, STATE])
    assert per_glossary(g, build) == {"country:usa", "org:state-dept"}
    assert per_glossary(g, build) == {"country:usa", "org:state-dept"}
    assert len(calls) == 1
    other = Glossary([USA])
    assert per_glossary(other, build) == {"country:usa"}  # another glossary: its own table
    assert len(calls) == 2


def test_an_entry_replaced_in_place_rebuilds_the_table():
    g = Glossary([USA, STATE])
    assert state_body_link("米", "国務省", g)["glossary_id"] == "org:state-dept"
    g.entries[STATE.id] = GlossaryEntry(STATE.id, "ORGANIZATION", "国務院", "State Council", country="USA")
    # the state's own row no longer has the head as a name: the old table would still link it
    assert state_body_link("米", "国務省", g) == {}
