"""The Pareto frontier of two additive values: ours and our estimate of the counterpart's.

A package is on the frontier when no other package is at least as good for both sides and
better for one. Both values are sums over issues, so the frontier can be built issue by
issue: after adding issue ``k``, a partial package (terms for issues ``1..k``) that another
partial package dominates can be dropped for good — whatever terms complete it, the same
terms complete the other one into a package that dominates it. Each step combines the
surviving partial packages with the issue's terms and keeps the non-dominated ones (one
sort and a running maximum), so the work grows with the frontier, not with the package
space: 8 issues × 7 options (5.8 million packages) take about a millisecond.

Exactness: the frontier is exact on the grid searched — every step of every issue unless
``max_levels`` coarsens fine numeric issues (``Frontier.exact`` says which) — up to ties:
partial values are compared after rounding to 1e-9 points, and of several packages with the
same pair of values one representative is kept (the first in grid-index order).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from ..base import Term
from ..counterpart.their_values import TheirValues
from ..limits import MEMORY_BUDGET, Progress, frontier_step_bytes, report
from ..package import Package
from ..plan import Plan
from ..scoring import score_table
from .search_grid import SearchGrid, search_grid

#: Partial values are compared after rounding to this many decimals (points).
_DECIMALS = 9


@dataclass(frozen=True, eq=False)
class Frontier:
    """The frontier packages as full-grid index rows with both values.

    Sorted by our value, highest first (their value then rises strictly along the rows).
    """

    plan: Plan
    rows: np.ndarray
    ours: np.ndarray
    theirs: np.ndarray
    exact: bool
    their_label: str = ""
    #: True when a partial frontier was thinned to stay within the resource bounds
    approximate: bool = False

    def __len__(self) -> int:
        return len(self.rows)

    def packages(self):
        """The frontier packages as :class:`~meso_desk.model.package.Package` objects."""
        t = score_table(self.plan)
        return [Package(self.plan, t.package_terms(r)) for r in self.rows]

    def best_theirs_at(self, ours: np.ndarray | float) -> np.ndarray:
        """Highest value to them of a frontier package worth at least ``ours`` to us
        (``nan`` where no package reaches that value)."""
        x = np.atleast_1d(np.asarray(ours, dtype=float))
        k = np.searchsorted(-self.ours, -x + 1e-9, side="right")
        out = np.full(x.shape, np.nan)
        ok = k > 0
        out[ok] = self.theirs[k[ok] - 1]
        return out

    def gap(self, ours: np.ndarray, theirs: np.ndarray) -> np.ndarray:
        """Points the counterpart could gain, at no cost to us, over packages valued
        ``(ours, theirs)``: 0 on the frontier, larger further inside."""
        return np.maximum(self.best_theirs_at(ours) - np.asarray(theirs, dtype=float), 0.0)


#: Largest merge step (partial packages × terms of the next issue) done whole; beyond it the
#: partial frontier is thinned to evenly spaced points first (time: about 20 ms a step).
MAX_MERGE = 60_000
#: A thinned partial frontier keeps at least this many points (unless memory forbids it).
MIN_FRONT = 300


@dataclass(frozen=True, eq=False)
class FrontierMerge:
    """What :func:`frontier_merge` found: local option rows, both values, and whether a partial
    frontier had to be thinned (``approximate``)."""

    rows: np.ndarray
    ours: np.ndarray
    theirs: np.ndarray
    approximate: bool


def frontier_on_grid(ours: Sequence[np.ndarray], theirs: Sequence[np.ndarray]
                     ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Merge issue by issue with dominance pruning.

    ``ours[i]``/``theirs[i]`` are the two weighted values of issue ``i``'s searchable terms.
    Returns local option rows ``(N, n)`` and both values, sorted by ours descending.
    """
    m = frontier_merge(ours, theirs)
    return m.rows, m.ours, m.theirs


def _front_cap(next_terms: int) -> int:
    """How many partial packages may enter a merge with ``next_terms`` terms."""
    by_memory = int(MEMORY_BUDGET / 2 // frontier_step_bytes(1, next_terms))
    return max(2, min(by_memory, max(MIN_FRONT, MAX_MERGE // next_terms)))


def frontier_merge(ours: Sequence[np.ndarray], theirs: Sequence[np.ndarray], *,
                   progress: Progress | None = None, _ordered: bool = False) -> FrontierMerge:
    """:func:`frontier_on_grid` with its resource bounds reported: before each merge step
    the step's memory is estimated, and a partial frontier too large for it is thinned to
    evenly spaced points (both ends kept) — ``approximate`` then says so. An issue with so
    many terms that even :data:`MIN_FRONT` partial packages would not fit is merged first."""
    n = len(ours)
    if n and not _ordered and frontier_step_bytes(MIN_FRONT, max(len(o) for o in ours)) > MEMORY_BUDGET / 2:
        perm = np.argsort([-len(o) for o in ours], kind="stable")
        merged = frontier_merge([ours[i] for i in perm], [theirs[i] for i in perm], progress=progress,
                                _ordered=True)
        rows = np.empty_like(merged.rows)
        rows[:, perm] = merged.rows
        return FrontierMerge(rows, merged.ours, merged.theirs, merged.approximate)
    a = np.zeros(1)
    b = np.zeros(1)
    parents: list[np.ndarray] = []
    opts: list[np.ndarray] = []
    thinned = False
    for i in range(n):
        report(progress, i / max(n, 1))
        ai = np.asarray(ours[i], dtype=float)
        bi = np.asarray(theirs[i], dtype=float)
        m = len(ai)
        cap = _front_cap(m)
        sub = None
        if len(a) > cap:  # thin the partial frontier: evenly spaced along it, ends kept
            sub = np.unique(np.round(np.linspace(0, len(a) - 1, cap)).astype(np.int64))
            a, b = a[sub], b[sub]
            thinned = True
        ca = (a[:, None] + ai[None, :]).ravel()
        cb = (b[:, None] + bi[None, :]).ravel()
        ka = np.round(ca, _DECIMALS)
        kb = np.round(cb, _DECIMALS)
        order = np.lexsort((-kb, -ka))  # ours desc, then theirs desc; stable on ties
        sb = kb[order]
        best_before = np.maximum.accumulate(np.concatenate([[-np.inf], sb[:-1]]))
        keep = order[sb > best_before]
        parents.append(keep // m if sub is None else sub[keep // m])
        opts.append(keep % m)
        a, b = ca[keep], cb[keep]
    rows = np.empty((len(a), n), dtype=np.int64)
    idx = np.arange(len(a))
    for i in range(n - 1, -1, -1):
        rows[:, i] = opts[i][idx]
        idx = parents[i][idx]
    report(progress, 1.0)
    return FrontierMerge(rows, a, b, thinned)


def pareto_frontier(
    plan: Plan,
    their=None,
    *,
    acceptable_only: bool = True,
    max_levels: int | None = None,
    fixed: Mapping[str, Term] | None = None,
    grid: SearchGrid | None = None,
    progress: Progress | None = None,
) -> Frontier:
    """The exact Pareto frontier of our value and ``their`` value.

    ``their`` is a :class:`~meso_desk.model.counterpart.their_values.TheirValues` (default: the
    opposed-interests prior). Unacceptable terms are excluded unless
    ``acceptable_only=False``; ``fixed`` pins issues to one term (a locked term, the value
    map's slice). ``max_levels`` coarsens fine numeric issues (``None``: every step).
    Within the resource bounds (:func:`frontier_merge`): a very large plan gives an
    ``approximate`` frontier. ``progress(fraction)`` returning ``False`` stops the work.
    """
    if their is None:
        their = TheirValues.opposed(plan)
    if not hasattr(their, "table"):
        raise TypeError("the frontier needs additive values for the counterpart (a TheirValues)")
    if grid is None:
        grid = search_grid(plan, max_levels=max_levels, acceptable_only=acceptable_only, fixed=fixed)
    merged = frontier_merge(grid.ours, grid.their_tables(their), progress=progress)
    rows = grid.to_full(merged.rows)
    # exact values of the full rows (the merge's running sums differ in the last bits)
    ours = grid.table.score_indices(rows)
    theirs = their.score_indices(rows)
    return Frontier(plan, rows, ours, theirs, grid.exact and not merged.approximate, getattr(their, "label", ""),
                    merged.approximate)
