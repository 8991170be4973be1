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
