"""Every step of the evening in a menu with a shortcut, no two actions on one key, the
workspace keys, F1 and the tour (docs/window.md, "Keyboard")."""

from __future__ import annotations

from collections import Counter

import pytest
from deal_plans import dealt_plan
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu

import meso_desk as md
from meso_desk.app.workspaces import WORKSPACES

STEPS = ("actionGenerateMesos", "actionRecordReaction", "actionNextMesos", "actionRecordAgreement",
         "actionPostSettlement", "actionDebrief", "actionPrintCards", "actionPlanProperties",
         "actionComparePackages", "actionTotalCost")


def _menu_actions(win):
    def walk(menu):
        for a in menu.actions():
            if a.menu() is not None:
                yield from walk(a.menu())
            elif not a.isSeparator():
                yield a

    return [a for m in win.menuBar().findChildren(QMenu) for a in walk(m)]


def test_no_two_actions_share_a_shortcut(make_window):
    win = make_window(md.example_plan("supplier"))
    keys = Counter()
    for a in win.findChildren(QAction):
        if a.shortcutContext() in (Qt.ShortcutContext.WidgetShortcut, Qt.ShortcutContext.WidgetWithChildrenShortcut):
            continue  # a panel's own keys (F2 renames a card …) apply only while it has the focus
        for k in a.shortcuts():
            keys[k.toString(QKeySequence.SequenceFormat.PortableText)] += 1
    clashes = {k: n for k, n in keys.items() if n > 1}
    assert len(keys) > 30
    assert clashes == {}


def test_every_workflow_step_is_in_a_menu_with_a_shortcut(make_window):
    win = make_window(md.example_plan("supplier"))
    in_menus = {a.objectName(): a for a in _menu_actions(win)}
    for name in STEPS:
        assert name in in_menus, name
        assert not in_menus[name].shortcut().isEmpty(), name
    negotiation = win.findChild(QMenu, "menuNegotiation")
    names = [a.objectName() for a in negotiation.actions()]
    for name in ("actionGenerateMesos", "actionRecordReaction", "actionNextMesos", "actionRecordAgreement",
                 "actionDebrief"):
        assert name in names
    # every panel by Ctrl+1 … Ctrl+7, every workspace by F5 … F8, the guide by F1
    assert [a.shortcut().toString() for a in win.focus_actions] == [f"Ctrl+{k}" for k in range(1, 8)]
    assert [win.workspaces.actions[w.key].shortcut().toString() for w in WORKSPACES] == ["F5", "F6", "F7", "F8"]
    assert not win.action_guide.shortcut().isEmpty()


def test_disabled_steps_say_why(make_window):
    win = make_window(md.example_plan("supplier"))  # no agreement yet
    assert not win.actions.debrief.isEnabled()
    assert "Record the agreement first" in win.actions.debrief.toolTip()
    assert win.actions.generate.isEnabled() and win.actions.record_reaction.isEnabled()
    win.files.new_plan()
    assert not win.actions.generate.isEnabled()
    assert "two issues" in win.actions.generate.toolTip()


def test_the_steps_open_their_dialogs_in_their_workspace(make_window, qtbot):
    win = make_window(md.example_plan("supplier"))
    win.show()
    qtbot.waitExposed(win)
    win.show_workspace("prepare")
    win.actions.record_reaction.trigger()
    assert win.workspace == "room"
    dlg = win.counterpart_panel.dialog
    assert dlg is not None and dlg.isVisible()
    dlg.close()
    win.show_workspace("prepare")
    win.actions.generate.trigger()
    assert win.workspace == "offers"
    meso = [d for d in win.findChildren(QDialog) if d.isVisible() and d.objectName() == "mesoDialog"]
    assert meso, [d.objectName() for d in win.findChildren(QDialog) if d.isVisible()]
    for d in meso:
        d.close()
    win.actions.record_agreement.trigger()
    assert win.workspace == "deal"
    menu = win.deal_panel.record_menu
    assert menu.isVisible() and len(menu.actions()) > 2
    menu.close()


def test_debrief_and_post_settlement_from_the_menu(make_window, qtbot):
    win = make_window(dealt_plan())
    win.show()
    qtbot.waitExposed(win)
    win.show_workspace("prepare")
    assert win.actions.debrief.isEnabled()
    win.actions.debrief.trigger()
    assert win.workspace == "deal"
    dlg = win.deal_panel.debrief_dialog
    assert dlg is not None and dlg.isVisible()
    dlg.close()
    assert win.actions.post_settlement.isEnabled()
    qtbot.waitUntil(win.deal_panel.suggestions_available, timeout=30000)
    win.show_workspace("prepare")
    win.actions.post_settlement.trigger()
    assert win.workspace == "deal"
    cards = win.deal_panel.cards_dialog
    assert cards is not None and cards.isVisible()
    cards.close()


@pytest.mark.parametrize("key", [w.key for w in WORKSPACES])
def test_workspace_keys_switch(make_window, qtbot, key):
    win = make_window(md.example_plan("supplier"))
    win.show()
    qtbot.waitExposed(win)
    win.workspaces.actions[key].trigger()
    assert win.workspace == key


def test_plan_properties_compare_and_total_cost_open_their_dialogs(make_window, qtbot):
    win = make_window(md.example_plan("supplier"))
    win.show()
    qtbot.waitExposed(win)
    for action, opener in ((win.actions.plan_properties, win.actions.open_plan_properties),
                           (win.actions.compare, win.actions.compare_packages),
                           (win.actions.total_cost, win.actions.open_total_cost)):
        assert action.isEnabled(), action.toolTip()
        dlg = opener()
        assert isinstance(dlg, QDialog) and dlg.isVisible(), action.objectName()
        dlg.close()
