"""The one-page summary for approvers (meso_desk.model.documents.summary): the deal or the plan,
the packages on the table with points and total cost, approvals, risks from the one status rule."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from meso_desk.model.approvals.rules import approvals
from meso_desk.model.documents.plan_notes import approval_lines, option_approval_lines
from meso_desk.model.documents.summary import INTERNAL_BANNER, approval_summary
from meso_desk.model.edits.deal_edits import with_agreement
from meso_desk.model.edits.meso_set_edits import add_meso_set, set_meso_set_archived
from meso_desk.model.offers.status import package_status
from meso_desk.model.plan import Approver
from meso_desk.model.preferences.approval_conditions import ApprovalCondition
from meso_desk.model.preferences.total_cost import format_total_cost

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "app"))
from deal_plans import HAGGLED


def test_plan_without_sets_shows_every_package_with_points_cost_and_risks(supplier):
    s = approval_summary(supplier, prepared=date(2026, 12, 4))
    assert s.heading == "The plan" and "no MESO set yet" in s.headline
    assert [r.name for r in s.rows] == supplier.package_names
    for r in s.rows:
        st = package_status(supplier, r.name)
        assert r.points == pytest.approx(st.value) and r.kind == st.status
        assert r.status == st.text or st.status in ("short", "ok")  # those: against the aspiration, in its name
        assert r.total_cost == format_total_cost(supplier, supplier.stored_package(r.name).terms) != ""
        assert [i for i, _ in r.terms] == supplier.issue_names
    warned = [w for n in supplier.package_names for w in package_status(supplier, n).warnings]
    assert warned and all(any(w in x for x in s.risks) for w in warned)
    assert [a.text for a in s.approvals] == list(approval_lines(supplier))  # with the conditions checked
    text = s.text()
    assert text.startswith(INTERNAL_BANNER) and "(INTERNAL)" in s.document_title


def test_newest_shown_meso_set_is_on_the_table_not_an_archived_one(supplier):
    plan, first = add_meso_set(supplier, [supplier.stored_package(n).terms for n in supplier.package_names[1:3]], 60)
    plan, second = add_meso_set(plan, [supplier.stored_package(supplier.package_names[2]).terms], 65)
    assert [r.name for r in approval_summary(plan).rows] == second
    plan = set_meso_set_archived(plan, plan.meso_sets[-1].name, True).plan
    s = approval_summary(plan)
    assert [r.name for r in s.rows] == first and "MESO set" in s.headline and "60.0 points" in s.headline


def test_an_agreement_makes_it_the_deal(supplier):
    plan = with_agreement(supplier, HAGGLED, when=date(2026, 11, 30))
    s = approval_summary(plan)
    assert s.heading == "The deal" and s.headline == "agreed on 30 November 2026"  # the debrief's date form
    assert len(s.rows) == 1 and dict(s.rows[0].terms)["Unit price"] == "EUR 214.00"
    assert s.rows[0].points == pytest.approx(package_status(plan, HAGGLED).value)


def test_missing_approvers_is_a_risk(supplier):
    s = approval_summary(supplier.replace(approvers=()))
    assert s.approvals == () and "No approvers recorded in the plan's properties." in s.risks
    one = approval_summary(supplier.replace(approvers=(Approver(role="CFO", note="above EUR 1m"),)))
    assert [a.text for a in one.approvals] == ["CFO — above EUR 1m"]


def test_the_agreement_and_packages_in_no_set_are_measured_against_the_aspiration_by_its_name(supplier):
    """The Deal panel, check and the debrief call the plan's level the aspiration: so does the
    summary ("2.3 short of the aspiration 70.0", the debrief's words), never "short of the target"
    for it; a package of a MESO set keeps the package panel's "target" (the set's level)."""
    plan = with_agreement(supplier, HAGGLED, when=date(2026, 11, 30))
    s = approval_summary(plan)
    gap = plan.aspiration - s.rows[0].points
    assert gap > 0 and s.rows[0].status == f"{gap:.1f} short of the aspiration {plan.aspiration:.1f}"
    assert "target" not in s.text() and f"short of the aspiration {plan.aspiration:.1f}" in s.text()
    rows = {r.name: r for r in approval_summary(supplier).rows}
    ideal = rows["Our ideal"]
    assert ideal.status == f"{ideal.points - supplier.aspiration:.1f} above the aspiration {supplier.aspiration:.1f}"
    assert rows["Competing quote (BATNA)"].status.endswith(f"short of the aspiration {supplier.aspiration:.1f}")
    with_set, names = add_meso_set(supplier, [supplier.stored_package("Our ideal").terms], 60)
    row = approval_summary(with_set).rows[0]
    assert row.name == names[0] and row.status == package_status(with_set, names[0]).text
    assert "target" in row.status and "aspiration" not in row.status  # measured against the set's 60.0


def test_the_german_summary_writes_the_date_as_the_debrief_does():
    from meso_desk.model.examples import example_plan

    plan = example_plan("lieferant")
    assert plan.language == "de"
    s = approval_summary(with_agreement(plan, dict(plan.packages[-1].terms), when=date(2026, 3, 12)))
    assert s.headline == "vereinbart am 12. März 2026"
    assert "2026-03-12" not in s.text()


def _set_with_short_warranty(plan):
    """A MESO set made with approvals off: its C has a 12-month warranty, which Quality refuses."""
    terms = [dict(plan.stored_package(n).terms) for n in plan.package_names]
    terms[2]["Warranty"] = 12.0
    return add_meso_set(plan, terms, 40)


def test_who_refuses_a_package_on_the_table_and_why_is_a_risk_and_who_signs_is_said(supplier):
    """docs/approvals.md: the approvers' conditions are checked on what the summary shows — who
    objects (a risk) and who must sign each package, in the briefing's and debrief's words."""
    plan, names = _set_with_short_warranty(supplier)
    s = approval_summary(plan)
    c = names[2]
    assert f"{c}: Quality objects: warranty 12 < 24 months" in s.risks
    assert not any(x.startswith(names[0]) and "objects" in x for x in s.risks)
    assert s.package_approvals == option_approval_lines(names, approvals(plan, [plan.stored_package(n).terms
                                                                              for n in names]))
    assert s.package_approvals[0] == f"{names[0]}: CFO must sign off (total EUR 633,393 > EUR 400,000)."
    assert s.package_approvals[2] == f"{c}: Quality objects: warranty 12 < 24 months."
    assert "None found" not in s.text() and "Package by package:" in s.text()


def test_an_agreement_an_approver_refuses_is_a_risk_and_says_who_signs(supplier):
    t = dict(supplier.package("Their opening quote").terms, Warranty=12.0, Incoterm="EXW")
    s = approval_summary(with_agreement(supplier, t, when=date(2026, 3, 12)))
    assert "Agreement: Quality objects: warranty 12 < 24 months" in s.risks
    assert "Agreement: Logistics objects: incoterm EXW, not FCA/DAP/DDP" in s.risks
    assert len(s.package_approvals) == 1 and s.package_approvals[0].startswith("Agreement: CFO must sign off (")


def test_who_must_approve_lists_each_approvers_conditions_even_without_a_note(supplier):
    eva = Approver(name="Eva Lind", role="Production", conditions=(
        ApprovalCondition(kind="term", issue="Delivery", when="above", value=8.0, effect="refuses"),))
    s = approval_summary(supplier.replace(approvers=(*supplier.approvers, eva)))
    assert s.approvals[-1].text == "Eva Lind (Production); refuses unless delivery ≤ 8 weeks"
    assert s.approvals[0].text.endswith("— signs every deal above EUR 400k; must sign off unless total ≤ EUR 400,000")
    assert "refuses unless warranty ≥ 24 months" in s.approvals[1].text


def test_a_condition_that_never_applies_is_a_risk_with_the_reason(supplier):
    from meso_desk.model.edits.cost_edits import without_costs

    s = approval_summary(without_costs(supplier).plan)
    assert "CFO: the plan has no cost model, so a total-cost condition never applies." in s.risks
    assert "must sign off" not in s.approvals[0].text
