"""Counterpart inference speed: the posterior update after one recorded reaction.

Budget (docs/inference.md, "The computation"): posterior update after one recorded choice ≤ 1 ms median.

Measured on the shipped supplier example and on synthetic categorical plans (8 × 7 and
10 × 7): a run records reactions to three-package sets one at a time (a choice, then a
ranking, …) and times

* **update** — the reweighting step alone (compile the round, its likelihood under every
  sample, effective sample size), the figure the budget is about;
* **estimate** — ``estimate_counterpart(plan)`` end to end after the round was appended
  (cache lookup of the previous rounds' posterior + the update; a resample-move happens in
  here whenever the effective sample size collapses);
* **resample-move** — one resampling with its Metropolis–Hastings moves (rare);
* **prior** — drawing the prior samples for a new plan structure (once per structure);
* **summary** — weights, 80 % intervals, top issue and directions of an estimate;
* **MESO with rounds** — ``generate_mesos`` scoring information gain (budget 50 ms on 8 × 7,
  100 ms on 10 × 7), after choices only and after rounds with counter-offers (the room: the
  set's score then also counts what the counter-offer will tell).
* **a next set on a big plan** — ``md.generate_mesos(plan, 3)`` through the scripting API on
  the sourcing example grown to 10 × 7 (``_big_plan.py``: numeric and categorical issues,
  approvers, a cost model, a contingent clause, six rounds whose counter-offers name every
  term), by purpose, and the same plan with the counter-offers or the rounds taken away (what
  the time goes to). Wall clock and the calling thread's CPU time (the process's CPU time too:
  it would show numpy's BLAS threads spinning beside the search).

    python benchmarks/bench_inference.py [--rounds 40] [--samples 20000] [--big-plan-only]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

import meso_desk as md
from meso_desk.model.counterpart import inference as inf
from meso_desk.model.counterpart.reactions import make_round
from meso_desk.model.offers.meso import MesoError, generate_mesos
from meso_desk.model.scoring import score_table

sys.path.insert(0, str(Path(__file__).resolve().parent))


def synthetic_plan(n_issues: int, n_options: int, seed: int) -> md.Plan:
    rng = np.random.default_rng(seed)
    issues = []
    for i in range(n_issues):
        vals = np.round(rng.uniform(0, 100, n_options), 1)
        vals[rng.integers(n_options)] = 100.0
        vals[rng.integers(n_options)] = 0.0
        issues.append(md.CategoricalIssue(name=f"I{i}", options=[(f"o{k}", float(v)) for k, v in enumerate(vals)]))
    w = rng.uniform(0.2, 1.0, n_issues)
    return md.Plan(title=f"synthetic {n_issues}x{n_options}", issues=tuple(issues),
                   weights={iss.name: float(x) for iss, x in zip(issues, w)}, aspiration=70.0, reservation=40.0)


def pct(xs: list[float]) -> str:
    a = np.array(xs) * 1e3
    return f"median {np.median(a):7.3f} ms  p95 {np.percentile(a, 95):7.3f} ms  (n={len(a)})"


def bench(label: str, plan: md.Plan, rounds: int, samples: int) -> None:
    inf.clear_cache()
    rng = np.random.default_rng(1)
    t = score_table(plan)
    t0 = time.perf_counter()
    est = inf.estimate_counterpart(plan, n_samples=samples)
    prior_t = time.perf_counter() - t0
    model, state = inf._posterior(plan, {}, samples, inf.DEFAULT_BETA, inf.PRIOR)
    updates, estimates, moves, summaries = [], [], [], []
    p = plan
    for r in range(rounds):
        rows = np.stack([rng.integers(0, len(g), 3) for g in t.grids], axis=1)
        pkgs = [t.package_terms(x) for x in rows]
        chosen = int(rng.integers(3)) if r % 2 == 0 else list(rng.permutation(3)[:2])
        rnd = make_round(p, pkgs, chosen)
        # the update alone (no resampling: that is timed separately below)
        saved = inf.RESAMPLE_BELOW
        inf.RESAMPLE_BELOW = 0.0
        t0 = time.perf_counter()
        inf._advance(model, state, rnd)
        updates.append(time.perf_counter() - t0)
        inf.RESAMPLE_BELOW = saved
        p = p.with_round(rnd)
        t0 = time.perf_counter()
        est = inf.estimate_counterpart(p, n_samples=samples)
        estimates.append(time.perf_counter() - t0)
        before = state.resampled
        state = est._state
        if state.resampled > before:
            moves.append(estimates[-1])
        t0 = time.perf_counter()
        _ = (est.weights, est.intervals, est.top_issue, est.directions)
        summaries.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    inf._resample_move(model, state)
    move_t = time.perf_counter() - t0
    print(f"\n{label} ({len(plan.issues)} issues, {samples:,} samples, {rounds} rounds)")
    print(f"  prior samples (once per plan structure)   {prior_t * 1e3:8.1f} ms")
    print(f"  update after one recorded reaction        {pct(updates)}")
    print(f"  estimate_counterpart after a new round    {pct(estimates)}")
    print(f"    of which with a resample-move ({len(moves):2d}x)      "
          f"{(np.median(moves) * 1e3 if moves else float('nan')):8.1f} ms median")
    print(f"  one resample-move after {rounds} rounds        {move_t * 1e3:8.1f} ms")
    print(f"  summary (weights, intervals, top, dirs)   {pct(summaries)}")
    # the MESO engine with the estimate: choices only, and the room (each reaction with a
    # counter-offer, so the set's score also counts what the counter-offer will tell)
    for room in (False, True):
        q = plan
        try:
            for r in range(3):
                m = list(generate_mesos(q, 3))
                pick, other = m[r % 3], m[(r + 1) % 3]
                moved = [n for n in q.issue_names if pick[n] != other[n]]
                counter = {moved[0]: other[moved[0]]} if room and moved else None
                q = md.record_choice(q, m, r % 3, counter_offer=counter)
            md.estimate_counterpart(q)
            for strategy in ("balanced", "learn"):
                ts, cpu = [], []
                for _ in range(7):
                    t0, c0 = time.perf_counter(), time.thread_time()
                    generate_mesos(q, 3, strategy=strategy)
                    ts.append(time.perf_counter() - t0)
                    cpu.append(time.thread_time() - c0)
                label = f"{'room' if room else 'choices'}, {strategy}"
                print(f"  generate_mesos, 3 rounds ({label:17s}) {pct(ts)}  cpu median {np.median(cpu) * 1e3:5.1f} ms")
        except MesoError as e:
            print(f"  generate_mesos: {e}")


def _ms(xs: list[float]) -> str:
    a = np.array(xs) * 1e3
    return f"{np.median(a):6.1f} (p95 {np.percentile(a, 95):6.1f})"


def bench_big_plan(repeat: int = 9) -> None:
    """A next MESO set through the scripting API on the big plan (see the module docs)."""
    import warnings

    from _big_plan import big_plan

    plan = big_plan()
    variants = {
        "rounds with counter-offers": plan,
        "rounds, no counter-offers": plan.replace(rounds=tuple(
            r.model_copy(update={"counter_offer": None}) for r in plan.rounds)),
        "no rounds": plan.replace(rounds=()),
    }
    print(f"\nbig plan: {len(plan.issues)} issues × 7 terms, {len(plan.packages)} packages, "
          f"{len(plan.meso_sets)} MESO sets, {len(plan.rounds)} rounds; md.generate_mesos(plan, 3), ms median (p95)")
    print(f"  {'next set after …':46s} {'wall':>17s} {'thread cpu':>17s} {'process cpu':>17s}")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for label, q in variants.items():
            md.estimate_counterpart(q)
            for strategy in ("balanced", "learn") if q.rounds else ("balanced",):
                md.generate_mesos(q, 3, strategy=strategy)  # warm: the estimate and the tables cached
                wall, cpu, proc = [], [], []
                for _ in range(repeat):
                    t0, c0, p0 = time.perf_counter(), time.thread_time(), time.process_time()
                    md.generate_mesos(q, 3, strategy=strategy)
                    wall.append(time.perf_counter() - t0)
                    cpu.append(time.thread_time() - c0)
                    proc.append(time.process_time() - p0)
                print(f"  {label + ', ' + strategy:46s} {_ms(wall)} {_ms(cpu)} {_ms(proc)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=40)
    ap.add_argument("--samples", type=int, default=inf.DEFAULT_SAMPLES)
    ap.add_argument("--big-plan-only", action="store_true", help="only the next set on the big plan")
    a = ap.parse_args(argv)
    if a.big_plan_only:
        bench_big_plan()
        return 0
    bench("supplier example", md.example_plan("supplier"), a.rounds, a.samples)
    bench("synthetic 8 x 7", synthetic_plan(8, 7, 1), a.rounds, a.samples)
    bench("synthetic 10 x 7", synthetic_plan(10, 7, 1), a.rounds, a.samples)
    bench_big_plan()
    return 0


if __name__ == "__main__":
    sys.exit(main())
