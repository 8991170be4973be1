"""Hold value on a MESO package stepped one term at a time (the arrow keys: each step its own
edit): the package stays with its set's level whenever a combination holds it
(:func:`meso_desk.model.offers.rebalance.held_level`, the one rule), and a step that cannot hold
it says the real reason.

Checked against brute force on small plans with coarse steps: 1-EUR prices against whole
weeks, few options — where a step is often held only within 1 point, or not at all.
"""

from __future__ import annotations

import numpy as np
import pytest
from meso_plans import brute_force, synthetic_plan

import meso_desk as md
from meso_desk.model.edits import package_edits as edits
from meso_desk.model.edits.meso_set_edits import add_meso_set
from meso_desk.model.offers import rebalance as reb
from meso_desk.model.offers.rebalance import MAX_TOLERANCE, rebalance


def _num(name, lo, hi, step, direction, hard_limit=None):
    return md.NumericIssue(name=name, min=lo, max=hi, step=step, direction=direction, hard_limit=hard_limit)


def _cat(name, options):
    return md.CategoricalIssue(name=name, options=[md.Option(label=a, value=v, acceptable=ok) for a, v, ok in options])


def two_issue(w_price=0.6):
    issues = (_num("Price", 100, 200, 1, "lower", 190), _num("Delivery", 1, 12, 1, "lower"))
    return md.Plan(issues=issues, weights={"Price": w_price, "Delivery": 1 - w_price}, aspiration=65, reservation=30)


def three_issue():
    issues = (_num("Price", 100, 200, 5, "lower"), _num("Delivery", 1, 8, 1, "lower"),
              _cat("Service", [("Depot", 0, True), ("On site", 100, True), ("Remote", 40, True)]))
    return md.Plan(issues=issues, weights={"Price": 0.5, "Delivery": 0.3, "Service": 0.2}, aspiration=70,
                   reservation=35)


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


def holding_exists(plan: md.Plan, issue: str, term, level: float) -> bool:
    """Whether some acceptable package with ``issue`` at ``term`` is within MAX_TOLERANCE of ``level``
    (and not under the reservation), by brute force."""
    t = md.score_table(plan)
    rows, values = brute_force(plan)
    i = t.names.index(issue)
    k = t.indices_of({n: (term if n == issue else t.package_terms(rows[0])[n]) for n in t.names})[i]
    ok = (rows[:, i] == k) & (np.abs(values - level) <= MAX_TOLERANCE + 1e-9)
    if level >= plan.reservation:
        ok &= values >= plan.reservation - 1e-9
    return bool(ok.any())


def steps(plan: md.Plan, issue: str, direction: int, n: int):
    """``n`` arrow-key steps on ``issue``: the next term of its grid (or option) each time."""
    iss = plan.issue(issue)
    if isinstance(iss, md.NumericIssue):
        return [("step", issue, direction * iss.step)] * n
    return [("option", issue, direction)] * n


def walk(plan: md.Plan, name: str, moves):
    """Take the steps one edit at a time; yield (issue, term, result) for each."""
    for _, issue, delta in moves:
        iss = plan.issue(issue)
        now = plan.package(name)[issue]
        if isinstance(iss, md.NumericIssue):
            term = now + delta
            if not iss.min <= term <= iss.max:
                continue
        else:
            labels = [o.label for o in iss.options]
            k = labels.index(now) + delta
            if not 0 <= k < len(labels):
                continue
            term = labels[k]
        r = edits.set_term(plan, name, issue, term)
        plan = r.plan
        yield issue, plan.package(name)[issue], r, plan


CASES = [
    ("two issues", two_issue(), 60.0, [*steps(two_issue(), "Price", +1, 40), *steps(two_issue(), "Price", -1, 60),
                                       *steps(two_issue(), "Delivery", +1, 6)]),
    ("two issues, other weights", two_issue(0.75), 55.0, [*steps(two_issue(), "Price", +1, 30),
                                                           *steps(two_issue(), "Delivery", -1, 5),
                                                           *steps(two_issue(), "Price", -1, 30)]),
    ("three issues", three_issue(), 70.0, [*steps(three_issue(), "Price", +1, 12),
                                           *steps(three_issue(), "Delivery", +1, 5),
                                           *steps(three_issue(), "Price", -1, 15)]),
    ("all categorical", all_cat(), 71.6, [("option", "Lens", +1), ("option", "Lens", -1), ("option", "Maker", +1),
                                          ("option", "Maker", -1), ("option", "Bag", +1), ("option", "Service", -1),
                                          ("option", "Lens", +1), ("option", "Bag", -1)]),
    ("synthetic", synthetic_plan(4, 4, seed=3, numeric_every=2), None, None),
]


@pytest.mark.parametrize("label, plan, level, moves", CASES, ids=[c[0] for c in CASES])
def test_steps_one_at_a_time_never_leave_the_level_when_a_combination_holds_it(label, plan, level, moves):
    if level is None:  # the synthetic plan: its median value, every issue stepped both ways
        level = round(float(np.median(brute_force(plan)[1])), 1)
        moves = [m for iss in plan.issue_names for d in (+1, -1) for m in steps(plan, iss, d, 3)]
    plan, names = with_set(plan, level)
    for name in names:
        taken = holdable = 0
        for issue, term, r, now in walk(plan, name, moves):
            taken += 1
            value = now.package(name).score
            if holding_exists(now, issue, term, level):
                holdable += 1
                assert r.held and abs(value - level) <= MAX_TOLERANCE + 1e-9, (
                    f"{label}: {name} with {issue} at {term} is worth {value:.2f}, level {level}: {r.message}")
        assert taken >= len(moves) // 3 and holdable, (taken, holdable)


def test_the_audit_walk_comes_back_to_the_level_after_a_step_that_could_not_hold_it():
    """Price one EUR at a time (12 steps) on the two-issue plan: some prices allow no package
    within 1 point of 60 (the weeks are 3.6 points apart); the next price that allows one
    holds the level again — Price 148 with Delivery 4 weeks (60.3), not 53.0."""
    plan, (a, _) = with_set(two_issue(), 60.0)
    plan = plan.with_terms(a, {"Price": 136.0, "Delivery": 6.0})  # 60.2, as the engine places it
    results = []
    for _ in range(12):
        r = edits.set_term(plan, a, "Price", plan.package(a)["Price"] + 1)
        plan = r.plan
        results.append((r, plan.package(a).score))
    assert dict(plan.stored_package(a).terms) == {"Price": 148.0, "Delivery": 4.0}
    assert abs(plan.package(a).score - 60.0) <= 0.5
    missed = [(r, v) for r, v in results if not r.held]
    assert len(missed) == 4  # 139, 140, 145, 146: as close as the steps allow, on either side
    assert all(abs(v - 60.0) < 2.0 and "allow nothing closer" in r.message for r, v in missed)
    assert all(abs(v - 60.0) <= MAX_TOLERANCE for r, v in results if r.held)


def test_a_package_moved_off_its_level_with_hold_value_off_holds_its_own_value():
    plan, (a, _) = with_set(two_issue(), 60.0)
    plan = edits.set_hold_value(plan, a, False)
    plan = edits.set_term(plan, a, "Price", 120.0).plan  # 10+ points above the level, on purpose
    plan = edits.set_hold_value(plan, a, True)
    value = plan.package(a).score
    assert reb.held_level(plan, a) is None
    r = edits.set_term(plan, a, "Price", 121.0)
    assert abs(r.plan.package(a).score - value) <= MAX_TOLERANCE


def test_a_click_without_a_move_changes_nothing():
    """The terms a package has already: no rebalance, even for a package short of its level."""
    plan, (a, _) = with_set(two_issue(), 60.0)
    plan = plan.with_terms(a, {"Price": 139.0, "Delivery": 6.0})  # 58.4: as close as Price 139 allows
    assert reb.held_level(plan, a) == 60.0
    r = edits.set_terms(plan, a, {"Price": 139.0, "Delivery": 6.0})
    assert r.plan is plan and r.held is None


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


def coarse_two_issue(reservation=29.0):
    """Price in four steps of 15 points, Delivery in steps of 10: few values, far apart."""
    issues = (_num("Price", 100, 200, 25, "lower"), _num("Delivery", 1, 5, 1, "lower"))
    return md.Plan(issues=issues, weights={"Price": 0.6, "Delivery": 0.4}, aspiration=65, reservation=reservation)


def three_issue_fine(reservation=64.9):
    """Price 4 points a step, Delivery 5 a week, Warranty 6.25 per half year."""
    issues = (_num("Price", 100, 200, 10, "lower"), _num("Delivery", 1, 8, 1, "lower"),
              _num("Warranty", 0, 24, 6, "higher"))
    return md.Plan(issues=issues, weights={"Price": 0.4, "Delivery": 0.35, "Warranty": 0.25}, aspiration=70,
                   reservation=reservation)


def test_held_above_the_target_because_lower_is_below_the_reservation_says_so_not_the_steps():
    """Price 100 → 110 on a package worth 65.0, reservation 64.9: 64.75 is within 0.5 of 65 but
    below the reservation, so the value holds at 66.0, 1 point over — because of the reservation,
    not the steps (which allow 64.75)."""
    plan = three_issue_fine()
    start = {"Price": 100.0, "Delivery": 3.0, "Warranty": 0.0}
    r = rebalance(plan, start, "Price", 110.0, stop_at_limits=True)
    assert r.exact and abs(r.achieved - 66.0) < 1e-6
    assert r.message == "held at 66.0 points instead of 65.0: lower would be below your reservation value 64.9"
    assert "steps" not in r.message and r.raised_by_reservation
    # the same move with the reservation out of the way holds within 0.5 (the steps allow it)
    free = rebalance(three_issue_fine(reservation=60.0), start, "Price", 110.0, stop_at_limits=True)
    assert free.exact and abs(free.achieved - 64.75) < 1e-6 and not free.raised_by_reservation
    # the term edit says it on the card in the model's words, in green: the value is above its target
    plan = plan.with_package(md.StoredPackage(name="A", terms=start, hold_value=True))
    edit = edits.set_term(plan, "A", "Price", 110.0)
    assert edit.held and edit.brief == "kept above reservation" and edit.status == "ok"
    assert edit.message == "Held at 66.0 points instead of 65.0: lower would be below your reservation value 64.9"


def test_a_meso_level_that_cannot_hold_because_of_the_reservation_names_the_reservation():
    """A set at 29.5, the reservation 29.0: with Price at 175 the packages nearest the level are
    worth 25.0 (below the reservation) and 35.0. The reason is the reservation, not the steps."""
    plan = coarse_two_issue().with_package(
        md.StoredPackage(name="A", terms={"Price": 150.0, "Delivery": 5.0}, hold_value=True))  # 30.0
    plan = plan.replace(meso_sets=(md.MesoSet(name="MESO 1", level=29.5, packages=("A",)),))
    assert reb.held_level(plan, "A") == 29.5
    r = rebalance(plan, "A", "Price", 175.0, target=29.5, stop_at_limits=True)
    assert not r.exact and abs(r.achieved - 35.0) < 1e-6
    assert r.message == ("cannot hold 29.5 points with Price at 175: lower would be worth only your reservation "
                         "value 29.0 (offers start at 29.5); the closest package is worth 35.0 (5.5 points over)")
    assert r.raised_by_reservation and r.blocking == ()
    edit = edits.set_term(plan, "A", "Price", 175.0)
    assert not edit.held and edit.brief == "kept above reservation"
    assert edit.message.startswith("Can't hold the value: cannot hold 29.5 points with Price at 175: lower would "
                                   "be worth only your reservation value 29.0")
    # where the closest package is above the level for want of steps, the steps stay the reason
    other = rebalance(plan, "A", "Price", 175.0, target=31.0, stop_at_limits=True)
    assert not other.raised_by_reservation and "reservation" not in other.message
