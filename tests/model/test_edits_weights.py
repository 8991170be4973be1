"""The weight edits, called directly (no Qt): one weight with locks, swing points, the check."""

from __future__ import annotations

import pytest

from meso_desk.model.edits.weight_edits import (
    adjust_to_answer,
    apply_swing_points,
    set_issue_weight,
    weight_lock_state,
)
from meso_desk.model.preferences.tradeoff import assess, build_tradeoff

BATNA = "Competing quote (BATNA)"


def test_one_weight_moves_and_the_unlocked_others_make_room(supplier):
    r = set_issue_weight(supplier, "Unit price", 0.40, locked={"Incoterm"})
    w = r.plan.weights
    assert r.ok and r.message == "Weight of Unit price"
    assert w["Unit price"] == pytest.approx(0.40) and sum(w.values()) == pytest.approx(1.0)
    assert w["Incoterm"] == supplier.weights["Incoterm"], "a locked weight never moves"
    free = [n for n in supplier.weights if n not in ("Unit price", "Incoterm")]
    scale = w[free[0]] / supplier.weights[free[0]]
    for n in free:
        assert w[n] / supplier.weights[n] == pytest.approx(scale)


def test_a_drag_rescales_from_the_weights_when_it_began(supplier):
    """A drag to 100 % and back restores the others: each frame starts from the press."""
    at_top = set_issue_weight(supplier, "Warranty", 1.0, start=supplier).plan
    assert at_top.weights["Warranty"] == pytest.approx(1.0)
    back = set_issue_weight(at_top, "Warranty", supplier.weights["Warranty"], start=supplier).plan
    assert back.weights == pytest.approx(supplier.weights)
    # without the start plan the others stay at zero: there is nothing left to rescale
    lost = set_issue_weight(at_top, "Warranty", supplier.weights["Warranty"]).plan
    assert lost.weights["Delivery"] != pytest.approx(supplier.weights["Delivery"])


def test_locks_say_why_a_weight_cannot_move(supplier):
    w = supplier.weights
    assert weight_lock_state(w, "Delivery", set()) == (True, "", 1.0)
    assert weight_lock_state(w, "Delivery", {"Delivery"})[:2] == (False, "Locked — unlock to change it.")
    others = set(w) - {"Incoterm"}
    movable, why, _ = weight_lock_state(w, "Incoterm", others)
    assert not movable and why == "Every other weight is locked; unlock one to change this."
    movable, why, hi = weight_lock_state(w, "Incoterm", others - {"Warranty"})
    assert movable and hi == pytest.approx(0.25), "12 + 13 % is all the locks leave"
    clipped = set_issue_weight(supplier, "Incoterm", 0.60, others - {"Warranty"}).plan.weights
    assert clipped["Incoterm"] == pytest.approx(0.25) and clipped["Warranty"] == pytest.approx(0.0)


def test_swing_points_become_normalised_weights(supplier):
    points = {"Delivery": 100, "Unit price": 80, "Warranty": 40, "Payment term": 30, "Incoterm": 30,
              "Order volume": 10}
    r = apply_swing_points(supplier, points)
    assert r.ok and r.message == "Swing weighting"
    total = sum(points.values())
    # Incoterm's swing (EXW 0 → DDP 100) spans the whole scale, so weights ∝ points
    assert r.plan.weights["Delivery"] == pytest.approx(100 / total)
    assert r.plan.weights["Order volume"] == pytest.approx(10 / total)
    none = apply_swing_points(supplier, {n: 0 for n in supplier.issue_names})
    assert not none.ok and none.plan is supplier
    assert none.message == "Give at least one swing more than 0 points."


def test_adjusting_to_an_answer_makes_it_true(supplier):
    t = build_tradeoff(supplier, supplier.package(BATNA), "Delivery")
    a = assess(supplier, t, "more", 2 * t.amount)
    r = adjust_to_answer(supplier, a, t)
    assert r.ok and r.message == "Adjust weights (Delivery vs Unit price)"
    w = r.plan.weights
    assert w["Delivery"] > 0.20 and w["Delivery"] + w["Unit price"] == pytest.approx(0.55)
    agrees = assess(supplier, t, "same")
    refused = adjust_to_answer(supplier, agrees, t)
    assert not refused.ok and refused.plan is supplier


def test_the_ranges_from_answers_move_with_a_weight_set_by_hand(supplier):
    """After "Ask me" the plan keeps a range per weight; a weight moved by hand afterwards
    takes its range along (same width), so the region never stops holding the weights now set
    (it once stayed behind: sensitivity bars without "now", robustness over the old weights)."""
    from meso_desk.model.preferences.weights import WeightRegion

    w = supplier.weights
    region = WeightRegion(low={k: max(0.0, v - 0.02) for k, v in w.items()},
                          high={k: v + 0.03 for k, v in w.items()}, source="answers to 6 questions")
    plan = supplier.replace(weight_region=region)
    assert region.widest == pytest.approx(0.025)
    moved = set_issue_weight(plan, "Unit price", 0.45).plan
    new_region = moved.weight_region
    lo, hi = new_region.bounds(moved.weights)
    for (name, weight), a, b in zip(moved.weights.items(), lo, hi):
        assert a - 1e-9 <= weight <= b + 1e-9, name
        assert b - a == pytest.approx(region.high[name] - region.low[name]), name
    # the answers no longer allow these ranges: the source says they moved with the weights set since
    assert new_region.source == "answers to 6 questions, moved with the weights"
    from meso_desk.model.offers.robustness import region_words
    from meso_desk.model.preferences.weights import region_source_words
    assert region_source_words(new_region.source) == "answers to 6 questions, moved with the weights set since"
    assert region_words(new_region.source) == (
        "over the ranges from your answers to 6 questions, moved with the weights set since")
    again = set_issue_weight(moved, "Unit price", 0.40).plan.weight_region
    assert again.source == new_region.source  # said once, however often they move
    # a band (no ranges of its own) is relative to the weights already: unchanged
    banded = supplier.replace(weight_region=WeightRegion(band=0.05, source="± 5 points"))
    assert set_issue_weight(banded, "Unit price", 0.45).plan.weight_region == banded.weight_region


def test_a_drag_to_the_end_and_back_gives_the_ranges_back_whole(supplier):
    from meso_desk.model.preferences.weights import WeightRegion

    w = supplier.weights
    region = WeightRegion(low={k: max(0.0, v - 0.05) for k, v in w.items()},
                          high={k: v + 0.05 for k, v in w.items()}, source="answers to 6 questions")
    start = supplier.replace(weight_region=region)
    plan = start
    for f in (0.6, 0.9, 0.98, 0.6, w["Unit price"]):  # the ranges clip at 1 on the way
        plan = set_issue_weight(plan, "Unit price", f, start=start).plan
    assert plan.weights == pytest.approx(start.weights)
    for k in w:
        assert plan.weight_region.low[k] == pytest.approx(region.low[k])
        assert plan.weight_region.high[k] == pytest.approx(region.high[k])
