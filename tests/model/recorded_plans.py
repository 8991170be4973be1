"""A plan with work done on it, for the tests of editing the issues afterwards: the contingent
example with two recorded rounds (counter-offers, a statement, Ask-next answers), an approver with
a term, an options and a points condition, an Ask-me weight region, a second supplier with a
round of its own, and the *Warranty guard* package agreed with its contingent clause."""

from __future__ import annotations

import meso_desk as md
from meso_desk.model.edits import deal_edits
from meso_desk.model.edits.round_edits import with_answer
from meso_desk.model.edits.supplier_edits import add_supplier, switch_supplier
from meso_desk.model.negotiation import Approver
from meso_desk.model.preferences.approval_conditions import ApprovalCondition
from meso_desk.model.preferences.weights import WeightRegion

OTHER = "Nordlys Kontor AS"
#: Logistics lead: refuses a delivery above 9 weeks, must sign anything but DAP or DDP, and refuses
#: a package worth less than 40 by their own weights.
LOGISTICS_LEAD = Approver(name="Ola Lind", role="Logistics lead", conditions=(
    ApprovalCondition(kind="term", issue="Delivery", when="above", value=9.0, effect="refuses"),
    ApprovalCondition(kind="options", issue="Incoterm", options=("DAP", "DDP"), effect="needs"),
    ApprovalCondition(kind="points", when="below", value=40.0, effect="refuses"),
), weights={"Delivery": 0.6, "Incoterm": 0.4})


def recorded_plan(*, agreement: bool = True, other_supplier: bool = True) -> md.Plan:
    p = md.example_plan("contingent")
    if not p.counterpart:
        p = p.replace(counterpart="Ergonord Seating AB")
    p = md.record_choice(p, ["Fixed price", "On-time bonus", "Steel indexed", "Warranty guard"], 1,
                         counter_offer={"Unit price": 240.0, "Incoterm": "FCA", "Warranty": 24.0},
                         statement="Price is what counts", statement_issue="Unit price", statement_trust=0.7)
    p = with_answer(p, "pairwise", ("Unit price", "Delivery"))
    p = with_answer(p, "preferred_term", {"Payment term": 30.0, "Incoterm": "FCA"})
    p = md.record_choice(p, ["Fixed price", "Warranty guard"], [1, 0],
                         counter_offer={"Delivery": 10.0, "Payment term": 30.0})
    p = p.replace(approvers=(*p.approvers, LOGISTICS_LEAD))
    p = p.replace(weight_region=WeightRegion(low={n: max(0.0, w - 0.03) for n, w in p.weights.items()},
                                             high={n: w + 0.03 for n, w in p.weights.items()},
                                             source="answers to 6 questions"))
    if other_supplier:
        p = switch_supplier(add_supplier(p, OTHER).plan, OTHER)
        p = md.record_choice(p, ["Fixed price", "Warranty guard"], 0,
                             counter_offer={"Unit price": 226.0, "Incoterm": "DAP"}, statement_issue="Delivery")
        p = with_answer(p, "pairwise", ("Delivery", "Warranty"))
        p = with_answer(p, "preferred_term", {"Warranty": 24.0})
        p = switch_supplier(p, "Ergonord Seating AB")
    if agreement:
        p = deal_edits.with_agreement(p, p.package("Warranty guard"))
    return p
