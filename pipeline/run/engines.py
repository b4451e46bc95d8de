"""Where documents are processed: in this process or `workers` local processes (batch.py), or on a
Dask cluster (`engine: dask`, extra `[dask]`).

With Dask each task is one whole document: a worker reads and processes the file and returns the plain
`Outcome` (the Document and its records, or the failure); the client stores each as it arrives, so it
stays the single writer and a killed client resumes like any run. Each worker process loads the model
and resources once (`batch.worker_resources`, the one per-process cache local workers use too), never
once per task. The input paths must be readable on every worker (one machine, or a shared file system); the parse cache
is the configured folder as each worker sees it. The store is order-independent (documents.jsonl is
written from it sorted by source and doc_id), so the output is the same bytes as a serial run whatever
order results arrive in.
"""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

from ..errors import PipelineError

CONNECT_TIMEOUT = "20s"


def dask_task(path: Path, config, cache):
    """One document on a Dask worker; never raises for a bad document (batch.analyse)."""
    from .batch import _worker_analyse

    return _worker_analyse(path, config, cache)


def _client(scheduler: Optional[str], workers: int):
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise PipelineError("--engine dask needs Dask: pip install -e '.[dask]'") from None
    if scheduler:
        try:
            return Client(scheduler, timeout=CONNECT_TIMEOUT), None
        except (OSError, TimeoutError) as e:
            raise PipelineError(f"{scheduler}: cannot reach the Dask scheduler ({e}); start it with 'dask scheduler' "
                                "and check the address (tcp://HOST:8786)") from None
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address=None, memory_limit=0)  # loopback only; each worker holds a model
    return Client(cluster), cluster


def check_scheduler(config) -> None:
    """With `scheduler:` set, fail now (one line, exit 2) if it cannot be reached: before the model is
    loaded and before the run is recorded."""
    if config.scheduler:
        _client(config.scheduler, config.workers)[0].close()


@contextmanager
def dask_outcomes(files: list[Path], config, res, scheduler: Optional[str] = None) -> Iterator[Iterator]:
    """Outcomes as documents finish on the cluster; a worker that dies fails its document alone."""
    from .batch import Outcome

    client, cluster = _client(scheduler, config.workers)
    futures = {}
    try:
        futures = {client.submit(dask_task, f, config, res.cache, key=f"document-{i}-{f.name}", pure=False): f
                   for i, f in enumerate(files)}

        def results():
            from distributed import as_completed

            for fut in as_completed(list(futures)):
                path = futures[fut]
                try:
                    yield fut.result()
                except Exception as e:  # KilledWorker (out of memory, crash) or a lost connection
                    yield Outcome(path, None, "process", f"{path}: the Dask worker failed ({type(e).__name__}: {e}); "
                                  "the document was skipped and the batch goes on")
        yield results()
    finally:  # Ctrl-C or a store that cannot write: documents not yet started are cancelled
        if futures:
            client.cancel(list(futures))
        client.close()
        if cluster is not None:
            cluster.close()
