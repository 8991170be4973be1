"""OutcomePlot (``outcomePlot``): our value against the counterpart's estimated value.

* a density of sampled acceptable packages (a 2-D histogram image, not thousands of items);
* the exact Pareto frontier under the current estimate of their values — the
  opposed-interests prior until a round is recorded, the posterior mean afterwards;
* the plan's packages (MESO sets with their markers and letters, as on the value map; the
  selected one ringed), with the 80 % credible interval of their value once rounds exist;
* our reservation (and the target level) as vertical lines;
* for the deal phase: the agreed package (``plan.agreement``) and the estimated ZOPA, from
  their reservation — entered (``plan.their_reservation``) or inferred from their reactions.

The y axis says plainly that their values are our estimate. Redraws are coalesced (latest
change wins) and skipped while hidden. The heavy part — the estimate, the exact frontier,
the packages' values under it, the deal marks and the sampled cloud
(:func:`~meso_desk.app.plot.outcome_basis.compute_basis`) — depends on the issues, weights,
rounds, prior and deal fields only, and is computed on the background facility
(:class:`~meso_desk.app.background.LatestJob`, latest wins) and drawn once the changes
pause (a weight drag is never held up by it, ``docs/decisions.md``). A term moved under the
same basis only moves points, at once on the GUI thread.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsPathItem,
    QHBoxLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...model.counterpart.outcome import package_outcomes, sample_cloud, zopa_polygon
from ...model.language import tr
from ...model.offers.status import target_level
from ...model.plan import Plan
from ..document import Change, PlanDocument
from ..widgets.common import ElidedLabel
from ..workspaces import when_arranged
from . import style
from .export import ask_export_path, export_button, export_item, export_menu, export_with_dialog
from .map_labels import marker_boxes
from .outcome_basis import OutcomeBasis, agreed_outcome, basis_key, compute_basis, outcome_ranges, terms_key
from .pacing import PacedView
from .point_labels import PixelFrame, line_label_boxes, place_point_labels

if TYPE_CHECKING:
    from ...model.counterpart.outcome import Cloud, Estimate, PackageOutcome
    from ...model.offers.frontier import Frontier

log = logging.getLogger(__name__)

FRONTIER_COLOUR = "#202020"
CLOUD_COLOUR = (70, 110, 160)
ZOPA_COLOUR = QColor(0, 158, 115, 60)
#: the 80 % range of their estimated walk-away (a band across the plot)
THEIR_BAND_COLOUR = QColor(110, 110, 110, 34)
AGREED_COLOUR = "#F0E442"

#: Narrower than this (pixels), the plot uses its compact layout.
COMPACT_WIDTH = 380


def _cloud_lut() -> np.ndarray:
    """Transparent at zero density, a cool blue-grey growing more opaque with density."""
    n = 256
    lut = np.zeros((n, 4), dtype=np.ubyte)
    r, g, b = CLOUD_COLOUR
    a = np.linspace(0, 1, n) ** 0.8
    lut[:, 0] = r
    lut[:, 1] = g
    lut[:, 2] = b
    lut[:, 3] = (a * 200).astype(np.ubyte)
    lut[0, 3] = 0
    return lut


class OutcomePlot(PacedView, QWidget):
    """Our value (x) against the counterpart's estimated value (y)."""

    redrawn = Signal()

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcomePlot")
        self._doc = document
        self._compact = False
        self._basis: OutcomeBasis | None = None
        self._arrived: OutcomeBasis | None = None  # computed, waiting for the changes to pause
        self._outcome_cache: dict[tuple, PackageOutcome] = {}
        self._points_key: tuple | None = None
        self._label_html: dict[str, str] = {}
        self._marks: dict[str, Any] = {}
        self._estimate: Estimate | None = None
        self._frontier: Frontier | None = None
        self._cloud: Cloud | None = None
        self._outcomes: list[PackageOutcome] = []
        self._zopa: np.ndarray | None = None
        self._their_reservation: tuple[float, float, float] | None = None
        self._agreed: PackageOutcome | None = None
        self._init_pacing(document, compute_basis, "outcome", self._on_basis)
        self._build_view()
        document.changed.connect(self._on_changed)
        document.selectionChanged.connect(lambda _n: self.schedule())
        self.schedule()

    # ============================================================== construction
    def _build_view(self) -> None:
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 2, 4, 2)
        lay.setSpacing(2)
        bar = QHBoxLayout()
        bar.setSpacing(4)
        self.source_label = ElidedLabel()
        self.source_label.setObjectName("outcomePlotSource")
        self.source_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bar.addWidget(self.source_label, 1)
        self.view = pg.GraphicsLayoutWidget()
        self.view.setObjectName("outcomePlotView")
        # no Tab stop: it answers no key and shows no focus mark (its export is on the toolbar button too)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setAccessibleName(tr("Outcome plot"))
        self.view.setAccessibleDescription(tr("Every package as our points against their estimated points, with "
                                              "the frontier, the reservation values and the agreement"))
        self.view.setBackground(None)
        self.view.ci.setContentsMargins(2, 2, 4, 2)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.plot: pg.PlotItem = self.view.ci.addPlot(
            row=0, col=0, axisItems={"left": style.NumberAxis("left"), "bottom": style.NumberAxis("bottom")})
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        for side in ("top", "right"):
            self.plot.showAxis(side)
            ax = self.plot.getAxis(side)
            ax.setStyle(showValues=False, tickLength=0)
            ax.setPen(style.muted_text_colour())
        style.style_axis(self.plot.getAxis("bottom"), escape(tr("Our value (points)")))
        style.style_axis(self.plot.getAxis("left"), escape(tr("Their value (points) — our estimate")))

        self.cloud_image = pg.ImageItem(axisOrder="row-major")
        self.cloud_image.setLookupTable(_cloud_lut())
        self.cloud_image.setZValue(-10)
        self.plot.addItem(self.cloud_image)
        self.zopa_item = QGraphicsPathItem()
        self.zopa_item.setPen(style.cosmetic_pen(QColor(0, 120, 90, 200), 1.2))
        self.zopa_item.setBrush(QBrush(ZOPA_COLOUR))
        self.zopa_item.setZValue(-5)
        self.plot.addItem(self.zopa_item)
        self.frontier_curve = pg.PlotCurveItem(pen=style.cosmetic_pen(style.ink(FRONTIER_COLOUR), 2.0))
        self.frontier_curve.setZValue(5)
        self.plot.addItem(self.frontier_curve)
        self.reservation_line = pg.InfiniteLine(
            angle=90, movable=False, pen=style.cosmetic_pen(style.RESERVATION_COLOUR, 2.0, Qt.PenStyle.DashLine),
            label=tr("reservation {value:.1f}", "plot line"),  # a Message: German decimals
            labelOpts={"position": 0.04, "color": QColor(170, 40, 20), "fill": QBrush(QColor(255, 255, 255, 200)),
                       "anchors": [(0, 1), (0, 1)]})
        self.target_line = pg.InfiniteLine(
            angle=90, movable=False, pen=style.cosmetic_pen(QColor(90, 90, 90), 1.0, Qt.PenStyle.DotLine),
            label=tr("target {value:.1f}", "plot line"),
            labelOpts={"position": 0.96, "color": QColor(60, 60, 60), "fill": QBrush(QColor(255, 255, 255, 200)),
                       "anchors": [(0, 0), (0, 0)]})
        self.their_line = pg.InfiniteLine(
            angle=0, movable=False, pen=style.cosmetic_pen(QColor(0, 120, 90), 1.5, Qt.PenStyle.DashLine),
            label=tr("their reservation (est.) {value:.1f}", "plot line"),
            labelOpts={"position": 0.98, "color": QColor(0, 100, 70), "fill": QBrush(QColor(255, 255, 255, 200)),
                       "anchors": [(1, 1), (1, 1)]})
        f = QFont()
        f.setPointSizeF(max(7.0, f.pointSizeF() * 0.85))
        for item in (self.reservation_line, self.target_line, self.their_line):
            item.setZValue(8)
            item.label.setFont(f)
            self.plot.addItem(item)
        self.their_line.setVisible(False)
        # grey, not the ZOPA's green: across the whole width it read as an estimated ZOPA reaching
        # packages below our reservation; the legend names it
        self.their_band = pg.LinearRegionItem(orientation="horizontal", movable=False,
                                              brush=QBrush(THEIR_BAND_COLOUR),
                                              pen=style.cosmetic_pen(QColor(0, 0, 0, 0), 0))
        self.their_band.setZValue(-6)
        self.their_band.setVisible(False)
        self.plot.addItem(self.their_band)
        self.error_bars = pg.ErrorBarItem(x=np.zeros(0), y=np.zeros(0), top=np.zeros(0), bottom=np.zeros(0),
                                          beam=0.0, pen=style.cosmetic_pen(style.ink(QColor(40, 40, 40, 190)), 1.4))
        self.error_bars.setZValue(9)
        self.plot.addItem(self.error_bars)
        self.points = pg.ScatterPlotItem(pxMode=True, hoverable=True, tip=self._tip)
        self.points.setZValue(30)
        self.points.sigClicked.connect(self._on_point_clicked)
        self.plot.addItem(self.points)
        self.ring = pg.ScatterPlotItem(pxMode=True, symbol="o", size=style.SELECTED_SIZE + 10,
                                       pen=style.cosmetic_pen("#111111", 2.4), brush=QBrush(Qt.BrushStyle.NoBrush))
        self.ring.setZValue(29)
        self.plot.addItem(self.ring)
        self.agreed = pg.ScatterPlotItem(pxMode=True, symbol="star", size=20,
                                         pen=style.cosmetic_pen(style.OUTLINE, 1.3), brush=QBrush(QColor(AGREED_COLOUR)))
        self.agreed.setZValue(32)
        self.plot.addItem(self.agreed)
        self._labels: dict[str, pg.TextItem] = {}
        #: from a marker to its label placed further out (a neighbour in the way)
        self.leaders = pg.PlotCurveItem(connect="pairs", pen=style.cosmetic_pen(QColor(20, 20, 20, 200), 1.0))
        self.leaders.setZValue(30.5)
        self.plot.addItem(self.leaders)
        self._fit_when_shown = False
        self.plot.vb.sigResized.connect(self._on_resized)

        self.legend = style.make_legend(3)
        self.view.ci.addItem(self.legend, row=1, col=0)
        self._legend_key = None

        self.export_button, self.action_png, self.action_svg = export_button(
            self, "outcomePlotExport", tr("Save the outcome plot as a PNG image or an SVG drawing"), "actionOutcome")
        bar.addWidget(self.export_button)
        lay.addLayout(bar)
        lay.addWidget(self.view, 1)
        self.setMinimumSize(240, 220)

    def _on_resized(self, *_args) -> None:
        if not when_arranged(self, self._fit_to_size):  # (a workspace switch: once it has sized the plot)
            self._fit_to_size()

    def _fit_to_size(self) -> None:
        """Labels, axis title and view transform for the plot's size (the transform set in the
        next paint changed every item, painting the plot twice); a hidden plot, when shown."""
        self._fit_when_shown = not self.isVisible()
        if not self._fit_when_shown:
            self._place_labels()
            self._fit_axis_title()
            self.plot.vb.prepareForPaint()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._fit_when_shown:
            self._on_resized()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        compact = self.width() < COMPACT_WIDTH
        if compact != self._compact:
            self._compact = compact
            self._apply_compact()
        self._fit_legend()

    def _apply_compact(self) -> None:
        """Narrow (a side dock): shorter legend and labels; lines labelled directly (redrawn once
        the plot has been painted at its new size: a workspace switch resizes it)."""
        self._legend_key = None
        self._fit_axis_title()
        self._after_paint(changed=True)

    def _fit_axis_title(self, *_args) -> None:
        """The longest y-axis title that fits; each one says the values are an estimate."""
        ax = self.plot.getAxis("left")
        title = style.fitting_title(ax, [escape(tr("Their value (points) — our estimate")),
                                         escape(tr("Their value (estimate)")), escape(tr("Theirs (estimate)")),
                                         escape(tr("Theirs (est.)"))], self.plot.vb.height() - 24)
        if title != ax.labelText:
            style.style_axis(ax, title)

    def _fit_legend(self) -> None:
        cols = 3 if self.width() >= COMPACT_WIDTH else 2
        if self.legend.columnCount != cols:
            self.legend.setColumnCount(cols)

    # ============================================================== state for tests and scripts
    @property
    def estimate(self) -> Estimate | None:
        return self._estimate

    @property
    def frontier(self) -> Frontier | None:
        return self._frontier

    @property
    def cloud(self) -> Cloud | None:
        return self._cloud

    @property
    def outcomes(self) -> list[PackageOutcome]:
        return list(self._outcomes)

    def outcome(self, name: str) -> PackageOutcome:
        for o in self._outcomes:
            if o.name == name:
                return o
        raise KeyError(name)

    @property
    def zopa(self) -> np.ndarray | None:
        return self._zopa

    @property
    def agreement(self) -> PackageOutcome | None:
        return self._agreed

    @property
    def their_reservation(self) -> tuple[float, float, float] | None:
        """Their estimated reservation drawn: ``(value, low, high)`` or None."""
        return self._their_reservation

    # ============================================================== reacting
    def _on_changed(self, change: Change) -> None:
        self.schedule()

    def schedule(self) -> None:
        self._dirty = True
        self._pacer.changed()
        if self._on_screen():  # not behind another tab
            self._timer.start()

    def shutdown(self) -> None:
        """Stop background work (hidden, or the window is closing); showing it again redraws."""
        self._timer.stop()
        self._job.shutdown()
        self._arrived = None
        self._pacer.drawn()
        if self._basis is None or self._basis.key != basis_key(self._doc.plan):
            self._dirty = True

    # ============================================================== drawing
    def _update(self) -> None:
        """The coalesced reaction to changes: the points at once when the basis still holds;
        else a new basis — computed in the worker and drawn once the changes pause."""
        if not self._on_screen():
            return
        plan = self._doc.plan
        if not plan.issues:
            self.redraw()
            return
        key = basis_key(plan)
        if self._basis is not None and self._basis.key == key:
            if self._pacer.holds:  # a burst of changes (a drag elsewhere, new cards): follow once it pauses
                self._pacer.ready()
                return
            self._draw(plan, self._basis)
            return
        # computed at once in the worker (latest wins), drawn once the changes pause: by then
        # the basis of the last change is usually there
        self._request(key, plan)
        self._pacer.ready()

    def _heavy(self, stale: bool = False) -> None:
        """The changes paused (or the view is ``stale`` in a long drag): draw the basis that
        has arrived, or have the worker compute the current one."""
        plan = self._doc.plan
        if not self._on_screen() or not plan.issues:
            return
        key = basis_key(plan)
        if self._basis is not None and self._basis.key == key:
            if self._dirty:  # only the packages moved (drawn late in a burst)
                self._draw(plan, self._basis)
            return
        arrived = self._arrived
        if arrived is not None and (arrived.key == key or (stale and arrived.key[0] == key[0])):
            self._arrived = None
            self._set_basis(arrived)
            self._draw(plan, arrived)
            if arrived.key == key:
                return
            self._dirty = True  # a recent state drawn in a long drag; the latest follows
        self._request(key, plan)

    def _on_basis(self, key: tuple, result: object) -> None:
        if isinstance(result, Exception):
            log.error("the outcome plot could not be computed", exc_info=result)
            self.source_label.setText(tr("Could not compute the outcome plot: {error}").format(error=result))
            return
        assert isinstance(result, OutcomeBasis)
        self._arrived = result
        self._pacer.ready()

    def _set_basis(self, basis: OutcomeBasis) -> None:
        self._basis = basis
        self._estimate = basis.estimate
        self._frontier = basis.frontier
        self._cloud = basis.cloud
        self._marks = basis.marks
        self._outcome_cache = dict(basis.outcomes)

    def redraw(self) -> None:
        """Redraw now, computing on this thread what is not ready (tests, export, scripts)."""
        self._timer.stop()
        plan = self._doc.plan
        if not plan.issues:
            self._job.cancel()
            self._arrived = None
            self._pacer.drawn()
            self._dirty = False
            self._clear()
            self.source_label.setText(tr("No issues yet"))
            self.redrawn.emit()
            return
        key = basis_key(plan)
        if self._basis is None or self._basis.key != key:
            if self._arrived is not None and self._arrived.key == key:
                basis = self._arrived
            else:
                basis = compute_basis(plan)
            self._job.cancel()
            self._arrived = None
            self._set_basis(basis)
        self._draw(plan, self._basis)

    def _draw(self, plan: Plan, basis: OutcomeBasis) -> None:
        """Draw ``plan`` over ``basis`` (GUI thread: only item updates and cheap valuing)."""
        self._timer.stop()
        self._dirty = False
        self._pacer.drawn()
        est = basis.estimate
        fr = basis.frontier
        self._outcomes = self._package_outcomes(plan, est)
        marks = self._marks
        self._agreed = agreed_outcome(plan, est, marks)
        their_res = marks["their_reservation"]
        self._their_reservation = their_res
        self._zopa = (zopa_polygon(fr.ours, fr.theirs, plan.reservation, their_res[0])
                      if their_res is not None else None)

        x_range, y_range = outcome_ranges(plan, est, self._outcomes, self._their_reservation, self._agreed)
        if self._cloud is None or (self._cloud.x_edges[0], self._cloud.x_edges[-1]) != x_range \
                or (self._cloud.y_edges[0], self._cloud.y_edges[-1]) != y_range:
            self._cloud = sample_cloud(plan, est.their, x_range=x_range, y_range=y_range)
        c = self._cloud
        dens = np.log1p(c.density)
        top = float(dens.max()) or 1.0
        self.cloud_image.setImage(dens, autoLevels=False, levels=(0.0, top))
        self.cloud_image.setRect(QRectF(x_range[0], y_range[0], x_range[1] - x_range[0], y_range[1] - y_range[0]))
        # frontier as its staircase (a frontier package dominates everything below-left of it)
        order = np.argsort(fr.ours)
        fx, fy = fr.ours[order], fr.theirs[order]
        if len(fx):
            sx = np.repeat(fx, 2)[1:]
            sy = np.repeat(fy, 2)[:-1]
            self.frontier_curve.setData(sx, sy)
        else:
            self.frontier_curve.setData([], [])
        if self._zopa is not None:
            path = QPainterPath()
            path.addPolygon(QPolygonF([QPointF(float(a), float(b)) for a, b in self._zopa]))
            path.closeSubpath()
            self.zopa_item.setPath(path)
            self.zopa_item.setVisible(True)
        else:
            self.zopa_item.setVisible(False)
        self.their_line.setVisible(their_res is not None)
        self.their_band.setVisible(their_res is not None and their_res[2] > their_res[1])
        if their_res is not None:
            self.their_line.setPos(their_res[0])
            self.their_band.setRegion((their_res[1], their_res[2]))
        self.reservation_line.setPos(plan.reservation)
        # its label left of the line (low for both sides: usually empty) when there is room
        lab = self.reservation_line.label
        room = (plan.reservation - x_range[0]) / (x_range[1] - x_range[0]) * max(self.plot.vb.width(), 1.0)
        side = (1, 1) if room > lab.boundingRect().width() + 4 else (0, 1)
        lab.anchors = [side, side]
        lab.updatePosition()
        selected = self._doc.selected_package or None
        self.target_line.setPos(target_level(plan, selected))
        self._draw_points(plan, selected)
        if self._agreed is not None:
            self.agreed.setData([self._agreed.ours], [self._agreed.theirs])
        else:
            self.agreed.setData([], [])
        self.plot.setRange(xRange=x_range, yRange=y_range, padding=0)
        if est.is_prior and not plan.counterpart_prior:
            said = tr("Their values: opposed-interests prior — no round recorded yet")
        elif est.is_prior:
            said = tr("Their values: prior with your hunch about their priorities")
        else:
            said = tr("Their values: {estimate}").format(estimate=est.label)
        self.source_label.setText(said)
        self.source_label.setToolTip(
            tr("The counterpart's values are our estimate: before any round is recorded, the opposed-interests "
               "prior (equal weights, each term worth 100 − our value to them); afterwards, the posterior mean "
               "given their recorded reactions."))
        self._update_legend(plan, est)
        self._place_labels()
        self.redrawn.emit()

    def _package_outcomes(self, plan: Plan, est: Estimate) -> list[PackageOutcome]:
        """Both values of every package; a package whose terms did not change since the last
        redraw (under the same estimate) is not valued again."""
        cache = self._outcome_cache
        keys = {sp.name: terms_key(plan, sp) for sp in plan.packages}
        missing = [n for n, k in keys.items() if k not in cache]
        if missing:
            for o in package_outcomes(plan, est, missing):
                cache[keys[o.name]] = o
        if len(cache) > 4 * max(len(keys), 8):  # forget terms long gone
            self._outcome_cache = cache = {k: cache[k] for k in keys.values()}
        return [cache[keys[n]] for n in plan.package_names]

    def _clear(self) -> None:
        self._outcomes = []
        self._frontier = None
        self._cloud = None
        self._estimate = None
        self._basis = None
        self.cloud_image.clear()
        self.frontier_curve.setData([], [])
        self.points.setData([], [])
        self.ring.setData([], [])
        self.agreed.setData([], [])
        self.error_bars.setData(x=np.zeros(0), y=np.zeros(0), top=np.zeros(0), bottom=np.zeros(0))
        for t in self._labels.values():
            self.plot.removeItem(t)
        self._labels.clear()
        self.leaders.setData([], [])
        self._label_html.clear()
        self._points_key = None

    def _draw_points(self, plan: Plan, selected: str | None) -> None:
        styles = style.package_styles(plan)
        outs = sorted(self._outcomes, key=lambda o: o.name == selected)  # selected on top
        xs = np.array([o.ours for o in outs])
        ys = np.array([o.theirs for o in outs])
        key = (tuple(outs), tuple(styles[o.name] for o in outs), selected, self._compact)
        if key == self._points_key:
            return
        self._points_key = key
        self.points.setData(
            x=xs, y=ys, data=[o.name for o in outs], symbol=[styles[o.name].symbol for o in outs],
            brush=[styles[o.name].brush() for o in outs], pen=[styles[o.name].pen() for o in outs],
            size=[style.SELECTED_SIZE if o.name == selected else style.MARKER_SIZE - 1 for o in outs])
        sel = [o for o in outs if o.name == selected]
        self.ring.setData([o.ours for o in sel], [o.theirs for o in sel])
        iv = [o for o in outs if o.interval is not None]
        if iv:
            x = np.array([o.ours for o in iv])
            y = np.array([o.theirs for o in iv])
            lo = np.array([o.interval[0] for o in iv])
            hi = np.array([o.interval[1] for o in iv])
            self.error_bars.setData(x=x, y=y, top=np.maximum(hi - y, 0), bottom=np.maximum(y - lo, 0), beam=0.0)
            self.error_bars.setVisible(True)
        else:
            self.error_bars.setVisible(False)
        names = {o.name for o in outs}
        for gone in set(self._labels) - names:
            self.plot.removeItem(self._labels.pop(gone))
            self._label_html.pop(gone, None)
        for o in outs:
            t = self._labels.get(o.name)
            if t is None:
                t = pg.TextItem("", fill=QBrush(QColor(255, 255, 255, 190)), anchor=(0, 0.5))
                f = QFont()
                f.setPointSizeF(max(7.0, f.pointSizeF() * 0.85))
                t.setFont(f)
                t.setZValue(31)
                self.plot.addItem(t)
                self._labels[o.name] = t
            st = styles[o.name]
            if self._compact and st.set_name is None:
                st = dataclasses.replace(st, label=style.short(o.name, 11))
            html = style.label_html(st, bold=o.name == selected)
            if self._label_html.get(o.name) != html:
                t.setHtml(html)
                self._label_html[o.name] = html
            t.setPos(o.ours, o.theirs)

    def _place_labels(self, *_args) -> None:
        """Each package's label beside its marker, never over another label, a marker or a line's
        label — the value map's rule (:mod:`~meso_desk.app.plot.point_labels`): the selected
        package's first, then the latest MESO set's, the packages outside sets', the older sets'
        (newest first); further out with a leader line where a neighbour is in the way, and left
        out where there is no free place (hovering its marker names it)."""
        frame = PixelFrame.of(self.plot.vb)
        outs = [o for o in self._outcomes if o.name in self._labels]
        if frame is None or not outs:
            self.leaders.setData([], [])
            return
        plan, selected = self._doc.plan, self._doc.selected_package or None
        px, py = frame.to_pixels([o.ours for o in outs], [o.theirs for o in outs])
        radius = np.array([(style.SELECTED_SIZE + 10) / 2 + 1.5 if o.name == selected else style.MARKER_SIZE / 2 + 1.5
                           for o in outs])
        lines = (self.reservation_line, self.target_line, self.their_line)
        obstacles = [marker_boxes(px, py, radius), line_label_boxes(frame, lines)]
        if self._agreed is not None:
            ax, ay = frame.to_pixels([self._agreed.ours], [self._agreed.theirs])
            obstacles.append(marker_boxes(ax, ay, 11.5))
        sets = {n: k for k, s in enumerate(plan.meso_sets) for n in s.packages}
        latest = len(plan.meso_sets) - 1

        def rank(k: int) -> tuple[int, int]:
            name = outs[k].name
            if name == selected:
                return (0, 0)
            at = sets.get(name)
            return (1, 0) if at == latest else (2, 0) if at is None else (3, -at)

        order = sorted(range(len(outs)), key=rank)
        placed = place_point_labels(frame, [(self._labels[outs[k].name], k) for k in order], px, py, radius,
                                    np.vstack(obstacles))
        self.leaders.setData(*placed.leader_xy())

    def _update_legend(self, plan: Plan, est: Estimate) -> None:
        has_iv = any(o.interval is not None for o in self._outcomes)
        others = any(plan.meso_set_of(n) is None for n in plan.package_names)
        compact = self._compact
        band = self.their_band.isVisible()
        key = (tuple(s.name for s in plan.meso_sets), others, has_iv, self._zopa is not None,
               self._agreed is not None, compact, band)
        if key == self._legend_key:
            return
        self._legend_key = key
        lg = self.legend
        lg.clear()
        S = style.LegendSample
        r, g, b = CLOUD_COLOUR
        lg.addItem(S(brush=QBrush(QColor(r, g, b, 150))), escape(tr("sampled") if compact else tr("sampled packages")))
        lg.addItem(S(pen=style.cosmetic_pen(style.ink(FRONTIER_COLOUR), 2.0)),
                   escape(tr("frontier") if compact else tr("Pareto frontier")))
        if not compact:  # labelled on the plot anyway
            lg.addItem(S(pen=style.cosmetic_pen(style.RESERVATION_COLOUR, 2.0, Qt.PenStyle.DashLine)),
                       escape(tr("our reservation")))
            lg.addItem(S(pen=style.cosmetic_pen(QColor(90, 90, 90), 1.0, Qt.PenStyle.DotLine)),
                       escape(tr("target level")))
        for k, s in enumerate(plan.meso_sets):
            lg.addItem(S(symbol=style.SET_SYMBOLS[k % len(style.SET_SYMBOLS)],
                         symbol_brush=QBrush(QColor(style.SET_COLOURS[k % len(style.SET_COLOURS)])), size=10),
                       escape(style.short(s.name, 14)))
        if others:
            lg.addItem(S(symbol=style.OTHER_SYMBOL, size=10),
                       escape(tr("others") if compact else tr("other packages", "plot legend")))
        if has_iv:
            lg.addItem(S(pen=style.cosmetic_pen(style.ink(QColor(40, 40, 40)), 1.4)), escape(tr("80 % interval")))
        if self._zopa is not None:
            lg.addItem(S(brush=QBrush(ZOPA_COLOUR), box_pen=style.cosmetic_pen(QColor(0, 120, 90), 1)),
                       escape(tr("ZOPA (est.)") if compact else tr("estimated ZOPA")))
        if band:
            lg.addItem(S(brush=QBrush(THEIR_BAND_COLOUR)),
                       escape(tr("their walk-away (80 %)") if compact else tr("their walk-away, 80 % range")))
        if self._agreed is not None:
            lg.addItem(S(symbol="star", symbol_brush=QBrush(QColor(AGREED_COLOUR)), size=12),
                       escape(tr("agreed", "plot legend")))
        self._fit_legend()

    # ============================================================== hover, clicks
    def _tip(self, x: float, y: float, data) -> str:
        name = str(data)
        plan = self._doc.plan
        try:
            o = self.outcome(name)
            pkg = plan.package(name)
        except KeyError:
            return name
        lines = [tr("{package}: {ours:.1f} points for us, ≈ {theirs:.1f} for them (estimate)").format(
            package=name, ours=o.ours, theirs=o.theirs)]
        if o.interval is not None:
            lines.append("  " + tr("their value 80 % interval: {low:.1f} – {high:.1f}").format(
                low=o.interval[0], high=o.interval[1]))
        if self._frontier is not None and len(self._frontier):
            gap = float(self._frontier.gap(np.array([o.ours]), np.array([o.theirs]))[0])
            lines.append("  " + (tr("on the Pareto frontier") if gap < 0.05 else
                                 tr("{gap:.1f} points left on the table for them at no cost to us").format(gap=gap)))
        for issue in plan.issues:
            lines.append(f"  {issue.name}: {issue.format_term(pkg[issue.name])}")
        if not o.acceptable:
            lines.append(tr("Not acceptable: {violations}").format(violations="; ".join(pkg.violations)))
        return "\n".join(lines)

    def _on_point_clicked(self, _item, points, _ev=None) -> None:
        if len(points):
            self._doc.select_package(str(points[-1].data()))

    # ============================================================== export
    def export(self, path: str | os.PathLike[str]) -> Path:
        if self._dirty:
            self.redraw()
        # the file says what their values rest on (on screen the line above the plot says it)
        self.plot.setTitle(escape(self.source_label.full_text()), size="8pt", color=style.text_colour())
        try:
            return export_item(self.view.ci, path, self._doc.path)
        finally:
            self.plot.setTitle(None)

    def ask_export_path(self, fmt: str) -> Path | None:
        folder = self._doc.path.parent if self._doc.path else Path.home()
        return ask_export_path(self, tr("Export Outcome Plot"), folder / (tr("outcome plot", "file name") + fmt), fmt)

    def export_dialog(self, fmt: str = ".png") -> Path | None:
        return export_with_dialog(self, fmt)

    def _context_menu(self, pos) -> None:
        export_menu(self, (self.action_png, self.action_svg), self.view, pos)


__all__ = ["OutcomePlot"]
