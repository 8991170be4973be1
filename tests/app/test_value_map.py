"""The value map widget (pytest-qt, offscreen): drawing, axes, dragging, hold value, export."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.plot.export import ExportError
from meso_desk.app.plot.value_map import ValueMap
from meso_desk.app.widgets.packages.package_panel import PackagePanel


def with_meso_set(plan: md.Plan) -> md.Plan:
    pk = md.generate_mesos(plan, 3)
    names = ["A", "B", "C"]
    stored = [md.StoredPackage(name=n, terms=dict(p.terms), hold_value=True) for n, p in zip(names, pk)]
    return plan.replace(packages=(*plan.packages, *stored),
                        meso_sets=(md.MesoSet(name="MESO 1", level=plan.aspiration, packages=tuple(names)),))


@pytest.fixture
def make_map(qtbot):
    def factory(plan: md.Plan | None = None, select: str | None = None, size=(700, 380)):
        doc = PlanDocument(plan or md.example_plan("supplier"))
        if select:
            doc.select_package(select)
        w = ValueMap(doc)
        qtbot.addWidget(w)
        w.resize(*size)
        w.show()
        qtbot.waitExposed(w)
        w.redraw()
        return w

    return factory


def curve_xy(item) -> tuple[np.ndarray, np.ndarray]:
    x, y = item.getData()
    return (np.zeros(0), np.zeros(0)) if x is None else (np.asarray(x), np.asarray(y))


# -- what is drawn ----------------------------------------------------------------------------------
def test_draws_the_packages_lines_image_and_off_limits(make_map):
    w = make_map(select="Our ideal")
    plan = w.document.plan
    assert w.objectName() == "valueMap"
    assert w.axes == ("Unit price", "Delivery")
    assert w.findChild(QComboBox, "valueMapX").currentText() == "Unit price"
    assert w.findChild(QComboBox, "valueMapY").currentText() == "Delivery"
    # every package is a point where its terms are
    assert sorted(w.canvas.points.names) == sorted(plan.package_names)
    for name in plan.package_names:
        t = plan.stored_package(name).terms
        assert w.package_position(name) == (t["Unit price"], t["Delivery"])
    # the selected package is ringed
    rx, ry = curve_xy(w.canvas.ring) if hasattr(w.canvas.ring, "getData") else (None, None)
    assert (float(rx[0]), float(ry[0])) == w.package_position("Our ideal")
    # the target and reservation lines are drawn on their levels
    tx, ty = curve_xy(w.canvas.target_curve)
    assert len(tx) > 10
    s = w.slice
    assert np.max(np.abs(s.value_at(tx, ty) - plan.aspiration)) < 0.05
    rx, ry = curve_xy(w.canvas.reservation_curve)
    assert len(rx) > 0 and np.max(np.abs(s.value_at(rx, ry) - plan.reservation)) < 0.05
    assert len(curve_xy(w.canvas.faint_curve)[0]) > 0
    assert w.canvas.target_label.isVisible() and "Target 70.0" in w.canvas.target_label.toPlainText()
    assert "Reservation 41.7" in w.canvas.reservation_label.toPlainText()
    # the image spans the cells in data coordinates
    assert w.canvas.image.image.shape == (11, 161)
    r = w.canvas.image.mapRectToParent(w.canvas.image.boundingRect())
    assert r.left() == pytest.approx(179.75) and r.right() == pytest.approx(260.25)
    assert r.top() == pytest.approx(1.5) and r.bottom() == pytest.approx(12.5)
    # off-limits: beyond EUR 248 and beyond 10 weeks
    rects = w.canvas.off_limits.rects
    assert any(rc.left() == pytest.approx(248.25) for rc in rects)
    assert any(rc.top() == pytest.approx(10.5) for rc in rects)
    # axes say the units and which end is better
    assert "Unit price (EUR)" in w.canvas.plot.getAxis("bottom").labelText
    assert "lower is better" in w.canvas.plot.getAxis("left").labelText
    assert "Our ideal" in w.info


def test_meso_sets_get_their_own_markers_and_letters(make_map, supplier):
    w = make_map(with_meso_set(supplier), select="B")
    spots = {str(p.data()): p for p in w.canvas.points.points()}
    assert {"A", "B", "C"} <= set(spots)
    assert spots["A"].symbol() == spots["B"].symbol() != spots["Our ideal"].symbol()
    assert w.canvas.point_labels["B"].toPlainText().startswith("B")
    legend_text = " ".join(label.text for _s, label in w.canvas.legend.items)
    assert "MESO 1" in legend_text and "off-limits" in legend_text and "target 70.0" in legend_text


def test_a_weight_change_redraws_the_lines(make_map, qtbot, supplier):
    w = make_map(select="Our ideal")
    before = curve_xy(w.canvas.target_curve)[0].copy()
    weights = dict(supplier.weights)
    weights["Unit price"], weights["Warranty"] = 0.25, 0.23
    with qtbot.waitSignal(w.redrawn, timeout=2000):
        w.document.apply(supplier.with_weights(weights), "Set weights")
    after = curve_xy(w.canvas.target_curve)[0]
    assert before.shape != after.shape or not np.allclose(before, after)
    s = w.slice
    ax, ay = curve_xy(w.canvas.target_curve)
    assert np.max(np.abs(s.value_at(ax, ay) - supplier.aspiration)) < 0.05


def test_many_changes_in_one_pass_redraw_once(make_map, qtbot, supplier):
    w = make_map(select="Our ideal")
    count = []
    w.redrawn.connect(lambda: count.append(1))
    doc = w.document
    grid = supplier.issue("Warranty").grid()
    for k in range(5):
        doc.apply(doc.plan.with_term("Our ideal", "Warranty", float(grid[k])), "Move", merge_key="w")
    assert count == []  # coalesced: nothing until the event loop runs
    qtbot.waitUntil(lambda: len(count) >= 1, timeout=2000)
    QApplication.processEvents()
    assert count == [1]


def test_changing_the_x_issue_switches_the_axis(make_map, qtbot):
    w = make_map(select="Our ideal")
    combo = w.findChild(QComboBox, "valueMapX")
    with qtbot.waitSignal(w.redrawn, timeout=2000):
        combo.setCurrentText("Payment term")
    assert w.axes == ("Payment term", "Delivery")
    assert "Payment term" in w.canvas.plot.getAxis("bottom").labelText
    assert w.slice.x.issue == "Payment term" and w.canvas.image.image.shape == (11, 6)
    # picking the other axis's issue swaps the two
    with qtbot.waitSignal(w.redrawn, timeout=2000):
        combo.setCurrentText("Delivery")
    assert w.axes == ("Delivery", "Payment term")
    w.swap_axes()
    assert w.axes == ("Payment term", "Delivery")


def test_categorical_axis_has_option_ticks_and_step_lines(make_map):
    w = make_map(select="Our ideal")
    w.set_axes("Incoterm", "Payment term")
    w.redraw()
    ticks = w.canvas.plot.getAxis("bottom")._tickLevels[0]
    assert [t[1] for t in ticks] == ["EXW", "FCA", "DAP", "DDP"]
    x, y = curve_xy(w.canvas.target_curve)
    a = np.column_stack([x[0::2], y[0::2]])
    b = np.column_stack([x[1::2], y[1::2]])
    assert np.all(np.isclose(a[:, 0], b[:, 0]) | np.isclose(a[:, 1], b[:, 1]))  # steps only
    assert any(rc.left() == pytest.approx(-0.5) and rc.right() == pytest.approx(0.5) for rc in w.canvas.off_limits.rects)


def test_an_issue_rename_keeps_the_axis(make_map, qtbot, supplier):
    w = make_map()
    doc = w.document
    issue = supplier.issue("Delivery").model_copy(update={"name": "Lead time"})
    with qtbot.waitSignal(w.redrawn, timeout=2000):
        doc.apply(supplier.with_issue(supplier.issue_names.index("Delivery"), issue), "Rename")
    assert w.axes == ("Unit price", "Lead time")


def test_fewer_than_two_issues_show_a_message(make_map):
    plan = md.Plan(issues=(md.NumericIssue(name="Price", min=0, max=10, step=1),))
    w = make_map(plan)
    assert w.slice is None
    assert w.stack.currentWidget() is w.message and "two issues" in w.message.text()


def test_selection_moves_the_slice_and_the_ring(make_map, qtbot, supplier):
    w = make_map(select="Our ideal")
    with qtbot.waitSignal(w.redrawn, timeout=2000):
        w.document.select_package("Competing quote (BATNA)")
    assert w.slice.package == "Competing quote (BATNA)"
    assert w.slice.fixed["Warranty"] == supplier.stored_package("Competing quote (BATNA)").terms["Warranty"]
    rx, ry = w.canvas.ring.getData()
    assert (float(rx[0]), float(ry[0])) == w.package_position("Competing quote (BATNA)")


# -- dragging ---------------------------------------------------------------------------------------
def test_dragging_moves_two_terms_and_undoes_in_one_step(make_map, qtbot, supplier):
    w = make_map(select="Competing quote (BATNA)")
    doc = w.document
    stack = doc.undo_stack
    n0 = stack.count()
    w.begin_drag("Our ideal")
    assert doc.selected_package == "Our ideal"
    assert w.drag_to(201.3, 5.4)
    assert w.drag_to(205.2, 6.6)
    assert not w.drag_to(205.1, 6.7)  # the same terms: nothing new
    w.end_drag()
    terms = doc.plan.stored_package("Our ideal").terms
    assert (terms["Unit price"], terms["Delivery"]) == (205.0, 7.0)  # snapped to the steps
    others = {k: v for k, v in terms.items() if k not in ("Unit price", "Delivery")}
    assert others == {k: v for k, v in supplier.stored_package("Our ideal").terms.items()
                      if k not in ("Unit price", "Delivery")}
    assert stack.count() == n0 + 1
    qtbot.waitUntil(lambda: w.package_position("Our ideal") == (205.0, 7.0), timeout=2000)
    stack.undo()
    assert doc.plan == supplier
    # the next drag is a new undo step
    w.begin_drag("Our ideal")
    w.drag_to(230, 3)
    w.end_drag()
    assert stack.count() == n0 + 1 and stack.index() == n0 + 1


def test_dragging_along_a_categorical_axis_snaps_to_options(make_map, supplier):
    w = make_map(select="Our ideal")
    w.set_axes("Incoterm", "Warranty")
    w.redraw()
    w.begin_drag("Our ideal")
    w.drag_to(1.2, 31.0)
    w.end_drag()
    t = w.document.plan.stored_package("Our ideal").terms
    assert (t["Incoterm"], t["Warranty"]) == ("FCA", 30.0)


def test_hold_value_rebalances_the_other_terms(make_map, qtbot, supplier):
    w = make_map(select="Competing quote (BATNA)")
    doc = w.document
    hold = w.hold_box
    assert hold.isEnabled() and not hold.isChecked()
    hold.setChecked(True)  # the package's own switch, one undo step
    assert doc.plan.stored_package("Competing quote (BATNA)").hold_value
    before_plan = doc.plan
    before = md.score(before_plan, before_plan.package("Competing quote (BATNA)"))
    n0 = doc.undo_stack.count()
    w.begin_drag("Competing quote (BATNA)")
    w.drag_to(230.0, 7.0)  # better price, better delivery: something else must give
    w.drag_to(225.0, 5.0)
    w.end_drag()
    plan = doc.plan
    pkg = plan.package("Competing quote (BATNA)")
    assert (pkg["Unit price"], pkg["Delivery"]) == (225.0, 5.0)
    assert abs(pkg.score - before) <= 0.5
    moved = [k for k in plan.issue_names if k not in ("Unit price", "Delivery")
             and pkg[k] != before_plan.stored_package("Competing quote (BATNA)").terms[k]]
    assert moved, "other terms were rebalanced"
    assert "Value held" in w.status
    assert doc.undo_stack.count() == n0 + 1
    doc.undo_stack.undo()
    assert doc.plan == before_plan


def test_a_value_that_could_not_be_held_is_still_said_after_the_drag(make_map, qtbot, supplier):
    """Dragged past both hard limits, A cannot hold its level: the line above the map said why
    during the drag and, after release, went back to "Other terms as in A" while the card said
    nothing — 12 points lost without a word. The map and the card show one note (the
    document's), until an undo takes the terms away from it."""
    w = make_map(with_meso_set(supplier), select="A")
    doc = w.document
    panel = PackagePanel(doc)
    qtbot.addWidget(panel)
    note = next(c for c in panel.columns if c.package_name == "A").findChild(QLabel, "holdMessage")
    w.begin_drag("A")
    w.drag_to(258.0, 12.0)  # beyond EUR 248 and 10 weeks: both stop at their limits
    w.end_drag()
    assert doc.plan.package("A").score < 65.0  # the value was not held
    qtbot.waitUntil(lambda: w.info.startswith("Can't hold the value: "), timeout=3000)
    assert "points short" in w.info and "Other terms as in “A”" in w.info
    assert note.text().startswith("off by ") and note.toolTip() == w.info.split(" · ")[0]
    doc.undo_stack.undo()  # A is back on its level: nothing to say
    qtbot.waitUntil(lambda: w.info.startswith("Other terms as in “A”"), timeout=3000)
    assert note.text() == "" and note.toolTip() == ""
    doc.undo_stack.redo()
    qtbot.waitUntil(lambda: w.info.startswith("Can't hold the value: "), timeout=3000)
    assert note.text().startswith("off by ")


def test_a_real_mouse_drag_moves_the_point(make_map, qtbot, supplier):
    w = make_map(select="Our ideal", size=(800, 460))
    QApplication.processEvents()
    vb = w.canvas.plot.vb
    view = w.canvas.view
    scene = view.scene()

    def to_widget(x: float, y: float) -> QPoint:
        return view.mapFromScene(vb.mapViewToScene(QPointF(x, y)))

    start = to_widget(190.0, 3.0)  # "Our ideal"
    end = to_widget(214.0, 8.0)
    vp = view.viewport()

    def send(kind, pos: QPoint, buttons) -> None:
        g = vp.mapToGlobal(pos)
        ev = QMouseEvent(kind, QPointF(pos), QPointF(g), Qt.MouseButton.LeftButton, buttons,
                         Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(vp, ev)

    send(QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    for k in range(1, 6):
        scene._lastMoveEventTime = 0  # pyqtgraph drops moves closer than its rate limit
        p = start + (end - start) * (k / 5)
        send(QEvent.Type.MouseMove, p, Qt.MouseButton.LeftButton)
    send(QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    t = w.document.plan.stored_package("Our ideal").terms
    assert t["Unit price"] == pytest.approx(214.0, abs=1.0)
    assert t["Delivery"] == pytest.approx(8.0, abs=1.0)
    assert w.document.undo_stack.count() == 1
    assert w.dragging is None


def test_hover_readout_and_tooltip(make_map):
    w = make_map(select="Our ideal")
    text = w.readout(214.2, 5.2)
    assert text.startswith("Unit price EUR 214.00 · Delivery 5 weeks:") and "points" in text
    assert "off-limits" in w.readout(255.0, 5.0)
    tip = w.package_tooltip("Competing quote (BATNA)")
    assert "Unit price: EUR 236.00" in tip and "41.8 points" in tip and "other terms differ" in tip


# -- export -----------------------------------------------------------------------------------------
def test_export_writes_valid_png_and_svg(make_map, tmp_path, supplier):
    w = make_map(with_meso_set(supplier), select="B")
    png = w.export(tmp_path / "map.png")
    img = QImage(str(png))
    assert not img.isNull() and img.width() >= w.canvas.view.width()
    # not blank: the picture has the colour map's many colours
    colours = {img.pixel(x, y) for x in range(0, img.width(), 7) for y in range(0, img.height(), 7)}
    assert len(colours) > 50
    svg = w.export(tmp_path / "map.svg")
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    text = svg.read_text(encoding="utf-8")
    assert "Unit price" in text and "<image" in text
    with pytest.raises(ExportError, match="png or .svg"):
        w.export(tmp_path / "map.pdf")


def test_export_dialog_uses_the_chosen_path(make_map, tmp_path, monkeypatch):
    w = make_map()
    monkeypatch.setattr(w, "ask_export_path", lambda fmt: tmp_path / f"chosen{fmt}")
    assert w.export_dialog(".svg") == tmp_path / "chosen.svg"
    assert (tmp_path / "chosen.svg").stat().st_size > 0
    monkeypatch.setattr(w, "ask_export_path", lambda fmt: None)
    assert w.export_dialog(".png") is None


# -- tick labels ------------------------------------------------------------------------------------
def drawn_tick_labels(axis) -> list[str]:
    """The tick labels pyqtgraph draws on ``axis`` now (it drops a label that does not fit)."""
    from PySide6.QtGui import QPainter, QPicture

    pic = QPicture()
    p = QPainter(pic)
    try:
        specs = axis.generateDrawSpecs(p)
    finally:
        p.end()
    return [text for _rect, _flags, text in specs[2]] if specs else []


@pytest.mark.parametrize("plan_name, issue, other", [("supplier", "Incoterm", "Unit price"),
                                                     ("hiring", "Location", "Salary")])
def test_a_categorical_issue_is_labelled_on_either_axis(make_map, plan_name, issue, other):
    plan = md.example_plan(plan_name)
    options = [o.label for o in plan.issue(issue).options]
    w = make_map(plan, size=(1600, 460))
    for x, y in ((other, issue), (issue, other)):
        w.set_axes(x, y)
        w.redraw()
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # no paint in between
        side = "left" if y == issue else "bottom"
        ax = w.canvas.plot.getAxis(side)
        assert [t[1] for t in ax._tickLevels[0]] == options  # labelled cells in option order
        assert [t[0] for t in ax._tickLevels[0]] == [float(i) for i in range(len(options))]
        assert drawn_tick_labels(ax) == options  # every label whole, from the first paint
        assert issue in ax.labelText


def test_colour_bar_labels_are_never_clipped(make_map, qtbot):
    from PySide6.QtGui import QFont

    from meso_desk.app.plot import style

    app = QApplication.instance()
    normal = QFont(app.font())
    try:
        for size in (9.0, 22.0):
            f = QFont(normal)
            f.setPointSizeF(size)
            app.setFont(f)
            for width in (700, 1900):
                w = make_map(size=(width, 420))
                QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
                ax = w.canvas.colorbar.getAxis("right")
                need = style.tick_text_width(ax, ["0", "50", "100"])
                assert need > 0
                room = ax.width() - ax.style["tickTextOffset"][0] - max(0, ax.style["tickLength"])
                assert room >= need, (size, width, room, need)
                assert "100" in drawn_tick_labels(ax) and "0" in drawn_tick_labels(ax)
                w.close()
    finally:
        app.setFont(normal)


def test_a_font_change_refits_the_colour_bar(make_map):
    from PySide6.QtGui import QFont

    w = make_map()
    ax = w.canvas.colorbar.getAxis("right")
    before = ax.fixedWidth
    f = QFont(w.font())
    f.setPointSizeF(f.pointSizeF() * 2.5)
    app = QApplication.instance()
    normal = QFont(app.font())
    try:
        app.setFont(f)
        QApplication.processEvents()
        assert ax.fixedWidth > before
    finally:
        app.setFont(normal)


# -- never held up by a drag ------------------------------------------------------------------------
def test_a_weight_change_computes_the_surface_off_the_gui_thread(qtbot, monkeypatch, supplier):
    import threading

    from meso_desk.app.plot import value_map as vm

    threads = []
    real = vm.compute_surface

    def spy(payload, stale=lambda: None):
        threads.append(threading.current_thread())
        return real(payload, stale)

    monkeypatch.setattr(vm, "compute_surface", spy)
    doc = PlanDocument(supplier)
    doc.select_package("Our ideal")
    w = ValueMap(doc)
    qtbot.addWidget(w)
    w.resize(700, 380)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.slice is not None and not w.is_busy(), timeout=3000)
    threads.clear()
    weights = dict(supplier.weights)
    for k in range(5):  # a burst of weight steps: one computation of the latest
        weights["Unit price"], weights["Warranty"] = 0.29 - 0.01 * k, 0.19 + 0.01 * k
        doc.apply(supplier.with_weights(weights), "Set weights", merge_key="w")
    assert w.is_busy()
    with qtbot.waitSignal(w.redrawn, timeout=3000):
        pass
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert len(threads) == 1
    assert not w.is_busy()
    ax, ay = curve_xy(w.canvas.target_curve)
    assert len(ax) > 10
    ref = md.value_slice(doc.plan, "Unit price", "Delivery", "Our ideal")
    assert np.max(np.abs(ref.value_at(ax, ay) - supplier.aspiration)) < 0.05  # drawn for the last weights
    w.close()
    assert not w._job.is_busy()  # the worker is shut down with the window


class _Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_a_lone_change_moves_the_markers_at_once_while_the_surface_follows(make_map, qtbot, monkeypatch):
    from meso_desk.app.plot import pacing as background

    clock = _Clock()
    monkeypatch.setattr(background, "_now", clock)
    w = make_map(select="Our ideal")
    doc = w.document
    surface = w._surface
    clock.t += 1.0  # nothing changed for a second: a lone change (a typed term, an undo)
    # the selected package's Warranty (not on the map's axes) and its price (on the X axis)
    doc.apply(doc.plan.with_terms("Our ideal", {"Warranty": 48.0, "Unit price": 200.0}), "Move")
    w._update()  # the coalesced reaction, run now
    assert w.package_position("Our ideal")[0] == 200.0  # at once
    assert w._surface is surface and w.is_busy()  # the new surface is computed in the worker
    with qtbot.waitSignal(w.redrawn, timeout=3000):
        pass
    assert w._surface is not surface and w.slice.fixed["Warranty"] == 48.0


def test_a_burst_of_changes_from_elsewhere_is_drawn_once_it_pauses(make_map, qtbot, monkeypatch):
    """A term slider dragged in the packages panel: the map is a heavier view (docs/decisions.md),
    it follows once the drag pauses instead of taking time from every frame of the drag."""
    from meso_desk.app.plot import pacing as background

    clock = _Clock()
    monkeypatch.setattr(background, "_now", clock)
    w = make_map(select="Our ideal")
    doc = w.document
    draws = []
    w.redrawn.connect(lambda: draws.append(1))
    clock.t += 1.0
    for price in (195.0, 200.0, 205.0, 210.0):  # on the X axis: the surface stays
        doc.apply(doc.plan.with_term("Our ideal", "Unit price", price), "Move", merge_key="slider")
        w._update()
        clock.t += 0.016  # 60 Hz
    # the first change was on its own (drawn at once); then not in the middle of the drag
    assert w.package_position("Our ideal")[0] == 195.0 and len(draws) == 1
    assert w.is_busy()
    clock.t += 0.030  # the drag paused
    with qtbot.waitSignal(w.redrawn, timeout=3000):
        pass
    assert w.package_position("Our ideal")[0] == 210.0 and len(draws) == 2 and not w.is_busy()


def test_a_drag_on_the_map_moves_its_marker_in_every_frame(make_map, qtbot, monkeypatch):
    from meso_desk.app.plot import pacing as background

    clock = _Clock()
    monkeypatch.setattr(background, "_now", clock)
    w = make_map(select="Our ideal")
    s = w.slice
    label = w.canvas.point_labels["Our ideal"]
    lx = label.pos().x()
    clock.t += 1.0
    w.begin_drag("Our ideal")
    for price in (200.0, 210.0, 220.0):
        assert w.drag_to(price, s.position(w.document.plan.stored_package("Our ideal").terms)[1])
        w._update()
        clock.t += 0.016
        x, _y = w.package_position("Our ideal")
        assert x == price  # the marker under the pointer, frame after frame
        assert w.canvas.ring.getData()[0][0] == price  # the selection ring with it
        assert label.pos().x() == pytest.approx(lx + price - 190.0)  # and its label
    with qtbot.waitSignal(w.redrawn, timeout=3000):  # released: everything else follows now
        w.end_drag()
    assert w.package_position("Our ideal")[0] == 220.0 and not w.is_busy()
    assert w.document.undo_stack.count() == 1


@pytest.mark.parametrize("size", [(700, 380), (420, 320), (340, 300)])
def test_the_plot_never_gets_wider_than_the_view(make_map, qtbot, size):
    """A long title line or a one-row legend wider than a narrow map used to widen the plot
    past the view, and the colour bar's numbers (then the bar) went out of sight."""
    w = make_map(select="Their opening quote", size=size)
    w.set_axes("Unit price", "Incoterm")  # labelled cells: the widest left axis
    w.redraw()
    for _ in range(3):
        QApplication.processEvents()
    view = w.canvas.view
    assert view.ci.geometry().width() <= view.width() + 0.5
    bar_axis = w.canvas.colorbar.getAxis("right")
    assert bar_axis.sceneBoundingRect().right() <= view.width() + 0.5
    assert w.info and w.info.startswith("Other terms as in")  # the whole text stays available
    if size[0] < 500:
        assert w.canvas.legend.columnCount < len(w.canvas.legend.items)  # wrapped into rows


# -- the Qt-free state ------------------------------------------------------------------------------
def test_map_state_keeps_its_axes_valid_without_a_window(supplier):
    from meso_desk.app.plot.map_state import MapState

    state = MapState()
    calls = []
    state.subscribe(lambda: calls.append(state.axes))
    state.fit(supplier)
    assert state.axes == ("Unit price", "Delivery") and calls == [("Unit price", "Delivery")]  # the heaviest two
    state.set_axes(supplier, "Incoterm", "Warranty")
    state.swap(supplier)
    assert state.axes == ("Warranty", "Incoterm")
    with pytest.raises(ValueError):
        state.set_axes(supplier, "Warranty", "Warranty")
    with pytest.raises(KeyError):
        state.set_axes(supplier, "Nope", "Warranty")
    renamed = supplier.with_issue(supplier.issue_names.index("Incoterm"),
                                  supplier.issue("Incoterm").model_copy(update={"name": "Delivery terms"}))
    state.fit(renamed, supplier.issue_names)  # a renamed issue is followed
    assert state.axes == ("Warranty", "Delivery terms")
    state.select("Our ideal")
    assert state.payload(renamed) == (renamed, "Warranty", "Delivery terms", "Our ideal")
    assert not state.ready(md.Plan(issues=(md.NumericIssue(name="Price", min=0, max=10, step=1),)))



def test_undoing_a_rename_of_an_axis_issue_is_no_error(make_window, qtbot, caplog, monkeypatch):
    """Undoing a rename of the map's X issue, with the map on screen and a redraw waiting for the
    changes to pause: a view before the map (the curve editor ending its gesture) had the map ask
    for a surface of the old axis name against the plan after the undo — a KeyError logged as an
    ERROR, and "Could not compute the map" shown until the next request."""
    import time

    from meso_desk.app import background
    from meso_desk.app.plot import pacing
    from meso_desk.app.plot import value_map as vm_module
    from meso_desk.model.edits import issue_edits, package_edits

    asked = []  # (x, y, the plan's issues) of every surface the worker is asked for
    real = vm_module.compute_surface

    def spy(payload, stale=lambda: None):
        plan, x, y, _selected = payload
        asked.append((x, y, tuple(plan.issue_names)))
        return real(payload, stale)

    monkeypatch.setattr(vm_module, "compute_surface", spy)
    win = make_window(md.example_plan("supplier"))
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    doc = win.document
    vm = win.findChild(ValueMap, "valueMap")
    win.show_workspace("prepare")
    renamed = issue_edits.edit_issue(doc.plan, 0, "name", "Price")
    doc.apply(renamed.plan, renamed.text, issue_focus=renamed.focus)
    win.show_workspace("offers")
    qtbot.waitUntil(lambda: vm.axes == ("Price", "Delivery") and not vm.is_busy(), timeout=10_000)
    doc.apply(package_edits.set_term(doc.plan, "Our ideal", "Delivery", 5.0).plan, "term")
    frozen = time.monotonic()
    monkeypatch.setattr(pacing, "_now", lambda: frozen)  # a burst of changes: the redraw waits for a pause
    caplog.clear()
    doc.undo_stack.undo()
    qtbot.waitUntil(lambda: not background.is_busy(), timeout=10_000)
    doc.undo_stack.undo()  # the rename: the curve editor ends its gesture, the waiting redraw starts
    assert vm.axes == ("Unit price", "Delivery")
    monkeypatch.setattr(pacing, "_now", time.monotonic)
    qtbot.waitUntil(lambda: not vm.is_busy() and not background.is_busy(), timeout=10_000)
    qtbot.wait(50)
    assert [r.getMessage() for r in caplog.records if r.levelname == "ERROR"] == []
    assert [a for a in asked if not {a[0], a[1]} <= set(a[2])] == []
    assert "Could not compute" not in vm.info
