"""A choice between contingent packages as evidence about their forecast (issue 20).

The estimate values a contingent offered package as its expectation over the event's
outcomes, their belief being λ · their forecast + (1 − λ) · ours with λ a latent of every
sample; a simulated supplier with its own forecast picks by expected value.
"""

from __future__ import annotations

import numpy as np
import pytest

import meso_desk as md
from meso_desk.model.contingent.clauses import LinearClause, StatesClause, ThresholdClause, term_at
from meso_desk.model.contingent.events import Event, Forecast
from meso_desk.model.counterpart.evidence import compile_packages, compile_round, evidence_digest
from meso_desk.model.counterpart.prior import PRIOR, compile_structure, derive, dirichlet_alpha, draw_prior
from meso_desk.model.counterpart.simulated import (
    prior_supplier,
    simulated_choice,
    their_expected_value,
)
from meso_desk.model.counterpart.their_values import TheirValues
from meso_desk.model.package import Package
from meso_desk.model.scoring import score_table

ON_TIME = "On-time delivery"


@pytest.fixture(scope="module")
def plan():
    return md.example_plan("contingent")


def _base(plan):
    return dict(plan.package("Fixed price").terms)


def _bonus(plan, price, premium=12.0, rate=-4.0, cap=20.0, pivot=96.0):
    """A package whose price is ``premium`` above ``price`` unless on-time delivery falls
    below the pivot: worth more to a seller who believes their forecast (98 %) than ours (90 %)."""
    clause = LinearClause(event=ON_TIME, when="below", pivot=pivot, per_unit=rate, relative=True, cap=cap)
    return Package(plan, {**_base(plan), "Unit price": price + premium}, clauses={"Unit price": clause})


def _random_clause(plan, rng, issue):
    events = [e for e in plan.events if e.kind == "number"]
    ev = events[int(rng.integers(len(events)))]
    lo, hi = ev.ours.low, ev.ours.high
    pivot = float(rng.uniform(min(lo, ev.theirs.low), max(hi, ev.theirs.high)))
    if issue == "Unit price":
        return LinearClause(event=ev.name, when=str(rng.choice(["below", "above", "both"])), pivot=pivot,
                            per_unit=float(rng.choice([-1, 1]) * rng.uniform(0.5, 4.0)), relative=True,
                            cap=float(rng.uniform(2.0, 20.0)))
    return ThresholdClause(event=ev.name, when=str(rng.choice(["below", "above"])), threshold=pivot,
                           term=float(rng.choice([12.0, 18.0, 24.0, 30.0, 36.0, 42.0, 48.0])))


def _random_package(plan, rng):
    t = _base(plan)
    t["Unit price"] = float(np.round(rng.uniform(190, 245) * 2) / 2)
    t["Warranty"] = float(rng.choice([18.0, 24.0, 30.0, 36.0]))
    t["Delivery"] = float(rng.integers(3, 10))
    clauses = {}
    for issue in ("Unit price", "Warranty"):
        if rng.random() < 0.6:
            clauses[issue] = _random_clause(plan, rng, issue)
    return Package(plan, t, clauses=clauses)


# -- the simulated supplier ---------------------------------------------------------------
def _reference_value(plan, package, their, forecast):
    """Their expected value by brute force: a fine grid of the forecast's outcomes, the term
    that applies at each (``term_at``), their value of the issue at that term."""
    events = {e.name: e for e in plan.events}
    terms = dict(package.terms)
    total = 0.0
    for i, name in enumerate(plan.issue_names):
        only = TheirValues(their.names, np.eye(len(their.names))[i], their.values)  # issue i's value alone
        clause = package.clauses.get(name)
        if clause is None:
            total += their.weights[i] * only.value(plan, terms)
            continue
        ev = events[clause.event]
        f = ev.theirs if forecast == "theirs" else ev.ours
        xs = f.sample_points(ev.lower, ev.upper, n=2001)
        v = np.mean([only.value(plan, {**terms, name: term_at(clause, plan.issue(name), terms[name], float(x))})
                     for x in xs])
        total += their.weights[i] * v
    return total


def test_expected_value_matches_brute_force(plan):
    rng = np.random.default_rng(11)
    their = prior_supplier(plan, rng)
    for _ in range(12):
        pkg = _random_package(plan, rng)
        for forecast in ("theirs", "ours"):
            assert their_expected_value(plan, pkg, their, forecast) == pytest.approx(
                _reference_value(plan, pkg, their, forecast), abs=0.05)


def test_fixed_package_is_their_plain_value(plan):
    their = prior_supplier(plan, 4)
    pkg = plan.package("Fixed price")
    assert their_expected_value(plan, pkg, their, "theirs") == pytest.approx(their.value(plan, pkg), abs=1e-9)


def test_belief_is_a_mixture_and_none_means_ours(plan):
    their = prior_supplier(plan, 5)
    pkg = plan.package("On-time bonus")
    v1, v0 = (their_expected_value(plan, pkg, their, f) for f in ("theirs", "ours"))
    assert v1 != pytest.approx(v0, abs=1e-3)
    assert their_expected_value(plan, pkg, their, 0.3) == pytest.approx(0.3 * v1 + 0.7 * v0, abs=1e-9)
    assert their_expected_value(plan, pkg, their, {ON_TIME: "ours"}) == pytest.approx(v0, abs=1e-12)
    blind = plan.model_copy(update={"events": tuple(e.model_copy(update={"theirs": None}) if e.name == ON_TIME
                                                    else e for e in plan.events)})
    assert their_expected_value(blind, pkg, their, "theirs") == pytest.approx(v0, abs=1e-12)
    with pytest.raises(ValueError):
        their_expected_value(plan, pkg, their, 1.5)


def test_high_beta_choice_follows_expected_values(plan):
    """Over many random contingent packages, a nearly rational supplier picks the one worth
    more to them in expectation under the forecast they believe (checked against brute force)."""
    rng = np.random.default_rng(3)
    agree = total = 0
    for k in range(60):
        their = prior_supplier(plan, rng)
        pair = [_random_package(plan, rng), _random_package(plan, rng)]
        forecast = "theirs" if k % 2 else "ours"
        ref = [_reference_value(plan, p, their, forecast) for p in pair]
        if abs(ref[0] - ref[1]) < 0.5:
            continue
        total += 1
        agree += simulated_choice(plan, pair, their, forecast, beta=20.0, rng=rng) == int(np.argmax(ref))
    assert total >= 30
    assert agree == total


def test_choice_depends_on_the_forecast_believed(plan):
    their = TheirValues.opposed(plan)
    pair = [Package(plan, {**_base(plan), "Unit price": 210.0}), _bonus(plan, 210.0)]
    assert simulated_choice(plan, pair, their, "theirs", beta=None) == 1
    assert simulated_choice(plan, pair, their, "ours", beta=None) == 0


# -- the estimate's valuation of a contingent package ---------------------------------------
def test_compiled_contingent_value_is_the_expectation(plan):
    """Per posterior sample, the table rows of a contingent package give the sample's expected
    value under λ · theirs + (1 − λ) · ours."""
    st = compile_structure(plan)
    rng = np.random.default_rng(2)
    p = draw_prior(st, dirichlet_alpha(st, {}, PRIOR), 8, PRIOR, rng)
    d = derive(st, p, PRIOR)
    pkgs = [_random_package(plan, rng) for _ in range(6)] + [plan.package("On-time bonus"),
                                                             plan.package("Warranty guard")]
    cp = compile_packages(st, pkgs, plan)
    t = score_table(plan)
    for lam in (0.0, 0.35, 1.0):
        U = cp.values(d.T, {e.name: np.full(8, lam) for e in plan.events})
        for s in range(8):
            vals = []
            for i, im in enumerate(st.issues):
                lo, hi, a = im.grid_map(t.grids[i])
                v = d.V[i][:, s].astype(float)
                vals.append((1 - a) * v[lo] + a * v[hi])
            their = TheirValues(t.names, d.W[:, s], tuple(vals))
            for j, pkg in enumerate(pkgs):
                assert U[j, s] == pytest.approx(their_expected_value(plan, pkg, their, lam), abs=2e-3)


def test_without_the_plan_contingent_offers_count_fixed(plan):
    st = compile_structure(plan)
    pkg = plan.package("On-time bonus")
    a = compile_packages(st, [pkg])
    b = compile_packages(st, [dict(pkg.terms)], plan)
    assert not a.mix and not a.bets and not b.mix and not b.bets
    assert compile_packages(st, [pkg], plan).events == (ON_TIME,)


# -- recording -----------------------------------------------------------------------------
def test_recorded_round_keeps_the_clauses(plan):
    r = md.record_choice(plan, ["Fixed price", "On-time bonus", _bonus(plan, 208.0)], 1)
    offered = r.rounds[-1].offered
    assert offered[0].clauses == {}
    assert offered[1].clauses == plan.package("On-time bonus").clauses
    assert offered[2].clauses["Unit price"].per_unit == -4.0
    assert any(ev.packages is not None and ev.packages.bets for ev in compile_round(compile_structure(r),
                                                                                  r.rounds[-1], r))


def _play(plan, their, belief, n=12, beta=0.5, seed=5):
    """``n`` rounds with a simulated seller: every third a choice between two fixed prices
    (which tells the estimate that they want a higher price: otherwise always taking the
    package with the on-time bonus is as well explained by a buyer's taste for a low price
    and a belief in our forecast), the others a fixed package, the same with the bonus
    clause and a higher price, and a third one."""
    rng = np.random.default_rng(seed)
    base = _base(plan)
    for k in range(n):
        p0 = 200.0 + 2 * (k % 8)
        fixed = Package(plan, {**base, "Unit price": p0})
        other = Package(plan, {**base, "Unit price": p0 + 3, "Warranty": 36.0})
        if k % 3 == 2:
            pkgs = [fixed, Package(plan, {**base, "Unit price": p0 + 8})]
        else:
            pkgs = [fixed, _bonus(plan, p0), other] if k % 2 else [_bonus(plan, p0), other, fixed]
        plan = md.record_choice(plan, pkgs, simulated_choice(plan, pkgs, their, belief, beta=beta, rng=rng))
    return plan


@pytest.fixture(scope="module")
def seller():
    p = md.example_plan("contingent")
    return TheirValues.from_weights(p, {"Unit price": .4, "Order volume": .1, "Delivery": .1, "Payment term": .15,
                                        "Warranty": .15, "Incoterm": .1})


def test_prior_belief_is_uniform_and_reported_once_offered(plan):
    est = md.estimate_counterpart(plan)
    assert est.forecast_belief == {} and est.forecast_sentences == []
    r = md.record_choice(plan, ["Fixed price", "On-time bonus"], [])  # offered, no preference stated
    assert md.estimate_counterpart(r).forecast_belief == {}
    r = md.record_choice(plan, ["Fixed price", "On-time bonus"], 0)
    fb = md.estimate_counterpart(r).forecast_belief
    assert set(fb) == {ON_TIME}
    m, (lo, hi) = fb[ON_TIME]
    assert 0.3 < m < 0.6 and lo < 0.2 and hi > 0.8


def test_a_supplier_believing_their_forecast_raises_lambda(plan, seller):
    est = md.estimate_counterpart(_play(plan, seller, "theirs"))
    m, (lo, hi) = est.forecast_belief[ON_TIME]
    assert m > 0.6 and lo < m < hi
    if lo > 0.3 and m >= 0.6:
        assert est.forecast_sentences[0].startswith(f"Their choices suggest they believe their own forecast of {ON_TIME} (")
    assert f"({m:.1f}; 80 %: {lo:.1f}–{hi:.1f};" in est.forecast_sentences[0]


def test_a_supplier_believing_our_forecast_lowers_lambda(plan, seller):
    m, (lo, hi) = md.estimate_counterpart(_play(plan, seller, "ours")).forecast_belief[ON_TIME]
    assert m < 0.4 and hi < 0.8


def test_the_two_suppliers_are_told_apart(plan, seller):
    gaps = []
    for seed in (1, 2, 3):
        m1 = md.estimate_counterpart(_play(plan, seller, "theirs", seed=seed)).forecast_belief[ON_TIME][0]
        m0 = md.estimate_counterpart(_play(plan, seller, "ours", seed=seed)).forecast_belief[ON_TIME][0]
        gaps.append(m1 - m0)
    assert min(gaps) > 0 and np.mean(gaps) > 0.3


def test_no_forecast_of_theirs_no_belief(plan, seller):
    blind = plan.model_copy(update={"events": tuple(e.model_copy(update={"theirs": None}) for e in plan.events)})
    r = _play(blind, seller, "theirs", n=4)
    est = md.estimate_counterpart(r)
    assert est.forecast_belief == {}
    assert est._state.particles.lam == {}


def test_changing_a_forecast_changes_the_estimate(plan, seller):
    r = _play(plan, seller, "theirs", n=4)
    ev = r.event(ON_TIME)
    moved = r.model_copy(update={"events": tuple(e.model_copy(update={"theirs": Forecast(low=80, likely=85, high=90)})
                                                 if e.name == ON_TIME else e for e in r.events)})
    assert evidence_digest(r.rounds[0], r) != evidence_digest(moved.rounds[0], moved)
    assert md.estimate_counterpart(r).forecast_belief != md.estimate_counterpart(moved).forecast_belief
    assert ev.theirs is not None


def test_contingent_choice_probabilities_use_the_belief(plan, seller):
    r = _play(plan, seller, "theirs")
    est = md.estimate_counterpart(r)
    p = est.choice_probabilities([Package(plan, {**_base(plan), "Unit price": 205.0}), _bonus(plan, 205.0)])
    assert p.sum() == pytest.approx(1.0) and p[1] > p[0]


def test_states_event_clause_is_valued(plan):
    ev = Event(name="Plant", kind="states", states=("on time", "late"),
               ours=Forecast(chances={"on time": 0.3, "late": 0.7}),
               theirs=Forecast(chances={"on time": 0.9, "late": 0.1}), measured_by="the opening date")
    p2 = plan.model_copy(update={"events": plan.events + (ev,)})
    pkg = Package(p2, {**_base(p2), "Incoterm": "DAP"}, clauses={"Incoterm": StatesClause(event="Plant",
                                                                                           terms={"late": "FCA"})})
    their = prior_supplier(p2, 8)
    fca, dap = (their_expected_value(p2, Package(p2, {**_base(p2), "Incoterm": x}), their) for x in ("FCA", "DAP"))
    assert their_expected_value(p2, pkg, their, "theirs") == pytest.approx(0.9 * dap + 0.1 * fca, abs=1e-9)
    assert their_expected_value(p2, pkg, their, "ours") == pytest.approx(0.3 * dap + 0.7 * fca, abs=1e-9)


# -- plans without contingent offers are unchanged --------------------------------------------
#: The supplier example after six recorded rounds (choices, rankings, a counter-offer, "none of
#: these" with a statement), computed without contingent terms: the figures the estimate gave
#: before they were added, re-pinned when the counter-offer's term came to be read as a move
#: towards their best term (December 2026) instead of as their favourite.
BEFORE = {"Unit price": 0.097167, "Order volume": 0.24093, "Delivery": 0.374644, "Payment term": 0.087314,
          "Warranty": 0.106598, "Incoterm": 0.093346}


def _six_rounds(plan):
    a, b, c = (dict(plan.package(n).terms) for n in ("Their opening quote", "Competing quote (BATNA)", "Our ideal"))
    for k, s in enumerate([[a, b, c], [b, c, a], [c, a, b], [a, c, b], [b, a, c], [c, b, a]]):
        if k == 2:
            plan = md.record_choice(plan, s, 1, counter_offer={"Delivery": 5.0})
        elif k == 4:
            plan = md.record_choice(plan, s, None, statement_issue="Delivery")
        else:
            plan = md.record_choice(plan, s, [k % 3, (k + 1) % 3])
    return plan


def test_plan_without_events_is_as_before():
    est = md.estimate_counterpart(_six_rounds(md.example_plan("supplier")))
    assert est._state.resampled >= 1  # the resample-move ran: its random numbers are unchanged too
    for k, v in BEFORE.items():
        assert est.weights[k] == pytest.approx(v, abs=2e-6)
    assert est.forecast_belief == {}


def test_events_without_contingent_offers_change_nothing(plan):
    fixed = md.example_plan("supplier")
    with_events = fixed.model_copy(update={"events": plan.events})
    a = md.estimate_counterpart(_six_rounds(fixed))
    b = md.estimate_counterpart(_six_rounds(with_events))
    assert np.array_equal(a.sample_weights, b.sample_weights)
    assert a.weights == b.weights
    assert all(evidence_digest(r, with_events) == evidence_digest(r) for r in _six_rounds(with_events).rounds)


def test_counter_offer_on_a_contingent_package_reads_its_expectation(plan):
    """They pick the package with the on-time bonus and ask for a longer payment term: the
    tweak's "what they most want changed" counts the contingent price at its expectation."""
    st = compile_structure(plan)
    r = md.record_choice(plan, ["Fixed price", "On-time bonus"], 1, counter_offer={"Payment term": 30.0})
    evs = compile_round(st, r.rounds[-1], r)
    tweak = next(ev for ev in evs if ev.kind == "tweak")
    assert tweak.packages.bets and tweak.packages.events == (ON_TIME,)
    est = md.estimate_counterpart(r)
    assert set(est.forecast_belief) == {ON_TIME}
    # the same counter-offer on the fixed package reads no belief
    r0 = md.record_choice(plan, ["Fixed price", "On-time bonus"], 0, counter_offer={"Payment term": 30.0})
    assert not next(ev for ev in compile_round(st, r0.rounds[-1], r0) if ev.kind == "tweak").packages.bets
