"""Both protocols of issue 22 on the shared GENIUS cases, with the random baseline beside each figure.

* **choices** — 4 rounds, one pick among 3 equal-value packages at level 70 (or the nearest
  workable level), logit β = 20 on their 0..1 GENIUS utility;
* **room** — the same rounds, and in each also an answer to "which issue matters most to you?"
  (50 % sincere, 30 % one decoy issue fixed per run, 20 % a random issue) and a counter-offer
  (their pick with the one term they would most like changed, set to their best option; the
  issue chosen by logit over their gain); β drawn log-uniform in [10, 40] per run, never told.

Each protocol is played with the program's sets (``informed``: ``generate_mesos`` with the
estimate, as the counterpart panel's Next MESOs makes them: never the packages of the round they
last reacted to) and with random equal-value sets (``random``: three distinct packages of the same
candidate pool), the same estimator reading both. Measures, pooled over runs
(``docs/decisions.md``): top issue hit (ties in the truth all count; a tie in the estimate
earns 1/k), weight error Σ L1(estimate) ÷ Σ L1(uniform), Kendall τ of the weights, and the
next set: the best package, for them, of the set the program proposes next (``generate_mesos``
after the rounds, at the level, tolerance 0.5 first) ÷ the best for them among all acceptable
packages within that set's own distance from the level (at least 0.5). Calibration: how often
the 80 % intervals hold the true weight, and the stated top-issue probability against the hit
rate per third. Beside each difference between the program's and random sets, its 95 % interval
when the case pairs are drawn again (the pair, not the run, is the unit: the program's sets are a
deterministic function of the picks).

Post-settlement: on the shared cases with room (ItexvsCypress, Camera, thompson), three
rounds with the last pick accepted, then ``post_settlement``: does the proposed set hold a
package truly better for them, none worse for us?

Cases are split: ``dev`` (Camera, ItexvsCypress: looked at while developing) and ``test``
(Laptop, thompson: only run for the final figures). ``held-out`` plays every case of the
``--cases`` folder — other GENIUS cases, for a check on profiles the prior was not fitted to (the
post-settlement check then covers every case of it).

    nice -n 10 python benchmarks/simulate_room.py [--seeds 12] [--protocol choices|room|both]
        [--split all|dev|test|family|held-out] [--no-pss] [--strategy auto|learn|balanced|please]
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from simulate_counterparts import (
    DEFAULT_CASES,
    Pair,
    SyntheticCounterpart,
    genius_pairs,
    top_issues,
    workable_level,
)

import meso_desk as md
from meso_desk.model.counterpart.inference import estimate_counterpart
from meso_desk.model.counterpart.their_values import TheirValues
from meso_desk.model.edits.round_edits import record_choice
from meso_desk.model.offers.meso import MesoError, candidate_pool, generate_mesos
from meso_desk.model.offers.meso_sets import first_different, nearest_different_set, not_again
from meso_desk.model.plan import Plan
from meso_desk.model.scoring import score, score_table

DEV_CASES = ("Camera", "ItexvsCypress")
TEST_CASES = ("Laptop", "thompson")
PSS_CASES = ("ItexvsCypress", "Camera", "thompson")
ENGINE_TOLERANCE = 0.5
#: When every set at the level repeats the one they reacted to, take the panel's "Offer at"
#: the nearest level with a different set (``--same-level`` turns it off).
NEAREST_LEVEL = True
TARGETS = {"choices": {"top": 0.50, "l1": 0.90, "tau": 0.25, "eff": 0.95, "above_random": 0.10},
           "room": {"top": 0.75, "l1": 0.70, "tau": 0.40, "eff": 0.95}}


# -- the simulated counterpart's reactions -------------------------------------------------------
def logit_pick(rng: np.random.Generator, u: np.ndarray, beta: float) -> int:
    z = beta * (u - u.max())
    p = np.exp(z) / np.exp(z).sum()
    return int(rng.choice(len(u), p=p))


def plackett_luce(rng: np.random.Generator, u: np.ndarray, beta: float) -> list[int]:
    """A full ranking, best first (with three packages: their best and their worst)."""
    left, order = list(range(len(u))), []
    while len(left) > 1:
        order.append(left.pop(logit_pick(rng, u[left], beta)))
    return order + left


def statement(rng: np.random.Generator, truth: dict[str, float], decoy: str) -> str:
    """Their answer to "which issue matters most to you?": 50 % sincere, 30 % the decoy, 20 % random."""
    names = list(truth)
    u = rng.random()
    if u < 0.5:
        return str(rng.choice(sorted(top_issues(truth))))
    if u < 0.8:
        return decoy
    return str(rng.choice(names))


def counter_offer(rng: np.random.Generator, plan: Plan, cp, picked: dict, beta: float) -> dict | None:
    """Their pick with the one term they would most like changed, set to their best option;
    the issue chosen by logit over their gain (issues where they gain nothing are not named)."""
    t = score_table(plan)
    base = cp.utility(picked)
    issues, terms, gains = [], [], []
    for i, name in enumerate(t.names):
        best_u, best_term = base, None
        for g in t.grids[i]:
            term = g.item() if hasattr(g, "item") else g
            u = cp.utility({**picked, name: term})
            if u > best_u + 1e-12:
                best_u, best_term = u, term
        if best_term is not None:
            issues.append(name)
            terms.append(best_term)
            gains.append(best_u - base)
    if not issues:
        return None
    k = logit_pick(rng, np.array(gains), beta)
    return {issues[k]: terms[k]}


# -- a family of real-looking profiles (development set; never the shared cases) ----------------------
def _shape(rng: np.random.Generator, k: int) -> np.ndarray:
    """Values of k ordinal options, best first: linear, concave or convex, worst 0..40 (GENIUS style)."""
    x = np.linspace(0.0, 1.0, k)
    v = 1.0 - x ** float(rng.choice([0.5, 1.0, 2.0]))
    worst = rng.uniform(0.0, 0.4)
    return 100.0 * (worst + (1.0 - worst) * v)


def family_profile(rng: np.random.Generator, ours: list[np.ndarray]) -> tuple[np.ndarray, list[np.ndarray]]:
    """Their weights and option values, drawn from shapes multi-issue profiles use — opposed to
    ours (55 %), the same (15 %), single-peaked along the options' order (20 %), any order
    (10 %) — with GENIUS-style values (their best 100, their worst 0..40) rounded to 5 points
    (near-ties), and Dirichlet(1) weights rounded to 0.05 (ties between top issues happen)."""
    vals = []
    for u in ours:
        k = len(u)
        order = np.argsort(-u, kind="stable")  # our best … our worst
        sh = _shape(rng, k)  # their best … worst
        f = rng.random()
        v = np.empty(k)
        if f < 0.55:
            v[order] = sh[::-1]
        elif f < 0.70:
            v[order] = sh
        elif f < 0.90:
            pk = int(rng.integers(0, k))
            dist = np.abs(np.arange(k) - pk)
            v[order] = sh[np.argsort(np.argsort(dist, kind="stable"), kind="stable")]
        else:
            v[rng.permutation(k)] = sh
        vals.append(np.round(v / 5.0) * 5.0)
    w = np.maximum(np.round(rng.dirichlet(np.ones(len(ours))) / 0.05) * 0.05, 0.05)
    return w / w.sum(), vals


def family_pairs(n: int, seed: int = 0) -> list[Pair]:
    """``n`` made-up discrete plans (3–6 ordinal issues of 3–5 options), each against one
    counterpart from :func:`family_profile`."""
    rng = np.random.default_rng(seed)
    out = []
    while len(out) < n:
        k = len(out)
        n_issues = int(rng.integers(3, 7))
        ours = [_shape(rng, int(rng.integers(3, 6))) for _ in range(n_issues)]
        issues = tuple(md.CategoricalIssue(name=f"Issue {i + 1}", options=[
            md.Option(label=f"option {j + 1}", value=float(np.round(v, 1))) for j, v in enumerate(u)])
            for i, u in enumerate(ours))
        w = rng.dirichlet(np.ones(n_issues) * 2.0)
        plan = md.Plan(title=f"family {k}", issues=issues, weights={x.name: float(y) for x, y in zip(issues, w)},
                       aspiration=70.0, reservation=30.0)
        found = workable_level(plan, 70.0, 3)
        if found is None:
            continue
        from meso_desk.model.scoring import score_table as _st

        t = _st(plan)
        tw, tv = family_profile(rng, [np.asarray(g, dtype=float) for g in t.values])
        cp = SyntheticCounterpart(plan, TheirValues(t.names, tw, tuple(tv), "truth"))
        out.append(Pair("family", f"family {k} ({n_issues} issues)", plan, cp, *found))
    return out


# -- one run ---------------------------------------------------------------------------------------
@dataclass
class Run:
    case: str
    direction: str
    protocol: str
    method: str
    seed: int
    top: float
    l1: float
    l1u: float
    tau: float
    eff: float
    covered: int
    n_issues: int
    stated: float  # the stated probability of the issue named most important
    hit: float
    seconds: float


def kendall_tau(a: np.ndarray, b: np.ndarray) -> float:
    """Kendall τ-b (ties in either vector handled)."""
    n = len(a)
    conc = disc = ta = tb = 0
    for i in range(n):
        for j in range(i + 1, n):
            x, y = np.sign(a[i] - a[j]), np.sign(b[i] - b[j])
            if x == 0 and y == 0:
                continue
            if x == 0:
                ta += 1
            elif y == 0:
                tb += 1
            elif x == y:
                conc += 1
            else:
                disc += 1
    d = np.sqrt((conc + disc + ta) * (conc + disc + tb))
    return float((conc - disc) / d) if d > 0 else 0.0


def make_set(plan: Plan, pair: Pair, method: str, rng: np.random.Generator, strategy: str,
             level: float) -> tuple[list, float]:
    """The round's set and the level it was made at (random sets: always the pair's level)."""
    if method == "random":
        pool = candidate_pool(plan, pair.level, tolerance=pair.tol)
        pick = rng.choice(len(pool), size=3, replace=False)
        return [pool.package(int(k)) for k in pick], pair.level
    return program_set(plan, strategy, level)


def program_set(plan: Plan, strategy: str, level: float) -> tuple[list, float]:
    """The set the counterpart panel's Next MESOs adds at ``level``, and the level of the set: never
    the packages of the round they last reacted to (the next best different set instead). When every
    set at the level repeats it, the user takes the panel's offer of the nearest level with a
    different set, and later sets follow that level as the panel's do (``NEAREST_LEVEL``; else, or
    when no level near has one, the same set is offered again)."""
    made: dict[tuple[float, int], list] = {}

    def make_at(lv: float, seed: int) -> list:
        if (lv, seed) not in made:
            made[lv, seed] = list(generate_mesos(plan, 3, lv, strategy=strategy, seed=seed))
        return made[lv, seed]

    avoid = not_again(plan)
    out, _ = first_different(lambda seed: make_at(level, seed), avoid.terms if avoid else None)
    if out is None and NEAREST_LEVEL and avoid is not None:
        found = nearest_different_set(plan, level, 3, make_at, avoid.terms)
        if found.level is not None:
            return list(found.packages), found.level
    return (out, level) if out is not None else (made[level, 0], level)


def next_set_efficiency(plan: Plan, pair: Pair, strategy: str, level: float) -> float:
    """Best for them in the program's next set ÷ best for them within that set's distance of its level."""
    nxt, level = program_set(plan, strategy, level)
    dist = max(ENGINE_TOLERANCE, max(abs(score(plan, p) - level) for p in nxt))
    pool = candidate_pool(plan, level, their=pair.cp.their_values(), tolerance=dist + 1e-9)
    best = pair.cp.utility(pool.package(int(np.argmax(pool.theirs))))
    return max(pair.cp.utility(p) for p in nxt) / best if best > 0 else float("nan")


def play(pair: Pair, protocol: str, method: str, seed: int, strategy: str, rounds: int = 4) -> Run:
    t0 = time.perf_counter()
    rng = np.random.default_rng([seed, hash_name(pair.direction), ("choices", "rankings", "room").index(protocol)])
    truth = pair.cp.true_weights()
    names = list(pair.plan.issue_names)
    beta = 20.0 if protocol in ("choices", "rankings") else float(np.exp(rng.uniform(np.log(10.0), np.log(40.0))))
    tops = top_issues(truth)
    others = [n for n in names if n not in tops] or names
    decoy = str(rng.choice(others))
    p, level = pair.plan, pair.level
    for _ in range(rounds):
        pk, level = make_set(p, pair, method, rng, strategy, level)
        u = np.array([pair.cp.utility(x) for x in pk])
        c = logit_pick(rng, u, beta)
        if protocol == "choices":
            p = record_choice(p, pk, c)
        elif protocol == "rankings":
            p = record_choice(p, pk, plackett_luce(rng, u, beta))
        else:
            said = statement(rng, truth, decoy)
            counter = counter_offer(rng, p, pair.cp, dict(pk[c]), beta)
            p = record_choice(p, pk, c, counter_offer=counter, statement=f"{said} matters most",
                              statement_issue=said)
    est = estimate_counterpart(p)
    w = np.array([est.weights[n] for n in names])
    tw = np.array([truth[n] for n in names])
    tp = np.array([est.top_issue[n] for n in names])
    named = [n for n, x in zip(names, tp) if x >= tp.max() - 1e-9]
    top = sum(n in tops for n in named) / len(named)
    covered = sum(est.intervals[n][0] - 1e-9 <= truth[n] <= est.intervals[n][1] + 1e-9 for n in names)
    eff = next_set_efficiency(p, pair, strategy, level)
    return Run(pair.case, pair.direction, protocol, method, seed, top, float(np.abs(w - tw).sum()),
               float(np.abs(1.0 / len(names) - tw).sum()), kendall_tau(w, tw), eff, int(covered), len(names),
               float(tp.max()), top, time.perf_counter() - t0)


def hash_name(s: str) -> int:
    import hashlib

    return int.from_bytes(hashlib.sha256(s.encode()).digest()[:4], "little")


# -- reporting -------------------------------------------------------------------------------------
def pooled(rs: list[Run]) -> dict[str, float]:
    return {"runs": len(rs), "top": float(np.mean([r.top for r in rs])),
            "l1": float(np.sum([r.l1 for r in rs]) / np.sum([r.l1u for r in rs])),
            "tau": float(np.mean([r.tau for r in rs])), "eff": float(np.nanmean([r.eff for r in rs])),
            "cover": float(np.sum([r.covered for r in rs]) / np.sum([r.n_issues for r in rs]))}


def calibration(rs: list[Run]) -> str:
    out = []
    for lo, hi in ((0.0, 1 / 3), (1 / 3, 2 / 3), (2 / 3, 1.01)):
        b = [r for r in rs if lo <= r.stated < hi]
        if b:
            out.append(f"stated {100 * np.mean([r.stated for r in b]):.0f} % → hit {100 * np.mean([r.hit for r in b]):.0f} "
                       f"% (n={len(b)})")
    return "; ".join(out)


def report(runs: list[Run], label: str) -> dict:
    figures = {}
    print(f"\n== {label} ==")
    for protocol in ("choices", "rankings", "room"):
        inf = [r for r in runs if r.protocol == protocol and r.method == "informed"]
        rnd = [r for r in runs if r.protocol == protocol and r.method == "random"]
        if not inf:
            continue
        a, b = pooled(inf), pooled(rnd) if rnd else None
        figures[protocol] = {"informed": a, "random": b}
        tg = TARGETS["choices" if protocol == "rankings" else protocol]
        print(f"{protocol:8s} ({a['runs']} runs a method)   program's sets | random sets | target")
        checks = {"top": ("top issue", "{:.0%}", a["top"] >= tg["top"]),
                  "l1": ("weight error ÷ uniform", "{:.2f}", a["l1"] <= tg["l1"]),
                  "tau": ("Kendall τ", "{:.2f}", a["tau"] >= tg["tau"]),
                  "eff": ("next set ÷ best", "{:.3f}", a["eff"] >= tg["eff"]),
                  "cover": ("80 % interval coverage", "{:.0%}", 0.75 <= a["cover"] <= 0.90)}
        for key, (name, fmt, ok) in checks.items():
            rv = fmt.format(b[key]) if b else "–"
            print(f"  {name:24s} {fmt.format(a[key]):>12s} | {rv:>11s} | {'met' if ok else 'MISSED'}")
        if b and "above_random" in tg:
            d = a["top"] - b["top"]
            print(f"  top issue above random: {100 * d:+.0f} points ({'met' if d >= tg['above_random'] else 'MISSED'})")
        if b:
            lo, hi = difference_interval(inf, rnd, "top")
            el, eh = difference_interval(inf, rnd, "l1")
            print(f"  program − random, 95 % over resampled cases: top issue {100 * lo:+.0f} … {100 * hi:+.0f} points, "
                  f"weight error {el:+.2f} … {eh:+.2f}")
        print(f"  calibration (program's sets): {calibration(inf)}")
        if rnd:
            print(f"  calibration (random sets):    {calibration(rnd)}")
    return figures


def difference_interval(a: list[Run], b: list[Run], key: str, draws: int = 2000) -> tuple[float, float]:
    """95 % interval of pooled(a)[key] − pooled(b)[key] when the *case pairs* are drawn again with
    replacement (a cluster bootstrap): the program's sets are a deterministic function of the picks,
    so runs of one pair are not independent, and the pair, not the run, is the unit of evidence."""
    keys = sorted({(r.case, r.direction) for r in a} & {(r.case, r.direction) for r in b})
    if len(keys) < 2:
        return float("nan"), float("nan")

    def sums(rs: list[Run]) -> np.ndarray:  # per pair: Σ top, Σ L1, Σ L1 uniform, runs
        out = np.zeros((len(keys), 4))
        at = {k: i for i, k in enumerate(keys)}
        for r in rs:
            i = at.get((r.case, r.direction))
            if i is not None:
                out[i] += (r.top, r.l1, r.l1u, 1.0)
        return out

    sa, sb = sums(a), sums(b)
    pick = np.random.default_rng(0).integers(0, len(keys), size=(draws, len(keys)))
    ta, tb = sa[pick].sum(axis=1), sb[pick].sum(axis=1)  # (draws, 4)
    if key == "top":
        d = ta[:, 0] / ta[:, 3] - tb[:, 0] / tb[:, 3]
    else:
        d = ta[:, 1] / ta[:, 2] - tb[:, 1] / tb[:, 2]
    return float(np.percentile(d, 2.5)), float(np.percentile(d, 97.5))


def per_case(runs: list[Run]) -> None:
    print(f"\n{'case':14s} {'direction':48s} {'protocol':8s} {'method':8s} {'top':>5s} {'L1':>5s} {'tau':>5s} {'eff':>6s}")
    for key in sorted({(r.case, r.direction, r.protocol, r.method) for r in runs}):
        rs = [r for r in runs if (r.case, r.direction, r.protocol, r.method) == key]
        f = pooled(rs)
        print(f"{key[0]:14s} {key[1]:48s} {key[2]:8s} {key[3]:8s} {100 * f['top']:4.0f}% {f['l1']:5.2f} "
              f"{f['tau']:5.2f} {f['eff']:6.3f}")


# -- post-settlement -------------------------------------------------------------------------------
def post_settlement_check(pairs: list[Pair], seeds: int, min_probability: float | None,
                          every_case: bool = False) -> dict[str, float]:
    from meso_desk.model.deal.post_settlement import post_settlement

    print("\n== post-settlement (3 rounds, last pick accepted) ==")
    per_case: dict[str, list[bool]] = {}
    worse = 0
    for pair in pairs:
        if not every_case and pair.case not in PSS_CASES and pair.case != "family":
            continue
        tv = pair.cp.their_values()
        for seed in range(seeds):
            rng = np.random.default_rng([seed, hash_name(pair.direction), 7])
            p = pair.plan
            for k in range(3):
                pk = list(generate_mesos(p, 3, pair.level))
                c = logit_pick(rng, np.array([pair.cp.utility(x) for x in pk]), 20.0)
                p = record_choice(p, pk, c, outcome="accepted" if k == 2 else None)
                agreed = dict(pk[c])
            if not _room_exists(p, tv, agreed, pair):
                continue
            kw = {} if min_probability is None else {"min_probability": min_probability}
            r = post_settlement(p, agreed, 3, **kw)
            ua, oa = pair.cp.utility(agreed), score(p, agreed)
            worse += sum(score(p, s.terms) < oa - 1e-9 for s in r)
            per_case.setdefault(pair.case, []).append(any(pair.cp.utility(s.terms) > ua + 1e-12 for s in r))
    out = {}
    for case, hits in per_case.items():
        out[case] = float(np.mean(hits))
        print(f"  {case:14s}: the set holds a package truly better for them in {100 * out[case]:.0f} % "
              f"of {len(hits)} runs with room")
    passing = sum(v >= 0.5 for v in out.values())
    print(f"  cases where it does in most runs: {passing} of {len(out)} (target ≥ 2 of 3); "
          f"suggestions worse for us: {worse}")
    return out


def _room_exists(plan: Plan, tv, agreed: dict, pair: Pair) -> bool:
    from meso_desk.model.offers.frontier import pareto_frontier

    F = pareto_frontier(plan, tv)
    oa, ta = score(plan, agreed), tv.value(plan, agreed)
    return bool(np.any((np.asarray(F.ours) >= oa - 1e-9) & (np.asarray(F.theirs) > ta + 1e-9)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cases", type=Path, default=DEFAULT_CASES)
    ap.add_argument("--seeds", type=int, default=12)
    ap.add_argument("--protocol", choices=("choices", "room", "rankings", "both", "all"), default="both",
                    help="both = choices and room; all adds rankings (choices recorded as full rankings)")
    ap.add_argument("--split", choices=("all", "dev", "test", "family", "held-out"), default="all",
                    help="family: made-up profiles of the family the prior is fitted to (development); "
                    "held-out: every case of --cases (a folder of other GENIUS cases)")
    ap.add_argument("--family", type=int, default=40, help="profiles with --split family")
    ap.add_argument("--strategy", default="auto", help="the purpose of the program's sets (default: the round chooses)")
    ap.add_argument("--methods", default="informed,random")
    ap.add_argument("--no-pss", action="store_true")
    ap.add_argument("--same-level", action="store_true",
                    help="when every set at the level repeats the last one, offer it again instead of taking the "
                    "panel's nearest level with a different set")
    ap.add_argument("--pss-only", action="store_true", help="only the post-settlement check")
    ap.add_argument("--pss-min-probability", type=float, default=None)
    ap.add_argument("--set-weights", default="", metavar="STRATEGY:KEY=V,...",
                    help="diagnostic: override set-score weights, e.g. learn:top=60,near=0")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args(argv)
    global NEAREST_LEVEL
    NEAREST_LEVEL = not a.same_level
    if a.set_weights:
        from meso_desk.model.offers import information

        strat, kv = a.set_weights.split(":", 1)
        for item in kv.split(","):
            k, v = item.split("=")
            information.WEIGHTS[strat][k] = float(v)
        print(f"set-score weights of {strat}: {information.WEIGHTS[strat]}")
    if not a.cases.is_dir():
        print(f"no case folder at {a.cases}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    if a.split == "family":
        pairs, keep = family_pairs(a.family), ("family",)
    else:
        pairs = genius_pairs(a.cases, 70.0, 3)
        keep = {"all": DEV_CASES + TEST_CASES, "dev": DEV_CASES, "test": TEST_CASES,
                "held-out": tuple(dict.fromkeys(p.case for p in pairs))}[a.split]
        pairs = [p for p in pairs if p.case in keep]
    protocols = {"both": ("choices", "room"), "all": ("choices", "rankings", "room")}.get(a.protocol, (a.protocol,))
    runs: list[Run] = []
    for pair in [] if a.pss_only else pairs:
        for protocol in protocols:
            for method in a.methods.split(","):
                for seed in range(a.seeds):
                    try:
                        r = play(pair, protocol, method, 1000 + seed, a.strategy)
                    except MesoError as e:
                        print(f"  {pair.case} {pair.direction}: {e}")
                        break
                    runs.append(r)
                    if a.verbose:
                        print(f"  {r.case} {r.direction} {protocol} {method} {seed}: top {r.top:.2f} "
                              f"L1 {r.l1:.2f}/{r.l1u:.2f} τ {r.tau:.2f} eff {r.eff:.3f} ({r.seconds:.1f} s)")
    if a.split != "family" and runs:
        print(f"{a.seeds} seeds a case, levels: " + ", ".join(f"{p.case} {p.direction} {p.level:g}" for p in pairs))
        per_case(runs)
    if runs:
        report(runs, f"all selected cases ({', '.join(keep)})")
    if a.split == "all" and runs:
        report([r for r in runs if r.case in TEST_CASES], f"test split ({', '.join(TEST_CASES)}; not used while "
               "developing)")
    if not a.no_pss:
        post_settlement_check(pairs, a.seeds, a.pss_min_probability, every_case=a.split == "held-out")
    print(f"\n{len(runs)} runs in {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
