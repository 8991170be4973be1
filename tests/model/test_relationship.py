"""Relationship value next to economic value (docs/behind-the-table.md)."""

from __future__ import annotations

import pytest

from meso_desk.model.edits.constituency_edits import with_goodwill, with_relationship_weight
from meso_desk.model.examples import example_plan
from meso_desk.model.offers.meso import generate_mesos
from meso_desk.model.offers.relationship import (
    goodwill_moves,
    relationship_effect,
    relationship_option,
    relationship_rows,
    two_numbers,
)
from meso_desk.model.scoring import score, score_table


@pytest.fixture
def plan():
    p = example_plan()  # payment term lower → partnership (3), volume higher → commitment (2), preferred
    return with_relationship_weight(p, "strategic")


def test_the_effect_is_the_goodwill_of_the_terms_times_the_relationship_weight(plan):
    t = dict(plan.package("Our ideal").items())
    t.update({"Payment term": 15.0, "Order volume": 3000.0})  # both at the supplier's end
    assert relationship_effect(plan, t) == pytest.approx(3 + 2)
    t.update({"Payment term": 90.0, "Order volume": 1000.0})
    assert relationship_effect(plan, t) == pytest.approx(0.0)
    t["Payment term"] = 45.0  # 60 % of the way from 90 to 15 days
    assert relationship_effect(plan, t) == pytest.approx(1.8)
    assert relationship_effect(with_relationship_weight(plan, "transactional"), t) == pytest.approx(0.36)
    assert two_numbers(plan, t) == f"{score(plan, t):.1f} points · relationship +1.8"


def test_rows_agree_with_the_single_package_function(plan):
    table = score_table(plan)
    rows = [table.indices_of(plan.package(n)) for n in plan.package_names]
    assert relationship_rows(plan, rows) == pytest.approx([relationship_effect(plan, plan.package(n))
                                                            for n in plan.package_names])


def test_each_goodwill_move_has_its_price_in_our_points(plan):
    t = dict(plan.package("Our ideal").items())
    moves = {m.issue: m for m in goodwill_moves(plan, t)}
    pay = moves["Payment term"]
    moved = {**t, "Payment term": pay.new}
    assert pay.new < t["Payment term"] and pay.price == pytest.approx(score(plan, t) - score(plan, moved))
    assert pay.price > 0 and pay.gain > 0
    s = pay.sentence(plan)
    assert s.startswith(f"Payment term {plan.issue('Payment term').format_term(pay.new)} instead of ")
    assert f"costs us {pay.price:.1f} points and signals partnership" in s
    at_end = {**t, "Payment term": 15.0}
    assert "Payment term" not in {m.issue for m in goodwill_moves(plan, at_end)}


def test_goodwill_on_a_categorical_issue_needs_its_options(plan):
    with pytest.raises(ValueError, match="name the options"):
        with_goodwill(plan, "Incoterm", {"effect": 2})
    p = with_goodwill(plan, "Incoterm", {"effect": 2, "options": ["DDP"], "signal": "service"})
    t = {**dict(p.package("Our ideal").items()), "Incoterm": "DDP"}
    assert relationship_effect(p, t) - relationship_effect(p, {**t, "Incoterm": "FCA"}) == pytest.approx(2)
    assert with_goodwill(p, "Incoterm", None).goodwill.keys() == {"Payment term", "Order volume"}


def test_a_meso_set_gets_one_relationship_option_of_equal_value(plan):
    level = 60.0
    mesos = list(generate_mesos(plan, 3, level))
    new, k, line = relationship_option(plan, mesos, level=level)
    assert 0 <= k < 3 and "replaced by a package of equal value" in line
    assert abs(score(plan, new[k]) - level) <= 0.5 + 1e-9
    assert relationship_effect(plan, new[k]) > max(relationship_effect(plan, p) for p in mesos)
    assert [p for j, p in enumerate(new) if j != k] == [p for j, p in enumerate(mesos) if j != k]
    assert not new[k].violations


def test_no_goodwill_no_relationship_option(plan):
    bare = with_goodwill(with_goodwill(plan, "Payment term", None), "Order volume", None)
    mesos = list(generate_mesos(bare, 3, 60.0))
    assert relationship_option(bare, mesos)[1] == -1
