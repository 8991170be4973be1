"""MESO sets: two to five packages worth the same to us that concede on different issues.

``generate_mesos(plan)`` runs in three steps, each reusable on its own:

1. :func:`candidate_pool` — the packages worth the level within the tolerance: a band query
   on the search grid (fine numeric issues coarsened to about 20 levels), capped at 10⁴
   candidates with the counterpart's most efficient completions kept first; each candidate
   then has one coarsened numeric term *refined on its true step* to bring its value as
   close to the level as the step allows; only acceptable packages worth at least
   :func:`~.status.lowest_offer` (the reservation plus the status tolerance: a package worth our
   reservation would show our hand on a card) remain. Each candidate carries its value to us and to them, its *gap* to
   the Pareto frontier (their points left on the table) and its *concessions*.
2. :func:`select_diverse` — a beam search over sets: every set must satisfy the hard rules
   (pairwise difference, a distinct concession for each package); among those, a set whose
   best-for-them package is on the frontier comes first (:mod:`.waste`), and a strategy
   scores efficiency, clarity of the concessions, diversity and equality of value.
3. :func:`generate_mesos` — tries a tolerance of 0.5 point, then 1 point where the grid
   allows no closer, and explains in one sentence when no set exists.

Definitions (``docs/meso-engine.md``):

* **conceded points** of a package on an issue: our weight × (value of our best acceptable
  term − value of the package's term), i.e. the points the package gives away there;
* a package **concedes on** issue *j* within a set when it gives away more points on *j*
  than any other package of the set does; its concession is the issue where that excess
  (the *margin*) is largest. Every package of a MESO set must have a positive margin, which
  makes the concession issues of a set automatically distinct;
* two packages **differ** in the issues whose terms are not equal; a set requires every pair
  to differ in at least a third of the issues (at least two);
* **tolerance**: every package is within 0.5 point of the level (1 point when no set exists
  within 0.5 on the plan's grid).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ..approvals.meso_rules import refused_rows, requiring_approvals
from ..counterpart.their_values import TheirValues
from ..language import tr
from ..limits import Progress, report, scaled
from ..package import Package
from ..plan import Plan
from ..scoring import score_table
from .band import (
    DEFAULT_CAP,
    band_grid,
    band_on_grid,
    halves,
    nearest_levels,
    refine_rows,
    unique_rows,
    value_range,
)
from .concessions import (
    CLARITY_CAP,
    conceded_points,
    concession_margins,
    coverage,
    issue_stakes,
    min_difference,
    noticeable_points,
    term_distance,
)
from .frontier import Frontier, frontier_on_grid, pareto_frontier
from .information import informed_strategy
from .meso_words import (  # noqa: F401 - MesoError, MesoWarning and the counts are the engine's API
    MAX_COUNT,
    MIN_COUNT,
    RECOMMENDED_COUNT,
    MesoError,
    MesoWarning,
    approximation_sentence,
    check_request,
    no_level_reason,
    no_set_reason,
    offered_level,
    out_of_reach,
    plain_reason,
)
from .robustness import PoolRobustness
from .search_grid import DEFAULT_LEVELS, SearchGrid
from .status import RESERVATION_EPS, lowest_offer
from .waste import WASTE_EPS, best_for_them_waste, left_on_table

TOLERANCE = 0.5
MAX_TOLERANCE = 1.0
#: score a robust generation takes off per point of a set's worst spread over the weight region
ROBUST_WEIGHT = 10.0
LETTERS = "ABCDE"


def level_range(plan: Plan) -> tuple[float, float]:
    """Levels a MESO set may be asked for: from :func:`~.status.lowest_offer` (the reservation
    value plus the status tolerance; or the least an acceptable package is worth, if higher) to
    the most an acceptable package is worth.
    Inside this range a level can still be unreachable on a coarse grid; generation says so."""
    t = score_table(plan)
    lo = hi = 0.0
    for i, acc in enumerate(t.acceptable):
        v = t.table[i, : len(acc)][acc]
        lo += float(v.min())
        hi += float(v.max())
    return max(lo, lowest_offer(plan)), hi


# -- the counterpart ----------------------------------------------------------------------------
@dataclass(frozen=True)
class _Their:
    additive: object  # a TheirValues used for band preference and the frontier
    score: Callable[[np.ndarray], np.ndarray]  # their value of full-grid index rows
    label: str
    is_additive: bool


def _their_model(plan: Plan, their) -> _Their:
    """``their``: None (opposed-interests prior), a TheirValues (or anything with ``table`` and
    ``score_indices``), an object with ``score_indices(rows)``, or a callable ``f(rows)``."""
    if their is None:
        th = TheirValues.opposed(plan)
        return _Their(th, th.score_indices, th.label, True)
    if hasattr(their, "table") and hasattr(their, "score_indices"):
        names = tuple(getattr(their, "names", ()))
        if names and names != tuple(plan.issue_names):
            raise ValueError(tr("the counterpart estimate was made for other issues ({issues}); estimate "
                                "again for this plan").format(issues=", ".join(names)))
        return _Their(their, their.score_indices, getattr(their, "label", tr("estimate", "the counterpart estimate")), True)
    fn = getattr(their, "score_indices", None) or their
    if not callable(fn):
        raise TypeError("their must be a TheirValues, an object with score_indices(rows) or a callable")
    prior = TheirValues.opposed(plan)
    return _Their(prior, fn, getattr(their, "label", tr("custom", "a custom counterpart estimate")), False)


# -- step 1: the candidate pool ------------------------------------------------------------------
@dataclass(frozen=True, eq=False)
class CandidatePool:
    """Acceptable packages worth ``level ± tolerance`` (and at least :func:`~.status.lowest_offer`).

    ``rows`` are full-grid index rows; ``ours``/``theirs`` the two values; ``gap`` their points
    below the frontier at the same value to us (0 = efficient); ``conceded`` the points given
    away per issue. ``band_total`` is how many packages of the search grid the (widened)
    band held before the cap.
    """

    plan: Plan
    level: float
    tolerance: float
    rows: np.ndarray
    ours: np.ndarray
    theirs: np.ndarray
    gap: np.ndarray
    conceded: np.ndarray
    band_total: int
    capped: bool
    exact_grid: bool
    their_label: str

    def __len__(self) -> int:
        return len(self.rows)

    def package(self, k: int, name: str | None = None):
        return Package(self.plan, score_table(self.plan).package_terms(self.rows[k]), name=name)


def candidate_pool(
    plan: Plan,
    level: float,
    *,
    their=None,
    tolerance: float = TOLERANCE,
    cap: int = DEFAULT_CAP,
    max_levels: int | None = DEFAULT_LEVELS,
    grid: SearchGrid | None = None,
) -> CandidatePool:
    """Step 1 of :func:`generate_mesos`: the packages a MESO set may be chosen from."""
    th = _their_model(plan, their)
    if grid is None:
        grid = band_grid(plan, max_levels=max_levels)
    table = grid.table
    reach = grid.cell_gap()
    slack = tolerance + reach
    parts = halves(grid)
    prefer = grid.their_tables(th.additive)
    local, total, capped = band_on_grid(grid, level - slack, level + slack, cap=cap, prefer=prefer,
                                        parts=parts)
    rows = grid.to_full(local)
    if len(rows) and not grid.exact:
        rows = refine_rows(grid, rows, level)
    ours = table.score_indices(rows) if len(rows) else np.empty(0)
    # not worth our reservation (within the tolerance): the cards would refuse to show our hand
    ok = ((np.abs(ours - level) <= tolerance + 1e-9) & (ours >= lowest_offer(plan) + RESERVATION_EPS)
          & ~refused_rows(plan, rows))
    rows = rows[ok]
    if len(rows) and not grid.exact:  # refining may have made two candidates equal
        rows = unique_rows(rows, table.sizes)
    ours = table.score_indices(rows) if len(rows) else np.empty(0)
    theirs = np.asarray(th.score(rows), dtype=float) if len(rows) else np.empty(0)
    if len(rows) and th.is_additive:
        gap = left_on_table(_frontier(plan, grid, th.additive, prefer), ours, theirs)
    elif len(rows):
        gap = float(theirs.max()) - theirs
    else:
        gap = np.empty(0)
    conceded = conceded_points(plan, rows) if len(rows) else np.empty((0, len(grid.options)))
    return CandidatePool(plan, float(level), float(tolerance), rows, ours, theirs, gap, conceded,
                         total, capped, grid.exact, th.label)


def _frontier(plan: Plan, grid: SearchGrid, their, prefer) -> Frontier:
    """The frontier waste is measured against: the search grid's own when it holds every step,
    else the exact one (refined candidates lie between the steps of a coarsened grid; about a
    millisecond), unless the grid had to be thinned to stay within the resource bounds."""
    if grid.exact or grid.approximate:
        f_local, f_ours, f_theirs = frontier_on_grid(grid.ours, prefer)
        return Frontier(plan, grid.to_full(f_local), f_ours, f_theirs, grid.exact)
    return pareto_frontier(plan, their)


# -- step 2: choosing a diverse, informative set -------------------------------------------------
@dataclass(frozen=True)
class StrategyWeights:
    """How a built-in strategy weighs the qualities of a valid set (points of score per unit).

    * ``gap`` — their points left on the table, mean over the set (0 = on the frontier);
    * ``best_gap`` — the gap of the set's *most* efficient package: whatever else the set
      does, one of its packages should be close to the best we can give them;
    * ``clarity`` — the smallest concession margin (points, capped at :data:`CLARITY_CAP`);
    * ``diversity`` — the smallest term distance of a pair ÷ issues (0..1);
    * ``spread`` — our points between the best and the worst package plus the largest
      distance from the level;
    * ``their_spread`` — their estimated points between the package they should like most
      and least: a set whose best package for them is obvious tells us little;
    * ``coverage`` — how well the set's concessions cover the issues that matter most to us
      (0..1, :func:`coverage`): a set whose packages all keep our heaviest issue at its best
      cannot tell us anything about that issue, and looks odd across the table.
    """

    gap: float
    best_gap: float
    clarity: float
    diversity: float
    spread: float
    their_spread: float
    coverage: float


STRATEGIES: dict[str, StrategyWeights] = {
    "balanced": StrategyWeights(gap=1.0, best_gap=2.0, clarity=0.5, diversity=12.0, spread=2.0, their_spread=0.2,
                                coverage=20.0),
    "efficient": StrategyWeights(gap=2.0, best_gap=0.0, clarity=0.25, diversity=6.0, spread=2.0, their_spread=0.2,
                                 coverage=0.0),
    "diverse": StrategyWeights(gap=0.5, best_gap=0.0, clarity=1.0, diversity=24.0, spread=2.0, their_spread=0.2,
                               coverage=10.0),
}
#: A package concedes on an issue when it gives away more than this many points beyond the
#: others there.
MIN_MARGIN = 1e-6
#: Pools up to this size are searched whole (no shortlist).
SMALL_POOL = 300
#: Sets examined one by one when the beam search finds none and the shortlist is small.
EXHAUSTIVE_SETS = 200_000
#: When the beam's set leaves value on the table, shortlists with at most this many sets are
#: searched whole for one whose best-for-them package is on the frontier.
PREFER_EXHAUSTIVE = 20_000
SetScorer = Callable[[CandidatePool, np.ndarray], np.ndarray]


def _builtin_score(w: StrategyWeights, gap: np.ndarray, clarity: np.ndarray, diversity: np.ndarray,
                   spread: np.ndarray, their_spread: np.ndarray, cover: np.ndarray) -> np.ndarray:
    """``gap`` is ``(V, k)`` (the packages' gaps), the rest ``(V,)``."""
    return (-w.gap * gap.mean(axis=1) - w.best_gap * gap.min(axis=1) + w.clarity * np.minimum(clarity, CLARITY_CAP)
            + w.diversity * diversity - w.spread * spread - w.their_spread * their_spread + w.coverage * cover)


def _strategy_weights(strategy: str) -> StrategyWeights:
    if strategy not in STRATEGIES:
        raise ValueError(tr("unknown strategy {strategy}; use one of {strategies}").format(
            strategy=repr(strategy), strategies=", ".join(STRATEGIES)))
    return STRATEGIES[strategy]


def _spread(ours: np.ndarray, level: float) -> np.ndarray:
    return ours.max(axis=1) - ours.min(axis=1) + np.abs(ours - level).max(axis=1)


def select_diverse(
    pool: CandidatePool,
    count: int,
    *,
    min_diff: int | None = None,
    strategy: str | SetScorer = "balanced",
    seed: int = 0,
    beam: int = 32,
    per_issue: int = 12,
    robust: Callable[[np.ndarray], np.ndarray] | None = None,
) -> np.ndarray | None:
    """Step 2 of :func:`generate_mesos`: ``count`` pool indices forming a valid MESO set.

    Hard rules: every pair differs in at least ``min_diff`` terms and every package has a
    positive concession margin (so each concedes on a different issue). Among valid sets,
    those whose best-for-them package is on the frontier (waste ≤ :data:`~.waste.WASTE_EPS`)
    rank first (when the beam's set is not, a shortlist of at most :data:`PREFER_EXHAUSTIVE`
    sets is searched whole); within each group a beam search maximises ``strategy``: a name
    from :data:`STRATEGIES` or a callable ``scorer(pool, sets) -> scores`` (``sets`` are ``(V, k)`` pool indices, also for partial
    sets while the beam grows; higher is better) — the hook for an information-gain scorer.
    ``seed`` ≠ 0 perturbs the choice among near-equal sets (another set, still valid). The beam is widened eightfold when it finds nothing, and a small shortlist is then
    searched exhaustively. Returns ``None`` when no valid set exists in the shortlist. ``robust(sets)``
    (:class:`~.robustness.PoolRobustness`) lowers each set's score by its worst spread × :data:`ROBUST_WEIGHT`.
    """
    P = len(pool)
    if P < count:
        return None
    n = pool.rows.shape[1]
    min_diff = min_difference(n) if min_diff is None else min_diff
    builtin = isinstance(strategy, str)
    weights = _strategy_weights(strategy) if builtin else None
    rng = np.random.default_rng(seed) if seed else None
    stakes = issue_stakes(pool.plan)
    notice = noticeable_points(pool.plan, pool.level)

    short = np.arange(P) if P <= SMALL_POOL else _shortlist(pool, per_issue, notice)
    probes = getattr(strategy, "candidates", None) if not builtin else None
    if P > SMALL_POOL and callable(probes):  # a scorer may know which candidates are worth a look
        short = np.union1d(short, np.asarray(probes(pool), dtype=np.int64))
    M = len(short)
    if M < count:
        return None
    rs = pool.rows[short]
    H = (rs[:, None, :] != rs[None, :, :]).sum(axis=2)
    G = term_distance(pool.plan, rs[:, None, :], rs[None, :, :]) / n
    Ds = pool.conceded[short]
    gap = pool.gap[short]
    ours = pool.ours[short]
    theirs = pool.theirs[short]

    def score(sets: np.ndarray, issue: np.ndarray, margin: np.ndarray, div: np.ndarray) -> np.ndarray:
        if weights is not None:
            th = theirs[sets]
            s = _builtin_score(weights, gap[sets], margin.min(axis=1), div, _spread(ours[sets], pool.level),
                               th.max(axis=1) - th.min(axis=1), coverage(stakes, notice, issue, margin, count))
        else:
            s = np.asarray(strategy(pool, short[sets]), dtype=float)
        s = s if robust is None else s - ROBUST_WEIGHT * robust(short[sets])
        if rng is not None:
            s = s + rng.gumbel(size=len(s)) * 0.75
        return s

    def preferred(sets: np.ndarray, issue: np.ndarray, margin: np.ndarray, div: np.ndarray) -> np.ndarray:
        return _prefer_on_frontier(score(sets, issue, margin, div), theirs[sets], gap[sets])

    def on_frontier(found: np.ndarray) -> bool:
        return bool(best_for_them_waste(theirs[found], gap[found]) <= WASTE_EPS)

    found = None
    for width in (beam, 8 * beam):
        found = _beam_search(width, count, max(min_diff, 1), H, G, Ds, preferred)
        if found is not None:
            break
    small = math.comb(M, count) <= EXHAUSTIVE_SETS
    if found is not None and not on_frontier(found) and math.comb(M, count) <= PREFER_EXHAUSTIVE:
        # the beam may have missed a set whose best-for-them package is on the frontier
        found = _every_set(count, max(min_diff, 1), H, G, Ds, preferred)
    if found is None and small:  # the beam found nothing: on a small shortlist, look at every set
        found = _every_set(count, max(min_diff, 1), H, G, Ds, preferred)
    return None if found is None else short[found]


def _prefer_on_frontier(scores: np.ndarray, theirs: np.ndarray, waste: np.ndarray) -> np.ndarray:
    """``scores`` of sets ``(V, k)`` raised so that every set whose best-for-them package is
    on the frontier (waste ≤ :data:`~.waste.WASTE_EPS`) ranks above every set whose is not;
    the order within each group is kept."""
    on = best_for_them_waste(theirs, waste) <= WASTE_EPS
    finite = np.isfinite(scores)
    if not on.any() or on.all() or not finite.any():
        return scores
    lift = float(scores[finite].max() - scores[finite].min()) + 1.0
    return np.where(on & finite, scores + lift, scores)


#: ``score(sets, issue, margin, diversity)`` of sets of shortlist indices (higher is better).
_SetScore = Callable[[np.ndarray, np.ndarray, np.ndarray, np.ndarray], np.ndarray]


def _beam_search(width: int, count: int, min_diff: int, H: np.ndarray, G: np.ndarray, Ds: np.ndarray,
                 score: _SetScore) -> np.ndarray | None:
    """Grow sets one package at a time, keeping the ``width`` best valid partial sets.

    ``H``/``G`` are the shortlist's pairwise term differences and distances (÷ issues), ``Ds``
    its conceded points. Returns the best set (shortlist indices) or ``None``."""
    M, n = H.shape[0], Ds.shape[1]
    sets = np.arange(M)[:, None]
    min_h = np.full(M, n)
    min_g = np.ones(M)
    order = _top(score(sets, Ds.argmax(axis=1)[:, None], Ds.max(axis=1)[:, None], min_g), width)
    sets, min_h, min_g = sets[order], min_h[order], min_g[order]
    for _ in range(1, count):
        new_h = np.minimum(min_h[:, None], H[sets].min(axis=1))  # (B, M)
        bi, ci = np.nonzero(new_h >= min_diff)
        if not len(bi):
            return None
        cand = np.sort(np.concatenate([sets[bi], ci[:, None]], axis=1), axis=1)
        _, first = np.unique(_set_keys(cand, M), return_index=True)
        cand, bi, ci = cand[first], bi[first], ci[first]
        issue, margin = concession_margins(Ds[cand])
        ok = margin.min(axis=1) > MIN_MARGIN
        if not ok.any():
            return None
        cand, bi, ci, issue, margin = cand[ok], bi[ok], ci[ok], issue[ok], margin[ok]
        c_h = new_h[bi, ci]
        c_g = np.minimum(min_g[bi], G[sets[bi], ci[:, None]].min(axis=1))
        order = _top(score(cand, issue, margin, c_g), width)
        sets, min_h, min_g = cand[order], c_h[order], c_g[order]
    return sets[0]


def _every_set(count: int, min_diff: int, H: np.ndarray, G: np.ndarray, Ds: np.ndarray,
               score: _SetScore) -> np.ndarray | None:
    """The best valid set among *all* sets of the shortlist (when it is small), or ``None``."""
    M = H.shape[0]
    combos = np.array(list(itertools.combinations(range(M), count)), dtype=np.int64).reshape(-1, count)
    iu, ju = np.triu_indices(count, 1)
    h = H[combos[:, iu], combos[:, ju]].min(axis=1)
    combos = combos[h >= min_diff]
    if not len(combos):
        return None
    issue, margin = concession_margins(Ds[combos])
    ok = margin.min(axis=1) > MIN_MARGIN
    combos, issue, margin = combos[ok], issue[ok], margin[ok]
    if not len(combos):
        return None
    g = G[combos[:, iu], combos[:, ju]].min(axis=1)
    return combos[_top(score(combos, issue, margin, g), 1)[0]]


def _set_keys(sets: np.ndarray, base: int) -> np.ndarray:
    key = np.zeros(len(sets), dtype=np.int64)
    for col in range(sets.shape[1]):
        key = key * base + sets[:, col]
    return key


def _shortlist(pool: CandidatePool, per_issue: int, notice: np.ndarray | None = None) -> np.ndarray:
    """Candidates worth a closer look: the most efficient, and per issue the ones that give
    the most there (efficiently), the ones that give *only* there and the most efficient
    ones whose concession there is noticeable (``notice`` points, see :func:`coverage`)."""
    D = pool.conceded
    gap = pool.gap
    picks = [_smallest(gap, per_issue)]
    others_max = _max_excluding_each(D)
    for j in range(D.shape[1]):
        has = np.flatnonzero(D[:, j] > 1e-9)
        if not len(has):
            continue
        picks.append(has[_smallest(gap[has] - D[has, j], per_issue)])
        picks.append(has[_smallest(gap[has] - D[has, j] + others_max[has, j], per_issue // 2)])
        if notice is not None:
            clear = np.flatnonzero(D[:, j] >= notice[j])
            if len(clear):
                picks.append(clear[_smallest(gap[clear], per_issue)])
    return np.unique(np.concatenate(picks))


def _smallest(x: np.ndarray, k: int) -> np.ndarray:
    """Positions of the ``k`` smallest values (ties: lowest position), in order."""
    if len(x) > k:
        cut = np.partition(x, k - 1)[k - 1]
        idx = np.flatnonzero(x <= cut)
    else:
        idx = np.arange(len(x))
    return idx[np.lexsort((idx, x[idx]))][:k]


def _top(scores: np.ndarray, k: int) -> np.ndarray:
    return np.lexsort((np.arange(len(scores)), -scores))[:k]


def _max_excluding_each(D: np.ndarray) -> np.ndarray:
    """For each row and issue, the largest value among the *other* issues of that row."""
    if D.shape[1] == 1:
        return np.zeros_like(D)
    rows = np.arange(len(D))
    arg = D.argmax(axis=1)
    top = D[rows, arg]
    y = D.copy()
    y[rows, arg] = -np.inf
    second = y.max(axis=1)
    out = np.repeat(top[:, None], D.shape[1], axis=1)
    out[rows, arg] = second
    return out


# -- step 3: the set --------------------------------------------------------------------------------
class MesoPackages(list):
    """The packages of a MESO set (a plain list of Package) with what the engine knows:

    ``level`` (the level the set was made at), ``requested_level`` (the level asked for: below
    :func:`~.status.lowest_offer` the set is made at that instead, and a :class:`MesoWarning`
    says so), ``tolerance`` used, ``conceded`` (issue name each package concedes on),
    ``margins`` (points of that concession beyond the others), ``ours``/``theirs`` values,
    ``their_label`` (which estimate of the counterpart was used), ``pool_size``, and
    ``waste``: per package, the points it leaves on the table for them under that estimate
    (:mod:`~meso_desk.model.offers.waste`; 0 on the frontier — ``gaps`` is the same list,
    kept under its older name).
    """

    level: float
    #: the level asked for (``level`` unless that was below :func:`~.status.lowest_offer`)
    requested_level: float
    tolerance: float
    conceded: list[str]
    margins: list[float]
    ours: list[float]
    theirs: list[float]
    gaps: list[float]
    waste: list[float]
    their_label: str
    pool_size: int
    #: True when the plan was too large to search whole within the resource bounds
    approximate: bool = False
    #: what was approximated, one plain sentence ("" when nothing was)
    approximation: str = ""


@requiring_approvals(MesoError)
def generate_mesos(
    plan: Plan,
    count: int = RECOMMENDED_COUNT,
    level: float | None = None,
    *,
    their=None,
    strategy: str | SetScorer = "balanced",
    seed: int = 0,
    progress: Progress | None = None,
    robust: bool | None = None,
) -> MesoPackages:
    """``count`` packages worth ``level`` points to us (default: the plan's aspiration).

    Every package is within 0.5 point of the level (1 point where the grid allows no closer),
    worth at least :func:`~.status.lowest_offer` (never our reservation value; a level below it
    is moved up to it, with a :class:`MesoWarning`, and the result's ``level`` says the level
    used, ``requested_level`` the one asked for), inside every
    hard limit and free of unacceptable options; every two differ in at least a third of the terms (at least two); each concedes
    on a different issue. ``their`` is the counterpart estimate (default: the opposed-interests prior) — a
    TheirValues, or any callable/object scoring index rows. Deterministic: same plan and arguments, same packages.

    A plan too large to search whole within :data:`~meso_desk.model.limits.MEMORY_BUDGET` is
    searched on a thinned grid; the result then says so (``approximate``, ``approximation``).
    ``progress(fraction)`` is called along the way; returning ``False`` stops it (:class:`~meso_desk.model.limits.Cancelled`).

    ``robust`` (default: on when the plan has a ``weight_region``) prefers sets that stay equal over it;
    ``approvals`` (default: on when an approver refuses something) keeps out what they refuse (docs/approvals.md).
    Raises :class:`MesoError` (one sentence) when no such set exists.
    """
    count, requested = check_request(plan, count, level, MAX_TOLERANCE)
    level = offered_level(plan, requested)  # never below lowest_offer; a MesoWarning says when it moved
    their, strategy = informed_strategy(plan, their, strategy)
    report(progress, 0.0)
    grid = band_grid(plan, their=their if hasattr(their, "table") else None)
    report(progress, 0.15)
    lo_all, hi_all = value_range(grid)
    if level > hi_all + MAX_TOLERANCE:
        raise _out_of_reach(plan, grid, level, count, their, strategy, scaled(progress, 0.2, 1.0))
    pool, robust = None, plan.weight_region is not None if robust is None else bool(robust)
    for k, tol in enumerate((TOLERANCE, MAX_TOLERANCE)):
        pool = candidate_pool(plan, level, their=their, tolerance=tol, grid=grid)
        report(progress, 0.3 + 0.2 * k)
        rob = PoolRobustness(plan, pool.rows) if robust else None
        sel = select_diverse(pool, count, strategy=strategy, seed=seed, robust=rob)
        report(progress, 0.4 + 0.2 * k)
        if sel is not None:
            out = _assemble(plan, pool, sel, level, tol)
            out.approximate, out.approximation = grid.approximate, approximation_sentence(grid)
            out.requested_level = requested
            return out
    reason, alt = _explain(plan, grid, level, count, pool, their, strategy, scaled(progress, 0.6, 1.0))
    if grid.approximate:
        reason = tr("{reason} (searched approximately: the plan is too large to search whole)").format(reason=reason)
    raise MesoError(reason, plain=plain_reason(level, count, alt), nearest=alt)


def _out_of_reach(plan: Plan, grid: SearchGrid, level: float, count: int, their, strategy,
                  progress: Progress | None) -> MesoError:
    """The error for a level above the best acceptable package, naming the nearest level with a set."""
    lo_all, hi_all = value_range(grid)
    alt = _nearest_workable_level(plan, grid, hi_all, count, their, strategy, progress, exclude=False)
    return out_of_reach(level, count, lo_all, hi_all, lowest_offer(plan), alt)


def _assemble(plan: Plan, pool: CandidatePool, sel: np.ndarray, level: float, tol: float) -> MesoPackages:
    issue, margin = concession_margins(pool.conceded[sel])
    order = np.lexsort((np.arange(len(sel)), issue))
    out = MesoPackages(pool.package(int(sel[k]), name=LETTERS[j]) for j, k in enumerate(order))
    names = [i.name for i in plan.issues]
    out.level = level
    out.tolerance = tol
    out.conceded = [names[int(issue[k])] for k in order]
    out.margins = [float(margin[k]) for k in order]
    out.ours = [float(pool.ours[sel[k]]) for k in order]
    out.theirs = [float(pool.theirs[sel[k]]) for k in order]
    out.gaps = [float(pool.gap[sel[k]]) for k in order]
    out.waste = list(out.gaps)
    out.their_label = pool.their_label
    out.pool_size = len(pool)
    return out


def _explain(plan: Plan, grid: SearchGrid, level: float, count: int, pool: CandidatePool | None,
             their, strategy, progress: Progress | None = None) -> tuple[str, float | None]:
    n = len(plan.issues)
    alt = _nearest_workable_level(plan, grid, level, count, their, strategy, progress)
    if pool is None or len(pool) == 0:
        below, above = nearest_levels(grid, level, floor=lowest_offer(plan))
        lo_all, hi_all = value_range(grid)
        near = [v for v in (below, above) if v is not None]
        return no_level_reason(level, count, near, max(lo_all, lowest_offer(plan)), hi_all, MAX_TOLERANCE, alt), alt
    return no_set_reason(level, count, len(pool), n, MAX_TOLERANCE, alt), alt


#: Levels tried when looking for the nearest level that has a set (error messages only).
_PROBE_LEVELS = 24


def _nearest_workable_level(plan: Plan, grid: SearchGrid, level: float, count: int, their, strategy,
                            progress: Progress | None = None, exclude: bool = True):
    """The level nearest ``level`` where a set of ``count`` exists (at the full tolerance), or
    None. Tries the packages' own values near the level (exact on small discrete grids, where
    sets exist only around a few values) merged with a sweep of ±2.5, 5, … 30 points, nearest
    first, at most ``_PROBE_LEVELS`` of them."""
    lo_all, hi_all = value_range(grid)
    lo_all = max(lo_all, lowest_offer(plan))
    sweep = [level + s * d for d in (2.5, 5.0, 7.5, 10.0, 15.0, 20.0, 30.0) for s in (-1.0, 1.0)]
    wide = candidate_pool(plan, level, their=their, tolerance=30.0, grid=grid)
    own = np.unique(np.round(wide.ours, 1)) if len(wide) else np.empty(0)
    own = own[np.abs(own - level) > MAX_TOLERANCE] if exclude else own  # the level itself has no set
    cands = np.concatenate([own[np.argsort(np.abs(own - level), kind="stable")][:_PROBE_LEVELS], sweep])
    cands = cands[(cands >= lo_all - 1e-9) & (cands <= hi_all + 1e-9)]
    cands = cands[np.argsort(np.abs(cands - level), kind="stable")]
    tried: list[float] = []
    for j, lv in enumerate(cands[: 2 * _PROBE_LEVELS]):
        report(progress, j / (2 * _PROBE_LEVELS))
        # the message names the level to one decimal: probe exactly that level, so asking for it works
        lv = round(float(lv), 1)
        if any(abs(lv - t) < 0.5 for t in tried) or not lo_all - 1e-9 <= lv <= hi_all + 1e-9:
            continue
        tried.append(lv)
        pool = candidate_pool(plan, float(lv), their=their, tolerance=MAX_TOLERANCE, grid=grid)
        if len(pool) >= count and select_diverse(pool, count, strategy=strategy) is not None:
            return lv
    return None
