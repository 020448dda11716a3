"""Run ``claimtable extract`` on a Dask cluster: a local one or an existing one.

``--scheduler local`` starts a ``LocalCluster`` of worker processes (one thread each) for the
run; ``--scheduler tcp://HOST:PORT`` uses a running cluster, whose workers need this package
installed (the same version; checked before the run). An archive's rows are read here, in
order, and sent to the workers in batches (``--batch`` articles a task); a file named on the
command line is read by the worker, which must see the same path (a shared file system); the per-article work is
``pipeline.claims_of_item``, the very function of the single-process path, so the rows are
the rows of ``--jobs 1``, written in the same order.

A task is pure: its result depends on its batch only, and each batch's result is taken once,
by its key. A worker that dies mid-run loses only the batches it was running: the scheduler
runs them again on another worker (up to ``distributed.scheduler.allowed-failures`` times, 3
by default); an exception inside a task is retried ``RETRIES`` times. A batch that still
fails names each of its articles as a problem: an article is never lost silently nor doubled.

>>> list(batched(iter(range(5)), 2))
[[0, 1], [2, 3], [4]]
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from claimtable import __version__, pipeline

if TYPE_CHECKING:
    from distributed import Client

#: Articles in one task: large enough that Dask's overhead (about 1 ms a task) is small
#: beside the work (about 1.5 ms an article), small enough to spread and retry cheaply.
BATCH = 64
#: Retries of a task that raised an exception (a worker's death is retried by the scheduler).
RETRIES = 2
#: Batches in flight (sent and not yet written) per worker thread: keeps every worker busy
#: while memory stays bounded, however large the archive.
IN_FLIGHT_PER_THREAD = 4
#: Seconds to wait for the first worker of an existing cluster.
WORKER_TIMEOUT = 60
#: For tests and demonstrations only: seconds each task sleeps before its work, so that a
#: worker can be stopped while it holds tasks. Read from the environment of the command.
DELAY_ENV = "CLAIMTABLE_TEST_TASK_DELAY"


class ClusterError(RuntimeError):
    """The cluster cannot run the extraction (unreachable, no workers, wrong package).

    >>> str(ClusterError("no workers"))
    'no workers'
    """


def batched(items: Iterator, size: int) -> Iterator[list]:
    """Consecutive lists of ``size`` items (the last one shorter).

    >>> list(batched(iter(range(5)), 2))
    [[0, 1], [2, 3], [4]]
    """
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def claims_of_batch(batch: list[pipeline.WorkItem],
                    delay: float = 0.0) -> list[tuple[list[dict], str | None]]:
    """The task each worker runs: ``pipeline.claims_of_item`` on every article of a batch
    (after ``delay`` seconds, for tests only: see ``DELAY_ENV``).

    >>> from claimtable.archive import BadRow
    >>> claims_of_batch([BadRow("a.jsonl", 3, "empty text", "line")])
    [([], 'a.jsonl: line 3: empty text')]
    """
    if delay > 0:
        time.sleep(delay)
    return [pipeline.claims_of_item(item) for item in batch]


def worker_version() -> str:
    """The version of this package in a worker (run on every worker before the extraction).

    >>> worker_version() == __version__
    True
    """
    return __version__


@contextmanager
def connect(scheduler: str, workers: int = 2, stream: TextIO | None = None) -> Iterator[Client]:
    """A client of the cluster at ``scheduler`` (``"local"``: a new ``LocalCluster`` of
    ``workers`` processes, closed afterwards). The dashboard's address goes to ``stream``.

    >>> with connect("local", workers=1) as client:  # doctest: +SKIP
    ...     len(client.scheduler_info()["workers"])
    1
    """
    import logging
    import tempfile  # here with Dask's imports: `claimtable extract` without Dask never needs it

    import dask
    from distributed import Client, LocalCluster

    stream = stream or sys.stderr
    cluster = None
    # Dask's scratch files (locks; a local cluster's spill) go to a folder removed afterwards
    scratch = tempfile.TemporaryDirectory(prefix="claimtable-dask-")
    dask.config.set({"temporary-directory": scratch.name})
    try:
        if scheduler == "local":
            cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1,
                                   processes=True, dashboard_address="127.0.0.1:0",
                                   host="127.0.0.1", silence_logs=logging.ERROR,
                                   local_directory=scratch.name)
            client = Client(cluster)
        else:
            try:
                client = Client(scheduler)  # timeout: distributed.comm.timeouts.connect
            except (OSError, TimeoutError, ValueError) as e:
                raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from e
        try:
            _check_workers(client)
            link = client.dashboard_link if client.scheduler_info().get("services") else ""
            count = len(client.scheduler_info().get("workers", {}))
            print(f"claimtable: Dask scheduler {client.scheduler.address}, {count} worker(s)"
                  + (f", dashboard {link}" if link else ""), file=stream)
            yield client
        finally:
            client.close()
    finally:
        if cluster is not None:
            cluster.close()
        scratch.cleanup()


def _check_workers(client: Client) -> None:
    try:
        client.wait_for_workers(1, timeout=WORKER_TIMEOUT)
    except TimeoutError as e:
        raise ClusterError(f"no Dask worker joined the scheduler in {WORKER_TIMEOUT} s") from e
    versions = client.run(worker_version, on_error="return")
    # a worker that left while being asked is no verdict on the others (the run goes on
    # without it); one that answered with an error cannot import this package
    failed = {w: v for w, v in versions.items()
              if isinstance(v, BaseException) and not isinstance(v, (OSError, TimeoutError))}
    if failed:
        worker, error = sorted(failed.items())[0]
        raise ClusterError("the Dask workers cannot run claimtable (install this package, "
                           f"version {__version__}, on every worker): {worker}: "
                           f"{type(error).__name__}: {error}")
    wrong = sorted(f"{w} has {v}" for w, v in versions.items()
                   if isinstance(v, str) and v != __version__)
    if wrong:
        raise ClusterError(f"Dask workers run another claimtable than {__version__}: "
                           + "; ".join(wrong))


def _lost(batch: list[pipeline.WorkItem], error: BaseException) -> list[tuple[list, str]]:
    """Each article of a batch that failed on every try, as a problem naming it."""
    def name(item: pipeline.WorkItem) -> str:
        return str(item[0]) if isinstance(item, tuple) else str(item)
    return [([], f"{name(item)}: not extracted: its Dask task failed on every try "
                 f"({type(error).__name__}: {error})") for item in batch]


def iter_claims_dask(items: Iterable[str | Path], problems: list[str], scheduler: str,
                     workers: int = 2, batch: int = BATCH, progress: bool = False,
                     stream: TextIO | None = None) -> Iterator[dict]:
    """Claims of files, folders and archives computed on a Dask cluster, in the order of
    ``pipeline.iter_claims`` (so the same rows in the same order), streamed: at most
    ``IN_FLIGHT_PER_THREAD`` batches per worker thread are in flight or waiting to be
    written. Problems (bad files and rows, articles lost) go to ``problems`` in order.

    >>> sum(1 for _ in iter_claims_dask(["data/raw"], [], "local", workers=1))  # doctest: +SKIP
    13
    """
    stream = stream or sys.stderr
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(unit="article", file=stream, dynamic_ncols=True)
    try:
        with connect(scheduler, workers, stream) as client:
            threads = sum(client.nthreads().values()) or 1
            window = _Window(client, enumerate(batched(pipeline.iter_items(items, problems), max(1, batch))),
                             max(4, IN_FLIGHT_PER_THREAD * threads))
            window.send()
            for future in window.pending:  # futures sent while iterating are waited for too
                articles = window.receive(future)
                if bar is not None:
                    bar.update(articles)
                for rows, problem in window.in_order():
                    if problem:
                        problems.append(problem)
                    yield from rows
                window.send()
    finally:
        if bar is not None:
            bar.close()


class _Window:
    """The batches of one run on a Dask client: at most ``size`` sent or waiting to be
    written; results are taken as they finish and handed on in the batches' order."""

    def __init__(self, client: Client, batches: Iterator[tuple[int, list]], size: int) -> None:
        import uuid  # (with Dask's imports: see ``connect``)

        from distributed import as_completed

        self.client, self.batches, self.size = client, batches, size
        self.token = uuid.uuid4().hex[:12]
        self.delay = float(os.environ.get(DELAY_ENV) or 0)
        self.sent: dict[str, tuple[int, list]] = {}  # key -> (index, batch)
        self.done: dict[int, list] = {}  # index -> results, until written
        self.pending = as_completed()
        self.following = 0
        self.exhausted = False

    def send(self) -> None:
        """Submit batches until the window is full or the work runs out."""
        while not self.exhausted and len(self.sent) + len(self.done) < self.size:
            step = next(self.batches, None)
            if step is None:
                self.exhausted = True
                return
            index, work = step
            future = self.client.submit(claims_of_batch, work, self.delay, pure=False, retries=RETRIES,
                                        key=f"claimtable-{self.token}-{index:09d}")
            self.sent[future.key] = (index, work)
            self.pending.add(future)

    def receive(self, future) -> int:
        """Take a finished batch's results (each article a problem when it failed on every
        try); returns how many articles it held."""
        from concurrent.futures import CancelledError

        from distributed.scheduler import KilledWorker

        index, work = self.sent.pop(future.key)
        try:
            self.done[index] = future.result()
        except (KilledWorker, CancelledError) as e:
            self.done[index] = _lost(work, e)
        future.release()
        return len(work)

    def in_order(self) -> Iterator[tuple[list, str]]:
        """The results of the batches that are next in order, each article's rows and problem."""
        while self.following in self.done:
            yield from self.done.pop(self.following)
            self.following += 1
