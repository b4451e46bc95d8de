"""Copying one store into another (SQLite -> PostgreSQL with `pipeline export --to postgresql://...`),
through the same store functions, so the copy has the same guarantees as a run."""
from __future__ import annotations

from .sqlite import document_ids, read_document, rows, write_document


def copy_store(src, dest) -> int:
    """Every document (with its records), the glossary, runs and errors of store `src` into store `dest`
    (e.g. SQLite -> PostgreSQL), each document in one transaction; returns the documents copied."""
    n = 0
    for doc_id in document_ids(src):
        doc = read_document(src, doc_id)
        run_id = src.execute("SELECT run_id FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()[0]
        write_document(dest, doc, run_id)
        n += 1
    with dest:
        for table, key in (("runs", "run_id"), ("errors", "path, stage")):
            cur = src.execute(f"SELECT * FROM {table}")
            names = [c[0] for c in cur.description]
            marks = ",".join("?" * len(names))
            updates = ", ".join(f"{c} = excluded.{c}" for c in names if c not in key.split(", "))
            for row in cur.fetchall():
                dest.execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})"
                             f" ON CONFLICT ({key}) DO UPDATE SET {updates}", row)
        if getattr(dest, "dialect", "sqlite") == "postgresql":  # identity columns continue after copied ids
            dest.execute("SELECT setval(pg_get_serial_sequence('runs', 'run_id'), COALESCE(MAX(run_id), 1)) FROM runs")
    glossary = rows(src, "SELECT * FROM glossary")
    with dest:
        dest.execute("DELETE FROM glossary")
        if glossary:
            names = list(glossary[0])
            dest.executemany(f"INSERT INTO glossary ({', '.join(names)}) VALUES ({','.join('?' * len(names))})",
                             [tuple(r.values()) for r in glossary])
    return n
