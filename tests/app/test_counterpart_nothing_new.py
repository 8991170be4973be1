"""Next MESOs with nothing new learned (issue 17, point 8): it says so in plain words and adds
the next best *different* set, never a copy of the set on the table."""

from __future__ import annotations

import threading

import pytest
from test_counterpart_panel import WAIT, make_panel, plan_with_set

import meso_desk as md
from meso_desk.model.edits.round_edits import record_choice
from meso_desk.model.offers.meso_sets import same_offers, set_terms


def reacted_plan() -> tuple[md.Plan, list[dict]]:
    """``plan_with_set`` with their reaction to MESO 1 recorded, and MESO 1's terms."""
    plan = plan_with_set()
    plan = record_choice(plan, list(plan.meso_sets[-1].packages), 0)
    return plan, set_terms(plan, plan.meso_sets[-1])


def offer_of_another_level(qtbot, plan: md.Plan):
    """A panel on ``plan`` after Next MESOs found every set at the level repeating the last one,
    and the level its Offer button proposes."""
    panel = make_panel(qtbot, plan)
    panel.generate_next()
    button = panel.offer_level_button
    qtbot.waitUntil(lambda: not panel.is_busy() and button.isVisible(), timeout=WAIT)
    return panel, button.property("level")

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


def test_the_next_set_never_repeats_the_one_they_just_reacted_to():
    """The worker, with the real engine: told to avoid the best set, it returns the next best
    different one and says it did."""
    from meso_desk.app.widgets.counterpart.next_mesos import next_mesos

    plan = record_choice(plan_with_set(), list(plan_with_set().meso_sets[-1].packages), 0)
    best, repeated, _, _ = next_mesos((plan, 3, 70.0, "please", None))
    assert not repeated
    other, repeated, _, _ = next_mesos((plan, 3, 70.0, "please", [dict(p) for p in best]))
    assert repeated and not same_offers([dict(p) for p in other], [dict(p) for p in best])


def test_next_mesos_after_a_reaction_avoids_that_set_and_says_so(qtbot, monkeypatch):
    """When the aim's best set is the one they just reacted to, the panel adds the next best
    different set and its message says why."""
    from meso_desk.app.widgets.counterpart import next_mesos

    plan, last = reacted_plan()
    real = next_mesos.generate_mesos

    def engine(p, count, level, *, strategy, seed=0):  # its best set is the one they reacted to
        return last if seed == 0 else real(p, count, level, strategy=strategy, seed=seed)

    monkeypatch.setattr(next_mesos, "generate_mesos", engine)
    panel = make_panel(qtbot, plan)
    doc = panel.document
    panel.generate_next()
    qtbot.waitUntil(lambda: len(doc.plan.meso_sets) == 2 and not panel.is_busy(), timeout=WAIT)
    new = set_terms(doc.plan, doc.plan.meso_sets[1])
    assert not same_offers(new, last)
    text = panel.message.text()
    assert text.startswith("The best set would repeat the packages they reacted to in round 1")
    assert "Added MESO 2" in text


def test_next_mesos_when_every_set_at_every_level_repeats_the_last_one_asks_for_another_level(qtbot, monkeypatch):
    from meso_desk.app.widgets.counterpart import next_mesos

    plan, last = reacted_plan()
    asked: list[float] = []

    def engine(p, count, level, **k):
        asked.append(level)
        return last

    monkeypatch.setattr(next_mesos, "generate_mesos", engine)
    panel = make_panel(qtbot, plan)
    panel.generate_next()
    qtbot.waitUntil(lambda: not panel.is_busy() and panel.next_button.text() == "Next MESOs", timeout=WAIT)
    qtbot.waitUntil(lambda: "round 1" in panel.message.text(), timeout=WAIT)
    assert len(panel.document.plan.meso_sets) == 1, "nothing added"
    text = panel.message.text()
    assert text.startswith("Every set at 70.0 points repeats the packages they reacted to in round 1")
    tried = sorted({round(lv, 1) for lv in asked} - {70.0})
    assert len(tried) > 1, "nearby levels were tried"
    assert f"None of the levels tried from {tried[0]:.1f} to {tried[-1]:.1f} points has a different one." in text
    assert text.endswith("Change the level to offer them something new.")
    assert panel.offer_level_button.isHidden()


def test_a_result_for_a_plan_that_has_moved_on_is_made_again(qtbot, monkeypatch):
    """A reaction recorded while the set was being made: the 'every set repeats round 1' answer no
    longer holds, so it is neither shown nor offered; the set is made again for the new plan."""
    from meso_desk.app.widgets.counterpart import next_mesos

    plan, last = reacted_plan()
    real = next_mesos.generate_mesos
    panel = make_panel(qtbot, plan)
    doc = panel.document
    moved = record_choice(plan, list(plan.meso_sets[-1].packages), 1)
    started, go = threading.Event(), threading.Event()

    def engine(p, count, level, *, strategy, seed=0):  # runs in the worker thread
        if p is plan:  # the first request: every set repeats round 1 — and round 2 is recorded meanwhile
            started.set()
            go.wait(WAIT / 1000)
            return last
        return real(p, count, level, strategy=strategy, seed=seed)

    monkeypatch.setattr(next_mesos, "generate_mesos", engine)
    panel.generate_next()
    qtbot.waitUntil(started.is_set, timeout=WAIT)
    doc.apply(moved, "round 2")  # on the GUI thread, while the worker is busy
    go.set()
    qtbot.waitUntil(lambda: len(doc.plan.meso_sets) == 2 and not panel.is_busy(), timeout=WAIT)
    assert "round 1" not in panel.message.text() and panel.offer_level_button.isHidden()
    assert panel.message.text().startswith("Added MESO 2")


def test_the_offer_of_another_level_goes_when_the_aim_or_the_packages_change(qtbot, monkeypatch):
    from meso_desk.app.widgets.counterpart import next_mesos
    from meso_desk.model.edits.package_edits import add_package

    plan, last = reacted_plan()
    real = next_mesos.generate_mesos
    monkeypatch.setattr(next_mesos, "generate_mesos", lambda p, count, level, *, strategy, seed=0: last
                        if abs(level - 70.0) < 0.5 else real(p, count, level, strategy=strategy, seed=seed))
    panel = make_panel(qtbot, plan)
    button = panel.offer_level_button
    for change in ("aim", "packages"):
        panel.generate_next()
        qtbot.waitUntil(lambda: not panel.is_busy() and button.isVisible(), timeout=WAIT)
        if change == "aim":
            panel.strategy_actions["please" if panel.strategy != "please" else "learn"].trigger()
        else:
            panel.document.apply(add_package(panel.document.plan)[0], "a package added")
        assert button.isHidden() and not panel.message.text(), change


def test_when_the_level_has_only_the_last_set_one_click_offers_the_nearest_level_that_differs(qtbot, monkeypatch):
    from meso_desk.app.widgets.counterpart import next_mesos

    plan, last = reacted_plan()
    real = next_mesos.generate_mesos

    def engine(p, count, level, *, strategy, seed=0):  # at 70 every set is the one they reacted to
        return last if abs(level - 70.0) < 0.5 else real(p, count, level, strategy=strategy, seed=seed)

    monkeypatch.setattr(next_mesos, "generate_mesos", engine)
    panel, nearest = offer_of_another_level(qtbot, plan)
    doc, button = panel.document, panel.offer_level_button
    assert 0.5 <= abs(nearest - 70.0) <= 10.0
    assert button.text() == f"Offer at {nearest:.1f}"
    text = panel.message.text()
    assert text.startswith("Every set at 70.0 points repeats the packages they reacted to in round 1")
    assert f"The nearest level with a different set is {nearest:.1f}" in text
    assert len(doc.plan.meso_sets) == 1
    button.click()
    qtbot.waitUntil(lambda: len(doc.plan.meso_sets) == 2 and not panel.is_busy(), timeout=WAIT)
    plan2 = doc.plan
    new = plan2.meso_sets[-1]
    assert new.level == pytest.approx(nearest)
    assert not same_offers(set_terms(plan2, new), last)
    for name in new.packages:
        assert abs(md.score(plan2, plan2.package(name)) - nearest) <= 1.0
    assert panel.message.text().startswith(f"Added {new.name}") and f"at {nearest:.1f} points" in panel.message.text()
    assert button.isHidden()
    doc.undo_stack.undo()
    assert len(doc.plan.meso_sets) == 1, "one undo step"


def test_the_next_button_says_which_set_it_will_not_repeat(qtbot):
    plan = plan_with_set()
    panel = make_panel(qtbot, plan)
    assert "No reaction to MESO 1 is recorded yet" in panel.next_button.toolTip()
    panel.document.apply(record_choice(plan, list(plan.meso_sets[-1].packages), 0), "a reaction")
    qtbot.waitUntil(lambda: "round 1" in panel.next_button.toolTip(), timeout=WAIT)
    assert "will not offer again the packages they reacted to in round 1" in panel.next_button.toolTip()


def test_the_change_of_level_is_said_in_points_for_you():
    from meso_desk.app.widgets.counterpart.next_mesos import level_change_words

    assert level_change_words(70.0, 71.0) == "1 point more for you"
    assert level_change_words(72.5, 71.5) == "1 point less for you"
    assert level_change_words(72.5, 73.3) == "0.8 points more for you"
    assert level_change_words(70.0, 67.5) == "2.5 points less for you"


def small_plan_with_one_set_at_its_level() -> md.Plan:
    """Three issues of four options: at 75 points the engine has one set only (as on GENIUS
    Laptop), and a reaction to it has been recorded."""
    from meso_desk.model.offers.meso_sets import with_meso_set

    issues = tuple(md.CategoricalIssue(name=n, options=[md.Option(label=f"{n} {j}", value=float(x))
                                                         for j, x in enumerate(v)])
                   for n, v in (("Maker", (100, 85, 40, 0)), ("Disk", (100, 70, 60, 0)), ("Screen", (100, 85, 70, 0))))
    plan = md.Plan(issues=issues, weights={"Maker": 0.4, "Disk": 0.45, "Screen": 0.15}, reservation=30.0,
                   aspiration=75.0)
    plan, names = with_meso_set(plan, [dict(p) for p in md.generate_mesos(plan, 3, 75.0)], 75.0)
    return record_choice(plan, names, 0)


def test_on_a_small_plan_the_real_engine_offers_the_nearest_level_that_differs(qtbot):
    plan = small_plan_with_one_set_at_its_level()
    last = set_terms(plan, plan.meso_sets[-1])
    panel, nearest = offer_of_another_level(qtbot, plan)
    doc, button = panel.document, panel.offer_level_button
    assert panel.message.text().startswith("Every set at 75.0 points repeats the packages they reacted to in round 1")
    assert len(doc.plan.meso_sets) == 1
    button.click()
    qtbot.waitUntil(lambda: len(doc.plan.meso_sets) == 2 and not panel.is_busy(), timeout=WAIT)
    new = doc.plan.meso_sets[-1]
    assert new.level == pytest.approx(nearest) and not same_offers(set_terms(doc.plan, new), last)
    for name in new.packages:
        assert abs(md.score(doc.plan, doc.plan.package(name)) - nearest) <= 1.0


def test_a_set_reusing_an_earlier_rounds_package_is_unanswered_and_not_repeated(qtbot, monkeypatch):
    """MESO 2 re-offers B, refused in round 1 (recorded before MESO 2 was made): nobody reacted
    to MESO 2, so Next MESOs says so and does not repeat it (it once counted round 1 as a
    reaction to MESO 2, and the next set repeated MESO 2's packages)."""
    from datetime import timedelta

    from meso_desk.app.widgets.counterpart import next_mesos
    from meso_desk.model.offers.meso_sets import with_meso_set

    plan = plan_with_set()
    t0 = plan.meso_sets[-1].created + timedelta(minutes=1)  # round 1, then MESO 2 half an hour later
    a, b, c = (dict(plan.stored_package(n).terms) for n in plan.meso_sets[-1].packages)
    plan = record_choice(plan, list(plan.meso_sets[-1].packages), 1, outcome="none_acceptable", time=t0)
    plan, _ = with_meso_set(plan, [b, dict(a, Warranty=24.0), dict(c, Warranty=24.0)], 70.0)
    two = plan.meso_sets[-1].model_copy(update={"created": t0 + timedelta(minutes=30)})
    plan = plan.replace(meso_sets=(*plan.meso_sets[:-1], two))
    on_table = set_terms(plan, two)
    real = next_mesos.generate_mesos

    def engine(p, count, level, *, strategy, seed=0):  # its best set is MESO 2 again
        out = real(p, count, level, strategy=strategy, seed=seed)
        if seed:
            return out
        again = type(out)(md.Package(p, t) for t in on_table)
        again.__dict__.update(out.__dict__)  # what the engine knows of its set (its values …)
        return again

    monkeypatch.setattr(next_mesos, "generate_mesos", engine)
    panel = make_panel(qtbot, plan)
    doc = panel.document
    panel.generate_next()
    qtbot.waitUntil(lambda: len(doc.plan.meso_sets) == 3 and not panel.is_busy(), timeout=WAIT)
    assert not same_offers(set_terms(doc.plan, doc.plan.meso_sets[2]), on_table)
    text = panel.message.text()
    assert "No reaction to MESO 2 recorded yet, so nothing new was learned" in text and "Added MESO 3" in text
