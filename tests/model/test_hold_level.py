"""Hold value on a MESO package stepped one term at a time (the arrow keys: each step its own
edit): the package stays with its set's level whenever a combination holds it
(:func:`meso_desk.model.offers.rebalance.held_level`, the one rule), and a step that cannot hold
it says the real reason.

Checked against brute force on small plans with coarse steps: 1-EUR prices against whole
weeks, few options — where a step is often held only within 1 point, or not at all.
"""

from __future__ import annotations

import numpy as np
from meso_plans import brute_force

import meso_desk as md
from meso_desk.model.edits.meso_set_edits import add_meso_set
from meso_desk.model.offers.rebalance import rebalance


def _cat(name, options):
    return md.CategoricalIssue(name=name, options=[md.Option(label=a, value=v, acceptable=ok) for a, v, ok in options])


def all_cat():
    issues = (_cat("Maker", [("Canon", 100, True), ("Nikon", 94, True), ("Sony", 9, True), ("Acme", 3, False)]),
              _cat("Bag", [("None", 0, True), ("Small bag", 50, True), ("Large bag with strap", 100, True)]),
              _cat("Service", [("Depot", 0, True), ("On site next business day", 100, True)]),
              _cat("Lens", [("Kit", 20, True), ("Zoom 24-105", 100, True), ("Prime 50", 60, True)]))
    return md.Plan(issues=issues, weights={"Maker": 0.4, "Bag": 0.2, "Service": 0.2, "Lens": 0.2}, aspiration=60,
                   reservation=30)


def with_set(plan: md.Plan, level: float, count: int = 2) -> tuple[md.Plan, list[str]]:
    """``plan`` with a MESO set at ``level`` (Hold value on): the first packages within 0.5 of it."""
    t = md.score_table(plan)
    rows, values = brute_force(plan)
    near = rows[np.abs(values - level) <= 0.5][:count]
    assert len(near), level
    return add_meso_set(plan, [t.package_terms(r) for r in near], level)


def test_cannot_hold_says_the_options_allow_nothing_closer_not_that_the_terms_are_at_their_best():
    """Lens to a better option: to hold 71.6 the other terms must give 8 points away, and no
    combination of their options does (70.0 or 77.6); they are not at their best."""
    plan, _ = with_set(all_cat(), 71.6)
    start = {"Maker": "Canon", "Bag": "None", "Service": "On site next business day", "Lens": "Prime 50"}
    r = rebalance(plan, start, "Lens", "Zoom 24-105", target=71.6)
    assert not r.exact and abs(r.achieved - 70.0) < 1e-6
    assert "already at their best" not in r.message
    assert "the steps and options of the other terms allow nothing closer" in r.message
    locked = rebalance(plan, start, "Lens", "Zoom 24-105", locked=["Maker"], target=71.6)
    assert "the steps and options of the unlocked terms allow nothing closer" in locked.message
    # where they really are at their best, it says so
    best = rebalance(plan, {**start, "Bag": "Large bag with strap"}, "Maker", "Sony", target=71.6)
    assert not best.exact and "the other terms are already at their best for us" in best.message
