"""File ▸ Plan Properties…: the language of the plan's cards and documents (English / Deutsch),
changed in the same one undoable step as the other properties."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from meso_desk.app.document import PlanDocument
from meso_desk.app.plan_properties_dialog import PlanPropertiesDialog
from meso_desk.model.edits import plan_edits
from meso_desk.model.language import LANGUAGES


def make_dialog(qtbot, plan) -> PlanPropertiesDialog:
    doc = PlanDocument(plan)
    dlg = PlanPropertiesDialog(doc, None, today=date(2026, 12, 4))
    doc.setParent(dlg)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def ok(qtbot, dlg) -> None:
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_the_combo_offers_each_language_in_its_own_words(qtbot, supplier):
    dlg = make_dialog(qtbot, supplier)
    combo = dlg.language_combo
    assert [combo.itemText(k) for k in range(combo.count())] == ["English", "Deutsch"]
    assert [combo.itemData(k) for k in range(combo.count())] == list(LANGUAGES)
    assert supplier.language == "en" and combo.currentData() == "en"


def test_deutsch_ok_then_undo(qtbot, supplier):
    dlg = make_dialog(qtbot, supplier)
    doc = dlg.document
    combo = dlg.language_combo
    combo.setCurrentIndex(combo.findText("Deutsch"))
    ok(qtbot, dlg)
    assert doc.plan.language == "de"
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText() == plan_edits.UNDO_TEXT
    doc.undo_stack.undo()
    assert doc.plan.language == "en"
    doc.undo_stack.redo()
    assert doc.plan.language == "de"


def test_language_and_other_fields_are_one_step(qtbot, supplier):
    dlg = make_dialog(qtbot, supplier)
    doc = dlg.document
    dlg.title_edit.setText("Stühle 2027")
    dlg.language_combo.setCurrentIndex(dlg.language_combo.findData("de"))
    ok(qtbot, dlg)
    assert (doc.plan.title, doc.plan.language) == ("Stühle 2027", "de")
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert (doc.plan.title, doc.plan.language) == (supplier.title, "en")


def test_a_german_plan_opens_on_deutsch_and_unchanged_ok_is_no_step(qtbot, supplier):
    dlg = make_dialog(qtbot, supplier.replace(language="de"))
    assert dlg.language_combo.currentData() == "de"
    ok(qtbot, dlg)
    assert dlg.document.undo_stack.count() == 0
