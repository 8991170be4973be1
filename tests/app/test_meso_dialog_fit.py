"""The Generate MESOs preview shows every row whatever the number of packages: more packages narrow
the columns, wrapped cells need taller rows, and the table grows with them (audit 2: after Offer
went from 3 to 5 the last rows were cut off and could not be scrolled to)."""

from __future__ import annotations

import pytest

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.help.screenshots import phase_plans
from meso_desk.app.widgets.packages import meso_dialog


def _ready(qtbot, dlg) -> None:
    qtbot.waitUntil(lambda: not dlg.is_busy() and dlg.add_button.isEnabled(), timeout=30_000)
    qtbot.wait(50)  # the re-fit after the columns take their widths


def _all_rows_shown(dlg) -> None:
    t = dlg.preview
    last = t.rowCount() - 1
    assert last > 0
    for r in range(t.rowCount()):  # every row fits its cells (wrapped ones included)
        assert t.rowHeight(r) >= t.sizeHintForRow(r), t.verticalHeaderItem(r).text()
    bottom = t.rowViewportPosition(last) + t.rowHeight(last)
    assert bottom <= t.viewport().height(), (t.verticalHeaderItem(last).text(), bottom, t.viewport().height())
    # and nothing below the table is drawn over it
    below = dlg.robustness if dlg.robustness.isVisible() else dlg.message
    assert t.geometry().bottom() < below.geometry().top()


@pytest.mark.parametrize("count", [4, 5])
def test_preview_keeps_every_row_when_more_packages_are_offered(qtbot, count):
    doc = PlanDocument(dict(phase_plans())["offers"])
    dlg = meso_dialog.MesoDialog(doc)
    qtbot.addWidget(dlg)
    dlg.show()
    _ready(qtbot, dlg)
    _all_rows_shown(dlg)
    dlg.count.setValue(count)
    _ready(qtbot, dlg)
    assert dlg.preview.columnCount() == count
    _all_rows_shown(dlg)
    assert dlg.preview.verticalHeaderItem(dlg.preview.rowCount() - 1).text() == "Leaves on the table"
    dlg.done(0)


def test_preview_fits_again_when_the_dialog_is_narrowed(qtbot):
    doc = PlanDocument(md.example_plan("supplier"))
    dlg = meso_dialog.MesoDialog(doc)
    qtbot.addWidget(dlg)
    dlg.show()
    _ready(qtbot, dlg)
    dlg.resize(dlg.minimumSizeHint().width(), dlg.height())
    qtbot.wait(100)
    _all_rows_shown(dlg)
    dlg.done(0)
