"""Post-settlement suggestions against simulated counterparts from the shared GENIUS cases.

For every ordered pair of profiles of every case with at least three issues, our plan is
imported from one profile and the counterpart is the other profile's true GENIUS utility
(mapped by issue name and option label). Three rounds of MESO sets are recorded
(``generate_mesos`` with the estimate once rounds exist; the counterpart picks with
probability ∝ exp(20·u), ``docs/decisions.md``), then ``post_settlement`` is asked about an
agreement:

* ``split`` — the issue-by-issue compromise (on every issue the term halfway between our
  best and theirs): the classic inefficient deal post-settlement settlements exist for;
* ``picked`` — the package they picked in the last round (already near-efficient under the
  estimate by construction of informed MESO sets).

Reported per agreement kind, over the runs where a package strictly better for both exists
(truth): the share of runs whose suggestions are *all* strictly better for them, whose *first*
suggestion is, the share of all suggestions that are, empty results, and the time per call.
Never worse for us is asserted on every suggestion (exact).

    python benchmarks/simulate_post_settlement.py [--cases DIR] [--seeds 5]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "model"))

from pss_simulation import (  # noqa: E402
    TrueCounterpart,
    genius_cases,
    play,
    split_the_difference,
    strictly_better_exists,
)

import meso_desk as md  # noqa: E402
from meso_desk.model.deal.post_settlement import post_settlement  # noqa: E402
from meso_desk.model.io.genius import read_genius  # noqa: E402

DEFAULT_CASES = ROOT.parent / "shared" / "cases" / "genius"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cases", type=Path, default=DEFAULT_CASES)
    ap.add_argument("--seeds", type=int, default=5)
    args = ap.parse_args(argv)
    if not args.cases.is_dir():
        print(f"no cases at {args.cases}")
        return 1
    stats: dict[str, dict[int, list]] = {"split": {}, "picked": {}}
    for case in genius_cases(args.cases):
        plan = read_genius(case.domain, case.ours).to_plan()
        cp = TrueCounterpart.build(plan, case.domain, case.theirs)
        for seed in range(args.seeds):
            played = play(plan, cp, 1000 + seed)
            if played is None:
                print(f"  {case.label}: no MESO set — skipped")
                break
            p, last = played
            for kind, agreed in (("split", split_the_difference(p, cp)), ("picked", last)):
                t0 = time.perf_counter()
                r = post_settlement(p, agreed)
                dt = time.perf_counter() - t0
                ours_a = md.score(p, agreed)
                assert all(md.score(p, s.terms) >= ours_a for s in r), "a suggestion worse for us"
                if not strictly_better_exists(p, cp, agreed):
                    continue
                ua = cp.utility(agreed)
                better = [cp.utility(s.terms) > ua + 1e-12 for s in r]
                stats[kind].setdefault(seed, []).append((better, dt, case.label))
    for kind, per_seed in stats.items():
        runs = [x for v in per_seed.values() for x in v]
        if not runs:
            continue

        def share(pred, rs) -> float:
            return float(np.mean([pred(b) for b, _, _ in rs])) if rs else float("nan")

        all_ok = lambda b: bool(b) and all(b)  # noqa: E731
        first_ok = lambda b: bool(b) and b[0]  # noqa: E731
        seeds_all = [share(all_ok, v) for v in per_seed.values()]
        seeds_first = [share(first_ok, v) for v in per_seed.values()]
        n_sugg = sum(len(b) for b, _, _ in runs)
        n_better = sum(sum(b) for b, _, _ in runs)
        empty = sum(1 for b, _, _ in runs if not b)
        times = np.array([dt for _, dt, _ in runs])
        print(f"\nagreement = {kind}: {len(runs)} runs where a strictly-better-for-both package exists "
              f"({len(per_seed)} seeds)")
        print(f"  all suggestions strictly better for them: {100 * share(all_ok, runs):.0f} % "
              f"(per seed {100 * np.mean(seeds_all):.0f} ± {100 * np.std(seeds_all):.0f} %)")
        any_ok = lambda b: any(b)  # noqa: E731
        print(f"  at least one strictly better (the set's aim): {100 * share(any_ok, runs):.0f} %")
        print(f"  first suggestion strictly better:          {100 * share(first_ok, runs):.0f} % "
              f"(per seed {100 * np.mean(seeds_first):.0f} ± {100 * np.std(seeds_first):.0f} %)")
        print(f"  suggestions strictly better:               {n_better}/{n_sugg} "
              f"({100 * n_better / max(n_sugg, 1):.0f} %); empty results {empty}/{len(runs)}")
        print(f"  post_settlement: median {1000 * np.median(times):.0f} ms, max {1000 * times.max():.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
