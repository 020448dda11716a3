"""The ``claimtable`` command.

``claimtable extract PATH [PATH ...] [--format csv|json]`` prints the claims table of the
files (folders stand for their files, sorted by name; a ``.jsonl`` file or a Parquet file or
folder is an archive of articles, ``archive``). ``--format parquet --output DIR`` writes a
Parquet dataset (``dataset``); ``--scheduler local|tcp://HOST:PORT`` runs on Dask
(``cluster``). ``claimtable report RAW_DIR --out DIR [--ledger FILE] [--whole-ledger] [--engine pandas|duckdb] [--handcoded FILE]``
runs every notebook on a folder and writes ``DIR/report/index.html``. ``claimtable explain FILE
[--figure N]`` lists a file's figures, or prints the rules that fired for figure N. Exit status:
0 when every path was read, 1 when some were not (each named on stderr with the reason) or a
vocabulary breaks its schema, 2 on a usage error.

>>> build_parser().parse_args(["explain", "a.txt", "--figure", "2"]).figure
2

``claimtable score GOLD.csv CLAIMS.csv`` prints how well a claims table agrees with a
hand-coded one (value, category, claimant and full precision, recall and F1, claimant accuracy,
and the misses); see :mod:`claimtable.score` for the matching rule. Exit status 0, 1 when a
file cannot be scored (named on stderr with the reason), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys

from claimtable import __version__, cluster, load, pipeline
from claimtable.contract import ContractError
from claimtable.schemas import LexiconError


def build_parser() -> argparse.ArgumentParser:
    """The command line's parser: the subcommands ``extract``, ``report``, ``explain`` and ``score``.

    >>> build_parser().parse_args(["extract", "data/raw", "--jobs", "1"]).jobs
    1
    """
    parser = argparse.ArgumentParser(
        prog="claimtable",
        description="Turn news articles into tables of the figures they report and who claims them.",
    )
    parser.add_argument("--version", action="version", version=f"claimtable {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    _extract_options(sub.add_parser("extract", help="print the claims table of files or folders"))
    _report_options(sub.add_parser(
        "report", help="run every notebook on a raw folder and write DIR/report/index.html"))
    _explain_options(sub.add_parser(
        "explain", help="list the figures of a file, or print the rules that fired for one"))
    _score_options(sub.add_parser("score", help="score a claims table against a hand-coded one"))
    return parser


def _extract_options(ex: argparse.ArgumentParser) -> None:
    """``claimtable extract``'s arguments: paths, format, output, jobs, Dask scheduler, batch."""
    ex.add_argument("paths", nargs="+", metavar="PATH", help="an article (.txt, .md or .html), a folder of them, or a JSONL or Parquet archive")
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


def _report_options(rep: argparse.ArgumentParser) -> None:
    """``claimtable report``'s arguments: the raw folder, the output folder, ledger, claims, engine."""
    rep.add_argument("raw_dir", metavar="RAW_DIR",
                     help="a folder of articles (its sources.csv beside it, else one inside it, is used; "
                          "a corrections.csv beside it, else one inside it, is applied), "
                          "or a JSONL or Parquet archive (its corrections.csv beside it)")
    rep.add_argument("--out", required=True, metavar="DIR", help="where the tables, figures and report go")
    rep.add_argument("--ledger", default="default", metavar="FILE",
                     help="a hand-coded ledger CSV (default: the shipped one; '' for none)")
    rep.add_argument("--whole-ledger", action="store_true",
                     help="draw every row of the ledger in the charts and tables (default: only "
                          "those about the articles' dates, 31 days either side)")
    rep.add_argument("--claims", metavar="DATASET", default="",
                     help="a claims Parquet dataset (claimtable extract --format parquet) of the "
                          "same articles, taken instead of extracting them again")
    rep.add_argument("--engine", choices=pipeline.ENGINES, default="pandas",
                     help="the engine every notebook reads and compares claims with: pandas "
                          "(claims in memory) or duckdb (only aggregates in memory)")
    rep.add_argument("--jobs", "-j", type=int, default=0, metavar="N",
                     help="worker processes for extracting the claims (default: all cores; "
                          "the report is the same bytes whatever the number)")
    rep.add_argument("--handcoded", metavar="FILE", default="",
                     help="a hand-coded sample of the same articles (the columns of "
                          "data/handcoded/seed_sample.csv) that notebook 06 scores the claims "
                          "against (default: the seeds' sample, meaningful only for the seeds)")


def _explain_options(why: argparse.ArgumentParser) -> None:
    """``claimtable explain``'s arguments: a file and the figure to explain."""
    why.add_argument("file", metavar="FILE", help="a text or HTML file, or a JSONL or Parquet archive (with --article)")
    why.add_argument("--article", "-a", metavar="ID", help="the article of an archive to explain (its id, as in the claims table)")
    why.add_argument("--figure", "-f", type=int, metavar="N", help="the figure to explain (its number in the list)")


def _score_options(sc: argparse.ArgumentParser) -> None:
    """``claimtable score``'s arguments: the gold and the predicted claims tables."""
    sc.add_argument("gold", metavar="GOLD.csv", help="hand-coded claims (article, value_low, "
                    "value_high, category, claimant)")
    sc.add_argument("claims", metavar="CLAIMS.csv", help="claims to score, e.g. the output of "
                    "claimtable extract")
    sc.add_argument("--all-articles", action="store_true",
                    help="also count claims of articles the gold table does not cover")
    sc.add_argument("--no-misses", action="store_true", help="print the scores only")
    sc.add_argument("--intervals", action="store_true",
                    help="add 95%% bootstrap intervals of each F1 and of the claimant accuracy "
                    "(articles resampled, fixed seed)")
    sc.add_argument("--by-prefix", action="store_true",
                    help="score each group of articles whose ids share the text before the first "
                    "'_' (a topic or an outlet), then all of them")


def report_command(args: argparse.Namespace) -> int:
    """``claimtable report``: the notebooks run with papermill into ``--out``; exit status 1
    when a notebook fails or some files could not be read (each named on standard error).

    >>> report_command(build_parser().parse_args(["report", "no/such/folder", "--out", "x"]))
    1
    """
    from pathlib import Path

    from papermill.exceptions import PapermillExecutionError

    from claimtable import archive, corrections, report

    raw = Path(args.raw_dir)
    if not (raw.is_dir() or archive.archive_kind(raw)):
        print(f"claimtable: {raw}: not a folder of articles nor a JSONL or Parquet archive",
              file=sys.stderr)
        return 1
    if args.claims and not Path(args.claims).is_dir():
        print(f"claimtable: {args.claims}: no such claims dataset (a folder)", file=sys.stderr)
        return 1
    if args.ledger not in ("", "default") and not Path(args.ledger).is_file():
        print(f"claimtable: {args.ledger}: no such ledger file", file=sys.stderr)
        return 1
    if args.handcoded and not Path(args.handcoded).is_file():
        print(f"claimtable: {args.handcoded}: no such hand-coded sample file", file=sys.stderr)
        return 1
    if notice := load.manifest_notice(raw):  # which of two manifests is read
        print(f"claimtable: {notice}", file=sys.stderr)
    if notice := corrections.notice(raw):  # which of two corrections files is applied
        print(f"claimtable: {notice}", file=sys.stderr)
    out = Path(args.out).resolve()
    given = report.parameter_path  # the notebooks' parameters hold the paths as given, never made absolute
    params = report.report_parameters(given(raw), given(args.out),
                                      args.ledger if args.ledger in ("", "default") else given(args.ledger),
                                      engine=args.engine,
                                      claims_dataset=given(args.claims) if args.claims else "",
                                      handcoded=given(args.handcoded) if args.handcoded else "",
                                      ledger_rows="all" if args.whole_ledger else "dates",
                                      jobs=max(0, args.jobs))
    try:
        target = report.build(out, params)
    except PapermillExecutionError as e:  # one line that says what failed, not a traceback
        report.notebook_failed(e)
        return 1
    # a ledger none of the estimates meets, then, as `claimtable extract` does, every file that
    # could not be read (the exit status says some were not; the report lists them in its
    # Sources table too), then the line `make report` ends with too
    return report.finish(target, params["out_dir"], params["ledger"])


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


def explain(args: argparse.Namespace) -> int:
    """``claimtable explain FILE [--article ID] [--figure N]``: the figures of a file (or of one
    article of an archive), or why figure N became
    the claim it is (``explain.explain_file``); returns the exit status.

    >>> explain(build_parser().parse_args(["explain", "no/such/file.txt"]))  # doctest: +SKIP
    1
    """
    from claimtable.explain import explain_file

    try:
        print(explain_file(args.file, args.figure, args.article))
    except (OSError, ValueError) as e:  # also LexiconError
        print(f"claimtable: {e}", file=sys.stderr)
        return 1
    return 0


def run_score(args: argparse.Namespace) -> int:
    """``claimtable score``: print the agreement report; 1 when a file cannot be scored.

    >>> run_score(build_parser().parse_args(["score", "no/gold.csv", "no/claims.csv"]))
    1
    """
    from claimtable import score

    try:
        gold, predicted = score.read_pair(args.gold, args.claims,
                                          only_gold_articles=not args.all_articles)
    except score.ScoreInputError as e:
        print(f"claimtable score: {e}", file=sys.stderr)
        return 1
    groups = score.prefix_groups(gold, predicted) if args.by_prefix else {}
    reports = []
    for name, (g, p) in [*groups.items(), ("all articles", (gold, predicted))]:
        spans = score.intervals(g, p) if args.intervals else None
        # the misses once, under all articles: a group's are among them
        listed = not args.no_misses and name == "all articles"
        text = score.format_score(score.score(g, p), misses=listed, spans=spans,
                                  articles=len(score.articles_of(g) | score.articles_of(p)))
        reports.append(f"== {name}\n{text}" if groups else text)
    print("\n\n".join(reports))
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
    if args.command == "report":
        return report_command(args)
    if args.command == "explain":
        return explain(args)
    if args.command == "score":
        return run_score(args)
    if args.format == "parquet" and not args.output:
        parser.print_usage(sys.stderr)
        print("claimtable: --format parquet needs --output FOLDER", file=sys.stderr)
        return 2
    for notice in load.manifest_notices(args.paths):  # which of two manifests is read
        print(f"claimtable: {notice}", file=sys.stderr)
    problems: list[str] = []
    try:
        _write(args, _claim_rows(args, problems))
    except (FileNotFoundError, NotADirectoryError) as e:
        problems.append(str(e))
    except (LexiconError, ContractError) as e:  # a vocabulary or a claim that breaks its schema
        sys.stdout.flush()
        print(f"claimtable: {e}", file=sys.stderr)
        return 1
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
