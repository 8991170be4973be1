"""A range typed in the Issues table keeps the curve's Better rule as a drag does (docs/issues-panel.md,
"The value curve"): the new ends are read off the old curve, and a worse end that would be worth more
than the better end is held at its value, the status line saying why. Before: the curve silently
turned round (EUR 250 worth more than EUR 200 though lower is better)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from shown import window_at_1366

import meso_desk as md
from meso_desk.app.widgets.issues.issue_table import IssuePanel
from meso_desk.model.edits.issue_edits import edit_issue
from meso_desk.model.preferences.issue_text import COL


def test_a_typed_range_holds_the_worse_end_and_says_why(qtbot, make_window):
    plan = md.example_plan("supplier")
    row = plan.issue_names.index("Unit price")
    plan = edit_issue(plan, row, "curve", "breakpoints").plan
    plan = edit_issue(plan, row, "breakpoints", [(180, 100), (200, 20), (240, 60), (260, 0)]).plan  # a bump
    win = window_at_1366(make_window, qtbot, plan)
    doc = win.document
    win.findChild(QAction, "actionWorkspace_prepare").trigger()
    panel = win.findChild(IssuePanel, "issuePanel")
    idx = panel.model.index(row, COL["range"])
    panel.table.setFocus()
    panel.table.setCurrentIndex(idx)
    panel.table.edit(idx)
    editor = panel.table.indexWidget(idx)
    for line, text in ((editor.min_edit, "200"), (editor.max_edit, "250")):
        line.setFocus()
        line.selectAll()
        qtbot.keyClick(line, Qt.Key.Key_Delete)
        qtbot.keyClicks(line, text)
    qtbot.keyClick(editor.max_edit, Qt.Key.Key_Return)
    issue = doc.plan.issue("Unit price")
    assert (issue.min, issue.max) == (200, 250) and doc.undo_stack.count() == 1
    assert issue.breakpoints[-1] == (250, 20) and issue.against_better == 0
    assert ("The curve's end at EUR 250.00 is held at 20.0 points: lower is better for “Unit price”"
            in panel.status.text()), panel.status.text()
    win.action_undo.trigger()
    assert doc.plan.model_dump() == plan.model_dump()
