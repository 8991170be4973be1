"""Edits of the total cost model (``plan.costs``, ``docs/total-cost.md``). No Qt.

The Total Cost dialog, scripts and tests call these: each returns an :class:`EditResult` with
the new, validated plan and the undo text, or raises :class:`EditRefused` with the one-line
reason (nothing invalid reaches the document). The parsers turn what people type into the
dialog's fields ("6 %", "2,500: 3 %; 5,000: 5 %") into numbers, refusing bad text with the
field's name in the reason.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from ..errors import first_error, quoted
from ..language import QT_TR_NOOP, current_language, list_words, localise_number, tr
from ..plan import Plan
from ..preferences.issue_text import editable_number
from ..preferences.issues import CategoricalIssue, NumericIssue
from ..preferences.total_cost import CostModel, VolumeTier
from ..preferences.tradeoff import is_money
from .issue_edits import EditRefused, parse_number, parse_optional_number
from .result import EditResult

#: Units that mark an issue as a volume (the guess of :func:`suggested_cost_model`).
VOLUME_UNITS = {"units", "unit", "pieces", "pcs", "items", "chairs", "licences", "licenses", "seats", "tonnes", "kg"}
#: Words that mark a categorical issue as the delivery term freight depends on.
FREIGHT_WORDS = ("incoterm", "delivery term", "freight", "shipping")
#: Words that mark a numeric issue as the payment term.
PAYMENT_WORDS = ("payment",)


def with_costs(plan: Plan, costs: CostModel | Mapping[str, Any] | None) -> EditResult:
    """``plan`` with the total cost model ``costs`` (None removes it). Raises
    :class:`EditRefused` with the one-line reason when the model does not fit the plan."""
    try:
        model = None if costs is None else (costs if isinstance(costs, CostModel) else CostModel.model_validate(costs))
        new = plan.replace(costs=model)
    except ValidationError as err:
        raise EditRefused(_reason(first_error(err))) from None
    except ValueError as err:
        raise EditRefused(_reason(str(err))) from None
    if model is None:
        said = tr("Total cost removed: packages show points only.")
        idle = [a.label for a in plan.approvers if any(c.kind == "total_cost" for c in a.conditions)]
        if plan.costs is not None and idle:  # kept, and noted (docs/approvals.md)
            said += " " + tr("The total-cost conditions of {approvers} no longer apply (they stay, for a new "
                             "cost model).").format(approvers=list_words(idle))
        return EditResult(new, said)
    return EditResult(new, tr("Total cost: {model}.").format(model=describe_costs(new)))


def without_costs(plan: Plan) -> EditResult:
    """``plan`` without a total cost model."""
    return with_costs(plan, None)


def with_financing_rate(plan: Plan, text: Any) -> EditResult:
    """The annual financing rate typed as ``"6"``/``"6 %"`` (the payment issue must be set)."""
    if plan.costs is None:
        raise EditRefused(tr("set the unit price issue first"))
    rate = parse_rate(text)
    return with_costs(plan, plan.costs.model_copy(update={"financing_rate": rate}))


def cost_undo_text(before: Plan, after: Plan) -> str:
    """The undo text of a change of the cost model."""
    if after.costs is None:
        return tr("Remove total cost")
    if before.costs is None:
        return tr("Set total cost ({issue})").format(issue=after.costs.unit_price)
    return tr("Change total cost")


#: the cost model's fields as the Total Cost dialog labels them (a reason names the field the user set)
_FIELDS = {"unit_price": QT_TR_NOOP("Unit price"), "volume": QT_TR_NOOP("Volume"),
           "payment_issue": QT_TR_NOOP("Payment term"), "freight_issue": QT_TR_NOOP("Freight depends on")}


def _reason(msg: str) -> str:
    for prefix in ("costs.", "Value error, "):
        if msg.startswith(prefix):
            msg = msg[len(prefix):]
    field, sep, rest = msg.partition(": ")
    if sep and field in _FIELDS:  # "payment_issue: …" → "Payment term: …"
        return f"{tr(_FIELDS[field])}: {rest}"
    return msg


# -- what people type -------------------------------------------------------------------------
def parse_amount(text: Any, what: str) -> float:
    """An amount of money (``"6,500"``, ``"EUR 6,500"``; empty is 0)."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return 0.0
    s = str(text).strip()
    s = re.sub(r"^(EUR|USD|GBP|CHF|€|\$|£)\s*", "", s, flags=re.IGNORECASE)
    return parse_number(s, what)


def parse_freight(text: Any, option: str) -> float:
    """The freight we pay when ``option`` holds (an amount, 0 or more; empty is 0)."""
    x = parse_amount(text, tr("freight for {option}").format(option=option))
    if x < 0:
        raise EditRefused(tr("freight for {option}: {amount} is below zero (freight is what we pay)").format(
            option=option, amount=_plain(x)))
    return x


def parse_rate(text: Any) -> float:
    """An annual rate in percent (``"6"``, ``"6 %"``, ``"6.5%"``; empty is 0), 0..100."""
    s = "" if text is None else str(text).strip().rstrip("%").strip()
    if not s:
        return 0.0
    x = parse_number(s, "financing rate")
    if not 0 <= x <= 100:
        raise EditRefused(tr("financing rate: {rate} % is outside 0–100 %").format(rate=_plain(x)))
    return x


def parse_volume(text: Any) -> float:
    """A fixed number of units (> 0)."""
    x = parse_optional_number(text, "units")
    if x is None:
        return 1.0
    if not x > 0:
        raise EditRefused(tr("units: {count} must be above zero").format(count=_plain(x)))
    return x


_TIER = re.compile(r"^\s*(?:(?:from|ab)\s+)?([^:=]+?)\s*(?:units?)?\s*[:=]\s*(-?[\d.,\s]+?)\s*%?\s*$", re.IGNORECASE)


def parse_tiers(text: Any) -> tuple[VolumeTier, ...]:
    """Price breaks typed as ``"2,500: 3 %; 5,000: 5 %"`` (from 2,500 units every unit 3 % off;
    one break per line or separated by ``;``). Empty: none."""
    s = "" if text is None else str(text)
    out = []
    for part in re.split(r"[;\n]", s):
        if not part.strip():
            continue
        m = _TIER.match(part)
        if m is None:
            raise EditRefused(tr("price breaks: write “from volume: discount %”, not {text}").format(
                text=quoted(part.strip())))
        vol = parse_number(m.group(1), "price break volume")
        disc = parse_number(m.group(2), "price break discount")
        if not vol > 0:
            raise EditRefused(tr("price breaks: the volume {volume} must be above zero").format(volume=_plain(vol)))
        if not 0 < disc < 100:
            raise EditRefused(tr("price breaks: a discount of {discount} % must lie between 0 and 100 %").format(
                discount=_plain(disc)))
        out.append(VolumeTier(from_volume=vol, discount=disc))
    vols = [t.from_volume for t in out]
    if len(set(vols)) != len(vols):
        raise EditRefused(tr("price breaks: two breaks start at the same volume"))
    out.sort(key=lambda t: t.from_volume)
    for a, b in zip(out, out[1:]):
        if b.discount < a.discount:  # a larger order earning less off: a typo, never a price break
            raise EditRefused(tr("price breaks: from {more} units the discount ({less_off} %) is smaller than from "
                                 "{fewer} units ({more_off} %)").format(
                more=_plain(b.from_volume), less_off=_plain(b.discount), fewer=_plain(a.from_volume),
                more_off=_plain(a.discount)))
    return tuple(out)


def tiers_text(tiers: tuple[VolumeTier, ...]) -> str:
    """Price breaks as typed: ``"2,500: 3 %; 5,000: 5 %"`` (German ``"2.500: 3 %; 5.000: 5 %"``)."""
    return "; ".join(f"{_number(t.from_volume, ',.10g')}: {_number(t.discount, 'g')} %" for t in tiers)


def _number(x: float, spec: str) -> str:
    """``x`` formatted by ``spec``, written the current language's way."""
    return localise_number(format(x, spec), float(x), spec, current_language())


def _plain(x: float) -> str:
    """:func:`plain_number`, written the current language's way."""
    return editable_number(x)


# -- words and a first guess -----------------------------------------------------------------------
def describe_costs(plan: Plan) -> str:
    """The cost model in one line: ``"Unit price × Order volume; freight by Incoterm; financing
    6 % a year on Payment term"``."""
    c = plan.costs
    if c is None:
        return tr("none", "no cost model")
    if c.volume:
        parts = [f"{c.unit_price} × {c.volume}"]
    elif c.fixed_volume != 1:
        parts = [tr("{price} × {volume} units").format(price=c.unit_price, volume=_number(c.fixed_volume, ",.10g"))]
    else:
        parts = [c.unit_price]
    if c.tiers:
        parts.append(tr("price breaks {tiers}").format(tiers=tiers_text(c.tiers)))
    if c.freight_issue:
        parts.append(tr("freight by {issue}").format(issue=c.freight_issue))
    if c.payment_issue and c.financing_rate > 0:
        parts.append(tr("financing {rate:g} % a year on {issue}").format(rate=c.financing_rate, issue=c.payment_issue))
    return "; ".join(parts)


def suggested_cost_model(plan: Plan) -> CostModel | None:
    """A first guess for the dialog: the weightiest money issue as the unit price, a numeric
    issue counted in units as the volume, the incoterm for freight (no amounts yet), the
    payment term for financing (rate 0 until the user sets one). None without a money issue."""
    numeric = [i for i in plan.issues if isinstance(i, NumericIssue)]
    money = [i.name for i in numeric if is_money(plan, i.name)]
    if not money:
        return None
    price = max(money, key=lambda n: plan.weights[n])
    volume = next((i.name for i in numeric if i.unit.strip().lower() in VOLUME_UNITS and i.name != price), None)
    freight = next((i.name for i in plan.issues if isinstance(i, CategoricalIssue)
                    and any(w in i.name.lower() for w in FREIGHT_WORDS)), None)
    payment = next((i.name for i in numeric if i.name not in (price, volume)
                    and any(w in i.name.lower() for w in PAYMENT_WORDS)), None)
    return CostModel(unit_price=price, volume=volume, freight_issue=freight, payment_issue=payment)


__all__ = [
    "EditRefused", "cost_undo_text", "describe_costs", "parse_amount", "parse_freight", "parse_rate", "parse_tiers", "parse_volume",
    "suggested_cost_model", "tiers_text", "with_costs", "with_financing_rate", "without_costs",
]
