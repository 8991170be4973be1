"""The grid the MESO engine searches on: which terms of each issue a search may use.

Every issue's own grid (its options, or every step of a numeric range) is the *full grid*
(:class:`~meso_desk.model.scoring.ScoreTable`). A search usually needs less:

* only acceptable terms (inside the hard limits, no unacceptable option);
* terms the user fixed (a locked term) reduced to that one term;
* numeric issues with fine steps (a price on a 0.50 step has hundreds of terms) *coarsened*
  to about ``max_levels`` evenly spaced terms on round multiples of the step, always
  keeping both acceptable ends (so the hard limit itself is on the grid) and the term best
  for us. ``docs/decisions.md``: search coarse, then refine the chosen packages on the true
  step.

A search on a grid where no issue was coarsened is exact over the whole package space;
``SearchGrid.exact`` says which case applies.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

import numpy as np

from ..base import Term
from ..language import tr
from ..limits import thinned_note
from ..plan import Plan
from ..preferences.issues import NumericIssue
from ..scoring import ScoreTable, score_table

#: Default number of levels a fine numeric issue is coarsened to for a search.
DEFAULT_LEVELS = 20
#: "Nice" strides (in steps) tried when coarsening, times powers of ten.
_NICE = (1, 2, 2.5, 4, 5)


@dataclass(frozen=True, eq=False)
class SearchGrid:
    """Per issue, the full-grid indices a search may use and their weighted values.

    ``options[i]`` are indices into issue ``i``'s full grid (ascending), ``ours[i]`` our
    weighted points at those terms (``weight × value``), ``coarsened[i]`` whether issue
    ``i`` lost terms to coarsening (not to acceptability or fixing).
    """

    plan: Plan
    table: ScoreTable
    options: tuple[np.ndarray, ...]
    ours: tuple[np.ndarray, ...]
    coarsened: tuple[bool, ...]
    acceptable_only: bool
    #: per issue: True when :func:`thin_grid` kept only some of its terms to stay in bounds
    thinned: tuple[bool, ...] = ()
    #: what thinning approximated, one short phrase per thinned issue ("searched 12 of 30 options of Colour")
    notes: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return self.table.names

    @property
    def sizes(self) -> np.ndarray:
        return np.array([len(o) for o in self.options], dtype=np.int64)

    @property
    def exact(self) -> bool:
        """True when no issue was coarsened: a search on this grid covers every package."""
        return not any(self.coarsened) and not any(self.thinned)

    @property
    def approximate(self) -> bool:
        """True when the grid was thinned beyond the usual coarsening (resource bounds)."""
        return any(self.thinned)

    @property
    def n_packages(self) -> float:
        return float(np.prod([float(len(o)) for o in self.options]))

    def to_full(self, rows: np.ndarray) -> np.ndarray:
        """Local option rows ``(N, n)`` → full-grid index rows."""
        rows = np.asarray(rows, dtype=np.int64)
        out = np.empty_like(rows)
        for i, opt in enumerate(self.options):
            out[:, i] = opt[rows[:, i]]
        return out

    def their_tables(self, their) -> tuple[np.ndarray, ...]:
        """Their weighted values at this grid's options (``their`` as a TheirValues)."""
        t = their.table
        return tuple(t[i, opt] for i, opt in enumerate(self.options))

    def cell_gap(self) -> float:
        """Largest step in our points between neighbouring terms of a coarsened issue."""
        gap = 0.0
        for i, c in enumerate(self.coarsened):
            if c and len(self.ours[i]) > 1:
                gap = max(gap, float(np.max(np.abs(np.diff(self.ours[i])))))
        return gap


def search_grid(
    plan: Plan,
    *,
    max_levels: int | None = DEFAULT_LEVELS,
    acceptable_only: bool = True,
    fixed: Mapping[str, Term] | None = None,
    keep: Mapping[str, int] | None = None,
    table: ScoreTable | None = None,
) -> SearchGrid:
    """The grid to search ``plan`` on.

    ``max_levels=None`` keeps every step (exact). ``fixed`` maps issue names to the one term
    they must keep (it stays even when unacceptable: the user chose it). ``keep`` maps issue
    names to a full-grid index that must survive coarsening (e.g. a package's current term).
    ``table``: our values to search with (default: the plan's; a contingent package's table
    values its clauses' issues by expectation, :func:`~meso_desk.model.scoring.contingent_score_table`).
    """
    table = score_table(plan) if table is None else table
    fixed = dict(fixed or {})
    keep = dict(keep or {})
    for name in list(fixed) + list(keep):
        if name not in table.names:
            raise KeyError(tr("no issue called {name}").format(name=repr(name)))
    options, ours, coarsened = [], [], []
    for i, (name, issue) in enumerate(zip(table.names, plan.issues)):
        w_values = table.table[i, : len(table.grids[i])]
        if name in fixed:
            idx = np.array([issue.index_of(issue.check_term(fixed[name]))], dtype=np.int64)
            options.append(idx)
            ours.append(w_values[idx])
            coarsened.append(False)
            continue
        mask = table.acceptable[i] if acceptable_only else np.ones(len(table.grids[i]), dtype=bool)
        ok = np.flatnonzero(mask).astype(np.int64)
        was_coarsened = False
        if isinstance(issue, NumericIssue) and max_levels is not None and len(ok) > max_levels + 1:
            sel = _coarsen(issue, table.grids[i], table.values[i], ok, max_levels)
            if name in keep and keep[name] not in sel and mask[keep[name]]:
                sel = np.union1d(sel, [keep[name]])
            was_coarsened = len(sel) < len(ok)
            ok = sel
        options.append(ok)
        ours.append(w_values[ok])
        coarsened.append(was_coarsened)
    return SearchGrid(plan, table, tuple(options), tuple(ours), tuple(coarsened), acceptable_only)


def _coarsen(issue: NumericIssue, grid: np.ndarray, values: np.ndarray, ok: np.ndarray,
             levels: int) -> np.ndarray:
    """About ``levels`` terms among the acceptable indices ``ok``, on round multiples.

    The stride is the smallest "nice" multiple of the step (1, 2, 2.5, 4, 5 × 10^k steps)
    that leaves at most ``levels`` intervals; terms sit on multiples of stride × step where
    the range allows it; both acceptable ends and the best term for us are always kept.
    """
    span = len(ok) - 1
    stride = _nice_stride(span / levels)
    g = grid[ok]
    unit = stride * issue.step
    k = g / unit
    on = np.abs(k - np.round(k)) <= 1e-6 * np.maximum(1.0, np.abs(k))
    sel = ok[on]
    if len(sel) < 2 or len(sel) > levels + 2:  # unaligned range: plain stride from the first term
        pos = np.round(np.arange(0, span + 1e-9, stride)).astype(np.int64)
        sel = ok[np.unique(np.clip(pos, 0, span))]
    best = ok[int(np.argmax(values[ok]))]
    worst = ok[int(np.argmin(values[ok]))]
    return np.unique(np.concatenate([sel, [ok[0], ok[-1], best, worst]])).astype(np.int64)


def _nice_stride(raw: float) -> float:
    if raw <= 1:
        return 1
    e = 10 ** math.floor(math.log10(raw))
    for m in (*_NICE, 10):
        if m * e >= raw - 1e-12:
            s = m * e
            # a stride must be a whole number of steps
            return s if abs(s - round(s)) < 1e-9 else math.ceil(s)
    return math.ceil(raw)  # pragma: no cover


def thin_grid(grid: SearchGrid, too_big: Callable[[Sequence[int]], bool], their_table: np.ndarray | None = None,
              keep: Mapping[str, int] | None = None) -> SearchGrid:
    """``grid`` with fewer terms per issue until ``too_big(sizes)`` is False.

    The issue with the most terms loses some first (down to two, then one). An issue keeps,
    in this order: the best and the worst term for us, the best and the worst for them
    (``their_table``: their weighted values on the full grid; default: opposed to ours), the
    ``keep`` term, then terms evenly spaced in our value. Each thinned issue is marked
    (``thinned``) and named in ``notes``; a thinned numeric issue is also ``coarsened`` so
    that the chosen packages are refined on its true step.
    """
    sizes = [len(o) for o in grid.options]
    while too_big(sizes):
        i = max(range(len(sizes)), key=lambda j: (sizes[j], -j))
        if sizes[i] <= 1:
            break
        sizes[i] = max(1, min(sizes[i] - 1, int(sizes[i] * 0.85)))
    keep = dict(keep or {})
    options, ours, coarsened, thinned, notes = [], [], list(grid.coarsened), [], []
    for i, (name, opt) in enumerate(zip(grid.names, grid.options)):
        if sizes[i] >= len(opt):
            options.append(opt)
            ours.append(grid.ours[i])
            thinned.append(False)
            continue
        theirs = their_table[i, opt] if their_table is not None else -grid.ours[i]
        sel = _spread_choice(grid.ours[i], theirs, sizes[i], np.flatnonzero(opt == keep.get(name, -1)))
        options.append(opt[sel])
        ours.append(grid.ours[i][sel])
        thinned.append(True)
        if isinstance(grid.plan.issues[i], NumericIssue):
            coarsened[i] = True
        notes.append(thinned_note(name, len(sel), len(opt)))
    return replace(grid, options=tuple(options), ours=tuple(ours), coarsened=tuple(coarsened),
                   thinned=tuple(thinned), notes=tuple(notes))


def _spread_choice(ours: np.ndarray, theirs: np.ndarray, k: int, keep: np.ndarray) -> np.ndarray:
    """``k`` positions of ``ours``: the extremes for both sides, ``keep``, then evenly spaced in
    our value (ascending positions)."""
    by_ours = np.argsort(ours, kind="stable")
    even = by_ours[np.round(np.linspace(0, len(ours) - 1, max(k, 2))).astype(np.int64)]
    first = [int(np.argmax(ours)), int(np.argmin(ours)), int(np.argmax(theirs)), int(np.argmin(theirs)),
             *(int(x) for x in keep), *(int(x) for x in even)]
    chosen: list[int] = []
    for x in first:
        if x not in chosen:
            chosen.append(x)
        if len(chosen) == k:
            break
    return np.sort(np.array(chosen, dtype=np.int64))
