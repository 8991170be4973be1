"""Next MESOs lets the round choose the set's purpose by default (issue 22): learn in the first
rounds, please once their top issue is clear, balance otherwise; the message says which and why."""

from __future__ import annotations

from test_counterpart_panel import WAIT, make_panel, plan_with_rounds

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
