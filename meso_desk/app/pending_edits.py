"""Text typed but not applied yet counts before the plan is saved, closed or printed.

Most controls apply an edit as it happens. A few apply it when the user leaves them: a cell
editor of the issue table, a line edit that applies on ``editingFinished``, the lessons after
a pause in typing. Before anything decides from the plan (Save, Close, Quit, Open, Revert,
printing), :meth:`~meso_desk.app.document.PlanDocument.commit_pending_edits` asks for such
edits through ``pendingEditsRequested``. The panels that own such fields connect to it (their
timers, their open cell editors); :func:`commit_focused_field` is the window's catch-all: the
field with the keyboard focus is left, so its own focus-out commits what it holds, and the
focus comes back to it (or, when it closed, to the control that holds it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def commit_focused_field(window: QWidget) -> None:
    """Make the focused control inside ``window`` commit what is typed in it, as leaving it would."""
    w = QApplication.focusWidget()
    if w is None or w is window or not window.isAncestorOf(w):
        return  # nothing typed here (a dialog of its own commits on OK)
    w.clearFocus()  # focus-out: editingFinished, the cell editor's commit, the lessons' commit
    target: QWidget | None = w
    while target is not None and not (target.isVisible() and target.isEnabled()
                                      and target.focusPolicy() != Qt.FocusPolicy.NoFocus):
        target = target.parentWidget()  # a closed cell editor: its table
    if target is not None and target is not window and QApplication.focusWidget() is None:
        target.setFocus(Qt.FocusReason.OtherFocusReason)


__all__ = ["commit_focused_field"]
