"""PackagePanel (``packagePanel``): the plan's packages side by side, one card each.

Each card (:class:`~meso_desk.app.widgets.packages.package_column.PackageColumn`) shows a
package's name, live score, a bar against the target level and the reservation, its status
in words, a "Hold value" switch, and for every issue a slider with the term in the user's
units and a lock.

Handles for tests and scripts: every term control — the slider (``termSlider``) and its
lock (``termLock``) — carries the dynamic properties ``package`` and ``issue``; each column
(``packageColumn``) carries ``package``.

Edits: every gesture becomes a call of an edit function of
:mod:`meso_desk.model.edits.package_edits` (terms with "Hold value", locks, add, duplicate,
rename, delete) or :mod:`meso_desk.model.edits.meso_set_edits`, and the new plan goes to
``document.apply``. A drag is one undo step (merge key + the document's gesture); each key
press is one.

Speed: widgets are built only when the set of issues or the number of packages changes; a
rename rebinds a column in place, and a term change only updates values (the dragged
slider, the term labels, the score, bar and status of the package that changed).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ....model.base import Term
from ....model.edits import package_edits as edits
from ....model.edits.meso_set_edits import add_meso_set
from ....model.plan import Plan
from ....model.preferences.issues import CategoricalIssue
from ...document import Change, PlanDocument
from ..glyphs import action_icon, lock_icon, status_colour, status_pixmap
from .meso_dialog import MesoDialog
from .package_column import COLUMN_WIDTH, PackageColumn
from .term_slider import TermSlider


def _issue_signature(plan: Plan) -> tuple:
    out = []
    for i in plan.issues:
        g = i.grid()
        out.append((i.name, i.kind, len(g), tuple(g.tolist()) if isinstance(i, CategoricalIssue) else
                    (float(g[0]), float(g[-1])), tuple(i.grid_acceptable().tolist())))
    # (the order of issues matters too: rows are laid out in it)
    return tuple(out)



class PackagePanel(QWidget):
    """The ``packagePanel``: packages side by side, live scores, add/duplicate/rename/delete."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packagePanel")
        self._doc = document
        self._columns: list[PackageColumn] = []
        self._signature: tuple = ()
        self._issues: tuple = ()
        self._pixmaps: dict[tuple[str, int], Any] = {}
        self.lock_icon = lock_icon()
        self.muted_palette = QPalette(self.palette())
        self.muted_palette.setColor(QPalette.ColorRole.WindowText,
                                    self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self._build_toolbar())
        lay.addWidget(self._build_columns(), 1)
        document.changed.connect(self._on_changed)
        document.selectionChanged.connect(self._on_selection)
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._focus_changed)
        self._sync(document.plan, force=True)
        self._on_selection(document.selected_package)

    def _build_toolbar(self) -> QToolBar:
        self.toolbar = QToolBar("Packages")
        self.toolbar.setObjectName("packageToolbar")
        self.toolbar.setIconSize(QSize(16, 16))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        style = self.style()
        self.add_action = QAction(action_icon("add"), "Add", self)
        self.add_action.setObjectName("addPackage")
        self.add_action.setToolTip("Add a package with default terms")
        self.add_action.triggered.connect(lambda: self.add_package())
        self.duplicate_action = QAction(action_icon("duplicate"), "Duplicate", self)
        self.duplicate_action.setObjectName("duplicatePackage")
        self.duplicate_action.setToolTip("Duplicate the selected package")
        self.duplicate_action.triggered.connect(lambda: self.duplicate_package())
        self.delete_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon), "Delete", self)
        self.delete_action.setObjectName("deletePackage")
        self.delete_action.setToolTip("Delete the selected package (undo brings it back)")
        self.delete_action.triggered.connect(lambda: self.delete_package())
        self.generate_action = QAction(self._meso_icon(), "Generate MESOs…", self)
        self.generate_action.setObjectName("generateMesos")
        self.generate_action.setToolTip("Propose two or three packages worth the same to you, each conceding "
                                        "on a different issue")
        self.generate_action.triggered.connect(self.open_meso_dialog)
        self.rename_action = QAction("Rename", self)
        self.rename_action.setObjectName("renamePackage")
        self.rename_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.rename_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.rename_action.triggered.connect(self._rename_selected)
        self.addAction(self.rename_action)
        self.toolbar.addAction(self.add_action)
        self.toolbar.addAction(self.duplicate_action)
        self.toolbar.addAction(self.delete_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.generate_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.legend = QLabel()
        self.legend.setObjectName("packageLegend")
        self.legend.setPalette(self.muted_palette)
        self.toolbar.addWidget(self.legend)
        return self.toolbar

    def _build_columns(self) -> QScrollArea:
        self.scroll = QScrollArea()
        self.scroll.setObjectName("packageScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._host = QWidget()
        self._host.setObjectName("packageColumns")
        self._row = QHBoxLayout(self._host)
        self._row.setContentsMargins(8, 8, 8, 8)
        self._row.setSpacing(8)
        self._row.addStretch(1)
        self.scroll.setWidget(self._host)
        self.empty = QLabel("No packages yet. Add one, or generate a MESO set.")
        self.empty.setObjectName("packageEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setPalette(self.muted_palette)
        self._row.insertWidget(0, self.empty, 1)
        return self.scroll

    # -- helpers for the columns -------------------------------------------------------------
    def pixmap(self, status: str, size: int) -> QPixmap:
        key = (status, size)
        pm = self._pixmaps.get(key)
        if pm is None:
            pm = status_pixmap(status, size)
            self._pixmaps[key] = pm
        return pm

    @staticmethod
    def status_qcolor(status: str) -> QColor:
        return status_colour(status)

    def _meso_icon(self) -> QIcon:
        icon = QIcon()
        for dpr in (1.0, 2.0):
            pm = QPixmap(int(16 * dpr), int(16 * dpr))
            pm.setDevicePixelRatio(dpr)
            pm.fill(Qt.GlobalColor.transparent)
            p = QPainter(pm)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            for k, c in enumerate(("#f2b134", "#6cc3a0", "#f26d5b")):
                p.fillRect(QRectF(1.5 + k * 5, 5, 3.5, 10), QColor(c))
            p.setPen(QPen(self.palette().color(QPalette.ColorRole.WindowText), 1.4))
            p.drawLine(1, 3, 15, 3)
            p.end()
            icon.addPixmap(pm)
        return icon

    @property
    def document(self) -> PlanDocument:
        return self._doc

    @property
    def columns(self) -> list[PackageColumn]:
        return list(self._columns)

    def column(self, name: str) -> PackageColumn:
        for c in self._columns:
            if c.package_name == name:
                return c
        raise KeyError(f"no column for package {name!r}")

    def term_slider(self, package: str, issue: str) -> TermSlider:
        return self.column(package).editors[issue].slider

    # -- observing the document ----------------------------------------------------------
    def _on_changed(self, change: Change) -> None:
        if change.touches("issues", "weights", "packages", "meso_sets", "reservation", "aspiration"):
            self._sync(self._doc.plan, force=change.everything)

    def _sync(self, plan: Plan, force: bool = False) -> None:
        old = self._issues
        same_issues = len(old) == len(plan.issues) and all(a is b for a, b in zip(old, plan.issues))
        sig = self._signature if (same_issues and not force) else _issue_signature(plan)
        self._issues = plan.issues
        rebuild_terms = force or sig != self._signature
        self._signature = sig
        if not same_issues and not rebuild_terms:
            # same grids, other details (curve, unit, description): keep the widgets, rebind
            for c in self._columns:
                c.rebind_issues(plan)
        names = plan.package_names
        structural = rebuild_terms or len(names) != len(self._columns)
        if structural:
            self.setUpdatesEnabled(False)
        try:
            if rebuild_terms:
                for c in self._columns:
                    c.build_terms(plan)
            while len(self._columns) > len(names):
                c = self._columns.pop()
                self._row.removeWidget(c)
                c.hide()
                c.setParent(None)  # gone from findChildren at once, deleted later
                c.deleteLater()
            for i, name in enumerate(names):
                if i < len(self._columns):
                    c = self._columns[i]
                    if c.package_name != name:
                        c.bind(name)
                else:
                    c = PackageColumn(self, plan, name)
                    c.clicked.connect(self._doc.select_package)
                    self._row.insertWidget(self._row.count() - 1, c)
                    self._columns.append(c)
            for c in self._columns:
                c.update_from(plan)
            self.empty.setVisible(not names)
        finally:
            if structural:
                self.setUpdatesEnabled(True)
                self._on_selection(self._doc.selected_package)
        self.legend.setText(f"Aspiration {plan.aspiration:.1f} · Reservation {plan.reservation:.1f}")
        self.legend.setToolTip("Each bar shows the package's points; the dark tick marks its target level "
                               "(aspiration or its MESO set's level), the red tick your reservation value.")
        has = bool(names)
        self.duplicate_action.setEnabled(has)
        self.delete_action.setEnabled(has)
        self.generate_action.setEnabled(len(plan.issues) >= 2)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Tabbing or clicking into a column's control selects its package."""
        w = new
        while w is not None and w is not self:
            if isinstance(w, PackageColumn):
                if w.package_name in self._doc.plan.package_names:
                    self._doc.select_package(w.package_name)
                return
            w = w.parentWidget()

    def _on_selection(self, name: str) -> None:
        sel = self._doc.selected_package
        for c in self._columns:
            c.set_selected(c.package_name == sel)

    # -- editing: terms ----------------------------------------------------------------------
    def move_term(self, package: str, issue: str, term: Term, dragging: bool = False) -> bool:
        """Set one term (one undo step, or merged into the current drag's step).

        With "Hold value" on, the other unlocked terms are rebalanced so that the package
        keeps the value it had when the gesture started (the document's gesture plan).
        """
        doc = self._doc
        result = edits.set_term(doc.plan, package, issue, term, base=doc.gesture_plan)
        changed = doc.apply(result.plan, f"Change {issue} of {package}", merge_key=("term", package, issue))
        if not dragging:
            doc.end_gesture()
        if package in self._doc.plan.package_names:
            self.column(package).set_hold_message(result.message if result.brief else "", result.status,
                                                  result.brief)
        return changed

    def set_term_locked(self, package: str, issue: str, on: bool) -> bool:
        self._doc.select_package(package)
        verb = "Lock" if on else "Unlock"
        return self._doc.apply(edits.set_term_locked(self._doc.plan, package, issue, on),
                               f"{verb} {issue} of {package}")

    def set_all_locked(self, package: str, on: bool) -> bool:
        return self._doc.apply(edits.set_all_locked(self._doc.plan, package, on),
                               f"{'Lock' if on else 'Unlock'} all terms of {package}")

    def set_hold_value(self, package: str, on: bool) -> bool:
        done = self._doc.apply(edits.set_hold_value(self._doc.plan, package, on),
                               f"{'Hold' if on else 'Release'} the value of {package}")
        if done and not on:
            self.column(package).set_hold_message("")
        return done

    # -- editing: packages -------------------------------------------------------------------
    def add_package(self, name: str | None = None) -> str:
        new_plan, name = edits.add_package(self._doc.plan, name)
        self._doc.apply(new_plan, f"Add package {name}")
        self._doc.select_package(name)
        self._reveal(name)
        return name

    def duplicate_package(self, name: str | None = None) -> str | None:
        name = name or self._doc.selected_package
        if not name:
            return None
        new_plan, new_name = edits.duplicate_package(self._doc.plan, name)
        self._doc.apply(new_plan, f"Duplicate {name}")
        self._doc.select_package(new_name)
        self._reveal(new_name)
        return new_name

    def delete_package(self, name: str | None = None) -> bool:
        plan = self._doc.plan
        name = name or self._doc.selected_package
        if not name or name not in plan.package_names:
            return False
        i = plan.package_names.index(name)
        done = self._doc.apply(edits.remove_package(plan, name), f"Delete {name}")
        rest = self._doc.plan.package_names
        if rest:
            self._doc.select_package(rest[min(i, len(rest) - 1)])
        return done

    def rename_package(self, old: str, new: str) -> str | None:
        """Rename; returns the reason when refused (empty or duplicate name)."""
        result = edits.rename_package(self._doc.plan, old, new)
        if not result.ok:
            return result.message
        was_selected = self._doc.selected_package == old
        self._doc.apply(result.plan, f"Rename {old} to {new.strip()}")
        if was_selected:
            self._doc.select_package(new.strip())
        return None

    def _rename_selected(self) -> None:
        sel = self._doc.selected_package
        if sel:
            self.column(sel).start_rename()

    def _reveal(self, name: str) -> None:
        try:
            col = self.column(name)
        except KeyError:
            return
        QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(col, 20, 0) if col.isVisible() else None)

    # -- MESO ----------------------------------------------------------------------------
    def open_meso_dialog(self) -> MesoDialog:
        """Open the "Generate MESOs" dialog (window-modal) and return it."""
        dlg = MesoDialog(self._doc, self)
        dlg.setChosen.connect(self.add_meso_set)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dlg.open()
        return dlg

    def add_meso_set(self, packages: list[Mapping[str, Term]], level: float | None) -> list[str]:
        """Add generated packages as one MESO set (A, B, C …) in one undoable step."""
        new_plan, names = add_meso_set(self._doc.plan, packages, level)
        self._doc.apply(new_plan, f"Generate MESOs ({', '.join(names)})")
        if names:
            self._doc.select_package(names[0])
            self._reveal(names[-1])
        return names

    def sizeHint(self) -> QSize:
        return QSize(3 * COLUMN_WIDTH + 40, 560)

    def minimumSizeHint(self) -> QSize:
        return QSize(COLUMN_WIDTH + 30, 200)
