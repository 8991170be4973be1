"""``meso-desk mesos --approvals/--no-approvals`` (docs/approvals.md)."""

from __future__ import annotations

import json

from meso_desk.model.examples import example_path, example_plan
from meso_desk.model.io.meso_file import save_plan
from meso_desk.model.plan import Approver
from meso_desk.model.preferences.approval_conditions import ApprovalCondition as C
from tests.cli.calls import call


def test_approvals_are_required_by_default_and_can_be_switched_off(capsys):
    path = str(example_path("supplier"))
    code, out, _ = call(capsys, "mesos", path, "--level", "70", "--json")
    assert code == 0
    pkgs = json.loads(out)["packages"]
    assert all(not p["approvals"]["object"] for p in pkgs)
    assert all(p["approvals"]["sign_off"][0][0] == "CFO" for p in pkgs)  # every set here costs > EUR 400k
    code, out, _ = call(capsys, "mesos", path, "--level", "70", "--no-approvals")
    assert code == 0 and "✗ Quality: warranty 12 < 24 months" in out


def test_the_error_names_the_blocking_approver(capsys, tmp_path):
    plan = example_plan("supplier")
    production = Approver(role="Production", conditions=(C(issue="Delivery", when="below", value=8),))
    path = save_plan(plan.replace(approvers=(*plan.approvers, production)), tmp_path / "p.meso")
    code, _, err = call(capsys, "mesos", str(path), "--level", "95")
    assert code != 0 and "that Production accepts: delivery ≥ 8 weeks leaves at most 92.7" in err
    assert err.count("\n") == 1
    code, _, _ = call(capsys, "mesos", str(path), "--level", "95", "--no-approvals")
    assert code == 0
