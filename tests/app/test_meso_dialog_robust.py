"""The MESO dialog: the robustness badge, robust sets, and "use the nearest level" (issues 24, 17.11)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.widgets.packages import meso_dialog
from meso_desk.model.preferences.weights import weight_band


def _dialog(qtbot, plan):
    dlg = meso_dialog.MesoDialog(PlanDocument(plan))
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _wait(qtbot, dlg):
    qtbot.waitUntil(lambda: not dlg.is_busy() and "Generating" not in dlg.message.text(), timeout=20_000)


def test_badge_flags_a_set_that_drifts_apart_and_robust_generation_keeps_it_equal(qtbot):
    plan = md.example_plan("supplier")
    dlg = _dialog(qtbot, plan)
    _wait(qtbot, dlg)
    robust = dlg.findChild(QCheckBox, "mesoRobust")
    assert not robust.isChecked(), "no region in the plan: today's sets by default"
    badge = dlg.findChild(QLabel, "mesoRobustness")
    assert badge.isVisible() and "if any weight moves by up to 5 points" in badge.text()
    assert badge.property("staysEqual") is False and "stop being equal" in badge.text()
    today = badge.property("worstSpread")
    robust.setChecked(True)
    _wait(qtbot, dlg)
    assert badge.property("worstSpread") < today / 2
    dlg.done(0)


def test_robust_is_on_by_default_once_the_plan_has_a_region(qtbot):
    plan = md.example_plan("supplier")
    dlg = _dialog(qtbot, plan.replace(weight_region=weight_band(plan.weights, 0.03)))
    _wait(qtbot, dlg)
    assert dlg.findChild(QCheckBox, "mesoRobust").isChecked()
    assert "up to 3 points" in dlg.findChild(QLabel, "mesoRobustness").text()
    dlg.done(0)


def test_an_unreachable_level_is_one_plain_sentence_with_a_button_for_the_nearest(qtbot):
    dlg = _dialog(qtbot, md.example_plan("supplier"))
    _wait(qtbot, dlg)
    dlg.level.set_level(100.0)
    _wait(qtbot, dlg)
    text = dlg.message.text()
    assert text.endswith(".") and ". " not in text and "±" not in text and "differ in at least" not in text
    use = dlg.findChild(QPushButton, "mesoUseNearest")
    assert use.isVisible() and use.text().startswith("Use ")
    nearest = float(use.text().removeprefix("Use "))
    use.click()
    assert dlg.level.level == nearest
    qtbot.waitUntil(lambda: not dlg.is_busy() and dlg.add_button.isEnabled(), timeout=20_000)
    assert not use.isVisible()
    dlg.done(0)


def test_the_stated_spread_agrees_with_the_range_shown(qtbot):
    """"worth 70.0–70.1 points (spread 0.0)" read as a contradiction: a spread under 0.1 is
    given in hundredths, and always matches the values of the set."""
    import re

    from meso_desk.model.scoring import score

    plan = md.example_plan("supplier")
    dlg = _dialog(qtbot, plan)
    _wait(qtbot, dlg)
    m = re.search(r"worth ([\d.]+)–([\d.]+) points \(spread ([\d.]+)\)", dlg.message.text())
    assert m, dlg.message.text()
    ours = [score(plan, p) for p in dlg._result[3]]
    spread = max(ours) - min(ours)
    assert float(m.group(3)) == round(spread, 2 if spread < 0.095 else 1)
    assert abs((float(m.group(2)) - float(m.group(1))) - float(m.group(3))) <= 0.1 + 1e-9
    dlg.done(0)
