"""`claimtable extract --scheduler tcp://…` on a real Dask cluster: a scheduler and two workers
started here as separate processes on 127.0.0.1, stopped (their whole process groups) at the
end of each test module or test, whatever happens."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimtable import cluster

sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
from bench_extract import build_corpus

pytestmark = pytest.mark.slow
DASK = Path(sys.executable).parent / "dask"
START_TIMEOUT = 60
RUN_TIMEOUT = 180


class Cluster:
    """A Dask scheduler and its workers, each a process group of its own."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.procs: list[subprocess.Popen] = []
        self.workers: list[subprocess.Popen] = []
        self.address = ""

    def _start(self, *args: str) -> subprocess.Popen:
        log = open(self.folder / f"log-{len(self.procs)}.txt", "wb")  # noqa: SIM115
        proc = subprocess.Popen([str(DASK), *args], cwd=self.folder, stdin=subprocess.DEVNULL,
                                stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
                                env={**os.environ, "DASK_TEMPORARY_DIRECTORY": str(self.folder)})
        log.close()
        self.procs.append(proc)
        return proc

    def start(self, workers: int = 2) -> Cluster:
        import dask
        from distributed import Client

        info = self.folder / "scheduler.json"
        self._start("scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                    "--scheduler-file", str(info))
        deadline = time.monotonic() + START_TIMEOUT
        while not info.is_file() or not info.read_text().strip():
            assert time.monotonic() < deadline, "the Dask scheduler did not start"
            assert self.procs[0].poll() is None, "the Dask scheduler exited"
            time.sleep(0.1)
        time.sleep(0.1)  # the file is written in one go, but give it a moment
        self.address = json.loads(info.read_text())["address"]
        assert self.address.startswith("tcp://127.0.0.1:")
        for _ in range(workers):
            self.workers.append(self._start(
                "worker", self.address, "--nworkers", "1", "--nthreads", "1", "--host",
                "127.0.0.1", "--no-dashboard", "--local-directory", str(self.folder)))
        with dask.config.set({"temporary-directory": str(self.folder)}), \
                Client(self.address, timeout=START_TIMEOUT) as client:
            client.wait_for_workers(workers, timeout=START_TIMEOUT)
        return self

    def kill(self, proc: subprocess.Popen, sig: int = signal.SIGKILL) -> None:
        if proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, sig)

    def stop(self) -> None:
        for proc in reversed(self.procs):
            self.kill(proc, signal.SIGTERM)
        for proc in reversed(self.procs):
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill(proc)
                proc.wait(timeout=15)
            # the nanny's worker process shares the group: make sure nothing of it is left
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)


@pytest.fixture(scope="module")
def dask_cluster(tmp_path_factory):
    running = Cluster(tmp_path_factory.mktemp("dask"))
    try:
        yield running.start()
    finally:
        running.stop()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    build_corpus(folder, 160, seed=3)
    return folder


def extract(*args: str, env: dict | None = None, cwd: Path | None = None):
    return subprocess.run([sys.executable, "-m", "claimtable", "extract", *args],
                          capture_output=True, text=True, timeout=RUN_TIMEOUT, check=False,
                          env={**os.environ, **(env or {})}, cwd=cwd)


def sorted_rows(csv_text: str) -> list[dict]:
    rows = list(csv.DictReader(io.StringIO(csv_text)))
    return sorted(rows, key=lambda r: (r["article"], int(r["start"])))


def test_rows_on_the_cluster_equal_the_single_process_rows(dask_cluster, corpus, tmp_path):
    archive = tmp_path / "news.jsonl"
    with open(archive, "w", encoding="utf-8") as f:
        for path in sorted(corpus.iterdir())[:40]:
            f.write(json.dumps({"article": f"j-{path.stem}", "text": path.read_text()}) + "\n")
        f.write('{"text": 5}\n')  # a bad row, named by both engines
    single = extract(str(corpus), str(archive), "--jobs", "1")
    assert single.returncode == 1, single.stderr
    on_dask = extract(str(corpus), str(archive), "--scheduler", dask_cluster.address,
                      "--batch", "8")
    assert on_dask.returncode == 1, on_dask.stderr
    assert sorted_rows(on_dask.stdout) == sorted_rows(single.stdout)
    assert on_dask.stdout == single.stdout  # and written in the same order
    assert len({r["article"] for r in sorted_rows(single.stdout)}) > 150
    assert "news.jsonl: line 41: 'text' is int, not text" in on_dask.stderr
    assert f"Dask scheduler {dask_cluster.address}, 2 worker(s)" in on_dask.stderr


def test_a_parquet_dataset_from_the_cluster_holds_the_same_claims(dask_cluster, corpus,
                                                                  tmp_path):
    from claimtable import dataset, pipeline

    single = tmp_path / "single.csv"
    assert extract(str(corpus), "--jobs", "1", "--output", str(single)).returncode == 0
    result = extract(str(corpus), "--scheduler", dask_cluster.address, "--format", "parquet",
                     "--output", str(tmp_path / "claims"))
    assert result.returncode == 0, result.stderr
    table = dataset.read_claims(tmp_path / "claims").sort_values(["article", "start"])
    expected = pipeline.read_table(single)
    assert len(table) == len(expected)
    assert table["value_low"].tolist() == expected["value_low"].astype(float).tolist()
    assert table["category"].tolist() == expected["category"].tolist()


def test_an_unreachable_scheduler_is_named_and_exits_1(corpus):
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = extract(str(corpus), "--scheduler", f"tcp://127.0.0.1:{port}",
                     env={"DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "3s"})
    assert result.returncode == 1
    assert f"cannot reach the Dask scheduler at tcp://127.0.0.1:{port}" in result.stderr
    assert result.stdout == ""


def test_a_worker_killed_mid_run_costs_a_retry_not_an_article(corpus, tmp_path):
    single = extract(str(corpus), "--jobs", "1")
    assert single.returncode == 0
    running = Cluster(tmp_path)
    try:
        running.start(workers=2)
        run = subprocess.Popen(
            [sys.executable, "-m", "claimtable", "extract", str(corpus), "--scheduler",
             running.address, "--batch", "4"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, cluster.DELAY_ENV: "0.25"})
        try:
            # 40 tasks of 0.25 s or more on two workers: about 5 s once the command has
            # connected (its first line); kill one worker 1 s into the work
            first = run.stderr.readline()
            assert "Dask scheduler" in first, first
            time.sleep(1.0)
            assert run.poll() is None, "the run ended before a worker could be killed"
            running.kill(running.workers[0])
            running.workers[0].wait(timeout=15)
            out, err = run.communicate(timeout=RUN_TIMEOUT)
        finally:
            if run.poll() is None:
                run.kill()
                run.wait()
    finally:
        running.stop()
    assert run.returncode == 0, err
    assert out == single.stdout  # every article once, none lost, none doubled
    assert "not extracted" not in err


def test_a_batch_is_the_per_article_function_of_the_single_process_path(corpus):
    from claimtable import pipeline

    items = list(pipeline.iter_items([corpus], []))[:5]
    assert cluster.claims_of_batch(items) == [pipeline.claims_of_item(i) for i in items]


def test_a_local_cluster_gives_the_single_process_rows(corpus, tmp_path):
    few = tmp_path / "few"
    few.mkdir()
    for path in sorted(corpus.iterdir())[:24]:
        (few / path.name).write_bytes(path.read_bytes())
    single = extract(str(few), "--jobs", "1")
    local = extract(str(few), "--scheduler", "local", "--jobs", "2", "--batch", "5")
    assert local.returncode == single.returncode == 0, local.stderr
    assert local.stdout == single.stdout
    assert "dashboard http://127.0.0.1:" in local.stderr


def test_a_batch_lost_on_every_try_names_each_of_its_articles(tmp_path):
    from claimtable.archive import ArchiveRow

    batch = [(tmp_path / "a.txt", ""), ArchiveRow(str(tmp_path / "n.jsonl"), 7, "x", "text",
                                                  where="line")]
    lost = cluster._lost(batch, RuntimeError("worker died"))
    assert [rows for rows, _ in lost] == [[], []]
    assert lost[0][1].startswith(f"{tmp_path / 'a.txt'}: not extracted")
    assert lost[1][1].startswith(f"{tmp_path / 'n.jsonl'}: line 7: not extracted")
    assert all("worker died" in problem for _, problem in lost)
