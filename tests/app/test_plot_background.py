"""Latest-wins background computation of the plots (meso_desk.app.plot.background)."""

from __future__ import annotations

import threading

from meso_desk.app.plot.background import LatestJob, RedrawPacer


def test_latest_request_wins_and_nothing_queues_up(qtbot):
    gate = threading.Event()
    started = threading.Event()
    computed = []

    def compute(payload, stale):
        computed.append(payload)
        if payload == "k1":
            started.set()
            assert gate.wait(5)
        stale()  # a superseded job stops here
        return payload.upper()

    job = LatestJob(compute)
    results = []
    job.done.connect(lambda key, result: results.append((key, result)))
    job.request("k1", "k1")
    assert started.wait(5)  # k1 is running
    job.request("k2", "k2")
    job.request("k3", "k3")  # replaces k2, which is never computed
    assert job.wanted == "k3" and job.is_busy()
    with qtbot.waitSignal(job.done, timeout=5000):
        gate.set()
    assert results == [("k3", "K3")]
    assert computed == ["k1", "k3"] and job.jobs_superseded == 1
    assert not job.is_busy()
    job.shutdown()
    assert not job.is_busy()


def test_a_request_for_the_job_in_flight_is_not_repeated(qtbot):
    gate = threading.Event()
    started = threading.Event()
    computed = []

    def compute(payload, stale):
        computed.append(payload)
        started.set()
        assert gate.wait(5)
        stale()
        return payload

    job = LatestJob(compute)
    job.request("a", "a")
    assert started.wait(5)
    job.request("b", "b")
    job.request("a", "a")  # back to the one being computed: b is dropped
    with qtbot.waitSignal(job.done, timeout=5000) as blocker:
        gate.set()
    assert blocker.args == ["a", "a"] and computed == ["a"]
    job.shutdown()


def test_errors_are_delivered_not_lost(qtbot):
    def compute(payload, stale):
        raise ValueError("bad plan")

    job = LatestJob(compute)
    with qtbot.waitSignal(job.done, timeout=5000) as blocker:
        job.request(1, None)
    assert isinstance(blocker.args[1], ValueError)
    job.shutdown()


def test_shutdown_waits_for_the_job_and_a_later_request_starts_again(qtbot):
    job = LatestJob(lambda payload, stale: payload * 2)
    with qtbot.waitSignal(job.done, timeout=5000):
        job.request(1, 21)
    job.shutdown()
    assert job._executor is None and job.wanted is None
    with qtbot.waitSignal(job.done, timeout=5000) as blocker:
        job.request(2, 4)
    assert blocker.args == [2, 8]
    job.shutdown()


class Clock:
    def __init__(self, t: float = 100.0) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


def test_pacer_draws_a_lone_change_at_once_and_a_drag_when_it_pauses(qtbot, monkeypatch):
    from meso_desk.app.plot import background

    clock = Clock()
    monkeypatch.setattr(background, "_now", clock)
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
    from meso_desk.app.plot import background

    clock = Clock()
    monkeypatch.setattr(background, "_now", clock)
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
