"""Tab never gets stuck and never lands on a stop that shows nothing (the keyboard-only audit).

- A table lets Tab and Shift+Tab go on to the next control (Qt's tables move from cell to cell on
  Tab and wrap round: after 60 presses the focus was still in Ask me's *Weights found*, and
  *Apply weights* could not be reached). The arrows move between cells.
- A scroll area that holds other controls is no Tab stop of its own (Go to Deal, the first focus
  and several Tab presses landed on a bare scroll area with no focus mark); a page key a control
  leaves alone still scrolls it. A scroll area that holds no control (a page preview) stays a stop,
  so that the keys can scroll it.
- The value map and the outcome plot answer no key: they are no Tab stops (the package sliders
  move a term by keys; their export is on their toolbar button).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QWidget,
)

import meso_desk as md
from tests.app.shown import shown_dialog, window_at_1366
from tests.app.test_dialog_enter import DIALOGS, _plans

WAIT = 20_000
#: views that may keep Tab inside, and why (none: Tab leaves every table)
TAB_INSIDE: dict[str, str] = {}
#: known traps in files another change owns now (remove the entry with the fix)
PENDING: dict[str, str] = {}
#: the plots that answer no key
PLOTS = ("valueMapView", "outcomePlotView")


def _tab_stop(w: QWidget) -> bool:
    return w.isVisible() and w.isEnabled() and bool(w.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)


def traps(top: QWidget) -> list[str]:
    """The item views in ``top`` that Tab reaches and that keep Tab inside."""
    return [f"{type(v).__name__} {v.objectName()!r}" for v in top.findChildren(QAbstractItemView)
            if _tab_stop(v) and v.tabKeyNavigation() and v.objectName() not in {**TAB_INSIDE, **PENDING}]


def bare_stops(top: QWidget, skip: QWidget | None = None) -> list[str]:
    """The scroll areas in ``top`` that are Tab stops though they hold controls (Tab goes to those),
    and the plots that are Tab stops."""
    out = []
    for a in top.findChildren(QAbstractScrollArea):
        if not _tab_stop(a) or (skip is not None and skip.isAncestorOf(a)):
            continue
        holds = isinstance(a, QScrollArea) and any(_tab_stop(w) for w in a.widget().findChildren(QWidget))
        if holds or a.objectName() in PLOTS:
            out.append(f"{type(a).__name__} {a.objectName() or a.accessibleName()!r}")
    return out




def _each_view(win, qtbot):
    """Every workspace, every tab of the counterpart panel, and the Risk and Suppliers docks, in turn."""
    for workspace in ("prepare", "offers", "room", "deal"):
        win.show_workspace(workspace)
        QApplication.processEvents()
        yield workspace
        if workspace == "room":
            tabs = win.counterpart_panel.findChild(QTabWidget, "counterpartTabs")
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                QApplication.processEvents()
                yield f"room, {tabs.tabText(i)}"
    for action in (win.actions.risk, win.actions.suppliers):
        if action.isEnabled():
            action.trigger()
            QApplication.processEvents()
            yield action.objectName()


# -- the sweep: the window and every dialog --------------------------------------------------------------
@pytest.mark.parametrize("example", ["contingent", "sourcing"])
def test_no_table_keeps_tab_and_no_bare_scroll_area_is_a_stop_in_thewindow_at_1366(make_window, qtbot, example):
    win = window_at_1366(make_window, qtbot, md.example_plan(example))
    seen = []
    for where in _each_view(win, qtbot):
        seen.append(where)
        assert traps(win) == [], where
        # (the Weights tab's scroll area: another change gives it the same rule)
        assert bare_stops(win, skip=win.weight_editor) == [], where
    assert "actionRiskView" in seen or "actionSupplierView" in seen


def test_no_table_keeps_tab_and_no_bare_scroll_area_is_a_stop_in_any_dialog(make_window, qtbot, tmp_path,
                                                                            monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.No)
    plans = _plans()
    windows = {}
    wrong, views = [], 0
    for name, plan, open_dialog in DIALOGS:
        if plan not in windows:
            windows[plan] = window_at_1366(make_window, qtbot, plans[plan])
        dlg = open_dialog(windows[plan], qtbot, tmp_path)
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        if hasattr(dlg, "is_busy"):
            qtbot.waitUntil(lambda dlg=dlg: not dlg.is_busy(), timeout=WAIT)
        views += len(dlg.findChildren(QAbstractItemView))
        wrong += [f"{name}: {w}" for w in traps(dlg) + bare_stops(dlg)]
        dlg.close()
    assert views >= 10  # the dialogs' tables and lists were there to check
    assert not wrong, "\n".join(wrong)


# -- Tab leaves each table the audit found, on to the dialog's buttons ----------------------------------
def tab_from(qtbot, view: QWidget, presses: int = 40, back: bool = False) -> list[QWidget]:
    """The widgets the focus visits as Tab (Shift+Tab) is pressed ``presses`` times from ``view``."""
    view.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is view
    seen = []
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def assert_leaves(qtbot, view: QWidget) -> None:
    for back in (False, True):
        seen = tab_from(qtbot, view, presses=1, back=back)
        assert seen[0] is not view, f"{view.objectName()}: {'Shift+Tab' if back else 'Tab'} stays in the table"


def reaches_buttons(qtbot, dlg: QDialog, view: QWidget) -> set[str]:
    """The dialog's button-box buttons Tab reaches from ``view``."""
    box = dlg.findChild(QDialogButtonBox)
    return {w.objectName() or w.text() for w in tab_from(qtbot, view)
            if isinstance(w, QAbstractButton) and w.parent() is box}




def test_tab_leaves_weights_found_in_ask_me_for_apply_weights_and_close(make_window, qtbot):
    from meso_desk.app.help.screenshots import phase_plans
    from meso_desk.app.widgets.weights.ask_dialog import AskDialog

    win = window_at_1366(make_window, qtbot, dict(phase_plans("supplier"))["prepare"])
    dlg = shown_dialog(qtbot, AskDialog(win.document, win))
    for n in (1, 2):
        qtbot.waitUntil(lambda: not dlg.is_busy() and dlg.current_question is not None, timeout=WAIT)
        dlg.findChild(QPushButton, "askFirst").click()
        qtbot.waitUntil(lambda n=n: not dlg.is_busy() and len(dlg.state.answers) == n, timeout=WAIT)
    table = dlg.findChild(QAbstractItemView, "askWeights")
    assert table.model().rowCount() > 1
    assert_leaves(qtbot, table)
    reached = reaches_buttons(qtbot, dlg, table)
    box = dlg.findChild(QDialogButtonBox)
    assert {b.objectName() or b.text() for b in box.buttons() if b.isEnabled()} <= reached
    assert len(reached) >= 2  # Apply weights and Close


def test_tab_leaves_the_compare_table_for_close(make_window, qtbot):
    from meso_desk.app.widgets.packages.compare import CompareDialog

    win = window_at_1366(make_window, qtbot, md.example_plan("sourcing"))
    dlg = shown_dialog(qtbot, CompareDialog(win.document, win.document.plan.package_names[:3], win))
    table = dlg.findChild(QAbstractItemView, "compareTable")
    assert table.model().rowCount() > 1 and table.model().columnCount() > 1
    assert_leaves(qtbot, table)
    assert reaches_buttons(qtbot, dlg, table)


def test_tab_leaves_the_approvers_in_plan_properties(make_window, qtbot):
    from meso_desk.app.plan_properties_dialog import PlanPropertiesDialog

    win = window_at_1366(make_window, qtbot, md.example_plan("sourcing"))
    dlg = shown_dialog(qtbot, PlanPropertiesDialog(win.document, win))
    approvers = dlg.findChild(QAbstractItemView, "propApprovers")
    assert approvers.model().rowCount() > 1
    assert_leaves(qtbot, approvers)  # (its conditions' table holds combo boxes: the sweep checks it)
    assert reaches_buttons(qtbot, dlg, approvers)


def test_tab_leaves_the_suppliers_table(make_window, qtbot):
    win = window_at_1366(make_window, qtbot, md.example_plan("sourcing"))
    win.actions.suppliers.trigger()
    qtbot.waitUntil(lambda: win.supplier_view is not None and win.supplier_view.isVisible(), timeout=WAIT)
    table = win.supplier_view.findChild(QAbstractItemView, "supplierTable")
    qtbot.waitUntil(lambda: table.model().columnCount() > 1, timeout=WAIT)
    assert_leaves(qtbot, table)


def test_tab_leaves_the_tables_behind_the_table(make_window, qtbot):
    win = window_at_1366(make_window, qtbot, md.example_plan("sourcing"))
    win.show_workspace("room")
    tabs = win.counterpart_panel.findChild(QTabWidget, "counterpartTabs")
    tabs.setCurrentWidget(tabs.findChild(QScrollArea, "behindScroll"))
    QApplication.processEvents()
    for name in ("constituenciesTable", "goodwillTable"):
        table = win.counterpart_panel.findChild(QAbstractItemView, name)
        assert table.isVisible() and table.model().rowCount() > 1, name
        assert_leaves(qtbot, table)


def test_tab_leaves_the_bets_of_the_risk_view(make_window, qtbot):
    win = window_at_1366(make_window, qtbot, md.example_plan("contingent"))
    win.actions.risk.trigger()
    view = win.risk_view
    qtbot.waitUntil(lambda: view.bet_table.rowCount() > 1 and not view.is_busy(), timeout=WAIT)
    assert_leaves(qtbot, view.bet_table)


# -- scroll areas and plots -------------------------------------------------------------------------------
def test_go_to_deal_and_the_first_focus_land_on_a_control_not_a_scroll_area(make_window, qtbot):
    win = window_at_1366(make_window, qtbot, md.example_plan("supplier"))
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=WAIT)
    assert not isinstance(QApplication.focusWidget(), QScrollArea)
    go = next(a for a in win.findChildren(type(win.actions.risk)) if a.objectName() == "actionFocusDeal")
    go.trigger()
    QApplication.processEvents()
    focus = QApplication.focusWidget()
    assert focus is not None and win.deal_panel.isAncestorOf(focus) and not isinstance(focus, QScrollArea)


def test_a_page_key_still_scrolls_the_deal_panel_from_a_control_inside(make_window, qtbot):
    win = window_at_1366(make_window, qtbot, md.example_plan("supplier"))
    win.resize(1000, 560)  # short: the deal panel scrolls
    win.show_workspace("deal")
    QApplication.processEvents()
    area = win.deal_panel.findChild(QScrollArea, "dealScroll")
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0
    button = next(b for b in area.widget().findChildren(QAbstractButton) if _tab_stop(b))
    bar.setValue(0)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    bar.setValue(0)
    qtbot.keyClick(button, Qt.Key.Key_PageDown)
    assert bar.value() > 0


def test_tab_in_offers_and_the_room_skips_the_plots(make_window, qtbot):
    win = window_at_1366(make_window, qtbot, md.example_plan("supplier"))
    for workspace in ("offers", "room"):
        win.show_workspace(workspace)
        QApplication.processEvents()
        chain, w = [], win.nextInFocusChain()
        while w is not win and len(chain) < 2000:
            if _tab_stop(w):
                chain.append(w.objectName())
            w = w.nextInFocusChain()
        assert chain and not set(PLOTS) & set(chain), workspace


def test_the_first_focus_in_the_packages_keeps_the_plans_selected_package(make_window, qtbot):
    """(A guard: with the package scroll area no Tab stop, the window's first focus lands in the first
    card; that must not select its package over the one the plan had selected.)"""
    from meso_desk.app.help.screenshots import phase_plans

    plan = dict(phase_plans("supplier"))["room"]
    win = make_window(plan, autosave=False, remember_layout=False)
    selected = win.document.selected_package
    assert selected != plan.package_names[0]
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=WAIT)
    assert win.document.selected_package == selected


def test_switching_workspace_keeps_the_selected_package(make_window, qtbot):
    """(A guard: the focus a hidden panel passes on may land in the first card; that must not select
    its package either.)"""
    from tests.app.long_plans import long_plan

    plan = long_plan(8, sets=3)
    win = window_at_1366(make_window, qtbot, plan)
    selected = win.document.selected_package
    assert selected != plan.package_names[0]
    for workspace in ("prepare", "offers", "room", "deal", "prepare", "deal"):
        win.show_workspace(workspace)
        win.reset_layout()
        QApplication.processEvents()
        assert win.document.selected_package == selected, workspace
