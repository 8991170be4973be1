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
