"""Events: claims as event-data rows (who did what to whom, when), typed in PLOVER/CAMEO.

Takes a processed `Document` (claims with `targets`, `subjects` and `when`; entities) and a glossary
lookup, and gives `Event` records: one per event claim per (source actor, target actor) pair, with the
PLOVER event type from a replaceable data file (`pipeline/data/plover_map.yaml`, `plover_map:` in
config.yaml) and each actor's country and sector at the event's date.
"""
from .build import ACTOR_TYPES, build_events, valid_at
from .plover import DEFAULT_PLOVER_MAP, PLOVER_TYPES, PloverMap, PloverType, load_plover_map

__all__ = ["ACTOR_TYPES", "DEFAULT_PLOVER_MAP", "PLOVER_TYPES", "PloverMap", "PloverType", "build_events",
           "load_plover_map", "valid_at"]
