"""Contingent packages in the counterpart panel (docs/contingent-terms.md): the reaction dialog's
cards show a contingent term's clause and its expected points; once they chose among contingent
packages, the estimate says what their choices tell about their forecast."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from test_counterpart_panel import WAIT, make_panel, open_dialog, wait_estimate

import meso_desk as md
from meso_desk.app.widgets.counterpart.estimate_service import compute_snapshot
from meso_desk.model.counterpart.estimate_inputs import forecast_evidence
from meso_desk.model.edits.event_edits import replace_event
from meso_desk.model.edits.round_edits import record_choice


@pytest.fixture(scope="module")
def plan():
    return md.example_plan("contingent")


def test_the_reaction_dialog_shows_the_clause_and_expected_points(qtbot, plan):
    panel = make_panel(qtbot, plan)
    dlg = open_dialog(panel)
    contingent = [sp.name for sp in plan.packages if sp.clauses]
    set_names = list(plan.meso_sets[-1].packages)
    assert set(contingent) & set(set_names)
    notes = [w for w in dlg.findChildren(QLabel, "offeredClause") if w.isVisibleTo(dlg)]
    issues = {w.property("issue") for w in notes}
    expected = {i for n in set_names for i in plan.stored_package(n).clauses}
    assert issues == expected and all(w.text().startswith("* ") for w in notes)
    texts = [w.text() for w in dlg.findChildren(QLabel) if "points to you" in w.text()]
    assert any("(expected)" in t for t in texts)
    dlg.reject()


def test_the_estimate_reads_their_choices_as_a_forecast_belief(qtbot, plan):
    names = list(plan.meso_sets[-1].packages)
    pick = next(k for k, n in enumerate(names) if plan.stored_package(n).clauses)
    played = record_choice(plan, names, pick)
    assert played.rounds[-1].offered[pick].clauses  # the round keeps what was offered
    panel = make_panel(qtbot, played)
    qtbot.waitUntil(lambda: panel.snapshot is not None and panel.snapshot.n_observations >= 1, timeout=WAIT)
    assert panel.snapshot.forecasts
    text = panel.detail.text()
    assert "their own forecast of" in text or "our forecast of" in text
    assert "0 = ours, 1 = theirs" in text


def test_a_forecast_edit_gives_the_estimate_of_the_edited_plan(qtbot, plan):
    """Their choice among contingent packages is read with the events' forecasts: editing a
    forecast re-reads the round, and the panel shows that estimate, not the one before; an
    event no round offered a clause on changes nothing and starts no computation."""
    played = record_choice(plan, ["Fixed price", "On-time bonus", "Steel indexed"], 1)
    panel = make_panel(qtbot, played)
    doc = panel._doc
    before = panel.snapshot
    assert any("On-time delivery" in line for line in before.forecasts)
    unused = doc.plan.event("Failure rate")
    jobs = panel.service.jobs_started
    doc.apply(replace_event(doc.plan, unused.name, unused.model_copy(update={"ours": unused.theirs})).plan,
              "forecast edit")
    assert panel.service.jobs_started == jobs and panel.snapshot is before
    event = doc.plan.event("On-time delivery")
    doc.apply(replace_event(doc.plan, event.name, event.model_copy(update={"theirs": event.ours})).plan,
              "forecast edit")
    qtbot.waitUntil(lambda: panel.snapshot is not before, timeout=WAIT)
    wait_estimate(qtbot, panel)
    fresh = compute_snapshot(doc.plan)
    assert panel.snapshot.weights == fresh.weights and panel.snapshot.forecasts == fresh.forecasts
    assert panel.snapshot.weights != before.weights
    assert not any("On-time delivery" in line for line in panel.snapshot.forecasts)
    doc.undo_stack.undo()  # back to a plan already seen: the cached estimate
    qtbot.waitUntil(lambda: panel.snapshot.weights == before.weights, timeout=WAIT)


def test_forecast_evidence_follows_the_forecasts_contingent_rounds_read(plan):
    assert forecast_evidence(plan) == ()  # no rounds
    fixed = record_choice(plan, ["Fixed price", "On-time bonus", "Steel indexed"], 0)
    played = record_choice(plan, ["Fixed price", "On-time bonus", "Steel indexed"], 1)
    assert len(forecast_evidence(played)) == 1 == len(forecast_evidence(fixed))  # the offer had clauses
    unused = played.event("Failure rate")
    other = replace_event(played, unused.name, unused.model_copy(update={"ours": unused.theirs})).plan
    assert forecast_evidence(other) == forecast_evidence(played)
    event = played.event("Steel price index")
    edited = replace_event(played, event.name, event.model_copy(update={"theirs": event.ours})).plan
    assert forecast_evidence(edited) != forecast_evidence(played)
