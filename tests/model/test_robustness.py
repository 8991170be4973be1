"""Robustness of MESO sets to our own weights, robust generation, sensitivity (issue 24), and the
plain unreachable-level message (issue 17 point 11)."""

import itertools
import re

import numpy as np
import pytest

import meso_desk as md
from meso_desk.model.offers.meso import MesoError, generate_mesos
from meso_desk.model.offers.robustness import (
    max_over_region,
    set_robustness,
    weight_sensitivity,
)
from meso_desk.model.offers.status import TARGET_TOLERANCE
from meso_desk.model.preferences.weights import weight_band


@pytest.fixture(scope="module")
def supplier():
    return md.example_plan("supplier")


def test_the_greedy_maximum_is_the_true_maximum_over_box_and_simplex():
    rng = np.random.default_rng(3)
    for _ in range(20):
        n = 3
        w = rng.dirichlet(np.ones(n))
        lo, hi = np.clip(w - 0.1, 0, 1), np.clip(w + 0.1, 0, 1)
        c = rng.normal(0, 10, n)
        grid = np.array([(a, b, 1 - a - b) for a, b in itertools.product(np.linspace(0, 1, 401), repeat=2)])
        ok = ((grid >= lo - 1e-12) & (grid <= hi + 1e-12)).all(axis=1)
        brute = (grid[ok] @ c).max()
        best = max_over_region(c[None, :], lo, hi)[0]
        assert brute - 1e-9 <= best <= brute + 0.005 * np.abs(c).sum()  # the grid is 1/400 apart


def test_robust_generation_keeps_the_set_equal_over_the_region(supplier):
    banded = supplier.replace(weight_region=weight_band(supplier.weights, 0.05))
    today = generate_mesos(banded, 3, 70, robust=False)
    robust = generate_mesos(banded, 3)  # on by default once the plan has a region
    r_today, r_robust = set_robustness(banded, today), set_robustness(banded, robust)
    assert r_robust.worst < r_today.worst / 3
    assert r_robust.stays_equal and not r_today.stays_equal
    assert r_robust.sentence.startswith(f"Stays within {r_robust.worst:.1f} points if any weight moves by up to 5")
    assert "stop being equal" in r_today.sentence
    assert all(abs(v - 70) <= robust.tolerance + 1e-9 for v in robust.ours)
    assert len(set(robust.conceded)) == 3
    # the worst case is real: some weights within the band pull the set that far apart
    lo, hi = np.clip(supplier.weight_vector() - 0.05, 0, 1), supplier.weight_vector() + 0.05
    rng = np.random.default_rng(0)
    V = np.array([[supplier.issue(n).value(p[n]) for n in supplier.issue_names] for p in today])
    seen = 0.0
    for _ in range(3000):
        w = rng.uniform(lo, hi)
        w /= w.sum()
        if ((w >= lo) & (w <= hi)).all():
            v = V @ w
            seen = max(seen, v.max() - v.min())
    assert seen <= r_today.worst + 1e-9 and seen >= 0.5 * r_today.worst


def test_sensitivity_crossings_are_where_the_value_meets_the_level(supplier):
    name = "Competing quote (BATNA)"
    plan = supplier.replace(reservation_from_batna=False, reservation=40.0)
    swings = weight_sensitivity(plan, name)
    assert [s.width for s in swings] == sorted((s.width for s in swings), reverse=True)
    found = 0
    for s in swings:
        for text in s.crossings:
            pct = float(re.search(r"(rises above|falls below) ([0-9.]+) %", text).group(2)) / 100
            level = float(re.search(r"(reservation|target) ([0-9.]+)", text).group(2))
            w = dict(plan.weights)
            others = 1 - w[s.issue]
            w = {k: (pct if k == s.issue else v * (1 - pct) / others) for k, v in w.items()}
            at = level - (TARGET_TOLERANCE if "target" in text else 0.0)  # "at the target" starts 0.5 below it
            assert md.score(plan.with_weights(w), plan.package(name)) == pytest.approx(at, abs=0.06)
            found += 1
    assert found >= 1


def test_an_unreachable_level_says_so_plainly_and_names_a_level_that_works(supplier):
    with pytest.raises(MesoError) as e:
        generate_mesos(supplier, 3, 100.0)
    err = e.value
    assert err.nearest is not None and "±" not in err.plain and err.plain.endswith(f"{err.nearest:.1f}.")
    assert "differ in at least" in str(err), "the detailed reason stays for the command line"
    assert len(generate_mesos(supplier, 3, err.nearest)) == 3


def test_nearest_crossings_come_in_order_of_their_own_distance():
    from meso_desk.model.offers.robustness import WeightSwing, nearest_crossings

    def swing(issue, *pairs):
        return WeightSwing(issue, 0.2, 0.15, 0.25, 50, 50, "", "", tuple(c for _d, c in pairs),
                           min(d for d, _c in pairs), tuple(d for d, _c in pairs))

    swings = [swing("A", (0.01, "a near"), (0.40, "a far")), swing("B", (0.02, "b near"), (0.03, "b next"))]
    assert [c for _i, c in nearest_crossings(swings)] == ["a near", "b near", "b next", "a far"]
    assert nearest_crossings(swings, 2) == [("A", "a near"), ("B", "b near")]


@pytest.mark.parametrize("worst", [2.0004, 2.03, 2.049])
def test_a_set_just_over_the_limit_is_not_said_to_stay_within_it(worst):
    """Not "Stays within 2.0 points … more than 2 points apart": the number shown is over 2."""
    import re

    from meso_desk.model.offers.robustness import EQUAL_SPREAD, Robustness

    r = Robustness(0.5, worst, "± 5 points")
    assert not r.stays_equal
    shown = float(re.search(r"Stays within (\d+\.\d+) points", r.sentence)[1])
    assert shown > EQUAL_SPREAD and shown >= worst
    assert "Stays within 2.1 points" in Robustness(0.5, 2.06, "± 5 points").sentence
    assert "Stays within 2.0 points" in Robustness(0.5, 2.0, "± 5 points").sentence


def test_a_crossing_says_the_weight_now_as_the_weights_tab_shows_it():
    """Weights whose one-decimal rounding does not sum to 100: "(now 20.3 %)" as everywhere else
    (largest remainder), not 100·w rounded on its own (20.2)."""
    from meso_desk.model.offers.robustness import weight_sensitivity
    from meso_desk.model.preferences.weights import weights_as_percent

    plan = md.example_plan("supplier")
    w = {"Unit price": 0.30625, "Order volume": 0.07825, "Delivery": 0.24025, "Payment term": 0.07125,
         "Warranty": 0.20225, "Incoterm": 0.10175}
    plan = plan.replace(weights=w, reservation_from_batna=False, reservation=40.0)
    shown = weights_as_percent(plan.weights)
    assert f"{shown['Unit price']:.1f}" == "30.7" and f"{100 * w['Unit price']:.1f}" == "30.6"
    lines = [(s.issue, c) for p in plan.packages for s in weight_sensitivity(plan, p.name) for c in s.crossings]
    assert any(issue == "Unit price" for issue, _c in lines)
    for issue, c in lines:
        assert f"(now {shown[issue]:.1f} %)" in c, (issue, c)
