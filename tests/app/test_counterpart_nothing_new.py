"""Next MESOs with nothing new learned (issue 17, point 8): it says so in plain words and adds
the next best *different* set, never a copy of the set on the table."""

from __future__ import annotations

from test_counterpart_panel import WAIT, make_panel, plan_with_set

import meso_desk as md
from meso_desk.model.edits.round_edits import record_choice
from meso_desk.model.offers.meso_sets import same_offers, set_terms


def test_next_mesos_without_a_reaction_says_so_and_adds_a_different_set(qtbot):
    panel = make_panel(qtbot, plan_with_set())
    doc = panel.document
    panel.generate_next()
    qtbot.waitUntil(lambda: len(doc.plan.meso_sets) == 2 and not panel.is_busy(), timeout=WAIT)
    plan = doc.plan
    first, second = set_terms(plan, plan.meso_sets[0]), set_terms(plan, plan.meso_sets[1])
    assert not same_offers(first, second), "not a copy of the set on the table"
    text = panel.message.text()
    assert "No reaction to MESO 1 recorded yet, so nothing new was learned" in text
    assert "next best different" in text and "Added MESO 2" in text
    for name in plan.meso_sets[1].packages:
        assert abs(md.score(plan, plan.package(name)) - 70.0) <= 1.0


def test_next_mesos_after_a_reaction_says_nothing_of_the_kind(qtbot):
    plan = plan_with_set()
    plan = record_choice(plan, list(plan.meso_sets[-1].packages), 0)
    panel = make_panel(qtbot, plan)
    doc = panel.document
    panel.generate_next()
    qtbot.waitUntil(lambda: len(doc.plan.meso_sets) == 2 and not panel.is_busy(), timeout=WAIT)
    text = panel.message.text()
    assert text.startswith("Added MESO 2") and "nothing new" not in text
