"""The ``claimtable`` command.

``claimtable extract PATH [PATH ...] [--format csv|json]`` prints the claims table of the
files (folders stand for their files, sorted by name). Exit status: 0 when every path was
read, 1 when some were not (each named on stderr with the reason), 2 on a usage error.

``claimtable score GOLD.csv CLAIMS.csv`` prints how well a claims table agrees with a
hand-coded one (value, category, claimant and full precision, recall and F1, claimant accuracy,
and the misses); see :mod:`claimtable.score` for the matching rule. Exit status 0, 1 when a
file cannot be scored (named on stderr with the reason), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import os
import sys

from claimtable import __version__, load, pipeline


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimtable",
        description="Turn news articles into tables of the figures they report and who claims them.",
    )
    parser.add_argument("--version", action="version", version=f"claimtable {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="print the claims table of files or folders")
    ex.add_argument("paths", nargs="+", metavar="PATH", help="a text file or a folder of them")
    ex.add_argument("--format", choices=("csv", "json"), default="csv", help="output format")
    ex.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1, metavar="N",
                    help="worker processes (default: all cores)")
    sc = sub.add_parser("score", help="score a claims table against a hand-coded one")
    sc.add_argument("gold", metavar="GOLD.csv", help="hand-coded claims (article, value_low, "
                    "value_high, category, claimant)")
    sc.add_argument("claims", metavar="CLAIMS.csv", help="claims to score, e.g. the output of "
                    "claimtable extract")
    sc.add_argument("--all-articles", action="store_true",
                    help="also count claims of articles the gold table does not cover")
    sc.add_argument("--no-misses", action="store_true", help="print the scores only")
    return parser


def run_score(args: argparse.Namespace) -> int:
    """``claimtable score``: print the agreement report; 1 when a file cannot be scored."""
    from claimtable import score

    try:
        result = score.score_files(args.gold, args.claims,
                                   only_gold_articles=not args.all_articles)
    except score.ScoreInputError as e:
        print(f"claimtable score: {e}", file=sys.stderr)
        return 1
    print(score.format_score(result, misses=not args.no_misses))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    >>> main(["extract", "--format", "xml", "x"])  # doctest: +SKIP
    2
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # argparse exits 2 on usage errors, 0 on --help
        return int(e.code or 0)
    if args.command == "score":
        return run_score(args)
    problems: list[str] = []
    try:
        rows = pipeline.iter_claims(args.paths, problems, jobs=max(1, args.jobs),
                                    progress=sys.stderr.isatty())
        pipeline.write_claims(rows, sys.stdout, args.format)
    except (FileNotFoundError, NotADirectoryError) as e:
        problems.append(str(e))
    except BrokenPipeError:  # `claimtable extract ... | head` is fine
        return 0
    sys.stdout.flush()
    load.report_problems(problems)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
