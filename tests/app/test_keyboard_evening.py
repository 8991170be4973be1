"""The whole evening with the keyboard alone (issue 26): a new plan, three issues, a weight, a MESO
set, the cards, a recorded reaction and the agreement — key events only, no mouse, and at every
step the focus sits on a control a screen reader can name.

Offscreen there is no window manager to hand the focus back to the window when a dialog closes;
the test does that (``activateWindow``) — on a desktop the window manager does it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QMenu, QPushButton

WAIT = 20_000
C, S = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def focus_name() -> str:
    """The focused control's accessible name (what a screen reader says)."""
    w = QApplication.focusWidget()
    assert w is not None, "nothing has the keyboard focus"
    if w.objectName() == "qt_spinbox_lineedit":
        w = w.parent()
    iface = QAccessible.queryAccessibleInterface(w)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""


def test_an_evening_with_the_keyboard_alone(make_window, qtbot):
    win = make_window(None, autosave=False, remember_layout=False)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)

    def back_to_window() -> None:
        win.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=WAIT)

    back_to_window()

    def key(k, mod=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
        for _ in range(times):
            # keys go to an open menu first, as they do on a desktop
            qtbot.keyClick(QApplication.activePopupWidget() or QApplication.focusWidget() or win, k, mod)
            QApplication.processEvents()  # what the event loop does between two key presses

    def tab_to(name: str, limit: int = 40):
        for _ in range(limit):
            w = QApplication.focusWidget()
            if w is not None and w.objectName() == name:
                return w
            key(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {name}")

    # a new plan, three issues typed into the Issues table (Insert adds one and edits its name)
    key(Qt.Key.Key_N, C)
    assert win.document.plan.issues == ()
    key(Qt.Key.Key_1, C)
    for name in ("Price", "Delivery", "Warranty"):
        key(Qt.Key.Key_Insert)
        qtbot.keyClicks(QApplication.focusWidget(), name)
        key(Qt.Key.Key_Return)
        assert focus_name()
    assert win.document.plan.issue_names == ["Price", "Delivery", "Warranty"]

    # a weight with the arrow keys
    key(Qt.Key.Key_2, C)
    assert focus_name()
    tab_to("weightSlider")  # the first weight (Ctrl+2 may land on the panel's tabs first)
    assert focus_name()
    key(Qt.Key.Key_Up, times=10)
    w = win.document.plan.weights
    assert w["Price"] > max(w["Delivery"], w["Warranty"])

    # a MESO set: the dialog, Tab to "Add MESO set" once it is ready, Enter
    key(Qt.Key.Key_G, C)
    dlg = QApplication.activeModalWidget()
    assert dlg is not None and dlg.objectName() == "mesoDialog" and focus_name()
    add = dlg.findChild(QPushButton, "mesoAdd")
    qtbot.waitUntil(add.isEnabled, timeout=WAIT)
    tab_to("mesoAdd")
    key(Qt.Key.Key_Return)
    plan = win.document.plan
    assert len(plan.meso_sets) == 1 and len(plan.meso_sets[0].packages) == 3
    back_to_window()

    # the cards: the dialog opens on a named control; Escape closes it
    key(Qt.Key.Key_P, C)
    cards = QApplication.activeWindow()
    assert cards is not win and cards.objectName() == "cardsDialog" and focus_name()
    key(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not any(w.objectName() == "cardsDialog" and w.isVisible()
                                    for w in QApplication.topLevelWidgets()), timeout=WAIT)
    back_to_window()

    # their reaction: Tab to a card, Space chooses it, Enter records the round
    key(Qt.Key.Key_R, C)
    rec = QApplication.activeModalWidget()
    assert rec is not None and rec.objectName() == "recordReactionDialog" and focus_name()
    card = tab_to("offeredCard")
    key(Qt.Key.Key_Space)
    assert rec.findChild(QPushButton, "recordButton").isEnabled()
    tab_to("recordButton")
    key(Qt.Key.Key_Return)
    plan = win.document.plan
    assert len(plan.rounds) == 1 and plan.rounds[0].ranking == (card.index,)
    back_to_window()

    # the agreement: the Record menu opens on the keyboard; Enter takes its first package
    key(Qt.Key.Key_A, C | S)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu) and menu.actions()[0].text().startswith("Package ")
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.document.plan.agreement is not None, timeout=WAIT)
    assert win.document.plan.agreement.source
