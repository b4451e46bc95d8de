"""config.yaml: read once, validated with messages that name the bad key, passed down."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Literal, Optional

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .text import SUDACHI_MAX_BYTES
from .errors import ConfigError

PACKAGE_DATA = Path(__file__).parent / "data"
# `default` in `glossaries`: the generated world part (bench/build_glossary.py), the curated
# international rows, then the original curated file, which overrides both (later files win).
DEFAULT_GLOSSARIES = ("glossary_world.tsv", "glossary_intl.tsv", "glossary.tsv", "glossary_econ.tsv",
                      "glossary_hist.tsv", "glossary_offices.tsv")


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid")

    input: list[str] = Field(default_factory=lambda: ["corpus"])
    output: str = "out"
    database: str = "pipeline.sqlite"  # inside the output folder
    model: str = "ja_ginza"
    glossaries: list[str] = Field(default_factory=lambda: ["default"])
    fuzzy_threshold: float = Field(0.8, ge=0.0, le=1.0)
    event_verbs: Optional[str] = None  # None: the packaged lexicon
    plover_map: Optional[str] = None  # None: the packaged verb-category -> PLOVER/CAMEO map
    metadata: Optional[str] = None  # a CSV/TSV manifest of document metadata (a 'path' column)
    max_document_bytes: int = Field(20_000_000, gt=0)
    decode_errors: Literal["strict", "replace"] = "strict"  # replace: a few invalid UTF-8 bytes become U+FFFD
    chunk_bytes: int = Field(12_000, ge=1_000, le=SUDACHI_MAX_BYTES - 4_000)  # margin under Sudachi's limit
    batch_size: int = Field(16, ge=1)
    batch_chars: int = Field(8_000, ge=1_000)  # characters per nlp.pipe batch: bounds peak memory on any text
    workers: int = Field(1, ge=1, le=64)  # processes for batches; each loads its own model (~0.7 GB)
    cache: Optional[str] = None  # parse-cache folder shared between output folders; None: OUT/cache
    cache_max_mb: int = Field(2_000, ge=1)  # past this, the entries used longest ago are removed
    engine: Literal["processes", "dask"] = "processes"  # dask: extra [dask], a LocalCluster of `workers` or `scheduler`
    scheduler: Optional[str] = None  # an existing Dask scheduler, e.g. tcp://10.0.0.5:8786 (engine: dask)
    profile: bool = False  # seconds per stage, printed and stored in runs.profile (--profile)
    base_dir: Path = Path(".")  # folder of the config file; relative paths resolve against it

    def resolve(self, p: str) -> Path:
        path = Path(p)
        return path if path.is_absolute() else self.base_dir / path

    def glossary_paths(self) -> list[Path]:
        paths: list[Path] = []
        for g in self.glossaries:
            paths += [PACKAGE_DATA / name for name in DEFAULT_GLOSSARIES] if g == "default" else [self.resolve(g)]
        return paths

    def fingerprint(self) -> str:
        # what can change the records: not where the inputs, outputs and database are, nor how the run is
        # spread or cached (a resumed run with another `workers` must skip what is stored)
        data = self.model_dump(mode="json", exclude={"base_dir", "cache", "cache_max_mb", "engine", "scheduler", "profile",
                                                     "workers", "input", "output", "database"})
        return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:16]


def load_config(path: Optional[Path]) -> Config:
    """Config from a YAML file (or defaults when path is None or the default file is absent)."""
    if path is None:
        return Config()
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except OSError as e:
        raise ConfigError(f"{path}: cannot be read ({e.strerror})") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise ConfigError(f"{path}:{where} is not valid YAML ({getattr(e, 'problem', e)}); fix the syntax") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: must be a mapping of keys to values, e.g. 'output: out'")
    if isinstance(raw.get("input"), str):
        raw["input"] = [raw["input"]]
    if isinstance(raw.get("glossaries"), str):
        raw["glossaries"] = [raw["glossaries"]]
    try:
        return Config(**raw, base_dir=path.parent)
    except ValidationError as e:
        err = e.errors()[0]
        key = ".".join(str(x) for x in err["loc"])
        if err["type"] == "extra_forbidden":
            known = ", ".join(k for k in Config.model_fields if k != "base_dir")
            raise ConfigError(f"{path}: unknown key '{key}'; known keys: {known}") from None
        raise ConfigError(f"{path}: key '{key}': {err['msg']} (got {err.get('input')!r})") from None
