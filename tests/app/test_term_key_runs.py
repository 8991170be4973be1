"""A run of arrow-key presses on a package's term is one gesture, as a drag is (docs/weights-and-packages.md).

With Hold value on, each press used to end the gesture, so the next press held the *new* value:
steps too small to move another term (EUR 0.5 on the unit price, about 0.2 points, below the
0.5-point tolerance) added up, and 24 presses took *Our ideal* from 90.8 to 85.5 points with no
other term moving. Now the run holds the value from before its first press, and is one undo step.
"""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QSlider

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.widgets.packages.package_column import PackageColumn
from meso_desk.app.widgets.packages.package_panel import PackagePanel

IDEAL = "Our ideal"


@pytest.fixture
def panel(qtbot):
    p = PackagePanel(PlanDocument(md.example_plan("supplier")))
    qtbot.addWidget(p)
    p.resize(1000, 700)
    p.show()
    qtbot.waitExposed(p)
    p.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is p)
    return p


def slider(panel, package, issue) -> QSlider:
    hits = [w for w in panel.findChildren(QSlider, "termSlider")
            if w.property("package") == package and w.property("issue") == issue]
    assert len(hits) == 1
    return hits[0]


def value(doc, name=IDEAL) -> float:
    return md.score(doc.plan, doc.plan.package(name))


def hold(panel, name=IDEAL) -> None:
    col = next(c for c in panel.findChildren(PackageColumn, "packageColumn") if c.property("package") == name)
    col.findChild(QCheckBox, "holdValue").click()


def test_a_run_of_arrow_keys_holds_the_value_from_before_its_first_press(panel, qtbot):
    doc = panel.document
    hold(panel)
    before, start, steps = value(doc), doc.plan, doc.undo_stack.count()
    price = slider(panel, IDEAL, "Unit price")
    price.setFocus()
    for _ in range(24):  # EUR 190 → 202, each step about 0.2 points
        qtbot.keyClick(price, Qt.Key.Key_Right)
    terms = doc.plan.stored_package(IDEAL).terms
    assert terms["Unit price"] == 202.0
    assert abs(value(doc) - before) <= 0.5, (before, value(doc))  # held (was 90.8 → 85.5)
    moved = [k for k in terms if k != "Unit price" and terms[k] != start.stored_package(IDEAL).terms[k]]
    assert moved, "another term makes up for the price"
    # the run is one undo step, as a drag is
    assert doc.undo_stack.count() == steps + 1
    doc.undo_stack.undo()
    assert doc.plan == start


def test_the_run_ends_on_another_term_on_undo_and_when_the_focus_moves(panel, qtbot):
    doc = panel.document
    price, volume = slider(panel, IDEAL, "Unit price"), slider(panel, IDEAL, "Order volume")
    n = doc.undo_stack.count()
    price.setFocus()
    qtbot.keyClick(price, Qt.Key.Key_Right)
    qtbot.keyClick(price, Qt.Key.Key_Right)
    assert doc.undo_stack.count() == n + 1
    volume.setFocus()  # the focus moves: a new run
    qtbot.keyClick(volume, Qt.Key.Key_Right)
    assert doc.undo_stack.count() == n + 2
    price.setFocus()
    qtbot.keyClick(price, Qt.Key.Key_Right)
    assert doc.undo_stack.count() == n + 3
    doc.undo_stack.undo()  # an undo ends the run: the next press is a step of its own
    qtbot.keyClick(price, Qt.Key.Key_Right)
    assert doc.undo_stack.count() == n + 3 and doc.undo_stack.index() == n + 3
    qtbot.keyClick(price, Qt.Key.Key_Right)
    assert doc.undo_stack.count() == n + 3
    doc.apply(doc.plan.with_weights({**doc.plan.weights}), "nothing")  # no change: the run goes on
    panel.set_term_locked(IDEAL, "Delivery", True)  # any other edit ends it
    qtbot.keyClick(price, Qt.Key.Key_Right)
    assert doc.undo_stack.count() == n + 5
    assert not doc.in_gesture, "a run of keys holds up no view"
