"""Benchmark the comparison stage on both engines, from a claims Parquet dataset.

    python benchmarks/bench_compare.py [--articles 20000 100000] [--seed 7] [--work DIR]

For each size: generate articles (`synthetic.write_collection`), extract them with
`claimtable extract RAW --format parquet --output DIR` and write `articles.csv` beside the
dataset from the generated manifest (label "outlet · date", publication date). Then, in a
fresh child process per engine, `pipeline.compare_stage(DIR, OUT, engine=...)` (every table
written): seconds and the child's peak RSS (`resource`, `ru_maxrss`). The two engines'
tables must be the same bytes. Not part of `make test`; `make bench-compare` runs it.
"""

from __future__ import annotations

import argparse
import csv
import filecmp
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = """
import json, resource, sys, time
from claimtable import pipeline
start = time.perf_counter()
pipeline.compare_stage(sys.argv[1], sys.argv[2], engine=sys.argv[3])
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds,
                  "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}))
"""


def prepare(work: Path, articles: int, seed: int) -> Path:
    """The claims dataset of ``articles`` generated articles, with ``articles.csv`` beside it
    (reused when ``work`` already holds it)."""
    from claimtable import synthetic

    claims = work / "processed" / "claims"
    if (claims / "_common_metadata").is_file():
        return claims
    raw = synthetic.write_collection(work / "collection" / "raw", articles=articles, seed=seed)
    subprocess.run([sys.executable, "-m", "claimtable", "extract", str(raw), "--format", "parquet",
                    "--output", str(claims)], check=True)
    with open(raw.parent / "sources.csv", encoding="utf-8", newline="") as f, \
            open(claims.with_name("articles.csv"), "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["article", "label", "published"])
        for row in csv.DictReader(f):
            writer.writerow([row["article"], f"{row['outlet']} · {row['published']}", row["published"]])
    return claims


def measure(claims: Path, out: Path, engine: str) -> dict:
    """One engine's comparison in a child process: seconds and peak RSS (bytes)."""
    done = subprocess.run([sys.executable, "-c", CHILD, str(claims), str(out), engine],
                          check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def claim_count(claims: Path) -> int:
    from claimtable import dataset

    return dataset.open_claims(claims).count_rows()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[20_000, 100_000])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--work", type=Path, help="keep the generated data here (reused)")
    args = parser.parse_args(argv)
    lines = ["| articles | claims | engine | seconds | peak RSS |", "|---:|---:|---|---:|---:|"]
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.articles:
            work = (args.work or Path(tmp)) / f"n{n}"
            start = time.perf_counter()
            claims = prepare(work, n, args.seed)
            print(f"{n:,} articles prepared in {time.perf_counter() - start:.0f} s", file=sys.stderr)
            outs = {}
            for engine in ("pandas", "duckdb"):
                outs[engine] = work / f"out-{engine}"
                got = measure(claims, outs[engine], engine)
                lines.append(f"| {n:,} | {claim_count(claims):,} | {engine} | {got['seconds']:.1f} "
                             f"| {got['rss'] / 2**20:,.0f} MiB |")
                print(lines[-1], file=sys.stderr)
            for path in sorted(outs["pandas"].iterdir()):
                if not filecmp.cmp(path, outs["duckdb"] / path.name, shallow=False):
                    print(f"{n:,} articles: {path.name} differs between the engines", file=sys.stderr)
                    return 1
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
