"""The check behind issue 19, rerun: cards that never show our hand, sets that are really equal,
rebalances and post-settlement that keep their promises, money that matches a hand computation.

    python benchmarks/check_offers.py [--cases DIR] [--levels 6] [--random-sets 8] [--seeds 3]

Plans: every shipped example, and every profile of every shared GENIUS case — each also with a
competing quote planted the hard way: a random acceptable package set as ``batna_package`` and
kept in the plan twice, once *renamed* ("Offer 7", nothing in its name or note says quote) and
once as a *near-copy* (one numeric term one step away), so the guard has to catch them by value
and by terms, not by name. For each plan:

* **cards** — the default cards, each stored package asked for by name (the planted quote and its
  copy among them), and a MESO set at ``--levels`` levels between the reservation and the best,
  through ``card_set`` (the path of the CLI and the window). Every card that is
  printed is checked independently of the guard: equal to the BATNA or a competing quote, a
  near-copy of one (every categorical term equal, every numeric term within one step or 5 % of
  its range), or worth less than the reservation + 0.5. Counted: cards printed with one (must be 0).
* **unequal sets** — the printed sets and ``--random-sets`` sets of three random acceptable
  packages: every set whose options spread more than 2 points must carry the warning (the
  preview's and the briefing's line; the CLI refuses it without ``--allow-unequal``). Counted: such
  sets without the warning (must be 0).
* **rebalances** — random packages, a random issue moved, one other issue locked: locks kept
  (must be 0 broken) and the value held within the tolerance whenever the result says exact.
* **post-settlement** — the agreement a random acceptable package above the reservation (no rounds,
  so suggestions down to 50 % sure are asked for): no suggestion worse for us (exact; must be 0).
* **money** — total costs of random supplier packages (with and without price breaks) against
  the formula written out by hand, and the 214 → 180 move of the issue.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "reliability"))

from generators import genius_pairs  # noqa: E402

import meso_desk as md  # noqa: E402
from meso_desk.model.deal import zopa  # noqa: E402
from meso_desk.model.deal.post_settlement import post_settlement  # noqa: E402
from meso_desk.model.documents.briefing import briefing  # noqa: E402
from meso_desk.model.documents.cards import (  # noqa: E402
    UNEQUAL_SPREAD,
    CardError,
    RevealError,
    card_set,
    default_packages,
    unequal_warning,
)
from meso_desk.model.examples import example_names, example_plan  # noqa: E402
from meso_desk.model.io.genius import GeniusError, import_genius  # noqa: E402
from meso_desk.model.offers.meso import MesoError, generate_mesos, level_range  # noqa: E402
from meso_desk.model.offers.rebalance import rebalance  # noqa: E402
from meso_desk.model.plan import StoredPackage  # noqa: E402
from meso_desk.model.preferences.issues import NumericIssue  # noqa: E402
from meso_desk.model.preferences.total_cost import (  # noqa: E402
    VolumeTier,
    format_total_cost,
    total_costs,
    total_costs_on_grid,
)
from meso_desk.model.scoring import score, score_table  # noqa: E402

DEFAULT_CASES = ROOT.parent / "shared" / "cases" / "genius"
TOL = 0.5


def plans(cases: Path) -> list[tuple[str, md.Plan]]:
    """Every example plan and every profile of every shared GENIUS case (as our side)."""
    out = [(f"example {n}", example_plan(n)) for n in example_names()]
    if cases.is_dir():
        for dom, prof in genius_pairs(cases):
            try:
                plan = import_genius(dom, prof)
            except GeniusError:
                continue
            if len(plan.issues) >= 2:
                out.append((f"{dom.parent.name}/{prof.stem}", plan))
    return out


def random_rows(plan: md.Plan, rng: np.random.Generator, n: int) -> np.ndarray:
    t = score_table(plan)
    return np.stack([rng.integers(0, len(g), n) for g in t.grids], axis=1)


def acceptable_packages(plan: md.Plan, rng: np.random.Generator, n: int, above: float = -1.0) -> list[dict]:
    t = score_table(plan)
    rows = random_rows(plan, rng, 4000)
    ok = t.acceptable_indices(rows) & (t.score_indices(rows) >= above)
    return [t.package_terms(r) for r in rows[ok][:n]]


def plant_quote(plan: md.Plan, rng: np.random.Generator) -> md.Plan | None:
    """The plan with a competing quote set as its BATNA and kept twice among its packages: renamed
    (nothing in the name says so) and as a near-copy (one numeric term one step away)."""
    cand = acceptable_packages(plan, rng, 50, above=plan.reservation + 3)
    if not cand:
        return None
    quote = cand[0]
    near = dict(quote)
    for issue in plan.issues:
        if isinstance(issue, NumericIssue):
            x = float(quote[issue.name])
            near[issue.name] = issue.snap(x + issue.step if x + issue.step <= issue.max else x - issue.step)
            break
    pk = (*plan.packages, StoredPackage(name="Offer 7", terms=quote), StoredPackage(name="Offer 8", terms=near))
    try:
        return plan.replace(batna_package=quote, packages=pk, reservation_from_batna=False)
    except ValueError:
        return None


def near_copy(plan: md.Plan, a, b) -> bool:
    """Independent of cards.is_near_copy: categorical equal, numeric within max(step, 5 % of range)."""
    for issue in plan.issues:
        if isinstance(issue, NumericIssue):
            if abs(float(a[issue.name]) - float(b[issue.name])) > max(issue.step, 0.05 * (issue.max - issue.min)) + 1e-9:
                return False
        elif a[issue.name] != b[issue.name]:
            return False
    return True


def shows_hand(plan: md.Plan, pkg) -> bool:
    refs = [plan.batna_package] if plan.batna_package is not None else []
    refs += [sp.terms for sp in plan.packages if any(w in f"{sp.name} {sp.note}".lower()
                                                      for w in ("batna", "competing", "competitor", "walk-away"))]
    terms = dict(pkg.items())
    if any(terms == dict(r) or near_copy(plan, terms, r) for r in refs):
        return True
    return score(plan, pkg) < plan.reservation + TOL - 1e-9


def check_plan(plan: md.Plan, rng: np.random.Generator, levels: int, n_random: int, stats: dict) -> None:
    sets: list[list] = []
    try:
        pk, _ = default_packages(plan)
        sets.append(list(pk))
    except CardError:
        pass
    lo, hi = level_range(plan)
    count = min(3, len(plan.issues))
    for lv in np.linspace(max(lo, plan.reservation + 1), hi, levels + 2)[1:-1]:
        try:
            sets.append(list(generate_mesos(plan, count, float(lv))))
        except MesoError:
            pass
    sets += [[plan.package(sp.name)] for sp in plan.packages]  # each stored package, asked for by name
    for s in sets:
        try:
            cs = card_set(plan, s)
        except RevealError:
            stats["refused (show our hand)"] += 1
            continue
        except CardError:
            stats["refused (may not be offered)"] += 1
            continue
        stats["card sets printed"] += 1
        stats["cards printed"] += len(cs.cards)
        stats["cards with a BATNA/reservation/near-copy"] += sum(shows_hand(plan, p) for p in s)
    for _ in range(n_random):
        cand = acceptable_packages(plan, rng, 3)
        if len(cand) >= 2:
            sets.append([md.Package(plan, c) for c in cand])
    for s in sets:
        pk = [p if isinstance(p, md.Package) else md.Package(plan, p) for p in s]
        pts = [score(plan, p) for p in pk]
        if len(pk) > 1 and max(pts) - min(pts) > UNEQUAL_SPREAD + 1e-9:
            stats["unequal sets"] += 1
            warned = bool(unequal_warning(plan, pk)) and any("not equal" in w for w in briefing(plan, pk).warnings)
            stats["unequal sets without warning"] += not warned
    for terms in acceptable_packages(plan, rng, 6):
        issues = plan.issue_names
        k = int(rng.integers(len(issues)))
        locked = {issues[(k + 1) % len(issues)]} if len(issues) > 2 else set()
        g = plan.issue(issues[k]).grid()
        value = g[int(rng.integers(len(g)))]
        value = str(value) if g.dtype == object else float(value)
        r = rebalance(plan, terms, issues[k], value, locked)
        stats["rebalances"] += 1
        stats["rebalances breaking a lock"] += any(r[n] != terms[n] for n in locked)
        stats["rebalances off their value though exact"] += bool(r.exact and abs(r.off_by) > r.tolerance + 1e-9)
    for terms in acceptable_packages(plan, rng, 2, above=plan.reservation):
        res = post_settlement(plan, terms, 3, min_probability=0.5)
        a = score(plan, terms)
        stats["post-settlement suggestions"] += len(res)
        stats["post-settlement worse for us"] += sum(score(plan, s.package) < a for s in res)


def hand_total(t, freight, rate, tiers=()):
    units, price = t["Order volume"], t["Unit price"]
    disc = max([d for v, d in tiers if units >= v], default=0.0)
    spend = units * price * (1 - disc / 100)
    return spend + freight[t["Incoterm"]] - spend * rate / 100 * t["Payment term"] / 365


def check_money(rng: np.random.Generator) -> list[str]:
    plan = example_plan("supplier")
    c = plan.costs
    assert c is not None
    out = []
    t = score_table(plan)
    rows = random_rows(plan, rng, 20000)
    pk = [t.package_terms(r) for r in rows]
    tiers = ((2000.0, 3.0), (2500.0, 5.0))
    for label, p in (("supplier example", plan),
                     ("with price breaks 2,000: 3 %; 2,500: 5 %", plan.replace(costs=c.model_copy(update={
                         "tiers": tuple(VolumeTier(from_volume=v, discount=d) for v, d in tiers)})))):
        got = total_costs(p, pk)
        want = np.array([hand_total(x, c.freight, c.financing_rate, p.costs.tiers and tiers) for x in pk])
        out.append(f"  {label}: {len(pk):,} random packages, largest difference from the hand computation "
                   f"EUR {np.abs(got - want).max():.2e}")
    big = random_rows(plan, rng, 1_000_000)
    t0 = time.perf_counter()
    total_costs_on_grid(plan, big)
    grid_ms = (time.perf_counter() - t0) * 1e3
    one = pk[0]
    t0 = time.perf_counter()
    for _ in range(1000):
        format_total_cost(plan, one)
    out.append(f"  speed: one package's \"Total EUR …\" {(time.perf_counter() - t0) * 1e3:.0f} µs; "
               f"1,000,000 grid packages {grid_ms:.0f} ms (vectorised)")
    base = dict(plan.batna_package or {})
    a = {**base, "Unit price": 214.0, "Order volume": 1500.0}
    b = {**base, "Unit price": 180.0, "Order volume": 3000.0}
    _, lines, _ = zopa.money_equivalent(plan, a, b)
    price = next(m for m in lines if m.issue == "Unit price")
    hand = 34 * 3000 * (1 - c.financing_rate / 100 * a["Payment term"] / 365)
    out.append(f"  214 → 180 with the volume moving 1,500 → 3,000: price line {zopa.format_money(price.money, 'EUR')} "
               f"(hand: 34 × 3,000 less financing = EUR {hand:,.0f}; the old fixed 1,500: EUR 51,000)")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=Path, default=DEFAULT_CASES)
    ap.add_argument("--levels", type=int, default=6)
    ap.add_argument("--random-sets", type=int, default=8)
    ap.add_argument("--seeds", type=int, default=3, help="passes, each with its own planted quotes and random packages")
    args = ap.parse_args(argv)
    keys = ["card sets printed", "cards printed", "cards with a BATNA/reservation/near-copy",
            "refused (show our hand)", "refused (may not be offered)", "unequal sets", "unequal sets without warning",
            "rebalances", "rebalances breaking a lock", "rebalances off their value though exact",
            "post-settlement suggestions", "post-settlement worse for us"]
    stats = dict.fromkeys(keys, 0)
    t0 = time.perf_counter()
    n_plans = 0
    base = plans(args.cases)
    for seed in range(args.seeds):
        rng = np.random.default_rng(seed)
        for name, plan in base:
            variants = [plan]
            planted = plant_quote(plan, rng)
            if planted is not None:
                variants.append(planted)
            for p in variants:
                try:
                    check_plan(p, rng, args.levels, args.random_sets, stats)
                    n_plans += 1
                except Exception as e:  # report, keep checking the rest
                    print(f"{name}: {type(e).__name__}: {e}")
    print(f"{len(base)} plans (examples and shared-case profiles) × {args.seeds} seeds, each also with a planted, "
          f"renamed competing quote and a near-copy of it: {n_plans} checked, {time.perf_counter() - t0:.0f} s")
    width = max(len(k) for k in keys)
    for k in keys:
        print(f"  {k:<{width}}  {stats[k]:>6,}")
    print("money against a hand computation:")
    for line in check_money(np.random.default_rng(0)):
        print(line)
    bad = (stats["cards with a BATNA/reservation/near-copy"] + stats["unequal sets without warning"]
           + stats["rebalances breaking a lock"] + stats["post-settlement worse for us"])
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
