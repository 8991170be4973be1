"""The Pareto frontier: exact against brute force, acceptable, sorted, usable by other views."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from meso_plans import brute_force, small_plans, synthetic_plan

import meso_desk as md
from meso_desk.model.counterpart.their_values import TheirValues
from meso_desk.model.offers.frontier import frontier_on_grid, pareto_frontier


def brute_frontier(ours: np.ndarray, theirs: np.ndarray) -> np.ndarray:
    """Value pairs of the non-dominated packages (one per distinct pair), by plain sorting
    (values rounded to 1e-9 so that sums equal up to the last bits count as equal)."""
    ro, rt = np.round(ours, 9), np.round(theirs, 9)
    o = np.lexsort((-rt, -ro))
    sb = rt[o]
    best_before = np.maximum.accumulate(np.concatenate([[-np.inf], sb[:-1]]))
    keep = o[sb > best_before]
    return np.c_[ours[keep], theirs[keep]]


def assert_same_frontier(f, ours: np.ndarray, theirs: np.ndarray) -> None:
    ref = brute_frontier(ours, theirs)
    got = np.c_[f.ours, f.theirs]
    # every true frontier point is found ...
    for a, b in ref:
        assert np.any((np.abs(got[:, 0] - a) < 1e-7) & (np.abs(got[:, 1] - b) < 1e-7)), (a, b)
    # ... and nothing dominated is reported
    for a, b in got:
        dominated = (ours >= a - 1e-9) & (theirs >= b - 1e-9) & ((ours > a + 1e-7) | (theirs > b + 1e-7))
        assert not dominated.any(), (a, b)
    assert len(got) == len(ref)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=small_plans(), data=st.data())
def test_frontier_is_exact_on_random_plans(plan, data):
    t = md.score_table(plan)
    their_w = data.draw(st.lists(st.integers(1, 10), min_size=len(t.names), max_size=len(t.names)))
    shuffle = data.draw(st.booleans())
    values = None
    if shuffle:  # their values not simply opposed to ours: any order of the options
        values = {n: list(np.random.default_rng(k).permutation(100.0 - t.values[k])) for k, n in enumerate(t.names)}
    their = TheirValues.from_weights(plan, [float(x) for x in their_w], values)
    rows, ours = brute_force(plan)
    f = pareto_frontier(plan, their)
    assert f.exact
    assert_same_frontier(f, ours, their.score_indices(rows))
    # the reported rows carry the reported values and are acceptable
    assert np.allclose(t.score_indices(f.rows), f.ours)
    assert np.allclose(their.score_indices(f.rows), f.theirs)
    assert t.acceptable_indices(f.rows).all()


def test_frontier_sorted_and_strictly_trading_off():
    plan = synthetic_plan(6, 6, seed=3, numeric_every=2, unacceptable=True)
    f = pareto_frontier(plan)
    assert len(f) > 5
    assert np.all(np.diff(f.ours) < 0)
    assert np.all(np.diff(f.theirs) > 0)


def test_unacceptable_terms_only_on_request():
    plan = synthetic_plan(4, 5, seed=1, numeric_every=2, unacceptable=True)
    t = md.score_table(plan)
    assert not all(a.all() for a in t.acceptable)
    strict = pareto_frontier(plan)
    assert t.acceptable_indices(strict.rows).all()
    loose = pareto_frontier(plan, acceptable_only=False)
    rows, ours = brute_force(plan, acceptable_only=False)
    assert_same_frontier(loose, ours, TheirValues.opposed(plan).score_indices(rows))
    assert not t.acceptable_indices(loose.rows).all()


def test_fixed_terms_pin_issues():
    plan = synthetic_plan(5, 5, seed=2)
    name = plan.issue_names[0]
    f = pareto_frontier(plan, fixed={name: "o3"})
    assert {p[name] for p in f.packages()} == {"o3"}
    rows, ours = brute_force(plan)
    keep = rows[:, 0] == 3
    assert_same_frontier(f, ours[keep], TheirValues.opposed(plan).score_indices(rows[keep]))


def test_fine_numeric_issue_exact_by_default_and_coarsened_on_request():
    plan = md.example_plan("supplier")
    f = pareto_frontier(plan)
    assert f.exact
    coarse = pareto_frontier(plan, max_levels=10)
    assert not coarse.exact
    # coarse frontier points are real packages that the exact frontier weakly dominates
    best = f.best_theirs_at(coarse.ours)
    assert np.all(best >= coarse.theirs - 1e-9)
    # all packages valid on the true step and acceptable
    for p in f.packages()[:20]:
        assert p.acceptable


def test_best_theirs_at_and_gap():
    plan = synthetic_plan(4, 4, seed=5)
    f = pareto_frontier(plan)
    assert np.isnan(f.best_theirs_at(f.ours[0] + 1.0)[0])  # no package is worth that much to us
    assert f.best_theirs_at(f.ours[-1] - 1.0)[0] == pytest.approx(f.theirs.max())
    assert np.allclose(f.gap(f.ours, f.theirs), 0.0)
    rows, ours = brute_force(plan)
    theirs = TheirValues.opposed(plan).score_indices(rows)
    g = f.gap(ours, theirs)
    assert np.all(g >= 0)
    # a package with zero gap is not dominated by any other package
    k = int(np.argmax(g == 0))
    assert not np.any((ours >= ours[k]) & (theirs > theirs[k] + 1e-7))


def test_merge_on_plain_arrays():
    rows, a, b = frontier_on_grid([np.array([0.0, 1.0]), np.array([0.0, 2.0])],
                                  [np.array([1.0, 0.0]), np.array([3.0, 0.0])])
    assert a.tolist() == [3.0, 2.0, 1.0, 0.0]
    assert b.tolist() == [0.0, 1.0, 3.0, 4.0]
    assert rows.tolist() == [[1, 1], [0, 1], [1, 0], [0, 0]]


def test_frontier_needs_additive_values():
    plan = synthetic_plan(3, 3)
    with pytest.raises(TypeError):
        pareto_frontier(plan, their=lambda rows: rows.sum(axis=1))


def test_public_api():
    plan = md.example_plan("hiring")
    f = md.pareto_frontier(plan)
    assert isinstance(f, md.Frontier)
    assert len(f.packages()) == len(f)
