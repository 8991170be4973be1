"""The pacing of the plots' redraws (meso_desk.app.plot.pacing); the latest-wins jobs they
run on are tested in test_background.py."""

from __future__ import annotations

import threading

from meso_desk.app.plot import pacing
from meso_desk.app.plot.pacing import PacedView, RedrawPacer


def test_a_paced_view_passes_stale_to_a_plain_compute_function(qtbot):
    """The value map's ``compute(payload, stale)`` runs on the facility; ``stale()`` stops a
    superseded computation."""
    from PySide6.QtWidgets import QWidget

    from meso_desk.app.document import PlanDocument
    from meso_desk.model.examples import example_plan

    gate = threading.Event()
    started = threading.Event()
    computed = []

    def compute(payload, stale):
        computed.append(payload)
        if payload == 1:
            started.set()
            assert gate.wait(5)
        stale()
        return payload * 10

    class View(PacedView, QWidget):
        def __init__(self):
            super().__init__()
            self.results = []
            self._init_pacing(PlanDocument(example_plan()), compute, "test", self._on)

        def _on(self, key, result):
            self.results.append((key, result))

        def _update(self):
            pass

        def _heavy(self, stale=False):
            pass

        def shutdown(self):
            self._job.shutdown()

    view = View()
    qtbot.addWidget(view)
    view._request(1, 1)
    assert started.wait(5)
    view._request(2, 2)
    with qtbot.waitSignal(view._job.done, timeout=5000):
        gate.set()
    assert view.results == [(2, 20)] and computed == [1, 2]
    assert view._job.jobs_superseded == 1
    view.shutdown()


class Clock:
    def __init__(self, t: float = 100.0) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


def test_pacer_draws_a_lone_change_at_once_and_a_drag_when_it_pauses(qtbot, monkeypatch):
    clock = Clock()
    monkeypatch.setattr(pacing, "_now", clock)
    pacer = RedrawPacer(gap_ms=24, max_stale_ms=400)
    fired = []
    pacer.fire.connect(fired.append)
    pacer.changed()  # a lone change (a typed value, an undo): no wait
    pacer.ready()
    assert fired == [False]
    pacer.drawn()
    clock.t += 1.0
    pacer.changed()  # a drag at 60 Hz: wait a little more than its interval
    clock.t += 0.016
    pacer.changed()
    assert 20.0 < pacer.gap <= 24.0
    pacer.ready()
    assert fired == [False] and pacer.waiting  # not in the middle of the drag
    clock.t += 0.010
    pacer._check()
    assert fired == [False]
    clock.t += 0.015  # 25 ms without a change: the drag paused
    with qtbot.waitSignal(pacer.fire, timeout=2000) as blocker:
        pass
    assert blocker.args == [False] and not pacer.waiting


def test_pacer_lets_a_long_drag_see_the_view_follow(monkeypatch):
    clock = Clock()
    monkeypatch.setattr(pacing, "_now", clock)
    pacer = RedrawPacer(gap_ms=24, max_stale_ms=400)
    fired = []
    pacer.fire.connect(fired.append)
    start = clock.t
    pacer.changed()
    for _ in range(40):  # 40 input events 16 ms apart, never pausing
        clock.t += 0.016
        pacer.changed()
        pacer.ready()
        if fired:
            break
    assert fired == [True]  # behind by the stale limit: drawn although the drag goes on
    assert 0.400 <= clock.t - start < 0.420
