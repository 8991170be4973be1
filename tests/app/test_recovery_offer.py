"""The offer of recovery copies at start-up when the copy is not simply the latest work (audit
"recovery" #1 and #7): a copy older than its file is said to be older and not restored by default;
a copy that holds what the file holds goes without a question; a copy that cannot be read is said
once, with where it is, and removed only when the user says so."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

import meso_desk as md
from meso_desk.app.autosave import RecoverySession, find_orphans
from meso_desk.app.file_state import FileState

# (the dialogs are imported where they are used: the behaviour tests run on any version of the window)

COPY_TIME = datetime(2027, 3, 1, 13, 52).astimezone()
FILE_TIME = datetime(2027, 3, 1, 14, 5).astimezone()


def _orphan(plan, original: Path | None, base: FileState | None = None) -> Path:
    """A recovery copy left by a session that is gone: written, then its lock let go without the
    cleaning up a normal close does (as after a kill). Its copy is dated 13:52."""
    s = RecoverySession()
    s.write(plan, original)
    s._lock.unlock()
    meta = json.loads(s.meta_path.read_text(encoding="utf-8"))
    meta["saved"] = COPY_TIME.isoformat(timespec="seconds")
    if base is not None:  # what the window's document noted when it read the file (RecoverySession.write)
        meta["base"] = base.to_json()
    s.meta_path.write_text(json.dumps(meta), encoding="utf-8")
    os.utime(s.plan_path, (COPY_TIME.timestamp(),) * 2)
    return s.plan_path


def _edited(plan, notes="typed before the crash"):
    name = plan.packages[0].name
    return plan.with_term(name, "Unit price", 199.0).replace(notes=notes)


def _answering(win, answer, seen):
    """ask_restore builds the real dialog on the copy offered, notes it, then answers ``answer``."""
    from meso_desk.app.recovery_dialogs import RecoveryDialog

    def ask(rec, more=0):
        box = RecoveryDialog(rec, more)
        seen.append({"text": box.text(), "info": box.informativeText(), "stale": box.stale,
                     "default": box.defaultButton().objectName(), "escape": box.escapeButton().objectName()})
        box.deleteLater()
        win.asked.append("restore")
        return answer
    win.files.ask_restore = ask


@pytest.fixture
def stale(tmp_path, supplier):
    """plan.meso with edits kept in a copy at 13:52, and more work saved to the file at 14:05."""
    path = tmp_path / "plan.meso"
    md.save_plan(supplier, path)
    base = FileState.read(path)
    _orphan(_edited(supplier), path.resolve(), base)
    newer = supplier.replace(notes="A WEEK OF WORK SAVED AFTER THE CRASH")
    md.save_plan(newer, path)
    os.utime(path, (FILE_TIME.timestamp(),) * 2)
    return path, newer


def test_a_copy_older_than_its_file_says_so_and_opens_the_file_by_default(make_window, stale, qtbot):
    path, newer = stale
    win = make_window()
    seen = []
    _answering(win, "open", seen)
    assert win.files.offer_recovery()
    assert len(seen) == 1
    said = seen[0]["text"]
    assert "The file was saved at 14:05, after this copy (13:52): restoring would bring back an older state." in said
    assert seen[0]["default"] == "recoveryOpenFile" and seen[0]["escape"] == "recoveryLater"
    # Open the File: the newer plan as saved, nothing unsaved; the copy is kept for the next start
    assert win.document.plan == newer and win.document.path == path.resolve()
    assert not win.document.modified
    kept = find_orphans()
    assert len(kept) == 1
    for r in kept:
        r.release()


def test_enter_in_the_stale_offer_opens_the_file_not_the_copy(qtbot, user_dirs, stale):
    from meso_desk.app.autosave import FILE_NEWER
    from meso_desk.app.recovery_dialogs import RecoveryDialog

    path, _newer = stale
    [rec] = find_orphans()
    try:
        rec.compare_with_file(rec.load())
        assert rec.file_news == FILE_NEWER
        box = RecoveryDialog(rec)
        qtbot.addWidget(box)
        box.show()
        QTest.keyClick(box, Qt.Key.Key_Return)
        assert box.choice() == "open"
        assert box.restore_button.text().replace("&", "") == "Restore Older Copy"
    finally:
        rec.release()


def test_restoring_an_older_copy_is_explicit_and_unsaved(make_window, stale):
    path, newer = stale
    before = path.read_bytes()
    win = make_window()
    _answering(win, "restore", [])
    assert win.files.offer_recovery()
    doc = win.document
    assert doc.plan.notes == "typed before the crash" and doc.modified
    assert path.read_bytes() == before, "restoring writes nothing: the newer file stays until a Save"
    said = win.statusBar().currentMessage()
    assert "older copy" in said and "Revert to Saved" in said
    # Revert to Saved goes back to the newer file
    assert win.files.revert() and doc.plan == newer


def test_a_copy_that_holds_what_the_file_holds_goes_without_a_question(make_window, tmp_path, supplier):
    path = tmp_path / "plan.meso"
    edited = _edited(supplier)
    md.save_plan(supplier, path)
    _orphan(edited, path.resolve(), FileState.read(path))
    md.save_plan(edited, path)  # the same work saved later (redone after Decide Later, or by another window)
    os.utime(path, (FILE_TIME.timestamp(),) * 2)
    win = make_window()
    assert not win.files.offer_recovery()
    assert win.asked == []
    assert list((Path(os.environ["MESO_DESK_DATA_DIR"]) / "recovery").glob("*.meso")) == []


def test_a_file_saved_by_another_window_meanwhile_is_said_too(make_window, tmp_path, supplier):
    """Two windows on plan.meso: B saved at 13:51 while A's changes (kept at 13:52) were made."""
    path = tmp_path / "plan.meso"
    md.save_plan(supplier, path)
    base = FileState.read(path)
    md.save_plan(supplier.replace(notes="B's notes, saved from the other window"), path)
    os.utime(path, (COPY_TIME.timestamp() - 60,) * 2)  # saved before the copy was written
    _orphan(_edited(supplier), path.resolve(), base)
    win = make_window()
    seen = []
    _answering(win, "later", seen)
    assert not win.files.offer_recovery()
    assert "by another window or program while these changes were being made" in seen[0]["text"]
    assert seen[0]["default"] == "recoveryOpenFile"
    from meso_desk.app.autosave import FILE_CHANGED

    [rec] = find_orphans()
    try:
        assert rec.compare_with_file(rec.load()) == FILE_CHANGED
    finally:
        rec.release()


def test_an_ordinary_copy_still_offers_restore_first(make_window, tmp_path, supplier):
    path = tmp_path / "plan.meso"
    md.save_plan(supplier, path)
    os.utime(path, (COPY_TIME.timestamp() - 3600,) * 2)
    _orphan(_edited(supplier), path.resolve(), FileState.read(path))
    win = make_window()
    seen = []
    _answering(win, "restore", seen)
    assert win.files.offer_recovery()
    assert not seen[0]["stale"] and seen[0]["default"] == "recoveryRestore"
    assert win.document.plan.notes == "typed before the crash"


# -- #7: a copy that cannot be read ----------------------------------------------------------------
def _damaged(supplier, tmp_path) -> Path:
    path = tmp_path / "plan.meso"
    md.save_plan(supplier, path)
    copy = _orphan(_edited(supplier), path.resolve())
    data = copy.read_bytes()
    copy.write_bytes(data[: len(data) // 2])
    return copy


def _newer_version(supplier, tmp_path) -> Path:
    path = tmp_path / "plan.meso"
    md.save_plan(supplier, path)
    copy = _orphan(_edited(supplier), path.resolve())
    d = json.loads(copy.read_text(encoding="utf-8"))
    d["version"] = 3
    copy.write_text(json.dumps(d), encoding="utf-8")
    return copy


@pytest.mark.parametrize("make_copy, newer", [(_damaged, False), (_newer_version, True)])
def test_an_unreadable_copy_is_said_once_and_kept(make_window, tmp_path, supplier, make_copy, newer):
    copy = make_copy(supplier, tmp_path)
    win = make_window()
    told = []  # (the question replaced, not answered from win.answers: this test counts its calls)
    win.files.ask_unreadable = lambda rec, reason, is_newer: told.append((rec.plan_path, reason, is_newer)) or "keep"
    assert not win.files.offer_recovery()
    assert len(told) == 1 and told[0][0] == copy and told[0][2] is newer
    assert told[0][1] and "\n" not in told[0][1]
    assert copy.exists(), "kept: never removed without asking"
    again = make_window()  # the next start: not mentioned again, still there
    again.files.ask_unreadable = lambda *a: told.append(a) or "keep"
    assert not again.files.offer_recovery()
    assert len(told) == 1 and copy.exists()


def test_an_unreadable_copy_is_removed_when_the_user_says_so(make_window, tmp_path, supplier):
    copy = _newer_version(supplier, tmp_path)
    win = make_window()
    win.answers["unreadable"] = "remove"
    assert not win.files.offer_recovery()
    assert win.asked == ["unreadable"]
    assert not copy.exists() and not copy.with_suffix(".json").exists()


def test_the_unreadable_copy_question_says_what_and_where(qtbot, user_dirs, tmp_path, supplier):
    from meso_desk.app.recovery_dialogs import UnreadableCopyDialog

    copy = _newer_version(supplier, tmp_path)
    [rec] = find_orphans()
    try:
        assert rec.newer_version()
        box = UnreadableCopyDialog(rec, "written by a newer MESO Desk", newer=True)
        qtbot.addWidget(box)
        assert "“plan.meso”" in box.text() and "newer MESO Desk" in box.text()
        assert copy.name in box.informativeText() and str(copy.parent) in box.informativeText()
        assert box.defaultButton() is box.keep_button and box.escapeButton() is box.keep_button
        box.show()
        QTest.keyClick(box, Qt.Key.Key_Return)
        assert box.choice() == "keep"
    finally:
        rec.release()
