"""The Deal panel's numbers, computed off the GUI thread: the ZOPA, their walk-away and the
post-settlement suggestions.

They need the counterpart estimate (a fraction of a second cold), a frontier per posterior
sample (the chance that a ZOPA exists) and the post-settlement search (~0.1 s). Like the
counterpart panel's estimate they are requested on every change, coalesced (a burst of edits
costs one computation, of the latest plan), computed one job at a time in a thread pool
(latest wins, nothing queues up) and cached per plan content, so undo/redo is instant.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from ...model.plan import Plan

COALESCE_MS = 60
CACHE_SIZE = 12


def deal_key(plan: Plan) -> tuple:
    """What the deal numbers depend on (compared with ``==``)."""
    return (plan.issues, plan.weights, plan.rounds, plan.counterpart_prior, plan.reservation,
            plan.their_reservation, plan.their_reservation_uncertainty,
            None if plan.agreement is None else plan.agreement.terms)


@dataclass(frozen=True, eq=False)
class DealSnapshot:
    zopa: Any
    their: Any
    settlement: Any  # PostSettlement, or None without an agreement
    seconds: float


def compute_deal(plan: Plan) -> DealSnapshot:
    """The ZOPA, their reservation and the post-settlement suggestions (runs in a worker)."""
    from ...model.counterpart.inference import estimate_counterpart
    from ...model.deal.zopa import zopa
    from ...model.deal.post_settlement import post_settlement

    t0 = time.perf_counter()
    est = estimate_counterpart(plan) if plan.issues else None
    z = zopa(plan, est)
    pss = post_settlement(plan, None, 3, estimate=est) if plan.agreement is not None and plan.issues else None
    return DealSnapshot(z, z.their, pss, time.perf_counter() - t0)


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
        except Exception as e:  # shown as a line of text
            out = e
        try:
            self.relay.done.emit((self.key, out))
        except RuntimeError:  # pragma: no cover - the panel is gone
            pass


class DealService(QObject):
    """Latest-wins, off-thread deal numbers for one document."""

    ready = Signal(object)
    failed = Signal(str)
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, compute: Callable[[Plan], Any] = compute_deal) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
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
        self.current: Any = None
        self.jobs_started = 0

    def is_busy(self) -> bool:
        return self._busy

    def _cached(self, key: tuple) -> Any:
        for serial, (k, out) in self._cache.items():
            if k == key:
                self._cache.move_to_end(serial)
                return out
        return None

    def request(self, plan: Plan) -> None:
        key = deal_key(plan)
        self._latest = (key, plan)
        hit = self._cached(key)
        if hit is not None:
            self._timer.stop()
            self._set_busy(False)
            self._emit(hit)
            return
        self._set_busy(True)
        self._timer.start()

    def _start(self) -> None:
        if self._latest is None or self._running is not None:
            return
        key, plan = self._latest
        hit = self._cached(key)
        if hit is not None:
            self._set_busy(False)
            self._emit(hit)
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
        self.current = out
        self.ready.emit(out)

    def _set_busy(self, on: bool) -> None:
        if on != self._busy:
            self._busy = on
            self.busyChanged.emit(on)

    def shutdown(self) -> None:
        self._timer.stop()
        self._latest = None
        self._pool.waitForDone()
