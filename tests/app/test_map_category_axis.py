"""Option names under a categorical X axis of the value map: every column labelled, no two
labels over each other, each label within its column's width (wrapped or shortened with "…"),
the whole name in the axis's tooltip over its column. Measured on what pyqtgraph draws
(the axis's own draw specs), in a map the size it has in a 1366×768 and a 1920×1080 window."""

from __future__ import annotations

import pytest
from long_plans import long_plan
from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainter, QPicture
from PySide6.QtWidgets import QApplication, QWidget

from meso_desk.app.document import PlanDocument
from meso_desk.app.plot.value_map import ValueMap

TRAINING = "Training for the maintenance staff on site"
SERVICE = "Service and warranty package for all sites"
PRICE = "Unit price per chair, delivered"


def _map(qtbot, x: str, y: str, size: tuple[int, int]) -> ValueMap:
    doc = PlanDocument(long_plan(8, sets=2))
    doc.select_package("B2")
    w = ValueMap(doc)
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    w.set_axes(x, y)
    w.redraw()
    for _ in range(5):
        QApplication.processEvents()
    w.canvas.view.grab()  # painted: the axes laid out for their labels
    for _ in range(3):
        QApplication.processEvents()
    return w


def _drawn_labels(axis) -> list[tuple[object, str]]:
    """(rect in the axis's coordinates, text) of every tick label the axis draws."""
    pic = QPicture()
    p = QPainter(pic)
    try:
        if axis.style.get("tickFont") is not None:
            p.setFont(axis.style["tickFont"])
        specs = axis.generateDrawSpecs(p)
    finally:
        p.end()
    return [(rect, text) for rect, _flags, text in specs[2]]


OPTIONS = {TRAINING: ["None", "One day for two technicians", "Two days for the whole maintenance team"],
           SERVICE: ["Basic 1 year, return to depot", "Warranty 2 years, return to depot",
                     "Warranty 3 years + on-site service"]}


# the map's size in the offers workspace of a 1366×768 and of a 1920×1080 window
@pytest.mark.parametrize("size", [(540, 640), (720, 900)])
@pytest.mark.parametrize("x, y", [(TRAINING, SERVICE), (SERVICE, PRICE)])
def test_every_column_of_a_categorical_x_axis_has_its_own_label_within_its_width(qtbot, size, x, y):
    w = _map(qtbot, x, y, size)
    assert w.findChild(QWidget, "valueMapView") is w.canvas.view
    ax = w.canvas.plot.getAxis("bottom")
    vb = w.canvas.plot.vb
    (x0, x1), _ = vb.viewRange()
    column = vb.width() / (x1 - x0)  # pixels per option: the options sit at 0, 1, 2
    drawn = _drawn_labels(ax)
    n = len(OPTIONS[x])
    assert len(drawn) == n, f"{n} columns, {len(drawn)} labels drawn: {[t for _r, t in drawn]}"
    centres = [ax.mapToScene(r.center()).x() for r, _t in drawn]
    for k in range(n):  # each column has exactly one label, under it
        col = vb.mapViewToScene(QPointF(float(k), 0.0)).x()
        under = [c for c in centres if abs(c - col) < column / 2]
        assert len(under) == 1, f"column {k} ({OPTIONS[x][k]}): {len(under)} labels"
    rects = sorted((r for r, _t in drawn), key=lambda r: r.left())
    for r in rects:  # none wider than its column
        assert r.width() <= column, (r.width(), column)
    for a, b in zip(rects, rects[1:]):  # no two over each other
        assert a.right() <= b.left(), f"labels overlap: {a} and {b}"


def test_a_shortened_option_name_is_whole_in_the_tooltip_over_its_column(qtbot):
    w = _map(qtbot, TRAINING, SERVICE, (540, 640))
    ax = w.canvas.plot.getAxis("bottom")
    drawn = [t for _r, t in _drawn_labels(ax)]
    assert any("…" in t or "\n" in t for t in drawn), drawn  # too long for a column of this map
    vb = w.canvas.plot.vb

    class Hover:  # what pyqtgraph's scene hands an item under the pointer
        def __init__(self, pos):
            self._pos = pos

        def isExit(self):
            return False

        def pos(self):
            return self._pos

    for k, option in enumerate(OPTIONS[TRAINING]):
        assert ax.column_at(float(k)) == option
        x = vb.mapViewToScene(QPointF(float(k), 0.0)).x()
        ax.hoverEvent(Hover(ax.mapFromScene(QPointF(x, ax.sceneBoundingRect().center().y()))))
        assert ax.toolTip().splitlines()[0] == option
