"""The file controller on its own (no window): questions answered by the test, messages posted
through the document, recent files in the settings; and the one status-message path of the
window (PlanDocument.post_message → the status bar)."""

from __future__ import annotations

import pytest

import meso_desk as md
from meso_desk.app.autosave import Autosave
from meso_desk.app.document import PlanDocument
from meso_desk.app.file_controller import FileController, blank_plan
from meso_desk.app.settings import Settings


@pytest.fixture
def files(qapp, tmp_path, supplier):
    doc = PlanDocument(supplier)
    fc = FileController(doc, Settings(tmp_path / "settings.ini"))
    fc.answers = {"save_changes": "cancel", "save_path": None, "open_path": None, "replace": False}
    fc.errors = []
    fc.messages = []
    fc.recent_signals = []
    fc.ask_save_changes = lambda: fc.answers["save_changes"]
    fc.ask_save_path = lambda: fc.answers["save_path"]
    fc.ask_open_path = lambda: fc.answers["open_path"]
    fc.ask_replace = lambda path: fc.answers["replace"]
    fc.show_error = lambda title, message: fc.errors.append((title, message))
    doc.message.connect(lambda text, ms: fc.messages.append(text))
    fc.recentChanged.connect(lambda: fc.recent_signals.append(True))
    return fc


def _edit(doc):
    name = doc.plan.packages[0].name
    doc.apply(doc.plan.with_term(name, "Unit price", 200.0), "Move Unit price")


def test_save_as_writes_posts_and_remembers(files, tmp_path):
    doc = files.document
    _edit(doc)
    files.answers["save_path"] = str(tmp_path / "chairs")
    assert files.save()  # no path yet: Save asks where
    target = tmp_path / "chairs.meso"
    assert md.load_plan(target) == doc.plan
    assert doc.path == target.resolve() and not doc.modified
    assert files.messages == ["Saved chairs.meso"]
    assert files.recent_files() == [str(target.resolve())] and files.recent_signals
    assert files.start_folder() == str(tmp_path.resolve())


def test_new_plan_asks_before_dropping_changes(files):
    doc = files.document
    _edit(doc)
    edited = doc.plan
    assert not files.new_plan()  # "cancel"
    assert doc.plan == edited and files.messages == []
    files.answers["save_changes"] = "discard"
    assert files.new_plan()
    assert doc.plan == blank_plan() and not doc.modified
    assert files.messages == ["New plan — add its issues in the Issues panel"]


def test_opening_a_missing_recent_file_drops_it(files, tmp_path, supplier):
    p = tmp_path / "gone.meso"
    md.save_plan(supplier, p)
    assert files.open_path(p)
    assert files.recent_files() == [str(p.resolve())]
    p.unlink()
    before = len(files.recent_signals)
    assert not files.open_path(p)
    assert files.recent_files() == [] and len(files.recent_signals) == before + 1
    assert len(files.errors) == 1 and "file not found" in files.errors[0][1]


def test_failed_recovery_copy_is_posted_through_the_document(qapp, user_dirs, supplier, monkeypatch):
    doc = PlanDocument(supplier)
    messages = []
    doc.message.connect(lambda text, ms: messages.append((text, ms)))
    auto = Autosave(doc, delay_ms=10_000)

    def fail(*_a, **_k):
        raise OSError("disk full")

    monkeypatch.setattr(auto.session, "write", fail)
    _edit(doc)
    assert not auto.save_now()
    assert messages == [("Could not write the recovery copy: disk full", 10000)]
    auto.close()


def test_window_shows_posted_messages_in_its_status_bar(make_window):
    win = make_window()
    win.document.post_message("Hello from a panel", 0)
    assert win.statusBar().currentMessage() == "Hello from a panel"
    win.reset_layout()
    assert win.statusBar().currentMessage() == "Offers: panels back in their default places"


def test_opening_a_version_1_file_says_which_defaults_were_filled(files, tmp_path):
    import json

    data = json.loads(md.example_plan("supplier").to_json())
    data["version"] = 1
    data["issues"][0].pop("direction")
    old = tmp_path / "old.meso"
    old.write_text(json.dumps(data), "utf-8")
    assert files.open_path(old)
    assert files.document.plan.issues[0].direction == "higher"
    (message,) = files.messages
    assert message.startswith("Opened old.meso, an older file: issues[0].direction was missing")
    files.messages.clear()
    current = tmp_path / "current.meso"
    md.save_plan(files.document.plan, current)
    assert files.open_path(current) and files.messages == ["Opened current.meso"]
