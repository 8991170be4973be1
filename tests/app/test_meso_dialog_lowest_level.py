"""Generate MESOs never offers a set worth our reservation value (audit 4): the level stops half a
point above the reservation (the cards' rule, model.offers.status.lowest_offer), and the message
never says "above your reservation" for a package Print Cards would flag as showing our hand."""

from __future__ import annotations

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.widgets.packages import meso_dialog
from meso_desk.model.documents.cards import reveal_problems
from meso_desk.model.offers.status import TARGET_TOLERANCE


def _open(qtbot, plan):
    dlg = meso_dialog.MesoDialog(PlanDocument(plan))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: not dlg.is_busy() and dlg.message.text() != "Generating…", timeout=30_000)
    return dlg


def _settle(qtbot, dlg):
    qtbot.waitUntil(lambda: not dlg.is_busy() and dlg.message.text() != "Generating…", timeout=30_000)


def test_the_level_stops_where_the_cards_stop(qtbot):
    plan = md.example_plan("supplier")
    dlg = _open(qtbot, plan)
    dlg.level.set_level(plan.reservation)  # dragged or typed down to the reservation
    assert dlg.level.level >= plan.reservation + TARGET_TOLERANCE - 1e-9
    assert dlg.level.spin.minimum() >= plan.reservation + TARGET_TOLERANCE - 1e-9
    dlg.level.slider.setValue(0)
    assert dlg.level.level == dlg.level.spin.minimum()
    _settle(qtbot, dlg)
    assert dlg.add_button.isEnabled(), dlg.message.text()
    assert "above your reservation" in dlg.message.text()
    packages = [*dlg._result[3], *dlg._extra]
    assert reveal_problems(plan, [md.Package(plan, dict(p)) for p in packages]) == []
    dlg.done(0)


def test_the_words_never_claim_above_the_reservation_for_a_set_worth_it(qtbot, monkeypatch):
    real = meso_dialog.generate_mesos

    def at_the_reservation(plan, count, level, **kw):  # an engine that would offer the reservation
        return real(plan.replace(reservation=0.0), count, plan.reservation, **kw)

    monkeypatch.setattr(meso_dialog, "generate_mesos", at_the_reservation)
    plan = md.example_plan("supplier")
    dlg = _open(qtbot, plan)
    assert dlg._result is not None
    text = dlg.message.text()
    assert "above your reservation" not in text
    assert "show your hand" in text
    assert not dlg.add_button.isEnabled()
    dlg.done(0)
