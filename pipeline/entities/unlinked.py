"""Whether an entity is the model's own, with no glossary entry: the entities the rules may retype,
trim or drop (`unlinked(e)`); a glossary's name or a name a rule composed is left alone."""
from __future__ import annotations

from ..records import Entity


def unlinked(e: Entity) -> bool:
    """True for the model's entity that no glossary entry links (glossary_id None, match "model")."""
    return e.glossary_id is None and e.match == "model"
