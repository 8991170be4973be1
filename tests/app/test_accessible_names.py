"""A screen reader names every control (issue 26: keyboard and screen reader): in each workspace of
the window, every visible control that the Tab key reaches has an accessible name, as Qt's
accessibility layer reports it (its own text, its label, or the name set on it) — in words: the
package card's "⋯" button and the value map's "⇄" were read by their symbols."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

import meso_desk as md
from tests.app.shown import visible_windows, window_opened


def announced(w: QWidget) -> QWidget:
    """The widget a screen reader announces for ``w``: a spin box for its editor, a view for its
    viewport."""
    if w.objectName() == "qt_spinbox_lineedit" and w.parent() is not None:
        return w.parent()
    parent = w.parent()
    if isinstance(parent, QAbstractScrollArea) and parent.viewport() is w:
        return parent
    return w


def unnamed(win) -> tuple[list[str], int]:
    """The controls without a name, and how many controls were checked."""
    out, checked = [], 0
    for w in win.findChildren(QWidget):
        if not w.isVisible() or not (w.focusPolicy().value & Qt.FocusPolicy.TabFocus.value):
            continue  # not reached with the keyboard (a label selectable by mouse, say)
        w = announced(w)
        checked += 1
        iface = QAccessible.queryAccessibleInterface(w)
        name = iface.text(QAccessible.Text.Name).strip() if iface is not None else ""
        if not any(ch.isalpha() for ch in name):  # none, or a symbol ("⋯", "⇄": read as "midline ellipsis")
            out.append(f"{type(w).__name__} {w.objectName()!r} in {w.parent().objectName()!r}: {name!r}")
    return sorted(set(out)), checked


def undescribed(win) -> list[str]:
    """The controls the Tab key reaches without a description (what a screen reader says after the
    name: its own, or its tool tip). Qt's accessible tab bar has none of its own: each of its tabs
    must carry a tool tip instead."""
    from PySide6.QtWidgets import QTabBar

    out = []
    for w in win.findChildren(QWidget):
        if not w.isVisible() or not (w.focusPolicy().value & Qt.FocusPolicy.TabFocus.value):
            continue
        w = announced(w)
        if isinstance(w, QTabBar):
            out += [f"tab {w.tabText(i)!r} of {w.parent().objectName()!r}" for i in range(w.count())
                    if not w.tabToolTip(i).strip()]
            continue
        iface = QAccessible.queryAccessibleInterface(w)
        if iface is None or not iface.text(QAccessible.Text.Description).strip():
            out.append(f"{type(w).__name__} {w.objectName()!r} in {w.parent().objectName()!r}")
    return sorted(set(out))


@pytest.mark.parametrize("example", ["supplier", "contingent", "sourcing"])
def test_every_focusable_control_has_an_accessible_name_and_description(make_window, qtbot, example):
    win = make_window(md.example_plan(example), autosave=False, remember_layout=False)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    for workspace in ("prepare", "offers", "room", "deal"):
        win.show_workspace(workspace)
        qtbot.wait(0)  # let the layout settle (no timing involved)
        missing, checked = unnamed(win)
        assert missing == [], workspace
        assert checked >= 15, workspace  # the workspace's controls were there to check
        assert undescribed(win) == [], workspace


def test_every_dialog_names_its_controls(make_window, qtbot):
    """The dialogs of an evening: generate MESOs, record a reaction, compare, total cost, uncertain
    events, the cards and the plan's properties — each control with a name and a description
    (a tab bar's tabs are described by their tool tips)."""
    from PySide6.QtWidgets import QComboBox, QTabBar

    from meso_desk.app.plan_properties_dialog import PlanPropertiesDialog

    win = make_window(md.example_plan("contingent"), autosave=False, remember_layout=False)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)

    def dialog_unnamed(dlg) -> list[str]:
        out = []
        for w in dlg.findChildren(QWidget):
            if not w.isVisible() or not (w.focusPolicy().value & Qt.FocusPolicy.TabFocus.value):
                continue
            w = announced(w)
            if isinstance(w.parent(), QComboBox):  # an editable combo's editor: the combo is announced
                w = w.parent()
            iface = QAccessible.queryAccessibleInterface(w)
            if iface is None or not iface.text(QAccessible.Text.Name).strip():
                out.append(f"{type(w).__name__} {w.objectName()!r}")
            elif not isinstance(w, QTabBar) and not iface.text(QAccessible.Text.Description).strip():
                out.append(f"{type(w).__name__} {w.objectName()!r}: no description")
        return sorted(set(out))

    actions = win.actions
    for action in (actions.generate, actions.record_reaction, actions.compare, actions.total_cost, actions.events,
                   win.action_print_cards):
        before = visible_windows()
        action.trigger()
        dlg = window_opened(qtbot, before)
        assert dialog_unnamed(dlg) == [], dlg.objectName()
        dlg.close()
        qtbot.waitUntil(lambda d=dlg: not d.isVisible(), timeout=5000)
    ask = win.weight_editor.open_ask_dialog()  # the "Ask me" dialog, from scratch: a matching question
    qtbot.waitUntil(lambda: not ask.is_busy() and ask.state is not None, timeout=20000)
    ask.near.setChecked(False)
    qtbot.waitUntil(lambda: not ask.is_busy() and ask.current_question is not None, timeout=20000)
    for k in range(3):  # until the row that takes a named term shows
        if ask.current_question.match is not None:
            break
        ask.answer("first")
        qtbot.waitUntil(lambda n=k + 1: not ask.is_busy() and len(ask.state.answers) == n, timeout=20000)
    assert ask.match_row.isVisible() and ask.answers.count() >= 1
    assert dialog_unnamed(ask) == []
    ask.close()
    props = PlanPropertiesDialog(win.document, win)
    qtbot.addWidget(props)
    props.show()
    assert dialog_unnamed(props) == []
    props.close()


def test_the_supplier_box_is_named_in_words_and_labelled(make_window, qtbot):
    """The toolbar's Supplier box: its name in words (what Windows and macOS read); on Linux Qt
    names a combo box by its value and a screen reader takes its name from the label it is
    labelled by, "Supplier:"."""
    from PySide6.QtWidgets import QComboBox

    win = make_window(md.example_plan("supplier"), autosave=False, remember_layout=False)
    combo = win.findChild(QComboBox, "supplierSwitch")
    assert combo.accessibleName() == "Supplier worked on"
    iface = QAccessible.queryAccessibleInterface(combo)
    labels = [r[0].text(QAccessible.Text.Name) for r in iface.relations(QAccessible.RelationFlag.Label)]
    assert labels == ["Supplier:"]
