"""Issue 17, 1.: the issues table's main columns are readable at a laptop's panel width (about
560 px, the Prepare workspace at 1366 × 700) without a horizontal scroll — checked on the real
geometry of the shown widget: where each column ends and whether each cell's text fits it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.widgets.issues.issue_table import IssuePanel
from meso_desk.model.preferences.issue_text import COL, COLUMN_KEYS

MAIN = ("name", "kind", "unit", "range", "step", "direction", "curve", "hard_limit", "money")


def _panel(qtbot, width: int) -> IssuePanel:
    p = IssuePanel(PlanDocument(md.example_plan("supplier")))
    qtbot.addWidget(p)
    p.resize(width, 600)
    p.show()
    qtbot.waitExposed(p)
    return p


def _cut_cells(panel: IssuePanel) -> list[str]:
    """Cells of the main columns whose text does not fit their column (the view would elide)."""
    t = panel.table
    hh = t.horizontalHeader()
    margin = 2 * (t.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, t) + 1)
    cut = []
    for r in range(panel.model.rowCount()):
        issue = panel.model.issue(r)
        for key in MAIN:
            if key == "range" and not issue.is_numeric:
                continue  # an option list elides; the tooltip and the curve plot below show every option
            idx = panel.model.index(r, COL[key])
            font = idx.data(Qt.ItemDataRole.FontRole) or t.font()
            text = idx.data() or ""
            need = QFontMetrics(QFont(font)).horizontalAdvance(text) + margin
            if need > hh.sectionSize(COL[key]):
                cut.append(f"{issue.name}/{key}: {text!r} needs {need}, has {hh.sectionSize(COL[key])}")
    return cut


@pytest.mark.parametrize("width", [560, 1000])
def test_main_columns_fit_without_horizontal_scroll(qtbot, width):
    panel = _panel(qtbot, width)
    t = panel.table
    hh = t.horizontalHeader()
    assert t.horizontalScrollBar().value() == 0
    last = COL[MAIN[-1]]
    right = hh.sectionViewportPosition(last) + hh.sectionSize(last)
    assert right <= t.viewport().width(), f"the main columns end at {right}, the table shows {t.viewport().width()}"
    assert _cut_cells(panel) == []
    assert COLUMN_KEYS[-1] == "description", "only the notes may lie beyond the right edge"


def test_columns_refit_when_the_panel_narrows_and_stop_when_the_user_sizes_one(qtbot):
    panel = _panel(qtbot, 1000)
    wide = panel.table.horizontalHeader().sectionSize(COL["range"])
    panel.resize(560, 600)
    qtbot.waitUntil(lambda: panel.table.horizontalHeader().sectionSize(COL["range"]) < wide)
    panel.table.horizontalHeader().resizeSection(COL["range"], 200)  # the user widens a column
    panel.resize(600, 600)
    QApplication.processEvents()
    assert panel.width() == 600
    assert panel.table.horizontalHeader().sectionSize(COL["range"]) == 200
