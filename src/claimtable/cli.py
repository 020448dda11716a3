"""The ``claimtable`` command.

``claimtable extract PATH [PATH ...] [--format csv|json]`` prints the claims table of the
files (folders stand for their files, sorted by name). ``claimtable explain FILE [--figure N]``
lists a file's figures, or prints the rules that fired for figure N. Exit status: 0 when
every path was read, 1 when some were not (each named on stderr with the reason) or a
vocabulary breaks its schema, 2 on a usage error.

>>> build_parser().parse_args(["explain", "a.txt", "--figure", "2"]).figure
2
"""

from __future__ import annotations

import argparse
import os
import sys

from claimtable import __version__, load, pipeline
from claimtable.contract import ContractError
from claimtable.schemas import LexiconError


def build_parser() -> argparse.ArgumentParser:
    """The command line's parser: the subcommands ``extract`` and ``explain``.

    >>> build_parser().parse_args(["extract", "data/raw", "--jobs", "1"]).jobs
    1
    """
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
    why = sub.add_parser("explain", help="list the figures of a file, or print the rules that fired for one")
    why.add_argument("file", metavar="FILE", help="a text file")
    why.add_argument("--figure", "-f", type=int, metavar="N", help="the figure to explain (its number in the list)")
    return parser


def explain(args: argparse.Namespace) -> int:
    """``claimtable explain FILE [--figure N]``: the figures of a file, or why figure N became
    the claim it is (``explain.explain_file``); returns the exit status.

    >>> explain(build_parser().parse_args(["explain", "no/such/file.txt"]))  # doctest: +SKIP
    1
    """
    from claimtable.explain import explain_file

    try:
        print(explain_file(args.file, args.figure))
    except (OSError, ValueError) as e:  # also LexiconError
        print(f"claimtable: {e}", file=sys.stderr)
        return 1
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
    if args.command == "explain":
        return explain(args)
    problems: list[str] = []
    try:
        rows = pipeline.iter_claims(args.paths, problems, jobs=max(1, args.jobs),
                                    progress=sys.stderr.isatty())
        pipeline.write_claims(rows, sys.stdout, args.format)
    except (FileNotFoundError, NotADirectoryError) as e:
        problems.append(str(e))
    except (LexiconError, ContractError) as e:  # a vocabulary or a claim that breaks its schema
        sys.stdout.flush()
        print(f"claimtable: {e}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `claimtable extract ... | head` is fine
        return 0
    sys.stdout.flush()
    load.report_problems(problems)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
