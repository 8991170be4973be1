"""An edit of an issue that snaps recorded terms says so (it once changed the agreement, the quotes
and the rounds with only "Change step of “Unit price”." in the status line)."""

from __future__ import annotations

import meso_desk as md
from meso_desk.model.edits import deal_edits
from meso_desk.model.edits.issue_edits import OptionRow, edit_issue

AGREED = {"Unit price": 214.0, "Order volume": 2000.0, "Delivery": 6.0, "Payment term": 45.0, "Warranty": 30.0,
          "Incoterm": "FCA"}


def sourcing():
    return deal_edits.with_agreement(md.example_plan("sourcing"), AGREED)


def test_a_new_step_names_the_agreement_the_rounds_and_the_other_suppliers_it_moved():
    plan = sourcing()
    r = edit_issue(plan, plan.issue_names.index("Unit price"), "step", 4)
    assert r.ok and r.plan.agreement.terms["Unit price"] != 214.0  # snapped onto the new step
    assert r.message.startswith("Change step of “Unit price”. Also changed to fit: ")
    for words in ("the agreement", "recorded round", "the competing quote", "Edit ▸ Undo puts them back"):
        assert words in r.message, (words, r.message)


def test_removing_an_option_in_use_names_what_moved_and_a_rename_does_not():
    plan = sourcing()
    i = plan.issue_names.index("Incoterm")
    rows = [OptionRow(o.label, o.value, o.acceptable, o.label) for o in plan.issues[i].options if o.label != "FCA"]
    r = edit_issue(plan, i, "range", rows)
    assert r.ok and r.plan.agreement.terms["Incoterm"] != "FCA"
    assert "Also changed to fit:" in r.message and "the agreement" in r.message
    renamed = [OptionRow(o.label + " (Incoterms 2020)" if o.label == "FCA" else o.label, o.value, o.acceptable,
                         o.label) for o in plan.issues[i].options]
    r = edit_issue(plan, i, "range", renamed)
    # every copy follows the renamed option (the agreement and the competing quote once fell to DDP)
    assert r.ok and r.plan.agreement.terms["Incoterm"] == "FCA (Incoterms 2020)"
    assert r.plan.batna_package["Incoterm"] == {"FCA": "FCA (Incoterms 2020)"}.get(
        plan.batna_package["Incoterm"], plan.batna_package["Incoterm"])
    assert "Also changed" not in r.message  # carried along, nothing moved


def test_a_new_kind_names_the_rules_it_drops():
    """Warranty as options drops the quality approver's condition on it; payment term as options
    drops the financing of the total cost: both once went without a word."""
    plan = md.example_plan("sourcing")
    for issue, words in (("Payment term", "the total cost model"), ("Warranty", "approval conditions on Warranty")):
        if issue == "Warranty" and not any(c.issue == issue for a in plan.approvers for c in a.conditions):
            continue
        r = edit_issue(plan, plan.issue_names.index(issue), "kind", "categorical")
        assert r.ok and words in r.message, r.message


def test_an_edit_that_moves_nothing_says_only_what_it_did():
    plan = md.example_plan("supplier")
    r = edit_issue(plan, plan.issue_names.index("Delivery"), "description", "weeks from the order")
    assert r.ok and r.message == "Edit notes of “Delivery”."


def test_removing_an_issue_names_the_cost_it_takes_along():
    """Removing Unit price said only "with what was on it (1 constituency)" while the whole total
    cost model went too; removing the payment term takes its financing."""
    from meso_desk.model.edits.issue_edits import remove_issue

    plan = md.example_plan("supplier")
    assert plan.costs is not None
    r = remove_issue(plan, plan.issue_names.index("Unit price"))
    assert r.ok and r.plan.costs is None and "the total cost model" in r.message
    if plan.costs.payment_issue == "Payment term":
        r = remove_issue(plan, plan.issue_names.index("Payment term"))
        assert r.ok and "its part of the total cost" in r.message, r.message
