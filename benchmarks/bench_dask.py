"""Benchmark `claimtable extract` on Dask against the single-process run, on a JSONL archive.

    python benchmarks/bench_dask.py [--articles 20000] [--seed 7] [--workers 1 2]

Writes a JSON Lines archive of generated articles (`bench_extract.make_article`, the corpus of
`make bench`) to a temporary folder, then times in the same run:

- `claimtable extract news.jsonl --jobs 1` (one process, no Dask);
- `claimtable extract news.jsonl --scheduler tcp://127.0.0.1:PORT` on a Dask scheduler with 1,
  then 2 workers (`dask scheduler`, `dask worker --nworkers 1 --nthreads 1`, separate
  processes started here on 127.0.0.1 and stopped after each run).

For each run: seconds, articles/s, scaling efficiency (articles/s over the 1-worker run's
times the workers), peak RSS of each worker process (polled with psutil) and of the command,
and CPU seconds per article (the workers' CPU time, or the process's). Every Dask run's
output must equal the single-process output byte for byte. Then the bytes of claims per
article (CSV and a Parquet dataset) and a cost projection for 1 million and 100 million
articles. Run by `make bench-dask`, never by `make test`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).parent))
from bench_extract import make_article

DASK = Path(sys.executable).parent / "dask"
TIMEOUT = 60
LOADS: list[float] = []


@dataclass
class Run:
    name: str
    workers: int
    seconds: float
    cpu_seconds: float
    worker_rss: list[int]  # bytes, peak of each worker process
    command_rss: int  # bytes, peak of the claimtable process
    command_cpu: float  # seconds of CPU of the claimtable process
    output: bytes
    load: float = 0.0  # the machine's mean load average over the run (other users' work too)


def build_archive(path: Path, n: int, seed: int) -> int:
    """A JSONL archive of ``n`` generated articles; returns the number of words."""
    rng = random.Random(seed)
    words = 0
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            text, _ = make_article(rng, i)
            f.write(json.dumps({"article": f"a{i:06d}", "text": text}) + "\n")
            words += len(text.split())
    return words


def start(folder: Path, *args: str) -> subprocess.Popen:
    log = open(folder / f"{args[0]}-{time.monotonic_ns()}.log", "wb")  # noqa: SIM115
    proc = subprocess.Popen([str(DASK), *args], cwd=folder, stdin=subprocess.DEVNULL,
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
                            env={**os.environ, "DASK_TEMPORARY_DIRECTORY": str(folder)})
    log.close()
    return proc


def stop(procs: list[subprocess.Popen]) -> None:
    for proc in reversed(procs):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
    for proc in reversed(procs):
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=20)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)


def start_cluster(folder: Path, workers: int) -> tuple[str, list[subprocess.Popen]]:
    import dask
    from distributed import Client

    info = folder / f"scheduler-{workers}.json"
    procs = [start(folder, "scheduler", "--host", "127.0.0.1", "--port", "0",
                   "--scheduler-file", str(info), "--dashboard-address", "127.0.0.1:0")]
    try:
        deadline = time.monotonic() + TIMEOUT
        while not info.is_file() or not info.read_text().strip():
            if time.monotonic() > deadline or procs[0].poll() is not None:
                raise RuntimeError("the Dask scheduler did not start")
            time.sleep(0.1)
        time.sleep(0.2)
        address = json.loads(info.read_text())["address"]
        for _ in range(workers):
            procs.append(start(folder, "worker", address, "--nworkers", "1", "--nthreads", "1",
                               "--host", "127.0.0.1", "--no-dashboard",
                               "--local-directory", str(folder)))
        with dask.config.set({"temporary-directory": str(folder)}), \
                Client(address, timeout=TIMEOUT) as client:
            client.wait_for_workers(workers, timeout=TIMEOUT)
    except BaseException:
        stop(procs)
        raise
    return address, procs


def worker_processes(nannies: list[subprocess.Popen]) -> list[psutil.Process]:
    """The processes that do the work: the children of each `dask worker` (its nanny)."""
    found = []
    for nanny in nannies:
        children = psutil.Process(nanny.pid).children(recursive=True)
        found.append(max(children, key=lambda p: p.memory_info().rss) if children
                     else psutil.Process(nanny.pid))
    return found


def cpu_of(procs: list[psutil.Process]) -> float:
    total = 0.0
    for p in procs:
        with contextlib.suppress(psutil.Error):
            t = p.cpu_times()
            total += t.user + t.system
    return total


def timed_command(args: list[str], watch: list[psutil.Process]) -> tuple[float, int, list[int],
                                                                          float, bytes]:
    """Seconds, the command's peak RSS, each watched process's peak RSS, the command's CPU
    seconds, and its stdout."""
    cmd = [sys.executable, "-c",
           "import resource, sys; from claimtable.cli import main; rc = main(sys.argv[1:]); "
           "u = resource.getrusage(resource.RUSAGE_SELF); "
           "print(u.ru_maxrss, u.ru_utime + u.ru_stime, file=sys.stderr); sys.exit(rc)",
           *args]
    peaks = [0] * len(watch)
    running = True

    def poll() -> None:
        while running:
            for i, p in enumerate(watch):
                with contextlib.suppress(psutil.Error):
                    peaks[i] = max(peaks[i], p.memory_info().rss)
            time.sleep(0.1)

    poller = threading.Thread(target=poll, daemon=True)
    poller.start()
    began = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, check=False)
    seconds = time.perf_counter() - began
    running = False
    poller.join()
    LOADS.append(os.getloadavg()[1])  # the 5-minute load average at the end of the run
    if done.returncode != 0:
        raise RuntimeError(f"claimtable extract failed: {done.stderr.decode()[-2000:]}")
    rss_kib, cpu = done.stderr.decode().strip().splitlines()[-1].split()
    return seconds, int(rss_kib) * 1024, peaks, float(cpu), done.stdout


def run_single(archive: Path) -> Run:
    seconds, rss, _, cpu, out = timed_command(["extract", str(archive), "--jobs", "1"], [])
    return Run("claimtable extract --jobs 1 (no Dask)", 1, seconds, cpu, [], rss, cpu, out,
               LOADS[-1])


def run_dask(archive: Path, folder: Path, workers: int, batch: int) -> Run:
    address, procs = start_cluster(folder, workers)
    try:
        watch = worker_processes(procs[1:])
        cpu_before = cpu_of(watch)
        seconds, rss, peaks, command_cpu, out = timed_command(
            ["extract", str(archive), "--scheduler", address, "--batch", str(batch)], watch)
        cpu = cpu_of(watch) - cpu_before
    finally:
        stop(procs)
    return Run(f"Dask, {workers} worker{'s' if workers > 1 else ''}", workers, seconds, cpu,
               peaks, rss, command_cpu, out, LOADS[-1])


def mib(n: float) -> str:
    return f"{n / 2**20:,.0f} MiB"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--batch", type=int, default=64)
    args = parser.parse_args()
    from claimtable import dataset, pipeline

    with tempfile.TemporaryDirectory(prefix="claimtable-bench-dask-") as tmp:
        folder = Path(tmp)
        archive = folder / "news.jsonl"
        words = build_archive(archive, args.articles, args.seed)
        n = args.articles
        print(f"corpus: {n:,} generated articles (seed {args.seed}), {words:,} words, "
              f"a JSONL archive of {archive.stat().st_size / 2**20:.1f} MiB; "
              f"{os.cpu_count()} cores, Python {sys.version.split()[0]}")
        single = run_single(archive)
        runs = [single]
        for w in args.workers:
            runs.append(run_dask(archive, folder, w, args.batch))
            if runs[-1].output != single.output:
                raise SystemExit(f"{runs[-1].name}: output differs from the single-process run")
        print("every Dask run's output equals the single-process output byte for byte")

        one = next((r for r in runs if r.name.startswith("Dask") and r.workers == 1), None)
        print()
        print("| run | time | articles/s | scaling efficiency | work efficiency | peak RSS per "
              "worker | peak RSS of the command | CPU per article, workers | CPU per article, "
              "command | load average |")
        print("|---|---|---|---|---|---|---|---|---|---|")
        for r in runs:
            rate = n / r.seconds
            eff = work = "—"
            if one is not None and r is not single:
                eff = f"{rate / (r.workers * n / one.seconds):.2f}"
                work = f"{one.cpu_seconds / r.cpu_seconds:.2f}"
            workers_rss = ", ".join(mib(x) for x in r.worker_rss) or "—"
            print(f"| {r.name} | {r.seconds:.1f} s | {rate:,.0f} | {eff} | {work} "
                  f"| {workers_rss} | {mib(r.command_rss)} | {r.cpu_seconds / n * 1000:.2f} ms "
                  f"| {r.command_cpu / n * 1000:.2f} ms | {r.load:.1f} |")

        csv_path = folder / "claims.csv"
        csv_path.write_bytes(single.output)
        claims = pipeline.read_table(csv_path).to_dict("records")
        dataset.write_claims_dataset(claims, folder / "claims")
        parquet = sum(p.stat().st_size for p in (folder / "claims").rglob("*") if p.is_file())
        csv_bytes = len(single.output)
        print()
        print(f"claims: {len(claims):,} rows, {len(claims) / n:.1f} per article; "
              f"CSV {csv_bytes / n:,.0f} bytes per article, Parquet dataset "
              f"{parquet / n:,.0f} bytes per article")

        cpu = (one or single).cpu_seconds / n
        client = max((r.command_cpu for r in runs if r is not single), default=0.0) / n
        best = runs[-1]
        eff = (n / best.seconds) / (best.workers * n / one.seconds) if one else 1.0
        work = one.cpu_seconds / best.cpu_seconds if one else 1.0
        print()
        print(f"projection from {cpu * 1000:.2f} CPU ms per article on a worker (the 1-worker "
              f"run) and {client * 1000:.2f} CPU ms per article in the command that reads the "
              f"archive and sends it (the most of the Dask runs); at {best.workers} workers the "
              f"scaling efficiency was {eff:.2f} (wall clock, on {os.cpu_count()} shared cores) "
              f"and the work efficiency {work:.2f} (CPU per article): workers below are "
              f"worker CPU hours over the work efficiency, one core each")
        print("| articles | worker CPU hours | workers for a one-hour run | commands for a "
              "one-hour run | claims as CSV | claims as Parquet |")
        print("|---|---|---|---|---|---|")
        for total in (1_000_000, 100_000_000):
            hours = cpu * total / 3600
            print(f"| {total:,} | {hours:,.1f} | {math.ceil(hours / min(work, 1.0)):,} "
                  f"| {math.ceil(client * total / 3600):,} "
                  f"| {csv_bytes / n * total / 1e9:,.1f} GB | {parquet / n * total / 1e9:,.1f} GB |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
