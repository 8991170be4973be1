"""What the counterpart estimate reads beyond the issues, our weights, the rounds and the hunch.

A round whose offers had contingent terms is read with the forecasts of their events
(docs/inference.md: "a round's fingerprint includes … the forecasts of their events"), so a
forecast edit changes the estimate although no round changed. A cache of estimates must
therefore key on those forecasts too, and only on those: an event no round offered a clause
on, or a plan without contingent rounds, adds nothing.
"""

from __future__ import annotations

from ..plan import Plan
from .evidence import evidence_digest


def forecast_evidence(plan: Plan) -> tuple[str, ...]:
    """The evidence digests of the rounds that offered contingent terms (their clauses and the
    forecasts of their events, as the estimate reads them); ``()`` when no round did. Equal
    for two plans whose forecasts read the same, whatever else changed in the events."""
    return tuple(evidence_digest(r, plan) for r in plan.rounds if any(o.clauses for o in r.offered))
