"""The issues in words, as the Issues table shows them: columns, labels, cell text, tips. No Qt.

One function gives the text of a cell (:func:`display_text`) and one its tooltip
(:func:`tooltip_text`); the column keys are the ones the issue edits take
(:func:`meso_desk.model.edits.issue_edits.edit_issue`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .issues import CategoricalIssue, Curve, Direction, Issue, NumericIssue

if TYPE_CHECKING:
    from ..plan import Plan  # only passed in: the preferences sit below the plan


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    tip: str


COLUMNS: tuple[Column, ...] = (
    Column("name", "Name", "The issue's name as both sides use it (must be unique)."),
    Column("kind", "Kind", "Numeric (a number on a range) or categorical (a list of options)."),
    Column("unit", "Unit", "Unit of a numeric issue (EUR, weeks, days, %, …)."),
    Column("range", "Range",
           "Range, or options. Numeric: lowest and highest term that can be on the table. Categorical: the options "
           "(double-click to edit labels, values and which are acceptable)."),
    Column("step", "Step", "Smallest change of a numeric term (0.5 EUR, 1 week, 15 days, …)."),
    Column("direction", "Better", "Which end of a numeric range is better for us."),
    Column("curve", "Curve",
           "How our value grows from the worst to the best term: linear, diminishing returns "
           "(first steps count most), accelerating (last steps count most) or your own breakpoints."),
    Column("hard_limit", "Limit",
           "Hard limit. A numeric term beyond this limit is never acceptable (empty: no limit). For a categorical "
           "issue: the options we can never accept."),
    Column("money", "Money",
           "Money per unit, in the plan's currency. What one unit of this issue towards the better end is worth in the plan's currency "
           "(used to explain trade-offs; empty: not set)."),
    Column("description", "Notes",
           "What the issue covers, in a few words. Printed under the issue's name on the package cards "
           "only when you tick \"Print issue descriptions\" — write nothing here you would not show them."),
)
COLUMN_KEYS = tuple(c.key for c in COLUMNS)
COL = {c.key: i for i, c in enumerate(COLUMNS)}

#: Columns that mean nothing for a categorical issue.
NUMERIC_ONLY = frozenset({"unit", "step", "direction", "curve", "money"})

CURVE_LABELS: dict[Curve, str] = {
    Curve.LINEAR: "Linear",
    Curve.CONCAVE: "Diminishing returns",
    Curve.CONVEX: "Accelerating",
    Curve.BREAKPOINTS: "Breakpoints",
}
CURVE_TIPS: dict[Curve, str] = {
    Curve.LINEAR: "Every step towards the better end is worth the same.",
    Curve.CONCAVE: "The first steps away from the worst term count most (diminishing returns).",
    Curve.CONVEX: "The last steps towards the best term count most (accelerating).",
    Curve.BREAKPOINTS: "Your own curve through points you place and drag.",
}
DIRECTION_LABELS: dict[Direction, str] = {Direction.LOWER: "Lower", Direction.HIGHER: "Higher"}
KIND_LABELS = {"numeric": "Numeric", "categorical": "Categorical"}
#: The table's narrow cells (the full words are in the tooltips and the editors): the main
#: columns fit a 560 px panel (docs/issues-panel.md).
KIND_SHORT = {"numeric": "Number", "categorical": "Options"}
CURVE_SHORT: dict[Curve, str] = {Curve.LINEAR: "Linear", Curve.CONCAVE: "Diminishing", Curve.CONVEX: "Accelerating",
                                 Curve.BREAKPOINTS: "Points"}
COMMON_UNITS = ("EUR", "USD", "GBP", "CHF", "%", "days", "weeks", "months", "years", "units",
                "pieces", "hours")


def _optional(issue: NumericIssue, x: float | None) -> str:
    return "" if x is None else issue.format_number(x)


def plain_number(x: float) -> str:
    """A number as an editor starts from it (no thousands separators, no trailing zeros)."""
    return f"{x:.10g}"


def _money_text(plan: Plan, issue: NumericIssue) -> str:
    m = issue.money_per_unit
    if m is None:
        return ""
    amount = _amount(m)
    per = issue.unit or "unit"
    singular = {"weeks": "week", "days": "day", "months": "month", "years": "year", "units": "unit",
                "hours": "hour", "pieces": "piece"}.get(per, per)
    return f"{plan.currency} {amount} / {singular}"


def _amount(m: float) -> str:
    return f"{m:,.2f}".rstrip("0").rstrip(".") if m != int(m) else f"{m:,.0f}"


def display_text(plan: Plan, issue: Issue, key: str) -> str:
    if key == "name":
        return issue.name
    if key == "description":
        return issue.description
    if key == "kind":
        return KIND_SHORT[issue.kind]
    if isinstance(issue, CategoricalIssue):
        if key == "range":
            return ", ".join(o.label for o in issue.options)
        if key == "hard_limit":
            bad = [o.label for o in issue.options if not o.acceptable]
            return ("✕ " + ", ".join(bad)) if bad else ""
        if key == "curve":
            return "Per option"
        return "—"
    assert isinstance(issue, NumericIssue)
    if key == "unit":
        return issue.unit
    if key == "range":
        return f"{issue.format_number(issue.min)}–{issue.format_number(issue.max)}"
    if key == "step":
        return issue.format_number(issue.step) if issue.decimals else f"{issue.step:g}"
    if key == "direction":
        return DIRECTION_LABELS[issue.direction]
    if key == "curve":
        if issue.curve is Curve.BREAKPOINTS:
            return f"Points ({len(issue.breakpoints)})"
        return CURVE_SHORT[issue.curve]
    if key == "hard_limit":
        return _optional(issue, issue.hard_limit)
    if key == "money":  # the amount only: the currency and the unit are in the tooltip
        m = issue.money_per_unit
        return "" if m is None else _amount(m)
    return ""


def tooltip_text(plan: Plan, issue: Issue, key: str) -> str:
    if key == "name":
        kind = "numeric" if issue.is_numeric else "categorical"
        desc = f"\n{issue.description}" if issue.description else ""
        return f"{issue.name} ({kind}){desc}\nDouble-click or F2 to rename."
    if key == "description":
        head = issue.description or "No notes yet."
        return f"{head}\nDouble-click or F2 to edit the notes on {issue.name}."
    if isinstance(issue, CategoricalIssue):
        if key == "range":
            lines = [f"{o.label}: {o.value:g} points" + ("" if o.acceptable else " — never acceptable")
                     for o in issue.options]
            return "Options and their value to us:\n" + "\n".join(lines) + "\nDouble-click to edit the options."
        if key == "hard_limit":
            bad = [o.label for o in issue.options if not o.acceptable]
            head = ("Never acceptable: " + ", ".join(bad)) if bad else "Every option is acceptable."
            return head + "\nDouble-click to choose acceptable options."
        if key == "curve":
            return "A categorical issue's value is set per option (drag the bars in the curve plot)."
        if key in NUMERIC_ONLY:
            return "Not used by a categorical issue."
    assert isinstance(issue, NumericIssue) or key == "kind"
    if key == "kind":
        return ("Numeric: a number on a range." if issue.is_numeric else "Categorical: a list of options.") + \
            "\nChanging the kind converts the issue (undo brings it back)."
    assert isinstance(issue, NumericIssue)
    if key == "range":
        return (f"Terms from {issue.format_term(issue.min)} to {issue.format_term(issue.max)} in steps of "
                f"{issue.format_number(issue.step)} ({len(issue.grid())} possible terms).")
    if key == "direction":
        best, worst = ("lower", "higher") if issue.direction is Direction.LOWER else ("higher", "lower")
        return f"{best.capitalize()} is better for us on {issue.name}; {worst} is worse."  # the name as written
    if key == "curve":
        points = f" ({len(issue.breakpoints)} points)" if issue.curve is Curve.BREAKPOINTS else ""
        return f"{CURVE_LABELS[issue.curve]}{points}: {CURVE_TIPS[issue.curve]}"
    if key == "hard_limit":
        if issue.hard_limit is None:
            return "No hard limit: every term in the range is acceptable.\nType a number to set one."
        side = "above" if issue.direction is Direction.LOWER else "below"
        return f"Terms {side} {issue.format_term(issue.hard_limit)} are never acceptable.\nClear the cell for no limit."
    if key == "money":
        if issue.money_per_unit is None:
            return f"Money equivalent of one {issue.unit or 'unit'} towards the better end (not set)."
        return f"One {issue.unit or 'unit'} towards the better end is worth {_money_text(plan, issue)} to us."
    if key == "step":
        return f"Terms move in steps of {issue.format_term(issue.step)}."
    if key == "unit":
        return "Unit shown with every term (EUR, weeks, days, %, …)."
    return ""
