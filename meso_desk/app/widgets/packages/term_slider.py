"""TermSlider: a slider over one issue's grid (numeric steps or categorical options).

The slider's integer value is the index on the issue's grid, so arrow keys move by one
step (or one option) and Page Up/Down by about a tenth of the range. Terms beyond a hard
limit or unacceptable options are marked red on the groove (under the handle), so the
user sees where the forbidden zone starts before dragging into it.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSlider, QStyle, QStyleOptionSlider, QWidget

from ....model.preferences.issues import CategoricalIssue, Issue
from ..glyphs import status_colour


class TermSlider(QSlider):
    """Horizontal slider whose positions are the grid points of one issue."""

    def __init__(self, issue: Issue, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("termSlider")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._bad: list[tuple[int, int]] = []
        self.set_issue(issue)

    def set_issue(self, issue: Issue) -> None:
        n = len(issue.grid())
        self.blockSignals(True)
        self.setRange(0, max(0, n - 1))
        self.blockSignals(False)
        self.setSingleStep(1)
        self.setPageStep(max(1, round((n - 1) / 10)))
        if isinstance(issue, CategoricalIssue):
            self.setTickPosition(QSlider.TickPosition.TicksBelow)
            self.setTickInterval(1)
        else:
            self.setTickPosition(QSlider.TickPosition.NoTicks)
        acc = np.asarray(issue.grid_acceptable(), dtype=bool)
        runs: list[tuple[int, int]] = []
        start = None
        for i, ok in enumerate(acc):
            if not ok and start is None:
                start = i
            if ok and start is not None:
                runs.append((start, i - 1))
                start = None
        if start is not None:
            runs.append((start, len(acc) - 1))
        self._bad = runs
        self.update()

    def sizeHint(self) -> QSize:
        s = super().sizeHint()
        return QSize(max(s.width(), 120), s.height())

    def minimumSizeHint(self) -> QSize:
        s = super().minimumSizeHint()
        return QSize(48, s.height())  # a card line is narrow: the arrow keys step too

    def paintEvent(self, event) -> None:
        if not self._bad or self.maximum() <= self.minimum():
            super().paintEvent(event)
            return
        # groove (and ticks) first, the forbidden zone over the groove, the handle on top
        p = QPainter(self)
        style = self.style()
        opt = QStyleOptionSlider()
        self.initStyleOption(opt)
        cc = QStyle.ComplexControl.CC_Slider
        under = QStyle.SubControl.SC_SliderGroove
        if self.tickPosition() != QSlider.TickPosition.NoTicks:
            under |= QStyle.SubControl.SC_SliderTickmarks
        opt.subControls = under
        style.drawComplexControl(cc, opt, p, self)
        groove = style.subControlRect(cc, opt, QStyle.SubControl.SC_SliderGroove, self)
        handle = style.subControlRect(cc, opt, QStyle.SubControl.SC_SliderHandle, self)
        span = groove.width() - handle.width()
        left = groove.left() + handle.width() / 2.0
        lo, hi = self.minimum(), self.maximum()
        per = span / (hi - lo)
        red = status_colour("unacceptable")
        red.setAlpha(200)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(red)
        cy = handle.center().y() + 0.5
        for a, b in self._bad:
            x0 = max(groove.left() + 1.0, left + (a - 0.5 - lo) * per)
            x1 = min(groove.right() - 1.0, left + (b + 0.5 - lo) * per)
            p.drawRoundedRect(QRectF(x0, cy - 2.5, max(3.0, x1 - x0), 5.0), 2.0, 2.0)
        opt.subControls = QStyle.SubControl.SC_SliderHandle
        style.drawComplexControl(cc, opt, p, self)
        p.end()
