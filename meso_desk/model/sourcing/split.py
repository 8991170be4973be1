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
  or above the volume issue's range is priced as it is, and the assumptions say that the
  supplier's price may not hold for so few (or so many) units; a volume split larger than a
  supplier's offer is said too (its share may be more than it offered).

The volume split is the same whichever supplier is named first: by default the volume the best
single award offered (the better offer on points; on a tie the cheaper, then the first in the
plan). So ``split_award(plan, a, b)`` and ``split_award(plan, b, a)`` give the same figures
mirrored, and awarding all to the best single supplier costs its own total of the suppliers
table. The other supplier, when it offered another volume, is priced at its share of that volume
(all to it is not its own total then): the assumptions say so with its own total, and the
sentence names the volume. (The volume was ``a``'s: each end of the split was priced at the
other supplier's volume, and naming the two the other way round changed every figure.)

Assumptions are returned in words with every result (:attr:`SplitAward.assumptions`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from ..errors import UnknownName
from ..language import tr
from ..plan import Plan
from ..preferences.issues import NumericIssue
from ..preferences.total_cost import cost_arrays, format_money, price_columns, units_words
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
        raise UnknownName(tr("no supplier called {name}").format(name=repr(name)))
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


def _best_single(plan: Plan, oa: HeldOffer, ob: HeldOffer) -> HeldOffer:
    """The better single award, whichever is named first: more points; on a tie the lower total
    cost (each at its own volume, as the suppliers table prices it), then the first in the plan."""
    def key(o: HeldOffer) -> tuple[float, float, int]:
        return (-o.points, o.total_cost if o.total_cost is not None else 0.0, plan.supplier_names.index(o.supplier))

    return min((oa, ob), key=key)


def _split_volume(plan: Plan, single: HeldOffer, other: HeldOffer, volume: float | None) -> tuple[float, list[str]]:
    """The units split (``volume``, else the best single award's offered volume) and a note when
    ``other`` offered another volume (its end is then not its own total)."""
    costs = plan.costs
    assert costs is not None
    notes: list[str] = []
    if costs.volume is None:
        total = float(costs.fixed_volume if volume is None else volume)
        return total, notes
    vs, vo = float(single.terms[costs.volume]), float(other.terms[costs.volume])
    total = vs if volume is None else float(volume)
    if volume is not None and (total != vs or total != vo):
        notes.append(tr("The volume split is {volume}, as you set it; {a} offered {va} and {b} {vb}: each is "
                        "priced at its share of the {volume}.").format(
            volume=units_words(plan, total), a=single.supplier, va=units_words(plan, vs), b=other.supplier,
            vb=units_words(plan, vo)))
    elif volume is None and vs != vo and other.total_cost is not None:
        notes.append(tr("The volume split is {volume}, the offer of {a} (the best single award); {b} offered "
                        "{other} and is priced here at its share of the {volume}: all to {b} costs {own} on "
                        "its own {other}.").format(
            volume=units_words(plan, vs), a=single.supplier, b=other.supplier, other=units_words(plan, vo),
            own=format_money(other.total_cost, plan.currency)))
    return total, notes


def _volume_words(plan: Plan, volume: float | None) -> str:
    """The volume split in words ("2,000 units"; "" without a cost model or for a lump sum)."""
    if plan.costs is None or volume is None:
        return ""
    return units_words(plan, volume)


def _offered_less(plan: Plan, oa: HeldOffer, ob: HeldOffer, best: HeldOffer, volume: float | None) -> list[str]:
    """The suppliers (of ``oa``, ``ob``) who offered fewer units than the volume split: their share
    can be more than they offered (none without a volume issue, or when the volume is an offer's)."""
    costs = plan.costs
    if costs is None or costs.volume is None:
        return []
    total = float(best.terms[costs.volume]) if volume is None else float(volume)
    return [o.supplier for o in (oa, ob) if float(o.terms[costs.volume]) < total - 1e-9]


def _assumptions(plan: Plan, a: str, b: str, risk: float, offered_less: Sequence[str] = ()) -> list[str]:
    if not offered_less:
        held = tr("{a} and {b} each hold the terms they offered at a smaller volume.").format(a=a, b=b)
    elif len(offered_less) == 1:
        held = tr("{a} and {b} each hold the terms they offered at their share of the volume, which for "
                  "{less} can be more than it offered — ask whether its terms hold for more.").format(
            a=a, b=b, less=offered_less[0])
    else:
        held = tr("{a} and {b} each hold the terms they offered at their share of the volume, which can be "
                  "more than either offered — ask whether their terms hold for more.").format(a=a, b=b)
    out = [
        tr("Our points are the plan's additive model, linear in the award: a split never beats the better "
           "single award on points alone."),
        held,
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


def _outside_range_notes(plan: Plan, a: str, shares: np.ndarray, va: np.ndarray, vb: np.ndarray) -> list[str]:
    """A note for the shares of ``a`` at which a supplier ships fewer units than the volume issue's
    range (``va``, ``vb``: the units of each), one for those at which one ships more: each is priced
    at the units shipped, and the price quoted may not hold there."""
    costs = plan.costs
    if costs is None or costs.volume is None:
        return []
    issue = plan.issue(costs.volume)
    assert isinstance(issue, NumericIssue)
    lo, hi = float(issue.min), float(issue.max)
    below = ((va > 0) & (va < lo - 1e-9)) | ((vb > 0) & (vb < lo - 1e-9))
    above = (va > hi + 1e-9) | (vb > hi + 1e-9)
    out = []
    for hit, text in (
            (below, tr("At {shares} for {a}, a supplier's share is below the volume issue's range ({range}): it "
                       "is priced at the units shipped, but a price quoted for {low} or more may not hold for "
                       "fewer — ask.")),
            (above, tr("At {shares} for {a}, a supplier's share is above the volume issue's range ({range}): it "
                       "is priced at the units shipped, but a price quoted for {high} or fewer may not hold for "
                       "more — ask."))):
        if hit.any():
            out.append(text.format(shares=", ".join(f"{round(100 * s)} %" for s in shares[hit]), a=a,
                                   range=issue.range_text(), low=issue.format_term(lo), high=issue.format_term(hi)))
    return out


def _sentence(plan: Plan, a: str, b: str, share: float, pts: float, cost: float | None,
              single: tuple[str, float], single_cost: float | None, volume: str = "") -> str:
    pa = round(100 * share)
    if volume:
        head = tr("Splitting {volume} {share_a}/{share_b} between {a} and {b}").format(
            volume=volume, share_a=pa, share_b=100 - pa, a=a, b=b)
    else:
        head = tr("Splitting {share_a}/{share_b} between {a} and {b}").format(share_a=pa, share_b=100 - pa, a=a,
                                                                              b=b)
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
    (see the module docstring); named the other way round, the same figures mirrored.
    ``volume`` — the units to split (default: the best single award's offered volume);
    ``risk_value_per_share`` — points a second source is worth to you, per whole share held by
    the smaller supplier (0: none)."""
    if a == b:
        raise ValueError(tr("a split needs two different suppliers"))
    if isinstance(steps, bool) or not isinstance(steps, (int, np.integer)) or steps < 2:
        raise ValueError(tr("steps must be a whole number of at least 2"))
    if volume is not None and (isinstance(volume, bool) or not np.isfinite(volume) or volume <= 0):
        raise ValueError(tr("the volume to split must be a number of units above 0"))
    if not np.isfinite(risk_value_per_share) or risk_value_per_share < 0:
        raise ValueError(tr("the supply-risk value must be a number of points ≥ 0"))
    oa, ob = _offer(plan, a), _offer(plan, b)
    best = _best_single(plan, oa, ob)
    shares = np.linspace(0.0, 1.0, int(steps))
    rest = shares[::-1]  # b's share, 1 − s: exactly what a's share is when they are named the other way
    points = shares * oa.points + rest * ob.points
    points = points + risk_value_per_share * np.minimum(shares, rest)
    notes = _assumptions(plan, a, b, risk_value_per_share, _offered_less(plan, oa, ob, best, volume))
    cost = None
    total_volume = None
    clipped: tuple[float, ...] = ()
    if plan.costs is not None:
        total_volume, vnotes = _split_volume(plan, best, ob if best is oa else oa, volume)
        notes[:0] = vnotes  # first: it explains an end that differs from the suppliers table
        ca, cla = _share_costs(plan, oa, shares * total_volume)
        cb, clb = _share_costs(plan, ob, rest * total_volume)
        cost = ca + cb
        clip = cla | clb
        clipped = tuple(float(s) for s in shares[clip])
        notes += _outside_range_notes(plan, a, shares, shares * total_volume, rest * total_volume)
    single_k = -1 if best is oa else 0
    single = (best.supplier, float(best.points))
    inner = np.arange(1, len(shares) - 1)
    if len(inner):
        # more points, then less cost, then the share nearer the best single award (either way round)
        toward = shares[inner] if best is oa else rest[inner]
        order = np.lexsort((-toward, cost[inner] if cost is not None else np.zeros(len(inner)), -points[inner]))
        k = int(inner[order[0]])
    else:
        k = len(shares) - 1 if single_k == -1 else 0
    best_split = (float(shares[k]), float(points[k]))
    sentence = _sentence(plan, a, b, best_split[0], best_split[1], None if cost is None else float(cost[k]),
                         single, None if cost is None else float(cost[single_k]),
                         _volume_words(plan, total_volume))
    return SplitAward(a, b, shares, points, cost, single, best_split, tuple(notes), sentence,
                      total_volume, clipped)


__all__ = ["SplitAward", "split_award"]
