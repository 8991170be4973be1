"""Switching supplier while a field still holds typed text (docs/suppliers.md: "nothing is lost"):
what is typed counts for the supplier it was typed for, before the switch — by the shortcut
(Ctrl+Shift+K), the toolbar's box and the Suppliers view's *Switch to*, as Save and Print do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QPlainTextEdit

import meso_desk as md
from meso_desk.model.edits import deal_edits as de
from tests.app.shown import window_at_1366

ERGO, NORD = "Ergonord Seating AB", "Nordlys Kontor AS"
NEXT = (Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def _with_agreements():
    p = md.example_plan("sourcing")
    for n in p.supplier_names:
        q = de.with_their_reservation(p.with_supplier(n), 40.0, 10.0)
        p = de.with_agreement(q, dict(q.stored_package(q.quotes[0]).terms), notes=f"notes {n[:4]}")
    return p.with_supplier(ERGO)


def _deal_window(make_window, qtbot, plan):
    win = window_at_1366(make_window, qtbot, plan)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    win.deal_dock.show()
    win.deal_dock.raise_()
    return win


def _type_into(qtbot, field, text: str) -> None:
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    (field.lineEdit() if isinstance(field, QAbstractSpinBox) else field).selectAll()
    qtbot.keyClicks(field, text)


def test_lessons_typed_then_the_shortcut_stay_with_the_supplier_they_were_typed_for(make_window, qtbot):
    win = _deal_window(make_window, qtbot, md.example_plan("sourcing"))
    lessons = win.findChild(QPlainTextEdit, "dealLessonsEdit")
    _type_into(qtbot, lessons, "Ergonord folds on price late")
    qtbot.keyClick(QApplication.focusWidget(), *NEXT)
    p = win.document.plan
    assert p.counterpart == NORD
    assert p.supplier_record(ERGO).lessons == "Ergonord folds on price late"
    assert p.supplier_record(NORD).lessons == ""
    st = win.document.undo_stack
    assert [st.text(i) for i in range(st.count())] == ["Lessons", f"Switch to {NORD}"]
    assert lessons.toPlainText() == ""  # the field shows Nordlys' (empty) lessons


def test_agreement_notes_and_walk_away_guess_count_before_the_shortcut(make_window, qtbot):
    win = _deal_window(make_window, qtbot, _with_agreements())
    notes = win.findChild(QLineEdit, "dealNotesEdit")
    _type_into(qtbot, notes, "signed by Lena")
    qtbot.keyClick(QApplication.focusWidget(), *NEXT)
    assert win.document.plan.counterpart == NORD
    assert win.document.plan.supplier_record(ERGO).agreement.notes == "signed by Lena"
    assert win.document.plan.agreement.notes == "notes Nord"
    spin = win.findChild(QAbstractSpinBox, "dealTheirReservationSpin")
    _type_into(qtbot, spin, "45")
    qtbot.keyClick(QApplication.focusWidget(), *NEXT)
    p = win.document.plan
    assert p.counterpart != NORD
    assert p.supplier_record(NORD).their_reservation == 45.0


def test_the_toolbar_box_and_the_suppliers_view_commit_first_too(make_window, qtbot):
    win = _deal_window(make_window, qtbot, md.example_plan("sourcing"))
    lessons = win.findChild(QPlainTextEdit, "dealLessonsEdit")
    _type_into(qtbot, lessons, "typed for Ergonord")
    combo = win.findChild(QComboBox, "supplierSwitch")
    combo.activated.emit(combo.findData(NORD))  # as a choice in the box, the focus still in the lessons
    assert win.document.plan.counterpart == NORD
    assert win.document.plan.supplier_record(ERGO).lessons == "typed for Ergonord"
    win.actions.suppliers.trigger()
    view = win.supplier_view
    _type_into(qtbot, lessons, "typed for Nordlys")
    assert view.switch_to(ERGO)
    p = win.document.plan
    assert p.counterpart == ERGO and p.lessons == "typed for Ergonord"
    assert p.supplier_record(NORD).lessons == "typed for Nordlys"
