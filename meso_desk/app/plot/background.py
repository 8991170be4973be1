"""Latest-wins background computation for a plot, and the pacing of its redraws.

A plot's heavy part (the outcome plot's estimate, exact frontier and density cloud; the value
map's surface and iso-value lines) is pure numpy/model code. :class:`LatestJob` runs it in a
worker thread so that a drag on the GUI thread never waits for it (``docs/decisions.md``,
"Responsiveness budget"):

* one job in flight and at most one pending: a new request replaces the pending one, and a
  job that has been superseded stops at its next checkpoint (``stale()``) — nothing queues up;
* results arrive on the GUI thread (``done(key, result)``); a result for anything but the
  latest request is dropped there;
* :meth:`LatestJob.shutdown` drops the pending request and waits for the running job; a
  later request starts a new worker.

:class:`RedrawPacer` decides *when* the heavy work is started and its result drawn: not in the
middle of a gesture (changes arriving frame after frame) but once the changes pause, or every
``max_stale_ms`` during a long continuous gesture so that the view still follows it.

Nothing here touches a widget from the worker: the compute function gets the payload and a
``stale`` callable, and returns a plain object.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Hashable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

#: the clock of the pacer (a test may replace it)
_now = time.monotonic


#: Niceness of the worker threads (Linux): the scheduler then gives a core to the GUI thread
#: first when a drag and a computation want one at the same time.
WORKER_NICENESS = 10
_niced: set[int] = set()


def _yield_to_the_gui() -> None:
    """Lower the calling worker thread's priority once (Linux threads have their own nice
    value; elsewhere this does nothing)."""
    tid = threading.get_native_id()
    if tid in _niced or not hasattr(os, "setpriority"):
        return
    _niced.add(tid)
    try:
        os.setpriority(os.PRIO_PROCESS, tid, min(19, os.getpriority(os.PRIO_PROCESS, tid) + WORKER_NICENESS))
    except OSError:
        pass


class Superseded(Exception):
    """Raised by a compute function (via ``stale()``) when a newer request has replaced it."""


class _Relay(QObject):
    done = Signal(object, object)


class LatestJob(QObject):
    """Run ``compute(payload, stale)`` in one worker thread, latest request wins.

    ``compute`` must not touch Qt widgets; it may call ``stale()`` between its stages, which
    raises :class:`Superseded` once a newer request is waiting. ``done(key, result)`` is
    emitted on the GUI thread for the result of the newest request only (``result`` is the
    exception when the computation failed)."""

    done = Signal(object, object)

    def __init__(self, compute: Callable[[Any, Callable[[], None]], Any], parent: QObject | None = None,
                 name: str = "plot") -> None:
        super().__init__(parent)
        self._compute = compute
        self._name = name
        self._lock = threading.Lock()
        self._executor: ThreadPoolExecutor | None = None
        self._running: Future | None = None
        self._running_key: Hashable | None = None
        self._pending: tuple[Hashable, Any] | None = None
        self._wanted: Hashable | None = None
        self._serial = 0  # bumped by every request: a job started for an older serial is stale
        self._relay = _Relay(self)
        self._relay.done.connect(self._finished)
        #: for tests and benchmarks
        self.jobs_started = 0
        self.jobs_superseded = 0

    # -------------------------------------------------------------------- GUI thread
    @property
    def wanted(self) -> Hashable | None:
        """The key of the newest request (None after :meth:`cancel`)."""
        return self._wanted

    def is_busy(self) -> bool:
        return self._running is not None or self._pending is not None

    def request(self, key: Hashable, payload: Any) -> None:
        """Compute ``payload`` (identified by ``key``) as soon as the worker is free."""
        with self._lock:
            self._serial += 1
            self._wanted = key
            if self._running is not None and self._running_key == key:
                self._pending = None  # the job in flight is already computing this
                return
            self._pending = (key, payload)
        if self._running is None:
            self._start()

    def cancel(self) -> None:
        """Forget the pending request; a result still on its way is dropped."""
        with self._lock:
            self._serial += 1
            self._pending = None
            self._wanted = None

    def shutdown(self) -> None:
        """Drop what is pending and wait for the job in flight (the window is closing)."""
        self.cancel()
        ex, self._executor = self._executor, None
        if ex is not None:
            ex.shutdown(wait=True, cancel_futures=True)
        self._running = None
        self._running_key = None

    def _start(self) -> None:
        with self._lock:
            if self._pending is None:
                return
            key, payload = self._pending
            self._pending = None
            serial = self._serial
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"meso-{self._name}")
        self._running_key = key
        self.jobs_started += 1
        self._running = self._executor.submit(self._run, key, payload, serial)

    def _finished(self, key: Hashable, result: Any) -> None:
        self._running = None
        self._running_key = None
        if isinstance(result, Superseded):
            self.jobs_superseded += 1
        elif key == self._wanted:
            self.done.emit(key, result)
        if self._pending is not None:
            self._start()

    # -------------------------------------------------------------------- worker thread
    def _run(self, key: Hashable, payload: Any, serial: int) -> None:
        _yield_to_the_gui()

        def stale() -> None:
            if self._serial != serial and self._pending is not None:
                raise Superseded()

        try:
            result: Any = self._compute(payload, stale)
        except Superseded as e:
            result = e
        except Exception as e:  # shown by the plot, never lost in the thread
            result = e
        try:
            self._relay.done.emit(key, result)
        except RuntimeError:  # the plot is gone
            pass


class RedrawPacer(QObject):
    """When a plot does its heavy work: once the changes pause.

    Call :meth:`changed` on every change and :meth:`ready` when heavy work is waiting (a new
    basis to compute, or a computed one to draw); :meth:`drawn` after drawing. ``fire`` is
    emitted (GUI thread) when work is waiting and either

    * the changes have paused: no change for the gap — a little more than the interval
      between the last two changes (the input rate of a drag, at most ``gap_ms``), or no
      wait at all after a lone change (a typed value, an undo); or
    * the first change not yet drawn is ``max_stale_ms`` old (a long continuous drag still
      sees the view follow it, a few times a second).

    So a drag is never held up: its heavy views are computed and drawn between its bursts."""

    #: ``fire(stale)``: ``stale`` is True when it fires because the view is ``max_stale_ms``
    #: behind in the middle of a gesture (not because the changes paused)
    fire = Signal(bool)

    #: A change further apart from the previous one than this is a lone change.
    LONE_MS = 150.0

    def __init__(self, parent: QObject | None = None, gap_ms: int = 24, max_stale_ms: int = 1000) -> None:
        super().__init__(parent)
        self.gap_ms = gap_ms
        self.max_stale_ms = max_stale_ms
        self._last_change = 0.0
        self._gap = 0.0
        self._first_undrawn: float | None = None
        self._ready = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)

    def changed(self) -> None:
        now = _now()
        interval = (now - self._last_change) * 1e3
        # inside a burst of changes wait a little more than their interval; none after a lone one
        self._gap = 0.0 if interval > self.LONE_MS else min(float(self.gap_ms), 1.3 * interval + 2.0)
        if self._first_undrawn is None:
            self._first_undrawn = now
        self._last_change = now

    @property
    def gap(self) -> float:
        """The pause (ms) that counts as the end of the current burst of changes."""
        return self._gap

    def ready(self) -> None:
        self._ready = True
        self._check()

    def settle(self) -> None:
        """The gesture has ended (slider or mouse released): no more changes are coming, so
        what waits for a pause is done now."""
        self._gap = 0.0
        self._check()

    def drawn(self) -> None:
        self._ready = False
        self._first_undrawn = None
        self._timer.stop()

    @property
    def waiting(self) -> bool:
        """Heavy work is waiting for the changes to pause."""
        return self._ready

    def _check(self) -> None:
        if not self._ready:
            return
        now = _now()
        quiet = (now - self._last_change) * 1e3
        age = (now - (self._first_undrawn if self._first_undrawn is not None else now)) * 1e3
        if quiet >= self._gap or age >= self.max_stale_ms:
            self._ready = False
            self._timer.stop()
            self.fire.emit(quiet < self._gap)
            return
        wait = min(self._gap - quiet, self.max_stale_ms - age)
        self._timer.start(max(1, int(wait + 0.999)))


class PacedView:
    """What both plots share, mixed in before ``QWidget``: a zero-interval timer that turns the
    changes of one event-loop pass into one ``_update()``, a :class:`LatestJob` for the heavy
    part (``on_result(key, result)`` on the GUI thread), a :class:`RedrawPacer` that calls
    ``_heavy(stale)``, catching up when the view is uncovered, and background work stopped
    when it is hidden (``shutdown()``, the plot's own)."""

    def _init_pacing(self, document, compute, name: str, on_result) -> None:
        self._dirty = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._update)
        self._job = LatestJob(compute, self, name)
        self._job.done.connect(on_result)
        self._pacer = RedrawPacer(self)
        self._pacer.fire.connect(self._heavy)
        document.gestureEnded.connect(self._pacer.settle)

    def _request(self, key: Hashable, payload: Any) -> None:
        """Have the worker compute ``key`` unless it is already on it."""
        if not (self._job.wanted == key and self._job.is_busy()):
            self._job.request(key, payload)

    def _on_screen(self) -> bool:
        """Shown and not hidden behind a tab (a tabbed-away dock stays "visible" in Qt)."""
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def is_busy(self) -> bool:
        """True while a redraw is on its way (screenshots and tests wait for it)."""
        return self._dirty and (self._timer.isActive() or self._job.is_busy() or self._pacer.waiting)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._dirty and not self._timer.isActive():  # uncovered again (its tab raised): catch up
            self._timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self._timer.start()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.shutdown()
