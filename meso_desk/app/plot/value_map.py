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

The map is three objects: :class:`~meso_desk.app.plot.map_state.MapState` (Qt-free: the
axes and the package the slice is cut through), :class:`~meso_desk.app.plot.map_drag.MapDrag`
(a drag becomes calls of the model's edit functions) and this widget, which draws; the
label layout is in :mod:`~meso_desk.app.plot.map_labels`, the graphics items in
:mod:`~meso_desk.app.plot.map_items`.

Redraws are coalesced (a single-shot timer, latest change wins) and skipped while the
widget is hidden. The surface and its lines (:func:`~meso_desk.app.plot.map_state.compute_surface`)
are recomputed in a worker thread when the weights, the axes or the slice's fixed terms
change (latest wins) and drawn once the changes pause, so a weight drag is never held up by
the map (``docs/decisions.md``); the packages' markers move at once. Export as PNG or SVG
from the toolbar button or the context menu.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from pathlib import Path

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...model.edits.package_edits import set_hold_value
from ...model.language import list_words, tr
from ...model.offers.status import target_level
from ...model.offers.value_slice import IsoLine, ValueSlice
from ...model.plan import Plan
from ..document import Change, PlanDocument
from ..widgets.name_elide import NameCombo
from ..workspaces import when_arranged
from .export import ask_export_path, export_button, export_item, export_menu, export_with_dialog
from .map_canvas import MapCanvas
from .map_drag import MapDrag
from .map_state import MapState, MapSurface, compute_surface
from .pacing import PacedView


class ValueMap(PacedView, QWidget):
    """The iso-value map of two issues with the plan's packages on it."""

    #: emitted after every redraw (for tests and benchmarks)
    redrawn = Signal()

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("valueMap")
        self._doc = document
        #: the axes and the package the slice is cut through (Qt-free)
        self.state = MapState()
        self.state.select(document.selected_package)
        #: turns a drag of a marker into edits of the plan
        self.drag = MapDrag(document)
        #: the drawing: the plot and everything on it
        self.canvas = MapCanvas(tip=lambda _x, _y, name: self.package_tooltip(str(name)))
        self._slice: ValueSlice | None = None
        self._surface: MapSurface | None = None
        self._arrived: MapSurface | None = None  # computed, waiting for the changes to pause
        self._hovering = False
        self._init_pacing(document, compute_surface, "value-map", self._on_surface)
        self._build()
        document.changed.connect(self._on_changed)
        document.selectionChanged.connect(self._on_selection)
        document.holdNoted.connect(self._on_hold_noted)
        self.state.subscribe(self._on_state)
        self.state.fit(document.plan)

    # ============================================================== construction
    def _build(self) -> None:
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 2, 4, 2)
        lay.setSpacing(2)
        bar = QHBoxLayout()
        bar.setSpacing(4)
        # a long name shortened so that two issues starting alike never read the same
        self.x_combo = NameCombo(minimum=8, fit_contents=True)
        self.x_combo.setObjectName("valueMapX")
        self.x_combo.setToolTip(tr("The issue along the horizontal axis"))
        self.y_combo = NameCombo(minimum=8, fit_contents=True)
        self.y_combo.setObjectName("valueMapY")
        self.y_combo.setToolTip(tr("The issue along the vertical axis"))
        for c in (self.x_combo, self.y_combo):
            c.currentTextChanged.connect(self._on_combo)
        self.swap_button = QToolButton()
        self.swap_button.setObjectName("valueMapSwap")
        self.swap_button.setText("⇄")
        self.swap_button.setToolTip(tr("Swap the X and Y issues"))
        self.swap_button.setAccessibleName(tr("Swap axes"))  # not "⇄" (read as "left right arrow")
        self.swap_button.setAutoRaise(True)
        self.swap_button.clicked.connect(self.swap_axes)
        xl = QLabel(tr("&X:"))
        xl.setBuddy(self.x_combo)
        yl = QLabel(tr("&Y:"))
        yl.setBuddy(self.y_combo)
        bar.addWidget(xl)
        bar.addWidget(self.x_combo)
        bar.addWidget(self.swap_button)
        bar.addWidget(yl)
        bar.addWidget(self.y_combo)
        bar.addStretch(1)
        self.hold_box = QCheckBox(tr("Hold value"))
        self.hold_box.setObjectName("valueMapHold")
        self.hold_box.setToolTip(tr("Dragging the selected package on the map keeps its value: its other "
                                    "unlocked terms are rebalanced (the package's own “Hold value” switch)"))
        self.hold_box.toggled.connect(self._on_hold_toggled)
        bar.addWidget(self.hold_box)
        self.export_button, self.action_png, self.action_svg = export_button(
            self, "valueMapExport", tr("Save the map as a PNG image or an SVG drawing"), "actionValueMap")
        bar.addWidget(self.export_button)
        lay.addLayout(bar)

        self.stack = QStackedWidget()
        view = self.canvas.view
        view.customContextMenuRequested.connect(self._context_menu)
        points = self.canvas.points
        points.sigPointClicked.connect(self._doc.select_package)
        points.sigDragStarted.connect(self.begin_drag)
        points.sigDragMoved.connect(lambda _name, x, y: self.drag_to(x, y))
        points.sigDragFinished.connect(lambda _n: self.end_drag())
        self.canvas.plot.vb.sigResized.connect(self._on_resized)
        view.installEventFilter(self)  # fit the title and legend before the view lays out
        self.canvas.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.message = QLabel()
        self.message.setObjectName("valueMapMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setEnabled(False)
        self.stack.addWidget(view)
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
        return self.state.axes

    @property
    def slice(self) -> ValueSlice | None:
        """The value slice drawn last (None before the first redraw or without two issues)."""
        return self._slice

    @property
    def lines(self) -> list[IsoLine]:
        """The iso-value lines drawn last (target, reservation, then the faint ones)."""
        return self.canvas.lines

    def line(self, kind: str) -> IsoLine | None:
        return self.canvas.line(kind)

    def package_position(self, name: str) -> tuple[float, float]:
        """Where package ``name`` is drawn (plot coordinates)."""
        return self.canvas.points.position(name)

    @property
    def status(self) -> str:
        """The last message about a drag (how the value held), "" when there is none."""
        return self.drag.status

    @property
    def info(self) -> str:
        """The line above the map: which package the slice is cut through, or the readout."""
        return self.canvas.info

    # ============================================================== axes
    def _on_state(self) -> None:
        """The axes changed (or were checked against a new plan): the combos follow, the map redraws."""
        names = self._doc.plan.issue_names
        for combo, value in ((self.x_combo, self.state.x), (self.y_combo, self.state.y)):
            with QSignalBlocker(combo):
                if [combo.itemText(i) for i in range(combo.count())] != names:
                    combo.clear()
                    combo.addItems(names)
                combo.setCurrentIndex(names.index(value) if value in names else -1)
                combo.setEnabled(len(names) >= 2)
        self.swap_button.setEnabled(len(names) >= 2)
        self.schedule()

    def set_axes(self, x: str, y: str) -> None:
        """Show ``x`` across and ``y`` up (two different issues of the plan)."""
        self.state.set_axes(self._doc.plan, x, y)

    def swap_axes(self) -> None:
        self.state.swap(self._doc.plan)

    def _on_combo(self, _text: str) -> None:
        x, y = self.x_combo.currentText(), self.y_combo.currentText()
        if not x or not y:
            return
        if x == y:  # picking the other axis's issue swaps them
            if self.sender() is self.x_combo:
                y = self.state.x
            else:
                x = self.state.y
        if (x, y) != self.state.axes and x and y:
            self.set_axes(x, y)

    # ============================================================== reacting to the document
    def _on_changed(self, change: Change) -> None:
        self.state.select(self._doc.selected_package)
        if change.touches("issues"):
            self.state.fit(self._doc.plan, change.old.issue_names if change.old is not None else None)
        else:
            self.schedule()

    def _on_selection(self, _name: str) -> None:
        self.state.select(self._doc.selected_package)
        self.schedule()

    def schedule(self) -> None:
        """Redraw soon (coalesced: many changes in one event-loop pass give one redraw)."""
        self._dirty = True
        self._pacer.changed()
        if self.drag.active or self._on_screen():
            self._timer.start()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self.canvas.refit_axes(self._slice)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.canvas.view and event.type() == QEvent.Type.Resize:
            # the new width is known before the view sizes its central item: a title or a
            # legend fitted now never makes the plot wider than the view
            if self.canvas.info:
                self.canvas.set_info(self.canvas.info)
            self.canvas.fit_legend()
        return super().eventFilter(obj, event)

    def _on_resized(self, *_args) -> None:
        if not when_arranged(self, self._fit_to_size):
            self._fit_to_size()

    def _fit_to_size(self) -> None:
        """The axes, the view and the labels for the map's size (once a workspace switch has
        sized it: :func:`~meso_desk.app.workspaces.when_arranged`)."""
        if self._slice is not None:
            self.canvas.draw_axes(self._slice)
        self.canvas.fit_to_view()
        self.canvas.place_labels(self._slice)
        # the view transform set now, not in the next paint (which then changed every item and
        # painted the map a second time)
        self.canvas.plot.vb.prepareForPaint()

    def shutdown(self) -> None:
        """Stop background work (hidden, or the window is closing); showing it again redraws."""
        self._timer.stop()
        self._job.shutdown()
        if self._arrived is not None:
            self._arrived = None
            self._dirty = True
        self._pacer.drawn()

    # ============================================================== drawing
    def _update(self) -> None:
        """The coalesced reaction to changes: the markers at once; a new surface, when one is
        needed, computed in the worker and drawn once the changes pause."""
        if not self.drag.active and not self._on_screen():
            return
        plan = self._doc.plan
        if not self.state.ready(plan):
            self.redraw()
            return
        if not self.state.fits(plan):  # the plan changes under the axes: fitting them redraws
            return
        key = self.state.key(plan)
        if self._surface is not None and self._surface.key == key:
            if self.drag.active:  # the gesture's own feedback now, the rest once it pauses
                self.canvas.move_dragged(plan, self._slice, self.drag.name, self.state.package)
                self._pacer.ready()
                return
            if self._pacer.holds:  # a burst of changes from elsewhere (or new cards): follow once it pauses
                self._pacer.ready()
                return
            self._draw(plan)
            return
        s = self._slice
        if s is not None and (s.x.issue, s.y.issue) == self.state.axes \
                and plan.issue(s.x.issue) == s.plan.issue(s.x.issue) \
                and plan.issue(s.y.issue) == s.plan.issue(s.y.issue):
            # same axes: in a drag on the map its marker (the gesture's own feedback) moves
            # now; the surface, the other markers and the labels follow once the changes pause
            if self.drag.active:
                self.canvas.move_dragged(plan, self._slice, self.drag.name, self.state.package)
            elif not self._pacer.holds and self.canvas.draw_points(plan, s, self.state.package):
                self.canvas.place_labels(s)
        # computed at once in the worker (latest wins), drawn once the changes pause
        self._request(key, self.state.payload(plan))
        self._pacer.ready()

    def _heavy(self, stale: bool = False) -> None:
        """The changes paused (or the map is ``stale`` in a long drag): draw the surface that
        has arrived, or have the worker compute the current one."""
        plan = self._doc.plan
        if (not self.drag.active and not self._on_screen()) or not self.state.ready(plan):
            return
        if not self.state.fits(plan):  # in the middle of a change of the plan: fitting the axes redraws
            return
        key = self.state.key(plan)
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
        self._request(key, self.state.payload(plan))

    def _on_surface(self, key: tuple, result: object) -> None:
        if isinstance(result, Exception):
            logging.getLogger(__name__).error("the value map could not be computed", exc_info=result)
            self.canvas.set_info(tr("Could not compute the map: {error}").format(error=result))
            return
        assert isinstance(result, MapSurface)
        self._arrived = result
        self._pacer.ready()

    def redraw(self) -> None:
        """Redraw everything now from the document's plan and selection (computing on this
        thread what is not ready: tests, export, scripts)."""
        self._timer.stop()
        plan = self._doc.plan
        if not self.state.ready(plan):
            self._job.cancel()
            self._arrived = None
            self._pacer.drawn()
            self._dirty = False
            self._slice = None
            self._surface = None
            self.canvas.forget_surface()
            self.message.setText(tr("The value map needs at least two issues.\nAdd them in the Issues panel.")
                                 if len(plan.issues) < 2 else tr("Choose two issues for the map."))
            self.stack.setCurrentWidget(self.message)
            self._update_hold_box()
            self.canvas.set_info("")
            self.redrawn.emit()
            return
        key = self.state.key(plan)
        if self._surface is None or self._surface.key != key:
            if self._arrived is not None and self._arrived.key == key:
                surface = self._arrived
            else:
                surface = compute_surface(self.state.payload(plan))
            self._job.cancel()
            self._arrived = None
            self._set_surface(surface)
        self._draw(plan)

    def _set_surface(self, surface: MapSurface) -> None:
        """Draw a new surface: the image, the off-limits hatching, the lines and the axes."""
        self._surface = surface
        self._slice = surface.slice
        self.stack.setCurrentWidget(self.canvas.view)
        self.canvas.set_surface(surface)

    def _draw(self, plan: Plan) -> None:
        """Draw the packages (and everything cheap) over the current surface."""
        self._timer.stop()
        self._dirty = False
        self._pacer.drawn()
        self.stack.setCurrentWidget(self.canvas.view)
        selected = self.state.package
        # same surface; the package whose slice it is may have a new name
        self._slice = s = dataclasses.replace(self._surface.slice, plan=plan, package=selected)
        self.canvas.draw_points(plan, s, selected)
        self.canvas.update_legend(plan, self._surface.target)
        self._update_hold_box()
        if not self._hovering:
            held = self.drag.status if self.drag.active else ""
            self.canvas.set_info(held or self._info_text(plan, s, selected))
        self.canvas.place_labels(s)
        self.redrawn.emit()

    def _on_hold_noted(self, name: str) -> None:
        """How "Hold value" went for ``name`` changed without a redraw (nothing else moved): the line follows."""
        s = self._slice
        if s is not None and name == self.state.package and not self._hovering and not self.drag.active:
            self.canvas.set_info(self._info_text(self._doc.plan, s, name))

    def _info_text(self, plan: Plan, s: ValueSlice, selected: str | None) -> str:
        """The line above the map: the package's hold note first (why its value could not be held,
        the same note as its card's: :meth:`PlanDocument.hold_note`), then whose slice it is."""
        if selected is None:
            return tr("No packages yet: the other terms are at their defaults")
        note = self._doc.hold_note(selected)
        if note is not None:
            return f"{note.message} · {self._slice_text(plan, s, selected)}"
        return self._slice_text(plan, s, selected)

    def _slice_text(self, plan: Plan, s: ValueSlice, selected: str) -> str:
        pkg = plan.package(selected)
        text = (tr("Other terms as in “{package}” ({points:.1f} points, expected)") if pkg.contingent
                else tr("Other terms as in “{package}” ({points:.1f} points)")).format(package=selected,
                                                                                        points=pkg.score)
        missing = [kind for kind in ("target", "reservation")
                   if (ln := self.canvas.line(kind)) is None or ln.empty]
        if missing:
            lo, hi = s.value_range
            if len(missing) == 2:
                gone = tr("target {target:.1f} and reservation {reservation:.1f} not on this map "
                          "({low:.1f}–{high:.1f})")
            elif missing[0] == "target":
                gone = tr("target {target:.1f} not on this map ({low:.1f}–{high:.1f})")
            else:
                gone = tr("reservation {reservation:.1f} not on this map ({low:.1f}–{high:.1f})")
            text += " · " + gone.format(target=target_level(plan, selected), reservation=plan.reservation,
                                        low=lo, high=hi)
        if s.violations:
            text = tr("⚠ {text} — {violations}: all of this map is off-limits").format(
                text=text, violations="; ".join(s.violations))
        return text

    # ============================================================== hover
    def package_tooltip(self, name: str) -> str:
        plan = self._doc.plan
        try:
            pkg = plan.package(name)
        except KeyError:
            return name
        pts = pkg.score
        s = plan.meso_set_of(name)
        if s is None:
            head = tr("{package} — {points:.1f} points").format(package=name, points=pts)
        elif s.level is not None:
            head = tr("{package} — {points:.1f} points ({set}, level {level:.1f})").format(
                package=name, points=pts, set=s.name, level=s.level)
        else:
            head = tr("{package} — {points:.1f} points ({set})").format(package=name, points=pts, set=s.name)
        lines = [head]
        for issue in plan.issues:
            mark = " ⚠" if not issue.is_acceptable(pkg[issue.name]) else ""
            lines.append(f"  {issue.name}: {issue.format_term(pkg[issue.name])}{mark}")
        if not pkg.acceptable:
            lines.append(tr("Not acceptable: {violations}").format(violations="; ".join(pkg.violations)))
        if self._slice is not None and name != self._slice.package:
            lines.append(tr("(Its other terms differ from “{package}”, whose slice the map shows.)").format(
                package=self._slice.package))
        else:
            lines.append(tr("Drag to change its {issues}.").format(issues=list_words(a for a in self.axes if a)))
        return "\n".join(lines)

    def _on_mouse_moved(self, pos) -> None:
        s = self._slice
        if s is None or self.drag.active:
            return
        vb = self.canvas.plot.vb
        if not vb.sceneBoundingRect().contains(pos):
            if self._hovering:
                self._hovering = False
                self.canvas.set_info(self._info_text(self._doc.plan, s, self.state.package))
            return
        p = vb.mapSceneToView(pos)
        self._hovering = True
        self.canvas.set_info(self.readout(p.x(), p.y()))

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
        text = tr("{x_issue} {x_term} · {y_issue} {y_term}: {value:.1f} points").format(
            x_issue=s.x.issue, x_term=ix.format_term(tx), y_issue=s.y.issue, y_term=iy.format_term(ty), value=v)
        return text + ("" if ok else " — " + tr("off-limits", "plot legend"))

    # ============================================================== dragging
    def begin_drag(self, name: str) -> None:
        """Start moving package ``name`` on the map (selects it)."""
        self.drag.begin(name)
        if self._dirty:  # the slice of the newly selected package
            self.redraw()

    def drag_to(self, x: float, y: float) -> bool:
        """Move the dragged package's X and Y terms to the terms nearest (x, y); with
        "Hold value" on, its other terms are rebalanced. Returns True when the plan changed.
        (The line above the map says how the value held once the drag pauses: a new title in
        every frame would re-lay out the plot.)"""
        return self._slice is not None and self.drag.move(self._slice, x, y)

    def end_drag(self) -> None:
        """Finish the drag: everything it changed is one undo step."""
        if self.drag.active:
            self.schedule()  # everything the drag left for later: drawn once the drag is over
            self.drag.end()

    @property
    def dragging(self) -> str | None:
        return self.drag.name

    # ============================================================== hold value
    def _update_hold_box(self) -> None:
        name = self._doc.selected_package
        plan = self._doc.plan
        with QSignalBlocker(self.hold_box):
            if name and name in plan.package_names:
                self.hold_box.setEnabled(True)
                self.hold_box.setChecked(plan.stored_package(name).hold_value)
                self.hold_box.setToolTip(tr("Dragging “{package}” on the map keeps its value: its other unlocked "
                                            "terms are rebalanced (the package's own “Hold value” switch)").format(
                                                package=name))
            else:
                self.hold_box.setEnabled(False)
                self.hold_box.setChecked(False)

    def _on_hold_toggled(self, on: bool) -> None:
        self.set_hold_value(on)

    def set_hold_value(self, on: bool, name: str | None = None) -> bool:
        """Switch "Hold value" of package ``name`` (default the selected one); one undo step."""
        name = name or self._doc.selected_package
        if not name or name not in self._doc.plan.package_names:
            return False
        return self._doc.apply(set_hold_value(self._doc.plan, name, on),
                               (tr("Hold the value of {package}") if on
                                else tr("Release the value of {package}")).format(package=name))

    # ============================================================== export and menu
    def export(self, path: str | os.PathLike[str]) -> Path:
        """Write the map (with its colour bar and legend) to a .png or .svg file."""
        if self._dirty:
            self.redraw()
        return export_item(self.canvas.view.ci, path, self._doc.path)

    def ask_export_path(self, fmt: str) -> Path | None:
        x, y = self.axes
        stem = tr("value map {x} × {y}").format(x=x, y=y) if x and y else tr("value map", "file name")
        folder = self._doc.path.parent if self._doc.path else Path.home()
        return ask_export_path(self, tr("Export Value Map"), folder / f"{stem}{fmt}", fmt)

    def export_dialog(self, fmt: str = ".png") -> Path | None:
        return export_with_dialog(self, fmt)

    def _context_menu(self, pos) -> None:
        every = self.canvas.label_every_set
        export_menu(self, (self.action_png, self.action_svg), self.canvas.view, pos,
                    extra=((tr("S&wap Axes"), self.swap_axes),
                           (tr("Label Only the &Newest Set") if every else tr("Label &Every MESO Set"),
                            lambda: self.set_label_every_set(not every))))

    def set_label_every_set(self, on: bool) -> None:
        """Label the packages of every MESO set on the map, or (the default) only the newest
        set's, the selected package's and those in no set."""
        self.canvas.label_every_set = bool(on)
        if self._slice is not None:
            self.canvas.draw_points(self._doc.plan, self._slice, self.state.package)
            self.canvas.place_labels(self._slice)


__all__ = ["ValueMap"]
