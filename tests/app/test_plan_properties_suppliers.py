"""File ▸ Plan Properties… in a sourcing plan: the supplier's name is refused where it is typed
when another supplier has it (or differs from it only in capitals), or when it is cleared; OK
never lets the plan's own check escape as an error."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel

import meso_desk as md
from tests.app.test_plan_language import make_dialog


def _message(dlg) -> QLabel:
    return dlg.findChild(QLabel, "propMessage_counterpart")


def test_another_suppliers_name_or_none_is_refused_next_to_the_field(qtbot):
    plan = md.example_plan("sourcing")
    dlg = make_dialog(qtbot, plan)
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    for typed, reason in (("Nordlys Kontor AS", "There is already a supplier called 'Nordlys Kontor AS'"),
                          ("  nordlys   kontor AS ", "There is already a supplier called 'Nordlys Kontor AS', "
                                                     "which differs only in capitals"),
                          ("", "With several suppliers each needs a name")):
        dlg.counterpart_edit.setText(typed)
        assert _message(dlg).isVisibleTo(dlg) and _message(dlg).text() == reason
        assert not ok.isEnabled() and dlg.errors["counterpart"]
        dlg.accept()  # pressed anyway (Enter): refused, not raised, the dialog stays
        assert dlg.document.plan == plan and dlg.result() == 0
    dlg.counterpart_edit.setText("Ergonord Seating")
    assert not _message(dlg).isVisibleTo(dlg) and ok.isEnabled()
    dlg.accept()
    assert dlg.document.plan.supplier_names[0] == "Ergonord Seating"


def test_ok_pressed_past_the_check_says_the_reason_instead_of_raising(qtbot, monkeypatch):
    dlg = make_dialog(qtbot, md.example_plan("sourcing"))
    dlg.counterpart_edit.setText("Nordlys Kontor AS")
    monkeypatch.setattr(dlg, "_errors", {})  # as if the field had not been checked
    dlg.accept()
    assert "already a supplier" in _message(dlg).text()
    assert dlg.document.plan.counterpart == "Ergonord Seating AB"


def test_the_plans_own_check_is_said_in_the_dialog_not_raised(qtbot, monkeypatch):
    from meso_desk.model.edits import plan_edits

    dlg = make_dialog(qtbot, md.example_plan("sourcing"))
    monkeypatch.setattr(plan_edits, "checked_supplier", lambda _plan, text: text)  # only the plan's check is left
    dlg.counterpart_edit.setText("Nordlys Kontor AS")
    dlg.accept()
    shown = dlg.findChild(QLabel, "propMessage_title")
    assert shown.isVisibleTo(dlg) and "two suppliers are called 'Nordlys Kontor AS'" in shown.text()
    assert dlg.document.plan.counterpart == "Ergonord Seating AB"
