import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

import meso_desk as md
from meso_desk.model.preferences.weights import (
    move_swing,
    set_weight,
    swing_order_problems,
    swing_points_from_weights,
    swing_ranking,
    swing_span,
    swing_text,
    swing_warning,
    weight_limits,
    weights_from_swing_points,
)

W = {"a": 0.4, "b": 0.3, "c": 0.2, "d": 0.1}


def test_set_weight_rescales_unlocked_others_proportionally():
    out = set_weight(W, "a", 0.6)
    assert out["a"] == pytest.approx(0.6)
    assert sum(out.values()) == pytest.approx(1.0)
    # b:c:d keep their 3:2:1 ratio
    assert out["b"] / out["c"] == pytest.approx(1.5)
    assert out["c"] / out["d"] == pytest.approx(2.0)
    assert list(out) == list(W)


def test_set_weight_keeps_locked_weights_and_clips_to_what_locks_allow():
    out = set_weight(W, "a", 0.6, locked={"b"})
    assert out["b"] == 0.3
    assert out["a"] == pytest.approx(0.6)
    assert out["c"] / out["d"] == pytest.approx(2.0)
    # with b (0.3) and c (0.2) locked, a can reach at most 0.5
    assert weight_limits(W, "a", {"b", "c"}) == (0.0, pytest.approx(0.5))
    out = set_weight(W, "a", 0.9, locked={"b", "c"})
    assert out["a"] == pytest.approx(0.5)
    assert out["d"] == pytest.approx(0.0)
    assert sum(out.values()) == pytest.approx(1.0)


def test_set_weight_cannot_move_when_all_others_are_locked():
    assert weight_limits(W, "a", {"b", "c", "d"}) == (0.4, 0.4)
    assert set_weight(W, "a", 0.9, locked={"b", "c", "d"}) == W


def test_set_weight_shares_the_rest_equally_when_the_others_are_zero():
    out = set_weight({"a": 1.0, "b": 0.0, "c": 0.0}, "a", 0.5)
    assert out == {"a": 0.5, "b": 0.25, "c": 0.25}


@given(st.lists(st.floats(0.0, 1.0), min_size=2, max_size=7).filter(lambda v: sum(v) > 1e-3),
       st.floats(-0.5, 1.5), st.data())
def test_set_weight_always_sums_to_one_and_respects_locks(raw, target, data):
    total = sum(raw)
    weights = {f"i{k}": v / total for k, v in enumerate(raw)}
    names = list(weights)
    name = data.draw(st.sampled_from(names))
    locked = set(data.draw(st.lists(st.sampled_from([n for n in names if n != name]), unique=True)))
    out = set_weight(weights, name, target, locked)
    assert math.isclose(sum(out.values()), 1.0, abs_tol=1e-9)
    assert all(v >= -1e-12 for v in out.values())
    for n in locked:
        assert out[n] == weights[n]
    lo, hi = weight_limits(weights, name, locked)
    assert lo - 1e-12 <= out[name] <= hi + 1e-12


def test_swing_points_round_trip_to_the_plan_weights(supplier):
    pts = swing_points_from_weights(supplier)
    assert max(pts.values()) == pytest.approx(100.0)
    back = weights_from_swing_points(supplier, pts)
    for k, v in supplier.weights.items():
        assert back[k] == pytest.approx(v)


def test_swing_weights_correct_for_a_partial_swing():
    plan = md.Plan(
        issues=[md.Issue.numeric("Price", 0, 10, direction="lower"),
                md.Issue.categorical("Colour", [("red", 50.0), ("blue", 100.0)])],
    )
    assert swing_span(plan.issue("Colour")) == pytest.approx(0.5)
    w = weights_from_swing_points(plan, {"Price": 100, "Colour": 100})
    # equal swing points, but the colour swing only covers half the scale: its weight doubles
    assert w["Colour"] == pytest.approx(2 * w["Price"])
    # and then the swings are indeed worth the same number of points
    assert w["Colour"] * 50 == pytest.approx(w["Price"] * 100)


def test_swing_text_and_order_problems(supplier):
    assert swing_text(supplier.issue("Delivery")) == "12 weeks → 2 weeks"
    assert swing_text(supplier.issue("Incoterm")) == "EXW → DDP"
    assert swing_order_problems(["a", "b", "c"], {"a": 100, "b": 40, "c": 60}) == ["c"]
    assert swing_order_problems(["a", "b"], {"a": 100, "b": 100}) == []
    with pytest.raises(ValueError):
        weights_from_swing_points(supplier, {n: 0 for n in supplier.issue_names})


def test_swing_weighting_starts_from_the_weights_and_reranks(supplier):
    order, points = swing_ranking(supplier)
    assert order[0] == "Unit price" and points["Unit price"] == 100
    assert all(isinstance(p, int) for p in points.values())
    moved, pts = move_swing(order, points, "Delivery", -10)
    assert moved[0] == "Delivery" and pts["Delivery"] == 100, "the new top swing is the 100-point yardstick"
    assert order[0] == "Unit price", "the ranking given is not changed"
    assert move_swing(order, points, order[0], -1) == (order, points)


def test_swing_warning_words_what_is_wrong():
    order = ["a", "b", "c"]
    assert swing_warning(order, {"a": 100, "b": 50, "c": 20}, {"a": 0.6, "b": 0.3, "c": 0.1}) == ""
    assert swing_warning(order, {"a": 0, "b": 0, "c": 0}, None) == "Give at least one swing more than 0 points."
    text = swing_warning(order, {"a": 100, "b": 20, "c": 90}, {"a": 0.5, "b": 0.1, "c": 0.4})
    assert text == "c: more points than a swing ranked above — move it up, or lower its points."
