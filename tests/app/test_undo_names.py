"""Issue 17, 11.: undo texts keep names as the user wrote them — in the undo stack and in the
Undo/Redo tooltips of the window."""

from __future__ import annotations

import meso_desk as md
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


def test_a_name_with_a_line_break_keeps_its_undo_texts_whole(make_window):
    """The stray "2" of "Move breakpoint … 2": an issue named across two lines ("Delivery⏎2", pasted
    into its name cell, which keeps line breaks and tabs) had its breakpoint moves cut in two by Qt's undo
    stack, which splits a command's text at a line break — the history read "Move breakpoint of
    “Delivery", Edit ▸ Undo and its tooltip "Undo 2”"; a tab put the rest in the menu's shortcut column.
    The cell now takes such a paste on one line (test_names_typed_on_one_line.py); a script's plan may
    still name an issue across lines."""
    win = make_window()
    doc = win.document
    plan = doc.plan
    row = plan.issue_names.index("Delivery")
    issue = plan.issues[row].model_copy(update={"curve": md.Curve.BREAKPOINTS,
                                                "breakpoints": ((2.0, 100.0), (6.0, 80.0), (9.0, 50.0), (12.0, 0.0))})
    doc.apply(plan.with_issue(row, issue), "breakpoints")
    for name, shown, ys in (("Delivery\n2", "Delivery 2", (40, 60)), ("Delivery 2\tweeks", "Delivery 2 weeks", (30, 70))):
        doc.apply(doc.plan.with_issue(row, doc.plan.issues[row].model_copy(update={"name": name})), "Rename")
        assert doc.plan.issues[row].name == name  # (the name as written)
        editor = win.issue_panel.curve_editor
        editor.set_issue(name)
        for y in ys:  # two drags of a breakpoint: two steps
            editor.handles.drag_to(1, 6, y)
            editor.handles.finish_drag()
        stack = doc.undo_stack
        moved = f"Move breakpoint of “{shown}”"
        assert [stack.text(k) for k in (stack.count() - 2, stack.count() - 1)] == [moved, moved]
        history = win.history_view.model()
        assert history.data(history.index(history.rowCount() - 1, 0)) == moved
        assert win.action_undo.text() == f"&Undo {moved}"
        assert win.action_undo.toolTip() == f"Undo move breakpoint of “{shown}”"
        stack.undo()
        assert win.action_redo.text() == f"&Redo {moved}"


def test_every_undo_text_is_one_line_whatever_the_names(make_window):
    """A package named across two lines (a loaded file can hold one) has its edits' undo texts on
    one line too: the document's command is the one place every text passes."""
    win = make_window()
    doc = win.document
    plan = doc.plan
    doc.apply(plan.with_terms("Our ideal", {"Unit price": 200.0}), "Change Unit price of Our\nideal\tnow")
    assert doc.undo_stack.undoText() == "Change Unit price of Our ideal now"
    assert win.action_undo.text() == "&Undo Change Unit price of Our ideal now"
