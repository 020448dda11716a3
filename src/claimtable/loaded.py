"""What notebook 01 shows and writes of a raw folder or an archive, on either engine:
``pandas`` holds every source and sentence (``FrameLoad``, ``load.Collection``); ``duckdb``
streams (``StreamLoad``): the sources are loaded one at a time, their sentences written to
``sentences.csv`` as they come, and only the sources table (a row per article), the counts
of the findings and the sentences shown are held. Both write the same bytes and show the
same text.

>>> import tempfile
>>> with tempfile.TemporaryDirectory() as d:
...     rows = open_load("data/raw", None, "duckdb")
...     [p.name for p in rows.write(d)]
['articles.csv', 'sentences.csv']
"""

from __future__ import annotations

import csv
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from claimtable import archive, load, narrate, paths, pipeline, report

#: The sentences notebook 01 shows, and the repeated ones.
SHOWN_SENTENCES = 15
SHOWN_REPEATS = 8
SENTENCE_VIEW = ["article", "paragraph", "sentence", "start", "end", "role", "text"]
REPEAT_VIEW = ["article", "paragraph", "sentence", "repeat_of", "text"]


class FrameLoad:
    """A raw folder or archive loaded whole (``pipeline.load_collection``).

    >>> FrameLoad("data/raw").findings().text.startswith("2 inputs")
    True
    """

    def __init__(self, raw_dir: str | os.PathLike[str], manifest: str | os.PathLike[str] | None = None) -> None:
        self.collection = pipeline.load_collection(raw_dir, manifest)
        self.articles = self.collection.articles()
        self.sentences = self.collection.sentences()
        self.problems = self.collection.problems

    def findings(self) -> narrate.Findings:
        """``narrate.load_findings``."""
        return narrate.load_findings(self.articles, self.sentences)

    def repeats(self) -> tuple[str, report.Table]:
        """How many sentences repeat a passage of their own file, and the first of them."""
        repeats = self.sentences[self.sentences.repeat_of.notna()]
        line = f"{len(repeats)} repeated sentences in {repeats.article.nunique()} file(s)"
        return line, report.Table(repeats[REPEAT_VIEW], max_rows=SHOWN_REPEATS)

    def sentence_table(self) -> report.Table:
        """The first sentences with their offsets."""
        return report.Table(self.sentences[SENTENCE_VIEW], max_rows=SHOWN_SENTENCES)

    def write(self, out_dir: str | os.PathLike[str]) -> list[Path]:
        """``articles.csv`` and ``sentences.csv`` in ``out_dir``."""
        out = paths.resolve(out_dir)
        written = []
        for name, table in {"articles": self.articles, "sentences": self.sentences}.items():
            pipeline.write_csv(table, out / f"{name}.csv")
            written.append(out / f"{name}.csv")
        return written

    def rows(self, name: str) -> int:
        """How many rows the ``articles`` or ``sentences`` table has."""
        return len(self.articles if name == "articles" else self.sentences)


def _sources(raw_dir: str | os.PathLike[str], manifest: str | os.PathLike[str] | None,
             manifest_rows: list[dict[str, str]], problems: list[str]):
    """The sources of ``pipeline.load_collection`` one at a time (syndication not marked);
    the manifest's rows and the problems filled in as they are found."""
    raw = paths.resolve(raw_dir)
    if archive.archive_kind(raw):
        yield from archive.iter_archive_sources(raw, manifest_rows, problems)
        return
    manifest_rows.extend(load.read_manifest_rows(paths.resolve(manifest or load.manifest_path(raw))))
    titles = load.manifest_titles(manifest_rows)
    for path in load.iter_source_files(raw):
        src = load.load_file(path, titles.get(path.stem, ""))
        if not src.ok:
            problems.append(f"{src.file}: {src.reason}")
        yield src


class StreamLoad:
    """A raw folder or archive loaded one source at a time: ``sentences.csv`` is written (to a
    temporary file in the system's temporary folder, copied into place by ``write``) as the
    sources come; a row per article, the counts and the sentences shown are kept.

    >>> StreamLoad("data/raw").findings() == FrameLoad("data/raw").findings()
    True
    """

    def __init__(self, raw_dir: str | os.PathLike[str], manifest: str | os.PathLike[str] | None = None) -> None:
        raw = paths.resolve(raw_dir)
        self._folder = Path(tempfile.mkdtemp(prefix="claimtable-load-"))
        self._sentences_file = self._folder / "sentences.csv"
        self.problems: list[str] = []
        # an archive's ids are unique (a repeated one is a bad row) and it can list no missing
        # file, so a row's facts can be let go once its source has them
        index = _ManifestIndex([], forget_used=archive.archive_kind(raw) is not None)
        tally = _SentenceTally()
        rows = self._stream(raw, manifest, index, tally)
        by_id = index.update()
        self.articles = load.articles_frame(rows, by_id)
        if archive.archive_kind(raw) is None:
            self.problems += load.missing_files(raw, by_id, {r[0] for r in rows})
        self._counts = tally.counts
        self._shown = _sentence_frame(tally.shown)
        self._repeats = _sentence_frame(tally.repeats)
        self._repeating = len(tally.repeating)

    def _stream(self, raw: Path, manifest: str | os.PathLike[str] | None, index: _ManifestIndex,
                tally: _SentenceTally) -> list[tuple]:
        """Load the sources one at a time: their sentences written to the temporary
        ``sentences.csv`` and tallied, a sources-table row per article returned."""
        seen = load.Syndication()
        rows: list[tuple] = []  # tuples, not dicts: a third of the memory at a million articles
        with open(self._sentences_file, "w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f, lineterminator="\n")
            writer.writerow(load.SENTENCE_COLUMNS)
            for src in _sources(raw, manifest, index.rows, self.problems):
                if src.ok:  # a source that could not be read has no sentences
                    seen.mark(src)
                row = load.article_row(src, index.facts_of(src.article))
                rows.append(load.as_article_values(row))
                for s in src.sentences:
                    row = _sentence_row(s)
                    writer.writerow([pipeline._cell(row[c]) for c in load.SENTENCE_COLUMNS])
                    tally.add(row)
        return rows

    def findings(self) -> narrate.Findings:
        """``narrate.load_findings`` from the counts taken while streaming."""
        return narrate.load_text_findings(self.articles, self._counts["sentences"],
                                          self._counts["repeats"], self._counts["shared"])

    def repeats(self) -> tuple[str, report.Table]:
        """``FrameLoad.repeats`` from the counts and the first repeated sentences."""
        line = f"{self._counts['repeats']} repeated sentences in {self._repeating} file(s)"
        table = report.Table(self._repeats[REPEAT_VIEW], max_rows=SHOWN_REPEATS)
        table.total = self._counts["repeats"]
        return line, table

    def sentence_table(self) -> report.Table:
        """``FrameLoad.sentence_table`` from the first sentences."""
        table = report.Table(self._shown[SENTENCE_VIEW], max_rows=SHOWN_SENTENCES)
        table.total = self._counts["sentences"]
        return table

    def write(self, out_dir: str | os.PathLike[str]) -> list[Path]:
        """``articles.csv`` written, and the streamed ``sentences.csv`` copied, to ``out_dir``."""
        out = paths.resolve(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        pipeline.write_csv(self.articles, out / "articles.csv")
        shutil.copyfile(self._sentences_file, out / "sentences.csv")
        return [out / "articles.csv", out / "sentences.csv"]

    def rows(self, name: str) -> int:
        """How many rows the ``articles`` or ``sentences`` table has."""
        return len(self.articles) if name == "articles" else self._counts["sentences"]

    def __del__(self) -> None:
        shutil.rmtree(getattr(self, "_folder", ""), ignore_errors=True)


class _ManifestIndex:
    """The manifest's rows by article, brought up to date with the rows read so far (an
    archive's rows come with its sources); a row read is dropped from ``rows``, so that its
    facts are held once.

    >>> index = _ManifestIndex([{"article": "a"}])
    >>> sorted(index.update())
    ['a']
    """

    def __init__(self, rows: list[dict[str, str]], *, forget_used: bool = False) -> None:
        self.rows = rows
        self.by_id: dict[str, dict] = {}
        self.forget_used = forget_used

    def update(self) -> dict[str, dict]:
        """The rows by article, with those read since the last call."""
        for known in self.rows:
            self.by_id[known["article"]] = _manifest_row(known)
        self.rows.clear()
        return self.by_id

    def facts_of(self, article: str) -> dict:
        """The manifest row of ``article`` (empty when it has none); with ``forget_used`` it is
        no longer held.

        >>> index = _ManifestIndex([{"article": "a", "outlet": "AP"}], forget_used=True)
        >>> index.facts_of("a")["outlet"], index.facts_of("a")
        ('AP', {})
        """
        by_id = self.update()
        return by_id.pop(article, {}) if self.forget_used else by_id.get(article, {})


@dataclass
class _SentenceTally:
    """What notebook 01 shows of the sentences, taken as they stream by: the counts of the
    findings, the first sentences and the first repeated ones.

    >>> tally = _SentenceTally()
    >>> tally.add({"article": "a", "repeat_of": 0, "also_in": ""})
    >>> tally.counts, len(tally.repeating)
    ({'sentences': 1, 'repeats': 1, 'shared': 0}, 1)
    """

    counts: dict[str, int] = field(default_factory=lambda: {"sentences": 0, "repeats": 0, "shared": 0})
    shown: list[dict] = field(default_factory=list)
    repeats: list[dict] = field(default_factory=list)
    repeating: set[str] = field(default_factory=set)

    def add(self, row: dict) -> None:
        """Count one sentence row, and keep it while fewer than are shown are kept."""
        self.counts["sentences"] += 1
        if len(self.shown) < SHOWN_SENTENCES:
            self.shown.append(row)
        if row["repeat_of"] is not None:
            self.counts["repeats"] += 1
            self.repeating.add(row["article"])
            if len(self.repeats) < SHOWN_REPEATS:
                self.repeats.append(row)
        if row["also_in"]:
            self.counts["shared"] += 1


def _sentence_row(s: load.Sentence) -> dict:
    """A sentence as a row of ``sentences.csv``."""
    return {"article": s.article, "paragraph": s.paragraph, "sentence": s.sentence, "start": s.start,
            "end": s.end, "role": s.role, "text": s.text, "repeat_of": s.repeat_of, "also_in": s.also_in}


def _manifest_row(row: dict[str, str]) -> dict:
    """A manifest row as ``load.Collection.manifest`` holds it (its columns; NaN when missing).

    >>> _manifest_row({"article": "a", "extra": "x"})["title"]
    nan
    """
    return {c: row[c] if c in row else float("nan") for c in load.MANIFEST_COLUMNS}


def _sentence_frame(rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=load.SENTENCE_COLUMNS)
    frame["repeat_of"] = frame["repeat_of"].astype("Int64")
    return frame


def open_load(raw_dir: str | os.PathLike[str], manifest: str | os.PathLike[str] | None = None,
              engine: str = "pandas") -> FrameLoad | StreamLoad:
    """Notebook 01's load on an engine of ``pipeline.ENGINES`` (duckdb: streamed).

    >>> type(open_load("data/raw", None, "duckdb")).__name__
    'StreamLoad'
    """
    if engine not in pipeline.ENGINES:
        raise ValueError(f"engine {engine!r} is not one of {', '.join(pipeline.ENGINES)}")
    return StreamLoad(raw_dir, manifest) if engine == "duckdb" else FrameLoad(raw_dir, manifest)
