"""Random and synthetic plans for the MESO engine tests (categorical and numeric issues)."""

from __future__ import annotations

import itertools

import numpy as np

import meso_desk as md


def synthetic_plan(n_issues: int, n_options: int, seed: int = 0, *, numeric_every: int = 0,
                   unacceptable: bool = False, aspiration: float = 70.0,
                   reservation: float = 40.0) -> md.Plan:
    """``n_issues`` issues of ``n_options`` terms with random values and weights.

    ``numeric_every=k`` makes every k-th issue numeric (``n_options`` steps, linear or bent);
    ``unacceptable`` marks the worst option of some issues unacceptable / sets a hard limit.
    """
    rng = np.random.default_rng(seed)
    issues = []
    for i in range(n_issues):
        if numeric_every and i % numeric_every == 0:
            kw = {}
            if unacceptable and i % 2 == 0:
                kw["hard_limit"] = float(n_options - 2)
            issues.append(md.NumericIssue(
                name=f"N{i}", min=0.0, max=float(n_options - 1), step=1.0,
                direction="lower" if i % 2 == 0 else "higher",
                curve=("linear", "concave", "convex")[i % 3], **kw))
        else:
            vals = np.round(rng.uniform(0, 100, n_options), 1)
            vals[rng.integers(n_options)] = 100.0
            vals[rng.integers(n_options)] = 0.0
            bad = int(np.argmin(vals)) if unacceptable and i % 3 == 1 else -1
            issues.append(md.CategoricalIssue(
                name=f"C{i}", options=[md.Option(label=f"o{k}", value=float(v), acceptable=k != bad)
                                       for k, v in enumerate(vals)]))
    w = rng.uniform(0.2, 1.0, n_issues)
    return md.Plan(issues=tuple(issues), weights={iss.name: float(x) for iss, x in zip(issues, w)},
                   aspiration=aspiration, reservation=reservation)


def brute_force(plan: md.Plan, acceptable_only: bool = True):
    """Every package of a small plan as full-grid index rows, with our points."""
    t = md.score_table(plan)
    ranges = [np.flatnonzero(a) if acceptable_only else np.arange(len(a)) for a in t.acceptable]
    rows = np.array(list(itertools.product(*ranges)), dtype=np.int64)
    return rows, t.score_indices(rows)


# -- hypothesis strategy: small plans the engine can be checked against by brute force -----------
try:
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover
    st = None


if st is not None:

    @st.composite
    def small_plans(draw, min_issues: int = 2, max_issues: int = 5, max_terms: int = 6,
                    fine: bool = False) -> md.Plan:
        """Plans of numeric (every curve, hard limits) and categorical (unacceptable options)
        issues, at most ``max_terms`` terms each (``fine``: some numeric issues get ~100 steps)."""
        n = draw(st.integers(min_issues, max_issues))
        issues = []
        for i in range(n):
            if draw(st.booleans()):
                fine_here = fine and draw(st.booleans())
                steps = draw(st.integers(60, 160)) if fine_here else draw(st.integers(1, max_terms - 1))
                step = draw(st.sampled_from([0.5, 1.0, 2.0, 5.0]))
                lo = draw(st.integers(0, 20)) * step
                hi = lo + steps * step
                curve = draw(st.sampled_from(["linear", "concave", "convex", "breakpoints"]))
                kw = {}
                if curve == "breakpoints":
                    ys = draw(st.lists(st.integers(0, 100), min_size=3, max_size=3))
                    kw["breakpoints"] = ((lo, float(ys[0])), ((lo + hi) / 2, float(ys[1])), (hi, float(ys[2])))
                if draw(st.integers(0, 3)) == 0:
                    kw["hard_limit"] = lo + draw(st.integers(0, steps)) * step
                issues.append(md.NumericIssue(
                    name=f"N{i}", unit=draw(st.sampled_from(["", "EUR", "days"])), min=lo, max=hi, step=step,
                    direction=draw(st.sampled_from(["higher", "lower"])), curve=curve,
                    curvature=draw(st.sampled_from([0.5, 2.0, 5.0])), **kw))
            else:
                k = draw(st.integers(2, max_terms))
                vals = draw(st.lists(st.integers(0, 100), min_size=k, max_size=k))
                acc = draw(st.lists(st.booleans(), min_size=k, max_size=k).filter(any))
                if draw(st.booleans()):
                    acc = [True] * k
                issues.append(md.CategoricalIssue(
                    name=f"C{i}", options=[md.Option(label=f"opt {j}", value=float(v), acceptable=a)
                                           for j, (v, a) in enumerate(zip(vals, acc))]))
        w = draw(st.lists(st.integers(1, 20), min_size=n, max_size=n))
        res = float(draw(st.integers(0, 60)))
        asp = float(draw(st.integers(int(res), 100)))
        return md.Plan(issues=tuple(issues), weights={iss.name: float(x) for iss, x in zip(issues, w)},
                       reservation=res, aspiration=asp)
