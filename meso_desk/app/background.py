"""The one way MESO Desk runs work off the GUI thread.

Every heavy computation the window starts — both plots, the counterpart estimate, the deal
numbers, MESO generation — goes through a :class:`LatestJob` (or a :class:`SnapshotService`,
a coalesced and cached use of one). The rules (``docs/architecture.md``, "Background work"):

* **latest wins**: one job in flight per :class:`LatestJob` and at most one pending request;
  a new request replaces the pending one, nothing queues up;
* **superseded jobs stop early**: a job whose request has been replaced stops at its next
  checkpoint — a ``yield`` in a generator function, or a call of :func:`checkpoint` in a
  plain one (both raise nothing in the caller: the job just ends, its result is dropped);
* **results on the GUI thread**: ``done(key, result)`` is emitted on the GUI thread for the
  newest request only; ``result`` is the exception when the computation failed (shown as
  text by the view, never lost in the thread);
* **shutdown**: :meth:`LatestJob.shutdown` drops what is pending and waits for the job in
  flight; :func:`shutdown` does it for every job and runs when the application quits (and at
  interpreter exit), so no worker thread outlives the ``QApplication``;
* :func:`is_busy` (any job) and :meth:`LatestJob.is_busy` for screenshots and tests.

The compute function runs in a worker thread: it gets the payload, must not touch a widget
and returns a plain object.

Usage::

    from meso_desk.app.background import LatestJob, checkpoint

    def compute(plan):                       # a generator: each ``yield`` is a checkpoint
        est = estimate_counterpart(plan)
        yield
        return logroll_suggestions(plan, est)

    job = LatestJob(compute, parent=self, name="estimate")
    job.done.connect(self._on_result)        # (key, result or exception), GUI thread
    job.request(key, plan)                   # latest wins
    ...
    job.shutdown()                           # the widget is closing

    def slow(payload):                       # a plain function: checkpoint() between stages
        a = stage_one(payload)
        checkpoint()
        return stage_two(a)

The workers are ``superqt`` generator workers (``superqt.utils.GeneratorWorker``: a runnable
whose signals reach the GUI thread, stepping through a generator). What superqt does not
provide is kept here, with the reason beside it: the latest-wins bookkeeping per job; the
decision to stop, taken at the checkpoint rather than when a request arrives (a request may
come back to the job in flight, which then goes on); one bounded pool with lower-priority
threads; and the interpreter switch interval the plots rely on.
"""

from __future__ import annotations

import atexit
import inspect
import os
import sys
import threading
import weakref
from collections.abc import Callable, Hashable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QWidget

#: Threads of the one pool: one per view that computes in the background (value map, outcome
#: plot, estimate, deal, MESO generation in the panel and in the dialog), so that a slow
#: estimate never holds up a plot.
MAX_THREADS = 6

#: Niceness added to every worker thread (Linux): the scheduler then gives a core to the GUI
#: thread first when a drag and a computation want one at the same time. Qt's thread priorities
#: do nothing for ordinary Linux threads, so this is done with ``os.setpriority``.
WORKER_NICENESS = 10

#: The interpreter hands the GIL back to the GUI thread within this many seconds while a worker
#: computes (Python's default is 5 ms, a third of a frame). Not a superqt concern.
SWITCH_INTERVAL = 0.001

_pool: QThreadPool | None = None
_jobs: weakref.WeakSet[LatestJob] = weakref.WeakSet()
_local = threading.local()
_niced: set[int] = set()


class Superseded(Exception):
    """Raised by :func:`checkpoint` when the running job's request has been replaced."""


def checkpoint() -> None:
    """In a plain compute function: stop here (raise :class:`Superseded`) when a newer request
    waits for this job's worker. Does nothing outside a job."""
    ticket = getattr(_local, "ticket", None)
    if ticket is not None and ticket.superseded():
        raise Superseded()


def pool() -> QThreadPool:
    """The one thread pool of the background jobs (created on first use)."""
    global _pool
    if _pool is None:
        # superqt's ``worker.start()`` uses Qt's global pool (as many threads as cores, shared
        # with anything else): a bounded pool of our own keeps the plots from waiting behind
        # an estimate, and is the one thing to wait for at shutdown.
        _pool = QThreadPool()
        _pool.setMaxThreadCount(MAX_THREADS)
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL))
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(shutdown)
    return _pool


def is_busy() -> bool:
    """True while any background job is running or waiting to run (a job whose owner is gone —
    its Qt object deleted while a result was due — never runs again, and is not waiting)."""
    return any(job.is_busy() for job in list(_jobs) if shiboken6.isValid(job))


def shutdown() -> None:
    """Stop every job and wait for the worker threads (the application is quitting)."""
    for job in list(_jobs):
        job.shutdown()
    if _pool is not None:
        _pool.waitForDone()


atexit.register(shutdown)

#: The longest background work waits for the window's first paint (a window that is never
#: painted — hidden, minimised — must not hold it back for ever).
HOLD_MAX_MS = 2000

_held = False


def hold_until_painted(window: QObject) -> None:
    """At start-up: start no background work until ``window`` has been painted once.

    Requests made before are kept (latest wins, as always) and start right after the first
    paint. The window then appears without the plots' and the estimate's worker threads
    competing with it for the interpreter — their results could not be shown before the first
    paint anyway — and superqt's import happens after it too (``benchmarks/run_all.py``, cold
    start)."""
    global _held
    _held = True

    class _FirstPaint(QObject):
        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                QTimer.singleShot(0, release)  # once this paint pass is done
            return False

    gate = _FirstPaint(window)
    window.installEventFilter(gate)
    QTimer.singleShot(HOLD_MAX_MS, release)


def release() -> None:
    """Start the background work held by :func:`hold_until_painted` (idempotent)."""
    global _held
    if not _held:
        return
    _held = False
    for job in list(_jobs):
        if job._ticket is None:
            job._start()


def _lower_priority() -> None:
    """Lower the calling worker thread's priority once (Linux threads have their own nice value;
    elsewhere this does nothing)."""
    tid = threading.get_native_id()
    if tid in _niced or not hasattr(os, "setpriority"):
        return
    _niced.add(tid)
    try:
        os.setpriority(os.PRIO_PROCESS, tid, min(19, os.getpriority(os.PRIO_PROCESS, tid) + WORKER_NICENESS))
    except OSError:
        pass


class _Ticket:
    """One run of a job: what the worker thread reads and writes (no Qt objects)."""

    def __init__(self, job: LatestJob, key: Hashable, serial: int) -> None:
        self.key = key
        self.serial = serial
        self.result: Any = None
        self.cancelled = False  # set by LatestJob.shutdown()
        self.ended = threading.Event()
        self._job = weakref.ref(job)

    def superseded(self) -> bool:
        job = self._job()
        return self.cancelled or job is None or job.supersedes(self.serial)


def _generator_worker() -> type:
    # imported on first use: superqt's package imports every widget it has and qtpy (which loads
    # Qt's OpenGL module), about 0.1 s of start-up that the window's first paint does not need
    # (the first job starts after it: hold_until_painted)
    from superqt.utils import GeneratorWorker

    return GeneratorWorker


def _steps(compute: Callable[[Any], Any], payload: Any, ticket: _Ticket):
    """The generator the superqt worker drives: runs ``compute`` (stepping through it when it is
    a generator), stops at a checkpoint when superseded, and leaves the outcome in the ticket
    (a result, the exception, or :class:`Superseded`) — never raises, so that every run ends
    with superqt's ``finished``."""
    _lower_priority()
    _local.ticket = ticket
    try:
        out = compute(payload)
        if inspect.isgenerator(out):
            while True:
                try:
                    next(out)
                except StopIteration as stop:
                    out = stop.value
                    break
                if ticket.superseded():
                    out.close()
                    raise Superseded()
                yield
        ticket.result = out
    except Exception as e:  # Superseded, or a model error the view shows as text
        ticket.result = e
    finally:
        _local.ticket = None
        ticket.ended.set()


class LatestJob(QObject):
    """Run ``compute(payload)`` in the pool, one job at a time, the latest request winning.

    ``compute`` is a generator function (each ``yield`` is a checkpoint; its ``return`` value is
    the result) or a plain function (which may call :func:`checkpoint`). ``done(key, result)``
    is emitted on the GUI thread for the newest request only (``result`` is the exception when
    the computation failed)."""

    done = Signal(object, object)

    def __init__(self, compute: Callable[[Any], Any], parent: QObject | None = None, name: str = "job") -> None:
        super().__init__(parent)
        self.compute = compute
        self.name = name
        self._lock = threading.Lock()
        self._ticket: _Ticket | None = None
        self._pending: tuple[Hashable, Any] | None = None
        self._wanted: Hashable | None = None
        self._serial = 0  # bumped by every request: a job started for an older serial is stale
        #: for tests and benchmarks
        self.jobs_started = 0
        self.jobs_superseded = 0
        _jobs.add(self)

    # -------------------------------------------------------------------- GUI thread
    @property
    def wanted(self) -> Hashable | None:
        """The key of the newest request (None after :meth:`cancel`)."""
        return self._wanted

    def is_busy(self) -> bool:
        return self._ticket is not None or self._pending is not None

    def is_running(self, key: Hashable) -> bool:
        """True while the job in flight computes ``key``."""
        return self._ticket is not None and self._ticket.key == key

    def request(self, key: Hashable, payload: Any) -> None:
        """Compute ``payload`` (identified by ``key``) as soon as the worker is free; a job in
        flight for another key stops at its next checkpoint."""
        with self._lock:
            self._serial += 1
            self._wanted = key
            if self.is_running(key):
                self._pending = None  # the job in flight is already computing this
                return
            self._pending = (key, payload)
        if self._ticket is None:
            self._start()

    def cancel(self) -> None:
        """Forget the pending request; a result still on its way is dropped."""
        with self._lock:
            self._serial += 1
            self._pending = None
            self._wanted = None

    def shutdown(self) -> None:
        """Drop what is pending, stop the job in flight at its next checkpoint and wait for it
        (the view is hidden or closing). A later request starts again."""
        self.cancel()
        ticket = self._ticket
        if ticket is not None:
            # a flag the checkpoints read, not superqt's ``quit()``: a quit generator worker
            # leaves our generator suspended, and its end (``ticket.ended``) would never come
            ticket.cancelled = True
            ticket.ended.wait()
        self._ticket = None

    def supersedes(self, serial: int) -> bool:
        """(any thread) True when a request newer than ``serial`` waits to run."""
        return self._serial != serial and self._pending is not None

    def _start(self) -> None:
        with self._lock:
            if self._pending is None or _held:  # held: started by release()
                return
            key, payload = self._pending
            self._pending = None
            ticket = _Ticket(self, key, self._serial)
        worker = _generator_worker()(_steps, self.compute, payload, ticket)
        worker.finished.connect(self._finished)  # queued: runs on the GUI thread
        self._ticket = ticket
        self.jobs_started += 1
        pool().start(worker)

    def _finished(self) -> None:
        ticket = self._ticket
        if ticket is None or not ticket.ended.is_set():
            return  # the ``finished`` of a run that shutdown() already waited for
        self._ticket = None
        if isinstance(ticket.result, Superseded):
            self.jobs_superseded += 1
        elif ticket.key == self._wanted:
            self.done.emit(ticket.key, ticket.result)
        if self._pending is not None:
            self._start()


class SnapshotService(QObject):
    """A :class:`LatestJob` for views that show numbers computed from the whole plan (the
    counterpart estimate, the deal numbers): requests are coalesced (a weight drag or a burst
    of undos costs one computation, of the latest plan) and the last results are cached per
    ``key(plan)``, so undo/redo back to a plan already seen is instant."""

    #: the snapshot for the latest requested plan
    ready = Signal(object)
    #: an error message (the plan cannot be computed, e.g. it has no issues)
    failed = Signal(str)
    #: True while a result for the latest plan is being computed
    busyChanged = Signal(bool)

    #: results kept per plan content
    CACHE_SIZE = 12

    def __init__(self, compute: Callable[[Any], Any], key: Callable[[Any], Hashable], coalesce_ms: int,
                 parent: QObject | None = None, name: str = "snapshot") -> None:
        super().__init__(parent)
        #: the compute function (a test may wrap it)
        self.compute = compute
        self._key = key
        self._job = LatestJob(lambda plan: self.compute(plan), self, name)
        self._job.done.connect(self._finished)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(coalesce_ms)
        self._timer.timeout.connect(self._start)
        self._cache: list[tuple[Any, Any]] = []  # (key, result), oldest first
        self._latest: tuple[Hashable, Any] | None = None
        self._busy = False
        self._current: Any = None

    @property
    def current(self) -> Any:
        """The snapshot last emitted."""
        return self._current

    @property
    def jobs_started(self) -> int:
        """Computations started (coalescing and caching are observable in tests)."""
        return self._job.jobs_started

    def is_busy(self) -> bool:
        return self._busy

    def cached(self, plan: Any) -> Any:
        """The cached result for ``plan``'s content, or None."""
        key = self._key(plan)
        for i, (k, out) in enumerate(self._cache):
            # compared with ``==`` (keys hold plan parts, not hashable): cheap, because the
            # unchanged parts of an edited plan are the same objects
            if k == key:
                self._cache.append(self._cache.pop(i))
                return out
        return None

    def request(self, plan: Any) -> None:
        """Ask for the snapshot of ``plan`` (coalesced; a cached result is emitted at once)."""
        self._latest = (self._key(plan), plan)
        hit = self.cached(plan)
        if hit is not None:
            self._timer.stop()
            self._set_busy(False)
            self._emit(hit)
            return
        self._set_busy(True)
        self._timer.start()

    def _start(self) -> None:
        if self._latest is not None:
            self._job.request(*self._latest)

    def _finished(self, key: Hashable, out: Any) -> None:
        self._cache.append((key, out))
        del self._cache[:-self.CACHE_SIZE]
        if self._latest is not None and self._latest[0] == key:
            self._set_busy(False)
            self._emit(out)

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
        """Stop the timer and the job in flight (the view is going away)."""
        self._timer.stop()
        self._latest = None
        self._set_busy(False)
        self._job.shutdown()


class OnScreenView(QWidget):
    """A view that asks its background jobs for numbers only while it is on screen and no drag is
    under way (the Risk and Bets view, the Suppliers view): an edit marks it *dirty*; ``refresh``
    runs when it is shown, when the drag ends, or at once when it is already showing. A subclass
    implements :meth:`refresh` (calling :meth:`ready` first) and lists its jobs in ``_jobs``."""

    def __init__(self, document: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self._dirty = True
        self._jobs: list[LatestJob] = []
        document.gestureEnded.connect(self._gesture_ended)

    def ready(self) -> bool:
        """On screen and not in a drag: a request may go out now. A dock tabbed behind another
        stays "visible" to Qt; its region on screen is empty."""
        return self.isVisible() and not self.visibleRegion().isEmpty() and not self._doc.in_gesture

    def refresh(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def shown_clean(self) -> None:
        """Shown again with nothing changed meanwhile (a subclass may ask for what follows the
        selection)."""

    def _gesture_ended(self) -> None:
        if self._dirty:
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._follow_dock()
        if self._dirty:
            self.refresh()
        else:
            self.shown_clean()

    def _follow_dock(self) -> None:
        """Its dock's tab raised (no show event: it never stopped being "visible") catches up too."""
        if getattr(self, "_dock", None) is not None:
            return
        w = self.parentWidget()
        while w is not None and not isinstance(w, QDockWidget):
            w = w.parentWidget()
        self._dock = w
        if w is not None:
            w.visibilityChanged.connect(self._dock_visibility)

    def _dock_visibility(self, shown: bool) -> None:
        if shown and self._dirty:
            QTimer.singleShot(0, self, self.refresh)  # once laid out: its region is known then

    def is_busy(self) -> bool:
        return any(j.is_busy() for j in self._jobs)

    def shutdown(self) -> None:
        for j in self._jobs:
            j.shutdown()
