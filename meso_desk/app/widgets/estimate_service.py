"""The counterpart estimate for the panel: computed off the GUI thread, coalesced, cached.

Estimating the counterpart from a few rounds takes ~0.2 s cold (importance sampling over
20 000 samples plus resample–move), the numbers the panel shows ~30 ms more, the logroll
suggestions ~10 ms: too slow for the GUI thread. :class:`EstimateService` therefore

* coalesces requests with a single-shot timer (a weight drag or a burst of undos costs one
  computation, of the latest plan);
* computes in a thread pool, one job at a time: while a job runs, newer requests only
  replace the pending plan (latest wins, nothing queues up);
* caches the last few results per plan content (issues, our weights, rounds, hunch), so
  undo/redo back to a plan already seen is instant.

A result is an :class:`EstimateSnapshot`: plain numbers and words, ready to paint.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from ...model.plan import Plan

#: Coalescing delay: requests within this many milliseconds are computed once.
COALESCE_MS = 40
#: Results kept per plan content.
CACHE_SIZE = 12


def estimate_key(plan: Plan) -> tuple:
    """What the estimate and the suggestions depend on (compared with ``==``; cheap because
    unchanged parts of an edited plan are the same objects)."""
    return (plan.issues, plan.weights, plan.rounds, plan.counterpart_prior)


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


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def sureness(n_observations: int, n_rounds: int, top: dict[str, float], weights: dict[str, float],
             intervals: dict[str, tuple[float, float]], tilt: dict[str, float]) -> tuple[str, str]:
    """``(headline, detail)``: how sure the estimate is, in plain words.

    The headline grades the estimate by how clearly one issue stands out as their top
    one (the question a negotiator asks first); the detail names that issue and says how
    wide the weights' 80 % ranges still are.
    """
    names = list(weights)
    if not names:
        return "No issues", "Add issues to the plan first."
    if n_observations == 0:
        hunch = [n for n, v in tilt.items() if v > 1.0]
        if hunch:
            return ("A guess — no reactions yet",
                    f"Your hunch tilts the guess towards {', '.join(hunch)}; on every issue they are assumed "
                    "to want the opposite of you. Record their reactions to learn.")
        return ("A guess — no reactions yet",
                "Equal weights, and on every issue they are assumed to want the opposite of you. "
                "Record their reactions to learn what matters to them.")
    name = max(names, key=lambda k: (top[k], weights[k]))
    p = top[name]
    chance = 1.0 / len(names)
    if p >= 0.75:
        grade = "Fairly sure"
    elif p >= 0.5:
        grade = "Taking shape"
    elif p >= max(0.3, 1.6 * chance):
        grade = "Rough"
    else:
        grade = "Hardly more than a guess"
    half = 50.0 * sum(hi - lo for lo, hi in intervals.values()) / len(names)
    basis = _plural(n_observations, "observation")
    if p >= 0.5:
        who = f"{name} is probably their top issue ({100 * p:.0f}\u00a0%)."
    elif p >= max(0.3, 1.6 * chance):
        who = f"{name} may be their top issue ({100 * p:.0f}\u00a0%)."
    else:
        who = "No issue stands out yet as their top one."
    return f"{grade} — {basis}", f"{who} Their weights are known to about ±{half:.0f}\u00a0points."


def compute_snapshot(plan: Plan) -> EstimateSnapshot:
    """The estimate, the suggestions and the words for ``plan`` (runs in a worker thread)."""
    from ...model.counterpart.inference import estimate_counterpart
    from ...model.counterpart.logroll import logroll_suggestions

    t0 = time.perf_counter()
    est = estimate_counterpart(plan)
    weights, intervals, top, directions = est.weights, est.intervals, est.top_issue, est.directions
    try:
        suggestions = tuple(logroll_suggestions(plan, est))
    except ValueError:
        suggestions = ()
    headline, detail = sureness(est.n_observations, len(plan.rounds), top, weights, intervals,
                                dict(plan.counterpart_prior))
    return EstimateSnapshot(
        names=tuple(plan.issue_names), weights=dict(weights), intervals=dict(intervals), top=dict(top),
        directions={k: dict(v) for k, v in directions.items()}, ours=dict(plan.weights),
        n_observations=est.n_observations, n_rounds=len(plan.rounds), tilt=dict(plan.counterpart_prior),
        suggestions=suggestions, headline=headline, detail=detail, seconds=time.perf_counter() - t0,
        estimate=est)


class _Relay(QObject):
    done = Signal(object)


class _Job(QRunnable):
    def __init__(self, key: tuple, plan: Plan, compute: Callable[[Plan], Any], relay: _Relay) -> None:
        super().__init__()
        self.key, self.plan, self.compute, self.relay = key, plan, compute, relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            out: Any = self.compute(self.plan)
        except Exception as e:  # shown to the user as a line of text
            out = e
        try:
            self.relay.done.emit((self.key, out))
        except RuntimeError:  # pragma: no cover - the panel is gone
            pass


class EstimateService(QObject):
    """Latest-wins, off-thread estimate of the counterpart for one document."""

    #: an :class:`EstimateSnapshot` for the latest requested plan
    ready = Signal(object)
    #: an error message (the plan cannot be estimated, e.g. it has no issues)
    failed = Signal(str)
    #: True while a result for the latest plan is being computed
    busyChanged = Signal(bool)

    def __init__(self, pool: QThreadPool, parent: QObject | None = None,
                 compute: Callable[[Plan], Any] = compute_snapshot) -> None:
        super().__init__(parent)
        self._pool = pool
        self._compute = compute
        self._relay = _Relay(self)
        self._relay.done.connect(self._finished)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self._start)
        self._cache: OrderedDict[int, tuple[tuple, Any]] = OrderedDict()
        self._serial = 0
        self._latest: tuple[tuple, Plan] | None = None
        self._running: tuple | None = None
        self._busy = False
        self._current: EstimateSnapshot | None = None
        #: computations started (for tests: coalescing is observable)
        self.jobs_started = 0

    # -- state ---------------------------------------------------------------------------
    @property
    def current(self) -> EstimateSnapshot | None:
        """The snapshot last emitted."""
        return self._current

    def is_busy(self) -> bool:
        return self._busy

    def cached(self, plan: Plan) -> Any:
        key = estimate_key(plan)
        for serial, (k, out) in self._cache.items():
            if k == key:
                self._cache.move_to_end(serial)
                return out
        return None

    # -- requests ------------------------------------------------------------------------
    def request(self, plan: Plan) -> None:
        """Ask for the estimate of ``plan`` (coalesced; a cached result is emitted at once)."""
        key = estimate_key(plan)
        self._latest = (key, plan)
        hit = self.cached(plan)
        if hit is not None:
            self._timer.stop()
            self._set_busy(False)
            self._emit(hit)
            return
        self._set_busy(True)
        self._timer.start()

    def _start(self) -> None:
        if self._latest is None or self._running is not None:
            return  # the running job's end starts the next one
        key, plan = self._latest
        if self.cached(plan) is not None:
            self._emit(self.cached(plan))
            self._set_busy(False)
            return
        self._running = key
        self.jobs_started += 1
        self._pool.start(_Job(key, plan, self._compute, self._relay))

    def _finished(self, payload: tuple) -> None:
        key, out = payload
        self._running = None
        self._serial += 1
        self._cache[self._serial] = (key, out)
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        if self._latest is not None and self._latest[0] == key:
            self._set_busy(False)
            self._emit(out)
        elif self._latest is not None and not self._timer.isActive():
            self._start()

    def _emit(self, out: Any) -> None:
        if isinstance(out, Exception):
            self.failed.emit(str(out))
            return
        self._current = out
        self.ready.emit(out)

    def _set_busy(self, on: bool) -> None:
        if on != self._busy:
            self._busy = on
            self.busyChanged.emit(on)

    def shutdown(self) -> None:
        """Stop the timer and wait for a running job (the panel is going away)."""
        self._timer.stop()
        self._latest = None
        self._pool.waitForDone()
