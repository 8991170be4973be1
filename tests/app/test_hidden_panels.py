"""A panel behind another tab, or in another workspace, costs a drag nothing and catches up when
it is shown again (docs/decisions.md, "The responsiveness budget")."""

from __future__ import annotations

import meso_desk as md
from meso_desk.model.edits import deal_edits


def test_the_deal_panel_behind_a_tab_skips_edits_and_catches_up_when_raised(make_window, qtbot):
    win = make_window(md.example_plan("supplier"))
    win.show()
    qtbot.waitExposed(win)
    panel, doc = win.deal_panel, win.document
    win.show_workspace("deal")
    win.tabifyDockWidget(win.deal_dock, win.outcome_dock)  # Deal and Outcome as tabs of one dock
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


def test_the_deal_panel_in_another_workspace_skips_edits_and_catches_up_when_shown(make_window, qtbot):
    win = make_window(md.example_plan("supplier"))
    win.show()
    qtbot.waitExposed(win)
    panel, doc = win.deal_panel, win.document
    win.show_workspace("deal")
    refreshed = []
    original = panel.refresh
    panel.refresh = lambda: (refreshed.append(doc.plan.reservation), original())[1]

    win.show_workspace("prepare")  # the Deal panel is not shown in Prepare
    old = panel.reservation_spin.value()
    new = round(old - 5.0, 1)
    doc.apply(deal_edits.with_reservation(doc.plan, new), "Reservation")
    assert refreshed == [] and panel.reservation_spin.value() == old

    win.show_workspace("deal")
    qtbot.waitUntil(lambda: panel.reservation_spin.value() == new)
    assert refreshed == [new]
