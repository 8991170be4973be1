"""An approver's own weights and conditions on "their points" (issue 21, docs/approvals.md): the
package's value by the approver's weights on our curves, checked on every package (and on the
MESO engine's grid), with the reason in words."""

from __future__ import annotations

import numpy as np
import pytest

import meso_desk as md
from meso_desk.model.approvals.rules import approvals, approvals_on_grid
from meso_desk.model.edits.approval_edits import checked_weights, weights_text
from meso_desk.model.edits.plan_edits import checked_approvers
from meso_desk.model.errors import PlanError
from meso_desk.model.plan import Approver
from meso_desk.model.preferences.approval_conditions import ApprovalCondition


@pytest.fixture(scope="module")
def plan():
    p = md.example_plan("supplier")
    quality = Approver(role="Quality", weights={"Warranty": 0.6, "Delivery": 0.4},
                       conditions=(ApprovalCondition(kind="points", when="below", value=55.0),))
    return p.replace(approvers=(*p.approvers, quality))


def _by_hand(plan, terms) -> float:
    """Quality's points, written out: 60 % the warranty's value and 40 % the delivery's (our curves)."""
    return 0.6 * plan.issue("Warranty").value(terms["Warranty"]) + 0.4 * plan.issue("Delivery").value(terms["Delivery"])


def test_their_points_refuse_exactly_the_packages_below_the_level(plan):
    pkgs = [p.terms for p in plan.packages]
    a = approvals(plan, pkgs)
    q = len(plan.approvers) - 1
    for k, terms in enumerate(pkgs):
        pts = _by_hand(plan, terms)
        assert bool(a.refuses[k, q]) == (pts < 55.0)
        if pts < 55.0:
            who, why = next(o for o in a.objections(k) if o[0] == "Quality")
            assert why == f"by their weights {pts:.1f} < 55"
    assert not a.refuses[:, q].all() and a.refuses[:, q].any()  # the example has both kinds


def test_the_grid_verdicts_match_the_package_verdicts(plan):
    sizes = [len(i.grid()) for i in plan.issues]
    rows = np.random.default_rng(5).integers(0, sizes, size=(300, len(sizes)))
    grid = approvals_on_grid(plan, rows)
    terms = [{i.name: (str(i.grid()[r[k]]) if not i.is_numeric else float(i.grid()[r[k]]))
              for k, i in enumerate(plan.issues)} for r in rows]
    assert (grid.refuses == approvals(plan, terms).refuses).all()


def test_a_meso_set_with_approvals_required_keeps_quality_content(plan):
    sets = md.generate_mesos(plan, 3, 70.0)  # approvals required: on by default when someone refuses
    assert len(sets) == 3
    for pkg in sets:
        assert _by_hand(plan, pkg) >= 55.0 - 1e-9


def test_weights_as_typed_are_checked_against_the_issues(plan):
    assert checked_weights(plan, "Warranty 60, delivery 40%") == {"Warranty": 0.6, "Delivery": 0.4}
    assert weights_text({"Warranty": 0.6, "Delivery": 0.4}) == "Warranty 60, Delivery 40"
    with pytest.raises(PlanError, match="no issue called “Colour”"):
        checked_weights(plan, "Colour 50")
    with pytest.raises(PlanError, match="weight"):
        checked_weights(plan, "Warranty")
    rows = [{"role": "Quality", "conditions": [{"kind": "their points", "when": "below", "value": "55"}],
             "weights": ""}]
    with pytest.raises(PlanError, match=r"weights of their own"):
        checked_approvers(rows, plan)
    rows[0]["weights"] = "Warranty 3, Delivery 2"
    (a,) = checked_approvers(rows, plan)
    assert a.weights == pytest.approx({"Warranty": 0.6, "Delivery": 0.4})
    assert a.conditions[0].kind == "points" and a.conditions[0].value == 55.0
