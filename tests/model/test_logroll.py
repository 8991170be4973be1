"""Logroll suggestions: concede what is cheap for us and dear to them, hold the reverse."""

from __future__ import annotations

from test_inference import TRUE_W, play, toy_plan, true_their

import meso_desk as md
from meso_desk.model.counterpart.their_values import TheirValues
from meso_desk.model.scoring import score_table


def test_concede_what_they_value_and_hold_what_we_value():
    plan = toy_plan()  # ours: Price 40 %, Delivery 30 %, Payment 20 %, Incoterm 10 %
    est = md.estimate_counterpart(play(plan, true_their(plan), 40, seed=3))  # theirs: Delivery 55 %
    s = md.logroll_suggestions(plan, est)
    concede = [x for x in s if x.action == "concede"]
    hold = [x for x in s if x.action == "hold"]
    assert concede and hold
    assert concede[0].issue == "Delivery" and concede[0].confidence > 0.8
    assert concede[0].their_gain > concede[0].our_cost
    assert hold[0].issue == "Price" and hold[0].confidence > 0.8
    assert hold[0].their_gain < hold[0].our_cost
    assert concede[0].term == 12.0  # their preferred delivery: the longest
    text = concede[0].text
    assert text.startswith("Concede on Delivery (towards 12 weeks)")
    assert "%" in text and "based on 40 observations" in text
    assert {x.issue for x in concede}.isdisjoint({x.issue for x in hold})


def test_compatible_issues_are_agreed_not_traded():
    plan = toy_plan()
    t = score_table(plan)
    vals = {n: 100.0 - t.values[i] for i, n in enumerate(t.names)}
    vals["Delivery"] = t.values[t.names.index("Delivery")]
    truth = TheirValues.from_weights(plan, TRUE_W, values=vals)
    est = md.estimate_counterpart(play(plan, truth, 40, seed=5))
    s = md.logroll_suggestions(plan, est)
    agree = [x for x in s if x.action == "agree"]
    assert [x.issue for x in agree] == ["Delivery"]
    assert "nothing to trade" in agree[0].text
    assert all(x.issue != "Delivery" for x in s if x.action != "agree")


def test_without_rounds_the_suggestions_say_they_are_a_guess(supplier):
    s = md.logroll_suggestions(supplier)
    assert s, "the opposed-interests prior already suggests trades from our own weights"
    assert all("no reactions recorded yet" in x.text for x in s)
    # with equal weights for them, the issue that matters most to us is the one to hold
    hold = [x for x in s if x.action == "hold"]
    assert hold[0].issue == "Unit price"
    assert all(0.5 <= x.confidence <= 1.0 for x in s)


def test_single_issue_plan_has_nothing_to_trade():
    plan = md.Plan(issues=(md.NumericIssue(name="Price", min=0, max=10),))
    assert md.logroll_suggestions(plan) == []
