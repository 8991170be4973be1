"""The Suppliers view at 1366 × 768 keeps what must be read when its text is shortened: the
headline's INTERNAL (first, where the shortening never reaches) and the ● of the supplier worked
on in a long column header (the name is shortened at its end)."""

from __future__ import annotations

from PySide6.QtCore import Qt

import meso_desk as md
from meso_desk.model.edits import supplier_edits as se
from tests.app.shown import window_at_1366
from tests.app.test_supplier_comparison import _settled

LONG = "Sitwell Office Furniture Manufacturing and Distribution Group Holdings Ltd"


def test_internal_and_the_active_mark_stay_visible_with_a_long_name(make_window, qtbot):
    p = se.rename_supplier(md.example_plan("sourcing"), "Sitwell Office Ltd", LONG).plan.with_supplier(LONG)
    win = window_at_1366(make_window, qtbot, p)
    win.actions.suppliers.trigger()
    view = win.supplier_view
    _settled(view, qtbot, win.document.plan)
    shown = view.headline.text()  # as drawn (shortened), the whole text in the tooltip
    assert shown != view.headline.full_text() and shown.startswith("INTERNAL")
    header = view.table.horizontalHeader()
    c = next(k for k in range(view.table.columnCount()) if LONG in view.table.horizontalHeaderItem(k).text())
    text = view.table.horizontalHeaderItem(c).text()
    assert header.textElideMode() == Qt.TextElideMode.ElideRight
    drawn = header.fontMetrics().elidedText(text, header.textElideMode(), header.sectionSize(c) - 8)
    assert drawn != text and drawn.startswith("● ")
