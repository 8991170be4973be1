"""EstimateChart: their estimated weights as bars with 80 % ranges, painted for a narrow dock.

Two lines per issue, in the plan's order (so an issue stays where the user last saw it):

* a direction mark (⇄ opposed to us, ⇉ the same as us, ? unclear — each also said in the
  tooltip, never by colour alone), the issue's name, their mean weight and the chance that
  it is their most important issue;
* a bar on a shared scale: the mean weight filled, the 80 % credible range as a whisker
  over it, and a small triangle under it at *our* weight — where their bar reaches past our
  triangle, the issue is a candidate to concede (logrolling).

A short axis and a legend close the chart. Every row has a tooltip in words; the whole
chart carries an accessible description.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ....model.language import QT_TR_NOOP, tr
from ..glyphs import STATUS_COLOURS
from ..look import secondary_text_colour
from ..name_elide import elided_name
from .estimate_service import EstimateSnapshot

#: bar colour (their weight) and the whisker drawn over it
BAR_COLOUR = "#4a86c5"
WHISKER_COLOUR = "#1d3f66"
DIRECTION_WORDS = {
    "opposed": QT_TR_NOOP("opposed — they want the other end"),
    "compatible": QT_TR_NOOP("the same as you — nothing to trade there"),
    "unknown": QT_TR_NOOP("unclear — a preferred term in the middle, or an order of options unlike yours"),
}


# -- direction marks ---------------------------------------------------------------------------
def _arrow(p: QPainter, y: float, x0: float, x1: float, s: float) -> None:
    """A horizontal arrow from x0 to x1 (head at x1)."""
    p.drawLine(QPointF(x0, y), QPointF(x1, y))
    d = 2.6 * s if x1 > x0 else -2.6 * s
    p.drawPolyline([QPointF(x1 - d, y - 2.4 * s), QPointF(x1, y), QPointF(x1 - d, y + 2.4 * s)])


def paint_direction(p: QPainter, rect: QRectF, label: str, text: QColor) -> None:
    """The mark for ``label`` (opposed / compatible / unknown) inside ``rect``."""
    s = min(rect.width(), rect.height()) / 14.0
    x, y = rect.left(), rect.top() + (rect.height() - 14 * s) / 2
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if label == "opposed":
        pen = QPen(text, 1.4 * s)
    elif label == "compatible":
        pen = QPen(QColor(STATUS_COLOURS["ok"]), 1.5 * s)
    else:
        muted = QColor(text)
        muted.setAlpha(150)
        pen = QPen(muted, 1.3 * s)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    if label == "opposed":  # ⇄
        _arrow(p, y + 4.5 * s, x + 1.5 * s, x + 12.5 * s, s)
        _arrow(p, y + 9.5 * s, x + 12.5 * s, x + 1.5 * s, s)
    elif label == "compatible":  # ⇉
        _arrow(p, y + 4.5 * s, x + 1.5 * s, x + 12.5 * s, s)
        _arrow(p, y + 9.5 * s, x + 1.5 * s, x + 12.5 * s, s)
    else:  # a question mark in a ring
        p.drawEllipse(QRectF(x + 1 * s, y + 1 * s, 12 * s, 12 * s))
        path = QPainterPath(QPointF(x + 5.2 * s, y + 5.4 * s))
        path.cubicTo(QPointF(x + 5.2 * s, y + 3.2 * s), QPointF(x + 8.9 * s, y + 3.2 * s),
                     QPointF(x + 8.9 * s, y + 5.3 * s))
        path.cubicTo(QPointF(x + 8.9 * s, y + 6.8 * s), QPointF(x + 7 * s, y + 7 * s), QPointF(x + 7 * s, y + 8.6 * s))
        p.drawPath(path)
        p.drawPoint(QPointF(x + 7 * s, y + 10.6 * s))
    p.restore()


def _nice_scale(top: float) -> float:
    """A round upper end for the bars (fractions): 0.3, 0.4, 0.5, 0.6, 0.8 or 1.0."""
    for s in (0.3, 0.4, 0.5, 0.6, 0.8, 1.0):
        if top <= s + 1e-9:
            return s
    return 1.0


class EstimateChart(QWidget):
    """Painted bars of the counterpart estimate (see the module docs)."""

    GAP = 6  # px between rows

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: the last paint: (what it showed, its picture); ``_shown`` counts the changes of what it shows
        self._picture: tuple[tuple, QPixmap] | None = None
        self._shown = 0
        self.setObjectName("estimateChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self._snap: EstimateSnapshot | None = None
        self._stale = False
        self._rows: list[QRectF] = []
        self._scale = 0.5
        self._empty_text = tr("Estimating…")

    # -- data ------------------------------------------------------------------------------
    @property
    def snapshot(self) -> EstimateSnapshot | None:
        return self._snap

    def set_snapshot(self, snap: EstimateSnapshot | None) -> None:
        self._snap = snap
        self._stale = False
        if snap is not None and snap.names:
            top = max(max(hi for _, hi in snap.intervals.values()), max(snap.weights.values()),
                      max(snap.ours.get(n, 0.0) for n in snap.names))
            self._scale = _nice_scale(top)
            self.setAccessibleDescription(" ".join(self.row_text(n) for n in snap.names))
        self._shown += 1
        self.updateGeometry()
        self.update()

    def set_empty_text(self, text: str) -> None:
        """What to say while there is no estimate ("Estimating…", or why there is none)."""
        if text != self._empty_text:
            self._empty_text = text
            self._shown += 1
            self.update()

    def set_stale(self, on: bool) -> None:
        """Draw the bars faded while a newer estimate is being computed."""
        if on != self._stale:
            self._stale = on
            self._shown += 1
            self.update()

    def bar_extent(self, issue: str) -> tuple[float, float, float]:
        """``(mean, lo, hi)`` in pixels along the bar of ``issue`` (tests, automation)."""
        assert self._snap is not None
        left, width = self._bar_span()
        lo, hi = self._snap.intervals[issue]
        return (left + width * self._snap.weights[issue] / self._scale, left + width * lo / self._scale,
                left + width * hi / self._scale)

    def row_text(self, issue: str) -> str:
        s = self._snap
        if s is None:
            return ""
        lo, hi = s.intervals[issue]
        label, p = s.direction(issue)
        return tr("{issue}: about {weight:.0f} % of what matters to them "
                  "(80 % sure it lies between {low:.0f} and {high:.0f} %; yours is "
                  "{ours:.0f} %). Chance it is their most important issue: "
                  "{top:.0f} %. Direction: {direction} ({sure:.0f} % sure).").format(
                      issue=issue, weight=100 * s.weights[issue], low=100 * lo, high=100 * hi,
                      ours=100 * s.ours.get(issue, 0.0), top=100 * s.top[issue],
                      direction=tr(DIRECTION_WORDS[label]), sure=100 * p)

    # -- geometry ----------------------------------------------------------------------------
    def row_rects(self) -> list[QRectF]:
        """Where each issue's row lies in the chart (its own coordinates), in the plan's order."""
        s = self._snap
        if s is None:
            return []
        row_h = self._metrics()[3]
        y0 = float(self._header_h())
        return [QRectF(0, y0 + k * row_h, self.width(), row_h) for k in range(len(s.names))]

    def _metrics(self) -> tuple[QFontMetrics, QFontMetrics, int, int]:
        fm = self.fontMetrics()
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.86))
        sfm = QFontMetrics(small)
        line = fm.height()
        row_h = line + 14
        return fm, sfm, line, row_h

    def _columns(self) -> tuple[float, float, float]:
        """x of the right edge of the weight column, the top-chance column, and the mark width."""
        fm, sfm, _, _ = self._metrics()
        w = self.width()
        top_w = max(fm.horizontalAdvance("100 %"), sfm.horizontalAdvance(tr("Top", "estimate chart column"))) + 4
        weight_w = max(fm.horizontalAdvance("100 %"), sfm.horizontalAdvance(tr("Weight", "estimate chart column"))) + 10
        return w - 4 - top_w, w - 4, weight_w

    def _bar_span(self) -> tuple[float, float]:
        right_weight, _, _ = self._columns()
        left = 4.0 + 18.0
        return left, max(20.0, right_weight - left)

    def _header_h(self) -> int:
        return self._metrics()[1].height() + 4

    def _legend_lines(self) -> list[list[tuple[str, str]]]:
        fm = self._metrics()[1]
        items = [("opposed", tr("opposed", "estimate legend")), ("compatible", tr("same as you", "estimate legend")),
                 ("unknown", tr("unclear", "estimate legend")), ("bar", tr("their weight", "estimate legend")),
                 ("range", tr("80 % range", "estimate legend")), ("ours", tr("your weight", "estimate legend"))]
        lines: list[list[tuple[str, str]]] = [[]]
        x, avail = 4.0, self.width() - 8.0
        for kind, text in items:
            w = 18 + fm.horizontalAdvance(text) + 10
            if lines[-1] and x + w > avail:
                lines.append([])
                x = 4.0
            lines[-1].append((kind, text))
            x += w
        return lines

    def _height_for(self, width: int) -> int:
        if self._snap is None:
            return 40
        _, sfm, _, row_h = self._metrics()
        n = len(self._snap.names)
        legend = len(self._legend_lines()) * (sfm.height() + 4)
        return self._header_h() + n * row_h + sfm.height() + 8 + legend + 6

    def sizeHint(self) -> QSize:
        return QSize(300, self._height_for(self.width()))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self._height_for(self.width()))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, w: int) -> int:
        return self._height_for(w)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.updateGeometry()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        self._shown += 1  # (another language, palette, font or style: painted anew)

    # -- painting ----------------------------------------------------------------------------
    def _whisker_colour(self) -> QColor:
        """Dark over a light palette, light over a dark one."""
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 110
        return QColor("#d7e7f8") if dark else QColor(WHISKER_COLOUR)

    def paintEvent(self, event) -> None:
        """Drawn from the picture of the last paint while nothing it shows changed (a workspace
        switch or a scroll paints the chart again: each of its ten rows measured and drawn anew
        took 5–8 ms of the switch to "In the room" on a big plan)."""
        if self.width() <= 0 or self.height() <= 0:
            return
        dpr = self.devicePixelRatioF()
        key = (self.size(), dpr, self._shown, self.palette().cacheKey(), self.font().key())
        if self._picture is None or self._picture[0] != key:
            pm = QPixmap(self.size() * dpr)
            pm.setDevicePixelRatio(dpr)
            pm.fill(Qt.GlobalColor.transparent)
            p = QPainter(pm)
            p.setFont(self.font())
            self._paint(p)
            p.end()
            self._picture = (key, pm)
        p = QPainter(self)
        p.drawPixmap(0, 0, self._picture[1])
        p.end()

    def _paint(self, p: QPainter) -> None:
        s = self._snap
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pal = self.palette()
        muted = secondary_text_colour(pal)
        fm, sfm, line, row_h = self._metrics()
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.86))
        if s is None or not s.names:
            p.setPen(muted)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                       self._empty_text if s is None else tr("No issues"))
            return
        if self._stale:
            p.setOpacity(0.55)
        right_weight, right_top, _ = self._columns()
        left, span = self._bar_span()
        # header
        p.setFont(small)
        p.setPen(muted)
        hh = self._header_h()
        p.drawText(QRectF(left, 0, span, hh), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   tr("Issue", "estimate chart column"))
        p.drawText(QRectF(right_weight - 60, 0, 60, hh), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   tr("Weight", "estimate chart column"))
        p.drawText(QRectF(right_weight, 0, right_top - right_weight, hh),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   tr("Top", "estimate chart column"))
        self._rows = []
        y = float(hh)
        top_name = s.most_likely_top[0] if not s.is_prior else None
        for name in s.names:
            self._rows.append(QRectF(0, y, self.width(), row_h))
            self._paint_row(p, s, name, y, bold_name=name == top_name)
            y += row_h
        p.setFont(small)
        p.setPen(muted)
        y = self._paint_axis(p, sfm, y)
        self._paint_legend(p, sfm, y)

    def _paint_row(self, p: QPainter, s: EstimateSnapshot, name: str, y: float, bold_name: bool) -> None:
        """One issue: its direction mark, name, weight and top-issue chance, then its bar."""
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = secondary_text_colour(pal)
        fm, _sfm, line, _row_h = self._metrics()
        right_weight, right_top, _ = self._columns()
        left, _span = self._bar_span()
        bold = QFont(self.font())
        bold.setBold(True)
        name_right = right_weight - fm.horizontalAdvance("100 %") - 8
        label, _ = s.direction(name)
        paint_direction(p, QRectF(4, y + 1, 14, line - 2 if line > 14 else 14), label, text)
        p.setFont(bold if bold_name else self.font())
        p.setPen(text)
        # two names that start alike never read the same (the tooltip has the whole name)
        nm = elided_name(p.fontMetrics(), name, int(name_right - left), s.names, font=p.font())
        p.drawText(QRectF(left, y, name_right - left, line), Qt.AlignmentFlag.AlignLeft
                   | Qt.AlignmentFlag.AlignVCenter, nm)
        p.setFont(bold)
        p.drawText(QRectF(right_weight - 60, y, 60, line), Qt.AlignmentFlag.AlignRight
                   | Qt.AlignmentFlag.AlignVCenter, f"{100 * s.weights[name]:.0f} %")
        p.setFont(self.font())
        p.setPen(muted if s.top[name] < 0.3 else text)
        p.drawText(QRectF(right_weight, y, right_top - right_weight, line),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{100 * s.top[name]:.0f} %")
        self._paint_bar(p, s, name, y + line + 2)

    def _paint_bar(self, p: QPainter, s: EstimateSnapshot, name: str, by: float) -> None:
        """The bar of one issue at ``by``: their mean weight, the 80 % range, our weight."""
        pal = self.palette()
        left, span = self._bar_span()
        frame = pal.color(QPalette.ColorRole.Mid)
        grid = QColor(frame)
        grid.setAlpha(90)
        bh = 7.0
        p.setPen(QPen(frame, 1.0))
        p.setBrush(pal.color(QPalette.ColorRole.Base))
        p.drawRoundedRect(QRectF(left, by, span, bh), 2.5, 2.5)
        for g in (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
            if g < self._scale - 1e-9:
                gx = left + span * g / self._scale
                p.setPen(QPen(grid, 1.0))
                p.drawLine(QPointF(gx, by + 1), QPointF(gx, by + bh - 1))
        mean_x = left + span * min(1.0, s.weights[name] / self._scale)
        if mean_x - left > 0.5:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(BAR_COLOUR))
            p.drawRoundedRect(QRectF(left + 0.5, by + 0.5, mean_x - left - 1, bh - 1), 2, 2)
        lo, hi = s.intervals[name]
        x0 = left + span * min(1.0, lo / self._scale)
        x1 = left + span * min(1.0, hi / self._scale)
        wpen = QPen(self._whisker_colour(), 1.6)
        wpen.setCapStyle(Qt.PenCapStyle.FlatCap)
        p.setPen(wpen)
        cy = by + bh / 2
        p.drawLine(QPointF(x0, cy), QPointF(x1, cy))
        p.drawLine(QPointF(x0, by - 1.5), QPointF(x0, by + bh + 1.5))
        p.drawLine(QPointF(x1, by - 1.5), QPointF(x1, by + bh + 1.5))
        ours = s.ours.get(name)
        if ours is not None:
            ox = left + span * min(1.0, ours / self._scale)
            tri = QPainterPath()
            tri.moveTo(ox, by + bh + 0.5)
            tri.lineTo(ox - 3.5, by + bh + 5)
            tri.lineTo(ox + 3.5, by + bh + 5)
            tri.closeSubpath()
            p.fillPath(tri, pal.color(QPalette.ColorRole.WindowText))

    def _paint_axis(self, p: QPainter, sfm: QFontMetrics, y: float) -> float:
        """The scale under the bars; returns the y below it."""
        left, span = self._bar_span()
        step = 0.1 if self._scale <= 0.6 else 0.2
        ticks = []
        k = 0
        while k * step <= self._scale + 1e-9:
            v = k * step
            gx = left + span * v / self._scale
            t = f"{100 * v:.0f}" + (" %" if abs(v - self._scale) < 1e-9 else "")  # whole numbers: no separator
            tw = sfm.horizontalAdvance(t)
            tx = max(left, min(gx - tw / 2, left + span - tw) if k else gx)
            ticks.append((tx, tw, t))
            k += 1
        last_x = ticks[-1][0] if ticks else 0.0
        right = -1e9
        for i, (tx, tw, t) in enumerate(ticks):  # drop labels that would run into their neighbours
            if i == len(ticks) - 1 or (tx > right + 4 and tx + tw < last_x - 4):
                p.drawText(QPointF(tx, y + sfm.ascent()), t)
                right = tx + tw
        return y + sfm.height() + 6

    def _paint_legend(self, p: QPainter, sfm: QFontMetrics, y: float) -> None:
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = secondary_text_colour(pal)
        for items in self._legend_lines():
            x = 4.0
            for kind, label_text in items:
                box = QRectF(x, y + (sfm.height() - 12) / 2, 14, 12)
                if kind in DIRECTION_WORDS:
                    paint_direction(p, box, kind, text)
                elif kind == "bar":
                    p.setPen(Qt.PenStyle.NoPen)
                    p.setBrush(QColor(BAR_COLOUR))
                    p.drawRoundedRect(QRectF(box.left(), box.center().y() - 3, 14, 6), 2, 2)
                elif kind == "range":
                    p.setPen(QPen(self._whisker_colour(), 1.6))
                    cy = box.center().y()
                    p.drawLine(QPointF(box.left() + 1, cy), QPointF(box.right() - 1, cy))
                    p.drawLine(QPointF(box.left() + 1, cy - 3.5), QPointF(box.left() + 1, cy + 3.5))
                    p.drawLine(QPointF(box.right() - 1, cy - 3.5), QPointF(box.right() - 1, cy + 3.5))
                else:
                    tri = QPainterPath()
                    cx, cy = box.center().x(), box.center().y()
                    tri.moveTo(cx, cy - 3)
                    tri.lineTo(cx - 4, cy + 3)
                    tri.lineTo(cx + 4, cy + 3)
                    tri.closeSubpath()
                    p.fillPath(tri, text)
                p.setPen(muted)
                p.drawText(QPointF(x + 18, y + sfm.ascent()), label_text)
                x += 18 + sfm.horizontalAdvance(label_text) + 10
            y += sfm.height() + 4

    # -- tooltips ----------------------------------------------------------------------------
    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and self._snap is not None:
            pos = e.pos()
            for name, r in zip(self._snap.names, self._rows):
                if r.contains(QPointF(pos)):
                    QToolTip.showText(e.globalPos(), self.row_text(name), self)
                    return True
            QToolTip.hideText()
            e.ignore()
            return True
        return super().event(e)

