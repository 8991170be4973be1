"""Where the value map's labels go: pure geometry in pixels (y up), numpy only, no Qt.

Every label is a box of known size with candidate places in order of preference; the
placement is greedy: the labels are placed one after another (the most important first), each
at its first candidate that stays inside the plot and clear of every marker and of every
label placed before it. A label with no such place is left out (the marker's tooltip still
names it), so labels never overlap each other or a marker.

* :func:`point_candidates` — beside a marker (right, left, the four corners, above, below),
  then the same further out, where the map draws a leader line from the marker to the label;
* :func:`line_candidates` — along an iso-value line (its ends first, then points along it);
* :func:`place` — the greedy placement itself;
* :func:`overlapping` — pairs of boxes that overlap (what the tests check).

Boxes are rows ``(left, bottom, right, top)``.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

#: how much further out each ring of candidates lies (pixels); ring 0 touches the marker
RING_STEP = 14.0
#: rings of candidates beside a marker (beyond the first one a leader line joins them)
RINGS = 4

# directions beside a point, in order: right, left, upper right, lower right, upper left,
# lower left, above, below — as (x side, y side): -1 box left of/below the point, 0 centred, 1 right/above
_SIDES = np.array([(1, 0), (-1, 0), (1, 1), (1, -1), (-1, 1), (-1, -1), (0, 1), (0, -1)], float)


def boxes_at(x: np.ndarray, y: np.ndarray, w: float, h: float, sx: np.ndarray, sy: np.ndarray,
             gap: np.ndarray | float) -> np.ndarray:
    """Boxes of size ``w`` × ``h`` placed ``gap`` pixels from the points ``(x, y)`` on the sides
    ``(sx, sy)`` (each -1, 0 or 1; 0 centres the box on that axis)."""
    gx = np.where(sx == 0, 0.0, gap)
    gy = np.where(sy == 0, 0.0, gap)
    left = np.where(sx > 0, x + gx, np.where(sx < 0, x - gx - w, x - w / 2))
    bottom = np.where(sy > 0, y + gy, np.where(sy < 0, y - gy - h, y - h / 2))
    return np.column_stack([left, bottom, left + w, bottom + h])


def point_candidates(x: float, y: float, w: float, h: float, radius: float,
                     rings: int = RINGS) -> tuple[np.ndarray, np.ndarray]:
    """Candidate boxes for the label of a marker of ``radius`` pixels at ``(x, y)``, nearest
    first; and each one's ring (0: beside the marker, 1 and up: further out, with a leader)."""
    k = len(_SIDES)
    ring = np.repeat(np.arange(rings), k)
    gap = radius + 2.0 + ring * RING_STEP
    sx = np.tile(_SIDES[:, 0], rings)
    sy = np.tile(_SIDES[:, 1], rings)
    # a label beside the marker (left or right) sits centred on it; in a corner it clears it
    sy_eff = np.where((sx != 0) & (sy == 0), 0.0, sy)
    out = boxes_at(np.full(k * rings, x), np.full(k * rings, y), w, h, sx, sy_eff, gap)
    # corners: pull the box back over the diagonal so it touches the marker's circle, no more
    corner = (sx != 0) & (sy != 0)
    pull = np.where(corner, gap * 0.3, 0.0)
    out[:, 0] -= np.where(corner, sx * pull, 0.0)
    out[:, 2] -= np.where(corner, sx * pull, 0.0)
    out[:, 1] -= np.where(corner, sy * pull, 0.0)
    out[:, 3] -= np.where(corner, sy * pull, 0.0)
    return out, ring


def line_candidates(fx: np.ndarray, fy: np.ndarray, w: float, h: float, from_start: bool = False) -> np.ndarray:
    """Candidate boxes for the label of a line through the points ``(fx, fy)`` (pixels): at its
    right-, top-, left- and bottom-most points (``from_start``: the other ends first, so that
    two lines' labels start from different ends), then along it; at each, the box on the
    line, then beside it."""
    fx = np.asarray(fx, float)
    fy = np.asarray(fy, float)
    if not len(fx):
        return np.zeros((0, 4))
    order = np.argsort(fx, kind="stable")
    ends = [int(np.argmax(fx * 10 + fy)), int(np.argmax(fy * 10 + fx)), int(np.argmin(fx * 10 - fy)),
            int(np.argmin(fy * 10 - fx))]
    if from_start:
        ends = ends[2:] + ends[:2]
    idx = ends + [int(order[int(q * (len(order) - 1))]) for q in (0.5, 0.3, 0.7, 0.15, 0.85)]
    px, py = fx[idx], fy[idx]
    sides = np.array([(-1, 1), (1, 1), (-1, -1), (1, -1), (0, 0), (0, 1), (0, -1)], float)
    n, k = len(idx), len(sides)
    gap = np.array([3.0, 3.0, 3.0, 3.0, 0.0, 4.0, 4.0])
    return boxes_at(np.repeat(px, k), np.repeat(py, k), w, h, np.tile(sides[:, 0], n),
                    np.tile(sides[:, 1], n), np.tile(gap, n))


def inside(boxes: np.ndarray, width: float, height: float, margin: float = 1.0) -> np.ndarray:
    """Which boxes lie wholly inside the plot of ``width`` × ``height`` pixels."""
    return ((boxes[:, 0] >= margin) & (boxes[:, 1] >= margin) & (boxes[:, 2] <= width - margin)
            & (boxes[:, 3] <= height - margin))


def _clear(boxes: np.ndarray, taken: np.ndarray) -> np.ndarray:
    """Which boxes overlap none of ``taken`` (touching edges do not count)."""
    if not len(taken):
        return np.ones(len(boxes), dtype=bool)
    hit = ((boxes[:, None, 0] < taken[None, :, 2]) & (boxes[:, None, 2] > taken[None, :, 0])
           & (boxes[:, None, 1] < taken[None, :, 3]) & (boxes[:, None, 3] > taken[None, :, 1]))
    return ~hit.any(axis=1)


def place(candidates: Sequence[np.ndarray], obstacles: np.ndarray, width: float, height: float
          ) -> tuple[list[int], np.ndarray]:
    """Greedy placement: for each label in turn (``candidates[i]``, its boxes in order of
    preference), the index of the first box inside the plot and clear of ``obstacles`` and of
    the labels placed so far, or -1 (left out). Returns those indices and every box now taken
    (the obstacles and the placed labels)."""
    taken = np.asarray(obstacles, float).reshape(-1, 4)
    chosen: list[int] = []
    for boxes in candidates:
        boxes = np.asarray(boxes, float).reshape(-1, 4)
        ok = inside(boxes, width, height) & _clear(boxes, taken) if len(boxes) else np.zeros(0, bool)
        hits = np.flatnonzero(ok)
        if len(hits):
            k = int(hits[0])
            chosen.append(k)
            taken = np.vstack([taken, boxes[k:k + 1]])
        else:
            chosen.append(-1)
    return chosen, taken


def marker_boxes(x: np.ndarray, y: np.ndarray, radius: np.ndarray | float) -> np.ndarray:
    """The squares markers of ``radius`` pixels at ``(x, y)`` cover."""
    x = np.asarray(x, float)
    y = np.asarray(y, float)
    r = np.broadcast_to(np.asarray(radius, float), x.shape)
    return np.column_stack([x - r, y - r, x + r, y + r])


def overlapping(a: np.ndarray, b: np.ndarray | None = None, tolerance: float = 0.5) -> list[tuple[int, int]]:
    """Index pairs of boxes that overlap by more than ``tolerance`` pixels: within ``a`` (each
    pair once) or, with ``b``, between ``a`` and ``b``."""
    a = np.asarray(a, float).reshape(-1, 4)
    other = a if b is None else np.asarray(b, float).reshape(-1, 4)
    t = tolerance
    hit = ((a[:, None, 0] < other[None, :, 2] - t) & (a[:, None, 2] > other[None, :, 0] + t)
           & (a[:, None, 1] < other[None, :, 3] - t) & (a[:, None, 3] > other[None, :, 1] + t))
    if b is None:
        hit = np.triu(hit, 1)
    return [(int(i), int(j)) for i, j in zip(*np.nonzero(hit))]


__all__ = ["RING_STEP", "RINGS", "boxes_at", "point_candidates", "line_candidates", "inside", "place",
           "marker_boxes", "overlapping"]
