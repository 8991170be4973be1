"""A workspace switch resizes the panels a few times in a row; the issue table's columns and the
value map's legend are fitted again only when their contents or their room changed (the audit of
a big plan, finding 4: every resize measured every cell of the table and laid the legend out
for every number of columns, 60–90 ms of a switch). The same widths and column counts as before;
the time is measured in ``benchmarks/bench_gestures.py``."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.plot import style
from meso_desk.app.widgets.issues.issue_table import IssuePanel, IssueTableView
from meso_desk.model.preferences.issue_text import COL


@pytest.fixture
def measures(monkeypatch):
    """How often the issue table measured its cells (``resizeColumnsToContents``)."""
    seen: list[int] = []
    original = IssueTableView.resizeColumnsToContents

    def spy(self):
        seen.append(1)
        original(self)

    monkeypatch.setattr(IssueTableView, "resizeColumnsToContents", spy)
    return seen


def _panel(qtbot, width: int) -> IssuePanel:
    p = IssuePanel(PlanDocument(md.example_plan("supplier")))
    qtbot.addWidget(p)
    p.resize(width, 600)
    p.show()
    qtbot.waitExposed(p)
    return p


def test_a_resize_refits_the_issue_columns_without_measuring_the_cells_again(qtbot, measures):
    panel = _panel(qtbot, 1000)
    hh = panel.table.horizontalHeader()
    main = [c for c in range(panel.model.columnCount()) if c != COL["description"]]  # (the notes stretch)
    del measures[:]
    for w in (900, 800, 700, 600, 560, 480):  # the panel narrows in steps (a dock being sized)
        panel.resize(w, 600)
        qtbot.waitUntil(lambda w=w: panel.width() == w)
    assert len(measures) <= 1  # the same contents: measured once more at most (the rows in view)
    shown_at_480 = _panel(qtbot, 480).table.horizontalHeader()
    assert [hh.sectionSize(c) for c in main] == [shown_at_480.sectionSize(c) for c in main]  # fitted all the same
    # new contents (a longer name): measured again at the next fit, and the name column follows
    wide = _panel(qtbot, 1000)
    hh = wide.table.horizontalHeader()
    name_width = hh.sectionSize(COL["name"])
    row = wide.model.plan.issue_names.index("Delivery")
    assert wide.model.setData(wide.model.index(row, COL["name"]), "Delivery time after the order from the plant")
    del measures[:]
    wide.resize(990, 600)
    qtbot.waitUntil(lambda: wide.width() == 990)
    assert len(measures) == 1
    assert hh.sectionSize(COL["name"]) > name_width


def _exhaustive_fit(legend: pg.LegendItem, room: float) -> int:
    """The legend's columns as fit_legend chose them before: from one row down, laid out each time."""
    cols = len(legend.items)
    while True:
        legend.setColumnCount(cols)
        legend.layout.invalidate()
        if cols == 1 or legend.layout.effectiveSizeHint(Qt.SizeHint.PreferredSize).width() <= room:
            return cols
        cols -= 1


def test_the_legend_is_laid_out_once_per_column_count_while_its_entries_stay(qtbot):
    plan = md.example_plan("sourcing")
    reference = style.make_legend()
    style.fill_legend(reference, plan, plan.aspiration)
    legend = style.make_legend()
    style.fill_legend(legend, plan, plan.aspiration)
    assert len(legend.items) >= 6
    laid_out: list[int] = []
    original = legend.setColumnCount
    legend.setColumnCount = lambda n: (laid_out.append(n), original(n))[1]
    rooms = (900, 260, 420, 260, 900, 330, 420, 120, 900)
    for room in rooms:
        style.fit_legend(legend, room)
        assert legend.columnCount == _exhaustive_fit(reference, room), room
    # each number of columns laid out once to be measured, then only to show the one chosen
    assert len(laid_out) <= len(legend.items) + len(rooms), laid_out
    # new entries: measured afresh
    style.fill_legend(legend, plan.replace(meso_sets=()), plan.aspiration)
    style.fit_legend(legend, 260)
    assert legend.columnCount == _exhaustive_fit(reference_for(plan.replace(meso_sets=())), 260)


def reference_for(plan: md.Plan) -> pg.LegendItem:
    legend = style.make_legend()
    style.fill_legend(legend, plan, plan.aspiration)
    return legend


def _cells(legend: pg.LegendItem) -> list[tuple]:
    out = []
    for r in range(legend.layout.rowCount()):
        for c in range(legend.layout.columnCount()):
            item = legend.layout.itemAt(r, c)
            if item is not None:
                out.append((r, c, getattr(item, "text", None), getattr(item, "spec", {}).get("symbol")))
    return out


def test_a_set_added_keeps_the_legend_entries_before_it_and_shows_as_a_fresh_legend(qtbot):
    """Adding a MESO set makes its entry (and the two after it) anew, not all of them; the
    legend reads and is laid out as one filled from scratch."""
    plan = md.example_plan("sourcing")
    fewer = plan.replace(meso_sets=plan.meso_sets[:1])
    legend = style.make_legend(8)
    style.fill_legend(legend, fewer, 70.0)
    style.fit_legend(legend, 900)
    before = [s for s, _ in legend.items]
    style.fill_legend(legend, plan, 72.0)  # a set more, another target
    style.fit_legend(legend, 420)
    after = [s for s, _ in legend.items]
    assert after[:4] == before[:4]  # target, reservation, off-limits, the first set: the same items
    assert len(after) == len(before) + 1
    fresh = style.make_legend(8)
    style.fill_legend(fresh, plan, 72.0)
    style.fit_legend(fresh, 420)
    assert _cells(legend) == _cells(fresh)
    assert [lab.text for _, lab in legend.items] == [lab.text for _, lab in fresh.items]
