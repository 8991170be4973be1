"""The issues in words, as the Issues table shows them: columns, labels, cell text, tips. No Qt.

One function gives the text of a cell (:func:`display_text`) and one its tooltip
(:func:`tooltip_text`); the column keys are the ones the issue edits take
(:func:`meso_desk.model.edits.issue_edits.edit_issue`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..language import QT_TR_NOOP, current_language, localise_number, tr
from .issues import SINGULAR_UNITS, CategoricalIssue, Curve, Direction, Issue, NumericIssue

if TYPE_CHECKING:
    from ..plan import Plan  # only passed in: the preferences sit below the plan


@dataclass(frozen=True)
class Column:
    """A column of the Issues table: its key (for the edits) and its title and tip, kept in
    English (marked with ``QT_TR_NOOP``) and read in the current language through
    :attr:`title` and :attr:`tip`."""

    key: str
    title_source: str
    tip_source: str

    @property
    def title(self) -> str:
        return tr(self.title_source)

    @property
    def tip(self) -> str:
        return tr(self.tip_source)


COLUMNS: tuple[Column, ...] = (
    Column("name", QT_TR_NOOP("Name"), QT_TR_NOOP("The issue's name as both sides use it (must be unique).")),
    Column("kind", QT_TR_NOOP("Kind"), QT_TR_NOOP("Numeric (a number on a range) or categorical (a list of options).")),
    Column("unit", QT_TR_NOOP("Unit"), QT_TR_NOOP("Unit of a numeric issue (EUR, weeks, days, %, …).")),
    Column("range", QT_TR_NOOP("Range"),
           QT_TR_NOOP("Range, or options. Numeric: lowest and highest term that can be on the table. Categorical: "
                      "the options (double-click to edit labels, values and which are acceptable).")),
    Column("step", QT_TR_NOOP("Step"), QT_TR_NOOP("Smallest change of a numeric term (0.5 EUR, 1 week, 15 days, …).")),
    Column("direction", QT_TR_NOOP("Better"), QT_TR_NOOP("Which end of a numeric range is better for us.")),
    Column("curve", QT_TR_NOOP("Curve"),
           QT_TR_NOOP("How our value grows from the worst to the best term: linear, diminishing returns "
                      "(first steps count most), accelerating (last steps count most) or your own breakpoints.")),
    Column("hard_limit", QT_TR_NOOP("Limit"),
           QT_TR_NOOP("Hard limit. A numeric term beyond this limit is never acceptable (empty: no limit). For a "
                      "categorical issue: the options we can never accept.")),
    Column("money", QT_TR_NOOP("Money"),
           QT_TR_NOOP("Money per unit, in the plan's currency. What one unit of this issue towards the better end "
                      "is worth in the plan's currency (used to explain trade-offs; empty: not set).")),
    Column("description", QT_TR_NOOP("Notes"),
           QT_TR_NOOP("What the issue covers, in a few words. Printed under the issue's name on the package cards "
                      "only when you tick \"Print issue descriptions\" — write nothing here you would not show "
                      "them.")),
)
COLUMN_KEYS = tuple(c.key for c in COLUMNS)
COL = {c.key: i for i, c in enumerate(COLUMNS)}

#: Columns that mean nothing for a categorical issue.
NUMERIC_ONLY = frozenset({"unit", "step", "direction", "curve", "money"})

#: The labels below stay English: the edits accept them typed (``issue_edits._enum`` matches a
#: typed "linear" or "Lower" against them). Show them with ``tr(CURVE_LABELS[c])`` (or
#: :func:`curve_label` and friends).
CURVE_LABELS: dict[Curve, str] = {
    Curve.LINEAR: QT_TR_NOOP("Linear"),
    Curve.CONCAVE: QT_TR_NOOP("Diminishing returns"),
    Curve.CONVEX: QT_TR_NOOP("Accelerating"),
    Curve.BREAKPOINTS: QT_TR_NOOP("Breakpoints"),
}
CURVE_TIPS: dict[Curve, str] = {
    Curve.LINEAR: QT_TR_NOOP("Every step towards the better end is worth the same."),
    Curve.CONCAVE: QT_TR_NOOP("The first steps away from the worst term count most (diminishing returns)."),
    Curve.CONVEX: QT_TR_NOOP("The last steps towards the best term count most (accelerating)."),
    Curve.BREAKPOINTS: QT_TR_NOOP("Your own curve through points you place and drag."),
}
DIRECTION_LABELS: dict[Direction, str] = {Direction.LOWER: QT_TR_NOOP("Lower"), Direction.HIGHER: QT_TR_NOOP("Higher")}
KIND_LABELS = {"numeric": QT_TR_NOOP("Numeric"), "categorical": QT_TR_NOOP("Categorical")}
#: The table's narrow cells (the full words are in the tooltips and the editors): the main
#: columns fit a 560 px panel (docs/issues-panel.md).
KIND_SHORT = {"numeric": QT_TR_NOOP("Number"),
              "categorical": QT_TR_NOOP("Options")}
CURVE_SHORT: dict[Curve, str] = {Curve.LINEAR: QT_TR_NOOP("Linear"), Curve.CONCAVE: QT_TR_NOOP("Diminishing"),
                                 Curve.CONVEX: QT_TR_NOOP("Accelerating"), Curve.BREAKPOINTS: QT_TR_NOOP("Points")}


def curve_label(curve: Curve) -> str:
    """The curve's name in the current language ("Diminishing returns")."""
    return tr(CURVE_LABELS[curve])


def curve_tip(curve: Curve) -> str:
    return tr(CURVE_TIPS[curve])


def direction_label(direction: Direction) -> str:
    """"Lower" / "Higher" in the current language."""
    return tr(DIRECTION_LABELS[direction])


def kind_label(kind: str) -> str:
    """"Numeric" / "Categorical" in the current language."""
    return tr(KIND_LABELS[kind])
COMMON_UNITS = ("EUR", "USD", "GBP", "CHF", "%", "days", "weeks", "months", "years", "units",
                "pieces", "hours")


def _optional(issue: NumericIssue, x: float | None) -> str:
    return "" if x is None else issue.format_number(x)


def plain_number(x: float) -> str:
    """A number as an editor starts from it (no thousands separators, no trailing zeros)."""
    return f"{x:.10g}"


def editable_number(x: float) -> str:
    """:func:`plain_number` written the current language's way (``0.5``, German ``0,5``): what an
    editor starts from, read back as itself by the one rule for typed numbers (``number_text``)."""
    return localise_number(plain_number(x), float(x), "g", current_language())


def _money_text(plan: Plan, issue: NumericIssue) -> str:
    m = issue.money_per_unit
    if m is None:
        return ""
    amount = _amount(m)
    if not issue.unit:
        return tr("{currency} {amount} / unit").format(currency=plan.currency, amount=amount)
    # the unit is the user's (typed or stored in the plan): only a plural it knows is made singular
    return f"{plan.currency} {amount} / {SINGULAR_UNITS.get(issue.unit, issue.unit)}"


def _amount(m: float) -> str:
    return f"{m:,.2f}".rstrip("0").rstrip(".") if m != int(m) else f"{m:,.0f}"


def display_text(plan: Plan, issue: Issue, key: str) -> str:
    if key == "name":
        return issue.name
    if key == "description":
        return issue.description
    if key == "kind":
        return tr(KIND_SHORT[issue.kind])
    if isinstance(issue, CategoricalIssue):
        if key == "range":
            return ", ".join(o.label for o in issue.options)
        if key == "hard_limit":
            bad = [o.label for o in issue.options if not o.acceptable]
            return ("✕ " + ", ".join(bad)) if bad else ""
        if key == "curve":
            return tr("Per option")
        return "—"
    assert isinstance(issue, NumericIssue)
    if key == "unit":
        return issue.unit
    if key == "range":
        return f"{issue.format_number(issue.min)}–{issue.format_number(issue.max)}"
    if key == "step":
        return issue.format_number(issue.step) if issue.decimals else f"{issue.step:g}"
    if key == "direction":
        return tr(DIRECTION_LABELS[issue.direction])
    if key == "curve":
        if issue.curve is Curve.BREAKPOINTS:
            return tr("Points ({count})").format(count=len(issue.breakpoints))
        return tr(CURVE_SHORT[issue.curve])
    if key == "hard_limit":
        return _optional(issue, issue.hard_limit)
    if key == "money":  # the amount only: the currency and the unit are in the tooltip
        m = issue.money_per_unit
        return "" if m is None else _amount(m)
    return ""


def tooltip_text(plan: Plan, issue: Issue, key: str) -> str:
    if key == "name":
        if issue.description:
            text = (tr("{name} (numeric)\n{notes}\nDouble-click or F2 to rename.") if issue.is_numeric else
                    tr("{name} (categorical)\n{notes}\nDouble-click or F2 to rename."))
        else:
            text = (tr("{name} (numeric)\nDouble-click or F2 to rename.") if issue.is_numeric else
                    tr("{name} (categorical)\nDouble-click or F2 to rename."))
        return text.format(name=issue.name, notes=issue.description)
    if key == "description":
        head = issue.description or tr("No notes yet.")
        return tr("{notes}\nDouble-click or F2 to edit the notes on {name}.").format(notes=head, name=issue.name)
    if isinstance(issue, CategoricalIssue):
        if key == "range":
            lines = [(tr("{option}: {value:g} points") if o.acceptable else
                      tr("{option}: {value:g} points — never acceptable")).format(option=o.label, value=o.value)
                     for o in issue.options]
            return tr("Options and their value to us:\n{options}\nDouble-click to edit the options.").format(
                options="\n".join(lines))
        if key == "hard_limit":
            bad = [o.label for o in issue.options if not o.acceptable]
            if bad:
                return tr("Never acceptable: {options}\nDouble-click to choose acceptable options.").format(
                    options=", ".join(bad))
            return tr("Every option is acceptable.\nDouble-click to choose acceptable options.")
        if key == "curve":
            return tr("A categorical issue's value is set per option (drag the bars in the curve plot).")
        if key in NUMERIC_ONLY:
            return tr("Not used by a categorical issue.")
    assert isinstance(issue, NumericIssue) or key == "kind"
    if key == "kind":
        if issue.is_numeric:
            return tr("Numeric: a number on a range.\nChanging the kind converts the issue (undo brings it back).")
        return tr("Categorical: a list of options.\nChanging the kind converts the issue (undo brings it back).")
    assert isinstance(issue, NumericIssue)
    if key == "range":
        return tr("Terms from {low} to {high} in steps of {step} ({count} possible terms).").format(
            low=issue.format_term(issue.min), high=issue.format_term(issue.max),
            step=issue.format_number(issue.step), count=len(issue.grid()))
    if key == "direction":  # the name as written
        if issue.direction is Direction.LOWER:
            return tr("Lower is better for us on {name}; higher is worse.").format(name=issue.name)
        return tr("Higher is better for us on {name}; lower is worse.").format(name=issue.name)
    if key == "curve":
        if issue.curve is Curve.BREAKPOINTS:
            return tr("{curve} ({count} points): {tip}").format(
                curve=tr(CURVE_LABELS[issue.curve]), count=len(issue.breakpoints), tip=tr(CURVE_TIPS[issue.curve]))
        return f"{tr(CURVE_LABELS[issue.curve])}: {tr(CURVE_TIPS[issue.curve])}"
    if key == "hard_limit":
        if issue.hard_limit is None:
            return tr("No hard limit: every term in the range is acceptable.\nType a number to set one.")
        if issue.direction is Direction.LOWER:
            text = tr("Terms above {limit} are never acceptable.\nClear the cell for no limit.")
        else:
            text = tr("Terms below {limit} are never acceptable.\nClear the cell for no limit.")
        return text.format(limit=issue.format_term(issue.hard_limit))
    if key == "money":
        if issue.money_per_unit is None:
            if issue.unit:
                return tr("Money equivalent of one {unit} towards the better end (not set).").format(unit=issue.unit)
            return tr("Money equivalent of one unit towards the better end (not set).")
        if issue.unit:
            return tr("One {unit} towards the better end is worth {money} to us.").format(
                unit=issue.unit, money=_money_text(plan, issue))
        return tr("One unit towards the better end is worth {money} to us.").format(money=_money_text(plan, issue))
    if key == "step":
        return tr("Terms move in steps of {step}.").format(step=issue.format_term(issue.step))
    if key == "unit":
        return tr("Unit shown with every term (EUR, weeks, days, %, …).")
    return ""
