"""Save notices a file that another program or a second window changed since the window opened or
saved it, and asks Overwrite / Save As… / Cancel (Cancel the default) — the last save no longer wins
silently (audit "recovery" #4). A file deleted since is simply written again."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

import meso_desk as md


def _edit(win, price=200.0):
    doc = win.document
    name = doc.plan.packages[0].name
    doc.apply(doc.plan.with_term(name, "Unit price", price), "Move Unit price")
    return doc.plan


@pytest.fixture
def plan_file(tmp_path, supplier):
    path = tmp_path / "plan.meso"
    md.save_plan(supplier, path)
    return path


def _colleague_saves(path, notes="written by a colleague"):
    other = md.load_plan(path).replace(notes=notes)
    md.save_plan(other, path)
    return other


@pytest.mark.parametrize("answer", ["cancel", "overwrite", "save_as"])
def test_save_over_a_file_changed_by_another_program_asks(make_window, plan_file, tmp_path, answer):
    win = make_window(plan_file)
    other = _colleague_saves(plan_file)
    mine = _edit(win)
    win.answers["changed_on_disk"] = answer
    win.answers["save_path"] = str(tmp_path / "mine.meso")
    saved = win.files.save()
    assert win.asked == ["changed_on_disk"] + (["save_path"] if answer == "save_as" else [])
    if answer == "cancel":
        assert not saved and win.document.modified
        assert md.load_plan(plan_file) == other, "the colleague's file is untouched"
    elif answer == "overwrite":
        assert saved and md.load_plan(plan_file) == mine
        assert md.load_plan(plan_file.with_name("plan.meso.bak")) == other, "their version is the backup"
    else:
        assert saved and md.load_plan(tmp_path / "mine.meso") == mine
        assert md.load_plan(plan_file) == other


def test_two_windows_on_one_file_the_second_save_asks(make_window, plan_file, supplier):
    a, b = make_window(plan_file), make_window(plan_file)
    _edit(a, 200.0)
    b.document.apply(b.document.plan.replace(notes="B's notes"), "notes")
    assert a.files.save() and a.asked == []
    assert not b.files.save()  # Cancel, the default
    assert b.asked == ["changed_on_disk"]
    name = supplier.packages[0].name
    assert md.load_plan(plan_file).stored_package(name).terms["Unit price"] == 200.0, "A's price kept"


def test_no_question_when_nothing_else_wrote_the_file(make_window, plan_file):
    win = make_window(plan_file)
    _edit(win)
    assert win.files.save()
    _edit(win, 210.0)
    assert win.files.save(), "our own last save is no change by another program"
    # touched, or copied back unchanged: the content decides, not the time
    os.utime(plan_file, (1_000_000_000, 1_000_000_000))
    _edit(win, 220.0)
    assert win.files.save()
    assert win.asked == []


def test_a_file_deleted_since_is_just_saved(make_window, plan_file):
    win = make_window(plan_file)
    mine = _edit(win)
    plan_file.unlink()
    assert win.files.save()
    assert win.asked == [] and win.errors == []
    assert md.load_plan(plan_file) == mine


def test_revert_takes_the_file_as_it_is_now(make_window, plan_file):
    win = make_window(plan_file)
    _edit(win)
    other = _colleague_saves(plan_file)
    assert win.files.revert() and win.document.plan == other
    mine = _edit(win, 230.0)
    assert win.files.save() and win.asked == []
    assert md.load_plan(plan_file) == mine


def test_closing_with_changes_and_a_changed_file_asks_before_writing(make_window, plan_file):
    win = make_window(plan_file)
    win.show()
    other = _colleague_saves(plan_file)
    _edit(win)
    win.answers["save_changes"] = "save"
    assert not win.close(), "Cancel on the second question keeps the window"
    assert win.isVisible() and win.document.modified
    assert win.asked == ["save_changes", "changed_on_disk"]
    assert md.load_plan(plan_file) == other


def test_the_question_names_the_file_and_defaults_to_cancel(qtbot, make_window, plan_file):
    from meso_desk.app.file_controller import FileController

    win = make_window(plan_file)
    files = win.files
    files.ask_changed_on_disk = FileController.ask_changed_on_disk.__get__(files)
    _colleague_saves(plan_file)
    _edit(win)
    seen = {}

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen["text"] = box.text()
        seen["info"] = box.informativeText()
        seen["default"] = box.defaultButton().text()
        seen["buttons"] = [b.text() for b in box.buttons()]
        box.escapeButton().click()

    QTimer.singleShot(0, answer)
    assert not files.save()
    assert seen["text"] == "“plan.meso” was changed by another program since you opened it."
    assert "plan.meso.bak" in seen["info"]
    assert seen["default"] == "Cancel"
    assert {b.replace("&", "") for b in seen["buttons"]} == {"Overwrite", "Save As…", "Cancel"}
