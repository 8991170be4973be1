"""A post-settlement package that replaces a contingent agreement keeps the clauses agreed first
beside the terms agreed first (``agreement.clauses_before_post_settlement``): the debrief values
the first agreement with them, the file keeps them, and they follow issue and event edits as the
agreement's own clauses do (docs/deal.md, docs/contingent-terms.md)."""

from __future__ import annotations

import json

import pytest

import meso_desk as md
from meso_desk.model.counterpart.inference import estimate_counterpart
from meso_desk.model.deal.debrief import debrief
from meso_desk.model.edits import deal_edits
from meso_desk.model.edits.event_edits import clause_places, remove_event, replace_event
from meso_desk.model.errors import InvalidInput
from meso_desk.model.io.meso_file import load_plan, plan_from_bytes, plan_to_bytes, save_plan
from meso_desk.model.offers.contingent import their_values_many
from meso_desk.model.plan import Agreement

FIRST = "On-time bonus"  # EUR 230.00, the unit price dropping below 95 % on-time delivery
EVENT = "On-time delivery"


def _adopted():
    """The contingent example agreed on On-time bonus, then a fixed package (Fixed price) adopted
    as a post-settlement improvement."""
    plan = md.example_plan("contingent")
    agreed = deal_edits.with_agreement(plan, plan.package(FIRST))
    fixed = agreed.package(dict(agreed.stored_package("Fixed price").terms))
    assert not fixed.clauses
    return plan, deal_edits.with_settlement_adopted(agreed, fixed)


def test_adopting_keeps_the_clauses_agreed_first_and_only_the_first():
    plan, adopted = _adopted()
    first = plan.stored_package(FIRST)
    a = adopted.agreement
    assert a.clauses == {} and a.terms == plan.stored_package("Fixed price").terms
    assert a.before_post_settlement == first.terms
    assert a.clauses_before_post_settlement == first.clauses and first.clauses
    # a second step keeps what was agreed first, not the step before it
    again = deal_edits.with_settlement_adopted(adopted, adopted.package(FIRST))
    assert again.agreement.clauses == first.clauses
    assert again.agreement.before_post_settlement == first.terms
    assert again.agreement.clauses_before_post_settlement == first.clauses
    # recording the agreement again keeps them, as it keeps the terms agreed first
    redone = deal_edits.with_agreement(adopted, adopted.package("Fixed price"), notes="signed")
    assert redone.agreement.clauses_before_post_settlement == first.clauses


def test_the_debrief_values_the_first_agreement_with_its_clause():
    plan, adopted = _adopted()
    first = plan.package(FIRST)
    base_only = md.score(plan, dict(first.terms))
    assert first.score - base_only > 5  # the clause is worth points: 63.4 against 56.4 on the base terms
    d = debrief(adopted)
    ours_first, ours_now, theirs_first, theirs_now = d.improvement
    assert ours_first == pytest.approx(first.score)
    assert ours_now == pytest.approx(d.agreed_points)
    tv = estimate_counterpart(adopted).their_values()
    assert theirs_first == pytest.approx(their_values_many(adopted, [adopted.package(FIRST)], tv)[0])
    assert f"{first.score:.1f} → {ours_now:.1f} points for us" in d.improvement_line
    # the first-agreement column shows the clause as a contingent term is shown: "↳ …" after the term
    row = next(r for r in d.rows if r.issue == "Unit price")
    assert row.first == "EUR 230.00" and row.first_clause and not row.agreed_clause
    assert f"first EUR 230.00 ↳ {row.first_clause}" in d.text()
    assert all(not r.first_clause for r in d.rows if r.issue != "Unit price")


def test_the_clauses_agreed_first_survive_the_file_and_old_files_still_load(tmp_path):
    _, adopted = _adopted()
    path = tmp_path / "adopted.meso"
    save_plan(adopted, path)
    back = load_plan(path)
    assert back == adopted
    assert back.agreement.clauses_before_post_settlement == adopted.agreement.clauses_before_post_settlement
    # a file written before the field existed: no clauses agreed first
    data = json.loads(plan_to_bytes(adopted))
    del data["agreement"]["clauses_before_post_settlement"]
    old = plan_from_bytes(json.dumps(data).encode())
    assert old.agreement.clauses_before_post_settlement == {}
    assert old.agreement.before_post_settlement == adopted.agreement.before_post_settlement


def test_clauses_agreed_first_are_checked_like_the_agreements():
    _, adopted = _adopted()
    a = adopted.agreement
    wrong = a.model_copy(update={"clauses_before_post_settlement": {"Colour": a.clauses_before_post_settlement[
        "Unit price"]}})
    with pytest.raises(InvalidInput, match="Colour"):
        adopted.replace(agreement=wrong)
    # without terms agreed first there is nothing for clauses agreed first to belong to
    alone = Agreement(terms=dict(a.terms), clauses_before_post_settlement=dict(a.clauses_before_post_settlement))
    assert alone.clauses_before_post_settlement == {}


def test_an_issue_rename_and_removal_carry_the_clauses_agreed_first():
    _, adopted = _adopted()
    k = adopted.issue_names.index("Unit price")
    renamed = adopted.with_issue(k, adopted.issues[k].model_copy(update={"name": "Price"}))
    a = renamed.agreement
    assert set(a.clauses_before_post_settlement) == {"Price"} and "Price" in a.before_post_settlement
    assert debrief(renamed).improvement[0] == pytest.approx(debrief(adopted).improvement[0])
    removed = renamed.with_issue_removed("Price")
    assert removed.agreement.clauses_before_post_settlement == {}


def test_an_option_rename_carries_the_clause_agreed_first():
    """The issue edits map terms through the change (issue_carry): a clause agreed first naming an
    option follows its rename, as the agreement's own clause does."""
    from meso_desk.model.contingent.clauses import ThresholdClause
    from meso_desk.model.edits.issue_edits import OptionRow, edit_issue

    plan = md.example_plan("contingent")
    th = ThresholdClause(event=EVENT, when="below", threshold=90, term="FCA")
    plan = deal_edits.with_agreement(plan, plan.package("Fixed price"), clauses={"Incoterm": th})
    plan = deal_edits.with_settlement_adopted(plan, plan.package(dict(plan.stored_package(FIRST).terms)))
    assert plan.agreement.clauses_before_post_settlement == {"Incoterm": th}
    row = plan.issue_names.index("Incoterm")
    rows = [OptionRow("FCA 2020" if o.label == "FCA" else o.label, o.value, o.acceptable, was=o.label)
            for o in plan.issue("Incoterm").options]
    r = edit_issue(plan, row, "range", rows)
    assert r.ok, r.reason
    assert r.plan.agreement.clauses_before_post_settlement["Incoterm"].term == "FCA 2020"


def test_event_edits_carry_and_drop_the_clauses_agreed_first_and_say_so():
    _, adopted = _adopted()
    assert ("the first agreement", "Unit price") in clause_places(adopted, EVENT)
    renamed = replace_event(adopted, EVENT, adopted.event(EVENT).model_copy(update={"name": "On time"})).plan
    assert renamed.agreement.clauses_before_post_settlement["Unit price"].event == "On time"
    res = remove_event(adopted, EVENT)
    assert res.plan.agreement.clauses_before_post_settlement == {}
    assert "the first agreement" in res.message
    # the first agreement is valued on its base terms once its clause is gone
    assert debrief(res.plan).improvement[0] == pytest.approx(
        md.score(res.plan, res.plan.agreement.before_post_settlement))


def test_their_value_of_a_contingent_agreement_is_the_same_in_every_line_of_the_debrief():
    """"Their value of the agreement: about 38" came from the base terms while the improvement
    line and post-settlement counted the clause at its expectation (38.9 for Steel indexed)."""
    from meso_desk.model.deal.zopa import left_on_table
    from meso_desk.model.edits.deal_edits import with_agreement
    from meso_desk.model.offers.contingent import their_values_many

    plan = md.example_plan("contingent")
    pkg = plan.package("Steel indexed")
    plan = with_agreement(plan, pkg)
    est = md.estimate_counterpart(plan)
    expected = float(their_values_many(plan, [pkg], est.their_values())[0])
    assert abs(expected - float(est.their_values().value(plan, pkg))) > 0.5  # the clause matters here
    assert left_on_table(plan, estimate=est).theirs == pytest.approx(expected)
