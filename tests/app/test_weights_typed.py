"""Weights as typed, through the real spin boxes (issue 17 point 6)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QLabel

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.widgets.weights.weight_editor import WeightEditor
from meso_desk.model.preferences.weights import weights_as_percent


@pytest.fixture
def editor(qtbot):
    doc = PlanDocument(md.example_plan("supplier").with_issue_removed("Incoterm"))
    w = WeightEditor(doc)
    qtbot.addWidget(w)
    w.resize(420, 480)
    w.show()
    qtbot.waitExposed(w)
    return w


def _spin(w, issue):
    return next(s for s in w.findChildren(QDoubleSpinBox, "weightSpin") if s.property("issue") == issue)


def _type(qtbot, spin, text):
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def test_typing_40_10_20_15_15_keeps_every_typed_value(editor, qtbot):
    names = editor.document.plan.issue_names
    for name, text in zip(names, ["40", "10", "20", "15", "15"]):
        _type(qtbot, _spin(editor, name), text)
    want = dict(zip(names, [40.0, 10.0, 20.0, 15.0, 15.0]))
    assert weights_as_percent(editor.document.plan.weights) == want
    assert {n: _spin(editor, n).value() for n in names} == want
    editor.document.undo_stack.undo()
    assert editor.typed == (), "another change (undo) starts the typing afresh"


def test_raw_importance_numbers_are_normalised_and_shown_as_percent(editor, qtbot):
    names = editor.document.plan.issue_names
    editor.findChild(QCheckBox, "weightRawMode").setChecked(True)
    for name, text in zip(names, ["8", "2", "4", "3", "3"]):
        _type(qtbot, _spin(editor, name), text)
    assert weights_as_percent(editor.document.plan.weights) == dict(zip(names, [40.0, 10.0, 20.0, 15.0, 15.0]))
    assert _spin(editor, names[0]).value() == 8.0, "the raw number stays as typed"
    pct = next(lbl for lbl in editor.findChildren(QLabel, "weightPercent") if lbl.property("issue") == names[0])
    assert pct.isVisible() and pct.text() == "40.0 %"
