"""The questions about recovery copies at start-up (the copies themselves: :mod:`.autosave`).

* :class:`RecoveryDialog` — “MESO Desk did not close properly … Restore / Discard / Decide Later”.
  When the file was saved after the copy (or by another window while its changes were made), it
  says so plainly, with both times, and its default is **Open the File**: restoring the older copy
  takes the explicit **Restore Older Copy**, and even then the copy comes as unsaved changes.
* :class:`UnreadableCopyDialog` — a copy that cannot be read (damaged, or written by a newer MESO
  Desk): what it is and where it is kept, **Remove** or **Keep** (the default; said once).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QMessageBox, QWidget

from ..model.language import current_language, short_date_time, tr
from .autosave import DISCARD, FILE_CHANGED, FILE_NEWER, LATER, OPEN_FILE, RESTORE, RecoveryFile
from .settings import shown_name

#: :meth:`UnreadableCopyDialog.choice`
REMOVE, KEEP = "remove", "keep"


def when(dt: datetime) -> str:
    """A moment as the recovery questions say it: “01 Mar 2027, 13:52” (German: the short form)."""
    return dt.strftime("%d %b %Y, %H:%M") if current_language() == "en" else short_date_time(dt)


def _copy_of(rec: RecoveryFile) -> str:
    """“plan.meso” or the unsaved plan “Chairs” (quoted as the sentences quote them)."""
    if rec.original:
        return tr("“{name}”").format(name=shown_name(rec.original.name))
    return tr("the unsaved plan “{title}”").format(title=rec.title)


def file_news_sentence(rec: RecoveryFile) -> str:
    """“The file was saved at 14:05, after this copy (13:52): restoring would bring back an older
    state.” — or "" when the file is not newer than the copy. Times only on the same day."""
    if rec.file_news not in (FILE_NEWER, FILE_CHANGED) or rec.file_time is None:
        return ""
    same_day = rec.file_time.date() == rec.saved.date()
    file_at, copy_at = ((rec.file_time.strftime("%H:%M"), rec.saved.strftime("%H:%M")) if same_day
                        else (when(rec.file_time), when(rec.saved)))
    if rec.file_news == FILE_NEWER:
        return tr("The file was saved at {file_time}, after this copy ({copy_time}): restoring would bring back "
                  "an older state.").format(file_time=file_at, copy_time=copy_at)
    return tr("The file was saved at {file_time} by another window or program while these changes were being "
              "made: restoring would bring back an older state.").format(file_time=file_at)


class RecoveryDialog(QMessageBox):
    """“MESO Desk did not close properly … Restore / Discard / Decide Later” (with **Open the File**
    first when the file is newer than the copy: :meth:`RecoveryFile.compare_with_file`)."""

    def __init__(self, rec: RecoveryFile, more: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(tr("Recover unsaved changes"))
        if rec.original:
            text = tr("MESO Desk did not close properly last time. Unsaved changes to “{name}” were kept "
                      "(autosaved {when}).").format(name=shown_name(rec.original.name), when=when(rec.saved))
        else:
            text = tr("MESO Desk did not close properly last time. Unsaved changes to the unsaved plan "
                      "“{title}” were kept (autosaved {when}).").format(title=rec.title, when=when(rec.saved))
        #: the file was saved after this copy: said first, and the safe choice is the default
        self.stale = file_news_sentence(rec)
        if self.stale:
            text += "\n\n" + self.stale
            info = tr("Open the File shows the plan as it was saved and keeps this copy for the next start. "
                      "Restore Older Copy opens the copy as unsaved changes: the file is replaced only if you "
                      "save. Discard deletes the copy.")
        else:
            info = tr("Restore opens the recovered plan as unsaved changes; the file on disk is not "
                      "touched until you save. Discard deletes the recovered copy.")
        # Restore opens this one and stops asking: the rest wait for the next start
        if more == 1:
            info += "\n\n" + tr("1 more recovered plan is waiting: it is offered after this one if you "
                                  "discard it or choose Decide Later, else the next time MESO Desk starts.")
        elif more:
            info += "\n\n" + tr("{count} more recovered plans are waiting: they are offered after this one if "
                                  "you discard it or choose Decide Later, else the next time MESO Desk starts.").format(
                count=more)
        self.setText(text)
        self.setInformativeText(info)
        self._add_buttons(rec)

    def _add_buttons(self, rec: RecoveryFile) -> None:
        role = QMessageBox.ButtonRole
        self.open_button = None
        if self.stale:
            self.open_button = self.addButton(tr("&Open the File"), role.AcceptRole)
            self.open_button.setObjectName("recoveryOpenFile")
            self.open_button.setToolTip(tr("Open “{name}” as it was saved; the copy is kept and offered at the "
                                           "next start").format(name=shown_name(rec.original.name)))
            self.restore_button = self.addButton(tr("&Restore Older Copy"), role.ActionRole)
            self.restore_button.setToolTip(tr("Open the older copy as unsaved changes (the file is replaced "
                                              "only if you save)"))
        else:
            self.restore_button = self.addButton(tr("&Restore", "recovery"), role.AcceptRole)
            self.restore_button.setToolTip(tr("Open the recovered plan (unsaved)"))
        self.restore_button.setObjectName("recoveryRestore")
        self.discard_button = self.addButton(tr("&Discard", "recovery"), role.DestructiveRole)
        self.discard_button.setObjectName("recoveryDiscard")
        self.later_button = self.addButton(tr("Decide &Later"), role.RejectRole)
        self.later_button.setObjectName("recoveryLater")
        self.discard_button.setToolTip(tr("Delete the recovered copy for good"))
        self.later_button.setToolTip(tr("Keep the recovered copy and ask again at the next start"))
        self.setDefaultButton(self.open_button or self.restore_button)
        self.setEscapeButton(self.later_button)

    def choice(self) -> str:
        b = self.clickedButton()
        if b is self.restore_button:
            return RESTORE
        if b is self.open_button and b is not None:
            return OPEN_FILE
        if b is self.discard_button:
            return DISCARD
        return LATER


class UnreadableCopyDialog(QMessageBox):
    """A recovery copy that cannot be read: what it is, why, where it is kept; Remove / Keep.

    Keep (the default, and Escape) leaves it where it is — a newer MESO Desk may still restore it —
    and it is not mentioned again (:meth:`RecoveryFile.keep_unreadable`); Remove deletes it."""

    def __init__(self, rec: RecoveryFile, reason: str, newer: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unreadableCopyDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(tr("Recovery copy cannot be read"))
        copy_of = _copy_of(rec)
        if newer:
            self.setText(tr("A recovery copy of {plan} (autosaved {when}) was written by a newer MESO Desk; this "
                            "version cannot read it.").format(plan=copy_of, when=when(rec.saved)))
            info = tr("It is kept as {file} in {folder}. The newer MESO Desk offers to restore it when it "
                      "starts. Keep leaves it there, and this version does not mention it again; Remove deletes "
                      "it.")
        else:
            self.setText(tr("A recovery copy of {plan} (autosaved {when}) cannot be read: {reason}").format(
                plan=copy_of, when=when(rec.saved), reason=reason))
            info = tr("It is kept as {file} in {folder}. Keep leaves it there, and it is not mentioned again; "
                      "Remove deletes it.")
        self.setInformativeText(info.format(file=shown_name(rec.plan_path.name),
                                            folder=shown_name(rec.plan_path.parent)))
        self.remove_button = self.addButton(tr("&Remove", "recovery copy"), QMessageBox.ButtonRole.DestructiveRole)
        self.remove_button.setObjectName("unreadableRemove")
        self.remove_button.setToolTip(tr("Delete the copy that cannot be read"))
        self.keep_button = self.addButton(tr("&Keep", "recovery copy"), QMessageBox.ButtonRole.RejectRole)
        self.keep_button.setObjectName("unreadableKeep")
        self.keep_button.setToolTip(tr("Leave the copy where it is and do not mention it again"))
        self.setDefaultButton(self.keep_button)
        self.setEscapeButton(self.keep_button)

    def choice(self) -> str:
        return REMOVE if self.clickedButton() is self.remove_button else KEEP


__all__ = ["KEEP", "REMOVE", "RecoveryDialog", "UnreadableCopyDialog", "file_news_sentence", "when"]
