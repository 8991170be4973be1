"""The supplier example taken through a deal: a competing quote, four ranked rounds of a
simulated counterpart (volume and payment matter most to it), a haggled agreement, lessons."""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import cache

import numpy as np

import meso_desk as md
from meso_desk.model.counterpart.their_values import TheirValues
from meso_desk.model.edits import deal_edits as edits

HAGGLED = {"Unit price": 214.0, "Order volume": 2000.0, "Delivery": 6.0, "Payment term": 45.0,
           "Warranty": 30.0, "Incoterm": "DAP"}
LESSONS = "Ask about volume earlier: it moved them more than price.\nThe competing quote kept us calm in round 3."


@cache
def dealt_plan(agreement: bool = True) -> md.Plan:
    p = md.example_plan("supplier")
    p = edits.with_batna_package(p.replace(batna_package=None), p.package("Competing quote (BATNA)").terms,
                                 follow=True)
    truth = TheirValues.from_weights(p, {"Unit price": 0.22, "Order volume": 0.34, "Delivery": 0.08,
                                         "Payment term": 0.26, "Warranty": 0.05, "Incoterm": 0.05})
    rng = np.random.default_rng(3)
    for k, lv in enumerate((70, 68, 66, 64)):
        m = md.generate_mesos(p, 3, lv, approvals=False)  # the rounds recorded before approvers had rules
        u = np.array([truth.value(p, x) for x in m]) / 100
        order = [int(i) for i in np.argsort(-(20 * u + rng.gumbel(size=3)))]
        p = md.record_choice(p, list(m), order, time=datetime(2026, 3, 2 + 3 * k, 10, tzinfo=UTC))
    if agreement:
        p = edits.with_agreement(p, HAGGLED, when=date(2026, 3, 12), notes="Signed by both CFOs",
                                source="haggled after round 4")
        p = edits.with_lessons(p, LESSONS)
    return p


#: An agreement on the supplier example at a 36-month warranty.
AGREED_36 = {"Unit price": 214.0, "Order volume": 2000.0, "Delivery": 6.0, "Payment term": 60.0,
             "Warranty": 36.0, "Incoterm": "DAP"}


def agreed_supplier() -> md.Plan:
    """The supplier example agreed at :data:`AGREED_36`: without the approvers, the best
    post-settlement improvement trades the warranty down to 18 months, which Quality refuses (< 24)."""
    return edits.with_agreement(md.example_plan("supplier"), AGREED_36, when=date(2026, 3, 12))


def pinned_by_quality(plan: md.Plan) -> md.Plan:
    """``plan`` whose Quality approver refuses a warranty under 36 months and any term other than
    the agreed one on the other issues: every improvement on :data:`AGREED_36` is refused."""
    from meso_desk.model.preferences.approval_conditions import ApprovalCondition as C
    from meso_desk.model.preferences.issues import CategoricalIssue

    conds = [C(kind="term", issue="Warranty", when="below", value=36)]
    for i in plan.issues:
        v = AGREED_36[i.name]
        if isinstance(i, CategoricalIssue):
            conds.append(C(kind="options", issue=i.name, options=(v,)))
        elif i.name != "Warranty":
            conds += [C(kind="term", issue=i.name, when="below", value=v),
                      C(kind="term", issue=i.name, when="above", value=v)]
    return plan.replace(approvers=tuple(a.model_copy(update={"conditions": tuple(conds)}) if a.role == "Quality"
                                        else a for a in plan.approvers))
