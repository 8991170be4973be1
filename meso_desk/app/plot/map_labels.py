"""Label layout of the value map: the iso-value lines' labels and the legend's rows.

Pure layout in pixels, no state: :func:`place_line_labels` puts each line's label at the
end of its line that clashes least with what is already placed (the package labels, the
selection ring, the labels placed before it); :func:`fill_legend` and :func:`fit_legend`
write the legend and wrap it into as many rows as the map's width needs.
"""

from __future__ import annotations

import os
from html import escape

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor

from ...model.offers.value_slice import IsoLine
from ...model.plan import Plan
from . import style

#: Offsets (pixels) from a place on a line tried for its label: right at the line first, then
#: a little away from it (a short line in a crowded corner)
_OFFSETS = np.array([(0, 0), (0, 16), (0, -16), (16, 0), (-16, 0), (12, 28), (12, -28)], float)


def _candidates(line: IsoLine, fx: np.ndarray, fy: np.ndarray) -> list[int]:
    """Points of the line to try a label at: its right-most, top-most, left-most and
    bottom-most points (the reservation's from the other end than the target's), then
    points along it."""
    order = np.argsort(fx, kind="stable")
    cands = [int(np.argmax(fx * 10 + fy)), int(np.argmax(fy * 10 + fx)), int(np.argmin(fx * 10 - fy)),
             int(np.argmin(fy * 10 - fx))]
    if line.kind == "reservation":  # start from the other end than the target label
        cands = cands[2:] + cands[:2]
    return cands + [int(order[int(q * (len(order) - 1))]) for q in (0.5, 0.3, 0.7, 0.15, 0.85)]


def _place_one(vb: pg.ViewBox, line: IsoLine, t: pg.TextItem, taken: list[QRectF]) -> None:
    w_px, h_px = vb.width(), vb.height()
    (x0, x1), (y0, y1) = vb.viewRange()
    sx = (x1 - x0) / w_px  # data units per pixel
    sy = (y1 - y0) / h_px
    r = t.textItem.boundingRect()
    w, h = r.width(), r.height()
    fx = (line.x - x0) / sx
    fy = (line.y - y0) / sy
    cands = _candidates(line, fx, fy)
    # every (place, offset, side) at once: the first with the fewest clashes wins
    pts = np.column_stack([fx[cands], fy[cands]])
    P = (_OFFSETS[:, None, :] + pts[None, :, :]).reshape(-1, 2)  # offset-major: nearer first
    px, py = np.repeat(P[:, 0], 5), np.repeat(P[:, 1], 5)
    sax = np.tile([-1.0, 0.0, 1.0, 0.0, 1.0], len(P))  # -1: no preference
    say = np.tile([-1.0, 1.0, 1.0, 0.0, 0.0], len(P))
    ax = np.where(px + w > w_px - 2, 1.0, 0.0)
    ax = np.where((ax == 1.0) & (px - w < 2), 0.5, ax)
    ay = np.where(py + h > h_px - 2, 0.0, 1.0)  # 0: the text hangs below the point
    ax = np.where(((sax == 0.0) & (px + w <= w_px - 2)) | ((sax == 1.0) & (px - w >= 2)), sax, ax)
    ay = np.where(((say == 1.0) & (py + h <= h_px - 2)) | ((say == 0.0) & (py - h >= 2)), say, ay)
    left = px - ax * w
    bottom = np.where(ay == 0.0, py - h, py)
    if taken:
        T = np.array([(o.left(), o.top(), o.right(), o.bottom()) for o in taken])  # y up: top() = low y
        clash = ((left[:, None] < T[None, :, 2]) & (left[:, None] + w > T[None, :, 0])
                 & (bottom[:, None] < T[None, :, 3]) & (bottom[:, None] + h > T[None, :, 1])).sum(axis=1)
        k = int(np.argmin(clash))  # the first of the least clashing
    else:
        k = 0
    t.setAnchor((float(ax[k]), float(ay[k])))
    t.setPos(x0 + float(px[k]) * sx, y0 + float(py[k]) * sy)
    taken.append(QRectF(float(left[k]), float(bottom[k]), w, h))


def place_line_labels(vb: pg.ViewBox, lines: list[tuple[IsoLine | None, pg.TextItem]],
                      taken: list[QRectF]) -> None:
    """Put each line's label next to its line, inside the plot, clear of the rectangles in
    ``taken`` (pixels, y up) where it can be; each placed label is added to ``taken``."""
    for line, t in lines:
        if line is not None and not line.empty:
            _place_one(vb, line, t, taken)


def fill_legend(legend: pg.LegendItem, plan: Plan, target: float) -> None:
    """The legend's entries: target and reservation lines, off-limits, every MESO set's
    marker, other packages, the selection ring."""
    others = any(plan.meso_set_of(n) is None for n in plan.package_names)
    legend.clear()
    legend.setColumnCount(5 + len(plan.meso_sets) + int(others))
    S = style.LegendSample
    legend.addItem(S(pen=style.cosmetic_pen(style.TARGET_COLOUR, 2.4), halo=style.cosmetic_pen(style.HALO, 4.6)),
                   f"target {target:.1f}")
    legend.addItem(S(pen=style.cosmetic_pen(style.RESERVATION_COLOUR, 2.2, Qt.PenStyle.DashLine),
                     halo=style.cosmetic_pen(style.HALO, 4.2)), f"reservation {plan.reservation:.1f}")
    legend.addItem(S(brush=style.hatch_brush("#202020", 200), box_pen=style.cosmetic_pen("#444444", 1)),
                   "off-limits")
    for k, s in enumerate(plan.meso_sets):
        legend.addItem(S(symbol=style.SET_SYMBOLS[k % len(style.SET_SYMBOLS)],
                         symbol_brush=QBrush(QColor(style.SET_COLOURS[k % len(style.SET_COLOURS)])), size=10),
                       escape(style.short(s.name, 14)))
    if others:
        legend.addItem(S(symbol=style.OTHER_SYMBOL, size=10), "other packages")
    legend.addItem(S(symbol="o", size=11, symbol_pen=style.cosmetic_pen("#111111", 2.0),
                     symbol_brush=QBrush(Qt.BrushStyle.NoBrush)), "selected")


def fit_legend(legend: pg.LegendItem, room: float) -> int | None:
    """As many entries per row as ``room`` pixels hold (one row on a wide map, two or three on
    a narrow one); returns the legend's height, None when it is empty. A legend wider than
    the view would widen the whole plot past it and push the colour bar out of sight."""
    n = len(legend.items)
    if not n:
        return None
    cols = n
    while True:
        if legend.columnCount != cols:
            legend.setColumnCount(cols)
        legend.layout.invalidate()
        if cols == 1 or legend.layout.effectiveSizeHint(Qt.SizeHint.PreferredSize).width() <= room:
            break
        cols -= 1
    rows = -(-n // cols)
    return 24 + 20 * (rows - 1)


__all__ = ["place_line_labels", "fill_legend", "fit_legend"]
