"""Issue 17, 11.: undo texts keep names as the user wrote them — in the undo stack and in the
Undo/Redo tooltips of the window."""

from __future__ import annotations

from meso_desk.model.edits.issue_edits import edit_issue


def test_undo_and_redo_tips_keep_names_as_written(make_window):
    win = make_window()
    doc = win.document
    plan = doc.plan
    doc.apply(plan.with_terms("Our ideal", {"Unit price": 200.0}), "Change Unit price of Our ideal")
    assert win.action_undo.toolTip() == "Undo change Unit price of Our ideal"
    r = edit_issue(doc.plan, 0, "name", "SLA price")
    doc.apply(r.plan, r.text)
    assert win.action_undo.toolTip() == "Undo rename issue “Unit price” to “SLA price”"
    doc.undo_stack.undo()
    assert win.action_redo.toolTip() == "Redo rename issue “Unit price” to “SLA price”"
