"""Edits of what lies behind the other side's table and beyond this deal
(``docs/behind-the-table.md``): the supplier's constituencies, the goodwill of conceding on an
issue and the relationship weight of the supplier.

Each edit takes a plan and returns the new plan; bad input raises ``ValueError`` with one line
saying what is wrong (the editor shows it and keeps what was typed). The undo texts keep the
names as the user wrote them (:func:`undo_text`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from pydantic import ValidationError

from ..language import tr
from ..plan import Plan
from ..preferences.behind_the_table import RELATIONSHIP_FACTORS, Constituency, Goodwill
from ..preferences.issues import CategoricalIssue, NumericIssue


def _first_error(e: ValidationError) -> str:
    err = e.errors()[0]
    msg = str(err.get("msg") or tr("is not valid"))
    return msg.removeprefix("Value error, ")


def checked_constituency(plan: Plan, item: Constituency | Mapping[str, Any]) -> Constituency:
    """A constituency checked against ``plan``: its issue exists and the condition fits it
    (a number for a numeric issue, options of the issue for a categorical one)."""
    if not isinstance(item, Constituency):
        raw = dict(item)
        who = str(raw.get("party") or "").strip() or tr("a constituency")
        confidence = raw.get("confidence", 0.6)
        if isinstance(confidence, int | float) and not 0.0 <= confidence <= 1.0:  # typed as 0–100 %
            raise ValueError(tr("{party}: the confidence is between 0 and 100 %").format(party=who))
        try:
            item = Constituency(**raw)
        except ValidationError as e:
            raise ValueError(_first_error(e)) from None
    if item.issue not in plan.issue_names:
        raise ValueError(tr("{party}: the plan has no issue called “{issue}”").format(party=item.party, issue=item.issue))
    issue = plan.issue(item.issue)
    if item.kind == "one_of":
        if not isinstance(issue, CategoricalIssue):
            raise ValueError(tr("{party}: “one of” needs options, but {issue} is a number").format(
                party=item.party, issue=item.issue))
        unknown = [o for o in item.options if o not in issue.labels]
        if unknown:
            raise ValueError(tr("{party}: {issue} has no option “{option}”").format(
                party=item.party, issue=item.issue, option=unknown[0]))
    elif not isinstance(issue, NumericIssue):
        raise ValueError(tr("{party}: {issue} has options; use “one of”").format(party=item.party, issue=item.issue))
    elif item.value is not None and not issue.min - 1e-9 <= item.value <= issue.max + 1e-9:
        raise ValueError(tr("{party}: {value} is outside {issue}'s range {range}").format(
            party=item.party, value=issue.format_number(item.value), issue=item.issue, range=issue.range_text()))
    return item


def with_constituencies(plan: Plan, items: Iterable[Constituency | Mapping[str, Any]]) -> Plan:
    """``plan`` with its list of constituencies replaced (the editor's OK)."""
    return plan.replace(their_constituencies=tuple(checked_constituency(plan, c) for c in items))


def with_constituency_added(plan: Plan, item: Constituency | Mapping[str, Any]) -> Plan:
    return plan.replace(their_constituencies=plan.their_constituencies + (checked_constituency(plan, item),))


def with_constituency_removed(plan: Plan, index: int) -> Plan:
    items = list(plan.their_constituencies)
    if not 0 <= index < len(items):
        raise ValueError(tr("there is no constituency {number} (the plan has {count})").format(
            number=index + 1, count=len(items)))
    del items[index]
    return plan.replace(their_constituencies=tuple(items))


def with_confidence(plan: Plan, index: int, confidence: float) -> Plan:
    """``plan`` with constituency ``index``'s confidence (0..1) set — e.g. to what the rounds say."""
    items = list(plan.their_constituencies)
    if not 0 <= index < len(items):
        raise ValueError(tr("there is no constituency {number} (the plan has {count})").format(
            number=index + 1, count=len(items)))
    if not 0.0 <= float(confidence) <= 1.0:
        raise ValueError(tr("a confidence lies between 0 and 100 %"))
    items[index] = items[index].model_copy(update={"confidence": float(confidence)})
    return plan.replace(their_constituencies=tuple(items))


def with_goodwill(plan: Plan, issue: str, goodwill: Goodwill | Mapping[str, Any] | None) -> Plan:
    """``plan`` with the goodwill of conceding on ``issue`` set (``None`` removes it)."""
    if issue not in plan.issue_names:
        raise ValueError(tr("the plan has no issue called “{name}”").format(name=issue))
    g = dict(plan.goodwill)
    if goodwill is None:
        g.pop(issue, None)
    else:
        if not isinstance(goodwill, Goodwill):
            raw = dict(goodwill)
            effect = raw.get("effect", 1.0)
            if isinstance(effect, int | float) and not 0.0 <= effect <= 10.0:
                raise ValueError(tr("{issue}: the goodwill is between 0 and 10").format(issue=issue))
            if raw.get("toward", "higher") not in ("lower", "higher"):
                raise ValueError(tr("{issue}: the goodwill runs toward “lower” or “higher”").format(issue=issue))
            try:
                goodwill = Goodwill(**raw)
            except ValidationError as e:
                raise ValueError(f"{issue}: {_first_error(e)}") from None  # the issue, then the reason
        it = plan.issue(issue)
        if isinstance(it, CategoricalIssue):
            unknown = [o for o in goodwill.options if o not in it.labels]
            if unknown or not goodwill.options:
                if unknown:
                    raise ValueError(tr("{issue}: name the options that carry goodwill (no option “{option}”)").format(
                        issue=issue, option=unknown[0]))
                raise ValueError(tr("{issue}: name the options that carry goodwill").format(issue=issue))
        g[issue] = goodwill
    return plan.replace(goodwill=g)


def with_relationship_weight(plan: Plan, weight: str | None) -> Plan:
    """``plan`` with the supplier's relationship weight (strategic, preferred, transactional or None)."""
    if weight is not None and weight not in RELATIONSHIP_FACTORS:
        raise ValueError(tr("the relationship is strategic, preferred or transactional, not “{weight}”").format(
            weight=weight))
    return plan.replace(relationship_weight=weight)


def undo_text(what: str, party: str = "") -> str:
    """``"Add constituency finance team"`` — the name as the user wrote it."""
    return f"{what} {party}".strip()


__all__ = ["checked_constituency", "undo_text", "with_confidence", "with_constituencies", "with_constituency_added",
           "with_constituency_removed", "with_goodwill", "with_relationship_weight", "with_supplier_hunch"]


def with_supplier_hunch(plan: Plan, tilt: Mapping[str, float], constituencies: Iterable[Constituency] = ()) -> Plan:
    """``plan`` with the supplier history's hunch taken: the prior tilt of the issues it names
    (others keep theirs) and its constituencies added (those on issues the plan has)."""
    prior = {**plan.counterpart_prior, **{k: float(v) for k, v in tilt.items() if k in plan.issue_names}}
    extra = tuple(checked_constituency(plan, c) for c in constituencies if c.issue in plan.issue_names)
    return plan.replace(counterpart_prior=prior, their_constituencies=plan.their_constituencies + extra)
