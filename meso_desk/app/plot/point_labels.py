"""The one rule for the labels of the plots' markers (the value map's packages, the outcome
plot's): each label at the first free place beside its marker — inside the plot, clear of every
marker and of every label placed before it — further out with a leader line where a neighbour is
in the way, and left out where there is no free place (the marker's tooltip still names it), so
labels never overlap each other or a marker. The geometry is
:mod:`~meso_desk.app.plot.map_labels` (pure numpy, in pixels with y up); this module puts
pyqtgraph text items there.

    frame = PixelFrame.of(plot.vb)
    px, py = frame.to_pixels(xs, ys)
    taken = marker_boxes(px, py, radius)
    placed = place_point_labels(frame, items, px, py, radius, taken)
    leaders_item.setData(*placed.leader_xy())
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pyqtgraph as pg

from .map_labels import place, point_candidates


@dataclass(frozen=True)
class PixelFrame:
    """A view box's data range and size: data ↔ pixels (from the bottom-left, y up)."""

    x0: float
    y0: float
    sx: float  # data units per pixel
    sy: float
    width: float
    height: float

    @classmethod
    def of(cls, vb: pg.ViewBox) -> PixelFrame | None:
        """The frame of ``vb``, or None while it is too small to place anything."""
        w, h = vb.width(), vb.height()
        if w < 10 or h < 10:
            return None
        (x0, x1), (y0, y1) = vb.viewRange()
        return cls(x0, y0, (x1 - x0) / w, (y1 - y0) / h, w, h)

    def to_pixels(self, x, y) -> tuple[np.ndarray, np.ndarray]:
        return (np.asarray(x, float) - self.x0) / self.sx, (np.asarray(y, float) - self.y0) / self.sy

    def to_data(self, px: float, py: float) -> tuple[float, float]:
        return self.x0 + px * self.sx, self.y0 + py * self.sy



def label_size(t: pg.TextItem) -> tuple[float, float]:
    r = t.textItem.boundingRect()
    return r.width(), r.height()


def put_label(frame: PixelFrame, t: pg.TextItem, box) -> None:
    """Show ``t`` with its bottom-left corner at the box's (pixels)."""
    t.setAnchor((0, 1))  # (x, y) of the item = the box's bottom-left corner
    t.setPos(*frame.to_data(float(box[0]), float(box[1])))


def leader(frame: PixelFrame, x: float, y: float, radius: float, box) -> list[tuple[float, float]]:
    """A leader line (data coordinates) from the edge of the marker of ``radius`` pixels at
    pixel ``(x, y)`` to the nearest point of ``box``."""
    bx = min(max(x, box[0]), box[2])
    by = min(max(y, box[1]), box[3])
    d = max(1e-9, float(np.hypot(bx - x, by - y)))
    ex, ey = x + (bx - x) * radius / d, y + (by - y) * radius / d
    return [frame.to_data(ex, ey), frame.to_data(bx, by)]


@dataclass
class Placed:
    """What :func:`place_point_labels` did: the labels left out (their indices), every box now
    taken (pixels) and the leader lines' end points (data coordinates, in pairs)."""

    left_out: list[int]
    taken: np.ndarray
    leaders: list[tuple[float, float]] = field(default_factory=list)

    def leader_xy(self) -> tuple[np.ndarray, np.ndarray]:
        pts = np.array(self.leaders, float).reshape(-1, 2)
        return pts[:, 0], pts[:, 1]


def line_label_boxes(frame: PixelFrame, lines: Sequence[pg.InfiniteLine]) -> np.ndarray:
    """Where the labels of the shown reference ``lines`` sit: boxes in pixels (y up)."""
    out = []
    for line in lines:
        if not line.isVisible() or line.label is None:
            continue
        lab = line.label
        r = lab.boundingRect()
        w, h = r.width(), r.height()
        ax, ay = lab.anchors[0]
        if line.angle == 90:
            px, py = (line.value() - frame.x0) / frame.sx, lab.orthoPos * frame.height
        else:
            px, py = lab.orthoPos * frame.width, (line.value() - frame.y0) / frame.sy
        left, bottom = px - ax * w, py - (1 - ay) * h
        out.append((left, bottom, left + w, bottom + h))
    return np.array(out, float).reshape(-1, 4)


def place_point_labels(frame: PixelFrame, items: Sequence[tuple[pg.TextItem, int]], px, py, radius,
                       taken: np.ndarray) -> Placed:
    """Place each label ``items[i] = (text item, index of its marker in px/py/radius)``, the most
    important first, at its first free candidate beside its marker (ring 0 beside it, the others
    further out with a leader line); a label without a free place is hidden."""
    px, py = np.asarray(px, float), np.asarray(py, float)
    radius = np.broadcast_to(np.asarray(radius, float), px.shape)
    cands, rings = [], []
    for t, k in items:
        boxes, ring = point_candidates(px[k], py[k], *label_size(t), radius[k])
        cands.append(boxes)
        rings.append(ring)
    chosen, taken = place(cands, taken, frame.width, frame.height)
    out = Placed([], taken)
    for i, ((t, k), c, boxes, ring) in enumerate(zip(items, chosen, cands, rings)):
        t.setVisible(c >= 0)
        if c < 0:
            out.left_out.append(i)
            continue
        put_label(frame, t, boxes[c])
        if ring[c] > 0:
            out.leaders += leader(frame, px[k], py[k], radius[k], boxes[c])
    return out


__all__ = ["Placed", "PixelFrame", "label_size", "leader", "line_label_boxes", "place_point_labels", "put_label"]
