"""Editing the issues after work was done, in the window at 1366 × 768 (docs/issues-panel.md): what
moves besides the issue is named in the status line (the Options dialog says it before OK), each
edit is one undo step that brings the plan back exactly, and a saved plan reopens with it all.

Before: a typed range deleted the contingent clauses without a word; an outside option refused
every rename; a replaced option moved the counter-offer to our best option and then locked Plan
Properties ("Incoterm has no option “FCA”", OK disabled)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit
from shown import window_at_1366

import meso_desk as md
from meso_desk.app.plan_properties_dialog import open_plan_properties
from meso_desk.app.widgets.issues.issue_table import IssuePanel
from meso_desk.model.edits.supplier_edits import set_outside_option
from meso_desk.model.preferences.issue_text import COL
from tests.model.recorded_plans import recorded_plan


def _panel(win) -> IssuePanel:
    win.findChild(QAction, "actionWorkspace_prepare").trigger()
    return win.findChild(IssuePanel, "issuePanel")


def _editor(panel, issue, col):
    idx = panel.model.index(panel.model.row_of(issue), COL[col])
    panel.table.setFocus()
    panel.table.setCurrentIndex(idx)
    panel.table.edit(idx)
    return panel.table.indexWidget(idx)


def _type(qtbot, line: QLineEdit, text: str) -> None:
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def _saved_and_reopened(win, tmp_path, name):
    win.answers["save_path"] = str(tmp_path / name)
    assert win.files.save_as()
    return md.load_plan(tmp_path / name)


def test_a_typed_range_names_the_clauses_it_changed_and_one_undo_restores_them(qtbot, make_window, tmp_path):
    plan = recorded_plan()
    win = window_at_1366(make_window, qtbot, plan)
    doc, panel = win.document, _panel(win)
    _type(qtbot, _editor(panel, "Warranty", "range").max_edit, "30")
    assert doc.undo_stack.count() == 1
    assert ("Also changed to fit: 1 package(s) and the contingent clauses on it (the agreement; Warranty guard; "
            "3 offered package(s) in the recorded rounds).") in panel.status.text(), panel.status.text()
    after = doc.plan
    assert after.agreement.clauses["Warranty"].term == 30.0
    assert _saved_and_reopened(win, tmp_path, "range.meso").model_dump() == after.model_dump()
    win.action_undo.trigger()
    assert doc.plan.model_dump() == plan.model_dump()


def test_the_options_dialog_warns_before_ok_and_plan_properties_stay_editable(qtbot, make_window, tmp_path):
    plan = recorded_plan()
    win = window_at_1366(make_window, qtbot, plan)
    doc, panel = win.document, _panel(win)
    panel.select_issue("Incoterm")
    qtbot.mouseClick(panel.options_button, Qt.MouseButton.LeftButton)
    dlg = panel.options_dialog
    qtbot.waitExposed(dlg)
    dlg.table.setCurrentCell(1, 0)  # FCA
    qtbot.mouseClick(dlg.remove_button, Qt.MouseButton.LeftButton)
    dlg.table.setCurrentCell(0, 0)
    qtbot.mouseClick(dlg.add_button, Qt.MouseButton.LeftButton)
    editor = dlg.table.indexWidget(dlg.table.model().index(1, 0))  # the new option's label, open for typing
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "CPT")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # (the table commits it once the event loop runs)
    qtbot.waitUntil(lambda: [r.label for r in dlg.rows()] == ["EXW", "CPT", "DAP", "DDP"])
    assert dlg.status.text().startswith("“FCA” is in use (2 package(s), the competing quote, 1 recorded round(s), "
                                        "the conditions of Logistics and the total cost model): on OK it goes, "
                                        "and its terms move to “CPT”"), dlg.status.text()
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert doc.undo_stack.count() == 1
    status = panel.status.text()
    assert "Terms on “FCA” moved to “CPT”, the nearest option left." in status, status
    assert "Logistics now allows only DAP and DDP on “Incoterm” (FCA is gone)." in status
    assert doc.plan.rounds[0].counter_offer["Incoterm"] == "CPT"  # not DDP, our best
    changed = doc.plan
    props = open_plan_properties(win, doc)
    qtbot.waitExposed(props)
    assert props.errors == {} and props.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    props.title_edit.setText("Chairs, options renamed")
    props.accept()
    assert doc.undo_stack.count() == 2 and doc.plan.title == "Chairs, options renamed"
    assert doc.plan.approvers == changed.approvers
    assert _saved_and_reopened(win, tmp_path, "options.meso").model_dump() == doc.plan.model_dump()
    win.action_undo.trigger()
    assert doc.plan.model_dump() == changed.model_dump()
    win.action_undo.trigger()
    assert doc.plan.model_dump() == plan.model_dump()


def test_with_an_outside_option_an_issue_is_renamed_and_removed_by_typing(qtbot, make_window):
    base = md.example_plan("sourcing")
    plan = set_outside_option(base, dict(base.batna_package))
    win = window_at_1366(make_window, qtbot, plan)
    doc, panel = win.document, _panel(win)
    _type(qtbot, _editor(panel, "Delivery", "name"), "Lead time")
    assert doc.undo_stack.count() == 1 and doc.plan.outside_option["Lead time"] == plan.outside_option["Delivery"]
    renamed = doc.plan
    panel.select_issue("Lead time")
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert doc.undo_stack.count() == 2 and "Lead time" not in doc.plan.outside_option, panel.status.text()
    win.action_undo.trigger()
    assert doc.plan.model_dump() == renamed.model_dump()
    win.action_undo.trigger()
    assert doc.plan.model_dump() == plan.model_dump()


def test_removing_an_issue_says_which_answers_went_and_the_file_keeps_the_rest(qtbot, make_window, tmp_path):
    plan = recorded_plan()
    win = window_at_1366(make_window, qtbot, plan)
    doc, panel = win.document, _panel(win)
    _type(qtbot, _editor(panel, "Delivery", "name"), "Lead time")
    panel.select_issue("Payment term")
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert "Also gone with it: their Ask-next answer on it." in panel.status.text(), panel.status.text()
    again = _saved_and_reopened(win, tmp_path, "removed.meso")
    assert again.rounds[0].issue_over == ("Unit price", "Lead time")
    assert again.rounds[0].preferred_term == {"Incoterm": "FCA"}
    assert sorted(again.weight_region.low) == sorted(again.issue_names)
    win.action_undo.trigger()
    win.action_undo.trigger()
    assert doc.plan.model_dump() == plan.model_dump()
