"""File ▸ Plan Properties…, the approvers (docs/approvals.md): a condition that never applies — a
total cost without a cost model, an issue a hand-edited file names but the plan lacks — is shown
with its reason and kept, never blocking OK; OK without changes keeps an approver's own weights
exactly (no undo step); German shows a condition's decimals with a comma and reads them back."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.plan_properties_dialog import PlanPropertiesDialog
from meso_desk.model.edits.cost_edits import without_costs
from meso_desk.model.preferences.approval_conditions import ApprovalCondition


def make_dialog(qtbot, plan) -> PlanPropertiesDialog:
    doc = PlanDocument(plan)
    dlg = PlanPropertiesDialog(doc, None, today=date(2026, 12, 4))
    doc.setParent(dlg)
    qtbot.addWidget(dlg)
    dlg.resize(680, 740)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def ok(dlg):
    return dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)


def with_quality(plan: md.Plan, **update) -> md.Plan:
    q = plan.approvers[1].model_copy(update=update)
    return plan.replace(approvers=(plan.approvers[0], q, *plan.approvers[2:]))




def test_without_a_cost_model_the_cfos_condition_is_noted_not_refused(qtbot, supplier):
    plan = without_costs(supplier).plan
    dlg = make_dialog(qtbot, plan)
    assert dlg.errors == {} and ok(dlg).isEnabled()
    message = dlg.messages["approvers"]
    assert message.isVisibleTo(dlg) and message.text() == (
        "Row 1, condition 1: the plan has no cost model, so a total-cost condition never applies")
    dlg.approvers_table.setCurrentCell(0, 0)
    ed = dlg.conditions_editor
    assert ed.table.cellWidget(0, 0).property("neverApplies") is True
    assert ed.table.item(0, 3).toolTip().startswith("Never applies: the plan has no cost model")
    dlg.title_edit.setText("Chairs, no costs yet")
    ok(dlg).click()
    assert dlg.document.plan.title == "Chairs, no costs yet"
    assert dlg.document.plan.approvers[0].conditions == supplier.approvers[0].conditions  # kept


def test_a_new_sign_off_limit_may_be_typed_before_the_cost_model_exists(qtbot, supplier):
    plan = without_costs(supplier).plan
    plan = plan.replace(approvers=(plan.approvers[0].model_copy(update={"conditions": ()}), *plan.approvers[1:]))
    dlg = make_dialog(qtbot, plan)
    dlg.approvers_table.setCurrentCell(0, 0)
    ed = dlg.conditions_editor
    ed.add_row({"kind": "total_cost", "when": "above", "value": "400000", "effect": "needs"})
    ed.edited.emit()
    assert dlg.errors == {} and ok(dlg).isEnabled() and "never applies" in dlg.messages["approvers"].text()
    ok(dlg).click()
    assert dlg.document.plan.approvers[0].conditions[0].value == 400_000


def test_a_condition_on_a_missing_issue_is_kept_and_shown_as_not_applying(qtbot, supplier):
    """A file edited by hand: Quality refuses "Guarantee" below 24, an issue the plan lacks."""
    gone = ApprovalCondition(kind="term", issue="Guarantee", when="below", value=24.0, effect="refuses")
    plan = with_quality(supplier, conditions=(gone,))
    dlg = make_dialog(qtbot, plan)
    assert dlg.errors == {} and ok(dlg).isEnabled()
    assert "Row 2, condition 1: the plan has no issue called “Guarantee”, so the condition never applies" in \
        dlg.messages["approvers"].text()
    dlg.approvers_table.setCurrentCell(1, 0)
    ed = dlg.conditions_editor
    assert ed.table.cellWidget(0, 1).currentText() == "Guarantee"  # not blanked: not lost
    ed.table.cellWidget(0, 4).setCurrentIndex(1)  # touching the row reads it back…
    ed.table.cellWidget(0, 4).setCurrentIndex(0)
    assert dlg.errors == {} and ok(dlg).isEnabled()
    dlg.title_edit.setText("Renamed")
    ok(dlg).click()
    assert dlg.document.plan.title == "Renamed" and dlg.document.plan.approvers[1].conditions == (gone,)


def test_ok_without_changes_keeps_the_weights_exactly_and_is_no_edit(qtbot, supplier):
    plan = with_quality(supplier, weights={"Warranty": 2 / 3, "Delivery": 1 / 3})
    dlg = make_dialog(qtbot, plan)
    doc = dlg.document
    dlg.approvers_table.setCurrentCell(1, 0)
    assert dlg.conditions_editor.weights_edit.text() == "Warranty 66.7, Delivery 33.3"  # shown rounded
    ok(dlg).click()
    assert doc.plan == plan and doc.undo_stack.count() == 0 and not doc.modified


def test_a_title_change_keeps_the_weights_exactly_an_edited_weight_changes_them(qtbot, supplier):
    plan = with_quality(supplier, weights={"Warranty": 0.12345, "Delivery": 0.87655})
    dlg = make_dialog(qtbot, plan)
    dlg.title_edit.setText("New title")
    ok(dlg).click()
    assert dlg.document.plan.approvers[1].weights == plan.approvers[1].weights
    dlg = make_dialog(qtbot, plan)
    dlg.approvers_table.setCurrentCell(1, 0)
    ed = dlg.conditions_editor
    ed.weights_edit.setText("Warranty 1, Delivery 3")
    ed.weights_edit.textEdited.emit(ed.weights_edit.text())
    ok(dlg).click()
    assert dlg.document.plan.approvers[1].weights == {"Warranty": 0.25, "Delivery": 0.75}


def test_german_shows_a_conditions_decimals_with_a_comma_and_reads_them_back(german, qtbot, supplier):
    price = ApprovalCondition(kind="term", issue="Unit price", when="above", value=232.125, effect="refuses")
    points = ApprovalCondition(kind="points", when="below", value=55.5, effect="refuses")
    plan = with_quality(supplier, conditions=(price, points), weights={"Warranty": 0.6, "Delivery": 0.4})
    dlg = make_dialog(qtbot, plan)
    dlg.approvers_table.setCurrentCell(1, 0)
    ed = dlg.conditions_editor
    assert [ed.table.item(r, 3).text() for r in range(2)] == ["232,125", "55,5"]
    ed.table.cellWidget(0, 4).setCurrentIndex(1)  # touching a combo reads the row back
    ed.table.cellWidget(0, 4).setCurrentIndex(0)
    assert dlg.errors == {} and ok(dlg).isEnabled()
    dlg.title_edit.setText("Bürostühle")
    ok(dlg).click()
    assert dlg.document.plan.approvers[1].conditions == (price, points)
