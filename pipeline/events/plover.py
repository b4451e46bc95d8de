"""The verb-category -> PLOVER/CAMEO map (pipeline/data/plover_map.yaml), loaded and validated once."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from ..errors import ConfigError

DEFAULT_PLOVER_MAP = Path(__file__).resolve().parents[1] / "data" / "plover_map.yaml"
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


@dataclass(frozen=True)
class PloverType:
    event_type: Optional[str]
    cameo_root: Optional[str]
    quad_class: Optional[int]
    reason: Optional[str] = None  # why event_type is None


@dataclass(frozen=True)
class PloverMap:
    categories: dict = field(default_factory=dict)  # our category -> PloverType
    lemmas: dict = field(default_factory=dict)  # predicate lemma -> PloverType (checked first)
    contexts: tuple = ()  # (context, (word, ...)) in file order

    def type_of(self, predicate: str, category: Optional[str]) -> PloverType:
        hit = self.lemmas.get(predicate) or (self.categories.get(category) if category else None)
        if hit is not None:
            return hit
        if category is None:
            return PloverType(None, None, None, "the predicate is not in the event-verb lexicon")
        return PloverType(None, None, None, f"category '{category}' is not in the PLOVER map")

    def context_of(self, text: str) -> Optional[str]:
        return next((name for name, words in self.contexts if any(w in text for w in words)), None)


def load_plover_map(path: Path | None = None) -> PloverMap:
    """The map from YAML (see the packaged file for the format); ConfigError naming file and key."""
    import yaml

    path = Path(path) if path else DEFAULT_PLOVER_MAP
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read the PLOVER map ({exc}); fix it or remove plover_map from config.yaml") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping with 'categories', 'lemmas', 'contexts'")
    unknown = set(data) - {"categories", "lemmas", "contexts"}
    if unknown:
        raise ConfigError(f"{path}: unknown key(s) {', '.join(sorted(unknown))}; known: categories, lemmas, contexts")
    cats = {str(k): _entry(path, f"categories.{k}", v) for k, v in (data.get("categories") or {}).items()}
    lemmas = {str(k): _entry(path, f"lemmas.{k}", v) for k, v in (data.get("lemmas") or {}).items()}
    contexts = []
    for name, words in (data.get("contexts") or {}).items():
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise ConfigError(f"{path}: key 'contexts.{name}' must be a list of words")
        contexts.append((str(name), tuple(words)))
    return PloverMap(cats, lemmas, tuple(contexts))


def _entry(path: Path, key: str, v) -> PloverType:
    if not isinstance(v, dict):
        raise ConfigError(f"{path}: key '{key}' must be a mapping {{event_type, cameo_root, quad_class}}")
    et, root, quad = v.get("event_type"), v.get("cameo_root"), v.get("quad_class")
    if et is not None and et not in PLOVER_TYPES:
        raise ConfigError(f"{path}: key '{key}': event_type '{et}' is not one of PLOVER's: {', '.join(PLOVER_TYPES)}")
    if et is None and not v.get("reason"):
        raise ConfigError(f"{path}: key '{key}': event_type null needs a 'reason'")
    if root is not None and not (isinstance(root, str) and len(root) == 2 and root.isdigit() and 1 <= int(root) <= 20):
        raise ConfigError(f"{path}: key '{key}': cameo_root must be a quoted two-digit code \"01\"..\"20\" (got {root!r})")
    if quad is not None and quad not in (0, 1, 2, 3, 4):
        raise ConfigError(f"{path}: key '{key}': quad_class must be 0..4 (got {quad!r})")
    return PloverType(et, root, quad, v.get("reason"))
