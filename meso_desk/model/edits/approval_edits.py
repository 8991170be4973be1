"""Edits of our approvers' conditions (``docs/approvals.md``).

:func:`checked_condition` turns what the condition editor holds (kind, issue, below/above, value
or options, refuses/needs) into an :class:`ApprovalCondition` of the plan, refusing — with one
line naming the field — an issue the plan does not have, a number off the issue's range, an
option the issue does not have. :func:`with_approver_conditions` replaces one approver's
conditions (one undo step, :func:`undo_text`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from typing import Any

from ..approvals.rules import condition_problem_at, condition_warning, never_applies
from ..errors import PlanError, short_number, shorten
from ..language import current_language, localise_number, tr, translated
from ..plan import Approver, Plan
from ..preferences.approval_conditions import ApprovalCondition
from ..preferences.issues import NumericIssue
from .issue_edits import number_text

#: What the editor's "Kind" column offers, in words → the stored kind.
KINDS = {"term": "term", "options": "options", "total cost": "total_cost", "total_cost": "total_cost",
         "their points": "points", "points": "points"}


def _number_text(text: Any) -> str:
    """The one rule for typed numbers: 400,000 and 24,5 in English, 400.000 and 24,5 in German
    (every comma dropped read "24,5" as 245)."""
    return number_text(str(text).strip())


def _number(text: Any, where: str) -> float:
    try:
        x = float(_number_text(text)) if not isinstance(text, (int, float)) else float(text)
    except ValueError:
        raise PlanError(where, tr("“{text}” is not a number").format(text=shorten(text, 16))) from None
    if not math.isfinite(x):
        raise PlanError(where, tr("must be a finite number"))
    return x


def _kind(word: str) -> str | None:
    """The stored kind for a word of the editor's "Kind" column (English, or as translated)."""
    if word in KINDS:
        return KINDS[word]
    return next((v for k, v in KINDS.items() if word == translated(k).lower()), None)


def checked_condition(plan: Plan, raw: ApprovalCondition | Mapping[str, Any],
                      where: str = "condition") -> ApprovalCondition:
    """An approver's condition checked against ``plan`` (``PlanError`` at ``where.FIELD`` when it
    cannot apply). ``raw`` may hold the value as text and the options as a comma-separated text."""
    if isinstance(raw, ApprovalCondition):
        data: dict[str, Any] = raw.model_dump()
    else:
        data = dict(raw)
    kind = _kind(str(data.get("kind", "term")).strip().lower())
    if kind is None:
        raise PlanError(f"{where}.kind", tr("is a term, options, the total cost or their points"))
    data["kind"] = kind
    data["effect"] = "needs" if str(data.get("effect", "refuses")).strip().lower().startswith("need") else "refuses"
    data["when"] = "above" if str(data.get("when", "below")).strip().lower() in ("above", ">", "over") else "below"
    opts = data.get("options", ())
    if isinstance(opts, str):
        opts = [o.strip() for o in opts.replace("/", ",").split(",")]
    data["options"] = tuple(o for o in (str(x).strip() for x in opts) if o)
    data["issue"] = "" if kind in ("total_cost", "points") else str(data.get("issue", "")).strip()
    if kind == "options":
        data["value"] = None
    else:
        if data.get("value") in (None, ""):
            raise PlanError(f"{where}.value", tr("needs a value"))
        data["value"] = _number(data["value"], f"{where}.value")
        data["options"] = ()
    if kind not in ("total_cost", "points") and not data["issue"]:
        raise PlanError(f"{where}.issue", tr("choose the issue the condition is on"))
    try:
        cond = ApprovalCondition(**{k: data[k] for k in ("kind", "issue", "when", "value", "options", "effect")})
    except ValueError as e:
        raise PlanError(where, str(e).splitlines()[-1].split(", ")[0]) from None
    field, problem = condition_problem_at(plan, cond)
    held = _held(plan, cond)
    if problem and not held and not _kept_though_idle(plan, cond):
        raise PlanError(f"{where}.{field}", problem)
    if kind == "total_cost" and cond.value is not None and cond.value < 0:
        raise PlanError(f"{where}.value", tr("a total cost is at least 0"))
    if kind == "points" and not 0 <= float(cond.value) <= 100:  # type: ignore[arg-type]
        raise PlanError(f"{where}.value", tr("their points lie between 0 and 100"))
    if kind == "term" and cond.issue in plan.issue_names and not held:
        issue = plan.issue(cond.issue)
        assert isinstance(issue, NumericIssue)
        eps = 1e-9 * max(1.0, abs(issue.max))
        if not issue.min - eps <= float(cond.value) <= issue.max + eps:  # type: ignore[arg-type]
            raise PlanError(f"{where}.value", tr("{value} is outside {issue}'s range {range}").format(
                value=short_number(float(cond.value)), issue=issue.name, range=issue.range_text()))  # type: ignore[arg-type]
    return cond


def _held(plan: Plan, c: ApprovalCondition) -> bool:
    """Whether the plan already holds ``c`` as it is (kept as it is, with a warning when it no
    longer fits: a file edited by hand, an issue given options, a new range or options since)."""
    return any(c == x for a in plan.approvers for x in a.conditions)


def _kept_though_idle(plan: Plan, c: ApprovalCondition) -> bool:
    """Whether a new ``c`` is kept although it never applies (:func:`never_applies`): a total-cost
    condition before the plan has a cost model (the editor says so). A condition the plan already
    holds is kept whatever became of its issue (:func:`_held`); typed anew, an issue the plan does
    not have, an option it lacks or a value off its range is refused where it is typed."""
    return c.kind == "total_cost" and bool(never_applies(plan, c))


def idle_conditions(plan: Plan, approvers: Iterable[Approver]) -> list[tuple[int, int, str]]:
    """``(approver, condition, why)`` for each condition of ``approvers`` that is kept but does not
    work as it reads on ``plan`` — it never applies, or every term passes it or none does
    (:func:`~meso_desk.model.approvals.rules.condition_warning`; the dialog shows why, as a warning)."""
    return [(k, j, why) for k, a in enumerate(approvers) for j, c in enumerate(a.conditions)
            if (why := condition_warning(plan, c, a))]


def kept_without_weights(plan: Plan, c: ApprovalCondition) -> bool:
    """Whether a condition on their points is kept although its approver has no weights of their
    own: the plan holds it so (every issue they weighed was removed since). It never applies, and
    the dialog says so as a warning (:func:`idle_conditions`); typed anew without weights, or with
    the weights cleared, it is refused."""
    return c.kind == "points" and any(
        c == x and never_applies(plan, x, a) for a in plan.approvers for x in a.conditions)


def checked_weights(plan: Plan, raw: Mapping[str, Any] | str | None, where: str = "weights") -> dict[str, float]:
    """An approver's own weights: a mapping issue → weight, or text as typed ("Warranty 60,
    Delivery 40"; the number last, % allowed), checked against ``plan``'s issues; normalised to
    fractions. Empty text: no weights."""
    if raw is None:
        return {}
    if isinstance(raw, str):
        items: list[tuple[str, Any]] = []
        # German writes 33,3: a comma followed by a digit is then a decimal comma, not a separator
        parts = (re.split(r";|,(?!\d)", raw) if current_language() == "de" else raw.replace(";", ",").split(","))
        for part in (x.strip() for x in parts):
            if not part:
                continue
            name, _, num = part.rstrip("%").strip().rpartition(" ")
            if not name:
                raise PlanError(where, tr("“{text}”: write the issue, then its weight (Warranty 60)").format(
                    text=shorten(part, 24)))
            items.append((name.strip(), num))
    else:
        items = list(raw.items())
    by_lower = {n.lower(): n for n in plan.issue_names}
    out: dict[str, float] = {}
    for name, w in items:
        issue = by_lower.get(str(name).strip().lower())
        if issue is None:
            raise PlanError(where, tr("the plan has no issue called “{name}”").format(name=shorten(name, 24)))
        x = _number(w, where)
        if x < 0:
            raise PlanError(where, tr("the weight of {issue} must be ≥ 0").format(issue=issue))
        out[issue] = out.get(issue, 0.0) + x
    total = math.fsum(out.values())
    if out and not total > 0:
        raise PlanError(where, tr("give at least one issue a weight above zero"))
    if abs(total - 1.0) <= 1e-12:  # fractions already (an approver's own, untouched): kept exactly
        return out
    return {k: v / total for k, v in out.items()} if out else {}


def weights_text(weights: Mapping[str, float]) -> str:
    """``"Warranty 60, Delivery 40"``: an approver's weights as the editor shows them (percent;
    German ``"Gewährleistung 33,3; Lieferung 66,7"``)."""
    language = current_language()
    if language == "de":
        return "; ".join(f"{n} {localise_number(f'{100 * w:.3g}', 100 * w, 'g', language)}" for n, w in weights.items())
    return ", ".join(f"{n} {100 * w:.3g}" for n, w in weights.items())


def checked_conditions(plan: Plan, items: Iterable[ApprovalCondition | Mapping[str, Any]],
                       where: str = "conditions") -> tuple[ApprovalCondition, ...]:
    return tuple(checked_condition(plan, c, f"{where}[{k}]") for k, c in enumerate(items))


def undo_text(plan: Plan, index: int) -> str:
    """``"Change the conditions of Quality"`` (the name as the user wrote it)."""
    return tr("Change the conditions of {approver}").format(approver=plan.approvers[index].label)


def with_approver_conditions(plan: Plan, index: int,
                             conditions: Iterable[ApprovalCondition | Mapping[str, Any]]) -> Plan:
    """``plan`` with approver ``index``'s conditions replaced (each checked by :func:`checked_condition`)."""
    if not 0 <= index < len(plan.approvers):
        raise IndexError(tr("there is no approver {number}").format(number=index + 1))
    conds = checked_conditions(plan, conditions, f"approvers[{index}].conditions")
    old = plan.approvers[index]
    if old.conditions == conds:
        return plan
    approvers = list(plan.approvers)
    approvers[index] = old.model_copy(update={"conditions": conds})
    return plan.replace(approvers=tuple(approvers))


__all__ = ["KINDS", "checked_condition", "checked_conditions", "idle_conditions", "kept_without_weights",
           "undo_text", "with_approver_conditions"]
