"""The value map's own graphics items: the hatched off-limits areas and the package markers.

:class:`PackagePoints` turns mouse gestures on a marker into signals carrying the package's
name (click, drag start/move/finish); what a drag *does* is up to the map's
:class:`~meso_desk.app.plot.map_drag.MapDrag`.
"""

from __future__ import annotations

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QPainter, QPen

from . import style


# ------------------------------------------------------------------------------ graphics items
class OffLimits(pg.GraphicsObject):
    """Hatched rectangles (data coordinates) over the off-limits parts of the map.

    The hatch is drawn in device pixels, so it looks the same whatever the axes' scales."""

    def __init__(self) -> None:
        super().__init__()
        self._rects: list[QRectF] = []
        self._bounds = QRectF()
        self._wash, self._hatch, self._edge = style.off_limits_look()  # the legend's swatch draws the same

    def set_rects(self, rects: list[QRectF]) -> None:
        self.prepareGeometryChange()
        self._rects = [r.normalized() for r in rects]
        b = QRectF()
        for r in self._rects:
            b = b.united(r)
        self._bounds = b
        self.update()

    @property
    def rects(self) -> list[QRectF]:
        return list(self._rects)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, p: QPainter, *args) -> None:
        if not self._rects:
            return
        tr = p.transform()
        p.save()
        p.resetTransform()
        for r in self._rects:
            d = tr.mapRect(r)
            p.fillRect(d, self._wash)
            p.setBrushOrigin(0, 0)
            p.fillRect(d, self._hatch)
            p.setPen(self._edge)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(d)
        p.restore()


class PackagePoints(pg.ScatterPlotItem):
    """The packages as markers: click to select, drag to move (signals carry the name)."""

    sigPointClicked = Signal(str)
    sigDragStarted = Signal(str)
    sigDragMoved = Signal(str, float, float)
    sigDragFinished = Signal(str)

    def __init__(self, tip=None) -> None:
        super().__init__(hoverable=True, tip=tip, pxMode=True)
        self._names: list[str] = []
        self._xy = np.zeros((0, 2))
        self._drag: str | None = None
        self._offset = QPointF()
        self.setZValue(30)

    def set_packages(self, names: list[str], xy: np.ndarray, symbols: list[str], brushes: list[QBrush],
                     pens: list[QPen], sizes: list[float]) -> None:
        self._names = list(names)
        self._xy = np.asarray(xy, dtype=float).reshape(-1, 2)
        self.setData(x=self._xy[:, 0], y=self._xy[:, 1], data=list(names), symbol=symbols, brush=brushes,
                     pen=pens, size=sizes)

    def move_point(self, k: int, x: float, y: float, quiet: bool = False) -> None:
        """Move marker ``k`` alone (cheaper than :meth:`set_packages` in a drag). ``quiet``:
        only remember where it is (it is hidden and drawn by another item meanwhile)."""
        self._xy[k] = (x, y)
        self.data["x"][k] = x
        self.data["y"][k] = y
        self.bounds = [None, None]
        if quiet:
            return
        self.prepareGeometryChange()
        self.invalidate()
        self.update()

    def show_point(self, k: int, on: bool) -> None:
        vis = np.ones(len(self._names), dtype=bool)
        vis[k] = on
        self.setPointsVisible(vis)

    @property
    def names(self) -> list[str]:
        return list(self._names)

    def position(self, name: str) -> tuple[float, float]:
        k = self._names.index(name)
        return float(self._xy[k, 0]), float(self._xy[k, 1])

    def name_at(self, pos: QPointF) -> str | None:
        pts = self.pointsAt(pos)
        if len(pts) == 0:
            return None
        return str(pts[-1].data())  # the one drawn on top

    @property
    def dragging(self) -> str | None:
        return self._drag

    def mouseDragEvent(self, ev) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        if ev.isStart():
            name = self.name_at(ev.buttonDownPos())
            if name is None:
                ev.ignore()
                return
            self._drag = name
            x, y = self.position(name)
            self._offset = QPointF(x, y) - ev.buttonDownPos()
            self.sigDragStarted.emit(name)
        elif self._drag is None:
            ev.ignore()
            return
        ev.accept()
        p = ev.pos() + self._offset
        self.sigDragMoved.emit(self._drag, p.x(), p.y())
        if ev.isFinish():
            name, self._drag = self._drag, None
            self.sigDragFinished.emit(name)

    def mouseClickEvent(self, ev) -> None:
        if ev.button() == Qt.MouseButton.LeftButton:
            name = self.name_at(ev.pos())
            if name is not None:
                ev.accept()
                self.sigPointClicked.emit(name)
                return
        ev.ignore()

    def hoverEvent(self, ev) -> None:
        super().hoverEvent(ev)
        if not ev.isExit() and self.name_at(ev.pos()) is not None:
            ev.acceptDrags(Qt.MouseButton.LeftButton)
            ev.acceptClicks(Qt.MouseButton.LeftButton)
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.unsetCursor()


__all__ = ["OffLimits", "PackagePoints"]
