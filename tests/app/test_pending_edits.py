"""Text typed but not applied yet counts before the plan is saved or closed.

Some fields apply what is typed when the user leaves them (a cell editor of the issue table,
the agreement's notes, the BATNA in words) or after a pause (the lessons). Closing the window
or pressing Save right after typing — no Tab, no pause — used to decide from the plan without
that text: the close asked nothing and the text was lost, the save wrote a file without it.
``PlanDocument.commit_pending_edits`` (``docs/window.md``, "Files") commits it first.
"""

from __future__ import annotations

import pytest
from deal_plans import dealt_plan
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

import meso_desk as md

WAIT = 10_000
TYPED = " IMPORTANT"
#: (objectName, widget class, where the text lands in the plan)
DEAL_FIELDS = [
    ("dealLessonsEdit", QPlainTextEdit, lambda plan: plan.lessons),
    ("dealNotesEdit", QLineEdit, lambda plan: plan.agreement.notes),
    ("dealBatnaText", QLineEdit, lambda plan: plan.batna),
]


def _shown(win, qtbot, workspace: str):
    win.show_workspace(workspace)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=WAIT)
    return win


def _type_into(qtbot, w: QWidget, text: str) -> None:
    w.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(w.hasFocus, timeout=WAIT)
    if isinstance(w, QPlainTextEdit):
        w.moveCursor(w.textCursor().MoveOperation.End)
    else:
        w.end(False)
    qtbot.keyClicks(w, text)


@pytest.mark.parametrize("name, cls, field", DEAL_FIELDS, ids=[n for n, _c, _f in DEAL_FIELDS])
def test_closing_right_after_typing_in_a_deal_field_asks_and_keeps_the_text(make_window, qtbot, name, cls,
                                                                             field):
    win = _shown(make_window(dealt_plan()), qtbot, "deal")
    doc = win.document
    _type_into(qtbot, win.findChild(cls, name), TYPED)
    win.answers["save_changes"] = "cancel"
    assert not win.close()  # Ctrl+W, the window's ×, Quit
    assert win.asked == ["save_changes"], "the typed text is a change: the close asks about it"
    assert field(doc.plan).endswith(TYPED.strip())
    assert doc.modified and win.isVisible()


def test_save_right_after_typing_the_lessons_writes_them(make_window, qtbot, tmp_path):
    win = _shown(make_window(dealt_plan()), qtbot, "deal")
    target = tmp_path / "deal.meso"
    win.answers["save_path"] = str(target)
    lessons = win.findChild(QPlainTextEdit, "dealLessonsEdit")
    _type_into(qtbot, lessons, TYPED)
    qtbot.keyClick(lessons, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert win.asked == ["save_path"]
    assert md.load_plan(target).lessons.endswith(TYPED.strip())
    assert not win.document.modified and not win.isWindowModified()
    assert lessons.hasFocus(), "the focus stays where the user types"


def test_closing_while_a_cell_of_the_issue_table_is_being_edited_asks(make_window, qtbot, supplier):
    win = _shown(make_window(supplier), qtbot, "prepare")
    doc = win.document
    table = win.findChild(QWidget, "issueTable")
    index = table.model().index(0, 0)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Price per chair")
    win.answers["save_changes"] = "cancel"
    assert not win.close()
    assert win.asked == ["save_changes"]
    assert doc.plan.issues[0].name == "Price per chair"
    assert table.indexWidget(index) is None, "the cell editor is closed: its text is in the plan"


def test_a_field_without_a_hook_of_its_own_commits_through_the_focus(make_window, qtbot, supplier):
    """The catch-all: the focused field is left (its own focus-out applies it), then focused again."""
    win = _shown(make_window(supplier), qtbot, "offers")
    doc = win.document
    column = next(c for c in win.package_panel.findChildren(QWidget, "packageColumn") if c.isVisible())
    old = column.package_name
    column.start_rename()
    edit = column.findChild(QLineEdit, "packageName")
    qtbot.waitUntil(edit.hasFocus, timeout=WAIT)
    edit.selectAll()
    qtbot.keyClicks(edit, "Renamed")
    doc.commit_pending_edits()
    assert "Renamed" in doc.plan.package_names and old not in doc.plan.package_names
    assert doc.modified
