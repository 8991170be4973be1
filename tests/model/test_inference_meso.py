"""The MESO engine with the counterpart estimate: equal value, near-efficient, informative."""

from __future__ import annotations

import numpy as np
import pytest

import meso_desk as md
from meso_desk.model.offers.information import (
    NEAR_EFFICIENT_POINTS,
    InformationScorer,
    expected_information_gain,
    expected_top_information,
    expected_weight_information,
    informed_strategy,
    set_information,
    weight_information,
)
from meso_desk.model.offers.meso import candidate_pool, generate_mesos
from meso_desk.model.scoring import score_table


@pytest.fixture
def played(supplier):
    """The supplier plan after two rounds of engine-made MESOs."""
    p = supplier
    for chosen in (0, [2, 1]):
        m = generate_mesos(p, 3)
        p = md.record_choice(p, list(m), chosen)
    return p


def test_with_rounds_the_engine_uses_the_estimate(played):
    m = md.generate_mesos(played, 3)
    est = md.estimate_counterpart(played)
    assert m.their_label.startswith("estimate from")
    assert m.theirs == pytest.approx([est.value(p) for p in m], abs=1e-6)
    for p, ours in zip(m, m.ours):
        assert p.acceptable
        assert abs(ours - played.aspiration) <= m.tolerance + 1e-9
        assert ours >= played.reservation
    # near-efficient under the estimate: the best package of the set is close to the best we can give
    pool = candidate_pool(played, played.aspiration, their=est.their_values(), tolerance=m.tolerance)
    assert max(m.theirs) >= pool.theirs.max() - NEAR_EFFICIENT_POINTS - 1e-9


def test_strategies_trade_learning_against_pleasing(played):
    est = md.estimate_counterpart(played)
    sets = {s: md.generate_mesos(played, 3, strategy=s) for s in ("learn", "balanced", "please")}
    info = {s: float(expected_weight_information(est, [list(m)], n_samples=2000)[0]) for s, m in sets.items()}
    bits = {s: float(expected_information_gain(est, [list(m)], n_samples=2000)[0]) for s, m in sets.items()}
    best = {s: max(est.value(p) for p in m) for s, m in sets.items()}
    top = {s: float(expected_top_information(est, [list(m)], n_samples=2000)[0]) for s, m in sets.items()}
    assert top["learn"] >= top["please"] - 1e-9 and top["learn"] >= top["balanced"] - 1e-9
    assert bits["learn"] > 0.05 and info["balanced"] > 0.0
    assert best["please"] >= best["learn"] - 1e-9
    assert all(m.their_label.startswith("estimate") for m in sets.values())


def test_without_rounds_the_engine_is_unchanged(supplier):
    assert [dict(p) for p in md.generate_mesos(supplier, 3)] == \
        [dict(p) for p in generate_mesos(supplier, 3, their=None, strategy="balanced")]
    assert informed_strategy(supplier, None, "balanced") == (None, "balanced")
    assert informed_strategy(supplier, None, "please") == (None, "efficient")
    assert informed_strategy(supplier, None, "diverse") == (None, "diverse")
    their, scorer = informed_strategy(supplier, None, "learn")
    assert isinstance(scorer, InformationScorer) and their.label.startswith("opposed-interests prior")
    m = md.generate_mesos(supplier, 3, strategy="learn")  # learning under the prior works too
    assert len(m) == 3


def test_an_explicit_estimate_is_respected(played):
    mine = md.TheirValues.opposed(played)
    their, strategy = informed_strategy(played, mine, "balanced")
    assert their is mine and strategy == "balanced"
    m = md.generate_mesos(played, 3, their=mine)
    assert m.their_label == mine.label


def test_engine_with_rounds_is_deterministic(played):
    a = [dict(p) for p in md.generate_mesos(played, 3)]
    b = [dict(p) for p in md.generate_mesos(md.Plan.model_validate_json(played.to_json()), 3)]
    assert a == b


def test_information_gain_properties(supplier):
    est = md.estimate_counterpart(supplier)
    names = supplier.package_names
    same = [supplier.package(names[0])] * 3
    diff = [supplier.package(n) for n in names]
    bits = expected_information_gain(est, [same, diff])
    assert bits[0] == pytest.approx(0.0, abs=1e-6)
    assert 0.0 < bits[1] <= np.log2(3) + 1e-9
    # grid-index input gives the same figure
    t = score_table(supplier)
    rows = np.array([[t.indices_of(p) for p in diff]])
    assert expected_information_gain(est, rows)[0] == pytest.approx(bits[1])
    # a set whose outcome every sample agrees on teaches nothing
    vals = np.tile(np.array([[90.0, 10.0, 10.0]], dtype=np.float32), (50, 1))
    assert set_information(vals, np.array([[0, 1, 2]]), 0.2)[0] == pytest.approx(0.0, abs=1e-6)


def test_weight_information_is_the_law_of_total_variance():
    """Brute force on a tiny posterior: the variance of E[w | choice] over the choice."""
    rng = np.random.default_rng(3)
    M, n = 400, 3
    W = rng.dirichlet(np.ones(n), size=M).astype(np.float32)
    vals = (W @ rng.uniform(0, 100, size=(n, 4)).astype(np.float32))  # (M, 4 packages)
    sets = np.array([[0, 1, 2], [1, 2, 3], [0, 0, 0]])
    got = weight_information(vals, W, sets, 0.2)
    for v, s in enumerate(sets):
        U = vals[:, s] * 0.2
        P = np.exp(U - U.max(axis=1, keepdims=True))
        P /= P.sum(axis=1, keepdims=True)
        pc = P.mean(axis=0)
        cond = (P.T @ W) / (M * pc[:, None])  # E[w | c]
        expected = float((pc[:, None] * (cond - W.mean(axis=0)) ** 2).sum())
        assert got[v] == pytest.approx(expected, rel=1e-3, abs=1e-9)
    assert got[2] == pytest.approx(0.0, abs=1e-9)  # the same package three times teaches nothing
    assert np.all(got >= 0)
    # per-sample rationality: a set they all answer at random (β → 0) teaches nothing either
    assert weight_information(vals, W, sets[:1], np.full(M, 1e-6))[0] == pytest.approx(0.0, abs=1e-9)


def test_learning_sets_teach_more_than_random_equal_value_sets(played):
    est = md.estimate_counterpart(played)
    m = md.generate_mesos(played, 3, strategy="learn")
    pool = candidate_pool(played, played.aspiration, their=est.their_values(), tolerance=m.tolerance)
    rng = np.random.default_rng(0)
    random_sets = [[pool.package(int(k)) for k in rng.choice(len(pool), 3, replace=False)] for _ in range(40)]
    chosen = expected_weight_information(est, [list(m)], n_samples=2000)[0]
    baseline = expected_weight_information(est, random_sets, n_samples=2000)
    assert chosen > np.median(baseline)
    assert expected_information_gain(est, [list(m)], n_samples=2000)[0] > 0.05


def test_rounds_without_a_reaction_leave_the_engine_unchanged(supplier):
    p = md.record_choice(supplier, supplier.package_names, [], outcome="pending", notes="no answer yet")
    assert [dict(x) for x in md.generate_mesos(p, 3)] == [dict(x) for x in md.generate_mesos(supplier, 3)]
