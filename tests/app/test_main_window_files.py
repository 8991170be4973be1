"""Files in the main window: save, reopen, Save As, the dirty-close prompt, broken files,
recent files, drag-and-drop, GENIUS import, and a broken PLAN on the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMenu

import meso_desk as md
from meso_desk.app.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def _edit(win, price=200.0):
    doc = win.document
    name = doc.plan.packages[0].name
    doc.apply(doc.plan.with_term(name, "Unit price", price), "Move Unit price")
    return doc.plan


def test_save_and_reopen(make_window, tmp_path):
    win = make_window()
    edited = _edit(win)
    assert win.isWindowModified()
    target = tmp_path / "chairs.meso"
    win.answers["save_path"] = str(target)
    win.action_save.trigger()  # an unsaved plan: Save asks where (Save As)
    assert win.asked == ["save_path"]
    assert target.is_file()
    assert not win.isWindowModified() and not win.document.modified
    assert win.document.path == target.resolve()
    assert win.windowTitle().startswith("chairs.meso — ")
    assert md.load_plan(target) == edited

    # a second save goes to the same file without asking, keeping a .bak
    _edit(win, 201.0)
    win.action_save.trigger()
    assert win.asked == ["save_path"]
    assert md.load_plan(target).stored_package(edited.packages[0].name).terms["Unit price"] == 201.0
    assert (tmp_path / "chairs.meso.bak").is_file()

    other = make_window()
    assert other.files.open_path(target)
    assert other.document.plan == md.load_plan(target)
    assert other.document.path == target.resolve()
    assert not other.document.modified


def test_revert_to_saved_is_one_undoable_step(make_window, tmp_path, supplier):
    """File ▸ Revert to Saved: the plan as its file holds it, the window no longer modified;
    Edit ▸ Undo brings the changes back (modified again). Only a modified plan with a file can
    revert; a file that cannot be read any more says why and changes nothing."""
    target = tmp_path / "chairs.meso"
    md.save_plan(supplier, target)
    win = make_window(target)
    assert not win.action_revert.isEnabled()  # nothing to revert
    edited = _edit(win)
    assert win.action_revert.isEnabled() and win.isWindowModified()
    win.action_revert.trigger()
    assert win.document.plan == md.load_plan(target) and not win.document.modified
    assert not win.isWindowModified() and not win.action_revert.isEnabled()
    assert "Edit ▸ Undo brings your changes back" in win.statusBar().currentMessage()
    win.action_undo.trigger()
    assert win.document.plan == edited and win.document.modified and win.action_revert.isEnabled()
    target.write_text("{ not a plan", encoding="utf-8")
    win.action_revert.trigger()
    assert win.document.plan == edited and win.document.modified
    assert len(win.errors) == 1 and win.errors[0][0] == "Cannot Revert to Saved"
    fresh = make_window()
    _edit(fresh)
    assert not fresh.action_revert.isEnabled()  # never saved: nothing to go back to


def test_save_as_adds_the_suffix_and_moves_the_title(make_window, tmp_path, supplier):
    first = tmp_path / "first.meso"
    md.save_plan(supplier, first)
    win = make_window(str(first))
    win.answers["save_path"] = str(tmp_path / "second")
    win.action_save_as.trigger()
    second = tmp_path / "second.meso"
    assert second.is_file()
    assert win.document.path == second.resolve()
    assert win.windowTitle().startswith("second.meso — ")
    assert win.files.recent_files()[0] == str(second.resolve())
    # cancelling Save As writes nothing
    win.answers["save_path"] = None
    _edit(win)
    assert not win.files.save_as()
    assert win.document.modified
    assert md.load_plan(second) == supplier


def test_save_failure_is_reported_and_keeps_the_plan_modified(make_window, tmp_path):
    win = make_window()
    _edit(win)
    win.answers["save_path"] = str(tmp_path / "no-such-folder" / "x.meso")
    assert not win.files.save()
    assert win.document.modified
    assert len(win.errors) == 1 and "x.meso" in win.errors[0][1]


@pytest.mark.parametrize("answer", ["save", "discard", "cancel"])
def test_closing_a_modified_plan_asks(make_window, tmp_path, supplier, answer):
    path = tmp_path / "plan.meso"
    md.save_plan(supplier, path)
    win = make_window(str(path))
    win.show()
    edited = _edit(win)
    win.answers["save_changes"] = answer
    closed = win.close()
    assert win.asked == ["save_changes"]
    if answer == "cancel":
        assert not closed and win.isVisible()
        assert win.document.plan == edited and win.document.modified
        assert md.load_plan(path) == supplier
    else:
        assert closed and not win.isVisible()
        assert md.load_plan(path) == (edited if answer == "save" else supplier)


def test_closing_an_unmodified_plan_does_not_ask(make_window):
    win = make_window()
    win.show()
    assert win.close()
    assert win.asked == []


def test_new_and_open_ask_before_replacing_a_modified_plan(make_window, tmp_path, supplier):
    win = make_window()
    edited = _edit(win)
    win.answers["save_changes"] = "cancel"
    assert not win.files.new_plan()
    assert win.document.plan == edited
    p = tmp_path / "x.meso"
    md.save_plan(supplier, p)
    assert not win.files.open_path(p)
    assert win.document.plan == edited
    win.answers["save_changes"] = "discard"
    assert win.files.open_path(p)
    assert win.document.plan == supplier


@pytest.mark.parametrize("how", ["open", "recent"])
def test_opening_the_open_plan_again_and_saving_shows_the_saved_plan(make_window, tmp_path, supplier, how):
    """Answering Save when the modified plan's own file is opened again: the file was read
    before the save and replaced the window's plan with the old one (the next save wrote it)."""
    path = tmp_path / "plan.meso"
    md.save_plan(supplier, path)
    win = make_window()
    assert win.files.open_path(path)  # (in Open Recent now)
    win.document.apply(win.document.plan.replace(title="My new title"), "Title")
    win.answers["save_changes"] = "save"
    if how == "open":
        win.answers["open_path"] = str(path)
        win.findChild(QAction, "actionOpen").trigger()
    else:
        recent = win.findChild(QMenu, "menuOpenRecent")
        next(a for a in recent.actions() if a.data() == str(path.resolve())).trigger()
    assert win.asked[-1] == "save_changes"
    assert md.load_plan(path).title == "My new title"
    assert win.document.plan.title == "My new title" and not win.document.modified
    assert "My new title" in win.windowTitle()


def test_save_as_asks_before_replacing_the_file_the_suffix_names(make_window, tmp_path, supplier):
    """The dialog checked the name as typed (``budget``); ``budget.meso`` was replaced silently."""
    budget = tmp_path / "budget.meso"
    hiring = md.example_plan("hiring")
    md.save_plan(hiring, budget)
    win = make_window(supplier)
    win.answers["save_path"] = str(tmp_path / "budget")
    win.answers["replace"] = False
    assert not win.findChild(QAction, "actionSaveAs").trigger() and not win.document.path
    assert win.asked == ["save_path", "replace"]
    assert md.load_plan(budget) == hiring and not (tmp_path / "budget.meso.bak").exists()
    win.answers["replace"] = True
    win.findChild(QAction, "actionSaveAs").trigger()
    assert md.load_plan(budget) == supplier and win.document.path == budget.resolve()
    # a name with the suffix was asked about by the dialog itself: no second question
    win.asked.clear()
    win.answers["save_path"] = str(budget)
    assert win.files.save_as() and win.asked == ["save_path"]


def test_the_save_dialog_adds_the_suffix_before_its_own_overwrite_check(make_window, monkeypatch):
    """The real dialog (not the tests' hook) knows the suffix, so it asks about the real file."""
    from meso_desk.app.file_controller import FileController

    seen = {}

    def fake_exec(dlg):
        seen.update(suffix=dlg.defaultSuffix(), mode=dlg.acceptMode(), name=dlg.objectName())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QFileDialog, "exec", fake_exec)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))  # (no suffix: never shown)
    win = make_window()
    assert FileController.ask_save_path(win.files) is None
    assert seen == {"suffix": "meso", "mode": QFileDialog.AcceptMode.AcceptSave, "name": "savePlanDialog"}


@pytest.mark.parametrize("content, reason", [
    (b"{not json", "not valid JSON"),
    (b"", "file is empty"),
    (b'{"format": "something-else"}', "not a MESO Desk plan"),
])
def test_opening_a_broken_file_shows_the_reason_and_changes_nothing(make_window, tmp_path, content, reason):
    win = make_window()
    edited = _edit(win)
    bad = tmp_path / "broken.meso"
    bad.write_bytes(content)
    win.answers["open_path"] = str(bad)
    win.action_open.trigger()
    assert len(win.errors) == 1
    title, message = win.errors[0]
    assert "\n" not in message and message.startswith("broken.meso: ") and reason in message
    assert win.document.plan == edited and win.document.modified and win.document.path is None
    assert win.asked == ["open_path"]  # no save prompt for a file that cannot be opened
    assert bad.read_bytes() == content
    assert str(bad.resolve()) not in win.files.recent_files()


def test_recent_files_persist_across_windows(make_window, tmp_path, supplier, user_dirs):
    paths = []
    for k in range(3):
        p = tmp_path / f"plan{k}.meso"
        md.save_plan(supplier.replace(title=f"Plan {k}"), p)
        paths.append(p)
    win = make_window()
    for p in paths:
        assert win.files.open_path(p)
    win.close()
    # a fresh settings object reads the file written by the first window
    assert Settings().recent_files() == [str(p.resolve()) for p in reversed(paths)]
    assert Settings().path.parent == user_dirs

    other = make_window()
    recent = [a for a in other.recent_menu.actions() if a.data()]
    assert [a.data() for a in recent] == [str(p.resolve()) for p in reversed(paths)]
    recent[-1].trigger()  # plan0
    assert other.document.plan.title == "Plan 0"
    assert other.files.recent_files()[0] == str(paths[0].resolve())

    # a recent file that has gone away is reported and dropped from the menu
    paths[1].unlink()
    assert not other.files.open_path(paths[1])
    assert "file not found" in other.errors[-1][1]
    assert str(paths[1].resolve()) not in other.files.recent_files()
    other.findChild(type(other.action_new), "actionClearRecent").trigger()
    assert other.files.recent_files() == []


def test_window_geometry_and_dock_layout_persist(make_window, qtbot):
    win = make_window()
    win.show()
    qtbot.waitExposed(win)
    win.resize(1000, 640)  # (the offscreen screen is 800 × 600: Qt keeps restored windows on it)
    win.deal_dock.hide()
    win.history_dock.show()
    win.weights_dock.setFloating(True)
    geometry = win.saveGeometry()
    win.close()
    assert Settings().window_geometry() == geometry
    again = make_window()
    again.show()
    qtbot.waitExposed(again)
    assert not again.deal_dock.isVisible()
    assert again.history_dock.isVisible()
    assert again.weights_dock.isFloating()


def _drop(win, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(win, enter)
    accepted = enter.isAccepted()
    if accepted:
        drop = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(win, drop)
    return accepted


def test_drag_and_drop_a_plan_opens_it(make_window, qtbot, tmp_path, supplier):
    p = tmp_path / "dropped.meso"
    plan = supplier.replace(title="Dropped plan")
    md.save_plan(plan, p)
    win = make_window()
    win.show()
    assert _drop(win, [p])
    qtbot.waitUntil(lambda: win.document.path == p.resolve())
    assert win.document.plan == plan


def test_a_plan_dropped_on_a_window_deleted_at_once_is_not_opened_by_its_ghost(qtbot, user_dirs, tmp_path, supplier):
    """The drop opens the plan a moment later (a dialog inside a drop handler would block the source);
    a window closed and deleted in between drops the call, where before it ran on the deleted window
    ("Signal source has been deleted")."""
    from meso_desk.app import create_window

    p = tmp_path / "dropped.meso"
    md.save_plan(supplier.replace(title="Dropped plan"), p)
    win = create_window(None, autosave=False, remember_layout=False)  # (deleted here, not by qtbot)
    win.show()
    assert _drop(win, [p])
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    with qtbot.capture_exceptions() as errors:
        for _ in range(3):
            QApplication.processEvents()
    assert not errors, errors


def test_drag_of_other_files_is_refused(make_window, tmp_path):
    txt = tmp_path / "notes.txt"
    txt.write_text("hello")
    win = make_window()
    before = win.document.plan
    assert not _drop(win, [txt])
    assert win.document.plan == before


def test_import_genius(make_window, shared_cases):
    pytest.importorskip("meso_desk.model.io.genius")
    case = shared_cases / "Laptop"
    win = make_window()
    win.answers["genius_files"] = (str(case / "laptop_domain.xml"), str(case / "laptop_buyer_utility.xml"))
    win.action_import.trigger()
    assert win.errors == []
    plan = win.document.plan
    assert len(plan.issues) >= 2
    assert win.document.path is None
    assert win.document.modified, "an imported plan is not saved anywhere yet"
    assert win.isWindowModified()


def test_import_genius_error_changes_nothing(make_window, tmp_path):
    pytest.importorskip("meso_desk.model.io.genius")
    bad = tmp_path / "bad.xml"
    bad.write_text("<not-genius/>")
    win = make_window()
    before = win.document.plan
    assert not win.files.import_genius(bad, bad)
    assert len(win.errors) == 1 and "\n" not in win.errors[0][1]
    assert win.document.plan == before and not win.document.modified


def test_genius_partner_guess(tmp_path):
    from meso_desk.app.genius_import_dialog import guess_genius_partner

    for n in ("ItexvsCypress_domain.xml", "ItexvsCypress_Itex.xml", "ItexvsCypress_Cypress.xml"):
        (tmp_path / n).write_text("<x/>")
    dom = guess_genius_partner(str(tmp_path / "ItexvsCypress_Itex.xml"), want_domain=True)
    assert dom == str(tmp_path / "ItexvsCypress_domain.xml")
    prof = guess_genius_partner(str(tmp_path / "ItexvsCypress_domain.xml"), want_domain=False)
    assert prof is not None and "domain" not in Path(prof).name


def test_broken_plan_on_the_command_line(tmp_path, user_dirs):
    bad = tmp_path / "broken.meso"
    bad.write_bytes(b'{"format": "meso-desk", "version": 1, "issues": 7}')
    before = bad.read_bytes()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MESO_DESK_DATA_DIR": str(user_dirs)}
    r = subprocess.run([sys.executable, "-m", "meso_desk", str(bad)], capture_output=True, text=True,
                       env=env, cwd=ROOT, timeout=120)
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("meso-desk: broken.meso: "), r.stderr
    assert bad.read_bytes() == before


def test_windowed_build_logs_to_the_data_folder(user_dirs):
    code = (
        "import sys\n"
        "sys.frozen = True\n"
        "from meso_desk.app.application import setup_logging\n"
        "import logging\n"
        "path = setup_logging()\n"
        "logging.getLogger('meso_desk.app').warning('autosave failed: disk full')\n"
        "print(path)\n"
    )
    env = {**os.environ, "MESO_DESK_DATA_DIR": str(user_dirs)}
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT,
                       timeout=60)
    assert r.returncode == 0, r.stderr
    log = user_dirs / "meso-desk.log"
    assert r.stdout.strip() == str(log)
    assert "autosave failed: disk full" in log.read_text(encoding="utf-8")
    assert r.stderr == ""


def test_a_new_or_opened_plan_shows_the_workspace_of_its_phase(make_window, tmp_path, supplier):
    """File ▸ New from the Offers workspace stayed in Offers, where the Issues panel is hidden,
    while the status bar said to add issues in it."""
    win = make_window(supplier)
    win.show()
    win.show_workspace("offers")
    assert not win.issues_dock.isVisible()
    win.action_new.trigger()
    assert win.workspaces.current == "prepare" and win.issues_dock.isVisible()
    assert "add its issues in the Issues panel" in win.statusBar().currentMessage()
    target = tmp_path / "chairs.meso"
    md.save_plan(supplier, target)
    assert win.files.open_path(target)
    assert win.workspaces.current == "offers"  # the supplier example has packages: its offers


def test_a_plan_with_a_meso_set_opens_on_the_set(make_window, supplier):
    """The quotes and our ideal came first and the set on the table was scrolled off the panel
    at 1366 × 768: a plan with a MESO set opens on the set's best package."""
    from meso_desk.model.offers.meso_sets import with_meso_set

    plan = with_meso_set(supplier, [dict(p) for p in md.generate_mesos(supplier, 3, 70.0)], 70.0)[0]
    win = make_window(plan)
    assert win.document.selected_package in plan.meso_sets[-1].packages
    assert make_window(supplier).document.selected_package == "Our ideal"  # no set: the best package


def test_opening_a_plan_with_a_set_shows_the_set_whatever_was_selected(make_window, tmp_path, supplier):
    """"Our ideal", selected in the plan before, stayed selected in the opened one: its set unseen."""
    from meso_desk.model.offers.meso_sets import with_meso_set

    win = make_window(supplier)
    assert win.document.selected_package == "Our ideal"
    plan = with_meso_set(supplier, [dict(p) for p in md.generate_mesos(supplier, 3, 70.0)], 70.0)[0]
    target = tmp_path / "with-set.meso"
    md.save_plan(plan, target)
    assert win.files.open_path(target)
    assert win.document.selected_package in plan.meso_sets[-1].packages
