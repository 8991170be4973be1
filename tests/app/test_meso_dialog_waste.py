"""The MESO dialog's preview shows what each package leaves on the table for them (issue 19, point 4)."""

from __future__ import annotations

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.widgets.packages import meso_dialog


def test_preview_shows_what_each_package_leaves_on_the_table(qtbot):
    doc = PlanDocument(md.example_plan("supplier"))
    dlg = meso_dialog.MesoDialog(doc)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: not dlg.is_busy() and dlg.add_button.isEnabled(), timeout=20_000)
    packages = dlg._result[3]
    row = dlg.preview.rowCount() - 1
    assert dlg.preview.verticalHeaderItem(row).text() == "Leaves on the table"
    cells = [dlg.preview.item(row, c) for c in range(dlg.preview.columnCount())]
    assert len(cells) == len(packages) == 3
    for cell, w in zip(cells, packages.waste):
        if w > 0.5:
            assert cell.text() == f"≈ {w:.1f} of their points"
            assert f"leaves ≈ {w:.1f} of their points on the table" in cell.toolTip()
            assert "opposed-interests prior" in cell.toolTip()
        else:
            assert cell.text() == "none"
    assert any(w > 0.5 for w in packages.waste) and any(w <= 0.5 for w in packages.waste)
    dlg.done(0)
