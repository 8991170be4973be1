"""Quit cleanly on Ctrl+C (SIGINT) and SIGTERM: keep the unsaved work in the recovery copy, then
leave the event loop with the shell's exit code (128 + signal: 130, 143).

Python runs a signal handler only when the interpreter next runs Python code, and while Qt idles in
its C++ event loop none runs at all; Python's default SIGINT handler also raises
``KeyboardInterrupt`` inside whatever Python callback Qt calls next (an event filter), where PySide
prints it and carries on. So the handlers here only note the signal, and ``signal.set_wakeup_fd``
writes a byte to one end of a ``socket.socketpair()`` (works on Windows too) whose other end a
``QSocketNotifier`` watches: the event loop wakes at once, Python runs the handler, and the quit
happens from the event loop, never inside an arbitrary callback.

    quitter = SignalQuitter(win, quit=app.exit)   # run() does this for the window
    ...
    quitter.uninstall()                           # previous handlers and wakeup fd back
"""

from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

log = logging.getLogger(__name__)

#: the signals handled where the platform has them (Windows has no SIGTERM from a terminal, but
#: ``signal.SIGTERM`` exists there too)
SIGNALS = tuple(s for s in (getattr(signal, "SIGINT", None), getattr(signal, "SIGTERM", None)) if s)


def exit_code(signum: int) -> int:
    """The shell's convention for a process ended by a signal: 128 + its number."""
    return 128 + int(signum)


class SignalQuitter(QObject):
    """Handles SIGINT/SIGTERM for ``window``: autosave unsaved changes, then ``quit(128 + signal)``.

    Must be made in the main thread (``signal.signal`` and ``set_wakeup_fd`` require it)."""

    def __init__(self, window, quit: Callable[[int], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self._quit = quit
        #: the first signal received (None until one arrives) and the exit code it asked for
        self.signum: int | None = None
        self.code: int | None = None
        self._rsock, self._wsock = socket.socketpair()
        self._rsock.setblocking(False)
        self._wsock.setblocking(False)
        self._old_fd = signal.set_wakeup_fd(self._wsock.fileno(), warn_on_full_buffer=False)
        self._old_handlers = {s: signal.signal(s, self._on_signal) for s in SIGNALS}
        self.notifier = QSocketNotifier(self._rsock.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._drain)

    def _drain(self, *_args) -> None:
        # Python has already run the handler by the time this slot's code runs; empty the pipe
        try:
            while self._rsock.recv(512):
                pass
        except (BlockingIOError, InterruptedError, OSError):
            pass

    def _on_signal(self, signum: int, _frame) -> None:
        first = self.signum is None
        if first:
            self.signum = signum
        log.info("received %s: quitting", signal.Signals(signum).name)
        # leave the handler at once; quit from the event loop (never inside another callback)
        QTimer.singleShot(0, self.quit_cleanly if first else self._quit_again)

    def quit_cleanly(self) -> None:
        """Write the recovery copy if the plan has unsaved changes, then quit with 128 + signal."""
        signum = self.signum if self.signum is not None else signal.SIGTERM
        win = self.window
        autosave = getattr(win, "autosave", None)
        try:
            if autosave is not None and win.document.modified:
                kept = autosave.keep_now()
                log.warning("quitting on %s: unsaved changes %s", signal.Signals(signum).name,
                            f"kept in the recovery copy {autosave.path}" if kept
                            else "could NOT be written to the recovery copy")
        except Exception:
            log.exception("autosave before quitting failed")
        self.code = exit_code(signum)
        self._quit(self.code)

    def _quit_again(self) -> None:  # a second Ctrl+C while the first quit is still running
        self._quit(self.code if self.code is not None else exit_code(self.signum or signal.SIGINT))

    def uninstall(self) -> None:
        """Give the signals and the wakeup fd back to what they were."""
        for s, h in self._old_handlers.items():
            signal.signal(s, h if h is not None else signal.SIG_DFL)
        self._old_handlers = {}
        signal.set_wakeup_fd(self._old_fd)
        self.notifier.setEnabled(False)
        self._rsock.close()
        self._wsock.close()
