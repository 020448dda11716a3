"""The shortcuts of rule dispatch change no decision: ``attribute.rate`` skips the rating rules
that cannot hold for the character after a mention (``_opens_with``), ``extract.apply_rules``
skips the rules that look for a noun once one is found (``SEEK_NOUN_RULES``). Each gives what
trying every rule in order gives."""

from __future__ import annotations

import ast
import inspect
import re
import textwrap

import pytest

from claimtable import attribute, extract, load

from .conftest import ARTICLES

TEXTS = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))]


def _every_rule(sentence: str, start: int, end: int) -> tuple[int, str]:
    before, after = sentence[:start], sentence[end:]
    for holds, strength, name in attribute._RATE_TABLE:
        if holds(before, after):
            return strength, name
    return attribute.TOPIC, "topic"


def test_rate_gives_what_every_rule_in_order_gives():
    spans = 0
    for text in TEXTS:
        for s in load.load_text("t", text).sentences:
            # every capitalised word and every mention the finders give, with what follows it
            starts = [(m.start(), m.end()) for m in re.finditer(r"[A-Z][\w.'’-]*", s.text)]
            starts += [(m.start, m.end) for m in attribute.find_mentions_unlinked(s.text)]
            for start, end in starts:
                assert attribute.rate(s.text, start, end) == _every_rule(s.text, start, end), (s.text, start, end)
                spans += 1
    assert spans > 1000


def _opens_with_found_guard(rule) -> bool:
    """Whether a rule's first statement is ``if c.lookup.found [or ...]: return False``."""
    fn = ast.parse(textwrap.dedent(inspect.getsource(rule))).body[0]
    body = [st for st in fn.body if not (isinstance(st, ast.Expr) and isinstance(st.value, ast.Constant))]
    first = body[0]
    if not isinstance(first, ast.If) or len(first.body) != 1 or not isinstance(first.body[0], ast.Return):
        return False
    test = first.test.values[0] if isinstance(first.test, ast.BoolOp) and isinstance(first.test.op, ast.Or) else first.test
    returned = first.body[0].value
    return ast.unparse(test) == "c.lookup.found" and isinstance(returned, ast.Constant) and returned.value is False


@pytest.mark.parametrize("rule", sorted(extract.SEEK_NOUN_RULES, key=lambda r: r.__name__), ids=lambda r: r.__name__)
def test_a_noun_seeking_rule_returns_false_at_once_when_the_noun_is_found(rule):
    assert _opens_with_found_guard(rule)


def test_apply_rules_gives_what_every_rule_in_order_gives():
    figures = 0
    for text in TEXTS:
        art, art_all = extract.ArticleState(), extract.ArticleState()
        for s in load.load_text("t", text).sentences:
            ctx = extract._sentence_context(s, art)
            ctx_all = extract._sentence_context(s, art_all)
            if ctx is None:
                continue
            for c, c_all in zip(extract._candidates(ctx), extract._candidates(ctx_all), strict=True):
                got = extract.apply_rules(c, ctx, art)
                for rule in extract.FIGURE_RULES:
                    if rule(c_all, ctx_all, art_all):
                        c_all.fired.append(rule.__name__)
                        if c_all.dropped:
                            break
                assert got.fired == c_all.fired
                assert got == c_all
                figures += 1
    assert figures > 100
