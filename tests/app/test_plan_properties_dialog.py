"""File ▸ Plan Properties…: typed through its widgets (offscreen), bad values refused where typed,
OK one undo step ("Change plan properties"), undo restores, the window title follows."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QTableWidgetItem

from meso_desk.app.document import PlanDocument
from meso_desk.app.plan_properties_dialog import PlanPropertiesDialog, open_plan_properties
from meso_desk.model.plan import Approver


def make_dialog(qtbot, plan, today=date(2026, 12, 4)) -> PlanPropertiesDialog:
    doc = PlanDocument(plan)
    dlg = PlanPropertiesDialog(doc, None, today=today)
    doc.setParent(dlg)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def type_into(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def ok_button(dlg):
    return dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_type_refuse_ok_and_undo(qtbot, supplier):
    dlg = make_dialog(qtbot, supplier)
    doc = dlg.document
    assert dlg.title_edit.text() == supplier.title and ok_button(dlg).isEnabled()
    type_into(qtbot, dlg.title_edit, "   ")
    assert not ok_button(dlg).isEnabled()
    assert dlg.messages["title"].isVisible() and "needs a title" in dlg.messages["title"].text()
    type_into(qtbot, dlg.title_edit, "Chairs 2027")
    assert not dlg.messages["title"].isVisible() and ok_button(dlg).isEnabled()
    type_into(qtbot, dlg.currency_edit, "EURO")
    assert not ok_button(dlg).isEnabled() and "3-letter code" in dlg.messages["currency"].text()
    type_into(qtbot, dlg.currency_edit, "sek")
    assert ok_button(dlg).isEnabled()
    type_into(qtbot, dlg.negotiator_edit, "Lena Berg")
    dlg.valid_check.setChecked(True)
    dlg.valid_edit.setDate(QDate(2027, 3, 31))
    assert not dlg.messages["valid_until"].isVisible()
    row = dlg.add_approver_row()
    dlg.approvers_table.setItem(row, 2, QTableWidgetItem("above EUR 400k"))  # a condition without a who
    assert not ok_button(dlg).isEnabled() and dlg.messages["approvers"].text() == f"Row {row + 1}: an approver needs a name or a role"
    dlg.approvers_table.setItem(row, 1, QTableWidgetItem("Head of Legal"))
    assert ok_button(dlg).isEnabled()
    dlg.relationship_edit.setPlainText("Keep it friendly.")
    qtbot.mouseClick(ok_button(dlg), Qt.MouseButton.LeftButton)
    p = doc.plan
    assert (p.title, p.currency, p.negotiator, p.valid_until) == ("Chairs 2027", "SEK", "Lena Berg", date(2027, 3, 31))
    assert p.approvers[-1] == Approver(role="Head of Legal", note="above EUR 400k")
    assert p.relationship == "Keep it friendly."
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText() == "Change plan properties"
    doc.undo_stack.undo()
    assert doc.plan == supplier


def test_a_past_date_warns_but_is_accepted(qtbot, supplier):
    dlg = make_dialog(qtbot, supplier)
    messages = []
    dlg.document.message.connect(lambda text, _ms: messages.append(text))
    dlg.valid_check.setChecked(True)
    dlg.valid_edit.setDate(QDate(2026, 1, 31))
    assert dlg.messages["valid_until"].isVisible() and "in the past" in dlg.messages["valid_until"].text()
    assert ok_button(dlg).isEnabled()
    dlg.accept()
    assert dlg.document.plan.valid_until == date(2026, 1, 31)
    assert messages and "in the past" in messages[-1]


def test_cancel_changes_nothing(qtbot, supplier):
    dlg = make_dialog(qtbot, supplier)
    type_into(qtbot, dlg.title_edit, "Something else")
    dlg.reject()
    assert dlg.document.plan == supplier and dlg.document.undo_stack.count() == 0


def test_the_window_title_follows_the_plan_title(make_window, qtbot, supplier):
    win = make_window(supplier)
    dlg = open_plan_properties(win, win.document)
    qtbot.waitExposed(dlg)
    type_into(qtbot, dlg.title_edit, "Chairs, round 2")
    dlg.accept()
    assert win.windowTitle().startswith("Chairs, round 2[*]")
    win.document.undo_stack.undo()
    assert win.windowTitle().startswith(supplier.title)


def test_an_approvers_own_weights_and_a_condition_on_their_points(qtbot, supplier):
    """Typed weights are refused where typed when they name no issue; a condition on "their
    points" needs them; OK keeps both in one undo step (issue 21)."""
    from PySide6.QtWidgets import QComboBox, QLineEdit

    dlg = make_dialog(qtbot, supplier)
    doc = dlg.document
    row = dlg.add_approver_row()
    dlg.approvers_table.setItem(row, 1, QTableWidgetItem("Quality"))
    ed = dlg.conditions_editor
    r = ed.add_row({"kind": "points", "when": "below", "value": "55", "effect": "refuses"})
    ed.edited.emit()
    assert ed.table.cellWidget(r, 0).currentData() == "points"
    assert not ok_button(dlg).isEnabled() and "weights of their own" in dlg.messages["approvers"].text()
    weights = dlg.findChild(QLineEdit, "propApproverWeights")
    type_into(qtbot, weights, "Colour 50")
    assert not ok_button(dlg).isEnabled() and "Colour" in dlg.messages["approvers"].text()
    type_into(qtbot, weights, "Warranty 60, Delivery 40")
    assert ok_button(dlg).isEnabled()
    assert isinstance(ed.table.cellWidget(r, 0), QComboBox)
    qtbot.mouseClick(ok_button(dlg), Qt.MouseButton.LeftButton)
    quality = doc.plan.approvers[-1]
    assert quality.role == "Quality" and quality.weights == {"Warranty": 0.6, "Delivery": 0.4}
    assert quality.conditions[0].kind == "points" and quality.conditions[0].value == 55.0
    doc.undo_stack.undo()
    assert doc.plan == supplier


def test_the_short_lines_refuse_a_character_too_many_where_it_is_typed(qtbot, supplier):
    """A 130-character negotiator once left OK enabled and was reported under Title on OK."""
    dlg = make_dialog(qtbot, supplier)
    for edit in (dlg.negotiator_edit, dlg.counterpart_edit, dlg.organisation_edit):
        edit.clear()
        type_into(qtbot, edit, "x" * 130)
        assert len(edit.text()) == 120, edit.objectName()
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dlg.document.plan.negotiator == "x" * 120
