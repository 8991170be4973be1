"""The window on a 13-inch laptop (1366 × 700) and a 1920 × 1080 monitor: each workspace shows
what its panels exist for without scrolling inside them — checked with real geometry (the
visible region of each widget), not by the widgets' existence (docs/window.md, "Layout")."""

from __future__ import annotations

import pytest
from deal_plans import dealt_plan
from PySide6.QtCore import QByteArray, QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QSlider, QWidget

import meso_desk as md
from meso_desk.app.settings import Settings
from meso_desk.app.workspaces import STATE_VERSION, WORKSPACES, shares

SIZES = ((1366, 700), (1920, 1080))


def eight_issue_plan() -> md.Plan:
    """The supplier example with two more issues (eight in all) and a round recorded."""
    p = md.example_plan("supplier")
    for name, unit in (("Training", "days"), ("Spare parts", "sets")):
        p = p.with_issue_added(md.NumericIssue(name=name, unit=unit, min=0, max=10, step=1, direction="higher",
                                               curve="linear"), weight=0.05)
    m = md.generate_mesos(p, 3, 65)
    return md.record_choice(p, list(m), [1, 0, 2])


def settle(win, qtbot) -> None:
    for _ in range(4):
        QApplication.processEvents()
    qtbot.waitUntil(lambda: not any(w.is_busy() for w in win.findChildren(QWidget)
                                    if callable(getattr(w, "is_busy", None))), timeout=20000)
    for _ in range(3):
        QApplication.processEvents()


def shown(win, key, size, qtbot):
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    win.show_workspace(key)
    win.reset_layout()
    settle(win, qtbot)


def visible(widget: QWidget) -> QRect:
    """The part of ``widget`` on screen (its own coordinates): empty when hidden or clipped away."""
    if not widget.isVisible():
        return QRect()
    return widget.visibleRegion().boundingRect()


def fully_visible(widget: QWidget, rect: QRect | None = None) -> bool:
    r = rect if rect is not None else widget.rect()
    return visible(widget).contains(r)


def viewport_rect(area: QAbstractScrollArea, widget: QWidget) -> QRect:
    """``widget``'s rectangle inside the viewport of the scroll area ``area``."""
    top_left = widget.mapTo(area.viewport(), widget.rect().topLeft())
    return QRect(top_left, widget.size())


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_prepare_shows_every_issue_column_and_every_weight(make_window, qtbot, size):
    win = make_window(md.example_plan("supplier"), remember_layout=False)
    shown(win, "prepare", size, qtbot)
    assert win.issues_dock.isVisible() and win.weights_dock.isVisible()
    assert not win.value_map.isVisible() and not win.packages_dock.isVisible()
    table = win.issue_panel.table
    header = table.horizontalHeader()
    model = table.model()
    port = table.viewport().width()
    main = [c for c in range(model.columnCount())
            if str(model.headerData(c, header.orientation())).lower() not in ("notes", "description")]
    assert len(main) >= 8
    cut = [model.headerData(c, header.orientation()) for c in main
           if header.isSectionHidden(c) or header.sectionViewportPosition(c) + header.sectionSize(c) > port]
    assert cut == [], f"issue columns behind the horizontal scroll at {size}: {cut}"
    rows = [table.visualRect(model.index(r, 0)) for r in range(model.rowCount())]
    assert all(table.viewport().rect().contains(r) for r in rows), "every issue row in view"
    for s in win.weight_editor.findChildren(QSlider, "weightSlider"):
        assert fully_visible(s), s.property("issue")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_offers_shows_a_large_map_and_every_term_of_the_cards(make_window, qtbot, size):
    win = make_window(md.example_plan("supplier"), remember_layout=False)
    shown(win, "offers", size, qtbot)
    vm = visible(win.value_map)
    assert vm.width() >= 480 and vm.height() >= 300, vm
    assert vm.size() == win.value_map.size(), "the map is not clipped"
    sliders = win.package_panel.findChildren(QSlider, "termSlider")
    on_screen = [s for s in sliders if not visible(s).isEmpty()]
    packages = {s.property("package") for s in on_screen}
    assert len(packages) == 3, f"all three cards in view at {size}: {packages}"
    for s in on_screen:
        assert visible(s).height() == s.height(), (s.property("package"), s.property("issue"))
    terms = {(s.property("package"), s.property("issue")) for s in on_screen}
    assert len(terms) == 3 * 6, "every term of every card"
    # the extra width of a larger screen goes to both the map and the packages, never all to one
    if size[0] == 1920:
        assert win.value_map.width() >= 700 and win.packages_dock.width() >= 900


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_in_the_room_shows_every_estimate_row_the_cards_and_the_outcome(make_window, qtbot, size):
    plan = eight_issue_plan()
    win = make_window(plan, remember_layout=False)
    shown(win, "room", size, qtbot)
    chart = win.counterpart_panel.chart
    qtbot.waitUntil(lambda: chart.snapshot is not None, timeout=20000)
    settle(win, qtbot)
    rows = chart.row_rects()
    assert len(rows) == 8
    on_screen = visible(chart)
    assert all(on_screen.contains(r.toAlignedRect()) for r in rows), "all eight issue rows in view"
    out = visible(win.outcome_plot)
    assert out.width() >= 480 and out.height() >= 300, out
    cards = {s.property("package") for s in win.package_panel.findChildren(QSlider, "termSlider")
             if visible(s).height() == s.height()}
    assert len(cards) >= 2, cards
    assert win.counterpart_panel.record_button.isVisible() and fully_visible(win.counterpart_panel.next_button)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_in_the_room_the_set_on_the_table_is_in_view_beside_the_earlier_sets(make_window, qtbot, size):
    # three sets offered, two folded away: the selected card was scrolled to its edge only, the
    # earlier sets' strips and one card in view, the next card of the set cut in half
    from meso_desk.app.help.screenshots import phase_plans

    plan = dict(phase_plans("supplier"))["room"]
    latest = plan.meso_sets[-1]
    win = make_window(plan, remember_layout=False)
    shown(win, "room", size, qtbot)
    assert win.document.selected_package == latest.packages[0]
    whole = [n for n in latest.packages
             if fully_visible(win.package_panel.column(n)) or visible(win.package_panel.column(n)).width()
             >= win.package_panel.column(n).width() - 2]
    assert whole[:2] == list(latest.packages[:2]), whole


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_deal_shows_the_agreement_and_its_suggestions(make_window, qtbot, size):
    win = make_window(dealt_plan(), remember_layout=False)
    shown(win, "deal", size, qtbot)
    panel = win.deal_panel
    qtbot.waitUntil(panel.suggestions_available, timeout=30000)
    settle(win, qtbot)
    assert fully_visible(panel.agreement_section), "the agreement, whole"
    pss = panel.pss_list
    assert pss.count() >= 1
    first = pss.visualItemRect(pss.item(0)).translated(pss.viewport().mapTo(pss, pss.viewport().rect().topLeft()))
    assert visible(pss).contains(first), "the first post-settlement suggestion, whole"
    assert win.deal_dock.width() >= 0.55 * size[0], "the deal panel gets the larger share"
    out = visible(win.outcome_plot)
    assert out.width() >= 480 and out.height() >= 300, out


def test_each_workspace_shows_its_panels_and_hides_the_rest(make_window, qtbot):
    win = make_window(md.example_plan("supplier"), remember_layout=False)
    win.resize(1366, 700)
    win.show()
    qtbot.waitExposed(win)
    for ws in WORKSPACES:
        win.workspaces.actions[ws.key].trigger()
        settle(win, qtbot)
        assert win.workspace == ws.key
        expected = {getattr(win, n) for n in ws.docks}
        assert {d for d in win.docks if d.isVisible()} == expected, ws.key
        assert win.value_map.isVisible() == ws.value_map
        assert win.workspaces.actions[ws.key].isChecked()


def test_each_workspace_remembers_its_own_arrangement(make_window, qtbot):
    win = make_window(md.example_plan("supplier"))
    win.resize(1366, 700)
    win.show()
    qtbot.waitExposed(win)
    win.show_workspace("prepare")
    win.history_dock.show()  # shown in Prepare only
    win.show_workspace("offers")
    assert not win.history_dock.isVisible()
    win.show_workspace("prepare")
    assert win.history_dock.isVisible()
    # and across sessions: the current workspace and every arrangement are saved on close
    win.close()
    again = make_window(md.example_plan("supplier"))
    again.show()
    qtbot.waitExposed(again)
    assert again.workspace == "prepare" and again.history_dock.isVisible()
    again.show_workspace("offers")
    assert not again.history_dock.isVisible()
    # Reset Layout: the default of the current workspace only
    again.show_workspace("prepare")
    again.reset_layout()
    assert not again.history_dock.isVisible() and again.issues_dock.isVisible()


def test_layouts_saved_by_an_older_version_are_ignored(make_window, qtbot):
    old = make_window(md.example_plan("supplier"), remember_layout=False)
    old.show_workspace("offers")
    old.packages_dock.hide()
    old.history_dock.show()
    stale = old.saveState(STATE_VERSION - 1)  # the same arrangement, written by an older version
    assert old.restoreState(stale, STATE_VERSION - 1), "(a valid state, only its version differs)"
    Settings().save_workspaces("offers", {"offers": stale, "prepare": QByteArray(b"\x00\x00\x00\xffgarbage")})
    win = make_window(md.example_plan("supplier"))
    win.resize(1366, 700)
    win.show()
    qtbot.waitExposed(win)
    assert win.workspace == "offers"
    assert win.packages_dock.isVisible() and win.value_map.isVisible() and not win.history_dock.isVisible()
    win.show_workspace("prepare")
    assert win.issues_dock.isVisible() and win.weights_dock.isVisible()


def test_shares_adapt_to_the_screen():
    small, large = shares("offers", 1366), shares("offers", 1920)
    assert 1366 - small["packages_dock"] >= 480, "the map keeps its 480 px at 1366"
    gained_map = (1920 - large["packages_dock"]) - (1366 - small["packages_dock"])
    gained_packages = large["packages_dock"] - small["packages_dock"]
    assert gained_map > 0 and gained_packages > 0
    room = shares("room", 1920)
    assert room["outcome_dock"] > shares("room", 1366)["outcome_dock"]


def test_a_new_plan_opens_in_prepare_and_the_example_on_a_package_that_is_not_an_error(make_window):
    from meso_desk.model.offers.status import package_status

    win = make_window(remember_layout=False)  # the supplier example: its opening quote is unacceptable
    plan = win.document.plan
    selected = win.document.selected_package
    assert package_status(plan, selected).status not in ("unacceptable", "below"), selected
    assert selected == "Our ideal"
    assert "⚠" not in win.warning_label.full_text()
    assert win.workspace == "offers"
    win.files.new_plan()
    assert win.workspace == "prepare"  # a blank plan: where its issues are added
    assert win.issues_dock.isVisible() or win.issues_dock.isVisibleTo(win)


def test_a_default_layout_follows_the_window_and_a_users_layout_stays(make_window, qtbot):
    win = make_window(md.example_plan("supplier"), remember_layout=False)
    win.resize(1366, 700)
    win.show()
    qtbot.waitExposed(win)
    win.show_workspace("room")
    win.reset_layout()
    settle(win, qtbot)
    assert win.counterpart_dock.width() < 400
    win.resize(1920, 1000)  # maximised on a larger screen: shared out again, not split in halves
    qtbot.waitUntil(lambda: win.packages_dock.width() > 700)
    assert win.outcome_dock.width() >= 600 and win.counterpart_dock.width() < 450
    win.resize(1366, 700)
    qtbot.waitUntil(lambda: 480 <= win.outcome_dock.width() < 560 and win.counterpart_dock.width() < 400)
    # once the user sizes a panel, the window keeps the user's sizes
    win.resizeDocks([win.counterpart_dock], [600], Qt.Orientation.Horizontal)
    win.workspaces.custom.add("room")  # (what dragging a separator records)
    settle(win, qtbot)
    assert win.counterpart_dock.width() > 500
    win.resize(1500, 700)
    settle(win, qtbot)
    assert win.counterpart_dock.width() > 500, "the shares would have put it back to about 340"


def test_dragging_a_separator_marks_the_workspace_as_arranged(make_window, qtbot):
    win = make_window(md.example_plan("supplier"), remember_layout=False)
    win.resize(1366, 700)
    win.show()
    qtbot.waitExposed(win)
    win.show_workspace("prepare")
    assert "prepare" not in win.workspaces.custom
    gap = win.issues_dock.geometry().right() + 3  # between Issues and Weights
    qtbot.mousePress(win, Qt.MouseButton.LeftButton, pos=QPoint(gap, win.issues_dock.geometry().center().y()))
    qtbot.mouseRelease(win, Qt.MouseButton.LeftButton, pos=QPoint(gap, win.issues_dock.geometry().center().y()))
    assert "prepare" in win.workspaces.custom
    win.reset_layout()
    assert "prepare" not in win.workspaces.custom
