"""The Deal panel searches post-settlement alternatives again whenever a plan field they are
computed from changes (``deal_service.settlement_key`` / ``deal_key``, ``DealPanel.WATCHED``):
a new cost model once left alternatives the CFO now refuses on the list, and "Use as cards…"
printed them (docs/approvals.md: post-settlement keeps out what an approver refuses)."""

from __future__ import annotations

from datetime import date

import pytest
from deal_plans import agreed_supplier
from test_deal_panel import make_panel

import meso_desk as md
from meso_desk.app.widgets.deal.deal_panel import DealPanel
from meso_desk.app.widgets.deal.deal_service import deal_key, settlement_key
from meso_desk.model.contingent.events import Forecast
from meso_desk.model.edits import deal_edits as edits
from meso_desk.model.edits.cost_edits import with_costs
from meso_desk.model.plan import Agreement, OfferedPackage, Round
from meso_desk.model.preferences.approval_conditions import ApprovalCondition
from meso_desk.model.preferences.total_cost import total_cost

WAIT = 30_000


def _with_cfo_refusing_above(plan: md.Plan, total: float) -> md.Plan:
    cfo = plan.approvers[0].model_copy(update={"conditions": (
        ApprovalCondition(kind="total_cost", when="above", value=total, effect="refuses"),)})
    return plan.replace(approvers=(cfo, *plan.approvers[1:]))


def _dearer_freight(plan: md.Plan) -> md.Plan:
    freight = {**plan.costs.freight, "FCA": 90_000.0, "DAP": 90_000.0, "DDP": 90_000.0}
    return with_costs(plan, plan.costs.model_copy(update={"freight": freight})).plan


def _contingent_agreement() -> md.Plan:
    plan = md.example_plan("contingent")
    sp = next(sp for sp in plan.packages if sp.clauses)
    return plan.replace(agreement=Agreement(terms=dict(sp.terms), clauses=sp.clauses, date=date(2026, 12, 10)))


def _surer_delivery(plan: md.Plan) -> md.Plan:
    e = plan.events[0]
    sure = e.model_copy(update={"ours": Forecast(low=96.0, likely=98.0, high=99.5)})
    return plan.replace(events=(sure, *plan.events[1:]))


def _without_clauses(plan: md.Plan) -> md.Plan:
    return plan.replace(agreement=plan.agreement.model_copy(update={"clauses": {}}))


def test_a_new_cost_model_searches_again_and_keeps_out_what_the_cfo_now_refuses(qtbot):
    panel = make_panel(qtbot, agreed_supplier())
    doc = panel.document

    def settled():
        return not panel.is_busy() and panel.snapshot is not None and panel.snapshot.settlement is not None

    qtbot.waitUntil(settled, timeout=WAIT)
    first = panel.snapshot.settlement
    dearest = max(total_cost(doc.plan, dict(p)) for p in first.packages)
    doc.apply(_with_cfo_refusing_above(doc.plan, dearest + 1), "CFO refuses")
    qtbot.waitUntil(lambda: settled() and panel.snapshot.settlement_for == settlement_key(doc.plan), timeout=WAIT)
    assert md.approvals(doc.plan, panel.snapshot.settlement.packages).accepted.all()
    doc.apply(_dearer_freight(doc.plan), "Change the total cost")
    # the alternatives were found under the old costs: gone at once, and not printable as cards
    assert panel.pss_status.text() == "Searching…" and not panel.pss_cards_button.isEnabled()
    assert not panel.suggestions_available() and panel.use_as_cards() is None
    qtbot.waitUntil(lambda: settled() and panel.snapshot.settlement_for == settlement_key(doc.plan), timeout=WAIT)
    now = panel.snapshot.settlement
    assert now.packages != first.packages
    assert not now.suggestions or md.approvals(doc.plan, now.packages).accepted.all()
    assert [s.terms for s in now] == [s.terms for s in md.post_settlement(doc.plan)]


def _plan_for(field: str) -> md.Plan:
    return _contingent_agreement() if field in ("events", "agreement") else _with_cfo_refusing_above(
        agreed_supplier(), 500_000)


#: Each plan field post_settlement reads, and an edit of it.
EDITS = {
    "costs": _dearer_freight,
    "currency": lambda p: p.replace(currency="SEK"),
    "approvers": lambda p: _with_cfo_refusing_above(p, 450_000),
    "agreement": _without_clauses,  # its contingent clauses (its terms were keyed already)
    "events": _surer_delivery,
    "settlement_bar": lambda p: edits.with_settlement_bar(p, 0.5),
    "reservation": lambda p: edits.with_reservation(p, p.reservation + 1),
    "weights": lambda p: p.with_weights({**p.weights, "Warranty": p.weights["Warranty"] + 0.05}),
    "rounds": lambda p: p.with_round(Round(offered=(OfferedPackage(label="A", terms=dict(p.packages[0].terms)),),
                                           outcome="none_acceptable")),
    "counterpart_prior": lambda p: p.replace(counterpart_prior={"Warranty": 2.0}),
}


@pytest.mark.parametrize("field", list(EDITS))
def test_every_field_post_settlement_reads_is_watched_and_keyed(field):
    plan = _plan_for(field)
    edited = EDITS[field](plan)
    assert getattr(edited, field) != getattr(plan, field)
    assert field in DealPanel.WATCHED
    assert settlement_key(edited) != settlement_key(plan) and deal_key(edited) != deal_key(plan)


@pytest.mark.parametrize("field", ["costs", "events", "agreement"])
def test_those_fields_change_the_alternatives(field):
    """They matter: the same agreement is worth something else to us (a contingent clause under
    our forecast), or the CFO refuses other alternatives (a total-cost condition)."""
    plan = _plan_for(field)
    before, after = md.post_settlement(plan), md.post_settlement(EDITS[field](plan))
    if field == "costs":
        assert md.approvals(plan, before.packages).accepted.all()
        assert not md.approvals(EDITS[field](plan), before.packages).accepted.all()
        assert [s.terms for s in after] != [s.terms for s in before]
    else:
        assert after.our_value != pytest.approx(before.our_value)
