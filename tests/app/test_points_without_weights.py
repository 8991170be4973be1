"""A condition on their points whose approver lost every weight (each issue they weighed was
removed) is kept and shown as never applying — a warning; Plan Properties' OK stays enabled
(docs/approvals.md). Before: "Quality: a condition on their points needs weights of their own"
disabled OK for the whole dialog, and the removal did not say the condition stopped applying.
Typed anew without weights, or with the weights of a working condition cleared, it is refused
as before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox
from shown import window_at_1366

import meso_desk as md
from meso_desk.app.plan_properties_dialog import open_plan_properties
from meso_desk.app.widgets.issues.issue_table import IssuePanel
from meso_desk.model.edits.plan_edits import with_properties
from meso_desk.model.errors import PlanError
from meso_desk.model.preferences.approval_conditions import ApprovalCondition

POINTS = ApprovalCondition(kind="points", when="below", value=55.0, effect="refuses")
NEVER = "Quality has no weights of their own on this plan's issues, so the condition on their points never applies"


def _weighing_warranty(plan: md.Plan) -> md.Plan:
    q = plan.approvers[1].model_copy(update={"weights": {"Warranty": 1.0}, "conditions": (POINTS,)})
    return plan.replace(approvers=(plan.approvers[0], q, *plan.approvers[2:]))


def test_removing_every_issue_an_approver_weighed_leaves_plan_properties_editable(qtbot, make_window):
    plan = _weighing_warranty(md.example_plan("supplier"))
    win = window_at_1366(make_window, qtbot, plan)
    doc = win.document
    win.findChild(QAction, "actionWorkspace_prepare").trigger()
    panel = win.findChild(IssuePanel, "issuePanel")
    panel.select_issue("Warranty")
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert "Warranty" not in doc.plan.issue_names and doc.plan.approvers[1].weights == {}
    assert ("Quality has no weights of their own left, so their condition on their points never applies."
            in panel.status.text()), panel.status.text()
    removed = doc.plan
    props = open_plan_properties(win, doc)
    qtbot.waitExposed(props)
    ok = props.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert props.errors == {} and ok.isEnabled()
    assert f"Row 2, condition 1: {NEVER}" in props.messages["approvers"].text()
    props.approvers_table.setCurrentCell(1, 0)
    assert props.conditions_editor.table.cellWidget(0, 0).property("neverApplies") is True
    props.title_edit.setText("Chairs, no warranty")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert doc.plan.title == "Chairs, no warranty" and doc.plan.approvers[1].conditions == (POINTS,)  # kept
    win.action_undo.trigger()
    assert doc.plan.model_dump() == removed.model_dump()
    win.action_undo.trigger()
    assert doc.plan.model_dump() == plan.model_dump()


def test_a_points_condition_without_weights_typed_anew_or_emptied_is_still_refused():
    plan = _weighing_warranty(md.example_plan("supplier"))
    rows = [{"name": a.name, "role": a.role, "conditions": list(a.conditions), "weights": dict(a.weights)}
            for a in plan.approvers]
    rows[1]["weights"] = ""  # the weights of a working condition cleared
    with pytest.raises(PlanError, match="a condition on their points needs weights of their own"):
        with_properties(plan, approvers=rows)
    rows[1]["weights"] = {"Warranty": 1.0}
    rows[2]["conditions"] = [POINTS.model_copy(update={"value": 40.0})]  # typed anew for Logistics
    with pytest.raises(PlanError, match="Logistics: a condition on their points needs weights"):
        with_properties(plan, approvers=rows)
