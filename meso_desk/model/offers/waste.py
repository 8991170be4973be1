"""What a package leaves on the table for the counterpart, under our estimate of them.

**Left on the table** (``waste``) for a package *p* worth *v* to us: the best value for them
among packages worth at least *v* to us — the Pareto frontier at *v* — minus their value of
*p*, under the estimate the MESO set was chosen with (the opposed-interests prior or the
posterior mean). 0 on the frontier; never negative. Computed from the frontier the engine
already has (:class:`~meso_desk.model.offers.frontier.Frontier`), vectorised over packages.

A MESO set's **best-for-them package** is the one they value most; the engine prefers a set
whose best-for-them package is on the frontier (waste ≤ :data:`WASTE_EPS`) and otherwise
shows each package's waste ("leaves ≈ 7.5 of their points on the table") in the MESO dialog,
``meso-desk mesos`` and the briefing — never on cards (``docs/meso-engine.md``).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..counterpart.their_values import TheirValues
from ..language import tr
from ..plan import Plan
from ..scoring import score_table
from .frontier import Frontier, pareto_frontier
from .information import informed_strategy

#: A package within this many of their points of the frontier counts as on it.
WASTE_EPS = 0.5


def left_on_table(frontier: Frontier, ours, theirs) -> np.ndarray:
    """Their points each package ``(ours, theirs)`` leaves on the table: the frontier's best
    value for them at ``ours`` or more, minus ``theirs`` (≥ 0; 0 where no frontier package
    reaches ``ours`` — a package beyond a thinned frontier is counted as efficient)."""
    gap = frontier.gap(np.asarray(ours, dtype=float), np.asarray(theirs, dtype=float))
    return np.where(np.isnan(gap), 0.0, gap)


def best_for_them_waste(theirs: np.ndarray, waste: np.ndarray) -> np.ndarray:
    """For sets ``(V, k)`` of packages (their values and wastes), the waste of each set's
    best-for-them package (the first of equals)."""
    theirs = np.asarray(theirs, dtype=float)
    pick = theirs.argmax(axis=-1)[..., None]
    return np.take_along_axis(np.asarray(waste, dtype=float), pick, axis=-1)[..., 0]


def package_waste(plan: Plan, packages: Sequence, their=None) -> list[float]:
    """Waste of stored or generated packages (term mappings or Package) under ``their`` (a
    :class:`TheirValues`; default the opposed-interests prior), against the exact frontier.
    For a set already in the plan (the briefing, a saved set)."""
    if their is None:
        their = TheirValues.opposed(plan)
    t = score_table(plan)
    rows = np.array([t.indices_of(p) for p in packages], dtype=np.int64).reshape(len(packages), -1)
    if not len(rows):
        return []
    fr = pareto_frontier(plan, their)
    return [float(x) for x in left_on_table(fr, t.score_indices(rows), their.score_indices(rows))]


def waste_phrase(points: float) -> str:
    """"leaves ≈ 7.5 of their points on the table", or "" when within :data:`WASTE_EPS`."""
    if not np.isfinite(points) or points <= WASTE_EPS:
        return ""
    return tr("leaves ≈ {points:.1f} of their points on the table").format(points=points)


def current_estimate(plan: Plan) -> TheirValues:
    """The estimate the MESO engine would use now: the posterior mean once a recorded round
    says something about them, else the opposed-interests prior."""
    their, _ = informed_strategy(plan, None, "balanced")
    return TheirValues.opposed(plan) if their is None else their


def waste_notes(plan: Plan, packages: Sequence, their=None) -> list[str]:
    """One line per package that leaves more than :data:`WASTE_EPS` of their points on the table,
    for our own papers (the briefing; never cards): "A leaves ≈ 7.5 of their points on the table
    (under the opposed-interests prior)". ``their`` defaults to :func:`current_estimate`."""
    their = current_estimate(plan) if their is None else their
    label = getattr(their, "label", tr("estimate", "the counterpart estimate"))
    out = []
    for j, (p, w) in enumerate(zip(packages, package_waste(plan, packages, their))):
        if waste_phrase(w):
            name = getattr(p, "name", None) or chr(65 + j)
            out.append(tr("{name} leaves ≈ {points:.1f} of their points on the table (under the {estimate})").format(
                name=name, points=w, estimate=label))
    return out
