"""Edits of an issue's value curve, as the curve editor makes them (drag, click, key). No Qt.

Each function returns an :class:`~meso_desk.model.edits.issue_edits.IssueEdit` like the other
issue edits; the constraints (:func:`constrain_breakpoint`, :func:`clamp_value`,
:func:`snap_to_range`) say where a dragged point may go, so the editor's live preview
and the edit it applies agree.

Two rules keep a curve saying what the rest of the plan reads from it:

* **Better.** A breakpoint curve keeps its best end where the issue's *Better* says: its worse
  end is never worth more than its better end. Better still places the hard limit's
  never-acceptable side, the approvers' MESO rules, the trade-off questions and the ZOPA, so a
  curve turned round by a drag would leave them all on the wrong side. A dragged end stops at the
  other end's value and the status line says why (:func:`breakpoint_stop`); turning the curve
  round is a change of Better in the table, which mirrors the curve. The rule itself lives in
  :mod:`~meso_desk.model.edits.curve_better`: every issue edit keeps it (a script's breakpoints,
  a new range), not only a drag.
* **Swing.** A curve whose terms are all worth about the same (:attr:`Issue.is_flat`) makes its
  weight count for nothing; every curve edit that leaves it so says it (:func:`curve_warning`).
"""

from __future__ import annotations

import math
from dataclasses import replace

from ..language import tr
from ..plan import Plan
from ..preferences.issues import CategoricalIssue, Curve, Direction, Issue, NumericIssue
from .curve_better import against_better_reason, better_ends
from .issue_edits import IssueEdit, quoted, replace_issue


def clamp_value(y: float, digits: int = 1) -> float:
    """A value on the 0–100 scale, rounded to ``digits``."""
    return float(min(max(round(y, digits), 0.0), 100.0))


def snap_to_range(issue: NumericIssue, x: float) -> float:
    """``x`` on the issue's step grid counted from its minimum, within its range."""
    k = round((x - issue.min) / issue.step)
    return float(min(max(issue.min + k * issue.step, issue.min), issue.max))


def value_bounds(issue: NumericIssue, points: list[tuple[float, float]] | tuple, i: int) -> tuple[float, float]:
    """The values breakpoint ``i`` of ``points`` may take: 0–100, and at an end of the curve no
    less than the other end (the better end, as Better says) or no more (the worse end). A curve
    already the other way round (an older file) may come back, not go further."""
    n = len(points)
    if n < 2 or i not in (0, n - 1):
        return 0.0, 100.0
    own, other = float(points[i][1]), float(points[n - 1 - i][1])
    better = 0 if issue.direction == Direction.LOWER else n - 1
    return (min(own, other), 100.0) if i == better else (0.0, max(own, other))


def breakpoint_stop(issue: NumericIssue, points: list[tuple[float, float]] | tuple, i: int, y: float) -> str:
    """Why breakpoint ``i`` of ``points`` stops short of the value ``y`` it was dragged towards:
    it would make the worse end of the range worth more than the better end ("" when it does not)."""
    least, most = value_bounds(issue, points, i)
    return "" if least - 1e-9 <= clamp_value(y) <= most + 1e-9 else against_better_reason(issue)


def constrain_breakpoint(issue: NumericIssue, points: list[tuple[float, float]], i: int,
                         x: float, y: float) -> tuple[float, float]:
    """Where breakpoint ``i`` of ``points`` may go when dragged towards (x, y): on the step
    grid, at least one step from its neighbours (it stays put when there is no room), its
    value within 0–100 and, at an end, within :func:`value_bounds` (the best end stays where
    Better says)."""
    step = issue.step
    x = snap_to_range(issue, x)
    lo = points[i - 1][0] if i > 0 else None
    hi = points[i + 1][0] if i + 1 < len(points) else None
    eps = step * 1e-6
    if lo is not None and x <= lo + eps:
        x = lo + step
    if hi is not None and x >= hi - eps:
        x = hi - step
    if (lo is not None and x <= lo + eps) or (hi is not None and x >= hi - eps) or not (
            issue.min - eps <= x <= issue.max + eps):
        x = points[i][0]  # no room: stay
    x = min(max(x, issue.min), issue.max)
    least, most = value_bounds(issue, points, i)
    return float(x), min(max(clamp_value(y), least), most)


def curve_warning(plan: Plan, name: str) -> str:
    """What is wrong with the curve of ``name`` for the rest of the plan, in a sentence ("" when
    nothing): it is flat while its weight counts, or (from an older file) it is worth more at the
    worse end of the range than at the better end."""
    issue = plan.issue(name)
    if isinstance(issue, NumericIssue) and issue.against_better > 1e-9:
        lower, better, worse = better_ends(issue)
        text = (tr("{issue} is worth more at {worse} than at {better} though lower is better, and its hard limit "
                   "and trade-offs go by Better: drag the ends back, or set Better to Higher.") if lower else
                tr("{issue} is worth more at {worse} than at {better} though higher is better, and its hard limit "
                   "and trade-offs go by Better: drag the ends back, or set Better to Lower."))
        return text.format(issue=quoted(name), worse=issue.format_term(worse), better=issue.format_term(better))
    weight = plan.weights.get(name, 0.0) * 100
    if not issue.is_flat or weight < 0.5:
        return ""
    numeric, swing = isinstance(issue, NumericIssue), issue.swing
    if swing < 0.05:
        text = (tr("The curve of {issue} is flat: its {weight:.0f} % weight no longer counts — set the weight "
                   "to 0 or give the curve a slope.") if numeric else
                tr("The options of {issue} are all worth the same: its {weight:.0f} % weight no longer counts "
                   "— set the weight to 0 or give the options different values."))
    else:
        text = (tr("The curve of {issue} is nearly flat ({swing:.1f} points from its worst to its best term): "
                   "its {weight:.0f} % weight hardly counts — set the weight to 0 or give the curve a slope.")
                if numeric else
                tr("The options of {issue} are worth nearly the same ({swing:.1f} points apart): its "
                   "{weight:.0f} % weight hardly counts — set the weight to 0 or give the options different "
                   "values."))
    return text.format(issue=quoted(name), weight=weight, swing=swing)


def _curve_edit(plan: Plan, issue: Issue, text: str, stop: str = "") -> IssueEdit:
    """``plan`` with ``issue`` in its place (refused when its curve turns further against Better:
    :func:`~meso_desk.model.edits.curve_better.turned_further`, as every issue edit), the status
    line saying where a point stopped (``stop``) and what the curve now lacks."""
    r = replace_issue(plan, plan.issue_names.index(issue.name), issue, text)
    if not r.ok:
        return r
    said = [r.message, stop, curve_warning(r.plan, issue.name)]
    return replace(r, message=" ".join(s for s in said if s))


def _breakpoint_issue(plan: Plan, name: str) -> NumericIssue | None:
    issue = plan.issue(name)
    if isinstance(issue, NumericIssue) and issue.curve is Curve.BREAKPOINTS:
        return issue
    return None


def set_breakpoints(plan: Plan, name: str, points: list[tuple[float, float]] | tuple,
                    wanted: tuple[int, float] | None = None) -> IssueEdit:
    """The breakpoint curve of ``name`` through ``points`` (a breakpoint moved); ``wanted`` — the
    point moved and the value it was dragged towards — lets the status line say why it stopped
    short (:func:`breakpoint_stop`)."""
    issue = plan.issue(name)
    assert isinstance(issue, NumericIssue)
    pts = tuple((float(x), float(y)) for x, y in points)
    stop = breakpoint_stop(issue, pts, *wanted) if wanted is not None else ""
    if pts == issue.breakpoints:  # nothing moved: a point held at the stop says why
        return IssueEdit(plan, tr("Not moved: {reason}").format(reason=stop), ok=False, reason=stop) if stop \
            else IssueEdit(plan)
    if stop:
        stop = tr("Stopped at {value:.1f} points: {reason}.").format(value=pts[wanted[0]][1], reason=stop)
    return _curve_edit(plan, issue.model_copy(update={"breakpoints": pts}),
                       tr("Move breakpoint of {issue}").format(issue=quoted(name)), stop)


def add_breakpoint(plan: Plan, name: str, x: float, y: float) -> IssueEdit:
    """A breakpoint near (x, y) on the breakpoint curve of ``name``; refused without a
    message off the range or on another kind of curve."""
    issue = _breakpoint_issue(plan, name)
    if issue is None or not issue.min <= x <= issue.max:
        return IssueEdit(plan, ok=False)
    x = issue.snap(x)
    if any(abs(px - x) < issue.step * 1e-6 for px, _ in issue.breakpoints):
        return IssueEdit(plan, tr("There is already a breakpoint at {term}.").format(term=issue.format_term(x)),
                         ok=False, reason=tr("a breakpoint is already there"))
    pts = tuple(sorted((*issue.breakpoints, (x, clamp_value(y)))))
    return _curve_edit(plan, issue.model_copy(update={"breakpoints": pts}), tr("Add breakpoint to {issue}").format(issue=quoted(name)))


def remove_breakpoint(plan: Plan, name: str, i: int) -> IssueEdit:
    """The breakpoint curve of ``name`` without point ``i`` (it keeps at least two)."""
    issue = _breakpoint_issue(plan, name)
    if issue is None:
        return IssueEdit(plan, ok=False)
    if len(issue.breakpoints) <= 2:
        return IssueEdit(plan, tr("A breakpoint curve needs at least two points."), ok=False,
                         reason=tr("a breakpoint curve needs at least two points"))
    if i in (0, len(issue.breakpoints) - 1) and any(
            math.isclose(float(issue.breakpoints[i][0]), end) for end in (issue.min, issue.max)):
        # the curve would end short of the range, its last value held flat to the end: the worst
        # term no longer worth 0 (or the best 100), the weights' swing quietly changed
        return IssueEdit(plan, tr("The curve's end points stay at the ends of the range: drag them up or down "
                                  "instead."), ok=False, reason=tr("the curve's end points stay at the ends of the range"))
    pts = tuple(p for j, p in enumerate(issue.breakpoints) if j != i)
    return _curve_edit(plan, issue.model_copy(update={"breakpoints": pts}), tr("Remove breakpoint of {issue}").format(issue=quoted(name)))


def set_option_value(plan: Plan, name: str, i: int, value: float, say_value: bool = True) -> IssueEdit:
    """Option ``i`` of the categorical issue ``name`` worth ``value`` points (the undo text
    says the value unless ``say_value`` is False: a run of key presses is one step)."""
    issue = plan.issue(name)
    assert isinstance(issue, CategoricalIssue)
    if math.isclose(issue.options[i].value, value):
        return IssueEdit(plan)
    options = list(issue.options)
    options[i] = options[i].model_copy(update={"value": value})
    if say_value:
        text = tr("Set value of {option} ({issue}) to {value:g}").format(option=quoted(options[i].label), issue=name,
                                                                         value=value)
    else:
        text = tr("Set value of {option} ({issue})").format(option=quoted(options[i].label), issue=name)
    return _curve_edit(plan, issue.model_copy(update={"options": tuple(options)}), text)


def set_hard_limit(plan: Plan, name: str, x: float) -> IssueEdit:
    """The hard limit of the numeric issue ``name`` moved to ``x`` (snapped to its grid)."""
    issue = plan.issue(name)
    assert isinstance(issue, NumericIssue)
    x = snap_to_range(issue, x)
    if issue.hard_limit is not None and math.isclose(x, issue.hard_limit, abs_tol=issue.step * 1e-6):
        return IssueEdit(plan)
    return _curve_edit(plan, issue.model_copy(update={"hard_limit": x}), tr("Move hard limit of {issue}").format(issue=quoted(name)))


def set_curvature(plan: Plan, name: str, k: float) -> IssueEdit:
    """The bend of the diminishing-returns or accelerating curve of ``name``."""
    issue = plan.issue(name)
    assert isinstance(issue, NumericIssue)
    if math.isclose(issue.curvature, k):
        return IssueEdit(plan)
    return _curve_edit(plan, issue.model_copy(update={"curvature": round(k, 2)}), tr("Change bend of {issue}").format(issue=quoted(name)))
