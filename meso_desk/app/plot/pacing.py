"""The pacing of the plots' redraws; their heavy part runs on the background facility.

A plot's heavy part (the outcome plot's estimate, exact frontier and density cloud; the value
map's surface and iso-value lines) is pure numpy/model code, computed by a
:class:`~meso_desk.app.background.LatestJob` so that a drag on the GUI thread never waits for
it (``docs/decisions.md``, "The responsiveness budget"): latest wins, a superseded computation
stops at its next checkpoint, the result arrives on the GUI thread.

:class:`RedrawPacer` decides *when* the heavy work is started and its result drawn: not in the
middle of a gesture (changes arriving frame after frame) but once the changes pause, or every
``max_stale_ms`` during a long continuous gesture so that the view still follows it.
:class:`PacedView` is what both plots share.
"""

from __future__ import annotations

import inspect
import time
import weakref
from collections.abc import Callable, Hashable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from ..background import LatestJob, checkpoint

#: the clock of the pacer (a test may replace it)
_now = time.monotonic

#: What does work on the GUI thread a slice per turn of the event loop (the package panel making
#: the cards of a new set): while any of it is under way, the plots' redraws wait for it
_sliced: weakref.WeakSet = weakref.WeakSet()
#: the turns of the event loop a waiting redraw lets pass after the slices are done
AFTER_SLICES_TURNS = 2


def yield_to(worker: QObject) -> None:
    """``worker.works_in_slices()`` says while it does GUI work a slice per turn: the plots'
    redraws wait until it is done (never longer than their pacer's ``max_stale_ms``) — a turn that
    makes a card and redraws the map was 45–70 ms on a big plan, each alone 10–20."""
    _sliced.add(worker)


def slices_under_way() -> bool:
    """True while some GUI work registered with :func:`yield_to` is under way."""
    return any(shiboken6.isValid(w) and w.works_in_slices() for w in list(_sliced))


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
        self._after_slices = 0
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
    def holds(self) -> bool:
        """The heavy work waits: changes are still coming (a burst) or GUI work is under way a
        slice per turn (:func:`yield_to`)."""
        return self._gap > 0 or slices_under_way()

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
        if quiet >= self._gap and age < self.max_stale_ms and (slices_under_way() or self._after_slices):
            # after the slices of GUI work under way (yield_to), and not in the turn of the last
            # one nor the next (a zero-interval timer fires once a turn of the event loop)
            self._after_slices = AFTER_SLICES_TURNS if slices_under_way() else self._after_slices - 1
            self._timer.start(0)
            return
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

    def _init_pacing(self, document, compute: Callable[..., Any], name: str, on_result) -> None:
        """``compute`` is a generator function of the payload (each ``yield`` a checkpoint) or
        ``compute(payload, stale)``, where ``stale()`` stops a superseded computation."""
        self._dirty = True
        self._catching_up = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._update)
        if not inspect.isgeneratorfunction(compute):
            plain = compute

            def compute(payload: Any) -> Any:
                return plain(payload, checkpoint)
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
        return self._dirty and (self._timer.isActive() or self._catching_up or self._job.is_busy()
                                or self._pacer.waiting)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._dirty and not self._timer.isActive():  # uncovered again (its tab raised): catch up
            self._timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self._after_paint()

    def _after_paint(self, changed: bool = False) -> None:
        """Catch up on the changes (and a new one, ``changed``) once what is shown now has been
        painted: shown again (a workspace switch paints the whole window, and the plot redrawn in
        that turn of the event loop was painted a second time in it: 10–20 ms of the switch on a
        big plan)."""
        if changed:
            self._dirty = True
            self._pacer.changed()
        if not self._catching_up:
            self._catching_up = True
            QTimer.singleShot(0, self, self._catch_up)

    def _catch_up(self) -> None:
        self._catching_up = False
        if self._dirty and not self._timer.isActive():
            self._timer.start()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.shutdown()
