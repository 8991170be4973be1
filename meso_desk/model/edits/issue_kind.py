"""A change of an issue's kind: a numeric issue made categorical (one option per term of its
range, each with its value and acceptability) and a categorical one made numeric (numbers read
from the option labels — ``"30 days"``, ``"EUR 1,500"`` — else the options' order), each with the
map that carries a term across. The edit itself is :func:`~.issue_edits.edit_issue` (``"kind"``)."""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

from ..base import Term
from ..language import parse_number, tr
from ..preferences.issues import CategoricalIssue, Curve, Direction, NumericIssue, Option
from .knock_on import quoted_name as quoted
from .step_grid import fewest_decimals
from .typed_numbers import EditRefused

#: A numeric issue with at most this many grid points may be turned into a categorical one.
MAX_OPTIONS_FROM_RANGE = 12


def numeric_to_categorical(issue: NumericIssue) -> tuple[CategoricalIssue, Callable[[Term], Term | None]]:
    g = issue.grid()
    if len(g) > MAX_OPTIONS_FROM_RANGE:
        raise EditRefused(tr("{issue} has {count} possible terms; a categorical issue made from it would "
                             "have too many options (at most {most}). Add a categorical issue instead").format(
            issue=quoted(issue.name), count=len(g), most=MAX_OPTIONS_FROM_RANGE))
    vals = issue.grid_values()
    acc = issue.grid_acceptable()
    labels = [issue.format_term(x) for x in g]
    options = tuple(Option(label=lab, value=round(float(v), 1), acceptable=bool(a))
                    for lab, v, a in zip(labels, vals, acc))
    new = CategoricalIssue(name=issue.name, description=issue.description, options=options)

    def term_map(t: Term) -> Term | None:
        try:
            return labels[issue.index_of(float(t))]
        except (TypeError, ValueError):
            return None

    return new, term_map


_NUMBER_LABEL = re.compile(r"^\s*([^\d+\-.]*?)\s*([-+]?\d[\d,]*(?:\.\d+)?|[-+]?\.\d+)\s*(.*?)\s*$")


def categorical_to_numeric(issue: CategoricalIssue) -> tuple[NumericIssue, Callable[[Term], Term | None]]:
    numbers: list[float] = []
    units: set[str] = set()
    for o in issue.options:
        m = _NUMBER_LABEL.match(o.label)
        if not m:
            break
        try:
            numbers.append(parse_number(m.group(2), language="en"))  # the pattern reads 1,500.5
        except EditRefused:
            break
        units.add((m.group(1) or m.group(3)).strip())
    by_label: dict[str, float]
    if len(numbers) == len(issue.options) and len(set(numbers)) >= 2:
        xs = sorted(set(numbers))
        d = fewest_decimals(*xs)  # the widest step that puts every option on the grid (2, 5, 11 → 3)
        step = float(np.gcd.reduce([round((x - xs[0]) * 10**d) for x in xs[1:]])) / 10**d
        unit = units.pop() if len(units) == 1 else ""
        by_label = dict(zip(issue.labels, numbers))
        pts: dict[float, float] = {}
        for x, o in zip(numbers, issue.options):
            pts.setdefault(x, o.value)
        lo, hi = xs[0], xs[-1]
    else:
        n = len(issue.options)
        lo, hi, step, unit = 0.0, float(max(n - 1, 1)), 1.0, ""
        by_label = {lab: float(i) for i, lab in enumerate(issue.labels)}
        pts = {float(i): o.value for i, o in enumerate(issue.options)}
        if n == 1:
            pts[1.0] = issue.options[0].value
    bps = tuple(sorted(pts.items()))
    direction = Direction.HIGHER if bps[-1][1] >= bps[0][1] else Direction.LOWER
    # unacceptable options all on the worse side of the acceptable ones become a hard limit
    ok = [by_label[o.label] for o in issue.options if o.acceptable]
    bad = [by_label[o.label] for o in issue.options if not o.acceptable]
    hard_limit = None
    if bad and direction is Direction.HIGHER and max(bad) < min(ok):
        hard_limit = min(ok)
    elif bad and direction is Direction.LOWER and min(bad) > max(ok):
        hard_limit = max(ok)
    new = NumericIssue(name=issue.name, description=issue.description, unit=unit, min=lo, max=hi,
                       step=step, direction=direction, curve=Curve.BREAKPOINTS, breakpoints=bps,
                       hard_limit=hard_limit)
    return new, lambda t: by_label.get(str(t))
