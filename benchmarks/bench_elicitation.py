"""Pairwise weight elicitation ("Ask me", issue 24): does a simulated buyer get their weights back?

    python benchmarks/bench_elicitation.py [--trials N] [--quick]

A simulated buyer has known weights (and the plan's value curves) and answers each question
with noise: the first package's advantage in points plus Gaussian noise (σ = 0.4 point), "about
equal" when that is within 1 point. When the model reports a conflict the buyer answers the
first conflicting question again (a revision, as in the dialog). Two starts:

* **rough** — the buyer has set rough weights already (the plan's), the true weights are up to
  8 points away from them, and the region starts as ± 10 points around the plan's weights;
* **scratch** — the region starts as every weight vector (the whole simplex), the true weights
  drawn from Dirichlet(3).

Printed per case and start: questions asked (median, max), the error of the estimate against the
true weights (L1 and the largest single weight, in points), the share of trials with L1 ≤ 0.06
and with every weight within ± 3 points, and the time per question.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

import meso_desk as md
from meso_desk.model.preferences.elicitation import EQUAL_POINTS, MAX_QUESTIONS, balancing_term, start_elicitation

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_meso import GENIUS, SHARED  # the same shared cases

SIGMA = 0.4


def buyer_answer(true: np.ndarray, d, rng: np.random.Generator) -> str:
    s = float(np.dot(true, d)) + rng.normal(0.0, SIGMA)
    return "equal" if abs(s) <= EQUAL_POINTS else ("first" if s > 0 else "second")


def true_weights(plan: md.Plan, start: str, rng: np.random.Generator) -> np.ndarray:
    n = len(plan.issues)
    if start == "scratch":
        return rng.dirichlet(np.full(n, 3.0))
    w0 = plan.weight_vector()
    while True:
        t = w0 + rng.uniform(-0.08, 0.08, n)
        t -= (t.sum() - 1.0) / n
        if (t > 0).all() and (np.abs(t - w0) < 0.1).all():
            return t


def buyer_match(plan: md.Plan, true: np.ndarray, q, rng: np.random.Generator) -> float | None:
    """The term of ``q.match`` at which this buyer finds the two packages equal (their
    perceived difference off by the same noise as a choice), or None when no term in the range
    makes them equal (they then choose)."""
    return balancing_term(tuple(plan.issues), true, q, offset=rng.normal(0.0, SIGMA))


def session(plan: md.Plan, start: str, seed: int, answers: str = "plain") -> tuple[int, np.ndarray, np.ndarray, float]:
    rng = np.random.default_rng(seed)
    true = true_weights(plan, start, rng)
    state = start_elicitation(plan, band=0.10 if start == "rough" else None, seed=seed,
                              matching=answers == "match")
    asked = 0
    t0 = time.perf_counter()
    while not state.finished and asked < MAX_QUESTIONS + 4:
        q = state.next_question()
        if q is None:
            break
        x = buyer_match(plan, true, q, rng) if q.match is not None else None
        state = state.answer_match(q, x) if x is not None else state.answer(q, buyer_answer(true, q.d, rng))
        asked += 1
        if state.conflict:
            k = state.conflict[0]
            state = state.revise(k, buyer_answer(true, state.answers[k].question.d, rng))
    est = np.array(list(state.estimate.values()))
    return asked, est, true, (time.perf_counter() - t0) / max(asked, 1)


def cases() -> list[tuple[str, md.Plan]]:
    out = [(name, md.example_plan(name)) for name in ("supplier", "hiring")]
    if SHARED.is_dir():
        out += [(f"GENIUS {c}", md.import_genius(SHARED / c / d, SHARED / c / p)) for c, (d, p) in GENIUS.items()]
    return out


def main(argv: list[str] | None = None) -> int:
    global SIGMA
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trials", type=int, default=8)
    ap.add_argument("--quick", action="store_true", help="2 trials per case, rough start only")
    ap.add_argument("--answers", choices=("plain", "match"), default="match",
                    help="plain: the buyer only chooses; match: where a question allows it the buyer "
                         "names the term that makes the two equal (default)")
    ap.add_argument("--sigma", type=float, default=SIGMA, help="the buyer's noise in points (default 0.4)")
    ap.add_argument("--case", default="", help="only cases whose name contains one of these (comma-separated)")
    args = ap.parse_args(argv)
    SIGMA = args.sigma
    trials = 2 if args.quick else args.trials
    starts = ("rough",) if args.quick else ("rough", "scratch")
    print(f"{'case':22} {'start':8} {'issues':>6} {'questions':>10} {'L1 med':>7} {'L1 max':>7} "
          f"{'max|e| pts':>10} {'L1≤.06':>7} {'±3 pts':>7} {'ms/q':>6}")
    total = {s: [0, 0, 0] for s in starts}
    print(f"answers: {args.answers}, noise σ = {SIGMA} point")
    for label, plan in cases():
        if args.case and not any(c.strip().lower() in label.lower() for c in args.case.split(",")):
            continue
        for start in starts:
            rows = [session(plan, start, seed, args.answers) for seed in range(trials)]
            qs = [r[0] for r in rows]
            l1 = [float(np.abs(r[1] - r[2]).sum()) for r in rows]
            mx = [float(np.abs(r[1] - r[2]).max()) * 100 for r in rows]
            ok1 = sum(x <= 0.06 for x in l1)
            ok3 = sum(x <= 3.0 for x in mx)
            total[start][0] += ok1
            total[start][1] += ok3
            total[start][2] += len(rows)
            print(f"{label:22} {start:8} {len(plan.issues):6d} {statistics.median(qs):6.0f} ({max(qs):2d}) "
                  f"{statistics.median(l1):7.3f} {max(l1):7.3f} {statistics.median(mx):6.1f} ({max(mx):4.1f}) "
                  f"{ok1:3d}/{len(rows):<3d} {ok3:3d}/{len(rows):<3d} {1e3 * statistics.median(r[3] for r in rows):6.0f}")
    for s, (a, b, n) in total.items():
        print(f"all cases, {s} start: L1 ≤ 0.06 in {a}/{n} sessions ({100 * a / n:.0f} %), every weight within "
              f"± 3 points in {b}/{n} ({100 * b / n:.0f} %)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
