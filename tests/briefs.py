"""Small collections of news briefs written for a test, extracted as notebook 02 would."""

from __future__ import annotations

from pathlib import Path

from claimtable import pipeline


def extract_briefs(raw: Path, articles: dict[str, tuple[str, str]]) -> Path:
    """Write each brief (file name: byline, body) under a "News in brief" headline into ``raw``,
    load and extract them, and return the processed folder beside ``raw``."""
    raw.mkdir(parents=True, exist_ok=True)
    for name, (byline, body) in articles.items():
        (raw / name).write_text(f"News in brief\n\n{byline}\n\n{body}\n", encoding="utf-8")
    out = raw.parent / "processed"
    pipeline.extract_stage(pipeline.load_stage(raw, out), out)
    return out
