"""pytest hooks shared by the unit tests and the nbval run over notebooks/.

nbval compares every output of every cell. Two kinds are not results: ``text/html`` (pandas
and our tables also print ``text/plain``, which carries the check and is stable across
versions) and stderr streams (warnings carry temp paths that change every run).
"""

from __future__ import annotations


def _drop_stderr(outputs):
    return [o for o in outputs if not (o.get("output_type") == "stream" and o.get("name") == "stderr")]


def pytest_collectstart(collector):
    if collector.__class__.__name__ == "IPyNbFile":
        collector.skip_compare = (*collector.skip_compare, "text/html")


try:  # nbval is a dev dependency; without it there are no notebook items to patch
    from nbval.plugin import IPyNbCell

    _compare = IPyNbCell.compare_outputs

    def _compare_without_stderr(self, test, ref, skip_compare=None):
        return _compare(self, _drop_stderr(test), _drop_stderr(ref), skip_compare)

    IPyNbCell.compare_outputs = _compare_without_stderr
except ImportError:  # pragma: no cover
    pass
