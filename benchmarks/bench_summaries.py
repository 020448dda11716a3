"""Benchmark notebooks 01 (load), 02 (claims), 04 (charts) and 05 (report) on both engines
as the row tables grow.

    python benchmarks/bench_summaries.py [--base 4000] [--copies 5 25] [--engines duckdb pandas]
                                         [--notebooks 01 02 04 05] [--pandas-up-to 100000] [--work DIR]

The row tables of ``--base`` generated articles (``synthetic.write_collection``, seed 7;
notebooks 01 and 02's stages: ``articles.csv``, ``sentences.csv``, ``claims.csv``) are
copied ``--copies`` times under new article ids (``<id>-<copy>``): 4,000 × 5 = 20,000 and
× 25 = 100,000 articles. The comparison stage (DuckDB) writes the estimates, relays and
other tables of each copy; then each engine runs notebooks 04 and 05 with papermill, each in
a fresh child process: seconds and the peak RSS of the notebook's kernel (``ru_maxrss`` of
the child's children). The engines must write the same ``places.csv`` and show the same
report text. Notebook 01 loads a JSONL archive of the generated articles' texts, copied
the same way; the engines must write the same ``articles.csv`` and ``sentences.csv`` and show
the same text. Notebook 02 takes the copied claims as a claims Parquet dataset
(``claims_dataset``, as ``claimtable report --claims`` gives it) and writes ``claims.csv`` from
it; the engines must write the same bytes and show the same text. Not part of ``make test``;
``make bench-summaries`` runs it.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = """
import json, resource, sys, time
from pathlib import Path
from claimtable import notebooks, paths
start = time.perf_counter()
notebooks.run(paths.NOTEBOOKS / sys.argv[1], Path(sys.argv[2]), json.loads(sys.argv[3]))
print(json.dumps({"seconds": time.perf_counter() - start,
                  "rss": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024}))
"""
ROW_TABLES = ("articles.csv", "sentences.csv", "claims.csv")


def base_tables(work: Path, articles: int) -> Path:
    """The processed row tables of ``articles`` generated articles (reused when there)."""
    from claimtable import pipeline, synthetic

    out = work / "base" / "processed"
    if (out / "claims.csv").is_file():
        return out
    raw = synthetic.write_collection(work / "base" / "raw", articles=articles, seed=7)
    pipeline.extract_stage(pipeline.load_stage(raw, out), out)
    return out


def copied(base: Path, folder: Path, copies: int) -> Path:
    """The base row tables copied ``copies`` times, the article ids made ``<id>-<copy>``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ROW_TABLES:
        with open(base / name, encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        at = rows[0].index("article")
        with open(folder / name, "w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(rows[0])
            for copy in range(copies):
                for row in rows[1:]:
                    writer.writerow([*row[:at], f"{row[at]}-{copy}", *row[at + 1:]])
    return folder


def archive(raw: Path, target: Path, copies: int) -> Path:
    """The texts of a folder of generated articles copied ``copies`` times as a JSONL archive,
    the ids made ``<id>-<copy>`` as in ``copied`` (written once)."""
    if target.is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    files = sorted(raw.glob("*.txt"))
    with open(target, "w", encoding="utf-8") as out:
        for copy in range(copies):
            for path in files:
                row = {"article": f"{path.stem}-{copy}", "text": path.read_text(encoding="utf-8")}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return target


def run_notebook(name: str, output: Path, params: dict) -> dict:
    """One notebook in a child process: seconds and its kernel's peak RSS (bytes)."""
    done = subprocess.run([sys.executable, "-c", CHILD, name, str(output), json.dumps(params)],
                          check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def shown_text(notebook: Path) -> list[str]:
    """The plain-text outputs of an executed notebook (what nbval compares)."""
    import nbformat

    nb = nbformat.read(notebook, as_version=4)
    return [out["data"]["text/plain"] for cell in nb.cells if cell.cell_type == "code"
            for out in cell.outputs if "text/plain" in out.get("data", {})
            and not out["data"]["text/plain"].startswith("<IPython.core.display.Image")]


def lines(path: Path) -> int:
    with open(path, "rb") as f:
        return sum(1 for _ in f) - 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=int, default=4_000)
    parser.add_argument("--copies", type=int, nargs="+", default=[5, 25])
    parser.add_argument("--engines", nargs="+", default=["duckdb", "pandas"])
    parser.add_argument("--pandas-up-to", type=int, default=100_000,
                        help="run the pandas engine only up to this many articles (it is slow)")
    parser.add_argument("--notebooks", nargs="+", default=["01", "02", "04", "05"],
                        choices=["01", "02", "04", "05"])
    parser.add_argument("--work", type=Path, help="keep the generated data here (reused)")
    args = parser.parse_args(argv)
    from claimtable import dataset, pipeline

    nb02_lines = ["| articles | claims | sentences | engine | nb 01 | nb 01 peak RSS | nb 02 | nb 02 peak RSS |",
                  "|---:|---:|---:|---|---:|---:|---:|---:|"]
    out_lines = ["| articles | claims | sentences | engine | nb 04 | nb 04 peak RSS | nb 05 | nb 05 peak RSS |",
                 "|---:|---:|---:|---|---:|---:|---:|---:|"]
    with tempfile.TemporaryDirectory(prefix="claimtable-bench-summaries-") as tmp:
        work = args.work or Path(tmp)
        start = time.perf_counter()
        base = base_tables(work, args.base)
        print(f"{args.base:,} articles extracted in {time.perf_counter() - start:.0f} s", file=sys.stderr)
        for copies in args.copies:
            n = args.base * copies
            processed = copied(base, work / f"n{n}" / "processed", copies)
            pipeline.compare_stage(processed / "claims.csv", processed, engine="duckdb")
            sizes = f"| {n:,} | {lines(processed / 'claims.csv'):,} | {lines(processed / 'sentences.csv'):,} |"
            shown: dict[str, tuple[bytes, list[str]]] = {}
            nb01: dict[str, str] = {}
            if "01" in args.notebooks:
                news = archive(base.parent / "raw", work / f"n{n}" / "news.jsonl", copies)
                for engine in args.engines:
                    if engine == "pandas" and n > args.pandas_up_to:
                        continue
                    out = work / f"n{n}" / f"01-{engine}"
                    run = run_notebook("01_load_sources.ipynb", out / "01.ipynb",
                                       {"raw_dir": str(news), "manifest": "", "out_dir": str(out), "engine": engine})
                    nb01[engine] = f"{run['seconds']:.1f} s | {run['rss'] / 2**20:,.0f} MiB"
                    shown[engine] = ((out / "articles.csv").read_bytes() + (out / "sentences.csv").read_bytes(),
                                     shown_text(out / "01.ipynb"))
                if len({(p, tuple(t)) for p, t in shown.values()}) > 1:
                    print(f"{n:,} articles: the engines' notebook 01 tables or text differ", file=sys.stderr)
                    return 1
                shown = {}
            if {"01", "02"} & set(args.notebooks):
                claims_dir = work / f"n{n}" / "claims"
                if "02" in args.notebooks and not claims_dir.is_dir():
                    with open(processed / "claims.csv", encoding="utf-8", newline="") as f:
                        dataset.write_claims_dataset(csv.DictReader(f), claims_dir)
                for engine in args.engines:
                    if engine == "pandas" and n > args.pandas_up_to:
                        continue
                    out = work / f"n{n}" / f"02-{engine}"
                    nb02 = "— | —"
                    if "02" in args.notebooks:
                        run = run_notebook("02_extract_claims.ipynb", out / "02.ipynb",
                                           {"sentences_table": str(processed / "sentences.csv"), "out_dir": str(out),
                                            "claims_dataset": str(claims_dir), "engine": engine})
                        nb02 = f"{run['seconds']:.1f} s | {run['rss'] / 2**20:,.0f} MiB"
                        shown[engine] = ((out / "claims.csv").read_bytes(), shown_text(out / "02.ipynb"))
                    nb02_lines.append(f"{sizes} {engine} | {nb01.get(engine, '— | —')} | {nb02} |")
                    print(nb02_lines[-1], file=sys.stderr, flush=True)
                if len({(p, tuple(t)) for p, t in shown.values()}) > 1:
                    print(f"{n:,} articles: the engines' claims.csv or notebook 02 text differ", file=sys.stderr)
                    return 1
                shown = {}
            for engine in args.engines:
                if (engine == "pandas" and n > args.pandas_up_to) or not {"04", "05"} & set(args.notebooks):
                    continue
                params = {"processed_dir": str(processed), "figures_dir": str(work / f"n{n}" / engine),
                          "engine": engine}
                nb04 = run_notebook("04_charts.ipynb", work / f"n{n}" / f"04-{engine}.ipynb", params)
                places = (processed / "places.csv").read_bytes()
                nb05 = run_notebook("05_report.ipynb", work / f"n{n}" / f"05-{engine}.ipynb", params)
                shown[engine] = (places, shown_text(work / f"n{n}" / f"05-{engine}.ipynb"))
                out_lines.append(f"{sizes} {engine} | {nb04['seconds']:.1f} s | {nb04['rss'] / 2**20:,.0f} MiB "
                                 f"| {nb05['seconds']:.1f} s | {nb05['rss'] / 2**20:,.0f} MiB |")
                print(out_lines[-1], file=sys.stderr, flush=True)
            if len({(p, tuple(t)) for p, t in shown.values()}) > 1:
                print(f"{n:,} articles: the engines' places.csv or report text differ", file=sys.stderr)
                return 1
    print("\n".join(nb02_lines if {"01", "02"} & set(args.notebooks) else []))
    print("\n".join(out_lines if {"04", "05"} & set(args.notebooks) else []))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
