"""A long MESO generation shows its progress and stops when asked (issue 18: work over ~0.5 s shows
progress and can be cancelled)."""

from __future__ import annotations

import threading

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.widgets.packages import meso_dialog
from meso_desk.model.limits import report


def test_a_long_generation_shows_progress_and_stops(qtbot, monkeypatch):
    release = threading.Event()
    finished = []

    def slow(plan, count, level, progress=None, **kw):
        for k in range(2000):  # a long generation with checkpoints; waits on an event, not on time
            if release.wait(0.005):
                break
            report(progress, k / 2000)
        finished.append(True)
        raise AssertionError("the generation should have been stopped")

    monkeypatch.setattr(meso_dialog, "generate_mesos", slow)
    doc = PlanDocument(md.example_plan("supplier"))
    dialog = meso_dialog.MesoDialog(doc)
    qtbot.addWidget(dialog)
    dialog.show()
    progress = dialog.findChild(type(dialog.progress), "mesoProgress")
    stop = dialog.findChild(type(dialog.stop_button), "mesoStop")
    qtbot.waitUntil(lambda: progress.isVisible() and stop.isVisible() and progress.value() > 0, timeout=10_000)
    stop.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    release.set()
    assert not finished, "Stop ended the job at its next checkpoint, before it ran to the end"
    assert "Stopped" in dialog.message.text()
    assert not stop.isVisible()
    dialog.done(0)
