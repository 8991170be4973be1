"""Start-up probe: report when the first window has been painted (for ``benchmarks/bench_startup.py``).

Off unless the environment asks for it, so the normal program pays one ``os.environ`` lookup:

    MESO_DESK_STARTUP_PROBE=1      print one line to stderr after the first paint of a top-level window
    MESO_DESK_STARTUP_PROBE=exit   the same, then quit the event loop (a start-up benchmark run)

The line reads ``meso-desk startup-probe: first-paint epoch=<unix time> since-process-start=<s>``;
``epoch`` lets a parent process that noted the time before starting this one compute the cold start
including the executable's own loading; ``since-process-start`` is measured inside the process from
the kernel's start time of the process (Linux, 10 ms resolution; ``nan`` where unknown).

The application calls :func:`install` once, right after it creates the ``QApplication`` and before
it shows the window.
"""

from __future__ import annotations

import math
import os
import sys
import time

ENV = "MESO_DESK_STARTUP_PROBE"
PREFIX = "meso-desk startup-probe:"


def mode() -> str:
    """``""`` (off), ``"report"`` or ``"exit"``."""
    v = os.environ.get(ENV, "").strip().lower()
    if v in ("", "0", "no", "false", "off"):
        return ""
    return "exit" if v in ("exit", "quit") else "report"


def seconds_since_process_start() -> float:
    """Seconds since the kernel started this process, from ``/proc`` (``nan`` where unavailable)."""
    try:
        with open("/proc/self/stat", "rb") as f:
            stat = f.read()
        # Field 22 (starttime, clock ticks after boot) — counted after the ")" closing the command name.
        start_ticks = int(stat[stat.rindex(b")") + 2 :].split()[19])
        with open("/proc/uptime", "rb") as f:
            uptime = float(f.read().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return math.nan


def report_line(now: float | None = None) -> str:
    now = time.time() if now is None else now
    return f"{PREFIX} first-paint epoch={now:.6f} since-process-start={seconds_since_process_start():.3f}"


def parse_line(text: str) -> dict[str, float] | None:
    """The numbers of the probe line in ``text`` (the first one), or None when there is none."""
    for line in text.splitlines():
        if line.startswith(PREFIX):
            out = {}
            for part in line[len(PREFIX) :].split():
                if "=" in part:
                    k, v = part.split("=", 1)
                    out[k] = float(v)
            return out
    return None


def install(app) -> object | None:
    """Watch ``app`` for the first paint of a visible top-level window; no-op when the probe is off.

    Returns the event filter (owned by ``app``) or None.
    """
    m = mode()
    if not m:
        return None
    # Qt is imported here so that the module stays Qt-free (benchmarks/bench_startup.py reads
    # the probe line with parse_line in a process that never loads Qt)
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QWidget

    class _FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__(app)
            self._seen = False

        def eventFilter(self, obj, event):
            if (not self._seen and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget)
                    and obj.isWindow() and obj.isVisible()):
                self._seen = True
                # Report once this paint pass has finished and reached the backing store.
                QTimer.singleShot(0, self._report)
            return False

        def _report(self) -> None:
            app.removeEventFilter(self)
            stream = sys.stderr or sys.__stderr__
            if stream is not None:
                print(report_line(), file=stream, flush=True)
            if m == "exit":
                app.quit()

    probe = _FirstPaint()
    app.installEventFilter(probe)
    return probe
