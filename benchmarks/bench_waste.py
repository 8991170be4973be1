"""How much MESO sets leave on the table for the counterpart, with and without the engine's
preference for sets whose best-for-them package is on the frontier (issue 19, point 4).

    python benchmarks/bench_waste.py [--sets 285]

Draws random synthetic plans (3–8 issues of 3–7 terms, some numeric, seeded) and asks for a set
of three at a random reachable level, under the opposed-interests prior, until ``--sets`` sets
exist; for each, the waste of the set's best-for-them package against the exact frontier.
"Before" runs the same engine with the preference switched off (the beam's own scoring only).
"avoidable": sets off the frontier although another valid set of the same pool has its
best-for-them package on it (every set of the pool checked). Then the supplier example's default set, a ``learn`` set without rounds
and one after two recorded rounds.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import meso_desk as md
from meso_desk.model.offers import meso
from meso_desk.model.offers.concessions import concession_margins, min_difference
from meso_desk.model.offers.waste import WASTE_EPS, package_waste
from tests.model.meso_plans import synthetic_plan


@contextlib.contextmanager
def preference(on: bool):
    """The engine as it is (``on``) or with the frontier preference switched off."""
    saved = meso._prefer_on_frontier, meso.PREFER_EXHAUSTIVE
    if not on:
        meso._prefer_on_frontier = lambda scores, theirs, waste: scores
        meso.PREFER_EXHAUSTIVE = 0
    try:
        yield
    finally:
        meso._prefer_on_frontier, meso.PREFER_EXHAUSTIVE = saved


def cases(n_sets: int):
    """(plan, level) pairs that have a set of three, deterministic."""
    out, seed = [], 0
    while len(out) < n_sets:
        rng = np.random.default_rng(seed)
        n = int(rng.integers(3, 9))
        k = int(rng.integers(3, 8))
        plan = synthetic_plan(n, k, seed, numeric_every=int(rng.integers(0, 4)), unacceptable=bool(seed % 2))
        lo, hi = meso.level_range(plan)
        level = round(float(rng.uniform(lo, hi)), 1)
        seed += 1
        try:
            md.generate_mesos(plan, 3, level)
        except md.MesoError:
            continue
        out.append((plan, level))
    return out


def best_waste(plan, m) -> float:
    w = package_waste(plan, list(m))
    return w[int(np.argmax(m.theirs))]


#: Sets checked at once.
CHUNK = 200_000


def avoidable(plan, m) -> bool:
    """Whether some valid set of the same pool has its best-for-them package on the frontier:
    every set is checked, anchored on each on-frontier candidate with the others worth no more
    to them (those are exactly the sets whose best-for-them package is on the frontier)."""
    pool = meso.candidate_pool(plan, m.level, tolerance=m.tolerance)
    k, need = len(m), min_difference(pool.rows.shape[1])
    iu, ju = np.triu_indices(k, 1)
    for f in np.flatnonzero(pool.gap <= WASTE_EPS):
        others = np.flatnonzero(pool.theirs <= pool.theirs[f])
        others = others[others != f]
        rest = np.array(list(itertools.combinations(others, k - 1)), dtype=np.int64).reshape(-1, k - 1)
        for c in range(0, len(rest), CHUNK):
            sets = np.column_stack([np.full(len(rest[c:c + CHUNK]), f), rest[c:c + CHUNK]])
            r = pool.rows[sets]
            differ = (r[:, iu, :] != r[:, ju, :]).sum(axis=2).min(axis=1) >= need
            _, margin = concession_margins(pool.conceded[sets])
            if (differ & (margin.min(axis=1) > meso.MIN_MARGIN)).any():
                return True
    return False


def run(n_sets: int) -> None:
    plans = cases(n_sets)
    print(f"{len(plans)} random sets of 3 under the opposed-interests prior (seeded synthetic plans)")
    print(f"  {'':8} {'> 1 point off':>14} {'> 0.5 off':>10} {'avoidable':>10} {'mean':>6} {'max':>6} "
          f"{'ms/set':>7}")
    for label, on in (("before", False), ("after", True)):
        with preference(on):
            ws, sets, t0 = [], [], time.perf_counter()
            for plan, level in plans:
                sets.append(md.generate_mesos(plan, 3, level))
            ms = (time.perf_counter() - t0) * 1e3 / len(plans)
        ws = np.array([best_waste(plan, m) for (plan, _), m in zip(plans, sets)])
        off = [avoidable(plan, m) for (plan, _), m, w in zip(plans, sets, ws) if w > WASTE_EPS]
        print(f"  {label:8} {int((ws > 1.0).sum()):>14} {int((ws > 0.5).sum()):>10} {sum(off):>10} "
              f"{ws.mean():>6.2f} {ws.max():>6.2f} {ms:>7.1f}")
    supplier = md.example_plan("supplier")
    played = supplier
    for chosen in (0, [2, 1]):
        played = md.record_choice(played, list(md.generate_mesos(played, 3)), chosen)
    for label, on in (("before", False), ("after", True)):
        with preference(on):
            a = md.generate_mesos(supplier)
            learn = md.generate_mesos(played, 3, strategy="learn")
            prior_learn = md.generate_mesos(supplier, 3, strategy="learn")
        print(f"supplier default set {label}: waste " + ", ".join(f"{p.name} {w:.1f}" for p, w in zip(a, a.waste))
              + f" (best for them: {a[int(np.argmax(a.theirs))].name})")
        print(f"supplier learn set   {label}: waste " + ", ".join(f"{p.name} {w:.1f}" for p, w in
                                                            zip(learn, learn.waste))
              + f" (best for them: {learn[int(np.argmax(learn.theirs))].name}; {learn.their_label})")
        print(f"supplier learn, no rounds {label}: waste " + ", ".join(
            f"{p.name} {w:.1f}" for p, w in zip(prior_learn, prior_learn.waste))
            + f" (best for them: {prior_learn[int(np.argmax(prior_learn.theirs))].name}; {prior_learn.their_label})")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", type=int, default=285)
    run(ap.parse_args(argv).sets)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
