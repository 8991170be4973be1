"""Shared look of the plots: package markers, colours, line pens, legend samples.

Both plots mark packages the same way, so that "B" is the same orange square on the value
map and on the outcome plot:

* each MESO set (in the plan's order) gets its own marker shape and colour (Okabe–Ito
  colours, distinguishable with the common colour-vision deficiencies), and its packages
  are labelled with their letters;
* any other package is a white circle labelled with its (shortened) name;
* a package that breaks a hard limit or uses an unacceptable option has a red outline and
  a "⚠" after its label (``docs/decisions.md``: every view marks it plainly);
* the selected package gets a ring.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from pyqtgraph.graphicsItems.ScatterPlotItem import drawSymbol
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPalette, QPen, QPicture
from PySide6.QtWidgets import QApplication

from ...model.language import number, tr
from ...model.plan import Plan

#: Okabe–Ito colours for MESO sets (orange, sky blue, bluish green, reddish purple, blue,
#: vermillion, yellow).
SET_COLOURS = ("#E69F00", "#56B4E9", "#009E73", "#CC79A7", "#0072B2", "#D55E00", "#F0E442")
#: Marker shapes for MESO sets, in order.
SET_SYMBOLS = ("s", "t", "d", "h", "p", "star", "t1")
OTHER_SYMBOL = "o"
OTHER_COLOUR = "#FFFFFF"
OUTLINE = "#1a1a1a"
DANGER = "#C62828"
#: Target level line (white with a dark halo reads on every colour of viridis).
TARGET_COLOUR = "#FFFFFF"
RESERVATION_COLOUR = "#FF5A36"
HALO = QColor(0, 0, 0, 150)
MARKER_SIZE = 12
SELECTED_SIZE = 15
LABEL_CHARS = 18


def value_colormap() -> pg.ColorMap:
    """The perceptually uniform colour map of our value (viridis)."""
    return pg.colormap.get("viridis")


def text_colour() -> QColor:
    app = QApplication.instance()
    pal = app.palette() if app is not None else QPalette()
    return pal.color(QPalette.ColorRole.WindowText)


def ink(light: str | QColor) -> QColor:
    """``light`` (a dark line meant for a light plot) on a light palette; on a dark palette the
    palette's text colour, so that lines such as the frontier stay visible (docs/window.md)."""
    text = text_colour()
    return QColor(light) if text.lightness() < 128 else QColor(text)


def muted_text_colour() -> QColor:
    c = QColor(text_colour())
    c.setAlphaF(0.62)
    return c


def hatch_brush(colour: str | QColor = "#3a3a3a", alpha: int = 150) -> QBrush:
    c = QColor(colour)
    c.setAlpha(alpha)
    return QBrush(c, Qt.BrushStyle.BDiagPattern)


def selection_ring() -> tuple[QPen, QPen]:
    """The selected package's ring on the map, (halo, ring): white on a near-black halo, so that
    it reads on every colour of viridis; the legend draws the same (on either palette)."""
    return cosmetic_pen("#111111", 5.0), cosmetic_pen("#FFFFFF", 2.6)


def off_limits_look() -> tuple[QBrush, QBrush, QPen]:
    """How the map draws a part that is off-limits, (wash, hatch, edge): a white wash over the
    surface, a dark hatch, a dark edge; the legend draws the same over a piece of the surface."""
    return QBrush(QColor(255, 255, 255, 95)), hatch_brush("#202020", 170), cosmetic_pen(QColor(30, 30, 30, 200), 1.2)


def short(text: str, n: int = LABEL_CHARS) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


@dataclass(frozen=True)
class PackageStyle:
    """How one package is drawn: marker, colours, label and the set it belongs to."""

    name: str
    label: str
    symbol: str
    colour: str
    set_name: str | None
    set_index: int | None
    acceptable: bool

    def pen(self) -> QPen:
        pen = QPen(QColor(DANGER if not self.acceptable else OUTLINE))
        pen.setWidthF(2.2 if not self.acceptable else 1.3)
        pen.setCosmetic(True)
        return pen

    def brush(self) -> QBrush:
        return QBrush(QColor(self.colour))


def package_styles(plan: Plan) -> dict[str, PackageStyle]:
    """Package name → :class:`PackageStyle`, in the plan's package order."""
    set_of: dict[str, tuple[int, str]] = {}
    for k, s in enumerate(plan.meso_sets):
        for name in s.packages:
            set_of.setdefault(name, (k, s.name))
    out = {}
    for sp in plan.packages:
        acceptable = all(plan.issue(n).is_acceptable(t) for n, t in sp.terms.items())
        if sp.name in set_of:
            k, set_name = set_of[sp.name]
            label = sp.name
            out[sp.name] = PackageStyle(sp.name, short(label, 6), SET_SYMBOLS[k % len(SET_SYMBOLS)],
                                        SET_COLOURS[k % len(SET_COLOURS)], set_name, k, acceptable)
        else:
            out[sp.name] = PackageStyle(sp.name, short(sp.name), OTHER_SYMBOL, OTHER_COLOUR, None, None,
                                        acceptable)
    return out


#: a package label shortened further where the map has no room for its usual one
SHORT_LABEL_CHARS = 7


def label_html(style: PackageStyle, bold: bool = False, chars: int | None = None) -> str:
    """The text next to a package's marker (escaped; "⚠" when it breaks a limit); ``chars``:
    the name shortened to that many characters."""
    label = style.label if chars is None else short(style.name, chars)
    text = escape(label) + (" ⚠" if not style.acceptable else "")
    weight = "700" if bold or style.set_name else "500"
    colour = "#a31515" if not style.acceptable else "#111111"  # DANGER, darker: AA on the label's pale fill (issue 17)
    return f'<span style="color:{colour}; font-weight:{weight};">{text}</span>'


# -- legend ---------------------------------------------------------------------------------------
class _Entry:
    """What a legend swatch stands for: pyqtgraph keys the entry by it (``LegendItem.removeItem``);
    the swatch draws itself from its spec."""

    opts: dict = {}

    def isVisible(self) -> bool:
        return True

    def setVisible(self, _on: bool) -> None:
        pass


class LegendSample(ItemSample):
    """A legend swatch drawn from a small spec: a line, a hatched or filled box, or a marker.
    Clicking it does nothing (pyqtgraph's default hides the item it stands for)."""

    def __init__(self, *, pen: QPen | None = None, halo: QPen | None = None,
                 brush: QBrush | tuple[QBrush, ...] | None = None, symbol: str | None = None,
                 symbol_pen: QPen | None = None, symbol_brush: QBrush | None = None, size: float = 10,
                 box_pen: QPen | None = None) -> None:
        super().__init__(_Entry())  # (not a plot item of its own: a curve and a scatter each, unused)
        self.spec = dict(pen=pen, halo=halo, brush=brush, symbol=symbol, symbol_pen=symbol_pen,
                         symbol_brush=symbol_brush, size=size, box_pen=box_pen)

    def paint(self, p: QPainter, *args) -> None:
        s = self.spec
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if s["brush"] is not None:  # one fill, or several one over the other (the box's pen last)
            box = QRectF(3, 4, 14, 13)
            p.setPen(Qt.PenStyle.NoPen)
            for b in s["brush"] if isinstance(s["brush"], tuple) else (s["brush"],):
                p.setBrush(b)
                p.drawRect(box)
            if s["box_pen"] is not None:
                p.setPen(s["box_pen"])
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(box)
        if s["halo"] is not None and s["symbol"] is not None:  # a marker on a halo (the selection ring)
            p.save()
            p.translate(10, 10.5)
            drawSymbol(p, s["symbol"], s["size"], s["halo"], QBrush(Qt.BrushStyle.NoBrush))
            p.restore()
        elif s["halo"] is not None:
            p.setPen(s["halo"])
            p.drawLine(QPointF(1, 10.5), QPointF(19, 10.5))
        if s["pen"] is not None:
            p.setPen(s["pen"])
            p.drawLine(QPointF(1, 10.5), QPointF(19, 10.5))
        if s["symbol"] is not None:
            p.translate(10, 10.5)
            drawSymbol(p, s["symbol"], s["size"], s["symbol_pen"] or cosmetic_pen(OUTLINE, 1.2),
                       s["symbol_brush"] or QBrush(QColor(OTHER_COLOUR)))

    def mouseClickEvent(self, event) -> None:
        event.accept()


def make_legend(columns: int = 1) -> pg.LegendItem:
    legend = pg.LegendItem(horSpacing=4, verSpacing=-4, labelTextColor=text_colour(), labelTextSize="8pt",
                           colCount=columns, sampleType=LegendSample)
    legend.setBrush(QBrush(Qt.BrushStyle.NoBrush))
    legend.setPen(QPen(Qt.PenStyle.NoPen))
    return legend


def fill_legend(legend: pg.LegendItem, plan: Plan, target: float) -> None:
    """The legend's entries: target and reservation lines, off-limits, every MESO set's
    marker, other packages, the selection ring. Entries that stay (the same swatch) are kept,
    their words set again; only the rest are made anew (a MESO set added: its entry and the
    two after it, not all twelve — each entry is a few graphics items to make)."""
    others = any(plan.meso_set_of(n) is None for n in plan.package_names)
    S = LegendSample
    entries: list[tuple[tuple, Callable[[], LegendSample], str]] = [
        (("target",), lambda: S(pen=cosmetic_pen(TARGET_COLOUR, 2.4), halo=cosmetic_pen(HALO, 4.6)),
         escape(tr("target {target:.1f}", "plot legend").format(target=target))),
        (("reservation",), lambda: S(pen=cosmetic_pen(RESERVATION_COLOUR, 2.2, Qt.PenStyle.DashLine),
                                     halo=cosmetic_pen(HALO, 4.2)),
         escape(tr("reservation {reservation:.1f}", "plot legend").format(reservation=plan.reservation))),
        (("off-limits",), lambda: S(brush=(QBrush(value_colormap().mapToQColor(0.5)), *off_limits_look()[:2]),
                                    box_pen=off_limits_look()[2]), escape(tr("off-limits", "plot legend"))),
    ]
    for k, s in enumerate(plan.meso_sets):
        symbol, colour = SET_SYMBOLS[k % len(SET_SYMBOLS)], SET_COLOURS[k % len(SET_COLOURS)]
        entries.append((("set", symbol, colour), lambda symbol=symbol, colour=colour: S(
            symbol=symbol, symbol_brush=QBrush(QColor(colour)), size=10), escape(short(s.name, 14))))
    if others:
        entries.append((("others",), lambda: S(symbol=OTHER_SYMBOL, size=10), escape(tr("other packages", "plot legend"))))
    entries.append((("selected",), lambda: S(symbol="o", size=13, halo=selection_ring()[0],
                                             symbol_pen=selection_ring()[1], symbol_brush=QBrush(Qt.BrushStyle.NoBrush)),
                    escape(tr("selected", "plot legend"))))
    had = getattr(legend, "_entry_keys", None)
    keep = 0
    if had is not None and len(had) == len(legend.items):
        while keep < min(len(had), len(entries)) and had[keep] == entries[keep][0]:
            keep += 1
    else:
        legend.clear()
    for sample, _label in legend.items[keep:]:
        legend.removeItem(sample.item)  # (its own plot item: exactly this entry)
    for (_key, _make, text), (_sample, label) in zip(entries, legend.items):
        if label.text != text:
            label.setText(text)
    for _key, make, text in entries[keep:]:
        legend.addItem(make(), text)
    legend._entry_keys = [key for key, _make, _text in entries]
    legend._unplaced = True  # the entries are placed in their rows by fit_legend, once


def fit_legend(legend: pg.LegendItem, room: float) -> int | None:
    """As many entries per row as ``room`` pixels hold (one row on a wide map, two or three on
    a narrow one); returns the legend's height, None when it is empty. A legend wider than
    the view would widen the whole plot past it and push the colour bar out of sight. The
    widths are reckoned from the entries' own (:func:`_legend_width`); the entries are placed
    once, in the rows chosen."""
    n = len(legend.items)
    if not n:
        return None
    widths = _legend_widths(legend)
    cols = n
    while cols > 1 and _legend_width(legend, widths, cols) > room:
        cols -= 1
    if legend.columnCount != cols or getattr(legend, "_unplaced", False):
        legend.columnCount = 0  # (pyqtgraph re-places the entries only for another count)
        legend.setColumnCount(cols)
        legend._unplaced = False
    rows = -(-n // cols)
    return 24 + 20 * (rows - 1)


def _legend_widths(legend: pg.LegendItem) -> dict:
    """The legend's width with each number of columns reckoned so far (and each entry's, under
    ``"entries"``), kept while its entries stay the same (a map resized a few times in a row: a
    workspace switch)."""
    key = tuple((id(sample), id(label), label.text) for sample, label in legend.items)
    kept = getattr(legend, "_fitted_widths", None)
    if kept is None or kept[0] != key:
        kept = (key, {})
        legend._fitted_widths = kept
    return kept[1]


def _legend_width(legend: pg.LegendItem, widths: dict, cols: int) -> float:
    """The legend's width with ``cols`` entries per row, as its grid lays them out (each column
    as wide as its widest swatch and its widest words, the spacing between them), reckoned
    without placing the entries: placing them once per number of columns tried made adding a
    MESO set lay the legend out ten times (~4 ms of the map's redraw on a big plan)."""
    if cols not in widths:
        if "entries" not in widths:
            pref = Qt.SizeHint.PreferredSize
            widths["entries"] = ([sample.effectiveSizeHint(pref).width() for sample, _ in legend.items],
                                 [label.effectiveSizeHint(pref).width() for _, label in legend.items])
        swatch, words = widths["entries"]
        left, _top, right, _bottom = legend.layout.getContentsMargins()
        widths[cols] = (sum(max(swatch[j::cols]) + max(words[j::cols]) for j in range(cols))
                        + legend.layout.horizontalSpacing() * (2 * cols - 1) + left + right)
    return widths[cols]


def cosmetic_pen(colour: str | QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(QColor(colour))
    pen.setWidthF(width)
    pen.setCosmetic(True)
    pen.setStyle(style)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def style_axis(axis: pg.AxisItem, title: str) -> None:
    axis.enableAutoSIPrefix(False)
    axis.setLabel(title)
    axis.label.setDefaultTextColor(text_colour())
    axis.setTextPen(text_colour())
    axis.setPen(muted_text_colour())


class NumberAxis(pg.AxisItem):
    """An axis whose numbers carry thousands separators (110,000 rather than 110000) and
    never switch to SI prefixes or scientific notation."""

    def __init__(self, orientation: str, **kw) -> None:
        super().__init__(orientation, **kw)
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values, scale, spacing):
        if not len(values):
            return []
        places = max(0, int(math.ceil(-math.log10(spacing * scale)))) if spacing > 0 else 0
        return [number(v * scale, places) for v in values]


def fitting_title(axis: pg.AxisItem, candidates: list[str], room: float) -> str:
    """The first of ``candidates`` whose text fits ``room`` pixels in the axis label's font."""
    fm = QFontMetricsF(axis.label.font())
    for text in candidates:
        if fm.horizontalAdvance(text) <= room:
            return text
    return candidates[-1]


# -- room for tick labels ----------------------------------------------------------------------------
def tick_text_width(axis: pg.AxisItem, labels) -> float:
    """The width (pixels) of the widest of ``labels`` as ``axis`` draws its tick labels (the
    same font and the same measurement as pyqtgraph's, which drops a label that does not fit)."""
    pic = QPicture()
    p = QPainter(pic)
    try:
        if axis.style.get("tickFont") is not None:
            p.setFont(axis.style["tickFont"])
        return max((p.boundingRect(QRectF(0, 0, 100, 100), Qt.AlignmentFlag.AlignCenter, str(s)).width()
                    for s in labels), default=0.0)
    finally:
        p.end()


def reserve_tick_text(axis: pg.AxisItem, labels) -> int:
    """Make a vertical axis exactly wide enough for ``labels`` (its tick labels are known:
    options, or whole terms), from the first paint on and whatever the font. Returns the
    text width reserved."""
    w = int(math.ceil(tick_text_width(axis, labels))) + 2
    if axis.style["autoExpandTextSpace"] or axis.style["tickTextWidth"] != w:
        axis.setStyle(autoExpandTextSpace=False, tickTextWidth=w)
    return w


def auto_tick_text(axis: pg.AxisItem) -> None:
    """Let pyqtgraph size a vertical axis from the tick labels it draws (numbers chosen by it)."""
    if not axis.style["autoExpandTextSpace"]:
        axis.setStyle(autoExpandTextSpace=True)


def fit_colorbar_axis(axis: pg.AxisItem, lo: float = 0.0, hi: float = 100.0) -> int:
    """Fix the width of a colour bar's value axis to its widest tick label (pyqtgraph gives it
    a constant 45 pixels, which clips "100" in a larger font). Returns the width."""
    labels = axis.tickStrings([lo, (lo + hi) / 2, hi], 1.0, (hi - lo) / 5 or 1.0)
    text = tick_text_width(axis, labels)
    w = int(math.ceil(text)) + axis.style["tickTextOffset"][0] + max(0, axis.style["tickLength"]) + 3
    if axis.label.isVisible() and axis.labelText:
        w += int(math.ceil(axis.label.boundingRect().height() * 0.8))
    if axis.fixedWidth != w:
        axis.setWidth(w)
    return w
