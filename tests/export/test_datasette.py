"""Datasette-ready output: metadata.yml beside the database, facets, and Japanese full-text search
through Datasette's own test client. Expected rows are counted from documents.jsonl, not the index."""
import asyncio
import json

import pytest
import yaml

from pipeline import store


def _contains(claim: dict, q: str) -> bool:
    args = [claim["subject"], claim["source"], *claim["objects"]]
    fields = [claim["text"]] + [a.get(k) or "" for a in args if a for k in ("text", "label_en", "glossary_id")]
    return any(q in f for f in fields)


@pytest.fixture(scope="module")
def datasette(seed_run):
    Datasette = pytest.importorskip("datasette.app", reason="pip install -e '.[serve]'").Datasette
    summary, out, doc = seed_run
    meta = yaml.safe_load((out / "metadata.yml").read_text(encoding="utf-8"))
    return Datasette([str(out / "pipeline.sqlite")], metadata=meta), meta, doc


def get(ds, path: str):
    async def fetch():
        if hasattr(ds, "invoke_startup"):
            await ds.invoke_startup()
        return await ds.client.get(path)

    response = asyncio.run(fetch())
    assert response.status_code == 200, (path, response.text[:300])
    return response


def test_metadata_describes_the_tables_with_facets(seed_run):
    summary, out, doc = seed_run
    meta = yaml.safe_load((out / "metadata.yml").read_text(encoding="utf-8"))
    tables = meta["databases"]["pipeline"]["tables"]
    assert meta["title"] and meta["license"] and tables["entities"]["facets"] == ["type", "label_en", "match"]
    assert "modality" in tables["claims"]["facets"] and tables["claims"]["fts_table"] == "claims_fts"
    # column descriptions come from the store's catalog, the one place that describes every column
    assert tables["entities"]["columns"]["label_en"] == "English label of the aligned entry."
    assert tables["dates"]["columns"]["earliest"].startswith("Earliest day the expression can mean")
    assert tables["events"]["facets"] == ["event_type", "modality", "quad_class"]  # schema 3's event table


def test_faceted_entities_page(datasette):
    ds, meta, doc = datasette
    data = get(ds, "/pipeline/entities.json?_shape=objects&_size=0").json()
    types = {f["value"]: f["count"] for f in data["facet_results"]["type"]["results"]}
    expected: dict = {}
    for e in doc["entities"]:
        expected[e["type"]] = expected.get(e["type"], 0) + 1
    assert types == expected
    page = get(ds, "/pipeline/entities?type=COUNTRY").text
    assert "label_en" in page and "Russia" in page and 'class="facet-info' in page


@pytest.mark.parametrize("query", ["ロシア", "ベトナム"])
def test_japanese_search_on_the_claims_table(datasette, query):
    ds, meta, doc = datasette
    data = get(ds, f"/pipeline/claims.json?_search={query}&_shape=objects&_size=max").json()
    found = {r["id"] for r in data["rows"]}
    assert found and found == {c["id"] for c in doc["claims"] if _contains(c, query)}


@pytest.mark.parametrize("query", ["米", "日米", "ロシア"])
def test_search_claims_query_finds_short_japanese_queries(datasette, query):
    ds, meta, doc = datasette
    data = get(ds, f"/pipeline/search_claims.json?q={query}&_shape=objects").json()
    found = {r["id"] for r in data["rows"]}
    assert found and found == {c["id"] for c in doc["claims"] if _contains(c, query)}


def test_search_claims_with_an_empty_or_quoted_query(seed_run):
    summary, out, doc = seed_run
    con = store.connect(out / "pipeline.sqlite")
    assert store.search_claims(con, "") == [] and store.search_claims(con, '"') == []
    assert json.dumps(store.search_claims(con, "Russia"), ensure_ascii=False).count("ロシア") > 0


def test_serve_starts_datasette_on_localhost_with_the_metadata(seed_run, monkeypatch):
    cli_module = pytest.importorskip("datasette.cli", reason="pip install -e '.[serve]'")
    from pipeline import cli

    calls = []
    monkeypatch.setattr(cli_module.cli, "main", lambda args, standalone_mode: calls.append(args))
    summary, out, doc = seed_run
    assert cli.main(["serve", "--out", str(out), "--port", "8123"]) == 0
    assert calls == [["serve", str((out / "pipeline.sqlite").resolve()), "--metadata",
                      str((out / "metadata.yml").resolve()), "--host", "127.0.0.1", "--port", "8123"]]


def test_metadata_of_a_database_without_full_text_indexes_has_no_search(tmp_path):
    from pipeline.export.datasette import metadata

    con = store.connect(tmp_path / "old.sqlite")  # as written before the indexes existed
    meta = metadata(con, "old")["databases"]["old"]
    assert meta["queries"] == {} and "fts_table" not in meta["tables"]["claims"]
    assert meta["tables"]["claims"]["facets"][:2] == ["modality", "polarity"]


def test_write_datasette_leaves_a_store_that_is_not_sqlite_alone(tmp_path, monkeypatch):
    from pipeline.export import write_datasette

    monkeypatch.chdir(tmp_path)

    class ServerConnection:  # e.g. a PostgreSQL connection: Datasette cannot serve it
        pass

    assert write_datasette(ServerConnection(), "postgresql://host/db") is None
    assert list(tmp_path.rglob("*")) == []  # no metadata.yml anywhere
