"""Number boxes refuse a number outside their range where it is typed (widgets/entry_spin.py):
Qt's own boxes dropped the keystroke that took the text out of range, so 150 typed for a 0–100
reservation was applied as 15 without a word."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from meso_desk.app.widgets.deal.deal_widgets import points_spin
from meso_desk.app.widgets.entry_spin import SpinBox


def _host(qtbot, *boxes):
    host = QWidget()
    lay = QVBoxLayout(host)
    for b in boxes:
        lay.addWidget(b)
    other = QLineEdit()
    lay.addWidget(other)
    qtbot.addWidget(host)
    host.show()
    host.activateWindow()
    qtbot.waitExposed(host)
    return host, other


def _type(qtbot, spin, text):
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    spin.lineEdit().selectAll()
    QTest.keyClicks(spin.lineEdit(), text)


def test_a_number_above_the_range_is_refused_on_enter_and_nothing_applied(qtbot):
    spin = points_spin("reservation", "")
    spin.setValue(40.0)
    host, _other = _host(qtbot, spin)
    applied, refused = [], []
    spin.valueChanged.connect(applied.append)
    spin.refused.connect(refused.append)
    _type(qtbot, spin, "150")
    assert spin.lineEdit().text().startswith("150")  # kept as typed, not cut to 15
    QTest.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    assert applied == [] and spin.value() == 40.0
    assert refused == ["150 is above the highest value here, 100.0 pts"]
    assert spin.property("refusedText") == refused[0]
    _type(qtbot, spin, "75")
    QTest.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    assert applied == [75.0]  # a number in range goes through as before


def test_a_number_below_the_range_is_refused_on_leaving_the_box(qtbot):
    spin = SpinBox()
    spin.setRange(1, 10)
    spin.setKeyboardTracking(False)
    spin.setValue(3)
    host, other = _host(qtbot, spin)
    refused = []
    spin.refused.connect(refused.append)
    _type(qtbot, spin, "-4")
    other.setFocus()
    qtbot.waitUntil(lambda: not spin.hasFocus())
    assert spin.value() == 3 and spin.lineEdit().text() == "3"
    assert refused == ["-4 is below the lowest value here, 1"]


def test_a_refused_number_puts_back_the_boxs_own_words_for_its_lowest_value(qtbot):
    """"Unsure by ±" reads "exact" at 0; after 60 typed (the most is 50) and refused, it read
    "0.0 pts": the refusal wrote the number and ignored the box's special value text."""
    spin = points_spin("band", "")
    spin.setRange(0.0, 50.0)
    spin.setSuffix(" pts")
    spin.setSpecialValueText("exact")
    spin.setValue(0.0)
    host, _other = _host(qtbot, spin)
    assert spin.lineEdit().text() == "exact"
    _type(qtbot, spin, "60")
    QTest.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    assert spin.value() == 0.0 and spin.property("refusedText")
    assert spin.lineEdit().text() == "exact"
