"""A condition that never applies is kept and noted, not refused (docs/approvals.md): a total-cost
condition without a cost model; a condition on an issue the plan lacks when the plan already holds
it (a file edited by hand) — typed anew, that issue is still refused where it is typed."""

from __future__ import annotations

import pytest

from meso_desk.model.approvals.rules import approvals, never_applies
from meso_desk.model.edits.approval_edits import checked_weights, idle_conditions, with_approver_conditions
from meso_desk.model.edits.cost_edits import without_costs
from meso_desk.model.edits.plan_edits import with_properties
from meso_desk.model.errors import PlanError
from meso_desk.model.preferences.approval_conditions import ApprovalCondition

GONE = ApprovalCondition(kind="term", issue="Guarantee", when="below", value=24.0, effect="refuses")


def test_a_total_cost_condition_without_a_cost_model_is_kept_and_never_applies(supplier):
    plan = without_costs(supplier).plan
    new = with_properties(plan, title="No costs yet", approvers=plan.approvers)
    assert new.title == "No costs yet" and new.approvers == plan.approvers
    assert idle_conditions(new, new.approvers) == [
        (0, 0, "the plan has no cost model, so a total-cost condition never applies")]
    typed = with_approver_conditions(plan, 0, [{"kind": "total cost", "when": "above", "value": "500000",
                                                "effect": "needs"}])
    assert typed.approvers[0].conditions[0].value == 500_000
    assert not approvals(typed, [p.terms for p in typed.packages]).needs.any()  # never applies


def test_a_kept_condition_on_a_missing_issue_stays_a_typed_one_is_refused(supplier):
    q = supplier.approvers[1].model_copy(update={"conditions": (GONE,)})
    plan = supplier.replace(approvers=(supplier.approvers[0], q, supplier.approvers[2]))
    assert never_applies(plan, GONE).startswith("the plan has no issue called “Guarantee”")
    assert with_properties(plan, title="Kept", approvers=plan.approvers).approvers[1].conditions == (GONE,)
    assert idle_conditions(plan, plan.approvers)[0][:2] == (1, 0)
    other = {"kind": "term", "issue": "Colour", "when": "below", "value": "3", "effect": "refuses"}
    with pytest.raises(PlanError, match="no issue called “Colour”"):
        with_approver_conditions(plan, 1, [GONE, other])


def test_an_approvers_own_fractions_are_kept_exactly(supplier):
    exact = {"Warranty": 2 / 3, "Delivery": 1 / 3}
    assert checked_weights(supplier, exact) == exact
    assert checked_weights(supplier, {"Warranty": 0.12345, "Delivery": 0.87655}) == {"Warranty": 0.12345,
                                                                                   "Delivery": 0.87655}
    assert checked_weights(supplier, "Warranty 2, Delivery 1") == pytest.approx(exact)


def test_removing_the_cost_model_says_whose_conditions_no_longer_apply(supplier):
    r = without_costs(supplier)
    assert r.message == ("Total cost removed: packages show points only. The total-cost conditions of CFO no "
                         "longer apply (they stay, for a new cost model).")
    assert r.plan.approvers[0].conditions == supplier.approvers[0].conditions
