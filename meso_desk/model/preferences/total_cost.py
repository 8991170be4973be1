"""Total cost: what a package costs us in money (unit price × volume, freight, financing, price breaks).

Buyers negotiate total spend. A plan may carry one :class:`CostModel` (``plan.costs``):

* **the unit price is per unit of the volume** — ``unit_price`` names the numeric issue of the
  price per unit, ``volume`` the numeric issue of the units ordered (or ``fixed_volume`` units
  when the volume is not negotiated);
* **volume tiers** (price breaks, all units) — from ``from_volume`` units on, every unit costs
  ``discount`` % less than the negotiated unit price; the highest tier reached applies;
* **freight by option** — ``freight_issue`` names a categorical issue (the incoterm) and
  ``freight`` the amount we carry per order under each option (an option not listed costs 0);
* **financing of the payment term** — with ``payment_issue`` (days until the invoice is due)
  and ``financing_rate`` (% a year), paying *d* days later saves us ``spend × rate × d / 365``.

So ``total = spend + freight − spend × rate × days / 365`` with ``spend = volume × unit price ×
(1 − discount)``. The additive points stay the scoring model: the total cost is shown beside
the points, never substituted for them (``docs/total-cost.md``).

Money moves (:func:`cost_steps`) are split per issue by changing one issue at a time in a fixed
order — volume, unit price, freight, payment term — so each line is priced at the package's own
volume and the lines add up to the change of the total exactly: unit price 214 → 180 while the
volume moves to 3,000 units saves 34 × 3,000 (less the financing the saving would have earned),
not 34 × a fixed volume.

Vectorised: :func:`total_costs` and :func:`total_costs_on_grid` price many packages with numpy.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from pydantic import Field, field_validator, model_validator

from ..base import Frozen, Term, Text
from ..errors import OneLineErrors, PlanError, quoted, short_number, shorten
from ..language import QT_TR_NOOP, number, tr
from .issues import CategoricalIssue, NumericIssue

if TYPE_CHECKING:
    from ..plan import Plan  # only passed in: the preferences sit below the plan

#: Largest amount (in the plan's currency) a freight cost may be.
MAX_AMOUNT = 1e12
#: Money amounts at or beyond this are not printed digit by digit.
MAX_MONEY_SHOWN = 1e15
#: Days of the year in the financing formula.
DAYS_PER_YEAR = 365.0


class VolumeTier(OneLineErrors, Frozen):
    """A price break: from ``from_volume`` units on, every unit costs ``discount`` % less."""

    from_volume: float = Field(gt=0, le=1e12)
    discount: float = Field(gt=0, lt=100)


#: The roles of the issues of a cost model, in words (translated where shown).
_ROLES = {"unit_price": QT_TR_NOOP("unit price"), "volume": QT_TR_NOOP("volume"),
          "payment_issue": QT_TR_NOOP("payment issue")}


class CostModel(OneLineErrors, Frozen):
    """How a package's terms make its total cost (see the module docstring)."""

    unit_price: Text
    volume: Text | None = None
    #: Units when the volume is not an issue (1: the price is the whole amount).
    fixed_volume: float = Field(default=1.0, gt=0, le=1e12)
    freight_issue: Text | None = None
    freight: dict[Text, float] = Field(default_factory=dict)
    payment_issue: Text | None = None
    #: Annual financing rate in percent (6 = 6 % a year).
    financing_rate: float = Field(default=0.0, ge=0, le=100)
    tiers: tuple[VolumeTier, ...] = ()

    @field_validator("freight")
    @classmethod
    def _amounts(cls, v: dict[str, float]) -> dict[str, float]:
        for k, x in v.items():
            if not math.isfinite(x) or abs(x) > MAX_AMOUNT:
                raise PlanError(shorten(k), tr("{amount} is not an amount (at most {most:,.0f})").format(
                    amount=short_number(x), most=MAX_AMOUNT))
        return v

    @field_validator("tiers")
    @classmethod
    def _sorted_tiers(cls, v: tuple[VolumeTier, ...]) -> tuple[VolumeTier, ...]:
        tiers = tuple(sorted(v, key=lambda t: t.from_volume))
        for a, b in zip(tiers, tiers[1:]):
            if a.from_volume == b.from_volume:
                raise PlanError("tiers", tr("two price breaks start at {volume} units").format(
                    volume=short_number(a.from_volume)))
        return tiers

    @model_validator(mode="after")
    def _links(self) -> CostModel:
        if self.freight and self.freight_issue is None:
            raise PlanError("freight", tr("freight amounts need the issue they depend on (freight_issue)"))
        if self.financing_rate > 0 and self.payment_issue is None:
            raise PlanError("financing_rate", tr("a financing rate needs the payment-term issue (payment_issue)"))
        if self.tiers and self.volume is None:
            raise PlanError("tiers", tr("price breaks need the volume issue"))
        return self

    # -- against the plan's issues ---------------------------------------------------------
    def check(self, issues: Mapping[str, Any], where: str = "costs") -> None:
        """Raise :class:`PlanError` when a named issue is missing or of the wrong kind."""
        numeric = {"unit_price": self.unit_price, "volume": self.volume, "payment_issue": self.payment_issue}
        used: dict[str, str] = {}
        for field, name in numeric.items():
            if name is None:
                continue
            if name not in issues:
                raise PlanError(f"{where}.{field}", tr("names unknown issue {issue}").format(issue=quoted(name)))
            if not isinstance(issues[name], NumericIssue):
                raise PlanError(f"{where}.{field}", tr("{issue} must be a numeric issue").format(issue=quoted(name)))
            if name in used:
                raise PlanError(f"{where}.{field}", tr("{issue} is already the {role}").format(
                    issue=quoted(name), role=tr(_ROLES[used[name]])))
            used[name] = field
        if self.freight_issue is not None:
            issue = issues.get(self.freight_issue)
            if issue is None:
                raise PlanError(f"{where}.freight_issue", tr("names unknown issue {issue}").format(
                    issue=quoted(self.freight_issue)))
            if not isinstance(issue, CategoricalIssue):
                raise PlanError(f"{where}.freight_issue", tr("{issue} must be a categorical issue").format(
                    issue=quoted(self.freight_issue)))
            labels = set(issue.labels)
            for k in self.freight:
                if k not in labels:
                    raise PlanError(f"{where}.freight", tr("{issue} has no option {option}").format(
                        issue=quoted(self.freight_issue), option=quoted(k)))

    @property
    def issues(self) -> tuple[str, ...]:
        """The issues whose terms change the total cost, in the order moves are priced."""
        names = (self.volume, self.unit_price, self.freight_issue, self.payment_issue)
        return tuple(n for n in names if n is not None)

    def renamed(self, renames: Mapping[str, str]) -> CostModel:
        """The same model after issues were renamed (``old → new``)."""
        def r(n: str | None) -> str | None:
            return None if n is None else renames.get(n, n)
        return self.model_copy(update={"unit_price": r(self.unit_price), "volume": r(self.volume),
                                       "freight_issue": r(self.freight_issue), "payment_issue": r(self.payment_issue)})

    def without_issue(self, name: str) -> CostModel | None:
        """The model once issue ``name`` is removed (None: it was the unit price)."""
        if name == self.unit_price:
            return None
        upd: dict[str, Any] = {}
        if name == self.volume:
            upd.update(volume=None, tiers=())
        if name == self.freight_issue:
            upd.update(freight_issue=None, freight={})
        if name == self.payment_issue:
            upd.update(payment_issue=None, financing_rate=0.0)
        return self.model_copy(update=upd) if upd else self

    def options_carried(self, issue: str, term_map: Any) -> CostModel:
        """The model after the options of ``issue`` were relabelled (``term_map``: old label → new
        label or None): freight amounts follow their option."""
        if issue != self.freight_issue:
            return self
        freight = {}
        for k, v in self.freight.items():
            new = term_map(k)
            if new is not None:
                freight[str(new)] = v
        return self.model_copy(update={"freight": freight})

    def carried(self, old_name: str, new_name: str, term_map: Any, issues: Mapping[str, Any]) -> CostModel | None:
        """The model after issue ``old_name`` became ``new_name`` with its terms mapped by
        ``term_map`` (a change of kind or of option labels), kept consistent with ``issues``."""
        return self.renamed({old_name: new_name}).options_carried(new_name, term_map).fitted(issues)

    def fitted(self, issues: Mapping[str, Any]) -> CostModel | None:
        """The model kept consistent with changed issues: freight amounts of options that no
        longer exist are dropped; a link to an issue that is gone or changed kind is cut
        (None when the unit price itself is no longer a numeric issue)."""
        model: CostModel | None = self
        for name in self.issues:
            issue = issues.get(name)
            kind_ok = (isinstance(issue, CategoricalIssue) if name == self.freight_issue
                       else isinstance(issue, NumericIssue))
            if model is not None and not kind_ok:
                model = model.without_issue(name)
        if model is not None and model.freight_issue is not None:
            labels = set(issues[model.freight_issue].labels)
            kept = {k: v for k, v in model.freight.items() if k in labels}
            if kept != model.freight:
                model = model.model_copy(update={"freight": kept})
        return model


# =====================================================================================
# Vectorised pricing
# =====================================================================================
@dataclass(frozen=True, eq=False)
class CostArrays:
    """The parts of the total cost of ``N`` packages (arrays of length ``N``)."""

    volume: np.ndarray
    unit_price: np.ndarray
    discount: np.ndarray  # percent from the tier reached (0 below the first)
    spend: np.ndarray
    freight: np.ndarray
    days: np.ndarray
    financing: np.ndarray  # negative: saved by paying later
    total: np.ndarray


def price_columns(costs: CostModel, price, volume, freight, days) -> CostArrays:
    """The total cost from columns of terms (numpy arrays or scalars, broadcast together):
    ``price`` per unit, ``volume`` in units, ``freight`` amounts, ``days`` until payment."""
    price = np.asarray(price, dtype=float)
    volume = np.asarray(volume, dtype=float)
    discount = np.zeros(np.broadcast(price, volume).shape)
    if costs.tiers:
        starts = np.array([t.from_volume for t in costs.tiers])
        rates = np.concatenate([[0.0], [t.discount for t in costs.tiers]])
        discount = rates[np.searchsorted(starts, volume * (1 + 1e-12), side="right")] + discount
    spend = volume * price * (1.0 - discount / 100.0)
    days = np.asarray(days, dtype=float)
    financing = -spend * (costs.financing_rate / 100.0) * days / DAYS_PER_YEAR
    freight = np.asarray(freight, dtype=float)
    total = spend + freight + financing
    shape = np.broadcast(total, price, volume).shape
    return CostArrays(*(np.broadcast_to(a, shape) for a in (volume, price, discount, spend, freight, days,
                                                          financing, total)))


def _freight_of(costs: CostModel, labels: np.ndarray) -> np.ndarray:
    table = costs.freight
    return np.array([table.get(str(x), 0.0) for x in labels], dtype=float)


def cost_arrays(plan: Plan, packages: Sequence[Mapping[str, Term]]) -> CostArrays | None:
    """The cost parts of many packages at once (None when the plan has no cost model)."""
    costs = plan.costs
    if costs is None:
        return None
    n = len(packages)

    def column(name: str | None, default: float) -> np.ndarray:
        if name is None:
            return np.full(n, default)
        return np.fromiter((float(p[name]) for p in packages), dtype=float, count=n)

    if costs.freight_issue is not None:
        issue = plan.issue(costs.freight_issue)
        labels = np.array(issue.labels, dtype=object)
        per_option = _freight_of(costs, labels)
        pos = {lab: k for k, lab in enumerate(issue.labels)}
        idx = np.fromiter((pos[str(p[costs.freight_issue])] for p in packages), dtype=np.int64, count=n)
        freight = per_option[idx]
    else:
        freight = np.zeros(n)
    return price_columns(costs, column(costs.unit_price, 0.0), column(costs.volume, costs.fixed_volume),
                         freight, column(costs.payment_issue, 0.0))


def total_costs(plan: Plan, packages: Sequence[Mapping[str, Term]]) -> np.ndarray | None:
    """The total cost of each package (None when the plan has no cost model)."""
    parts = cost_arrays(plan, packages)
    return None if parts is None else parts.total


def total_costs_on_grid(plan: Plan, rows: np.ndarray) -> np.ndarray | None:
    """The total cost of grid packages: ``rows`` is an ``(N, n_issues)`` matrix of indices into
    each issue's grid (the scoring table's layout). One gather per cost issue, no loop over
    packages. None when the plan has no cost model."""
    costs = plan.costs
    if costs is None:
        return None
    rows = np.atleast_2d(np.asarray(rows, dtype=np.int64))
    col = {n: k for k, n in enumerate(plan.issue_names)}

    def gather(name: str | None, default: float) -> np.ndarray | float:
        if name is None:
            return default
        return plan.issue(name).grid().astype(float)[rows[:, col[name]]]

    freight: np.ndarray | float = 0.0
    if costs.freight_issue is not None:
        per_option = _freight_of(costs, plan.issue(costs.freight_issue).grid())
        freight = per_option[rows[:, col[costs.freight_issue]]]
    out = price_columns(costs, gather(costs.unit_price, 0.0), gather(costs.volume, costs.fixed_volume),
                        freight, gather(costs.payment_issue, 0.0)).total
    return np.broadcast_to(out, (len(rows),)).copy()


def total_cost(plan: Plan, terms: Mapping[str, Term]) -> float | None:
    """The total cost of one package in the plan's currency (None without a cost model). ``terms``
    are taken as a full package of the plan; ``md.total_cost`` checks them first (one sentence)."""
    out = total_costs(plan, [terms])
    return None if out is None else float(out[0])


# =====================================================================================
# Words
# =====================================================================================
def format_money(x: float, currency: str) -> str:
    """``EUR 1,500`` (rounded to whole units); never ``inf``/``nan``: an amount that is not a
    number, or ≥ :data:`MAX_MONEY_SHOWN`, reads "an amount too large to show"."""
    if not math.isfinite(x) or abs(x) >= MAX_MONEY_SHOWN:
        return tr("an amount too large to show")
    sign = "−" if round(x) < 0 else ""
    return f"{sign}{currency} {number(abs(x), 0)}".strip()  # EUR 1,500 (German EUR 1.500)


def format_total_cost(plan: Plan, terms: Mapping[str, Term]) -> str:
    """``"Total EUR 552,000"`` for a package ("" when the plan has no cost model)."""
    t = total_cost(plan, terms)
    return "" if t is None else tr("Total {amount}").format(amount=format_money(t, plan.currency))


def format_total_costs(plan: Plan, packages: Sequence[Mapping[str, Term]]) -> list[str]:
    """:func:`format_total_cost` of many packages at once (all "" without a cost model)."""
    out = total_costs(plan, packages)
    if out is None:
        return ["" for _ in packages]
    return [tr("Total {amount}").format(amount=format_money(float(x), plan.currency)) for x in out]


def units_words(plan: Plan, volume: float) -> str:
    """``volume`` in words: ``"2,000 units"`` (German ``"2.000 Stück"``, as the cost model's own
    line says; "" for a lump sum, a fixed volume of 1)."""
    costs = plan.costs
    assert costs is not None
    if costs.volume is None:
        return tr("{volume} units").format(volume=number(volume, 0)) if costs.fixed_volume != 1 else ""
    return plan.issue(costs.volume).format_term(volume)


def cost_breakdown(plan: Plan, terms: Mapping[str, Term]) -> str:
    """The total cost in words: ``"1,500 units × EUR 236.00 = EUR 354,000; freight (FCA) EUR 4,000;
    financing 30 days at 6 % −EUR 1,746; total EUR 356,254"`` ("" without a cost model)."""
    costs = plan.costs
    parts = cost_arrays(plan, [terms])
    if costs is None or parts is None:
        return ""
    cur = plan.currency
    price = plan.issue(costs.unit_price).format_term(terms[costs.unit_price])
    units = units_words(plan, float(parts.volume[0]))
    disc = float(parts.discount[0])
    if disc:
        price = tr("{price} less {discount:g} %").format(price=price, discount=disc)
    out = [f"{units + ' × ' if units else ''}{price} = {format_money(float(parts.spend[0]), cur)}"]
    if costs.freight_issue is not None:
        out.append(tr("freight ({option}) {amount}").format(
            option=terms[costs.freight_issue], amount=format_money(float(parts.freight[0]), cur)))
    if costs.payment_issue is not None and costs.financing_rate > 0:
        days = plan.issue(costs.payment_issue).format_term(terms[costs.payment_issue])
        out.append(tr("financing {days} at {rate:g} % {amount}").format(
            days=days, rate=costs.financing_rate, amount=format_money(float(parts.financing[0]), cur)))
    out.append(tr("total {amount}").format(amount=format_money(float(parts.total[0]), cur)))
    return "; ".join(out)


# =====================================================================================
# Moves in money
# =====================================================================================
@dataclass(frozen=True)
class CostStep:
    """One issue's share of a move: the total cost falls by ``saving`` (negative: rises) when
    ``issue`` goes ``before → after`` with the issues priced before it already moved."""

    issue: str
    before: Term
    after: Term
    saving: float


def cost_steps(plan: Plan, before: Mapping[str, Term], after: Mapping[str, Term]) -> tuple[CostStep, ...]:
    """The move ``before → after`` in money, one step per cost issue whose term moves (volume,
    unit price, freight, payment term, in that order); the savings add up to
    ``total_cost(before) − total_cost(after)``. Empty without a cost model."""
    costs = plan.costs
    if costs is None:
        return ()
    path = [dict(before)]
    moved = []
    for name in costs.issues:
        if before[name] != after[name]:
            nxt = dict(path[-1])
            nxt[name] = after[name]
            path.append(nxt)
            moved.append(name)
    if not moved:
        return ()
    totals = total_costs(plan, path)
    assert totals is not None
    return tuple(CostStep(n, before[n], after[n], float(totals[k] - totals[k + 1])) for k, n in enumerate(moved))


def move_saving(plan: Plan, reference: Mapping[str, Term], issue: str, frm: Term, to: Term) -> float | None:
    """How much less the package ``reference`` costs in total when ``issue`` goes ``frm → to``
    (None when the issue is not part of the cost model)."""
    costs = plan.costs
    if costs is None or issue not in costs.issues:
        return None
    a, b = dict(reference), dict(reference)
    a[issue], b[issue] = frm, to
    totals = total_costs(plan, [a, b])
    assert totals is not None
    return float(totals[0] - totals[1])


def volume_words(plan: Plan, terms: Mapping[str, Term]) -> str:
    """``"on 1,500 units"`` — the volume a money figure is priced at ("" for a lump sum)."""
    costs = plan.costs
    if costs is None:
        return ""
    vol = float(terms[costs.volume]) if costs.volume is not None else costs.fixed_volume
    units = units_words(plan, vol)
    return tr("on {units}").format(units=units) if units else ""


def saving_words(plan: Plan, saving: float, terms: Mapping[str, Term] | None) -> str:
    """``"EUR 17,145 less in total on 1,500 units"`` / ``"EUR 4,000 more in total …"`` (without the
    volume when ``terms`` is None)."""
    where = "" if terms is None else volume_words(plan, terms)
    amount = format_money(abs(saving), plan.currency)
    if where:
        text = tr("{amount} less in total {volume}") if saving >= 0 else tr("{amount} more in total {volume}")
    else:
        text = tr("{amount} less in total") if saving >= 0 else tr("{amount} more in total")
    return text.format(amount=amount, volume=where)


def total_change_text(plan: Plan, before: Mapping[str, Term], after: Mapping[str, Term]) -> str:
    """``", EUR 3,000 less in total"`` for a package against another (a post-settlement package
    against the agreement; "" without a cost model or when the total does not change)."""
    totals = total_costs(plan, [before, after])
    if totals is None or abs(float(totals[0] - totals[1])) < 0.5:
        return ""
    amount = format_money(abs(float(totals[0] - totals[1])), plan.currency)
    if totals[1] < totals[0]:
        return tr(", {amount} less in total").format(amount=amount)
    return tr(", {amount} more in total").format(amount=amount)


def cost_reference(plan: Plan) -> Mapping[str, Term] | None:
    """The package a money figure without a package of its own is priced at: the agreement, else
    the competing quote, else the first stored package (None when the plan has none of them)."""
    if plan.agreement is not None:
        return plan.agreement.terms
    if plan.batna_package is not None:
        return plan.batna_package
    return plan.packages[0].terms if plan.packages else None


def concession_money(plan: Plan, issue: str, term: Term | None) -> str:
    """``" (≈ EUR 102,000 more in total on 1,500 units)"``: what moving ``issue`` from our best
    acceptable term to ``term`` does to the total cost, at the volume (and other terms) of
    :func:`cost_reference` ("" when the issue is not part of the total cost)."""
    ref = cost_reference(plan)
    if ref is None or term is None or plan.costs is None or issue not in plan.costs.issues:
        return ""
    it = plan.issue(issue)
    grid, values, ok = it.grid(), it.grid_values(), it.grid_acceptable()
    best = grid[int(np.argmax(np.where(ok, values, -np.inf)))] if ok.any() else grid[int(np.argmax(values))]
    frm: Term = str(best) if isinstance(it, CategoricalIssue) else float(best)
    saving = move_saving(plan, ref, issue, frm, term)
    if saving is None or abs(saving) < 0.5:
        return ""
    volume = plan.costs.volume if plan.costs is not None else None
    return f" (≈ {saving_words(plan, saving, None if issue == volume else ref)})"


__all__ = [
    "CostArrays", "CostModel", "CostStep", "VolumeTier", "concession_money", "cost_arrays", "cost_breakdown",
    "cost_reference", "cost_steps", "total_change_text",
    "format_money", "format_total_cost", "format_total_costs", "move_saving", "price_columns", "saving_words",
    "total_cost", "total_costs", "total_costs_on_grid", "units_words", "volume_words",
]
