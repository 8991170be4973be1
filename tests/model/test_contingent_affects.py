"""The terms an event may change (``Event.affects``): checked against the issues, carried by an
issue rename, dropped with a removed issue, and the planner's suggestions keep to them."""

from __future__ import annotations

import pytest

import meso_desk as md
from meso_desk.model.edits.issue_edits import edit_issue
from meso_desk.model.errors import PlanError
from meso_desk.model.offers.contingent import candidate_clauses, suggest_clauses


@pytest.fixture(scope="module")
def plan():
    return md.example_plan("contingent")


def test_an_unknown_issue_is_refused_with_the_field(plan):
    bad = plan.events[0].model_copy(update={"affects": ("Colour",)})
    with pytest.raises((PlanError, ValueError), match="affects.*Colour"):
        md.Plan.model_validate({**plan.model_dump(), "events": [bad.model_dump(), *(e.model_dump() for e in plan.events[1:])]})


def test_renames_and_removals_carry_the_terms_an_event_may_change(plan):
    e = plan.events[0]
    assert "Unit price" in e.affects
    renamed = edit_issue(plan, plan.issue_names.index("Unit price"), "name", "Price per chair")
    assert renamed.ok, renamed.reason
    assert "Price per chair" in renamed.plan.events[0].affects and "Unit price" not in renamed.plan.events[0].affects
    gone = plan.with_issue_removed("Delivery")
    assert "Delivery" not in gone.events[0].affects


def test_suggestions_change_only_the_terms_the_event_may_change(plan):
    fixed = plan.package("Fixed price")
    by_event = {}
    for issue, clause in candidate_clauses(plan, fixed):
        by_event.setdefault(clause.event, set()).add(issue)
    for e in plan.events:
        assert by_event[e.name] <= set(e.affects)
    for _pkg, bet in suggest_clauses(plan, fixed, limit=5):
        assert bet.issue in plan.event(bet.event).affects
    # with no terms named, every term may change
    free = plan.replace(events=tuple(e.model_copy(update={"affects": ()}) for e in plan.events))
    issues = {i for i, _ in candidate_clauses(free, free.package("Fixed price"))}
    assert issues == set(free.issue_names)
