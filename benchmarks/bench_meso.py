"""Timings of the MESO engine: frontier, band, MESO set, rebalance (median and p95, ms).

    python benchmarks/bench_meso.py [--quick]

Cases: synthetic categorical plans 6 × 10, 8 × 7, 10 × 7 (random values and weights, fixed
seeds), the two shipped examples (fine numeric steps), and the shared GENIUS cases when
``../shared/cases/genius`` is present. Beside each, a brute-force reference (score every
package with numpy) where the plan has at most ~10⁶ packages, and a check that both agree.
If NegMAS happens to be installed its ``pareto_frontier`` is timed too (never a dependency).

Budgets (docs/meso-engine.md, "Speed"): frontier 8 × 7 ≤ 5 ms; band 8 × 7 ≤ 10 ms; MESO set ≤ 50 ms (8 × 7)
and ≤ 100 ms (10 × 7); rebalance ≤ 10 ms.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import time
from pathlib import Path

import numpy as np

import meso_desk as md
from meso_desk.model.counterpart.their_values import TheirValues
from meso_desk.model.offers.band import packages_in_band
from meso_desk.model.offers.frontier import pareto_frontier
from meso_desk.model.offers.meso import MesoError, generate_mesos
from meso_desk.model.offers.rebalance import rebalance
from meso_desk.model.offers.robustness import set_robustness
from meso_desk.model.preferences.weights import weight_band

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "cases" / "genius"
BRUTE_LIMIT = 1_100_000

GENIUS = {
    "Camera": ("camera_domain.xml", "camera_buyer_utility.xml"),
    "ItexvsCypress": ("ItexvsCypress_domain.xml", "ItexvsCypress_Itex.xml"),
    "thompson": ("thompson_employment.xml", "thompson_employer_utilityspace.xml"),
    "Laptop": ("laptop_domain.xml", "laptop_buyer_utility.xml"),
}


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


def timed(fn, repeat: int) -> tuple[float, float, object]:
    fn()  # warm caches (score table) once, as a running program would have
    ts = []
    out = None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        ts.append((time.perf_counter() - t) * 1e3)
    ts.sort()
    return statistics.median(ts), ts[min(len(ts) - 1, int(round(0.95 * (len(ts) - 1))))], out


def fmt(med: float, p95: float) -> str:
    return f"{med:8.2f} {p95:8.2f}"


def brute_rows(plan: md.Plan):
    t = md.score_table(plan)
    ranges = [np.flatnonzero(a) for a in t.acceptable]
    grids = np.meshgrid(*ranges, indexing="ij")
    return np.stack([g.ravel() for g in grids], axis=1)


def brute_frontier(ours: np.ndarray, theirs: np.ndarray) -> int:
    ro, rt = np.round(ours, 9), np.round(theirs, 9)
    o = np.lexsort((-rt, -ro))
    sb = rt[o]
    best = np.maximum.accumulate(np.concatenate([[-np.inf], sb[:-1]]))
    return int((sb > best).sum())


def negmas_frontier(plan: md.Plan, their: TheirValues):
    try:
        import negmas  # noqa: F401
        from negmas.outcomes import make_issue
        from negmas.preferences import LinearAdditiveUtilityFunction as LAUF
        from negmas.preferences import pareto_frontier as nm_pareto
    except Exception:
        return None
    t = md.score_table(plan)
    issues = [make_issue([str(x) for x in g], name=n) for n, g in zip(t.names, t.grids)]
    ours = LAUF(values={n: {str(x): float(v) for x, v in zip(g, vals)} for n, g, vals in zip(t.names, t.grids, t.values)},
                weights={n: float(w) for n, w in zip(t.names, t.weights)}, issues=issues)
    theirs = LAUF(values={n: {str(x): float(v) for x, v in zip(g, vals)}
                          for n, g, vals in zip(t.names, t.grids, their.values)},
                  weights={n: float(w) for n, w in zip(t.names, their.weights)}, issues=issues)

    def run():
        return nm_pareto([ours, theirs], issues=issues)

    return run


def bench_plan(label: str, plan: md.Plan, repeat: int, level: float | None = None) -> None:
    t = md.score_table(plan)
    n_pk = t.n_packages
    shape = "x".join(str(len(g)) for g in t.grids)
    level = plan.aspiration if level is None else level
    print(f"\n{label}: {len(t.names)} issues ({shape}), {n_pk:,} packages, level {level:g}")
    print(f"  {'what':<34}{'median':>8} {'p95':>8}   notes")
    their = TheirValues.opposed(plan)

    med, p95, f = timed(lambda: pareto_frontier(plan, their), repeat)
    print(f"  {'frontier (exact)':<34}{fmt(med, p95)}   {len(f)} points")
    med, p95, b = timed(lambda: packages_in_band(plan, level - 0.5, level + 0.5, their=their), repeat)
    exact = "exact grid" if b.exact else "coarse grid"
    print(f"  {'band ±0.5 (cap 10 000)':<34}{fmt(med, p95)}   {b.total:,} in band ({exact}), {len(b):,} listed")
    try:
        med, p95, ms = timed(lambda: generate_mesos(plan, 3, level), max(5, repeat // 2))
        info = ", ".join(f"{p.name} {o:.2f} gives on {c}" for p, o, c in zip(ms, ms.ours, ms.conceded))
        print(f"  {'MESO set of 3':<34}{fmt(med, p95)}   {info}")
    except MesoError as e:
        med, p95, _ = timed(lambda: _try(plan, level), max(5, repeat // 2))
        print(f"  {'MESO set of 3 (MesoError)':<34}{fmt(med, p95)}   {str(e)[:70]}…")
        ms = None
    if ms is not None:
        banded = plan.replace(weight_region=weight_band(plan.weights, 0.05))
        med, p95, rs = timed(lambda: _try(banded, level, robust=True), max(5, repeat // 2))
        note = "no set" if rs is None else f"worst spread over ±5 points {set_robustness(banded, rs).worst:.2f} " \
            f"(today's set {set_robustness(banded, ms).worst:.2f})"
        print(f"  {'robust MESO set of 3 (±5 region)':<34}{fmt(med, p95)}   {note}")
        rng = np.random.default_rng(0)
        ticks = []
        for _ in range(200):
            pkg = ms[int(rng.integers(len(ms)))]
            j = int(rng.integers(len(t.names)))
            k = int(rng.integers(len(t.grids[j])))
            ticks.append((pkg, t.names[j], t.package_terms(np.where(np.arange(len(t.names)) == j, k, 0))[t.names[j]]))
        it = itertools.cycle(ticks)
        held = []

        def one_tick():
            pkg, issue, value = next(it)
            r = rebalance(plan, pkg, issue, value)
            held.append(r.exact)
            return r

        med, p95, _ = timed(one_tick, 200)
        print(f"  {'rebalance (random slider tick)':<34}{fmt(med, p95)}   value held in {np.mean(held):.0%} of ticks")

    if n_pk <= BRUTE_LIMIT:
        def brute():
            rows = brute_rows(plan)
            ours = t.score_indices(rows)
            theirs = their.score_indices(rows)
            return ours, theirs, brute_frontier(ours, theirs)

        med, p95, (ours, theirs, nf) = timed(brute, max(3, repeat // 10))
        inband = int(((ours >= level - 0.5) & (ours <= level + 0.5)).sum())
        agree_f = "agrees" if nf == len(f) else f"DIFFERS ({nf})"
        agree_b = "agrees" if (not b.exact or inband == b.total) else f"DIFFERS ({inband:,})"
        print(f"  {'brute force: score all + frontier':<34}{fmt(med, p95)}   frontier {agree_f}; band count "
              f"{agree_b if b.exact else f'{inband:,} on the full grid'}")
    else:
        print(f"  {'brute force':<34}{'—':>8} {'—':>8}   {n_pk:,} packages: not attempted")
    run = negmas_frontier(plan, their)
    if run is not None:
        try:
            med, p95, _ = timed(run, 1)
            print(f"  {'NegMAS pareto_frontier':<34}{fmt(med, p95)}")
        except Exception as e:  # pragma: no cover - depends on the installed NegMAS
            print(f"  NegMAS present but its frontier failed: {e}")


def _try(plan, level, **kw):
    try:
        return generate_mesos(plan, 3, level, **kw)
    except MesoError:
        return None


def robust_comparison(plans: list[tuple[str, md.Plan]]) -> None:
    """The worst spread of each set over the ± 5-point region: today's sets against robust ones."""
    print("\nRobust MESO sets (issue 24): worst spread of a set's values (points) if any weight moves by up to 5")
    print(f"  {'case':<24}{'level':>6}{'today':>8}{'robust':>8}")
    today, robust = [], []
    for label, plan in plans:
        banded = plan.replace(weight_region=weight_band(plan.weights, 0.05))
        for level in (60.0, 70.0, 80.0):
            a, b = _try(banded, level, robust=False), _try(banded, level, robust=True)
            if a is None or b is None:
                print(f"  {label:<24}{level:6.0f}   no set of 3 at this level")
                continue
            today.append(set_robustness(banded, a).worst)
            robust.append(set_robustness(banded, b).worst)
            print(f"  {label:<24}{level:6.0f}{today[-1]:8.2f}{robust[-1]:8.2f}")
    if today:
        print(f"  {len(today)} sets: worst spread {max(today):.2f} → {max(robust):.2f} (factor "
              f"{max(today) / max(max(robust), 1e-9):.1f}); mean {np.mean(today):.2f} → {np.mean(robust):.2f} "
              f"(factor {np.mean(today) / max(np.mean(robust), 1e-9):.1f}); per set, median factor "
              f"{np.median(np.array(today) / np.maximum(robust, 1e-9)):.1f}; sets staying within 2 points: "
              f"{sum(x <= 2.0 for x in today)} → {sum(x <= 2.0 for x in robust)} of {len(today)}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = ap.parse_args(argv)
    repeat = 10 if args.quick else 40
    try:
        import negmas  # noqa: F401

        print("NegMAS is installed: its pareto_frontier is timed beside ours")
    except Exception:
        print("NegMAS is not installed: no comparison with its pareto_frontier")
    print(f"python {sys.version.split()[0]}, numpy {np.__version__}; times in ms")
    for n, m, seed in ((6, 10, 1), (8, 7, 1), (10, 7, 1)):
        bench_plan(f"synthetic {n} x {m}", synthetic_plan(n, m, seed), repeat)
    for name in ("supplier", "hiring"):
        bench_plan(f"example '{name}'", md.example_plan(name), repeat)
    if SHARED.is_dir():
        for case, (dom, prof) in GENIUS.items():
            plan = md.import_genius(SHARED / case / dom, SHARED / case / prof)
            for level in (60.0, 70.0, 80.0):
                bench_plan(f"GENIUS {case}", plan, repeat, level)
    else:
        print("\n(../shared/cases/genius absent: shared cases skipped)")
    plans = [(name, md.example_plan(name)) for name in ("supplier", "hiring")]
    if SHARED.is_dir():
        plans += [(f"GENIUS {c}", md.import_genius(SHARED / c / d, SHARED / c / p)) for c, (d, p) in GENIUS.items()]
    robust_comparison(plans)
    return 0


if __name__ == "__main__":
    sys.exit(main())
