"""Why a figure became the claim it is: the rules of ``extract.FIGURE_RULES`` that fired for
it, in order, and how each claimant mention in its sentence was rated (``attribute.RATE_RULES``).
Runs the extractor itself (``extract.figure_candidates``): no logic is repeated here.

``claimtable explain FILE`` lists the figures of a file, numbered; ``claimtable explain FILE
--figure N`` explains figure N.

>>> from claimtable.load import load_text
>>> src = load_text("demo", "On day 3, Zelensky said 500 troops had arrived.")
>>> print(figure_list(src))
1. '3' (sentence_no 0): no claim (not_counted)
2. '500' (sentence_no 0): troops, claimant Zelensky
>>> print(explain_figure(src, 2))  # doctest: +ELLIPSIS
figure 2: '500' at 24-27 (paragraph 1, sentence_no 0, body)
  On day 3, Zelensky said 500 troops had arrived.
rules that fired, in order:
  noun_written_after: The counted noun after the figure, or a pointer back ...
  ...
  claimant: Who says so ...
claimant mentions in the sentence:
  'Zelensky' -> Zelensky (head of state): speaker, by the rule 'speaks'
claim: 500 troop (troops), exact, reported, status 'arrived', claimant Zelensky (clause)
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from claimtable import extract, load
from claimtable.attribute import ACCORDING, CITED, SPEAKER, SUBJECT, TOPIC, WEAK
from claimtable.extract import FIGURE_RULES, FigureCandidate, SentenceContext

STRENGTHS = {CITED: "cited", ACCORDING: "according to", SPEAKER: "speaker", SUBJECT: "subject",
             WEAK: "weak", TOPIC: "topic"}
_RULE_DOCS = {rule.__name__: " ".join((rule.__doc__ or "").split("\n\n")[0].split()) for rule in FIGURE_RULES}


def _numbered(src: load.Source) -> Iterator[tuple[int, SentenceContext, FigureCandidate]]:
    for number, (ctx, c) in enumerate(extract.figure_candidates(src), 1):
        yield number, ctx, c


def figure_list(src: load.Source) -> str:
    """Every figure of a source, numbered as ``explain_figure`` takes them, with what it became.

    >>> print(figure_list(load.load_text("d", "No figures here.")))
    no figures
    """
    lines = []
    for number, ctx, c in _numbered(src):
        head = f"{number}. {c.figure.text!r} (sentence_no {ctx.sentence.sentence})"
        if c.dropped:
            lines.append(f"{head}: no claim ({c.fired[-1]})")
        else:
            lines.append(f"{head}: {c.category}, claimant {c.who.claimant if c.who else '?'}")
    return "\n".join(lines) if lines else "no figures"


def explain_figure(src: load.Source, number: int) -> str:
    """The rules that fired for figure ``number`` (1-based, as ``figure_list`` numbers them),
    the claimant mentions of its sentence and the claim it gave; ``ValueError`` when the
    source has no such figure.

    >>> explain_figure(load.load_text("d", "5 tanks."), 2)
    Traceback (most recent call last):
    ...
    ValueError: d has no figure 2 (see: claimtable explain FILE)
    """
    for n, ctx, c in _numbered(src):
        if n == number:
            return "\n".join(_report(src, ctx, c, number))
    raise ValueError(f"{src.file or src.article} has no figure {number} (see: claimtable explain FILE)")


def _report(src: load.Source, ctx: SentenceContext, c: FigureCandidate, number: int) -> list[str]:
    s, fig = ctx.sentence, c.figure
    lines = [f"figure {number}: {fig.text!r} at {s.start + fig.start}-{s.start + fig.end} "
             f"(paragraph {s.paragraph}, sentence_no {s.sentence}, {s.role})", f"  {ctx.text}",
             "rules that fired, in order:"]
    lines += [f"  {name}: {_RULE_DOCS[name]}" for name in c.fired] or ["  (none)"]
    lines.append("claimant mentions in the sentence:")
    lines += [f"  {m.phrase!r} -> {m.claimant} ({m.kind}): {STRENGTHS.get(m.strength, m.strength)}"
              + (f", by the rule {m.rule!r}" if m.rule else "") for m in ctx.mentions] or ["  (none)"]
    lines.append(_outcome(src, c, s.start + fig.start))
    return lines


def _outcome(src: load.Source, c: FigureCandidate, start: int) -> str:
    if c.dropped:
        return f"no claim: dropped by the rule {c.fired[-1]!r}"
    row = next((r for r in extract.extract_source(src) if r["start"] == start), None)
    if row is None:
        return "no claim: the same figure was claimed before in this article (extract.dedupe)"
    return (f"claim: {row['value_low']:g} {row['unit']} ({row['category']}), {row['hedge']}, "
            f"{row['modality']}, status {row['status']!r}, claimant {row['claimant']} ({row['attribution']})")


def explain_file(path: str | Path, number: int | None = None, article: str | None = None) -> str:
    """``figure_list`` (no ``number``) or ``explain_figure`` for a file, read as
    ``claimtable extract`` reads it (with its headline from the sources manifest), or for one
    ``article`` of an archive (``archive.article_source``).

    >>> from claimtable import paths
    >>> explain_file(paths.RAW / "000_4fd664b2c8154858.txt").splitlines()[0].startswith("1. ")
    True
    """
    from claimtable import archive

    path = Path(path)
    if archive.archive_kind(path):
        src = archive.article_source(path, article)
        return figure_list(src) if number is None else explain_figure(src, number)
    if article:
        raise ValueError(f"{path}: --article names an article of an archive (.jsonl, .parquet); "
                         "a file is one article")
    try:
        titles = load.manifest_titles(load.read_manifest_rows(load.manifest_path(path.parent)))
    except load.ManifestError:
        titles = {}
    src = load.load_file(path, titles.get(path.stem, ""))
    if not src.ok:
        raise ValueError(f"{path}: {src.reason}")
    return figure_list(src) if number is None else explain_figure(src, number)
