"""The Sensitivity tab of the Weights panel (issue 24)."""

from PySide6.QtWidgets import QLabel, QTabWidget

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.widgets.weights.weight_editor import WeightEditor
from meso_desk.model.edits.meso_set_edits import add_meso_set
from meso_desk.model.offers.meso import generate_mesos


def test_tab_follows_the_selection_and_names_the_crossings(qtbot):
    plan = md.example_plan("supplier").replace(reservation_from_batna=False, reservation=40.0)
    doc = PlanDocument(plan)
    w = WeightEditor(doc)
    qtbot.addWidget(w)
    w.show()
    tabs = w.findChild(QTabWidget, "weightTabs")
    view = w.sensitivity
    i = next(k for k in range(tabs.count()) if tabs.tabText(k) == "Sensitivity")
    tabs.setCurrentIndex(i)
    doc.select_package("Competing quote (BATNA)")
    assert view.isVisible() and len(view.swings) == len(plan.issues)
    text = view.findChild(QLabel, "sensitivityCrossings").text()
    assert "would fall below the reservation 40.0 if the weight of" in text
    assert "Competing quote (BATNA)" in view.findChild(QLabel, "sensitivityTitle").text()
    before = [s.value_low for s in view.swings]
    doc.apply(plan.replace(weights={**plan.weights, "Unit price": 0.5}), "weights")
    assert [s.value_low for s in view.swings] != before, "a weight change redraws the visible tab"


def test_a_meso_package_states_how_equal_its_set_stays(qtbot):
    plan = md.example_plan("supplier")
    ms = generate_mesos(plan, 3)
    plan, _names = add_meso_set(plan, [dict(p) for p in ms], ms.level)
    doc = PlanDocument(plan)
    w = WeightEditor(doc)
    qtbot.addWidget(w)
    w.show()
    w.tabs.setCurrentWidget(w.tabs.widget(w.tabs.count() - 1))
    doc.select_package(plan.meso_sets[0].packages[0])
    assert "Its MESO set: Stays within" in w.sensitivity.crossings.text()


def _editor_on_sensitivity(qtbot, plan):
    doc = PlanDocument(plan)
    w = WeightEditor(doc)
    qtbot.addWidget(w)
    w.show()
    w.tabs.setCurrentWidget(w.tabs.widget(w.tabs.count() - 1))
    return doc, w


def test_the_title_names_the_region_in_the_badges_words(qtbot):
    """The stored English source ("answers to 10 questions") is not put into the sentence as it is."""
    from meso_desk.model.preferences.weights import WeightRegion

    plan = md.example_plan("supplier")
    region = WeightRegion(low={k: max(0.0, v - 0.03) for k, v in plan.weights.items()},
                          high={k: v + 0.03 for k, v in plan.weights.items()}, source="answers to 10 questions")
    doc, w = _editor_on_sensitivity(qtbot, plan.replace(weight_region=region))
    doc.select_package(plan.packages[0].name)
    title = w.sensitivity.findChild(QLabel, "sensitivityTitle").text()
    assert "over the weights your answers to 10 questions allow" in title
    assert "within answers to" not in title
    doc.apply(doc.plan.replace(weight_region=None), "no region")
    doc.select_package(plan.packages[1].name)
    title = w.sensitivity.findChild(QLabel, "sensitivityTitle").text()
    assert "if any weight moves by up to 5 points" in title and "within ± 5" not in title


def test_crossings_are_listed_nearest_first_whatever_their_issue(qtbot):
    """Each line's distance (how far its weight must move) is no larger than the next one's, and
    the six-line limit keeps the closest: none left out is nearer than the last one shown."""
    import re

    plan = md.example_plan("supplier").replace(reservation_from_batna=False, reservation=55.0)
    doc, w = _editor_on_sensitivity(qtbot, plan)
    for p in plan.packages:
        doc.select_package(p.name)
        shown = w.sensitivity.crossings.text().splitlines()
        lines = [ln for ln in shown if ln.startswith("• ")]
        away = [abs(float(a) - float(b)) for a, b in
                (re.search(r"(\d+\.\d) % \(now (\d+\.\d) %\)", ln).groups() for ln in lines)]
        assert away == sorted(away) or all(b >= a - 0.11 for a, b in zip(away, away[1:])), (p.name, lines)
        every = sorted(d for s in w.sensitivity.swings for d in s.distances)
        if lines:
            assert every[len(lines) - 1] * 100 <= away[-1] + 0.11, (p.name, lines)
