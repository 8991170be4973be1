"""The weight editor, driven through its real widgets (offscreen)."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QStyle,
    QStyleOptionSlider,
    QToolButton,
)

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.widgets.weights.weight_editor import WeightEditor
from meso_desk.model.preferences.weights import weights_as_percent


@pytest.fixture
def editor(qtbot):
    doc = PlanDocument(md.example_plan("supplier"))
    w = WeightEditor(doc)
    qtbot.addWidget(w)
    w.resize(360, 480)
    w.show()
    qtbot.waitExposed(w)
    return w


def _find(w, cls, name, issue=None):
    hits = [c for c in w.findChildren(cls, name) if issue is None or c.property("issue") == issue]
    assert len(hits) == 1, (name, issue, len(hits))
    return hits[0]


def _shown_percent(w):
    return {s.property("issue"): s.value() for s in w.findChildren(QDoubleSpinBox, "weightSpin")}


def test_panel_and_controls_are_findable(editor):
    assert editor.objectName() == "weightEditor"
    names = md.example_plan("supplier").issue_names
    assert sorted(s.property("issue") for s in editor.findChildren(QSlider, "weightSlider")) == sorted(names)
    assert _find(editor, QSlider, "weightSlider", "Delivery").value() == 200  # 20.0 % in tenths
    row = editor.row("Delivery")
    assert row.slider is _find(editor, QSlider, "weightSlider", "Delivery")
    assert row.lock is _find(editor, QToolButton, "weightLock", "Delivery")


def test_moving_a_weight_keeps_the_total_and_rescales_unlocked_others(editor, qtbot):
    doc = editor.document
    before = dict(doc.plan.weights)
    _find(editor, QToolButton, "weightLock", "Incoterm").click()
    assert "Incoterm" in editor.locked
    slider = _find(editor, QSlider, "weightSlider", "Unit price")
    slider.setFocus()
    for _ in range(5):  # five arrow presses: +5 points
        qtbot.keyClick(slider, Qt.Key.Key_Right)
    after = doc.plan.weights
    assert after["Unit price"] == pytest.approx(0.40)
    assert sum(after.values()) == pytest.approx(1.0)
    assert after["Incoterm"] == before["Incoterm"], "a locked weight never moves"
    free = [n for n in before if n not in ("Unit price", "Incoterm")]
    scale = after[free[0]] / before[free[0]]
    assert scale < 1
    for n in free:
        assert after[n] / before[n] == pytest.approx(scale), "unlocked others rescale proportionally"
    shown = _shown_percent(editor)
    assert sum(shown.values()) == pytest.approx(100.0, abs=1e-9)
    assert shown == weights_as_percent(after)
    assert editor.weights_page.total.text() == "100.0 %"
    assert doc.undo_stack.count() == 5, "each key press is its own step"


def test_a_locked_weight_cannot_be_moved_and_the_last_free_one_is_stuck(editor):
    _find(editor, QToolButton, "weightLock", "Delivery").click()
    assert not _find(editor, QSlider, "weightSlider", "Delivery").isEnabled()
    assert not _find(editor, QDoubleSpinBox, "weightSpin", "Delivery").isEnabled()
    for n in ("Unit price", "Order volume", "Payment term", "Warranty"):
        _find(editor, QToolButton, "weightLock", n).click()
    # only Incoterm is unlocked: it has nothing to trade with
    assert not _find(editor, QSlider, "weightSlider", "Incoterm").isEnabled()
    _find(editor, QToolButton, "weightLock", "Warranty").click()
    assert _find(editor, QSlider, "weightSlider", "Incoterm").isEnabled()
    # the spin box refuses more than the locks leave: clipped to 12 + 13 = 25 %
    spin = _find(editor, QDoubleSpinBox, "weightSpin", "Incoterm")
    spin.setValue(60.0)
    w = editor.document.plan.weights
    assert w["Incoterm"] == pytest.approx(0.25)
    assert w["Warranty"] == pytest.approx(0.0)
    assert w["Delivery"] == pytest.approx(0.20)
    assert spin.value() == pytest.approx(25.0)


def _handle_centre(slider):
    opt = QStyleOptionSlider()
    slider.initStyleOption(opt)
    return slider.style().subControlRect(QStyle.ComplexControl.CC_Slider, opt,
                                         QStyle.SubControl.SC_SliderHandle, slider).center()


def _drag(slider, dxs):
    """A real mouse drag on the slider's handle through the given x offsets."""
    start = _handle_centre(slider)
    QTest.mousePress(slider, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for dx in dxs:
        QTest.mouseMove(slider, start + QPoint(dx, 0))
    QTest.mouseRelease(slider, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       start + QPoint(dxs[-1], 0))


def test_one_drag_is_one_undo_step_and_restores_proportions(editor, qtbot):
    doc = editor.document
    start = dict(doc.plan.weights)
    slider = _find(editor, QSlider, "weightSlider", "Warranty")
    seen = []
    doc.changed.connect(lambda c: seen.append(doc.plan.weights["Warranty"]))
    # drag to the far right (100 %) and back to where it started
    _drag(slider, list(range(0, 600, 25)) + list(range(600, -1, -25)))
    assert max(seen) == pytest.approx(1.0), "the drag reached 100 %"
    assert doc.undo_stack.count() == 1
    # the others come back to their old proportions (up to the slider's 0.1-point grid)
    w = doc.plan.weights
    for k, v in start.items():
        if k != "Warranty":
            assert w[k] / (1 - w["Warranty"]) == pytest.approx(v / (1 - start["Warranty"]), abs=1e-9)
    _drag(slider, [10, 20, 30])
    assert doc.undo_stack.count() == 2
    moved = doc.plan.weights["Warranty"]
    assert moved > w["Warranty"]
    doc.undo_stack.undo()
    assert doc.plan.weights["Warranty"] == pytest.approx(w["Warranty"])
    assert slider.value() == round(w["Warranty"] * 1000)
    doc.undo_stack.undo()
    assert doc.plan.weights == start


def test_swing_mode_applies_normalised_weights_in_one_step(editor, qtbot):
    doc = editor.document
    page = editor.swing_page
    editor.tabs.setCurrentIndex(1)
    assert page.order[0] == "Unit price", "ranked by the current swings"
    apply = _find(editor, QPushButton, "swingApply")
    assert not apply.isEnabled(), "nothing to apply before a change"
    # move Delivery to the top: it becomes the 100-point swing
    up = _find(editor, QToolButton, "swingUp", "Delivery")
    up.click()
    assert page.order[0] == "Delivery"
    assert page.points["Delivery"] == 100
    # give each remaining swing points through the spin boxes
    wanted = {"Unit price": 80, "Warranty": 40, "Payment term": 30, "Incoterm": 30, "Order volume": 10}
    for name, pts in wanted.items():
        _find(page, QSpinBox, "swingPoints", name).setValue(pts)
    assert apply.isEnabled()
    count = doc.undo_stack.count()
    apply.click()
    assert doc.undo_stack.count() == count + 1
    w = doc.plan.weights
    assert sum(w.values()) == pytest.approx(1.0)
    # Incoterm's swing (EXW 0 → DDP 100) spans the whole scale, so weights ∝ points
    total = 100 + sum(wanted.values())
    assert w["Delivery"] == pytest.approx(100 / total)
    assert w["Unit price"] == pytest.approx(80 / total)
    assert w["Order volume"] == pytest.approx(10 / total)
    assert doc.undo_stack.undoText().startswith("Swing weighting")
    doc.undo_stack.undo()
    assert doc.plan.weights["Delivery"] == pytest.approx(0.20)


def test_the_swings_open_on_the_plans_own_weights(editor):
    # whole swing points only approximate the weights: 35/20/13/12/12/8 % read 35.1/20.0/13.0/11.9 …
    doc = editor.document
    doc.apply(doc.plan.replace(weights={"Unit price": 0.35, "Order volume": 0.20, "Delivery": 0.13,
                                        "Payment term": 0.12, "Warranty": 0.12, "Incoterm": 0.08}), "w")
    editor.tabs.setCurrentIndex(1)
    page = editor.swing_page
    page.reset()
    shown = {n: _find(page, QLabel, "swingWeight", n).text() for n in doc.plan.issue_names}
    assert shown == {n: f"{100 * w:.1f} %" for n, w in doc.plan.weights.items()}
    assert not _find(editor, QPushButton, "swingApply").isEnabled()


def test_swing_mode_warns_when_points_contradict_the_ranking(editor):
    page = editor.swing_page
    page.set_points("Order volume", 90)  # ranked last, more than the ones above
    assert not page.warning.isHidden()
    assert "Order volume" in page.warning.text()


def test_consistency_check_question_and_verdicts(editor, qtbot):
    doc = editor.document
    doc.select_package("Competing quote (BATNA)")
    editor.tabs.setCurrentIndex(2)
    page = editor.check_page
    page.issue_box.setCurrentText("Delivery")
    page.issue_box.activated.emit(page.issue_box.currentIndex())
    q = page.question.text()
    assert q.startswith("Is going from 8 to ") and "weeks delivery" in q
    assert "worth as much to you as EUR " in q and q.endswith("less in total on 1,500 units)?")
    assert "off the unit price (EUR " in q  # the money at the package's own volume (docs/total-cost.md)

    _find(editor, QPushButton, "answerSame").click()
    assert page.assessment.agrees
    assert "agrees" in page.verdict.text()
    assert editor.findChild(QPushButton, "adjustWeights").isHidden()

    _find(editor, QPushButton, "answerMore").click()
    more = page.verdict.text()
    assert "Delivery's weight (20.0 %) looks too low next to Unit price's (35.0 %)" in more
    _find(editor, QPushButton, "answerLess").click()
    less = page.verdict.text()
    assert "looks too high" in less and "too low" not in less


def test_consistency_check_adjusts_weights_in_one_undoable_step(editor, qtbot):
    doc = editor.document
    doc.select_package("Competing quote (BATNA)")
    editor.tabs.setCurrentIndex(2)
    page = editor.check_page
    page.issue_box.setCurrentText("Delivery")
    page.issue_box.activated.emit(page.issue_box.currentIndex())
    t = page.tradeoff
    _find(editor, QPushButton, "answerMore").click()
    amount = _find(editor, QDoubleSpinBox, "tradeoffAmount")
    amount.setValue(round(2 * t.amount, 2))
    assert "Delivery 20.0 % → " in page.suggestion.text()
    count = doc.undo_stack.count()
    _find(editor, QPushButton, "adjustWeights").click()
    assert doc.undo_stack.count() == count + 1
    w = doc.plan.weights
    assert w["Delivery"] > 0.20 and w["Unit price"] < 0.35
    assert w["Delivery"] + w["Unit price"] == pytest.approx(0.55)
    # under the new weights the change equals twice the old amount of the price
    d, p = doc.plan.issue("Delivery"), doc.plan.issue("Unit price")
    gain_d = w["Delivery"] * (d.value(t.to) - d.value(t.frm))
    gain_p = w["Unit price"] * (p.value(t.y_from - round(2 * t.amount, 2)) - p.value(t.y_from))
    assert gain_d == pytest.approx(gain_p)
    # the question is rebuilt for the new weights and the old answer is cleared
    assert page.tradeoff.amount == pytest.approx(round(2 * t.amount, 2), abs=0.02)
    assert page.assessment is None
    doc.undo_stack.undo()
    assert doc.plan.weights["Delivery"] == pytest.approx(0.20)


def test_hidden_pages_catch_up_with_changes(editor):
    doc = editor.document
    editor.tabs.setCurrentIndex(2)
    before = editor.check_page.tradeoff
    editor.tabs.setCurrentIndex(0)  # Swings and Check hidden while the weights change
    new = {**doc.plan.weights, "Unit price": 0.10}
    doc.apply(doc.plan.with_weights(new), "weights")
    pts = editor.swing_page.points
    assert pts["Delivery"] == 100 and editor.swing_page.order[0] == "Delivery"
    after = editor.check_page.tradeoff
    assert after.amount != before.amount, "the question was rebuilt for the new weights"
    editor.tabs.setCurrentIndex(1)
    spin = _find(editor, QSpinBox, "swingPoints", "Unit price")
    assert spin.value() == pts["Unit price"]


def test_the_swings_follow_a_changed_range_and_direction(editor):
    """The Swings page said "Delivery 12 → 2" and the weight slider's tooltip "(12 → 2)" after the
    range became 1–12 and higher better: the user weighed a swing that no longer existed."""
    from meso_desk.model.edits.issue_edits import edit_issue

    doc = editor.document
    editor.tabs.setCurrentIndex(1)
    row = doc.plan.issue_names.index("Delivery")
    for field, value in (("min", "1"), ("direction", "higher")):
        r = edit_issue(doc.plan, row, field, value)
        assert r.ok, r.message
        doc.apply(r.plan, r.message)
    text = next(t.text() for t in editor.swing_page.findChildren(QLabel, "swingText") if "Delivery" in t.text())
    assert "1 week → 12 weeks" in text and "→ 2 weeks" not in text
    editor.tabs.setCurrentIndex(0)
    slider = _find(editor, QSlider, "weightSlider", "Delivery")
    assert "1 week → 12 weeks" in slider.toolTip() and "→ 2 weeks" not in slider.toolTip()
