"""All packages whose value to us lies in a band ``[lo, hi]`` — without enumerating them all.

Meet in the middle: the issues are split into two halves of about equal size; every
combination of each half is scored (7⁴ = 2 401 per half on 8 issues × 7 options instead of
5.8 million packages), both lists are sorted, and for every left combination the right
combinations that complete it into the band form one contiguous run of the sorted right
list (two ``searchsorted`` calls for all of them at once). Counting is exact; listing is
capped: above ``cap`` packages the band returns a deterministic, evenly spread choice
(every k-th package in the order "left combination by value, then right combination by
value"), and — when a counterpart estimate is given — first, for every combination of either
half, the completion that is best *for them* (a range-maximum query), so that the efficient
packages of the band are never lost to the cap.

On a grid where fine numeric issues were coarsened (see :mod:`.search_grid`) the band is
exact for that grid: every package of the coarse grid in the band is counted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from ..base import Term
from ..limits import MEMORY_BUDGET, chunk_rows, half_bytes, product, window_bytes
from ..package import Package
from ..plan import Plan
from ..scoring import score_table
from .search_grid import DEFAULT_LEVELS, SearchGrid, search_grid, thin_grid

#: Default cap on the packages a band query lists.
DEFAULT_CAP = 10_000
#: Band edges are inclusive up to this many points (sums of the same terms in another order
#: differ in the last bits).
EDGE = 1e-9
#: Largest number of combinations wanted in one half; fine numeric issues are coarsened
#: further (down to 5 levels) to stay below it.
HALF_CAP = 60_000
#: Largest number of combinations one half may hold at all (time and memory: about 0.1 s and
#: 50 MB a half); above it the grid is thinned (:func:`~.search_grid.thin_grid`).
MAX_HALF = 250_000


@dataclass(frozen=True, eq=False)
class Band:
    """The packages found in ``[lo, hi]``: full-grid index rows and our points.

    ``total`` is how many packages of the search grid lie in the band (exact count, may
    exceed the listed ``rows`` when ``capped``); ``exact`` is True when the grid was not
    coarsened, i.e. the band covers every package of the plan.
    """

    plan: Plan
    lo: float
    hi: float
    rows: np.ndarray
    ours: np.ndarray
    total: int
    capped: bool
    exact: bool

    def __len__(self) -> int:
        return len(self.rows)

    def packages(self, limit: int | None = None):
        """The listed packages as :class:`~meso_desk.model.package.Package` objects."""
        t = score_table(self.plan)
        rows = self.rows if limit is None else self.rows[:limit]
        return [Package(self.plan, t.package_terms(r)) for r in rows]


# -- halves ------------------------------------------------------------------------------------
def split_issues(sizes: Sequence[int]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Split issue positions into two halves with products as equal as possible (greedy)."""
    order = sorted(range(len(sizes)), key=lambda i: (-sizes[i], i))
    left: list[int] = []
    right: list[int] = []
    ll = lr = 0.0
    for i in order:
        s = float(np.log(max(sizes[i], 1)))
        if ll <= lr:
            left.append(i)
            ll += s
        else:
            right.append(i)
            lr += s
    return tuple(sorted(left)), tuple(sorted(right))


@dataclass(frozen=True, eq=False)
class Half:
    """All combinations of some issues' options, sorted by our points."""

    issues: tuple[int, ...]
    sizes: tuple[int, ...]
    sums: np.ndarray  # sorted ascending
    order: np.ndarray  # flat combination index of each sorted position

    def __len__(self) -> int:
        return len(self.sums)

    def local_rows(self, pos: np.ndarray) -> tuple[np.ndarray, ...]:
        """Per issue of the half, the local option index at sorted positions ``pos``."""
        if not self.issues:
            return ()
        return np.unravel_index(self.order[pos], self.sizes)

    def tables(self, tables: Sequence[np.ndarray]) -> np.ndarray:
        """Sum of per-issue ``tables`` (aligned with the grid options) for every sorted position."""
        return _combine([tables[i] for i in self.issues])[self.order]


def _combine(vals: Sequence[np.ndarray]) -> np.ndarray:
    s = np.zeros(1)
    for v in vals:
        s = (s[:, None] + np.asarray(v, dtype=float)[None, :]).ravel()
    return s


def make_half(grid: SearchGrid, issues: Sequence[int]) -> Half:
    issues = tuple(issues)
    sums = _combine([grid.ours[i] for i in issues])
    order = np.argsort(sums, kind="stable")
    return Half(issues, tuple(len(grid.options[i]) for i in issues), sums[order], order)


def halves(grid: SearchGrid) -> tuple[Half, Half]:
    left, right = split_issues([len(o) for o in grid.options])
    return make_half(grid, left), make_half(grid, right)


def biggest_half(sizes) -> float:
    """Combinations in the larger of the two halves :func:`split_issues` makes of ``sizes``."""
    left, right = split_issues(list(sizes))
    return max(product([sizes[i] for i in h]) for h in (left, right))


def _too_big(sizes) -> bool:
    big = biggest_half(sizes)
    return big > MAX_HALF or 2 * half_bytes(big) > MEMORY_BUDGET / 2


def band_grid(plan: Plan, *, max_levels: int | None = DEFAULT_LEVELS, acceptable_only: bool = True,
              fixed: Mapping[str, Term] | None = None, keep: Mapping[str, int] | None = None,
              their=None, table=None) -> SearchGrid:
    """A search grid small enough for a two-halves search.

    Fine numeric issues are coarsened further (down to 5 levels) to bring each half under
    :data:`HALF_CAP`; a grid whose halves are still above :data:`MAX_HALF` (or whose estimate
    exceeds the memory budget) is thinned (:func:`~.search_grid.thin_grid`, keeping the best
    and worst terms for both sides — ``their``, a TheirValues, or the opposed prior), and says
    so in ``grid.notes``."""
    tried = [max_levels] + [lv for lv in (14, 10, 7, 5) if max_levels is None or lv < max_levels]
    g = None
    for levels in tried:
        g = search_grid(plan, max_levels=levels, acceptable_only=acceptable_only, fixed=fixed, keep=keep,
                        table=table)
        if biggest_half([len(o) for o in g.options]) <= HALF_CAP:
            return g
    assert g is not None
    if not _too_big([len(o) for o in g.options]):
        return g
    table = getattr(their, "table", None)
    return thin_grid(g, _too_big, None if table is None else np.asarray(table), keep)


# -- band queries ------------------------------------------------------------------------------
def band_on_grid(grid: SearchGrid, lo: float, hi: float, *, cap: int = DEFAULT_CAP,
                 prefer: Sequence[np.ndarray] | None = None,
                 parts: tuple[Half, Half] | None = None) -> tuple[np.ndarray, int, bool]:
    """Local option rows of the packages of ``grid`` worth ``lo ≤ ours ≤ hi``.

    Returns ``(rows, total, capped)``. ``prefer`` — per-issue weighted values of the
    counterpart aligned with ``grid.options`` — makes a capped answer start with the best
    completion for them of every half-combination. Deterministic.
    """
    n = len(grid.options)
    L, R = parts if parts is not None else halves(grid)
    lo, hi = lo - EDGE, hi + EDGE  # a package exactly on an edge is in the band
    a = np.searchsorted(R.sums, lo - L.sums, side="left")
    b = np.searchsorted(R.sums, hi - L.sums, side="right")
    counts = np.maximum(b - a, 0)
    total = int(counts.sum())
    if total == 0:
        return np.empty((0, n), dtype=np.int64), 0, False
    ends = np.cumsum(counts)
    starts = ends - counts
    capped = total > cap
    if not capped:
        li = np.repeat(np.arange(len(L)), counts)
        ri = a[li] + (np.arange(total) - starts[li])
    else:
        picks_l: list[np.ndarray] = []
        picks_r: list[np.ndarray] = []
        if prefer is not None:
            pl, pr = _best_completions(L, R, a, b, lo, hi, prefer)
            if len(pl) > cap // 2:
                score = L.tables(prefer)[pl] + R.tables(prefer)[pr]
                keep = np.sort(np.argsort(-score, kind="stable")[: cap // 2])
                pl, pr = pl[keep], pr[keep]
            picks_l.append(pl)
            picks_r.append(pr)
        room = cap - sum(len(p) for p in picks_l)
        pos = ((np.arange(room) + 0.5) * (total / room)).astype(np.int64)
        li = np.searchsorted(ends, pos, side="right")
        ri = a[li] + (pos - starts[li])
        picks_l.append(li)
        picks_r.append(ri)
        li = np.concatenate(picks_l)
        ri = np.concatenate(picks_r)
        key = li.astype(np.int64) * len(R) + ri
        _, first = np.unique(key, return_index=True)
        first.sort()
        li, ri = li[first], ri[first]
    rows = np.empty((len(li), n), dtype=np.int64)
    for col, v in zip(L.issues, L.local_rows(li)):
        rows[:, col] = v
    for col, v in zip(R.issues, R.local_rows(ri)):
        rows[:, col] = v
    return rows, total, capped


def _best_completions(L: Half, R: Half, a: np.ndarray, b: np.ndarray, lo: float, hi: float,
                      prefer: Sequence[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """For every left (and every right) combination with a completion in the band, the
    completion best for the counterpart: pairs of sorted positions ``(li, ri)``."""
    lt = L.tables(prefer)
    rt = R.tables(prefer)
    has = b > a
    li = np.flatnonzero(has)
    ri = _range_argmax(_sparse_table(rt, int((b - a).max())), rt, a[li], b[li])
    # and from the right: for each right combination, the best left completion
    a2 = np.searchsorted(L.sums, lo - R.sums, side="left")
    b2 = np.searchsorted(L.sums, hi - R.sums, side="right")
    has2 = b2 > a2
    rj = np.flatnonzero(has2)
    lj = _range_argmax(_sparse_table(lt, int(np.maximum(b2 - a2, 1).max())), lt, a2[rj], b2[rj])
    return np.concatenate([li, lj]), np.concatenate([ri, rj])


def _sparse_table(values: np.ndarray, longest: int | None = None) -> np.ndarray:
    """``st[k, i]`` = position of the maximum of ``values[i : i + 2**k]`` (ties: leftmost),
    for ranges up to ``longest`` long (default: the whole array)."""
    n = len(values)
    depth = max(1, int(min(n, longest or n)).bit_length())
    st = np.zeros((depth, n), dtype=np.int64)
    st[0] = np.arange(n)
    for k in range(1, depth):
        h = 1 << (k - 1)
        m = n - (1 << k) + 1
        if m <= 0:
            break
        left = st[k - 1, :m]
        right = st[k - 1, h : h + m]
        st[k, :m] = np.where(values[right] > values[left], right, left)
    return st


def _range_argmax(st: np.ndarray, values: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Position of the maximum of ``values[a:b]`` for each non-empty range."""
    length = b - a
    k = np.floor(np.log2(np.maximum(length, 1))).astype(np.int64)
    # guard against log2 rounding at exact powers of two
    k = np.where((1 << (k + 1)) <= length, k + 1, k)
    k = np.where((1 << k) > length, k - 1, k)
    left = st[k, a]
    right = st[k, b - (1 << k)]
    return np.where(values[right] > values[left], right, left)


def packages_in_band(
    plan: Plan,
    lo: float,
    hi: float,
    *,
    cap: int = DEFAULT_CAP,
    their=None,
    acceptable_only: bool = True,
    max_levels: int | None = DEFAULT_LEVELS,
    fixed: Mapping[str, Term] | None = None,
    grid: SearchGrid | None = None,
) -> Band:
    """The packages of ``plan`` worth between ``lo`` and ``hi`` points to us.

    Unacceptable terms are left out unless ``acceptable_only=False``; ``fixed`` pins some
    issues to one term. Fine numeric issues are searched on about ``max_levels`` levels
    (``None``: every step, exact; may be slow on fine grids). Above ``cap`` packages a
    deterministic spread is listed; with ``their`` (a
    :class:`~meso_desk.model.counterpart.their_values.TheirValues`) the best completions for the
    counterpart come first. Rows are sorted by our points, highest first.
    """
    if lo > hi:
        raise ValueError(f"empty band: lo {lo:g} is above hi {hi:g}")
    if grid is None:
        grid = band_grid(plan, max_levels=max_levels, acceptable_only=acceptable_only, fixed=fixed)
    prefer = grid.their_tables(their) if their is not None else None
    local, total, capped = band_on_grid(grid, lo, hi, cap=cap, prefer=prefer)
    rows = grid.to_full(local)
    ours = grid.table.score_indices(rows) if len(rows) else np.empty(0)
    order = np.argsort(-ours, kind="stable")  # rows come in a deterministic order; keep it on ties
    return Band(plan, float(lo), float(hi), rows[order], ours[order], total, capped, grid.exact)


# -- reachable values --------------------------------------------------------------------------
def value_range(grid: SearchGrid) -> tuple[float, float]:
    """Lowest and highest value to us of any package of ``grid``."""
    lo = float(sum(float(v.min()) for v in grid.ours))
    hi = float(sum(float(v.max()) for v in grid.ours))
    return lo, hi


#: Distance in points within which a package is "at" a level (:func:`nearest_levels`).
LEVEL_TOL = 1e-9


def nearest_levels(grid: SearchGrid, level: float, *, floor: float = -np.inf,
                   parts: tuple[Half, Half] | None = None) -> tuple[float | None, float | None]:
    """The values of the packages of ``grid`` nearest to ``level`` from below and above.

    Only packages worth at least ``floor`` count (e.g. the reservation value). ``None`` when
    no package lies on that side. A package worth the level itself (within :data:`LEVEL_TOL`,
    the rounding of a sum of points) counts on both sides, whatever order the sum was added
    in. Exact on the grid (no enumeration of packages).
    """
    L, R = parts if parts is not None else halves(grid)
    pos = np.searchsorted(R.sums, level + LEVEL_TOL - L.sums, side="right")
    below = None
    ok = pos > 0
    if ok.any():
        v = L.sums[ok] + R.sums[pos[ok] - 1]
        v = v[v >= floor - 1e-9]
        if len(v):
            below = float(v.max())
    need = max(level, floor) - L.sums
    p2 = np.searchsorted(R.sums, need - LEVEL_TOL, side="left")
    ok = p2 < len(R)
    above = float((L.sums[ok] + R.sums[p2[ok]]).min()) if ok.any() else None
    return below, above


def unique_rows(rows: np.ndarray, sizes: np.ndarray | None = None) -> np.ndarray:
    """Distinct rows in a deterministic (sorted) order. ``sizes`` (the grid sizes) allows a
    fast one-number key per row when the package space fits in 63 bits."""
    if len(rows) == 0:
        return rows
    if sizes is not None and float(np.prod(np.asarray(sizes, dtype=float))) < 2**62:
        key = np.zeros(len(rows), dtype=np.int64)
        for i, m in enumerate(sizes):
            key = key * int(m) + rows[:, i]
        _, first = np.unique(key, return_index=True)
        return rows[first]
    order = np.lexsort(rows.T[::-1])
    r = rows[order]
    keep = np.ones(len(r), dtype=bool)
    keep[1:] = (r[1:] != r[:-1]).any(axis=1)
    return r[keep]


#: Widest refinement window scanned term by term; a wider one is scanned on a stride first,
#: then term by term around the best stride point (``docs/meso-engine.md``).
MAX_WINDOW = 257


def refine_rows(grid: SearchGrid, rows: np.ndarray, level: float) -> np.ndarray:
    """Move one coarsened numeric term of each row, on its true step and within its coarse
    cell, to bring the row's value as close to ``level`` as that term allows.

    Memory stays bounded: rows are processed in chunks sized from the budget, and a window
    wider than :data:`MAX_WINDOW` terms is searched coarse-to-fine."""
    table = grid.table
    rows = rows.copy()
    ours = table.score_indices(rows)
    best_resid = np.abs(ours - level)
    best_issue = np.full(len(rows), -1)
    best_index = np.zeros(len(rows), dtype=np.int64)
    for i, coarse in enumerate(grid.coarsened):
        if not coarse:
            continue
        m = len(table.grids[i])
        wv = table.table[i, :m]
        acc = table.acceptable[i] if grid.acceptable_only else np.ones(m, dtype=bool)
        reach = int(np.max(np.diff(grid.options[i]))) if len(grid.options[i]) > 1 else 1
        stride = 1 if 2 * reach + 1 <= MAX_WINDOW else -(-(2 * reach + 1) // MAX_WINDOW)
        step = chunk_rows(window_bytes(1, 2 * reach // stride + 2 * stride + 3))
        for s0 in range(0, len(rows), step):
            sl = slice(s0, s0 + step)
            cur = rows[sl, i]
            base = ours[sl] - wv[cur] - level
            r, k = _best_in_window(wv, acc, base, cur, cur, reach, stride, m)
            if stride > 1:  # then term by term around the best stride point, within the cell
                r, k = _best_in_window(wv, acc, base, cur, k, stride, 1, m, lo=cur - reach, hi=cur + reach)
            better = r < best_resid[sl] - 1e-12
            best_resid[sl] = np.where(better, r, best_resid[sl])
            best_issue[sl] = np.where(better, i, best_issue[sl])
            best_index[sl] = np.where(better, k, best_index[sl])
    moved = best_issue >= 0
    rows[np.flatnonzero(moved), best_issue[moved]] = best_index[moved]
    return rows


def _best_in_window(wv: np.ndarray, acc: np.ndarray, base: np.ndarray, cur: np.ndarray, centre: np.ndarray,
                    reach: int, stride: int, m: int, lo: np.ndarray | None = None,
                    hi: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Per row, the acceptable term ``centre ± reach`` (every ``stride``-th, within ``lo..hi``)
    whose value brings ``base + value`` nearest 0: ``(|residual|, term index)``; ties go to
    the smallest move from ``cur``."""
    offs = np.arange(-reach, reach + 1, stride)
    if stride > 1:
        offs = np.union1d(offs, [-reach, reach])
    win = centre[:, None] + offs[None, :]
    valid = (win >= 0) & (win < m)
    if lo is not None and hi is not None:
        valid &= (win >= lo[:, None]) & (win <= hi[:, None])
    win = np.clip(win, 0, m - 1)
    valid &= acc[win]
    resid = np.where(valid, np.abs(base[:, None] + wv[win]), np.inf) + 1e-12 * np.abs(win - cur[:, None])
    k = np.argmin(resid, axis=1)
    at = np.arange(len(win))
    return resid[at, k], win[at, k]
