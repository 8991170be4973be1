"""Editing the issues after work was done (docs/issues-panel.md): everything recorded follows the
edited issue, and the status line names what else moved — nothing changes silently.

Each test failed before: a new range deleted contingent clauses (the agreed one too) without a
word; an outside option blocked every rename, removal and most ranges; the Ask-next answers and
the weight region stayed on an old name; a replaced option moved the supplier's counter-offer to
our best option; an approver's conditions locked Plan Properties after a new range or kind."""

from __future__ import annotations

import pytest

import meso_desk as md
from meso_desk.model.contingent.clauses import LinearClause
from meso_desk.model.edits import deal_edits
from meso_desk.model.edits.approval_edits import idle_conditions
from meso_desk.model.edits.issue_edits import OptionRow, edit_issue, edit_value, remove_issue
from meso_desk.model.edits.knock_on import options_in_use
from meso_desk.model.edits.plan_edits import with_properties
from meso_desk.model.edits.supplier_edits import set_outside_option
from tests.model.recorded_plans import OTHER, recorded_plan


def _row(plan, name):
    return plan.issue_names.index(name)


def _agreed(plan, name="Warranty guard", clauses=None):
    return deal_edits.with_agreement(plan, plan.package(name), clauses=clauses)


# -- 1. contingent clauses follow a new range or step, and the status line says where ---------------
def test_a_new_range_keeps_the_clauses_everywhere_and_names_where_they_changed():
    plan = recorded_plan()
    r = edit_issue(plan, _row(plan, "Warranty"), "range", "12 – 30")
    assert r.ok, r.reason
    q = r.plan
    assert q.stored_package("Warranty guard").clauses["Warranty"].term == 30.0  # 36 months is gone: the nearest
    assert q.rounds[0].offered[3].clauses["Warranty"].term == 30.0
    assert q.supplier_record(OTHER).rounds[0].offered[1].clauses["Warranty"].term == 30.0
    assert q.agreement.clauses["Warranty"].term == 30.0  # what was agreed is not deleted
    assert ("the contingent clauses on it (the agreement; Warranty guard; 3 offered package(s) in the recorded "
            "rounds)") in r.message, r.message
    assert r.message.endswith("Edit ▸ Undo puts them back.")
    step = edit_issue(plan, _row(plan, "Warranty"), "step", "9")
    assert step.ok and step.plan.stored_package("Warranty guard").clauses["Warranty"].term == 39.0
    assert "the contingent clauses on it (" in step.message


def test_a_kind_that_cannot_hold_a_clause_drops_it_in_the_packages_and_says_so_but_keeps_an_agreed_one():
    linear = LinearClause(event="Failure rate", when="above", pivot=1.0, per_unit=6.0, relative=False, cap=12.0)
    base = recorded_plan(agreement=False, other_supplier=False)
    sp = base.stored_package("Fixed price")
    plan = base.with_package(sp.model_copy(update={"clauses": {"Warranty": linear}}))
    r = edit_issue(plan, _row(plan, "Warranty"), "kind", "categorical")
    assert r.ok, r.reason
    assert "Warranty" not in r.plan.stored_package("Fixed price").clauses
    assert "Contingent clauses on “Warranty” dropped (they no longer fit): Fixed price" in r.message, r.message
    agreed = _agreed(plan, "Fixed price")
    r = edit_issue(agreed, _row(plan, "Warranty"), "kind", "categorical")
    assert not r.ok and r.plan is agreed
    assert r.reason.startswith("the agreement has a contingent clause on “Warranty” that the change cannot keep")


# -- 2. the outside option follows like the competing quote ------------------------------------------
@pytest.fixture
def outside():
    plan = md.example_plan("sourcing")
    return set_outside_option(plan, dict(plan.batna_package))


def test_with_an_outside_option_issues_can_be_renamed_removed_and_refitted(outside):
    plan = outside
    d = _row(plan, "Delivery")
    r = edit_issue(plan, d, "name", "Lead time")
    assert r.ok, r.reason
    assert r.plan.outside_option["Lead time"] == plan.outside_option["Delivery"] and "Delivery" not in r.plan.outside_option
    r = remove_issue(plan, d)
    assert r.ok, r.message
    assert "Delivery" not in r.plan.outside_option
    r = edit_issue(plan, _row(plan, "Unit price"), "step", "4")
    assert r.ok, r.reason
    assert r.plan.outside_option["Unit price"] == 244.0 and "the outside option" in r.message  # 246 is off the step
    r = edit_issue(plan, d, "range", "6 – 12")
    assert r.ok, r.reason
    assert r.plan.outside_option["Delivery"] == 6.0
    r = edit_issue(plan, _row(plan, "Incoterm"), "kind", "numeric")
    assert r.ok, r.reason
    i = _row(plan, "Incoterm")
    rows = list(edit_value(plan.issues[i], "range"))
    rows[2] = OptionRow("DAP Oslo", rows[2].value, rows[2].acceptable, rows[2].was)
    r = edit_issue(plan, i, "range", rows)
    assert r.ok, r.reason
    assert r.plan.outside_option["Incoterm"] == "DAP Oslo" and "Also changed" not in r.message


# -- 3. the Ask-next answers follow their issues --------------------------------------------------
def test_a_rename_carries_the_ask_next_answers_of_every_supplier():
    plan = recorded_plan()
    r = edit_issue(plan, _row(plan, "Delivery"), "name", "Lead time")
    assert r.ok and r.message == "Rename issue “Delivery” to “Lead time”."
    assert r.plan.rounds[0].issue_over == ("Unit price", "Lead time")
    assert r.plan.supplier_record(OTHER).rounds[0].issue_over == ("Lead time", "Warranty")
    r = edit_issue(plan, _row(plan, "Payment term"), "name", "Payment days")
    assert r.plan.rounds[0].preferred_term == {"Payment days": 30.0, "Incoterm": "FCA"}


def test_a_removal_drops_the_answers_on_the_issue_and_says_so():
    plan = recorded_plan()
    r = remove_issue(plan, _row(plan, "Delivery"))
    assert r.ok
    assert r.plan.rounds[0].issue_over is None and r.plan.supplier_record(OTHER).rounds[0].issue_over is None
    assert "Also gone with it: 2 of their Ask-next answers on it." in r.message, r.message
    r = remove_issue(plan, _row(plan, "Payment term"))
    assert r.plan.rounds[0].preferred_term == {"Incoterm": "FCA"}
    assert "Also gone with it: their Ask-next answer on it." in r.message


def test_a_new_range_snaps_the_term_that_suits_them_and_counts_the_round():
    plan = recorded_plan(other_supplier=False)
    r = edit_issue(plan, _row(plan, "Payment term"), "range", "45 – 90")
    assert r.ok
    assert r.plan.rounds[0].preferred_term == {"Payment term": 45.0, "Incoterm": "FCA"}
    assert "2 recorded round(s)" in r.message


# -- 4. the Ask-me weight region follows ------------------------------------------------------------
def test_the_weight_region_follows_a_rename_and_a_removal():
    plan = recorded_plan()
    lo, hi = plan.weight_region.low["Delivery"], plan.weight_region.high["Delivery"]
    q = edit_issue(plan, _row(plan, "Delivery"), "name", "Lead time").plan
    assert "Delivery" not in q.weight_region.low and (q.weight_region.low["Lead time"], q.weight_region.high["Lead time"]) == (lo, hi)
    q = remove_issue(q, _row(q, "Lead time")).plan
    assert "Lead time" not in q.weight_region.low and "Lead time" not in q.weight_region.high


# -- 5. a replaced option's terms move to the nearest option, and the message names it ----------------
def _fca_replaced(plan, value=50.0):
    i = _row(plan, "Incoterm")
    rows = list(edit_value(plan.issues[i], "range"))
    return [rows[0], OptionRow("CPT", value, True, None), rows[2], rows[3]]


def test_a_replaced_option_moves_its_terms_to_the_nearest_option_not_to_our_best():
    plan = recorded_plan()
    rows = _fca_replaced(plan)
    r = edit_issue(plan, _row(plan, "Incoterm"), "range", rows)
    assert r.ok, r.reason
    q = r.plan
    # FCA (35 points) is nearest to CPT (50), not DDP (100): their counter-offer is not made our ideal
    assert q.rounds[0].counter_offer["Incoterm"] == "CPT" and q.batna_package["Incoterm"] == "CPT"
    assert q.stored_package("Their opening quote").terms["Incoterm"] == "CPT"
    assert q.rounds[0].preferred_term["Incoterm"] == "CPT"
    assert "Terms on “FCA” moved to “CPT”, the nearest option left." in r.message, r.message
    assert "2 package(s), the competing quote, 1 recorded round(s)" in r.message
    # before OK, the dialog's warning: what uses FCA and where it goes
    warning = options_in_use(plan, q, _row(plan, "Incoterm"), [x.was for x in rows if x.was])
    assert warning.startswith("“FCA” is in use (2 package(s), the competing quote, 1 recorded round(s), the "
                              "conditions of Logistics and the total cost model): on OK it goes"), warning
    # on a tie the option worth less to us
    tie = edit_issue(plan, _row(plan, "Incoterm"), "range", [_fca_replaced(plan)[0]] + [
        OptionRow("DAP", 80.0, True, "DAP"), OptionRow("DDP", 100.0, True, "DDP"), OptionRow("CPT", 70.0, True, None)])
    assert tie.ok and tie.plan.batna_package["Incoterm"] == "EXW"  # 35: EXW (0) and CPT (70) tie


# -- 6. approver conditions follow where they can; the rest are warnings, not a locked dialog ----------
def test_a_removed_option_leaves_the_approvers_other_options_in_force():
    plan = recorded_plan(other_supplier=False)
    r = edit_issue(plan, _row(plan, "Incoterm"), "range", _fca_replaced(plan))
    logistics = r.plan.approvers[2].conditions[0]
    assert logistics.options == ("DAP", "DDP")
    assert "Logistics now allows only DAP and DDP on “Incoterm” (FCA is gone)." in r.message
    terms = dict(r.plan.stored_package("Fixed price").terms, Incoterm="EXW")
    assert md.approvals(r.plan, [terms]).refuses[0, 2]  # EXW is still refused by Logistics
    assert with_properties(r.plan, title="Still editable", approvers=r.plan.approvers).title == "Still editable"


def test_a_condition_off_a_new_range_is_said_and_kept_as_a_warning():
    plan = recorded_plan()
    r = edit_issue(plan, _row(plan, "Warranty"), "range", "30 – 48")
    assert r.ok
    assert ("The condition of Quality (warranty ≥ 24 months) lies outside the new range 30 months – 48 months: "
            "every term passes it now.") in r.message, r.message
    q = with_properties(r.plan, title="Renamed", approvers=r.plan.approvers)  # OK stays possible
    assert q.approvers == r.plan.approvers
    assert idle_conditions(q, q.approvers) == [
        (1, 0, "24 is outside Warranty's range 30 months – 48 months, so every term passes the condition")]


def test_after_a_change_of_kind_plan_properties_still_take_the_approvers():
    plan = recorded_plan()
    for name, kind, why in (("Warranty", "categorical", "Warranty is not a number, so a condition below or above "
                                                        "a value never applies"),
                            ("Incoterm", "numeric", "Incoterm is a number, so a condition on allowed options "
                                                    "never applies")):
        r = edit_issue(plan, _row(plan, name), "kind", kind)
        assert r.ok, r.reason
        q = with_properties(r.plan, title="Kind changed", approvers=r.plan.approvers)
        assert q.approvers == r.plan.approvers and why in [w for _, _, w in idle_conditions(q, q.approvers)]


# -- 8. removing the only weighted issue says the others now weigh the same ------------------------------
def test_removing_the_only_weighted_issue_says_the_others_now_weigh_the_same():
    plan = md.example_plan("contingent")
    plan = plan.with_weights({n: 1.0 if n == "Unit price" else 0.0 for n in plan.issue_names})
    r = remove_issue(plan, 0)
    assert r.ok and list(r.plan.weights.values()) == pytest.approx([0.2] * 5)
    assert "No other issue had a weight, so they now weigh the same (20 % each)." in r.message
    plain = remove_issue(md.example_plan("contingent"), 0)
    assert "weigh the same" not in plain.message


# -- saved and reopened, everything carried stays -----------------------------------------------------------
def test_what_the_edits_carried_survives_saving(tmp_path):
    plan = set_outside_option(recorded_plan(), dict(recorded_plan().batna_package))
    q = edit_issue(plan, _row(plan, "Delivery"), "name", "Lead time").plan
    q = edit_issue(q, _row(q, "Incoterm"), "range", _fca_replaced(q)).plan
    q = remove_issue(q, _row(q, "Payment term")).plan
    md.save_plan(q, tmp_path / "carried.meso")
    again = md.load_plan(tmp_path / "carried.meso")
    assert again.model_dump() == q.model_dump()
    assert again.rounds[0].issue_over == ("Unit price", "Lead time") and again.outside_option["Incoterm"] == "CPT"
