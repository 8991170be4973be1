"""Edits of an issue's value curve, as the curve editor makes them (drag, click, key). No Qt.

Each function returns an :class:`~meso_desk.model.edits.issue_edits.IssueEdit` like the other
issue edits; the constraints (:func:`constrain_breakpoint`, :func:`clamp_value`,
:func:`snap_to_range`) say where a dragged point may go, so the editor's live preview
and the edit it applies agree.
"""

from __future__ import annotations

import math

from ..language import tr
from ..plan import Plan
from ..preferences.issues import CategoricalIssue, Curve, Issue, NumericIssue
from .issue_edits import IssueEdit, quoted, replace_issue


def clamp_value(y: float, digits: int = 1) -> float:
    """A value on the 0–100 scale, rounded to ``digits``."""
    return float(min(max(round(y, digits), 0.0), 100.0))


def snap_to_range(issue: NumericIssue, x: float) -> float:
    """``x`` on the issue's step grid counted from its minimum, within its range."""
    k = round((x - issue.min) / issue.step)
    return float(min(max(issue.min + k * issue.step, issue.min), issue.max))


def constrain_breakpoint(issue: NumericIssue, points: list[tuple[float, float]], i: int,
                         x: float, y: float) -> tuple[float, float]:
    """Where breakpoint ``i`` of ``points`` may go when dragged towards (x, y): on the step
    grid, at least one step from its neighbours (it stays put when there is no room), its
    value within 0–100."""
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
    return float(x), clamp_value(y)


def _curve_edit(plan: Plan, issue: Issue, text: str) -> IssueEdit:
    return replace_issue(plan, plan.issue_names.index(issue.name), issue, text)


def _breakpoint_issue(plan: Plan, name: str) -> NumericIssue | None:
    issue = plan.issue(name)
    if isinstance(issue, NumericIssue) and issue.curve is Curve.BREAKPOINTS:
        return issue
    return None


def set_breakpoints(plan: Plan, name: str, points: list[tuple[float, float]] | tuple) -> IssueEdit:
    """The breakpoint curve of ``name`` through ``points`` (a breakpoint moved)."""
    issue = plan.issue(name)
    assert isinstance(issue, NumericIssue)
    pts = tuple(points)
    if pts == issue.breakpoints:
        return IssueEdit(plan)
    return _curve_edit(plan, issue.model_copy(update={"breakpoints": pts}), tr("Move breakpoint of {issue}").format(issue=quoted(name)))


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
