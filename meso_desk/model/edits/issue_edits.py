"""Edits of the plan's issues: one named, Qt-free function per edit. No Qt.

Every function takes a :class:`~meso_desk.model.plan.Plan` and returns an :class:`IssueEdit`:
the new, fully validated plan with the line the user reads and the undo text, or — when
the edit would make the plan invalid — the unchanged plan with ``ok=False`` and the
one-line reason. The Issues table, its in-place editors, the option dialog and the curve
editor all call these functions, so a reason shown while typing is exactly the reason the
edit would be refused for, and nothing invalid ever reaches the document::

    r = edit_issue(plan, 2, "step", "0.5")      # typed into the Step cell of the third issue
    r.ok, r.text, r.plan.issues[2].step         # (True, 'Change step of “Delivery”', 0.5)
    edit_issue(plan, 2, "step", "x").reason     # 'step: 'x' is not a number'

Column keys are those of :data:`~meso_desk.model.preferences.issue_text.COLUMNS` (plus
``min``/``max``/``curvature``/``breakpoints`` for a numeric issue's curve).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from ..base import Term, breaks_line, one_line_name, one_line_reason
from ..errors import first_error
from ..language import QT_TR_NOOP, current_language, list_words, localise_number, tr
from ..plan import Plan
from ..preferences.issue_text import CURVE_LABELS, DIRECTION_LABELS, KIND_LABELS, editable_number
from ..preferences.issues import (
    GRID_TOLERANCE,
    CategoricalIssue,
    Curve,
    Direction,
    Issue,
    NumericIssue,
    Option,
    seed_breakpoints,
)
from .curve_better import range_stop, refit_within_better, turned_further
from .issue_carry import carry_terms
from .issue_kind import categorical_to_numeric, numeric_to_categorical
from .knock_on import knock_on, removal_knock_on
from .knock_on import quoted_name as quoted
from .result import EditResult
from .step_grid import fewest_decimals, nearest_steps, step_divides
from .typed_numbers import (  # noqa: F401 - re-exported: the edits' number reading
    CODE_FIELDS,
    FIELD_NAMES,
    EditRefused,
    field_name,
    number_text,
    parse_number,
    parse_optional_number,
)

#: Longest note on an issue (one line in the table; longer text belongs in the plan's notes), longest name.
MAX_DESCRIPTION, MAX_NAME = 300, 60


@dataclass(frozen=True)
class IssueEdit(EditResult):
    """The result of an issue edit.

    ``message`` is the line for the status bar ("Change step of “Delivery”." or "Not applied: …"),
    ``reason`` the bare reason when refused (shown next to the field being typed),
    ``text`` the undo text ("" when nothing changed: nothing to apply), and ``focus`` the
    issue to select afterwards as ``(name before, name after, row)``.
    """

    text: str = ""
    reason: str = ""
    focus: tuple[str, str, int] | None = None


#: How a refusal starts, per verb (whole sentences, for the translation).
_NOT_DONE = {
    "applied": QT_TR_NOOP("Not applied: {reason}"),
    "added": QT_TR_NOOP("Not added: {reason}"),
    "removed": QT_TR_NOOP("Not removed: {reason}"),
    "moved": QT_TR_NOOP("Not moved: {reason}"),
}


def _refused(plan: Plan, err: Exception, verb: str = "applied") -> IssueEdit:
    return IssueEdit(plan, tr(_NOT_DONE[verb]).format(reason=err), ok=False, reason=str(err))


def _validated(issue: Issue) -> NumericIssue | CategoricalIssue:
    try:
        return type(issue).model_validate(issue.model_dump())
    except ValidationError as err:
        raise EditRefused(_reason(err)) from None


def _reason(err: ValidationError) -> str:
    msg = first_error(err)  # "name: issue name must not be empty": no prefix when the reason names it
    field, sep, rest = msg.partition(": ")
    if not sep or "." in field or "[" in field:
        return msg
    if field in CODE_FIELDS:  # "money_per_unit: …" → "money equivalent: …"
        return f"{field_name(CODE_FIELDS[field])}: {rest}"
    words = _column_name(field)  # the field in the user's words ("options" → German "Optionen")
    said = rest.casefold()  # "doppelte Option …" names "options" as well as "duplicate option …" does
    if any(stem and stem in said for stem in (_stem(field.replace("_", " ")), _stem(words))):
        return rest
    return f"{words}: {rest}"


def _stem(word: str) -> str:
    """A field's word without a plural ending, folded: "options", "Optionen" → "option"."""
    w = word.casefold()
    for end in ("en", "e", "s"):
        if w.endswith(end) and len(w) > len(end) + 2:
            return w[: -len(end)]
    return w


def check_issue(plan: Plan, row: int | None, issue: Issue) -> NumericIssue | CategoricalIssue:
    """``issue`` re-validated, plus the rules the plan cannot see on its own.

    ``row`` is the issue's place in ``plan`` (``None`` for a new issue).
    """
    if isinstance(issue, CategoricalIssue):  # said before the schema's own "duplicate option 'DAP'"
        labels = [getattr(o, "label", o) for o in issue.options]
        same = next((label for label in labels if labels.count(label) > 1), None)
        if isinstance(same, str):
            raise EditRefused(tr("duplicate option {option}").format(option=quoted(same)))
    issue = _validated(issue)
    for j, other in enumerate(plan.issues):
        if j != row and other.name.casefold() == issue.name.casefold():
            raise EditRefused(tr("an issue called {name} already exists").format(name=quoted(other.name)))
    if isinstance(issue, NumericIssue):
        hl = issue.hard_limit
        eps = GRID_TOLERANCE * issue.step
        if hl is not None and not (issue.min - eps <= hl <= issue.max + eps):
            raise EditRefused(tr("the hard limit {limit} lies outside the range {low} – {high}").format(
                limit=issue.format_number(hl), low=issue.format_number(issue.min), high=issue.format_number(issue.max)))
        if issue.money_per_unit is not None and issue.money_per_unit <= 0:
            raise EditRefused(tr("money equivalent must be above zero (leave it empty for none)"))
    else:  # "EXW" and "exw" read as one option in the room and on the cards: refuse the new twin
        before = plan.issues[row] if row is not None else None
        twins = sorted(issue.case_twins - (before.case_twins if isinstance(before, CategoricalIssue) else set()))
        if twins:
            raise EditRefused(tr("duplicate option {option}").format(option=quoted(twins[0])))
    return issue


def _replaced(plan: Plan, row: int, issue: Issue,
              term_map: Callable[[Term], Term | None] | None = None) -> Plan:
    """``plan`` with the issue at ``row`` replaced by ``issue`` (checked), or EditRefused.

    ``term_map`` carries packages' and rounds' terms across a change of kind or of option
    labels (old term → new term, or None to let the plan pick a default).
    """
    issue = check_issue(plan, row, issue)
    why = turned_further(plan.issues[row], issue)  # the Better rule: the curve's ends (curve_better)
    if why:
        raise EditRefused(why)
    try:
        new = plan.with_issue(row, issue)
        if term_map is not None:
            new = carry_terms(plan, new, plan.issues[row].name, issue, term_map)
    except ValidationError as err:
        raise EditRefused(_reason(err)) from None
    except (ValueError, KeyError) as err:
        raise EditRefused(str(err)) from None
    return new


def _as_range(value: Any, unit: str) -> tuple[float, float]:
    if isinstance(value, str):
        parts = re.split(r"\s*(?:–|—|\.\.|\bto\b|\bbis\b|;)\s*", value.strip())
        if len(parts) != 2:
            raise EditRefused(tr("range: enter the lowest and the highest term, e.g. 2 – 12"))
        value = parts
    try:
        lo_t, hi_t = value
    except (TypeError, ValueError):
        raise EditRefused(tr("range: enter the lowest and the highest term")) from None
    return parse_number(lo_t, "min", unit), parse_number(hi_t, "max", unit)


def _proposed(plan: Plan, row: int, key: str, value: Any) -> tuple[Plan, str]:
    """The plan after typing ``value`` into column ``key`` of issue ``row``, and the undo text.

    Raises :class:`EditRefused` with the reason when the edit would make the plan invalid.
    Returns ``(plan, "")`` unchanged when the value is the current one.
    """
    if not 0 <= row < len(plan.issues):
        raise EditRefused(tr("no such issue"))
    issue = plan.issues[row]
    name = issue.name
    term_map = None
    if key == "name":
        typed = one_line_name(str(value), "issue name", EditRefused)  # one line: Qt cuts undo texts at a break
        if len(typed) > MAX_NAME:  # it heads a column, a slider, a card's line
            raise EditRefused(tr("name: keep it short (at most {most} characters, not {count})").format(
                most=MAX_NAME, count=len(typed)))
        new: Issue = issue.model_copy(update={"name": typed})
        text = tr("Rename issue {old} to {new}").format(old=quoted(name), new=quoted(typed))
    elif key == "description":
        desc = " ".join(str(value or "").split())
        if len(desc) > MAX_DESCRIPTION:
            raise EditRefused(tr("notes: keep them short (at most {most} characters, not {count})").format(
                most=MAX_DESCRIPTION, count=len(desc)))
        new = issue.model_copy(update={"description": desc})
        text = tr("Edit notes of {issue}").format(issue=quoted(name))
    elif key == "kind":
        kind = str(value).strip().casefold()
        kind = next((k for k, label in KIND_LABELS.items() if kind == tr(label).casefold()), kind)
        if kind not in KIND_LABELS:
            raise EditRefused(tr("kind: {value} is neither numeric nor categorical").format(value=repr(value)))
        if kind == issue.kind:
            return plan, ""
        if isinstance(issue, NumericIssue):
            new, term_map = numeric_to_categorical(issue)
        else:
            assert isinstance(issue, CategoricalIssue)
            new, term_map = categorical_to_numeric(issue)
        text = (tr("Make {issue} numeric").format(issue=quoted(name)) if kind == "numeric"
                else tr("Make {issue} categorical").format(issue=quoted(name)))
    elif key == "range" and isinstance(issue, CategoricalIssue):
        options, renames = _as_options(value)
        new = issue.model_copy(update={"options": options})
        if renames:
            term_map = lambda t: renames.get(str(t), t)  # noqa: E731
        text = tr("Edit options of {issue}").format(issue=quoted(name))
    elif key == "hard_limit" and isinstance(issue, CategoricalIssue):
        # the categorical "hard limit" is the set of options we can never accept
        banned = {str(v) for v in (value or ())}
        unknown = banned - set(issue.labels)
        if unknown:
            raise EditRefused(tr("{issue} has no option {option}").format(issue=quoted(name),
                                                                           option=quoted(sorted(unknown)[0])))
        options = tuple(o.model_copy(update={"acceptable": o.label not in banned}) for o in issue.options)
        new = issue.model_copy(update={"options": options})
        text = tr("Change acceptable options of {issue}").format(issue=quoted(name))
    elif isinstance(issue, CategoricalIssue):
        raise EditRefused(tr("a categorical issue has no {field}").format(field=_column_name(key)))
    else:
        assert isinstance(issue, NumericIssue)
        new, text = _numeric_edit(issue, key, value)
    if new == issue:
        return plan, ""
    if key in _GRID_KEYS and isinstance(new, NumericIssue):
        _check_step_divides(_validated(new))
    return _replaced(plan, row, new, term_map), text


#: The columns whose edit changes a numeric issue's grid (its range or its step).
_GRID_KEYS = frozenset({"range", "min", "max", "step"})


def _check_step_divides(issue: NumericIssue) -> None:
    """Refuse a step that leaves an uneven last step, offering the nearest steps that fit."""
    lo, hi, step = issue.min, issue.max, issue.step
    if step_divides(lo, hi, step):
        return
    below, above = nearest_steps(lo, hi, step)
    offers = [_plain(x) for x in (below, above) if x is not None]
    n = math.ceil((hi - lo) / step - GRID_TOLERANCE)
    d = fewest_decimals(lo, hi, step)
    wider = round(lo + n * step, d)
    values = {"step": _plain(step), "low": _plain(lo), "high": _plain(hi), "wider": _plain(wider)}
    if len(offers) == 2:
        raise EditRefused(tr("Step {step} does not divide {low}–{high}; try {first} or {second} "
                             "(or change the range to {low}–{wider})").format(
            first=offers[0], second=offers[1], **values))
    if offers:
        raise EditRefused(tr("Step {step} does not divide {low}–{high}; try {first} "
                             "(or change the range to {low}–{wider})").format(first=offers[0], **values))
    raise EditRefused(tr("Step {step} does not divide {low}–{high}; try another step "
                         "(or change the range to {low}–{wider})").format(**values))


def _plain(x: float) -> str:
    """A number as an editor starts from it (no thousands separators, no trailing zeros), written
    the current language's way (``0.5``, German ``0,5``)."""
    return editable_number(x)


#: The columns a refusal may name (``a categorical issue has no …``).
_COLUMN_NAMES = {
    "unit": QT_TR_NOOP("unit"), "min": QT_TR_NOOP("min"), "max": QT_TR_NOOP("max"), "step": QT_TR_NOOP("step"),
    "direction": QT_TR_NOOP("direction"), "curve": QT_TR_NOOP("curve"), "curvature": QT_TR_NOOP("curvature"),
    "breakpoints": QT_TR_NOOP("breakpoints"), "money": QT_TR_NOOP("money"), "options": QT_TR_NOOP("options"),
    "name": QT_TR_NOOP("name"),
}


def _column_name(key: str) -> str:
    return tr(_COLUMN_NAMES[key]) if key in _COLUMN_NAMES else key.replace("_", " ")


def _numeric_edit(issue: NumericIssue, key: str, value: Any) -> tuple[NumericIssue, str]:
    name = issue.name
    upd: dict[str, Any]
    if key == "unit":
        unit = str(value).strip()
        if len(unit) > 24:
            raise EditRefused(tr("unit: keep it short (at most 24 characters)"))
        upd, text = {"unit": unit}, tr("Set unit of {issue}").format(issue=quoted(name))
    elif key == "range":
        lo, hi = _as_range(value, issue.unit)
        if not lo < hi:
            raise EditRefused(tr("min ({low:g}) must be below max ({high:g})").format(low=lo, high=hi))
        upd, text = {"min": lo, "max": hi}, tr("Change range of {issue}").format(issue=quoted(name))
        if issue.curve is Curve.BREAKPOINTS:
            upd["breakpoints"] = refit_within_better(issue, lo, hi)
    elif key == "min" or key == "max":
        x = parse_number(value, key, issue.unit)
        upd, text = {key: x}, tr("Change range of {issue}").format(issue=quoted(name))
        if issue.curve is Curve.BREAKPOINTS:
            lo = x if key == "min" else issue.min
            hi = x if key == "max" else issue.max
            if lo < hi:
                upd["breakpoints"] = refit_within_better(issue, lo, hi)
    elif key == "step":
        step = parse_number(value, "step", issue.unit)
        if step <= 0:
            raise EditRefused(tr("step must be above zero"))
        upd, text = {"step": step}, tr("Change step of {issue}").format(issue=quoted(name))
    elif key == "direction":
        d = _enum(Direction, value, DIRECTION_LABELS, "better")
        text = (tr("Make lower better for {issue}") if d is Direction.LOWER
                else tr("Make higher better for {issue}")).format(issue=quoted(name))
        upd = {"direction": d}
        if d is not issue.direction and issue.curve is Curve.BREAKPOINTS:
            # mirror the curve: the best end swaps sides, the shape stays
            upd["breakpoints"] = tuple((issue.min + issue.max - x, y) for x, y in issue.breakpoints)
    elif key == "curve":
        c = _enum(Curve, value, CURVE_LABELS, "curve")
        label = tr(CURVE_LABELS[c])
        upd, text = {"curve": c}, tr("Set curve of {issue} to {curve}").format(
            issue=quoted(name), curve=label.lower() if current_language() == "en" else label)
        if c is Curve.BREAKPOINTS and issue.curve is not Curve.BREAKPOINTS:
            upd["breakpoints"] = seed_breakpoints(issue)
        elif c is not Curve.BREAKPOINTS:
            upd["breakpoints"] = ()
    elif key == "curvature":
        k = parse_number(value, "bend")
        upd, text = {"curvature": k}, tr("Change bend of {issue}").format(issue=quoted(name))
    elif key == "breakpoints":
        pts = tuple((float(x), float(y)) for x, y in value)
        upd, text = {"breakpoints": pts}, tr("Edit breakpoints of {issue}").format(issue=quoted(name))
        if issue.curve is not Curve.BREAKPOINTS:  # points given are the curve: they would lie unused
            upd["curve"] = Curve.BREAKPOINTS
    elif key == "hard_limit":
        upd, text = ({"hard_limit": parse_optional_number(value, "hard limit", issue.unit)},
                     tr("Set hard limit of {issue}").format(issue=quoted(name)))
    elif key == "money":
        upd, text = ({"money_per_unit": parse_optional_number(value, "money equivalent")},
                     tr("Set money equivalent of {issue}").format(issue=quoted(name)))
    else:
        raise EditRefused(tr("unknown column {key}").format(key=repr(key)))
    return issue.model_copy(update=upd), text


def _enum(enum: type, value: Any, labels: dict, what: str):
    if isinstance(value, enum):
        return value
    s = str(value).strip().casefold()
    for member, label in labels.items():
        if s in (member.value, label.casefold(), tr(label).casefold()):
            return member
    return _not_one_of(what, value, [tr(label) for label in labels.values()])


def _not_one_of(what: str, value: Any, labels: list[str]) -> Any:
    if what == "curve":
        raise EditRefused(tr("curve: {value} is not one of {labels}").format(value=repr(value),
                                                                           labels=", ".join(labels)))
    raise EditRefused(tr("better: {value} is not one of {labels}").format(value=repr(value), labels=", ".join(labels)))


def _as_options(value: Any) -> tuple[tuple[Option, ...], dict[str, str]]:
    """Options from a sequence of Option / dicts / (label, value[, acceptable]) tuples.

    A row may carry the label it had before (``"was"`` in a dict, or an ``OptionRow``) so
    packages that used the old label follow the rename.
    """
    options: list[Option] = []
    renames: dict[str, str] = {}
    for i, item in enumerate(value or ()):
        was = None
        if isinstance(item, OptionRow):
            was = item.was
            item = {"label": item.label, "value": item.value, "acceptable": item.acceptable}
        elif isinstance(item, dict) and "was" in item:
            item = dict(item)
            was = item.pop("was")
        try:
            opt = item if isinstance(item, Option) else Option.model_validate(item)
        except ValidationError as err:
            raise EditRefused(tr("option {number}: {reason}").format(number=i + 1, reason=_reason(err))) from None
        if was and was != opt.label:
            renames[was] = opt.label
        if was != opt.label and breaks_line(opt.label):  # a new or renamed label must fit on one line
            raise EditRefused(tr("option {number}: {reason}").format(number=i + 1, reason=one_line_reason("option label")))
        options.append(opt)
    return tuple(options), renames


@dataclass
class OptionRow:
    """One row of the option editor: the option as typed plus the label it had before."""

    label: str
    value: float = 0.0
    acceptable: bool = True
    was: str | None = None


def unique_issue_name(plan: Plan, base: str | None = None) -> str:
    """``base`` (default "New issue", in the window's language) made unique among the issues."""
    base = base or tr("New issue")
    names = {n.casefold() for n in plan.issue_names}
    if base.casefold() not in names:
        return base
    k = 2
    while f"{base} {k}".casefold() in names:
        k += 1
    return f"{base} {k}"


def new_issue(plan: Plan, kind: str = "numeric") -> NumericIssue | CategoricalIssue:
    """A fresh issue with a unique name, ready to be renamed and shaped."""
    if kind == "numeric":
        return NumericIssue(name=unique_issue_name(plan), min=0, max=100, step=1)
    # "Option 1, 2 …": the letters A, B, C name the options on the package cards
    return CategoricalIssue(name=unique_issue_name(plan),
                            options=(Option(label=tr("Option {n}").format(n=1), value=0),
                                     Option(label=tr("Option {n}").format(n=2), value=100)))


def _proposed_add(plan: Plan, kind: str, row: int | None) -> tuple[Plan, str, str]:
    """Plan with a new issue at ``row`` (end when None): ``(plan, name, undo text)``."""
    issue = check_issue(plan, None, new_issue(plan, kind))
    try:
        new = plan.with_issue_added(issue, index=row)
    except ValidationError as err:
        raise EditRefused(_reason(err)) from None
    if kind == "numeric":
        return new, issue.name, tr("Add numeric issue {issue}").format(issue=quoted(issue.name))
    return new, issue.name, tr("Add categorical issue {issue}").format(issue=quoted(issue.name))


def _proposed_remove(plan: Plan, row: int) -> tuple[Plan, str]:
    if not 0 <= row < len(plan.issues):
        raise EditRefused(tr("no issue selected"))
    if len(plan.issues) == 1:
        raise EditRefused(tr("a plan needs at least one issue; add another before removing this one"))
    name = plan.issues[row].name
    try:
        return plan.with_issue_removed(name), tr("Remove issue {issue}").format(issue=quoted(name))
    except ValidationError as err:
        raise EditRefused(_reason(err)) from None


def _proposed_move(plan: Plan, row: int, new_row: int) -> tuple[Plan, str]:
    n = len(plan.issues)
    if not 0 <= row < n:
        raise EditRefused(tr("no issue selected"))
    new_row = max(0, min(new_row, n - 1))
    if new_row == row:
        return plan, ""
    name = plan.issues[row].name
    text = tr("Move issue {issue} up") if new_row < row else tr("Move issue {issue} down")
    return plan.with_issue_moved(name, new_row), text.format(issue=quoted(name))


# ---------------------------------------------------------------------------------------
# the edits
# ---------------------------------------------------------------------------------------


def edit_issue(plan: Plan, row: int, key: str, value: Any) -> IssueEdit:
    """The plan after typing ``value`` into column ``key`` of issue ``row``.

    Refused (``ok=False``, with the reason) when the edit would make the plan invalid;
    unchanged (``text == ""``) when the value is the current one.
    """
    try:
        new, text = _proposed(plan, row, key, value)
    except EditRefused as err:
        return _refused(plan, err)
    if not text:
        return IssueEdit(plan)
    # the options renamed as the rows say (FCA → FCA Oslo while DAP goes), else as the issues show it
    renamed = _as_options(value)[1] if key == "range" and isinstance(plan.issues[row], CategoricalIssue) else None
    return IssueEdit(new, _said(f"{text}.", plan, new, row, renamed or None), text=text,
                     focus=(plan.issues[row].name, new.issues[row].name, row))


def _said(message: str, old: Plan, new: Plan, row: int, renamed: dict[str, str] | None = None) -> str:
    """The status line: the edit, and what else it changed to keep the plan valid (never silently)."""
    said = [message, range_stop(old.issues[row], new.issues[row]),  # a new range's end held by Better
            knock_on(old, new, old.issues[row], new.issues[row], renamed)]
    return " ".join(s for s in said if s)


def replace_issue(plan: Plan, row: int, issue: Issue, text: str) -> IssueEdit:
    """``plan`` with the issue at ``row`` replaced by ``issue`` (checked), named ``text``."""
    try:
        new = _replaced(plan, row, issue)
    except EditRefused as err:
        return _refused(plan, err)
    return IssueEdit(new, _said(f"{text}.", plan, new, row), text=text, focus=(plan.issues[row].name, issue.name, row))


def add_issue(plan: Plan, kind: str = "numeric", row: int | None = None) -> IssueEdit:
    """Plan with a new ``kind`` issue with a unique name at ``row`` (the end when None)."""
    try:
        new, name, text = _proposed_add(plan, kind, row)
    except EditRefused as err:
        return _refused(plan, err, "added")
    message = tr("Added {issue}: type its name, then set range and curve. Its weight is {weight:.0f} %.").format(
        issue=quoted(name), weight=new.weights[name] * 100)
    return IssueEdit(new, message, text=text, focus=("", name, new.issue_names.index(name)))


def remove_issue(plan: Plan, row: int) -> IssueEdit:
    """Plan without the issue at ``row`` (its weight shared among the others)."""
    try:
        new, text = _proposed_remove(plan, row)
    except EditRefused as err:
        return _refused(plan, err, "removed")
    name = plan.issues[row].name
    gone = _behind_the_table_on(plan, name, new)
    message = (tr("Removed {issue} with what was on it ({what}). Undo brings it all back with its "
                  "weight and terms.").format(issue=quoted(name), what=gone) if gone else
               tr("Removed {issue}. Undo brings it back with its weight and terms.").format(issue=quoted(name)))
    also = removal_knock_on(plan, new, name)  # their answers that named it; weights made equal
    return IssueEdit(new, f"{message} {also}" if also else message, text=text, focus=(name, "", row))


def _behind_the_table_on(plan: Plan, name: str, without: Plan | None = None) -> str:
    """``"2 approval conditions, the weight Quality gives it and its goodwill"``: what is on issue ``name``
    (and the total cost model or its part on the issue, when ``without`` — the plan after the
    issue is gone — lost it)."""
    conditions = sum(c.issue == name for a in plan.approvers for c in a.conditions)
    constituencies = sum(c.issue == name for c in plan.their_constituencies)
    parts = []
    if conditions:
        parts.append(tr("1 approval condition") if conditions == 1
                     else tr("{count} approval conditions").format(count=conditions))
    weighing = [a.label for a in plan.approvers if a.weights.get(name, 0) > 0]
    if weighing:
        parts.append(tr("the weight {approver} gives it").format(approver=weighing[0]) if len(weighing) == 1
                     else tr("the weights {approvers} give it").format(approvers=list_words(weighing)))
    if constituencies:
        parts.append(tr("1 constituency") if constituencies == 1
                     else tr("{count} constituencies").format(count=constituencies))
    if name in plan.goodwill:
        parts.append(tr("its goodwill"))
    if without is not None and plan.costs is not None and without.costs != plan.costs:
        parts.append(tr("the total cost model") if without.costs is None else tr("its part of the total cost"))
    return list_words(parts)


def move_issue(plan: Plan, row: int, new_row: int) -> IssueEdit:
    """Plan with the issue at ``row`` moved to ``new_row`` (clipped to the table)."""
    try:
        new, text = _proposed_move(plan, row, new_row)
    except EditRefused as err:
        return _refused(plan, err, "moved")
    if not text:
        return IssueEdit(plan)
    name = plan.issues[row].name
    return IssueEdit(new, "", text=text, focus=(name, name, new.issue_names.index(name)))


def edit_value(issue: Issue, key: str) -> Any:
    """The value an editor of column ``key`` starts from (what :func:`edit_issue` takes back)."""
    if key == "name":
        return issue.name
    if key == "description":
        return issue.description
    if key == "kind":
        return issue.kind
    if isinstance(issue, CategoricalIssue):
        if key == "range":
            return tuple(OptionRow(o.label, o.value, o.acceptable, o.label) for o in issue.options)
        if key == "hard_limit":
            return tuple(o.label for o in issue.options if not o.acceptable)
        return None
    assert isinstance(issue, NumericIssue)
    return {
        "unit": issue.unit,
        "range": (_editable(issue, issue.min), _editable(issue, issue.max)),
        "step": _plain(issue.step),
        "direction": issue.direction.value,
        "curve": issue.curve.value,
        "hard_limit": "" if issue.hard_limit is None else _editable(issue, issue.hard_limit),
        "money": "" if issue.money_per_unit is None else _plain(issue.money_per_unit),
    }[key]


def _editable(issue: NumericIssue, x: float) -> str:
    """A term as its editor starts from it: the issue's decimals, no thousands separators
    (``1500.50``; German ``1500,50``)."""
    return localise_number(f"{x:.{issue.decimals}f}", float(x), "f", current_language())
