"""Worker processes give the rows one process gives, however they are started."""
from __future__ import annotations

import sys

import pandas as pd

from claimtable import load, pipeline


def _sources(n: int) -> list[load.Source]:
    texts = ["Officials said {n} troops arrived on Monday.", "About {n} shells were sent, the ministry said."]
    return [load.load_text(f"a{i:03d}", texts[i % 2].format(n=100 + i)) for i in range(n)]


def test_spawned_workers_outside_linux_give_the_single_process_rows(monkeypatch):
    sources = _sources(120)  # claims_frame starts a pool only from 50 sources a worker
    single = pipeline.claims_frame(sources, {}, jobs=1)
    monkeypatch.setattr(sys, "platform", "darwin")  # macOS and Windows: no fork
    assert pipeline.worker_context().get_start_method() == "spawn"
    spawned = pipeline.claims_frame(sources, {}, jobs=2)
    assert len(single) == 120
    pd.testing.assert_frame_equal(spawned, single)
