"""Scatter points on a pyqtgraph plot that can be dragged one at a time (the curve editor's handles)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal


class DragPoints(pg.ScatterPlotItem):
    """Scatter points that can be dragged one at a time.

    ``constrain(i, x, y) -> (x, y)`` keeps a dragged point where it may go. Signals carry
    the point's index and new position; :meth:`drag_to` and :meth:`finish_drag` drive the
    same path from code (tests, keyboard).
    """

    sigDragged = Signal(int, float, float)
    sigDragFinished = Signal(int, float, float)
    sigRemoveRequested = Signal(int)

    def __init__(self, constrain: Callable[[int, float, float], tuple[float, float]] | None = None, **kw) -> None:
        super().__init__(**kw)
        self.constrain = constrain or (lambda i, x, y: (x, y))
        self._xs = np.zeros(0)
        self._ys = np.zeros(0)
        self._point_style: dict = {}
        self._dragging: int | None = None
        self._offset = QPointF(0, 0)

    def set_points(self, xs, ys, **style) -> None:
        self._xs = np.asarray(xs, dtype=float).copy()
        self._ys = np.asarray(ys, dtype=float).copy()
        self._point_style = style
        self.setData(x=self._xs, y=self._ys, data=np.arange(len(self._xs)), **style)

    @property
    def positions(self) -> list[tuple[float, float]]:
        return list(zip(self._xs.tolist(), self._ys.tolist()))

    @property
    def dragging(self) -> int | None:
        return self._dragging

    def drag_to(self, i: int, x: float, y: float) -> tuple[float, float]:
        """Move point ``i`` towards (x, y) within its constraint; emits sigDragged."""
        self._dragging = i
        x, y = self.constrain(i, float(x), float(y))
        self._xs[i] = x
        self._ys[i] = y
        self.setData(x=self._xs, y=self._ys, data=np.arange(len(self._xs)), **self._point_style)
        self.sigDragged.emit(i, x, y)
        return x, y

    def finish_drag(self) -> None:
        i = self._dragging
        self._dragging = None
        if i is not None:
            self.sigDragFinished.emit(i, float(self._xs[i]), float(self._ys[i]))

    def _point_at(self, pos) -> int | None:
        pts = self.pointsAt(pos)
        if len(pts) == 0:
            return None
        return int(pts[0].index())

    def mouseDragEvent(self, ev) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        if ev.isStart():
            i = self._point_at(ev.buttonDownPos())
            if i is None:
                ev.ignore()
                return
            self._dragging = i
            self._offset = QPointF(self._xs[i], self._ys[i]) - ev.buttonDownPos()
        elif self._dragging is None:
            ev.ignore()
            return
        ev.accept()
        p = ev.pos() + self._offset
        self.drag_to(self._dragging, p.x(), p.y())
        if ev.isFinish():
            self.finish_drag()

    def mouseClickEvent(self, ev) -> None:
        if ev.button() == Qt.MouseButton.RightButton:
            i = self._point_at(ev.pos())
            if i is not None:
                ev.accept()
                self.sigRemoveRequested.emit(i)
                return
        ev.ignore()

    def hoverEvent(self, ev) -> None:
        super().hoverEvent(ev)
        if not ev.isExit() and self._point_at(ev.pos()) is not None:
            ev.acceptDrags(Qt.MouseButton.LeftButton)
            ev.acceptClicks(Qt.MouseButton.RightButton)
            self.setCursor(Qt.CursorShape.SizeAllCursor)
        else:
            self.unsetCursor()


__all__ = ["DragPoints"]
