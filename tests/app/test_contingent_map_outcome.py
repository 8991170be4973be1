"""The value map and the outcome plot count contingent packages at their expected value and
follow the clauses and forecasts they are computed from (pytest-qt, offscreen)."""

from __future__ import annotations

import numpy as np
import pytest

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.plot.map_state import compute_surface
from meso_desk.app.plot.value_map import ValueMap
from meso_desk.model.edits.event_edits import replace_event


@pytest.fixture
def contingent_map(qtbot):
    doc = PlanDocument(md.example_plan("contingent"))
    doc.select_package("On-time bonus")
    w = ValueMap(doc)
    qtbot.addWidget(w)
    w.resize(700, 380)
    w.show()
    qtbot.waitExposed(w)
    w.redraw()
    return w


def shown_matches_fresh(w: ValueMap, name: str) -> None:
    """The map's slice is the one computed afresh for ``name`` (values and target)."""
    fresh = compute_surface((w.document.plan, *w.axes, name))
    assert np.allclose(w.slice.values, fresh.slice.values)
    assert w.document.plan.package(name).score == pytest.approx(
        float(w.slice.value_at(*w.package_position(name))), abs=0.05)


def test_the_map_follows_the_selected_package_s_clause(contingent_map):
    w, doc = contingent_map, contingent_map.document
    shown_matches_fresh(w, "On-time bonus")
    # Fixed price has the same other terms but no clause on Unit price: its own surface
    for name in ("Fixed price", "Steel indexed", "On-time bonus"):
        doc.select_package(name)
        w.redraw()
        shown_matches_fresh(w, name)


def test_the_map_follows_a_removed_clause_and_a_changed_forecast(contingent_map):
    w, doc = contingent_map, contingent_map.document
    plan = doc.plan
    fixed = plan.replace(packages=tuple(
        sp.model_copy(update={"clauses": {}}) if sp.name == "On-time bonus" else sp for sp in plan.packages))
    doc.apply(fixed, "Remove clause")
    w.redraw()
    shown_matches_fresh(w, "On-time bonus")
    doc.undo_stack.undo()
    w.redraw()
    shown_matches_fresh(w, "On-time bonus")
    ev = doc.plan.event("On-time delivery")
    worse = ev.model_copy(update={"ours": ev.ours.model_copy(update={"low": 97.0, "likely": 98.0, "high": 99.0})})
    doc.apply(replace_event(doc.plan, ev.name, worse).plan, "Edit events")
    w.redraw()
    shown_matches_fresh(w, "On-time bonus")


def test_an_unrelated_event_edit_keeps_the_surface(contingent_map):
    w, doc = contingent_map, contingent_map.document
    before = w.state.key(doc.plan)
    ev = doc.plan.event("Failure rate")  # On-time bonus has no clause on it
    moved = ev.model_copy(update={"ours": ev.ours.model_copy(update={"likely": 2.0})})
    doc.apply(replace_event(doc.plan, ev.name, moved).plan, "Edit events")
    assert w.state.key(doc.plan) == before
    ev = doc.plan.event("On-time delivery")  # their forecast does not change our map
    theirs = ev.model_copy(update={"theirs": ev.theirs.model_copy(update={"likely": 97.0})})
    doc.apply(replace_event(doc.plan, ev.name, theirs).plan, "Edit events")
    assert w.state.key(doc.plan) == before


# -- the outcome plot ----------------------------------------------------------------------------------
MESO = ["Fixed price", "On-time bonus", "Steel indexed", "Warranty guard"]


@pytest.fixture
def dealt():
    """The contingent example: the four MESO options offered, On-time bonus accepted and agreed."""
    from meso_desk.model.edits.deal_edits import with_agreement
    from meso_desk.model.edits.round_edits import record_choice

    plan = md.example_plan("contingent")
    plan = record_choice(plan, MESO, 1, outcome="accepted")
    return with_agreement(plan, plan.package("On-time bonus"), source="Accepted offer")


def test_the_outcome_plot_values_contingent_packages_and_the_agreement_as_the_cards(qtbot, dealt):
    from meso_desk.app.plot.outcome_plot import OutcomePlot
    from meso_desk.model.counterpart.outcome import their_estimate
    from meso_desk.model.counterpart.simulated import their_expected_value

    doc = PlanDocument(dealt)
    w = OutcomePlot(doc)
    qtbot.addWidget(w)
    w.resize(460, 380)
    w.show()
    w.redraw()
    plan = doc.plan
    # the four equal-value MESO options lie together, as the cards say; the agreement where
    # the Deal panel puts it
    assert [round(w.outcome(n).ours, 6) for n in MESO] == [round(plan.package(n).score, 6) for n in MESO]
    assert max(w.outcome(n).ours for n in MESO) - min(w.outcome(n).ours for n in MESO) < 0.2
    assert w.agreement.ours == pytest.approx(plan.package("On-time bonus").score, abs=1e-9)
    from meso_desk.model.counterpart.outcome import their_beliefs

    est = their_estimate(plan)
    beliefs = their_beliefs(plan, est)
    assert set(beliefs) == {e.name for e in plan.events} and all(0.0 <= b <= 1.0 for b in beliefs.values())
    for name in MESO:
        pkg = plan.package(name)
        o = w.outcome(name)
        assert o.ours == pytest.approx(pkg.score, abs=1e-9)  # what the card says (expected for us)
        if not pkg.contingent:
            assert o.theirs == pytest.approx(their_expected_value(plan, pkg, est.their, beliefs), abs=1e-9)
        else:  # as the estimate counts a contingent offer: each sample with its own λ; not the base terms' value
            per_sample = est.source.package_samples([pkg])[0]
            assert o.theirs == pytest.approx(float(per_sample @ est.source.sample_weights), abs=1e-6)
            assert abs(o.theirs - est.their.value(plan, pkg.terms)) > 0.05
            lo, hi = o.interval
            assert lo <= o.theirs <= hi
    agreed = w.agreement
    assert agreed.theirs == pytest.approx(w.outcome("On-time bonus").theirs, abs=1e-9)
    assert agreed.interval == pytest.approx(w.outcome("On-time bonus").interval, abs=1e-9)
    assert list(w.agreed.getData()[0]) == pytest.approx([agreed.ours])


def test_the_outcome_plot_follows_a_forecast_and_a_clause(qtbot, dealt):
    from meso_desk.app.plot.outcome_plot import OutcomePlot

    doc = PlanDocument(dealt)
    w = OutcomePlot(doc)
    qtbot.addWidget(w)
    w.show()
    w.redraw()
    ev = doc.plan.event("On-time delivery")
    worse = ev.model_copy(update={"ours": ev.ours.model_copy(update={"low": 80.0, "likely": 86.0, "high": 92.0})})
    doc.apply(replace_event(doc.plan, ev.name, worse).plan, "Edit events")
    w.redraw()
    assert doc.plan.package("On-time bonus").score != pytest.approx(dealt.package("On-time bonus").score, abs=0.1)
    assert w.outcome("On-time bonus").ours == pytest.approx(doc.plan.package("On-time bonus").score, abs=1e-9)
    assert w.agreement.ours == pytest.approx(doc.plan.package("On-time bonus").score, abs=1e-9)
    plan = doc.plan
    doc.apply(plan.replace(packages=tuple(sp.model_copy(update={"clauses": {}}) if sp.name == "On-time bonus" else sp
                                          for sp in plan.packages)), "Remove clause")
    w.redraw()
    assert w.outcome("On-time bonus").ours == pytest.approx(doc.plan.package("On-time bonus").score, abs=1e-9)
