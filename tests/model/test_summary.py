"""The one-page summary for approvers (meso_desk.model.documents.summary): the deal or the plan,
the packages on the table with points and total cost, approvals, risks from the one status rule."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from meso_desk.model.documents.summary import INTERNAL_BANNER, approval_summary
from meso_desk.model.edits.deal_edits import with_agreement
from meso_desk.model.edits.meso_set_edits import add_meso_set, set_meso_set_archived
from meso_desk.model.offers.status import package_status
from meso_desk.model.plan import Approver
from meso_desk.model.preferences.total_cost import format_total_cost

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "app"))
from deal_plans import HAGGLED


def test_plan_without_sets_shows_every_package_with_points_cost_and_risks(supplier):
    s = approval_summary(supplier, prepared=date(2026, 12, 4))
    assert s.heading == "The plan" and "no MESO set yet" in s.headline
    assert [r.name for r in s.rows] == supplier.package_names
    for r in s.rows:
        st = package_status(supplier, r.name)
        assert r.points == pytest.approx(st.value) and r.status == st.text
        assert r.total_cost == format_total_cost(supplier, supplier.stored_package(r.name).terms) != ""
        assert [i for i, _ in r.terms] == supplier.issue_names
    warned = [w for n in supplier.package_names for w in package_status(supplier, n).warnings]
    assert warned and all(any(w in x for x in s.risks) for w in warned)
    assert [a.text for a in s.approvals] == [a.text for a in supplier.approvers]
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
    assert s.heading == "The deal" and "2026-11-30" in s.headline
    assert len(s.rows) == 1 and dict(s.rows[0].terms)["Unit price"] == "EUR 214.00"
    assert s.rows[0].points == pytest.approx(package_status(plan, HAGGLED).value)


def test_missing_approvers_is_a_risk(supplier):
    s = approval_summary(supplier.replace(approvers=()))
    assert s.approvals == () and "No approvers recorded in the plan's properties." in s.risks
    one = approval_summary(supplier.replace(approvers=(Approver(role="CFO", note="above EUR 1m"),)))
    assert [a.text for a in one.approvals] == ["CFO — above EUR 1m"]
