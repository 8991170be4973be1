"""The window's files: New, New from Example, Open, Save, Save As, Import GENIUS, Open Recent,
the save-changes question and the offer to recover unsaved work.

:class:`FileController` is a ``QObject`` the main window owns; it knows the
:class:`~meso_desk.app.document.PlanDocument`, the :class:`~meso_desk.app.settings.Settings`
(recent files, last folder) and the :class:`~meso_desk.app.autosave.Autosave`, never the
window's widgets. It replaces the document's plan with :meth:`PlanDocument.reset`, so the
panels stay connected across New/Open/Recover, and it tells the user what happened with
:meth:`PlanDocument.post_message` (the one way to post to the status bar).

Every question it asks (save changes? which file? replace it? restore?) goes through one small
method (``ask_save_changes``, ``ask_open_path``, ``ask_save_path``, ``ask_replace``,
``ask_genius_files``, ``ask_restore``, ``ask_unreadable``, ``ask_changed_on_disk``,
``show_error``) so that tests and scripts can answer it without a dialog.

Save never overwrites silently what another program (or a second window) wrote: the file's
:class:`~meso_desk.app.file_state.FileState` is taken when the plan is opened, saved, reverted or
restored (``PlanDocument.disk``), and a Save onto a file that changed since asks **Overwrite /
Save As… / Cancel** (a file deleted since is just written again).

Before it decides anything from the plan (is it modified? what to write?) it calls
:meth:`PlanDocument.commit_pending_edits`, so that text still being typed in a field counts.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from ..model.examples import example_plan
from ..model.io import PlanFileError, load_plan, save_plan
from ..model.io.genius import GeniusError, read_genius
from ..model.language import QT_TR_NOOP, current_language, tr
from ..model.plan import Plan
from .autosave import DISCARD, OPEN_FILE, RESTORE, SAME_AS_FILE, Autosave, RecoveryFile, find_orphans
from .document import PlanDocument
from .file_state import CHANGED, OPENED, SAVED, FileState
from .genius_import_dialog import GeniusImportDialog
from .recovery_dialogs import REMOVE, RecoveryDialog, UnreadableCopyDialog
from .settings import Settings, shown_name
from .widgets.common import said_yes

log = logging.getLogger(__name__)

#: (marked for the catalogue; the dialogs show ``tr(PLAN_FILTER)``)
PLAN_FILTER = QT_TR_NOOP("MESO Desk plans (*.meso)")
#: the answers of :meth:`FileController.ask_save_changes`
SAVE, DISCARD_CHANGES, CANCEL = "save", "discard", "cancel"
#: the answers of :meth:`FileController.ask_changed_on_disk` (and CANCEL)
OVERWRITE, SAVE_AS = "overwrite", "save_as"
#: File ▸ New from Example: the shipped example plans as the menu shows them (by file name), each
#: with its Alt letter (shown without it in tooltips and messages: :func:`example_label`)
EXAMPLE_LABELS = {"contingent": QT_TR_NOOP("&Contingent"), "hiring": QT_TR_NOOP("&Hiring"),
                  "sourcing": QT_TR_NOOP("S&ourcing"), "supplier": QT_TR_NOOP("&Supplier"),
                  "lieferant": QT_TR_NOOP("Supplier (&German)")}


def example_menu_text(name: str) -> str:
    """An example plan's entry in File ▸ New from Example, with its Alt letter (“&Supplier”)."""
    return tr(EXAMPLE_LABELS[name]) if name in EXAMPLE_LABELS else name.capitalize()


def example_label(name: str) -> str:
    """An example plan's name as the window shows it (``supplier`` → “Supplier”)."""
    return strip_mnemonic(example_menu_text(name))


def strip_mnemonic(text: str) -> str:
    """``text`` without its Alt letter's “&” (“&&” stays a “&”)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def blank_plan() -> Plan:
    """The plan File → New starts from, in the window's language (its cards too)."""
    return Plan(title=tr("Untitled negotiation"), language=current_language())


class FileController(QObject):
    """New / open / save / import / recover / recent files for one :class:`PlanDocument`.

    ``parent`` (the window, or None) is the parent of the dialogs it shows. Each operation
    returns True when it replaced or wrote the plan, False when the user cancelled or it
    failed (the plan is then unchanged).
    """

    #: the list of recent files changed (the window rebuilds its Open Recent menu)
    recentChanged = Signal()

    def __init__(self, document: PlanDocument, settings: Settings, autosave: Autosave | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.settings = settings
        self.autosave = autosave
        self._dialog_parent = parent
        if document.path is not None and document.disk is None:
            self._note_disk(OPENED)  # (read just before the window was made)

    # -- questions (hooks: tests and scripts replace them) ----------------------------------
    def ask_save_changes(self) -> str:
        """Save / Discard / Cancel for a modified plan. Returns ``"save"``, ``"discard"`` or ``"cancel"``."""
        box = QMessageBox(self._dialog_parent)
        box.setObjectName("saveChangesDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Unsaved changes"))
        box.setText(tr("Save the changes to “{name}” before closing it?").format(name=self.document.display_name))
        box.setInformativeText(tr("Your changes are lost if you don't save them."))
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return DISCARD_CHANGES
        return CANCEL

    def ask_open_path(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self._dialog_parent, tr("Open Plan"), self.start_folder(),
                                              tr(PLAN_FILTER) + ";;" + tr("All files (*)"))
        return path or None

    def ask_save_path(self) -> str | None:
        doc = self.document
        if doc.path:
            start = str(doc.path)
        else:
            stem = "".join(c if c.isalnum() or c in " -_" else " " for c in doc.plan.title).strip()
            name = " ".join(stem.split()) or tr("plan", "file name")
            start = str(Path(self.start_folder()) / f"{name}.meso")
        dlg = QFileDialog(self._dialog_parent, tr("Save Plan As"), start, tr(PLAN_FILTER))
        dlg.setObjectName("savePlanDialog")
        dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dlg.setDefaultSuffix("meso")  # the dialog asks before replacing the file really written
        try:
            chosen = dlg.selectedFiles() if dlg.exec() == QDialog.DialogCode.Accepted else []
        finally:
            dlg.deleteLater()
        return chosen[0] if chosen and chosen[0] else None

    def ask_replace(self, path: Path) -> bool:
        """Yes/No, default No: replace ``path``, which exists, although the name chosen in the
        file dialog was another (``.meso`` is added to the name)."""
        box = QMessageBox(QMessageBox.Icon.Question, tr("Save Plan As"),
                          tr("{file} already exists. Do you want to replace it?").format(file=path.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self._dialog_parent)
        box.setObjectName("replacePlanDialog")
        box.setInformativeText(tr("The plan in it is replaced by this one."))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return said_yes(box)

    def ask_genius_files(self) -> tuple[str, str] | None:
        dlg = GeniusImportDialog(self.start_folder(), self._dialog_parent)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return dlg.files()

    def ask_restore(self, rec: RecoveryFile, more: int = 0) -> str:
        """Restore / Discard / Decide Later for a recovery copy (``"restore"``, ``"discard"``, ``"later"``);
        ``"open"`` (Open the File, the default then) when the file was saved after the copy."""
        box = RecoveryDialog(rec, more, self._dialog_parent)
        box.exec()
        return box.choice()

    def ask_unreadable(self, rec: RecoveryFile, reason: str, newer: bool) -> str:
        """A recovery copy that cannot be read: ``"remove"`` it or ``"keep"`` it (the default)."""
        box = UnreadableCopyDialog(rec, reason, newer, self._dialog_parent)
        box.exec()
        return box.choice()

    def ask_changed_on_disk(self, path: Path, how: str) -> str:
        """Overwrite / Save As… / Cancel (the default): the plan's file was changed by another program
        since the window ``how`` (:data:`~meso_desk.app.file_state.OPENED` or ``SAVED``) it."""
        box = QMessageBox(self._dialog_parent)
        box.setObjectName("changedOnDiskDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("File changed on disk"))
        text = (tr("“{name}” was changed by another program since you saved it.") if how == SAVED
                else tr("“{name}” was changed by another program since you opened it."))
        box.setText(text.format(name=shown_name(path.name)))
        box.setInformativeText(tr("Overwrite replaces its changes with this plan (they stay in {backup} until the "
                                  "next save). Save As… keeps both.").format(backup=shown_name(path.name) + ".bak"))
        overwrite = box.addButton(tr("&Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
        save_as = box.addButton(tr("Save &As…"), QMessageBox.ButtonRole.ActionRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        overwrite.setObjectName("changedOverwrite")
        save_as.setObjectName("changedSaveAs")
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        try:
            box.exec()
            clicked = box.clickedButton()
        finally:
            box.deleteLater()
        return OVERWRITE if clicked is overwrite else SAVE_AS if clicked is save_as else CANCEL

    def show_error(self, title: str, message: str) -> None:
        """Tell the user something went wrong (one line; the plan is unchanged)."""
        log.warning("%s: %s", title, message)
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok,
                          self._dialog_parent)
        box.setObjectName("errorDialog")
        box.exec()

    def start_folder(self) -> str:
        """Where a file dialog starts: the plan's folder, else the last folder used."""
        if self.document.path:
            return str(self.document.path.parent)
        return self.settings.last_folder()

    # -- replacing the plan --------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """Before the plan is replaced or closed: True to go on, False to stay. Text still being
        typed in a field is committed first, so it counts as a change."""
        self.document.commit_pending_edits()
        if not self.document.modified:
            return True
        answer = self.ask_save_changes()
        if answer == SAVE:
            return self.save()
        return answer == DISCARD_CHANGES

    def new_plan(self) -> bool:
        if not self.maybe_save():
            return False
        self.document.reset(blank_plan(), None, clean=True)
        self.document.post_message(tr("New plan — add its issues in the Issues panel"), 5000)
        return True

    def new_from_example(self, name: str) -> bool:
        plan = example_plan(name)
        if not self.maybe_save():
            return False
        self.document.reset(plan, None, clean=True)
        self.document.post_message(tr("New plan from the {name} example — Save As to keep it").format(
            name=example_label(name)), 5000)
        return True

    def open_dialog(self) -> bool:
        path = self.ask_open_path()
        return self.open_path(path) if path else False

    def open_path(self, path: str | os.PathLike[str]) -> bool:
        """Open a plan file. A broken file shows its one-line reason and changes nothing.

        The file is read after the save-changes question: answering Save may write this very
        file (the plan open now, or Save As onto it). A file that cannot be read says so
        before any question is asked."""
        p = Path(path)
        notes: list[str] = []
        self.document.commit_pending_edits()
        if self.document.modified:
            if self._read(p, []) is None:
                return False
            if not self.maybe_save():
                return False
        plan = self._read(p, notes)
        if plan is None:
            return False
        self.document.reset(plan, p.resolve(), clean=True)
        self._note_disk(OPENED)
        self._remember(p)
        name = shown_name(p.name)
        if notes:  # an older format, migrated in memory: say which defaults were filled in
            if len(notes) > 1:
                text = tr("Opened {file}, an older file: {note} (and {count} more)").format(
                    file=name, note=notes[0], count=len(notes) - 1)
            else:
                text = tr("Opened {file}, an older file: {note}").format(file=name, note=notes[0])
            self.document.post_message(text, 15000)
        else:
            self.document.post_message(tr("Opened {file}").format(file=name), 4000)
        return True

    def _read(self, p: Path, notes: list[str]) -> Plan | None:
        """The plan in ``p``, or None after saying why it cannot be opened (a missing file
        leaves the recent files)."""
        try:
            return load_plan(p, notes)
        except PlanFileError as e:
            if not p.exists():
                self.settings.remove_recent(p)
                self.recentChanged.emit()
            self.show_error(tr("Cannot Open Plan"), str(e))
            return None

    def revert(self) -> bool:
        """Back to the plan as its file holds it, as one undoable step: Edit ▸ Undo brings the
        changes back. A file that cannot be read any more says why and changes nothing."""
        self.document.commit_pending_edits()
        p = self.document.path
        if p is None or not self.document.modified:
            return False
        try:
            plan = load_plan(p, [])
        except PlanFileError as e:
            self.show_error(tr("Cannot Revert to Saved"), str(e))
            return False
        self.document.apply(plan, tr("Revert to Saved"))
        self.document.mark_saved()  # the plan is the file's again (Undo: modified once more)
        self._note_disk(OPENED)
        self.document.post_message(tr("Back to {file} as saved — Edit ▸ Undo brings your changes back").format(
            file=shown_name(p.name)), 8000)
        return True

    def import_genius_dialog(self) -> bool:
        files = self.ask_genius_files()
        return self.import_genius(*files) if files else False

    def import_genius(self, domain: str | os.PathLike[str], profile: str | os.PathLike[str]) -> bool:
        """Build a plan from a GENIUS domain and our profile; it stays unsaved until Save As."""
        try:
            case = read_genius(domain, profile)
            plan = case.to_plan()
        except GeniusError as e:
            self.show_error(tr("Cannot Import GENIUS Negotiation"), str(e))
            return False
        except (OSError, ValueError) as e:
            self.show_error(tr("Cannot Import GENIUS Negotiation"), f"{Path(profile).name}: {e}")
            return False
        if not self.maybe_save():
            return False
        self.document.reset(plan, None, clean=False)
        self.settings.set_last_folder(Path(profile).resolve().parent)
        said = (tr("Imported {file} — 1 issue; save it as a plan to keep it") if len(plan.issues) == 1
                else tr("Imported {file} — {count} issues; save it as a plan to keep it"))
        # what the files did not say (no weights) is said, never assumed quietly; the notes keep it
        said = said.format(file=Path(domain).name, count=len(plan.issues))
        self.document.post_message(f"{said}. {' '.join(case.warnings)}" if case.warnings else said,
                                   12000 if case.warnings else 6000)
        return True

    # -- writing the plan ------------------------------------------------------------------------
    def save(self) -> bool:
        """Write the plan to its file; a file another program changed since asks first
        (:meth:`ask_changed_on_disk`): nothing is overwritten silently."""
        self.document.commit_pending_edits()
        if self.document.path is None:
            return self.save_as()
        answer = self._changed_on_disk()
        if answer == SAVE_AS:
            return self.save_as()
        return answer == OVERWRITE and self._save_to(self.document.path)

    def _changed_on_disk(self) -> str:
        """:data:`OVERWRITE` when the file is as the window last read or wrote it, or gone (saving
        writes it again); else the answer to :meth:`ask_changed_on_disk`."""
        disk = self.document.disk
        if not isinstance(disk, FileState) or disk.path != self.document.path or disk.changed() != CHANGED:
            return OVERWRITE
        log.info("%s was changed by another program since it was %s", disk.path, disk.how)
        return self.ask_changed_on_disk(disk.path, disk.how)

    def _note_disk(self, how: str) -> None:
        """Remember what the plan's file holds now (after open, save, revert or restore)."""
        p = self.document.path
        self.document.disk = FileState.read(p, how) if p is not None else None

    def save_as(self) -> bool:
        self.document.commit_pending_edits()
        path = self.ask_save_path()
        if not path:
            return False
        p = Path(path)
        if p.suffix.lower() != ".meso":
            p = p.with_name(p.name + ".meso")
            # the dialog asked about the name as typed, not about this one
            if p.exists() and not self.ask_replace(p):
                return False
        return self._save_to(p)

    def _save_to(self, p: Path) -> bool:
        try:
            save_plan(self.document.plan, p, backup=True)
        except PlanFileError as e:
            self.show_error(tr("Cannot Save Plan"), str(e))
            return False
        self.document.mark_saved(p.resolve())
        self._note_disk(SAVED)
        if self.autosave is not None:
            self.autosave.discard()
        self._remember(p)
        self.document.post_message(tr("Saved {file}").format(file=shown_name(p.name)), 4000)
        return True

    # -- recent files ------------------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        return self.settings.recent_files()

    def clear_recent(self) -> None:
        self.settings.clear_recent()
        self.recentChanged.emit()

    def _remember(self, p: Path) -> None:
        self.settings.add_recent(p)
        self.settings.set_last_folder(p.resolve().parent)
        self.recentChanged.emit()

    # -- recovery ------------------------------------------------------------------------------------
    def offer_recovery(self) -> bool:
        """Offer the recovery copies left by sessions that ended without closing; True if one
        was restored (or its newer file opened instead). Copies put off with “Decide Later” are
        kept for the next start. A copy that holds just what its file holds is removed without a
        question; one whose file was saved after it is offered with that said, Open the File
        first; one that cannot be read is said once (:meth:`ask_unreadable`)."""
        orphans = find_orphans()
        try:
            for k, rec in enumerate(orphans):
                try:
                    plan = rec.load()
                except PlanFileError as e:
                    self._unreadable(rec, e)
                    continue
                if rec.compare_with_file(plan) == SAME_AS_FILE:
                    log.info("recovery copy %s holds what %s holds: removed", rec.plan_path, rec.original)
                    rec.discard()
                    continue
                answer = self.ask_restore(rec, more=len(orphans) - k - 1)
                if answer == RESTORE:
                    return self._restore(rec, plan)
                if answer == OPEN_FILE and rec.original is not None:
                    return self.open_path(rec.original)  # (the copy is kept: offered again at the next start)
                if answer == DISCARD:
                    rec.discard()
        finally:
            for rec in orphans:
                rec.release()
        return False

    def _unreadable(self, rec: RecoveryFile, error: PlanFileError) -> None:
        """Say once that a recovery copy cannot be read, and where it is; remove it only if asked to."""
        log.warning("recovery copy %s cannot be read: %s", rec.plan_path, error)
        if rec.said_unreadable:
            return
        if self.ask_unreadable(rec, error.reason, rec.newer_version()) == REMOVE:
            rec.discard()
        else:
            rec.keep_unreadable()

    def _restore(self, rec: RecoveryFile, plan: Plan) -> bool:
        if not self.maybe_save():
            return False
        self.document.reset(plan, rec.original, clean=False)  # unsaved: the file is written only by a Save
        self._note_disk(OPENED)  # the file as it is now (Revert to Saved goes back to it)
        if self.autosave is not None:
            self.autosave.save_now()  # our own copy first, then drop the old one
        rec.discard()
        if rec.file_news and rec.original is not None:
            self.document.post_message(tr("Restored the older copy of “{name}”, unsaved: Save replaces the newer "
                                          "file; File ▸ Revert to Saved brings it back").format(
                name=shown_name(rec.original.name)), 15000)
        else:
            self.document.post_message(rec.restored_message(), 6000)
        return True


__all__ = ["EXAMPLE_LABELS", "FileController", "blank_plan", "example_label", "example_menu_text", "strip_mnemonic",
           "PLAN_FILTER", "SAVE", "DISCARD_CHANGES", "CANCEL", "OVERWRITE", "SAVE_AS"]
