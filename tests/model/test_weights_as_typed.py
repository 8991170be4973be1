"""Weights as typed (issue 17 point 6): a typed weight stays; only the weights not yet typed make room."""

import pytest

import meso_desk as md
from meso_desk.model.edits.weight_edits import set_importance, set_issue_weight, type_issue_weight
from meso_desk.model.preferences.weights import set_weight_as_typed, weights_as_percent


@pytest.fixture
def five():
    return md.example_plan("supplier").with_issue_removed("Incoterm")


def _type_all(plan, percents):
    typed: list[str] = []
    for name, p in zip(plan.issue_names, percents):
        plan = type_issue_weight(plan, name, p / 100.0, typed=typed).plan
        typed.append(name)
    return plan


def test_typing_40_10_20_15_15_gives_exactly_that(five):
    plan = _type_all(five, [40, 10, 20, 15, 15])
    assert weights_as_percent(plan.weights) == dict(zip(five.issue_names, [40.0, 10.0, 20.0, 15.0, 15.0]))
    for name, p in zip(five.issue_names, [40, 10, 20, 15, 15]):
        assert plan.weights[name] == pytest.approx(p / 100.0, abs=1e-12)


def test_the_old_rule_did_not_keep_them(five):
    """The regression: rescaling every other weight on each entry drifts away from what was typed."""
    plan = five
    for name, p in zip(five.issue_names, [40, 10, 20, 15, 15]):
        plan = set_issue_weight(plan, name, p / 100.0).plan
    assert weights_as_percent(plan.weights)[five.issue_names[0]] != 40.0


def test_untyped_unlocked_weights_rescale_in_proportion_and_locks_hold(five):
    w = dict(five.weights)
    a, b, c, d, e = five.issue_names
    out = set_weight_as_typed(w, c, 0.30, locked={e}, typed=[a])
    assert out[a] == w[a] and out[e] == w[e] and out[c] == pytest.approx(0.30)
    assert out[b] / out[d] == pytest.approx(w[b] / w[d])
    assert sum(out.values()) == pytest.approx(1.0)


def test_when_everything_else_was_typed_the_typed_ones_make_room(five):
    a, b, *_ = five.issue_names
    out = set_weight_as_typed(five.weights, a, 0.5, typed=five.issue_names)
    assert out[a] == pytest.approx(0.5) and sum(out.values()) == pytest.approx(1.0)


def test_raw_importance_is_normalised_and_bad_input_refused(five):
    names = five.issue_names
    r = set_importance(five, dict(zip(names, [8, 2, 4, 3, 3])))
    assert r.ok and weights_as_percent(r.plan.weights) == dict(zip(names, [40.0, 10.0, 20.0, 15.0, 15.0]))
    bad = set_importance(five, dict.fromkeys(names, 0))
    assert not bad.ok and bad.plan is five and "above zero" in bad.message
