"""The debrief adds to the supplier's history only when asked: a checkbox, off by default, and
then exporting (or printing) adds the plan through the Behind-the-table tab's folder
(docs/behind-the-table.md#supplier-history)."""

from __future__ import annotations

from deal_plans import dealt_plan

from meso_desk.app.document import PlanDocument
from meso_desk.app.widgets.counterpart.behind_table_tab import BehindTheTable
from meso_desk.app.widgets.deal.debrief_dialog import DebriefDialog
from meso_desk.model.io.supplier_history import load_history


def _dialog(qtbot, plan) -> DebriefDialog:
    dlg = DebriefDialog(PlanDocument(plan))
    qtbot.addWidget(dlg)
    return dlg


def test_exporting_adds_to_the_history_only_when_the_box_is_checked(qtbot, user_dirs, tmp_path):
    plan = dealt_plan()
    dlg = _dialog(qtbot, plan)
    box = dlg.history_box
    assert box.text() == f"Add this negotiation to {plan.counterpart}'s history"
    assert box.isEnabled() and not box.isChecked()
    dlg.export_pdf(tmp_path / "a.pdf")
    assert load_history(BehindTheTable.library(), plan.counterpart) is None  # never silently
    box.setChecked(True)
    assert (tmp_path / "b.pdf") == dlg.export_pdf(tmp_path / "b.pdf")
    history = load_history(BehindTheTable.library(), plan.counterpart)
    assert history is not None and len(history) == 1 and history.entries[0]["title"] == plan.title
    assert dlg._history_line == f" Added to {plan.counterpart}'s history."
    dlg.export_pdf(tmp_path / "c.pdf")  # the same plan again replaces its entry
    assert len(load_history(BehindTheTable.library(), plan.counterpart)) == 1


def test_without_a_supplier_the_box_is_off_and_says_why(qtbot, user_dirs, tmp_path):
    dlg = _dialog(qtbot, dealt_plan().replace(counterpart=""))
    dlg.history_box.setChecked(True)
    assert not dlg.history_box.isEnabled() and "name the supplier" in dlg.history_box.text()
    assert dlg.add_to_history() == ""
    dlg.export_pdf(tmp_path / "a.pdf")
    assert not (user_dirs / "suppliers").exists() or not any((user_dirs / "suppliers").iterdir())


def test_the_debrief_preview_fits_the_screen(qtbot, user_dirs):
    """It opened at a fixed 760 × 900: on a laptop its Print / Export / Close buttons sat below
    the foot of the screen."""
    dlg = _dialog(qtbot, dealt_plan())
    dlg.show()
    avail = dlg.screen().availableGeometry()
    assert dlg.height() <= avail.height() - 60 and dlg.width() <= avail.width() - 40
    assert dlg.height() == min(900, avail.height() - 60)
