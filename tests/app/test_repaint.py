"""Repaint stability: the main window survives hundreds of repaints while the plan changes.

PySide6-Essentials 6.12.0 on Python 3.11 aborts after a few hundred repaints with
``Fatal Python error: none_dealloc`` (see docs/decisions.md, known pitfalls). A broken binding
release then kills this test process: a red CI run instead of a user's crash.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

import meso_desk as md

REPAINTS = 400


def test_main_window_survives_many_repaints(make_window, qtbot):
    plan = md.example_plan("supplier")
    win = make_window(plan, remember_layout=False)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    doc = win.document
    name = plan.packages[1].name
    issue = plan.issue("Unit price")
    grid = issue.grid()
    widgets = [w for w in win.findChildren(QWidget) if w.isVisible()]
    assert len(widgets) > 20
    for k in range(REPAINTS):
        if k % 4 == 0:  # make the views redraw something new, as a drag would
            doc.apply(doc.plan.with_term(name, "Unit price", float(grid[(k * 7) % len(grid)])),
                      "Move Unit price", merge_key=("term", name, "Unit price"))
        win.repaint()
        QApplication.processEvents()
    doc.end_gesture()
    assert win.isVisible()
    assert doc.undo_stack.count() == 1, "the whole drag is one undo step"
    img = win.grab().toImage()
    assert img.width() == win.width() and not img.isNull()
