"""Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y with the focus in a spin box (docs/window.md, "Undo in a spin box").

The spin box's line edit took the keys for itself: a weight typed as 40 % and entered with Enter
stayed after Ctrl+Z, and so did the Deal panel's Reservation. Now typing not entered yet is undone
in the box, an entered value in the plan.
"""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDoubleSpinBox

import meso_desk as md
from tests.app.shown import window_at_1366

C = Qt.KeyboardModifier.ControlModifier
CS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def win(make_window, qtbot):
    w = window_at_1366(make_window, qtbot, md.example_plan("supplier"))
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    return w


def key(qtbot, k, mods=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), k, mods)


def typed(qtbot, spin, text: str) -> None:
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    key(qtbot, Qt.Key.Key_A, C)
    qtbot.keyClicks(spin, text)


def test_ctrl_z_undoes_an_entered_weight_in_the_plan_and_typing_in_the_box(win, qtbot):
    doc = win.document
    key(qtbot, Qt.Key.Key_2, C)  # the Weights
    spin = next(s for s in win.findChildren(QDoubleSpinBox, "weightSpin") if s.property("issue") == "Unit price")
    start, shown = doc.plan, spin.text()
    # typing not entered yet: the keys are the box's
    typed(qtbot, spin, "40")
    key(qtbot, Qt.Key.Key_Z, C)
    assert spin.text() == shown and doc.plan is start
    # entered: Ctrl+Z is Edit ▸ Undo, in the plan and the box
    typed(qtbot, spin, "40")
    key(qtbot, Qt.Key.Key_Return)
    assert doc.plan.weights["Unit price"] == pytest.approx(0.40)
    assert spin.hasFocus()
    key(qtbot, Qt.Key.Key_Z, C)
    assert doc.plan == start
    assert spin.text() == shown
    key(qtbot, Qt.Key.Key_Z, CS)  # Redo
    assert doc.plan.weights["Unit price"] == pytest.approx(0.40)
    key(qtbot, Qt.Key.Key_Z, C)
    key(qtbot, Qt.Key.Key_Y, C)  # Redo too
    assert doc.plan.weights["Unit price"] == pytest.approx(0.40)
    assert spin.text() == "40.0 %"


def test_ctrl_z_undoes_the_deal_panels_reservation(win, qtbot):
    doc = win.document
    key(qtbot, Qt.Key.Key_7, C)  # the Deal panel
    spin = win.findChild(QDoubleSpinBox, "dealReservationSpin")
    start = doc.plan
    typed(qtbot, spin, "50")
    key(qtbot, Qt.Key.Key_Return)
    assert doc.plan != start and spin.value() == 50.0
    key(qtbot, Qt.Key.Key_Z, C)
    assert doc.plan == start
    assert spin.value() != 50.0
