"""kill -9 during save (issue 18 #10): a child saves a 4 MB plan in a loop and is killed at random
times; the plan on disk is always complete (the old or a new version), and the temporary files the
killed saves left are removed by the next save."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from contract import FULL, PYTHON, ROOT, child_env, sized

from meso_desk.model.examples import example_plan
from meso_desk.model.io import load_plan, save_plan

pytestmark = [pytest.mark.reliability,
              pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")]

CHILD = """
import sys
from meso_desk.model.io import load_plan, save_plan
target = sys.argv[1]
p = load_plan(target)
print('ready', flush=True)
k = 0
while True:
    k += 1
    save_plan(p.replace(title=f'v{k}'), target)
"""


def _temps(folder: Path, name: str) -> list[Path]:
    return [f for f in folder.iterdir() if f.name.startswith(f".{name}.") and f.name.endswith(".tmp")]


@pytest.fixture(scope="module")
def killed_saves(tmp_path_factory):
    """Run the kills once for the module: (folder, target, kills, complete after each, titles seen)."""
    import random

    from contract import SEED

    rng = random.Random(SEED)
    folder = tmp_path_factory.mktemp("kill_save")
    target = folder / "plan.meso"
    big = example_plan("supplier").replace(notes="x" * 4_000_000, title="v0")
    save_plan(big, target)
    n = sized(6, 200)
    complete, titles = 0, set()
    for _ in range(n):
        p = subprocess.Popen([PYTHON, "-c", CHILD, str(target)], cwd=ROOT, env=child_env(folder / "data"),
                             stdout=subprocess.PIPE, text=True)
        try:
            assert p.stdout.readline().strip() == "ready"
            time.sleep(rng.uniform(0.05, 0.4))  # a random moment of the save loop, not a wait for a result
            p.send_signal(signal.SIGKILL)
        finally:
            p.wait(timeout=30)
            p.stdout.close()
        plan = load_plan(target)
        assert plan.notes == big.notes and plan.title.startswith("v")
        complete += 1
        titles.add(plan.title)
    return folder, target, n, complete, titles


def test_a_killed_save_always_leaves_a_complete_plan(killed_saves, report):
    folder, target, n, complete, titles = killed_saves
    left = _temps(folder, target.name)
    report(kills=n, complete_after_kill=complete, versions_seen=len(titles), temps_left_by_kills=len(left),
           temp_mb=round(sum(f.stat().st_size for f in left) / 1e6, 1), full=FULL)
    assert complete == n
    assert len(titles) > 1 or n < 3  # the kills did land in different saves


def test_the_next_save_removes_the_temps_killed_saves_left(killed_saves, report):
    folder, target, n, _, _ = killed_saves
    left = _temps(folder, target.name)
    if not left:  # no kill landed inside a write: leave one the way a killed save does
        (folder / f".{target.name}.k1ll3d_x.tmp").write_bytes(b'{"format": "meso-desk plan"')
        left = _temps(folder, target.name)
    old = time.time() - 3600
    for f in left:  # a killed save's temp is old by the time anyone looks again
        os.utime(f, (old, old))
    unrelated = folder / ".other.meso.abcdefgh.tmp"
    unrelated.write_bytes(b"not ours")
    save_plan(load_plan(target), target)
    after = _temps(folder, target.name)
    report(temps_before_next_save=len(left), temps_after_next_save=len(after))
    assert after == []
    assert unrelated.exists()
