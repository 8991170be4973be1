"""A curve keeps saying what the rest of the plan reads from it: its best end where *Better* says
(the hard limit, the approvers' MESO rules, the trade-offs and the ZOPA go by Better), and a
flat curve — its weight counting for nothing — is said (docs/issues-panel.md, "The value curve")."""

from __future__ import annotations

import pytest

import meso_desk as md
from meso_desk.model.edits.curve_edits import (
    add_breakpoint,
    breakpoint_stop,
    constrain_breakpoint,
    curve_warning,
    set_breakpoints,
    set_hard_limit,
    set_option_value,
)
from meso_desk.model.edits.issue_edits import edit_issue
from meso_desk.model.language import speaking


@pytest.fixture
def plan():
    """The supplier plan with Unit price (Better: Lower, hard limit EUR 248) and Warranty (Better:
    Higher, 13 %) on breakpoint curves: (180, 100) (220, 50) (260, 0) and (12, 0) (30, 50) (48, 100)."""
    p = md.example_plan("supplier")
    for name in ("Unit price", "Warranty"):
        p = edit_issue(p, p.issue_names.index(name), "curve", "breakpoints").plan
    return p


def _drag(plan, name, i, y):
    """What the curve editor does when point ``i`` is dragged to the value ``y`` and let go."""
    issue = plan.issue(name)
    pts = list(issue.breakpoints)
    pts[i] = constrain_breakpoint(issue, pts, i, pts[i][0], y)
    return set_breakpoints(plan, name, pts, wanted=(i, y))


def test_a_drag_that_would_turn_the_curve_against_better_stops_at_the_other_end_and_says_why(plan):
    """The audit's drag: 180 down to 0, then 260 up to 100. The table still said Lower, the hard
    limit's never-acceptable zone lay on the best prices, and the MESO engine pushed every price
    to 246.5–248 — and the status line said only "Move breakpoint"."""
    r = _drag(plan, "Unit price", 0, 10.0)
    assert r.ok and r.message == "Move breakpoint of “Unit price”."  # still worth more than EUR 260
    r = _drag(r.plan, "Unit price", 2, 100.0)
    issue = r.plan.issue("Unit price")
    assert r.ok and issue.breakpoints[-1] == (260.0, 10.0), "EUR 260 stops at EUR 180's value"
    assert issue.direction == md.Direction.LOWER and issue.against_better == 0
    assert r.message == ("Move breakpoint of “Unit price”. Stopped at 10.0 points: lower is better for “Unit "
                         "price”, so EUR 260.00 may not be worth more than EUR 180.00 — to turn the curve round, "
                         "set Better to Higher.")
    assert r.text == "Move breakpoint of “Unit price”", "one undo step, named as any drag"
    # the hard limit stays on the worse side of the best terms: the engine keeps prices off it
    best = md.generate_mesos(r.plan, 3)
    assert all(p.terms["Unit price"] < 248 for p in best)


def test_a_point_held_at_its_stop_is_not_moved_and_says_why(plan):
    level = _drag(plan, "Unit price", 0, 0.0).plan
    r = _drag(level, "Unit price", 2, 40.0)
    assert not r.ok and r.plan is level
    assert r.message.startswith("Not moved: lower is better for “Unit price”")
    # a value within the bounds is no stop; the inner points go anywhere
    assert breakpoint_stop(level.issue("Unit price"), level.issue("Unit price").breakpoints, 2, 0.0) == ""
    assert _drag(level, "Unit price", 1, 100.0).ok


def test_a_curve_handed_in_turned_round_is_refused_and_better_turns_it(plan):
    r = set_breakpoints(plan, "Unit price", [(180, 0), (220, 50), (260, 100)])
    assert not r.ok and r.plan is plan
    assert r.reason == ("lower is better for “Unit price”, so EUR 260.00 may not be worth more than EUR 180.00 "
                        "— to turn the curve round, set Better to Higher")
    # what the message names: Better mirrors the curve, and the curve the user drew is theirs
    higher = edit_issue(plan, plan.issue_names.index("Unit price"), "direction", "Higher").plan
    assert higher.issue("Unit price").breakpoints == ((180, 0), (220, 50), (260, 100))
    assert higher.issue("Warranty").against_better == 0
    assert add_breakpoint(plan, "Unit price", 200, 90).ok, "an inner point never turns the ends"


def test_a_curve_already_against_better_may_come_back_not_further_and_is_said(plan):
    """A file from before the rule may carry it: it stays editable."""
    row = plan.issue_names.index("Unit price")
    turned = plan.with_issue(row, plan.issues[row].model_copy(
        update={"breakpoints": ((180.0, 20.0), (220.0, 50.0), (260.0, 60.0))}))
    issue = turned.issue("Unit price")
    assert issue.against_better == pytest.approx(40)
    assert curve_warning(turned, "Unit price") == (
        "“Unit price” is worth more at EUR 260.00 than at EUR 180.00 though lower is better, and its hard limit "
        "and trade-offs go by Better: drag the ends back, or set Better to Higher.")
    pts = list(issue.breakpoints)
    assert constrain_breakpoint(issue, pts, 2, 260, 90) == (260, 60), "not further"
    assert constrain_breakpoint(issue, pts, 2, 260, 30) == (260, 30), "back"
    assert constrain_breakpoint(issue, pts, 0, 180, 5) == (180, 20), "not further at the better end either"
    assert set_hard_limit(turned, "Unit price", 240).ok, "other edits of it go on"
    back = _drag(turned, "Unit price", 2, 10.0)
    assert back.ok and back.plan.issue("Unit price").against_better == 0
    assert curve_warning(back.plan, "Unit price") == ""


def test_a_curve_dragged_flat_says_its_weight_no_longer_counts(plan):
    """Warranty dragged flat (all points at 50) kept its 13 % weight, worth nothing, without a word."""
    p = plan
    for i in range(3):
        r = _drag(p, "Warranty", i, 50.0)
        p = r.plan
    assert p.issue("Warranty").is_flat and p.weights["Warranty"] == pytest.approx(0.13)
    assert r.message == ("Move breakpoint of “Warranty”. The curve of “Warranty” is flat: its 13 % weight no "
                         "longer counts — set the weight to 0 or give the curve a slope.")
    assert curve_warning(p, "Warranty") == r.message.split(". ", 1)[1]
    with speaking("de"):
        assert "„Warranty“" in curve_warning(p, "Warranty")
    # nearly flat, as a mouse leaves it (the audit's 50.1, 50.0, 50.2)
    nearly = set_breakpoints(plan, "Warranty", [(12, 50.1), (30, 50.0), (48, 50.2)])
    assert "nearly flat (0.2 points from its worst to its best term): its 13 % weight hardly counts" in nearly.message
    # a weight of 0 is the user's answer: nothing more to say
    assert curve_warning(p.with_weights({**p.weights, "Warranty": 0.0}), "Warranty") == ""
    # a slope again: silence
    assert curve_warning(_drag(p, "Warranty", 2, 90.0).plan, "Warranty") == ""


def test_options_all_worth_the_same_say_the_weight_no_longer_counts(plan):
    p = plan
    for i in range(len(plan.issue("Incoterm").options)):
        r = set_option_value(p, "Incoterm", i, 40.0)
        p = r.plan
    assert r.message.endswith("The options of “Incoterm” are all worth the same: its 12 % weight no longer "
                              "counts — set the weight to 0 or give the options different values.")


@pytest.mark.parametrize(("issue", "swing"), [
    (md.NumericIssue(name="x", min=0, max=10), 100.0),
    (md.NumericIssue(name="x", min=0, max=10, curve="breakpoints", breakpoints=((0, 30), (5, 90), (10, 40))), 60.0),
    (md.NumericIssue(name="x", min=0, max=10, curve="breakpoints", breakpoints=((2, 30), (8, 30))), 0.0),
    (md.CategoricalIssue(name="x", options=[("a", 35), ("b", 100)]), 65.0),
])
def test_swing_is_the_points_between_the_worst_and_the_best_term(issue, swing):
    assert issue.swing == pytest.approx(swing)
    assert issue.is_flat == (swing < 1)


def test_a_scripts_breakpoints_keep_better_as_a_drag_does(plan):
    """``edit_issue(plan, row, "breakpoints", …)`` took a curve turned round that the drag refuses:
    one rule for the script, the table and the curve editor."""
    row = plan.issue_names.index("Unit price")
    r = edit_issue(plan, row, "breakpoints", [(180, 0), (220, 50), (260, 100)])
    assert not r.ok and r.plan is plan
    assert r.message == ("Not applied: lower is better for “Unit price”, so EUR 260.00 may not be worth more than "
                         "EUR 180.00 — to turn the curve round, set Better to Higher")
    assert r.reason == set_breakpoints(plan, "Unit price", [(180, 0), (220, 50), (260, 100)]).reason
    ok = edit_issue(plan, row, "breakpoints", [(180, 90), (220, 80), (260, 90)])  # level ends: allowed
    assert ok.ok and ok.plan.issue("Unit price").breakpoints[-1] == (260.0, 90.0)


def _bumpy(plan):
    """Unit price (Better: Lower) on a curve with a bump: allowed, its ends keep Better."""
    row = plan.issue_names.index("Unit price")
    r = edit_issue(plan, row, "breakpoints", [(180, 100), (200, 20), (240, 60), (260, 0)])
    assert r.ok and r.plan.issue("Unit price").against_better == 0
    return r.plan, row


def test_a_new_range_holds_the_worse_end_at_the_better_ends_value_and_says_so(plan):
    """A range whose ends fall on the bump read EUR 250 (30 points) above EUR 200 (20) though lower
    is better — silently turned round, the hard limit's zone on the best prices again."""
    bumpy, row = _bumpy(plan)
    r = edit_issue(bumpy, row, "range", "200 – 250")
    issue = r.plan.issue("Unit price")
    assert r.ok and issue.breakpoints == ((200, 20), (240, 60), (250, 20)) and issue.against_better == 0
    assert r.message.startswith("Change range of “Unit price”. The curve's end at EUR 250.00 is held at 20.0 "
                                "points: lower is better for “Unit price”, so EUR 250.00 may not be worth more than "
                                "EUR 200.00 — to turn the curve round, set Better to Higher. Also changed to fit:")
    r = edit_issue(bumpy, row, "max", "250")  # its better end stays at EUR 180: nothing to hold
    assert r.ok and r.plan.issue("Unit price").breakpoints[-1] == (250, 30) and "held" not in r.message
    low = edit_issue(plan, row, "breakpoints", [(180, 100), (200, 10), (240, 50), (260, 20)]).plan
    r = edit_issue(low, row, "min", "200")
    assert r.ok and r.plan.issue("Unit price").breakpoints == ((200, 10), (240, 50), (260, 10))
    assert "The curve's end at EUR 260.00 is held at 10.0 points" in r.message


def test_a_new_range_on_a_curve_already_turned_round_goes_no_further(plan):
    row = plan.issue_names.index("Unit price")
    turned = plan.with_issue(row, plan.issues[row].model_copy(
        update={"breakpoints": ((180.0, 20.0), (200.0, 0.0), (220.0, 50.0), (260.0, 60.0))}))
    r = edit_issue(turned, row, "range", "200 – 260")  # read off the curve: 0 → 60, 20 more than before
    issue = r.plan.issue("Unit price")
    assert r.ok and issue.breakpoints == ((200, 0), (220, 50), (260, 40)) and issue.against_better == 40
    assert "The curve's end at EUR 260.00 is held at 40.0 points" in r.message


def test_a_scripts_breakpoints_on_another_curve_become_the_curve():
    """Breakpoints handed to an issue on a linear (or bent) curve were stored and ignored: the
    points are the curve the script asked for, so the curve becomes its own breakpoints."""
    p = md.example_plan("supplier")
    row = p.issue_names.index("Unit price")
    assert p.issue("Unit price").curve is not md.Curve.BREAKPOINTS
    r = edit_issue(p, row, "breakpoints", [(180, 100), (200, 40), (260, 0)])
    assert r.ok
    issue = r.plan.issue("Unit price")
    assert issue.curve is md.Curve.BREAKPOINTS and issue.breakpoints[1] == (200.0, 40.0)
    assert issue.value(200.0) == pytest.approx(40.0)
