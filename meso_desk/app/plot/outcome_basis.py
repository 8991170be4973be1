"""The heavy part of the outcome plot, computed in a worker thread: the estimate of their
values, the exact Pareto frontier, every package's values under it, the deal marks and the
sampled cloud (:func:`compute_basis`). Pure model code, no Qt; it depends on the issues,
weights, rounds, prior and deal fields only (:func:`basis_key`), so a term moved under the same
basis only moves points on the GUI thread.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import numpy as np

from ...model.contingent.clauses import clauses_key
from ...model.counterpart.outcome import (
    Cloud,
    Estimate,
    PackageOutcome,
    package_outcome,
    package_outcomes,
    sample_cloud,
    their_estimate,
)
from ...model.deal.zopa import their_reservation
from ...model.offers.frontier import Frontier, pareto_frontier
from ...model.plan import Plan
from ...model.scoring import score_table


@dataclasses.dataclass(frozen=True, eq=False)
class OutcomeBasis:
    """The heavy part of the outcome plot for one plan structure (see :func:`basis_key`)."""

    key: tuple
    estimate: Estimate
    frontier: Frontier
    outcomes: dict[tuple, PackageOutcome]  # (name, terms) → both values under the estimate
    marks: dict[str, Any]
    cloud: Cloud | None


def basis_key(plan: Plan) -> tuple:
    """What the estimate, the frontier, the cloud and the deal marks depend on (with the
    forecasts of the events the recorded offers had clauses on: the estimate reads them)."""
    offered = tuple(clauses_key(o.clauses, plan.event, theirs=True) for r in plan.rounds for o in r.offered
                    if o.clauses)
    return (plan.issues, tuple(plan.weights.items()), plan.rounds, tuple(plan.counterpart_prior.items()),
            plan.their_reservation, plan.their_reservation_uncertainty, plan.agreement, plan.reservation, offered)


def terms_key(plan: Plan, sp) -> tuple:
    """A stored package's name, terms and clauses with both forecasts of the events they use:
    what its values under one estimate depend on."""
    return (sp.name, tuple(sp.terms.items()), clauses_key(sp.clauses, plan.event, theirs=True))


def agreed_outcome(plan: Plan, est: Estimate, marks: dict[str, Any]) -> PackageOutcome | None:
    """Both values of the agreement in ``marks`` (see :func:`deal_marks`), or None without
    one (or when its terms no longer fit the plan's issues)."""
    if marks["agreement"] is None:
        return None
    try:
        return package_outcome(plan, est, marks["agreement"], "agreed", marks.get("clauses"))
    except (KeyError, ValueError):
        return None


def compute_basis(plan: Plan, stale: Callable[[], None] = lambda: None) -> OutcomeBasis:
    """The estimate, the exact frontier, every package's values, the deal marks and the
    density cloud (pure model code: runs in a worker thread). ``stale()`` is called between
    the stages and raises when a newer plan is waiting."""
    est = their_estimate(plan)
    stale()
    fr = pareto_frontier(plan, est.their)
    stale()
    outs = package_outcomes(plan, est) if plan.packages else []
    by_key = {terms_key(plan, sp): o for sp, o in zip(plan.packages, outs)}
    stale()
    marks = deal_marks(plan, est)
    stale()
    agreed = agreed_outcome(plan, est, marks)
    x_range, y_range = outcome_ranges(plan, est, outs, marks["their_reservation"], agreed)
    cloud = sample_cloud(plan, est.their, x_range=x_range, y_range=y_range)
    return OutcomeBasis(basis_key(plan), est, fr, by_key, marks, cloud)


def outcome_ranges(plan: Plan, est: Estimate | None, outcomes: list[PackageOutcome],
                   their_reservation: tuple[float, float, float] | None, agreed: PackageOutcome | None
                   ) -> tuple[tuple[float, float], tuple[float, float]]:
    """Axis ranges that hold every possible package (our value from the worst to the best
    acceptable package; theirs likewise under the estimate), rounded out to 5 points."""
    t = score_table(plan)
    lo_o = sum(float(np.min(t.table[i, np.flatnonzero(a)])) for i, a in enumerate(t.acceptable))
    hi_o = sum(float(np.max(t.table[i, np.flatnonzero(a)])) for i, a in enumerate(t.acceptable))
    their = est.their.table if est is not None else t.table
    lo_t = sum(float(np.min(their[i, np.flatnonzero(a)])) for i, a in enumerate(t.acceptable))
    hi_t = sum(float(np.max(their[i, np.flatnonzero(a)])) for i, a in enumerate(t.acceptable))
    xs = [lo_o, hi_o, plan.reservation] + [o.ours for o in outcomes]
    ys = [lo_t, hi_t] + [o.theirs for o in outcomes]
    for o in outcomes:
        if o.interval is not None:
            ys += list(o.interval)
    if their_reservation is not None:
        ys += list(their_reservation)
    if agreed is not None:
        xs.append(agreed.ours)
        ys.append(agreed.theirs)

    def out(lo: float, hi: float) -> tuple[float, float]:
        lo = max(0.0, 5.0 * np.floor(lo / 5.0 - 1e-9))
        hi = min(100.0, 5.0 * np.ceil(hi / 5.0 + 1e-9))
        return float(lo), float(max(hi, lo + 5.0))

    return out(min(xs), max(xs)), out(min(ys), max(ys))


def deal_marks(plan: Plan, estimate: Estimate | None = None) -> dict[str, Any]:
    """The deal phase's marks: ``agreement`` (the agreed terms, or None), ``clauses`` (the
    agreement's contingent clauses, valued at their expectation) and
    ``their_reservation`` — ``(value, low, high)`` in their points, entered by hand or inferred
    from their reactions (:func:`~meso_desk.model.deal.zopa.their_reservation`), or None when
    it is unknown."""
    out: dict[str, Any] = {"agreement": None, "clauses": {}, "their_reservation": None}
    if plan.agreement is not None and plan.agreement.terms:
        out["agreement"] = dict(plan.agreement.terms)
        out["clauses"] = dict(plan.agreement.clauses)
    if plan.issues:
        tr = their_reservation(plan, estimate.source if estimate is not None else None)
        if tr.known:
            out["their_reservation"] = (float(tr.value), float(tr.low), float(tr.high))
    return out


__all__ = ["OutcomeBasis", "agreed_outcome", "basis_key", "compute_basis", "deal_marks", "outcome_ranges",
           "terms_key"]
