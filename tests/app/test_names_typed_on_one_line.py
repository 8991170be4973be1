"""Names are typed on one line: a line break or a tab pasted into a name field (Ctrl+V, from a mail or a
spreadsheet cell) arrives as a space, so a name never reaches the plan across lines — Qt cut an undo
text at the break ("Rename issue “Delivery” to “Delivery" in the history, "Undo 2”"), a tab pushed the
rest into the menu's shortcut column, and the name broke table rows, cards and exports. Every field
where something is named: the issue table's name cell, a package's name, the options of a categorical
issue, a supplier's name, an event's name and states, the plan's title and its approvers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QPushButton, QTableWidget

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.plan_properties_dialog import PlanPropertiesDialog
from meso_desk.app.widgets.contingent.event_editor import open_event_editor
from meso_desk.app.widgets.issues.issue_table import IssuePanel
from meso_desk.app.widgets.issues.option_editor import OptionsDialog
from meso_desk.app.widgets.packages.package_column import PackageColumn
from meso_desk.app.widgets.packages.package_panel import PackagePanel
from meso_desk.app.widgets.suppliers.supplier_manager import SupplierManager
from meso_desk.model.preferences.issue_text import COL

PASTES = [("Delivery\n2", "Delivery 2"), ("Delivery\r\n2", "Delivery 2"), ("Delivery\t2", "Delivery 2")]


def _paste(qtbot, edit: QLineEdit, text: str) -> None:
    """Select all in ``edit`` and paste ``text`` over it with Ctrl+V, as a user does."""
    QGuiApplication.clipboard().setText(text)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def _enter(qtbot, table, editor: QLineEdit) -> None:
    """Enter in a table cell's editor: Qt commits it once the key has been handled (a queued call)."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def _shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _cell_editor(qtbot, table, index: QModelIndex) -> QLineEdit:
    table.setFocus()
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.indexWidget(index)
    assert isinstance(editor, QLineEdit), "the cell opened a line edit"
    return editor


@pytest.mark.parametrize(("pasted", "name"), PASTES)
def test_a_line_break_pasted_into_an_issue_name_cell_becomes_a_space(qtbot, pasted, name):
    doc = PlanDocument(md.example_plan("supplier"))
    panel = _shown(qtbot, IssuePanel(doc))
    panel.resize(560, 600)
    row = doc.plan.issue_names.index("Delivery")
    editor = _cell_editor(qtbot, panel.table, panel.model.index(row, COL["name"]))
    _paste(qtbot, editor, pasted)
    assert editor.text() == name and not editor.property("invalid")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert doc.plan.issue_names[row] == name
    assert doc.undo_stack.text(doc.undo_stack.count() - 1) == f"Rename issue “Delivery” to “{name}”"
    assert panel.model.index(row, COL["name"]).data() == name


def test_a_package_is_renamed_on_one_line(qtbot):
    doc = PlanDocument(md.example_plan("supplier"))
    panel = _shown(qtbot, PackagePanel(doc))
    col = next(c for c in panel.findChildren(PackageColumn, "packageColumn") if c.property("package") == "Our ideal")
    col.start_rename()
    _paste(qtbot, col.name_edit, "Our\nbest")
    assert col.name_edit.text() == "Our best"
    qtbot.keyClick(col.name_edit, Qt.Key.Key_Return)
    assert "Our best" in doc.plan.package_names


def test_an_option_label_is_typed_on_one_line(qtbot):
    plan = md.example_plan("supplier")
    row = plan.issue_names.index("Incoterm")
    dlg = _shown(qtbot, OptionsDialog(plan, row))
    editor = _cell_editor(qtbot, dlg.table, dlg.table.model().index(0, 0))
    _paste(qtbot, editor, "Ex\nWorks")
    _enter(qtbot, dlg.table, editor)
    assert dlg.table.item(0, 0).text() == "Ex Works"
    assert dlg.proposed_plan().issue("Incoterm").labels[0] == "Ex Works"


def test_a_supplier_is_named_on_one_line(qtbot):
    doc = PlanDocument(md.example_plan("sourcing"))
    dlg = _shown(qtbot, SupplierManager(doc))
    new = dlg.findChild(QLineEdit, "supplierNewName")
    _paste(qtbot, new, "Sitwell\nOffice Ltd")
    assert new.text() == "Sitwell Office Ltd"
    qtbot.keyClick(new, Qt.Key.Key_Return)
    assert dlg.plan.supplier_names[-1] == "Sitwell Office Ltd"


def test_an_event_and_its_states_are_named_on_one_line(qtbot):
    doc = PlanDocument(md.example_plan("contingent"))
    dlg = _shown(qtbot, open_event_editor(None, doc))
    qtbot.mouseClick(dlg.findChild(QPushButton, "eventAdd"), Qt.MouseButton.LeftButton)
    name = dlg.findChild(QLineEdit, "eventName")
    _paste(qtbot, name, "Line\nspeed")
    assert name.text() == "Line speed"
    kind = dlg.findChild(QComboBox, "eventKind")
    kind.setCurrentIndex(kind.findData("states"))
    states = dlg.findChild(QTableWidget, "eventStates")
    for row, (pasted, chance) in enumerate((("on\ttime", "30"), ("late\n", "70"))):
        editor = _cell_editor(qtbot, states, states.model().index(row, 0))
        _paste(qtbot, editor, pasted)
        _enter(qtbot, states, editor)
        states.item(row, 1).setText(chance)
    dlg.accept()
    assert doc.plan.event("Line speed").states == ("on time", "late")


def test_the_plans_title_and_approvers_are_named_on_one_line(qtbot):
    doc = PlanDocument(md.example_plan("supplier"))
    dlg = PlanPropertiesDialog(doc, None)
    doc.setParent(dlg)
    _shown(qtbot, dlg)
    _paste(qtbot, dlg.title_edit, "Chairs\n2027")
    assert dlg.title_edit.text() == "Chairs 2027"
    editor = _cell_editor(qtbot, dlg.approvers_table, dlg.approvers_table.model().index(0, 0))
    _paste(qtbot, editor, "Ines\nKraft")
    _enter(qtbot, dlg.approvers_table, editor)
    assert dlg.approvers_table.item(0, 0).text() == "Ines Kraft"
