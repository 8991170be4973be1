"""Split awards: the volume shared between two suppliers, against the best single award.

For a share ``s`` of the volume awarded to supplier ``a`` (its best offer held) and ``1 − s``
to ``b`` (its best offer):

* **points** — ``s · points(a) + (1 − s) · points(b)`` (plus an optional supply-risk value).
  The plan's model is additive and linear in the award, so on points alone a split never
  beats the better single award; the view shows what a split costs in points and money.
* **total cost** — when the plan has a cost model, each supplier's package priced at its own
  share of the volume: the unit price it offered, the plan's price breaks at that share (a
  smaller share may fall below a break), freight per order (each supplier ships its own) and
  financing of its payment term; the two summed. Each pays for the units it ships: a share below
  the volume issue's range is priced as it is, and the assumptions say that the supplier's price
  may not hold for so few units.

Assumptions are returned in words with every result (:attr:`SplitAward.assumptions`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..errors import short_number
from ..language import current_language, localise_number, tr
from ..plan import Plan
from ..preferences.total_cost import cost_arrays, format_money, price_columns
from .market import HeldOffer, best_offer


@dataclass(frozen=True, eq=False)
class SplitAward:
    """A split of the volume between ``a`` and ``b``: per share of ``a`` (``shares``, 0..1),
    our points and the total cost (None without a cost model); the best single award (name,
    points), the best split strictly between 0 and 1 (share of ``a``, points), the assumptions
    and one sentence."""

    a: str
    b: str
    shares: np.ndarray
    points: np.ndarray
    total_cost: np.ndarray | None
    best_single: tuple[str, float]
    best_split: tuple[float, float]
    assumptions: tuple[str, ...]
    sentence: str
    #: the volume split (units; None without a cost model)
    volume: float | None = None
    #: shares at which a supplier's volume lies outside the volume issue's range (priced as shipped)
    clipped: tuple[float, ...] = field(default=())

    @property
    def linear_cost(self) -> np.ndarray | None:
        """The straight mix of the two single awards' costs (what the cost would be with no
        price breaks and no second freight): the split's cost differs from it by those."""
        if self.total_cost is None:
            return None
        c1, c0 = float(self.total_cost[-1]), float(self.total_cost[0])
        return self.shares * c1 + (1.0 - self.shares) * c0


def _offer(plan: Plan, name: str) -> HeldOffer:
    if name not in plan.supplier_names:
        raise KeyError(tr("no supplier called {name}").format(name=repr(name)))
    got = best_offer(plan, name)
    if got is None:
        raise ValueError(tr("no acceptable offer is held from {supplier}: there is nothing to award").format(
            supplier=name))
    return got


def _share_costs(plan: Plan, offer: HeldOffer, volumes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The total cost of ``offer`` at each volume (0 for a volume of 0: no award; the units
    shipped, price breaks at that quantity), and which volumes lie outside the volume issue's
    range (a price quoted for another quantity)."""
    costs = plan.costs
    assert costs is not None
    parts = cost_arrays(plan, [offer.terms])
    assert parts is not None
    v = np.asarray(volumes, dtype=float)
    clipped = np.zeros(len(v), dtype=bool)
    if costs.volume is not None:
        issue = plan.issue(costs.volume)
        lo, hi = float(issue.min), float(issue.max)
        clipped = (v > 0) & ((v < lo - 1e-9) | (v > hi + 1e-9))
    out = price_columns(costs, parts.unit_price[0], v, parts.freight[0], parts.days[0]).total
    return np.where(v > 0, out, 0.0), clipped


def _split_volume(plan: Plan, oa: HeldOffer, ob: HeldOffer, volume: float | None) -> tuple[float, list[str]]:
    costs = plan.costs
    assert costs is not None
    notes: list[str] = []
    if costs.volume is None:
        total = float(costs.fixed_volume if volume is None else volume)
        return total, notes
    unit = plan.issue(costs.volume).unit or tr("units", "unit of a volume")
    va, vb = float(oa.terms[costs.volume]), float(ob.terms[costs.volume])
    total = va if volume is None else float(volume)
    if volume is None and va != vb:
        notes.append(tr("The volume split is {volume} {unit} ({a}'s offer); {b} offered for {other} {unit}, "
                        "priced here at its share of {volume}.").format(
            volume=_short(va), unit=unit, a=oa.supplier, b=ob.supplier, other=_short(vb)))
    return total, notes


def _assumptions(plan: Plan, a: str, b: str, risk: float) -> list[str]:
    out = [
        tr("Our points are the plan's additive model, linear in the award: a split never beats the better "
           "single award on points alone."),
        tr("{a} and {b} each hold the terms they offered at a smaller volume.").format(a=a, b=b),
    ]
    if plan.costs is not None:
        out.append(tr("Price breaks as entered apply to each supplier's own share; each supplier ships and "
                      "invoices its own share (freight per order, financing of its payment term)."))
    if risk > 0:
        out.append(tr("A supply-risk value of {risk:g} points per whole share held by the smaller supplier "
                      "is counted (at 50/50: half of it).").format(risk=risk))
    else:
        out.append(tr("No supply-risk value is counted (a second source's security is worth 0 points unless "
                      "you add one)."))
    return out


def _short(x: float) -> str:
    """:func:`short_number`, written the current language's way."""
    return localise_number(short_number(x), float(x), "g", current_language())


def _sentence(plan: Plan, a: str, b: str, share: float, pts: float, cost: float | None,
              single: tuple[str, float], single_cost: float | None) -> str:
    pa = round(100 * share)
    head = tr("Splitting {share_a}/{share_b} between {a} and {b}").format(share_a=pa, share_b=100 - pa, a=a, b=b)
    diff = pts - single[1]
    if abs(diff) < 0.05:
        on_points = tr("on points it is the same")
    elif diff < 0:
        on_points = tr("on points it is {gap:.1f} below").format(gap=abs(diff))
    else:
        on_points = tr("on points it is {gap:.1f} above").format(gap=abs(diff))
    if cost is None or single_cost is None:
        return tr("{split}: against awarding all to {single}, {points}.").format(split=head, single=single[0],
                                                                                points=on_points)
    d = cost - single_cost
    money = format_money(abs(d), plan.currency)
    if abs(d) < 0.5:
        text = tr("{split} costs the same as awarding all to {single}; {points}.")
    elif d >= 0:
        text = tr("{split} costs {money} more than awarding all to {single}; {points}.")
    else:
        text = tr("{split} saves {money} against awarding all to {single}; {points}.")
    return text.format(split=head, money=money, single=single[0], points=on_points)


def split_award(plan: Plan, a: str, b: str, steps: int = 11, *, volume: float | None = None,
                risk_value_per_share: float = 0.0) -> SplitAward:
    """The award split between suppliers ``a`` and ``b`` at ``steps`` shares of ``a`` from 0 to 1
    (see the module docstring). ``volume`` — the units to split (default: ``a``'s offered
    volume); ``risk_value_per_share`` — points a second source is worth to you, per whole share
    held by the smaller supplier (0: none)."""
    if a == b:
        raise ValueError(tr("a split needs two different suppliers"))
    if isinstance(steps, bool) or not isinstance(steps, (int, np.integer)) or steps < 2:
        raise ValueError(tr("steps must be a whole number of at least 2"))
    if not np.isfinite(risk_value_per_share) or risk_value_per_share < 0:
        raise ValueError(tr("the supply-risk value must be a number of points ≥ 0"))
    oa, ob = _offer(plan, a), _offer(plan, b)
    shares = np.linspace(0.0, 1.0, int(steps))
    points = shares * oa.points + (1.0 - shares) * ob.points
    points = points + risk_value_per_share * np.minimum(shares, 1.0 - shares)
    notes = _assumptions(plan, a, b, risk_value_per_share)
    cost = None
    total_volume = None
    clipped: tuple[float, ...] = ()
    if plan.costs is not None:
        total_volume, vnotes = _split_volume(plan, oa, ob, volume)
        notes.extend(vnotes)
        ca, cla = _share_costs(plan, oa, shares * total_volume)
        cb, clb = _share_costs(plan, ob, (1.0 - shares) * total_volume)
        cost = ca + cb
        clip = cla | clb
        clipped = tuple(float(s) for s in shares[clip])
        if clip.any():
            issue = plan.issue(plan.costs.volume)  # type: ignore[arg-type]
            unit = issue.unit or tr("units", "unit of a volume")
            notes.append(tr("At {shares} for {a}, a supplier's share falls outside the volume issue's range "
                            "({low}–{high} {unit}): it is priced at the units shipped, but a price quoted for "
                            "{low} {unit} or more may not hold for fewer — ask.").format(
                shares=", ".join(f"{round(100 * s)} %" for s in clipped), a=a, low=_short(issue.min),
                high=_short(issue.max), unit=unit))
    single_k = 0 if ob.points > oa.points or (ob.points == oa.points and cost is not None
                                              and cost[0] < cost[-1]) else -1
    single = (b, float(ob.points)) if single_k == 0 else (a, float(oa.points))
    inner = np.arange(1, len(shares) - 1)
    if len(inner):
        order = np.lexsort(((cost[inner] if cost is not None else np.zeros(len(inner))), -points[inner]))
        k = int(inner[order[0]])
    else:
        k = len(shares) - 1 if single_k == -1 else 0
    best_split = (float(shares[k]), float(points[k]))
    sentence = _sentence(plan, a, b, best_split[0], best_split[1], None if cost is None else float(cost[k]),
                         single, None if cost is None else float(cost[single_k]))
    return SplitAward(a, b, shares, points, cost, single, best_split, tuple(notes), sentence,
                      total_volume, clipped)


__all__ = ["SplitAward", "split_award"]
