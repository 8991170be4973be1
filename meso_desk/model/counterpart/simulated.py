"""A simulated counterpart with its own forecast, for tests and benchmarks.

A supplier who knows their values (a :class:`TheirValues`) and believes a forecast of each
uncertain event values a contingent package as its *expected* value to them: the mean over
the event's outcomes of their value of the terms that then apply (docs/contingent-terms.md).
:func:`simulated_choice` picks among packages by logit on those expected values (or the best
one, ``beta=None``), so that a package with a clause is preferred exactly when — with a high
β — its expected value to them beats the others'. Nothing here is shown to the other side.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np

from ..base import Term
from ..contingent.clauses import effective_terms
from ..contingent.events import Event, Forecast
from ..plan import Plan
from ..preferences.issues import NumericIssue
from ..scoring import score_table
from .prior import PRIOR, PriorSettings, compile_structure, derive, dirichlet_alpha, draw_prior
from .their_values import TheirValues

#: What the supplier believes about an event: "theirs" (their own forecast; ours when they
#: gave none), "ours", a number λ in 0..1 (the mixture λ · theirs + (1 − λ) · ours), or a
#: Forecast of their own.
Belief = str | float | Forecast
ForecastSpec = Belief | Mapping[str, Belief]


def _belief_of(spec: ForecastSpec, event: Event) -> Belief:
    if isinstance(spec, Mapping):
        return spec.get(event.name, "theirs")
    return spec


def _outcome_chances(event: Event, belief: Belief) -> tuple[list[np.ndarray | tuple[str, ...]], list[np.ndarray]]:
    """The outcomes and chances the supplier believes (a mixture is two weighted lists)."""
    if isinstance(belief, Forecast):
        o, p = event.outcomes(belief)
        return [o], [p]
    if isinstance(belief, str):
        if belief not in ("theirs", "ours"):
            raise ValueError(f"a belief is 'theirs', 'ours', a number 0..1 or a Forecast, not {belief!r}")
        lam = 1.0 if belief == "theirs" else 0.0
    else:
        lam = float(belief)
        if not (math.isfinite(lam) and 0.0 <= lam <= 1.0):
            raise ValueError("a belief λ must lie between 0 and 1")
    if event.theirs is None or lam <= 0.0:
        o, p = event.outcomes(event.ours)
        return [o], [p]
    o1, p1 = event.outcomes(event.theirs)
    if lam >= 1.0:
        return [o1], [p1]
    o0, p0 = event.outcomes(event.ours)
    return [o1, o0], [lam * np.asarray(p1, float), (1.0 - lam) * np.asarray(p0, float)]


def _issue_values(plan: Plan, their: TheirValues, i: int, terms: np.ndarray) -> np.ndarray:
    """Their value 0..100 of issue ``i`` at each of ``terms`` (numeric: interpolated on the
    grid, flat beyond it; options by label)."""
    issue = plan.issues[i]
    if isinstance(issue, NumericIssue):
        grid = score_table(plan).grids[i].astype(float)
        return np.interp(np.asarray(terms, dtype=float), grid, np.asarray(their.values[i], float))
    return np.array([float(their.values[i][issue.index_of(str(t))]) for t in terms])


def their_expected_value(plan: Plan, package: Mapping[str, Term], their: TheirValues,
                         forecast: ForecastSpec = "theirs") -> float:
    """Their expected value (0..100) of ``package`` (a Package with clauses, or terms): a fixed
    term as :meth:`TheirValues.value`, a contingent one the mean over the outcomes they
    believe (``forecast``, see :data:`ForecastSpec`) of their value of the terms that apply."""
    clauses = getattr(package, "clauses", None) or {}
    total = 0.0
    for i, name in enumerate(plan.issue_names):
        base = package[name]
        clause = clauses.get(name)
        event = None
        if clause is not None:
            try:
                event = plan.event(clause.event)
            except KeyError:
                event = None
        if clause is None or event is None:
            v = float(_issue_values(plan, their, i, [base])[0])  # type: ignore[arg-type]
        else:
            v = 0.0
            for outcomes, p in zip(*_outcome_chances(event, _belief_of(forecast, event))):
                terms = effective_terms(clause, plan.issues[i], base, outcomes)
                v += float(np.asarray(p, float) @ _issue_values(plan, their, i, terms))
        total += float(their.weights[i]) * v
    return total


def their_expected_values(plan: Plan, packages: Sequence[Mapping[str, Term]], their: TheirValues,
                          forecast: ForecastSpec = "theirs") -> np.ndarray:
    return np.array([their_expected_value(plan, p, their, forecast) for p in packages], dtype=float)


def simulated_choice(plan: Plan, packages: Sequence[Mapping[str, Term]], their: TheirValues,
                     forecast: ForecastSpec = "theirs", beta: float | None = 0.2,
                     rng: np.random.Generator | int | None = None) -> int:
    """The index of the package a simulated supplier picks: a logit on their expected values
    with rationality ``beta`` per point (``None``: the best one, the first on a tie)."""
    if not packages:
        raise ValueError("no packages to choose from")
    v = their_expected_values(plan, packages, their, forecast)
    if beta is None or math.isinf(beta):
        return int(np.argmax(v))
    z = float(beta) * (v - v.max())
    p = np.exp(z)
    p /= p.sum()
    g = rng if isinstance(rng, np.random.Generator) else np.random.default_rng(rng)
    return int(g.choice(len(packages), p=p))


def prior_supplier(plan: Plan, rng: np.random.Generator | int | None = None,
                   settings: PriorSettings = PRIOR, label: str = "simulated supplier") -> TheirValues:
    """A supplier drawn from the estimate's own prior family (weights and value curves) as
    a :class:`TheirValues` on the plan's grids."""
    g = rng if isinstance(rng, np.random.Generator) else np.random.default_rng(rng)
    st = compile_structure(plan)
    p = draw_prior(st, dirichlet_alpha(st, {}, settings), 1, settings, g)
    d = derive(st, p, settings)
    t = score_table(plan)
    values = []
    for i, im in enumerate(st.issues):
        v = d.V[i][:, 0].astype(float)
        lo, hi, a = im.grid_map(t.grids[i])
        values.append((1.0 - a) * v[lo] + a * v[hi])
    return TheirValues(t.names, d.W[:, 0], tuple(values), label)
