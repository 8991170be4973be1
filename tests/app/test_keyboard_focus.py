"""Where the keyboard focus goes, and whether the user can see it (the keyboard-only audit).

* F5 … F8 put the focus in the new workspace's main panel, as Ctrl+1 … Ctrl+7 do: it fell to
  the toolbar's Supplier box, which shows no mark, and an arrow key there switched the supplier
  worked on. Ctrl+Shift+A then Esc left it there too.
* Going to a panel (Ctrl+1 … Ctrl+7, opening a plan) never lands on a bare scroll area.
* The issue table marks its current cell (the one F2 or typing edits), and its selection is
  paler while the keys go elsewhere.
* Tab in Prepare follows the screen; every menu entry has an Alt letter; Ctrl+W closes.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QScrollArea

import meso_desk as md
from meso_desk.app.window_actions import first_selection
from meso_desk.model.edits import deal_edits
from tests.app.deal_plans import dealt_plan

C, S = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
FKEYS = {"prepare": Qt.Key.Key_F5, "offers": Qt.Key.Key_F6, "room": Qt.Key.Key_F7, "deal": Qt.Key.Key_F8}
MAIN = {"prepare": "issuePanel", "offers": "packagePanel", "room": "counterpartPanel", "deal": "dealPanel"}


def _shown(make_window, qtbot, plan):
    win = make_window(plan, autosave=False, remember_layout=False)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win


def _focus():
    w = QApplication.focusWidget()
    assert w is not None, "nothing has the keyboard focus"
    return w


def _inside(name: str) -> bool:
    """The focus is in the widget called ``name`` (and not on a bare scroll area there)."""
    w = _focus()
    p = w
    while p is not None and p.objectName() != name:
        p = p.parentWidget()
    return p is not None and not isinstance(w, QScrollArea)


# -- 2. switching workspace -------------------------------------------------------------------------
def test_the_workspace_keys_put_the_focus_in_the_main_panel(make_window, qtbot):
    win = _shown(make_window, qtbot, md.example_plan("sourcing"))
    for key in ("prepare", "offers", "room", "deal", "offers", "room"):
        qtbot.keyClick(_focus(), FKEYS[key])
        assert win.workspace == key
        assert _inside(MAIN[key]), (key, _focus().objectName())
    # the toolbar's Supplier box never had the focus: an arrow key after F7 does not switch the supplier
    supplier = win.document.plan.counterpart
    qtbot.keyClick(_focus(), Qt.Key.Key_Down)
    assert win.document.plan.counterpart == supplier
    assert win.supplier_switcher.combo.objectName() == "supplierSwitch"
    assert not win.supplier_switcher.combo.hasFocus()


def test_record_agreement_then_escape_leaves_the_focus_in_the_deal_panel(make_window, qtbot):
    win = _shown(make_window, qtbot, md.example_plan("supplier"))
    qtbot.keyClick(_focus(), Qt.Key.Key_A, C | S)
    menu = win.deal_panel.record_menu
    qtbot.waitUntil(menu.isVisible)
    menu.close()  # Esc
    qtbot.waitUntil(lambda: not menu.isVisible())
    assert win.workspace == "deal"
    assert _inside("dealPanel"), _focus().objectName()


def test_reset_layout_keeps_the_focus_where_it_is(make_window, qtbot):
    win = _shown(make_window, qtbot, md.example_plan("supplier"))
    qtbot.keyClick(_focus(), Qt.Key.Key_F5)
    win.weight_editor.weights_page.ask_button.setFocus()
    win.action_reset_layout.trigger()
    assert win.weight_editor.weights_page.ask_button.hasFocus()


def test_the_deal_workspace_takes_the_focus_where_a_typed_key_edits_nothing(make_window, qtbot):
    """F8 and Ctrl+7 put the focus on the same control of the Deal panel, whether its post-settlement
    search has finished or not: the button that leads it (Change ▾ after an agreement, Quote ▾ before one).
    It went to the post-settlement list when the search was done, else to the agreement's date, where a
    typed digit changed the date; before an agreement, to the BATNA in words."""
    win = _shown(make_window, qtbot, dealt_plan())
    panel = win.deal_panel
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=20_000)
    assert panel.pss_list.count()  # the search found alternatives: the list is there
    ways = ((Qt.Key.Key_F8, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_7, C))
    for bar in (None, 0.9, 0.85):
        for way in ways:
            qtbot.keyClick(_focus(), Qt.Key.Key_F5)
            if bar is not None:  # the search starts again: its list is gone until it is done
                win.document.apply(deal_edits.with_settlement_bar(win.document.plan, bar), "bar")
            qtbot.keyClick(_focus(), *way)
            assert win.workspace == "deal"
            assert _focus() is panel.record_button, (bar, way, _focus().objectName())
            assert bar is None or not panel.pss_list.count()
            assert panel.scroll.verticalScrollBar().value() == 0  # in view at the top: nothing scrolled
    agreed = win.document.plan.agreement
    for key in (Qt.Key.Key_1, Qt.Key.Key_Tab):
        qtbot.keyClick(_focus(), key)
    assert win.document.plan.agreement == agreed
    # before an agreement: the walk-away leads, and its Quote ▾ button takes the focus
    win.document.apply(deal_edits.without_agreement(win.document.plan), "no agreement")
    for way in ways:
        qtbot.keyClick(_focus(), Qt.Key.Key_F5)
        qtbot.keyClick(_focus(), *way)
        assert _focus() is panel.quote_button, (way, _focus().objectName())
    batna = win.document.plan.batna
    for key in (Qt.Key.Key_X, Qt.Key.Key_Tab):
        qtbot.keyClick(_focus(), key)
    assert win.document.plan.batna == batna


# -- 4. never a bare scroll area ---------------------------------------------------------------------
def test_going_to_a_panel_never_lands_on_a_scroll_area(make_window, qtbot):
    win = _shown(make_window, qtbot, md.example_plan("supplier"))
    assert not isinstance(_focus(), QScrollArea), _focus().objectName()  # at opening (it was packageScroll)
    assert _inside("packagePanel")
    # in the selected package's card: the focus in a card selects its package, and the first card is the
    # unacceptable opening quote, never selected at opening
    chosen = first_selection(win.document.plan)
    assert win.document.selected_package == chosen
    qtbot.keyClick(_focus(), Qt.Key.Key_F5)
    qtbot.keyClick(_focus(), Qt.Key.Key_3, C)
    assert _inside("packagePanel") and win.document.selected_package == chosen
    qtbot.keyClick(_focus(), Qt.Key.Key_7, C)  # Go to Deal: it was dealScroll
    assert _inside("dealPanel") and _focus().objectName() == "dealQuoteButton", _focus().objectName()
    for k in range(1, 8):
        qtbot.keyClick(_focus(), getattr(Qt.Key, f"Key_{k}"), C)
        assert not isinstance(_focus(), QScrollArea), (k, _focus().objectName())
    win.findChild(QMenu, "menuNewFromExample")  # File ▸ New from Example ▸ Supplier
    next(a for a in win.examples_menu.actions() if a.objectName() == "actionExample_supplier").trigger()
    assert _inside("packagePanel"), _focus().objectName()
    # the Weights tab's scroll area is no Tab stop of its own
    scrolls = [s for s in win.weight_editor.findChildren(QScrollArea) if s.widget() is not None]
    assert scrolls and all(s.focusPolicy() == Qt.FocusPolicy.NoFocus for s in scrolls)


def test_the_focus_follows_the_package_selected_elsewhere(make_window, qtbot):
    """The focus in a card selects its package; left in the old card when another package was selected
    (on the map, by a dialog), it took the selection back when the window was active again."""
    win = _shown(make_window, qtbot, md.example_plan("supplier"))
    qtbot.keyClick(_focus(), Qt.Key.Key_3, C)
    assert _inside("packagePanel")
    other = next(n for n in win.document.plan.package_names if n != win.document.selected_package)
    win.document.select_package(other)
    assert win.package_panel.column(other).isAncestorOf(_focus())
    dialog = QDialog(win)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.close()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    assert win.document.selected_package == other


# -- 3. the issue table's current cell ------------------------------------------------------------------
def _dominant(image, rect) -> QColor:
    """The commonest colour inside ``rect`` of ``image`` (a cell's fill, not its text)."""
    counts: dict[int, int] = {}
    for x in range(rect.left() + 3, rect.right() - 2, 2):
        for y in range(rect.top() + 3, rect.bottom() - 2):
            rgb = image.pixel(x, y)
            counts[rgb] = counts.get(rgb, 0) + 1
    return QColor.fromRgb(max(counts, key=counts.get))


def test_the_issue_tables_current_cell_is_marked_and_its_selection_dims_without_focus(make_window, qtbot):
    win = _shown(make_window, qtbot, md.example_plan("supplier"))
    qtbot.keyClick(_focus(), Qt.Key.Key_1, C)
    table = win.issue_panel.table
    assert table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    for _ in range(3):
        qtbot.keyClick(table, Qt.Key.Key_Right)
    current = table.currentIndex()
    assert (current.row(), current.column()) == (1, 3)
    highlight = table.palette().color(QPalette.ColorRole.Highlight).rgb()

    def fills():
        image = table.viewport().grab().toImage()
        return [_dominant(image, table.visualRect(table.model().index(1, c))).rgb() for c in range(5)]

    focused = fills()
    # the row is selected (its other cells in the selection colour); the current cell is not like them
    assert focused[2] == highlight and focused[4] == highlight
    assert focused[3] != highlight, "the current cell looks like the rest of the row"
    win.issue_panel.curve_editor.plot.setFocus()
    qtbot.waitUntil(lambda: not table.hasFocus())
    unfocused = fills()
    assert unfocused[2] != highlight and unfocused[3] == unfocused[2], "the selection looks the same without focus"
    plain = _dominant(table.viewport().grab().toImage(), table.visualRect(table.model().index(2, 2))).rgb()
    assert unfocused[2] != plain  # still marked as the selected row


def test_enter_or_escape_in_the_range_editor_keeps_the_focus_in_the_issue_table(make_window, qtbot):
    """From the range's second field (Highest) Enter sent the focus to the Weights' Raw importance
    (a Space then switched the weights' mode); Name, Step and Limit kept it in the table."""
    win = _shown(make_window, qtbot, md.example_plan("supplier"))
    qtbot.keyClick(_focus(), Qt.Key.Key_1, C)
    table = win.issue_panel.table
    cell = table.model().index(1, 3)  # Order volume's Range
    for last, texts in ((Qt.Key.Key_Return, ("1000", "3500")), (Qt.Key.Key_Escape, ("900", "3000"))):
        table.setCurrentIndex(cell)
        qtbot.keyClick(table, Qt.Key.Key_F2)
        for i, text in enumerate(texts):
            if i:
                qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
            assert _focus().objectName() == ("rangeHighest" if i else "rangeLowest")
            qtbot.keyClick(_focus(), Qt.Key.Key_A, C)
            qtbot.keyClicks(_focus(), text)
        qtbot.keyClick(_focus(), last)
        assert table.indexWidget(cell) is None
        assert _focus() is table, _focus().objectName()
        assert table.currentIndex() == cell
    volume = win.document.plan.issue("Order volume")
    assert (volume.min, volume.max) == (1000, 3500)  # the Enter applied, the Escape did not


# -- 5. Tab order in Prepare ------------------------------------------------------------------------------
def _tab_walk(qtbot, start, n):
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    seen = [start]
    for _ in range(n):
        qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
        seen.append(_focus())
    return seen


def test_tab_in_prepare_follows_the_screen(make_window, qtbot):
    win = _shown(make_window, qtbot, md.example_plan("supplier"))
    qtbot.keyClick(_focus(), Qt.Key.Key_F5)
    panel = win.issue_panel
    panel.table.setCurrentIndex(panel.table.model().index(5, 0))  # Incoterm: the plot has points to move
    # entering the panel from the toolbar: the buttons above the table come first, then the table, the curve
    buttons = [b.objectName() for b in (panel.add_button, panel.remove_button, panel.up_button, panel.down_button,
                                        panel.options_button) if b.isVisible() and b.isEnabled()]
    want = ["supplierSwitch", *buttons, "issueTable", "curvePlot"]
    seen = [w.objectName() for w in _tab_walk(qtbot, win.supplier_switcher.combo, len(want) - 1)]
    assert len(buttons) >= 3 and seen == want, seen
    # the weights: every row, top to bottom, then Raw importance, Ask me…, Unsure by (below the rows)
    page = win.weight_editor.weights_page
    n = len(win.document.plan.issues)
    seen = [w.objectName() for w in _tab_walk(qtbot, page.row(win.document.plan.issues[0].name).slider, 3 * n + 2)]
    assert seen == ["weightSlider", "weightSpin", "weightLock"] * n + ["weightRawMode", "weightAskButton",
                                                                         "weightUncertainty"], seen


# -- 6. Alt letters ----------------------------------------------------------------------------------------
def _letter(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("menu", ["menuNewFromExample", "menuPanels", "menuView"])
def test_every_entry_of_these_menus_has_a_letter_of_its_own(make_window, menu):
    win = make_window(md.example_plan("supplier"), autosave=False, remember_layout=False)
    m = win.findChild(QMenu, menu)
    entries = [a for a in m.actions() if not a.isSeparator()]
    letters = [_letter(a.text()) for a in entries]
    assert None not in letters, [a.text() for a in entries]
    assert len(set(letters)) == len(letters), [a.text() for a in entries]


def test_the_letters_stay_in_the_menus(make_window):
    """The dock titles, the workspace buttons and the examples' tooltips show the words alone."""
    win = make_window(md.example_plan("supplier"), autosave=False, remember_layout=False)
    for name in ("issues_dock", "weights_dock", "packages_dock", "counterpart_dock", "outcome_dock", "deal_dock",
                 "risk_dock", "supplier_dock"):
        dock = getattr(win, name)
        assert "&" not in dock.windowTitle() and "&" in dock.toggleViewAction().text()
    for a in win.workspaces.actions.values():
        assert "&" in a.text() and "&" not in a.iconText() and "&" not in a.toolTip()
    examples = [a for a in win.examples_menu.actions() if not a.isSeparator()]
    assert [a.objectName() for a in examples][-2:] == ["actionExample_supplier", "actionExample_lieferant"]
    for a in examples:
        assert "&" not in a.toolTip() and "&" not in a.statusTip()


def test_alt_f_e_s_opens_the_supplier_example(make_window, qtbot):
    win = _shown(make_window, qtbot, md.example_plan("hiring"))
    qtbot.keyClick(_focus(), Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_E)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is win.examples_menu)
    qtbot.keyClick(win.examples_menu, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: bool(win.document.plan.issues))
    assert win.document.plan.title == md.example_plan("supplier").title


# -- 8. Ctrl+W --------------------------------------------------------------------------------------------
def test_ctrl_w_closes_the_window_as_the_docs_say(make_window, qtbot):
    win = _shown(make_window, qtbot, md.example_plan("supplier"))
    keys = win.action_close.shortcuts()
    assert QKeySequence("Ctrl+W") in keys
    assert all(k in keys for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Close))  # the standard one too
    qtbot.keyClick(_focus(), Qt.Key.Key_W, C)
    qtbot.waitUntil(lambda: not win.isVisible())

