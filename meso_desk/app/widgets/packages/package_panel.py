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
``document.apply``. A drag is one undo step (merge key + the document's gesture), and so is
a run of key presses on one term (the document's :meth:`~meso_desk.app.document.PlanDocument.step`).

Speed: widgets are built only when the set of issues or the number of packages changes; a
rename rebinds a column in place, and a term change only updates values (the dragged
slider, the term labels, the score, bar and status of the package that changed). New cards
are made a few at a time and shown a turn of the event loop later (:mod:`.card_slices`). Until
the last is shown, :meth:`PackagePanel.is_busy` is true; asking for a card still to come
(:meth:`PackagePanel.column`, :attr:`~PackagePanel.columns`) makes the rest at once. The row
and a set's frame are re-laid out only where their cards changed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette, QPixmap
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
from ....model.edits.meso_set_edits import add_meso_set, set_meso_set_archived, shown_selection
from ....model.language import tr
from ....model.plan import MesoSet, Plan
from ....model.preferences.issues import CategoricalIssue
from ...document import Change, PlanDocument
from ...workspaces import when_arranged
from ..common import announce, no_tab_stop
from ..glyphs import action_icon, lock_icon, meso_icon, status_colour, status_pixmap
from ..look import muted_palette
from .card_slices import TERM_ROWS_PER_TURN, CardSlices  # noqa: F401  (TERM_ROWS_PER_TURN: where it was)
from .compare import CompareDialog
from .contingent_card import keep_clauses
from .meso_dialog import MesoDialog
from .package_column import COLUMN_WIDTH, PackageColumn
from .reveal import reveal_value
from .set_group import SetGroup
from .term_slider import TermSlider


def _issue_signature(plan: Plan) -> tuple:
    out = []
    for i in plan.issues:
        g = i.grid()
        out.append((i.name, i.kind, len(g), tuple(g.tolist()) if isinstance(i, CategoricalIssue) else
                    (float(g[0]), float(g[-1])), tuple(i.grid_acceptable().tolist())))
    # (the order of issues matters too: rows are laid out in it)
    return tuple(out)


class PackagePanel(CardSlices, QWidget):
    """The ``packagePanel``: packages side by side, live scores, add/duplicate/rename/delete."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packagePanel")
        self._doc = document
        self._columns: list[PackageColumn] = []
        self._signature: tuple = ()
        self._issues: tuple = ()
        self._pixmaps: dict[tuple[str, int], Any] = {}
        self._groups: dict[str, SetGroup] = {}
        self._arrangement: tuple = ()
        #: fold state, view state only: plan (its path, "" unsaved) → set name → folded
        self._folds: dict[str, dict[str, bool]] = {}
        self._fold_key = str(document.path or "")
        self._known_sets: set[str] = {s.name for s in document.plan.meso_sets}
        self.show_archived = False
        self.lock_icon = lock_icon()
        self.muted_palette = muted_palette(self.palette())  # readable secondary text (issue 17)
        #: fits the cards once the layout has placed them; a child, it dies with the panel (never fires on a dead one)
        self._fit_later = QTimer(self, singleShot=True, interval=0, timeout=self._fit_columns)
        self._init_slices()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self._build_toolbar())
        lay.addWidget(self._build_columns(), 1)
        document.changed.connect(self._on_changed)
        document.selectionChanged.connect(self._on_selection)
        document.pathChanged.connect(self._on_path)
        document.holdNoted.connect(self._on_hold_noted)
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._focus_changed)
        # until the user scrolls the cards, the selected card is kept in view as the panel
        # settles (a workspace switch shows it, then the dock is sized: _keep_selected_in_view)
        self._follow_selection = True
        self.scroll.horizontalScrollBar().actionTriggered.connect(lambda _a: self._stop_following())
        self.scroll.viewport().installEventFilter(self)
        self._sync(document.plan, force=True)
        self._on_selection(document.selected_package)

    def _build_toolbar(self) -> QToolBar:
        self.toolbar = QToolBar(tr("Packages"))
        self.toolbar.setObjectName("packageToolbar")
        self.toolbar.setIconSize(QSize(16, 16))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        style = self.style()
        self.add_action = QAction(action_icon("add"), tr("Add"), self)
        self.add_action.setObjectName("addPackage")
        self.add_action.setToolTip(tr("Add a package with default terms"))
        self.add_action.triggered.connect(lambda: self.add_package())
        self.duplicate_action = QAction(action_icon("duplicate"), tr("Duplicate"), self)
        self.duplicate_action.setObjectName("duplicatePackage")
        self.duplicate_action.setToolTip(tr("Duplicate the selected package"))
        self.duplicate_action.triggered.connect(lambda: self.duplicate_package())
        self.delete_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon), tr("Delete"), self)
        self.delete_action.setObjectName("deletePackage")
        self.delete_action.setToolTip(tr("Delete the selected package (undo brings it back)"))
        self.delete_action.triggered.connect(lambda: self.delete_package())
        self.generate_action = QAction(meso_icon(self.palette().color(QPalette.ColorRole.WindowText)), tr("Generate MESOs…"), self)
        self.generate_action.setObjectName("generateMesos")
        self.generate_action.setToolTip(tr("Propose two or three packages worth the same to you, each conceding "
                                           "on a different issue"))
        self.generate_action.triggered.connect(self.open_meso_dialog)
        self.rename_action = QAction(tr("Rename"), self)
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
        self.compare_action = QAction(tr("Compare…"), self)
        self.compare_action.setObjectName("comparePackages")
        self.compare_action.setToolTip(tr("Compare chosen packages side by side: terms that differ in bold, "
                                          "with each one's points and status"))
        self.compare_action.triggered.connect(lambda: self.open_comparison())
        self.toolbar.addAction(self.compare_action)
        self.archived_action = QAction(tr("Archived"), self)
        self.archived_action.setObjectName("showArchived")
        self.archived_action.setCheckable(True)
        self.archived_action.setToolTip(tr("Show the archived MESO sets again"))
        self.archived_action.toggled.connect(self.set_show_archived)
        self.toolbar.addAction(self.archived_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.legend = QLabel()
        self.legend.setObjectName("packageLegend")
        self.legend.setPalette(self.muted_palette)
        self.toolbar.addWidget(self.legend)
        return self.toolbar

    def _build_columns(self) -> QScrollArea:
        self.scroll = no_tab_stop(QScrollArea())  # Tab goes from card to card
        self.scroll.setObjectName("packageScroll")
        announce(self.scroll, tr("Packages"), tr("The plan's packages side by side; Tab moves from card to card"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._host = QWidget()
        self._host.setObjectName("packageColumns")
        self._row = QHBoxLayout(self._host)
        self._row.setContentsMargins(6, 4, 6, 4)
        self._row.setSpacing(8)
        self._row.addStretch(1)
        self.scroll.setWidget(self._host)
        self.empty = QLabel(tr("No packages yet. Add one, or generate a MESO set."))
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

    @property
    def document(self) -> PlanDocument:
        return self._doc

    def term_slider(self, package: str, issue: str) -> TermSlider:
        return self.column(package).editors[issue].slider

    # -- observing the document ----------------------------------------------------------
    def _on_changed(self, change: Change) -> None:
        if change.touches("issues", "weights", "packages", "meso_sets", "reservation", "aspiration", "approvers",
                          "events", "goodwill", "relationship_weight", "costs"):
            self._sync(self._doc.plan, force=change.everything)
        if change.touches("meso_sets"):
            names = [s.name for s in self._doc.plan.meso_sets]
            new = [n for n in names if n not in self._known_sets]
            self._known_sets = set(names)
            if new and not change.everything:
                self.bring_set_into_view(new[-1])

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
            for c, name in zip(self._columns, names):
                if c.package_name != name:
                    c.bind(name)
            self._add_columns(plan, everything=force)
            for c in self._columns:
                c.update_from(plan)
            self.empty.setVisible(not names)
            self._arrange(plan, rebuild_terms)
        finally:
            if structural:
                self.setUpdatesEnabled(True)
                self._on_selection(self._doc.selected_package)
                self._fit_later.start()  # once the new cards have their places
        self.legend.setText(tr("Aspiration {aspiration:.1f} · Reservation {reservation:.1f}").format(
            aspiration=plan.aspiration, reservation=plan.reservation))
        self.legend.setToolTip(tr("Each bar shows the package's points; the dark tick marks its target level "
                                  "(aspiration or its MESO set's level), the red tick your reservation value."))
        has = bool(names)
        self.compare_action.setEnabled(len(names) >= 2)
        self.duplicate_action.setEnabled(has)
        self.delete_action.setEnabled(has)
        self.generate_action.setEnabled(len(plan.issues) >= 2)

    # -- MESO sets: grouped, folded, archived ------------------------------------------
    def _folded(self, plan: Plan, meso: MesoSet) -> bool:
        """The user's choice for this set, else: with more than two sets in view, all but the newest fold."""
        chosen = self._folds.get(self._fold_key, {}).get(meso.name)
        if chosen is not None:
            return chosen
        shown = [s.name for s in plan.meso_sets if self.show_archived or not s.archived]
        return len(shown) > 2 and meso.name != shown[-1]

    def _arrange(self, plan: Plan, force: bool = False) -> None:
        """Cards in plan order, a MESO set's cards together in their group (folded or not);
        archived sets only when asked for. Re-laid out only where that arrangement changed."""
        by_name = {c.package_name: c for c in self._columns}
        items = self._arrangement_items(plan, by_name)
        self._archived_action_for(plan)
        key = tuple(it[:5] for it in items)
        if key == self._arrangement and not force:
            for it in items:  # a set's level or name text may still have changed
                if it[0] == "set":
                    self._groups[it[1]].set_state(it[5], it[4])
            return
        self._arrangement = key
        entries: list[tuple[QWidget, int]] = [(self.empty, 1)]
        shown: list[tuple[QWidget, bool]] = []
        for it in items:
            if it[0] == "card":
                entries.append((by_name[it[1]], 10))
                shown.append((by_name[it[1]], True))
                continue
            _, set_name, members, visible, folded, meso = it
            group = self._groups.get(set_name)
            if group is None:
                group = self._groups[set_name] = SetGroup(self, set_name)
            cols = [by_name[n] for n in members]
            group.set_columns(cols)  # (nothing to do when they are the same cards)
            for c in cols:
                c.setVisible(visible and not folded)
            group.set_state(meso, folded)
            entries.append((group, 10 * max(1, len(cols)) if not folded else 0))
            shown.append((group, visible))
        self._fill_row(entries)
        for w, visible in shown:
            w.setVisible(visible)
        for gone in set(self._groups) - {it[1] for it in items if it[0] == "set"}:
            g = self._groups.pop(gone)
            g.hide()
            g.setParent(None)
            g.deleteLater()
        # cards shown again (a set unfolded, archived sets shown) were not fitted while hidden
        self._fit_later.start()

    def _arrangement_items(self, plan: Plan, by_name: Mapping[str, PackageColumn]) -> list[tuple]:
        """What the row shows, in plan order: ``("card", name)`` for a package outside the MESO
        sets, ``("set", name, members, shown, folded, meso)`` for a set (the members that have
        a card; a set none of whose cards is made yet is left out until one is)."""
        items: list[tuple] = []
        placed: set[str] = set()
        for name in plan.package_names:
            meso = plan.meso_set_of(name)
            if meso is None:
                if name in by_name:
                    items.append(("card", name))
            elif meso.name not in placed:
                placed.add(meso.name)
                members = tuple(n for n in meso.packages if n in by_name)
                if members:
                    shown = self.show_archived or not meso.archived
                    items.append(("set", meso.name, members, shown, self._folded(plan, meso), meso))
        return items

    def _archived_action_for(self, plan: Plan) -> None:
        """The "Archived (n)" switch: shown while there is an archived set (or they are shown)."""
        n_archived = sum(s.archived for s in plan.meso_sets)
        if not n_archived and self.show_archived:  # the last one restored: nothing left to show
            self.show_archived = False
            blocked = self.archived_action.blockSignals(True)
            self.archived_action.setChecked(False)
            self.archived_action.blockSignals(blocked)
        if self.archived_action.text() != (archived_text := tr("Archived ({n})").format(n=n_archived)):
            self.archived_action.setText(archived_text)
        if self.archived_action.isVisible() != bool(n_archived or self.show_archived):
            self.archived_action.setVisible(bool(n_archived or self.show_archived))

    def _fill_row(self, entries: list[tuple[QWidget, int]]) -> None:
        """The row holds ``entries`` (widget, stretch) and then a stretch. What stays in its
        place is not touched (adding a set re-lays out only the new one, not every card)."""
        row = self._row
        keep = 0
        while keep < min(len(entries), row.count()) and row.itemAt(keep).widget() is entries[keep][0]:
            keep += 1
        while row.count() > keep:
            row.takeAt(keep)  # (a widget taken out is placed again below, or put away by the caller)
        for w, stretch in entries[keep:]:
            row.addWidget(w, stretch)
        row.addStretch(1)
        for i, (_w, stretch) in enumerate(entries[:keep]):
            if row.stretch(i) != stretch:
                row.setStretch(i, stretch)

    @property
    def groups(self) -> dict[str, SetGroup]:
        """The MESO sets' groups of cards, by set name."""
        return dict(self._groups)

    def is_folded(self, set_name: str) -> bool:
        g = self._groups.get(set_name)
        return bool(g is not None and g.folded)

    def set_folded(self, set_name: str, folded: bool) -> None:
        """Fold a set away (its cards give way to a short summary) or show its cards (view
        state: remembered for this plan while the program runs, not stored in the file)."""
        self._folds.setdefault(self._fold_key, {})[set_name] = bool(folded)
        self._arrange(self._doc.plan)

    def set_archived(self, set_name: str, archived: bool) -> bool:
        """Archive a set (hidden from the panel, kept in the plan and the rounds) or bring it
        back: an undoable edit."""
        result = set_meso_set_archived(self._doc.plan, set_name, archived)
        if not result.ok:
            self._doc.post_message(result.message)
            return False
        text = tr("Archive {set}") if archived else tr("Restore {set}")
        ok = self._doc.apply(result.plan, text.format(set=set_name))
        if ok and not self.show_archived:  # the selection leaves the set put away with it
            self._doc.select_package(shown_selection(self._doc.plan, self._doc.selected_package))
        return ok

    def set_show_archived(self, on: bool) -> None:
        """Show (or hide again) the archived sets."""
        self.show_archived = bool(on)
        if self.archived_action.isChecked() != self.show_archived:
            self.archived_action.setChecked(self.show_archived)
        self._arrange(self._doc.plan)

    def bring_set_into_view(self, set_name: str) -> None:
        """A new set (generated here or recorded elsewhere): shown, unfolded, its first package
        selected and its cards scrolled into view."""
        plan = self._doc.plan
        meso = next((s for s in plan.meso_sets if s.name == set_name), None)
        if meso is None:
            return
        self._folds.setdefault(self._fold_key, {})[set_name] = False
        self._arrange(plan)
        if meso.packages and meso.packages[0] in plan.package_names:
            self._doc.select_package(meso.packages[0])
        self._bring_later = set_name if self.is_busy() else None  # again once its cards are made
        group = self._groups.get(set_name)
        if group is not None:
            QTimer.singleShot(0, group, lambda: self._scroll_to(group))  # (not once the group is gone)

    def _scroll_to(self, widget: QWidget) -> None:
        if widget.isVisible():
            self._host.layout().activate()
            self.scroll.ensureWidgetVisible(widget, 8, 0)

    def _on_path(self, path: str) -> None:
        # a plan saved under a new name keeps its folds; another plan starts with its own
        if path and self._fold_key == "" and path not in self._folds:
            self._folds[path] = self._folds.pop("", {})
        self._fold_key = path

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Tabbing or clicking into a card selects its package (not the first focus, nor one from a hidden panel)."""
        w = new if _old is not None and _old.isVisible() else None
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
        if sel:  # selected on the map, in a dialog or at start: bring its card into view
            self._follow_selection = True
            self._reveal(sel)

    def _stop_following(self) -> None:
        self._follow_selection = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._follow_selection = True  # a workspace switch shows the panel again
        if self._doc.selected_package:
            self._reveal(self._doc.selected_package)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Resize and obj is self.scroll.viewport():
            if not when_arranged(self, self._fit_columns):  # (once a workspace switch has sized it)
                self._fit_columns()
            if self._follow_selection and self._doc.selected_package:
                self._reveal(self._doc.selected_package)
        return super().eventFilter(obj, event)

    def _fit_columns(self) -> None:
        """Tell each card the height it has without scrolling (one or two lines per term)."""
        vp = self.scroll.viewport()
        bottom = self._row.contentsMargins().bottom() + 6
        for c in self._columns:
            if c.isVisible():
                c.fit_height(vp.height() - c.mapTo(self._host, QPoint(0, 0)).y() - bottom)

    # -- editing: terms ----------------------------------------------------------------------
    def move_term(self, package: str, issue: str, term: Term, dragging: bool = False) -> bool:
        """Set one term: a step of a drag, or of a run of key presses on the term (one undo step each).

        With "Hold value" on, the other unlocked terms are rebalanced so that the package
        keeps the value it had when the drag or the run of keys started (the document's gesture plan).
        """
        doc, key = self._doc, ("term", package, issue)
        if not dragging:
            doc.step(key)
        result = edits.set_term(doc.plan, package, issue, term, base=doc.gesture_plan)
        doc.note_hold(package, result)  # the card says how it went (_on_hold_noted)
        return doc.apply(result.plan, tr("Change {issue} of {package}").format(issue=issue, package=package),
                         merge_key=key)

    def _on_hold_noted(self, package: str) -> None:
        """How "Hold value" went for ``package`` (a slider, a drag on the value map, an undo): its card says so."""
        if package in self._doc.plan.package_names:
            self.column(package).set_hold_message(self._doc.hold_note(package))

    def set_term_locked(self, package: str, issue: str, on: bool) -> bool:
        self._doc.select_package(package)
        text = tr("Lock {issue} of {package}") if on else tr("Unlock {issue} of {package}")
        return self._doc.apply(edits.set_term_locked(self._doc.plan, package, issue, on),
                               text.format(issue=issue, package=package))

    def set_all_locked(self, package: str, on: bool) -> bool:
        return self._doc.apply(edits.set_all_locked(self._doc.plan, package, on),
                               (tr("Lock all terms of {package}") if on
                                else tr("Unlock all terms of {package}")).format(package=package))

    def set_hold_value(self, package: str, on: bool) -> bool:
        done = self._doc.apply(edits.set_hold_value(self._doc.plan, package, on),
                               (tr("Hold the value of {package}") if on
                                else tr("Release the value of {package}")).format(package=package))
        return done  # released: its hold note no longer applies (PlanDocument.hold_note)

    # -- editing: packages -------------------------------------------------------------------
    def add_package(self, name: str | None = None) -> str:
        new_plan, name = edits.add_package(self._doc.plan, name)
        self._doc.apply(new_plan, tr("Add package {name}").format(name=name))
        self._doc.select_package(name)
        self._reveal(name)
        return name

    def duplicate_package(self, name: str | None = None) -> str | None:
        name = name or self._doc.selected_package
        if not name:
            return None
        new_plan, new_name = edits.duplicate_package(self._doc.plan, name)
        self._doc.apply(new_plan, tr("Duplicate {name}").format(name=name))
        self._doc.select_package(new_name)
        self._reveal(new_name)
        return new_name

    def delete_package(self, name: str | None = None) -> bool:
        plan = self._doc.plan
        name = name or self._doc.selected_package
        if not name or name not in plan.package_names:
            return False
        i = plan.package_names.index(name)
        done = self._doc.apply(edits.remove_package(plan, name), tr("Delete {name}").format(name=name))
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
        self._doc.apply(result.plan, tr("Rename {old} to {new}").format(old=old, new=new.strip()))
        if was_selected:
            self._doc.select_package(new.strip())
        return None

    def _rename_selected(self) -> None:
        sel = self._doc.selected_package
        if sel:
            self.column(sel).start_rename()

    def _reveal(self, name: str) -> None:
        col = self._made_column(name)
        if col is None:  # (a card still to come: revealed once it is made, _make_more)
            return
        if when_arranged(col, lambda: self._reveal_column(col, lay_out=True)):
            return  # (a workspace switch: at its end, before its paint — a scroll after it painted the cards again)
        QTimer.singleShot(0, col, lambda: self._reveal_column(col))  # (not once the column is gone)

    def _reveal_column(self, col: PackageColumn, lay_out: bool = False) -> None:
        """Scroll to ``col`` with its set (the whole set when it fits: :func:`reveal_value`)."""
        host, bar = self.scroll.widget(), self.scroll.horizontalScrollBar()
        if not col.isVisible():  # (a card put away: hidden until it is deleted)
            return
        if lay_out:  # (its place known now, not after the layout's turn)
            self._host.layout().activate()
        meso = self._doc.plan.meso_set_of(col.package_name)
        group = self._groups.get(meso.name) if meso is not None else None
        def span(w: QWidget) -> tuple[int, int]:
            x = w.mapTo(host, QPoint(0, 0)).x()
            return x, x + w.width()
        bar.setValue(reveal_value(bar.value(), self.scroll.viewport().width(), span(col),
                                  span(group) if group is not None and group.isVisible() else None, 6))

    # -- MESO ----------------------------------------------------------------------------
    def open_meso_dialog(self) -> MesoDialog:
        """Open the "Generate MESOs" dialog (window-modal) and return it."""
        dlg = MesoDialog(self._doc, self)
        dlg.setChosen.connect(self.add_meso_set)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dlg.open()
        return dlg

    def add_meso_set(self, packages: list[Mapping[str, Term]], level: float | None) -> list[str]:
        """Add generated packages as one MESO set (A, B, C …) in one undoable step (a contingent
        option keeps its clause)."""
        new_plan, names = add_meso_set(self._doc.plan, packages, level)
        new_plan = keep_clauses(new_plan, names, packages)
        self._doc.apply(new_plan, tr("Generate MESOs ({packages})").format(packages=", ".join(names)))  # brought into view
        return names

    def open_comparison(self, names: list[str] | None = None) -> CompareDialog:
        """Open the side-by-side comparison of packages (``names``, by default the selected
        package and the newest set's) and return it; packages are chosen in it by checkboxes."""
        dlg = CompareDialog(self._doc, names if names is not None else self._default_comparison(), self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dlg.show()
        return dlg

    def _default_comparison(self) -> list[str]:
        plan = self._doc.plan
        shown = [s for s in plan.meso_sets if not s.archived]
        out = list(shown[-1].packages) if shown else []
        sel = self._doc.selected_package
        if sel and sel not in out:
            out.insert(0, sel)
        return out or list(plan.package_names[:3])

    def sizeHint(self) -> QSize:
        return QSize(3 * COLUMN_WIDTH + 40, 330)

    def minimumSizeHint(self) -> QSize:
        return QSize(COLUMN_WIDTH + 30, 200)
