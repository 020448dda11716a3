"""Score the extractor on sets of real reporting whose hand-coded claims live in this repository
and whose texts do not (third-party text is never committed).

    python benchmarks/bench_real.py check TEXTS --set heldout14
    python benchmarks/bench_real.py score TEXTS --set heldout14 [--no-misses]
    python benchmarks/bench_real.py cut PAGES OUT --set heldout14
    python benchmarks/bench_real.py record TEXTS GOLD URLS --set NAME     (makes a set)

A set is a folder of ``benchmarks/real_sets/``: ``sources.csv`` names each excerpt's page (URL,
outlet, topic ``story`` or ``other``) and fingerprints the excerpt (its length in characters,
the SHA-256 of its UTF-8 text, of its first and of its last ``ANCHOR`` characters);
``gold.csv`` holds the claims coded by hand under ``docs/claims.md`` (no text of the article: the
figure's value, hedge, category, unit, status and claimant). To score a set, fetch each page
again (the search tool's ``pages`` corpus stored them), save the page's text as
``PAGES/<article>.txt`` and let ``cut`` find the excerpt in it by its fingerprints; ``check``
says which texts are missing or differ, ``score`` runs ``claimtable extract`` on the texts and
``claimtable score --by-prefix`` (this story, other conflicts, all) against the set's gold.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import subprocess
import sys
from dataclasses import asdict, dataclass, fields
from pathlib import Path

SETS = Path(__file__).parent / "real_sets"
ANCHOR = 64
GOLD_COLUMNS = ("article", "value_low", "value_high", "hedge", "category", "unit", "status",
                "claimant", "claimant_ok")
TOPICS = ("story", "other")


@dataclass(frozen=True)
class Source:
    """One excerpt of a set: where it came from and how to know it again.

    >>> Source.of("story_x1", "https://example.org/a", "example.org", "story", "Ten troops.").chars
    11
    """

    article: str
    url: str
    outlet: str
    topic: str
    chars: int
    sha256: str
    head_sha256: str
    tail_sha256: str

    @classmethod
    def of(cls, article: str, url: str, outlet: str, topic: str, text: str) -> Source:
        return cls(article, url, outlet, topic, len(text), _sha(text), _sha(text[:ANCHOR]),
                   _sha(text[-ANCHOR:]))

    def matches(self, text: str) -> bool:
        """Whether ``text`` is this excerpt, character for character."""
        return len(text) == self.chars and _sha(text) == self.sha256


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_sources(set_dir: Path) -> list[Source]:
    """The set's ``sources.csv``; a wrong row stops with its line number."""
    path = set_dir / "sources.csv"
    out: list[Source] = []
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        expected = [f.name for f in fields(Source)]
        if reader.fieldnames != expected:
            raise SystemExit(f"{path}: columns must be {','.join(expected)}")
        for line, row in enumerate(reader, start=2):
            if row["topic"] not in TOPICS or not row["article"].startswith(row["topic"] + "_"):
                raise SystemExit(f"{path}, line {line}: topic must be one of {TOPICS} and "
                                 "prefix the article id")
            out.append(Source(**{**row, "chars": int(row["chars"])}))
    return out


def locate(page: str, source: Source) -> str | None:
    """The excerpt inside a fetched page's text, found by its fingerprints, or None.

    >>> s = Source.of("other_a", "u", "o", "other", "x" * 70 + " 300 displaced.")
    >>> locate("Menu. Home. " + "x" * 70 + " 300 displaced. Most read.", s) == "x" * 70 + " 300 displaced."
    True
    >>> ends = Source.of("other_b", "u", "o", "other", "x" * 70 + " 12 ships.\\n")
    >>> locate("Home. " + "x" * 70 + " 12 ships.", ends) == "x" * 70 + " 12 ships.\\n"
    True
    >>> locate("Home. " + "x" * 70 + " 12 ships. The port", ends) == "x" * 70 + " 12 ships.\\n"
    True
    """
    head = min(ANCHOR, source.chars)
    # A coder who cut the excerpt at a sentence's end ended it with a line break the page may not
    # have there ("... 12 ships.\\n" from "... 12 ships. The port"), and a page saved by hand or by
    # a tool often loses its last line break: both are tried.
    page += "\n"
    for start in range(len(page) - source.chars + 1):
        if _sha(page[start:start + head]) == source.head_sha256:
            candidate = page[start:start + source.chars]
            if source.matches(candidate):
                return candidate
            cut = candidate[:-1] + "\n"
            if source.matches(cut):
                return cut
    return None


def check(texts: Path, sources: list[Source]) -> list[str]:
    """One line per text that is missing or is not the excerpt the set was coded on."""
    problems = []
    for s in sources:
        path = texts / f"{s.article}.txt"
        if not path.is_file():
            problems.append(f"{s.article}: missing ({s.url})")
        elif not s.matches(path.read_text(encoding="utf-8")):
            problems.append(f"{s.article}: differs from the coded excerpt ({s.url})")
    return problems


def record(texts: Path, gold: Path, urls: Path, set_dir: Path) -> None:
    """Write a set from coded texts: ``urls`` is a TSV of article, URL, outlet (topic is the id's
    prefix); ``gold`` a coder's CSV (its ``surface`` column, the article's own words, is dropped)."""
    set_dir.mkdir(parents=True, exist_ok=True)
    rows = [line.split("\t") for line in urls.read_text(encoding="utf-8").splitlines() if line]
    sources = [Source.of(article, url, outlet, article.split("_", 1)[0],
                         (texts / f"{article}.txt").read_text(encoding="utf-8"))
               for article, url, outlet in sorted(r[:3] for r in rows)]
    with (set_dir / "sources.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, [f.name for f in fields(Source)], lineterminator="\n")
        writer.writeheader()
        writer.writerows(asdict(s) for s in sources)
    with gold.open(newline="", encoding="utf-8") as fh:
        coded = list(csv.DictReader(fh))
    known = {s.article for s in sources}
    lost = [r["article"] for r in coded if r["article"] not in known]
    if lost:
        raise SystemExit(f"{gold}: claims of articles with no source: {sorted(set(lost))}")
    with (set_dir / "gold.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, GOLD_COLUMNS, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(coded)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("check", "score", "cut", "record"))
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--set", required=True, help="a folder name of benchmarks/real_sets")
    parser.add_argument("--no-misses", action="store_true")
    parser.add_argument("--claims", type=Path, help="where score writes the extracted claims "
                        "(default build/real/SET.csv)")
    args = parser.parse_args(argv)
    set_dir = SETS / args.set
    if args.command == "record":
        texts, gold, urls = args.paths
        record(texts, gold, urls, set_dir)
        return 0
    sources = read_sources(set_dir)
    if args.command == "cut":
        pages, out = args.paths
        out.mkdir(parents=True, exist_ok=True)
        missing = 0
        for s in sources:
            page = pages / f"{s.article}.txt"
            found = locate(page.read_text(encoding="utf-8"), s) if page.is_file() else None
            if found is None:
                missing += 1
                print(f"{s.article}: excerpt not found in {page} ({s.url})", file=sys.stderr)
            else:
                (out / f"{s.article}.txt").write_text(found, encoding="utf-8")
        return 1 if missing else 0
    (texts,) = args.paths
    problems = check(texts, sources)
    for line in problems:
        print(line, file=sys.stderr)
    if args.command == "check" or problems:
        print(f"{len(sources) - len(problems)} of {len(sources)} texts are the coded excerpts")
        return 1 if problems else 0
    claims = subprocess.run([sys.executable, "-m", "claimtable", "extract", str(texts)],
                            check=True, capture_output=True, text=True).stdout
    predicted = args.claims or Path("build") / "real" / f"{args.set}.csv"
    predicted.parent.mkdir(parents=True, exist_ok=True)
    predicted.write_text(claims, encoding="utf-8")
    flags = ["--by-prefix", "--intervals"] + (["--no-misses"] if args.no_misses else [])
    return subprocess.run([sys.executable, "-m", "claimtable", "score", *flags,
                           str(set_dir / "gold.csv"), str(predicted)]).returncode


if __name__ == "__main__":
    sys.exit(main())
