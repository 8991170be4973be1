"""The outcome plot's value of a contingent package for them comes from the posterior samples
themselves: each sample's weights, curves and belief λ in their own forecast, as the estimate
counts a recorded contingent offer; its 80 % interval too, so the uncertainty of the clause
(how far they believe their forecast) widens it."""

from __future__ import annotations

import numpy as np
import pytest

import meso_desk as md
from meso_desk.model.contingent.clauses import LinearClause, ThresholdClause
from meso_desk.model.counterpart.outcome import (
    Estimate,
    package_outcome,
    package_outcomes,
    their_beliefs,
    their_estimate,
)
from meso_desk.model.counterpart.simulated import simulated_choice, their_expected_value
from meso_desk.model.counterpart.their_values import TheirValues
from meso_desk.model.package import Package
from meso_desk.model.scoring import score_table

ON_TIME = "On-time delivery"


@pytest.fixture(scope="module")
def plan():
    return md.example_plan("contingent")


def _base(plan):
    return dict(plan.package("Fixed price").terms)


def _bonus(plan, price, premium=12.0):
    """A price ``premium`` above ``price`` unless on-time delivery falls below 96 %: worth more to
    a seller who believes their forecast (98 %) than ours (90 %)."""
    clause = LinearClause(event=ON_TIME, when="below", pivot=96.0, per_unit=-4.0, relative=True, cap=20.0)
    return Package(plan, {**_base(plan), "Unit price": price + premium}, clauses={"Unit price": clause})


def _played(plan, n=12, seed=5):
    """``n`` rounds with a seller who believes their own forecast and wants a high price (every
    third a choice between two fixed prices, the others a fixed package, the same with the bonus
    clause and a higher price, and a third one): the samples' λ comes to go with their curves."""
    seller = TheirValues.from_weights(plan, {"Unit price": .4, "Order volume": .1, "Delivery": .1,
                                             "Payment term": .15, "Warranty": .15, "Incoterm": .1})
    rng = np.random.default_rng(seed)
    base = _base(plan)
    for k in range(n):
        p0 = 200.0 + 2 * (k % 8)
        fixed = Package(plan, {**base, "Unit price": p0})
        other = Package(plan, {**base, "Unit price": p0 + 3, "Warranty": 36.0})
        pkgs = ([fixed, Package(plan, {**base, "Unit price": p0 + 8})] if k % 3 == 2
                else [fixed, _bonus(plan, p0), other])
        plan = md.record_choice(plan, pkgs, simulated_choice(plan, pkgs, seller, "theirs", beta=0.5, rng=rng))
    return plan


def _with_package(plan, name, package):
    stored = plan.stored_package("Fixed price").model_copy(
        update={"name": name, "terms": dict(package.terms), "clauses": dict(package.clauses)})
    return plan.replace(packages=plan.packages + (stored,))


def _brute_force(plan, est, package):
    """Their expected value of ``package`` by brute force: sample by sample, that sample's
    weights and curves as a TheirValues, the package's expectation under that sample's belief λ
    (the simulated supplier's own valuation), averaged with the samples' weights."""
    t = score_table(plan)
    W, V, lam = est._state.derived.W, est._state.derived.V, est._state.particles.lam
    w = est.sample_weights
    maps = [im.grid_map(t.grids[i]) for i, im in enumerate(est._model.structure.issues)]
    total = 0.0
    for s in np.flatnonzero(w):
        curves = tuple((1 - a) * V[i][lo, s].astype(float) + a * V[i][hi, s].astype(float)
                       for i, (lo, hi, a) in enumerate(maps))
        their = TheirValues(t.names, W[:, s].astype(float), curves)
        belief = {e.name: float(lam[e.name][s]) if e.name in lam else 0.5 for e in plan.events}
        total += w[s] * their_expected_value(plan, package, their, belief)
    return total


def test_a_contingent_package_is_worth_the_mean_of_the_samples_own_values(plan):
    played = _with_package(_played(plan), "Bonus 206", _bonus(plan, 206.0))
    src = md.estimate_counterpart(played, n_samples=400)
    est = Estimate(src.their_values(), "test", src.n_observations, src)
    assert ON_TIME in src.forecast_belief  # λ was drawn and moved by their choices
    out = {o.name: o for o in package_outcomes(played, est)}
    for name in ("Bonus 206", "On-time bonus", "Steel indexed"):
        pkg = played.package(name)
        assert out[name].theirs == pytest.approx(_brute_force(played, src, pkg), abs=5e-3)
    # not the mean belief's value: λ goes with the samples' price curves
    pkg = played.package("Bonus 206")
    mean_lambda = their_expected_value(played, pkg, src.their_values(), their_beliefs(played, est))
    assert abs(out["Bonus 206"].theirs - mean_lambda) > 0.2
    # the agreement (any package given by its terms and clauses) is valued the same way, with an interval
    agreed = package_outcome(played, est, pkg.terms, "agreed", pkg.clauses)
    assert agreed.theirs == pytest.approx(out["Bonus 206"].theirs, abs=1e-9)
    assert agreed.interval == pytest.approx(out["Bonus 206"].interval, abs=1e-9)
    assert agreed.interval[0] < agreed.theirs < agreed.interval[1]


#: Their worst terms under the opposed-interests prior (our best ones are in "Our ideal").
THEIR_BEST = {"Unit price": 260.0, "Delivery": 12.0, "Payment term": 15.0, "Warranty": 12.0}


@pytest.mark.parametrize("rounds", ["a contingent choice", "fixed choices only"])
def test_a_clause_worth_much_only_if_they_believe_their_forecast_widens_the_interval(plan, rounds):
    """Our ideal terms, each moving to the one best for them if deliveries are on time by 96 %
    (their forecast: nearly sure; ours: hardly ever): worth a lot to them if they believe their
    forecast, little if not — and how far they do is uncertain, whether a recorded contingent
    offer has drawn λ or not yet (then from its uniform prior). Its interval is wider than the
    base terms' interval moved by what the clauses add on average (what it was before)."""
    if rounds == "a contingent choice":
        p = md.record_choice(plan, ["Fixed price", "On-time bonus", "Steel indexed"], 1)
        p = md.record_choice(p, ["Fixed price", "Our ideal"], 0)
    else:
        p = md.record_choice(plan, ["Fixed price", "Their opening quote"], 1)
        p = md.record_choice(p, ["Competing quote (BATNA)", "Our ideal"], 0)
    terms = dict(plan.package("Our ideal").terms)
    clauses = {k: ThresholdClause(event=ON_TIME, when="above", threshold=96.0, term=v) for k, v in THEIR_BEST.items()}
    p = _with_package(_with_package(p, "Bet", Package(p, terms, clauses=clauses)), "Bet base", Package(p, terms))
    est = their_estimate(p)
    assert not est.is_prior and (ON_TIME in est.source.forecast_belief) == (rounds == "a contingent choice")
    out = {o.name: o for o in package_outcomes(p, est)}
    bet, base = out["Bet"], out["Bet base"]
    assert bet.theirs - base.theirs > 10.0  # the clauses are worth much to them on average
    width = bet.interval[1] - bet.interval[0]
    assert width > base.interval[1] - base.interval[0] + 3.0
    assert bet.interval[0] < bet.theirs < bet.interval[1]
    # the same samples and draws on every call: the plot does not flicker
    again = package_outcomes(p, est, ["Bet"])[0]
    assert again.theirs == pytest.approx(bet.theirs, abs=1e-9) and again.interval == pytest.approx(bet.interval, abs=1e-9)


def test_the_prior_keeps_the_mean_belief_and_no_interval(plan):
    est = their_estimate(plan)
    assert est.is_prior
    for o in package_outcomes(plan, est):
        pkg = plan.package(o.name)
        assert o.interval is None
        assert o.theirs == pytest.approx(their_expected_value(plan, pkg, est.their, 0.5), abs=1e-9)
    pkg = plan.package("On-time bonus")
    assert package_outcome(plan, est, pkg.terms, "agreed", pkg.clauses).interval is None
