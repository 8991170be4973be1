"""Autosave and crash recovery: the recovery copy, its lock, and the offer at the next start."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import meso_desk as md
from meso_desk.app.autosave import Autosave, RecoverySession, find_orphans, recovery_dir
from meso_desk.app.document import PlanDocument

ROOT = Path(__file__).resolve().parents[2]


def _edit(doc, price=200.0):
    name = doc.plan.packages[0].name
    doc.apply(doc.plan.with_term(name, "Unit price", price), "Move Unit price")
    return doc.plan


def _crashed_session(user_dirs: Path, plan_path: Path | None, price: float) -> None:
    """A separate MESO Desk process edits a plan, autosaves, and dies without cleaning up."""
    code = textwrap.dedent(f"""
        import os, sys
        from PySide6.QtCore import QCoreApplication
        app = QCoreApplication([])
        app.setApplicationName("meso-desk")
        import meso_desk as md
        from meso_desk.app.document import PlanDocument
        from meso_desk.app.autosave import Autosave
        original = {str(plan_path) if plan_path else None!r}
        plan = md.load_plan(original) if original else md.example_plan("supplier")
        doc = PlanDocument(plan, original)
        name = plan.packages[0].name
        doc.apply(plan.with_term(name, "Unit price", {price!r}), "Move Unit price")
        auto = Autosave(doc)
        assert auto.save_now()
        sys.stdout.flush()
        os._exit(9)   # killed: no cleanup, the lock file stays behind
    """)
    env = {**os.environ, "MESO_DESK_DATA_DIR": str(user_dirs), "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 9, r.stderr


def test_recovery_copy_written_after_a_change_and_removed_on_save(qtbot, user_dirs, tmp_path, supplier):
    doc = PlanDocument(supplier)
    auto = Autosave(doc, delay_ms=20)
    assert not auto.path.exists()
    edited = _edit(doc)
    assert auto.timer.isActive()
    qtbot.waitUntil(lambda: auto.path.exists())
    assert not auto.timer.isActive()  # the timer wrote it; no second write is pending
    assert auto.path.parent == user_dirs / "recovery"
    assert md.load_plan(auto.path) == edited
    assert not Path(str(auto.path) + ".bak").exists()
    # saving the plan (the document becomes clean) removes the recovery copy
    target = tmp_path / "p.meso"
    md.save_plan(doc.plan, target)
    doc.mark_saved(target)
    assert not auto.path.exists()
    auto.close()


def test_unchanged_plan_is_not_written_again(qtbot, user_dirs, supplier):
    doc = PlanDocument(supplier)
    auto = Autosave(doc, delay_ms=10_000)
    _edit(doc)
    assert auto.save_now()
    mtime = auto.path.stat().st_mtime_ns
    assert not auto.save_now()  # same content: skipped
    assert auto.path.stat().st_mtime_ns == mtime
    _edit(doc, 210.0)
    _edit(doc, 200.0)  # back to the same content as the copy on disk
    assert not auto.save_now()
    _edit(doc, 220.0)
    assert auto.save_now()
    auto.close()


def test_undo_back_to_the_saved_state_removes_the_copy(qtbot, user_dirs, supplier):
    doc = PlanDocument(supplier)
    auto = Autosave(doc, delay_ms=10_000)
    _edit(doc)
    assert auto.save_now()
    doc.undo_stack.undo()
    assert not doc.modified
    assert not auto.path.exists()
    assert not auto.timer.isActive()
    auto.close()


def test_a_burst_of_changes_cannot_postpone_the_copy_forever(qtbot, user_dirs, supplier):
    doc = PlanDocument(supplier)
    auto = Autosave(doc, delay_ms=5000, max_delay_ms=0)
    _edit(doc, 200.0)
    assert auto.timer.interval() == 5000  # the first change of a burst waits the normal delay
    _edit(doc, 201.0)
    assert auto.timer.interval() == 0  # the burst is over its budget: write at once
    qtbot.waitUntil(lambda: auto.path.exists())
    auto.close()


def test_close_removes_copy_and_lock(qtbot, user_dirs, supplier):
    doc = PlanDocument(supplier)
    auto = Autosave(doc)
    _edit(doc)
    auto.save_now()
    files = sorted(p.suffix for p in recovery_dir().iterdir())
    assert files == [".json", ".lock", ".meso"]
    auto.close()
    assert list(recovery_dir().iterdir()) == []
    _edit(doc, 230.0)  # a closed autosave writes nothing any more
    assert not auto.save_now()
    assert list(recovery_dir().iterdir()) == []


def test_a_live_session_is_never_offered(qtbot, user_dirs, supplier):
    doc = PlanDocument(supplier)
    auto = Autosave(doc)
    _edit(doc)
    auto.save_now()
    assert find_orphans() == []  # the lock is held by this (running) session
    auto.close()


def test_crashed_session_is_found_with_its_original_path(qtbot, user_dirs, tmp_path, supplier):
    original = tmp_path / "chairs.meso"
    md.save_plan(supplier, original)
    _crashed_session(user_dirs, original, 199.0)
    orphans = find_orphans()
    try:
        assert len(orphans) == 1
        rec = orphans[0]
        assert rec.original == original.resolve()
        assert rec.title == supplier.title
        assert rec.load().stored_package(supplier.packages[0].name).terms["Unit price"] == 199.0
        assert find_orphans() == [], "an offered copy is locked against a second instance"
    finally:
        for r in orphans:
            r.release()
    assert len(find_orphans()) == 1  # released, not deleted: offered again later


def test_window_offers_and_restores_after_a_crash(make_window, user_dirs, tmp_path, supplier):
    original = tmp_path / "chairs.meso"
    md.save_plan(supplier, original)
    _crashed_session(user_dirs, original, 199.0)
    win = make_window(md.example_plan("hiring"))
    win.answers["restore"] = "restore"
    assert win.files.offer_recovery()
    assert win.asked == ["restore"]
    doc = win.document
    assert doc.plan.stored_package(supplier.packages[0].name).terms["Unit price"] == 199.0
    assert doc.path == original.resolve()
    assert doc.modified and win.isWindowModified(), "restored changes are unsaved"
    assert md.load_plan(original) == supplier, "the file on disk is untouched until saved"
    # the crashed session's files are gone; this window keeps its own copy instead
    left = list(recovery_dir().glob("*.meso"))
    assert left == [win.autosave.path]
    assert md.load_plan(win.autosave.path) == doc.plan
    # nothing more to offer at the next start
    other = make_window()
    assert not other.files.offer_recovery()
    assert other.asked == []


def test_restored_untitled_plan_saves_through_save_as(make_window, user_dirs, tmp_path):
    _crashed_session(user_dirs, None, 205.0)
    win = make_window()
    win.answers["restore"] = "restore"
    assert win.files.offer_recovery()
    assert win.document.path is None and win.document.modified
    win.answers["save_path"] = str(tmp_path / "rescued.meso")
    assert win.files.save()
    assert not win.document.modified
    assert list(recovery_dir().glob("*.meso")) == []


@pytest.mark.parametrize("answer, remaining", [("discard", 0), ("later", 1)])
def test_discard_or_later(make_window, user_dirs, answer, remaining):
    _crashed_session(user_dirs, None, 205.0)
    win = make_window()
    before = win.document.plan
    win.answers["restore"] = answer
    assert not win.files.offer_recovery()
    assert win.document.plan == before and not win.document.modified
    assert len(list(recovery_dir().glob("*.meso"))) == remaining
    assert len(find_orphans()) == remaining
    for r in find_orphans():
        r.release()


def test_cancelling_the_save_prompt_keeps_the_copy(make_window, user_dirs):
    _crashed_session(user_dirs, None, 205.0)
    win = make_window()
    edited = _edit(win.document)
    win.answers["restore"] = "restore"
    win.answers["save_changes"] = "cancel"
    assert not win.files.offer_recovery()
    assert win.document.plan == edited
    assert len(find_orphans()) == 1


def test_recovery_dialog_buttons(qtbot, user_dirs):
    from datetime import datetime

    from meso_desk.app.autosave import RecoveryFile
    from meso_desk.app.recovery_dialogs import RecoveryDialog

    rec = RecoveryFile(plan_path=Path("x.meso"), meta_path=Path("x.json"), lock=None,
                       original=Path("/tmp/chairs.meso"), title="Chairs", saved=datetime(2027, 3, 1, 14, 5))
    box = RecoveryDialog(rec, more=2)
    qtbot.addWidget(box)
    assert "chairs.meso" in box.text() and "14:05" in box.text()
    assert "2 more" in box.informativeText()
    box.show()
    box.later_button.click()
    assert box.choice() == "later"
    box.show()
    box.restore_button.click()
    assert box.choice() == "restore"


def test_session_ids_are_distinct(user_dirs):
    a, b = RecoverySession(), RecoverySession()
    assert a.plan_path != b.plan_path
    assert a.id.startswith(f"{os.getpid()}-")


# -- issue 18 #2: autosave never throws, and the error box only promises a copy that exists --------
def test_unserialisable_plan_posts_message_not_exception(qtbot, user_dirs, supplier, monkeypatch, caplog):
    from meso_desk.app import autosave as autosave_module

    doc = PlanDocument(supplier)
    auto = Autosave(doc, delay_ms=10_000)
    messages = []
    doc.message.connect(lambda text, ms: messages.append(text))
    _edit(doc)

    def broken(plan):
        raise ValueError("surrogates not allowed\nat title")

    monkeypatch.setattr(autosave_module, "plan_to_bytes", broken)
    assert auto.save_now() is False  # no exception reaches the event loop
    assert not auto.path.exists()
    assert len(messages) == 1 and "\n" not in messages[0]
    assert messages[0].startswith("Could not write the recovery copy: surrogates not allowed")
    assert "autosave failed" in caplog.text
    assert auto.keep_now() is False  # an error box may not promise the copy
    monkeypatch.undo()
    assert auto.keep_now() is True and md.load_plan(auto.path) == doc.plan
    auto.close()


def test_a_write_error_inside_save_plan_is_caught_too(qtbot, user_dirs, supplier, monkeypatch):
    from meso_desk.app import autosave as autosave_module

    doc = PlanDocument(supplier)
    auto = Autosave(doc, delay_ms=10_000)
    _edit(doc)
    monkeypatch.setattr(autosave_module, "save_plan",
                        lambda *a, **k: (_ for _ in ()).throw(UnicodeEncodeError("utf-8", "x", 0, 1, "bad")))
    assert auto.save_now() is False and auto.failed
    auto.close()


def test_error_box_advice_tells_the_truth(make_window, monkeypatch):
    from meso_desk.app import autosave as autosave_module
    from meso_desk.app.application import crash_advice

    win = make_window()
    assert "no unsaved changes" in crash_advice(win)
    _edit(win.document)
    assert "kept in the recovery copy" in crash_advice(win)
    assert win.autosave.path.exists()
    _edit(win.document, price=210.0)
    monkeypatch.setattr(autosave_module, "plan_to_bytes", lambda plan: 1 / 0)
    advice = crash_advice(win)
    assert "could not be written" in advice and "new name" in advice
    assert "kept in the recovery copy" not in advice


def test_temps_left_by_a_killed_session_are_removed_live_ones_kept(qtbot, user_dirs, supplier):
    from meso_desk.app.autosave import remove_stale_temps

    _crashed_session(user_dirs, None, 205.0)
    rec = user_dirs / "recovery"
    dead_id = next(rec.glob("*.meso")).stem
    dead = [rec / f".{dead_id}.meso.abc123xy.tmp", rec / f".{dead_id}.json.q_9zzzzz.tmp"]
    live = RecoverySession()
    live._ensure_lock()  # this process: a live session that may be writing right now
    kept = [rec / f".{live.id}.meso.abc123xy.tmp", rec / ".other.meso.abc123xy.tmp",
            rec / f".{dead_id}.meso.notours.txt"]
    for f in dead + kept:
        f.write_bytes(b"{")
    link = rec / f".{dead_id}.json.linkxyzz.tmp"
    link.symlink_to(kept[1])
    orphans = find_orphans(rec)  # the next start: the dead session's temps go, its copy is offered
    assert [o.plan_path.stem for o in orphans] == [dead_id]
    assert not any(f.exists() for f in dead)
    assert all(f.exists() for f in kept) and link.is_symlink()
    assert remove_stale_temps(rec) == 0
    for o in orphans:
        o.release()
    live.close()


def test_error_box_says_the_copy_could_not_be_written_when_it_could_not(make_window, monkeypatch, capsys):
    import sys

    from meso_desk.app import application
    from meso_desk.app import autosave as autosave_module

    win = make_window()
    _edit(win.document)
    monkeypatch.setattr(autosave_module, "plan_to_bytes", lambda plan: 1 / 0)
    boxes = []
    monkeypatch.setattr(application.QMessageBox, "critical", lambda parent, title, text: boxes.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    application._install_excepthook(True, lambda: win)
    try:
        raise RuntimeError("boom\n" + "x" * 1000)
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert len(boxes) == 1
    assert boxes[0].startswith("Something went wrong: boom x")
    assert "could not be written" in boxes[0] and "kept in the recovery copy" not in boxes[0]
    assert len(boxes[0].split("\n\n")[0]) <= 230  # the error itself is shortened to one line
    assert "RuntimeError" in capsys.readouterr().err
