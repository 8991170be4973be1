"""Tick labels that fit their column: the option names under a categorical X axis of the value
map (and the few whole terms of a short numeric one).

pyqtgraph centres each label of a horizontal axis under its tick and neither shortens nor
spaces them: two long option names are drawn over each other, and a label that reaches past
either end of the axis is dropped. Here each label is fitted to its column — whole where it
fits, else wrapped at spaces onto two lines, the second shortened with "…" — and the axis
(:class:`ColumnAxis`) shows the whole name in its tooltip when the pointer is over a column.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPicture

from .style import NumberAxis

#: the air between two neighbouring labels (pixels)
GAP = 6.0
#: a label is wrapped onto at most this many lines
MAX_LINES = 2
#: the least height pyqtgraph gives a horizontal axis's labels (its default)
LEAST_TEXT_HEIGHT = 18


class _Measure:
    """Text sizes exactly as ``axis`` measures its tick labels (its font, a picture's painter)."""

    def __init__(self, axis: pg.AxisItem) -> None:
        self._pic = QPicture()
        self._p = QPainter(self._pic)
        if axis.style.get("tickFont") is not None:
            self._p.setFont(axis.style["tickFont"])

    def rect(self, text: str) -> QRectF:
        return self._p.boundingRect(QRectF(0, 0, 100, 100), Qt.AlignmentFlag.AlignCenter, text)

    def width(self, text: str) -> float:
        return self.rect(text).width()

    def elided(self, text: str, width: float) -> str:
        shown = self._p.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, max(0, int(width)))
        while shown and len(shown) > 1 and self.width(shown) > width:  # the painter's measure is the judge
            shown = shown[:-2].rstrip() + "…"
        return shown or "…"

    def close(self) -> None:
        self._p.end()


def fit_label(measure: _Measure, text: str, width: float, lines: int = MAX_LINES) -> str:
    """``text`` as it fits ``width`` pixels: whole, else wrapped at spaces onto up to ``lines``
    lines (joined by "\\n"), the last one shortened with "…" if the rest is still too wide."""
    if measure.width(text) <= width:
        return text
    out: list[str] = []
    rest = text.split()
    while rest and len(out) < lines - 1:
        k = 0
        while k < len(rest) and measure.width(" ".join(rest[:k + 1])) <= width:
            k += 1
        if k == 0:  # not even the first word fits a line of its own: shorten it
            break
        out.append(" ".join(rest[:k]))
        rest = rest[k:]
    if rest:
        out.append(measure.elided(" ".join(rest), width))
    return "\n".join(out)


def fit_labels(axis: pg.AxisItem, labels: Sequence[str], column: float) -> list[str]:
    """Every label of ``labels`` fitted to a column ``column`` pixels wide (less :data:`GAP`)."""
    m = _Measure(axis)
    try:
        return [fit_label(m, str(s), max(8.0, column - GAP)) for s in labels]
    finally:
        m.close()


def reserve_tick_height(axis: pg.AxisItem, labels: Sequence[str]) -> int:
    """Make a horizontal axis tall enough for ``labels`` (one or two lines each) from the first
    paint on: pyqtgraph drops a label taller than the axis until the axis has grown after a
    paint (and for good in an export). Returns the text height reserved."""
    m = _Measure(axis)
    try:
        need = max((m.rect(s).height() for s in labels), default=0.0)
    finally:
        m.close()
    # pyqtgraph keeps a label whose box, 80 % of its text's height, fits: the whole height here,
    # so a second line's descenders stay clear of the axis title
    h = max(LEAST_TEXT_HEIGHT, int(math.ceil(need)))
    if axis.style["autoExpandTextSpace"] or axis.style["tickTextHeight"] != h:
        axis.setStyle(autoExpandTextSpace=False, tickTextHeight=h)
    return h


class ColumnAxis(NumberAxis):
    """A :class:`~meso_desk.app.plot.style.NumberAxis` whose tooltip, over a labelled column,
    names that column's option in full (:meth:`set_columns`); elsewhere the axis's own tooltip."""

    def __init__(self, orientation: str, **kw) -> None:
        super().__init__(orientation, **kw)
        self._columns: list[tuple[float, str]] = []
        self._half = 0.5
        self._tip = ""

    def set_columns(self, columns: Sequence[tuple[float, str]], half: float, tip: str) -> None:
        """``columns``: (position, whole name) of each column; ``half`` half a column's width in
        plot units; ``tip`` the axis's tooltip away from the columns."""
        self._columns = list(columns)
        self._half = half
        self._tip = tip
        self.setToolTip(tip)

    def column_at(self, x: float) -> str | None:
        """The whole name of the column at ``x`` (plot units), if any."""
        for pos, name in self._columns:
            if abs(x - pos) <= self._half:
                return name
        return None

    def hoverEvent(self, ev) -> None:
        vb = self.linkedView()
        if ev.isExit() or vb is None or not self._columns:
            self.setToolTip(self._tip)
            return
        x = vb.mapSceneToView(self.mapToScene(QPointF(ev.pos()))).x()
        name = self.column_at(x)
        self.setToolTip(f"{name}\n{self._tip}" if name is not None and self._tip else (name or self._tip))


__all__ = ["ColumnAxis", "GAP", "fit_label", "fit_labels", "reserve_tick_height"]
