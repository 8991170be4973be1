"""A level of our points in the package's own terms: "at most EUR 248.00 for Unit price, the
other terms as in the competing quote".

Reservation and aspiration are abstract points; a buyer thinks in prices. For a level and a
*reference* package (the competing quote, or the selected package) :func:`level_in_terms`
finds the range of one issue's terms that keeps the reference at or above the level while
every other term stays as it is. The issue is the one a buyer would name first: the weightiest
money issue, else the weightiest numeric issue (``preferences.tradeoff.yardstick_issue``).

Only terms within our hard limit count: a price beyond it makes the package unacceptable
whatever its points, so the answer stops at the limit and says so. When no term of that
issue reaches the level, the answer says so plainly ("Out of reach on Unit price alone: even at
EUR 180.00, the other terms as in the competing quote, it comes to 66.3."). Qt-free.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from ..base import Term
from ..language import tr
from ..plan import Plan
from ..preferences.issues import GRID_TOLERANCE, Direction, NumericIssue
from ..preferences.tradeoff import yardstick_issue

#: Most terms of one issue evaluated at once (a fine step over a wide range is sampled).
MAX_TERMS = 20_001
#: A term counts as reaching the level within this many points (the rounding of a sum).
EPS = 1e-6


@dataclass(frozen=True)
class LevelInTerms:
    """One level expressed on one issue of a reference package."""

    level: float
    #: The issue it is expressed on ("" when the plan has no numeric issue that matters).
    issue: str
    #: What the other terms are: "the competing quote", "package Fallback".
    reference: str
    #: Some acceptable term of the issue brings the reference to the level.
    reachable: bool
    #: The range of terms that does (numbers; ``None`` when out of reach).
    low: float | None = None
    high: float | None = None
    #: The words the panel shows.
    text: str = ""


def level_in_terms(plan: Plan, level: float, reference: Mapping[str, Term], reference_label: str,
                   issue: str | None = None) -> LevelInTerms:
    """``level`` (our points) as a range of ``issue``'s terms (default: the plan's yardstick
    issue), the other terms as in ``reference``; see the module docs."""
    name = issue or yardstick_issue(plan)
    if name is None:
        return LevelInTerms(level, "", reference_label, False,
                            text=tr("No price or other numeric issue to express it in."))
    it = plan.issue(name)
    if not isinstance(it, NumericIssue):
        raise ValueError(tr("{issue} is not a numeric issue").format(issue=name))
    rest = 0.0
    for other in plan.issues:  # the reference's points without this issue
        if other.name != name:
            rest += plan.weights[other.name] * other.value(reference[other.name])
    w = plan.weights[name]
    terms = _terms(it)
    points = rest + w * it.values(terms)
    ok_limit = _acceptable(it, terms)
    reach = (points >= level - EPS) & ok_limit
    if not reach.any():
        best = float(terms[int(np.argmax(np.where(ok_limit, points, -np.inf)))])
        top = rest + w * it.value(best)
        return LevelInTerms(level, name, reference_label, False, text=tr(
            "Out of reach on {issue} alone: even at {term}, the other terms as in {reference}, it comes to "
            "{points:.1f}.").format(issue=name, term=it.format_term(best), reference=reference_label, points=top))
    lo, hi = _run(reach, int(np.argmax(np.where(reach, points, -np.inf))))
    low, high = float(terms[lo]), float(terms[hi])
    cut_lo = lo > 0 and not ok_limit[lo - 1] and points[lo - 1] >= level - EPS
    cut_hi = hi < len(terms) - 1 and not ok_limit[hi + 1] and points[hi + 1] >= level - EPS
    limit = cut_lo or cut_hi
    words = dict(issue=name, low=it.format_term(low), high=it.format_term(high), reference=reference_label)
    if lo == 0 and hi == len(terms) - 1:
        text = tr("any {issue} ({range}) keeps it, the other terms as in {reference}.").format(
            range=it.range_text(), **words)
    elif lo == 0:
        text = (tr("{issue} at most {high} (your hard limit), the other terms as in {reference}.") if limit
                else tr("{issue} at most {high}, the other terms as in {reference}.")).format(**words)
    elif hi == len(terms) - 1:
        text = (tr("{issue} at least {low} (your hard limit), the other terms as in {reference}.") if limit
                else tr("{issue} at least {low}, the other terms as in {reference}.")).format(**words)
    else:
        text = (tr("{issue} between {low} and {high} (your hard limit), the other terms as in {reference}.")
                if limit else tr("{issue} between {low} and {high}, the other terms as in {reference}.")).format(**words)
    return LevelInTerms(level, name, reference_label, True, low, high, text)


def _terms(issue: NumericIssue) -> np.ndarray:
    """The issue's terms on its step (a fine step over a wide range: a sample of them, on the step)."""
    if issue.n_steps + 1 <= MAX_TERMS:
        return issue.grid()
    k = np.unique(np.round(np.linspace(0, issue.n_steps, MAX_TERMS)))
    return np.minimum(issue.min + k * issue.step, issue.max)


def _acceptable(issue: NumericIssue, terms: np.ndarray) -> np.ndarray:
    """``issue.is_acceptable`` for many terms at once (the same tolerance)."""
    if issue.hard_limit is None:
        return np.ones(len(terms), dtype=bool)
    eps = GRID_TOLERANCE * issue.step
    if issue.direction == Direction.LOWER:
        return terms <= issue.hard_limit + eps
    return terms >= issue.hard_limit - eps


def _run(mask: np.ndarray, start: int) -> tuple[int, int]:
    """The first and last index of the run of ``True`` in ``mask`` that contains ``start``."""
    lo = hi = start
    while lo > 0 and mask[lo - 1]:
        lo -= 1
    while hi < len(mask) - 1 and mask[hi + 1]:
        hi += 1
    return lo, hi


__all__ = ["LevelInTerms", "level_in_terms"]
