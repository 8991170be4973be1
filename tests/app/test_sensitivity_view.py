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
