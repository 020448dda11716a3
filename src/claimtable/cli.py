"""The ``claimtable`` command.

``claimtable extract PATH [PATH ...] [--format csv|json]`` prints the claims table of the
files (folders stand for their files, sorted by name; a ``.jsonl`` file or a Parquet file or
folder is an archive of articles, ``archive``). ``--format parquet --output DIR`` writes a
Parquet dataset (``dataset``); ``--scheduler local|tcp://HOST:PORT`` runs on Dask
(``cluster``). Exit status: 0 when every path was
read, 1 when some were not (each named on stderr with the reason), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys

from claimtable import __version__, cluster, load, pipeline


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimtable",
        description="Turn news articles into tables of the figures they report and who claims them.",
    )
    parser.add_argument("--version", action="version", version=f"claimtable {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="print the claims table of files or folders")
    ex.add_argument("paths", nargs="+", metavar="PATH", help="a text file, a folder of them, or a JSONL or Parquet archive")
    ex.add_argument("--format", choices=("csv", "json", "parquet"), default="csv",
                    help="output format (parquet: a dataset folder, needs --output)")
    ex.add_argument("--output", "-o", metavar="PATH",
                    help="write to PATH instead of standard output (a folder for parquet)")
    ex.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1, metavar="N",
                    help="worker processes (default: all cores; with --scheduler local, "
                         "the Dask workers)")
    ex.add_argument("--scheduler", metavar="ADDRESS",
                    help="run on Dask: 'local' (a local cluster of --jobs worker processes) or "
                         "an existing scheduler's address, tcp://HOST:PORT")
    ex.add_argument("--batch", type=int, default=None, metavar="N",
                    help="articles per Dask task (default 64)")
    return parser


def _claim_rows(args: argparse.Namespace, problems: list[str]):
    """The claims the arguments ask for, from the engine they name."""
    progress = sys.stderr.isatty()
    if args.scheduler:
        rows = cluster.iter_claims_dask(args.paths, problems, args.scheduler,
                                        workers=max(1, args.jobs),
                                        batch=args.batch or cluster.BATCH, progress=progress)
        first = next(rows, None)  # connect before anything is written: no header alone
        return rows if first is None else itertools.chain([first], rows)
    return pipeline.iter_claims(args.paths, problems, jobs=max(1, args.jobs), progress=progress)


def _write(args: argparse.Namespace, rows) -> None:
    if args.format == "parquet":
        from claimtable import dataset

        dataset.write_claims_dataset(rows, args.output)
    elif args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as out:
            pipeline.write_claims(rows, out, args.format)
    else:
        pipeline.write_claims(rows, sys.stdout, args.format)


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
    if args.format == "parquet" and not args.output:
        parser.print_usage(sys.stderr)
        print("claimtable: --format parquet needs --output FOLDER", file=sys.stderr)
        return 2
    problems: list[str] = []
    try:
        _write(args, _claim_rows(args, problems))
    except (FileNotFoundError, NotADirectoryError) as e:
        problems.append(str(e))
    except FileExistsError as e:  # an output folder that is not ours to replace
        print(f"claimtable: {e}", file=sys.stderr)
        return 2
    except cluster.ClusterError as e:  # unreachable, no workers, another claimtable there
        problems.append(str(e))
    except BrokenPipeError:  # `claimtable extract ... | head` is fine
        return 0
    sys.stdout.flush()
    load.report_problems(problems)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
