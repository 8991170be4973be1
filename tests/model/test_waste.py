"""Sets without waste (issue 19, point 4): what a package leaves on the table for them, and the
engine's preference for sets whose best-for-them package is on the frontier."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

import meso_desk as md
from meso_desk.model.counterpart.their_values import TheirValues
from meso_desk.model.offers import meso
from meso_desk.model.offers.concessions import concession_margins, min_difference
from meso_desk.model.offers.frontier import pareto_frontier
from meso_desk.model.offers.meso import candidate_pool, generate_mesos
from meso_desk.model.offers.waste import (
    WASTE_EPS,
    best_for_them_waste,
    left_on_table,
    package_waste,
    waste_phrase,
)
from tests.model.meso_plans import brute_force, synthetic_plan


def _two_issue_plan() -> md.Plan:
    """Two categorical issues, three options each, values chosen for hand arithmetic."""
    a = md.CategoricalIssue(name="A", options=[md.Option(label=f"a{k}", value=v) for k, v in enumerate((100, 50, 0))])
    b = md.CategoricalIssue(name="B", options=[md.Option(label=f"b{k}", value=v) for k, v in enumerate((100, 50, 0))])
    return md.Plan(issues=(a, b), weights={"A": 0.6, "B": 0.4}, aspiration=50.0, reservation=0.0)


def test_waste_by_hand_on_a_two_issue_plan():
    # ours = 0.6·a + 0.4·b; the opposed prior: theirs = 0.5·(100 − a) + 0.5·(100 − b).
    # (a1, b1): ours 50, theirs 50 — the best for them at ≥ 50 is (a0, b2) 60/50: waste 0.
    # (a0, b1) 80/25, (a1, b0) 70/25: nothing at ≥ 70 gives them more than 25; (a0, b0) 100/0.
    # A package worth 50 to us and 42.5 to them leaves 50 − 42.5 = 7.5 on the table.
    plan = _two_issue_plan()
    th = TheirValues.opposed(plan)
    fr = pareto_frontier(plan, th)
    t = md.score_table(plan)
    rows = np.array([[1, 1], [0, 1], [1, 0], [0, 0]])
    ours, theirs = t.score_indices(rows), th.score_indices(rows)
    assert np.allclose(ours, [50, 80, 70, 100])
    assert np.allclose(theirs, [50, 25, 25, 0])
    w = left_on_table(fr, np.r_[ours, 50.0], np.r_[theirs, 42.5])
    assert np.allclose(w, [0, 0, 0, 0, 7.5])


def test_waste_matches_brute_force_on_a_small_plan():
    plan = synthetic_plan(4, 4, seed=3)
    th = TheirValues.opposed(plan)
    rows, ours = brute_force(plan)
    theirs = th.score_indices(rows)
    got = left_on_table(pareto_frontier(plan, th), ours, theirs)
    # by brute force: the best value for them among packages worth at least as much to us
    want = np.array([theirs[ours >= o - 1e-9].max() - t for o, t in zip(ours, theirs)])
    assert np.allclose(got, want, atol=1e-6)
    assert (got > 1.0).any() and (got <= 1e-9).any()


def test_best_for_them_waste_picks_their_favourite():
    theirs = np.array([[10.0, 30.0, 20.0], [5.0, 1.0, 2.0]])
    waste = np.array([[9.0, 0.3, 4.0], [2.0, 0.0, 0.0]])
    assert best_for_them_waste(theirs, waste).tolist() == [0.3, 2.0]


def test_waste_phrase():
    assert waste_phrase(7.46) == "leaves ≈ 7.5 of their points on the table"
    assert waste_phrase(WASTE_EPS) == "" and waste_phrase(0.0) == ""


def test_generated_set_carries_its_waste(supplier):
    m = generate_mesos(supplier)
    assert len(m.waste) == 3 and m.waste == m.gaps
    assert np.allclose(m.waste, package_waste(supplier, list(m)), atol=1e-6)
    assert m.waste[int(np.argmax(m.theirs))] <= WASTE_EPS
    assert max(m.waste) > 1.0  # A still asks what price is worth to them


def _valid_sets(pool, count):
    """Every set of ``count`` pool indices satisfying the engine's hard rules."""
    n = pool.rows.shape[1]
    need = min_difference(n)
    out = []
    for c in itertools.combinations(range(len(pool)), count):
        r = pool.rows[list(c)]
        if min((r[i] != r[j]).sum() for i, j in itertools.combinations(range(count), 2)) < need:
            continue
        _, margin = concession_margins(pool.conceded[list(c)])
        if margin.min() > meso.MIN_MARGIN:
            out.append(c)
    return np.array(out, dtype=np.int64).reshape(-1, count)


@pytest.mark.parametrize("strategy", ["balanced", "diverse"])
def test_a_set_on_the_frontier_is_chosen_when_one_exists(strategy):
    """Brute force over every valid set of small plans: whenever one has its best-for-them
    package on the frontier, so does the engine's."""
    checked = improvable = 0
    for seed in range(40):
        rng = np.random.default_rng(seed)
        plan = synthetic_plan(int(rng.integers(3, 6)), int(rng.integers(3, 5)), seed)
        lo, hi = meso.level_range(plan)
        level = round(float(rng.uniform(lo, hi)), 1)
        try:
            m = generate_mesos(plan, 3, level, strategy=strategy)
        except md.MesoError:
            continue
        pool = candidate_pool(plan, level, tolerance=m.tolerance)
        if len(pool) > 40:
            continue
        sets = _valid_sets(pool, 3)
        exists = (best_for_them_waste(pool.theirs[sets], pool.gap[sets]) <= WASTE_EPS).any()
        got = m.waste[int(np.argmax(m.theirs))]
        checked += 1
        if exists:
            assert got <= WASTE_EPS, (seed, level, got)
            improvable += 1
    assert checked >= 10 and improvable >= 5


def test_waste_notes_for_a_stored_set_name_the_packages_and_the_estimate(supplier):
    from meso_desk.model.offers.meso_sets import with_meso_set
    from meso_desk.model.offers.waste import waste_notes

    m = generate_mesos(supplier)
    plan, names = with_meso_set(supplier, list(m), m.level)
    notes = waste_notes(plan, [plan.package(n) for n in names])
    wasteful = [n for n, w in zip(names, m.waste) if w > WASTE_EPS]
    assert [line.split()[0] for line in notes] == wasteful and wasteful
    w = max(m.waste)
    assert any(f"leaves ≈ {w:.1f} of their points on the table (under the opposed-interests prior)" in line
               for line in notes)
