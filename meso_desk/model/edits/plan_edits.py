"""Edits of the plan's properties (File ▸ Plan Properties…): its title, the two sides, their
negotiator, the currency, the date the offers are valid until, our notes, who must approve on
our side (with their conditions: ``approval_edits``) and the relationship notes.

:func:`with_properties` changes any of them in one step (the dialog's OK is one undo step,
"Change plan properties"); each field is checked by its own function, so the dialog refuses a
bad value where it is typed with the same sentence the edit would raise (``PlanError``, one
line naming the field).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from ..base import breaks_line
from ..errors import PlanError, shorten
from ..language import QT_TR_NOOP, tr
from ..plan import Approver, Plan
from ..supplier import name_taken
from ..wording import format_date
from .approval_edits import checked_conditions, checked_weights, kept_without_weights

#: The undo text of the dialog's one step (shown as ``tr(UNDO_TEXT)``).
UNDO_TEXT = QT_TR_NOOP("Change plan properties")
#: The fields :func:`with_properties` edits (all optional in the file: docs/file-format.md).
PROPERTY_FIELDS = ("title", "our_organisation", "counterpart", "negotiator", "currency", "valid_until", "notes",
                   "approvers", "relationship")
#: Longest title and name (characters): a title is a line on a page, not a paragraph.
MAX_LINE = 120

_CODE = re.compile(r"[A-Za-z]{3}")
_SYMBOL = re.compile(r"[^\s\d]{1,3}")


def _on_one_line(field: str, text: str) -> str:
    """``text`` trimmed, blanks collapsed; a line break, a tab or another control character inside is refused."""
    if breaks_line(str(text).strip()):
        raise PlanError(field, tr("must fit on one line (no line breaks or tabs)"))
    return " ".join(str(text).split())


def checked_title(text: str) -> str:
    """The plan's title, trimmed; refused when empty, longer than a line or across lines."""
    t = _on_one_line("title", text)
    if not t:
        raise PlanError("title", tr("a plan needs a title (what you would call this negotiation)"))
    if len(t) > MAX_LINE:
        raise PlanError("title", tr("at most {most} characters, not {count}").format(most=MAX_LINE, count=len(t)))
    return t


def checked_name(field: str, text: str) -> str:
    """A name on one line (our organisation, the supplier, their negotiator); may be empty."""
    t = _on_one_line(field, text)
    if len(t) > MAX_LINE:
        raise PlanError(field, tr("at most {most} characters, not {count}").format(most=MAX_LINE, count=len(t)))
    return t


def checked_supplier(plan: Plan, text: str) -> str:
    """The supplier worked on, renamed (:func:`checked_name`); in a plan of several suppliers it
    needs a name, and not one another supplier has (nor differs from it only in capitals)."""
    t = checked_name("counterpart", text)
    if plan.suppliers:
        if not t:
            raise PlanError("counterpart", tr("with several suppliers each needs a name"))
        others = [n for n in plan.supplier_names if n != plan.counterpart]
        taken = name_taken(others, t)
        if taken:
            raise PlanError("counterpart", taken)
    return t


def checked_currency(text: str) -> str:
    """A 3-letter currency code (``EUR``, written in capitals) or a short symbol (``€``, ``kr``)."""
    t = str(text).strip()
    if _CODE.fullmatch(t):
        return t.upper()
    if _SYMBOL.fullmatch(t):
        return t
    if t:
        raise PlanError("currency", tr("“{currency}” is neither a 3-letter code (EUR, USD) nor a short symbol "
                                       "(€, $, kr)").format(currency=shorten(t, 12)))
    raise PlanError("currency", tr("an empty currency is neither a 3-letter code (EUR, USD) nor a short symbol "
                                   "(€, $, kr)"))


def valid_until_warning(when: date | None, today: date | None = None) -> str:
    """A sentence when ``when`` lies in the past (the cards would carry an expired date), else ""."""
    today = today or date.today()
    if when is not None and when < today:
        return tr("Valid until {date} is in the past: cards printed now would carry an expired date.").format(
            date=format_date(when))
    return ""


def checked_approvers(items: Iterable[Approver | Mapping[str, Any]], plan: Plan | None = None) -> tuple[Approver, ...]:
    """Approvers as :class:`Approver` objects; a row without name and role is refused with its number.
    A row's ``conditions`` are kept, and checked against ``plan`` when given (``approval_edits``)."""
    out = []
    for k, a in enumerate(items):
        if not isinstance(a, Approver):
            if any(breaks_line(str(a.get(f, "") or "").strip()) for f in ("name", "role")):
                raise PlanError(f"approvers[{k}]", tr("an approver's name and role must fit on one line "
                                                      "(no line breaks or tabs)"))
            try:
                a = Approver(**{f: str(a.get(f, "") or "") for f in ("name", "role", "note")},
                             conditions=checked_conditions(plan, a.get("conditions", ()), f"approvers[{k}].conditions")
                             if plan is not None else tuple(a.get("conditions", ())),
                             weights=checked_weights(plan, a.get("weights"), f"approvers[{k}].weights")
                             if plan is not None else dict(a.get("weights") or {}))
            except PlanError:
                raise
            except ValueError:
                raise PlanError(f"approvers[{k}]", tr("an approver needs a name or a role")) from None
        elif plan is not None:
            checked_conditions(plan, a.conditions, f"approvers[{k}].conditions")
        if plan is not None and not a.weights and any(c.kind == "points" and not kept_without_weights(plan, c)
                                                      for c in a.conditions):
            raise PlanError(f"approvers[{k}].weights", tr("{approver}: a condition on their points needs weights "
                                                         "of their own (Warranty 60, Delivery 40)").format(
                approver=a.label))
        out.append(a)
    return tuple(out)


def with_properties(plan: Plan, **changes: Any) -> Plan:
    """``plan`` with any of :data:`PROPERTY_FIELDS` changed (checked as the dialog checks them).

    A ``valid_until`` in the past is allowed (:func:`valid_until_warning` says so): the plan may
    be an old one being reread.
    """
    unknown = [k for k in changes if k not in PROPERTY_FIELDS]
    if unknown:
        raise TypeError(f"not a plan property: {unknown[0]}")
    checked: dict[str, Any] = {}
    for k, v in changes.items():
        if k == "title":
            checked[k] = checked_title(v)
        elif k == "counterpart":
            checked[k] = checked_supplier(plan, v)
        elif k in ("our_organisation", "negotiator"):
            checked[k] = checked_name(k, v)
        elif k == "currency":
            checked[k] = checked_currency(v)
        elif k == "valid_until":
            if v is not None and not isinstance(v, date):
                raise PlanError("valid_until", tr("must be a date"))
            checked[k] = v
        elif k == "approvers":
            checked[k] = checked_approvers(v, plan)
        else:  # notes, relationship: free text, kept as typed (trailing blanks trimmed)
            checked[k] = str(v).rstrip()
    if all(getattr(plan, k) == v for k, v in checked.items()):
        return plan
    return plan.replace(**checked)


__all__ = [
    "PROPERTY_FIELDS",
    "UNDO_TEXT",
    "checked_approvers",
    "checked_currency",
    "checked_name",
    "checked_supplier",
    "checked_title",
    "valid_until_warning",
    "with_properties",
]
