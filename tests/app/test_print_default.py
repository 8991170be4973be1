"""Print Cards and the Debrief name Print… as the button Enter presses (dialog_keys.set_default),
rather than leaving it to Qt, which makes the first auto-default push button it meets the default
when the dialog is shown: Print… is the default because the dialog says so, not because it happens
to come first (a Close or an Export placed above it would have taken Enter)."""

from __future__ import annotations

import pytest
from deal_plans import dealt_plan
from PySide6.QtWidgets import QPushButton

import meso_desk as md
from meso_desk.app.document import PlanDocument


def _cards(doc):
    from meso_desk.app.printing.preview import CardsDialog
    return CardsDialog(doc)


def _debrief(doc):
    from meso_desk.app.widgets.deal.debrief_dialog import DebriefDialog
    return DebriefDialog(doc)


@pytest.mark.parametrize("open_dialog, plan, button", [
    (_cards, lambda: md.example_plan("supplier"), "cardsPrintButton"),
    (_debrief, dealt_plan, "debriefPrintButton"),
])
def test_print_is_named_the_default(qtbot, open_dialog, plan, button):
    dlg = open_dialog(PlanDocument(plan()))
    qtbot.addWidget(dlg)
    # named by the dialog itself, before Qt would pick one when it is shown
    assert [b.objectName() for b in dlg.findChildren(QPushButton) if b.isDefault()] == [button]
    dlg.show()
    qtbot.waitExposed(dlg)
    assert [b.objectName() for b in dlg.findChildren(QPushButton) if b.isDefault()] == [button]
