"""One writer per output folder: `pipeline run` holds an exclusive lock on OUT/.pipeline.lock.

A second run on the same folder refuses at once with one line and exit 2, rather than waiting: a run
over a corpus takes hours, so a silent wait looks like a hang, and a queued second run would redo the
same documents (or, with another config, interleave two configurations in one store). Refusing names the
process holding the folder, and the user decides (wait, or choose another --out). The lock is
`fcntl.flock` on an open file: the operating system releases it when the process ends in any way
(kill -9, power loss), so there is no stale lock to clean up. Readers (`inspect`, `export`, Datasette)
take no lock: the database is in WAL mode and they read while a run writes.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..errors import PipelineError

LOCK_NAME = ".pipeline.lock"


class FolderBusy(PipelineError):
    """Another `pipeline run` writes to this output folder."""


def check_free(out_dir: Path) -> None:
    """Refuse now (before the model is loaded) if a run holds the folder; writes nothing."""
    try:
        fd = os.open(out_dir / LOCK_NAME, os.O_RDWR)
    except OSError:
        return  # no lock file (no run yet), or a folder that cannot be read: opening the store says why
    try:
        _acquire(fd, out_dir)
    finally:
        os.close(fd)


@contextmanager
def output_lock(out_dir: Path) -> Iterator[None]:
    """Hold the folder's lock (creating the folder); FolderBusy if another process holds it. A folder that
    cannot be created is not locked: opening the store then reports why."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(out_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        yield
        return
    try:
        _acquire(fd, out_dir)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}".encode(), 0)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _acquire(fd: int, out_dir: Path) -> None:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no advisory locks; one writer is then the user's care
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(fd, 100, 0).decode(errors="replace").strip() or "another process"
        raise FolderBusy(f"{out_dir}: another 'pipeline run' is writing this folder ({holder}); wait for "
                         "it to finish or choose another --out") from None
