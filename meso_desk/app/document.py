"""The open plan as the window sees it: current Plan, undo stack, file path, selection.

Data flows one way. A widget turns a gesture into a new :class:`~meso_desk.model.plan.Plan`
(with an edit function of :mod:`meso_desk.model.edits`) and calls :meth:`PlanDocument.apply`; that pushes one
:class:`PlanCommand` on the ``QUndoStack``; the document emits :attr:`PlanDocument.changed`
with the set of top-level plan fields that differ; every view that shows one of them
redraws. No widget writes another widget's state.

A continuous gesture (a slider drag) passes a ``merge_key``: consecutive applies with the
same key merge into one undo step until :meth:`PlanDocument.end_gesture` is called (on
slider release), so one drag is one undo. A run of key presses that step one thing (the arrow
keys on a term's slider) is one gesture too (:meth:`PlanDocument.step`), without holding up the
views: it ends when the focus moves, something else is edited, or on undo or redo.

A field that commits late (on focus-out, on editingFinished, after a pause in typing, an
open cell editor) may hold text the plan does not have yet. Before anything reads the plan
to decide (save, close, revert, open, print), :meth:`PlanDocument.commit_pending_edits` asks
every such field to commit now through :attr:`PlanDocument.pendingEditsRequested`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QUndoCommand, QUndoStack

from ..model.documents.cards import latest_meso_set
from ..model.edits.package_edits import package_renames
from ..model.errors import one_line
from ..model.language import tr
from ..model.plan import Plan
from .settings import shown_name

_MERGE_ID = 0x4D45


@dataclass(frozen=True)
class Change:
    """What changed between two plans: top-level field names (``"issues"``, ``"weights"``,
    ``"packages"``, ``"meso_sets"``, ``"rounds"``, ``"reservation"``, …) or ``{"*"}`` for a
    whole new plan (open, new, revert)."""

    fields: frozenset[str]
    old: Plan | None = None
    new: Plan | None = None
    hint: dict[str, Any] = field(default_factory=dict)

    def touches(self, *names: str) -> bool:
        return "*" in self.fields or any(n in self.fields for n in names)

    @property
    def everything(self) -> bool:
        return "*" in self.fields


def diff_fields(old: Plan, new: Plan) -> frozenset[str]:
    out = set()
    for name in type(new).model_fields:
        a, b = getattr(old, name), getattr(new, name)
        if a is not b and a != b:
            out.add(name)
    return frozenset(out)


class PlanCommand(QUndoCommand):
    """One undoable change: the plan before and after; ``set_plan(plan, hint)`` puts one of
    them in place (the document's own setter, which emits :attr:`PlanDocument.changed`)."""

    def __init__(self, set_plan: Callable[[Plan, dict[str, Any]], None], old: Plan, new: Plan, text: str,
                 merge_key: Any = None, hint: dict[str, Any] | None = None) -> None:
        # Qt splits an undo text at a line break (the history shows one part, Edit ▸ Undo the
        # other): a name written across lines (a loaded file can hold one) reads as one line.
        super().__init__(one_line(text))
        self._set_plan = set_plan
        self.old = old
        self.new = new
        self.merge_key = merge_key
        self.hint = hint or {}

    def id(self) -> int:
        return _MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, PlanCommand) or other.merge_key is None or other.merge_key != self.merge_key:
            return False
        self.new = other.new
        self.hint = other.hint
        # A drag that ends where it began leaves no empty step on the stack.
        self.setObsolete(self.new == self.old)
        return True

    def redo(self) -> None:
        self._set_plan(self.new, self.hint)

    def undo(self) -> None:
        self._set_plan(self.old, self.hint)


class PlanDocument(QObject):
    """The plan being edited. Views observe :attr:`changed`; edits go through :meth:`apply`."""

    #: emitted with a :class:`Change` after every change of the plan (apply, undo, redo, open)
    changed = Signal(object)
    #: the selected package's name ("" when none)
    selectionChanged = Signal(str)
    #: the file path changed (str, "" for an unsaved plan)
    pathChanged = Signal(str)
    #: the modified flag changed
    modifiedChanged = Signal(bool)
    #: a continuous gesture (a slider or a drag) has started
    gestureStarted = Signal()
    #: a continuous gesture (a slider or a drag) has ended: views that wait for a pause can draw
    gestureEnded = Signal()
    #: a message for the user (text, milliseconds to show it; 0 = until the next one): the one way
    #: any part of the window posts to the status bar
    message = Signal(str, int)
    #: what :meth:`hold_note` says about a package (its name) changed: a new term edit, or an
    #: undo, redo or other edit that takes its terms away from the note or back to it
    holdNoted = Signal(str)
    #: commit what is typed but not applied yet, now (see :meth:`commit_pending_edits`)
    pendingEditsRequested = Signal()

    def __init__(self, plan: Plan, path: str | Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self._path = Path(path) if path else None
        self._selected = plan.packages[0].name if plan.packages else ""
        self._gesture = 0
        #: the plan when the current gesture started (None outside a gesture)
        self._gesture_plan: Plan | None = None
        #: the run of key steps under way (its merge key) and the plan before its first step
        self._step_key: Any = None
        self._step_plan: Plan | None = None
        self._pushing = False
        #: the plan is in no file yet although the undo stack is clean (import, recovery)
        self._unsaved = False
        #: what the plan's file held when the window last read or wrote it (a
        #: :class:`~meso_desk.app.file_state.FileState`, set by the file controller; None for a plan in
        #: no file): Save compares the file with it, and the recovery copy keeps it as its base
        self.disk: Any = None
        self._last_modified = False
        #: package → (the TermsEdit of its last term edit with Hold value, the package it left)
        self._hold_notes: dict[str, tuple[Any, Any]] = {}
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.undo_stack.indexChanged.connect(self._on_index_changed)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusChanged.connect(self._on_focus_changed)

    # -- state -------------------------------------------------------------------------
    @property
    def plan(self) -> Plan:
        return self._plan

    @property
    def path(self) -> Path | None:
        return self._path

    def set_path(self, path: str | Path | None) -> None:
        self._path = Path(path) if path else None
        self.pathChanged.emit(str(self._path or ""))

    @property
    def modified(self) -> bool:
        return self._unsaved or not self.undo_stack.isClean()

    def _on_clean_changed(self, clean: bool) -> None:
        # uses the signal's argument: the stack may be half destroyed when it says so
        self._emit_modified(self._unsaved or not clean)

    def _emit_modified(self, m: bool | None = None) -> None:
        m = self.modified if m is None else m
        if m != self._last_modified:
            self._last_modified = m
            self.modifiedChanged.emit(m)

    def mark_saved(self, path: str | Path | None = None) -> None:
        if path is not None:
            self.set_path(path)
        self._unsaved = False
        self.undo_stack.setClean()
        self._emit_modified()

    @property
    def display_name(self) -> str:
        """The window's name for the plan: its title, and the file's name before it once saved
        (``"supplier.meso — Office chairs 2027"``)."""
        title = self._plan.title.strip() or tr("Untitled")
        # (a file name that is not UTF-8 shows “�” for the byte Qt would drop)
        return f"{shown_name(self._path.name)} — {title}" if self._path else title

    # -- selection (not undoable) ------------------------------------------------------------
    @property
    def selected_package(self) -> str:
        """The package selected; when it is gone (deleted, or a set undone), the first of the
        latest MESO set, else the plan's first package."""
        if self._selected and self._selected in self._plan.package_names:
            return self._selected
        latest = latest_meso_set(self._plan)
        if latest is not None:
            kept = [n for n in latest.packages if n in self._plan.package_names]
            if kept:
                return kept[0]
        return self._plan.packages[0].name if self._plan.packages else ""

    def select_package(self, name: str) -> None:
        if name != self._selected:
            self._selected = name
            self.selectionChanged.emit(name)

    # -- edits -------------------------------------------------------------------------
    def apply(self, new_plan: Plan, text: str, merge_key: Any = None, **hint: Any) -> bool:
        """Push ``new_plan`` as one undoable step named ``text``. Returns False if nothing changed."""
        if new_plan is self._plan or new_plan == self._plan:
            return False
        if self._step_key is not None and merge_key != self._step_key:
            self.end_steps()  # another edit: the run of key steps is over
        key = None if merge_key is None else (merge_key, self._gesture)
        self._pushing = True
        try:
            self.undo_stack.push(PlanCommand(self._set_plan, self._plan, new_plan, text, key, hint))
        finally:
            self._pushing = False
        return True

    # -- continuous gestures (a slider drag, a marker drag) ------------------------------------
    def begin_gesture(self) -> None:
        """A continuous gesture starts: remember the plan as it is now (see :attr:`gesture_plan`).

        Edits during the gesture pass a ``merge_key`` to :meth:`apply` and become one undo step;
        a rule that must see the plan as it was when the drag began (Hold value rebalances from
        the package at press time, not from the last frame) reads :attr:`gesture_plan`.
        """
        if self._gesture_plan is None:
            self.end_steps()
            self._gesture_plan = self._plan
            self.gestureStarted.emit()

    @property
    def in_gesture(self) -> bool:
        return self._gesture_plan is not None

    @property
    def gesture_plan(self) -> Plan:
        """The plan when the current gesture, or run of key steps (:meth:`step`), started (the
        current plan outside both)."""
        if self._gesture_plan is not None:
            return self._gesture_plan
        return self._step_plan if self._step_plan is not None else self._plan

    def end_gesture(self) -> None:
        """Close the current continuous gesture (and run of key steps): the next apply starts a
        new undo step."""
        self._step_key = self._step_plan = None
        self._gesture += 1
        self._gesture_plan = None
        self.gestureEnded.emit()

    # -- runs of key steps (the arrow keys on a slider) ----------------------------------------
    def step(self, merge_key: Any) -> None:
        """A key press is about to step the thing whose edits carry ``merge_key`` (an arrow key
        on a term's slider: ``("term", package, issue)``). A run of such presses on one thing is
        one gesture, as a drag is: its edits merge into one undo step, and :attr:`gesture_plan`
        is the plan before its first press, so that Hold value holds the value the package had
        then and a run of small steps cannot walk it away. Unlike a drag it holds up no view
        (:attr:`in_gesture` stays False: each press is drawn whole). The run ends when another
        thing is stepped, a gesture begins or ends, the focus moves, any other edit is applied,
        and on undo or redo (:meth:`end_steps`)."""
        if self._gesture_plan is not None or merge_key == self._step_key:
            return
        self.end_steps()
        self._step_key, self._step_plan = merge_key, self._plan

    def end_steps(self) -> None:
        """End the run of key steps under way, if any: the next step starts a new undo step and
        holds from the plan as it is then."""
        if self._step_key is not None:
            self._step_key = self._step_plan = None
            self._gesture += 1

    def _on_index_changed(self, _index: int) -> None:
        if not self._pushing:  # undo, redo, a jump in the history
            self.end_steps()

    def _on_focus_changed(self, _old: Any, _new: Any) -> None:
        self.end_steps()

    # -- how "Hold value" went ---------------------------------------------------------------
    def note_hold(self, package: str, edit: Any) -> None:
        """Remember how "Hold value" went in ``package``'s term edit ``edit`` (a
        :class:`~meso_desk.model.edits.package_edits.TermsEdit`; call it *before* applying the
        edit). The package panel's sliders and the value map's drag both note their edits here,
        and the card's hold note and the line above the map both show :meth:`hold_note`: one
        mechanism, so that a value that could not be held is said after the gesture too. An edit
        that says nothing about holding (Hold value off, or nothing moved) leaves the note as it is.
        """
        if edit.held is None or package not in edit.plan.package_names:
            return
        self._hold_notes[package] = (edit, edit.plan.stored_package(package))
        if self._note_applies(self._plan, package):  # else applying the edit says it (_recheck_notes)
            self.holdNoted.emit(package)

    def hold_note(self, package: str) -> Any:
        """The TermsEdit that says how "Hold value" went in ``package``'s last term edit, while
        there is something to say (its ``brief``: "off by -1.6", "see note" …) and the package
        still has the terms that edit left (an undo takes the note away, a redo brings it back);
        else None."""
        note = self._hold_notes.get(package)
        return note[0] if note is not None and note[0].brief and self._note_applies(self._plan, package) else None

    def _note_applies(self, plan: Plan, package: str) -> bool:
        note = self._hold_notes.get(package)
        return note is not None and package in plan.package_names and plan.stored_package(package) == note[1]

    def _follow_renames(self, old: Plan) -> None:
        """A package renamed (or a rename undone or redone) keeps its note under its new name
        (:func:`~meso_desk.model.edits.package_edits.package_renames`). A note kept under the
        new name (a package of that name deleted before) waits under the old name meanwhile,
        as it was, so that undoing the rename and then the deletion brings it back too."""
        renames = package_renames(old, self._plan)
        if not renames:
            return
        notes = self._hold_notes
        moved: dict[str, tuple[Any, Any]] = {}
        for a, b in renames.items():
            if a in notes:
                edit, stored = notes[a]
                moved[b] = (edit, stored.model_copy(update={"name": b}))
            if b in notes:
                moved[a] = notes[b]
        names = set(renames) | set(renames.values())
        self._hold_notes = {k: v for k, v in notes.items() if k not in names} | moved

    def _recheck_notes(self, old: Plan) -> None:
        """Say again the notes that a change of the plan made apply or stop applying."""
        for name in list(self._hold_notes):
            if self._note_applies(old, name) != self._note_applies(self._plan, name):
                self.holdNoted.emit(name)

    # -- pending edits -------------------------------------------------------------------------
    def commit_pending_edits(self) -> None:
        """Before the plan is saved, closed, replaced or printed: every field that commits late
        (an open cell editor, text that waits for focus-out or a pause) applies what it holds
        now, as it would on leaving it. Widgets with such fields connect to
        :attr:`pendingEditsRequested`; the edits go through :meth:`apply` as usual."""
        self.pendingEditsRequested.emit()

    # -- messages ------------------------------------------------------------------------------
    def post_message(self, text: str, timeout_ms: int = 5000) -> None:
        """Show ``text`` to the user in the status bar (the one way any widget posts a message)."""
        self.message.emit(text, timeout_ms)

    def reset(self, plan: Plan, path: str | Path | None = None, clean: bool = True) -> None:
        """Replace the plan without undo (open, new, recover); clears the undo history.

        ``clean=False`` marks a plan that is not saved anywhere yet (an import, a recovered
        copy): it stays modified, even after undoing back to it, until :meth:`mark_saved`.
        """
        self._unsaved = not clean
        self._gesture_plan = None
        self.end_steps()
        self.undo_stack.clear()
        old = self._plan
        self._plan = plan
        if self._selected not in plan.package_names:
            self._selected = plan.packages[0].name if plan.packages else ""
        self.set_path(path)
        self.undo_stack.setClean()
        self.changed.emit(Change(frozenset({"*"}), old, plan))
        notes, self._hold_notes = self._hold_notes, {}
        for name in notes:  # a new plan: no note applies
            self.holdNoted.emit(name)
        self.selectionChanged.emit(self.selected_package)
        self._emit_modified()

    def _set_plan(self, plan: Plan, hint: dict[str, Any]) -> None:
        old = self._plan
        self._plan = plan
        fields = diff_fields(old, plan)
        if fields:
            self._follow_renames(old)
            self.changed.emit(Change(fields, old, plan, hint))
            self._recheck_notes(old)
        if self._selected and self._selected not in plan.package_names:
            self.selectionChanged.emit(self.selected_package)
