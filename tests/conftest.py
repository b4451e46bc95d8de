"""Shared fixtures: the seed document, and ONE loaded GiNZA model for the whole session."""
import os
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


@pytest.fixture(scope="session")
def resources(nlp):
    """Model, default glossary and verb lexicon, loaded once for every test that processes text."""
    from pipeline.run.batch import load_resources
    from pipeline.config import Config

    return load_resources(Config())


@pytest.fixture(scope="session")
def seed_run(resources, tmp_path_factory):
    """The seed processed once, end to end, into a temporary output folder."""
    import json

    from pipeline.run.batch import run

    out = tmp_path_factory.mktemp("seed_out")
    summary = run([str(SEED)], out, resources.config, resources=resources, progress=False)
    docs = [json.loads(line) for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    return summary, out, docs[0]


@pytest.fixture(scope="session")
def postgres_url():
    """A real PostgreSQL server for the session: $PIPELINE_TEST_POSTGRES if set, else a throwaway
    cluster started here (initdb + pg_ctl on a Unix socket, no TCP) and stopped at the end."""
    import shutil
    import tempfile

    from support import start_postgres

    url = os.environ.get("PIPELINE_TEST_POSTGRES")
    if url:
        yield url
        return
    base = tempfile.mkdtemp(prefix="pipeline-pg-")  # not under pytest's root-only tmp folder: the server user reads it
    server = start_postgres(base)
    try:
        yield server.url
    finally:
        server.stop()
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="session")
def seed_pdf_run(resources, tmp_path_factory):
    """The seed laid out as a 5-page PDF (running header, page numbers), processed once end to end.
    Gives (summary, the lines drawn on each page, the JSONL document)."""
    import json

    pytest.importorskip("reportlab")
    from support import seed_pdf

    from pipeline.run.batch import run

    folder = tmp_path_factory.mktemp("seed_pdf")
    drawn = seed_pdf(folder / "seed.pdf", SEED.read_text(encoding="utf-8"))
    out = folder / "out"
    summary = run([str(folder / "seed.pdf")], out, resources.config, resources=resources, progress=False)
    docs = [json.loads(line) for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    return summary, drawn, docs[0]
