"""Events from claims (pure: claims and entities given by hand) and the PLOVER map file."""
import csv
from pathlib import Path
from types import SimpleNamespace

import pytest

from pipeline.errors import ConfigError
from pipeline.events import PLOVER_TYPES, build_events, load_plover_map, valid_at
from pipeline.records import Sentence, ArgRef, Claim, Document, Entity

GLOSSARY = Path(__file__).resolve().parents[1] / "data" / "glossary_actors.tsv"


@pytest.fixture(scope="module")
def lookup():
    with GLOSSARY.open(encoding="utf-8") as f:
        rows = {r["id"]: SimpleNamespace(**{k: v or None for k, v in r.items()}) for r in csv.DictReader(f, delimiter="\t")}
    return rows.get


TEXT = "ロシアはベトナムとミャンマーに武器を供給した。岸田首相はASEANと会談した。"
ENTS = [Entity(0, 3, "ロシア", "COUNTRY", "country:rus", "Russia", id="E0"),
        Entity(4, 8, "ベトナム", "COUNTRY", "country:vnm", "Vietnam", id="E4"),
        Entity(9, 14, "ミャンマー", "COUNTRY", None, None, id="E9"),
        Entity(23, 25, "岸田", "PERSON", "person:fumio-kishida", "Fumio Kishida", id="E23"),
        Entity(28, 33, "ASEAN", "ORGANIZATION", "org:asean", "ASEAN", id="E28")]
WHEN = {"value": "2023", "earliest": "2023-01-01", "latest": "2023-12-31", "source": "explicit"}


SENTENCES = [Sentence("S0", 0, 23, TEXT[:23]), Sentence("S23", 23, len(TEXT), TEXT[23:])]


def _doc(claims):
    return Document("d" * 64, "x.txt", "utf-8", TEXT, entities=ENTS, claims=claims, sentences=SENTENCES)


def test_one_event_per_actor_pair_with_plover_type_and_context(lookup):
    rus = ArgRef("ロシア", "E0", "country:rus", "Russia", 0, 3)
    objs = (ArgRef("ベトナムとミャンマー", "E4", "country:vnm", "Vietnam", 4, 14), ArgRef("武器", None, None, None, 15, 17))
    c = Claim(0, 22, TEXT[:22], "供給する", rus, objs, id="C0", event_category="supply_trade", when=WHEN)
    events = build_events(_doc([c]), load_plover_map(), lookup)
    assert [(e.source_actor.country, e.target_actor.glossary_id, e.event_type, e.cameo_root, e.quad_class, e.context)
            for e in events] == [("RUS", "country:vnm", "COOPERATE", "06", 2, "military")]
    assert events[0].sentence == "ロシアはベトナムとミャンマーに武器を供給した。" and events[0].date == WHEN


def test_person_actor_has_country_and_sector_only_at_a_date_they_were_valid(lookup):
    kishida = ArgRef("岸田首相", "E23", "person:fumio-kishida", "Fumio Kishida", 23, 27)
    asean = ArgRef("ASEAN", "E28", "org:asean", "ASEAN", 28, 33, found_by="dependency", marker="と")
    c = Claim(23, 38, TEXT[23:38], "会談する", kishida, targets=(asean,), id="C23", event_category="meet_visit", when=WHEN)
    (e,) = build_events(_doc([c]), load_plover_map(), lookup)
    assert (e.source_actor.country, e.source_actor.sector, e.target_actor.country, e.event_type) == ("JPN", "GOV", "IGO", "CONSULT")
    later = {"value": "2030", "earliest": "2030-01-01", "latest": "2030-12-31", "source": "explicit"}
    (e,) = build_events(_doc([Claim(23, 38, TEXT[23:38], "会談する", kishida, targets=(asean,), id="C23",
                                    event_category="meet_visit", when=later)]), load_plover_map(), lookup)
    assert (e.source_actor.country, e.source_actor.sector) == (None, None)


def test_a_government_linked_by_a_derived_id_is_its_states_actor(lookup):
    text = "日本政府はASEANと会談した。"
    ents = [Entity(0, 4, "日本政府", "ORGANIZATION", "org:gov-jpn", "Government of Japan", id="E0"),
            Entity(5, 10, "ASEAN", "ORGANIZATION", "org:asean", "ASEAN", id="E5")]
    gov = ArgRef("日本政府", "E0", "org:gov-jpn", "Government of Japan", 0, 4)
    asean = ArgRef("ASEAN", "E5", "org:asean", "ASEAN", 5, 10, found_by="dependency", marker="と")
    c = Claim(0, 15, text[:15], "会談する", gov, targets=(asean,), id="C0", event_category="meet_visit", when=WHEN)
    doc = Document("d" * 64, "x.txt", "utf-8", text, entities=ents, claims=[c], sentences=[Sentence("S0", 0, 16, text)])
    (e,) = build_events(doc, load_plover_map(), lookup)
    assert (e.source_actor.glossary_id, e.source_actor.country, e.source_actor.sector) == ("org:gov-jpn", "JPN", "GOV")


def test_a_predicate_outside_the_lexicon_gives_a_null_type_with_the_reason(lookup):
    c = Claim(0, 22, TEXT[:22], "製造する", ArgRef("ロシア", "E0", "country:rus", "Russia", 0, 3), id="C0", when=WHEN)
    (e,) = build_events(_doc([c]), load_plover_map(), lookup)
    assert (e.event_type, e.type_reason, e.target_actor) == (None, "the predicate is not in the event-verb lexicon", None)
    assert build_events(_doc([Claim(0, 22, TEXT[:22], "である", type="evaluative", id="C0")]), load_plover_map(), lookup) == []


@pytest.mark.parametrize(
    "valid_from, valid_to, earliest, latest, expected",
    [("2021", "2024", "2023-01-01", "2023-12-31", True), ("2021", "2024", "2025-01-01", "2025-12-31", False),
     ("2021", "2024", "2019-01-01", "2019-12-31", False), (None, None, "1900-01-01", "1900-12-31", True),
     ("2021", None, None, None, True)],
)
def test_valid_at(valid_from, valid_to, earliest, latest, expected):
    assert valid_at(valid_from, valid_to, {"earliest": earliest, "latest": latest}) is expected


def test_default_map_covers_every_lexicon_category_with_a_plover_type_or_a_reason():
    from pipeline.claims import load_event_lexicon

    m = load_plover_map()
    for category in set(load_event_lexicon().values()):
        t = m.categories[category]
        assert t.event_type in PLOVER_TYPES or t.reason, category


@pytest.mark.parametrize(
    "body, message",
    [("categories:\n  x: {event_type: AGRE}\n", r"categories\.x': event_type 'AGRE' is not one of PLOVER's"),
     ("categories:\n  x: {event_type: null}\n", r"categories\.x': event_type null needs a 'reason'"),
     ("categories:\n  x: {event_type: AGREE, cameo_root: 5}\n", r"cameo_root must be a quoted two-digit code"),
     ("verbs: {}\n", r"unknown key\(s\) verbs")],
)
def test_bad_plover_map_names_the_file_and_key(tmp_path, body, message):
    p = tmp_path / "plover.yaml"
    p.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_plover_map(p)
