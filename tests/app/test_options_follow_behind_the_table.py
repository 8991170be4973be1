"""A removed option leaves what lies behind their table (docs/behind-the-table.md): their
constituencies' "one of" and the goodwill's options lose it, the Options dialog names them before OK
and the status line after it, one undo brings the plan back exactly and the saved plan reopens.

Before: "one of FCA, DAP" and the goodwill on FCA kept FCA after it was removed, without a word,
and every later edit of their constituencies was refused ("Incoterm has no option “FCA”")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox
from shown import window_at_1366

import meso_desk as md
from meso_desk.app.widgets.counterpart.behind_table_tab import BehindTheTable
from meso_desk.app.widgets.issues.issue_table import IssuePanel
from meso_desk.model.preferences.behind_the_table import Constituency, Goodwill


def _plan():
    p = md.example_plan("supplier")
    logistics = Constituency(party="logistics desk", issue="Incoterm", kind="one_of", options=("FCA", "DAP"))
    return p.replace(their_constituencies=(*p.their_constituencies, logistics),
                     goodwill=dict(p.goodwill, Incoterm=Goodwill(options=("FCA", "DDP"), signal="service")))


def test_removing_an_option_in_the_dialog_carries_constituencies_and_goodwill(qtbot, make_window, tmp_path):
    plan = _plan()
    win = window_at_1366(make_window, qtbot, plan)
    doc = win.document
    win.findChild(QAction, "actionWorkspace_prepare").trigger()
    panel = win.findChild(IssuePanel, "issuePanel")
    panel.select_issue("Incoterm")
    qtbot.mouseClick(panel.options_button, Qt.MouseButton.LeftButton)
    dlg = panel.options_dialog
    qtbot.waitExposed(dlg)
    dlg.table.setCurrentCell(1, 0)  # FCA
    qtbot.mouseClick(dlg.remove_button, Qt.MouseButton.LeftButton)
    assert [r.label for r in dlg.rows()] == ["EXW", "DAP", "DDP"]
    assert "their constituency logistics desk, the goodwill on it" in dlg.status.text(), dlg.status.text()
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert doc.undo_stack.count() == 1
    status = panel.status.text()
    assert "Their constituency logistics desk now asks only for DAP on “Incoterm” (FCA is gone)." in status, status
    assert "The goodwill on “Incoterm” now comes only with DDP (FCA is gone)." in status
    changed = doc.plan
    assert changed.their_constituencies[-1].options == ("DAP",) and changed.goodwill["Incoterm"].options == ("DDP",)
    # their constituencies can be edited again (a stale option refused every edit of the list)
    tab = win.findChild(BehindTheTable, "behindTheTable")
    tab.add_row()
    assert doc.undo_stack.count() == 2 and len(doc.plan.their_constituencies) == len(changed.their_constituencies) + 1
    win.action_undo.trigger()
    assert doc.plan.model_dump() == changed.model_dump()
    win.answers["save_path"] = str(tmp_path / "options.meso")
    assert win.files.save_as()
    assert md.load_plan(tmp_path / "options.meso").model_dump() == changed.model_dump()
    win.action_undo.trigger()
    assert doc.plan.model_dump() == plan.model_dump()
