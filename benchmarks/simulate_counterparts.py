"""Play simulated counterparts from GENIUS cases: does the inference learn their priorities?

For every case folder (a GENIUS domain with two or more profiles, at least three issues)
and every ordered pair of profiles, our plan is imported from one profile and the
counterpart is the other profile's *true* GENIUS utility, mapped onto our plan's issues
and options by issue name and option label. Each run plays ``--rounds`` rounds (default 4)
of ``--count``-package MESO sets (default 3) at ``--level`` (default 70; when no set exists
at that level on the case's grid, the nearest level that has one, reported). The
counterpart picks a package with probability ∝ exp(β·u), u its GENIUS utility on 0..1,
β = 20 (``docs/decisions.md``); ``--rankings`` records full Plackett–Luce rankings instead.

Two ways of choosing the sets are compared on the same seeds:

* ``informed`` — ``generate_mesos`` with the counterpart estimate once rounds exist
  (near-efficient under the estimate, most informative among those, ``--strategy``);
* ``random`` — randomly chosen equal-value sets (three distinct packages of the same
  candidate pool: equal value to us within the same tolerance, acceptable).

After the last round the estimate is compared with the truth:

* **top** — share of runs whose most probable top issue is their true top issue
  (target ≥ 80 %);
* **L1** — weight error Σ|ŵ − w| relative to that of a uniform guess (target ≤ 0.6; mean
  over runs of the per-run ratio, and the ratio of the mean errors);
* **eff** — the best package of the *next* set, in their true utility, divided by the best
  we could give them at that level (same tolerance, acceptable, at or above our
  reservation; target ≥ 0.95).

    python benchmarks/simulate_counterparts.py [--cases DIR] [--seeds 5] [--rankings]
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

import meso_desk as md
from meso_desk.model.inference import estimate_counterpart
from meso_desk.model.io.genius import GeniusCase, GeniusError, parse_xml, read_genius
from meso_desk.model.meso import MesoError, candidate_pool, generate_mesos
from meso_desk.model.plan import CategoricalIssue, Plan
from meso_desk.model.rounds import record_choice
from meso_desk.model.scoring import score_table
from meso_desk.model.their_values import TheirValues

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CASES = ROOT.parent / "shared" / "cases" / "genius"
SIM_BETA = 20.0  # per unit of 0..1 utility (0.2 per point)
TARGET_TOP, TARGET_L1, TARGET_EFF = 0.80, 0.60, 0.95


# -- cases -----------------------------------------------------------------------------------
@dataclass
class CaseFiles:
    name: str
    domain: Path | None
    profiles: list[Path]


def discover(folder: Path) -> list[CaseFiles]:
    """Every sub-folder with a GENIUS domain (or self-contained profiles) and ≥ 2 profiles."""
    out = []
    for d in sorted(p for p in folder.iterdir() if p.is_dir()):
        domains, profiles = [], []
        for f in sorted(d.glob("*.xml")):
            try:
                root = parse_xml(f.read_bytes(), f)
            except (GeniusError, OSError):
                continue
            tag = root.tag.rsplit("}", 1)[-1].lower() if isinstance(root.tag, str) else ""
            if tag == "negotiation_template":
                domains.append(f)
            elif tag == "utility_space":
                has_weights = any(e.tag.lower() == "weight" for e in root.iter() if isinstance(e.tag, str))
                (profiles if has_weights else domains).append(f)
        if len(profiles) >= 2 and len(domains) <= 1:
            out.append(CaseFiles(d.name, domains[0] if domains else None, profiles))
    return out


def _norm(s: str) -> str:
    return " ".join(str(s).split()).casefold()


@dataclass
class Counterpart:
    """The other profile's true utility, mapped onto our plan by issue name and option label."""

    case: GeniusCase
    plan: Plan  # their own plan (imported from their profile)
    ours: Plan
    issue_map: dict[str, str] = field(default_factory=dict)  # our issue → their issue
    label_map: dict[str, dict[str, str]] = field(default_factory=dict)  # our issue → our label → theirs

    @classmethod
    def build(cls, ours: Plan, domain: Path | None, profile: Path) -> Counterpart:
        case = read_genius(domain, profile)
        theirs = case.to_plan()
        by_norm = {_norm(n): n for n in theirs.issue_names}
        issue_map, label_map = {}, {}
        for issue in ours.issues:
            tn = by_norm.get(_norm(issue.name))
            if tn is None:
                continue  # an issue they do not evaluate: worth nothing to them
            issue_map[issue.name] = tn
            ti = theirs.issue(tn)
            if isinstance(issue, CategoricalIssue) and isinstance(ti, CategoricalIssue):
                tl = {_norm(lb): lb for lb in ti.labels}
                label_map[issue.name] = {lb: tl[_norm(lb)] for lb in issue.labels if _norm(lb) in tl}
        return cls(case, theirs, ours, issue_map, label_map)

    def _their_terms(self, terms) -> dict:
        out = {}
        for gi in self.case.issues:
            out[gi.name] = None
        for our, tn in self.issue_map.items():
            t = terms[our]
            out[tn] = self.label_map.get(our, {}).get(t, t) if our in self.label_map else t
        return out

    def utility(self, terms) -> float:
        """Their GENIUS utility (0..1 for discrete cases) of one of our packages."""
        tt = self._their_terms(terms)
        u = 0.0
        for gi, w in zip(self.case.issues, self.case.weights):
            t = tt.get(gi.name)
            if t is None:
                continue
            try:
                u += w * gi.evaluate(t)
            except ValueError:
                continue  # an option they do not list: worth nothing to them
        return float(u)

    def true_weights(self) -> dict[str, float]:
        """Their weights on our issues (their plan's convention), summing to 1."""
        w = {n: float(self.plan.weights[self.issue_map[n]]) if n in self.issue_map else 0.0
             for n in self.ours.issue_names}
        s = sum(w.values()) or 1.0
        return {k: v / s for k, v in w.items()}

    def their_values(self) -> TheirValues:
        """Their true values on our grids (an affine map of their GENIUS utility)."""
        t = score_table(self.ours)
        vals = []
        for i, issue in enumerate(self.ours.issues):
            tn = self.issue_map.get(issue.name)
            if tn is None:
                vals.append(np.zeros(len(t.grids[i])))
                continue
            ti = self.plan.issue(tn)
            if isinstance(ti, CategoricalIssue):
                lm = self.label_map.get(issue.name, {})
                vals.append(np.array([ti.option(lm[g]).value if g in lm else 0.0 for g in t.grids[i]]))
            else:
                vals.append(ti.values(t.grids[i].astype(float)))
        w = self.true_weights()
        return TheirValues(t.names, np.array([w[n] for n in t.names]) + 1e-12, tuple(vals), "truth")


# -- one run ------------------------------------------------------------------------------------
def _choose(rng: np.random.Generator, u: np.ndarray, rankings: bool) -> int | list[int]:
    if not rankings:
        z = SIM_BETA * (u - u.max())
        p = np.exp(z) / np.exp(z).sum()
        return int(rng.choice(len(u), p=p))
    left, order = list(range(len(u))), []
    while len(left) > 1:
        z = SIM_BETA * (u[left] - u[left].max())
        p = np.exp(z) / np.exp(z).sum()
        k = int(rng.choice(len(left), p=p))
        order.append(left.pop(k))
    return order + left


def make_set(plan: Plan, level: float, tol: float, method: str, strategy: str, count: int,
             rng: np.random.Generator) -> list:
    if method == "random":
        pool = candidate_pool(plan, level, tolerance=tol)
        if len(pool) < count:
            raise MesoError("pool too small")
        pick = rng.choice(len(pool), size=count, replace=False)
        return [pool.package(int(k)) for k in pick]
    # with rounds recorded, generate_mesos uses the counterpart estimate and information gain
    return list(generate_mesos(plan, count, level, strategy=strategy))


@dataclass
class Result:
    case: str
    direction: str
    method: str
    seed: int
    level: float
    top_ok: bool
    l1: float
    l1_uniform: float
    eff: float
    seconds: float


def workable_level(plan: Plan, level: float, count: int) -> tuple[float, float] | None:
    for d in (0.0, 2.5, 5.0, 7.5, 10.0, 15.0):
        for lv in ((level,) if d == 0 else (level - d, level + d)):
            try:
                m = generate_mesos(plan, count, lv)
            except MesoError:
                continue
            return lv, m.tolerance
    return None


def play(plan: Plan, cp: Counterpart, level: float, tol: float, method: str, seed: int, *, rounds: int,
         count: int, strategy: str, rankings: bool, best_at_level: float) -> tuple[float, bool, float, float, float]:
    rng = np.random.default_rng(seed)
    p = plan
    for _ in range(rounds):
        pk = make_set(p, level, tol, method, strategy, count, rng)
        u = np.array([cp.utility(x) for x in pk])
        p = record_choice(p, pk, _choose(rng, u, rankings))
    est = estimate_counterpart(p)
    truth = cp.true_weights()
    names = plan.issue_names
    true_top = max(names, key=lambda n: truth[n])
    l1 = sum(abs(est.weights[n] - truth[n]) for n in names)
    l1u = sum(abs(1.0 / len(names) - truth[n]) for n in names)
    nxt = make_set(p, level, tol, method, strategy, count, rng)
    eff = max(cp.utility(x) for x in nxt) / best_at_level if best_at_level > 0 else float("nan")
    return est.most_important == true_top, l1, l1u, eff, est.ess


# -- the protocol's ceiling: their curves known, only the weights unknown ------------------------
_KNOWN: dict[str, list[np.ndarray]] = {}


def know_curves(plan: Plan, cp: Counterpart | None) -> None:
    """Give the inference the counterpart's true value curves (``--known-curves``).

    A diagnostic, not a feature: it shows how much the protocol itself (4 choices among
    equal-value packages at one level) can teach about the *weights* when nothing else is
    unknown. Implemented by wrapping the inference module's sample derivation.
    """
    from meso_desk.model import inference as inf

    inf.clear_cache()
    _KNOWN.clear()
    if cp is None:
        return
    if not getattr(inf._derive, "_known_curves", False):
        original = inf._derive

        def derive(st, p, settings, keep=None, moved=""):
            d = original(st, p, settings, keep, moved)
            rows = _KNOWN.get(st.key)
            if rows is not None:
                V = tuple(np.repeat(np.asarray(r, np.float32)[:, None], p.size, axis=1) for r in rows)
                for i, m in enumerate(st.issues):
                    d.T[m.offset:m.offset + m.n_rows] = V[i] * d.W[i].astype(np.float32)[None, :]
                d.V = V
            return d

        derive._known_curves = True  # type: ignore[attr-defined]
        inf._derive = derive
    st = inf._structure_of(plan)
    rows = []
    for im in st.issues:
        tn = cp.issue_map.get(im.name)
        ti = cp.plan.issue(tn) if tn is not None else None
        if ti is None:
            rows.append(np.zeros(im.n_rows))
        elif isinstance(ti, CategoricalIssue):
            lm = cp.label_map.get(im.name, {})
            rows.append(np.array([ti.option(lm[lb]).value if lb in lm else 0.0 for lb in im.labels]))
        else:
            rows.append(ti.values(np.asarray(im.knots, dtype=float)))
    _KNOWN[st.key] = rows


def run(cases_dir: Path, seeds: int, rounds: int, count: int, level: float, strategy: str,
        rankings: bool, only: str | None, verbose: bool, known_curves: bool = False) -> list[Result]:
    results: list[Result] = []
    for cf in discover(cases_dir):
        if only and cf.name != only:
            continue
        for us in cf.profiles:
            plan = read_genius(cf.domain, us).to_plan()
            if len(plan.issues) < 3:
                print(f"  {cf.name}: {len(plan.issues)} issue(s) — skipped (a MESO set of 3 needs ≥ 3 issues)")
                break
            for them in cf.profiles:
                if them == us:
                    continue
                cp = Counterpart.build(plan, cf.domain, them)
                found = workable_level(plan, level, count)
                direction = f"{us.stem} vs {them.stem}"
                if found is None:
                    print(f"  {cf.name} {direction}: no MESO set near level {level:g} — skipped")
                    continue
                lv, tol = found
                tpool = candidate_pool(plan, lv, their=cp.their_values(), tolerance=tol)
                k = int(np.argmax(tpool.theirs))
                best = cp.utility(tpool.package(k))
                if known_curves:
                    know_curves(plan, cp)
                for method in ("informed", "random"):
                    for seed in range(seeds):
                        t0 = time.perf_counter()
                        top_ok, l1, l1u, eff, _ = play(plan, cp, lv, tol, method, 1000 + seed, rounds=rounds,
                                                       count=count, strategy=strategy, rankings=rankings,
                                                       best_at_level=best)
                        r = Result(cf.name, direction, method, seed, lv, top_ok, l1, l1u, eff,
                                   time.perf_counter() - t0)
                        results.append(r)
                        if verbose:
                            print(f"    {cf.name:14s} {direction:55s} {method:8s} seed {seed}: top "
                                  f"{'yes' if top_ok else 'no '} L1 {l1:.3f}/{l1u:.3f} eff {eff:.3f}")
    return results


def _fmt(values: list[float]) -> str:
    a = np.array(values, dtype=float)
    return f"{a.mean():.3f} ± {a.std():.3f}"


def summarise(results: list[Result]) -> dict[str, dict[str, float]]:
    out = {}
    groups = sorted({(r.case, r.direction, r.level) for r in results})
    print(f"\n{'case':14s} {'direction':55s} {'level':>5s} {'method':8s} {'top':>5s} {'L1/unif':>15s} "
          f"{'eff':>15s}")
    for case, direction, lv in groups:
        for method in ("informed", "random"):
            rs = [r for r in results if (r.case, r.direction, r.method) == (case, direction, method)]
            if not rs:
                continue
            top = np.mean([r.top_ok for r in rs])
            print(f"{case:14s} {direction:55s} {lv:5.1f} {method:8s} {100 * top:4.0f}% "
                  f"{_fmt([r.l1 / r.l1_uniform for r in rs]):>15s} {_fmt([r.eff for r in rs]):>15s}")
    print()
    for method in ("informed", "random"):
        rs = [r for r in results if r.method == method]
        if not rs:
            continue
        # spread across seeds: the figure per seed over all cases, then mean ± sd of those
        seeds = sorted({r.seed for r in rs})
        per_seed_top = [np.mean([r.top_ok for r in rs if r.seed == s]) for s in seeds]
        per_seed_l1 = [np.mean([r.l1 for r in rs if r.seed == s]) / np.mean([r.l1_uniform for r in rs if r.seed == s])
                       for s in seeds]
        per_seed_eff = [np.mean([r.eff for r in rs if r.seed == s]) for s in seeds]
        top = float(np.mean([r.top_ok for r in rs]))
        l1_ratio = float(np.mean([r.l1 for r in rs]) / np.mean([r.l1_uniform for r in rs]))
        l1_run = float(np.mean([r.l1 / r.l1_uniform for r in rs]))
        eff = float(np.mean([r.eff for r in rs]))
        eff_min = float(np.min([r.eff for r in rs]))
        secs = float(np.mean([r.seconds for r in rs]))
        out[method] = {"top": top, "l1_ratio": l1_ratio, "l1_per_run": l1_run, "eff": eff, "eff_min": eff_min}
        print(f"{method:8s} runs {len(rs):3d}: top issue named {100 * top:.0f} % "
              f"(per seed {_fmt(per_seed_top)}) | L1 ÷ uniform {l1_ratio:.3f} (per run {l1_run:.3f}; per seed "
              f"{_fmt(per_seed_l1)}) | next set best ÷ best possible {eff:.3f} (min {eff_min:.3f}; per seed "
              f"{_fmt(per_seed_eff)}) | {secs:.2f} s/run")
    if "informed" in out:
        o = out["informed"]
        ok = [o["top"] >= TARGET_TOP, o["l1_ratio"] <= TARGET_L1, o["eff"] >= TARGET_EFF]
        print(f"\ntargets (informed): top ≥ {TARGET_TOP:.0%}: {'met' if ok[0] else 'MISSED'}; "
              f"L1 ≤ {TARGET_L1} × uniform: {'met' if ok[1] else 'MISSED'}; "
              f"eff ≥ {TARGET_EFF}: {'met' if ok[2] else 'MISSED'}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cases", type=Path, default=DEFAULT_CASES, help="folder of GENIUS case folders")
    ap.add_argument("--seeds", type=int, default=5)
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--count", type=int, default=3)
    ap.add_argument("--level", type=float, default=70.0)
    ap.add_argument("--strategy", choices=("learn", "balanced", "please"), default="balanced")
    ap.add_argument("--rankings", action="store_true", help="record full rankings instead of single choices")
    ap.add_argument("--case", default=None, help="only this case folder")
    ap.add_argument("--known-curves", action="store_true",
                    help="diagnostic: give the inference their true value curves (only the weights unknown)")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args(argv)
    if not a.cases.is_dir():
        print(f"no case folder at {a.cases}", file=sys.stderr)
        return 2
    print(f"MESO Desk {md.__version__}: {a.rounds} rounds of {a.count}-package sets at level {a.level:g}, "
          f"{a.seeds} seeds, {'rankings' if a.rankings else 'single choices'}, strategy {a.strategy}, "
          f"{'their curves KNOWN (diagnostic), ' if a.known_curves else ''}"
          f"simulated β = {SIM_BETA:g} per unit utility")
    t0 = time.perf_counter()
    res = run(a.cases, a.seeds, a.rounds, a.count, a.level, a.strategy, a.rankings, a.case, a.verbose,
              a.known_curves)
    if a.known_curves:
        print("(diagnostic run: their value curves were given to the inference; only the weights were unknown)")
    if not res:
        print("no case with at least three issues and two profiles was found")
        return 1
    summarise(res)
    print(f"\n{len(res)} runs in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
