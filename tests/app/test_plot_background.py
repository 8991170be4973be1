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


def test_pacer_waits_for_the_changes_to_pause(qtbot):
    pacer = RedrawPacer(gap_ms=30, max_stale_ms=10_000)
    fired = []
    pacer.fire.connect(lambda: fired.append(1))
    pacer.ready()  # no change for ages: at once
    assert fired == [1]
    pacer.drawn()
    pacer.changed()
    pacer.ready()  # right after a change: not in the middle of a gesture
    assert fired == [1] and pacer.waiting
    with qtbot.waitSignal(pacer.fire, timeout=2000):
        pass
    assert fired == [1, 1]
