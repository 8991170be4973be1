"""What a contingent package is worth to each side, the bet each clause is, and clauses to offer
(docs/contingent-terms.md).

A contingent clause is a bet on the difference between two forecasts. To us a package is worth
its expected value under *our* forecast (as :attr:`Package.score` counts it); to them, as we
estimate them (:class:`TheirValues`), under *theirs* (or ours when theirs is unknown). A penalty
for lateness we expect and they do not is worth much to us and costs them little by their own
reckoning: the package can give them more on its base term and be worth the same to us.

* :func:`their_contingent_value` / :func:`their_values_many` — their expected points;
* :func:`bets` — per clause, what it gains each side against the same package without it;
* :func:`risk` — our spread of points and of the total cost, joint over the package's events;
* :func:`contingent_version` — a package with a clause, its base term moved so that it is
  worth what the fixed package is worth to us;
* :func:`suggest_clauses` / :func:`with_contingent_options` — clauses worth offering.

Everything is computed on whole arrays (numpy): the events' outcomes, a term search's grid.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from ..base import Term
from ..contingent.clauses import (
    AnyClause,
    LinearClause,
    StatesClause,
    ThresholdClause,
    effective_terms,
    expected_value,
    term_values,
)
from ..contingent.events import Event, Forecast
from ..counterpart.their_values import TheirValues
from ..language import tr
from ..package import Package
from ..plan import Plan
from ..preferences.issues import NumericIssue
from ..preferences.total_cost import cost_breakdown, format_money, format_total_cost, price_columns, total_cost
from .contingent_words import bet_words, clause_label, clause_summary  # noqa: F401 - part of this module's API
from .status import TARGET_TOLERANCE, lowest_offer

ForecastSide = Literal["theirs", "ours"]

#: Their gain (points, by their forecast) below which a clause is not worth suggesting.
MIN_THEIR_GAIN = 0.5
#: Joint outcomes enumerated exactly up to this many; beyond it, fixed-seed draws.
MAX_JOINT = 20_000
#: Draws (fixed seed) when the joint outcomes are too many to enumerate.
JOINT_DRAWS = 8_192
#: The seed of those draws: the same result on every call.
JOINT_SEED = 20_261_204
#: Our points within which a suggested version counts as equal without trying another lever.
CLOSE_ENOUGH = 0.1
#: Grid points scored at once when searching a term (a finer grid is searched on a subset).
MAX_SEARCH = 2_001
#: Subdivision passes (32-fold each) when refining a base term between two grid points.
REFINE_PASSES = 4
#: Largest move of a term by a suggested clause, as a share of the issue's range.
SUGGESTED_SWING = 0.15


# -- Forecasts and their value curves ----------------------------------------------------------
def forecast_of(event: Event, side: ForecastSide) -> Forecast:
    """``side``'s forecast of ``event``; their unknown forecast falls back to ours."""
    if side == "theirs" and event.theirs is not None:
        return event.theirs
    return event.ours


def _check_side(forecast: str) -> None:
    if forecast not in ("theirs", "ours"):
        raise ValueError(tr("forecast must be 'theirs' or 'ours', not {forecast}").format(forecast=repr(forecast)))


def our_value(plan: Plan, package: Package, forecast: ForecastSide = "ours") -> float:
    """Our points of ``package``: under our forecast it is :attr:`Package.score`; under theirs,
    what the package is worth to us if they are right (their unknown forecast: ours)."""
    _check_side(forecast)
    if forecast == "ours" or not package.contingent:
        return package.score
    total = 0.0
    for issue, points in package.contributions().items():
        clause = package.clauses.get(issue)
        if clause is not None:
            event = plan.event(clause.event)
            points = plan.weights[issue] * expected_value(clause, plan.issue(issue), package[issue], event,
                                                          forecast_of(event, forecast))
        total += points
    return float(total)


def _their(plan: Plan, their: TheirValues | None) -> TheirValues:
    return TheirValues.opposed(plan) if their is None else their


def their_term_values(plan: Plan, their: TheirValues, issue: str, terms: Any) -> np.ndarray:
    """Their value 0..100 (unweighted) of each term of ``issue``: numeric terms interpolated on
    the issue's grid (as :meth:`TheirValues.value`), options by index."""
    i = plan.issue(issue)
    vals = np.asarray(their.values[their.names.index(issue)], dtype=float)
    if isinstance(i, NumericIssue):
        return np.interp(np.asarray(terms, dtype=float), i.grid().astype(float), vals)
    pos = {lab: k for k, lab in enumerate(i.labels)}
    idx = np.fromiter((pos[str(t)] for t in np.ravel(np.asarray(terms, dtype=object))), dtype=np.int64)
    return vals[idx].reshape(np.shape(terms))


def _their_weight(their: TheirValues, issue: str) -> float:
    return float(their.weights[their.names.index(issue)])


def _their_clause_value(plan: Plan, their: TheirValues, issue: str, clause: AnyClause, base: Term,
                        forecast: ForecastSide) -> float:
    """Their expected value 0..100 of ``issue`` under the clause and the chosen forecast."""
    event = plan.event(clause.event)
    outcomes, p = event.outcomes(forecast_of(event, forecast))
    terms = effective_terms(clause, plan.issue(issue), base, outcomes)
    return float(their_term_values(plan, their, issue, terms) @ p)


def their_contingent_value(plan: Plan, package: Package, their: TheirValues | None = None,
                           forecast: ForecastSide = "theirs") -> float:
    """Their points (our estimate of them) of ``package``: a contingent term counts with its
    expected value under their forecast (``forecast="ours"``: under ours)."""
    return float(their_values_many(plan, [package], their, forecast)[0])


def their_values_many(plan: Plan, packages: Sequence[Package], their: TheirValues | None = None,
                      forecast: ForecastSide = "theirs") -> np.ndarray:
    """Their points of each package (vectorised per issue; only the contingent terms of
    contingent packages are evaluated one clause at a time)."""
    _check_side(forecast)
    their = _their(plan, their)
    n = len(packages)
    total = np.zeros(n)
    contingent = [(k, p) for k, p in enumerate(packages) if p.contingent]
    for issue in plan.issues:
        name = issue.name
        if issue.is_numeric:
            col: Any = np.fromiter((float(p[name]) for p in packages), dtype=float, count=n)
        else:
            col = np.array([p[name] for p in packages], dtype=object)
        v = their_term_values(plan, their, name, col) if n else np.zeros(0)
        for k, p in contingent:
            clause = p.clauses.get(name)
            if clause is not None:
                v[k] = _their_clause_value(plan, their, name, clause, p[name], forecast)
        total += _their_weight(their, name) * v
    return total


# -- The bet of each clause --------------------------------------------------------------------
@dataclass(frozen=True)
class ClauseBet:
    """The bet on the difference, one clause of one package (INTERNAL: carries points)."""

    issue: str
    event: str
    #: our points of the package without / with the clause (our forecast)
    ours_fixed: float
    ours_contingent: float
    #: their points (estimate) without / with the clause (their forecast)
    theirs_fixed: float
    theirs_contingent: float
    #: contingent − fixed for each side (points)
    our_gain: float
    their_gain: float
    #: their points with the clause if OUR forecast is right
    theirs_under_our_forecast: float
    verifiable: bool
    #: empty, or why the bet is doubtful (they cannot check it; it pays them only if they are right)
    warning: str
    #: one line for the planner
    sentence: str
    #: their points without the clause if OUR forecast is right
    theirs_fixed_under_our_forecast: float = math.nan

    @property
    def joint_gain(self) -> float:
        """What the clause adds for both sides, each by its own forecast (points)."""
        return self.our_gain + self.their_gain

    @property
    def bet_gain(self) -> float:
        """What the clause adds as a bet: our gain plus their gain counted only as far as it comes
        from the forecasts differing (a gain they would also have if ours is right is a trade,
        which needs no clause); the suggestions' rank."""
        return self.our_gain + min(self.their_gain, self.forecast_gain)

    @property
    def forecast_gain(self) -> float:
        """The part of their gain that comes only from the forecasts differing: their gain by
        their forecast minus their gain if ours is right (the rest is an ordinary trade)."""
        return self.their_gain - (self.theirs_under_our_forecast - self.theirs_fixed_under_our_forecast)


def _bet(plan: Plan, fixed: Package, contingent: Package, issue: str, their: TheirValues) -> ClauseBet:
    """The bet of ``contingent``'s clause on ``issue`` against ``fixed`` (the package without it,
    or the fixed package it was made equal to)."""
    clause = contingent.clauses[issue]
    event = plan.event(clause.event)
    th = their_values_many(plan, [fixed, contingent], their, "theirs")
    tho = their_values_many(plan, [fixed, contingent], their, "ours")
    ours_f, ours_c = fixed.score, contingent.score
    our_gain, their_gain = ours_c - ours_f, float(th[1] - th[0])
    their_gain_ours = float(tho[1] - tho[0])
    warning, sentence = bet_words(plan, issue, clause, event, our_gain, their_gain, their_gain_ours)
    return ClauseBet(issue, event.name, ours_f, ours_c, float(th[0]), float(th[1]), our_gain, their_gain,
                     float(tho[1]), event.verifiable, warning, sentence, float(tho[0]))


def bets(plan: Plan, package: Package, their: TheirValues | None = None) -> list[ClauseBet]:
    """Per clause of ``package`` (in issue order), the bet against the same package without
    that clause (its base term applies always)."""
    their = _their(plan, their)
    out = []
    for issue in plan.issue_names:
        if issue in package.clauses:
            rest = {k: c for k, c in package.clauses.items() if k != issue}
            out.append(_bet(plan, package.with_clauses(rest), package, issue, their))
    return out


# -- Risk: our spread under our forecast, joint over the events --------------------------------
@dataclass(frozen=True)
class Risk:
    """Our spread under our forecast (joint over the package's events, deterministic)."""

    #: 10 %, 50 %, 90 % of our points
    points: tuple[float, float, float]
    expected: float
    #: 10/50/90 % of the total cost (plan.costs); None without a cost model
    cost: tuple[float, float, float] | None
    expected_cost: float | None


def _joint(events: Sequence[Event]) -> tuple[list[np.ndarray], np.ndarray]:
    """Indices into each event's outcomes (our forecast) for every joint draw, and the draws'
    weights: every combination when they are few, else fixed-seed draws."""
    chances = [np.asarray(e.outcomes(e.ours)[1], dtype=float) for e in events]
    sizes = [len(c) for c in chances]
    if math.prod(sizes) <= MAX_JOINT:
        grids = np.meshgrid(*[np.arange(s) for s in sizes], indexing="ij")
        idx = [g.ravel() for g in grids]
        w = np.ones(idx[0].size if idx else 1)
        for c, ix in zip(chances, idx):
            w = w * c[ix]
        return idx, w / w.sum()
    rng = np.random.default_rng(JOINT_SEED)
    idx = [rng.choice(len(c), size=JOINT_DRAWS, p=c / c.sum()) for c in chances]
    return idx, np.full(JOINT_DRAWS, 1.0 / JOINT_DRAWS)


def weighted_quantiles(x: np.ndarray, w: np.ndarray, qs: Sequence[float]) -> tuple[float, ...]:
    """Quantiles of a weighted sample: the smallest value whose cumulative weight reaches q."""
    order = np.argsort(x, kind="stable")
    xs, cw = x[order], np.cumsum(w[order])
    cw = cw / cw[-1]
    pos = np.searchsorted(cw, np.asarray(qs) - 1e-12, side="left")
    return tuple(float(xs[min(k, len(xs) - 1)]) for k in pos)


def _draws(plan: Plan, package: Package) -> tuple[dict[str, tuple[np.ndarray, np.ndarray]], np.ndarray]:
    """Per contingent issue, its effective term for each outcome of its event (our forecast)
    and the outcome's index in every joint draw; and the draws' weights."""
    events = sorted({c.event for c in package.clauses.values()})
    evs = [plan.event(e) for e in events]
    idx, w = _joint(evs)
    pos = {e: k for k, e in enumerate(events)}
    out: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    for issue, clause in package.clauses.items():
        ev = evs[pos[clause.event]]
        eff = effective_terms(clause, plan.issue(issue), package[issue], ev.outcomes(ev.ours)[0])
        out[issue] = (eff, idx[pos[clause.event]])
    return out, w


def risk(plan: Plan, package: Package) -> Risk:
    """Our points' and the total cost's 10/50/90 % and expectation under our forecast, joint
    over all events the package's clauses use (events independent; a fixed package has no spread).
    Values and money are computed once per outcome of each event, then gathered per draw."""
    qs = (0.1, 0.5, 0.9)
    draws, w = _draws(plan, package) if package.contingent else ({}, np.ones(1))
    n = len(w)
    points = np.full(n, sum(v for k, v in package.contributions().items() if k not in draws))
    for issue, (eff, ix) in draws.items():
        points = points + plan.weights[issue] * term_values(plan.issue(issue), eff)[ix]
    p3 = weighted_quantiles(points, w, qs)
    costs = plan.costs
    if costs is None:
        return Risk(p3, package.score, None, None)  # type: ignore[arg-type]

    def column(name: str | None, default: float) -> np.ndarray | float:
        if name is None:
            return default
        if name in draws:
            eff, ix = draws[name]
            return np.asarray(eff, dtype=float)[ix]
        return float(package[name])

    freight: np.ndarray | float = 0.0
    if costs.freight_issue is not None:
        eff, ix = draws.get(costs.freight_issue, (np.array([package[costs.freight_issue]], dtype=object),
                                                  np.zeros(n, dtype=np.int64)))
        freight = np.array([costs.freight.get(str(x), 0.0) for x in eff], dtype=float)[ix]
    total = price_columns(costs, column(costs.unit_price, 0.0), column(costs.volume, costs.fixed_volume),
                          freight, column(costs.payment_issue, 0.0)).total
    total = np.broadcast_to(total, (n,)).astype(float)
    return Risk(p3, package.score, weighted_quantiles(total, w, qs), float(total @ w))  # type: ignore[arg-type]


# -- Equal value to us: move a base term -------------------------------------------------------
def _value_of_terms(plan: Plan, package: Package, adjust: str):
    """A function: numbers → our expected points of ``package`` with ``adjust``'s base term set
    to each of them, all at once (the event's outcomes drawn once)."""
    issue = plan.issue(adjust)
    rest = sum(v for k, v in package.contributions().items() if k != adjust)
    w = plan.weights[adjust]
    clause = package.clauses.get(adjust)
    if clause is None:
        return lambda g: rest + w * issue.values(np.asarray(g, dtype=float))  # type: ignore[union-attr]
    event = plan.event(clause.event)
    outcomes, p = event.outcomes(event.ours)

    def f(g: Any) -> np.ndarray:
        terms = _effective_for_bases(clause, outcomes, np.asarray(g, dtype=float))
        return rest + w * (issue.values(terms) @ p)  # type: ignore[union-attr]

    return f


def _effective_for_bases(clause: AnyClause, outcomes: Any, bases: np.ndarray) -> np.ndarray:
    """``(len(bases), len(outcomes))`` effective numeric terms for many base terms at once."""
    b = bases[:, None]
    if isinstance(clause, StatesClause):
        has = np.array([s in clause.terms for s in outcomes])
        fixed = np.array([float(clause.terms.get(s, 0.0)) for s in outcomes])
        return np.where(has[None, :], fixed[None, :], b)
    x = np.asarray(outcomes, dtype=float)[None, :]
    if isinstance(clause, ThresholdClause):
        bites = x < clause.threshold if clause.when == "below" else x > clause.threshold
        return np.where(bites, float(clause.term), b)
    beyond = {"below": np.maximum(clause.pivot - x, 0.0), "above": np.maximum(x - clause.pivot, 0.0),
              "both": x - clause.pivot}[clause.when]
    change = clause.per_unit * beyond
    if clause.cap is not None:
        change = np.clip(change, -clause.cap, clause.cap)
    return b * (1.0 + change / 100.0) if clause.relative else b + change


@dataclass(frozen=True)
class EqualValueTerm:
    """Where the base term of ``adjust`` makes a contingent package worth the target to us."""

    #: the exact (continuous) term, None when no acceptable term brackets the target
    exact: float | None
    #: the grid term chosen (on the issue's step) and our expected points there minus the target
    term: float
    gap: float


def equal_value_term(plan: Plan, trial: Package, adjust: str, target: float,
                     near: float | None = None) -> EqualValueTerm | None:
    """The base term of numeric ``adjust`` at which ``trial`` (clauses included) is worth
    ``target`` points to us: the issue's acceptable grid scored at once, the bracketing pair
    (nearest ``near``) refined by repeated subdivision, then the nearest grid terms compared."""
    a = plan.issue(adjust)
    if not isinstance(a, NumericIssue):
        raise ValueError(tr("{issue} has options: no continuous term to search").format(issue=repr(adjust)))
    value = _value_of_terms(plan, trial, adjust)
    grid, ok = a.grid().astype(float), a.grid_acceptable()
    n = len(grid)  # a very fine grid is searched on MAX_SEARCH of its points, then refined
    idx = np.arange(n) if n <= MAX_SEARCH else np.unique(np.linspace(0, n - 1, MAX_SEARCH).round().astype(np.int64))
    f = np.where(ok[idx], value(grid[idx]) - target, np.nan)
    if not np.isfinite(f).any():
        return None
    candidates = {int(idx[np.nanargmin(np.abs(f))])}
    sign = np.sign(f)
    cross = np.flatnonzero((sign[:-1] * sign[1:] < 0) & np.isfinite(f[:-1]) & np.isfinite(f[1:]))
    exact = None
    if cross.size:
        cur = np.searchsorted(idx, a.index_of(trial[adjust] if near is None else near))
        k = int(cross[np.argmin(np.abs(cross - cur))])
        exact = _refine(value, target, grid[idx[k]], grid[idx[k + 1]])
        j = a.index_of(exact)
        candidates.update({j, max(j - 1, 0), min(j + 1, n - 1), int(idx[k]), int(idx[k + 1])})
    cand = np.array(sorted(c for c in candidates if ok[c]))
    fc = value(grid[cand]) - target
    pick = int(np.argmin(np.abs(fc)))
    return EqualValueTerm(exact, float(grid[cand[pick]]), float(fc[pick]))


def _refine(value, target: float, lo: float, hi: float) -> float:
    """The crossing of ``value(x) = target`` in [lo, hi] (a sign change): bisection generalised
    to 33 points a pass, all scored at once; each pass narrows the bracket 32-fold."""
    for _ in range(REFINE_PASSES):
        xs = np.linspace(lo, hi, 33)
        fx = value(xs) - target
        s = np.sign(fx)
        k = np.flatnonzero(s[:-1] * s[1:] <= 0)
        if not k.size:
            break
        lo, hi = float(xs[k[0]]), float(xs[k[0] + 1])
    return 0.5 * (lo + hi)


def contingent_version(plan: Plan, package: Package, issue: str, clause: AnyClause,
                       adjust: str | None = None) -> Package | None:
    """``package`` with ``clause`` on ``issue`` and the base term of ``adjust`` (default:
    ``issue``) moved so that its expected value to us equals ``package``'s value (within the
    MESO tolerance, as close as the issue's step allows); None when no acceptable term reaches
    it (:func:`equal_value_term`; an issue with options tries each acceptable option)."""
    target = package.score
    adjust = issue if adjust is None else adjust
    clauses = package.clauses
    clauses[issue] = clause
    trial = package.with_clauses(clauses)
    if not plan.issue(adjust).is_numeric:
        return _best_option(plan, trial, adjust, target)
    found = equal_value_term(plan, trial, adjust, target, near=float(package[adjust]))
    if found is None or abs(found.gap) >= TARGET_TOLERANCE:
        return None
    return trial.with_terms({adjust: found.term})


def _best_option(plan: Plan, trial: Package, adjust: str, target: float) -> Package | None:
    """The acceptable option of ``adjust`` that brings ``trial`` nearest ``target`` (None: none within the tolerance)."""
    issue = plan.issue(adjust)
    options = [trial.with_terms({adjust: o}) for o in issue.labels if issue.is_acceptable(o)]  # type: ignore[union-attr]
    best = min(options, key=lambda p: abs(p.score - target), default=None)
    return best if best is not None and abs(best.score - target) < TARGET_TOLERANCE else None


# -- Suggestions -------------------------------------------------------------------------------
def _round_rate(x: float) -> float:
    """Two significant digits: a rate people can read."""
    if x == 0 or not math.isfinite(x):
        return x
    d = 1 - int(math.floor(math.log10(abs(x))))
    return round(x, d)


def _spread(event: Event) -> float:
    """A typical distance between outcomes: the forecasts' gap or their 10–90 % widths."""
    o, t = event.ours, event.theirs or event.ours
    s = max(abs(float(o.likely) - float(t.likely)), float(o.high) - float(o.low),  # type: ignore[arg-type]
            float(t.high) - float(t.low))  # type: ignore[arg-type]
    return s if s > 0 else 1.0


def _numeric_candidates(plan: Plan, package: Package, issue: NumericIssue, event: Event) -> list[AnyClause]:
    base = float(package[issue.name])
    swing = SUGGESTED_SWING * (issue.max - issue.min)
    spread = _spread(event)
    pivots = sorted({float(event.ours.likely), float((event.theirs or event.ours).likely)})  # type: ignore[arg-type]
    is_price = plan.costs is not None and plan.costs.unit_price == issue.name and base > 0
    if is_price:
        cap = float(max(1.0, round(100.0 * swing / base)))
        rate, relative = _round_rate(cap / spread), True
    else:
        cap, rate, relative = _round_rate(swing), _round_rate(swing / spread), False
    out: list[AnyClause] = []
    for pivot in pivots:
        for when in ("below", "above"):
            for sign in (1.0, -1.0):
                out.append(LinearClause(event=event.name, when=when, pivot=pivot, per_unit=sign * rate,
                                        relative=relative, cap=cap))
                term = issue.snap(base + sign * swing)
                if term != base:
                    out.append(ThresholdClause(event=event.name, when=when, threshold=pivot, term=term))
    share = 0.5 if (event.unit == "%" and relative) else _round_rate(rate / 2)
    for sign in (1.0, -1.0):  # indexed, the difference shared
        for pivot in pivots:
            out.append(LinearClause(event=event.name, when="both", pivot=pivot, per_unit=sign * share,
                                    relative=relative, cap=cap))
    return out


def _option_candidates(package: Package, issue: Any, event: Event) -> list[AnyClause]:
    base = package[issue.name]
    others = [o for o in issue.labels if o != base and issue.is_acceptable(o)]
    out: list[AnyClause] = []
    if event.kind == "states":
        for s in event.states:
            out.extend(StatesClause(event=event.name, terms={s: o}) for o in others)
        return out
    pivots = sorted({float(event.ours.likely), float((event.theirs or event.ours).likely)})  # type: ignore[arg-type]
    for pivot in pivots:
        for when in ("below", "above"):
            out.extend(ThresholdClause(event=event.name, when=when, threshold=pivot, term=o) for o in others)
    return out


def _states_numeric(package: Package, issue: NumericIssue, event: Event) -> list[AnyClause]:
    base = float(package[issue.name])
    swing = SUGGESTED_SWING * (issue.max - issue.min)
    out: list[AnyClause] = []
    for s in event.states:
        for sign in (1.0, -1.0):
            term = issue.snap(base + sign * swing)
            if term != base:
                out.append(StatesClause(event=event.name, terms={s: term}))
    return out


def candidate_clauses(plan: Plan, package: Package) -> list[tuple[str, AnyClause]]:
    """Every (issue, clause) the suggestions try for ``package``: per event and issue without
    a clause that the event may change (``Event.affects``), a small family of shapes."""
    out: list[tuple[str, AnyClause]] = []
    for event in plan.events:
        if event.resolved:
            continue
        for issue in plan.issues:
            if issue.name in package.clauses or not event.may_change(issue.name):
                continue
            if isinstance(issue, NumericIssue):
                fam = (_numeric_candidates(plan, package, issue, event) if event.kind == "number"
                       else _states_numeric(package, issue, event))
            else:
                fam = _option_candidates(package, issue, event)
            out.extend((issue.name, c) for c in fam)
    return out


def _fine_issue(plan: Plan, package: Package, issue: str) -> str | None:
    """The numeric issue without a clause (other than ``issue``) whose step moves our points
    least: the finest lever to restore our value."""
    numeric = [i for i in plan.issues
               if isinstance(i, NumericIssue) and i.name not in package.clauses and i.name != issue
               and plan.weights[i.name] > 0]
    if not numeric:
        return None
    return min(numeric, key=lambda i: plan.weights[i.name] * i.step / (i.max - i.min)).name


def _equalised(plan: Plan, package: Package, issue: str, clause: AnyClause) -> Package | None:
    """A contingent version of ``package`` worth the same to us: the clause's own issue moves
    when it is numeric and gets within :data:`CLOSE_ENOUGH`; else the finest other lever."""
    target = package.score
    tried: list[Package] = []
    if plan.issue(issue).is_numeric:
        own = contingent_version(plan, package, issue, clause)
        if own is not None and abs(own.score - target) <= CLOSE_ENOUGH:
            return own
        if own is not None:
            tried.append(own)
    lever = _fine_issue(plan, package, issue)
    if lever is not None:
        other = contingent_version(plan, package, issue, clause, lever)
        if other is not None:
            tried.append(other)
    tried = [p for p in tried if p.acceptable]
    return min(tried, key=lambda p: abs(p.score - target)) if tried else None


def suggest_clauses(plan: Plan, package: Package, their: TheirValues | None = None,
                    limit: int = 3) -> list[tuple[Package, ClauseBet]]:
    """Contingent versions of ``package`` worth the same to us (expected, our forecast), the
    best bets first (:attr:`ClauseBet.bet_gain`: the joint gain, their part counted as far as it
    comes from the forecasts differing): only those worth more than :data:`MIN_THEIR_GAIN` to
    them by their forecast, and as much from the difference of forecasts; verifiable events
    first; as far as there are enough, each on another issue and another event."""
    their = _their(plan, their)
    best: dict[tuple[str, str], tuple[Package, ClauseBet]] = {}
    for issue, clause in candidate_clauses(plan, package):
        version = _equalised(plan, package, issue, clause)
        if version is None:
            continue
        bet = _bet(plan, package, version, issue, their)
        if min(bet.their_gain, bet.forecast_gain) <= MIN_THEIR_GAIN:
            continue
        key = (clause.event, issue)
        if key not in best or bet.bet_gain > best[key][1].bet_gain:
            best[key] = (version, bet)
    ranked = sorted(best.values(), key=lambda pb: (not pb[1].verifiable, -pb[1].bet_gain))
    return _diverse(ranked, max(int(limit), 0))


def _diverse(ranked: list[tuple[Package, ClauseBet]], limit: int) -> list[tuple[Package, ClauseBet]]:
    """The best ``limit`` in rank order, preferring ones on an issue and an event not yet used."""
    picked: list[int] = []
    issues: set[str] = set()
    events: set[str] = set()
    for k, (_, b) in enumerate(ranked):
        if len(picked) < limit and b.issue not in issues and b.event not in events:
            picked.append(k)
            issues.add(b.issue)
            events.add(b.event)
    for k in range(len(ranked)):
        if len(picked) < limit and k not in picked:
            picked.append(k)
    return [ranked[k] for k in sorted(picked)]


def with_contingent_options(plan: Plan, packages: Sequence[Package], their: TheirValues | None = None,
                            max_new: int = 1) -> list[Package]:
    """``packages`` (kept first, unchanged) plus up to ``max_new`` contingent versions of them
    worth the same to us, the best bets first (as :func:`suggest_clauses` ranks them: the gain
    to them by their forecast, as far as it comes from the forecasts differing), at most one per
    event; named "<name> · <event> clause" (unique among the plan's and the set's names). A version
    worth less than :func:`~.status.lowest_offer` (our reservation value, within the tolerance) is
    never one: offered, it would show our hand."""
    their = _their(plan, their)
    found: list[tuple[float, Package, ClauseBet]] = []
    for p in packages:
        if p.contingent:
            continue
        for version, bet in suggest_clauses(plan, p, their, limit=3):
            found.append((bet.bet_gain, version, bet))
    found.sort(key=lambda t: (not t[2].verifiable, -t[0]))
    out = list(packages)
    taken: set[str] = set()
    names = set(plan.package_names) | {p.name for p in packages if p.name}
    for _, version, bet in found:
        if len(out) - len(packages) >= max_new:
            break
        if bet.event in taken or version.score < lowest_offer(plan):
            continue
        taken.add(bet.event)
        base = version.name or tr("Package")
        out.append(version.named(_unique(f"{base} · {clause_label(bet.event)}", names)))
        names.add(out[-1].name)  # type: ignore[arg-type]
    return out


def _unique(base: str, names: set[str]) -> str:
    if base not in names:
        return base
    k = 2
    while f"{base} ({k})" in names:
        k += 1
    return f"{base} ({k})"


def package_total_cost(plan: Plan, package: Package) -> float | None:
    """The package's total cost (None without a cost model): a contingent package's expectation
    under our forecast, as its points are."""
    if plan.costs is None:
        return None
    if package.contingent:
        expected = risk(plan, package).expected_cost
        if expected is not None:
            return float(expected)
    return total_cost(plan, package)


def total_cost_words(plan: Plan, package: Package) -> tuple[str, str]:
    """The package's total cost as its card shows it, and the breakdown its tooltip adds up
    (("", "") without a cost model). A contingent package counts at its expected total under our
    forecast, as its points do — its base terms' total stood beside expected points — with its
    10–90 % range and the base terms' breakdown in the tooltip."""
    if plan.costs is None:
        return "", ""
    if not package.contingent:
        return format_total_cost(plan, package), cost_breakdown(plan, package)
    r = risk(plan, package)  # (package_total_cost's expectation, with its range)
    if r.expected_cost is None or r.cost is None:
        return format_total_cost(plan, package), cost_breakdown(plan, package)
    money = plan.currency
    text = tr("Total {amount} expected").format(amount=format_money(r.expected_cost, money))
    tip = tr("Expected under our forecast; 10–90 %: {low} to {high}. On the base terms: {base}").format(
        low=format_money(r.cost[0], money), high=format_money(r.cost[2], money),
        base=cost_breakdown(plan, package))
    return text, tip
