"""Total Cost…: the dialog edits the cost model through PlanDocument.apply (undoable) and refuses
bad fields where they are typed (issue 19 point 3)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QLineEdit

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.widgets.costs.cost_dialog import FIXED, NONE, open_cost_dialog


@pytest.fixture
def dialog(qtbot):
    doc = PlanDocument(md.example_plan("supplier"))
    dlg = open_cost_dialog(None, doc)
    qtbot.addWidget(dlg)
    qtbot.waitExposed(dlg)
    return dlg


def _ok(dlg):
    return dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _freight(dlg, option):
    return next(e for e in dlg.findChildren(QLineEdit, "costFreightAmount") if e.property("option") == option)


def test_the_dialog_shows_the_plan_model_and_applies_a_change_undoably(dialog, qtbot):
    doc = dialog.document
    before = doc.plan
    assert dialog.findChild(QComboBox, "costUnitPrice").currentText() == "Unit price"
    assert dialog.findChild(QComboBox, "costVolume").currentText() == "Order volume"
    assert _freight(dialog, "FCA").text() == "6,500"
    assert dialog.findChild(QLineEdit, "costRate").text() == "6 %"
    assert "Competing quote (BATNA): EUR 358,754" in dialog.findChild(QLabel, "costPreview").text()
    dialog.findChild(QLineEdit, "costRate").setText("4 %")
    dialog.findChild(QLineEdit, "costTiers").setText("2,500: 3 %")
    _freight(dialog, "DAP").setText("EUR 1,200")
    assert _ok(dialog).isEnabled()
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    c = doc.plan.costs
    assert c.financing_rate == 4.0 and c.freight["DAP"] == 1200.0
    assert [(t.from_volume, t.discount) for t in c.tiers] == [(2500.0, 3.0)]
    assert doc.undo_stack.undoText() == "Change total cost"
    doc.undo_stack.undo()
    assert doc.plan == before


def test_bad_fields_are_marked_where_typed_and_ok_is_refused(dialog):
    rate = dialog.findChild(QLineEdit, "costRate")
    rate.setText("abc")
    assert rate.property("invalid") is True
    assert not _ok(dialog).isEnabled()
    assert "financing rate" in dialog.findChild(QLabel, "costError").text()
    before = dialog.document.plan
    dialog.accept()  # refused: nothing applied
    assert dialog.document.plan is before
    rate.setText("6")
    assert rate.property("invalid") is False and _ok(dialog).isEnabled()
    tiers = dialog.findChild(QLineEdit, "costTiers")
    tiers.setText("2,500 3 %")
    assert tiers.property("invalid") is True and not _ok(dialog).isEnabled()
    tiers.setText("")
    # the same issue cannot be the unit price and the volume
    dialog.findChild(QComboBox, "costVolume").setCurrentText("Unit price")
    assert not _ok(dialog).isEnabled()
    assert "already the unit price" in dialog.reason


def test_remove_and_a_plan_without_a_model(qtbot):
    doc = PlanDocument(md.example_plan("supplier"))
    dlg = open_cost_dialog(None, doc)
    qtbot.addWidget(dlg)
    dlg.remove()
    assert doc.plan.costs is None and doc.undo_stack.undoText() == "Remove total cost"
    # opening again proposes the guess: unit price × volume, no amounts yet
    again = open_cost_dialog(None, doc)
    qtbot.addWidget(again)
    assert again.findChild(QComboBox, "costVolume").currentText() == "Order volume"
    again.findChild(QComboBox, "costFreightIssue").setCurrentText(NONE)
    again.findChild(QComboBox, "costVolume").setCurrentText(FIXED)
    again.findChild(QLineEdit, "costFixedUnits").setText("1,500")
    again.accept()
    assert doc.plan.costs.volume is None and doc.plan.costs.fixed_volume == 1500.0
    assert doc.undo_stack.undoText() == "Set total cost (Unit price)"


def test_ok_without_an_edit_changes_nothing(dialog):
    """A freight of 0 ("DDP: 0") once vanished on OK: the plan turned modified with an undo step."""
    doc = dialog.document
    assert doc.plan.costs is not None and 0.0 in doc.plan.costs.freight.values()
    before, steps = doc.plan, doc.undo_stack.count()
    _ok(dialog).click()
    assert doc.plan is before and doc.undo_stack.count() == steps


def test_another_plan_opened_meanwhile_closes_it_instead_of_taking_its_model(dialog, qtbot):
    """The dialog is not modal: with another plan opened, OK wrote the old plan's model over it."""
    doc = dialog.document
    other = md.example_plan("supplier").replace(title="Another plan")
    other = other.replace(costs=other.costs.model_copy(update={"financing_rate": 3.0}))
    doc.reset(other)
    assert not dialog.isVisible()
    assert doc.plan.costs.financing_rate == 3.0


@pytest.mark.parametrize(("field", "bad", "combo", "greys_out", "back"), [
    ("costTiers", "2500 3%", "costVolume", FIXED, "Order volume"),
    ("costRate", "abc", "costPaymentIssue", NONE, "Payment term"),
    ("costFixedUnits", "-5", "costVolume", "Order volume", FIXED),
])
def test_a_greyed_out_field_neither_counts_nor_blocks_ok(dialog, qtbot, field, bad, combo, greys_out, back):
    """Bad text left in a field that then greys out kept OK disabled, with an error naming a field
    the user could not edit. Its value is not used, so it is not read; enabled again, it is."""
    edit, choice = dialog.findChild(QLineEdit, field), dialog.findChild(QComboBox, combo)
    error = dialog.findChild(QLabel, "costError")
    if field == "costFixedUnits":
        choice.setCurrentText(FIXED)
    edit.setText(bad)
    assert edit.property("invalid") is True and not _ok(dialog).isEnabled()
    choice.setCurrentText(greys_out)
    assert not edit.isEnabled()
    assert _ok(dialog).isEnabled() and error.text() == "" and edit.property("invalid") is False
    choice.setCurrentText(back)
    assert edit.isEnabled() and edit.property("invalid") is True and not _ok(dialog).isEnabled()
    assert error.text() != ""
    choice.setCurrentText(greys_out)
    before = dialog.document.plan
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    costs = dialog.document.plan.costs
    if field == "costFixedUnits":  # back to the plan's model: the text left behind is not taken
        assert dialog.document.plan is before
    else:
        assert costs.volume == (None if field == "costTiers" else "Order volume") and costs.tiers == ()
        assert costs.financing_rate == (0.0 if field == "costRate" else 6.0)
