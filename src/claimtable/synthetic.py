"""A generated news collection for benchmarks and scale tests: many outlets relaying the
statements of a few claimants over months, with a sources manifest beside the raw folder.

Nothing here is real reporting. Each claimant makes statements whose figures change over
time; each article relays a few recent statements (now and then with another hedge or a
garbled value, as real relays do), between filler sentences. The generator is deterministic
for a seed, so a benchmark's corpus is the same on every run.

>>> import tempfile, pathlib
>>> with tempfile.TemporaryDirectory() as tmp:
...     raw = write_collection(pathlib.Path(tmp) / "raw", articles=3, seed=1)
...     sorted(p.name for p in raw.parent.iterdir())
['raw', 'sources.csv']
"""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

#: Who speaks, as the text names them (all in the claimant registry).
SPEAKERS = [
    "South Korea's National Intelligence Service said",
    "Ukraine's military intelligence said",
    "The Pentagon said",
    "Ukrainian President Volodymyr Zelensky said",
    "Western officials said",
    "South Korea's Joint Chiefs of Staff said",
    "NATO said",
    "The White House said",
]
#: What is counted: the words after the figure, and the starting value of its statements.
THINGS = [
    ("North Korean troops had arrived in Russia", 1_500),
    ("North Korean soldiers were deployed in the Kursk region", 3_000),
    ("North Korean soldiers were training in eastern Russia", 7_000),
    ("North Korean soldiers had been killed or wounded", 1_000),
    ("North Korean soldiers had been killed", 300),
    ("shipping containers of munitions had been sent", 13_000),
    ("artillery shells had been delivered", 3_000_000),
    ("ballistic missiles had been supplied", 100),
]
HEDGES = ["", "about ", "more than ", "up to ", "nearly ", "at least "]
OUTLET_FIRST = ["Seoul", "Kyiv", "Pacific", "Baltic", "Northern", "Atlantic", "Eastern", "Capital"]
OUTLET_SECOND = ["Times", "Herald", "Post", "Daily", "Wire", "Review", "Monitor", "Tribune"]
FILLER = [
    "The development raised alarm in Seoul and in Kyiv.",
    "Officials met to discuss the response with allies.",
    "Analysts caution that the language barrier could slow integration.",
    "Moscow and Pyongyang have deepened their ties in recent months.",
    "Satellite images showed new camps near the border.",
]
START = date(2024, 10, 1)
DAYS = 240


@dataclass(frozen=True)
class Statement:
    """What a claimant said about a thing on a day.

    >>> Statement("NATO said", "troops had arrived", 100, "about ", START).value
    100
    """

    speaker: str
    thing: str
    value: int
    hedge: str
    day: date


def statements(rng: random.Random) -> list[Statement]:
    """Every claimant's statements about each thing, their figures growing over the months.

    >>> said = statements(random.Random(1))
    >>> len({s.speaker for s in said}) == len(SPEAKERS), said == sorted(said, key=lambda s: s.day)
    (True, True)
    """
    out = []
    for speaker in SPEAKERS:
        for thing, start in rng.sample(THINGS, k=4):
            value, day = start, START + timedelta(days=rng.randrange(20))
            while day < START + timedelta(days=DAYS):
                out.append(Statement(speaker, thing, value, rng.choice(HEDGES), day))
                value = int(round(value * rng.uniform(1.0, 1.6), -2 if value >= 1000 else 0)) or 1
                day += timedelta(days=rng.randrange(10, 45))
    return sorted(out, key=lambda s: s.day)


def _sentence(s: Statement, rng: random.Random) -> str:
    hedge, value = s.hedge, s.value
    roll = rng.random()
    if roll < 0.04:  # a relay with another hedge
        hedge = rng.choice([h for h in HEDGES if h != s.hedge])
    elif roll < 0.06:  # a relay that garbles the figure
        value = int(value * 1.2)
    return f"{s.speaker} {hedge}{value:,} {s.thing}."


def write_collection(raw: str | Path, articles: int, seed: int = 7) -> Path:
    """Write ``articles`` generated articles into ``raw`` and the manifest ``sources.csv``
    beside it; returns ``raw``.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     len(list(write_collection(f"{d}/raw", articles=4, seed=2).iterdir()))
    4
    """
    raw = Path(raw)
    rng = random.Random(seed)
    said = statements(rng)
    outlets = [f"{a} {b}" for a in OUTLET_FIRST for b in OUTLET_SECOND]
    raw.mkdir(parents=True, exist_ok=True)
    rows = []
    for i in range(articles):
        published = START + timedelta(days=rng.randrange(10, DAYS))
        recent = [s for s in said if published - timedelta(days=7) <= s.day <= published]
        chosen = rng.sample(recent, k=min(len(recent), rng.randrange(2, 6)))
        outlet = rng.choice(outlets)
        title = f"Update {i} on North Korean troops in Russia"
        paragraphs = [title]
        for s in chosen:
            paragraphs.append(" ".join([_sentence(s, rng), rng.choice(FILLER)]))
        name = f"g{i:05d}"
        (raw / f"{name}.txt").write_text("\n".join(paragraphs) + "\n", encoding="utf-8")
        rows.append({"article": name, "title": title, "outlet": outlet,
                     "url": f"https://example.org/{name}", "published": published.isoformat(),
                     "language": "en", "notes": "generated"})
    with open(raw.parent / "sources.csv", "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]) if rows else ["article"],
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return raw
