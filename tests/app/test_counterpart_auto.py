"""Next MESOs lets the round choose the set's purpose by default (issue 22): learn in the first
rounds, please once their top issue is clear, balance otherwise; the message says which and why."""

from __future__ import annotations

import re

from test_counterpart_panel import WAIT, make_panel, plan_with_rounds

import meso_desk as md
from meso_desk.model.offers.information import auto_purpose


def test_next_mesos_defaults_to_the_round_choosing_and_says_why(qtbot):
    plan = plan_with_rounds(1)
    panel = make_panel(qtbot, plan)
    assert panel.strategy == "auto" and panel.strategy_actions["auto"].isChecked()
    purpose, why = auto_purpose(plan)
    assert purpose == "learn"  # one round recorded: still learning
    panel.generate_next()
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=WAIT)
    text = panel.message.text()
    assert "Added MESO" in text and f"Purpose: {why}." in text


def test_a_learning_set_says_what_the_estimate_makes_of_it_for_them(qtbot):
    """A learning set is chosen with their values not compared; the message still names the best
    package for them by the estimate, with its value (never the flat ≈0 of the search)."""
    plan = plan_with_rounds(1)
    assert auto_purpose(plan)[0] == "learn"
    panel = make_panel(qtbot, plan)
    panel.generate_next()
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=WAIT)
    m = re.search(r"Best for them, by the estimate: (\S+) \(≈(\d+) of their points\)", panel.message.text())
    assert m is not None
    new = panel._doc.plan
    est = md.estimate_counterpart(new)
    names = list(new.meso_sets[-1].packages)
    values = {n: est.value(dict(new.stored_package(n).terms)) for n in names}
    assert m.group(1) == max(values, key=values.get)
    assert int(m.group(2)) == round(values[m.group(1)]) and int(m.group(2)) > 0
