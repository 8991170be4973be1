"""ScoreBar: a package's points on the 0..100 scale against the target and the reservation.

The bar's fill follows the package's status (at target, short of it, below the
reservation, unacceptable); the target is a dark tick with a small notch on top, the
reservation a red tick with a notch below. The status is also said in words by the panel
next to it, so colour is never the only signal.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..glyphs import status_colour


class ScoreBar(QWidget):
    """Horizontal bar 0..100 points with target and reservation ticks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoreBar")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._score = 0.0
        self._target: float | None = None
        self._reservation: float | None = None
        self._status = "short"
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    def sizeHint(self) -> QSize:
        return QSize(160, 16)

    def minimumSizeHint(self) -> QSize:
        return QSize(60, 16)

    # -- state -------------------------------------------------------------------------
    @property
    def score(self) -> float:
        return self._score

    @property
    def status(self) -> str:
        return self._status

    @property
    def target(self) -> float | None:
        """The target level marked on the bar (None when none is)."""
        return self._target

    def set_values(self, score: float, target: float | None, reservation: float | None, status: str) -> None:
        state = (float(score), target, reservation, status)
        if state == (self._score, self._target, self._reservation, self._status):
            return
        self._score, self._target, self._reservation, self._status = state
        self.update()

    # -- painting ----------------------------------------------------------------------
    def _x(self, groove: QRectF, points: float) -> float:
        return groove.left() + groove.width() * max(0.0, min(100.0, points)) / 100.0

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pal = self.palette()
        h = self.height()
        groove = QRectF(3.5, 4.5, self.width() - 7.0, h - 9.0)
        base = pal.color(QPalette.ColorRole.Base)
        frame = pal.color(QPalette.ColorRole.Mid)
        p.setPen(QPen(frame, 1.0))
        p.setBrush(base)
        p.drawRoundedRect(groove, 3, 3)
        fill = QRectF(groove)
        fill.setRight(self._x(groove, self._score))
        if fill.width() > 0.5:
            colour = status_colour(self._status)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawRoundedRect(fill.adjusted(0.5, 0.5, -0.5, -0.5), 2.5, 2.5)
        text = pal.color(QPalette.ColorRole.WindowText)
        if self._reservation is not None:
            x = self._x(groove, self._reservation)
            red = status_colour("below")
            p.setPen(QPen(red, 2.0))
            p.drawLine(QPointF(x, groove.top() - 1), QPointF(x, groove.bottom() + 1))
            notch = QPainterPath()
            notch.moveTo(x - 3.5, h)
            notch.lineTo(x + 3.5, h)
            notch.lineTo(x, h - 4)
            notch.closeSubpath()
            p.fillPath(notch, red)
        if self._target is not None:
            x = self._x(groove, self._target)
            p.setPen(QPen(text, 2.0))
            p.drawLine(QPointF(x, groove.top() - 1), QPointF(x, groove.bottom() + 1))
            notch = QPainterPath()
            notch.moveTo(x - 3.5, 0)
            notch.lineTo(x + 3.5, 0)
            notch.lineTo(x, 4)
            notch.closeSubpath()
            p.fillPath(notch, QColor(text))
        p.end()
