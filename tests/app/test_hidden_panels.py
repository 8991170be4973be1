"""A panel behind another tab costs a drag nothing and catches up when its tab is raised
(docs/decisions.md, "The responsiveness budget")."""

from __future__ import annotations

import meso_desk as md
from meso_desk.model.edits import deal_edits


def test_the_deal_panel_behind_a_tab_skips_edits_and_catches_up_when_raised(make_window, qtbot):
    win = make_window(md.example_plan("supplier"))
    win.show()
    qtbot.waitExposed(win)
    panel, doc = win.deal_panel, win.document
    win.deal_dock.raise_()
    refreshed = []
    original = panel.refresh
    panel.refresh = lambda: (refreshed.append(doc.plan.reservation), original())[1]

    win.outcome_dock.raise_()  # the Deal tab behind the Outcome tab
    old = panel.reservation_spin.value()
    new = round(old - 5.0, 1)
    doc.apply(deal_edits.with_reservation(doc.plan, new), "Reservation")
    assert refreshed == [] and panel.reservation_spin.value() == old  # nothing done behind the tab

    win.deal_dock.raise_()
    qtbot.waitUntil(lambda: panel.reservation_spin.value() == new)
    assert refreshed == [new]
