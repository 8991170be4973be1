"""Our approvers as rules (docs/approvals.md): who signs off, who objects and why; MESO sets every
approver accepts; the error naming the approver who blocks a level; old files; the edits."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import meso_desk as md
from meso_desk.model.approvals.rules import approvals, approvals_on_grid, has_refusals
from meso_desk.model.edits.approval_edits import checked_condition, undo_text, with_approver_conditions
from meso_desk.model.edits.plan_edits import with_properties
from meso_desk.model.errors import PlanError
from meso_desk.model.examples import example_path, example_plan
from meso_desk.model.io.meso_file import load_plan, plan_from_bytes, save_plan
from meso_desk.model.offers.meso import MesoError
from meso_desk.model.plan import Approver
from meso_desk.model.preferences.approval_conditions import ApprovalCondition as C
from meso_desk.model.scoring import score_table

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def supplier():
    return example_plan("supplier")


def _terms(plan, **changes):
    t = dict(plan.stored_package("Their opening quote").terms)
    t.update({k.replace("_", " ").capitalize(): v for k, v in changes.items()})
    return t


def test_the_examples_approvals_match_hand_written_expectations(supplier):
    # totals: opening quote EUR 633,393 (> 400k: the CFO signs), the others below EUR 400k
    got = approvals(supplier, [p.terms for p in supplier.packages]).lines()
    assert got == ["✓ CFO", "", ""]
    assert approvals(example_plan("hiring"), [p.terms for p in example_plan("hiring").packages]).lines() == [
        "" for _ in example_plan("hiring").packages]


@pytest.mark.parametrize(("changes", "line"), [
    ({"Warranty": 12.0}, "✓ CFO · ✗ Quality: warranty 12 < 24 months"),
    ({"Warranty": 24.0}, "✓ CFO"),
    ({"Incoterm": "EXW"}, "✓ CFO · ✗ Logistics: incoterm EXW, not FCA/DAP/DDP"),
    ({"Warranty": 18.0, "Incoterm": "EXW", "Order volume": 1000.0},
     "✗ Quality: warranty 18 < 24 months · ✗ Logistics: incoterm EXW, not FCA/DAP/DDP"),
])
def test_hand_written_packages(supplier, changes, line):
    t = dict(supplier.stored_package("Their opening quote").terms)
    t.update(changes)
    a = approvals(supplier, [t])
    assert a.line(0) == line
    assert bool(a.accepted[0]) == ("✗" not in line)


def test_an_objection_overrides_the_same_approvers_sign_off(supplier):
    cfo = Approver(role="CFO", conditions=(C(kind="total_cost", when="above", value=400_000, effect="needs"),
                                           C(kind="total_cost", when="above", value=600_000)))
    plan = supplier.replace(approvers=(cfo,))
    a = approvals(plan, [p.terms for p in plan.packages])
    assert a.line(0) == "✗ CFO: total EUR 633,393 > EUR 600,000"
    assert a.signers(0) == [] and a.objections(0)[0][0] == "CFO"


def test_grid_rows_and_mappings_agree(supplier):
    t = score_table(supplier)
    rng = np.random.default_rng(3)
    rows = np.column_stack([rng.integers(0, len(g), 400) for g in t.grids])
    on_grid = approvals_on_grid(supplier, rows)
    direct = approvals(supplier, [t.package_terms(r) for r in rows])
    assert np.array_equal(on_grid.refuses, direct.refuses) and np.array_equal(on_grid.needs, direct.needs)
    assert on_grid.lines() == direct.lines()
    assert 0 < on_grid.accepted.sum() < len(rows)  # the sample holds both kinds


def test_conditions_on_missing_issues_never_apply(supplier):
    plan = supplier.replace(approvers=(Approver(role="Ghost", conditions=(C(issue="Colour", value=3),)),))
    assert approvals(plan, [p.terms for p in plan.packages]).lines() == ["", "", ""]
    assert not has_refusals(plan)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(level=st.floats(min_value=50.0, max_value=90.0))
def test_a_set_made_with_approvals_never_holds_a_package_an_approver_refuses(supplier, level):
    try:
        mesos = md.generate_mesos(supplier, 3, level)
    except MesoError:
        return
    a = approvals(supplier, [dict(p) for p in mesos])
    assert a.accepted.all(), a.lines()
    assert all(p.plan is supplier for p in mesos)


def test_without_approvals_the_engine_may_offer_what_they_refuse(supplier):
    # the regression guard of the test above: the same levels without approvals do break them
    refused = 0
    for level in (60.0, 70.0, 80.0):
        mesos = md.generate_mesos(supplier, 3, level, approvals=False)
        refused += int((~approvals(supplier, [dict(p) for p in mesos]).accepted).sum())
    assert refused > 0


def test_the_error_names_the_approver_who_blocks_the_level(supplier):
    production = Approver(role="Production", conditions=(C(issue="Delivery", when="below", value=8),))
    plan = supplier.replace(approvers=(*supplier.approvers, production))
    with pytest.raises(MesoError) as e:
        md.generate_mesos(plan, 3, 95.0)
    assert str(e.value).startswith("no set at 95.0 points that Production accepts: delivery ≥ 8 weeks leaves at most 92.7")
    assert "Production" in e.value.plain and e.value.nearest is not None
    assert md.generate_mesos(plan, 3, e.value.nearest)  # the level it names works
    assert md.generate_mesos(plan, 3, 95.0, approvals=False)  # only the approver blocks it


def test_a_condition_that_leaves_no_term_is_named(supplier):
    quality = Approver(role="Quality", conditions=(C(kind="options", issue="Incoterm", options=("CIF",)),))
    plan = supplier.replace(approvers=(quality,))
    assert not has_refusals(plan)  # an unknown option: the condition cannot apply (the editor refuses it)


def test_old_files_open_unchanged(tmp_path):
    # a file written before approvers had conditions: the example without them (the test read the
    # example at git HEAD, which stopped being an old file once the conditions were committed)
    data = json.loads(example_path("supplier").read_text(encoding="utf-8"))
    for a in data.get("approvers", []):
        a.pop("conditions", None)
    assert data.get("approvers"), "the example names approvers"
    plan = plan_from_bytes(json.dumps(data).encode("utf-8"))
    assert plan.approvers and all(not a.conditions for a in plan.approvers)
    legacy = plan.replace(approvers=(Approver(name="Ines", role="CFO", note="above EUR 400k"),))
    path = save_plan(legacy, tmp_path / "p.meso")
    assert "conditions" not in path.read_text(encoding="utf-8") or load_plan(path) == legacy
    assert load_plan(path).approvers == legacy.approvers


def test_conditions_round_trip_through_the_file(supplier, tmp_path):
    back = load_plan(save_plan(supplier, tmp_path / "s.meso"))
    assert back.approvers == supplier.approvers and len(back.approvers[1].conditions) == 1
    assert load_plan(example_path("supplier")).approvers[2].conditions[0].options == ("FCA", "DAP", "DDP")


@pytest.mark.parametrize(("raw", "message"), [
    ({"kind": "term", "issue": "Colour", "value": 3}, "condition.issue: the plan has no issue called “Colour”"),
    ({"kind": "term", "issue": "Warranty", "value": 99}, "condition.value: 99 is outside Warranty's range"),
    ({"kind": "term", "issue": "Warranty", "value": "two"}, "condition.value: “two” is not a number"),
    ({"kind": "term", "issue": "Incoterm", "value": 2}, "condition.kind: Incoterm is not a number"),
    ({"kind": "options", "issue": "Incoterm", "options": "FCA, CIF"}, "condition.issue: Incoterm has no option “CIF”"),
    ({"kind": "term", "issue": "", "value": 2}, "condition.issue: choose the issue"),
])
def test_a_bad_condition_is_refused_with_one_line(supplier, raw, message):
    with pytest.raises(PlanError) as e:
        checked_condition(supplier, raw)
    assert str(e.value).startswith(message) and "\n" not in str(e.value)


def test_the_edit_replaces_one_approvers_conditions(supplier):
    new = with_approver_conditions(supplier, 1, [{"kind": "term", "issue": "Warranty", "when": "below", "value": "36"}])
    assert new.approvers[1].conditions == (C(issue="Warranty", value=36.0),)
    assert new.approvers[0] == supplier.approvers[0] and supplier.approvers[1].conditions[0].value == 24
    assert undo_text(supplier, 1) == "Change the conditions of Quality"
    assert with_approver_conditions(supplier, 1, supplier.approvers[1].conditions) is supplier


def test_plan_properties_check_the_conditions(supplier):
    rows = [{"role": "Quality", "conditions": [{"kind": "term", "issue": "Warranty", "value": 99}]}]
    with pytest.raises(PlanError, match=r"approvers\[0\]\.conditions\[0\]\.value"):
        with_properties(supplier, approvers=rows)
    ok = with_properties(supplier, approvers=[{"role": "Quality", "note": "two years",
                                               "conditions": [{"kind": "term", "issue": "Warranty", "value": 24}]}])
    assert ok.approvers[0].conditions[0].value == 24 and ok.approvers[0].note == "two years"


def test_cards_for_the_other_side_never_carry_our_approvers(supplier):
    from meso_desk.model.documents.cards import card_set

    mesos = md.generate_mesos(supplier, 3, 70.0)
    text = card_set(supplier, list(mesos)).text()
    assert "Warranty" in text  # the cards do print the terms an approver judges
    for a in supplier.approvers:
        for word in (a.name, a.role, a.note):
            assert not word or word not in text, word
    assert "✓" not in text and "✗" not in text and "sign off" not in text and "objects" not in text


def test_the_briefing_says_per_option_who_signs_and_who_objects(supplier):
    from meso_desk.model.documents.briefing import briefing

    short = dict(supplier.stored_package("Their opening quote").terms, Warranty=12.0)
    b = briefing(supplier, [supplier.stored_package("Their opening quote").terms, short,
                            supplier.stored_package("Our ideal").terms])
    assert b.option_approvals == (
        "A: CFO must sign off (total EUR 633,393 > EUR 400,000).",
        "B: CFO must sign off (total EUR 633,393 > EUR 400,000); Quality objects: warranty 12 < 24 months.",
        "C: no approver is involved.")
    assert ("Approvals", ("✓ CFO", "✓ CFO · ✗ Quality: warranty 12 < 24 months", "—")) in b.option_rows
    assert "Jonas Berg (Quality) — no chair with less than two years' warranty; refuses unless warranty ≥ 24 months" \
        in b.level_ii
    assert "B: CFO must sign off" in b.text()


def test_the_debrief_says_who_signs_the_agreement_on_one_line(supplier):
    from meso_desk.model.documents.plan_notes import debrief_approval_lines
    from meso_desk.model.edits import deal_edits

    dealt = deal_edits.with_agreement(supplier, supplier.stored_package("Their opening quote").terms)
    assert debrief_approval_lines(dealt) == (
        "Dr. Ines Kraft (CFO) · Jonas Berg (Quality) · Logistics — the agreement: CFO must sign off "
        "(total EUR 633,393 > EUR 400,000).",)
    plain = supplier.replace(approvers=(Approver(name="Ines", role="CFO", note="above EUR 400k"), Approver(role="Legal")))
    assert debrief_approval_lines(plain) == ("Ines (CFO) — above EUR 400k", "Legal")  # as before conditions


def test_a_typed_condition_value_reads_commas_the_one_way():
    """"24,5" is 24.5 in English too (every comma was dropped: 245), and "400,000" is 400000."""
    from meso_desk.model.edits.approval_edits import checked_condition

    plan = example_plan("supplier")
    half = checked_condition(plan, {"kind": "term", "issue": "Warranty", "when": "below", "value": "24,5"})
    assert half.value == 24.5
    cost = checked_condition(plan, {"kind": "total_cost", "issue": "", "when": "above", "value": "400,000",
                                    "effect": "needs"})
    assert cost.value == 400000
