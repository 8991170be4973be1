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
