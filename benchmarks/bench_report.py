"""Benchmark the whole report on generated collections of 50, 1,000 and 5,000 articles.

    python benchmarks/bench_report.py [--sizes 50 1000 5000] [--seed 7]

Each collection (``claimtable.synthetic``: many outlets relaying a few claimants' statements
over eight months, with a sources manifest) goes through ``claimtable report RAW --out DIR``
in a child process. Printed per size: the claims, the end-to-end time (not per notebook: the
run's notebooks are cleaned of papermill's timings), the peak RSS of the largest process (the command or a notebook kernel), and
the size of ``report/index.html``. Run by ``make bench-report``, never by ``make test``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from claimtable import synthetic

MEASURE = ("import resource, sys; from claimtable.cli import main; rc = main(sys.argv[1:]); "
           "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "
           "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); sys.exit(rc)")


def run_report(raw: Path, out: Path) -> tuple[float, int]:
    """Seconds and peak RSS (KiB, the largest of the command and its kernels)."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", MEASURE, "report", str(raw), "--out", str(out)],
                          capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"report failed:\n{done.stderr[-2000:]}")
    self_rss, child_rss = (int(x) for x in done.stderr.strip().splitlines()[-1].split())
    return seconds, max(self_rss, child_rss)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[50, 1000, 5000])
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    # no time per notebook: a run's notebooks are cleaned of papermill's timings (same bytes every run)
    print("| articles | claims | end to end | peak RSS | report size |")
    print("|---" * 5 + "|")
    for size in args.sizes:
        with tempfile.TemporaryDirectory(prefix="claimtable-bench-report-") as tmp:
            raw = synthetic.write_collection(Path(tmp) / "collection" / "raw", size, args.seed)
            out = Path(tmp) / "out"
            seconds, rss = run_report(raw, out)
            claims = (out / "processed" / "claims.csv").read_text(encoding="utf-8").count("\n") - 1
            html = (out / "report" / "index.html").stat().st_size
            print(f"| {size:,} | {claims:,} | {seconds:.1f} s | {rss / 1024:,.0f} MiB | "
                  f"{html / 1e6:.2f} MB |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
