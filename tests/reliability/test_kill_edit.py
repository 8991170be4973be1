"""kill -9 during editing (issue 18): a window process edits a plan, autosaves and is killed; the next
start offers the recovery copy, which equals the edited plan; the user's file was never touched."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from contract import PYTHON, ROOT, child_env, sized

from meso_desk.app.autosave import find_orphans
from meso_desk.model.examples import example_plan
from meso_desk.model.io import PlanFileError, load_plan, save_plan

pytestmark = [pytest.mark.reliability,
              pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")]

WINDOW = """
import sys
import meso_desk.app.application as A
prices = [float(x) for x in sys.argv[2].split(",")]
orig = A.create_window
def create_window(*a, **k):
    win = orig(*a, **k)
    win.autosave.delay_ms = 100
    doc = win.document
    name = doc.plan.packages[0].name
    for v in prices:
        doc.apply(doc.plan.with_term(name, "Unit price", v), "Move Unit price")
    return win
A.create_window = create_window
sys.exit(A.run(sys.argv[1]))
"""


def edited(plan, prices):
    name = plan.packages[0].name
    for v in prices:
        plan = plan.with_term(name, "Unit price", v)
    return plan


def _copy_equals(folder: Path, want) -> bool:
    for f in folder.glob("*.meso"):
        try:
            if load_plan(f) == want and f.with_suffix(".json").exists():
                return True
        except PlanFileError:  # (being replaced right now)
            pass
    return False


def test_killed_window_offers_its_edits_at_the_next_start(make_window, user_dirs, tmp_path, rng, report):
    rounds = sized(1, 20)
    recovered = untouched = 0
    for r in range(rounds):
        original = tmp_path / f"deal{r}.meso"
        save_plan(example_plan("supplier"), original)
        before = original.read_bytes()
        prices = [rng.randrange(380, 480) / 2 for _ in range(rng.randint(1, 12))]  # on the 0.5 step
        want = edited(load_plan(original), prices)
        p = subprocess.Popen([PYTHON, "-c", WINDOW, str(original), ",".join(map(str, prices))], cwd=ROOT,
                             env=child_env(user_dirs), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             text=True)
        try:
            deadline = time.monotonic() + 60
            while not _copy_equals(user_dirs / "recovery", want):  # the copy of the last edit is on disk
                assert p.poll() is None, p.stderr.read()
                assert time.monotonic() < deadline, "no recovery copy within 60 s"
                time.sleep(0.05)
            p.send_signal(signal.SIGKILL)
        finally:
            if p.poll() is None:
                p.kill()
            p.wait(timeout=30)
            p.stderr.close()
        assert len(find_orphans(user_dirs / "recovery")) == 1  # (released again when the list goes)
        win = make_window(original)
        win.answers["restore"] = "restore"
        assert win.files.offer_recovery()
        assert win.asked == ["restore"]
        assert win.document.plan == want and win.document.modified
        assert win.document.path == original.resolve()
        recovered += 1
        untouched += original.read_bytes() == before
        win.autosave.discard()
        win.close()
        assert find_orphans(user_dirs / "recovery") == []
    report(rounds=rounds, recovered_equal=recovered, originals_untouched=untouched)
    assert recovered == untouched == rounds
