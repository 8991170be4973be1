"""Next MESOs with nothing new learned (issue 17): the set on the table, whether a reaction was
recorded since, and the next best set that does not repeat it (model/offers/meso_sets.py)."""

from __future__ import annotations

from functools import cache

import meso_desk as md
from meso_desk.model.edits.round_edits import record_choice
from meso_desk.model.offers.meso_sets import (
    first_different,
    nothing_new_since_last_set,
    reaction_since,
    same_offers,
    set_on_the_table,
    set_terms,
    with_meso_set,
)


@cache
def with_set() -> md.Plan:
    plan = md.example_plan("supplier")
    packages = md.generate_mesos(plan, 3, 70.0)
    return with_meso_set(plan, [dict(p) for p in packages], 70.0)[0]


def test_a_set_without_a_reaction_is_nothing_new():
    plan = with_set()
    s = set_on_the_table(plan)
    assert s is not None and s.name == "MESO 1"
    assert nothing_new_since_last_set(plan) == s
    assert nothing_new_since_last_set(md.example_plan("supplier")) is None, "no set on the table"


def test_a_reaction_to_the_set_is_something_new():
    plan = with_set()
    reacted = record_choice(plan, list(plan.meso_sets[-1].packages), 1)
    assert reaction_since(reacted, reacted.meso_sets[-1])
    assert nothing_new_since_last_set(reacted) is None


def test_a_round_recorded_before_the_set_does_not_count():
    plan = md.example_plan("supplier")
    old = record_choice(plan, [plan.packages[0].name, plan.packages[2].name], 0)
    packages = md.generate_mesos(old, 3, 70.0)
    later = with_meso_set(old, [dict(p) for p in packages], 70.0)[0]
    assert nothing_new_since_last_set(later) is not None


def test_same_offers_ignores_order_and_sees_any_changed_term():
    terms = set_terms(with_set(), with_set().meso_sets[-1])
    assert same_offers(terms, list(reversed(terms)))
    changed = [dict(t) for t in terms]
    changed[0]["Unit price"] = float(changed[0]["Unit price"]) + 0.5
    assert not same_offers(terms, changed)
    assert not same_offers(terms, terms[:2])


def test_first_different_skips_a_repeat_of_the_set_on_the_table():
    plan = with_set()
    on_table = set_terms(plan, plan.meso_sets[-1])

    def make(seed):
        return [dict(p) for p in md.generate_mesos(plan, 3, 70.0, seed=seed)]

    assert same_offers(make(0), on_table), "the engine alone repeats the set on the table"
    out, seed = first_different(make, on_table)
    assert out is not None and seed > 0
    assert not same_offers(out, on_table)
    for p in out:
        assert abs(md.score(plan, md.Package(plan, p)) - 70.0) <= 1.0
    assert first_different(make, None) == (make(0), 0)
    assert first_different(lambda seed: on_table, on_table, tries=3) == (None, 3)


def test_the_set_they_last_reacted_to_is_the_last_rounds_packages():
    from meso_desk.model.offers.meso_sets import last_reacted_to

    plan = with_set()
    assert last_reacted_to(plan) is None, "no round recorded"
    once = record_choice(plan, list(plan.meso_sets[-1].packages), 1)
    number, terms = last_reacted_to(once)
    assert number == 1
    assert same_offers(terms, set_terms(once, once.meso_sets[-1]))
    other = [p.name for p in once.packages[:2]]
    twice = record_choice(once, other, 0)
    number, terms = last_reacted_to(twice)
    assert number == 2 and len(terms) == 2
    assert same_offers(terms, [dict(twice.stored_package(n).terms) for n in other])


def test_not_again_is_the_stale_set_else_the_last_rounds():
    from meso_desk.model.offers.meso_sets import not_again

    assert not_again(md.example_plan("supplier")) is None, "no set, no round: nothing to avoid"
    plan = with_set()
    stale = not_again(plan)
    assert stale.stale == "MESO 1" and stale.round == 0
    assert same_offers(stale.terms, set_terms(plan, plan.meso_sets[-1]))
    reacted = record_choice(plan, list(plan.meso_sets[-1].packages), 2)
    after = not_again(reacted)
    assert after.stale == "" and after.round == 1
    assert same_offers(after.terms, set_terms(reacted, reacted.meso_sets[-1]))
