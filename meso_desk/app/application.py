"""Starting MESO Desk: the application object, the main window, the event loop, screenshots.

    from meso_desk.app import create_window
    win = create_window()            # the supplier example; a QApplication is made if needed
    win.show()

``run()`` is what ``meso-desk [PLAN] [--screenshot OUT.png [--size WxH] [--workspace NAME]]`` calls.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import time
import traceback
from pathlib import Path

import shiboken6
from PySide6.QtCore import QBuffer, QCoreApplication, QEvent, QIODevice, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .. import __version__
from ..model.examples import example_plan
from ..model.io import PlanFileError, load_plan
from ..model.io.output_files import write_file
from ..model.language import tr
from ..model.plan import Plan
from . import background, startup_probe
from .assets import app_icon
from .document import PlanDocument
from .settings import APP_NAME, DISPLAY_NAME, ORG_NAME, data_dir
from .shutdown import SignalQuitter
from .widgets.common import app_icon as drawn_app_icon
from .widgets.look import follow_colour_scheme

log = logging.getLogger("meso_desk")

SCREENSHOT_SIZE = (1400, 900)
LOG_FILE = "meso-desk.log"
#: what setup_logging did, once per process: ``{"file": the log file or None}``
_logging_done: dict[str, Path | None] = {}


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _use_offscreen_if_headless(force: bool = False) -> None:
    """Pick Qt's offscreen platform when there is no display (or for a screenshot), unless the
    user chose a platform."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if force or not _has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def is_windowed_build() -> bool:
    """A frozen bundle or a launcher without a console (no stdout to write to)."""
    return bool(getattr(sys, "frozen", False)) or sys.stdout is None or sys.stderr is None


def setup_logging(to_file: bool | None = None) -> Path | None:
    """Log warnings to stderr; a windowed/frozen build (no stdout) logs to a file in the
    user's data folder instead. Returns the log file's path when logging to a file."""
    if "file" in _logging_done:
        return _logging_done["file"]
    root = logging.getLogger("meso_desk")
    root.setLevel(logging.INFO)
    to_file = is_windowed_build() if to_file is None else to_file
    path: Path | None = None
    if to_file:
        try:
            path = data_dir() / LOG_FILE
            handler: logging.Handler = logging.handlers.RotatingFileHandler(
                path, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
            handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
            handler.setLevel(logging.INFO)
        except OSError:
            path = None
            handler = logging.NullHandler()
    elif sys.stderr is not None:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("meso-desk: %(levelname)s: %(message)s"))
        handler.setLevel(logging.WARNING)
    else:  # pragma: no cover
        handler = logging.NullHandler()
    root.addHandler(handler)
    _logging_done["file"] = path
    return path


_language_done: list[bool] = []


def create_app(argv: list[str] | None = None):
    """The QApplication (made if none exists), named for QSettings/QStandardPaths, with the
    icon and pyqtgraph's configuration."""
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(list(argv) if argv else [sys.argv[0] if sys.argv and sys.argv[0] else APP_NAME])
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setApplicationDisplayName(DISPLAY_NAME)
    QGuiApplication.setDesktopFileName(APP_NAME)
    app.setWindowIcon(_app_icon())
    if not _language_done:
        from .translation import install_language

        install_language(app)  # the setting, or the system's language (app/translation.py)
        _language_done.append(True)
    follow_colour_scheme(app)  # the system's light or dark scheme, hints readable (issue 17)

    # imported here, not at the top: a broken plan on the command line is reported (with
    # create_app for its message box) without loading the plots
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True, background=None, foreground=app.palette().text().color())
    # (the interpreter's switch interval for the worker threads is set by background.pool())
    return app


def _app_icon() -> QIcon:
    """The shipped icon files, else the icon drawn in code (a build that left them out)."""
    try:
        icon = app_icon()
        if not icon.isNull():
            return icon
    except FileNotFoundError:
        pass
    return drawn_app_icon()


def plan_and_path(plan_or_path=None, path=None) -> tuple[Plan, Path | None]:
    """Normalise ``create_window``'s argument: a Plan, a path, or None (the supplier example)."""
    if isinstance(plan_or_path, Plan):
        return plan_or_path, Path(path) if path else None
    if plan_or_path is not None:
        p = Path(plan_or_path)
        return load_plan(p), p.resolve()
    return example_plan("supplier"), Path(path) if path else None


def create_window(plan_or_None=None, path=None, *, settings=None, autosave: bool = True,
                  remember_layout: bool = True):
    """The main window, ready to show, without entering the event loop.

    ``plan_or_None``: a :class:`~meso_desk.model.plan.Plan`, a path to a ``.meso`` file, or
    None for the ``supplier`` example. ``path`` names the file a Plan belongs to (for Save).
    A path that cannot be read raises :class:`~meso_desk.model.io.PlanFileError`.
    """
    create_app()
    # imported on first use: the window's modules (panels, plots) are the bulk of the start-up
    # time, and a broken plan on the command line is reported without them
    from .main_window import MainWindow

    plan, p = plan_and_path(plan_or_None, path)
    doc = PlanDocument(plan, p)
    win = MainWindow(doc, settings=settings, autosave=autosave, remember_layout=remember_layout)
    doc.setParent(win)
    return win


def _wait_until_idle(window, timeout: float = 10.0) -> None:
    """Let the background jobs finish, and the panels that wait before they start one (those
    with ``is_busy()``: the plots, the counterpart estimate …), so that the picture shows
    their results."""
    views = [w for w in window.findChildren(QWidget) if callable(getattr(w, "is_busy", None))]

    def busy() -> bool:
        return background.is_busy() or any(w.is_busy() for w in views)

    end = time.monotonic() + timeout
    while busy() and time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)
    for _ in range(3):
        QApplication.processEvents()


def parse_size(text: str | None) -> tuple[int, int]:
    """``"1366x768"`` → (1366, 768); None → the default screenshot size. Raises ValueError
    with one line for anything else."""
    if not text:
        return SCREENSHOT_SIZE
    parts = text.lower().replace("×", "x").split("x")
    try:
        w, h = (int(p) for p in parts)
    except ValueError:
        raise ValueError(f"--size {text!r}: expected WIDTHxHEIGHT, e.g. 1366x768") from None
    if not (640 <= w <= 7680 and 480 <= h <= 4320):
        raise ValueError(f"--size {text!r}: between 640x480 and 7680x4320, please")
    return w, h


def render_screenshot(window, out: str | os.PathLike[str], size=SCREENSHOT_SIZE,
                      workspace: str | None = None) -> Path:
    """Lay ``window`` out at ``size`` with the default layout of ``workspace`` (the plan's own
    when None), render it to a PNG. The folder is the caller's (never made here: a typo must not
    create folders); ``meso-desk --screenshot`` checks the file first (``.png``, not the plan, not
    an existing file unless ``--force``: ``cli_output.check_screenshot``)."""
    window.resize(*size)
    window.show()
    for _ in range(3):
        QApplication.processEvents()
    if workspace:
        window.show_workspace(workspace)
    window.reset_layout()
    window.statusBar().clearMessage()
    for _ in range(5):
        QApplication.processEvents()
    _wait_until_idle(window)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not window.grab().save(buffer, "PNG"):
        raise OSError(f"{out}: cannot write")
    return write_file(out, bytes(buffer.data()))  # atomically: --force never leaves half a picture


def _report_error(message: str, interactive: bool) -> None:
    if sys.stderr is not None:
        print(f"meso-desk: {message}", file=sys.stderr)
    log.info("%s", message)  # the log file of a windowed build; stderr has it already
    if interactive:
        create_app()
        box = QMessageBox(QMessageBox.Icon.Critical, "MESO Desk", message, QMessageBox.StandardButton.Ok)
        box.exec()


def crash_advice(win) -> str:
    """What the error box says about the user's work: the recovery copy is promised only when a
    copy of the current plan was just written (``Autosave.keep_now``)."""
    doc = getattr(win, "document", None)
    if doc is None or not doc.modified:
        return tr("Your plan has no unsaved changes; please report this error.")
    autosave = getattr(win, "autosave", None)
    try:
        kept = autosave is not None and autosave.keep_now()
    except Exception:
        kept = False
    if kept:
        return tr("Your work is kept in the recovery copy; please save it and report this error.")
    return tr("The recovery copy could not be written: please save your plan under a new name "
              "(File ▸ Save As…) and report this error.")


def _install_excepthook(interactive: bool, window=lambda: None) -> None:
    """Unexpected errors in event handlers: log them, tell the user once, keep running.
    ``window()`` gives the main window (or None) whose work the box talks about."""
    shown = {"n": 0}
    previous = sys.excepthook

    def hook(etype, value, tb):
        if issubclass(etype, KeyboardInterrupt):
            previous(etype, value, tb)
            return
        log.error("unexpected error", exc_info=(etype, value, tb))
        if sys.stderr is not None:
            traceback.print_exception(etype, value, tb, file=sys.stderr)
        if interactive and shown["n"] < 3:
            shown["n"] += 1
            if QApplication.instance() is not None:
                what = " ".join(str(value).split())[:200] or etype.__name__
                QMessageBox.critical(None, "MESO Desk",
                                     tr("Something went wrong: {what}\n\n{advice}").format(
                                         what=what, advice=crash_advice(window())))

    sys.excepthook = hook


def run(plan_path: str | None = None, screenshot: str | None = None, size: str | None = None,
        workspace: str | None = None) -> int:
    """Open the window (on ``plan_path`` or the supplier example) and run until it closes.

    With ``screenshot``: render the window at ``size`` ("WxH", default 1400 × 900) in
    ``workspace`` (prepare, offers, room, deal; default: the plan's phase) to that PNG and
    return 0, no display needed. A plan that cannot be read, a bad size or workspace: one
    line on stderr (and a message box when interactive), exit code 2, nothing changed.
    The first interactive start offers the short tour (``MainWindow.offer_tour``).
    """
    from .workspaces import BY_KEY

    try:
        shot_size = parse_size(size)
        if workspace and workspace not in BY_KEY:
            raise ValueError(f"--workspace {workspace!r}: one of {', '.join(BY_KEY)}")
    except ValueError as e:
        _report_error(str(e), False)
        return 2
    _use_offscreen_if_headless(force=bool(screenshot))
    interactive = not screenshot and os.environ.get("QT_QPA_PLATFORM") != "offscreen"
    logfile = setup_logging()
    if logfile is not None:
        log.info("MESO Desk starting (log: %s)", logfile)

    plan = None
    if plan_path:
        try:
            plan = load_plan(plan_path)
        except PlanFileError as e:
            _report_error(str(e), interactive)
            return 2
    app = create_app()
    startup_probe.install(app)

    if screenshot:
        win = create_window(plan, plan_path, autosave=False, remember_layout=False)
        if win.startup_notice and sys.stderr is not None:  # (a folder that cannot be made: one line)
            print(f"meso-desk: note: {win.startup_notice}", file=sys.stderr)
        try:
            out = render_screenshot(win, screenshot, shot_size, workspace)
        except OSError as e:
            _report_error(str(e), False)
            return 1
        finally:
            _dispose(win)
        if sys.stdout is not None:
            print(f"wrote {out}")
        return 0

    holder: dict = {}
    _install_excepthook(interactive, lambda: holder.get("win"))
    win = holder["win"] = create_window(plan, Path(plan_path).resolve() if plan_path else None)
    if win.startup_notice:  # the status bar says it too
        log.warning("%s", win.startup_notice)
    opener = file_open_filter(win, app)  # macOS sends double-clicked plans as QFileOpenEvent
    app.installEventFilter(opener)
    # Ctrl+C / SIGTERM: autosave, then leave the loop with 130 / 143 (app/shutdown.py)
    quitter = SignalQuitter(win, quit=app.exit)
    background.hold_until_painted(win)  # the window first, then the work behind it
    win.show()
    if interactive:
        QTimer.singleShot(0, win, win.files.offer_recovery)  # bound to the window: gone with it
        QTimer.singleShot(300, win, win.offer_tour)  # once, on the first start
    try:
        code = int(app.exec())
    finally:
        quitter.uninstall()
    if win.isVisible() and win.autosave is not None and win.document.modified:
        win.autosave.save_now()  # the loop was quit from elsewhere: keep the unsaved work
    _dispose(win)
    return code


def file_open_filter(win, parent):
    """An event filter that opens a plan the desktop hands over as a ``QFileOpenEvent``
    (macOS: a double-clicked ``.meso`` file, or one dropped on the Dock icon)."""

    class _Filter(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.FileOpen:
                path = event.file()
                if path:
                    win.files.open_path(path)
                    return True
            return False

    return _Filter(parent)


def _dispose(win) -> None:
    """Destroy the window now, while the QApplication still exists (widgets that outlive it
    can abort the interpreter at exit). A modified plan keeps its recovery copy."""
    if shiboken6.isValid(win):
        if win.autosave is not None and not win.document.modified:
            win.autosave.close()
        shiboken6.delete(win)
