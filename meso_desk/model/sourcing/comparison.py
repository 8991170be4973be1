"""Suppliers side by side: the comparison view's rows (issue 25, docs/suppliers.md).

Each supplier is evaluated on its own plan (:meth:`~meso_desk.model.plan.Plan.with_supplier`):
its rounds make the estimate of its priorities, the ZOPA uses our BATNA against it (the best
offer held from the others or the outside option when the BATNA follows the market, else the
plan's own competing quote and reservation as for one supplier), and the next MESO set is made
for it. Everything here is for *us*: rows carry our points and BATNA, never anything for cards.
"""

from __future__ import annotations

import hashlib
import math
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from ..approvals.rules import approvals
from ..counterpart.inference import CounterpartEstimate, estimate_counterpart
from ..deal.zopa import Zopa, zopa
from ..language import tr
from ..offers.meso import MesoError, generate_mesos
from ..offers.status import lowest_offer
from ..package import Package
from ..plan import Plan
from .market import COMPETING_QUOTE, HeldOffer, batna_in_use, best_offers

#: The orders :func:`compare_suppliers` knows.
SORT_KEYS = ("points", "cost", "zopa", "name", "rounds")
#: How many supplier estimates are kept (keyed by the supplier's own plan).
_CACHE_SIZE = 32


@dataclass(frozen=True)
class SupplierRow:
    """One supplier in the comparison (see the module docstring)."""

    name: str
    active: bool
    best: HeldOffer | None
    n_rounds: int
    agreement_points: float | None
    their_weights: dict[str, float] = field(hash=False)
    their_top: tuple[str, float]
    batna: HeldOffer | None
    zopa: str
    zopa_low: float | None
    zopa_high: float | None
    next_set: list[dict] = field(hash=False)
    next_level: float | None
    approvals: str
    #: why there is no next set ("" when there is one, or when next sets were not asked for)
    next_note: str = ""
    #: our walk-away against this supplier (points)
    reservation: float = 0.0
    #: the share of plausible profiles with a ZOPA (None: their walk-away unknown)
    zopa_probability: float | None = None
    #: reactions that carried evidence about their priorities
    n_observations: int = 0

    @property
    def best_points(self) -> float | None:
        return None if self.best is None else self.best.points

    @property
    def best_cost(self) -> float | None:
        return None if self.best is None else self.best.total_cost

    @property
    def zopa_width(self) -> float | None:
        if self.zopa_low is None or self.zopa_high is None:
            return None
        return self.zopa_high - self.zopa_low


# -- the estimate, cached per supplier plan -----------------------------------------------------------
_ESTIMATES: OrderedDict[str, CounterpartEstimate] = OrderedDict()
_LOCK = threading.Lock()


def _key(plan: Plan) -> str:
    return hashlib.sha256(plan.to_json(indent=None).encode()).hexdigest()


def supplier_estimate(plan: Plan) -> CounterpartEstimate:
    """The counterpart estimate of ``plan`` (its active supplier's rounds), cached."""
    key = _key(plan.single_supplier())
    with _LOCK:
        got = _ESTIMATES.get(key)
        if got is not None:
            _ESTIMATES.move_to_end(key)
            return got
    est = estimate_counterpart(plan)
    with _LOCK:
        _ESTIMATES[key] = est
        while len(_ESTIMATES) > _CACHE_SIZE:
            _ESTIMATES.popitem(last=False)
    return est


def clear_cache() -> None:
    """Forget the cached estimates (tests, memory)."""
    with _LOCK:
        _ESTIMATES.clear()


# -- the ZOPA in a sentence -----------------------------------------------------------------------------
def _walkaway_source(plan: Plan, batna: HeldOffer | None) -> str:
    if batna is None or not plan.reservation_from_batna:
        if batna is not None:
            return tr("set by hand; the BATNA, {source}, is worth {points:.1f}").format(source=batna.source,
                                                                                        points=batna.points)
        return tr("set by hand")
    if batna.is_outside_option:
        return tr("the outside option")
    if batna.supplier == COMPETING_QUOTE:
        return tr("the competing quote")
    kind = batna.kind
    if kind == "quote":
        return tr("{supplier}'s quote").format(supplier=batna.supplier)
    if kind == "agreement":
        return tr("{supplier}'s agreement").format(supplier=batna.supplier)
    if kind == "counter-offer":
        return tr("{supplier}'s counter-offer").format(supplier=batna.supplier)
    if kind == "accepted":
        return tr("{supplier}'s accepted package").format(supplier=batna.supplier)
    return tr("{supplier}'s offer").format(supplier=batna.supplier)


def zopa_sentence(plan: Plan, z: Zopa, batna: HeldOffer | None) -> str:
    """"Our walk-away 46.1 (Sitwell's offer); their estimated walk-away leaves 46–71 of our points"."""
    ours = {"walkaway": z.our_reservation, "source": _walkaway_source(plan, batna)}
    if z.best_for_them is None:
        return tr("Our walk-away {walkaway:.1f} ({source}); no acceptable package reaches it: no ZOPA.").format(**ours)
    if not z.their.known:
        return tr("Our walk-away {walkaway:.1f} ({source}); their walk-away is unknown (at ours the best we can "
                  "give them is worth about {best:.0f} of their points).").format(best=z.best_for_them, **ours)
    if z.exists and z.ours_range is not None:
        lo, hi = z.ours_range
        if z.probability is None:
            return tr("Our walk-away {walkaway:.1f} ({source}); their estimated walk-away leaves {low:.0f}–{high:.0f} "
                      "of our points.").format(low=lo, high=hi, **ours)
        return tr("Our walk-away {walkaway:.1f} ({source}); their estimated walk-away leaves {low:.0f}–{high:.0f} "
                  "of our points (a ZOPA in {share:.0f} % of plausible profiles).").format(
            low=lo, high=hi, share=100 * z.probability, **ours)
    if z.probability is None:
        return tr("Our walk-away {walkaway:.1f} ({source}); probably no ZOPA: at ours the best we can give them "
                  "is worth about {best:.0f} of their points, below their estimated {theirs:.0f}.").format(
            best=z.best_for_them, theirs=z.their.value, **ours)
    return tr("Our walk-away {walkaway:.1f} ({source}); probably no ZOPA: at ours the best we can give them "
              "is worth about {best:.0f} of their points, below their estimated {theirs:.0f} (a ZOPA in only "
              "{share:.0f} % of plausible profiles).").format(best=z.best_for_them, theirs=z.their.value,
                                                             share=100 * z.probability, **ours)


# -- the next set -----------------------------------------------------------------------------------------
def next_level(plan: Plan) -> float:
    """The level of the next MESO set for the active supplier: the latest round's level (or
    the plan's aspiration without one), never below the least we may offer
    (:func:`~meso_desk.model.offers.status.lowest_offer`, what the engine would move it up to)."""
    level = next((r.level for r in reversed(plan.rounds) if r.level is not None), None)
    level = float(plan.aspiration if level is None else level)
    return max(level, lowest_offer(plan))


def next_set(plan: Plan, estimate: CounterpartEstimate | None = None) -> tuple[list[dict], float | None, str]:
    """(terms of the next MESO set for the active supplier, its level, why none ("" when one))."""
    if len(plan.issues) < 2:
        return [], None, tr("a MESO set needs at least two issues")
    level = next_level(plan)
    est = supplier_estimate(plan) if estimate is None else estimate
    try:
        got = generate_mesos(plan, level=level, their=est.their_values())
    except MesoError as e:
        return [], level, (e.plain or str(e))
    return [dict(p.terms) for p in got], level, ""


def supplier_next_set(plan: Plan, name: str) -> tuple[list[dict], float | None, str]:
    """:func:`next_set` for supplier ``name`` of ``plan`` (on its own plan: its rounds, its
    estimate, our BATNA against it) — what the view computes off the GUI thread."""
    sp = plan.with_supplier(name)
    if not sp.issues:
        return [], None, tr("the plan has no issues yet")
    return next_set(sp, supplier_estimate(sp))


def with_next_set(plan: Plan, row: SupplierRow) -> SupplierRow:
    """``row`` (made with ``next_sets=False``) with its next MESO set filled in."""
    terms, level, note = supplier_next_set(plan, row.name)
    return replace(row, next_set=terms, next_level=level, next_note=note)


# -- one row ---------------------------------------------------------------------------------------------
def supplier_row(plan: Plan, name: str, offers: dict[str, HeldOffer | None] | None = None,
                 next_sets: bool = True) -> SupplierRow:
    """The comparison row of supplier ``name`` of ``plan``."""
    offers = best_offers(plan) if offers is None else offers
    sp = plan.with_supplier(name)
    best = offers.get(name)
    batna = batna_in_use(plan, name, offers)
    agreement = None
    if sp.agreement is not None:
        agreement = Package(sp, sp.agreement.terms, clauses=sp.agreement.clauses).score
    weights: dict[str, float] = {}
    top: tuple[str, float] = ("", 0.0)
    ztext, lo, hi, prob, n_obs = tr("The plan has no issues yet."), None, None, None, 0
    nset: list[dict] = []
    nlevel: float | None = None
    note = ""
    if sp.issues:
        est = supplier_estimate(sp)
        weights = dict(est.weights)
        top = (est.most_important, float(est.top_issue[est.most_important]))
        n_obs = est.n_observations
        z = zopa(sp, est)
        ztext = zopa_sentence(sp, z, batna)
        if z.ours_range is not None:
            lo, hi = z.ours_range
        prob = z.probability
        if next_sets:
            nset, nlevel, note = next_set(sp, est)
    signs = approvals(sp, [best.terms]).line(0) if best is not None and sp.approvers else ""
    return SupplierRow(name=name, active=name == plan.counterpart, best=best, n_rounds=len(sp.rounds),
                       agreement_points=agreement, their_weights=weights, their_top=top, batna=batna,
                       zopa=ztext, zopa_low=lo, zopa_high=hi, next_set=nset, next_level=nlevel,
                       approvals=signs, next_note=note, reservation=float(sp.reservation),
                       zopa_probability=prob, n_observations=n_obs)


def _missing_last(x: float | None, sign: float) -> tuple[int, float]:
    return (1, 0.0) if x is None or not math.isfinite(x) else (0, sign * x)


_SORTS: dict[str, Callable[[SupplierRow], tuple]] = {
    "points": lambda r: (_missing_last(r.best_points, -1.0), r.name.casefold()),
    "cost": lambda r: (_missing_last(r.best_cost, 1.0), _missing_last(r.best_points, -1.0), r.name.casefold()),
    "zopa": lambda r: (_missing_last(r.zopa_width, -1.0), r.name.casefold()),
    "name": lambda r: (r.name.casefold(),),
    "rounds": lambda r: (-r.n_rounds, r.name.casefold()),
}


def sort_rows(rows: list[SupplierRow], sort_by: str = "points") -> list[SupplierRow]:
    """``rows`` in the order asked: points (best offer, high first), cost (low first), zopa
    (widest first), name, rounds (most first); a row without the value goes last."""
    if sort_by not in _SORTS:
        raise ValueError(tr("sort by one of {keys}, not {key}").format(keys=", ".join(SORT_KEYS), key=repr(sort_by)))
    return sorted(rows, key=_SORTS[sort_by])


def compare_suppliers(plan: Plan, sort_by: str = "points", next_sets: bool = True) -> list[SupplierRow]:
    """One row per supplier of ``plan`` (one for a single-supplier plan), sorted by ``sort_by``
    (:data:`SORT_KEYS`). ``next_sets=False`` skips the MESO sets (the slow part)."""
    if sort_by not in _SORTS:
        raise ValueError(tr("sort by one of {keys}, not {key}").format(keys=", ".join(SORT_KEYS), key=repr(sort_by)))
    offers = best_offers(plan)
    rows = [supplier_row(plan, name, offers, next_sets) for name in plan.supplier_names]
    return sort_rows(rows, sort_by)


__all__ = [
    "SORT_KEYS",
    "SupplierRow",
    "clear_cache",
    "compare_suppliers",
    "next_level",
    "next_set",
    "sort_rows",
    "supplier_estimate",
    "supplier_next_set",
    "supplier_row",
    "with_next_set",
    "zopa_sentence",
]
