"""The window in German (issue 26): no English left.

The window is made in German, every workspace shown, the menus and the evening's dialogs opened,
and every text a user can read is collected: labels, buttons, tool tips, status tips, accessible
names, placeholders, tab and dock titles, table headers and cells, the plots' texts, the menus'
actions. A word fails the test when it is **English only**: it occurs in the program's English
source strings (the catalogue's sources) but in no German translation, and it is not the plan's
own data (issue names, option labels … stay as the user typed them) — or it is one of the common
English words every sentence needs ("the", "of", "with" …). A text that never went through
``tr()`` is caught that way, as is one whose German is missing.
"""

from __future__ import annotations

import pytest
from german_words import english_left, english_only_words, plan_words, words  # noqa: F401
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTextEdit,
    QWidget,
)

import meso_desk as md
from meso_desk.model.language import current_language
from tests.app.shown import visible_windows, window_opened


def action_texts(action: QAction, seen: set[int]) -> list[str]:
    if id(action) in seen:
        return []
    seen.add(id(action))
    out = [action.text(), action.toolTip(), action.statusTip()]
    menu = action.menu()
    if isinstance(menu, QMenu):
        out.append(menu.title())
        for a in menu.actions():
            out += action_texts(a, seen)
    return out


@pytest.fixture(scope="module")
def vocabulary():
    """(words of the English sources only, None)."""
    return english_only_words(), None


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a user can read in ``root`` and its visible children."""
    out: list[tuple[str, str]] = []
    seen: set[int] = set()

    def add(where: str, *texts: str) -> None:
        out.extend((where, t) for t in texts if t and t.strip())

    add("window title", root.windowTitle())
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        where = f"{type(w).__name__} {w.objectName()!r}"
        add(where, w.toolTip(), w.statusTip(), w.accessibleName(), w.accessibleDescription())
        if isinstance(w, QLabel):  # a shortened label by its whole text ("Pay…" is "Payment term")
            add(where, w.full_text() if hasattr(w, "full_text") else w.text())
        elif isinstance(w, QAbstractButton):
            add(where, w.text())
        elif isinstance(w, QGroupBox):
            add(where, w.title())
        elif isinstance(w, QLineEdit):
            add(where, w.placeholderText())
        elif isinstance(w, QTextEdit):
            add(where, w.placeholderText(), w.toPlainText())
        elif isinstance(w, QTabBar):
            add(where, *(w.tabText(i) for i in range(w.count())), *(w.tabToolTip(i) for i in range(w.count())))
        elif isinstance(w, QDockWidget):
            add(where, w.windowTitle())
        elif isinstance(w, QComboBox):
            add(where, *(w.itemText(i) for i in range(w.count())))
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            try:
                columns = m.columnCount(QModelIndex())
            except TypeError:  # a list model's column count is not exposed to Python
                columns = 1
            add(where, *(str(m.headerData(i, Qt.Orientation.Horizontal) or "") for i in range(columns)))
            for r in range(min(m.rowCount(QModelIndex()), 60)):
                for c in range(columns):
                    idx = m.index(r, c)
                    add(where, str(m.data(idx) or ""), str(m.data(idx, Qt.ItemDataRole.ToolTipRole) or ""))
        elif isinstance(w, QGraphicsView) and w.scene() is not None:
            for item in w.scene().items():
                if isinstance(item, QGraphicsTextItem) and item.isVisible():
                    add(where, item.toPlainText())
        for a in QWidget.actions(w):  # (the main window's ``actions`` is its own)
            add(where, *action_texts(a, seen))
    return out




@pytest.mark.parametrize("example", ["supplier", "contingent", "sourcing"])
def test_every_workspace_speaks_german(german, make_window, qtbot, vocabulary, example):
    english_only, _ = vocabulary
    plan = md.example_plan(example)
    win = make_window(plan, autosave=False, remember_layout=False)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    assert current_language() == "de"
    bad: list[str] = []
    for workspace in ("prepare", "offers", "room", "deal"):
        win.show_workspace(workspace)
        qtbot.wait(0)
        texts = visible_texts(win)
        assert len(texts) > 40, workspace  # the workspace was there to read
        bad += [f"[{workspace}] {b}" for b in english_left(texts, english_only, plan_words(plan))]
    assert bad == [], "\n".join(sorted(set(bad)))


def test_the_evenings_dialogs_speak_german(german, make_window, qtbot, vocabulary):
    from meso_desk.app.plan_properties_dialog import PlanPropertiesDialog

    english_only, _ = vocabulary
    plan = md.example_plan("contingent")
    win = make_window(plan, autosave=False, remember_layout=False)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    user = plan_words(plan)

    bad: list[str] = []
    actions = win.actions
    for action in (actions.generate, actions.record_reaction, actions.compare, actions.total_cost,
                   actions.events, win.action_print_cards):
        before = visible_windows()
        action.trigger()
        dlg = window_opened(qtbot, before)
        qtbot.wait(0)
        bad += [f"[{dlg.objectName() or type(dlg).__name__}] {b}"
                for b in english_left(visible_texts(dlg), english_only, user)]
        dlg.close()
        qtbot.waitUntil(lambda d=dlg: not d.isVisible(), timeout=5000)
    props = PlanPropertiesDialog(win.document, win)
    qtbot.addWidget(props)
    props.show()
    bad += [f"[plan properties] {b}" for b in english_left(visible_texts(props), english_only, user)]
    props.close()
    assert bad == [], "\n".join(bad)


def test_the_menus_speak_german(german, make_window, qtbot, vocabulary):
    english_only, _ = vocabulary
    plan = md.example_plan("supplier")
    win = make_window(plan, autosave=False, remember_layout=False)
    texts: list[tuple[str, str]] = []
    seen: set[int] = set()
    for a in win.menuBar().actions():
        texts += [("menu", t) for t in action_texts(a, seen) if t]
    assert len(texts) > 60
    bad = english_left(texts, english_only, plan_words(plan))
    assert bad == [], "\n".join(bad)
    titles = [a.text() for a in win.menuBar().actions()]
    assert "&Datei" in titles and "&Hilfe" in titles


def _deal_plan():
    """The supplier example after three rounds and an agreement (the guide's deal picture)."""
    from meso_desk.app.help.screenshots import phase_plans

    return dict(phase_plans())["deal"]


@pytest.mark.parametrize("example, steps", [
    ("sourcing", ("manage_suppliers", "suppliers")),
    ("contingent", ("risk",)),
    ("deal", ("debrief", "post_settlement")),
    ("supplier", ("ask",)),
])
def test_the_other_views_speak_german(german, make_window, qtbot, vocabulary, example, steps):
    """The dialogs and views beyond the evening's: the suppliers (manager and side by side), the
    risk and bets, the debrief, the post-settlement cards and the weights' Ask me questions."""
    english_only, _ = vocabulary
    plan = _deal_plan() if example == "deal" else md.example_plan(example)
    win = make_window(plan, autosave=False, remember_layout=False)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    user = plan_words(plan)
    bad: list[str] = []
    for step in steps:
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        if step == "ask":  # Weights ▸ Ask me…: a question between two packages, worked out off the GUI thread
            win.weight_editor.open_ask_dialog()
            dlg = win.findChild(QWidget, "askDialog")
            qtbot.waitUntil(lambda d=dlg: d is not None and not d.is_busy(), timeout=20_000)
        else:
            getattr(win.actions, step).trigger()
        qtbot.wait(0)
        opened = [w for w in QApplication.topLevelWidgets()
                  if w.isVisible() and w.isWindow() and id(w) not in before]
        readable = opened or [win]  # a view opens in the window
        assert readable, step
        for w in readable:
            texts = visible_texts(w)
            assert len(texts) > 5, step
            bad += [f"[{step}] {b}" for b in english_left(texts, english_only, user)]
        for w in opened:
            w.close()
    assert bad == [], "\n".join(sorted(set(bad)))
