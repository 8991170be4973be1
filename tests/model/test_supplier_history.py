"""The supplier history: a second plan for the same supplier shows the history's hunch (docs/behind-the-table.md)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from meso_desk.model.edits.constituency_edits import with_constituencies, with_supplier_hunch
from meso_desk.model.edits.round_edits import record_choice
from meso_desk.model.examples import example_plan
from meso_desk.model.io.supplier_history import HistoryError, add_plan, hunch, load_history, slug


def negotiated(plan):
    """Three rounds in which they always pick the option with the higher unit price."""
    ideal = dict(plan.package("Our ideal").items())
    for k in range(3):
        hi = {**ideal, "Unit price": 240.0, "Delivery": 10.0 - k}
        lo = {**ideal, "Unit price": 200.0, "Delivery": 4.0 + k}
        plan = record_choice(plan, [lo, hi], 1)
    return plan


def test_a_second_plan_for_the_same_supplier_gets_the_history_hunch(tmp_path):
    first = negotiated(example_plan())
    path = add_plan(tmp_path, first, today=date(2026, 12, 1))
    assert path.name == "ergonord-seating-ab.json"
    second = with_constituencies(example_plan().replace(title="Desks 2028"), [])
    h = hunch(load_history(tmp_path, second.counterpart), second)
    assert h is not None and h.plans == 1
    assert h.tilt["Unit price"] > 1.0  # their choices revealed that price matters to them
    assert {c.party for c in h.constituencies} == {"sales director", "finance team", "production planning"}
    assert h.lines()[0].startswith("Unit price matters more to them")
    taken = with_supplier_hunch(second, h.tilt, h.constituencies)
    assert taken.counterpart_prior["Unit price"] == h.tilt["Unit price"]
    assert len(taken.their_constituencies) == 3
    assert second.counterpart_prior == {}  # nothing happens until the user takes it
    # the plan that was added is not offered its own entry back (its rounds would count twice)
    assert hunch(load_history(tmp_path, first.counterpart), first) is None
    add_plan(tmp_path, second)
    own_left_out = hunch(load_history(tmp_path, first.counterpart), first)
    assert own_left_out is not None and own_left_out.plans == 1


def test_adding_the_same_plan_again_replaces_its_entry(tmp_path):
    plan = example_plan()
    add_plan(tmp_path, plan)
    add_plan(tmp_path, plan)
    add_plan(tmp_path, plan.replace(title="Another"))
    assert len(load_history(tmp_path, plan.counterpart)) == 2
    assert load_history(tmp_path, "Someone else") is None
    assert hunch(None, plan) is None


def test_bad_files_and_nameless_plans_say_why(tmp_path):
    (tmp_path / f"{slug('Ergonord Seating AB')}.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(HistoryError, match="cannot be read"):
        load_history(tmp_path, "Ergonord Seating AB")
    with pytest.raises(HistoryError, match="names no supplier"):
        add_plan(tmp_path, example_plan().replace(counterpart=""))


def test_entries_keep_the_agreement_and_relationship(tmp_path):
    plan = example_plan()
    path = add_plan(tmp_path, plan)
    e = json.loads(path.read_text(encoding="utf-8"))["entries"][0]
    assert e["title"] == plan.title and e["relationship_weight"] == "preferred" and e["agreement"] is None
    assert e["revealed_weights"] == {}  # no rounds: nothing revealed
