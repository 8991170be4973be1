"""Rebalancing: move one term of a package and keep the package's value to us.

``rebalance(plan, package, issue, value, locked=())`` sets ``issue`` to ``value``, keeps the
locked terms, and moves as few other terms as possible so that our value stays within 0.5
point of what the package was worth (1 point where the steps allow no closer):

1. no other term moves if the new term alone keeps the value;
2. else one other term moves — of the issues that can compensate alone, the one that
   matters least to us (smallest weight; then the smallest move in points);
3. else two terms (the pair with the smallest total weight), then three or more (subsets
   in order of total weight, each solved exactly on its grid by a two-halves search);
4. if nothing holds the value, the closest package is returned and ``message`` says which
   terms block (those at a hard limit by name and term, then the locked ones or those already
   at their end of the range — or that the other terms' steps and options allow nothing
   closer) and how far off it is.

Where the reservation value is what keeps the result above the target — a package nearer the
target exists but is worth less than the reservation — ``raised_by_reservation`` is True and
``message`` gives that reason ("held at 31.6 points instead of 30.7: lower would be below your
reservation value 30.2"), never the steps.

A package of a MESO set that belongs to its set's level (:func:`held_level`) holds the level
itself: its caller passes it as ``target``.

Numeric terms move on their own step. Terms beyond a hard limit and unacceptable options are
never chosen; the result breaks one only when the user's own moved or locked term does, and
``message`` then says so — and with ``stop_at_limits`` (what "Hold value" asks for) not even
the user's own terms cross one: a term dragged past its hard limit stops at it, and ``stopped``
names it. The result never drops below the reservation value unless the
package was already below it or the user's terms force it (``docs/decisions.md``); a package
worth at least :func:`~.status.lowest_offer` (what the cards print) never drops below that
either (:func:`~.status.hold_floor`): held, an offer never becomes one worth our reservation.

For a drag, call it on every tick with the package *as it was when the drag began*: the
value held is then the original value, and dragging back restores the original terms.
"""

from __future__ import annotations

import itertools
import weakref
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..base import Term
from ..errors import UnknownName, quoted
from ..language import list_words, tr
from ..package import Package
from ..plan import Plan
from ..preferences.issues import Direction, NumericIssue
from ..scoring import ScoreTable, contingent_score_table
from .band import band_grid, band_on_grid, nearest_levels, refine_rows
from .status import hold_floor

TOLERANCE = 0.5
MAX_TOLERANCE = 1.0
#: At most this many subsets of three or more terms are tried before falling back.
MAX_SUBSETS = 12
_EPS = 1e-9


@dataclass(frozen=True, eq=False)
class RebalanceResult(Mapping[str, Term]):
    """The rebalanced package and how well the value held. Reads like the package itself
    (``result["Delivery"]``, ``dict(result)``); the package is ``result.package``.

    ``target`` is the value held (the package's value before the move), ``achieved`` the new
    value, ``off_by = achieved − target``; ``changed`` names the other issues whose terms
    moved; ``exact`` is True when the value held within ``tolerance`` (0.5 point, or 1 point
    when the steps allow no closer); ``message`` explains in plain words when it did not, or
    when the result breaks a hard limit or the reservation because of the user's own terms.
    """

    package: Package
    target: float
    achieved: float
    off_by: float
    changed: tuple[str, ...]
    exact: bool
    tolerance: float
    message: str = ""
    forced: tuple[str, ...] = field(default=())
    #: issues whose term stopped at its hard limit (``stop_at_limits``) instead of crossing it
    stopped: tuple[str, ...] = field(default=())
    #: other issues whose hard limit kept the value from holding ("Delivery (10 weeks)")
    blocking: tuple[str, ...] = field(default=())
    #: the reservation value kept the result above the target: a package nearer the target (within
    #: the tolerance, when held) exists, but it is worth less than the reservation
    raised_by_reservation: bool = False

    # -- behaves like the package ----------------------------------------------------------
    def __getitem__(self, key: str) -> Term:
        return self.package[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.package)

    def __len__(self) -> int:
        return len(self.package)

    @property
    def name(self) -> str | None:
        return self.package.name

    @property
    def terms(self) -> dict[str, Term]:
        return self.package.terms

    @property
    def acceptable(self) -> bool:
        return self.package.acceptable

    @property
    def score(self) -> float:
        return self.achieved

    def __repr__(self) -> str:
        state = "held" if self.exact else f"off by {self.off_by:+.2f}"
        return (f"RebalanceResult({self.package!r}, target={self.target:.2f}, achieved={self.achieved:.2f}, "
                f"{state}, changed={list(self.changed)})")


# -- per-table cache: each issue's acceptable grid sorted by value --------------------------------
@dataclass(frozen=True, eq=False)
class _Sorted:
    values: np.ndarray  # weighted values of acceptable indices, ascending
    index: np.ndarray  # their grid indices


_CACHE: weakref.WeakKeyDictionary[ScoreTable, tuple[_Sorted, ...]] = weakref.WeakKeyDictionary()


def _sorted(t: ScoreTable) -> tuple[_Sorted, ...]:
    hit = _CACHE.get(t)
    if hit is None:
        out = []
        for i, acc in enumerate(t.acceptable):
            idx = np.flatnonzero(acc)
            v = t.table[i, idx]
            o = np.argsort(v, kind="stable")
            out.append(_Sorted(v[o], idx[o]))
        hit = tuple(out)
        _CACHE[t] = hit
    return hit


# -- the search ------------------------------------------------------------------------------------
@dataclass
class _Solution:
    rows: np.ndarray  # full index row
    changed: tuple[int, ...]
    weight: float
    movement: float
    value: float

    def key(self) -> tuple:
        return (len(self.changed), round(self.weight, 12), round(self.movement, 9), self.changed)


class _Problem:
    def __init__(self, t: ScoreTable, row: np.ndarray, free: list[int], must: list[int], target: float,
                 floor: float) -> None:
        self.t = t
        self.row = row
        self.free = free
        self.must = must
        self.target = target
        self.floor = floor
        self.contrib = t.table[np.arange(len(row)), row]
        self.base = float(self.contrib.sum())
        self.sorted = _sorted(t)
        self.weights = t.weights

    def solution(self, assign: Mapping[int, int]) -> _Solution:
        rows = self.row.copy()
        for j, k in assign.items():
            rows[j] = k
        changed = tuple(sorted(j for j in assign if rows[j] != self.row[j]))
        moved = float(sum(abs(self.t.table[j, rows[j]] - self.contrib[j]) for j in changed))
        value = float(self.t.table[np.arange(len(rows)), rows].sum())
        return _Solution(rows, changed, float(sum(self.weights[j] for j in changed)), moved, value)

    # one term: exact over its acceptable grid
    def one(self, j: int, lo: float, hi: float) -> _Solution | None:
        s = self.sorted[j]
        rest = self.base - self.contrib[j]
        a = np.searchsorted(s.values, lo - rest - _EPS, side="left")
        b = np.searchsorted(s.values, hi - rest + _EPS, side="right")
        if b <= a:
            return None
        vals = s.values[a:b]
        idx = s.index[a:b]
        move = np.abs(vals - self.contrib[j]) + 1e-12 * np.abs(idx - self.row[j])
        k = int(np.argmin(move))
        return self.solution({j: int(idx[k])})

    # two terms: for every term of j, the nearest feasible term of l (searchsorted)
    def two(self, j: int, k: int, lo: float, hi: float) -> _Solution | None:
        sj, sl = self.sorted[j], self.sorted[k]
        rest = self.base - self.contrib[j] - self.contrib[k]
        vj = sj.values
        L = lo - rest - vj - _EPS
        H = hi - rest - vj + _EPS
        want = np.clip(self.contrib[k], L, H)
        pos = np.searchsorted(sl.values, want)
        best_b = np.full(len(vj), -1)
        best_m = np.full(len(vj), np.inf)
        for cand in (pos - 1, pos):
            ok = (cand >= 0) & (cand < len(sl.values))
            c = np.clip(cand, 0, len(sl.values) - 1)
            v = sl.values[c]
            ok &= (v >= L) & (v <= H)
            m = np.where(ok, np.abs(v - self.contrib[k]), np.inf)
            better = m < best_m
            best_b = np.where(better, c, best_b)
            best_m = np.where(better, m, best_m)
        total = best_m + np.abs(vj - self.contrib[j])
        if not np.isfinite(total).any():
            return None
        a = int(np.argmin(total))
        return self.solution({j: int(sj.index[a]), k: int(sl.index[best_b[a]])})

    # three or more: a two-halves search over the subset's grids
    def many(self, subset: tuple[int, ...], lo: float, hi: float, plan: Plan) -> _Solution | None:
        fixed = {self.t.names[i]: _term(self.t, i, self.row[i]) for i in range(len(self.row)) if i not in subset}
        keep = {self.t.names[i]: int(self.row[i]) for i in subset}
        grid = band_grid(plan, fixed=fixed, keep=keep, table=self.t)
        slack = grid.cell_gap()
        local, _, _ = band_on_grid(grid, lo - slack, hi + slack, cap=4000)
        if not len(local):
            return None
        rows = grid.to_full(local)
        if slack:
            rows = refine_rows(grid, rows, self.target)
        vals = self.t.score_indices(rows)
        ok = (vals >= lo - _EPS) & (vals <= hi + _EPS)
        if not ok.any():
            return None
        rows = rows[ok]
        moved = np.abs(self.t.table.ravel()[rows + self.t.offsets] - self.contrib[None, :]).sum(axis=1)
        nchg = (rows != self.row[None, :]).sum(axis=1)
        k = int(np.lexsort((moved, nchg))[0])
        assign = {j: int(rows[k, j]) for j in subset}
        return self.solution(assign)

    def range_of(self, subset: Iterable[int]) -> tuple[float, float]:
        rest = self.base - sum(self.contrib[j] for j in subset)
        return (rest + sum(float(self.sorted[j].values[0]) for j in subset),
                rest + sum(float(self.sorted[j].values[-1]) for j in subset))


def _term(t: ScoreTable, i: int, k: int) -> Term:
    v = t.grids[i][int(k)]
    return str(v) if t.grids[i].dtype == object else float(v)


def _solve(p: _Problem, plan: Plan, lo: float, hi: float) -> _Solution | None:
    """The fewest-changes solution in ``[lo, hi]`` (then smallest weight, smallest move)."""
    if lo > hi:
        return None
    must = set(p.must)
    if not must and lo - _EPS <= p.base <= hi + _EPS:
        return p.solution({})
    free = [j for j in p.free if len(p.sorted[j].values)]
    others = [j for j in free if j not in must]
    for k in range(max(1, len(must)), len(free) + 1):
        extra = k - len(must)
        if extra < 0:
            continue
        subsets = [tuple(sorted(must | set(c))) for c in itertools.combinations(others, extra)]
        subsets.sort(key=lambda s: (sum(p.weights[j] for j in s), s))
        best: _Solution | None = None
        tried = 0
        for s in subsets:
            if best is not None and sum(p.weights[j] for j in s) > best.weight + 1e-12:
                break
            r_lo, r_hi = p.range_of(s)
            if r_hi < lo - _EPS or r_lo > hi + _EPS:
                continue
            if k == 1:
                sol = p.one(s[0], lo, hi)
            elif k == 2:
                sol = p.two(s[0], s[1], lo, hi)
            else:
                if tried >= MAX_SUBSETS:
                    break
                tried += 1
                sol = p.many(s, lo, hi, plan)
            if sol is not None and (best is None or sol.key() < best.key()):
                best = sol
        if best is not None:
            return best
    return None


def _nearest_grid(plan: Plan, t: ScoreTable, row: np.ndarray, free: list[int], target: float,
                  floor: float) -> tuple[Any, float]:
    """The search grid of the packages that keep every term but the ``free`` ones, and the value
    of the one nearest to ``target`` (worth at least ``floor``, else as much as possible)."""
    fixed = {t.names[i]: _term(t, i, row[i]) for i in range(len(row)) if i not in free}
    grid = band_grid(plan, fixed=fixed, keep={t.names[i]: int(row[i]) for i in free}, max_levels=None, table=t)
    below, above = nearest_levels(grid, target, floor=floor)
    if below is None and above is None:  # the floor cannot be reached: as high as possible
        below, above = nearest_levels(grid, target)
        above = None if below is not None else above
    choices = [v for v in (below, above) if v is not None]
    return grid, min(choices, key=lambda x: (abs(x - target), -x))


def _closest(p: _Problem, plan: Plan) -> _Solution:
    """Nothing holds the value: the package nearest to the target (all free terms may move)."""
    if not p.free:
        return p.solution({})
    grid, v = _nearest_grid(plan, p.t, p.row, p.free, p.target, p.floor)
    local, _, _ = band_on_grid(grid, v - 1e-7, v + 1e-7, cap=2000)
    rows = grid.to_full(local)
    moved = np.abs(p.t.table.ravel()[rows + p.t.offsets] - p.contrib[None, :]).sum(axis=1)
    nchg = (rows != p.row[None, :]).sum(axis=1)
    k = int(np.lexsort((moved, nchg))[0])
    return p.solution({j: int(rows[k, j]) for j in p.free})


# -- the level a package of a MESO set holds ----------------------------------------------------------
_LEVEL_CACHE: weakref.WeakKeyDictionary[ScoreTable, dict[tuple, bool]] = weakref.WeakKeyDictionary()


def held_level(plan: Plan, name: str) -> float | None:
    """The level package ``name`` holds with "Hold value": its MESO set's level when the package
    belongs to it, else None (it holds its own value).

    The one rule for "this package belongs to its set's level": it does when its value is within
    :data:`MAX_TOLERANCE` of the level — what :func:`rebalance` accepts as held — or, where the
    steps, options or hard limits allow no closer, when it is as close to the level as any
    package that keeps one of its terms (and its locked terms): a step that could not hold the
    level leaves the package with its set, and the next step holds the level again, so that
    steps taken one at a time never walk it away. A package moved off the level otherwise
    (with Hold value off, or by new weights) holds its own value.
    """
    s = plan.meso_set_of(name)
    if s is None or s.level is None:
        return None
    level = float(s.level)
    sp = plan.stored_package(name)
    t = contingent_score_table(plan, sp.clauses)
    row = t.indices_of(sp.terms)
    gap = abs(float(t.table[np.arange(len(row)), row].sum()) - level)
    if gap <= MAX_TOLERANCE + _EPS:
        return level
    locked = {t.names.index(n) for n in sp.locked if n in t.names}
    floor = hold_floor(plan, level)
    key = (tuple(int(k) for k in row), frozenset(locked), level, floor)
    cache = _LEVEL_CACHE.setdefault(t, {})
    if key not in cache:
        cache[key] = _as_close_as_allowed(plan, t, row, locked, level, floor, gap)
    return level if cache[key] else None


def _as_close_as_allowed(plan: Plan, t: ScoreTable, row: np.ndarray, locked: set[int], level: float,
                         floor: float, gap: float) -> bool:
    """Whether no package that keeps one of ``row``'s unlocked terms (and the locked ones) comes
    closer to ``level`` than ``gap``: the term a step set allowed no closer."""
    contrib = t.table[np.arange(len(row)), row]
    base = float(contrib.sum())
    for i in range(len(row)):
        free = [j for j in range(len(row)) if j != i and j not in locked]
        if i in locked or not free:
            continue
        if any(_closer_by_one(_sorted(t)[j].values, base - contrib[j], level, floor, gap) for j in free):
            continue  # one term alone comes closer (the quick answer for a package moved on purpose)
        if gap <= abs(_nearest_grid(plan, t, row, free, level, floor)[1] - level) + 1e-6:
            return True
    return False


def _closer_by_one(values: np.ndarray, rest: float, level: float, floor: float, gap: float) -> bool:
    """Whether one of ``values`` (a term's, sorted) added to ``rest`` lands nearer ``level`` than ``gap``."""
    lo, hi = max(level - gap, floor) + 1e-6 - rest, level + gap - 1e-6 - rest
    k = int(np.searchsorted(values, lo, side="left"))
    return k < len(values) and values[k] <= hi


def rebalance(
    plan: Plan,
    package: Package | Mapping[str, Any] | str,
    issue: str,
    value: Term,
    locked: Iterable[str] = (),
    *,
    tolerance: float = TOLERANCE,
    max_tolerance: float = MAX_TOLERANCE,
    also: Mapping[str, Term] | None = None,
    stop_at_limits: bool = False,
    target: float | None = None,
) -> RebalanceResult:
    """``package`` with ``issue`` set to ``value``, its value to us held by moving other terms.

    ``package`` may be a Package, a mapping of terms, or the name of a stored package (its
    stored locks then apply too). ``value`` is refused as :meth:`Plan.with_term` refuses it
    (out of range, off the step, not an option: the same ``ValueError`` sentence). ``also`` sets further terms at the same time (e.g. the second axis of a value-map
    drag): they are checked like ``value`` and held fixed, and the value held is still
    the package's value before any of the moves. With ``stop_at_limits`` a term the user
    moves past its hard limit (or onto an unacceptable option) stops at the limit (keeps its
    option) instead; a term already beyond may move back, never further. ``target`` is the
    value to hold (default: the package's value before the move). See the module
    documentation for the rules.
    """
    if isinstance(package, str):
        sp = plan.stored_package(package)
        pkg = Package(plan, sp.terms, name=sp.name, clauses=sp.clauses)
        locked = set(locked) | set(sp.locked)
    elif isinstance(package, Package) and package.plan is plan:
        pkg = package
    else:
        inner = package.package if isinstance(package, RebalanceResult) else package
        pkg = Package(plan, package, name=package.name if isinstance(package, Package | RebalanceResult) else None,
                      clauses=inner.clauses if isinstance(inner, Package) else None)
    # a contingent package holds its expected value: its clauses' issues valued by expectation
    t = contingent_score_table(plan, pkg.clauses)
    names = list(t.names)
    if issue not in names:
        raise UnknownName(tr("no issue called {name}").format(name=quoted(issue)))
    locked = set(locked)
    unknown = sorted(locked - set(names))
    if unknown:
        raise UnknownName(tr("no issue called {name}").format(name=quoted(unknown[0])))
    row0 = t.indices_of(pkg)
    target = float(t.table[np.arange(len(row0)), row0].sum()) if target is None else float(target)
    row = row0.copy()
    stopped: list[str] = []
    user_terms = {issue: value, **{k: v for k, v in (also or {}).items() if k != issue}}
    for k, v in user_terms.items():  # ``issue`` and the terms the user set together with it
        row[names.index(k)] = _user_term(plan, pkg, k, v, stop_at_limits, stopped)
    j_move = names.index(issue)
    fixed = {names.index(k) for k in user_terms} | {names.index(n) for n in locked}
    free = [j for j in range(len(names)) if j not in fixed]
    must = [j for j in free if not t.acceptable[j][row[j]]]
    floor = hold_floor(plan, target)
    p = _Problem(t, row, free, must, target, floor)

    sol, used_tol = None, tolerance
    for tol in (tolerance, max_tolerance):
        used_tol = tol
        sol = _solve(p, plan, max(target - tol, floor), target + tol)
        if sol is not None:
            break
    held = sol is not None
    if sol is None:
        sol = _closest(p, plan)
    new_pkg = Package(plan, t.package_terms(sol.rows), name=pkg.name, clauses=pkg.clauses)
    achieved = sol.value
    off_by = achieved - target
    forced = tuple(v for v in new_pkg.violations)
    changed = tuple(names[j] for j in sol.changed if j != j_move)
    raised = _raised_by_reservation(p, plan, achieved, held, tolerance)
    blocking = () if held or raised else _blocking(p, sol, new_pkg, over=off_by > 0)
    msg = _message(plan, new_pkg, issue, locked, target, achieved, held, used_tol, forced, floor, free, blocking,
                   not held and _at_their_ends(p, sol, over=off_by > 0), raised)
    if stopped:
        msg = "; ".join([_stopped_text(plan, new_pkg, stopped), *([msg] if msg else [])])
    return RebalanceResult(new_pkg, target, achieved, off_by, changed, held, used_tol if held else tolerance,
                           msg, forced, tuple(stopped), blocking, raised)


def _user_term(plan: Plan, pkg: Package, name: str, value: Any, stop_at_limits: bool, stopped: list[str]) -> int:
    """The grid index of the term the user set for ``name`` (refused as :meth:`Plan.with_term`
    refuses it: out of range, off the step, not an option; with ``stop_at_limits`` kept on its
    side of the hard limit, ``stopped`` then names it)."""
    if name not in pkg.plan.issue_names:
        raise UnknownName(tr("no issue called {name}").format(name=quoted(name)))
    iss = plan.issue(name)
    term: Term = iss.check_term(value)
    if stop_at_limits:
        term = _within_limit(iss, term, pkg[name], stopped)
    return iss.index_of(term)


def _within_limit(iss: Any, term: Term, start: Term, stopped: list[str]) -> Term:
    """``term``, or the nearest term on its side of the hard limit when it crosses one (from
    ``start``, the term before the move: one already beyond may come back, never go further)."""
    if iss.is_acceptable(term):
        return term
    if not iss.is_acceptable(start):
        if isinstance(iss, NumericIssue):  # further from the limit, whatever the curve's shape
            further = float(term) > float(start) if iss.direction is Direction.LOWER else float(term) < float(start)
        else:
            further = term != start
        if not further:
            return term
        stopped.append(iss.name)
        return start
    stopped.append(iss.name)
    if not isinstance(iss, NumericIssue):
        return start
    g = iss.grid()
    ok = g[iss.grid_acceptable()]
    return float(ok[int(np.argmin(np.abs(ok - float(term))))])


def _stopped_text(plan: Plan, pkg: Package, stopped: list[str]) -> str:
    parts = []
    for name in stopped:
        iss = plan.issue(name)
        if isinstance(iss, NumericIssue) and iss.hard_limit is not None and iss.is_acceptable(pkg[name]):
            parts.append(tr("{name} stops at its hard limit {term}").format(name=name, term=iss.format_term(pkg[name])))
        elif isinstance(iss, NumericIssue):
            parts.append(tr("{name} stays at {term}: further is beyond its hard limit").format(
                name=name, term=iss.format_term(pkg[name])))
        else:
            parts.append(tr("{name} stays {option}: the option you chose is never acceptable").format(
                name=name, option=pkg[name]))
    return "; ".join(parts)


def _raised_by_reservation(p: _Problem, plan: Plan, achieved: float, held: bool, tolerance: float) -> bool:
    """Whether the reservation value (the floor) is what kept the result ``achieved`` above the
    target: a package nearer the target — within ``tolerance`` when the value held only within
    the wider tolerance — exists among the free terms' moves, but is worth less than the floor."""
    if not np.isfinite(p.floor) or not p.free or achieved <= p.target + (tolerance if held else 0.0) + _EPS:
        return False
    if held:  # held only within the wider tolerance: would the narrow one have held without the floor?
        return _solve(p, plan, p.target - tolerance, p.target + tolerance) is not None
    nearest = _nearest_grid(plan, p.t, p.row, p.free, p.target, -np.inf)[1]
    return nearest < p.floor - _EPS and abs(nearest - p.target) < achieved - p.target - 1e-6


def _blocking(p: _Problem, sol: _Solution, pkg: Package, over: bool) -> tuple[str, ...]:
    """The free terms the hard limits stopped: "Delivery (10 weeks)", in issue order."""
    out = []
    for j in p.free:
        s = p.sorted[j]
        if not len(s.values):
            continue
        v = p.t.table[j, sol.rows[j]]
        whole = p.t.table[j, :len(p.t.grids[j])]
        if over:  # it would have to give more away: it is at its worst acceptable term
            at_end, limit = v <= s.values[0] + _EPS, whole.min() < s.values[0] - _EPS
        else:  # it would have to gain more: it is at its best acceptable term
            at_end, limit = v >= s.values[-1] - _EPS, whole.max() > s.values[-1] + _EPS
        if at_end and limit:
            name = p.t.names[j]
            out.append(f"{name} ({pkg.plan.issue(name).format_term(pkg[name])})")
    return tuple(out)


def _at_their_ends(p: _Problem, sol: _Solution, over: bool) -> bool:
    """Whether every free term is at its worst acceptable term for us (``over``: the package
    would have to give more away) or at its best (it would have to gain more)."""
    for j in p.free:
        s = p.sorted[j]
        if not len(s.values):
            continue
        v = p.t.table[j, sol.rows[j]]
        if (v > s.values[0] + _EPS) if over else (v < s.values[-1] - _EPS):
            return False
    return True


def _floor_reason(plan: Plan, floor: float) -> str:
    """Why the result stays above ``floor``: the reservation value, or the least we offer."""
    if floor > plan.reservation + _EPS:
        return tr(": lower would be worth only your reservation value {reservation:.1f} "
                  "(offers start at {lowest:.1f})").format(
            reservation=plan.reservation, lowest=floor)
    return tr(": lower would be below your reservation value {reservation:.1f}").format(reservation=plan.reservation)


def _message(plan: Plan, pkg: Package, issue: str, locked: set[str], target: float, achieved: float,
             held: bool, tol: float, forced: tuple[str, ...], floor: float, free: list[int],
             blocking: tuple[str, ...] = (), at_ends: bool = True, raised: bool = False) -> str:
    parts = []
    iss = plan.issue(issue)
    term = iss.format_term(pkg[issue])
    if not locked:
        what = tr("{issue} at {term}").format(issue=issue, term=term)
    elif len(locked) > 1:
        what = tr("{issue} at {term} and the locked terms").format(issue=issue, term=term)
    else:
        what = tr("{issue} at {term} and {locked} locked").format(issue=issue, term=term, locked=sorted(locked)[0])
    if held and raised:
        parts.append(tr("held at {achieved:.1f} points instead of {target:.1f}{why}").format(
            achieved=achieved, target=target, why=_floor_reason(plan, floor)))
    elif held and tol > TOLERANCE + 1e-12:
        parts.append(tr("held within {tolerance:g} point: the steps allow no closer to {target:.1f}").format(
            tolerance=tol, target=target))
    if not held:
        diff = achieved - target
        if raised:  # a package nearer the target exists, below the reservation
            why = _floor_reason(plan, floor)
        elif not free:
            why = tr(" (every other term is locked)")
        elif len(blocking) == 1:
            why = tr(": {issue} stops at its hard limit").format(issue=blocking[0])
        elif blocking:
            why = tr(": {issues} stop at their hard limits").format(issues=list_words(blocking))
        elif not at_ends:  # they could move further, but no combination of their steps lands closer
            why = (tr(": the steps and options of the unlocked terms allow nothing closer") if locked else
                   tr(": the steps and options of the other terms allow nothing closer"))
        elif locked:
            why = (tr(": the unlocked terms are already at their worst for us") if diff > 0 else
                   tr(": the unlocked terms are already at their best for us"))
        else:
            why = (tr(": the other terms are already at their worst for us") if diff > 0 else
                   tr(": the other terms are already at their best for us"))
        if diff < 0:
            parts.append(tr("cannot hold {target:.1f} points with {what}{why}; the closest package is worth "
                            "{achieved:.1f} ({gap:.1f} points short)").format(
                target=target, what=what, why=why, achieved=achieved, gap=abs(diff)))
        else:
            parts.append(tr("cannot hold {target:.1f} points with {what}{why}; the closest package is worth "
                            "{achieved:.1f} ({gap:.1f} points over)").format(
                target=target, what=what, why=why, achieved=achieved, gap=abs(diff)))
    if forced:
        parts.append(tr("breaks a limit because of your own terms: {problems}").format(problems="; ".join(forced)))
    if np.isfinite(floor) and achieved < plan.reservation - 1e-9:
        parts.append(tr("{gap:.1f} points below the reservation value {reservation:.1f}, forced by {what}").format(
            gap=plan.reservation - achieved, reservation=plan.reservation, what=what))
    elif achieved < plan.reservation - 1e-9:
        parts.append(tr("below the reservation value {reservation:.1f}, as the package was before").format(
            reservation=plan.reservation))
    return "; ".join(parts)
