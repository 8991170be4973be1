"""The *Better* rule of a breakpoint curve, once for every edit that shapes one. No Qt.

A breakpoint curve keeps its best end where the issue's *Better* says: its worse end is never
worth more than its better end (Better still places the hard limit's never-acceptable side, the
approvers' MESO rules, the trade-off questions and the ZOPA). Every issue edit checks it
(:func:`turned_further`, called by :mod:`~meso_desk.model.edits.issue_edits` for a typed cell, a
script's ``edit_issue(plan, row, "breakpoints", points)`` and the curve editor alike); a drag stops
at the other end's value (:mod:`~meso_desk.model.edits.curve_edits`), and a new range, whose ends are
read off the old curve, holds its worse end at the better end's value (:func:`refit_within_better`)
and says so (:func:`range_stop`). A curve already turned round (an older file) may come back, not
go further.
"""

from __future__ import annotations

from ..language import tr
from ..preferences.issues import Curve, Direction, Issue, NumericIssue, refit_breakpoints
from .knock_on import quoted_name

#: Points a curve may turn round by rounding alone.
_EPS = 1e-9


def better_ends(issue: NumericIssue) -> tuple[bool, float, float]:
    """Whether lower is better for ``issue``, and its better and worse end of the range."""
    lower = issue.direction == Direction.LOWER
    return (lower, issue.min, issue.max) if lower else (lower, issue.max, issue.min)


def against_better_reason(issue: NumericIssue) -> str:
    """Why a curve turned round by an edit is refused (or a point stops): the worse end of the
    range may not be worth more than the better end, and how to turn it round instead."""
    lower, better, worse = better_ends(issue)
    text = (tr("lower is better for {issue}, so {worse} may not be worth more than {better} — to turn the "
               "curve round, set Better to Higher") if lower else
            tr("higher is better for {issue}, so {worse} may not be worth more than {better} — to turn the "
               "curve round, set Better to Lower"))
    return text.format(issue=quoted_name(issue.name), worse=issue.format_term(worse),
                       better=issue.format_term(better))


def turned_further(old: Issue, new: Issue) -> str:
    """Why ``new`` (the issue ``old`` after an edit) is refused by the Better rule — its curve's
    worse end is worth more than its better end, more than before — or "" when it keeps the rule."""
    if not (isinstance(old, NumericIssue) and isinstance(new, NumericIssue)):
        return ""
    return against_better_reason(new) if new.against_better > old.against_better + _EPS else ""


def refit_within_better(issue: NumericIssue, lo: float, hi: float) -> tuple[tuple[float, float], ...]:
    """The breakpoints of ``issue`` for a new range ``lo``–``hi`` (:func:`refit_breakpoints`: the
    points inside kept, the ends read off the old curve), the worse end held at the better end's
    value when the old curve's values there would turn it round (no further than it already was)."""
    pts = list(refit_breakpoints(issue, lo, hi))
    b, w = (0, -1) if issue.direction == Direction.LOWER else (-1, 0)
    most = pts[b][1] + issue.against_better
    if pts[w][1] > most + _EPS:
        pts[w] = (pts[w][0], round(most, 1))
    return tuple(pts)


def range_stop(old: Issue, new: Issue) -> str:
    """The sentence for a new range whose worse end :func:`refit_within_better` held ("" when it
    read the old curve as it is)."""
    if not (isinstance(old, NumericIssue) and isinstance(new, NumericIssue) and new.curve is Curve.BREAKPOINTS
            and old.curve is Curve.BREAKPOINTS and (old.min, old.max) != (new.min, new.max)
            and len(new.breakpoints) >= 2):
        return ""
    if refit_breakpoints(old, new.min, new.max) == new.breakpoints:
        return ""
    _lower, _better, worse = better_ends(new)
    held = new.breakpoints[-1 if worse == new.max else 0][1]
    return tr("The curve's end at {term} is held at {value:.1f} points: {reason}.").format(
        term=new.format_term(worse), value=held, reason=against_better_reason(new))


__all__ = ["against_better_reason", "better_ends", "range_stop", "refit_within_better", "turned_further"]
