"""Spin boxes that refuse a number outside their range where it is typed.

Qt's own spin boxes drop the keystroke that takes the text out of range: typing 150 in a box for
0–100 leaves 15, and Enter applies it without a word (a reservation of 150 was saved as 15, a
weight of 150 % as 15 %). These keep what is typed; on Enter, or on leaving the box, a number
outside the range is refused — a message at the box (a tooltip, and the ``refused`` signal), the
previous value back in the box — and nothing is applied. Every spin box the user types into is
one of these (``SpinBox``, ``DoubleSpinBox``).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QSpinBox, QToolTip

from ...model.language import tr

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _bare(spin: QAbstractSpinBox, text: str) -> str:
    """``text`` without the box's prefix and suffix."""
    t = text
    prefix, suffix = spin.prefix(), spin.suffix()
    if prefix and t.startswith(prefix):
        t = t[len(prefix):]
    if suffix and t.endswith(suffix):
        t = t[: len(t) - len(suffix)]
    return t.strip()


def typed_number(spin: QAbstractSpinBox, text: str) -> float | None:
    """The number in ``text`` as the box shows it (its prefix, suffix and the locale's digits),
    or None when it is not one."""
    t = _bare(spin, text).replace(spin.locale().groupSeparator(), "")
    if not t:
        return None
    value, ok = spin.locale().toDouble(t)
    if not ok:
        try:
            value = float(t)
        except ValueError:
            return None
    return float(value) if math.isfinite(value) else None


def out_of_range(spin: QAbstractSpinBox, text: str) -> str:
    """Why ``text`` is refused ("150 is above the highest value here, 100 pts"), or "" when it is
    in range or not a number at all (Qt's own check deals with that)."""
    x = typed_number(spin, text)
    if x is None:
        return ""
    lo, hi = spin.minimum(), spin.maximum()
    shown = spin.prefix() + "{}" + spin.suffix()
    if x > hi + 1e-9:
        return tr("{number} is above the highest value here, {limit}").format(
            number=_bare(spin, text), limit=shown.format(spin.textFromValue(hi)))
    if x < lo - 1e-9:
        return tr("{number} is below the lowest value here, {limit}").format(
            number=_bare(spin, text), limit=shown.format(spin.textFromValue(lo)))
    return ""


def _keep_out_of_range(spin: QAbstractSpinBox, result, text: str, pos: int):
    state = result[0] if isinstance(result, tuple) else result
    if state == QValidator.State.Invalid and (out_of_range(spin, text) or _bare(spin, text) == "-"):
        # kept as typed (a minus too, where the range has none: "-4" was read as 4): refused on Enter
        return QValidator.State.Intermediate, text, pos
    return result


def _refuse(spin: QAbstractSpinBox) -> bool:
    """Refuse the text if it is out of range: say why at the box, put the value back."""
    reason = out_of_range(spin, spin.lineEdit().text())
    if not reason:
        return False
    special = spin.specialValueText() if spin.value() == spin.minimum() else ""  # "exact", as Qt shows it
    spin.lineEdit().setText(special or spin.prefix() + spin.textFromValue(spin.value()) + spin.suffix())
    spin.setProperty("refusedText", reason)
    if spin.isVisible():
        QToolTip.showText(spin.mapToGlobal(QPoint(0, spin.height())), reason, spin)
    spin.refused.emit(reason)
    return True


class _Refusing:
    """The refusal of :mod:`entry_spin` for a Qt spin box class after it in the bases."""

    def validate(self, text: str, pos: int):
        return _keep_out_of_range(self, super().validate(text, pos), text, pos)  # type: ignore[misc]

    def keyPressEvent(self, event) -> None:
        if event.key() in _ENTER and _refuse(self):  # type: ignore[arg-type]
            event.accept()  # not applied, and not the dialog's default button either
            return
        super().keyPressEvent(event)  # type: ignore[misc]

    def focusOutEvent(self, event) -> None:
        _refuse(self)  # type: ignore[arg-type]
        super().focusOutEvent(event)  # type: ignore[misc]


class SpinBox(_Refusing, QSpinBox):
    """A :class:`QSpinBox` that refuses an out-of-range number with a message (module docs)."""

    #: why the typed number was refused
    refused = Signal(str)


class DoubleSpinBox(_Refusing, QDoubleSpinBox):
    """A :class:`QDoubleSpinBox` that refuses an out-of-range number with a message (module docs)."""

    #: why the typed number was refused
    refused = Signal(str)


__all__ = ["DoubleSpinBox", "SpinBox", "out_of_range", "typed_number"]
