"""The shortcuts of rule dispatch change no decision: ``attribute.rate`` skips the rating rules
that cannot hold for the character after a mention (``_opens_with``), ``extract.apply_rules``
skips the rules that look for a noun once one is found (``SEEK_NOUN_RULES``) and leaves out the
rules that cannot fire for a share or a count (``SHARE_RULES``, ``COUNT_RULES``), a figure
other than one (``ONE_RULES``) or a hedged one (``UNHEDGED_RULES``) or without
some strings in the sentence (``RULE_NEEDS``). Each gives what
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


def _opening_return(rule) -> tuple[list[ast.expr], ast.expr] | None:
    """The operands of the ``or`` of a rule's opening ``if ...: return X`` (after plain
    assignments of names from attributes, as ``last = art.last_kept``) and ``X``; ``None``
    when the rule opens otherwise."""
    fn = ast.parse(textwrap.dedent(inspect.getsource(rule))).body[0]
    body = [st for st in fn.body if not (isinstance(st, ast.Expr) and isinstance(st.value, ast.Constant))]
    while body and isinstance(body[0], ast.Assign) and all(isinstance(t, ast.Name) for t in body[0].targets) \
            and not any(isinstance(n, ast.Call) for n in ast.walk(body[0].value)):
        body = body[1:]
    first = body[0]
    if not isinstance(first, ast.If) or len(first.body) != 1 or not isinstance(first.body[0], ast.Return):
        return None
    test = first.test
    operands = test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or) else [test]
    return operands, first.body[0].value


def _false_opening(rule) -> list[ast.expr]:
    """The operands of a rule's opening ``if ...: return False`` (``_opening_return``), the
    cheap test that lets dispatch leave the rule out; fails when the rule opens otherwise."""
    opening = _opening_return(rule)
    assert opening is not None
    operands, returned = opening
    assert isinstance(returned, ast.Constant) and returned.value is False
    return operands


def _assert_gate_before_any_call(operands: list[ast.expr], gate: str) -> None:
    """``gate`` is one of the operands, and those before it call nothing (so that they cannot
    change what the rule does)."""
    texts = [ast.unparse(o) for o in operands]
    assert gate in texts, texts
    assert not any(isinstance(n, ast.Call) for o in operands[:texts.index(gate)] for n in ast.walk(o))


def _gated_rules():
    return [(attribute_name, value, rule) for attribute_name, value, group in extract.RULE_GATES
            for rule in sorted(group, key=lambda r: r.__name__)]


@pytest.mark.parametrize(("attribute_name", "value", "rule"), _gated_rules(), ids=lambda x: getattr(x, "__name__", str(x)))
def test_a_gated_rule_returns_false_at_once_when_its_gate_holds(attribute_name, value, rule):
    """``apply_rules`` skips the rule without a call while ``c.<attribute> == value``: the rule
    must open with ``if [... or] that test [or ...]: return False``, the operands before it
    calling nothing (so that they cannot change what the rule does)."""
    gate = {True: f"c.{attribute_name}", False: f"not c.{attribute_name}"}.get(value, f"c.{attribute_name} == {value!r}")
    _assert_gate_before_any_call(_false_opening(rule), gate)


def test_every_gated_rule_is_a_figure_rule_of_one_gate():
    gated = [rule for _a, _v, group in extract.RULE_GATES for rule in group]
    assert len(gated) == len(set(gated)) and set(gated) <= set(extract.FIGURE_RULES)


@pytest.mark.parametrize("finder", sorted(attribute.FINDER_NEEDS, key=lambda f: f.__name__), ids=lambda f: f.__name__)
def test_a_finder_skipped_by_its_strings_finds_nothing_without_them(finder):
    """``_mentions_of`` skips the finder when the sentence holds none of ``FINDER_NEEDS[finder]``:
    it must open with ``if "x" not in sentence and "y" not in sentence [or ...]: return []``."""
    opening = _opening_return(finder)
    assert opening is not None
    operands, returned = opening
    assert isinstance(returned, ast.List) and not returned.elts
    first = operands[0]
    absent = first.values if isinstance(first, ast.BoolOp) and isinstance(first.op, ast.And) else [first]
    strings = []
    for test in absent:
        assert isinstance(test, ast.Compare) and isinstance(test.ops[0], ast.NotIn)
        assert ast.unparse(test.comparators[0]) == "sentence" and isinstance(test.left, ast.Constant)
        strings.append(test.left.value)
    assert sorted(strings) == sorted(attribute.FINDER_NEEDS[finder])


def _every_finder(sentence: str) -> tuple[attribute.Mention, ...]:
    attribute._mentions_of.cache_clear()
    table = attribute._FINDER_TABLE
    attribute._FINDER_TABLE = tuple((row[0],) + (None,) * (len(row) - 1) for row in table)  # no finder skipped
    try:
        return attribute._mentions_of(sentence)
    finally:
        attribute._FINDER_TABLE = table
        attribute._mentions_of.cache_clear()


def test_mentions_of_gives_what_every_finder_gives():
    sentences = 0
    for text in TEXTS:
        for s in load.load_text("t", text).sentences:
            assert attribute._mentions_of(s.text) == _every_finder(s.text), s.text
            sentences += 1
    assert sentences > 500


def _fails_without_text_before(rule) -> bool:
    """Whether a rating rule returns ``a and b and ...`` one of which reads the text before the
    mention and not the text after, and is false when the text before is empty."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(rule)))
    fn = next(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name in (rule.__name__, "test"))
    body = [st for st in fn.body if not (isinstance(st, ast.Expr) and isinstance(st.value, ast.Constant))]
    if len(body) != 1 or not isinstance(body[0], ast.Return):
        return False
    value = body[0].value
    operands = value.values if isinstance(value, ast.BoolOp) and isinstance(value.op, ast.And) else [value]
    scope = {**vars(attribute), **inspect.getclosurevars(rule).nonlocals, "before": ""}
    for operand in operands:
        names = {n.id for n in ast.walk(operand) if isinstance(n, ast.Name)}
        if "before" in names and "after" not in names and not eval(compile(ast.Expression(operand), "<rule>", "eval"), scope):
            return True
    return False


@pytest.mark.parametrize("rule", sorted(attribute.NEEDS_TEXT_BEFORE, key=lambda r: r.__name__), ids=lambda r: r.__name__)
def test_a_rule_skipped_at_the_start_of_a_sentence_cannot_hold_there(rule):
    assert rule in attribute.RATE_RULES and _fails_without_text_before(rule)


def test_rate_at_the_start_of_a_sentence_gives_what_every_rule_gives():
    spans = 0
    for text in TEXTS:
        for s in load.load_text("t", text).sentences:
            for m in re.finditer(r"[^\W\d][\w.'’-]*", s.text):
                assert attribute.rate(s.text, 0, m.end()) == _every_rule(s.text, 0, m.end()), (s.text, m.end())
                spans += 1
    assert spans > 1000


def _fixed_gate_rules():
    return ([("not c.figure.percent", rule) for rule in sorted(extract.SHARE_RULES, key=lambda r: r.__name__)]
            + [("c.figure.percent", rule) for rule in sorted(extract.COUNT_RULES, key=lambda r: r.__name__)]
            + [("c.figure.high != 1", rule) for rule in sorted(extract.ONE_RULES, key=lambda r: r.__name__)]
            + [("c.figure.hedge_start is not None", rule)
               for rule in sorted(extract.UNHEDGED_RULES, key=lambda r: r.__name__)]
            + [("ctx.sentence.role != 'title'", rule) for rule in sorted(extract.TITLE_RULES, key=lambda r: r.__name__)])


@pytest.mark.parametrize(("gate", "rule"), _fixed_gate_rules(), ids=lambda x: getattr(x, "__name__", str(x)))
def test_a_rule_left_out_for_a_share_or_a_count_returns_false_at_once(gate, rule):
    """``apply_rules`` leaves ``SHARE_RULES`` out for a figure that is no share and
    ``COUNT_RULES`` for a share, ``ONE_RULES`` for a figure other than one and
    ``UNHEDGED_RULES`` for a hedged one: the rule must open with ``if [... or] that test
    [or ...]: return False``, the operands before it calling nothing."""
    _assert_gate_before_any_call(_false_opening(rule), gate)


@pytest.mark.parametrize("rule", sorted(extract.RULE_NEEDS, key=lambda r: r.__name__), ids=lambda r: r.__name__)
def test_a_rule_left_out_by_its_strings_returns_false_without_them(rule):
    """``apply_rules`` leaves the rule out when the sentence holds none of ``RULE_NEEDS[rule]``:
    it must open with ``if [... or] "x" not in ctx.text [and "y" not in ctx.text] [or ...]:
    return False``, the operands before that test calling nothing."""
    operands = _false_opening(rule)
    for i, operand in enumerate(operands):
        absent = operand.values if isinstance(operand, ast.BoolOp) and isinstance(operand.op, ast.And) else [operand]
        if all(isinstance(t, ast.Compare) and isinstance(t.ops[0], ast.NotIn) and ast.unparse(t.comparators[0]) == "ctx.text"
               and isinstance(t.left, ast.Constant) for t in absent):
            assert sorted(t.left.value for t in absent) == sorted(extract.RULE_NEEDS[rule])
            assert not any(isinstance(n, ast.Call) for o in operands[:i] for n in ast.walk(o))
            return
    pytest.fail(f"{rule.__name__} does not open with its strings' test")


def _last_kept_gates():
    return ([("last[1] != 'casualties'", rule) for rule in sorted(extract.AFTER_CASUALTIES_RULES, key=lambda r: r.__name__)]
            + [("last[0] != ctx.sentence.sentence", rule)
               for rule in sorted(extract.SAME_SENTENCE_RULES, key=lambda r: r.__name__)])


@pytest.mark.parametrize(("gate", "rule"), _last_kept_gates(), ids=lambda x: getattr(x, "__name__", str(x)))
def test_a_rule_left_out_by_the_claim_kept_last_returns_false_at_once(gate, rule):
    """``apply_rules`` leaves ``AFTER_CASUALTIES_RULES`` out unless the claim kept last counts
    casualties, ``SAME_SENTENCE_RULES`` unless it is of the figure's sentence: the rule must
    read ``last = art.last_kept`` and open with ``if [...] last is None or that test [or ...]:
    return False``, the operands before it calling nothing."""
    fn = ast.parse(textwrap.dedent(inspect.getsource(rule))).body[0]
    assert any(isinstance(st, ast.Assign) and ast.unparse(st) == "last = art.last_kept" for st in fn.body[:3])
    operands = _false_opening(rule)
    _assert_gate_before_any_call(operands, gate)
    texts = [ast.unparse(o) for o in operands]
    assert "last is None" in texts[:texts.index(gate)]


def _sets_last_kept(rule) -> bool:
    tree = ast.parse(textwrap.dedent(inspect.getsource(rule)))
    return any(isinstance(n, ast.Assign) and any(ast.unparse(t) == "art.last_kept" for t in n.targets)
               for n in ast.walk(tree))


def test_the_claim_kept_last_changes_only_after_the_rules_that_read_it():
    """``_rules_for`` reads ``art.last_kept`` once, before a figure's rules: no rule before
    the last of ``AFTER_CASUALTIES_RULES`` and ``SAME_SENTENCE_RULES`` may set it."""
    order = list(extract.FIGURE_RULES)
    last_reader = max(order.index(r) for r in extract.AFTER_CASUALTIES_RULES | extract.SAME_SENTENCE_RULES)
    setters = [order.index(r) for r in order if _sets_last_kept(r)]
    assert setters and min(setters) > last_reader


def test_share_and_count_rules_are_figure_rules_and_apart():
    assert extract.SHARE_RULES.isdisjoint(extract.COUNT_RULES)
    assert (extract.SHARE_RULES | extract.COUNT_RULES | extract.ONE_RULES | extract.UNHEDGED_RULES | extract.TITLE_RULES
            | extract.AFTER_CASUALTIES_RULES | extract.SAME_SENTENCE_RULES | set(extract.RULE_NEEDS)) <= set(extract.FIGURE_RULES)
