"""Band queries: every package in the band is found (brute force), caps are deterministic."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from meso_plans import brute_force, small_plans, synthetic_plan

import meso_desk as md
from meso_desk.model.counterpart.their_values import TheirValues
from meso_desk.model.offers.band import (
    LEVEL_TOL,
    band_grid,
    halves,
    nearest_levels,
    packages_in_band,
    split_issues,
    value_range,
)


def as_set(rows: np.ndarray) -> set[tuple[int, ...]]:
    return set(map(tuple, rows.tolist()))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=small_plans(), lo=st.floats(0, 100), width=st.sampled_from([0.0, 0.5, 1.0, 5.0, 30.0]))
def test_band_finds_every_package(plan, lo, width):
    rows, ours = brute_force(plan)
    hi = lo + width
    b = packages_in_band(plan, lo, hi, cap=10**6)
    # brute force, ignoring packages within rounding distance of the edges
    sure = (ours >= lo + 1e-9) & (ours <= hi - 1e-9)
    maybe = (ours >= lo - 1e-9) & (ours <= hi + 1e-9)
    got = as_set(b.rows)
    assert as_set(rows[sure]) <= got <= as_set(rows[maybe])
    assert b.total == len(b.rows) and not b.capped
    assert b.exact
    assert np.allclose(md.score_table(plan).score_indices(b.rows), b.ours) if len(b) else True
    assert np.all(np.diff(b.ours) <= 1e-12)  # highest first


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=small_plans(), level=st.floats(0, 100))
def test_nearest_levels_match_brute_force(plan, level):
    rows, ours = brute_force(plan)
    grid = band_grid(plan)
    below, above = nearest_levels(grid, level, floor=plan.reservation)
    ok = ours >= plan.reservation - 1e-9
    # a package at the level (within LEVEL_TOL) counts on both sides; sums added in another
    # order differ by ~1e-13, so a value that close to the tolerance's edge may go either way:
    # the answer is the nearest of some set S with sure <= S <= maybe
    near_edge = np.abs(np.abs(ours - level) - LEVEL_TOL) <= 1e-11
    for got, side, pick in ((below, ours <= level + LEVEL_TOL, np.max), (above, ours >= level - LEVEL_TOL, np.min)):
        sure, maybe = ours[ok & side & ~near_edge], ours[ok & (side | near_edge)]
        assert (got is not None) if len(sure) else (got is None or len(maybe) > 0)
        if got is not None:
            ends = [pick(maybe)] + ([pick(sure)] if len(sure) else [])
            assert min(ends) - 1e-7 <= got <= max(ends) + 1e-7
    lo, hi = value_range(grid)
    assert lo == pytest.approx(ours.min(), abs=1e-7) and hi == pytest.approx(ours.max(), abs=1e-7)


def test_a_package_at_the_level_counts_on_both_sides():
    # once seen: 4 issues of 0.25 each, a level one rounding error off a package's value was
    # "above" it on the grid and "below" it by brute force (the sums were added in another order)
    plan = synthetic_plan(4, 3, seed=11)
    rows, ours = brute_force(plan)
    grid = band_grid(plan)
    for v in np.unique(ours[ours >= plan.reservation - 1e-9]):
        for level in (v, np.nextafter(v, -np.inf), np.nextafter(v, np.inf), v + 1e-13, v - 1e-13):
            below, above = nearest_levels(grid, level, floor=plan.reservation)
            assert below == pytest.approx(v, abs=1e-7) and above == pytest.approx(v, abs=1e-7)


def test_capped_band_is_deterministic_spread_and_counts_exactly():
    plan = synthetic_plan(6, 6, seed=4)
    rows, ours = brute_force(plan)
    lo, hi = 45.0, 55.0
    inside = (ours >= lo) & (ours <= hi)
    b = packages_in_band(plan, lo, hi, cap=500)
    assert b.capped and b.total == int(inside.sum()) > 500
    assert len(b) == 500
    assert np.all((b.ours >= lo - 1e-9) & (b.ours <= hi + 1e-9))
    assert as_set(b.rows) <= as_set(rows[inside])
    again = packages_in_band(plan, lo, hi, cap=500)
    assert np.array_equal(b.rows, again.rows)
    # an even spread: the listed values cover the band, not just one end of it
    assert b.ours.min() < lo + 1.0 and b.ours.max() > hi - 1.0


def test_capped_band_keeps_the_best_package_for_them():
    plan = synthetic_plan(6, 6, seed=7)
    their = TheirValues.from_weights(plan, [5, 1, 1, 3, 1, 2])
    rows, ours = brute_force(plan)
    theirs = their.score_indices(rows)
    lo, hi = 59.5, 60.5
    inside = (ours >= lo) & (ours <= hi)
    b = packages_in_band(plan, lo, hi, cap=200, their=their)
    assert b.capped
    assert their.score_indices(b.rows).max() == pytest.approx(theirs[inside].max())


@pytest.mark.parametrize("sizes", [[7] * 8, [100, 2, 2, 2, 2, 2, 2, 2], [21, 21, 11, 6, 7, 3], [3, 5], [9]])
def test_split_is_close_to_the_best_balance(sizes):
    import itertools

    left, right = split_issues(sizes)
    assert sorted(left + right) == list(range(len(sizes)))

    def worst(half):
        return max(np.prod([sizes[i] for i in half] or [1]), np.prod([sizes[i] for i in range(len(sizes))
                                                                      if i not in half] or [1]))

    best = min(worst(c) for k in range(len(sizes) + 1) for c in itertools.combinations(range(len(sizes)), k))
    assert worst(left) <= 2 * best


def test_fine_steps_are_coarsened_for_the_band_and_rows_stay_on_the_step():
    plan = md.example_plan("supplier")
    b = packages_in_band(plan, 69.5, 70.5)
    assert not b.exact
    assert len(b) > 0
    for p in b.packages(limit=50):
        assert p.acceptable
        assert 69.5 - 1e-9 <= md.score(plan, p) <= 70.5 + 1e-9
    exact = packages_in_band(plan, 69.9, 70.0, max_levels=None, cap=10**6)
    assert exact.exact and exact.total >= len(exact) > 0
    grid = band_grid(plan)
    L, R = halves(grid)
    assert max(len(L), len(R)) <= 60_000


def test_empty_band_and_bad_arguments():
    plan = synthetic_plan(3, 3)
    b = packages_in_band(plan, 100.5, 101)
    assert len(b) == 0 and b.total == 0 and b.packages() == []
    with pytest.raises(ValueError):
        packages_in_band(plan, 60, 50)
