"""The MESO dialog's words count and name the columns it shows: with *Add a contingent option*
ticked it showed A, B, C and "D · contingent" and said "3 packages … The last one is contingent",
which read as if C were the contingent one."""

from __future__ import annotations

import re

from big_plan import BIG_PLAN

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.widgets.packages.meso_dialog import MesoDialog


def test_the_words_count_every_column_and_name_the_contingent_one(qtbot):
    doc = PlanDocument(md.load_plan(BIG_PLAN))
    dlg = MesoDialog(doc)
    qtbot.addWidget(dlg)
    doc.setParent(dlg)
    dlg.show()
    assert dlg.contingent.isChecked()  # the plan has an uncertain event
    qtbot.waitUntil(lambda: not dlg.is_busy() and dlg.add_button.isEnabled(), timeout=30_000)
    heads = [dlg.preview.horizontalHeaderItem(c).text() for c in range(dlg.preview.columnCount())]
    assert heads[-1].endswith("contingent") and len(heads) == 4
    said = dlg.message.text()
    assert said.startswith(f"{len(heads)} packages"), said
    letters = [h.split(" · ")[0] for h in heads]
    for letter in letters:
        assert re.search(rf"\b{letter}\b", said), (letter, said)
    assert f"{letters[-1]} is contingent" in said and "last one" not in said
    dlg.reject()
