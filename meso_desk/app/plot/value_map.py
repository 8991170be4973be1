"""ValueMap (``valueMap``): our value over two issues, with the packages on it.

The user picks the X and Y issues (``valueMapX`` / ``valueMapY``; default the two
heaviest). Every other term is fixed at the selected package's terms, so the picture is a
slice through the package space at that package. It shows

* our value as an image in viridis with a colour bar in points;
* the iso-value line of the target level (the package's MESO level, else the aspiration)
  and of the reservation value, labelled, plus faint round-number lines for orientation
  (computed by :mod:`meso_desk.model.offers.value_slice`, not by pyqtgraph's slow IsocurveItem);
* terms beyond a hard limit and unacceptable options hatched as off-limits;
* every package as a marker (MESO sets with their own shapes and letters; the selected
  one ringed; hover for its terms and points; click to select).

Dragging a marker moves the package's X and Y terms (snapped to their steps or options).
With "Hold value" (the package's own switch, also in the Packages panel) the other
unlocked terms are rebalanced so the package keeps the value it had when the drag began.
The drag previews live and is one undo step.

Redraws are coalesced (a single-shot timer, latest change wins) and skipped while the
widget is hidden. The surface and its lines (:func:`compute_surface`) are recomputed in a
worker thread when the weights, the axes or the slice's fixed terms change (latest wins) and
drawn once the changes pause, so a weight drag is never held up by the map
(``docs/decisions.md``); the packages' markers move at once. Export as PNG or SVG from the
toolbar button or the context menu.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from html import escape
from pathlib import Path

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRectF, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QMenu,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...model.base import Term
from ...model.offers.value_slice import IsoLine, ValueSlice, default_axes, target_level, value_slice
from ...model.plan import Plan
from ..document import Change, PlanDocument
from . import style
from .background import PacedView
from .export import ExportError, ask_export_path, export_item

#: Faint orientation lines drawn at most.
FAINT_LINES = 6



# ------------------------------------------------------------------------------ graphics items
class OffLimits(pg.GraphicsObject):
    """Hatched rectangles (data coordinates) over the off-limits parts of the map.

    The hatch is drawn in device pixels, so it looks the same whatever the axes' scales."""

    def __init__(self) -> None:
        super().__init__()
        self._rects: list[QRectF] = []
        self._bounds = QRectF()
        self._hatch = style.hatch_brush("#202020", 170)
        self._wash = QBrush(QColor(255, 255, 255, 95))
        self._edge = style.cosmetic_pen(QColor(30, 30, 30, 200), 1.2)

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


@dataclass(frozen=True, eq=False)
class MapSurface:
    """The heavy part of the map: the value slice and its iso-value lines."""

    key: tuple
    slice: ValueSlice
    lines: list[IsoLine]
    target: float
    reservation: float


def surface_key(plan: Plan, x: str, y: str, selected: str | None) -> tuple:
    """What the surface depends on: the issues, weights, axes, the selected package's *other*
    terms, the target and the reservation (a term moved on the map's axes, or another
    package's term, only moves points)."""
    fixed = None
    if selected is not None:
        fixed = tuple((k, v) for k, v in plan.stored_package(selected).terms.items() if k not in (x, y))
    return (plan.issues, tuple(plan.weights.values()), x, y, fixed, selected is None,
            target_level(plan, selected), plan.reservation)


def compute_surface(payload: tuple, stale=lambda: None) -> MapSurface:
    """The value slice of ``payload = (plan, x, y, selected)`` and its lines (pure model code:
    runs in a worker thread; ``stale()`` raises when a newer request is waiting)."""
    plan, x, y, selected = payload
    target = target_level(plan, selected)
    s = value_slice(plan, x, y, selected)
    stale()
    lines = s.lines(target, plan.reservation, faint=FAINT_LINES)
    return MapSurface(surface_key(plan, x, y, selected), s, lines, target, plan.reservation)


@dataclass
class _Drag:
    name: str
    base: Plan
    last: tuple[Term, Term] | None = None
    message: str = ""


# ------------------------------------------------------------------------------------ the widget
class ValueMap(PacedView, QWidget):
    """The iso-value map of two issues with the plan's packages on it."""

    #: emitted after every redraw (for tests and benchmarks)
    redrawn = Signal()

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("valueMap")
        self._doc = document
        self._x: str | None = None
        self._y: str | None = None
        self._slice: ValueSlice | None = None
        self._lines: list[IsoLine] = []
        self._drag: _Drag | None = None
        self._status = ""
        self._info = None
        self._info_shown: str | None = None
        self._surface: MapSurface | None = None
        self._arrived: MapSurface | None = None  # computed, waiting for the changes to pause
        self._axes_key: tuple | None = None
        self._points_key: tuple | None = None
        self._label_html: dict[str, str] = {}
        self._hovering = False
        self._init_pacing(document, compute_surface, "value-map", self._on_surface)
        self._build()
        document.changed.connect(self._on_changed)
        document.selectionChanged.connect(self._on_selection)
        self._sync_axes(None)
        self.schedule()

    # ============================================================== construction
    def _build(self) -> None:
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 2, 4, 2)
        lay.setSpacing(2)

        bar = QHBoxLayout()
        bar.setSpacing(4)
        self.x_combo = QComboBox()
        self.x_combo.setObjectName("valueMapX")
        self.x_combo.setToolTip("The issue along the horizontal axis")
        self.y_combo = QComboBox()
        self.y_combo.setObjectName("valueMapY")
        self.y_combo.setToolTip("The issue along the vertical axis")
        for c in (self.x_combo, self.y_combo):
            c.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            c.setMinimumContentsLength(8)
            c.currentTextChanged.connect(self._on_combo)
        self.swap_button = QToolButton()
        self.swap_button.setObjectName("valueMapSwap")
        self.swap_button.setText("⇄")
        self.swap_button.setToolTip("Swap the X and Y issues")
        self.swap_button.setAutoRaise(True)
        self.swap_button.clicked.connect(self.swap_axes)
        xl = QLabel("&X:")
        xl.setBuddy(self.x_combo)
        yl = QLabel("&Y:")
        yl.setBuddy(self.y_combo)
        bar.addWidget(xl)
        bar.addWidget(self.x_combo)
        bar.addWidget(self.swap_button)
        bar.addWidget(yl)
        bar.addWidget(self.y_combo)
        bar.addStretch(1)
        self.hold_box = QCheckBox("Hold value")
        self.hold_box.setObjectName("valueMapHold")
        self.hold_box.setToolTip("Dragging the selected package on the map keeps its value: its other "
                                 "unlocked terms are rebalanced (the package's own “Hold value” switch)")
        self.hold_box.toggled.connect(self._on_hold_toggled)
        bar.addWidget(self.hold_box)
        self.export_button = QToolButton()
        self.export_button.setObjectName("valueMapExport")
        self.export_button.setText("Export")
        self.export_button.setToolTip("Save the map as a PNG image or an SVG drawing")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setAutoRaise(True)
        self.export_menu = QMenu(self.export_button)
        self.action_png = self.export_menu.addAction("Export as &PNG…", lambda: self.export_dialog(".png"))
        self.action_png.setObjectName("actionValueMapPng")
        self.action_svg = self.export_menu.addAction("Export as &SVG…", lambda: self.export_dialog(".svg"))
        self.action_svg.setObjectName("actionValueMapSvg")
        self.export_button.setMenu(self.export_menu)
        bar.addWidget(self.export_button)
        lay.addLayout(bar)

        self.stack = QStackedWidget()
        self.view = pg.GraphicsLayoutWidget()
        self.view.setObjectName("valueMapView")
        self.view.setBackground(None)
        self.view.ci.setContentsMargins(2, 4, 2, 2)
        self.view.ci.layout.setHorizontalSpacing(2)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.plot: pg.PlotItem = self.view.ci.addPlot(
            row=0, col=0, axisItems={"left": style.NumberAxis("left"), "bottom": style.NumberAxis("bottom")})
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        self.plot.vb.setDefaultPadding(0)
        for side in ("top", "right"):
            self.plot.showAxis(side)
            ax = self.plot.getAxis(side)
            ax.setStyle(showValues=False, tickLength=0)
            ax.setPen(style.muted_text_colour())

        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(-10)
        self.plot.addItem(self.image)
        self.colorbar = pg.ColorBarItem(values=(0, 100), colorMap=style.value_colormap(), width=13,
                                        label="Our value (points)", interactive=False, colorMapMenu=False)
        self.colorbar.setImageItem(self.image, insert_in=self.plot)
        style.style_axis(self.colorbar.getAxis("right"), "")
        self.colorbar.getAxis("right").showLabel(False)
        style.fit_colorbar_axis(self.colorbar.getAxis("right"))  # "100" whole in any font
        self.colorbar.getAxis("left").label.setDefaultTextColor(style.text_colour())
        self.bar_target = pg.InfiniteLine(angle=0, movable=False, pen=style.cosmetic_pen(style.TARGET_COLOUR, 2.0))
        self.bar_reservation = pg.InfiniteLine(angle=0, movable=False,
                                               pen=style.cosmetic_pen(style.RESERVATION_COLOUR, 2.0,
                                                                      Qt.PenStyle.DashLine))
        for item in (self.bar_target, self.bar_reservation):
            self.colorbar.addItem(item)

        self.off_limits = OffLimits()
        self.off_limits.setZValue(-5)
        self.plot.addItem(self.off_limits)

        self.faint_curve = pg.PlotCurveItem(connect="pairs", pen=style.cosmetic_pen(QColor(255, 255, 255, 95), 1.0))
        self.reservation_halo = pg.PlotCurveItem(connect="pairs", pen=style.cosmetic_pen(style.HALO, 4.2))
        self.reservation_curve = pg.PlotCurveItem(
            connect="pairs", pen=style.cosmetic_pen(style.RESERVATION_COLOUR, 2.2, Qt.PenStyle.DashLine))
        self.target_halo = pg.PlotCurveItem(connect="pairs", pen=style.cosmetic_pen(style.HALO, 4.6))
        self.target_curve = pg.PlotCurveItem(connect="pairs", pen=style.cosmetic_pen(style.TARGET_COLOUR, 2.4))
        for z, item in enumerate((self.faint_curve, self.reservation_halo, self.reservation_curve,
                                  self.target_halo, self.target_curve)):
            item.setZValue(z)
            self.plot.addItem(item)
        label_font = QFont()
        label_font.setPointSizeF(max(7.5, label_font.pointSizeF() * 0.85))
        label_font.setBold(True)
        self.target_label = pg.TextItem("", color=QColor(20, 20, 20), fill=QBrush(QColor(255, 255, 255, 215)),
                                        border=style.cosmetic_pen(QColor(60, 60, 60, 150), 1))
        self.reservation_label = pg.TextItem("", color=QColor(150, 25, 10), fill=QBrush(QColor(255, 255, 255, 215)),
                                             border=style.cosmetic_pen(QColor(200, 60, 40, 170), 1))
        for item in (self.target_label, self.reservation_label):
            item.setFont(label_font)
            item.setZValue(20)
            self.plot.addItem(item)
        self._faint_labels: list[pg.TextItem] = []
        self._faint_font = QFont()
        self._faint_font.setPointSizeF(max(7.0, self._faint_font.pointSizeF() * 0.75))

        self.points = PackagePoints(tip=self._point_tip)
        self.plot.addItem(self.points)
        self.ring = pg.ScatterPlotItem(pxMode=True, symbol="o", size=style.SELECTED_SIZE + 12,
                                       pen=style.cosmetic_pen("#FFFFFF", 2.6), brush=QBrush(Qt.BrushStyle.NoBrush))
        self.ring_halo = pg.ScatterPlotItem(pxMode=True, symbol="o", size=style.SELECTED_SIZE + 12,
                                            pen=style.cosmetic_pen("#111111", 5.0),
                                            brush=QBrush(Qt.BrushStyle.NoBrush))
        self.ring_halo.setZValue(28)
        self.ring.setZValue(29)
        # the marker being dragged, on an item of its own: a frame of the drag then repaints
        # the few pixels around it, not the whole area the markers span
        self.drag_marker = pg.ScatterPlotItem(pxMode=True)
        self.drag_marker.setZValue(33)  # above every label: the thing in hand stays in sight
        self.drag_marker.setVisible(False)
        self.plot.addItem(self.drag_marker)
        self._drag_marker_for: str | None = None
        self.plot.addItem(self.ring_halo)
        self.plot.addItem(self.ring)
        # the surface's items change only with a new surface: kept as pixmaps in device
        # coordinates, so a frame of a drag repaints the marker's surroundings by a blit
        # instead of re-stroking every line through them (exports paint the items afresh)
        for item in (self.image, self.off_limits, self.faint_curve, self.reservation_halo, self.reservation_curve,
                     self.target_halo, self.target_curve):
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._point_labels: dict[str, pg.TextItem] = {}
        self.points.sigPointClicked.connect(self._doc.select_package)
        self.points.sigDragStarted.connect(self.begin_drag)
        self.points.sigDragMoved.connect(lambda _name, x, y: self.drag_to(x, y))
        self.points.sigDragFinished.connect(lambda _n: self.end_drag())

        self.legend = style.make_legend(8)
        self.view.ci.addItem(self.legend, row=1, col=0)
        self.legend.setMaximumHeight(24)
        self.view.ci.layout.setRowFixedHeight(1, 24)
        self._legend_key = None
        self.plot.vb.sigResized.connect(self._on_resized)
        self.view.installEventFilter(self)  # fit the title and legend before the view lays out
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)

        self.message = QLabel()
        self.message.setObjectName("valueMapMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setEnabled(False)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.message)
        lay.addWidget(self.stack, 1)
        self.setMinimumSize(320, 220)

    # ============================================================== state for tests and scripts
    @property
    def document(self) -> PlanDocument:
        return self._doc

    @property
    def axes(self) -> tuple[str | None, str | None]:
        """The X and Y issues shown."""
        return self._x, self._y

    @property
    def slice(self) -> ValueSlice | None:
        """The value slice drawn last (None before the first redraw or without two issues)."""
        return self._slice

    @property
    def lines(self) -> list[IsoLine]:
        """The iso-value lines drawn last (target, reservation, then the faint ones)."""
        return list(self._lines)

    def line(self, kind: str) -> IsoLine | None:
        for line in self._lines:
            if line.kind == kind:
                return line
        return None

    def package_position(self, name: str) -> tuple[float, float]:
        """Where package ``name`` is drawn (plot coordinates)."""
        return self.points.position(name)

    @property
    def status(self) -> str:
        """The last message about a drag (how the value held), "" when there is none."""
        return self._status

    # ============================================================== axes
    def _sync_axes(self, change: Change | None) -> None:
        plan = self._doc.plan
        names = plan.issue_names
        old_names = change.old.issue_names if change is not None and change.old is not None else None
        x, y = self._x, self._y
        if old_names is not None and len(old_names) == len(names):  # follow a rename
            x = names[old_names.index(x)] if x in old_names else x
            y = names[old_names.index(y)] if y in old_names else y
        if x not in names or y not in names or x == y:
            d = default_axes(plan)
            if d is None:
                x = y = None
            elif x in names and x != d[1]:
                y = d[1] if d[1] != x else d[0]
            elif y in names and y != d[0]:
                x = d[0] if d[0] != y else d[1]
            else:
                x, y = d
        self._x, self._y = x, y
        for combo, value in ((self.x_combo, x), (self.y_combo, y)):
            with QSignalBlocker(combo):
                if [combo.itemText(i) for i in range(combo.count())] != names:
                    combo.clear()
                    combo.addItems(names)
                combo.setCurrentIndex(names.index(value) if value in names else -1)
                combo.setEnabled(len(names) >= 2)
        self.swap_button.setEnabled(len(names) >= 2)

    def set_axes(self, x: str, y: str) -> None:
        """Show ``x`` across and ``y`` up (two different issues of the plan)."""
        names = self._doc.plan.issue_names
        if x not in names or y not in names:
            raise KeyError(f"no issue called {x if x not in names else y!r}")
        if x == y:
            raise ValueError("choose two different issues for the value map")
        self._x, self._y = x, y
        self._sync_axes(None)
        self.schedule()

    def swap_axes(self) -> None:
        if self._x and self._y:
            self.set_axes(self._y, self._x)

    def _on_combo(self, _text: str) -> None:
        x, y = self.x_combo.currentText(), self.y_combo.currentText()
        if not x or not y:
            return
        if x == y:  # picking the other axis's issue swaps them
            if self.sender() is self.x_combo:
                y = self._x
            else:
                x = self._y
        if (x, y) != (self._x, self._y) and x and y:
            self.set_axes(x, y)

    # ============================================================== reacting to the document
    def _on_changed(self, change: Change) -> None:
        if change.touches("issues"):
            self._sync_axes(change)
        self.schedule()

    def _on_selection(self, _name: str) -> None:
        self.schedule()

    def schedule(self) -> None:
        """Redraw soon (coalesced: many changes in one event-loop pass give one redraw)."""
        self._dirty = True
        self._pacer.changed()
        if self._drag is not None or self._on_screen():
            self._timer.start()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._fit_text()

    def _fit_text(self) -> None:
        """Room for the tick labels in the current font (the colour bar's and the axes')."""
        style.fit_colorbar_axis(self.colorbar.getAxis("right"))
        self._axes_key = None
        if self._slice is not None:
            self._draw_axes(self._slice)

    def shutdown(self) -> None:
        """Stop background work (hidden, or the window is closing); showing it again redraws."""
        self._timer.stop()
        self._job.shutdown()
        if self._arrived is not None:
            self._arrived = None
            self._dirty = True
        self._pacer.drawn()

    # ============================================================== drawing
    def _axes_ready(self, plan: Plan) -> bool:
        return self._x is not None and self._y is not None and len(plan.issues) >= 2

    def _update(self) -> None:
        """The coalesced reaction to changes: the markers at once; a new surface, when one is
        needed, computed in the worker and drawn once the changes pause."""
        if self._drag is None and not self._on_screen():
            return
        plan = self._doc.plan
        if not self._axes_ready(plan):
            self.redraw()
            return
        selected = self._doc.selected_package or None
        key = surface_key(plan, self._x, self._y, selected)
        if self._surface is not None and self._surface.key == key:
            if self._drag is not None:  # the gesture's own feedback now, the rest once it pauses
                self._move_dragged(plan)
                self._pacer.ready()
                return
            if self._pacer.gap > 0:  # a burst of changes from elsewhere: follow once it pauses
                self._pacer.ready()
                return
            self._draw(plan)
            return
        s = self._slice
        if s is not None and (s.x.issue, s.y.issue) == (self._x, self._y) \
                and plan.issue(s.x.issue) == s.plan.issue(s.x.issue) \
                and plan.issue(s.y.issue) == s.plan.issue(s.y.issue):
            # same axes: in a drag on the map its marker (the gesture's own feedback) moves
            # now; the surface, the other markers and the labels follow once the changes pause
            if self._drag is not None:
                self._move_dragged(plan)
            elif self._pacer.gap <= 0 and self._draw_points(plan, s, selected):
                self._place_labels()
        # computed at once in the worker (latest wins), drawn once the changes pause
        self._request(key, (plan, self._x, self._y, selected))
        self._pacer.ready()

    def _heavy(self, stale: bool = False) -> None:
        """The changes paused (or the map is ``stale`` in a long drag): draw the surface that
        has arrived, or have the worker compute the current one."""
        plan = self._doc.plan
        if (self._drag is None and not self._on_screen()) or not self._axes_ready(plan):
            return
        selected = self._doc.selected_package or None
        key = surface_key(plan, self._x, self._y, selected)
        if self._surface is not None and self._surface.key == key:
            if self._dirty:  # only the packages moved (drawn late in a burst)
                self._draw(plan)
            return
        arrived = self._arrived
        if arrived is not None and (arrived.key == key or (stale and arrived.key[2:4] == key[2:4])):
            self._arrived = None
            self._set_surface(arrived)
            self._draw(plan)
            if arrived.key == key:
                return
            self._dirty = True  # a recent surface drawn in a long drag; the latest follows
        self._request(key, (plan, self._x, self._y, selected))

    def _on_surface(self, key: tuple, result: object) -> None:
        if isinstance(result, Exception):
            import logging

            logging.getLogger(__name__).error("the value map could not be computed", exc_info=result)
            self.set_info(f"Could not compute the map: {result}")
            return
        assert isinstance(result, MapSurface)
        self._arrived = result
        self._pacer.ready()

    def redraw(self) -> None:
        """Redraw everything now from the document's plan and selection (computing on this
        thread what is not ready: tests, export, scripts)."""
        self._timer.stop()
        plan = self._doc.plan
        if not self._axes_ready(plan):
            self._job.cancel()
            self._arrived = None
            self._pacer.drawn()
            self._dirty = False
            self._slice = None
            self._surface = None
            self._lines = []
            self.message.setText("The value map needs at least two issues.\nAdd them in the Issues panel."
                                 if len(plan.issues) < 2 else "Choose two issues for the map.")
            self.stack.setCurrentWidget(self.message)
            self._update_hold_box()
            self.set_info("")
            self.redrawn.emit()
            return
        selected = self._doc.selected_package or None
        key = surface_key(plan, self._x, self._y, selected)
        if self._surface is None or self._surface.key != key:
            if self._arrived is not None and self._arrived.key == key:
                surface = self._arrived
            else:
                surface = compute_surface((plan, self._x, self._y, selected))
            self._job.cancel()
            self._arrived = None
            self._set_surface(surface)
        self._draw(plan)

    def _set_surface(self, surface: MapSurface) -> None:
        """Draw a new surface: the image, the off-limits hatching, the lines and the axes."""
        self._surface = surface
        self._slice = s = surface.slice
        self._lines = list(surface.lines)
        self.stack.setCurrentWidget(self.view)
        x0, x1 = s.x.extent
        y0, y1 = s.y.extent
        self.image.setImage(s.values, autoLevels=False, levels=(0.0, 100.0))
        self.image.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))
        self._draw_off_limits(s)
        self._draw_lines(s, surface.target, surface.reservation)
        self._draw_axes(s)
        # a little air around the cells so that markers on the edge of the range show whole
        self.plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0.02)
        self.bar_target.setPos(2.56 * surface.target)
        self.bar_reservation.setPos(2.56 * surface.reservation)

    def _draw(self, plan: Plan) -> None:
        """Draw the packages (and everything cheap) over the current surface."""
        self._timer.stop()
        self._dirty = False
        self._pacer.drawn()
        self.stack.setCurrentWidget(self.view)
        selected = self._doc.selected_package or None
        # same surface; the package whose slice it is may have a new name
        self._slice = s = dataclasses.replace(self._surface.slice, plan=plan, package=selected)
        self._draw_points(plan, s, selected)
        self._update_legend(plan, self._surface.target)
        self._update_hold_box()
        if not self._hovering:
            held = self._status if self._drag is not None else ""
            self.set_info(held or self._info_text(plan, s, selected))
        self._place_labels()
        self.redrawn.emit()

    def _info_text(self, plan: Plan, s: ValueSlice, selected: str | None) -> str:
        if selected is None:
            return "No packages yet: the other terms are at their defaults"
        pts = sum(plan.weights[i.name] * i.value(plan.stored_package(selected).terms[i.name]) for i in plan.issues)
        text = f"Other terms as in “{selected}” ({pts:.1f} points)"
        missing = [f"{kind} {level:.1f}" for kind, level in (("target", target_level(plan, selected)),
                                                              ("reservation", plan.reservation))
                   if (ln := self.line(kind)) is None or ln.empty]
        if missing:
            lo, hi = s.value_range
            text += f" · {' and '.join(missing)} not on this map ({lo:.1f}–{hi:.1f})"
        if s.violations:
            text = "⚠ " + text + " — " + "; ".join(s.violations) + ": all of this map is off-limits"
        return text

    def _draw_off_limits(self, s: ValueSlice) -> None:
        x0, x1 = s.x.extent
        y0, y1 = s.y.extent
        rects = []
        if s.violations:
            rects.append(QRectF(x0, y0, x1 - x0, y1 - y0))
        else:
            for a, b in s.x.off_limits:
                rects.append(QRectF(a, y0, b - a, y1 - y0))
            for a, b in s.y.off_limits:
                rects.append(QRectF(x0, a, x1 - x0, b - a))
        self.off_limits.set_rects(rects)

    def _draw_lines(self, s: ValueSlice, target: float, reservation: float) -> None:
        faint = [ln for ln in self._lines if ln.kind == "faint"]
        segs = [ln.segments for ln in faint if not ln.empty]
        if segs:
            pts = np.concatenate(segs)
            self.faint_curve.setData(pts[:, 0], pts[:, 1])
        else:
            self.faint_curve.setData([], [])
        for kind, halo, curve, label, text in (
                ("target", self.target_halo, self.target_curve, self.target_label, f"Target {target:.1f}"),
                ("reservation", self.reservation_halo, self.reservation_curve, self.reservation_label,
                 f"Reservation {reservation:.1f}")):
            line = self.line(kind)
            if line is None or line.empty:
                halo.setData([], [])
                curve.setData([], [])
                label.setVisible(False)
                continue
            halo.setData(line.x, line.y)
            curve.setData(line.x, line.y)
            label.setText(text)
            label.setVisible(True)
        while len(self._faint_labels) < len(faint):
            t = pg.TextItem("", color=QColor(255, 255, 255, 235), fill=QBrush(QColor(0, 0, 0, 80)))
            t.setFont(self._faint_font)
            t.setZValue(5)
            self.plot.addItem(t)
            self._faint_labels.append(t)
        for k, t in enumerate(self._faint_labels):
            t.setVisible(k < len(faint) and not faint[k].empty)
            if k < len(faint):
                t.setText(f"{faint[k].level:g}")

    # ============================================================== labels (placed in pixels)
    def set_info(self, text: str) -> None:
        """The line above the map: which package the slice is cut through, or the readout."""
        shown = self._fit_info(text)
        if text == self._info and shown == self._info_shown and self.plot.titleLabel.isVisible() == bool(text):
            return
        self._info = text
        self._info_shown = shown
        self.plot.setTitle(escape(shown) if shown else None, size="8.5pt", color=style.text_colour())
        self.plot.titleLabel.setToolTip(text if shown != text else "")
        self.plot.layout.setRowFixedHeight(0, 18 if text else 0)
        self.plot.titleLabel.setMaximumHeight(18 if text else 0)

    def _fit_info(self, text: str) -> str:
        """``text`` shortened with "…" to the map's width: a title wider than the view would
        widen the plot's layout past the view and push the colour bar's numbers out of sight."""
        if not text:
            return text
        f = QFont(self.font())
        f.setPointSizeF(8.5)
        # the title sits over the map's own column: the view less the axes and the colour bar
        side = (self.plot.getAxis("left").width() + self.plot.getAxis("right").width()
                + self.colorbar.boundingRect().width())
        room = max(80.0, self.view.width() - side - 24)
        return QFontMetricsF(f).elidedText(text, Qt.TextElideMode.ElideRight, room)

    @property
    def info(self) -> str:
        return self._info or ""

    def eventFilter(self, obj, event) -> bool:
        if obj is self.view and event.type() == QEvent.Type.Resize:
            # the new width is known before the view sizes its central item: a title or a
            # legend fitted now never makes the plot wider than the view
            if self._info:
                self.set_info(self._info)
            self._fit_legend()
        return super().eventFilter(obj, event)

    def _on_resized(self, *_args) -> None:
        if self._slice is not None:
            self._draw_axes(self._slice)
        self._fit_to_view()
        self._place_labels()

    def _fit_to_view(self) -> None:
        """Title and legend fitted to the view's width, and the plot brought back inside the
        view when something (wider axis labels) had pushed it past."""
        if self._info:
            self.set_info(self._info)
        self._fit_legend()
        ci, v = self.view.ci, self.view
        if ci.geometry().width() > v.width() + 0.5:
            ci.setGeometry(QRectF(0, 0, v.width(), v.height()))

    def _place_labels(self, *_args) -> None:
        """Put every label next to what it names, inside the plot, a few pixels away; line
        labels go to whichever end of their line keeps them clear of the package labels."""
        s = self._slice
        if s is None:
            return
        vb = self.plot.vb
        w_px, h_px = vb.width(), vb.height()
        if w_px < 10 or h_px < 10:
            return
        (x0, x1), (y0, y1) = vb.viewRange()
        sx = (x1 - x0) / w_px  # data units per pixel
        sy = (y1 - y0) / h_px
        labels = []
        for name, t in self._point_labels.items():
            try:
                x, y = self.points.position(name)
            except ValueError:
                continue
            labels.append((t, x, y))
        ring = []
        rx, ry = self.ring.getData()
        if rx is not None and len(rx):  # the selected package's ring is wider than a marker
            ring.append(QRectF((float(rx[0]) - x0) / sx - 14, (float(ry[0]) - y0) / sy - 14, 28, 28))
        taken = style.place_point_labels(vb, labels, taken=ring)
        lines = [(self.line("target"), self.target_label), (self.line("reservation"), self.reservation_label)]
        lines += list(zip([ln for ln in self._lines if ln.kind == "faint"], self._faint_labels))
        for line, t in lines:
            if line is None or line.empty:
                continue
            r = t.textItem.boundingRect()
            w, h = r.width(), r.height()
            fx = (line.x - x0) / sx
            fy = (line.y - y0) / sy
            # candidate places: the line's right-most, top-most, left-most and bottom-most
            # points, then points along it; at each, the text on any side that fits the plot
            order = np.argsort(fx, kind="stable")
            cands = [int(np.argmax(fx * 10 + fy)), int(np.argmax(fy * 10 + fx)), int(np.argmin(fx * 10 - fy)),
                     int(np.argmin(fy * 10 - fx))]
            if line.kind == "reservation":  # start from the other end than the target label
                cands = cands[2:] + cands[:2]
            cands += [int(order[int(q * (len(order) - 1))]) for q in (0.5, 0.3, 0.7, 0.15, 0.85)]
            # right at the line first; then a little away from it (a short line in a crowded
            # corner): every (place, offset, side) at once, the first with the fewest clashes wins
            offsets = np.array([(0, 0), (0, 16), (0, -16), (16, 0), (-16, 0), (12, 28), (12, -28)], float)
            pts = np.column_stack([fx[cands], fy[cands]])
            P = (offsets[:, None, :] + pts[None, :, :]).reshape(-1, 2)  # offset-major: nearer first
            px, py = np.repeat(P[:, 0], 5), np.repeat(P[:, 1], 5)
            sax = np.tile([-1.0, 0.0, 1.0, 0.0, 1.0], len(P))  # -1: no preference
            say = np.tile([-1.0, 1.0, 1.0, 0.0, 0.0], len(P))
            ax = np.where(px + w > w_px - 2, 1.0, 0.0)
            ax = np.where((ax == 1.0) & (px - w < 2), 0.5, ax)
            ay = np.where(py + h > h_px - 2, 0.0, 1.0)  # 0: the text hangs below the point
            ax = np.where(((sax == 0.0) & (px + w <= w_px - 2)) | ((sax == 1.0) & (px - w >= 2)), sax, ax)
            ay = np.where(((say == 1.0) & (py + h <= h_px - 2)) | ((say == 0.0) & (py - h >= 2)), say, ay)
            left = px - ax * w
            bottom = np.where(ay == 0.0, py - h, py)
            if taken:
                T = np.array([(o.left(), o.top(), o.right(), o.bottom()) for o in taken])  # y up: top() = low y
                clash = ((left[:, None] < T[None, :, 2]) & (left[:, None] + w > T[None, :, 0])
                         & (bottom[:, None] < T[None, :, 3]) & (bottom[:, None] + h > T[None, :, 1])).sum(axis=1)
                k = int(np.argmin(clash))  # the first of the least clashing
            else:
                k = 0
            t.setAnchor((float(ax[k]), float(ay[k])))
            t.setPos(x0 + float(px[k]) * sx, y0 + float(py[k]) * sy)
            taken.append(QRectF(float(left[k]), float(bottom[k]), w, h))

    def _draw_points(self, plan: Plan, s: ValueSlice, selected: str | None) -> bool:
        """Move the markers and their labels; False when nothing changed."""
        styles = style.package_styles(plan)
        names, xy, symbols, brushes, pens, sizes = [], [], [], [], [], []
        order = [n for n in plan.package_names if n != selected] + ([selected] if selected in styles else [])
        for name in order:
            st = styles[name]
            terms = plan.stored_package(name).terms
            names.append(name)
            xy.append(s.position(terms))
            symbols.append(st.symbol)
            brushes.append(st.brush())
            pens.append(st.pen())
            sizes.append(style.SELECTED_SIZE if name == selected else style.MARKER_SIZE)
        pkey = (tuple(names), tuple(xy), tuple(styles[n] for n in names), selected)
        if pkey == self._points_key:
            return False
        self._points_key = pkey
        self.points.set_packages(names, np.array(xy).reshape(-1, 2), symbols, brushes, pens, sizes)
        if self._drag_marker_for is not None:  # every marker back on the one item
            self._drag_marker_for = None
            self.drag_marker.setVisible(False)
        if selected in styles:
            sx, sy = s.position(plan.stored_package(selected).terms)
            self.ring.setData([sx], [sy])
            self.ring_halo.setData([sx], [sy])
        else:
            self.ring.setData([], [])
            self.ring_halo.setData([], [])
        # labels: reuse the text items by name
        for gone in set(self._point_labels) - set(names):
            self.plot.removeItem(self._point_labels.pop(gone))
            self._label_html.pop(gone, None)
        for name, (px, py) in zip(names, xy):
            t = self._point_labels.get(name)
            if t is None:
                t = pg.TextItem("", fill=QBrush(QColor(255, 255, 255, 200)), anchor=(0, 0.5))
                t.setZValue(31)
                self.plot.addItem(t)
                self._point_labels[name] = t
            html = style.label_html(styles[name], bold=name == selected)
            if self._label_html.get(name) != html:
                t.setHtml(html)
                self._label_html[name] = html
            t.setPos(px, py)
        return True

    def _move_dragged(self, plan: Plan) -> None:
        """Move only the dragged package's marker, ring and label (a frame of a drag on the
        map); everything else is redrawn once the drag pauses."""
        d, s = self._drag, self._slice
        if d is None or s is None or d.name not in plan.package_names:
            return
        names = self.points.names
        if d.name not in names:
            return
        k = names.index(d.name)
        x, y = s.position(plan.stored_package(d.name).terms)
        ox, oy = self.points.position(d.name)
        if (x, y) == (ox, oy):
            return
        try:
            if self._drag_marker_for != d.name:  # the drag's first frame: hand the marker over
                st = style.package_styles(plan)[d.name]
                selected = d.name == (self._doc.selected_package or None)
                m = self.drag_marker
                m.setSymbol(st.symbol)
                m.setBrush(st.brush())
                m.setPen(st.pen())
                m.setSize(style.SELECTED_SIZE if selected else style.MARKER_SIZE)
                self.points.show_point(k, False)
                self._drag_marker_for = d.name
            self.points.move_point(k, x, y, quiet=True)
            self.drag_marker.setData([x], [y])
            self.drag_marker.setVisible(True)
        except (KeyError, ValueError, TypeError, AttributeError):  # another pyqtgraph's internals
            self._points_key = None
            self._draw_points(plan, s, self._doc.selected_package or None)
            return
        if d.name == (self._doc.selected_package or None):
            self.ring.setData([x], [y])
            self.ring_halo.setData([x], [y])
        t = self._point_labels.get(d.name)
        if t is not None:  # keep the label where it sat beside the marker
            p = t.pos()
            t.setPos(p.x() + x - ox, p.y() + y - oy)
        self._points_key = None  # the full redraw after the drag re-places everything

    def _draw_axes(self, s: ValueSlice) -> None:
        vb = self.plot.vb
        room = {"bottom": vb.width() - 8, "left": vb.height() - 8}
        titles = {}
        for side, axis in (("bottom", s.x), ("left", s.y)):  # the longest title that fits the axis
            titles[side] = style.fitting_title(self.plot.getAxis(side),
                                               [axis.title(), axis.title(better=False), axis.issue], room[side])
        key = (titles["bottom"], s.x.labels, titles["left"], s.y.labels)
        if key == self._axes_key:  # a new label or ticks re-lays the plot out: only when they change
            return
        self._axes_key = key
        for side, axis in (("bottom", s.x), ("left", s.y)):
            ax = self.plot.getAxis(side)
            style.style_axis(ax, escape(titles[side]))
            ax.setToolTip(axis.title())
            labels = None
            if axis.categorical:  # labelled cells in option order
                labels = [str(lab) for lab in axis.labels]
                ax.setTicks([[(float(i), lab) for i, lab in enumerate(labels)], []])
            elif axis.on_step and axis.n <= 12:  # a few whole terms (0–3 remote days): tick each one
                issue = self._doc.plan.issue(axis.issue)
                labels = [issue.format_number(float(c)) for c in axis.coords]
                ax.setTicks([[(float(c), lab) for c, lab in zip(axis.coords, labels)], []])
            else:
                ax.setTicks(None)
            if side == "left":
                # room for the known labels from the first paint on (pyqtgraph would drop the
                # labels wider than the axis until it has grown after a paint, and in an export)
                if labels is not None:
                    style.reserve_tick_text(ax, labels)
                else:
                    style.auto_tick_text(ax)

    def _update_legend(self, plan: Plan, target: float) -> None:
        sets = tuple((s.name, s.level) for s in plan.meso_sets)
        others = any(plan.meso_set_of(n) is None for n in plan.package_names)
        key = (sets, others, round(target, 1), round(plan.reservation, 1))
        if key == self._legend_key:
            return
        self._legend_key = key
        lg = self.legend
        lg.clear()
        lg.setColumnCount(5 + len(plan.meso_sets) + int(others))
        S = style.LegendSample
        lg.addItem(S(pen=style.cosmetic_pen(style.TARGET_COLOUR, 2.4), halo=style.cosmetic_pen(style.HALO, 4.6)),
                   f"target {target:.1f}")
        lg.addItem(S(pen=style.cosmetic_pen(style.RESERVATION_COLOUR, 2.2, Qt.PenStyle.DashLine),
                     halo=style.cosmetic_pen(style.HALO, 4.2)), f"reservation {plan.reservation:.1f}")
        lg.addItem(S(brush=style.hatch_brush("#202020", 200), box_pen=style.cosmetic_pen("#444444", 1)),
                   "off-limits")
        for k, s in enumerate(plan.meso_sets):
            lg.addItem(S(symbol=style.SET_SYMBOLS[k % len(style.SET_SYMBOLS)],
                         symbol_brush=QBrush(QColor(style.SET_COLOURS[k % len(style.SET_COLOURS)])), size=10),
                       escape(style.short(s.name, 14)))
        if others:
            lg.addItem(S(symbol=style.OTHER_SYMBOL, size=10), "other packages")
        lg.addItem(S(symbol="o", size=11, symbol_pen=style.cosmetic_pen("#111111", 2.0),
                     symbol_brush=QBrush(Qt.BrushStyle.NoBrush)), "selected")
        self._fit_legend()

    def _fit_legend(self) -> None:
        """As many legend entries per row as the map's width holds (one row on a wide map,
        two or three on a narrow one): a legend wider than the view would widen the whole
        plot past it and push the colour bar out of sight."""
        lg = self.legend
        n = len(lg.items)
        if not n:
            return
        room = self.view.width() - 12
        cols = n
        while True:
            if lg.columnCount != cols:
                lg.setColumnCount(cols)
            lg.layout.invalidate()
            if cols == 1 or lg.layout.effectiveSizeHint(Qt.SizeHint.PreferredSize).width() <= room:
                break
            cols -= 1
        rows = -(-n // cols)
        h = 24 + 20 * (rows - 1)
        if lg.maximumHeight() != h:
            lg.setMaximumHeight(h)
            self.view.ci.layout.setRowFixedHeight(1, h)

    # ============================================================== hover
    def _point_tip(self, x: float, y: float, data) -> str:
        return self.package_tooltip(str(data))

    def package_tooltip(self, name: str) -> str:
        plan = self._doc.plan
        try:
            pkg = plan.package(name)
        except KeyError:
            return name
        pts = pkg.score
        s = plan.meso_set_of(name)
        head = f"{name} — {pts:.1f} points"
        if s is not None:
            head += f" ({s.name}"
            head += f", level {s.level:.1f})" if s.level is not None else ")"
        lines = [head]
        for issue in plan.issues:
            mark = " ⚠" if not issue.is_acceptable(pkg[issue.name]) else ""
            lines.append(f"  {issue.name}: {issue.format_term(pkg[issue.name])}{mark}")
        if not pkg.acceptable:
            lines.append("Not acceptable: " + "; ".join(pkg.violations))
        if self._slice is not None and name != self._slice.package:
            lines.append(f"(Its other terms differ from “{self._slice.package}”, whose slice the map shows.)")
        else:
            lines.append("Drag to change its " + " and ".join(a for a in self.axes if a) + ".")
        return "\n".join(lines)

    def _on_mouse_moved(self, pos) -> None:
        s = self._slice
        if s is None or self._drag is not None:
            return
        vb = self.plot.vb
        if not vb.sceneBoundingRect().contains(pos):
            if self._hovering:
                self._hovering = False
                self.set_info(self._info_text(self._doc.plan, s, self._doc.selected_package or None))
            return
        p = vb.mapSceneToView(pos)
        self._hovering = True
        self.set_info(self.readout(p.x(), p.y()))

    def readout(self, x: float, y: float) -> str:
        """What the map says at plot coordinates (x, y): the nearest terms and their value."""
        s = self._slice
        if s is None:
            return ""
        tx, ty = s.term_at(s.x, x), s.term_at(s.y, y)
        px, py = s.coord_of(s.x, tx), s.coord_of(s.y, ty)
        v = float(s.value_at(px, py))
        ix = self._doc.plan.issue(s.x.issue)
        iy = self._doc.plan.issue(s.y.issue)
        ok = ix.is_acceptable(tx) and iy.is_acceptable(ty) and s.fixed_acceptable
        return (f"{s.x.issue} {ix.format_term(tx)} · {s.y.issue} {iy.format_term(ty)}: {v:.1f} points"
                + ("" if ok else " — off-limits"))

    # ============================================================== dragging
    def begin_drag(self, name: str) -> None:
        """Start moving package ``name`` on the map (selects it)."""
        self._doc.select_package(name)
        self._drag = _Drag(name, self._doc.plan)
        self._status = ""
        if self._dirty:  # the slice of the newly selected package
            self.redraw()

    def drag_to(self, x: float, y: float) -> bool:
        """Move the dragged package's X and Y terms to the terms nearest (x, y); with
        "Hold value" on, rebalance its other terms. Returns True when the plan changed."""
        d = self._drag
        s = self._slice
        if d is None or s is None:
            return False
        plan = self._doc.plan
        if d.name not in plan.package_names:
            return False
        xi, yi = s.x.issue, s.y.issue
        tx, ty = s.term_at(s.x, x), s.term_at(s.y, y)
        if d.last == (tx, ty):
            return False
        d.last = (tx, ty)
        base_sp = d.base.stored_package(d.name)
        terms: dict[str, Term] = {xi: tx, yi: ty}
        message = ""
        if plan.stored_package(d.name).hold_value:
            from ...model.offers.rebalance import rebalance

            locked = [n for n in base_sp.locked if n not in (xi, yi)]
            try:
                r = rebalance(d.base, d.base.package(d.name), xi, tx, locked=locked, also={yi: ty})
            except (ValueError, KeyError) as e:
                message = f"Can't hold the value: {e}"
            else:
                terms = dict(r.terms)
                if not r.exact:
                    message = f"Can't hold the value: {r.message or f'off by {r.off_by:+.1f} points'}"
                elif r.message:
                    message = r.message
                else:
                    moved = ", ".join(r.changed) if r.changed else "nothing else"
                    message = f"Value held at {r.target:.1f} points ({moved} moved)"
        new_plan = plan.with_terms(d.name, terms)
        d.message = message
        self._status = message
        changed = self._doc.apply(new_plan, f"Move {d.name} on the value map ({xi}, {yi})",
                                  merge_key=("valueMap", d.name))
        # the line above the map shows it when the drag pauses (a new title in every frame
        # would re-lay out the plot); the package's card says it at once
        return changed

    def end_drag(self) -> None:
        """Finish the drag: everything it changed is one undo step."""
        if self._drag is None:
            return
        self._drag = None
        self.schedule()  # everything the drag left for later: drawn now, the drag is over
        self._doc.end_gesture()

    @property
    def dragging(self) -> str | None:
        return self._drag.name if self._drag is not None else None

    # ============================================================== hold value
    def _update_hold_box(self) -> None:
        name = self._doc.selected_package
        plan = self._doc.plan
        with QSignalBlocker(self.hold_box):
            if name and name in plan.package_names:
                self.hold_box.setEnabled(True)
                self.hold_box.setChecked(plan.stored_package(name).hold_value)
                self.hold_box.setToolTip(f"Dragging “{name}” on the map keeps its value: its other unlocked "
                                         "terms are rebalanced (the package's own “Hold value” switch)")
            else:
                self.hold_box.setEnabled(False)
                self.hold_box.setChecked(False)

    def _on_hold_toggled(self, on: bool) -> None:
        self.set_hold_value(on)

    def set_hold_value(self, on: bool, name: str | None = None) -> bool:
        """Switch "Hold value" of package ``name`` (default the selected one); one undo step."""
        name = name or self._doc.selected_package
        plan = self._doc.plan
        if not name or name not in plan.package_names:
            return False
        sp = plan.stored_package(name)
        if sp.hold_value == on:
            return False
        return self._doc.apply(plan.with_package(sp.model_copy(update={"hold_value": on})),
                               f"{'Hold' if on else 'Release'} the value of {name}")

    # ============================================================== export and menu
    def export(self, path: str | os.PathLike[str]) -> Path:
        """Write the map (with its colour bar and legend) to a .png or .svg file."""
        if self._dirty:
            self.redraw()
        return export_item(self.view.ci, path)

    def ask_export_path(self, fmt: str) -> Path | None:
        x, y = self.axes
        stem = f"value map {x} × {y}" if x and y else "value map"
        folder = self._doc.path.parent if self._doc.path else Path.home()
        return ask_export_path(self, "Export Value Map", folder / f"{stem}{fmt}", fmt)

    def export_dialog(self, fmt: str = ".png") -> Path | None:
        path = self.ask_export_path(fmt)
        if path is None:
            return None
        try:
            return self.export(path)
        except ExportError as e:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, "Cannot Export", str(e))
            return None

    def _context_menu(self, pos) -> None:
        menu = QMenu(self)
        menu.addAction(self.action_png)
        menu.addAction(self.action_svg)
        menu.addSeparator()
        swap = QAction("S&wap Axes", menu)
        swap.triggered.connect(self.swap_axes)
        menu.addAction(swap)
        menu.exec(self.view.mapToGlobal(pos))


__all__ = ["ValueMap", "PackagePoints", "OffLimits"]
