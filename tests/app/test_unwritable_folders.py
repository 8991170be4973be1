"""MESO Desk's own folders on a read-only or full disk (audit "recovery" #3 and #6): the window
starts without autosave (and without keeping its settings), says once in one line what is off and
why, and a recovery folder that cannot be written in is reported with the system's reason, not as a
lock that is taken.

The tests run as any user (root ignores a folder's permissions), so the failing calls are the ones
replaced: ``Path.mkdir`` for the folders under ``ro/``, the test write that asks the folder why.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

import meso_desk as md


@pytest.fixture
def read_only(tmp_path, monkeypatch, user_dirs):
    """``tmp_path/ro``, a folder in which no folder can be made, as on a read-only file system."""
    ro = tmp_path / "ro"
    ro.mkdir()
    real_mkdir = Path.mkdir

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        if ro in self.parents and not self.exists():
            missing = self
            while parents and not missing.parent.exists():
                missing = missing.parent  # (as the system says it: the first folder that cannot be made)
            if not missing.parent.exists():
                raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(self))
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(missing))
        return real_mkdir(self, mode, parents, exist_ok)

    monkeypatch.setattr(Path, "mkdir", mkdir)
    return ro


def test_the_window_starts_when_its_data_folder_cannot_be_made(make_window, read_only, monkeypatch):
    data = read_only / "data"
    monkeypatch.setenv("MESO_DESK_DATA_DIR", str(data))
    win = make_window()
    assert win.autosave is None
    said = win.statusBar().currentMessage()
    assert said == win.startup_notice
    assert said == (f"Autosave and recent files are off: cannot create {data} "
                    f"(Read-only file system)")
    # it goes on working: edits, no recovery copy, no error box; the recovery offer finds nothing
    name = win.document.plan.packages[0].name
    win.document.apply(win.document.plan.with_term(name, "Unit price", 200.0), "Move")
    assert not win.files.offer_recovery() and win.asked == [] and win.errors == []
    assert not data.exists()


def test_only_the_recovery_folder_missing_turns_off_autosave_only(make_window, tmp_path, monkeypatch, user_dirs):
    real_mkdir = Path.mkdir
    recovery = user_dirs / "recovery"

    def mkdir(self, *a, **k):
        if self == recovery:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self))
        return real_mkdir(self, *a, **k)

    monkeypatch.setattr(Path, "mkdir", mkdir)
    win = make_window()
    assert win.autosave is None
    assert win.statusBar().currentMessage() == f"Autosave is off: cannot create {recovery} (No space left on device)"
    assert win.settings.trouble == ""


def test_the_screenshot_starts_and_says_it_in_one_line(qapp, read_only, tmp_path, monkeypatch, capsys):
    import logging

    from meso_desk.app import application
    from meso_desk.app.application import run

    # run() sets up logging once a process, to the stderr of the moment (this test's, closed after
    # it): a logging of our own here, the process's put back after
    logger = logging.getLogger("meso_desk")
    monkeypatch.setattr(application, "_logging_done", {})
    monkeypatch.setattr(logger, "handlers", list(logger.handlers))
    monkeypatch.setattr(logger, "level", logger.level)
    monkeypatch.setenv("MESO_DESK_DATA_DIR", str(read_only / "data"))
    out = tmp_path / "shot.png"
    assert run(screenshot=str(out), size="1366x768") == 0
    assert out.is_file()
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"meso-desk: note: Recent files and settings are not kept: cannot create {read_only / 'data'} "
                   f"(Read-only file system)"]


def test_a_full_recovery_folder_gives_the_real_reason_not_a_taken_lock(qtbot, user_dirs, supplier, monkeypatch):
    """The lock file cannot be made (a full or read-only folder): QLockFile says PermissionError or
    UnknownError, not LockFailedError; the folder's own reason is told."""
    from PySide6.QtCore import QLockFile

    from meso_desk.app import autosave as autosave_module
    from meso_desk.app.autosave import Autosave
    from meso_desk.app.document import PlanDocument

    class NoLockFile:
        LockError = QLockFile.LockError

        def __init__(self, path):
            self.path = path

        def setStaleLockTime(self, _ms):
            pass

        def tryLock(self, _timeout=0):
            return False

        def error(self):
            return QLockFile.LockError.UnknownError

    def full(*a, **k):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    doc = PlanDocument(supplier)
    auto = Autosave(doc, delay_ms=10_000)
    said = []
    doc.message.connect(lambda text, ms: said.append(text))
    monkeypatch.setattr(autosave_module, "QLockFile", NoLockFile)
    monkeypatch.setattr(autosave_module.tempfile, "mkstemp", full)
    name = supplier.packages[0].name
    doc.apply(supplier.with_term(name, "Unit price", 200.0), "Move")
    assert auto.save_now() is False
    assert said == [f"Could not write the recovery copy: cannot write in {user_dirs / 'recovery'} "
                    f"(No space left on device)"]
    assert "is taken" not in said[0]
    monkeypatch.undo()
    assert auto.save_now() and md.load_plan(auto.path) == doc.plan
    auto.close()
