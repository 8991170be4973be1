"""Resource bounds (docs/meso-engine.md, "Resource bounds"): big plans stay under the memory
budget, say what was approximated, and long work reports progress and can be stopped."""

from __future__ import annotations

import json
import tracemalloc

import numpy as np
import pytest

import meso_desk as md
from meso_desk.model.counterpart.outcome import sample_cloud
from meso_desk.model.counterpart.their_values import TheirValues
from meso_desk.model.examples import example_path
from meso_desk.model.io import plan_from_bytes
from meso_desk.model.limits import MEMORY_BUDGET, Cancelled, half_bytes
from meso_desk.model.offers.band import MAX_HALF, band_grid, biggest_half, refine_rows
from meso_desk.model.offers.frontier import frontier_merge, pareto_frontier
from meso_desk.model.offers.meso import MesoError, generate_mesos
from meso_desk.model.offers.search_grid import search_grid
from meso_desk.model.offers.value_slice import value_slice
from meso_desk.model.scoring import score


def categorical_plan(n: int, m: int, seed: int = 0) -> md.Plan:
    rng = np.random.default_rng(seed)
    issues = []
    for i in range(n):
        vals = np.round(rng.uniform(0, 100, m), 1)
        vals[0], vals[1] = 100.0, 0.0
        issues.append(md.CategoricalIssue(name=f"C{i}", options=[md.Option(label=f"o{k}", value=float(v))
                                                                  for k, v in enumerate(vals)]))
    weights = {f"C{i}": float(x) for i, x in enumerate(rng.uniform(0.2, 1, n))}
    return md.Plan(issues=tuple(issues), weights=weights, aspiration=70, reservation=40)


def peak_of(fn):
    """``(result, peak traced bytes)``; numpy reports its arrays to tracemalloc."""
    tracemalloc.start()
    try:
        out = fn()
        return out, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def assert_meso_in_budget(plan: md.Plan, level: float | None = None):
    def run():
        try:
            return generate_mesos(plan, level=level)
        except MesoError as e:  # a clear refusal is allowed; a MemoryError is not
            return e

    res, peak = peak_of(run)
    assert peak < MEMORY_BUDGET, f"peak {peak / 2**20:.0f} MiB"
    return res


@pytest.mark.parametrize("n,m", [(10, 20), (10, 30)])
def test_big_categorical_plans_generate_in_budget_and_say_so(n, m):
    res = assert_meso_in_budget(categorical_plan(n, m), 70)
    assert not isinstance(res, MesoError), res
    assert len(res) == 3
    assert res.approximate
    assert f"of {m} options of C" in res.approximation
    assert all(abs(p - 70) <= res.tolerance + 1e-9 for p in res.ours)


@pytest.mark.parametrize("n,m", [(15, 20), (30, 100)])
def test_huge_categorical_plans_generate_in_budget(n, m):
    res = assert_meso_in_budget(categorical_plan(n, m), 70)
    assert not isinstance(res, MesoError), res
    assert res.approximate and "too large to search whole" in res.approximation


def test_fine_numeric_step_stays_in_budget():
    # the shipped hiring example with Salary on a 1-EUR step: 25,001 terms
    plan = hiring_step_1()
    res = assert_meso_in_budget(plan)
    assert len(res) == 3
    assert all(abs(score(plan, p) - plan.aspiration) <= 0.5 + 1e-9 for p in res)


def hiring_step_1() -> md.Plan:
    d = json.loads(example_path("hiring").read_text(encoding="utf-8"))
    next(i for i in d["issues"] if i["name"] == "Salary")["step"] = 1.0
    return plan_from_bytes(json.dumps(d).encode())


def test_frontier_merges_a_huge_issue_first_and_maps_rows_back():
    plan = hiring_step_1()
    g = search_grid(plan, max_levels=None)
    th = g.their_tables(TheirValues.opposed(plan))
    merged, peak = peak_of(lambda: frontier_merge(g.ours, th))
    assert peak < MEMORY_BUDGET
    ours = sum(g.ours[i][merged.rows[:, i]] for i in range(len(g.ours)))
    theirs = sum(th[i][merged.rows[:, i]] for i in range(len(th)))
    assert np.allclose(ours, merged.ours) and np.allclose(theirs, merged.theirs)
    assert len(merged.rows) > 1000


def test_refine_on_a_wide_window_lands_near_the_level():
    plan = md.Plan(issues=(md.NumericIssue(name="Price", min=0, max=100_000, step=1, direction="lower"),
                           md.NumericIssue(name="Weeks", min=0, max=20, step=1)),
                   weights={"Price": 0.7, "Weeks": 0.3}, aspiration=70, reservation=0)
    g = search_grid(plan)
    assert 2 * int(np.max(np.diff(g.options[0]))) + 1 > 257  # the coarse-to-fine path
    reach = int(np.max(np.diff(g.options[0])))
    rows = g.to_full(np.array([[3, 5], [10, 0]]))
    t = g.table
    for level in (55.0, 62.3):
        out = refine_rows(g, rows, level)
        for r, o in zip(rows, out):  # as close as a term-by-term scan of the cell gets
            cell = np.arange(max(r[0] - reach, 0), r[0] + reach + 1)
            best = np.min(np.abs(t.table[0, cell] + t.table[1, r[1]] - level))
            assert abs(t.score_indices(o[None, :])[0] - level) <= best + 1e-9


def test_thinning_keeps_the_extremes_for_both_sides():
    plan = categorical_plan(12, 30)
    their = TheirValues.opposed(plan)
    g = band_grid(plan, their=their)
    sizes = [len(o) for o in g.options]
    assert biggest_half(sizes) <= MAX_HALF and 2 * half_bytes(biggest_half(sizes)) <= MEMORY_BUDGET
    assert g.approximate and not g.exact and len(g.notes) == sum(g.thinned)
    for i, opt in enumerate(g.options):
        full = np.asarray(g.table.table[i, : len(g.table.grids[i])])
        assert full.argmax() in opt and full.argmin() in opt


def test_normal_plans_are_not_thinned():
    plan = categorical_plan(8, 7)
    g = band_grid(plan)
    assert g.exact and not g.notes
    assert not generate_mesos(plan, level=70).approximate


def test_frontier_of_a_huge_plan_is_bounded_and_marked():
    plan = categorical_plan(30, 100)
    fr, peak = peak_of(lambda: pareto_frontier(plan))
    assert peak < MEMORY_BUDGET
    assert fr.approximate and not fr.exact
    assert np.all(np.diff(fr.ours) <= 1e-9) and np.all(np.diff(fr.theirs) >= -1e-9)  # still a staircase


def test_small_frontier_is_exact():
    fr = pareto_frontier(categorical_plan(6, 5))
    assert fr.exact and not fr.approximate


def test_value_slice_and_cloud_of_a_huge_plan_in_budget():
    plan = categorical_plan(30, 100)
    vs, peak = peak_of(lambda: value_slice(plan, "C0", "C1"))
    assert peak < MEMORY_BUDGET and vs.values.shape == (100, 100)
    cloud, peak = peak_of(lambda: sample_cloud(plan, TheirValues.opposed(plan)))
    assert peak < MEMORY_BUDGET and cloud.n > 0


def test_progress_is_reported_and_false_stops_the_work():
    plan = categorical_plan(10, 20)
    seen: list[float] = []
    generate_mesos(plan, level=70, progress=lambda f: seen.append(f) or True)
    assert seen and seen[0] == 0.0 and seen == sorted(seen)
    with pytest.raises(Cancelled):
        generate_mesos(plan, level=70, progress=lambda f: f < 0.1)
    with pytest.raises(Cancelled):
        pareto_frontier(plan, progress=lambda f: f < 0.5)


def test_counterpart_estimate_of_a_huge_plan_in_budget():
    from meso_desk.model.counterpart.inference import estimate_counterpart

    plan = categorical_plan(30, 100, seed=1)  # a structure no other test has cached
    est, peak = peak_of(lambda: estimate_counterpart(plan))
    assert peak < MEMORY_BUDGET / 2, f"peak {peak / 2**20:.0f} MiB"
    assert 100 <= est.n_samples < 20_000 and set(est.weights) == set(plan.issue_names)


def test_value_map_of_two_huge_categorical_issues_is_refused_in_one_line():
    from meso_desk.model.limits import ResourceLimit

    plan = categorical_plan(2, 3000)

    def run():
        with pytest.raises(ResourceLimit) as info:
            value_slice(plan, "C0", "C1")
        return str(info.value)

    msg, peak = peak_of(run)
    assert peak < MEMORY_BUDGET / 8 and "\n" not in msg and "C0 × C1" in msg
