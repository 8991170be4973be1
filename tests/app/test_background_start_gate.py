"""At start-up the background work waits for the window's first paint
(``background.hold_until_painted``): the window appears without worker threads competing with
it, and nothing requested before is lost."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from meso_desk.app import background
from meso_desk.app.background import LatestJob


def test_work_requested_before_the_first_paint_starts_after_it(qtbot):
    window = QLabel("window")
    qtbot.addWidget(window)
    job = LatestJob(lambda payload: payload * 2)
    results = []
    job.done.connect(lambda key, result: results.append((key, result)))
    background.hold_until_painted(window)
    try:
        job.request("a", 1)
        job.request("b", 2)  # latest wins, as ever
        qtbot.wait(50)
        assert job.jobs_started == 0 and job.is_busy()  # held: kept, not started
        with qtbot.waitSignal(job.done, timeout=5000):
            window.show()  # its first paint releases the work
        assert results == [("b", 4)] and job.jobs_started == 1
    finally:
        background.release()
        job.shutdown()


def test_a_window_never_painted_holds_the_work_back_only_for_a_while(qtbot, monkeypatch):
    monkeypatch.setattr(background, "HOLD_MAX_MS", 100)
    window = QLabel("never shown")
    qtbot.addWidget(window)
    job = LatestJob(lambda payload: payload + 1)
    background.hold_until_painted(window)
    try:
        job.request("k", 1)
        assert job.jobs_started == 0
        with qtbot.waitSignal(job.done, timeout=5000) as blocker:
            pass
        assert blocker.args == ["k", 2]
    finally:
        background.release()
        job.shutdown()
