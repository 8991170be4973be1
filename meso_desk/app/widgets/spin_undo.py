"""Undo and Redo with the focus in a spin box: the plan's, once the value in the box is entered.

A spin box's line edit takes Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y for itself (a shortcut override),
so with the focus in a weight or the Deal panel's *Reservation* box, Edit ▸ Undo's keys did
nothing after a value was entered with Enter: the plan kept it, the box its text. The rule, for
every spin box in the window (docs/window.md, "Keys"):

* while the box holds typing it has not applied yet (its text is not the value it shows), the
  keys undo and redo that typing in the box, as in any text field;
* once the value is entered (Enter, an arrow key, leaving the box) — the text is the box's value
  — the keys are Edit ▸ Undo and Redo: the plan's last edit, that value included.

One mechanism: :func:`leave_undo_to_the_window` watches the focus, and the one filter it puts on
a spin box that takes the focus lets the keys through to the window's actions. Where no action
takes them (a dialog has no Undo), they reach the box as before.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QDateTimeEdit, QDoubleSpinBox, QSpinBox, QWidget

_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


def shown_value(spin: QAbstractSpinBox) -> str | None:
    """The text ``spin`` shows for its value (its prefix, suffix or special text included), or
    None for a kind of box this does not know."""
    if isinstance(spin, (QSpinBox, QDoubleSpinBox)):
        if spin.specialValueText() and spin.value() == spin.minimum():
            return spin.specialValueText()
        return spin.prefix() + spin.textFromValue(spin.value()) + spin.suffix()
    if isinstance(spin, QDateTimeEdit):
        return spin.textFromDateTime(spin.dateTime())
    return None


def holds_typing(spin: QAbstractSpinBox) -> bool:
    """Whether the box's text is typing not applied yet (not the text of its value)."""
    shown = shown_value(spin)
    return shown is None or spin.lineEdit().text() != shown


class _UndoToWindow(QObject):
    """The filter on spin boxes that have had the focus (see the module)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(obj, QAbstractSpinBox)
                and any(event.matches(k) for k in _KEYS) and not holds_typing(obj)):
            event.ignore()  # not the box's: the window's shortcut (Edit ▸ Undo, Redo) takes the key
            return True
        return False

    def focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, QAbstractSpinBox):
            new.installEventFilter(self)  # once: installing again only moves it to the front


def leave_undo_to_the_window(app: QApplication | None = None) -> None:
    """Make Undo and Redo's keys in every spin box follow the module's rule (once per application)."""
    app = app or QApplication.instance()
    if not isinstance(app, QApplication) or app.findChild(_UndoToWindow, "spinUndoToWindow") is not None:
        return
    f = _UndoToWindow(app)
    f.setObjectName("spinUndoToWindow")
    app.focusChanged.connect(f.focus_changed)
