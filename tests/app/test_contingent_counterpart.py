"""Contingent packages in the counterpart panel (docs/contingent-terms.md): the reaction dialog's
cards show a contingent term's clause and its expected points; once they chose among contingent
packages, the estimate says what their choices tell about their forecast."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from test_counterpart_panel import WAIT, make_panel, open_dialog

import meso_desk as md
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
