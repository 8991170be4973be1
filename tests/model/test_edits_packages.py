"""Package edits (meso_desk.model.edits.package_edits, edits.meso_set_edits): terms with Hold value, locks, add/rename/remove."""

from __future__ import annotations

import pytest

import meso_desk as md
from meso_desk.model.edits import package_edits as edits
from meso_desk.model.edits.meso_set_edits import add_meso_set
from meso_desk.model.edits.result import EditResult

BATNA = "Competing quote (BATNA)"
IDEAL = "Our ideal"


def holding(plan: md.Plan, name: str) -> md.Plan:
    return edits.set_hold_value(plan, name, True)


# -- terms -------------------------------------------------------------------------------------------
def test_a_term_without_hold_value_moves_alone(supplier):
    r = edits.set_term(supplier, BATNA, "Delivery", 7.0)
    assert r.ok and r.held is None and r.message == "" and r.brief == ""
    before, after = supplier.stored_package(BATNA).terms, r.plan.stored_package(BATNA).terms
    assert after["Delivery"] == 7.0
    assert {k: v for k, v in after.items() if k != "Delivery"} == {k: v for k, v in before.items() if k != "Delivery"}


def test_hold_value_rebalances_the_unlocked_terms_and_says_so(supplier):
    plan = edits.set_term_locked(holding(supplier, BATNA), BATNA, "Order volume", True)
    value = plan.package(BATNA).score
    r = edits.set_term(plan, BATNA, "Unit price", 230.0)
    pkg = r.plan.package(BATNA)
    assert r.ok and r.held and r.status == "ok" and r.brief == ""
    assert pkg["Unit price"] == 230.0 and pkg["Order volume"] == plan.package(BATNA)["Order volume"]
    assert abs(pkg.score - value) <= 0.5
    assert r.message.startswith(f"Value held at {value:.1f} points (") and r.message.endswith(" moved)")


def test_hold_value_rebalances_from_the_plan_when_the_gesture_began(supplier):
    """A drag rebalances from ``base``: the value held is the original one, and dragging back
    restores the original terms."""
    start = holding(supplier, BATNA)
    r1 = edits.set_term(start, BATNA, "Unit price", 228.0, base=start)
    r2 = edits.set_term(r1.plan, BATNA, "Unit price", 236.0, base=start)  # back where it began
    assert r2.plan.stored_package(BATNA).terms == start.stored_package(BATNA).terms


def test_a_meso_package_stepped_one_key_at_a_time_stays_at_its_sets_level(supplier):
    """Each arrow key is its own edit and each step moves the value less than the tolerance:
    holding "the value before this step" let the package walk away from its set (70 → 67.4
    in 12 steps); a package at its set's level holds the level."""
    mesos = md.generate_mesos(supplier, 3, 70.0)
    plan, names = add_meso_set(supplier, list(mesos), 70.0)
    a = names[0]
    issue = plan.issue("Unit price")
    for _ in range(12):
        price = plan.package(a)["Unit price"]
        if price + issue.step > issue.max:
            break
        r = edits.set_term(plan, a, "Unit price", price + issue.step)  # one step worse for us
        assert r.ok and r.held
        plan = r.plan
        assert abs(plan.package(a).score - 70.0) <= 0.5 + 1e-9
    assert plan.package(a)["Unit price"] > mesos[0]["Unit price"]  # the steps were taken


def test_a_package_off_its_sets_level_holds_its_own_value(supplier):
    mesos = md.generate_mesos(supplier, 3, 70.0)
    plan, names = add_meso_set(supplier, list(mesos), 75.0)  # recorded at another level
    a = names[0]
    value = plan.package(a).score
    r = edits.set_term(plan, a, "Delivery", plan.package(a)["Delivery"] + 1.0)
    assert r.held and abs(r.plan.package(a).score - value) <= 0.5 + 1e-9


def test_two_terms_at_once_like_a_drag_on_the_value_map(supplier):
    plan = holding(supplier, BATNA)
    value = plan.package(BATNA).score
    r = edits.set_terms(plan, BATNA, {"Unit price": 225.0, "Delivery": 5.0})
    pkg = r.plan.package(BATNA)
    assert (pkg["Unit price"], pkg["Delivery"]) == (225.0, 5.0)
    assert abs(pkg.score - value) <= 0.5 and "Value held" in r.message


def test_hold_value_that_cannot_hold_says_how_far_off(supplier):
    plan = edits.set_all_locked(holding(supplier, BATNA), BATNA, True)
    plan = edits.set_term_locked(plan, BATNA, "Unit price", False)
    r = edits.set_term(plan, BATNA, "Unit price", 200.0)  # every other term locked
    assert not r.ok and r.held is False and r.status == "short"
    assert r.message.startswith("Can't hold the value: cannot hold")
    assert r.brief.startswith("off by +")
    assert r.plan.stored_package(BATNA).terms["Unit price"] == 200.0  # the user's move is kept


def test_hold_value_with_a_bad_term_is_refused(supplier):
    plan = holding(supplier, BATNA)
    with pytest.raises(ValueError):  # the plan refuses the term too: nothing to apply
        edits.set_term(plan, BATNA, "Incoterm", "nowhere")


def test_hold_value_stops_a_dragged_term_at_its_hard_limit(supplier):
    """Issue 17, 11.: Hold value never moves a term past its hard limit, the dragged one
    included; it says so plainly instead of only "off by"."""
    plan = holding(supplier, BATNA)
    r = edits.set_term(plan, BATNA, "Unit price", 255.0)  # beyond the hard limit of EUR 248
    assert r.plan.stored_package(BATNA).terms["Unit price"] == 248.0
    assert r.plan.package(BATNA).acceptable
    assert r.ok and r.held and r.brief == "at hard limit"
    assert r.message.startswith("Unit price stops at its hard limit EUR 248.00")
    r = edits.set_term(plan, BATNA, "Incoterm", "EXW")  # an option we never accept
    assert r.plan.stored_package(BATNA).terms["Incoterm"] == "FCA"
    assert r.message.startswith("Incoterm stays FCA: the option you chose is never acceptable")


def test_a_term_already_beyond_its_limit_may_come_back_but_not_go_further(supplier):
    opening = "Their opening quote"  # EUR 252, beyond the hard limit of EUR 248
    plan = holding(supplier, opening)
    assert edits.set_term(plan, opening, "Unit price", 258.0).plan.stored_package(opening).terms["Unit price"] == 252
    assert edits.set_term(plan, opening, "Unit price", 250.0).plan.stored_package(opening).terms["Unit price"] == 250


def test_hold_value_that_cannot_hold_names_the_term_at_its_hard_limit(supplier):
    """The other terms concede down to their hard limits and stop there: the message names them."""
    opening = "Their opening quote"
    r = edits.set_term(holding(supplier, opening), opening, "Unit price", 200.0)
    terms = r.plan.stored_package(opening).terms
    assert (terms["Delivery"], terms["Incoterm"]) == (10.0, "FCA")  # at the limits, not past them
    assert not r.held and r.brief == "at hard limits"
    assert "Delivery (10 weeks) and Incoterm (FCA) stop at their hard limits" in r.message
    assert "9.6 points over" in r.message


def test_no_terms_changes_nothing(supplier):
    assert edits.set_terms(supplier, BATNA, {}).plan is supplier


# -- switches -----------------------------------------------------------------------------------------
def test_hold_value_and_locks(supplier):
    plan = edits.set_hold_value(supplier, BATNA, True)
    assert plan.stored_package(BATNA).hold_value
    assert edits.set_hold_value(plan, BATNA, True) is plan  # already on: the same plan
    plan = edits.set_term_locked(plan, BATNA, "Warranty", True)
    plan = edits.set_term_locked(plan, BATNA, "Unit price", True)
    assert plan.stored_package(BATNA).locked == ("Unit price", "Warranty")  # in issue order
    plan = edits.set_term_locked(plan, BATNA, "Unit price", False)
    assert plan.stored_package(BATNA).locked == ("Warranty",)
    assert edits.set_all_locked(plan, BATNA, True).stored_package(BATNA).locked == tuple(plan.issue_names)
    assert edits.set_all_locked(plan, BATNA, False).stored_package(BATNA).locked == ()


# -- packages -----------------------------------------------------------------------------------------
def test_add_duplicate_rename_remove(supplier):
    plan, name = edits.add_package(supplier)
    assert name == "New package" and plan.package_names[-1] == name
    plan, second = edits.add_package(plan)
    assert second == "New package (2)"
    plan, copy = edits.duplicate_package(plan, BATNA)
    assert copy == f"{BATNA} copy"
    assert plan.package_names[plan.package_names.index(BATNA) + 1] == copy
    assert plan.stored_package(copy).terms == plan.stored_package(BATNA).terms
    r = edits.rename_package(plan, copy, "  Plan B ")
    assert isinstance(r, EditResult) and r.ok and "Plan B" in r.plan.package_names
    refused = edits.rename_package(r.plan, "Plan B", IDEAL)
    assert not refused.ok and refused.plan is r.plan
    assert refused.message == f"A package called {IDEAL!r} already exists"
    assert not edits.rename_package(r.plan, "Plan B", "  ").ok
    plan = edits.remove_package(r.plan, "Plan B")
    assert "Plan B" not in plan.package_names


def test_renaming_and_removing_follow_the_meso_set(supplier):
    plan, names = add_meso_set(supplier, [supplier.package(IDEAL), supplier.package(BATNA)], 70.0)
    assert names == ["A", "B"] and plan.meso_sets[-1].packages == ("A", "B")
    assert all(plan.stored_package(n).hold_value for n in names)
    plan = edits.rename_package(plan, "A", "Alpha").plan
    assert plan.meso_sets[-1].packages == ("Alpha", "B")
    plan = edits.remove_package(plan, "Alpha")
    assert plan.meso_sets[-1].packages == ("B",)


def test_add_meso_set_names_later_sets_and_ignores_an_empty_one(supplier):
    terms = [dict(supplier.stored_package(IDEAL).terms)] * 3
    p1, n1 = add_meso_set(supplier, terms, 70.0)
    p2, n2 = add_meso_set(p1, terms, 71.0)
    assert n1 == ["A", "B", "C"] and n2 == ["A2", "B2", "C2"]
    assert [s.name for s in p2.meso_sets] == ["MESO 1", "MESO 2"] and p2.meso_sets[1].level == 71.0
    assert add_meso_set(supplier, [], 70.0) == (supplier, [])


def test_package_renames_are_what_a_rename_and_its_undo_make():
    plan = md.example_plan("supplier")
    first, second = plan.package_names[:2]
    renamed = edits.rename_package(plan, first, "Plan B").plan
    assert edits.package_renames(plan, renamed) == {first: "Plan B"}
    assert edits.package_renames(renamed, plan) == {"Plan B": first}
    # a term edit, a new package or a deletion is no rename
    assert edits.package_renames(plan, plan.with_term(first, "Delivery", 2.0)) == {}
    assert edits.package_renames(plan, edits.add_package(plan)[0]) == {}
    assert edits.package_renames(plan, edits.remove_package(plan, second)) == {}
    # renamed and changed at once is another package
    changed = renamed.with_term("Plan B", "Delivery", 2.0)
    assert edits.package_renames(plan, changed) == {}
