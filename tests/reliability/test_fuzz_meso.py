"""Fuzzed ``.meso`` files (issue 18): every input is either a plan that loads, saves and reloads equal,
or exactly one ``PlanFileError`` line of at most 200 characters; the file on disk never changes; the
CLI (check, score, mesos) over every loaded plan exits 0 or 2, never "internal error"."""

from __future__ import annotations

import collections
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest
from contract import FULL, PYTHON, ROOT, one_line_problem, sized
from generators import example_docs, mutate_meso

from meso_desk.model.io import PlanFileError, load_plan, plan_from_bytes, plan_to_bytes

pytestmark = pytest.mark.reliability


def classify(path: Path) -> tuple[str, str]:
    """(outcome, detail) for one file."""
    before = path.read_bytes()
    try:
        plan = load_plan(path)
    except PlanFileError as e:
        outcome = "refused"
        problem = one_line_problem(str(e))
        if problem:
            outcome, detail = "VIOLATION refused-not-one-line", f"{problem}: {str(e)[:120]!r}"
        else:
            detail = str(e)
    except BaseException as e:
        outcome, detail = f"VIOLATION escaped {type(e).__name__}", str(e)[:120]
    else:
        try:
            again = plan_from_bytes(plan_to_bytes(plan), "again.meso")
            outcome, detail = ("loaded", "") if again == plan else ("VIOLATION round trip changed", "")
        except BaseException as e:
            outcome, detail = f"VIOLATION loads but cannot be saved ({type(e).__name__})", str(e)[:120]
    if path.read_bytes() != before:
        outcome, detail = "VIOLATION file changed by reading", ""
    return outcome, detail


def _limit_memory():  # the child's address space: the engine must refuse or thin, not take the machine
    resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))


def test_fuzzed_meso_files_load_round_trip_or_give_one_line(tmp_path, rng, report):
    docs = example_docs()
    n = sized(400, 5000)
    outcomes: collections.Counter = collections.Counter()
    first: dict[str, str] = {}
    loaded: list[Path] = []
    t0 = time.perf_counter()
    slowest = (0.0, "")
    for i in range(n):
        f = tmp_path / f"fuzz{i:05d}.meso"
        f.write_bytes(mutate_meso(rng.choice(docs), rng))
        t = time.perf_counter()
        outcome, detail = classify(f)
        dt = time.perf_counter() - t
        slowest = max(slowest, (dt, f.name))
        outcomes[outcome] += 1
        if outcome.startswith("VIOLATION"):
            first.setdefault(outcome, f"{f} {detail}")
        elif outcome == "loaded":
            loaded.append(f)
        else:
            f.unlink()
    report(inputs=n, outcomes=dict(outcomes), seconds=round(time.perf_counter() - t0, 2),
           slowest_input_s=round(slowest[0], 4), violations=sum(v for k, v in outcomes.items()
                                                               if k.startswith("VIOLATION")))
    assert not first, f"{dict(outcomes)}\n" + "\n".join(f"{k}: {v}" for k, v in first.items())
    assert outcomes["loaded"] > 0 and outcomes["refused"] > 0  # the generator makes both kinds


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_AS is POSIX")
def test_cli_over_fuzzed_plans_never_reports_an_internal_error(tmp_path, rng, report):
    docs = example_docs()
    files: list[Path] = []
    tried = 0
    want = sized(40, 1000)
    while len(files) < want and tried < want * 20:
        tried += 1
        raw = mutate_meso(rng.choice(docs), rng)
        try:
            plan_from_bytes(raw)
        except Exception:
            continue
        f = tmp_path / f"cli{len(files):04d}.meso"
        f.write_bytes(raw)
        files.append(f)
    r = subprocess.run([PYTHON, str(Path(__file__).with_name("cli_driver.py")), *map(str, files)], cwd=ROOT,
                       capture_output=True, text=True, timeout=600 if FULL else 120,
                       preexec_fn=_limit_memory)
    rows = [json.loads(line) for line in r.stdout.splitlines() if line.startswith("{")]
    done = {(x["file"], x["cmd"]) for x in rows}
    outcomes = collections.Counter(f"{x['cmd']} exit {x['rc']}" for x in rows)
    bad = [x for x in rows if x["rc"] not in (0, 2) or "internal error" in x["stderr"]
           or (x["rc"] == 2 and one_line_problem(x["stderr"].strip().removeprefix("meso-desk: ")))]
    report(plans=len(files), runs=len(rows), outcomes=dict(outcomes), bad=len(bad),
           slowest_s=max((x["seconds"] for x in rows), default=0), driver_exit=r.returncode)
    assert r.returncode == 0, f"the driver died (memory?) after {len(rows)} runs: {r.stderr[-500:]}"
    assert len(done) == 3 * len(files)
    assert not bad, "\n".join(f"{x['file']} {x['cmd']} rc={x['rc']}: {x['stderr'][:200]}" for x in bad[:5])
