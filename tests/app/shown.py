"""Windows and dialogs shown as a user sees them, for the keyboard tests: the window at 1366 × 768,
a dialog shown, active and done with its background work."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog

WAIT = 20_000


def window_at_1366(make_window, qtbot, plan):
    """The main window on ``plan`` (no autosave, no remembered layout) at 1366 × 768, exposed."""
    win = make_window(plan, autosave=False, remember_layout=False)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def shown_dialog(qtbot, dlg: QDialog) -> QDialog:
    """``dlg`` shown and the active window (keys go to it), its background work done."""
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg, timeout=WAIT)
    if hasattr(dlg, "is_busy"):
        qtbot.waitUntil(lambda: not dlg.is_busy(), timeout=WAIT)
    return dlg


def visible_windows() -> set[int]:
    """The ids of the top-level windows shown now (take it before an action opens one)."""
    return {id(w) for w in QApplication.topLevelWidgets() if w.isWindow() and w.isVisible()}


def window_opened(qtbot, before: set[int]):
    """The top-level window an action opened: shown now and not among ``before`` — a window an
    earlier test left open is never taken for it."""
    def new() -> list:
        return [w for w in QApplication.topLevelWidgets() if w.isWindow() and w.isVisible() and id(w) not in before]

    qtbot.waitUntil(lambda: bool(new()), timeout=5000)
    return new()[0]
