"""The briefing's approvals page (issue 21): who signs what, our approvers and the supplier's
constituencies against every option, matching the verdicts computed for the packages."""

from __future__ import annotations

import meso_desk as md
from meso_desk.model.approvals.rules import approvals
from meso_desk.model.counterpart.constituencies import meets
from meso_desk.model.documents.briefing import briefing


def test_the_matrix_says_who_signs_who_objects_and_which_constituency_is_met():
    plan = md.example_plan("supplier")
    pkgs = list(md.generate_mesos(plan, 3, 70.0))
    pkgs.append(plan.package("Their opening quote"))  # one that Quality refuses (warranty)
    b = briefing(plan, pkgs)
    verdicts = approvals(plan, pkgs)
    rows = dict(b.approval_matrix)
    assert len(b.approval_matrix) == len(plan.approvers) + len(plan.their_constituencies)
    for a, approver in enumerate(plan.approvers):
        cells = rows[f"{approver.label} (ours)"]
        for k in range(len(pkgs)):
            if verdicts.refuses[k, a]:
                assert cells[k].startswith("✗ ")
            elif verdicts.needs[k, a]:
                assert cells[k].startswith("✓ signs: ")
            else:
                assert cells[k] == "—"
    assert any(c.startswith("✗ ") for cells in rows.values() for c in cells)
    for c in plan.their_constituencies:
        want = [{True: "✓ met", False: "✗ not met", None: "?"}[meets(plan, c, p)] for p in pkgs]
        assert list(rows[f"Their {c.party}"]) == want
