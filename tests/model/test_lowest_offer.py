"""The lowest level a MESO set may have is the cards' own rule (audit 4): a package worth our
reservation value within the status tolerance shows our hand on a card
(:func:`~meso_desk.model.documents.cards.reveal_problems`), so the engine never offers one —
not even when asked for a set at the reservation itself."""

from __future__ import annotations

import warnings

import pytest
from meso_plans import synthetic_plan

import meso_desk as md
from meso_desk.model.documents.cards import reveal_problems
from meso_desk.model.offers.meso import MesoError, MesoWarning, candidate_pool, generate_mesos, level_range
from meso_desk.model.offers.meso_sets import levels_near
from meso_desk.model.offers.status import TARGET_TOLERANCE, lowest_offer


@pytest.mark.parametrize("name", ["supplier", "hiring", "sourcing"])
@pytest.mark.parametrize("above", [0.0, 0.3, TARGET_TOLERANCE])
def test_a_set_asked_for_at_the_reservation_never_shows_our_hand(name, above):
    plan = md.example_plan(name)
    level = plan.reservation + above
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", MesoWarning)
        try:
            ms = generate_mesos(plan, 3, level)
        except MesoError:
            ms = None  # no set that low is fine; a set the cards refuse is not
    moved = [str(w.message) for w in caught if "the set is made at" in str(w.message)]
    assert bool(moved) == (level < lowest_offer(plan) - 1e-9)  # a level moved up is said
    if ms is None:
        return
    assert ms.level == max(level, lowest_offer(plan)) and ms.requested_level == level
    for p in ms:
        assert md.score(plan, p) >= plan.reservation + TARGET_TOLERANCE - 1e-9
    assert reveal_problems(plan, list(ms)) == []


def test_the_lowest_level_is_the_reservation_plus_the_tolerance():
    plan = md.example_plan("supplier")
    lo, _hi = level_range(plan)
    assert lo == pytest.approx(plan.reservation + TARGET_TOLERANCE)
    pool = candidate_pool(plan, plan.reservation, tolerance=1.0)
    assert len(pool) and min(pool.ours) >= plan.reservation + TARGET_TOLERANCE
    assert all(lv >= plan.reservation + TARGET_TOLERANCE - 1e-9 for lv in levels_near(plan, plan.reservation + 3, 3))


def test_one_definition_shared_by_the_cards_and_the_engine():
    from meso_desk.model.offers.status import worth_reservation

    plan = md.example_plan("supplier")
    assert lowest_offer(plan) == plan.reservation + TARGET_TOLERANCE
    assert worth_reservation(plan, plan.reservation) and worth_reservation(plan, lowest_offer(plan) - 0.01)
    assert not worth_reservation(plan, lowest_offer(plan)) and not worth_reservation(plan, plan.reservation - 1)
    # the engine's floor and the cards' warning meet at the same point
    plan = synthetic_plan(4, 6, seed=3, numeric_every=2, reservation=40.0)
    for level in (40.0, 40.4, 40.8):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", MesoWarning)  # 40.0 and 40.4 move up to 40.5
                ms = generate_mesos(plan, 2, level)
        except MesoError:
            continue
        assert all(md.score(plan, p) >= lowest_offer(plan) for p in ms)
        assert reveal_problems(plan, list(ms)) == []


def test_no_contingent_option_worth_our_reservation():
    """The dialog's contingent option is offered with the set: never one worth our reservation."""
    from meso_desk.model.counterpart.inference import estimate_counterpart
    from meso_desk.model.offers.contingent import with_contingent_options

    plan = md.example_plan("contingent")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        near = list(generate_mesos(plan.replace(reservation=0.0), 3, plan.reservation + 0.2))
    their = estimate_counterpart(plan).their_values()
    extra = with_contingent_options(plan, near, their, max_new=3)[len(near):]
    # worth: the expected value under our forecast, as the dialog's "≈" points
    assert all(p.score >= plan.reservation + TARGET_TOLERANCE for p in extra), [round(p.score, 2) for p in extra]
