"""The value curve of one issue, drawn and edited in a small pyqtgraph plot.

* Numeric issue: our value (0–100 points) over the issue's range, the unit on the x axis,
  the terms beyond the hard limit shaded as off-limits (the limit line can be dragged), the
  grid of possible terms as dots when it is coarse enough to see, and the selected
  package's term as a marker. A breakpoint curve shows its points as handles: drag one
  (live preview, one undo step when the drag ends), double-click the plot to add one,
  right-click a handle to remove it. Diminishing/accelerating curves get a *Bend* control.
* Categorical issue: one bar per option with its value; drag a bar's handle up or down to
  set the value (one undo step per drag). Options we can never accept are hatched red.

A drag tick only moves the handle and redraws the preview line (no plan is built until
the drag ends), so it stays far below one frame.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from ....model.edits.curve_edits import (
    add_breakpoint,
    breakpoint_stop,
    clamp_value,
    constrain_breakpoint,
    curve_warning,
    remove_breakpoint,
    set_breakpoints,
    set_curvature,
    set_hard_limit,
    set_option_value,
    snap_to_range,
)
from ....model.edits.issue_edits import IssueEdit
from ....model.language import current_language, localise_number, tr
from ....model.preferences.issue_text import CURVE_LABELS
from ....model.preferences.issues import CategoricalIssue, Curve, Direction, Issue, NumericIssue
from ..common import steady
from ..entry_spin import DoubleSpinBox
from ..look import is_dark, mute, text_colour
from .curve_keys import CurveKeys
from .drag_points import DragPoints

#: Most points sampled to draw a smooth numeric curve.
CURVE_SAMPLES = 200
#: Grids with at most this many terms show each term as a dot on the curve.
MAX_GRID_DOTS = 60
DANGER = QColor(198, 40, 40)


LABELLED_OPTIONS = 12  # more options than this: no value over each bar, thinned option labels


def _accent() -> QColor:
    return QColor(25, 118, 210)


def _g(x: float) -> str:
    """``x`` as ``f"{x:g}"`` writes it, in the language's way (``12.5`` → ``12,5``)."""
    return localise_number(f"{x:g}", float(x), "g", current_language())


class CurveEditor(CurveKeys, QWidget):
    """Shows and edits the value curve of one issue of ``document``'s plan."""

    #: (text, is_error) for the panel's status text
    message = Signal(str, bool)

    def __init__(self, document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self._name: str | None = None
        self._drawn: Issue | None = None
        self._preview: list[tuple[float, float]] = []
        self.setObjectName("curveEditor")
        self.setAccessibleName(tr("Value curve"))
        self.setMinimumSize(260, 150)
        self._current = 0  # the handle the keyboard moves
        self._wanted, self._stopped = (0, 0.0), False  # the point dragged and the value asked; held at its stop
        self._hint_text = ""
        self._build_controls()
        self._build_layout()
        self._build_items()
        self._connect()
        document.changed.connect(self._on_changed)
        document.selectionChanged.connect(lambda _n: self._update_marker())
        self._redraw()

    def _build_controls(self) -> None:
        self.title = QLabel(self)
        self.title.setObjectName("curveTitle")
        f = self.title.font()
        f.setBold(True)
        self.title.setFont(f)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.info = QLabel(self)
        self.info.setObjectName("curveInfo")
        self.info.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.plot = pg.PlotWidget(self)
        self.plot.setObjectName("curvePlot")
        self.plot.setAccessibleName(tr("Value curve plot"))
        self.plot.setMinimumHeight(90)
        self._style_plot()

        self.bend_label = QLabel(tr("Bend"), self)
        self.bend_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.bend_slider.setObjectName("curvatureSlider")
        self.bend_slider.setRange(1, 100)  # 0.1 … 10.0
        self.bend_slider.setAccessibleName(tr("Curve bend"))
        self.bend_slider.setToolTip(tr("How strongly the curve bends: left is nearly straight, right bends hard."))
        self.bend_spin = DoubleSpinBox(self)
        self.bend_spin.setObjectName("curvatureSpin")
        self.bend_spin.setRange(0.1, 50.0)
        self.bend_spin.setDecimals(1)
        self.bend_spin.setSingleStep(0.1)
        self.bend_spin.setAccessibleName(tr("Curve bend value"))
        self.bend_spin.setToolTip(tr("Bend of a diminishing-returns or accelerating curve (0.1–50)."))
        self.bend_spin.setKeyboardTracking(False)
        self.bend_label.setBuddy(self.bend_spin)
        self.hint = QLabel(self)
        self.hint.setObjectName("curveHint")
        self.hint.setWordWrap(False)
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        mute(self.hint)
        small = QFont(self.hint.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.9))
        self.hint.setFont(small)
        self.info.setFont(small)

    def _build_layout(self) -> None:
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title)
        head.addWidget(steady(self.info), 1)  # its text follows every drag
        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(self.bend_label)
        controls.addWidget(self.bend_slider, 1)
        controls.addWidget(self.bend_spin)
        controls.addWidget(self.hint, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.setSpacing(3)
        lay.addLayout(head)
        lay.addWidget(self.plot, 1)
        lay.addLayout(controls)

    def _build_items(self) -> None:
        """The plot's items, created once and shown or hidden per issue kind."""
        pi = self.plot.getPlotItem()
        acc = _accent()
        fill = QColor(acc)
        fill.setAlpha(38)
        self.curve_item = pg.PlotDataItem(pen=pg.mkPen(acc, width=2), fillLevel=0, fillBrush=fill, antialias=True)
        self.grid_dots = pg.ScatterPlotItem(size=4, pen=None, brush=pg.mkBrush(acc))
        region_brush = QColor(DANGER)
        region_brush.setAlpha(36)
        self.limit_region = pg.LinearRegionItem(movable=False, brush=region_brush, pen=pg.mkPen(None))
        self.limit_region.setZValue(-10)
        for ln in self.limit_region.lines:
            ln.setPen(pg.mkPen(None))
        self.limit_line = pg.InfiniteLine(angle=90, movable=True,
                                          pen=pg.mkPen(DANGER, width=1.5, style=Qt.PenStyle.DashLine),
                                          hoverPen=pg.mkPen(DANGER, width=3))
        self.limit_label = pg.InfLineLabel(self.limit_line, tr("limit", "hard limit line"), position=0.97, anchors=[(0, 0), (0, 0)],
                                           color=text_colour(DANGER, self.palette()))
        self.marker = pg.ScatterPlotItem(size=11, symbol="d", pen=pg.mkPen("w", width=1), brush=pg.mkBrush(40, 40, 40))
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.6)
        ban = QColor(DANGER)
        ban.setAlpha(110)
        self.banned_bands = pg.BarGraphItem(x=[], height=[], width=0.86, pen=pg.mkPen(None),
                                            brush=QBrush(ban, Qt.BrushStyle.BDiagPattern))
        self.banned_bands.setZValue(-10)
        self.handles = DragPoints(size=11, symbol="o", pen=pg.mkPen("w", width=1.5), brush=pg.mkBrush(acc),
                                  hoverable=True, hoverSize=14, tip=self._tip)
        self.handles.setZValue(20)
        self.value_texts: list[pg.TextItem] = []
        for it in (self.limit_region, self.banned_bands, self.curve_item, self.grid_dots, self.bars,
                   self.limit_line, self.marker, self.handles):
            pi.addItem(it)

    def _connect(self) -> None:
        self.handles.sigDragged.connect(self._on_drag)
        self.handles.sigDragFinished.connect(self._on_drag_finished)
        self.handles.sigRemoveRequested.connect(self._remove_breakpoint)
        self.limit_line.sigPositionChanged.connect(self._on_limit_moving)
        self.limit_line.sigPositionChangeFinished.connect(self._on_limit_moved)
        self.plot.scene().sigMouseClicked.connect(self._on_scene_click)
        self.plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.plot.installEventFilter(self)
        self.plot.setToolTip(tr(
            "Drag a point to change the curve.\nKeyboard: Tab into the plot, ←/→ pick a point, ↑/↓ change its "
            "value (Shift: by 10), Alt+←/→ move a breakpoint along the range, Insert/Delete add or remove "
            "a breakpoint."))
        self.bend_slider.valueChanged.connect(self._on_bend_slider)
        self.bend_slider.sliderReleased.connect(self._end_bend_gesture)
        self.bend_spin.valueChanged.connect(self._on_bend_spin)

    # -- public ------------------------------------------------------------------------
    @property
    def issue_name(self) -> str | None:
        return self._name

    @property
    def issue(self) -> NumericIssue | CategoricalIssue | None:
        if self._name is None:
            return None
        try:
            return self._doc.plan.issue(self._name)
        except KeyError:
            return None

    def focus_chain(self) -> list[QWidget]:
        """Its controls in the order Tab visits them: the plot (arrow keys move a point; only
        while it has points, :meth:`_take_keys`), the bend."""
        return [self.plot, self.bend_spin]

    def set_issue(self, name: str | None) -> None:
        """Show the curve of the issue called ``name`` (None: nothing)."""
        if name == self._name and self.issue is self._drawn:
            return
        if name != self._name:
            self._doc.end_gesture()
            self._current = 0
        self._name = name
        self._redraw()

    def handle_positions(self) -> list[tuple[float, float]]:
        return self.handles.positions

    def viewport_pos(self, x: float, y: float) -> QPoint:
        """Where the data point (x, y) is in the plot's viewport (for mouse-driven tests)."""
        vb = self.plot.getPlotItem().getViewBox()
        return self.plot.mapFromScene(vb.mapViewToScene(QPointF(x, y)))

    def handle_viewport_pos(self, i: int) -> QPoint:
        """Where handle ``i`` is in the plot's viewport."""
        return self.viewport_pos(*self.handles.positions[i])

    # -- look --------------------------------------------------------------------------
    def _style_plot(self) -> None:
        pal = self.palette()
        self.plot.setBackground(pal.color(QPalette.ColorRole.Base))
        pi = self.plot.getPlotItem()
        pi.setMenuEnabled(False)
        pi.hideButtons()
        pi.setMouseEnabled(x=False, y=False)
        pi.showGrid(x=False, y=True, alpha=0.18)
        text = pal.color(QPalette.ColorRole.Text)
        axis_pen = pg.mkPen(pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        for name in ("left", "bottom"):
            ax = pi.getAxis(name)
            ax.setPen(axis_pen)
            ax.setTextPen(text)
            ax.setStyle(tickFont=small, tickLength=-4)
        pi.getAxis("left").setTicks([[(0, "0"), (50, "50"), (100, "100")], [(25, ""), (75, "")]])
        pi.getAxis("left").setWidth(30)
        pi.setLabel("left", tr("points"), **{"font-size": f"{small.pointSizeF():.0f}pt"})
        vb = pi.getViewBox()
        vb.setDefaultPadding(0.0)
        vb.enableAutoRange(False)

    def _tip(self, x: float, y: float, data) -> str:
        issue = self.issue
        if isinstance(issue, CategoricalIssue):
            i = int(round(x))
            if 0 <= i < len(issue.options):
                return tr("{option}: {value:.1f} points\nDrag up or down to change.").format(
                    option=issue.options[i].label, value=y)
            return ""
        if isinstance(issue, NumericIssue):
            return tr("{term} → {value:.1f} points\nDrag to move; right-click to remove.").format(
                term=issue.format_term(x), value=y)
        return ""

    # -- drawing -----------------------------------------------------------------------
    def _redraw(self) -> None:
        issue = self.issue
        self._drawn = issue
        self._preview = []
        pi = self.plot.getPlotItem()
        for t in self.value_texts:
            pi.removeItem(t)
        self.value_texts = []
        if issue is None:
            self.title.setText(tr("No issue selected"))
            self.info.setText("")
            self._hint(tr("Select an issue in the table to see its value curve."))
            for it in (self.curve_item, self.grid_dots, self.bars, self.banned_bands, self.limit_line,
                       self.limit_region, self.marker, self.handles):
                it.setVisible(False)
            self._show_bend(False)
            pi.setLabel("bottom", "")  # not the last issue's name, unit and range
            pi.getAxis("bottom").setTicks([[]])
            self._take_keys(False)
            return
        if isinstance(issue, NumericIssue):
            self._draw_numeric(issue)
        else:
            assert isinstance(issue, CategoricalIssue)
            self._draw_categorical(issue)
        self._take_keys(self.handles.isVisible() and bool(self.handles.positions))
        self._update_marker()

    def _take_keys(self, on: bool) -> None:
        """The plot is a Tab stop while it has points the keys move (breakpoints, options) and
        none on a linear or bent curve, where it showed no mark and the keys did nothing
        (docs/window.md: Tab never lands on a stop that shows nothing). Holding the focus as
        its points go (an undo back to a linear curve), it gives the focus back (the table)."""
        if on == (self.plot.focusPolicy() != Qt.FocusPolicy.NoFocus):
            return
        if not on and self.plot.hasFocus():
            self.focusPreviousChild()
        self.plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus if on else Qt.FocusPolicy.NoFocus)

    def _show_bend(self, on: bool) -> None:
        for w in (self.bend_label, self.bend_slider, self.bend_spin):
            w.setVisible(on)

    def _draw_numeric(self, issue: NumericIssue) -> None:
        pi = self.plot.getPlotItem()
        lower = issue.direction is Direction.LOWER
        shape = tr(CURVE_LABELS[issue.curve])  # marked with QT_TR_NOOP where defined
        if current_language() == "en":
            shape = shape.lower()  # "linear" in the sentence; German nouns keep their capital
        self.title.setText(issue.name)
        self.title.setToolTip((tr("{issue}: {curve}, lower is better") if lower else
                               tr("{issue}: {curve}, higher is better")).format(issue=issue.name, curve=shape))
        self.bars.setVisible(False)
        self.banned_bands.setVisible(False)
        self.curve_item.setVisible(True)
        x_label = f"{issue.name} ({issue.unit})" if issue.unit else issue.name
        pi.setLabel("bottom", x_label)
        pi.getAxis("bottom").setTicks(None)
        span = issue.max - issue.min
        pad = span * 0.03
        pi.getViewBox().setRange(xRange=(issue.min - pad, issue.max + pad), yRange=(-7, 107), padding=0)
        self._draw_numeric_curve(issue)
        grid = issue.grid() if issue.n_steps < MAX_GRID_DOTS else None
        if grid is not None and issue.curve is not Curve.BREAKPOINTS:
            self.grid_dots.setData(x=grid, y=issue.values(grid))
            self.grid_dots.setVisible(True)
        else:
            self.grid_dots.setVisible(False)
        # hard limit
        if issue.hard_limit is not None:
            self.limit_line.setBounds((issue.min, issue.max))
            self.limit_line.blockSignals(True)
            self.limit_line.setValue(issue.hard_limit)
            self.limit_line.blockSignals(False)
            self._set_region(issue, issue.hard_limit)
            self.limit_line.setVisible(True)
            self.limit_region.setVisible(True)
            self.limit_line.setToolTip(
                (tr("Hard limit {limit}: terms above it are never acceptable. Drag to move it.") if lower else
                 tr("Hard limit {limit}: terms below it are never acceptable. Drag to move it.")).format(
                    limit=issue.format_term(issue.hard_limit)))
        else:
            self.limit_line.setVisible(False)
            self.limit_region.setVisible(False)
        # breakpoints or bend
        if issue.curve is Curve.BREAKPOINTS:
            xs = [p[0] for p in issue.breakpoints]
            ys = [p[1] for p in issue.breakpoints]
            self.handles.constrain = self._constrain_breakpoint
            self._set_handles(xs, ys)
            self.handles.setVisible(True)
            self._show_bend(False)
            self._hint(tr("Drag a point · double-click adds one · right-click removes"))
        else:
            self.handles.set_points([], [])
            self.handles.setVisible(False)
            curved = issue.curve in (Curve.CONCAVE, Curve.CONVEX)
            self._show_bend(curved)
            if curved:
                self._set_bend_controls(issue.curvature)
                self._hint("")
            else:
                self._hint(tr("Linear, lower is better · choose Breakpoints to shape it") if lower else
                           tr("Linear, higher is better · choose Breakpoints to shape it"))

    def _draw_numeric_curve(self, issue: NumericIssue, points: list[tuple[float, float]] | None = None) -> None:
        if issue.curve is Curve.BREAKPOINTS or points is not None:
            pts = points if points is not None else list(issue.breakpoints)
            xs = [issue.min, *[p[0] for p in pts], issue.max]
            ys = [pts[0][1], *[p[1] for p in pts], pts[-1][1]]
            self.curve_item.setData(xs, ys)
            return
        n = issue.n_steps + 1
        xs = issue.grid() if n <= CURVE_SAMPLES else np.linspace(issue.min, issue.max, CURVE_SAMPLES)
        if issue.curve is not Curve.LINEAR and n <= CURVE_SAMPLES:
            xs = np.linspace(issue.min, issue.max, CURVE_SAMPLES)  # smooth even on a coarse grid
        self.curve_item.setData(xs, issue.values(xs))

    def _set_region(self, issue: NumericIssue, limit: float) -> None:
        pad = (issue.max - issue.min) * 0.03
        if issue.direction is Direction.LOWER:
            self.limit_region.setRegion((limit, issue.max + pad))
        else:
            self.limit_region.setRegion((issue.min - pad, limit))

    def _draw_categorical(self, issue: CategoricalIssue) -> None:
        pi = self.plot.getPlotItem()
        self.title.setText(issue.name)
        self.title.setToolTip(tr("{issue}: value of each option").format(issue=issue.name))
        self.curve_item.setVisible(False)
        self.grid_dots.setVisible(False)
        self.limit_line.setVisible(False)
        self.limit_region.setVisible(False)
        self._show_bend(False)
        n = len(issue.options)
        xs = np.arange(n, dtype=float)
        ys = issue.grid_values()
        self._set_bars(issue, ys)
        self.bars.setVisible(True)
        bad = [i for i, o in enumerate(issue.options) if not o.acceptable]
        self.banned_bands.setOpts(x=np.array(bad, dtype=float), y0=-4, height=np.full(len(bad), 110.0),
                                  width=0.86)
        self.banned_bands.setVisible(bool(bad))
        pi.setLabel("bottom", issue.name)
        step = -(-n // LABELLED_OPTIONS)  # many options: every step-th label, or they overprint
        pi.getAxis("bottom").setTicks([[(i, o.label) for i, o in enumerate(issue.options) if i % step == 0]])
        pi.getViewBox().setRange(xRange=(-0.6, n - 0.4), yRange=(-7, 120), padding=0)
        self.handles.constrain = self._constrain_option
        self._set_handles(xs, ys)
        self.handles.setVisible(True)
        for i, o in enumerate(issue.options if n <= LABELLED_OPTIONS else ()):  # else: in the tooltip
            t = pg.TextItem(_g(o.value), anchor=(0.5, 1.0), color=self.palette().color(QPalette.ColorRole.Text))
            t.setPos(i, o.value + 3)
            pi.addItem(t)
            self.value_texts.append(t)
        self._hint(tr("Drag a bar's handle to set its value · hatched: never acceptable") if bad else
                   tr("Drag a bar's handle to set its value"))

    def _hint(self, text: str | None = None) -> None:
        """The line under the plot: how to edit the curve (``text``; None: as before), or what is
        wrong with it (flat while its weight counts, against Better)."""
        self._hint_text = self._hint_text if text is None else text
        warning = curve_warning(self._doc.plan, self._name) if self.issue is not None else ""
        self.hint.setText(warning or self._hint_text)
        self.hint.setToolTip(warning or self._hint_text)
        self.hint.setStyleSheet(f"color: {text_colour(DANGER, self.palette()).name()};" if warning else "")

    def _set_bars(self, issue: CategoricalIssue, ys, highlight: int = -1) -> None:
        acc = _accent()
        brushes, pens = [], []
        for i, o in enumerate(issue.options):
            colour = acc if o.acceptable else DANGER
            f = QColor(colour)
            f.setAlpha(150)
            brushes.append(QBrush(f))
            pens.append(pg.mkPen(self._ink(), width=2.5) if i == highlight else pg.mkPen(colour))
        self.bars.setOpts(x=np.arange(len(ys)), height=np.asarray(ys, dtype=float), width=0.6,
                          brushes=brushes, pens=pens)

    def _update_marker(self) -> None:
        issue = self.issue
        plan = self._doc.plan
        name = self._doc.selected_package
        if issue is None or not name:
            self.marker.setVisible(False)
            self.info.setText("")
            return
        try:
            term = plan.stored_package(name).terms[issue.name]
        except KeyError:
            self.marker.setVisible(False)
            self.info.setText("")
            return
        value = issue.value(term)
        if isinstance(issue, CategoricalIssue):
            self._set_bars(issue, issue.grid_values(), highlight=issue.index_of(term))
            self.marker.setVisible(False)
        else:
            self.marker.setData(x=[float(term)], y=[value])
            self.marker.setVisible(True)
        if issue.is_acceptable(term):
            info = tr("{package}: {term} → {value:.0f} pts")
            tip = tr("Package {package}: {term}, {value:.1f} points")
        else:
            info = tr("{package}: {term} → {value:.0f} pts (not acceptable)")
            tip = tr("Package {package}: {term}, {value:.1f} points (not acceptable)")
        self.info.setText(info.format(package=name, term=issue.format_term(term), value=value))
        self.marker.setToolTip(tip.format(package=name, term=issue.format_term(term), value=value))

    def _set_handles(self, xs, ys) -> None:
        n = len(xs)
        self._current = min(max(self._current, 0), max(n - 1, 0))
        focused = self.plot.hasFocus()
        acc = _accent()
        # a ring in the plot's background parts each point from the curve; the one the keys move
        # has a ring in the ink
        ink, ring = self._ink(), self.plot.backgroundBrush().color()
        pens = [pg.mkPen(ink, width=2.5) if focused and i == self._current else pg.mkPen(ring, width=1.5)
                for i in range(n)]
        self.handles.set_points(xs, ys, pen=pens, brush=pg.mkBrush(acc))

    def _ink(self) -> QColor:
        """The marks drawn over the plot (the selected package's option, the point the keys
        move): near-black on a light palette, the palette's text on a dark one, where a fixed
        near-black was invisible on the plot's background (as ``plot.style.ink``)."""
        pal = self.palette()
        return QColor(pal.color(QPalette.ColorRole.Text)) if is_dark(pal) else QColor(30, 30, 30)

    def _restyle_handles(self) -> None:
        if self.handles.isVisible() and self.handles.dragging is None:
            pts = self.handles.positions
            self._set_handles([p[0] for p in pts], [p[1] for p in pts])

    # -- document ----------------------------------------------------------------------
    def _on_changed(self, change) -> None:
        if change.touches("issues") and self.issue is not self._drawn:
            self._redraw()
            return
        if change.touches("packages"):
            self._update_marker()
        if change.touches("weights"):  # a flat curve's weight set to 0, or back
            self._hint()

    def _apply(self, r: IssueEdit, merge_key=None, redraw: bool = True) -> bool:
        """Push an edit of the curve; a refusal is said and the curve redrawn, an edit that
        changes nothing redraws when ``redraw`` (the preview goes back to the plan)."""
        if not r.ok:
            if r.message:
                self.message.emit(r.message, True)
                self._redraw()
            return False
        if not r.text:
            if redraw:
                self._redraw()
            return False
        self._doc.apply(r.plan, r.text, merge_key=merge_key, issue_focus=r.focus)
        self.message.emit(r.message, False)
        return True

    # -- breakpoints -------------------------------------------------------------------
    def _constrain_breakpoint(self, i: int, x: float, y: float) -> tuple[float, float]:
        issue = self.issue
        assert isinstance(issue, NumericIssue)
        self._wanted = (i, y)
        return constrain_breakpoint(issue, self.handles.positions, i, x, y)

    def _on_drag(self, i: int, x: float, y: float) -> None:
        issue = self.issue
        if isinstance(issue, NumericIssue):
            self._preview = self.handles.positions
            self._draw_numeric_curve(issue, self._preview)
            self.info.setText(tr("{term} → {value:.1f} pts").format(term=issue.format_term(x), value=y))
            stop = breakpoint_stop(issue, self._preview, *self._wanted)
            if stop or self._stopped:  # why the point stops, live; the key hint again once it is free
                self.message.emit(stop, False)
            self._stopped = bool(stop)
        elif isinstance(issue, CategoricalIssue):
            ys = [p[1] for p in self.handles.positions]
            self.bars.setOpts(height=np.asarray(ys))
            if i < len(self.value_texts):
                self.value_texts[i].setText(_g(y))
                self.value_texts[i].setPos(i, y + 3)
            self.info.setText(tr("{option} → {value:.1f} pts").format(option=issue.options[i].label, value=y))

    def _on_drag_finished(self, i: int, x: float, y: float) -> None:
        issue = self.issue
        if isinstance(issue, NumericIssue):
            self._stopped = False
            self._apply(set_breakpoints(self._doc.plan, issue.name, self.handles.positions, self._wanted))
        elif isinstance(issue, CategoricalIssue):
            self._apply(set_option_value(self._doc.plan, issue.name, i, y))

    @staticmethod
    def _constrain_option(i: int, x: float, y: float) -> tuple[float, float]:
        return float(i), clamp_value(y, 0)

    def _remove_breakpoint(self, i: int) -> None:
        if self._name is not None:
            self._apply(remove_breakpoint(self._doc.plan, self._name, i), redraw=False)

    def add_breakpoint(self, x: float, y: float) -> bool:
        """Add a breakpoint near (x, y) on a breakpoint curve (one undo step)."""
        if self._name is None:
            return False
        return self._apply(add_breakpoint(self._doc.plan, self._name, x, y), redraw=False)

    def _on_scene_click(self, ev) -> None:
        if not ev.double() or ev.button() != Qt.MouseButton.LeftButton:
            return
        vb = self.plot.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(ev.scenePos()):
            return
        p = vb.mapSceneToView(ev.scenePos())
        if self.add_breakpoint(p.x(), p.y()):
            ev.accept()

    # -- hard limit --------------------------------------------------------------------
    def _on_limit_moving(self) -> None:
        issue = self.issue
        if isinstance(issue, NumericIssue):
            x = snap_to_range(issue, self.limit_line.value())
            self._set_region(issue, x)
            self.info.setText(tr("Hard limit {limit}").format(limit=issue.format_term(x)))

    def _on_limit_moved(self) -> None:
        issue = self.issue
        if isinstance(issue, NumericIssue):
            self._apply(set_hard_limit(self._doc.plan, issue.name, self.limit_line.value()))

    # -- bend --------------------------------------------------------------------------
    def _set_bend_controls(self, k: float) -> None:
        for w in (self.bend_slider, self.bend_spin):
            w.blockSignals(True)
        self.bend_slider.setValue(int(round(min(max(k, 0.1), 10.0) * 10)))
        self.bend_spin.setValue(k)
        for w in (self.bend_slider, self.bend_spin):
            w.blockSignals(False)

    def _on_bend_slider(self, v: int) -> None:
        k = v / 10.0
        issue = self.issue
        if self.bend_slider.isSliderDown() and isinstance(issue, NumericIssue):
            # live preview only; the plan changes once, on release
            preview = issue.model_copy(update={"curvature": k})
            self._draw_numeric_curve(preview)
            if self.grid_dots.isVisible():
                g = issue.grid()
                self.grid_dots.setData(x=g, y=preview.values(g))
            self.bend_spin.blockSignals(True)
            self.bend_spin.setValue(k)
            self.bend_spin.blockSignals(False)
            self.info.setText(tr("Bend {bend:.1f}").format(bend=k))
            return
        self._set_bend(k)

    def _on_bend_spin(self, v: float) -> None:
        self._set_bend(v)

    def _set_bend(self, k: float) -> None:
        issue = self.issue
        if isinstance(issue, NumericIssue):
            r = set_curvature(self._doc.plan, issue.name, k)
            if r.ok and not r.text:
                self._draw_numeric_curve(issue)  # the preview of a slider drag goes back
            else:
                self._apply(r)

    def _end_bend_gesture(self) -> None:
        self._set_bend(self.bend_slider.value() / 10.0)


__all__ = ["CurveEditor", "DragPoints"]
