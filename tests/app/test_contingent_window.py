"""Contingent terms in the window (issue 20): the clause line and the "expected" tag on a card,
the card menu's "Contingent term" submenu, Negotiation ▸ Uncertain Events…, the Risk and Bets
view, and the MESO dialog's contingent option (docs/contingent-terms.md)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMenu

import meso_desk as md
from meso_desk.app.widgets.packages.contingent_card import drop_clause
from meso_desk.app.widgets.packages.meso_dialog import MesoDialog
from meso_desk.model.edits.event_edits import replace_event

WAIT = 20_000
BONUS = "On-time bonus"  # its unit price drops when on-time delivery falls below 95 %
FIXED = "Fixed price"


@pytest.fixture
def win(make_window, qtbot):
    w = make_window(md.example_plan("contingent"))
    w.resize(1366, 740)
    w.show()
    qtbot.waitExposed(w)
    return w


def _clause_lines(column) -> dict[str, QLabel]:
    return {w.property("issue"): w for w in column.findChildren(QLabel, "termClause")}


def _menu(column) -> QMenu:
    sub = column.menu_button.menu().findChild(QMenu, "contingentMenu")
    sub.aboutToShow.emit()  # filled when it opens
    return sub


def _action(menu: QMenu, name: str, issue: str):
    found = [a for a in menu.actions() if a.objectName() == name and a.property("issue") == issue]
    assert len(found) == 1, [(a.objectName(), a.property("issue")) for a in menu.actions()]
    return found[0]


def test_a_contingent_card_shows_its_clause_and_an_expected_value(win):
    panel = win.package_panel
    col = panel.column(BONUS)
    lines = _clause_lines(col)
    shown = {issue for issue, w in lines.items() if w.isVisibleTo(col)}
    assert shown == {"Unit price"}
    line = lines["Unit price"]
    assert line.property("package") == BONUS
    assert line.full_text().startswith("↳ ") and "95 %" in line.full_text()
    assert "on-time delivery" in line.caller_tip() and "falls below 95 %" in line.caller_tip()
    tag = col.findChild(QLabel, "expectedTag")
    assert tag.isVisibleTo(col)
    assert tag.toolTip().startswith("Expected value under our forecast")
    assert "10–90 %" in tag.toolTip() and tag.property("low") < tag.property("high")
    # a fixed package: no clause line, no tag
    fixed = panel.column(FIXED)
    assert not any(w.isVisibleTo(fixed) for w in _clause_lines(fixed).values())
    assert not fixed.findChild(QLabel, "expectedTag").isVisibleTo(fixed)


def test_the_risk_range_waits_for_the_end_of_a_drag(win):
    doc = win.document
    tag = win.package_panel.column(BONUS).expected_tag
    before = tag.toolTip()
    base = doc.plan.stored_package(BONUS).terms["Unit price"]
    doc.begin_gesture()
    assert win.package_panel.move_term(BONUS, "Unit price", base - 20.0, dragging=True)
    line = _clause_lines(win.package_panel.column(BONUS))["Unit price"]
    assert line.isVisibleTo(win.package_panel.column(BONUS))  # the clause stays under its term
    assert tag.toolTip() == before  # no risk computed in a drag frame
    doc.end_gesture()
    assert tag.toolTip() != before and "10–90 %" in tag.toolTip()


def test_a_new_forecast_of_ours_changes_the_card(win):
    doc = win.document
    col = win.package_panel.column(BONUS)
    score, tip = col.score_label.text(), col.expected_tag.toolTip()
    event = doc.plan.event("On-time delivery")
    worse = event.model_copy(update={"ours": event.ours.model_copy(update={"low": 70.0, "likely": 80.0,
                                                                           "high": 88.0})})
    assert doc.apply(replace_event(doc.plan, event.name, worse).plan, "Edit On-time delivery")
    # later deliveries by our forecast: the bonus clause bites more, the price we expect drops
    assert float(col.score_label.text()) > float(score)
    assert col.expected_tag.toolTip() != tip
    doc.undo_stack.undo()
    assert col.score_label.text() == score and col.expected_tag.toolTip() == tip


def test_the_card_menu_makes_a_term_contingent_and_removes_a_clause_undoably(win, qtbot):
    doc = win.document
    col = win.package_panel.column(BONUS)
    sub = _menu(col)
    makes = [a for a in sub.actions() if a.objectName() == "makeContingent"]
    assert [a.property("issue") for a in makes] == list(doc.plan.issue_names)
    assert all(a.isEnabled() for a in makes)
    assert _action(sub, "makeContingent", "Unit price").text() == "Change the clause on Unit price…"
    assert _action(sub, "makeContingent", "Delivery").text() == "Make Delivery contingent…"
    # "Make Delivery contingent…" opens the clause dialog on that term
    _action(sub, "makeContingent", "Delivery").trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if w.objectName() == "clauseDialog" and w.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()

    _action(sub, "removeClause", "Unit price").trigger()
    assert doc.plan.stored_package(BONUS).clauses == {}
    assert not _clause_lines(col)["Unit price"].isVisibleTo(col)
    assert not col.expected_tag.isVisibleTo(col)
    assert doc.undo_stack.undoText() == "Fix Unit price in On-time bonus"
    assert not [a for a in _menu(col).actions() if a.objectName() == "removeClause"]
    doc.undo_stack.undo()
    assert set(doc.plan.stored_package(BONUS).clauses) == {"Unit price"}
    assert _clause_lines(col)["Unit price"].isVisibleTo(col)
    assert col.expected_tag.isVisibleTo(col)


def test_uncertain_events_is_a_negotiation_step_that_opens_the_event_editor(win):
    menu = win.findChild(QMenu, "menuNegotiation")
    action = next(a for a in menu.actions() if a.objectName() == "actionUncertainEvents")
    assert action.shortcut().toString() == "Ctrl+Shift+E"
    assert action.isEnabled()
    dlg = win.actions.open_event_editor()
    try:
        assert dlg.objectName() == "eventEditor" and dlg.isVisible()
    finally:
        dlg.reject()
    risk = next(a for a in menu.actions() if a.objectName() == "actionRiskView")
    assert risk.shortcut().toString() == "Ctrl+Shift+R"


def test_the_risk_view_shows_one_bet_per_clause(win, qtbot):
    plan = win.document.plan
    clauses = [(p.name, issue) for p in plan.packages for issue in p.clauses]
    assert len(clauses) >= 3
    assert win.risk_view is None  # made when first shown
    win.actions.risk.trigger()
    assert win.workspace == "offers" and win.risk_dock.isVisible()
    assert win.packages_dock in win.tabifiedDockWidgets(win.risk_dock)
    view = win.risk_view
    assert view is not None and view.objectName() == "riskView"
    table = view.bet_table
    qtbot.waitUntil(lambda: table.rowCount() == len(clauses) and not view.is_busy(), timeout=WAIT)
    rows = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
    assert sorted(rows) == sorted(clauses)
    events = {(p.name, i): c.event for p in plan.packages for i, c in p.clauses.items()}
    for r in range(table.rowCount()):
        assert table.item(r, 2).text() == events[rows[r]]
        checkable = plan.event(events[rows[r]]).verifiable
        assert table.item(r, 6).text().startswith("✓" if checkable else "✗")
        assert table.item(r, 6).toolTip()
    # one expected mark per package; a bar and a likely mark per contingent package that spreads
    _bars, expected, likely = view.points_plot.items_
    assert len(expected.data) == len(plan.packages)
    assert 1 <= len(likely.data) <= len(clauses)
    assert view.cost_plot.isVisibleTo(view)  # the example has a cost model
    # only the MESO set on the table: its packages' marks
    meso = plan.meso_sets[-1]
    view.scope.setCurrentIndex(view.scope.findData("set"))
    qtbot.waitUntil(lambda: len(view.points_plot.items_[1].data) == len(meso.packages) and not view.is_busy(),
                    timeout=WAIT)
    assert {table.item(r, 0).text() for r in range(table.rowCount())} <= set(meso.packages)
    view.scope.setCurrentIndex(view.scope.findData("all"))
    qtbot.waitUntil(lambda: len(expected.data) == len(plan.packages) and not view.is_busy(), timeout=WAIT)
    # the view follows the plan: a clause removed is a bet less
    assert drop_clause(win.document, *clauses[0])
    qtbot.waitUntil(lambda: table.rowCount() == len(clauses) - 1 and not view.is_busy(), timeout=WAIT)


def test_a_suggested_clause_is_added_as_a_package_in_one_step(win, qtbot):
    doc = win.document
    doc.select_package(FIXED)
    win.actions.risk.trigger()
    view = win.risk_view
    qtbot.waitUntil(lambda: view.suggestion_table.rowCount() > 0 and not view.is_busy(), timeout=WAIT)
    assert view.add_button.isEnabled()
    before = doc.plan.package_names
    name = view.add_suggestion()
    assert name is not None and list(doc.plan.package_names) == [*before, name]
    added = doc.plan.package(name)
    assert added.contingent
    assert abs(added.score - doc.plan.package(FIXED).score) < 0.5  # worth the same to us
    assert doc.selected_package == name
    doc.undo_stack.undo()
    assert list(doc.plan.package_names) == list(before)


def test_the_meso_dialog_adds_a_contingent_option(win, qtbot):
    doc = win.document
    win.actions.generate.trigger()
    dlg = win.findChild(MesoDialog)
    assert dlg.contingent.isChecked() and dlg.contingent.isEnabled()  # the plan has events
    qtbot.waitUntil(lambda: not dlg.is_busy() and dlg.add_button.isEnabled(), timeout=WAIT)
    n = dlg.preview.columnCount()
    assert dlg.preview.horizontalHeaderItem(n - 1).text().endswith("contingent")
    marked = [r for r in range(dlg.preview.rowCount())
              if dlg.preview.item(r, n - 1) and dlg.preview.item(r, n - 1).text().count("↳")]
    assert len(marked) == 1
    before = doc.plan.package_names
    dlg.accept()
    new = doc.plan.package_names[len(before):]
    assert len(new) == n
    assert doc.plan.package(new[-1]).contingent
    assert not any(doc.plan.package(x).contingent for x in new[:-1])
    doc.undo_stack.undo()  # one step
    assert list(doc.plan.package_names) == list(before)


def test_without_events_the_contingent_steps_say_why(make_window, qtbot):
    win = make_window(md.example_plan("supplier"))
    col = win.package_panel.columns[0]
    sub = _menu(col)
    makes = [a for a in sub.actions() if a.objectName() == "makeContingent"]
    assert makes and not any(a.isEnabled() for a in makes)
    assert "Uncertain Events" in makes[0].toolTip()
    win.actions.generate.trigger()
    dlg = win.findChild(MesoDialog)
    assert not dlg.contingent.isChecked() and not dlg.contingent.isEnabled()
    dlg.reject()


def test_no_tab_bar_of_another_workspace_is_left_behind(win, qtbot):
    """Offers with Risk and Bets tabbed beside the Packages, then In the room: Qt left the
    "Packages | Risk and Bets" tab bar over the room's packages (its clicks did nothing)."""
    from PySide6.QtWidgets import QTabBar

    def bars():
        return [[b.tabText(i) for i in range(b.count())] for b in win.findChildren(QTabBar)
                if b.parent() is win and b.isVisible()]

    win.show_workspace("room")  # (a plan with rounds opens there) then Offers, Risk and Bets, back
    win.show_workspace("offers")
    win.actions.risk.trigger()
    qtbot.waitUntil(lambda: ["Packages", "Risk and Bets"] in bars(), timeout=5000)  # the real tab group
    assert win.workspace == "offers" and win.risk_dock.isVisible()
    win.show_workspace("room")
    QApplication.processEvents()
    assert not win.risk_dock.isVisible() and bars() == []
    win.show_workspace("offers")
    qtbot.waitUntil(lambda: ["Packages", "Risk and Bets"] in bars(), timeout=5000)
    assert win.risk_dock.isVisible()
