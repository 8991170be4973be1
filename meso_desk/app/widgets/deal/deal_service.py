"""The Deal panel's numbers, computed off the GUI thread: the ZOPA, their walk-away and the
post-settlement suggestions.

They need the counterpart estimate (a fraction of a second cold), a frontier per posterior
sample (the chance that a ZOPA exists) and the post-settlement search (~0.1 s). Like the
counterpart panel's estimate they are requested on every change, coalesced (a burst of edits
costs one computation, of the latest plan), computed by the background facility (latest
wins, nothing queues up) and cached per plan content, so undo/redo is instant: a
:class:`~meso_desk.app.background.SnapshotService`.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QObject

from ....model.counterpart.inference import estimate_counterpart
from ....model.deal.post_settlement import PostSettlement, post_settlement
from ....model.deal.zopa import TheirReservation, Zopa, zopa
from ....model.plan import Plan
from ...background import SnapshotService, checkpoint

#: Coalescing delay: requests within this many milliseconds are computed once.
COALESCE_MS = 60


def deal_key(plan: Plan) -> tuple:
    """What the deal numbers depend on (compared with ``==``): the ZOPA's inputs and every input of
    the post-settlement suggestions (:func:`settlement_key`)."""
    return (settlement_key(plan), plan.their_reservation, plan.their_reservation_uncertainty)


@dataclass(frozen=True, eq=False)
class DealSnapshot:
    """The deal numbers as the panel shows them."""

    zopa: Zopa
    their: TheirReservation
    settlement: PostSettlement | None  # None without an agreement
    seconds: float
    #: the agreement and the bar the suggestions were made for (:func:`settlement_key`)
    settlement_for: tuple = ()


def settlement_key(plan: Plan) -> tuple:
    """Every plan field post-settlement suggestions are computed from (``post_settlement``): the
    agreement (terms and contingent clauses), the bar, our approvers and what their conditions read
    (the cost model and its currency: a total-cost condition), our issues, weights and reservation,
    and the counterpart estimate's inputs (rounds, prior, and the events contingent terms name)."""
    a = plan.agreement
    return (None if a is None else (tuple(sorted(a.terms.items())), a.clauses), plan.settlement_bar,
            plan.approvers, plan.costs, plan.currency, plan.issues, plan.weights, plan.reservation, plan.rounds,
            plan.counterpart_prior, plan.events)


def compute_deal(plan: Plan) -> DealSnapshot:
    """The ZOPA, their reservation and the post-settlement suggestions (runs in a worker)."""
    t0 = time.perf_counter()
    est = estimate_counterpart(plan) if plan.issues else None
    checkpoint()
    z = zopa(plan, est)
    checkpoint()
    pss = post_settlement(plan, None, 3, estimate=est) if plan.agreement is not None and plan.issues else None
    return DealSnapshot(z, z.their, pss, time.perf_counter() - t0, settlement_key(plan))


class DealService(SnapshotService):
    """Latest-wins, coalesced, cached deal numbers for one document (emits a :class:`DealSnapshot`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(compute_deal, deal_key, COALESCE_MS, parent, "deal")
