"""Issue 17, 11.: input gaps of the issue editors — a step that does not divide the range is
refused with the nearest steps that do, and new options are not named like the cards' letters."""

from __future__ import annotations

import pytest

import meso_desk as md
from meso_desk.model.edits.issue_edits import add_issue, edit_issue, nearest_steps
from meso_desk.model.edits.issue_kind import categorical_to_numeric
from meso_desk.model.examples import example_plan
from meso_desk.model.preferences.issues import CategoricalIssue


@pytest.fixture
def plan() -> md.Plan:
    p = add_issue(example_plan(), "numeric", row=2).plan  # a new issue, 0–100 on a step of 1
    r = edit_issue(p, 2, "range", ("40", "60"))
    assert r.ok
    return r.plan


def test_a_step_that_does_not_divide_the_range_is_refused_with_the_nearest_steps(plan):
    r = edit_issue(plan, 2, "step", "7")
    assert not r.ok and r.plan is plan
    assert r.reason == "Step 7 does not divide 40–60; try 5 or 10 (or change the range to 40–61)"
    assert edit_issue(plan, 2, "step", "5").ok and edit_issue(plan, 2, "step", "10").ok


def test_a_range_the_step_does_not_divide_is_refused_too(plan):
    stepped = edit_issue(plan, 2, "step", "5").plan
    r = edit_issue(stepped, 2, "range", ("40", "62"))
    assert not r.ok and r.reason.startswith("Step 5 does not divide 40–62; try 2 or 11")
    assert not edit_issue(stepped, 2, "max", "62").ok
    assert edit_issue(stepped, 2, "max", "65").ok


@pytest.mark.parametrize("lo, hi, step, expected", [
    (40, 60, 7, (5, 10)),
    (0, 1, 0.3, (0.2, 0.5)),
    (180, 260, 0.7, (0.5, 0.8)),
    (0, 7, 2, (1, None)),  # 7 is prime: the whole range as one step is not offered
    (0, 100_000, 0.03, (None, 0.1)),  # 0.02 would give more than a million terms
])
def test_nearest_steps(lo, hi, step, expected):
    assert nearest_steps(lo, hi, step) == expected


def test_a_step_that_divides_within_rounding_is_accepted():
    p = example_plan()
    assert edit_issue(p, 0, "step", "0.25").ok  # 180–260 on 0.25
    assert edit_issue(p, 0, "step", "0.1").ok  # 800 steps, with float rounding


def test_a_numeric_issue_made_from_options_puts_every_option_on_its_grid():
    issue = CategoricalIssue(name="Lead time", options=[("0 weeks", 0), ("2 weeks", 50), ("5 weeks", 100)])
    numeric, _ = categorical_to_numeric(issue)
    assert (numeric.min, numeric.max, numeric.step) == (0, 5, 1)
    assert all(numeric.is_on_grid(x) for x in (0, 2, 5))


def test_new_options_are_numbered_not_lettered_like_the_cards():
    r = add_issue(example_plan(), "categorical")
    new = r.plan.issues[-1]
    assert isinstance(new, CategoricalIssue) and new.labels == ["Option 1", "Option 2"]


def test_undo_texts_keep_names_as_written():
    p = example_plan()
    p = edit_issue(p, 0, "name", "SLA price").plan
    assert edit_issue(p, 0, "step", "1").text == "Change step of “SLA price”"
    assert edit_issue(p, 0, "curve", "concave").text == "Set curve of “SLA price” to diminishing returns"
