"""The counterpart estimate for the panel: computed off the GUI thread, coalesced, cached.

Estimating the counterpart from a few rounds takes ~0.2 s cold (importance sampling over
20 000 samples plus resample–move), the numbers the panel shows ~30 ms more, the logroll
suggestions ~10 ms: too slow for the GUI thread. :class:`EstimateService` is therefore a
:class:`~meso_desk.app.background.SnapshotService`: requests are coalesced (a weight drag or a
burst of undos costs one computation, of the latest plan), computed by the background facility
(latest wins, nothing queues up) and cached per plan content (issues, our weights, rounds,
hunch, the forecasts contingent rounds read), so undo/redo back to a plan already seen is instant.

A result is an :class:`EstimateSnapshot`: plain numbers and words, ready to paint.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject

from ....model.counterpart.estimate_inputs import forecast_evidence
from ....model.counterpart.inference import estimate_counterpart
from ....model.counterpart.logroll import logroll_suggestions
from ....model.counterpart.sureness import top_issue_grade
from ....model.language import tr
from ....model.plan import Plan
from ...background import SnapshotService, checkpoint

#: Coalescing delay: requests within this many milliseconds are computed once.
COALESCE_MS = 40


def estimate_key(plan: Plan) -> tuple:
    """What the estimate and the suggestions depend on (compared with ``==``; cheap because
    unchanged parts of an edited plan are the same objects): also the forecasts of the events
    that contingent rounds offered clauses on (empty without such rounds)."""
    return (plan.issues, plan.weights, plan.rounds, plan.counterpart_prior, forecast_evidence(plan))


@dataclass(frozen=True)
class EstimateSnapshot:
    """The estimate as the panel shows it (all numbers in fractions, names in plan order)."""

    names: tuple[str, ...]
    weights: dict[str, float]
    intervals: dict[str, tuple[float, float]]
    top: dict[str, float]
    directions: dict[str, dict[str, float]]
    ours: dict[str, float]
    n_observations: int
    n_rounds: int
    tilt: dict[str, float]
    suggestions: tuple[Any, ...] = ()
    headline: str = ""
    detail: str = ""
    seconds: float = 0.0
    #: what their choices tell about their forecasts (one line per event offered contingently)
    forecasts: tuple[str, ...] = ()
    #: how sure, as a key: "none", "guess", "fairly", "shape", "rough", "hardly"
    grade: str = ""
    estimate: Any = field(default=None, compare=False, repr=False)

    @property
    def is_prior(self) -> bool:
        return self.n_observations == 0

    def direction(self, issue: str) -> tuple[str, float]:
        d = self.directions[issue]
        label = max(("opposed", "compatible", "unknown"), key=lambda k: d[k])
        return label, d[label]

    @property
    def most_likely_top(self) -> tuple[str, float]:
        name = max(self.names, key=lambda n: (self.top[n], self.weights[n]))
        return name, self.top[name]


def sureness(*args, **kwargs) -> tuple[str, str]:
    """``(headline, detail)``: how sure the estimate is, in plain words (see :func:`graded`)."""
    return graded(*args, **kwargs)[1:]


def graded(n_observations: int, n_rounds: int, top: dict[str, float], weights: dict[str, float],
           intervals: dict[str, tuple[float, float]], tilt: dict[str, float]) -> tuple[str, str, str]:
    """``(grade, headline, detail)``: how sure the estimate is, as a key and in plain words.

    The headline grades the estimate by how clearly one issue stands out as their top
    one (the question a negotiator asks first); the detail names that issue and says how
    wide the weights' 80 % ranges still are.
    """
    names = list(weights)
    if not names:
        return "none", tr("No issues"), tr("Add issues to the plan first.")
    if n_observations == 0:
        hunch = [n for n, v in tilt.items() if v > 1.0]
        if hunch:
            return ("guess", tr("A guess — no reactions yet"),
                    tr("Your hunch tilts the guess towards {issues}; on every issue they are assumed "
                       "to want the opposite of you. Record their reactions to learn.").format(issues=", ".join(hunch)))
        return ("guess", tr("A guess — no reactions yet"),
                tr("Equal weights, and on every issue they are assumed to want the opposite of you. "
                   "Record their reactions to learn what matters to them."))
    name = max(names, key=lambda k: (top[k], weights[k]))
    p = top[name]
    key = top_issue_grade(p, len(names))  # the model's rule: Next MESOs' words grade the same
    headline = {
        "fairly": (tr("Fairly sure — 1 observation") if n_observations == 1 else
                   tr("Fairly sure — {count} observations")),
        "shape": (tr("Taking shape — 1 observation") if n_observations == 1 else
                  tr("Taking shape — {count} observations")),
        "rough": tr("Rough — 1 observation") if n_observations == 1 else tr("Rough — {count} observations"),
        "hardly": (tr("Hardly more than a guess — 1 observation") if n_observations == 1 else
                   tr("Hardly more than a guess — {count} observations")),
    }[key]
    half = 50.0 * sum(hi - lo for lo, hi in intervals.values()) / len(names)
    if key in ("fairly", "shape"):
        detail = tr("{issue} is probably their top issue ({chance:.0f}\u00a0%). Their weights are known to about "
                    "±{half:.0f}\u00a0points.")
    elif key == "rough":
        detail = tr("{issue} may be their top issue ({chance:.0f}\u00a0%). Their weights are known to about "
                    "±{half:.0f}\u00a0points.")
    else:
        detail = tr("No issue stands out yet as their top one. Their weights are known to about "
                    "±{half:.0f}\u00a0points.")
    return (key, headline.format(count=n_observations),
            detail.format(issue=name, chance=100 * p, half=half))


def compute_snapshot(plan: Plan) -> EstimateSnapshot:
    """The estimate, the suggestions and the words for ``plan`` (runs in a worker thread)."""
    t0 = time.perf_counter()
    est = estimate_counterpart(plan)
    checkpoint()
    weights, intervals, top, directions = est.weights, est.intervals, est.top_issue, est.directions
    try:
        suggestions = tuple(logroll_suggestions(plan, est))
    except ValueError:
        suggestions = ()
    grade, headline, detail = graded(est.n_observations, len(plan.rounds), top, weights, intervals,
                                dict(plan.counterpart_prior))
    return EstimateSnapshot(
        names=tuple(plan.issue_names), weights=dict(weights), intervals=dict(intervals), top=dict(top),
        directions={k: dict(v) for k, v in directions.items()}, ours=dict(plan.weights),
        n_observations=est.n_observations, n_rounds=len(plan.rounds), tilt=dict(plan.counterpart_prior),
        suggestions=suggestions, headline=headline, detail=detail, seconds=time.perf_counter() - t0,
        forecasts=tuple(est.forecast_sentences), grade=grade, estimate=est)


class EstimateService(SnapshotService):
    """Latest-wins, coalesced, cached estimate of the counterpart for one document (emits an
    :class:`EstimateSnapshot`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(compute_snapshot, estimate_key, COALESCE_MS, parent, "estimate")
