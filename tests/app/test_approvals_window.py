"""Approvals in the window (docs/approvals.md): the MESO dialog's switch and its approvals row;
the Plan Properties condition editor refusing a bad condition where it is typed."""

from __future__ import annotations

from meso_desk.app.document import PlanDocument
from meso_desk.app.widgets.packages import meso_dialog
from meso_desk.model.approvals.rules import approvals
from meso_desk.model.examples import example_plan


def _dialog(qtbot, plan):
    dlg = meso_dialog.MesoDialog(PlanDocument(plan))
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _wait(qtbot, dlg):
    qtbot.waitUntil(lambda: not dlg.is_busy() and "Generating" not in dlg.message.text(), timeout=20_000)


def _approvals_row(dlg) -> list[str]:
    rows = [dlg.preview.verticalHeaderItem(r).text() for r in range(dlg.preview.rowCount())]
    r = rows.index("Approvals")
    return [dlg.preview.item(r, c).text() for c in range(dlg.preview.columnCount())]


def test_the_meso_dialog_requires_approvals_by_default_and_shows_them(qtbot):
    plan = example_plan("supplier")
    dlg = _dialog(qtbot, plan)
    switch = dlg.findChild(type(dlg.approvals), "mesoApprovals")
    assert switch.isChecked() and switch.isEnabled()
    dlg.level.set_level(70.0)
    dlg.regenerate()
    _wait(qtbot, dlg)
    assert dlg.add_button.isEnabled(), dlg.message.text()
    assert "every approver accepts" in dlg.message.text()
    assert all("✗" not in x for x in _approvals_row(dlg))
    assert approvals(plan, [dict(p) for p in dlg._result[3]]).accepted.all()
    switch.setChecked(False)
    _wait(qtbot, dlg)
    assert any("✗ Quality: warranty" in x for x in _approvals_row(dlg))  # what the switch keeps out
    dlg.close()


def test_without_refusing_approvers_the_switch_is_off_and_disabled(qtbot):
    plan = example_plan("supplier")
    dlg = _dialog(qtbot, plan.replace(approvers=plan.approvers[:1]))  # the CFO only signs
    assert not dlg.approvals.isChecked() and not dlg.approvals.isEnabled()
    _wait(qtbot, dlg)
    dlg.close()


def test_the_condition_editor_refuses_a_bad_condition_where_it_is_typed(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from meso_desk.app.plan_properties_dialog import PlanPropertiesDialog

    plan = example_plan("supplier")
    doc = PlanDocument(plan)
    dlg = PlanPropertiesDialog(doc, None)
    qtbot.addWidget(dlg)
    dlg.show()
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    editor = dlg.conditions_editor
    dlg.approvers_table.setCurrentCell(1, 0)  # Quality
    assert editor.conditions() == [{"kind": "term", "issue": "Warranty", "when": "below", "effect": "refuses",
                                    "value": "24"}]
    editor.table.item(0, 3).setText("99")
    assert not ok.isEnabled()
    assert dlg.messages["approvers"].text() == "Row 2, condition 1: 99 is outside Warranty's range 12 months – 48 months"
    kind = editor.table.cellWidget(0, 0)
    kind.setCurrentIndex(kind.findData("options"))
    assert "Warranty is a number" in dlg.messages["approvers"].text() and not ok.isEnabled()
    kind.setCurrentIndex(kind.findData("term"))
    editor.table.item(0, 3).setText("30")
    assert ok.isEnabled() and not dlg.messages["approvers"].isVisible()
    dlg.approvers_table.setCurrentCell(2, 0)  # Logistics: its own conditions, untouched
    assert editor.conditions()[0]["options"] == "FCA, DAP, DDP"
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert doc.plan.approvers[1].conditions[0].value == 30.0
    assert doc.plan.approvers[0] == plan.approvers[0] and doc.plan.approvers[2] == plan.approvers[2]
    doc.undo_stack.undo()
    assert doc.plan == plan


def test_a_card_follows_an_edit_of_the_conditions_and_its_undo(qtbot):
    from meso_desk.app.widgets.packages.package_panel import PackagePanel
    from meso_desk.model.edits.approval_edits import undo_text, with_approver_conditions

    plan = example_plan("supplier")
    doc = PlanDocument(plan)
    panel = PackagePanel(doc)
    qtbot.addWidget(panel)
    panel.resize(1366, 400)
    panel.show()
    card = next(c for c in panel.columns if c.package_name == "Their opening quote")
    assert card.approvals_line.full_text() == "✓ CFO"
    doc.apply(with_approver_conditions(plan, 1, [{"kind": "term", "issue": "Warranty", "value": 30}]),
              undo_text(plan, 1))
    assert card.approvals_line.full_text() == "✓ CFO · ✗ Quality: warranty 24 < 30 months"
    assert "Quality objects: warranty 24 < 30 months" in card.approvals_line.toolTip()
    doc.undo_stack.undo()
    assert card.approvals_line.full_text() == "✓ CFO"
    panel.close()


def test_a_large_threshold_keeps_every_digit(qtbot):
    """A CFO's total-cost threshold of 1,234,567 was shown as 1.23457e+06 and saved back rounded."""
    from meso_desk.app.plan_properties_dialog import PlanPropertiesDialog
    from meso_desk.model.preferences.approval_conditions import ApprovalCondition

    plan = example_plan("supplier")
    cfo = plan.approvers[0].model_copy(update={"conditions": (
        ApprovalCondition(kind="total_cost", when="above", value=1234567.0, effect="refuses"),)})
    plan = plan.replace(approvers=(cfo, *plan.approvers[1:]))
    doc = PlanDocument(plan)
    dlg = PlanPropertiesDialog(doc, None)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.approvers_table.setCurrentCell(0, 0)
    editor = dlg.conditions_editor
    assert editor.table.item(0, 3).text() == "1234567"
    assert editor.conditions()[0]["value"] == "1234567"


def test_the_approver_tables_show_their_whole_headers(qtbot):
    """Beside the form's labels the two tables were too narrow: "Value or options" and
    "Condition (optional)" (now "Note (optional)") were cut off in their own headers."""
    from meso_desk.app.plan_properties_dialog import PlanPropertiesDialog

    dlg = PlanPropertiesDialog(PlanDocument(example_plan("supplier")), None)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.approvers_table.setCurrentCell(1, 0)
    qtbot.waitUntil(lambda: dlg.conditions_editor.isEnabled())
    for table in (dlg.approvers_table, dlg.conditions_editor.table):
        header = table.horizontalHeader()
        for c in range(table.columnCount()):
            text = table.horizontalHeaderItem(c).text()
            assert header.sectionSize(c) >= header.fontMetrics().horizontalAdvance(text) + 8, (table.objectName(), text)
    dlg.close()
