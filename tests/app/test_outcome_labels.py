"""The outcome plot's package labels follow the value map's rule (meso_desk.app.plot.point_labels):
never over another label or a marker, further out with a leader line where a neighbour is in the
way, and left out where there is no free place — its marker's tooltip still names the package.
On the big plan (23 packages, six MESO sets close together) the labels were drawn over each other
("C3" over "B2" read "C3 2") and over markers, some unreadable."""

from __future__ import annotations

import pytest
from big_plan import BIG_PLAN
from PySide6.QtCore import QPointF, QRectF

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.plot import style
from meso_desk.app.plot.outcome_plot import OutcomePlot


def _plot(qtbot, size) -> OutcomePlot:
    doc = PlanDocument(md.load_plan(BIG_PLAN))
    doc.select_package("B6")
    w = OutcomePlot(doc)
    qtbot.addWidget(w)
    doc.setParent(w)
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    w.redraw()
    return w


def _overlap(a: QRectF, b: QRectF) -> bool:
    inter = a.intersected(b)
    return inter.width() > 0.5 and inter.height() > 0.5


# the outcome plot's part of the room at 1366 × 768 and at 1920 × 1080
@pytest.mark.parametrize("size", [(490, 590), (720, 900)])
def test_no_label_covers_another_or_a_marker_and_a_left_out_one_is_named_on_hover(qtbot, size):
    w = _plot(qtbot, size)
    vb = w.plot.vb
    markers = {}
    for o in w._outcomes:
        c = vb.mapViewToScene(QPointF(o.ours, o.theirs))
        r = style.MARKER_SIZE / 2
        markers[o.name] = QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r)
    shown = {n: t.sceneBoundingRect() for n, t in w._labels.items() if t.isVisible()}
    assert len(shown) >= len(markers) // 2, "most packages keep their label"
    names = list(shown)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            assert not _overlap(shown[a], shown[b]), f"the labels of {a} and {b} overlap"
        for m, rm in markers.items():
            assert not _overlap(shown[a], rm), f"the label of {a} covers the marker of {m}"
    assert "B6" in shown, "the selected package is labelled first"
    tip = w.points.opts["tip"]
    for o in w._outcomes:
        if o.name not in shown:
            assert tip(o.ours, o.theirs, o.name).startswith(o.name)
