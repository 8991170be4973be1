"""How equal a MESO set stays when our own weights are not exactly right (issue 24). No Qt.

Our weights are uncertain: the plan's ``weight_region`` gives, per issue, the range its weight
may be in (from the "Ask me" answers or a ± band the buyer sets). A set's values move with the
weights; its **robustness** is the largest spread of its values over that region:

    worst spread = max over weights w in the region of (max_p w·V_p − min_q w·V_q)

(``V_p``: package *p*'s curve values per issue, in points). For one ordered pair of packages the
inner maximum is a linear programme over the box ``low ≤ w ≤ high`` with ``Σ w = 1``, solved
exactly by filling the budget greedily from the issue where *p* beats *q* most (a fractional
knapsack); the worst spread is the largest over all pairs. Vectorised over many sets at once,
so the MESO engine can prefer **robust sets** while it searches (``generate_mesos(robust=True)``,
on by default once the plan has a region).

A set is said to **stay equal** when its worst spread is at most :data:`EQUAL_SPREAD` points.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..language import tr
from ..plan import Plan
from ..preferences.weights import MOVED, WeightRegion, region_source_words, weight_band, weights_as_percent
from ..scoring import score_table
from .status import TARGET_TOLERANCE, package_status, target_level

#: a set whose values stay within this many points of each other over the region stays equal
EQUAL_SPREAD = 2.0
#: the band the robustness is stated for when the plan has no region of its own
DEFAULT_BAND = 0.05


def region_bounds(plan: Plan, region: WeightRegion | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The bounds ``(low, high)`` of each weight (plan order) in ``region`` (default: the plan's,
    or ± 5 points when it has none)."""
    region = region or plan.weight_region or weight_band(plan.weights, DEFAULT_BAND)
    lo, hi = region.bounds({n: plan.weights[n] for n in plan.issue_names})
    lo, hi = np.array(lo), np.array(hi)
    if lo.sum() > 1.0 or hi.sum() < 1.0:  # a region that misses the simplex: widen it to contain the weights
        w = plan.weight_vector()
        lo, hi = np.minimum(lo, w), np.maximum(hi, w)
    return lo, hi


def max_over_region(C: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """For each row ``c`` of ``C``, the largest ``c·w`` with ``lo ≤ w ≤ hi`` and ``Σ w = 1``."""
    C = np.atleast_2d(C)
    order = np.argsort(-C, axis=1, kind="stable")
    Cs = np.take_along_axis(C, order, axis=1)
    room = (hi - lo)[order]
    budget = 1.0 - lo.sum()
    before = np.cumsum(room, axis=1) - room
    take = np.clip(budget - before, 0.0, room)
    return C @ lo + (take * Cs).sum(axis=1)


def package_values(plan: Plan, rows: np.ndarray) -> np.ndarray:
    """Curve values per issue (points, unweighted) of full-grid index ``rows`` ``(P, n)``."""
    t = score_table(plan)
    return np.stack([np.asarray(v, dtype=float)[rows[:, i]] for i, v in enumerate(t.values)], axis=1)


def set_spreads(V: np.ndarray, sets: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """The worst spread over the region of each set: ``V`` ``(P, n)`` values, ``sets`` ``(S, k)``."""
    sets = np.atleast_2d(sets)
    S, k = sets.shape
    if k < 2:
        return np.zeros(S)
    p, q = np.array([(a, b) for a in range(k) for b in range(k) if a != b]).T
    diff = V[sets[:, p]] - V[sets[:, q]]  # (S, pairs, n)
    worst = max_over_region(diff.reshape(-1, V.shape[1]), lo, hi).reshape(S, -1)
    return worst.max(axis=1)


@dataclass(frozen=True)
class Robustness:
    """A set's robustness: ``spread`` now (at the plan's weights), ``worst`` over the region,
    the region in words, and whether the set stays equal."""

    spread: float
    worst: float
    region: str

    @property
    def stays_equal(self) -> bool:
        return self.worst <= EQUAL_SPREAD + 1e-9

    @property
    def sentence(self) -> str:
        """"Stays within 1.2 points if any weight moves by up to 5 points." and the like."""
        where = region_words(self.region)
        if self.stays_equal:
            return tr("Stays within {worst:.1f} points {where}.").format(worst=self.worst, where=where)
        if round(self.worst, 1) <= EQUAL_SPREAD:  # "2.0 … more than 2 points apart": shown to 0.01, rounded up
            return tr("Stays within {worst:.2f} points {where} — it would stop being equal (more than {equal:g} "
                      "points apart).").format(worst=math.ceil(self.worst * 100 - 1e-9) / 100, where=where,
                                               equal=EQUAL_SPREAD)
        return tr("Stays within {worst:.1f} points {where} — it would stop being equal (more than {equal:g} "
                  "points apart).").format(worst=self.worst, where=where, equal=EQUAL_SPREAD)


def region_words(region: str) -> str:
    """Where the weights may be, as the end of a sentence ("if any weight moves by up to 5 points",
    "over the weights your answers to 8 questions allow"). ``region`` is the stored source of a
    :class:`WeightRegion` (English, as written in the plan); the forms MESO Desk writes are
    translated, anything else is shown as stored."""
    if region.endswith(MOVED) and region != MOVED:  # an answers' region moved with weights set by hand
        return tr("over the ranges from your {source}").format(source=region_source_words(region))
    if region.startswith("±"):
        amount = region.removeprefix("± ")
        m = re.fullmatch(r"(\d+(?:\.\d+)?) points", amount)
        if m:
            return tr("if any weight moves by up to {band:g} points").format(band=float(m[1]))
        return tr("if any weight moves by up to {band}").format(band=amount)
    m = re.fullmatch(r"answers to (\d+) questions?", region)
    if m and int(m[1]) == 1:
        return tr("over the weights your answers to 1 question allow")
    if m:
        return tr("over the weights your answers to {count} questions allow").format(count=int(m[1]))
    return tr("over the weights your {region} allow").format(region=region)


def set_robustness(plan: Plan, packages: Sequence, region: WeightRegion | None = None) -> Robustness:
    """The robustness of a set of packages (anything mapping issue names to terms)."""
    rows = np.array([[plan.issue(n).index_of(p[n]) for n in plan.issue_names] for p in packages], dtype=np.int64)
    V = package_values(plan, rows)
    ours = V @ plan.weight_vector()
    lo, hi = region_bounds(plan, region)
    reg = region or plan.weight_region or weight_band(plan.weights, DEFAULT_BAND)
    worst = float(set_spreads(V, np.arange(len(rows))[None, :], lo, hi)[0]) if len(rows) > 1 else 0.0
    return Robustness(float(ours.max() - ours.min()) if len(rows) else 0.0, worst, reg.source or "± 5 points")


class PoolRobustness:
    """The engine's hook: the worst spread over the region of sets of candidate-pool indices."""

    def __init__(self, plan: Plan, rows: np.ndarray, region: WeightRegion | None = None) -> None:
        self.V = package_values(plan, rows) if len(rows) else np.empty((0, len(plan.issues)))
        self.lo, self.hi = region_bounds(plan, region)

    def __call__(self, sets: np.ndarray) -> np.ndarray:
        return set_spreads(self.V, sets, self.lo, self.hi)


# -- sensitivity: one weight at a time --------------------------------------------------------------
@dataclass(frozen=True)
class WeightSwing:
    """How a package's value moves while the weight of ``issue`` goes from ``low`` to ``high``
    (fractions; the other weights keep their proportions): its value and status at both ends, and
    in words where across the whole 0–100 % range it would cross the reservation or the target."""

    issue: str
    weight: float
    low: float
    high: float
    value_low: float
    value_high: float
    status_low: str
    status_high: str
    crossings: tuple[str, ...]
    #: how far (fraction) the weight must move for the nearest crossing (1.0: none)
    nearest: float = 1.0
    #: how far (fraction) the weight must move for each of ``crossings``, in the same order
    distances: tuple[float, ...] = ()

    @property
    def width(self) -> float:
        return abs(self.value_high - self.value_low)


def _crossing(what: str, shown: float, level: float, issue: str, w: float, vi: float, rest: float,
              now: float | None = None) -> tuple[float, str] | None:
    """Where along the weight of ``issue`` (0..1) the value ``t·vi + (1−t)·rest`` crosses ``level``
    (``shown`` in the sentence): how far the weight must move, and the sentence. ``now``: the
    weight in % as shown everywhere else (rounded to sum to 100; default ``100·w``)."""
    if abs(vi - rest) < 1e-12:
        return None
    t = (level - rest) / (vi - rest)
    if not 0.0 < t < 1.0 or abs(t - w) < 1e-6:
        return None
    rising = (t > w) == (vi > rest)  # moving the weight towards t raises the value
    up = t > w
    if what == "the target":
        if rising and up:
            text = tr("would reach the target {level:.1f} if the weight of {issue} rises above {at:.1f} % "
                      "(now {now:.1f} %)")
        elif rising:
            text = tr("would reach the target {level:.1f} if the weight of {issue} falls below {at:.1f} % "
                      "(now {now:.1f} %)")
        elif up:
            text = tr("would fall short of the target {level:.1f} if the weight of {issue} rises above {at:.1f} % "
                      "(now {now:.1f} %)")
        else:
            text = tr("would fall short of the target {level:.1f} if the weight of {issue} falls below {at:.1f} % "
                      "(now {now:.1f} %)")
    elif rising and up:
        text = tr("would rise above the reservation {level:.1f} if the weight of {issue} rises above {at:.1f} % "
                  "(now {now:.1f} %)")
    elif rising:
        text = tr("would rise above the reservation {level:.1f} if the weight of {issue} falls below {at:.1f} % "
                  "(now {now:.1f} %)")
    elif up:
        text = tr("would fall below the reservation {level:.1f} if the weight of {issue} rises above {at:.1f} % "
                  "(now {now:.1f} %)")
    else:
        text = tr("would fall below the reservation {level:.1f} if the weight of {issue} falls below {at:.1f} % "
                  "(now {now:.1f} %)")
    return abs(t - w), text.format(level=shown, issue=issue, at=100 * t, now=100 * w if now is None else now)


def weight_sensitivity(plan: Plan, package, region: WeightRegion | None = None) -> list[WeightSwing]:
    """For each issue, the package's value and status as its weight moves across its range in
    ``region`` (default: the plan's, or ± 5 points), widest swing first. ``package`` is a
    name or terms."""
    name = package if isinstance(package, str) else None
    terms = plan.package(package) if isinstance(package, str) else package
    target = target_level(plan, name)
    V = np.array([plan.issue(n).value(terms[n]) for n in plan.issue_names])
    w = plan.weight_vector()
    lo, hi = region_bounds(plan, region)
    pct = weights_as_percent(plan.weights)  # "(now 20.3 %)" as the Weights tab shows it
    out = []
    for i, issue in enumerate(plan.issue_names):
        others = 1.0 - w[i]
        rest = float((w @ V - w[i] * V[i]) / others) if others > 1e-12 else 0.0
        vals = [t * V[i] + (1.0 - t) * rest for t in (lo[i], hi[i])]
        st = [package_status(plan, terms, value=v, target=target).status for v in vals]
        now = pct.get(issue)
        cross = [c for c in (_crossing("the reservation", plan.reservation, plan.reservation, issue, w[i], V[i], rest,
                                       now),
                             _crossing("the target", target, target - TARGET_TOLERANCE, issue, w[i], V[i], rest,
                                       now)) if c]
        out.append(WeightSwing(issue, float(w[i]), float(lo[i]), float(hi[i]), vals[0], vals[1], st[0], st[1],
                               tuple(c[1] for c in sorted(cross)), min((c[0] for c in cross), default=1.0),
                               tuple(c[0] for c in sorted(cross))))
    return sorted(out, key=lambda s: -s.width)


def nearest_crossings(swings: Sequence[WeightSwing], limit: int | None = None) -> list[tuple[str, str]]:
    """Every ``(issue, crossing)`` of ``swings``, the one the smallest move of its weight reaches
    first (whatever its issue), at most ``limit`` of them: a short list keeps the closest."""
    found = sorted((d, k, s.issue, c) for k, s in enumerate(swings)
                   for d, c in zip(s.distances or (s.nearest,) * len(s.crossings), s.crossings))
    return [(issue, c) for _d, _k, issue, c in found[:limit]]
