"""What a contingent clause adds over the best fixed package, at equal value to us (issue 20).

On the shipped example ``md.example_plan("contingent")`` (three events: on-time delivery,
the steel index, the failure rate; the supplier forecasts each more favourably than we do),
for simulated suppliers whose weights and value curves are drawn from the estimate's own prior
family (:func:`~meso_desk.model.counterpart.simulated.prior_supplier`):

* **best fixed** — the best package *for them* among the fixed packages worth our level
  (the "Fixed price" package's points ± the MESO tolerance 0.5, the band search);
* **suggested (truth)** — the best of :func:`~meso_desk.model.offers.contingent.suggest_clauses`
  for that package, searched with their true values (their stated forecasts, as the planner
  has them), worth the same to us in expectation (our forecast);
* **suggested (prior)** — the same searched with the opposed-interests prior (what the planner
  knows before any reaction);
* **random clause** — a clause drawn from the same family
  (:func:`~meso_desk.model.offers.contingent.candidate_clauses`), made equal-value the same way.

Their gain is measured with their true values and the forecast they truly believe: the one they
stated (``stated``) or one moved part of the way towards ours and widened (``perturbed``: they
overstated their confidence). Our difference is our expected points (our forecast) of the
contingent version minus the fixed package's: ~0 by construction. "If ours right" is their gain
were our forecast right: the part of the gain that is an ordinary trade (a fixed package could
give it too); the rest is the bet on the difference of the forecasts. A supplier with no suggestion
worth more than 0.5 points to them (by the search's values) keeps the fixed package (gain 0).

**What their choices tell** (``--learn`` suppliers per group): the three packages (best fixed,
suggested with the prior, random clause) offered ``--rounds`` times, the simulated supplier
picking by logit (``--beta``, 0.2 per point) on its expected values, each pick recorded; then the
estimate's forecast belief λ (0: they act on our forecast, 1: on their own) of the suggested
clause's event, for suppliers believing their stated forecast, a perturbed one, or ours.

    nice -n 10 python benchmarks/contingent_gain.py [--suppliers 16] [--learn 12] [--rounds 8] [--seed 1]

Prints a table and writes ``benchmarks/contingent_gain.json``. No timing asserts.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import meso_desk as md  # noqa: E402
from meso_desk.model.contingent.events import Forecast  # noqa: E402
from meso_desk.model.counterpart.simulated import prior_supplier, simulated_choice, their_expected_value  # noqa: E402
from meso_desk.model.offers.band import packages_in_band  # noqa: E402
from meso_desk.model.offers.contingent import candidate_clauses, contingent_version, suggest_clauses  # noqa: E402
from meso_desk.model.offers.status import TARGET_TOLERANCE  # noqa: E402
from meso_desk.model.package import Package  # noqa: E402
from meso_desk.model.preferences.issues import NumericIssue  # noqa: E402
from meso_desk.model.scoring import score_table  # noqa: E402

OUT = Path(__file__).resolve().parent / "contingent_gain.json"


def perturbed_beliefs(plan, rng: np.random.Generator) -> dict[str, Forecast]:
    """Per event, their stated forecast moved a share U(0, 0.7) of the way to ours and its
    10–90 % width multiplied by U(1, 2): what they truly believe when they overstated it."""
    out = {}
    for e in plan.events:
        t, o = e.theirs, e.ours
        if t is None or e.kind != "number":
            continue
        u, k = rng.uniform(0.0, 0.7), rng.uniform(1.0, 2.0)
        likely = t.likely + u * (o.likely - t.likely)
        low, high = likely - k * (t.likely - t.low), likely + k * (t.high - t.likely)
        lo_b = -np.inf if e.lower is None else e.lower
        hi_b = np.inf if e.upper is None else e.upper
        likely = float(np.clip(likely, lo_b + 2e-3, hi_b - 2e-3))
        low = float(np.clip(low, lo_b, likely - 1e-3))
        high = float(np.clip(high, likely + 1e-3, hi_b))
        out[e.name] = Forecast(low=low, likely=likely, high=high, source="simulated belief")
    return out


def best_fixed(plan, their, level: float) -> Package:
    band = packages_in_band(plan, level - TARGET_TOLERANCE, level + TARGET_TOLERANCE, their=their, cap=20_000)
    theirs = their.score_indices(band.rows)
    k = int(np.argmax(theirs))
    return Package(plan, score_table(plan).package_terms(band.rows[k]), name="best fixed")


def best_suggestion(plan, fixed: Package, their) -> Package | None:
    found = suggest_clauses(plan, fixed, their, limit=100)
    if not found:
        return None
    return max(found, key=lambda pb: pb[1].joint_gain)[0]


def finest_lever(plan, package: Package, issue: str) -> str | None:
    numeric = [i for i in plan.issues if isinstance(i, NumericIssue) and i.name not in package.clauses
               and i.name != issue and plan.weights[i.name] > 0]
    if not numeric:
        return None
    return min(numeric, key=lambda i: plan.weights[i.name] * i.step / (i.max - i.min)).name


def random_version(plan, fixed: Package, rng: np.random.Generator, tries: int = 30) -> Package | None:
    cands = candidate_clauses(plan, fixed)
    for _ in range(tries):
        issue, clause = cands[int(rng.integers(len(cands)))]
        adjust = issue if plan.issue(issue).is_numeric else finest_lever(plan, fixed, issue)
        v = contingent_version(plan, fixed, issue, clause, adjust)
        if v is not None and v.acceptable and abs(v.score - fixed.score) <= TARGET_TOLERANCE:
            return v
    return None


def summary(xs: list[float]) -> dict[str, float]:
    a = np.asarray(xs, float)
    return {"mean": float(a.mean()), "p10": float(np.percentile(a, 10)), "p90": float(np.percentile(a, 90)),
            "max_abs": float(np.abs(a).max())}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--suppliers", type=int, default=16, help="simulated suppliers per belief group")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--learn", type=int, default=12, help="suppliers per belief for the λ section (0: skip)")
    ap.add_argument("--rounds", type=int, default=8, help="rounds of choices per supplier in the λ section")
    ap.add_argument("--beta", type=float, default=0.2, help="the simulated suppliers' rationality per point")
    args = ap.parse_args()
    plan = md.example_plan("contingent")
    level = plan.package("Fixed price").score
    rng = np.random.default_rng(args.seed)
    t0 = time.perf_counter()
    methods = ("suggested (truth)", "suggested (prior)", "random clause")
    res: dict[str, dict[str, dict[str, list[float]]]] = {}
    for group in ("stated", "perturbed"):
        res[group] = {m: {"their_gain": [], "trade": [], "our_diff": [], "found": []} for m in methods}
        for _ in range(args.suppliers):
            their = prior_supplier(plan, rng)
            belief = "theirs" if group == "stated" else perturbed_beliefs(plan, rng)
            fixed = best_fixed(plan, their, level)
            v_fixed = their_expected_value(plan, fixed, their, belief)
            v_fixed_ours = their_expected_value(plan, fixed, their, "ours")
            versions = {"suggested (truth)": best_suggestion(plan, fixed, their),
                        "suggested (prior)": best_suggestion(plan, fixed, None),
                        "random clause": random_version(plan, fixed, rng)}
            for m, v in versions.items():
                r = res[group][m]
                r["found"].append(float(v is not None))
                v = fixed if v is None else v  # nothing worth offering: the fixed package stays
                r["their_gain"].append(their_expected_value(plan, v, their, belief) - v_fixed)
                r["trade"].append(their_expected_value(plan, v, their, "ours") - v_fixed_ours)
                r["our_diff"].append(v.score - fixed.score)
    seconds = time.perf_counter() - t0
    out = {"plan": "contingent", "level": level, "tolerance": TARGET_TOLERANCE, "suppliers": args.suppliers,
           "seed": args.seed, "seconds": seconds, "groups": {}}
    print(f"contingent example, our level {level:.2f} ± {TARGET_TOLERANCE}; {args.suppliers} suppliers per group, "
          f"weights and curves from the prior family\n")
    head = f"{'belief':10} {'version':20} {'found':>6} {'their gain: mean':>17} {'10 %':>6} {'90 %':>6}  " \
           f"{'if ours right':>13}  {'our diff: mean':>15} {'max |·|':>8}"
    print(head)
    print("-" * len(head))
    for group, by in res.items():
        out["groups"][group] = {}
        for m, r in by.items():
            g, d, tr = summary(r["their_gain"]), summary(r["our_diff"]), summary(r["trade"])
            found = float(np.mean(r["found"]))
            out["groups"][group][m] = {"found": found, "their_gain": g, "their_gain_if_ours_right": tr,
                                       "our_diff": d}
            print(f"{group:10} {m:20} {100 * found:5.0f}% {g['mean']:17.2f} {g['p10']:6.2f} {g['p90']:6.2f}  "
                  f"{tr['mean']:13.2f}  {d['mean']:15.3f} {d['max_abs']:8.3f}")
    if args.learn > 0:
        t1 = time.perf_counter()
        out["forecast_belief"] = learn(plan, level, rng, args.learn, args.rounds, args.beta)
        out["seconds_learn"] = time.perf_counter() - t1
    print(f"\n{time.perf_counter() - t0:.1f} s; figures in {OUT.name}")
    OUT.write_text(json.dumps(out, indent=2) + "\n")


def learn(plan, level: float, rng: np.random.Generator, n: int, rounds: int, beta: float) -> dict:
    """λ after ``rounds`` recorded choices, per belief of the simulated supplier; also among the
    runs whose bet is at stake for them (the suggested version worth ≥ 2 points more to them by
    their stated forecast than by ours: otherwise no choice can tell the two beliefs apart)."""
    print(f"\nforecast belief λ of the suggested clause's event after {rounds} choices (β {beta:g}; "
          f"prior mean 0.50; 0 = they act on our forecast, 1 = on their own)")
    print(f"{'they believe':14} {'runs':>5} {'mean λ':>7} {'10 %':>6} {'90 %':>6} {'80 % width':>11}   "
          f"{'stake ≥ 2: runs':>15} {'mean λ':>7}")
    out = {}
    for group in ("their stated", "perturbed", "ours"):
        means, widths, staked = [], [], []
        for _ in range(n):
            their = prior_supplier(plan, rng)
            belief = {"their stated": "theirs", "ours": "ours"}.get(group) or perturbed_beliefs(plan, rng)
            fixed = best_fixed(plan, their, level)
            sug = best_suggestion(plan, fixed, None)
            rnd = random_version(plan, fixed, rng)
            if sug is None:
                continue
            offered = [q.named(nm) for q, nm in zip((fixed, sug, rnd), ("best fixed", "suggested", "random clause"))
                       if q is not None]
            p = plan
            for _k in range(rounds):
                p = md.record_choice(p, offered, simulated_choice(p, offered, their, belief, beta=beta, rng=rng))
            event = next(iter(sug.clauses.values())).event
            fb = md.estimate_counterpart(p).forecast_belief.get(event)
            if fb is None:
                continue
            means.append(fb[0])
            widths.append(fb[1][1] - fb[1][0])
            stake = their_expected_value(plan, sug, their, "theirs") - their_expected_value(plan, sug, their, "ours")
            if abs(stake) >= 2.0:
                staked.append(fb[0])
        if means:
            s = summary(means)
            out[group] = {"runs": len(means), "mean": s["mean"], "p10": s["p10"], "p90": s["p90"],
                          "interval_width": float(np.mean(widths)), "staked_runs": len(staked),
                          "staked_mean": float(np.mean(staked)) if staked else None}
            sm = f"{np.mean(staked):7.2f}" if staked else f"{'—':>7}"
            print(f"{group:14} {len(means):5d} {s['mean']:7.2f} {s['p10']:6.2f} {s['p90']:6.2f} "
                  f"{np.mean(widths):11.2f}   {len(staked):15d} {sm}")
    return out


if __name__ == "__main__":
    main()
