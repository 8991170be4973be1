"""Renaming or removing an issue carries the behind-the-table data along (docs/behind-the-table.md):
approver conditions, their constituencies and goodwill follow a rename (and a categorical issue's
option renames); a removal drops what was on the issue and says so."""

from __future__ import annotations

import numpy as np
import pytest

from meso_desk.model.approvals.rules import approvals_on_grid
from meso_desk.model.edits.issue_edits import OptionRow, edit_issue, remove_issue
from meso_desk.model.examples import example_plan
from meso_desk.model.plan import Plan
from meso_desk.model.preferences.behind_the_table import Constituency, Goodwill


@pytest.fixture
def supplier() -> Plan:
    """The supplier example plus a constituency and goodwill on the categorical Incoterm."""
    p = example_plan("supplier")
    logistics = Constituency(party="logistics desk", issue="Incoterm", kind="one_of", options=("EXW", "FCA"))
    goodwill = dict(p.goodwill, Incoterm=Goodwill(options=("EXW",), signal="flexibility"))
    return p.replace(their_constituencies=(*p.their_constituencies, logistics), goodwill=goodwill)


def _refused(plan: Plan) -> np.ndarray:
    """Which of 400 grid packages (the same for the same grid sizes) an approver refuses."""
    sizes = [len(i.grid()) for i in plan.issues]
    rows = np.random.default_rng(3).integers(0, sizes, size=(400, len(sizes)))
    return np.asarray(approvals_on_grid(plan, rows).refuses).any(axis=1)


def _row(plan: Plan, name: str) -> int:
    return plan.issue_names.index(name)


def _condition_issues(plan: Plan) -> list[str]:
    return [c.issue for a in plan.approvers for c in a.conditions]


def test_a_rename_carries_conditions_constituencies_and_goodwill(supplier):
    r = edit_issue(supplier, _row(supplier, "Warranty"), "name", "Guarantee")
    assert r.ok and _condition_issues(r.plan) == ["", "Guarantee", "Incoterm"]
    # the condition still applies: the same packages are refused as before the rename
    assert 0 < _refused(supplier).sum() < 400 and (_refused(r.plan) == _refused(supplier)).all()
    r = edit_issue(supplier, _row(supplier, "Payment term"), "name", "Pay days")
    assert [c.issue for c in r.plan.their_constituencies] == ["Unit price", "Pay days", "Delivery", "Incoterm"]
    assert list(r.plan.goodwill) == ["Pay days", "Order volume", "Incoterm"]
    assert r.plan.goodwill["Pay days"] == supplier.goodwill["Payment term"]


def test_renamed_options_follow_in_conditions_constituencies_and_goodwill(supplier):
    issue = supplier.issue("Incoterm")
    rows = [OptionRow(o.label + " Incoterms 2020" if o.label in ("FCA", "EXW") else o.label, o.value,
                      o.acceptable, was=o.label) for o in issue.options]
    r = edit_issue(supplier, _row(supplier, "Incoterm"), "range", rows)
    assert r.ok, r.reason
    logistics = r.plan.approvers[2].conditions[0]
    assert logistics.options == ("FCA Incoterms 2020", "DAP", "DDP")
    assert r.plan.their_constituencies[-1].options == ("EXW Incoterms 2020", "FCA Incoterms 2020")
    assert r.plan.goodwill["Incoterm"].options == ("EXW Incoterms 2020",)
    assert 0 < _refused(supplier).sum() < 400 and (_refused(r.plan) == _refused(supplier)).all()


def test_a_removal_drops_what_was_on_the_issue_and_says_so(supplier):
    r = remove_issue(supplier, _row(supplier, "Payment term"))
    assert "Payment term" not in [c.issue for c in r.plan.their_constituencies]
    assert "Payment term" not in r.plan.goodwill and "Order volume" in r.plan.goodwill
    assert r.message == ("Removed “Payment term” with what was on it (1 constituency, its goodwill and its part "
                         "of the total cost). Undo brings it all back with its weight and terms.")  # the financing
    r = remove_issue(supplier, _row(supplier, "Incoterm"))
    assert _condition_issues(r.plan) == ["", "Warranty"]
    assert r.plan.approvers[2].conditions == () and r.plan.approvers[2].role == "Logistics"
    assert "(1 approval condition, 1 constituency, its goodwill and its part of the total cost)" in r.message
    # the plan round-trips through its file with nothing dangling
    assert Plan.model_validate_json(r.plan.to_json()) == r.plan


def _quality_weighs(plan: Plan) -> Plan:
    """Quality with its own weights and a condition on its points (docs/approvals.md)."""
    from meso_desk.model.preferences.approval_conditions import ApprovalCondition
    q = plan.approvers[1].model_copy(update={"weights": {"Warranty": 0.6, "Delivery": 0.4}, "conditions": (
        ApprovalCondition(kind="points", when="below", value=55.0, effect="refuses"),)})
    return plan.replace(approvers=(plan.approvers[0], q, *plan.approvers[2:]))


def test_a_rename_carries_an_approvers_own_weights(supplier):
    plan = _quality_weighs(supplier)
    r = edit_issue(plan, _row(plan, "Warranty"), "name", "Guarantee")
    assert r.ok and r.plan.approvers[1].weights == {"Guarantee": 0.6, "Delivery": 0.4}
    # their verdicts by their own weights are the same after the rename
    assert 0 < _refused(plan).sum() < 400 and (_refused(r.plan) == _refused(plan)).all()


def test_a_removal_drops_an_approvers_weight_on_the_issue_and_says_so(supplier):
    plan = _quality_weighs(supplier)
    r = remove_issue(plan, _row(plan, "Delivery"))
    assert r.plan.approvers[1].weights == {"Warranty": 1.0}
    assert "(the weight Quality gives it and 1 constituency)" in r.message
    r = remove_issue(plan, _row(plan, "Warranty"))
    assert r.plan.approvers[1].weights == {"Delivery": 1.0}
    assert "(the weight Quality gives it)" in r.message
    assert Plan.model_validate_json(r.plan.to_json()) == r.plan


def test_a_removal_of_an_approvers_only_weighted_issue_leaves_them_no_weights(supplier):
    plan = _quality_weighs(supplier)
    q = plan.approvers[1].model_copy(update={"weights": {"Warranty": 1.0, "Delivery": 0.0}})
    plan = plan.replace(approvers=(plan.approvers[0], q, *plan.approvers[2:]))
    r = remove_issue(plan, _row(plan, "Warranty"))
    assert r.ok and r.plan.approvers[1].weights == {}


def _without_options(plan: Plan, *gone: str, renamed: dict[str, str] | None = None) -> list[OptionRow]:
    """The Options dialog's rows for Incoterm with ``gone`` removed and ``renamed`` relabelled."""
    renamed = renamed or {}
    return [OptionRow(renamed.get(o.label, o.label), o.value, o.acceptable, was=o.label)
            for o in plan.issue("Incoterm").options if o.label not in gone]


def test_a_removed_option_leaves_their_constituencies_and_goodwill_and_says_so(supplier):
    """Before: "one of EXW, FCA" and the goodwill on EXW kept an option the issue no longer had
    (the editors then refused them), and the status line said nothing."""
    r = edit_issue(supplier, _row(supplier, "Incoterm"), "range", _without_options(supplier, "FCA"))
    assert r.ok, r.reason
    assert r.plan.their_constituencies[-1].options == ("EXW",)
    assert r.plan.goodwill["Incoterm"].options == ("EXW",)  # (not on FCA: kept as it was)
    assert "Their constituency logistics desk now asks only for EXW on “Incoterm” (FCA is gone)." in r.message
    r = edit_issue(supplier, _row(supplier, "Incoterm"), "range", _without_options(supplier, "EXW", "FCA"))
    assert r.ok, r.reason
    assert [c.issue for c in r.plan.their_constituencies] == ["Unit price", "Payment term", "Delivery"]
    assert "Incoterm" not in r.plan.goodwill and "Payment term" in r.plan.goodwill
    assert ("Their constituency logistics desk (“Incoterm” one of EXW and FCA) is dropped: none of its options is "
            "left.") in r.message, r.message
    assert "The goodwill on “Incoterm” (EXW) is dropped: none of its options is left." in r.message
    assert "Logistics now allows only DAP and DDP on “Incoterm” (FCA is gone)." in r.message
    assert Plan.model_validate_json(r.plan.to_json()) == r.plan


def test_an_option_renamed_while_another_goes_is_said_as_a_rename(supplier):
    """The rows say which option was renamed: FCA → FCA Oslo is no option gone (before, one
    removal beside a rename read as two options gone and FCA's terms "moved")."""
    rows = _without_options(supplier, "EXW", renamed={"FCA": "FCA Oslo"})
    r = edit_issue(supplier, _row(supplier, "Incoterm"), "range", rows)
    assert r.ok, r.reason
    assert r.plan.their_constituencies[-1].options == ("FCA Oslo",)
    assert "Their constituency logistics desk now asks only for FCA Oslo on “Incoterm” (EXW is gone)." in r.message
    assert "Terms on “FCA”" not in r.message and "FCA is gone" not in r.message and "FCA and" not in r.message
    assert "The goodwill on “Incoterm” (EXW) is dropped" in r.message


def test_another_suppliers_constituencies_lose_a_removed_option_and_it_is_said(supplier):
    from meso_desk.model.edits.supplier_edits import add_supplier
    plan = add_supplier(supplier, "Nordlys Kontor AS").plan.with_supplier("Nordlys Kontor AS")
    assert plan.suppliers[0].counterpart == "Ergonord Seating AB" and plan.suppliers[0].their_constituencies
    r = edit_issue(plan, _row(plan, "Incoterm"), "range", _without_options(plan, "FCA"))
    assert r.ok, r.reason
    assert r.plan.suppliers[0].their_constituencies[-1].options == ("EXW",)
    assert ("With Ergonord Seating AB: Their constituency logistics desk now asks only for EXW on "
            "“Incoterm” (FCA is gone).") in r.message, r.message
