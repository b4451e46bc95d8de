"""Commits of the SQLite store: a document's commit waits for the disk about once a second, a run's
closing commit always (store/durable.py)."""
import sqlite3

from pipeline import store
from pipeline.store import durable


def _sync_inside(con, **kw) -> int:
    with durable.transaction(con, **kw):
        return con.execute("PRAGMA synchronous").fetchone()[0]


def test_store_commits_do_not_wait_for_the_disk_except_once_a_second(tmp_path, monkeypatch):
    con = store.connect(tmp_path / "pipeline.sqlite")
    assert con.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    clock = [1000.0]
    monkeypatch.setattr(durable.time, "monotonic", lambda: clock[0])
    assert _sync_inside(con) == 2  # the first commit of a connection: FULL (whatever an earlier one did)
    clock[0] += 0.5
    assert _sync_inside(con) == 1  # half a second later: NORMAL
    clock[0] += 0.6
    assert _sync_inside(con) == 2  # the last FULL one is 1.1 s old
    assert _sync_inside(con, durable=True) == 2  # a run's closing commit
    assert con.execute("PRAGMA synchronous").fetchone()[0] == 1


def test_a_new_connection_at_a_closed_ones_address_starts_with_a_full_commit(tmp_path, monkeypatch):
    """The last FULL commit is kept by id(connection), which a new connection may reuse."""
    monkeypatch.setattr(durable.time, "monotonic", lambda: 50.0)
    con = store.connect(tmp_path / "pipeline.sqlite")
    durable._LAST_FULL[id(con)] = 49.9  # as if a closed connection at this address had just committed
    durable.relax(con)  # what store.connect does for each new connection
    assert _sync_inside(con) == 2


def test_a_failed_transaction_rolls_back_and_restores_normal(tmp_path):
    con = store.connect(tmp_path / "pipeline.sqlite")
    try:
        with durable.transaction(con, durable=True):
            con.execute("INSERT INTO runs (started_at, pipeline_version, model, config_fingerprint,"
                        " glossary_fingerprint) VALUES ('x', 'v', 'm', 'c', 'g')")
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    assert con.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 0
    assert con.execute("PRAGMA synchronous").fetchone()[0] == 1


def test_a_finished_run_is_on_disk_for_another_connection(tmp_path):
    db = tmp_path / "pipeline.sqlite"
    con = store.connect(db)
    run_id = store.start_run(con, "v", "m", "c", "g")
    store.finish_run(con, run_id, 3, 0)
    other = sqlite3.connect(db)
    assert other.execute("SELECT n_documents, status FROM runs").fetchone() == (3, "finished")
    assert other.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
