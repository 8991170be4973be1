"""The package panel, driven through its real widgets (offscreen)."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QToolButton,
)

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.widgets.packages.package_column import PackageColumn
from meso_desk.app.widgets.packages.package_panel import PackagePanel
from meso_desk.app.widgets.packages.score_bar import ScoreBar

BATNA = "Competing quote (BATNA)"
IDEAL = "Our ideal"


@pytest.fixture
def panel(qtbot):
    doc = PlanDocument(md.example_plan("supplier"))
    p = PackagePanel(doc)
    qtbot.addWidget(p)
    p.resize(1000, 700)
    p.show()
    qtbot.waitExposed(p)
    return p


def term_control(panel, cls, name, package, issue):
    hits = [w for w in panel.findChildren(cls, name)
            if w.property("package") == package and w.property("issue") == issue]
    assert len(hits) == 1, (name, package, issue, len(hits))
    return hits[0]


def column(panel, package) -> PackageColumn:
    hits = [c for c in panel.findChildren(PackageColumn, "packageColumn") if c.property("package") == package]
    assert len(hits) == 1
    return hits[0]


def score_text(panel, package):
    return column(panel, package).findChild(QLabel, "scoreLabel").text()


def expected_score(plan, package):
    return f"{md.score(plan, plan.package(package)):.1f}"


def _handle_centre(slider):
    opt = QStyleOptionSlider()
    slider.initStyleOption(opt)
    return slider.style().subControlRect(QStyle.ComplexControl.CC_Slider, opt,
                                         QStyle.SubControl.SC_SliderHandle, slider).center()


def drag(slider, dxs):
    start = _handle_centre(slider)
    QTest.mousePress(slider, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for dx in dxs:
        QTest.mouseMove(slider, start + QPoint(dx, 0))
    QTest.mouseRelease(slider, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       start + QPoint(dxs[-1], 0))


def test_columns_and_term_controls_carry_their_handles(panel):
    plan = panel.document.plan
    assert panel.objectName() == "packagePanel"
    cols = panel.findChildren(PackageColumn, "packageColumn")
    assert [c.property("package") for c in cols] == plan.package_names
    sliders = panel.findChildren(QSlider, "termSlider")
    assert len(sliders) == len(plan.packages) * len(plan.issues)
    assert {(s.property("package"), s.property("issue")) for s in sliders} == {
        (p, i) for p in plan.package_names for i in plan.issue_names}
    locks = panel.findChildren(QToolButton, "termLock")
    assert len(locks) == len(sliders)
    delivery = term_control(panel, QSlider, "termSlider", BATNA, "Delivery")
    assert delivery.value() == 6  # 8 weeks on the 2..12 grid
    assert term_control(panel, QLabel, "termLabel", BATNA, "Delivery").text() == "8 weeks"
    assert term_control(panel, QLabel, "termLabel", BATNA, "Unit price").text() == "EUR 236.00"
    assert term_control(panel, QLabel, "termLabel", BATNA, "Incoterm").text() == "FCA"
    for name in plan.package_names:
        assert score_text(panel, name) == expected_score(plan, name)


def test_moving_a_term_slider_updates_the_exact_score(panel, qtbot):
    doc = panel.document
    slider = term_control(panel, QSlider, "termSlider", BATNA, "Delivery")
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Left)  # one step: 8 → 7 weeks
    assert doc.plan.stored_package(BATNA).terms["Delivery"] == 7.0
    assert term_control(panel, QLabel, "termLabel", BATNA, "Delivery").text() == "7 weeks"
    assert score_text(panel, BATNA) == expected_score(doc.plan, BATNA)
    bar = column(panel, BATNA).findChild(ScoreBar, "scoreBar")
    assert bar.score == pytest.approx(md.score(doc.plan, doc.plan.package(BATNA)))
    # a categorical term: the label shows the option
    inco = term_control(panel, QSlider, "termSlider", BATNA, "Incoterm")
    inco.setFocus()
    qtbot.keyClick(inco, Qt.Key.Key_Right)
    assert doc.plan.stored_package(BATNA).terms["Incoterm"] == "DAP"
    assert term_control(panel, QLabel, "termLabel", BATNA, "Incoterm").text() == "DAP"
    assert score_text(panel, BATNA) == expected_score(doc.plan, BATNA)
    assert doc.undo_stack.count() == 2
    # undo puts slider, label and score back
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert slider.value() == 6
    assert score_text(panel, BATNA) == expected_score(doc.plan, BATNA)


def test_a_drag_is_one_undo_step(panel, qtbot):
    doc = panel.document
    slider = term_control(panel, QSlider, "termSlider", IDEAL, "Unit price")
    values = []
    doc.changed.connect(lambda c: values.append(doc.plan.stored_package(IDEAL).terms["Unit price"]))
    drag(slider, list(range(0, 120, 6)))
    assert len(set(values)) > 5, "the term followed the drag"
    assert doc.undo_stack.count() == 1
    assert score_text(panel, IDEAL) == expected_score(doc.plan, IDEAL)
    doc.undo_stack.undo()
    assert doc.plan.stored_package(IDEAL).terms["Unit price"] == 190.0
    assert score_text(panel, IDEAL) == expected_score(doc.plan, IDEAL)


def test_weight_change_rescores_every_column(panel):
    doc = panel.document
    doc.apply(doc.plan.with_weights({**doc.plan.weights, "Unit price": 0.7}), "weights")
    for name in doc.plan.package_names:
        assert score_text(panel, name) == expected_score(doc.plan, name)


def test_lock_toggle_is_stored_undoable_and_holds_the_slider(panel):
    doc = panel.document
    lock = term_control(panel, QToolButton, "termLock", BATNA, "Warranty")
    slider = term_control(panel, QSlider, "termSlider", BATNA, "Warranty")
    lock.click()
    assert doc.plan.stored_package(BATNA).locked == ("Warranty",)
    assert not slider.isEnabled()
    assert doc.undo_stack.undoText() == f"Lock Warranty of {BATNA}"
    doc.undo_stack.undo()
    assert doc.plan.stored_package(BATNA).locked == ()
    assert not lock.isChecked() and slider.isEnabled()


def test_add_duplicate_rename_delete_with_undo(panel, qtbot):
    doc = panel.document
    n = len(doc.plan.packages)
    panel.add_action.trigger()
    assert len(doc.plan.packages) == n + 1
    new = doc.plan.packages[-1].name
    assert new == "New package" and doc.selected_package == new
    assert column(panel, new).selected
    # duplicate the BATNA: the copy sits right after it, with the same terms
    doc.select_package(BATNA)
    panel.duplicate_action.trigger()
    names = doc.plan.package_names
    copy = names[names.index(BATNA) + 1]
    assert copy == f"{BATNA} copy"
    assert doc.plan.stored_package(copy).terms == doc.plan.stored_package(BATNA).terms
    assert score_text(panel, copy) == score_text(panel, BATNA)
    # rename in place: double-click the title, type, Enter
    col = column(panel, copy)
    qtbot.mouseDClick(col.name_label, Qt.MouseButton.LeftButton)
    edit = col.findChild(QLineEdit, "packageName")
    assert edit.isVisible()
    edit.selectAll()
    qtbot.keyClicks(edit, "Plan B")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert "Plan B" in doc.plan.package_names and copy not in doc.plan.package_names
    assert term_control(panel, QSlider, "termSlider", "Plan B", "Delivery").property("package") == "Plan B"
    # a duplicate name is refused with the reason shown; nothing changes
    count = doc.undo_stack.count()
    col = column(panel, "Plan B")
    col.start_rename()
    col.name_edit.setText(IDEAL)
    qtbot.keyClick(col.name_edit, Qt.Key.Key_Return)
    assert doc.undo_stack.count() == count
    err = col.findChild(QLabel, "packageNameError")
    assert err.isVisible() and "already exists" in err.text()
    qtbot.keyClick(col.name_edit, Qt.Key.Key_Escape)
    assert col.name_label.isVisible()
    # delete, then undo everything back to the example
    doc.select_package("Plan B")
    panel.delete_action.trigger()
    assert "Plan B" not in doc.plan.package_names
    assert len(panel.findChildren(PackageColumn, "packageColumn")) == n + 1, "no dead columns to find"
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert doc.plan == md.example_plan("supplier")
    assert [c.package_name for c in panel.columns] == doc.plan.package_names
    assert len(panel.findChildren(PackageColumn, "packageColumn")) == n


def test_clicking_a_column_selects_its_package(panel, qtbot):
    doc = panel.document
    col = column(panel, IDEAL)
    qtbot.mouseClick(col, Qt.MouseButton.LeftButton, pos=QPoint(5, col.height() - 5))
    assert doc.selected_package == IDEAL
    assert col.selected and not column(panel, BATNA).selected


def test_below_reservation_and_unacceptable_are_marked_in_words(panel):
    doc = panel.document
    plan = doc.plan
    # their opening quote breaks the price's hard limit
    col = column(panel, "Their opening quote")
    assert col.property("status") == "unacceptable"
    # 28.5 points: also below the reservation, and both are said
    status = col.findChild(QLabel, "packageStatus")
    assert status.full_text() == "Not acceptable: Unit price · below reservation"
    assert "beyond the hard limit EUR 248.00" in status.toolTip()
    if status.text() != status.full_text():  # a narrow card: shortened, the whole line in the tooltip
        assert status.text().endswith("…") and status.toolTip().startswith(status.full_text())
    assert term_control(panel, QLabel, "termLabel", "Their opening quote", "Unit price").toolTip().startswith(
        "Beyond the hard limit")
    # make the BATNA worse but acceptable: below reservation
    doc.apply(plan.with_term(BATNA, "Warranty", 12.0), "worse")
    col = column(panel, BATNA)
    status = col.findChild(QLabel, "packageStatus").full_text()
    assert col.property("status") == "below"
    assert status.startswith("Below reservation (41.7)")
    assert col.findChild(ScoreBar).status == "below"
    doc.undo_stack.undo()
    assert column(panel, BATNA).property("status") == "short"


def test_a_package_within_the_tolerance_of_the_target_is_at_the_target(panel):
    """Aspiration 0.3 above a package's score: the card says "At the target level", as the
    status rule does everywhere (issue 16)."""
    doc = panel.document
    plan = doc.plan
    doc.apply(plan.replace(aspiration=round(plan.package(IDEAL).score + 0.3, 6)), "aspiration")
    col = column(panel, IDEAL)
    assert col.findChild(QLabel, "packageStatus").full_text() == "At the target level"
    assert col.property("status") == "ok"


def test_hold_value_rebalances_other_terms_live_respecting_locks(panel, qtbot):
    doc = panel.document
    hold = column(panel, BATNA).findChild(QCheckBox, "holdValue")
    hold.click()
    assert doc.plan.stored_package(BATNA).hold_value
    term_control(panel, QToolButton, "termLock", BATNA, "Order volume").click()
    before = doc.plan.stored_package(BATNA).terms
    value = md.score(doc.plan, doc.plan.package(BATNA))
    count = doc.undo_stack.count()
    slider = term_control(panel, QSlider, "termSlider", BATNA, "Unit price")
    drag(slider, [-4, -8, -12, -16, -20])
    after = doc.plan.stored_package(BATNA).terms
    assert after["Unit price"] < before["Unit price"]
    assert after["Order volume"] == before["Order volume"], "locked term untouched"
    assert any(after[k] != before[k] for k in before if k not in ("Unit price", "Order volume"))
    assert md.score(doc.plan, doc.plan.package(BATNA)) == pytest.approx(value, abs=1.0)
    assert score_text(panel, BATNA) == expected_score(doc.plan, BATNA)
    assert doc.undo_stack.count() == count + 1, "the rebalanced drag is one undo step"
    doc.undo_stack.undo()
    assert doc.plan.stored_package(BATNA).terms == before


def test_a_hold_that_cannot_hold_is_said_on_the_card_in_the_models_words(panel, qtbot):
    column(panel, BATNA).findChild(QCheckBox, "holdValue").click()
    panel.set_all_locked(BATNA, True)
    term_control(panel, QToolButton, "termLock", BATNA, "Unit price").click()  # only the price moves
    slider = term_control(panel, QSlider, "termSlider", BATNA, "Unit price")
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_PageDown)
    note = column(panel, BATNA).findChild(QLabel, "holdMessage")
    assert note.text().startswith("off by ")
    assert note.toolTip().startswith("Can't hold the value: cannot hold")


def test_arrow_keys_on_a_held_meso_package_never_walk_it_away_from_its_level(qtbot):
    """Price one EUR per key on a two-issue plan, Delivery in whole weeks (3.6 points each): a
    step held "within 1 point" no longer counted as at the level, and the next eleven held the
    drifted value (60.2 → 53.0, Delivery never moving). The package stays with its set: at
    EUR 148 it is back at 60.3 with Delivery 4 weeks."""
    issues = (md.NumericIssue(name="Price", min=100, max=200, step=1, direction="lower", hard_limit=190),
              md.NumericIssue(name="Delivery", min=1, max=12, step=1, direction="lower"))
    terms = {"Price": 136.0, "Delivery": 6.0}  # 60.2
    plan = md.Plan(issues=issues, weights={"Price": 0.6, "Delivery": 0.4}, aspiration=65, reservation=30,
                   packages=(md.StoredPackage(name="A", terms=terms, hold_value=True),),
                   meso_sets=(md.MesoSet(name="MESO 1", level=60.0, packages=("A",)),))
    p = PackagePanel(PlanDocument(plan))
    qtbot.addWidget(p)
    p.resize(600, 500)
    p.show()
    slider = term_control(p, QSlider, "termSlider", "A", "Price")
    slider.setFocus()
    for _ in range(12):
        qtbot.keyClick(slider, Qt.Key.Key_Right)
    doc = p.document
    assert doc.plan.stored_package("A").terms == {"Price": 148.0, "Delivery": 4.0}
    assert abs(doc.plan.package("A").score - 60.0) <= 0.5
    assert column(p, "A").findChild(QLabel, "holdMessage").text() == ""  # held: nothing to note


def test_generate_mesos_adds_one_undoable_set(panel, qtbot):
    doc = panel.document
    dlg = panel.open_meso_dialog()
    assert dlg.objectName() == "mesoDialog"
    dlg.level.set_level(65.0)
    qtbot.waitUntil(lambda: not dlg.is_busy() and dlg.add_button.isEnabled(), timeout=10000)
    count = doc.undo_stack.count()
    dlg.add_button.click()
    assert doc.undo_stack.count() == count + 1
    plan = doc.plan
    assert len(plan.meso_sets) == 1
    s = plan.meso_sets[0]
    assert s.packages == ("A", "B", "C") and s.level == 65.0
    for name in s.packages:
        sp = plan.stored_package(name)
        assert sp.hold_value
        value = md.score(plan, plan.package(name))
        assert abs(value - 65.0) <= 1.0
        col = column(panel, name)
        assert col.findChild(QLabel, "packageKind").text().startswith("MESO 1")
        assert col.findChild(ScoreBar).target == 65.0
        assert score_text(panel, name) == f"{value:.1f}"
    doc.undo_stack.undo()
    assert not doc.plan.meso_sets and "A" not in doc.plan.package_names


def test_meso_dialog_explains_an_unreachable_level(panel, qtbot):
    dlg = panel.open_meso_dialog()
    dlg.level.set_level(100.0)  # only one package is worth 100: no set of three
    qtbot.waitUntil(lambda: not dlg.is_busy() and "Generating" not in dlg.message.text(), timeout=10000)
    assert not dlg.add_button.isEnabled()
    assert "nearest level" in dlg.message.text()
    assert dlg.preview.columnCount() == 0
    dlg.reject()


def test_term_and_weight_changes_keep_the_widgets(panel, qtbot):
    doc = panel.document
    slider = term_control(panel, QSlider, "termSlider", IDEAL, "Delivery")
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    doc.apply(doc.plan.with_weights({**doc.plan.weights, "Delivery": 0.5}), "weights")
    assert term_control(panel, QSlider, "termSlider", IDEAL, "Delivery") is slider


def test_issue_edits_rebind_or_rebuild_the_term_controls(panel):
    doc = panel.document
    plan = doc.plan
    k = plan.issue_names.index("Delivery")
    slider = term_control(panel, QSlider, "termSlider", BATNA, "Delivery")
    # a new unit keeps the grid: same slider, new label
    doc.apply(plan.with_issue(k, plan.issue("Delivery").model_copy(update={"unit": "wks"})), "unit")
    assert term_control(panel, QSlider, "termSlider", BATNA, "Delivery") is slider
    assert term_control(panel, QLabel, "termLabel", BATNA, "Delivery").text() == "8 wks"
    # a longer range changes the grid: rebuilt slider, same handles, same term
    wide = doc.plan.issue("Delivery").model_copy(update={"max": 16.0})
    doc.apply(doc.plan.with_issue(k, md.NumericIssue.model_validate(wide.model_dump())), "range")
    rebuilt = term_control(panel, QSlider, "termSlider", BATNA, "Delivery")
    assert rebuilt.maximum() == 14 and rebuilt.value() == 6
    # undo twice: back to the example, controls in the same order with the same handles
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    s = term_control(panel, QSlider, "termSlider", BATNA, "Delivery")
    assert s.maximum() == 10 and s.value() == 6
    assert term_control(panel, QLabel, "termLabel", BATNA, "Delivery").text() == "8 weeks"
    order = [w.property("issue") for w in column(panel, BATNA).findChildren(QSlider, "termSlider")]
    assert order == plan.issue_names


def test_keyboard_tab_reaches_the_sliders_and_f2_renames(panel, qtbot):
    doc = panel.document
    first = term_control(panel, QSlider, "termSlider", BATNA, "Unit price")
    target = term_control(panel, QSlider, "termSlider", BATNA, "Delivery")
    first.setFocus()
    assert doc.selected_package == BATNA, "focus selects the package"
    for _ in range(8):
        if target.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert target.hasFocus()
    qtbot.keyClick(target, Qt.Key.Key_PageUp)
    assert doc.plan.stored_package(BATNA).terms["Delivery"] == 9.0  # a tenth of 2..12 is one week
    qtbot.keyClick(target, Qt.Key.Key_F2)
    col = column(panel, BATNA)
    assert col.renaming and col.name_edit.hasFocus()
    qtbot.keyClicks(col.name_edit, "Alternative")
    qtbot.keyClick(col.name_edit, Qt.Key.Key_Return)
    assert "Alternative" in doc.plan.package_names and doc.selected_package == "Alternative"


def coarse_meso_panel(qtbot) -> PackagePanel:
    """A set at 29.5, the reservation 29.0, Price in steps of 15 points and Delivery of 10;
    package "A" (30.0) holds the level, "B" does not."""
    issues = (md.NumericIssue(name="Price", min=100, max=200, step=25, direction="lower"),
              md.NumericIssue(name="Delivery", min=1, max=5, step=1, direction="lower"))
    plan = md.Plan(issues=issues, weights={"Price": 0.6, "Delivery": 0.4}, aspiration=65, reservation=29.0,
                   packages=(md.StoredPackage(name="A", terms={"Price": 150.0, "Delivery": 5.0}, hold_value=True),
                             md.StoredPackage(name="B", terms={"Price": 125.0, "Delivery": 5.0})),
                   meso_sets=(md.MesoSet(name="MESO 1", level=29.5, packages=("A",)),))
    p = PackagePanel(PlanDocument(plan))
    qtbot.addWidget(p)
    p.resize(900, 500)
    p.show()
    qtbot.waitExposed(p)
    return p


def step_price_of_a(p: PackagePanel, qtbot) -> None:
    """One arrow-key step on A's price: EUR 175 leaves 25.0 (below the reservation) or 35.0."""
    slider = term_control(p, QSlider, "termSlider", "A", "Price")
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Right)


def test_a_hold_kept_above_its_level_by_the_reservation_says_so_on_the_card(qtbot):
    """One step on the price leaves 25.0 (below the reservation 29.0) or 35.0 for the level
    29.5. The card names the reservation as the reason, not the steps."""
    p = coarse_meso_panel(qtbot)
    step_price_of_a(p, qtbot)
    assert p.document.plan.stored_package("A").terms == {"Price": 175.0, "Delivery": 3.0}  # 35.0
    note = column(p, "A").findChild(QLabel, "holdMessage")
    assert note.text() == "kept above reservation"
    assert "lower would be worth only your reservation value 29.0" in note.toolTip()
    assert "steps" not in note.toolTip()


def test_a_renamed_package_keeps_its_hold_note_and_an_undo_brings_it_back_under_the_old_name(qtbot):
    """The note is the document's, by package: renaming A (title, type, Enter) dropped it, so
    the card said nothing about a value it could not hold. It follows the rename, and the undo
    and redo of the rename."""
    p = coarse_meso_panel(qtbot)
    doc = p.document
    step_price_of_a(p, qtbot)
    note = doc.hold_note("A")
    assert note is not None and note.brief == "kept above reservation"
    col = column(p, "A")
    qtbot.mouseDClick(col.name_label, Qt.MouseButton.LeftButton)
    edit = col.findChild(QLineEdit, "packageName")
    edit.selectAll()
    qtbot.keyClicks(edit, "Renamed")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert doc.plan.package_names == ["Renamed", "B"]
    label = column(p, "Renamed").findChild(QLabel, "holdMessage")
    assert label.text() == "kept above reservation" and "reservation value 29.0" in label.toolTip()
    assert doc.hold_note("Renamed") is note and doc.hold_note("A") is None
    doc.undo_stack.undo()  # the rename undone: the note is A's again
    assert doc.plan.package_names == ["A", "B"]
    assert doc.hold_note("A") is note and doc.hold_note("Renamed") is None
    assert column(p, "A").findChild(QLabel, "holdMessage").text() == "kept above reservation"
    doc.undo_stack.undo()  # the step undone: nothing to say
    assert doc.hold_note("A") is None
    assert column(p, "A").findChild(QLabel, "holdMessage").text() == ""
    doc.undo_stack.redo()
    doc.undo_stack.redo()
    assert doc.hold_note("Renamed") is note
    assert column(p, "Renamed").findChild(QLabel, "holdMessage").text() == "kept above reservation"
    # a package that takes the freed name later does not inherit the note
    p.add_package("A")
    assert doc.hold_note("A") is None and column(p, "A").findChild(QLabel, "holdMessage").text() == ""
