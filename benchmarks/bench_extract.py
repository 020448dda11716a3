"""Benchmark `claimtable extract` on a generated corpus, against quantulum3 on the same text.

    python benchmarks/bench_extract.py [--articles 10000] [--seed 7] [--quantulum-sample 200]

Builds a deterministic corpus of varied articles from sentence templates with random figures,
claimants and hedges (the generator knows every figure it wrote, so the run also reports the
extractor's F1), then times:

- `claimtable extract --jobs 1` and `--jobs <all cores>` on the folder (articles/s, words/s,
  peak RSS of the process);
- quantulum3's `parser.parse` on a sample of the same articles (words/s);
- a floor: reading the files and one regex pass for digits, with no analysis at all.

It prints one line per figure and the ratio of claimtable's single-process words/s to
quantulum3's. It is run by `make bench`, never by `make test`.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CLAIMANTS = [
    ("South Korea's National Intelligence Service said", "South Korea NIS"),
    ("Ukraine's military intelligence said", "Ukraine HUR"),
    ("The Pentagon said", "US Department of Defense"),
    ("Russia's defence ministry said", "Russia Ministry of Defence"),
    ("Ukrainian President Volodymyr Zelensky said", "Zelensky"),
    ("NATO said", "NATO"),
    ("Western officials said", "Western officials"),
]
HEDGES = [("", "exact"), ("about ", "approximate"), ("up to ", "upper_bound"),
          ("more than ", "lower_bound"), ("nearly ", "approximate"), ("at least ", "lower_bound")]
THINGS = [
    ("North Korean troops had arrived in Russia", "troops"),
    ("soldiers were training near Vladivostok", "troops"),
    ("shipping containers of ammunition had been sent", "containers"),
    ("artillery shells had been delivered", "munitions"),
    ("soldiers had been killed in the Kursk region", "casualties"),
    ("tanks were destroyed", "equipment"),
]
FILLER = [
    "The development raised alarm in Seoul and in Kyiv.",
    "Officials met on Friday to discuss the response with allies.",
    "Analysts caution that the language barrier could slow integration.",
    "Moscow and Pyongyang have deepened their ties in recent months.",
    "Satellite images released last week showed new camps near the border.",
]
WORDS = {2: "two", 3: "three", 5: "five", 8: "eight", 12: "twelve"}


def figure_text(rng: random.Random) -> tuple[str, int]:
    kind = rng.random()
    if kind < 0.15:
        n = rng.choice(list(WORDS))
        return f"{WORDS[n]} thousand", n * 1000
    n = rng.randrange(10, 200_000)
    return f"{n:,}", n


def make_article(rng: random.Random, index: int) -> tuple[str, list[tuple[int, str, str]]]:
    """An article's text and the claims it makes: (value, category, claimant)."""
    lines, truth = [f"Report number {index} on the war in Ukraine"], []
    for _ in range(rng.randrange(3, 8)):
        para = []
        for _ in range(rng.randrange(1, 4)):
            if rng.random() < 0.6:
                lead, claimant = rng.choice(CLAIMANTS)
                hedge, _ = rng.choice(HEDGES)
                text, value = figure_text(rng)
                thing, category = rng.choice(THINGS)
                para.append(f"{lead} {hedge}{text} {thing}.")
                truth.append((value, category, claimant))
            else:
                para.append(rng.choice(FILLER))
        lines.append(" ".join(para))
    return "\n".join(lines) + "\n", truth


def build_corpus(folder: Path, n: int, seed: int) -> tuple[dict[str, list], int]:
    rng = random.Random(seed)
    truth, words = {}, 0
    for i in range(n):
        text, claims = make_article(rng, i)
        name = f"a{i:06d}"
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        truth[name] = claims
        words += len(text.split())
    return truth, words


def run_extract(folder: Path, jobs: int) -> tuple[float, int, str]:
    """Seconds, peak RSS (KiB) and stdout of `claimtable extract` in a child process."""
    cmd = [sys.executable, "-c",
           "import resource, sys; from claimtable.cli import main; rc = main(sys.argv[1:]); "
           "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "
           "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); sys.exit(rc)",
           "extract", str(folder), "--jobs", str(jobs)]
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - start
    self_rss, child_rss = (int(x) for x in done.stderr.strip().splitlines()[-1].split())
    return seconds, max(self_rss, child_rss), done.stdout


def f1(stdout: str, truth: dict[str, list]) -> float:
    got = {(r["article"], int(float(r["value_low"])), r["category"], r["claimant"])
           for r in csv.DictReader(io.StringIO(stdout))}
    want = {(a, v, c, who) for a, claims in truth.items() for v, c, who in claims}
    tp = len(got & want)
    return 2 * tp / (len(got) + len(want)) if got or want else 1.0


def time_quantulum(folder: Path, names: list[str]) -> tuple[float, int]:
    from quantulum3 import parser

    texts = [(folder / f"{n}.txt").read_text(encoding="utf-8") for n in names]
    parser.parse("warm up 5 troops")  # first call loads its models
    start = time.perf_counter()
    for t in texts:
        parser.parse(t)
    return time.perf_counter() - start, sum(len(t.split()) for t in texts)


def time_floor(folder: Path) -> float:
    """Seconds to read every file, find its digit runs with one regex pass and write a CSV row
    for each, in this process: what any extractor in Python pays before it analyses anything."""
    import re

    digits = re.compile(r"\d[\d,.]*")
    out = csv.writer(io.StringIO())
    start = time.perf_counter()
    for path in sorted(folder.glob("*.txt")):
        text = path.read_bytes().decode("utf-8")
        for m in digits.finditer(text):
            out.writerow((path.stem, m.group(0), m.start(), m.end()))
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--quantulum-sample", type=int, default=200)
    args = ap.parse_args()
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="claimtable-bench-") as tmp:
        folder = Path(tmp)
        truth, words = build_corpus(folder, args.articles, args.seed)
        print(f"corpus: {args.articles} articles, {words:,} words, seed {args.seed}")
        results = {}
        for jobs in sorted({1, cores}):
            seconds, rss_kib, stdout = run_extract(folder, jobs)
            results[jobs] = seconds
            print(f"claimtable --jobs {jobs}: {seconds:.1f} s, {args.articles / seconds:,.0f} articles/s, "
                  f"{words / seconds:,.0f} words/s, peak RSS {rss_kib / 1024:,.0f} MiB, "
                  f"F1 {f1(stdout, truth):.3f}")
        sample = sorted(truth)[: args.quantulum_sample]
        q_seconds, q_words = time_quantulum(folder, sample)
        q_rate = q_words / q_seconds
        print(f"quantulum3 (sample of {len(sample)} articles): {q_seconds:.1f} s, {q_rate:,.0f} words/s")
        print(f"ratio claimtable --jobs 1 / quantulum3: {words / results[1] / q_rate:.1f}x")
        floor = time_floor(folder)
        print(f"floor (read, one digit scan, CSV rows; no analysis): {floor:.2f} s, "
              f"{words / floor:,.0f} words/s = {words / floor / q_rate:.0f}x quantulum3")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
