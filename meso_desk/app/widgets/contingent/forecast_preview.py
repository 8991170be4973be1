"""Both sides' forecasts of one event side by side (the Uncertain events dialog's preview).

A number: for each side a bar from its 10 % to its 90 % point with a mark at the likely value,
on a common axis, so the disagreement the clauses bet on is visible at a glance; the recorded
outcome, when there is one, as a dashed line. Named states: for each state, each side's chance.
Painted with QPainter (no plot library: the dialog opens instantly)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ....model.language import number, tr
from ..look import secondary_text_colour

#: our colour and theirs (the same pair as elsewhere in the window: blue us, orange them)
OURS = "#1f6fb4"
THEIRS = "#d35400"


def _num(x: float) -> str:
    if abs(x - round(x)) < 1e-9:
        return number(int(round(x)), 0)
    return number(x, 2).rstrip("0").rstrip(".,")


def nice_ticks(lo: float, hi: float, n: int = 5) -> list[float]:
    """About ``n`` round numbers between ``lo`` and ``hi``."""
    if not hi > lo:
        return [lo]
    raw = (hi - lo) / max(n - 1, 1)
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    first = math.ceil(lo / step) * step
    return [first + k * step for k in range(int((hi - first) / step + 1e-9) + 1)]


class ForecastPreview(QWidget):
    """Paints our forecast and theirs (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventForecastPreview")
        self.setAccessibleName(tr("Our forecast and theirs"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._unit = ""
        self._numbers: tuple[tuple[float, float, float] | None, tuple[float, float, float] | None] = (None, None)
        self._states: list[str] = []
        self._chances: tuple[list[float], list[float] | None] = ([], None)
        self._actual: float | str | None = None
        self._kind = "number"
        self.setMinimumHeight(self._height())

    # -- what to show ------------------------------------------------------------------------
    def set_numbers(self, ours: Sequence[float] | None, theirs: Sequence[float] | None,
                    actual: float | None = None, unit: str = "") -> None:
        self._kind = "number"
        self._numbers = (tuple(ours) if ours else None, tuple(theirs) if theirs else None)  # type: ignore[assignment]
        self._actual, self._unit = actual, unit
        self._relayout()

    def set_states(self, states: Sequence[str], ours: Sequence[float], theirs: Sequence[float] | None,
                   actual: str | None = None) -> None:
        self._kind = "states"
        self._states = list(states)
        self._chances = (list(ours), None if theirs is None else list(theirs))
        self._actual = actual
        self._relayout()

    def summary(self) -> str:
        """What the preview shows, in words (its accessible description and tooltip)."""
        if self._kind == "number":
            parts = []
            for text, f in ((tr("ours: likely {likely}{unit} (10–90 %: {low}–{high})"), self._numbers[0]),
                            (tr("theirs: likely {likely}{unit} (10–90 %: {low}–{high})"), self._numbers[1])):
                if f is not None:
                    parts.append(text.format(likely=_num(f[1]), unit=self._u(), low=_num(f[0]), high=_num(f[2])))
            return "; ".join(parts) or tr("no forecast")
        ours, theirs = self._chances
        out = []
        for k, s in enumerate(self._states):
            mine = ours[k] if k < len(ours) else 0
            if theirs is not None and k < len(theirs):
                out.append(tr("{state}: ours {ours:.0f} %, theirs {theirs:.0f} %").format(
                    state=s, ours=mine, theirs=theirs[k]))
            else:
                out.append(tr("{state}: ours {ours:.0f} %").format(state=s, ours=mine))
        return "; ".join(out)

    def _u(self) -> str:
        return "" if not self._unit else (" %" if self._unit == "%" else f" {self._unit}")

    def _relayout(self) -> None:
        self.setFixedHeight(self._height())
        text = self.summary()
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self.update()

    def _height(self) -> int:
        line = QFontMetricsF(self.font()).height()
        if self._kind == "number":
            return int(line * 6.4)
        small = self.font()
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 6))
        h = QFontMetricsF(small).height()
        return int(line * 1.4 + max(2, len(self._states)) * (2 * h + 6) + 8)

    def sizeHint(self) -> QSize:
        return QSize(360, self._height())

    # -- painting ----------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        p.setPen(QPen(pal.color(QPalette.ColorRole.Mid)))
        p.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        if self._kind == "number":
            self._paint_numbers(p)
        else:
            self._paint_states(p)
        p.end()

    def _label_width(self, fm: QFontMetricsF) -> float:
        return max(fm.horizontalAdvance(tr("Theirs")), fm.horizontalAdvance(tr("Ours"))) + 16

    def _paint_numbers(self, p: QPainter) -> None:
        fm = QFontMetricsF(self.font())
        line = fm.height()
        text = self.palette().color(QPalette.ColorRole.Text)
        grey = secondary_text_colour(self.palette())
        rows = [(tr("Ours"), self._numbers[0], OURS), (tr("Theirs"), self._numbers[1], THEIRS)]
        values = [x for _, f, _ in rows if f is not None for x in f]
        if isinstance(self._actual, (int, float)):
            values.append(float(self._actual))
        if not values:
            p.setPen(grey)
            p.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, tr("No forecast yet"))
            return
        lo, hi = min(values), max(values)
        pad = (hi - lo) * 0.08 or max(abs(lo) * 0.1, 1.0)
        lo, hi = lo - pad, hi + pad
        left = self._label_width(fm) + 8
        right = self.width() - 14
        span = max(right - left, 1.0)

        def x_of(v: float) -> float:
            return left + (v - lo) / (hi - lo) * span

        for k, (who, f, colour) in enumerate(rows):
            y = 6 + line * (1.15 + 1.8 * k)
            p.setPen(text)
            p.drawText(QRectF(8, y, left - 12, line), Qt.AlignmentFlag.AlignVCenter, who)
            if f is None:
                p.setPen(grey)
                p.drawText(QRectF(left, y, span, line), Qt.AlignmentFlag.AlignVCenter, tr("not stated"))
                continue
            a, m, b = (float(v) for v in f)
            c = QColor(colour)
            fill = QColor(c)
            fill.setAlphaF(0.35)
            bar = QRectF(x_of(min(a, b)), y + line * 0.2, max(abs(x_of(b) - x_of(a)), 2.0), line * 0.6)
            p.setPen(QPen(c, 1))
            p.setBrush(fill)
            p.drawRect(bar)
            p.setPen(QPen(c, 3))
            p.drawLine(QPointF(x_of(m), y), QPointF(x_of(m), y + line))
            p.setBrush(Qt.BrushStyle.NoBrush)
            label = _num(m)
            w = fm.horizontalAdvance(label)
            lx = min(max(x_of(m) - w / 2, left), right - w)
            p.setPen(text)
            p.drawText(QPointF(lx, y - 2), label)
        axis_y = 6 + line * 4.5
        p.setPen(QPen(grey, 1))
        p.drawLine(QPointF(left, axis_y), QPointF(right, axis_y))
        for t in nice_ticks(lo, hi):
            x = x_of(t)
            p.drawLine(QPointF(x, axis_y), QPointF(x, axis_y + 4))
            label = _num(t)
            w = fm.horizontalAdvance(label)
            p.drawText(QPointF(min(max(x - w / 2, left), right - w), axis_y + 4 + fm.ascent()), label)
        p.drawText(QPointF(8, axis_y + 4 + fm.ascent()), self._unit)
        if isinstance(self._actual, (int, float)):
            x = x_of(float(self._actual))
            p.setPen(QPen(text, 1.5, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x, 4), QPointF(x, axis_y))

    def _paint_states(self, p: QPainter) -> None:
        fm = QFontMetricsF(self.font())
        line = fm.height()
        text = self.palette().color(QPalette.ColorRole.Text)
        ours, theirs = self._chances
        small = self.font()
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 6))
        sfm = QFontMetricsF(small)
        name_w = min(max((fm.horizontalAdvance(f"{s} ✓") for s in self._states), default=40) + 16,
                     self.width() * 0.45)
        left, right = 8 + name_w, self.width() - 14 - sfm.horizontalAdvance("100 %")
        span = max(right - left, 1.0)
        p.setPen(text)
        p.drawText(QPointF(8, 4 + fm.ascent()), tr("Chance of each state"))
        x = self.width() - 10
        for word, colour in ((tr("theirs"), THEIRS), (tr("ours"), OURS)):  # the legend, right-aligned
            x -= sfm.horizontalAdvance(word)
            p.setFont(small)
            p.drawText(QPointF(x, 4 + fm.ascent()), word)
            x -= sfm.ascent() + 4
            p.fillRect(QRectF(x, 4 + fm.ascent() - sfm.ascent() + 1, sfm.ascent() - 2, sfm.ascent() - 2), QColor(colour))
            x -= 10
        p.setFont(self.font())
        h = sfm.height()
        for k, s in enumerate(self._states):
            y = 4 + line * 1.4 + k * (2 * h + 6)
            p.setPen(text)
            p.setFont(self.font())
            shown = fm.elidedText(f"{s} ✓" if s == self._actual else s, Qt.TextElideMode.ElideRight, name_w - 8)
            p.drawText(QRectF(8, y, name_w - 8, 2 * h), Qt.AlignmentFlag.AlignVCenter, shown)
            p.setFont(small)
            for j, (vals, colour) in enumerate(((ours, OURS), (theirs, THEIRS))):
                if vals is None or k >= len(vals):
                    continue
                v = max(0.0, min(100.0, float(vals[k])))
                r = QRectF(left, y + j * h + 1, max(span * v / 100, 1.0), h - 2)
                p.fillRect(r, QColor(colour))
                p.setPen(text)
                p.drawText(QRectF(r.right() + 4, y + j * h, 60, h), Qt.AlignmentFlag.AlignVCenter, f"{v:.0f} %")
        p.setFont(self.font())


__all__ = ["OURS", "THEIRS", "ForecastPreview", "nice_ticks"]
