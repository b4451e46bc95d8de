"""Shared fixtures: the seed document, and ONE loaded GiNZA model for the whole session."""
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "000_3045bcbfc1055805.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def nlp():
    from pipeline.nlp import load_model

    return load_model("ja_ginza")
