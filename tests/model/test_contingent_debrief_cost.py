"""The debrief's total cost of a contingent agreement counts as its card does: expected under our
forecast (as the debrief's points are), and — once the event's outcome is recorded — the cost at
that outcome, each said to be what it is."""

from __future__ import annotations

import meso_desk as md
from meso_desk.model.deal.debrief import debrief
from meso_desk.model.edits.deal_edits import with_agreement
from meso_desk.model.edits.event_edits import replace_event
from meso_desk.model.offers.contingent import package_total_cost, total_cost_words
from meso_desk.model.preferences.total_cost import cost_breakdown, format_money, total_cost


def _agreed(name: str) -> md.Plan:
    plan = md.example_plan("contingent")
    return with_agreement(plan, plan.package(name), source="Accepted offer")


def test_a_contingent_agreement_s_total_cost_is_the_card_s_expected_total():
    plan = _agreed("On-time bonus")
    pkg = plan.package("On-time bonus")
    expected = format_money(package_total_cost(plan, pkg), plan.currency)
    assert total_cost_words(plan, pkg)[0] == f"Total {expected} expected"  # the card
    d = debrief(plan)
    line = d.agreement_line
    assert f"Total cost: {expected} expected under our forecast" in line
    # the base terms' total is there only as such, not as the agreement's total cost
    base = format_money(total_cost(plan, pkg.terms), plan.currency)
    assert f"on the base terms: {cost_breakdown(plan, pkg)}" in line and line.index(base) > line.index(expected)
    assert f"worth {pkg.score:.1f} points" in d.standing_line  # the points are expected too


def test_once_the_outcome_is_recorded_the_total_cost_is_the_cost_at_the_outcome():
    plan = _agreed("On-time bonus")
    ev = plan.event("On-time delivery")
    plan = replace_event(plan, ev.name, ev.model_copy(update={"actual": 91.0})).plan
    pkg = plan.package("On-time bonus")
    at = dict(pkg.terms, **{"Unit price": 211.6})  # 8 % off EUR 230 (the debrief's clause section)
    assert [c.term for c in debrief(plan).contingent] == ["EUR 211.60"]
    line = debrief(plan).agreement_line
    expected = format_money(package_total_cost(plan, pkg), plan.currency)
    assert (f"Total cost: at the recorded outcome, {cost_breakdown(plan, at)} (expected at signing {expected})."
            in line)


def test_a_fixed_agreement_keeps_its_breakdown():
    plan = _agreed("Fixed price")
    pkg = plan.package("Fixed price")
    assert f"Total cost: {cost_breakdown(plan, pkg)}." in debrief(plan).agreement_line
