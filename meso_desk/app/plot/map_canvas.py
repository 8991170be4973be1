"""The value map's drawing: the pyqtgraph scene and everything drawn on it.

:class:`MapCanvas` owns the plot (image, colour bar, iso-value lines and their labels,
off-limits hatching, package markers, selection ring, legend, the line above the map) and
draws what it is given: a :class:`~meso_desk.app.plot.map_state.MapSurface`, the plan's
packages on a slice, the marker in a drag. It decides nothing about *when* to draw (the
:class:`~meso_desk.app.plot.value_map.ValueMap` paces that) and edits nothing.

Speed: the surface's items are cached as device pixmaps, a drag moves one marker on an
item of its own, and texts, ticks and the legend are set only when they change (a new
label re-lays the plot out).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from html import escape

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import QGraphicsItem

from ...model.language import current_language, localise_number, tr
from ...model.offers.value_slice import IsoLine, ValueSlice
from ...model.plan import Plan
from . import style
from .axis_labels import ColumnAxis, fit_labels, reserve_tick_height
from .map_items import OffLimits, PackagePoints
from .map_labels import line_candidates, marker_boxes, place
from .map_state import MapSurface
from .point_labels import PixelFrame, Placed, label_size, place_point_labels, put_label

#: the air around the cells, as a share of each axis's range (markers on the edge show whole)
MAP_PADDING = 0.02


def _tight(item: pg.TextItem) -> pg.TextItem:
    """A label whose box hugs its text (Qt's default document margin of 4 pixels makes every
    label a third taller than its text, and crowds the map)."""
    item.textItem.document().setDocumentMargin(1.5)
    return item


class MapCanvas:
    """The plot of the value map (``view``, a ``GraphicsLayoutWidget`` named ``valueMapView``)."""

    def __init__(self, tip: Callable[..., str]) -> None:
        """``tip(x, y, name)`` is a marker's tooltip."""
        self._lines: list[IsoLine] = []
        self._info: str | None = None
        self._info_shown: str | None = None
        self._axes_key: tuple | None = None
        self._points_key: tuple | None = None
        self._legend_key: tuple | None = None
        self._label_html: dict[str, str] = {}
        self._drag_marker_for: str | None = None
        #: the package labels, by name (hidden ones too: a label left out where it had no room,
        #: or an older set's, see :attr:`label_every_set`)
        self.point_labels: dict[str, pg.TextItem] = {}
        #: the packages labelled, most important first (the selected one, those in no set,
        #: the newest set's)
        self.labelled: list[str] = []
        #: label the packages of older MESO sets too (off: only their markers, with tooltips)
        self.label_every_set = False
        self._selected: str | None = None
        self._styles: dict[str, style.PackageStyle] = {}
        self._build_plot(tip)

    def _build_plot(self, tip: Callable[..., str]) -> None:
        self.view = pg.GraphicsLayoutWidget()
        self.view.setObjectName("valueMapView")
        # no Tab stop: it answers no key and shows no focus mark (the package sliders move a term by keys)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setAccessibleName(tr("Value map"))
        self.view.setAccessibleDescription(tr("Our value over two issues: iso-value lines at the target and the "
                                              "reservation, every package as a point; drag one to move its terms (the "
                                              "package's sliders do it by keys)"))
        self.view.setBackground(None)
        self.view.ci.setContentsMargins(2, 4, 2, 2)
        self.view.ci.layout.setHorizontalSpacing(2)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.plot: pg.PlotItem = self.view.ci.addPlot(
            row=0, col=0, axisItems={"left": style.NumberAxis("left"), "bottom": ColumnAxis("bottom")})
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
                                        label=tr("Our value (points)"), interactive=False, colorMapMenu=False)
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
            _tight(item)
            item.setFont(label_font)
            item.setZValue(20)
            self.plot.addItem(item)
        self._faint_labels: list[pg.TextItem] = []
        self._faint_font = QFont()
        self._faint_font.setPointSizeF(max(7.0, self._faint_font.pointSizeF() * 0.75))

        self.points = PackagePoints(tip=tip)
        self.plot.addItem(self.points)
        halo, ring = style.selection_ring()  # the legend's "selected" draws the same
        self.ring = pg.ScatterPlotItem(pxMode=True, symbol="o", size=style.SELECTED_SIZE + 12,
                                       pen=ring, brush=QBrush(Qt.BrushStyle.NoBrush))
        self.ring_halo = pg.ScatterPlotItem(pxMode=True, symbol="o", size=style.SELECTED_SIZE + 12,
                                            pen=halo, brush=QBrush(Qt.BrushStyle.NoBrush))
        self.ring_halo.setZValue(28)
        self.ring.setZValue(29)
        # the marker being dragged, on an item of its own: a frame of the drag then repaints
        # the few pixels around it, not the whole area the markers span
        self.drag_marker = pg.ScatterPlotItem(pxMode=True)
        self.drag_marker.setZValue(33)  # above every label: the thing in hand stays in sight
        self.drag_marker.setVisible(False)
        self.plot.addItem(self.drag_marker)
        self.plot.addItem(self.ring_halo)
        self.plot.addItem(self.ring)
        # thin lines from a marker to its label where the label had to sit further out
        self.leaders = pg.PlotCurveItem(connect="pairs", pen=style.cosmetic_pen(QColor(20, 20, 20, 200), 1.0))
        self.leaders.setZValue(30.5)
        self.plot.addItem(self.leaders)
        # the surface's items change only with a new surface: kept as pixmaps in device
        # coordinates, so a frame of a drag repaints the marker's surroundings by a blit
        # instead of re-stroking every line through them (exports paint the items afresh)
        for item in (self.image, self.off_limits, self.faint_curve, self.reservation_halo, self.reservation_curve,
                     self.target_halo, self.target_curve):
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

        self.legend = style.make_legend(8)
        self.view.ci.addItem(self.legend, row=1, col=0)
        self.legend.setMaximumHeight(24)
        self.view.ci.layout.setRowFixedHeight(1, 24)

    # ============================================================== state
    @property
    def lines(self) -> list[IsoLine]:
        """The iso-value lines drawn last (target, reservation, then the faint ones)."""
        return list(self._lines)

    def line(self, kind: str) -> IsoLine | None:
        for line in self._lines:
            if line.kind == kind:
                return line
        return None

    @property
    def info(self) -> str:
        return self._info or ""

    def forget_surface(self) -> None:
        """No surface any more (the plan has fewer than two issues): no lines either."""
        self._lines = []

    # ============================================================== the surface
    def set_surface(self, surface: MapSurface) -> None:
        """Draw a new surface: the image, the off-limits hatching, the lines and the axes."""
        s = surface.slice
        self._lines = list(surface.lines)
        x0, x1 = s.x.extent
        y0, y1 = s.y.extent
        self.image.setImage(s.values, autoLevels=False, levels=(0.0, 100.0))
        self.image.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))
        self.draw_off_limits(s)
        self.draw_lines(s, surface.target, surface.reservation)
        self.draw_axes(s)
        # a little air around the cells so that markers on the edge of the range show whole
        self.plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=MAP_PADDING)
        self.bar_target.setPos(2.56 * surface.target)
        self.bar_reservation.setPos(2.56 * surface.reservation)

    def refit_axes(self, s: ValueSlice | None) -> None:
        """Room for the tick labels in the current font (the colour bar's and the axes')."""
        style.fit_colorbar_axis(self.colorbar.getAxis("right"))
        self._axes_key = None
        if s is not None:
            self.draw_axes(s)

    def draw_off_limits(self, s: ValueSlice) -> None:
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
    def draw_lines(self, s: ValueSlice, target: float, reservation: float) -> None:
        faint = [ln for ln in self._lines if ln.kind == "faint"]
        segs = [ln.segments for ln in faint if not ln.empty]
        if segs:
            pts = np.concatenate(segs)
            self.faint_curve.setData(pts[:, 0], pts[:, 1])
        else:
            self.faint_curve.setData([], [])
        for kind, halo, curve, label, text in (
                ("target", self.target_halo, self.target_curve, self.target_label,
                 tr("Target {target:.1f}").format(target=target)),
                ("reservation", self.reservation_halo, self.reservation_curve, self.reservation_label,
                 tr("Reservation {reservation:.1f}").format(reservation=reservation))):
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
            t = _tight(pg.TextItem("", color=QColor(255, 255, 255, 235), fill=QBrush(QColor(0, 0, 0, 170))))  # AA
            t.setFont(self._faint_font)
            t.setZValue(5)
            self.plot.addItem(t)
            self._faint_labels.append(t)
        for k, t in enumerate(self._faint_labels):
            t.setVisible(k < len(faint) and not faint[k].empty)
            if k < len(faint):
                t.setText(localise_number(f"{faint[k].level:g}", faint[k].level, "g", current_language()))

    def draw_axes(self, s: ValueSlice) -> None:
        vb = self.plot.vb
        room = {"bottom": vb.width() - 8, "left": vb.height() - 8}
        titles = {}
        for side, axis in (("bottom", s.x), ("left", s.y)):  # the longest title that fits the axis
            titles[side] = style.fitting_title(self.plot.getAxis(side),
                                               [axis.title(), axis.title(better=False), axis.issue], room[side])
        ticks = {"bottom": self._tick_labels(s, s.x), "left": self._tick_labels(s, s.y)}
        # the bottom labels fitted to their columns' width (which changes with the view's)
        shown = self._column_labels(s.x, ticks["bottom"])
        key = (titles["bottom"], s.x.labels, tuple(shown or ()), titles["left"], s.y.labels)
        if key == self._axes_key:  # a new label or ticks re-lays the plot out: only when they change
            return
        self._axes_key = key
        for side, axis in (("bottom", s.x), ("left", s.y)):
            ax = self.plot.getAxis(side)
            style.style_axis(ax, escape(titles[side]))
            ax.setToolTip(axis.title())
            known = ticks[side]
            labels = (shown if side == "bottom" else None) or (None if known is None else [lab for _c, lab in known])
            if known is not None:
                ax.setTicks([[(c, lab) for (c, _full), lab in zip(known, labels)], []])
            else:
                ax.setTicks(None)
            if side == "left":
                # room for the known labels from the first paint on (pyqtgraph would drop the
                # labels wider than the axis until it has grown after a paint, and in an export)
                if labels is not None:
                    style.reserve_tick_text(ax, labels)
                else:
                    style.auto_tick_text(ax)
            elif labels is not None:  # one or two lines: tall enough from the first paint on
                reserve_tick_height(ax, labels)
                ax.set_columns(known, self._column_units(axis) / 2, axis.title())
            else:
                style.auto_tick_text(ax)
                ax.set_columns((), 0.5, axis.title())

    @staticmethod
    def _tick_labels(s: ValueSlice, axis) -> list[tuple[float, str]] | None:
        """(position, label) of the ticks of an axis whose labels are known, else None."""
        if axis.categorical:  # labelled cells in option order
            return [(float(i), str(lab)) for i, lab in enumerate(axis.labels)]
        if axis.on_step and axis.n <= 12:  # a few whole terms (0–3 remote days): tick each one
            issue = s.plan.issue(axis.issue)
            return [(float(c), issue.format_number(float(c))) for c in axis.coords]
        return None

    @staticmethod
    def _column_units(axis) -> float:
        """The width of one column of the axis, in plot units (the closest two ticks' distance)."""
        if axis.categorical:
            return 1.0
        if axis.n < 2:
            return float(axis.extent[1] - axis.extent[0]) or 1.0
        return float(np.min(np.diff(np.sort(np.asarray(axis.coords, float)))))

    def _column_labels(self, axis, known: list[tuple[float, str]] | None) -> list[str] | None:
        """The bottom axis's labels, each fitted to its column's width in pixels (None when the
        axis has no known labels, or the view is not laid out yet)."""
        w = self.plot.vb.width()
        if known is None or w < 20:
            return None
        x0, x1 = axis.extent
        span = (x1 - x0) * (1 + 2 * MAP_PADDING)  # the range set_surface shows
        if span <= 0:
            return None
        column = self._column_units(axis) * w / span
        return fit_labels(self.plot.getAxis("bottom"), [lab for _c, lab in known], column)

    # ============================================================== packages
    def draw_points(self, plan: Plan, s: ValueSlice, selected: str | None) -> bool:
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
        labelled = self._labelled(plan, selected)
        pkey = (tuple(names), tuple(xy), tuple(styles[n] for n in names), selected, tuple(labelled))
        if pkey == self._points_key:
            return False
        self.labelled = labelled
        self._selected = selected
        self._styles = styles
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
        for gone in set(self.point_labels) - set(names):
            self.plot.removeItem(self.point_labels.pop(gone))
            self._label_html.pop(gone, None)
        for name, (px, py) in zip(names, xy):
            t = self.point_labels.get(name)
            if t is None:
                t = _tight(pg.TextItem("", fill=QBrush(QColor(255, 255, 255, 200)), anchor=(0, 0.5)))
                t.setZValue(31)
                self.plot.addItem(t)
                self.point_labels[name] = t
            self._set_label(name, style.label_html(styles[name], bold=name == selected))
            t.setPos(px, py)
            t.setVisible(name in labelled)
        return True

    def _set_label(self, name: str, html: str) -> None:
        if self._label_html.get(name) != html:
            self.point_labels[name].setHtml(html)
            self._label_html[name] = html

    def _labelled(self, plan: Plan, selected: str | None) -> list[str]:
        """The packages that get a label, most important first: the selected one, those in no
        MESO set, the newest (not archived) set's — or every set's with :attr:`label_every_set`."""
        shown = [ms for ms in plan.meso_sets if not ms.archived]
        sets = shown if self.label_every_set else shown[-1:]
        out = [selected] if selected in plan.package_names else []
        out += [n for n in plan.package_names if plan.meso_set_of(n) is None and n not in out]
        for ms in reversed(sets):
            out += [n for n in ms.packages if n in plan.package_names and n not in out]
        return out
    def move_dragged(self, plan: Plan, s: ValueSlice | None, name: str | None, selected: str | None) -> None:
        """Move only the dragged package's marker, ring and label (a frame of a drag on the
        map); everything else is redrawn once the drag pauses."""
        if name is None or s is None or name not in plan.package_names:
            return
        names = self.points.names
        if name not in names:
            return
        k = names.index(name)
        x, y = s.position(plan.stored_package(name).terms)
        ox, oy = self.points.position(name)
        if (x, y) == (ox, oy):
            return
        try:
            if self._drag_marker_for != name:  # the drag's first frame: hand the marker over
                st = style.package_styles(plan)[name]
                is_selected = name == selected
                m = self.drag_marker
                m.setSymbol(st.symbol)
                m.setBrush(st.brush())
                m.setPen(st.pen())
                m.setSize(style.SELECTED_SIZE if is_selected else style.MARKER_SIZE)
                self.points.show_point(k, False)
                self._drag_marker_for = name
            self.points.move_point(k, x, y, quiet=True)
            self.drag_marker.setData([x], [y])
            self.drag_marker.setVisible(True)
        except (KeyError, ValueError, TypeError, AttributeError):  # another pyqtgraph's internals
            self._points_key = None
            self.draw_points(plan, s, selected)
            return
        if name == selected:
            self.ring.setData([x], [y])
            self.ring_halo.setData([x], [y])
        t = self.point_labels.get(name)
        if t is not None:  # keep the label where it sat beside the marker
            p = t.pos()
            t.setPos(p.x() + x - ox, p.y() + y - oy)
        self._points_key = None  # the full redraw after the drag re-places everything

    # ============================================================== texts (placed in pixels)
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
        f = QFont(self.view.font())
        f.setPointSizeF(8.5)
        # the title sits over the map's own column: the view less the axes and the colour bar
        side = (self.plot.getAxis("left").width() + self.plot.getAxis("right").width()
                + self.colorbar.boundingRect().width())
        room = max(80.0, self.view.width() - side - 24)
        return QFontMetricsF(f).elidedText(text, Qt.TextElideMode.ElideRight, room)

    def fit_to_view(self) -> None:
        """Title and legend fitted to the view's width, and the plot brought back inside the
        view when something (wider axis labels) had pushed it past."""
        if self._info:
            self.set_info(self._info)
        self.fit_legend()
        ci, v = self.view.ci, self.view
        if ci.geometry().width() > v.width() + 0.5:
            ci.setGeometry(QRectF(0, 0, v.width(), v.height()))
    def place_labels(self, s: ValueSlice | None) -> None:
        """Put every label beside what it names, inside the plot, never over another label or a
        marker (:mod:`~meso_desk.app.plot.point_labels`, the rule the outcome plot follows too):
        the target and reservation lines' labels first, then the packages' (further out with a
        leader line where a neighbour is in the way), then the faint lines'. A label with no
        free place is left out."""
        if s is None:
            return
        frame = PixelFrame.of(self.plot.vb)
        if frame is None:
            return
        names = self.points.names
        xy = np.array([self.points.position(n) for n in names], float).reshape(-1, 2)
        px, py = frame.to_pixels(xy[:, 0], xy[:, 1])
        selected = self._selected
        radius = np.array([(style.SELECTED_SIZE + 12) / 2 + 1.5 if n == selected else style.MARKER_SIZE / 2 + 1.5
                           for n in names])
        taken = marker_boxes(px, py, radius)

        def place_lines(items) -> None:
            nonlocal taken
            cands = [line_candidates(*frame.to_pixels(ln.x, ln.y), *label_size(t), from_start=rev)
                     for ln, t, rev in items]
            chosen, taken = place(cands, taken, frame.width, frame.height)
            for (_ln, t, _rev), k, boxes in zip(items, chosen, cands):
                t.setVisible(k >= 0)
                if k >= 0:
                    put_label(frame, t, boxes[k])

        main = [(ln, t, rev) for ln, t, rev in ((self.line("target"), self.target_label, False),
                                                (self.line("reservation"), self.reservation_label, True))
                if ln is not None and not ln.empty]
        place_lines(main)
        # the packages' labels: as they are, then (those left out) shortened
        index = {n: k for k, n in enumerate(names)}
        order = [n for n in self.labelled if n in index and n in self.point_labels and n in self._styles]
        leaders: list[tuple[float, float]] = []
        for chars in (None, style.SHORT_LABEL_CHARS):
            for n in order:
                self._set_label(n, style.label_html(self._styles[n], bold=n == selected, chars=chars))
            placed = place_point_labels(frame, [(self.point_labels[n], index[n]) for n in order], px, py, radius,
                                        taken)
            taken = placed.taken
            leaders += placed.leaders
            order = [order[i] for i in placed.left_out]
        order = self.labelled
        for n, t in self.point_labels.items():
            if n not in order:
                t.setVisible(False)
        self.leaders.setData(*Placed([], taken, leaders).leader_xy())
        faint = [ln for ln in self._lines if ln.kind == "faint"]
        place_lines([(ln, t, False) for ln, t in zip(faint, self._faint_labels) if not ln.empty])

    def label_boxes(self) -> list[tuple[str, QRectF]]:
        """Every visible label's box in scene coordinates, with what it labels (for tests)."""
        items = [("target", self.target_label), ("reservation", self.reservation_label)]
        items += [(f"faint {k}", t) for k, t in enumerate(self._faint_labels)]
        items += list(self.point_labels.items())
        return [(n, t.sceneBoundingRect()) for n, t in items if t.isVisible()]

    def update_legend(self, plan: Plan, target: float) -> None:
        sets = tuple((s.name, s.level) for s in plan.meso_sets)
        others = any(plan.meso_set_of(n) is None for n in plan.package_names)
        key = (sets, others, round(target, 1), round(plan.reservation, 1))
        if key == self._legend_key:
            return
        self._legend_key = key
        style.fill_legend(self.legend, plan, target)
        self.fit_legend()
    def fit_legend(self) -> None:
        h = style.fit_legend(self.legend, self.view.width() - 12)
        if h is not None and self.legend.maximumHeight() != h:
            self.legend.setMaximumHeight(h)
            self.view.ci.layout.setRowFixedHeight(1, h)


__all__ = ["MapCanvas"]
