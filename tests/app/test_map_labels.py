"""A readable value map (issue 17): labels never overlap each other or a marker, old sets'
labels are hidden by default. The placement itself (meso_desk.app.plot.map_labels) is plain
geometry and tested without Qt first; then the real map after three rounds of offers."""

from __future__ import annotations

import numpy as np
import pytest
from long_plans import long_plan
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QApplication

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.plot import map_labels as ml
from meso_desk.app.plot import style
from meso_desk.app.plot.value_map import ValueMap


# -- the geometry, without Qt ------------------------------------------------------------------------
def test_a_crowd_of_markers_gets_labels_that_overlap_nothing():
    rng = np.random.default_rng(3)
    pts = rng.uniform(20, 280, size=(18, 2))
    pts[:6] = [150, 150] + rng.normal(0, 6, size=(6, 2))  # a tight cluster
    obstacles = ml.marker_boxes(pts[:, 0], pts[:, 1], 7.5)
    cands = [ml.point_candidates(x, y, 34, 14, 7.5)[0] for x, y in pts]
    chosen, taken = ml.place(cands, obstacles, 300, 300)
    boxes = np.array([c[k] for c, k in zip(cands, chosen) if k >= 0])
    assert len(boxes) >= 14, "most labels find a place"
    assert ml.overlapping(boxes) == []
    assert ml.overlapping(boxes, obstacles) == []
    assert ml.inside(boxes, 300, 300).all()
    assert len(taken) == len(obstacles) + len(boxes)


def test_the_first_free_candidate_wins_and_a_label_without_room_is_left_out():
    obstacles = ml.marker_boxes(np.array([50.0]), np.array([50.0]), 6.0)
    boxes, ring = ml.point_candidates(50, 50, 20, 10, 6.0)
    chosen, _ = ml.place([boxes], obstacles, 200, 200)
    assert chosen == [0] and ring[0] == 0 and boxes[0][0] >= 56  # right of the marker, clear of it
    # a plot too small for any candidate: left out rather than drawn over the marker
    small = ml.marker_boxes(np.array([20.0]), np.array([20.0]), 6.0)
    boxes, _ = ml.point_candidates(20, 20, 30, 14, 6.0)
    chosen, _ = ml.place([boxes], small, 40, 40)
    assert chosen == [-1]


def test_overlapping_counts_real_overlaps_only():
    a = np.array([[0, 0, 10, 10], [10, 0, 20, 10], [5, 5, 15, 15]], float)
    assert ml.overlapping(a) == [(0, 2), (1, 2)]  # touching edges (0 and 1) do not count


# -- the real map -------------------------------------------------------------------------------------
def _map(qtbot, plan: md.Plan, select: str, size=(640, 360)) -> ValueMap:
    doc = PlanDocument(plan)
    doc.select_package(select)
    w = ValueMap(doc)
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    w.redraw()
    for _ in range(3):
        QApplication.processEvents()
    w.canvas.view.grab()  # painted: every text item in its place
    return w


def _marker_rects(w: ValueMap) -> dict[str, QRectF]:
    vb = w.canvas.plot.vb
    out = {}
    for name in w.canvas.points.names:
        x, y = w.canvas.points.position(name)
        c = vb.mapViewToScene(QPointF(x, y))
        r = style.MARKER_SIZE / 2
        out[name] = QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r)
    return out


def _three_rounds(levels=(75.0, 72.0, 70.0)) -> md.Plan:
    return long_plan(6, sets=len(levels))


@pytest.mark.parametrize("size", [(640, 360), (480, 300)])
def test_after_three_rounds_no_label_overlaps_another_or_a_marker(qtbot, size):
    plan = _three_rounds()
    assert len(plan.package_names) >= 12
    w = _map(qtbot, plan, select="B2", size=size)
    labels = w.canvas.label_boxes()
    markers = _marker_rects(w)
    assert len(labels) >= 5
    for i, (a, ra) in enumerate(labels):
        for b, rb in labels[i + 1:]:
            inter = ra.intersected(rb)
            assert inter.width() <= 0.5 or inter.height() <= 0.5, (a, b, ra, rb)
        for m, rm in markers.items():
            inter = ra.intersected(rm)
            assert inter.width() <= 0.5 or inter.height() <= 0.5, f"label {a} covers the marker of {m}"


def test_old_sets_are_unlabelled_by_default_the_newest_and_the_selected_are(qtbot):
    plan = _three_rounds()
    w = _map(qtbot, plan, select="B2")
    c = w.canvas
    assert set(c.labelled) == {"B2", *plan.package_names[:3], "A3", "B3", "C3"}
    assert c.labelled[0] == "B2"  # the selected package first: it gets the best place
    for name in ("A", "B", "C", "A2", "C2"):
        assert not c.point_labels[name].isVisible()
    assert c.point_labels["B2"].isVisible()
    # asked for, every set is labelled (and still nothing overlaps)
    c.label_every_set = True
    w.redraw()
    assert set(c.labelled) == set(plan.package_names)
    labels = [r for _n, r in c.label_boxes()]
    for i, ra in enumerate(labels):
        for rb in labels[i + 1:]:
            inter = ra.intersected(rb)
            assert inter.width() <= 0.5 or inter.height() <= 0.5


def test_the_map_menu_switch_labels_every_set_and_back(qtbot):
    """The user's way to the old sets' labels (the map's context menu calls this)."""
    plan = _three_rounds()
    w = _map(qtbot, plan, select="B2")
    w.set_label_every_set(True)
    assert w.canvas.label_every_set and set(w.canvas.labelled) == set(plan.package_names)
    w.set_label_every_set(False)
    assert "A" not in w.canvas.labelled and "B2" in w.canvas.labelled
