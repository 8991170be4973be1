"""The value-curve editor: drawing, dragging breakpoints and option values, undo."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.widgets.issues.curve_editor import CurveEditor


@pytest.fixture
def doc():
    return PlanDocument(md.example_plan("supplier"))


@pytest.fixture
def editor(qtbot, doc):
    ce = CurveEditor(doc)
    qtbot.addWidget(ce)
    ce.resize(360, 220)
    ce.show()
    qtbot.waitExposed(ce)
    return ce


@pytest.fixture
def real_mouse():
    """pyqtgraph drops mouse moves closer than 10 ms apart; synthetic events come faster."""
    old = pg.getConfigOption("mouseRateLimit")
    pg.setConfigOptions(mouseRateLimit=-1)
    yield
    pg.setConfigOptions(mouseRateLimit=old)


def _to_breakpoints(doc, name="Delivery"):
    plan = doc.plan
    row = plan.issue_names.index(name)
    issue = plan.issues[row]
    pts = ((2.0, 100.0), (6.0, 80.0), (9.0, 50.0), (12.0, 0.0))
    doc.apply(plan.with_issue(row, issue.model_copy(update={"curve": md.Curve.BREAKPOINTS, "breakpoints": pts})),
              "setup")
    doc.undo_stack.clear()
    return pts


def _mouse(widget, kind, pos: QPoint, buttons) -> None:
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    ev = QMouseEvent(kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)), button, buttons,
                     Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, ev)


def _drag(widget, start: QPoint, end: QPoint, steps: int = 8) -> None:
    _mouse(widget, QEvent.Type.MouseMove, start, Qt.MouseButton.NoButton)
    _mouse(widget, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    for k in range(1, steps + 1):
        p = start + (end - start) * (k / steps)
        _mouse(widget, QEvent.Type.MouseMove, p, Qt.MouseButton.LeftButton)
    _mouse(widget, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


# -- drawing --------------------------------------------------------------------------------


def test_numeric_curve_over_the_range_with_unit_and_hard_limit(editor):
    editor.set_issue("Unit price")
    xs, ys = editor.curve_item.getData()
    assert xs[0] == 180 and xs[-1] == 260
    assert ys[0] == pytest.approx(100) and ys[-1] == pytest.approx(0), "lower price is better"
    assert editor.plot.getPlotItem().getAxis("bottom").labelText == "Unit price (EUR)"
    assert editor.limit_region.isVisible()
    lo, hi = editor.limit_region.getRegion()
    assert lo == pytest.approx(248) and hi >= 260, "prices above the limit are shaded off-limits"
    assert not editor.handles.isVisible()
    assert editor.title.text() == "Unit price"
    # the selected package's term is marked on the curve
    assert editor.marker.isVisible() and "EUR" in editor.info.text()


def test_concave_curve_shows_the_bend_control(editor, doc):
    editor.set_issue("Delivery")
    assert editor.bend_slider.isVisible() and editor.bend_spin.value() == pytest.approx(2.0)
    editor.set_issue("Warranty")  # linear
    assert not editor.bend_slider.isVisible()


def test_categorical_bars_and_unacceptable_options(editor):
    editor.set_issue("Incoterm")
    assert editor.bars.isVisible() and not editor.curve_item.isVisible()
    assert editor.handle_positions() == [(0, 0), (1, 35), (2, 80), (3, 100)]
    ticks = editor.plot.getPlotItem().getAxis("bottom")._tickLevels[0]
    assert [t[1] for t in ticks] == ["EXW", "FCA", "DAP", "DDP"]
    assert editor.banned_bands.isVisible()
    assert list(editor.banned_bands.opts["x"]) == [0], "EXW is marked as never acceptable"


def test_many_options_do_not_overprint(editor, doc):
    """A GENIUS issue with 1001 options (pie) drew 1001 numbers and labels on top of each other."""
    opts = tuple(md.Option(label=f"a{i}", value=i / 10) for i in range(1001))
    plan = doc.plan
    row = plan.issue_names.index("Incoterm")
    doc.apply(plan.with_issue(row, plan.issues[row].model_copy(update={"options": opts})), "many options")
    editor.set_issue("Incoterm")
    ticks = editor.plot.getPlotItem().getAxis("bottom")._tickLevels[0]
    assert 2 <= len(ticks) <= 12 and ticks[0][1] == "a0"
    assert editor.value_texts == []
    assert len(editor.handle_positions()) == 1001  # every option can still be dragged
    editor.set_issue("Incoterm")  # and a few options keep their numbers
    doc.undo_stack.undo()
    editor.set_issue("Incoterm")
    assert len(editor.value_texts) == 4


def test_no_issue_shows_a_hint(editor):
    editor.set_issue(None)
    assert "Select an issue" in editor.hint.text()
    assert not editor.curve_item.isVisible()
    axis = editor.plot.getPlotItem().getAxis("bottom")  # File > New left "Unit price (EUR)", 180-260
    assert "Unit price" not in axis.labelText and axis._tickLevels == [[]]


# -- breakpoints --------------------------------------------------------------------------------


def test_breakpoint_drag_previews_live_and_pushes_one_undo_step(editor, doc):
    pts = _to_breakpoints(doc)
    editor.set_issue("Delivery")
    assert editor.handle_positions() == list(pts)
    before = doc.plan
    for y in (60, 65, 70.04):
        editor.handles.drag_to(2, 9.3, y)
        # live preview: the line moved, the plan did not
        assert doc.plan is before
        xs, ys = editor.curve_item.getData()
        assert ys[list(xs).index(9.0)] == pytest.approx(round(y, 1))
    editor.handles.finish_drag()
    assert doc.undo_stack.count() == 1
    assert doc.plan.issue("Delivery").breakpoints == ((2, 100), (6, 80), (9, 70.0), (12, 0))
    doc.undo_stack.undo()
    assert doc.plan == before
    assert editor.handle_positions() == list(pts), "undo redraws the handles"


def test_breakpoint_cannot_pass_its_neighbours_and_snaps_to_the_step(editor, doc):
    _to_breakpoints(doc)
    editor.set_issue("Delivery")
    x, y = editor.handles.drag_to(1, 11.7, 140)
    assert x == 8 and y == 100, "stops one step before the next point, value capped at 100"
    x, y = editor.handles.drag_to(1, 0.2, -5)
    assert x == 3 and y == 0
    x, _ = editor.handles.drag_to(1, 4.4, 50)
    assert x == 4
    editor.handles.finish_drag()
    assert doc.plan.issue("Delivery").breakpoints[1] == (4, 50)


def test_breakpoint_drag_with_the_mouse(editor, doc, real_mouse):
    _to_breakpoints(doc)
    editor.set_issue("Delivery")
    vp = editor.plot.viewport()
    start = editor.handle_viewport_pos(1)  # (6, 80)
    end = editor.viewport_pos(6, 40)
    _drag(vp, start, end)
    bp = doc.plan.issue("Delivery").breakpoints
    assert bp[1][0] == 6 and 35 <= bp[1][1] <= 45
    assert doc.undo_stack.count() == 1


def test_add_and_remove_breakpoints(editor, doc):
    _to_breakpoints(doc)
    editor.set_issue("Delivery")
    assert editor.add_breakpoint(4.2, 91.26)
    assert doc.plan.issue("Delivery").breakpoints[1] == (4, 91.3)
    assert not editor.add_breakpoint(4.0, 10), "a point already sits there"
    editor.handles.sigRemoveRequested.emit(1)
    assert len(doc.plan.issue("Delivery").breakpoints) == 4
    assert doc.undo_stack.count() == 2
    # never fewer than two points
    for _ in range(2):
        editor.handles.sigRemoveRequested.emit(1)
    assert len(doc.plan.issue("Delivery").breakpoints) == 2
    editor.handles.sigRemoveRequested.emit(0)
    assert len(doc.plan.issue("Delivery").breakpoints) == 2


def test_double_click_adds_a_breakpoint(editor, doc, qtbot):
    _to_breakpoints(doc)
    editor.set_issue("Delivery")
    pos = editor.viewport_pos(4, 90)
    vp = editor.plot.viewport()
    _mouse(vp, QEvent.Type.MouseMove, pos, Qt.MouseButton.NoButton)
    for kind, buttons in ((QEvent.Type.MouseButtonPress, Qt.MouseButton.LeftButton),
                          (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
                          (QEvent.Type.MouseButtonDblClick, Qt.MouseButton.LeftButton),
                          (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton)):
        _mouse(vp, kind, pos, buttons)
    xs = [x for x, _ in doc.plan.issue("Delivery").breakpoints]
    assert 4 in xs and len(xs) == 5


# -- the curve keeps to Better, and a flat curve is said ------------------------------------------


@pytest.fixture
def panel(qtbot, doc):
    from meso_desk.app.widgets.issues.issue_table import IssuePanel

    p = IssuePanel(doc)
    qtbot.addWidget(p)
    p.resize(680, 620)
    p.show()
    qtbot.waitExposed(p)
    return p


def _on_breakpoints(doc, *names):
    from meso_desk.model.edits.issue_edits import edit_issue

    plan = doc.plan
    for name in names:
        plan = edit_issue(plan, plan.issue_names.index(name), "curve", "breakpoints").plan
    doc.apply(plan, "setup")
    doc.undo_stack.clear()


def test_an_end_dragged_past_the_other_end_stops_there_and_the_status_says_why(panel, doc, real_mouse):
    """Unit price (Better: Lower, limit EUR 248): 180 dragged to 0 and 260 to 100 turned the curve
    round under "Lower", the limit's red zone on the best prices, the status saying "Move breakpoint"."""
    _on_breakpoints(doc, "Unit price")  # (180, 100) (220, 50) (260, 0)
    panel.select_issue("Unit price")
    ce, vp = panel.curve_editor, panel.curve_editor.plot.viewport()
    _drag(vp, ce.handle_viewport_pos(0), ce.viewport_pos(180, 20))
    low = doc.plan.issue("Unit price").breakpoints[0][1]
    assert 15 <= low <= 25 and doc.undo_stack.count() == 1
    # the right end, live: it stops level with the left one and the status line says why at once
    x, y = ce.handles.drag_to(2, 260, 100)
    assert (x, y) == (260, low)
    assert "set Better to Higher" in panel.status.text()
    ce.handles.drag_to(2, 260, 5)
    assert "Better" not in panel.status.text(), "free again: the reason goes"
    ce.handles.drag_to(2, 260, 100)
    ce.handles.finish_drag()
    issue = doc.plan.issue("Unit price")
    assert issue.breakpoints[-1] == (260, low) and issue.direction == md.Direction.LOWER
    assert panel.status.text().startswith("Move breakpoint of “Unit price”. Stopped at")
    assert "EUR 260.00 may not be worth more than EUR 180.00" in panel.status.text()
    assert doc.undo_stack.count() == 2, "one undo step per drag"
    # once more with the mouse: held at its stop, nothing moves and the status says why (in red)
    _drag(vp, ce.handle_viewport_pos(2), ce.viewport_pos(260, 95))
    assert doc.plan.issue("Unit price") == issue and doc.undo_stack.count() == 2
    assert panel.status.text().startswith("Not moved: lower is better") and panel.status.property("error")
    assert ce.handle_positions()[-1] == (260, low), "the handle is back where the plan has it"


def test_a_key_press_at_the_stop_says_why(panel, doc, qtbot):
    _on_breakpoints(doc, "Unit price")
    panel.select_issue("Unit price")
    ce = panel.curve_editor
    ce.plot.setFocus()
    ce.select_handle(2)
    ce.handles.drag_to(0, 180, 0.0)  # level ends: (180, 0) … (260, 0)
    ce.handles.finish_drag()
    qtbot.keyClick(ce.plot, Qt.Key.Key_Up)
    assert doc.plan.issue("Unit price").breakpoints[-1] == (260, 0)
    assert "set Better to Higher" in panel.status.text()


def test_a_flat_curve_is_said_under_the_plot_until_its_weight_is_0(panel, doc):
    """Warranty dragged flat kept its 13 % weight, worth nothing, without a word."""
    _on_breakpoints(doc, "Warranty")  # (12, 0) (30, 50) (48, 100)
    panel.select_issue("Warranty")
    ce = panel.curve_editor
    assert ce.hint.text().startswith("Drag a point")
    for i in range(3):
        ce.handles.drag_to(i, ce.handle_positions()[i][0], 50)
        ce.handles.finish_drag()
    assert doc.undo_stack.count() == 2, "one step per drag that changed something (the middle was at 50)"
    flat = ("The curve of “Warranty” is flat: its 13 % weight no longer counts — set the weight to 0 or give "
            "the curve a slope.")
    assert panel.status.text() == f"Move breakpoint of “Warranty”. {flat}"
    assert ce.hint.text() == flat and ce.hint.toolTip() == flat and "color" in ce.hint.styleSheet()
    panel.select_issue("Unit price")
    assert ce.hint.text() == "Linear, lower is better · choose Breakpoints to shape it"
    panel.select_issue("Warranty")
    assert ce.hint.text() == flat, "said whenever the curve is shown"
    doc.apply(doc.plan.with_weights({**doc.plan.weights, "Warranty": 0.0}), "weight")
    assert ce.hint.text().startswith("Drag a point"), "a weight of 0: nothing left to say"
    assert ce.hint.styleSheet() == ""
    doc.undo_stack.undo()
    assert ce.hint.text() == flat


# -- categorical option values ---------------------------------------------------------------------


def test_option_value_drag_changes_the_plan_in_one_step(editor, doc):
    editor.set_issue("Incoterm")
    before = doc.plan
    for y in (40, 50, 60.4):
        editor.handles.drag_to(1, 1.4, y)
        assert doc.plan is before
    assert editor.bars.opts["height"][1] == 60
    editor.handles.finish_drag()
    assert doc.plan.issue("Incoterm").option("FCA").value == 60
    assert doc.undo_stack.count() == 1
    assert "FCA" in doc.undo_stack.undoText()
    doc.undo_stack.undo()
    assert doc.plan == before
    assert editor.handle_positions()[1] == (1, 35)


def test_option_value_drag_with_the_mouse(editor, doc, real_mouse):
    editor.set_issue("Incoterm")
    vp = editor.plot.viewport()
    _drag(vp, editor.handle_viewport_pos(2), editor.viewport_pos(2, 50))
    v = doc.plan.issue("Incoterm").option("DAP").value
    assert 45 <= v <= 55
    assert doc.undo_stack.count() == 1


def test_values_stay_within_0_and_100(editor, doc):
    editor.set_issue("Incoterm")
    assert editor.handles.drag_to(3, 3, 180) == (3, 100)
    assert editor.handles.drag_to(3, 3, -20) == (3, 0)
    editor.handles.finish_drag()
    assert doc.plan.issue("Incoterm").option("DDP").value == 0


# -- hard limit and bend ----------------------------------------------------------------------------


def test_dragging_the_hard_limit_is_one_undo_step(editor, doc):
    editor.set_issue("Unit price")
    before = doc.plan
    editor.limit_line.setValue(240.2)
    assert doc.plan is before
    assert editor.limit_region.getRegion()[0] == pytest.approx(240.0)
    editor.limit_line.sigPositionChangeFinished.emit(editor.limit_line)
    assert doc.plan.issue("Unit price").hard_limit == 240.0
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.plan == before


def test_bend_slider_drag_is_one_undo_step(editor, doc):
    editor.set_issue("Delivery")
    s = editor.bend_slider
    before = doc.plan
    s.setSliderDown(True)
    for v in (25, 30, 40):
        s.setValue(v)
        assert doc.plan is before, "a drag previews; the plan changes on release"
    assert editor.bend_spin.value() == pytest.approx(4.0)
    s.setSliderDown(False)  # emits sliderReleased
    assert doc.plan.issue("Delivery").curvature == pytest.approx(4.0)
    assert doc.undo_stack.count() == 1
    editor.bend_spin.setValue(7.5)
    assert doc.plan.issue("Delivery").curvature == pytest.approx(7.5)
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.plan.issue("Delivery").curvature == pytest.approx(2.0)
    assert editor.bend_spin.value() == pytest.approx(2.0)


def test_editor_follows_package_selection_and_renames(editor, doc):
    editor.set_issue("Delivery")
    first = doc.selected_package
    names = doc.plan.package_names
    other = next(n for n in names if n != first)
    doc.select_package(other)
    assert editor.info.text().startswith(other)
    plan = doc.plan
    doc.apply(plan.with_issue(2, plan.issues[2].model_copy(update={"name": "Lead time"})), "rename")
    assert editor.issue is None  # the panel re-targets it by the new name
    editor.set_issue("Lead time")
    assert editor.title.text() == "Lead time"


# -- keyboard ---------------------------------------------------------------------------------------


def test_keyboard_changes_option_values_one_undo_step_per_point(editor, doc, qtbot):
    editor.set_issue("Incoterm")
    editor.plot.setFocus()
    qtbot.keyClick(editor.plot, Qt.Key.Key_Right)  # FCA
    for _ in range(3):
        qtbot.keyClick(editor.plot, Qt.Key.Key_Up)
    qtbot.keyClick(editor.plot, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert doc.plan.issue("Incoterm").option("FCA").value == 48
    assert doc.undo_stack.count() == 1, "presses on one point merge into one step"
    qtbot.keyClick(editor.plot, Qt.Key.Key_Right)  # DAP: a new step
    qtbot.keyClick(editor.plot, Qt.Key.Key_Down)
    assert doc.plan.issue("Incoterm").option("DAP").value == 79
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.plan.issue("Incoterm").option("FCA").value == 35


def test_keyboard_moves_adds_and_removes_breakpoints(editor, doc, qtbot):
    _to_breakpoints(doc)
    editor.set_issue("Delivery")
    editor.plot.setFocus()
    qtbot.keyClick(editor.plot, Qt.Key.Key_Right)  # (6, 80)
    qtbot.keyClick(editor.plot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(editor.plot, Qt.Key.Key_Down)
    assert doc.plan.issue("Delivery").breakpoints[1] == (7, 79)
    qtbot.keyClick(editor.plot, Qt.Key.Key_Insert)  # between (7, 79) and (9, 50)
    assert doc.plan.issue("Delivery").breakpoints[2] == (8, 64.5)
    qtbot.keyClick(editor.plot, Qt.Key.Key_Delete)
    assert len(doc.plan.issue("Delivery").breakpoints) == 4
