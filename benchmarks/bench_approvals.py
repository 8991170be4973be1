"""Approvals (docs/approvals.md): how fast the verdicts of every approver come for many packages,
and what requiring them costs MESO generation.

    python benchmarks/bench_approvals.py

On the supplier example (three approvers: a total-cost sign-off, a term refusal, an options
refusal): the verdicts of 10⁵ grid packages (``approvals_on_grid``) and of 10³ term mappings
(``approvals``), the best of five runs; then ``generate_mesos`` at levels 55–85 with and without
approvals (median of three), and whether any package of a set with approvals is refused.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import meso_desk as md
from meso_desk.model.approvals.rules import approvals, approvals_on_grid
from meso_desk.model.scoring import score_table


def best(fn, runs: int = 5) -> float:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return min(out)


def main() -> int:
    plan = md.example_plan("supplier")
    t = score_table(plan)
    rng = np.random.default_rng(0)
    rows = np.column_stack([rng.integers(0, len(g), 100_000) for g in t.grids])
    terms = [t.package_terms(r) for r in rows[:1000]]
    print(f"verdicts of 100,000 grid packages: {1000 * best(lambda: approvals_on_grid(plan, rows)):.1f} ms")
    print(f"verdicts of 1,000 term mappings:   {1000 * best(lambda: approvals(plan, terms)):.1f} ms")
    print(f"one card's line:                   {1e6 * best(lambda: approvals(plan, terms[:1]).line(0)):.0f} µs")
    refused = 0
    for level in (55.0, 65.0, 75.0, 85.0):
        times = {}
        for on in (True, False):
            runs = []
            for _ in range(3):
                t0 = time.perf_counter()
                m = md.generate_mesos(plan, 3, level, approvals=on)
                runs.append(time.perf_counter() - t0)
            times[on] = statistics.median(runs)
            if on:
                refused += int((~approvals(plan, [dict(p) for p in m]).accepted).sum())
        print(f"MESO set at {level:.0f}: {1000 * times[True]:.0f} ms with approvals, "
              f"{1000 * times[False]:.0f} ms without")
    print(f"packages of the sets with approvals that an approver refuses: {refused}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
