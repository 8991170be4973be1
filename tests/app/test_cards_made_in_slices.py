"""New cards are made a slice per turn of the event loop (the audit of a big plan, finding 3):
adding a MESO set of three cards on a plan with many issues made every card at once and held
the window for 100–140 ms. Now each turn makes at most ``TERM_ROWS_PER_TURN`` term rows; the
panel says it is busy until the last card is made, and then shows what it showed before: every
card with its controls (found by objectName and the ``package``/``issue`` properties), the new set
in view and its first package selected. Real widgets, offscreen; no timing (the time is measured
in ``benchmarks/bench_gestures.py``)."""

from __future__ import annotations

import pytest
from long_plans import long_plan
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect
from PySide6.QtWidgets import QApplication, QSlider, QToolButton

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.widgets.packages import package_panel
from meso_desk.app.widgets.packages.package_column import PackageColumn
from meso_desk.app.widgets.packages.package_panel import TERM_ROWS_PER_TURN, PackagePanel

ISSUES = 8  # three cards of eight term rows: more than one slice


@pytest.fixture
def slices(monkeypatch):
    """The term sliders each turn of the event loop made (the panel's put-off call, spied on)."""
    made: list[int] = []
    original = PackagePanel._make_more

    def spy(self, everything=False):
        before = len(self.findChildren(QSlider, "termSlider"))
        original(self, everything)
        made.append(len(self.findChildren(QSlider, "termSlider")) - before)

    monkeypatch.setattr(PackagePanel, "_make_more", spy)
    return made


def _panel(qtbot, plan: md.Plan) -> PackagePanel:
    p = PackagePanel(PlanDocument(plan))
    qtbot.addWidget(p)
    p.resize(1366, 400)
    p.show()
    qtbot.waitExposed(p)
    qtbot.waitUntil(lambda: not p.is_busy())
    return p


def _controls(panel: PackagePanel, cls, name: str) -> set[tuple[str, str]]:
    return {(w.property("package"), w.property("issue")) for w in panel.findChildren(cls, name)}


def test_a_new_sets_cards_come_a_slice_per_turn_and_end_as_before(qtbot, slices):
    panel = _panel(qtbot, long_plan(ISSUES, sets=2))
    doc = panel.document
    before = len(panel.findChildren(QSlider, "termSlider"))
    found = md.generate_mesos(doc.plan, 3, level=70.0)
    names = panel.add_meso_set([p.terms for p in found], 70.0)
    in_the_gesture = len(panel.findChildren(QSlider, "termSlider")) - before
    assert in_the_gesture <= TERM_ROWS_PER_TURN
    assert panel.is_busy()
    qtbot.waitUntil(lambda: not panel.is_busy())
    assert slices and all(0 < n <= TERM_ROWS_PER_TURN for n in slices), slices
    assert in_the_gesture + sum(slices) == 3 * ISSUES
    # settled: every package's card and term controls, each once, bound to its package and issue
    plan = doc.plan
    every = {(p, i) for p in plan.package_names for i in plan.issue_names}
    sliders = panel.findChildren(QSlider, "termSlider")
    assert len(sliders) == len(every) and _controls(panel, QSlider, "termSlider") == every
    assert _controls(panel, QToolButton, "termLock") == every
    cols = panel.findChildren(PackageColumn, "packageColumn")
    assert sorted(c.property("package") for c in cols) == sorted(plan.package_names)
    assert [c.package_name for c in panel.columns] == plan.package_names
    # the new set in view, its first package selected, the older sets folded
    assert doc.selected_package == names[0] and panel.column(names[0]).selected
    assert panel.is_folded("MESO 1") and panel.is_folded("MESO 2") and not panel.is_folded("MESO 3")
    group, vp = panel.groups["MESO 3"], panel.scroll.viewport()
    qtbot.waitUntil(lambda: QRect(group.mapTo(vp, QPoint(0, 0)), group.size()).right() <= vp.width())
    assert all(panel.column(n).isVisible() for n in names)


def test_asking_for_a_card_still_to_come_makes_it_now(qtbot):
    panel = _panel(qtbot, long_plan(ISSUES, sets=1))
    doc = panel.document
    names = panel.add_meso_set([p.terms for p in md.generate_mesos(doc.plan, 3, level=70.0)], 70.0)
    assert panel.is_busy()
    slider = panel.term_slider(names[-1], doc.plan.issue_names[0])
    assert slider.property("package") == names[-1] and not panel.is_busy()
    assert [c.package_name for c in panel.columns] == doc.plan.package_names


def test_a_set_undone_before_its_cards_are_made_leaves_none_behind(qtbot):
    panel = _panel(qtbot, long_plan(ISSUES, sets=1))
    doc = panel.document
    n = len(doc.plan.package_names)
    panel.add_meso_set([p.terms for p in md.generate_mesos(doc.plan, 3, level=70.0)], 70.0)
    assert panel.is_busy()
    doc.undo_stack.undo()
    assert not panel.is_busy()
    for _ in range(5):
        QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(panel.findChildren(PackageColumn, "packageColumn")) == n
    assert [c.package_name for c in panel.columns] == doc.plan.package_names
    doc.undo_stack.redo()  # and again: the same cards as at first, once the panel is done
    qtbot.waitUntil(lambda: not panel.is_busy())
    assert _controls(panel, QSlider, "termSlider") == {(p, i) for p in doc.plan.package_names
                                                       for i in doc.plan.issue_names}


def test_the_cards_still_to_come_die_with_the_panel(qtbot):
    panel = PackagePanel(PlanDocument(long_plan(ISSUES, sets=1)))
    panel.resize(1000, 400)
    panel.show()
    qtbot.waitExposed(panel)
    panel.add_meso_set([p.terms for p in md.generate_mesos(panel.document.plan, 3, level=70.0)], 70.0)
    assert panel.is_busy()
    panel.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    with qtbot.capture_exceptions() as errors:
        for _ in range(5):
            QApplication.processEvents()
    assert errors == []


def test_a_small_set_is_made_at_once(qtbot):
    """Three cards of six issues fit one slice: made in the gesture, as before."""
    panel = _panel(qtbot, md.example_plan("supplier"))
    assert 3 * len(panel.document.plan.issues) <= package_panel.TERM_ROWS_PER_TURN
    names = panel.add_meso_set([p.terms for p in md.generate_mesos(panel.document.plan, 3)], None)
    assert not panel.is_busy()
    assert {c.property("package") for c in panel.findChildren(PackageColumn, "packageColumn")} >= set(names)
