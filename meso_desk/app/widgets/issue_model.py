"""The issues of the open plan as a Qt table model, and the edits people make to them.

The first half of this module is plain Python: :func:`propose_edit` turns "the user typed
*this* into *that* cell" into a new, fully validated :class:`~meso_desk.model.plan.Plan` or
raises :class:`EditRefused` with a one-line reason. The table model, the delegates, the
option dialog and the curve editor all go through these functions, so a reason shown while
typing is exactly the reason the edit would be refused for, and nothing invalid ever reaches
the :class:`~meso_desk.app.document.PlanDocument`.

The second half is :class:`IssueTableModel`, a ``QAbstractTableModel`` over
``document.plan.issues``. It never keeps its own copy of an issue: it reads the document's
plan, edits through ``document.apply`` and refreshes on ``document.changed`` with the finest
signal that fits (``dataChanged`` for an edit in place, row inserts/removes for add/remove,
``layoutChanged`` with moved persistent indexes for a reorder) so selections survive undo.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from pydantic import ValidationError
from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QApplication

from ...model.base import Term
from ...model.errors import first_error
from ...model.plan import Plan
from ...model.preferences.issues import (
    GRID_TOLERANCE,
    CategoricalIssue,
    Curve,
    Direction,
    Issue,
    NumericIssue,
    Option,
)

# ---------------------------------------------------------------------------------------
# columns
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    tip: str


COLUMNS: tuple[Column, ...] = (
    Column("name", "Name", "The issue's name as both sides use it (must be unique)."),
    Column("kind", "Kind", "Numeric (a number on a range) or categorical (a list of options)."),
    Column("unit", "Unit", "Unit of a numeric issue (EUR, weeks, days, %, …)."),
    Column("range", "Range / options",
           "Numeric: lowest and highest term that can be on the table. Categorical: the options "
           "(double-click to edit labels, values and which are acceptable)."),
    Column("step", "Step", "Smallest change of a numeric term (0.5 EUR, 1 week, 15 days, …)."),
    Column("direction", "Better", "Which end of a numeric range is better for us."),
    Column("curve", "Curve",
           "How our value grows from the worst to the best term: linear, diminishing returns "
           "(first steps count most), accelerating (last steps count most) or your own breakpoints."),
    Column("hard_limit", "Hard limit",
           "A numeric term beyond this limit is never acceptable (empty: no limit). For a categorical "
           "issue: the options we can never accept."),
    Column("money", "Money / unit",
           "What one unit of this issue towards the better end is worth in the plan's currency "
           "(used to explain trade-offs; empty: not set)."),
    Column("description", "Notes",
           "What the issue covers, in a few words. Printed under the issue's name on the package cards "
           "only when you tick \"Print issue descriptions\" — write nothing here you would not show them."),
)
COLUMN_KEYS = tuple(c.key for c in COLUMNS)
COL = {c.key: i for i, c in enumerate(COLUMNS)}

#: Longest note on an issue (one line in the table; longer text belongs in the plan's notes).
MAX_DESCRIPTION = 300

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
COMMON_UNITS = ("EUR", "USD", "GBP", "CHF", "%", "days", "weeks", "months", "years", "units",
                "pieces", "hours")

#: A numeric issue with at most this many grid points may be turned into a categorical one.
MAX_OPTIONS_FROM_RANGE = 12
#: Breakpoints seeded when a curve becomes a breakpoint curve.
SEED_POINTS = {Curve.LINEAR: 3, Curve.CONCAVE: 5, Curve.CONVEX: 5}

ISSUE_ROLE = Qt.ItemDataRole.UserRole + 1
# item flags, combined once (enum arithmetic is slow in Python and flags() runs per cell per paint)
_DROP = Qt.ItemFlag.ItemIsDropEnabled
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
_EDITABLE = _READ_ONLY | Qt.ItemFlag.ItemIsEditable
MIME_TYPE = "application/x-meso-desk-issue-rows"


# ---------------------------------------------------------------------------------------
# edits (plain Python, no widgets)
# ---------------------------------------------------------------------------------------


class EditRefused(ValueError):
    """An edit that would make the plan invalid; ``str(err)`` is the one-line reason."""


def parse_number(text: Any, what: str = "value", unit: str = "") -> float:
    """A number as people type it: ``1,500.50``, ``12,5``, ``-3``, ``EUR 180``, ``30 days``."""
    if isinstance(text, bool):
        raise EditRefused(f"{what}: {text!r} is not a number")
    if isinstance(text, (int, float, np.integer, np.floating)):
        x = float(text)
    else:
        s = str(text).strip()
        if not s:
            raise EditRefused(f"{what}: enter a number")
        u = unit.strip()
        if u:
            if s.casefold().startswith(u.casefold()):
                s = s[len(u):].strip()
            elif s.casefold().endswith(u.casefold()):
                s = s[: -len(u)].strip()
        s = re.sub(r"[\s_'’\u00a0\u202f]", "", s)
        if "," in s and "." in s:
            s = s.replace(",", "")
        elif "," in s:
            s = s.replace(",", "") if re.fullmatch(r"[-+]?\d{1,3}(,\d{3})+", s) else s.replace(",", ".")
        try:
            x = float(s)
        except ValueError:
            raise EditRefused(f"{what}: {str(text).strip()!r} is not a number") from None
    if not math.isfinite(x):
        raise EditRefused(f"{what}: must be a finite number")
    return x


def parse_optional_number(text: Any, what: str, unit: str = "") -> float | None:
    if text is None or (isinstance(text, str) and text.strip().casefold() in ("", "none", "—", "-")):
        return None
    return parse_number(text, what, unit)


def _validated(issue: Issue) -> NumericIssue | CategoricalIssue:
    try:
        return type(issue).model_validate(issue.model_dump())
    except ValidationError as err:
        raise EditRefused(_reason(err)) from None


def _reason(err: ValidationError) -> str:
    msg = first_error(err)
    # "name: issue name must not be empty" reads better without the field prefix when the
    # message already names the field.
    field, sep, rest = msg.partition(": ")
    stem = field.replace("_", " ").rstrip("s")
    if sep and "." not in field and "[" not in field and stem and stem in rest:
        return rest
    return msg


def check_issue(plan: Plan, row: int | None, issue: Issue) -> NumericIssue | CategoricalIssue:
    """``issue`` re-validated, plus the rules the plan cannot see on its own.

    ``row`` is the issue's place in ``plan`` (``None`` for a new issue).
    """
    issue = _validated(issue)
    for j, other in enumerate(plan.issues):
        if j != row and other.name.casefold() == issue.name.casefold():
            raise EditRefused(f"an issue called “{other.name}” already exists")
    if isinstance(issue, NumericIssue):
        hl = issue.hard_limit
        eps = GRID_TOLERANCE * issue.step
        if hl is not None and not (issue.min - eps <= hl <= issue.max + eps):
            raise EditRefused(
                f"the hard limit {issue.format_number(hl)} lies outside the range "
                f"{issue.format_number(issue.min)} – {issue.format_number(issue.max)}"
            )
        if issue.money_per_unit is not None and issue.money_per_unit <= 0:
            raise EditRefused("money equivalent must be above zero (leave it empty for none)")
    return issue


def replace_issue(plan: Plan, row: int, issue: Issue,
                  term_map: Callable[[Term], Term | None] | None = None) -> Plan:
    """``plan`` with the issue at ``row`` replaced by ``issue`` (checked), or EditRefused.

    ``term_map`` carries packages' and rounds' terms across a change of kind or of option
    labels (old term → new term, or None to let the plan pick a default).
    """
    issue = check_issue(plan, row, issue)
    try:
        new = plan.with_issue(row, issue)
        if term_map is not None:
            new = _carry_terms(plan, new, plan.issues[row].name, issue, term_map)
    except ValidationError as err:
        raise EditRefused(_reason(err)) from None
    except (ValueError, KeyError) as err:
        raise EditRefused(str(err)) from None
    return new


def _carry_terms(old: Plan, new: Plan, old_name: str, issue: Issue,
                 term_map: Callable[[Term], Term | None]) -> Plan:
    def mapped(term: Term | None, fallback: Term) -> Term:
        if term is None:
            return fallback
        t = term_map(term)
        if t is None:
            return fallback
        try:
            return issue.check_term(t)
        except ValueError:
            return fallback

    name = issue.name
    old_pk = {p.name: p for p in old.packages}
    packages = []
    for p in new.packages:
        src = old_pk.get(p.name)
        terms = dict(p.terms)
        terms[name] = mapped(src.terms.get(old_name) if src else None, terms[name])
        packages.append(p.model_copy(update={"terms": terms}))
    rounds = []
    for r_old, r_new in zip(old.rounds, new.rounds):
        offered = []
        for o_old, o_new in zip(r_old.offered, r_new.offered):
            terms = dict(o_new.terms)
            terms[name] = mapped(o_old.terms.get(old_name), terms[name])
            offered.append(o_new.model_copy(update={"terms": terms}))
        counter = r_new.counter_offer
        if counter is not None and r_old.counter_offer and old_name in r_old.counter_offer:
            counter = dict(counter)
            fallback = counter.get(name)
            t = mapped(r_old.counter_offer[old_name], fallback) if fallback is not None else None
            if t is not None:
                counter[name] = t
        rounds.append(r_new.model_copy(update={"offered": tuple(offered), "counter_offer": counter}))
    return new.replace(packages=tuple(packages), rounds=tuple(rounds))


def _q(name: str) -> str:
    return f"“{name}”"


def seed_breakpoints(issue: NumericIssue) -> tuple[tuple[float, float], ...]:
    """Breakpoints that follow ``issue``'s current curve (ends plus evenly spread points)."""
    if issue.curve is Curve.BREAKPOINTS and len(issue.breakpoints) >= 2:
        return issue.breakpoints
    n = SEED_POINTS.get(issue.curve, 3)
    xs = np.linspace(issue.min, issue.max, n)
    xs = np.unique(np.array([issue.snap(x) for x in xs]))
    if len(xs) < 2:
        xs = np.array([issue.min, issue.max])
    ys = np.round(issue.values(xs), 1)
    return tuple((float(x), float(y)) for x, y in zip(xs, ys))


def _refit_breakpoints(issue: NumericIssue, lo: float, hi: float) -> tuple[tuple[float, float], ...]:
    """Breakpoints for a new range: points inside kept, ends added on the old curve."""
    pts = [(x, y) for x, y in issue.breakpoints if lo < x < hi]
    end_lo = float(np.round(issue.values([lo])[0], 1))
    end_hi = float(np.round(issue.values([hi])[0], 1))
    return tuple([(lo, end_lo), *pts, (hi, end_hi)])


def _numeric_to_categorical(issue: NumericIssue) -> tuple[CategoricalIssue, Callable[[Term], Term | None]]:
    g = issue.grid()
    if len(g) > MAX_OPTIONS_FROM_RANGE:
        raise EditRefused(
            f"{_q(issue.name)} has {len(g)} possible terms; a categorical issue made from it would "
            f"have too many options (at most {MAX_OPTIONS_FROM_RANGE}). Add a categorical issue instead"
        )
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


def _categorical_to_numeric(issue: CategoricalIssue) -> tuple[NumericIssue, Callable[[Term], Term | None]]:
    numbers: list[float] = []
    units: set[str] = set()
    for o in issue.options:
        m = _NUMBER_LABEL.match(o.label)
        if not m:
            break
        try:
            numbers.append(parse_number(m.group(2)))
        except EditRefused:
            break
        units.add((m.group(1) or m.group(3)).strip())
    by_label: dict[str, float]
    if len(numbers) == len(issue.options) and len(set(numbers)) >= 2:
        xs = sorted(set(numbers))
        diffs = np.diff(xs)
        step = float(diffs.min())
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


def _as_range(value: Any, unit: str) -> tuple[float, float]:
    if isinstance(value, str):
        parts = re.split(r"\s*(?:–|—|\.\.|\bto\b|;)\s*", value.strip())
        if len(parts) != 2:
            raise EditRefused("range: enter the lowest and the highest term, e.g. 2 – 12")
        value = parts
    try:
        lo_t, hi_t = value
    except (TypeError, ValueError):
        raise EditRefused("range: enter the lowest and the highest term") from None
    return parse_number(lo_t, "min", unit), parse_number(hi_t, "max", unit)


def propose_edit(plan: Plan, row: int, key: str, value: Any) -> tuple[Plan, str]:
    """The plan after typing ``value`` into column ``key`` of issue ``row``, and the undo text.

    Raises :class:`EditRefused` with the reason when the edit would make the plan invalid.
    Returns ``(plan, "")`` unchanged when the value is the current one.
    """
    if not 0 <= row < len(plan.issues):
        raise EditRefused("no such issue")
    issue = plan.issues[row]
    name = issue.name
    term_map = None
    if key == "name":
        new: Issue = issue.model_copy(update={"name": str(value).strip()})
        text = f"Rename issue {_q(name)} to {_q(str(value).strip())}"
    elif key == "description":
        desc = " ".join(str(value or "").split())
        if len(desc) > MAX_DESCRIPTION:
            raise EditRefused(f"notes: keep them short (at most {MAX_DESCRIPTION} characters, not {len(desc)})")
        new = issue.model_copy(update={"description": desc})
        text = f"Edit notes of {_q(name)}"
    elif key == "kind":
        kind = str(value).strip().casefold()
        if kind not in KIND_LABELS:
            raise EditRefused(f"kind: {value!r} is neither numeric nor categorical")
        if kind == issue.kind:
            return plan, ""
        if isinstance(issue, NumericIssue):
            new, term_map = _numeric_to_categorical(issue)
        else:
            assert isinstance(issue, CategoricalIssue)
            new, term_map = _categorical_to_numeric(issue)
        text = f"Make {_q(name)} {kind}"
    elif key == "range" and isinstance(issue, CategoricalIssue):
        options, renames = _as_options(value)
        new = issue.model_copy(update={"options": options})
        if renames:
            term_map = lambda t: renames.get(str(t), t)  # noqa: E731
        text = f"Edit options of {_q(name)}"
    elif key == "hard_limit" and isinstance(issue, CategoricalIssue):
        # the categorical "hard limit" is the set of options we can never accept
        banned = {str(v) for v in (value or ())}
        unknown = banned - set(issue.labels)
        if unknown:
            raise EditRefused(f"{_q(name)} has no option {_q(sorted(unknown)[0])}")
        options = tuple(o.model_copy(update={"acceptable": o.label not in banned}) for o in issue.options)
        new = issue.model_copy(update={"options": options})
        text = f"Change acceptable options of {_q(name)}"
    elif isinstance(issue, CategoricalIssue):
        raise EditRefused(f"a categorical issue has no {key.replace('_', ' ')}")
    else:
        assert isinstance(issue, NumericIssue)
        new, text = _numeric_edit(issue, key, value)
    if new == issue:
        return plan, ""
    return replace_issue(plan, row, new, term_map), text


def _numeric_edit(issue: NumericIssue, key: str, value: Any) -> tuple[NumericIssue, str]:
    name = issue.name
    upd: dict[str, Any]
    if key == "unit":
        unit = str(value).strip()
        if len(unit) > 24:
            raise EditRefused("unit: keep it short (at most 24 characters)")
        upd, text = {"unit": unit}, f"Set unit of {_q(name)}"
    elif key == "range":
        lo, hi = _as_range(value, issue.unit)
        if not lo < hi:
            raise EditRefused(f"min ({lo:g}) must be below max ({hi:g})")
        upd, text = {"min": lo, "max": hi}, f"Change range of {_q(name)}"
        if issue.curve is Curve.BREAKPOINTS:
            upd["breakpoints"] = _refit_breakpoints(issue, lo, hi)
    elif key == "min" or key == "max":
        x = parse_number(value, key, issue.unit)
        upd, text = {key: x}, f"Change range of {_q(name)}"
        if issue.curve is Curve.BREAKPOINTS:
            lo = x if key == "min" else issue.min
            hi = x if key == "max" else issue.max
            if lo < hi:
                upd["breakpoints"] = _refit_breakpoints(issue, lo, hi)
    elif key == "step":
        step = parse_number(value, "step", issue.unit)
        if step <= 0:
            raise EditRefused("step must be above zero")
        upd, text = {"step": step}, f"Change step of {_q(name)}"
    elif key == "direction":
        d = _enum(Direction, value, DIRECTION_LABELS, "better")
        upd, text = {"direction": d}, f"Make {'lower' if d is Direction.LOWER else 'higher'} better for {_q(name)}"
        if d is not issue.direction and issue.curve is Curve.BREAKPOINTS:
            # mirror the curve: the best end swaps sides, the shape stays
            upd["breakpoints"] = tuple((issue.min + issue.max - x, y) for x, y in issue.breakpoints)
    elif key == "curve":
        c = _enum(Curve, value, CURVE_LABELS, "curve")
        upd, text = {"curve": c}, f"Set curve of {_q(name)} to {CURVE_LABELS[c].lower()}"
        if c is Curve.BREAKPOINTS and issue.curve is not Curve.BREAKPOINTS:
            upd["breakpoints"] = seed_breakpoints(issue)
        elif c is not Curve.BREAKPOINTS:
            upd["breakpoints"] = ()
    elif key == "curvature":
        k = parse_number(value, "bend")
        upd, text = {"curvature": k}, f"Change bend of {_q(name)}"
    elif key == "breakpoints":
        pts = tuple((float(x), float(y)) for x, y in value)
        upd, text = {"breakpoints": pts}, f"Edit breakpoints of {_q(name)}"
    elif key == "hard_limit":
        upd, text = ({"hard_limit": parse_optional_number(value, "hard limit", issue.unit)},
                     f"Set hard limit of {_q(name)}")
    elif key == "money":
        upd, text = ({"money_per_unit": parse_optional_number(value, "money equivalent")},
                     f"Set money equivalent of {_q(name)}")
    else:
        raise EditRefused(f"unknown column {key!r}")
    return issue.model_copy(update=upd), text


def _enum(enum: type, value: Any, labels: dict, what: str):
    if isinstance(value, enum):
        return value
    s = str(value).strip().casefold()
    for member, label in labels.items():
        if s in (member.value, label.casefold()):
            return member
    raise EditRefused(f"{what}: {value!r} is not one of {', '.join(labels.values())}")


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
            raise EditRefused(f"option {i + 1}: {_reason(err)}") from None
        if was and was != opt.label:
            renames[was] = opt.label
        options.append(opt)
    return tuple(options), renames


@dataclass
class OptionRow:
    """One row of the option editor: the option as typed plus the label it had before."""

    label: str
    value: float = 0.0
    acceptable: bool = True
    was: str | None = None


def unique_issue_name(plan: Plan, base: str = "New issue") -> str:
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
    return CategoricalIssue(name=unique_issue_name(plan),
                            options=(Option(label="Option A", value=0), Option(label="Option B", value=100)))


def propose_add(plan: Plan, kind: str = "numeric", row: int | None = None) -> tuple[Plan, str, str]:
    """Plan with a new issue at ``row`` (end when None): ``(plan, name, undo text)``."""
    issue = check_issue(plan, None, new_issue(plan, kind))
    try:
        new = plan.with_issue_added(issue, index=row)
    except ValidationError as err:
        raise EditRefused(_reason(err)) from None
    return new, issue.name, f"Add {kind} issue {_q(issue.name)}"


def propose_remove(plan: Plan, row: int) -> tuple[Plan, str]:
    if not 0 <= row < len(plan.issues):
        raise EditRefused("no issue selected")
    if len(plan.issues) == 1:
        raise EditRefused("a plan needs at least one issue; add another before removing this one")
    name = plan.issues[row].name
    try:
        return plan.with_issue_removed(name), f"Remove issue {_q(name)}"
    except ValidationError as err:
        raise EditRefused(_reason(err)) from None


def propose_move(plan: Plan, row: int, new_row: int) -> tuple[Plan, str]:
    n = len(plan.issues)
    if not 0 <= row < n:
        raise EditRefused("no issue selected")
    new_row = max(0, min(new_row, n - 1))
    if new_row == row:
        return plan, ""
    name = plan.issues[row].name
    return plan.with_issue_moved(name, new_row), f"Move issue {_q(name)} {'up' if new_row < row else 'down'}"


# ---------------------------------------------------------------------------------------
# display
# ---------------------------------------------------------------------------------------


def _optional(issue: NumericIssue, x: float | None) -> str:
    return "" if x is None else issue.format_number(x)


def edit_value(issue: Issue, key: str) -> Any:
    """The value an editor starts from (EditRole)."""
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
        "range": (issue.format_number(issue.min).replace(",", ""), issue.format_number(issue.max).replace(",", "")),
        "step": _plain(issue.step),
        "direction": issue.direction.value,
        "curve": issue.curve.value,
        "hard_limit": "" if issue.hard_limit is None else issue.format_number(issue.hard_limit).replace(",", ""),
        "money": "" if issue.money_per_unit is None else _plain(issue.money_per_unit),
    }[key]


def _plain(x: float) -> str:
    return f"{x:.10g}"


def _money_text(plan: Plan, issue: NumericIssue) -> str:
    m = issue.money_per_unit
    if m is None:
        return ""
    amount = f"{m:,.2f}".rstrip("0").rstrip(".") if m != int(m) else f"{m:,.0f}"
    per = issue.unit or "unit"
    singular = {"weeks": "week", "days": "day", "months": "month", "years": "year", "units": "unit",
                "hours": "hour", "pieces": "piece"}.get(per, per)
    return f"{plan.currency} {amount} / {singular}"


def display_text(plan: Plan, issue: Issue, key: str) -> str:
    if key == "name":
        return issue.name
    if key == "description":
        return issue.description
    if key == "kind":
        return KIND_LABELS[issue.kind]
    if isinstance(issue, CategoricalIssue):
        if key == "range":
            return ", ".join(o.label for o in issue.options)
        if key == "hard_limit":
            bad = [o.label for o in issue.options if not o.acceptable]
            return ("✕ " + ", ".join(bad)) if bad else ""
        if key == "curve":
            return "Option values"
        return "—"
    assert isinstance(issue, NumericIssue)
    if key == "unit":
        return issue.unit
    if key == "range":
        return f"{issue.format_number(issue.min)} – {issue.format_number(issue.max)}"
    if key == "step":
        return issue.format_number(issue.step) if issue.decimals else f"{issue.step:g}"
    if key == "direction":
        return DIRECTION_LABELS[issue.direction]
    if key == "curve":
        if issue.curve is Curve.BREAKPOINTS:
            return f"Breakpoints ({len(issue.breakpoints)})"
        return CURVE_LABELS[issue.curve]
    if key == "hard_limit":
        return _optional(issue, issue.hard_limit)
    if key == "money":
        return _money_text(plan, issue)
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
        return f"A {best} {issue.name.lower()} is better for us; {worst} is worse."
    if key == "curve":
        return CURVE_TIPS[issue.curve]
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


# ---------------------------------------------------------------------------------------
# the Qt model
# ---------------------------------------------------------------------------------------


class IssueTableModel(QAbstractTableModel):
    """Table model over ``document.plan.issues``; every accepted edit is one undo step."""

    #: a one-line message for the panel's status text: (text, is_error)
    message = Signal(str, bool)
    #: the issue that an add/undo/redo brought into focus (name); the panel selects it
    focusIssue = Signal(str)

    def __init__(self, document, parent=None) -> None:
        super().__init__(parent)
        self._doc = document
        #: the plan the rows show; it follows the document inside begin/end row signals so
        #: that the view never sees a row count that disagrees with the data
        self._plan: Plan = document.plan
        self._names = list(self._plan.issue_names)
        self._bold: QFont | None = None
        document.changed.connect(self._on_changed)

    # -- access ------------------------------------------------------------------------
    @property
    def document(self):
        return self._doc

    @property
    def plan(self) -> Plan:
        """The plan shown (the document's plan, except while rows are being updated)."""
        return self._plan

    def issue(self, row: int) -> NumericIssue | CategoricalIssue | None:
        issues = self._plan.issues
        return issues[row] if 0 <= row < len(issues) else None

    def row_of(self, name: str) -> int:
        try:
            return self._names.index(name)
        except ValueError:
            return -1

    # -- Qt model ----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._names)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return COLUMNS[section].title
            if role == Qt.ItemDataRole.ToolTipRole:
                return COLUMNS[section].tip
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        issue = self.issue(index.row()) if index.isValid() else None
        if issue is None or not 0 <= index.column() < len(COLUMNS):
            return None
        key = COLUMN_KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(self.plan, issue, key)
        if role == Qt.ItemDataRole.EditRole:
            return edit_value(issue, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_text(self.plan, issue, key)
        if role == ISSUE_ROLE:
            return issue
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key in ("step", "hard_limit"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if not issue.is_numeric and key in NUMERIC_ONLY:
                return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            if key == "hard_limit" and not issue.is_numeric:
                return QBrush(_danger_colour())
            return None
        if role == Qt.ItemDataRole.FontRole and key == "name":
            if self._bold is None:
                self._bold = QFont()
                self._bold.setBold(True)
            return self._bold
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{COLUMNS[index.column()].title}: {display_text(self.plan, issue, key) or 'none'}"
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return _DROP
        issue = self.issue(index.row())
        c = index.column()
        if issue is None or not 0 <= c < len(COLUMNS):
            return _DROP
        return _EDITABLE if issue.is_numeric or COLUMN_KEYS[c] not in NUMERIC_ONLY else _READ_ONLY

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        return self.set_value(index.row(), COLUMN_KEYS[index.column()], value)

    # -- edits -------------------------------------------------------------------------
    def check(self, index: QModelIndex, value: Any) -> str | None:
        """Why typing ``value`` into ``index`` would be refused (None when it would be accepted)."""
        try:
            propose_edit(self._doc.plan, index.row(), COLUMN_KEYS[index.column()], value)
        except EditRefused as err:
            return str(err)
        return None

    def set_value(self, row: int, key: str, value: Any) -> bool:
        """Apply one cell edit as one undo step; False (and a message) when refused."""
        current = self._doc.plan
        old = current.issues[row].name if 0 <= row < len(current.issues) else ""
        try:
            plan, text = propose_edit(current, row, key, value)
        except EditRefused as err:
            self.message.emit(f"Not applied: {err}", True)
            return False
        if not text:
            return True
        new_name = plan.issues[row].name
        self._doc.apply(plan, text, issue_focus=(old, new_name, row))
        self.message.emit(f"{text}.", False)
        return True

    def replace_issue(self, row: int, issue: Issue, text: str, merge_key: Any = None) -> bool:
        """Replace the issue at ``row`` (from the curve editor); False and a message when refused."""
        old = self._doc.plan.issues[row].name
        try:
            plan = replace_issue(self._doc.plan, row, issue)
        except EditRefused as err:
            self.message.emit(f"Not applied: {err}", True)
            return False
        self._doc.apply(plan, text, merge_key=merge_key, issue_focus=(old, issue.name, row))
        return True

    def add_issue(self, kind: str = "numeric", row: int | None = None) -> int:
        """Add a new issue (after ``row``'s place when given); returns its row or -1."""
        try:
            plan, name, text = propose_add(self._doc.plan, kind, row)
        except EditRefused as err:
            self.message.emit(f"Not added: {err}", True)
            return -1
        at = plan.issue_names.index(name)
        self._doc.apply(plan, text, issue_focus=("", name, at))
        self.message.emit(f"Added {_q(name)}: type its name, then set range and curve. Its weight "
                          f"is {plan.weights[name] * 100:.0f} %.", False)
        return at

    def remove_issue(self, row: int) -> bool:
        try:
            plan, text = propose_remove(self._doc.plan, row)
        except EditRefused as err:
            self.message.emit(f"Not removed: {err}", True)
            return False
        name = self._doc.plan.issues[row].name
        self._doc.apply(plan, text, issue_focus=(name, "", row))
        self.message.emit(f"Removed {_q(name)}. Undo brings it back with its weight and terms.", False)
        return True

    def move_issue(self, row: int, new_row: int) -> bool:
        try:
            plan, text = propose_move(self._doc.plan, row, new_row)
        except EditRefused as err:
            self.message.emit(f"Not moved: {err}", True)
            return False
        if not text:
            return False
        name = self._doc.plan.issues[row].name
        self._doc.apply(plan, text, issue_focus=(name, name, new_row))
        return True

    # -- drag and drop (reorder) ----------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        md = QMimeData()
        md.setData(MIME_TYPE, QByteArray(",".join(map(str, rows)).encode()))
        return md

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data is not None and data.hasFormat(MIME_TYPE) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            rows = [int(x) for x in bytes(data.data(MIME_TYPE).data()).decode().split(",") if x]
        except ValueError:
            return False
        if len(rows) != 1:
            return False
        src = rows[0]
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._names)
        # ``row`` is the gap to drop into; moving down past the source shifts by one
        dest = row - 1 if row > src else row
        self.move_issue(src, dest)
        # the document refresh moves the row; the view must not remove the source itself
        return False

    # -- document → view -----------------------------------------------------------------
    def _on_changed(self, change) -> None:
        if not change.touches("issues", "currency"):
            self._plan = self._doc.plan  # same issues: nothing to redraw
            return
        new_plan = self._doc.plan
        new_names = list(new_plan.issue_names)
        old_names = self._names

        def take() -> None:
            self._plan = new_plan
            self._names = new_names

        if change.everything:
            self.beginResetModel()
            take()
            self.endResetModel()
        elif new_names == old_names:
            take()
            self._data_changed()
        elif len(new_names) == len(old_names) + 1 and _is_insert(old_names, new_names):
            at = next((i for i, (a, b) in enumerate(zip(old_names, new_names)) if a != b), len(old_names))
            self.beginInsertRows(QModelIndex(), at, at)
            take()
            self.endInsertRows()
            self._data_changed()
        elif len(new_names) == len(old_names) - 1 and _is_insert(new_names, old_names):
            at = next((i for i, (a, b) in enumerate(zip(new_names, old_names)) if a != b), len(new_names))
            self.beginRemoveRows(QModelIndex(), at, at)
            take()
            self.endRemoveRows()
            self._data_changed()
        elif sorted(new_names) == sorted(old_names):
            self.layoutAboutToBeChanged.emit()
            old_idx = self.persistentIndexList()
            new_idx = [self.index(new_names.index(old_names[pi.row()]), pi.column()) for pi in old_idx]
            take()
            self.changePersistentIndexList(old_idx, new_idx)
            self.layoutChanged.emit()
            self._data_changed()
        elif len(new_names) == len(old_names):
            # a rename (or a few): rows stay where they are
            take()
            self._data_changed()
        else:
            self.beginResetModel()
            take()
            self.endResetModel()
        focus = change.hint.get("issue_focus") if change.hint else None
        if focus:
            before, after, row = focus
            for name in (after, before):
                if name and name in new_names:
                    self.focusIssue.emit(name)
                    break
            else:
                if new_names:
                    self.focusIssue.emit(new_names[max(0, min(row, len(new_names) - 1))])

    def _data_changed(self) -> None:
        if self._names:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._names) - 1, len(COLUMNS) - 1))


def _is_insert(short: list[str], long: list[str]) -> bool:
    """``long`` is ``short`` with one name inserted somewhere."""
    for i in range(len(long)):
        if long[:i] + long[i + 1:] == short:
            return True
    return False


def _danger_colour():
    from PySide6.QtGui import QColor

    return QColor(176, 32, 32)


__all__ = [
    "COLUMNS",
    "COL",
    "COLUMN_KEYS",
    "CURVE_LABELS",
    "DIRECTION_LABELS",
    "ISSUE_ROLE",
    "EditRefused",
    "IssueTableModel",
    "OptionRow",
    "check_issue",
    "propose_add",
    "propose_edit",
    "propose_move",
    "propose_remove",
    "replace_issue",
    "seed_breakpoints",
]
