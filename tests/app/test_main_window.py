"""The main window shell: panels, menus, title, status bar, sizes (pytest-qt, offscreen)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

import meso_desk as md
from meso_desk.app.main_window import MainWindow
from meso_desk.model.offers.status import package_status

PANELS = ("issueTable", "weightEditor", "packagePanel", "valueMap", "counterpartPanel", "dealPanel")


def test_create_window_defaults_to_supplier_example(make_window):
    win = make_window()
    assert isinstance(win, MainWindow)
    assert win.document.plan == md.example_plan("supplier")
    assert win.document.path is None
    assert not win.isWindowModified()
    assert win.windowTitle() == "Office chairs 2027 — Ergonord[*] — MESO Desk"
    for name in PANELS:
        assert win.findChild(QWidget, name) is not None, name
    assert win.centralWidget().objectName() == "valueMap"
    from meso_desk.app.widgets.issues.issue_table import IssuePanel
    from meso_desk.app.widgets.packages.package_panel import PackagePanel
    from meso_desk.app.widgets.weights.weight_editor import WeightEditor

    assert isinstance(win.issues_dock.widget(), IssuePanel)
    assert isinstance(win.weights_dock.widget(), WeightEditor)
    assert isinstance(win.packages_dock.widget(), PackagePanel)


def test_create_window_on_a_path_titles_the_file(make_window, tmp_path, supplier):
    p = tmp_path / "chairs.meso"
    md.save_plan(supplier, p)
    win = make_window(str(p))
    assert win.document.path == p.resolve()
    assert win.windowTitle().startswith("chairs.meso — ")


def test_default_layout_places_the_docks(make_window, qtbot):
    """Each workspace's default arrangement, left to right (docs/window.md, "Layout")."""
    win = make_window(remember_layout=False)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    left_to_right = {"prepare": [win.issues_dock, win.weights_dock],
                     "offers": [win.value_map, win.packages_dock],
                     "room": [win.counterpart_dock, win.packages_dock, win.outcome_dock],
                     "deal": [win.deal_dock, win.outcome_dock]}
    for key, order in left_to_right.items():
        win.show_workspace(key)
        win.reset_layout()
        assert all(w.isVisible() for w in order), key
        xs = [w.mapTo(win, w.rect().topLeft()).x() for w in order]
        assert xs == sorted(xs) and len(set(xs)) == len(xs), (key, xs)
        assert all(w.height() > 500 for w in order), key  # full height: nothing stacked on a laptop
        assert not win.history_dock.isVisible()
    win.show_workspace("prepare")
    assert win.issues_dock.width() > 600


def test_menus_and_standard_shortcuts(make_window):
    win = make_window()
    menus = {m.objectName(): m for m in win.menuBar().findChildren(QMenu)}
    for name in ("menuFile", "menuEdit", "menuView", "menuHelp", "menuOpenRecent", "menuNewFromExample"):
        assert name in menus, name
    file_actions = [a.objectName() for a in menus["menuFile"].actions()]
    for name in ("actionNew", "actionOpen", "actionSave", "actionSaveAs", "actionImportGenius",
                 "actionClose", "actionQuit"):
        assert name in file_actions, name
    K = QKeySequence.StandardKey
    assert win.action_undo.shortcut() == QKeySequence(K.Undo)
    assert win.action_redo.shortcuts() == QKeySequence.keyBindings(K.Redo)
    assert win.action_save.shortcut() == QKeySequence(K.Save)
    assert win.action_open.shortcut() == QKeySequence(K.Open)
    assert win.action_undo in menus["menuEdit"].actions()
    assert win.action_history in menus["menuEdit"].actions()
    view = menus["menuView"].actions()
    panels = menus["menuPanels"].actions()  # View ▸ Panels: the docks, apart from the workspaces
    for dock in (win.issues_dock, win.weights_dock, win.packages_dock, win.counterpart_dock, win.deal_dock):
        assert dock.toggleViewAction() in panels and dock.toggleViewAction() not in view
    for a in win.workspaces.actions.values():
        assert a in view
    texts = [a.text().replace("&", "") for a in view if not a.isSeparator()]
    assert len(texts) == len(set(texts)), texts  # "Deal" the workspace and "Deal" the panel were twins


def test_every_menu_action_explains_itself(make_window, tmp_path, supplier):
    win = make_window()
    p = tmp_path / "a.meso"
    md.save_plan(supplier, p)
    win.files.open_path(p)  # puts an entry in Open Recent

    def walk(menu):
        for a in menu.actions():
            if a.isSeparator():
                continue
            if a.menu() is not None:
                yield from walk(a.menu())
            else:
                yield a

    missing = [a.text() for m in win.menuBar().findChildren(QMenu) for a in walk(m) if not a.statusTip()]
    assert missing == []


def test_dock_toggle_hides_and_shows(make_window, qtbot):
    win = make_window()
    win.show()
    qtbot.waitExposed(win)
    win.show_workspace("prepare")
    act = win.weights_dock.toggleViewAction()
    act.trigger()
    assert not win.weights_dock.isVisible()
    act.trigger()
    assert win.weights_dock.isVisible()
    win.show_workspace("room")
    win.packages_dock.setFloating(True)
    win.counterpart_dock.hide()
    win.action_reset_layout.trigger()
    assert not win.packages_dock.isFloating()
    assert win.counterpart_dock.isVisible()


def test_title_star_follows_modified_state(make_window):
    win = make_window()
    doc = win.document
    name = doc.plan.packages[0].name
    doc.apply(doc.plan.with_term(name, "Unit price", 200.0), "Move price")
    assert win.isWindowModified()
    doc.undo_stack.undo()
    assert not win.isWindowModified()


def test_undo_redo_through_the_edit_menu(make_window):
    win = make_window()
    doc = win.document
    before = doc.plan
    name = before.packages[1].name
    assert not win.action_undo.isEnabled()
    doc.apply(doc.plan.with_term(name, "Delivery", 4.0), "Move Delivery")
    after = doc.plan
    assert win.action_undo.isEnabled()
    assert "Move Delivery" in win.action_undo.text()
    win.action_undo.trigger()
    assert doc.plan == before
    assert win.action_redo.isEnabled()
    win.action_redo.trigger()
    assert doc.plan == after
    assert doc.plan.stored_package(name).terms["Delivery"] == 4.0


def test_undo_history_view_goes_back(make_window):
    win = make_window()
    doc = win.document
    name = doc.plan.packages[0].name
    start = doc.plan
    for price in (200.0, 210.0):
        doc.apply(doc.plan.with_term(name, "Unit price", price), f"Price {price}")
    win.action_history.trigger()
    assert win.history_dock.isVisible() or win.history_dock.isVisibleTo(win)
    view = win.history_view
    view.setCurrentIndex(view.model().index(0, 0))  # the "plan as opened" row
    assert doc.plan == start


def test_status_bar_shows_score_target_and_reservation_warning(make_window):
    plan = md.example_plan("supplier")
    win = make_window(plan)
    doc = win.document
    doc.select_package("Our ideal")
    pts = md.score(plan, plan.package("Our ideal"))
    text = win.score_label.text()
    assert f"{pts:.1f} points" in text
    assert f"{pts - plan.aspiration:.1f} above target {plan.aspiration:.1f}" in text
    assert win.warning_label.full_text() == ""
    doc.select_package("Their opening quote")
    warn = win.warning_label.full_text()
    assert "Below reservation" in warn and "hard limit" in warn
    # the status follows edits of the selected package
    doc.select_package("Our ideal")
    doc.apply(doc.plan.with_term("Our ideal", "Unit price", 260.0), "Price")
    new_pts = md.score(doc.plan, doc.plan.package("Our ideal"))
    assert f"{new_pts:.1f} points" in win.score_label.text()


def test_status_uses_the_meso_set_level_as_target(make_window, supplier):
    plan = supplier.replace(meso_sets=(md.MesoSet(name="Set 1", level=60.0, packages=("Our ideal",)),))
    win = make_window(plan)
    win.document.select_package("Our ideal")
    assert "above target 60.0" in win.score_label.text()


def test_status_bar_says_on_target_within_the_one_tolerance(make_window, supplier):
    """The status bar follows the one status rule (model/offers/status.py): with the aspiration
    0.3 above a package's score it says "on target", as the package's card does."""
    pts = md.score(supplier, supplier.package("Our ideal"))
    plan = supplier.replace(meso_sets=(), aspiration=round(pts + 0.3, 6))
    win = make_window(plan)
    win.document.select_package("Our ideal")
    text = win.score_label.text()
    assert f"on target {plan.aspiration:.1f}" in text, text
    assert "below target" not in text
    assert package_status(plan, "Our ideal").relation in text


def test_blank_plan_does_not_break_the_window(make_window):
    win = make_window()
    assert win.files.new_plan()
    assert win.document.plan.issues == ()
    assert win.score_label.text() == "No issues yet"
    assert not win.isWindowModified()
    assert win.windowTitle().startswith("Untitled negotiation[*]")


def test_new_from_example(make_window):
    win = make_window(md.example_plan("supplier"))
    assert win.files.new_from_example("hiring")
    assert win.document.plan == md.example_plan("hiring")
    assert win.document.path is None


def test_fits_a_1366_by_768_screen(make_window, qtbot):
    win = make_window(remember_layout=False)
    hint = win.minimumSizeHint().expandedTo(win.minimumSize())
    assert hint.width() <= 1366 and hint.height() <= 700, hint
    win.resize(1366, 700)
    win.show()
    qtbot.waitExposed(win)
    assert (win.width(), win.height()) == (1366, 700)
    for key, docks in (("prepare", (win.issues_dock, win.weights_dock)), ("offers", (win.packages_dock,)),
                       ("room", (win.counterpart_dock, win.packages_dock, win.outcome_dock)),
                       ("deal", (win.deal_dock, win.outcome_dock))):
        win.show_workspace(key)
        for dock in docks:
            assert dock.isVisible() and dock.width() > 300 and dock.height() > 500, (key, dock.objectName())
    # (the visibility of each panel's content at this size: tests/app/test_window_layout.py)


def test_docks_are_movable_and_named_for_saved_layouts(make_window):
    win = make_window()
    names = [d.objectName() for d in win.findChildren(QDockWidget)]
    assert len(names) == len(set(names)) and all(names)


def test_every_control_has_a_tooltip(make_window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSlider,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
    )

    win = make_window(remember_layout=False)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    kinds = (QAbstractButton, QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit, QAbstractItemView)
    controls = [c for c in win.findChildren(QWidget)
                if isinstance(c, kinds) and c.isVisibleTo(win) and c.focusPolicy() != Qt.FocusPolicy.NoFocus
                and c.objectName() != "qt_spinbox_lineedit"]  # a spin box's own editor shows its tip
    assert len(controls) > 20
    missing = [f"{type(c).__name__} {c.objectName()!r} in {c.parentWidget().objectName()!r}"
               for c in controls if not c.toolTip()]
    assert missing == []


def test_ctrl_number_moves_the_focus_to_a_panel(make_window, qtbot):
    win = make_window(remember_layout=False)
    win.show()
    qtbot.waitExposed(win)
    for action, panel in ((win.focus_actions[0], win.issue_panel), (win.focus_actions[2], win.package_panel),
                          (win.focus_actions[1], win.weight_editor)):
        action.trigger()
        focus = win.focusWidget()  # (offscreen windows are never active: ask the window)
        assert focus is not None and panel.isAncestorOf(focus), (action.text(), focus)
    win.weights_dock.hide()
    win.focus_actions[1].trigger()
    assert win.weights_dock.isVisible(), "going to a hidden panel shows it"
    assert win.focus_actions[2].shortcut().toString() == "Ctrl+3"
    # a panel of another workspace: its workspace is shown
    win.show_workspace("prepare")
    win.focus_actions[6].trigger()  # Ctrl+7: Deal
    assert win.workspace == "deal" and win.deal_panel.isAncestorOf(win.focusWidget())
    win.focus_actions[3].trigger()  # Ctrl+4: the value map
    assert win.workspace == "offers" and win.value_map.isVisible()
    win.focus_actions[5].trigger()  # Ctrl+6: Outcome — shown in the Room
    assert win.outcome_dock.isVisible()
    assert [a.shortcut().toString() for a in win.focus_actions] == [f"Ctrl+{k}" for k in range(1, 8)]


def test_long_warnings_do_not_widen_the_window(make_window, supplier):
    win = make_window(supplier)
    win.document.select_package("Their opening quote")
    assert win.warning_label.minimumSizeHint().width() <= 40
    assert win.statusBar().minimumSizeHint().width() < 700


def _term_slider(win, package, issue):
    from PySide6.QtWidgets import QAbstractSlider

    found = [w for w in win.package_panel.findChildren(QAbstractSlider)
             if w.property("package") == package and w.property("issue") == issue]
    assert len(found) == 1, (package, issue, len(found))
    return found[0]


def test_dragging_a_term_slider_updates_the_status_and_undoes_in_one_step(make_window, qtbot, supplier):
    win = make_window(supplier)
    win.show()
    qtbot.waitExposed(win)
    doc = win.document
    slider = _term_slider(win, "Our ideal", "Unit price")
    start = slider.value()
    slider.setSliderDown(True)
    for k in range(1, 11):  # a drag towards a higher (worse) price
        slider.setSliderPosition(start + 4 * k)
    slider.setSliderDown(False)
    moved = doc.plan.stored_package("Our ideal").terms["Unit price"]
    assert moved > supplier.stored_package("Our ideal").terms["Unit price"]
    assert doc.selected_package == "Our ideal"
    pts = md.score(doc.plan, doc.plan.package("Our ideal"))
    assert win.score_label.text().startswith(f"Our ideal: {pts:.1f} points")
    assert doc.undo_stack.count() == 1, "one drag, one undo step"
    assert win.isWindowModified()
    win.action_undo.trigger()
    assert doc.plan == supplier
    assert not win.isWindowModified()
    assert slider.value() == start or _term_slider(win, "Our ideal", "Unit price").value() == start


def test_a_run_of_keyboard_steps_on_a_term_slider_is_one_undo_step(make_window, qtbot, supplier):
    """As a drag is (docs/weights-and-packages.md): two presses, one Edit ▸ Undo."""
    from PySide6.QtCore import Qt

    win = make_window(supplier)
    win.show()
    qtbot.waitExposed(win)
    slider = _term_slider(win, "Competing quote (BATNA)", "Delivery")
    slider.setFocus()
    before = win.document.plan.stored_package("Competing quote (BATNA)").terms["Delivery"]
    qtbot.keyClick(slider, Qt.Key.Key_Left)
    qtbot.keyClick(_term_slider(win, "Competing quote (BATNA)", "Delivery"), Qt.Key.Key_Left)
    after = win.document.plan.stored_package("Competing quote (BATNA)").terms["Delivery"]
    assert after == before - 2 * supplier.issue("Delivery").step
    assert win.document.undo_stack.count() == 1
    win.action_undo.trigger()
    assert win.document.plan == supplier


def test_new_from_example_names_each_example_as_the_menu_does(make_window):
    """The tooltips said "Start from the lieferant example plan" beside the entry "Supplier
    (German)": the file name, not the name the menu shows."""
    win = make_window()
    menu = next(m for m in win.menuBar().findChildren(QMenu) if m.objectName() == "menuNewFromExample")
    entries = [a for a in menu.actions() if not a.isSeparator()]
    assert len(entries) >= 5
    for a in entries:
        assert a.toolTip() == f"Start from the {a.text().replace('&', '')} example plan (unsaved)"
    assert not any("lieferant" in a.toolTip() for a in entries)
