"""Next MESOs with nothing new learned (issue 17): the set on the table, whether a reaction was
recorded since, and the next best set that does not repeat it (model/offers/meso_sets.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import cache

import numpy as np
import pytest

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


def _made_at(plan: md.Plan, when) -> md.Plan:
    """``plan`` with its latest set made at ``when``."""
    last = plan.meso_sets[-1].model_copy(update={"created": when})
    return plan.replace(meso_sets=(*plan.meso_sets[:-1], last))


@pytest.mark.parametrize("apart", [60, 0])  # minutes apart; 0: all in the same second
def test_a_set_that_reuses_an_earlier_rounds_package_is_still_unanswered(apart):
    """MESO 2 re-offers B (refused in round 1) among new packages: round 1 was a reaction to
    MESO 1, not to MESO 2, so nothing new was learned since MESO 2 (it once counted as
    answered, and Next MESOs neither said so nor avoided repeating MESO 2)."""
    from meso_desk.model.offers.meso_sets import not_again

    t0 = datetime(2025, 3, 4, 9, 0, tzinfo=UTC)
    at = [t0 + timedelta(minutes=apart * k) for k in range(4)]
    plan = _made_at(with_set(), at[0])
    a, b, c = (dict(plan.stored_package(n).terms) for n in plan.meso_sets[-1].packages)
    plan = record_choice(plan, list(plan.meso_sets[-1].packages), 1, outcome="none_acceptable", time=at[1])
    plan, names = with_meso_set(plan, [b, dict(a, Warranty=24.0), dict(c, Warranty=24.0)], None)
    plan = _made_at(plan, at[2])
    two = plan.meso_sets[-1]
    assert not reaction_since(plan, two)
    assert nothing_new_since_last_set(plan) == two
    assert not_again(plan).stale == "MESO 2"
    answered = record_choice(plan, names, 0, time=at[3])
    assert reaction_since(answered, answered.meso_sets[-1])
    assert nothing_new_since_last_set(answered) is None and not_again(answered).round == 2


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


# -- every set at the level repeats it: the nearest level with a different set ------------------
def small_discrete_plan() -> md.Plan:
    """Four categorical issues of three options (81 packages): sets exist only near some values."""
    issues = tuple(md.CategoricalIssue(name=n, options=[md.Option(label=f"{n} {j}", value=v) for j, v in enumerate(vals)])
                   for n, vals in (("Maker", (100, 60, 0)), ("Disk", (100, 35, 0)), ("Screen", (100, 80, 0)),
                                   ("Bag", (100, 50, 0))))
    return md.Plan(issues=issues, weights={"Maker": 0.35, "Disk": 0.3, "Screen": 0.2, "Bag": 0.15}, reservation=30.0)


def test_levels_near_are_the_levels_that_can_hold_a_set_nearest_first():
    import itertools

    from meso_desk.model.offers.meso import MAX_TOLERANCE
    from meso_desk.model.offers.meso_sets import levels_near

    plan = small_discrete_plan()
    t = md.score_table(plan)
    ours = np.sort(t.score_indices(np.array(list(itertools.product(range(3), repeat=4)))))
    level = 62.0
    got = levels_near(plan, level, 3, reach=10.0)
    assert got, "some level near 62 holds three packages"
    dist = [abs(lv - level) for lv in got]
    assert dist == sorted(dist)
    for lv in got:
        assert 0.5 <= abs(lv - level) <= 10.0 + 1e-9 and lv >= plan.reservation
        assert np.sum(np.abs(ours - lv) <= MAX_TOLERANCE + 1e-9) >= 3
    # every package value within reach that has three packages around it is a candidate, or
    # close to a nearer one (within half a point, or a fifth of its distance)
    for v in np.unique(np.round(ours, 1)):
        if 0.5 <= abs(v - level) <= 10.0 and np.sum(np.abs(ours - v) <= MAX_TOLERANCE - 0.05) >= 3:
            gap = max(0.5, 0.2 * abs(v - level))
            assert any(abs(v - lv) < gap for lv in got if abs(lv - level) <= abs(v - level) + 1e-9), v


def test_nearest_different_set_skips_levels_without_a_set_and_sets_that_repeat():
    from meso_desk.model.offers.meso import MesoError
    from meso_desk.model.offers.meso_sets import levels_near, nearest_different_set

    plan = md.example_plan("supplier")
    last = [dict(p) for p in md.generate_mesos(plan, 3, 70.0)]
    levels = levels_near(plan, 70.0, 3)
    bad, repeat = levels[0], levels[1]
    tried: list[float] = []

    def make_at(lv, seed):
        tried.append(lv)
        if lv == bad:
            raise MesoError("no set at this level")
        if lv == repeat:
            return last
        return [dict(p) for p in md.generate_mesos(plan, 3, lv, seed=seed)]

    found = nearest_different_set(plan, 70.0, 3, make_at, last)
    lv, out = found.level, found.packages
    assert lv == levels[2] and not same_offers([dict(p) for p in out], last)
    assert found.tried == tuple(levels[:3])
    assert all(abs(md.score(plan, md.Package(plan, p)) - lv) <= 1.0 for p in out)
    assert tried.count(repeat) >= 2, "another seed was tried where the set repeated"
    none = nearest_different_set(plan, 70.0, 3, lambda lv, seed: last, last)
    assert none.level is None and none.packages is None and len(none.tried) == len(levels[:12])


def test_on_a_large_plan_the_levels_tried_spread_over_the_reach_higher_first():
    from meso_desk.model.offers.meso_sets import NEARBY_PROBES, levels_near

    plan = md.example_plan("supplier")  # too many packages near 70 to list: a sweep
    got = levels_near(plan, 70.0, 3)[:NEARBY_PROBES]
    assert min(got) <= 62.5 and max(got) >= 77.5, "the dozen levels tried reach well beyond ±1 point"
    assert got[0] > 70.0 and abs(got[0] - 70.0) == abs(got[1] - 70.0), "at an equal distance the higher first"
    # on a small plan too, whatever float noise the distances carry
    small = small_discrete_plan()
    for level in np.arange(40.0, 80.0, 0.1):
        lv = levels_near(small, float(level), 3)
        for a, b in zip(lv, lv[1:]):
            if abs(abs(a - level) - abs(b - level)) < 1e-6:
                assert a > b
