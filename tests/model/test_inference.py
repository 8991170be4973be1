"""Counterpart inference: prior, concentration on the truth, rankings vs choices,
contradictions, evidence kinds, determinism (also across processes), caches."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

import meso_desk as md
from meso_desk.model.counterpart import inference as inf
from meso_desk.model.counterpart.inference import estimate_counterpart
from meso_desk.model.counterpart.their_values import TheirValues
from meso_desk.model.edits.round_edits import record_choice
from meso_desk.model.scoring import score_table

# -- a synthetic counterpart -----------------------------------------------------------------


def toy_plan() -> md.Plan:
    """Four issues: three numeric (one finely stepped) and one categorical."""
    issues = (
        md.NumericIssue(name="Price", min=100, max=200, step=0.5, direction="lower", unit="EUR"),
        md.NumericIssue(name="Delivery", min=2, max=12, step=1, direction="lower", unit="weeks"),
        md.NumericIssue(name="Payment", min=15, max=90, step=15, direction="higher", unit="days"),
        md.CategoricalIssue(name="Incoterm", options=[("EXW", 0), ("FCA", 40), ("DAP", 80), ("DDP", 100)]),
    )
    return md.Plan(title="toy", issues=issues,
                   weights={"Price": 0.4, "Delivery": 0.3, "Payment": 0.2, "Incoterm": 0.1})


TRUE_W = {"Price": 0.10, "Delivery": 0.55, "Payment": 0.15, "Incoterm": 0.20}


def true_their(plan: md.Plan, weights=TRUE_W) -> TheirValues:
    """Opposed interests with known weights (inside the prior's support)."""
    return TheirValues.from_weights(plan, weights, label="truth")


def random_sets(plan: md.Plan, rng: np.random.Generator, k: int = 3):
    t = score_table(plan)
    rows = np.stack([rng.integers(0, len(g), size=k) for g in t.grids], axis=1)
    return rows, [t.package_terms(r) for r in rows]


def play(plan: md.Plan, truth: TheirValues, rounds: int, seed: int, *, ranking: bool = False,
         beta: float = 0.2) -> md.Plan:
    """Record ``rounds`` reactions of a logit counterpart to random sets of three packages."""
    rng = np.random.default_rng(seed)
    for _ in range(rounds):
        rows, pkgs = random_sets(plan, rng)
        u = truth.score_indices(rows)
        if ranking:
            left, order = list(range(len(u))), []
            while left:
                z = np.exp(beta * (u[left] - u[left].max()))
                k = int(rng.choice(len(left), p=z / z.sum()))
                order.append(left.pop(k))
            chosen = order
        else:
            z = np.exp(beta * (u - u.max()))
            chosen = int(rng.choice(len(u), p=z / z.sum()))
        plan = record_choice(plan, pkgs, chosen)
    return plan


def l1(est, weights=TRUE_W) -> float:
    return sum(abs(est.weights[n] - weights[n]) for n in weights)


# -- the prior ------------------------------------------------------------------------------


def test_no_rounds_is_the_opposed_interests_prior(supplier):
    est = estimate_counterpart(supplier)
    n = len(supplier.issues)
    assert est.is_prior and est.n_observations == 0
    assert est.weights == pytest.approx({k: 1 / n for k in supplier.issue_names}, abs=1e-12)
    prior = TheirValues.opposed(supplier)
    tv = est.their_values()
    t = score_table(supplier)
    for i in range(n):
        np.testing.assert_allclose(tv.values[i], prior.values[i])
    for name in supplier.package_names:
        assert est.value(name) == pytest.approx(prior.value(supplier, supplier.package(name)))
    # the samples themselves: symmetric weights, mostly opposed directions, top issue near 1/n
    assert all(abs(p - 1 / n) < 0.02 for p in est.top_issue.values())
    assert all(est.direction(n)[0] == "opposed" for n in supplier.issue_names)  # favoured, not certain
    assert all(0.4 < d["opposed"] < 0.9 for d in est.directions.values())
    lo, hi = est.intervals["Unit price"]
    assert lo < 1 / n < hi and hi - lo > 0.2
    assert t.names == tv.names


def test_prior_tilt_moves_the_prior_and_is_read_from_the_plan(supplier):
    tilted = estimate_counterpart(supplier, prior_tilt={"Delivery": 3.0})
    n = len(supplier.issues)
    assert tilted.weights["Delivery"] == pytest.approx(3 / (n + 2))
    assert max(tilted.top_issue, key=tilted.top_issue.get) == "Delivery"
    from_plan = estimate_counterpart(supplier.replace(counterpart_prior={"Delivery": 3.0}))
    assert from_plan.weights == tilted.weights
    with pytest.raises(ValueError, match="unknown issue"):
        estimate_counterpart(supplier, prior_tilt={"Colour": 2.0})
    with pytest.raises(ValueError, match="above zero"):
        estimate_counterpart(supplier, prior_tilt={"Delivery": 0.0})


def test_rounds_without_a_preference_carry_no_evidence(supplier):
    p = record_choice(supplier, supplier.package_names, [], outcome="pending")
    est = estimate_counterpart(p)
    assert est.n_observations == 0 and est.n_rounds == 1 and est.is_prior


# -- learning -------------------------------------------------------------------------------


def test_posterior_concentrates_on_the_truth():
    plan = toy_plan()
    truth = true_their(plan)
    prior = estimate_counterpart(plan)
    est = estimate_counterpart(play(plan, truth, 40, seed=3))
    assert est.n_observations == 40
    assert est.most_important == "Delivery"
    assert est.top_issue["Delivery"] > 0.8
    assert l1(est) < 0.25 < l1(prior)
    lo, hi = est.intervals["Delivery"]
    assert lo < TRUE_W["Delivery"] < hi
    assert hi - lo < prior.intervals["Delivery"][1] - prior.intervals["Delivery"][0]
    assert est.direction("Delivery") == ("opposed", pytest.approx(est.directions["Delivery"]["opposed"]))
    assert est.directions["Delivery"]["opposed"] > 0.9
    # their expected values rank packages like the truth does
    rng = np.random.default_rng(0)
    rows, _ = random_sets(plan, rng, k=200)
    r = np.corrcoef(est.values(rows), truth.score_indices(rows))[0, 1]
    assert r > 0.9


def test_more_rounds_more_certainty():
    plan = toy_plan()
    truth = true_their(plan)
    errs, widths = [], []
    for rounds in (0, 10, 60):
        ests = [estimate_counterpart(play(plan, truth, rounds, seed=s)) for s in (1, 2, 3)]
        errs.append(np.mean([l1(e) for e in ests]))
        widths.append(np.mean([hi - lo for e in ests for lo, hi in e.intervals.values()]))
    assert errs[0] > errs[1] > errs[2]
    assert widths[0] > widths[1] > widths[2]


def _top_entropy(est) -> float:
    p = np.array(list(est.top_issue.values()))
    p = p[p > 0]
    return float(-(p * np.log(p)).sum())


def test_rankings_carry_more_information_than_single_choices():
    plan = toy_plan()
    truth = true_their(plan)
    seeds = range(6)
    choice = [estimate_counterpart(play(plan, truth, 6, seed=s)) for s in seeds]
    ranked = [estimate_counterpart(play(plan, truth, 6, seed=s, ranking=True)) for s in seeds]
    assert np.mean([l1(e) for e in ranked]) < np.mean([l1(e) for e in choice])
    assert np.mean([_top_entropy(e) for e in ranked]) < np.mean([_top_entropy(e) for e in choice])


def test_compatible_interests_are_discovered():
    """A counterpart who wants short delivery as much as we do (a compatible issue)."""
    plan = toy_plan()
    t = score_table(plan)
    vals = {n: 100.0 - t.values[i] for i, n in enumerate(t.names)}
    vals["Delivery"] = t.values[t.names.index("Delivery")]  # same as ours
    truth = TheirValues.from_weights(plan, TRUE_W, values=vals)
    est = estimate_counterpart(play(plan, truth, 40, seed=5))
    d = est.directions["Delivery"]
    assert d["compatible"] > 0.8 > d["opposed"]
    assert est.direction("Delivery")[0] == "compatible"
    assert est.directions["Price"]["compatible"] < 0.5


def test_contradictory_reactions_do_not_crash_and_widen_the_intervals():
    """Each set shown twice: answered the same way both times, or once best and once worst."""
    plan = toy_plan()
    truth = true_their(plan)
    rng = np.random.default_rng(7)
    consistent, contradictory = plan, plan
    for _ in range(8):
        rows, pkgs = random_sets(plan, rng)
        u = truth.score_indices(rows)
        best, worst = int(np.argmax(u)), int(np.argmin(u))
        consistent = record_choice(record_choice(consistent, pkgs, best), pkgs, best)
        contradictory = record_choice(record_choice(contradictory, pkgs, best), pkgs, worst)
    a, b = estimate_counterpart(consistent), estimate_counterpart(contradictory)
    for e in (a, b):
        assert e.n_observations == 16
        assert np.isfinite(list(e.weights.values())).all()
        assert sum(e.weights.values()) == pytest.approx(1.0)
        assert e.ess > 100
    width = lambda e: np.mean([hi - lo for lo, hi in e.intervals.values()])  # noqa: E731
    assert width(b) > width(a)
    assert l1(b) > l1(a)
    # the very same set answered every possible way: no crash, a valid (if uncertain) estimate
    names = md.example_plan("supplier").package_names
    sup = md.example_plan("supplier")
    for k in range(6):
        sup = record_choice(sup, names, k % 3)
    e = estimate_counterpart(sup)
    assert sum(e.weights.values()) == pytest.approx(1.0) and e.n_observations == 6


def test_rationality_is_learned_from_consistency():
    """Consistent answers make them look more rational than the prior median β, answers that
    contradict each other less (the reason the intervals widen above)."""
    plan = toy_plan()
    truth = true_their(plan)
    rng = np.random.default_rng(7)
    consistent, contradictory = plan, plan
    for _ in range(8):
        rows, pkgs = random_sets(plan, rng)
        u = truth.score_indices(rows)
        best, worst = int(np.argmax(u)), int(np.argmin(u))
        consistent = record_choice(record_choice(consistent, pkgs, best), pkgs, best)
        contradictory = record_choice(record_choice(contradictory, pkgs, best), pkgs, worst)

    def median_beta(e) -> float:
        b = e.sample_betas()
        order = np.argsort(b)
        cw = np.cumsum(e.sample_weights[order])
        return float(b[order][np.searchsorted(cw, 0.5)])

    prior = estimate_counterpart(plan)
    assert median_beta(prior) == pytest.approx(prior.beta, rel=0.05)
    assert median_beta(estimate_counterpart(contradictory)) < prior.beta < median_beta(estimate_counterpart(consistent))
    b = prior.sample_betas(64)
    assert b.shape == (64,) and np.all(b > 0)
    np.testing.assert_allclose(b, prior.sample_betas()[prior.sample_indices(64)])


def test_categorical_values_follow_the_swing_convention(supplier):
    """Their worst option of a categorical issue is worth 0 and their best 100 in every sample,
    as on our side: an issue's weight is what the whole swing is worth to them."""
    p = record_choice(supplier, supplier.package_names, [1, 0, 2])
    est = estimate_counterpart(p)
    i = supplier.issue_names.index("Incoterm")
    tab = est.issue_sample_values(500)[i]  # weight × value of each option, per sample
    w = est.sample_weights_matrix(500)[:, i]
    v = tab / w[None, :]
    np.testing.assert_allclose(v.max(axis=0), 100.0, rtol=1e-4)
    np.testing.assert_allclose(v.min(axis=0), 0.0, atol=1e-3)
    # and the per-issue tables add up to the package values
    t = score_table(supplier)
    rows = np.array([t.indices_of(supplier.package(n)) for n in supplier.package_names])
    tables = est.issue_sample_values(500)
    direct = sum(tables[k][rows[:, k]] for k in range(len(tables))).T
    np.testing.assert_allclose(est.samples_values(rows, 500), direct)


def test_refusal_lowers_their_expected_value_of_what_was_offered(supplier):
    names = supplier.package_names
    prior = estimate_counterpart(supplier)
    refused = estimate_counterpart(record_choice(supplier, names, None))
    assert refused.n_observations == 1
    assert refused.plan.rounds[0].outcome == "none_acceptable"
    # "none of these" says their reservation is above the offered packages' values
    assert np.all(np.isfinite([refused.value(n) for n in names]))
    res_post = float(refused.reservation_samples() @ refused.sample_weights)
    res_prior = float(prior.reservation_samples().mean())
    assert res_post > res_prior + 3
    assert len(refused.reservation_samples()) == refused.n_samples


def test_counter_offer_points_to_what_they_want(supplier):
    names = supplier.package_names
    base = supplier.package(names[1])
    # they ask for a much higher price (opposed, as expected) on package B
    p = record_choice(supplier, [names[1]], None, outcome="pending",
                      counter_offer={"Unit price": 258.0})
    est = estimate_counterpart(p)
    assert est.n_observations == 1
    assert est.value(base.replace(**{"Unit price": 258.0})) > est.value(base)
    assert est.weights["Unit price"] > estimate_counterpart(supplier).weights["Unit price"]
    assert est.directions["Unit price"]["opposed"] > estimate_counterpart(supplier).directions["Unit price"]["opposed"]


def test_statement_is_weak_evidence_weighted_by_trust(supplier):
    def said(trust):
        p = record_choice(supplier, [supplier.package_names[0]], None, outcome="pending",
                          statement="Delivery is what matters most to us",
                          statement_issue="Delivery", statement_trust=trust)
        return estimate_counterpart(p).top_issue["Delivery"]

    prior = estimate_counterpart(supplier).top_issue["Delivery"]
    low, high = said(0.2), said(1.0)
    assert prior < low < high < 0.9


def test_their_values_and_samples_agree(supplier):
    p = record_choice(supplier, supplier.package_names, [0, 1, 2])
    est = estimate_counterpart(p)
    t = score_table(supplier)
    rows = np.array([t.indices_of(supplier.package(n)) for n in supplier.package_names])
    mean = est.values(rows)
    sv = est.samples_values(rows, 4000)
    assert sv.shape == (4000, 3)
    np.testing.assert_allclose(sv.mean(axis=0), mean, atol=1.0)
    assert np.all((sv >= -1e-6) & (sv <= 100 + 1e-6))
    for k, n in enumerate(supplier.package_names):
        assert est.value(n) == pytest.approx(mean[k], abs=1e-6)
    probs = est.choice_probabilities(supplier.package_names)
    assert probs.sum() == pytest.approx(1.0) and probs[0] == probs.max()
    w = est.sample_weights_matrix(100)
    np.testing.assert_allclose(w.sum(axis=1), 1.0)


def test_fine_numeric_terms_between_knots_are_interpolated():
    plan = toy_plan()  # Price has 201 grid points: modelled on knots
    est = estimate_counterpart(record_choice(plan, [{"Price": 100.5, "Delivery": 2, "Payment": 15,
                                                      "Incoterm": "DDP"},
                                                     {"Price": 199.5, "Delivery": 12, "Payment": 90,
                                                      "Incoterm": "EXW"}], 1))
    tv = est.their_values()
    price = tv.values[0]
    assert len(price) == 201
    assert np.all(np.isfinite(price))
    # opposed by default (and confirmed by the choice): a higher price is better for them
    assert price[-1] > price[0]
    # between two knots (2.5 EUR apart) the value is interpolated linearly
    k0 = 10  # 105.0 EUR is a knot; 105.5 lies between 105.0 and 107.5
    assert price[k0] <= price[k0 + 1] <= price[k0 + 5]
    assert price[k0 + 1] == pytest.approx(price[k0] + 0.2 * (price[k0 + 5] - price[k0]))


# -- determinism and caches ----------------------------------------------------------------------


def _fingerprint(est) -> list:
    return [est.weights, est.intervals, est.top_issue, est.directions, est.ess, est.n_observations]


def test_same_plan_same_estimate_with_or_without_caches(supplier):
    plan = supplier
    for k in range(5):  # enough rounds to pass through at least one resample-move
        plan = record_choice(plan, supplier.package_names, [k % 3, (k + 1) % 3])
    warm = _fingerprint(estimate_counterpart(plan))
    again = _fingerprint(estimate_counterpart(plan))
    inf.clear_cache()
    cold = _fingerprint(estimate_counterpart(md.Plan.model_validate_json(plan.to_json())))
    assert warm == again == cold
    assert estimate_counterpart(plan)._state.resampled >= 1


def test_notes_and_times_do_not_change_the_estimate(supplier):
    a = record_choice(supplier, supplier.package_names, 1, notes="first meeting")
    b = record_choice(supplier, supplier.package_names, 1, notes="other words")
    assert _fingerprint(estimate_counterpart(a)) == _fingerprint(estimate_counterpart(b))


def test_determinism_across_processes(tmp_path, supplier):
    plan = supplier
    for k in range(3):
        plan = record_choice(plan, supplier.package_names, k)
    path = tmp_path / "plan.meso"
    md.save_plan(plan, path)
    code = ("import json, sys, meso_desk as md\n"
            "e = md.estimate_counterpart(md.load_plan(sys.argv[1]))\n"
            "print(json.dumps([e.weights, e.intervals, e.top_issue, e.directions, e.ess]))\n")
    outs = []
    for seed in ("1", "2"):
        r = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True,
                           env={**__import__("os").environ, "PYTHONHASHSEED": seed})
        assert r.returncode == 0, r.stderr
        outs.append(r.stdout)
    here = estimate_counterpart(md.load_plan(path))
    mine = json.dumps([here.weights, here.intervals, here.top_issue, here.directions, here.ess])
    assert outs[0].strip() == outs[1].strip() == mine


def test_other_sample_sizes_and_beta(supplier):
    p = record_choice(supplier, supplier.package_names, 0)
    small = estimate_counterpart(p, n_samples=2000)
    sharp = estimate_counterpart(p, beta=1.0)
    assert small.n_samples == 2000 and sharp.beta == 1.0
    assert sharp.ess < estimate_counterpart(p).ess  # a sharper choice model learns more from one choice
    with pytest.raises(ValueError):
        estimate_counterpart(p, n_samples=10)
    with pytest.raises(ValueError):
        estimate_counterpart(p, beta=0.0)
    with pytest.raises(ValueError, match="no issues"):
        estimate_counterpart(md.Plan())


def test_summary_and_repr_are_plain_words(supplier):
    est = estimate_counterpart(record_choice(supplier, supplier.package_names, 0))
    lines = est.summary()
    assert len(lines) == len(supplier.issues)
    assert all("%" in s for s in lines)
    assert "1 observation," in repr(est)


def test_the_cache_keeps_few_sample_sets(monkeypatch):
    monkeypatch.setattr(inf, "_MAX_SAMPLE_SETS", 2)
    inf.clear_cache()
    plan = toy_plan()
    p = play(plan, true_their(plan), 40, seed=2)
    est = estimate_counterpart(p)
    assert est._state.resampled > inf._MAX_SAMPLE_SETS
    model = est._model
    assert len({id(s.particles) for s in model.states.values()}) <= inf._MAX_SAMPLE_SETS
    # a prefix that fell out of the cache is recomputed to the same estimate
    inf.clear_cache()
    again = estimate_counterpart(p)
    assert _fingerprint(again) == _fingerprint(est)
