"""The Issues panel driven through real widgets: cells, editors, keys, buttons, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QDialogButtonBox, QLineEdit, QTableView

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.file_controller import blank_plan
from meso_desk.app.widgets.issues.delegates import RangeEditor
from meso_desk.app.widgets.issues.issue_table import HELP_TEXT, IssuePanel
from meso_desk.app.widgets.issues.option_editor import OptionsDialog
from meso_desk.model.edits.issue_edits import MAX_DESCRIPTION
from meso_desk.model.preferences.issue_text import COL


@pytest.fixture
def panel(qtbot):
    doc = PlanDocument(md.example_plan("supplier"))
    p = IssuePanel(doc)
    qtbot.addWidget(p)
    p.resize(560, 600)
    p.show()
    qtbot.waitExposed(p)
    return p


def _doc(panel):
    return panel.model.document


def _idx(panel, issue: str, col: str) -> QModelIndex:
    return panel.model.index(panel.model.row_of(issue), COL[col])


def _open_editor(qtbot, panel, issue: str, col: str):
    idx = _idx(panel, issue, col)
    panel.table.setFocus()
    panel.table.setCurrentIndex(idx)
    panel.table.edit(idx)
    editor = panel.table.indexWidget(idx)
    assert editor is not None, "the delegate opened an editor"
    return idx, editor


def _type_into(qtbot, line: QLineEdit, text: str) -> None:
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClicks(line, text)


# -- showing --------------------------------------------------------------------------------


def test_table_lists_the_issues_with_their_columns(panel):
    table = panel.findChild(QTableView, "issueTable")
    assert table is panel.table
    m = panel.model
    plan = _doc(panel).plan
    assert m.rowCount() == len(plan.issues) == 6
    assert [m.index(r, COL["name"]).data() for r in range(m.rowCount())] == plan.issue_names
    assert _idx(panel, "Unit price", "range").data() == "180.0–260.0"
    assert _idx(panel, "Unit price", "hard_limit").data() == "248.0"
    assert _idx(panel, "Delivery", "money").data() == "800"  # the currency and unit in the tooltip
    assert "EUR 800 / week" in _idx(panel, "Delivery", "money").data(Qt.ItemDataRole.ToolTipRole)
    assert _idx(panel, "Delivery", "curve").data() == "Diminishing"
    assert _idx(panel, "Delivery", "curve").data(Qt.ItemDataRole.ToolTipRole).startswith("Diminishing returns")
    assert _idx(panel, "Delivery", "direction").data() == "Lower"
    assert _idx(panel, "Incoterm", "range").data() == "EXW, FCA, DAP, DDP"
    assert "EXW" in _idx(panel, "Incoterm", "hard_limit").data()
    # numeric-only cells of a categorical issue are not editable
    assert not (m.flags(_idx(panel, "Incoterm", "step")) & Qt.ItemFlag.ItemIsEditable)
    assert m.flags(_idx(panel, "Incoterm", "range")) & Qt.ItemFlag.ItemIsEditable
    # every header and cell explains itself
    for c in range(m.columnCount()):
        assert m.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert m.index(0, c).data(Qt.ItemDataRole.ToolTipRole)


def test_every_control_has_a_tooltip_and_an_accessible_name(panel):
    for b in (panel.add_button, panel.remove_button, panel.up_button, panel.down_button, panel.options_button):
        assert b.toolTip() and b.accessibleName()
    assert panel.table.accessibleName() and panel.table.toolTip()
    assert panel.curve_editor.objectName() == "curveEditor"
    assert panel.minimumWidth() > 0 and panel.minimumHeight() > 0


# -- editing through setData -------------------------------------------------------------------


def test_rename_through_setdata_is_one_undo_step_and_carries_weight_and_terms(panel):
    doc = _doc(panel)
    before = doc.plan
    assert panel.model.setData(_idx(panel, "Delivery", "name"), "  Lead time ")
    plan = doc.plan
    assert "Lead time" in plan.issue_names and "Delivery" not in plan.issue_names
    assert plan.weights["Lead time"] == pytest.approx(before.weights["Delivery"])
    assert [p.terms["Lead time"] for p in plan.packages] == [p.terms["Delivery"] for p in before.packages]
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.plan == before


# every reason is in tests/model/test_edits_issues.py; here: the table refuses in place and says why
@pytest.mark.parametrize(
    ("issue", "col", "value", "reason"),
    [
        ("Delivery", "name", "unit PRICE", "already exists"),
        ("Delivery", "range", ("12", "2"), "must be below"),
        ("Delivery", "step", "fast", "not a number"),
        ("Unit price", "hard_limit", "300", "outside the range"),
        ("Incoterm", "range", [("A", 10), ("A", 20)], "duplicate option"),
    ],
)
def test_invalid_setdata_is_refused_with_a_reason_and_changes_nothing(panel, issue, col, value, reason):
    doc = _doc(panel)
    before = doc.plan
    idx = _idx(panel, issue, col)
    assert panel.model.check(idx, value) and reason in panel.model.check(idx, value)
    assert panel.model.setData(idx, value) is False
    assert doc.plan is before
    assert doc.undo_stack.count() == 0
    assert reason in panel.status.text()
    assert panel.status.property("error") is True


def test_valid_numeric_edits_each_make_one_undo_step(panel):
    doc = _doc(panel)
    start = doc.plan
    m = panel.model
    assert m.setData(_idx(panel, "Delivery", "range"), ("1", "16"))
    assert m.setData(_idx(panel, "Delivery", "step"), "0.5")
    assert m.setData(_idx(panel, "Delivery", "unit"), "days")
    assert m.setData(_idx(panel, "Delivery", "direction"), "higher")
    assert m.setData(_idx(panel, "Delivery", "hard_limit"), "")
    assert m.setData(_idx(panel, "Unit price", "money"), "1,750.5")
    d = doc.plan.issue("Delivery")
    assert (d.min, d.max, d.step, d.unit, d.direction, d.hard_limit) == (1, 16, 0.5, "days", "higher", None)
    assert doc.plan.issue("Unit price").money_per_unit == 1750.5
    assert doc.undo_stack.count() == 6
    for _ in range(6):
        doc.undo_stack.undo()
    assert doc.plan == start


def test_unchanged_value_pushes_no_undo_step(panel):
    doc = _doc(panel)
    assert panel.model.setData(_idx(panel, "Delivery", "step"), "1")
    assert doc.undo_stack.count() == 0


def test_choosing_breakpoints_seeds_them_from_the_current_curve(panel):
    doc = _doc(panel)
    old = doc.plan.issue("Delivery")
    assert panel.model.setData(_idx(panel, "Delivery", "curve"), "breakpoints")
    new = doc.plan.issue("Delivery")
    assert new.curve == "breakpoints" and len(new.breakpoints) >= 3
    for x, y in new.breakpoints:
        assert y == pytest.approx(old.value(x), abs=0.05)
    assert _idx(panel, "Delivery", "curve").data() == f"Points ({len(new.breakpoints)})"
    doc.undo_stack.undo()
    assert doc.plan.issue("Delivery") == old


def test_changing_kind_converts_and_keeps_terms(panel):
    doc = _doc(panel)
    before = doc.plan
    assert panel.model.setData(_idx(panel, "Warranty", "kind"), "categorical")
    w = doc.plan.issue("Warranty")
    assert w.kind == "categorical" and w.labels == ["12 months", "18 months", "24 months", "30 months",
                                                    "36 months", "42 months", "48 months"]
    old_terms = [p.terms["Warranty"] for p in before.packages]
    assert [p.terms["Warranty"] for p in doc.plan.packages] == [f"{t:g} months" for t in old_terms]
    # and back: labels with numbers become a numeric range again
    assert panel.model.setData(_idx(panel, "Warranty", "kind"), "numeric")
    w2 = doc.plan.issue("Warranty")
    assert (w2.min, w2.max, w2.step, w2.unit) == (12, 48, 6, "months")
    assert [p.terms["Warranty"] for p in doc.plan.packages] == old_terms
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.plan == before


# -- editing through the real delegate editors ----------------------------------------------


def test_typing_into_a_cell_editor_and_pressing_enter_applies(qtbot, panel):
    doc = _doc(panel)
    idx, editor = _open_editor(qtbot, panel, "Payment term", "step")
    assert isinstance(editor, QLineEdit) and editor.text() == "15"
    _type_into(qtbot, editor, "5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert doc.plan.issue("Payment term").step == 5
    assert panel.table.indexWidget(idx) is None, "editor closed"
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText().startswith("Change step")


def test_one_enter_applies_a_unit_while_its_suggestions_are_open(qtbot, panel):
    """The unit's suggestion list took the first Enter (closing itself, the editor still open)."""
    doc = _doc(panel)
    idx, editor = _open_editor(qtbot, panel, "Payment term", "unit")
    _type_into(qtbot, editor, "day")
    popup = editor.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert doc.plan.issue("Payment term").unit == "day" and panel.table.indexWidget(idx) is None
    idx, editor = _open_editor(qtbot, panel, "Delivery", "unit")
    _type_into(qtbot, editor, "wee")
    qtbot.waitUntil(editor.completer().popup().isVisible)
    qtbot.keyClick(editor.completer().popup(), Qt.Key.Key_Down)  # the first suggestion chosen
    qtbot.keyClick(editor.completer().popup(), Qt.Key.Key_Return)
    assert doc.plan.issue("Delivery").unit == "weeks"
    qtbot.waitUntil(lambda: panel.table.indexWidget(idx) is None)


def test_invalid_typed_input_keeps_the_editor_open_with_the_reason(qtbot, panel):
    doc = _doc(panel)
    before = doc.plan
    idx, editor = _open_editor(qtbot, panel, "Payment term", "step")
    _type_into(qtbot, editor, "100")
    # the reason shows while typing, before Enter
    assert editor.property("invalid") is True
    assert "larger than the range" in editor.toolTip()
    assert "larger than the range" in panel.status.text()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert panel.table.indexWidget(idx) is editor, "Enter does not commit invalid input"
    assert panel.table.state() == QAbstractItemView.State.EditingState
    assert doc.plan is before and doc.undo_stack.count() == 0
    # a step that does not divide 15–90 is refused where it is typed, with the steps that do (issue 17)
    _type_into(qtbot, editor, "30")
    assert editor.property("invalid") is True
    assert editor.toolTip().startswith("Step 30 does not divide 15–90; try 25 (or change the range to 15–105)")
    # fixing the text clears the mark and Enter applies
    _type_into(qtbot, editor, "25")
    assert editor.property("invalid") is False
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert doc.plan.issue("Payment term").step == 25


def test_escape_cancels_an_edit(qtbot, panel):
    doc = _doc(panel)
    idx, editor = _open_editor(qtbot, panel, "Delivery", "name")
    _type_into(qtbot, editor, "Something else")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert panel.table.indexWidget(idx) is None
    assert doc.undo_stack.count() == 0 and "Delivery" in doc.plan.issue_names


def test_invalid_name_typed_is_refused_where_typed(qtbot, panel):
    doc = _doc(panel)
    idx, editor = _open_editor(qtbot, panel, "Delivery", "name")
    _type_into(qtbot, editor, "warranty")
    qtbot.keyClick(editor, Qt.Key.Key_Enter)
    assert panel.table.indexWidget(idx) is editor
    assert "already exists" in panel.status.text()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Enter)
    assert "must not be empty" in panel.status.text()
    assert panel.table.indexWidget(idx) is editor
    assert doc.undo_stack.count() == 0


def test_focus_leaving_an_invalid_editor_writes_nothing_and_says_why(qtbot, panel):
    doc = _doc(panel)
    idx, editor = _open_editor(qtbot, panel, "Unit price", "hard_limit")
    _type_into(qtbot, editor, "999")
    # the delegate's commit path (what a focus change triggers) refuses it
    panel.delegate.commitData.emit(editor)
    assert doc.undo_stack.count() == 0 and doc.plan.issue("Unit price").hard_limit == 248
    assert "outside the range" in panel.status.text()


def test_range_editor_two_fields_tab_between_and_refuse_min_above_max(qtbot, panel):
    doc = _doc(panel)
    idx, editor = _open_editor(qtbot, panel, "Delivery", "range")
    assert isinstance(editor, RangeEditor)
    assert editor.value() == ("2", "12")
    _type_into(qtbot, editor.min_edit, "20")
    assert "must be below" in panel.status.text() and editor.property("invalid") is True
    qtbot.keyClick(editor.min_edit, Qt.Key.Key_Return)
    assert panel.table.indexWidget(idx) is editor and doc.undo_stack.count() == 0
    _type_into(qtbot, editor.min_edit, "1")
    qtbot.keyClick(editor.min_edit, Qt.Key.Key_Tab)
    assert panel.table.indexWidget(idx) is editor, "Tab moves to the max field"
    _type_into(qtbot, editor.max_edit, "14")
    qtbot.keyClick(editor.max_edit, Qt.Key.Key_Return)
    d = doc.plan.issue("Delivery")
    assert (d.min, d.max) == (1, 14)
    assert doc.undo_stack.count() == 1


def test_combo_editor_changes_the_curve(qtbot, panel):
    doc = _doc(panel)
    idx, editor = _open_editor(qtbot, panel, "Warranty", "curve")
    assert isinstance(editor, QComboBox) and editor.currentData() == "linear"
    editor.setFocus()
    editor.setCurrentIndex(editor.findData("convex"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert doc.plan.issue("Warranty").curve == "convex"
    assert _idx(panel, "Warranty", "curve").data() == "Accelerating"
    assert doc.undo_stack.count() == 1


# -- add / remove / reorder ---------------------------------------------------------------------


def test_insert_and_delete_keys_add_and_remove(qtbot, panel):
    doc = _doc(panel)
    start = doc.plan
    panel.select_issue("Delivery")
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Insert)
    assert len(doc.plan.issues) == 7
    assert doc.plan.issue_names[3] == "New issue", "added after the selected issue"
    assert sum(doc.plan.weights.values()) == pytest.approx(1.0)
    assert all("New issue" in p.terms for p in doc.plan.packages)
    # the name editor opened for the new issue: type its name
    editor = panel.table.indexWidget(_idx(panel, "New issue", "name"))
    assert isinstance(editor, QLineEdit)
    _type_into(qtbot, editor, "Tooling cost")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert doc.plan.issue_names[3] == "Tooling cost"
    assert panel.current_issue_name() == "Tooling cost"
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert "Tooling cost" not in doc.plan.issue_names and len(doc.plan.issues) == 6
    assert doc.undo_stack.count() == 3
    assert "Removed" in panel.status.text()
    doc.undo_stack.undo()
    assert doc.plan.issue_names[3] == "Tooling cost"
    assert "Removed" not in panel.status.text()  # "Undo brings it back" stayed after the undo
    assert panel.current_issue_name() == "Tooling cost", "undo selects the restored issue"
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.plan == start


def test_shift_insert_adds_a_categorical_issue(qtbot, panel):
    doc = _doc(panel)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Insert, Qt.KeyboardModifier.ShiftModifier)
    new = doc.plan.issues[panel.current_row()]
    assert new.kind == "categorical" and len(new.options) == 2
    assert doc.undo_stack.count() == 1


def test_remove_refuses_the_last_issue(qtbot, panel):
    doc = _doc(panel)
    while len(doc.plan.issues) > 1:
        panel.select_issue(doc.plan.issue_names[0])
        assert panel.remove_current()
    assert not panel.remove_button.isEnabled()
    assert panel.remove_current() is False
    assert "at least one issue" in panel.status.text()
    assert len(doc.plan.issues) == 1


def test_move_buttons_and_alt_arrows_reorder_and_keep_the_selection(qtbot, panel):
    doc = _doc(panel)
    start = doc.plan
    panel.select_issue("Delivery")
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    assert doc.plan.issue_names[1] == "Delivery"
    assert panel.current_issue_name() == "Delivery"
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert doc.plan.issue_names[0] == "Delivery"
    assert not panel.up_button.isEnabled()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert doc.plan.issue_names[1] == "Delivery"
    assert doc.undo_stack.count() == 3
    # weights follow their issues
    assert doc.plan.weights == pytest.approx(start.weights)
    doc.undo_stack.undo()
    assert doc.plan.issue_names[0] == "Delivery" and panel.current_issue_name() == "Delivery"
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.plan == start and panel.current_issue_name() == "Delivery"


def test_drag_and_drop_reorders_in_one_undo_step(panel):
    doc = _doc(panel)
    m = panel.model
    data = m.mimeData([m.index(0, 0)])  # Unit price
    m.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())  # into the gap before row 3
    assert doc.plan.issue_names[:3] == ["Order volume", "Delivery", "Unit price"]
    assert doc.undo_stack.count() == 1
    assert m.rowCount() == 6
    doc.undo_stack.undo()
    assert doc.plan.issue_names[0] == "Unit price"


def test_selection_survives_undo_of_an_edit(panel):
    doc = _doc(panel)
    panel.select_issue("Warranty")
    assert panel.model.setData(_idx(panel, "Warranty", "step"), "12")
    panel.select_issue("Incoterm")
    panel.select_issue("Warranty")
    doc.undo_stack.undo()
    assert panel.current_issue_name() == "Warranty"
    # a rename undone: the row keeps its selection under the old name
    assert panel.model.setData(_idx(panel, "Warranty", "name"), "Guarantee")
    assert panel.current_issue_name() == "Guarantee"
    doc.undo_stack.undo()
    assert panel.current_issue_name() == "Warranty"
    assert panel.curve_editor.issue_name == "Warranty"


def test_whole_new_plan_resets_the_table(panel):
    doc = _doc(panel)
    doc.reset(md.example_plan("hiring"))
    assert panel.model.rowCount() == len(doc.plan.issues)
    assert panel.current_issue_name() in doc.plan.issue_names
    assert panel.curve_editor.issue_name == panel.current_issue_name()


# -- options of a categorical issue ---------------------------------------------------------


def test_double_clicking_options_opens_the_dialog_and_ok_applies_one_step(qtbot, panel):
    doc = _doc(panel)
    before = doc.plan
    idx = _idx(panel, "Incoterm", "range")
    panel.table.edit(idx)
    dlg = panel.options_dialog
    assert isinstance(dlg, OptionsDialog) and dlg.isVisible()
    assert dlg.table.rowCount() == 4
    # rename DAP, make EXW acceptable, add one option
    dlg.table.item(2, 0).setText("DAP Berlin")
    dlg.table.item(0, 2).setCheckState(Qt.CheckState.Checked)
    dlg.table.setCurrentCell(3, 0)
    qtbot.mouseClick(dlg.add_button, Qt.MouseButton.LeftButton)
    assert dlg.table.rowCount() == 5
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    inc = doc.plan.issue("Incoterm")
    assert inc.labels == ["EXW", "FCA", "DAP Berlin", "DDP", "Option 5"]
    assert inc.options[0].acceptable
    # packages that used DAP follow the rename
    for old, new in zip(before.packages, doc.plan.packages):
        t = old.terms["Incoterm"]
        assert new.terms["Incoterm"] == ("DAP Berlin" if t == "DAP" else t)
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.plan == before


def test_option_dialog_refuses_duplicates_and_no_acceptable_option(qtbot, panel):
    doc = _doc(panel)
    dlg = panel.edit_options(panel.model.row_of("Incoterm"))
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dlg.table.item(1, 0).setText("EXW")
    assert not ok.isEnabled() and "duplicate option" in dlg.status.text()
    dlg.table.item(1, 0).setText("FCA")
    assert ok.isEnabled()
    for r in range(4):
        dlg.table.item(r, 2).setCheckState(Qt.CheckState.Unchecked)
    assert not ok.isEnabled() and "acceptable" in dlg.status.text()
    dlg.accept()  # refused: stays open, nothing applied
    assert dlg.isVisible()
    dlg.reject()
    assert doc.undo_stack.count() == 0


def test_option_dialog_names_a_duplicate_in_german_with_german_quotes(qtbot, german):
    """It said "options: doppelte Option 'DAP'": the field's English name and straight quotes."""
    p = IssuePanel(PlanDocument(md.example_plan("supplier")))
    qtbot.addWidget(p)
    p.resize(560, 600)
    p.show()
    dlg = p.edit_options(p.model.row_of("Incoterm"))
    qtbot.waitExposed(dlg)
    dlg.table.item(1, 0).setText("DAP")
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert dlg.status.text() == "doppelte Option „DAP“"
    dlg.reject()


def test_option_dialog_reorders_and_removes(qtbot, panel):
    doc = _doc(panel)
    dlg = panel.edit_options(panel.model.row_of("Incoterm"))
    dlg.table.setCurrentCell(3, 0)
    qtbot.mouseClick(dlg.up_button, Qt.MouseButton.LeftButton)
    assert [r.label for r in dlg.rows()] == ["EXW", "FCA", "DDP", "DAP"]
    dlg.table.setCurrentCell(0, 0)
    qtbot.mouseClick(dlg.remove_button, Qt.MouseButton.LeftButton)
    dlg.accept()
    assert doc.plan.issue("Incoterm").labels == ["FCA", "DDP", "DAP"]
    assert doc.undo_stack.count() == 1


def test_options_of_a_numeric_issue_are_refused(panel):
    assert panel.edit_options(panel.model.row_of("Delivery")) is None
    assert "categorical" in panel.status.text()


# -- the curve follows the selection ----------------------------------------------------------


def test_selecting_an_issue_shows_its_curve(panel):
    ce = panel.curve_editor
    panel.select_issue("Incoterm")
    assert ce.issue_name == "Incoterm"
    assert ce.bars.isVisible() and not ce.curve_item.isVisible()
    assert [y for _, y in ce.handle_positions()] == [0, 35, 80, 100]
    panel.select_issue("Delivery")
    assert ce.issue_name == "Delivery"
    assert ce.curve_item.isVisible() and not ce.bars.isVisible()
    xs, ys = ce.curve_item.getData()
    assert xs[0] == 2 and xs[-1] == 12
    assert ys[0] == pytest.approx(100) and ys[-1] == pytest.approx(0)
    assert ce.limit_region.isVisible()
    assert "Delivery (weeks)" in ce.plot.getPlotItem().getAxis("bottom").labelText
    # an edit in the table redraws the curve
    panel.model.setData(_idx(panel, "Delivery", "direction"), "higher")
    xs, ys = ce.curve_item.getData()
    assert ys[0] == pytest.approx(0) and ys[-1] == pytest.approx(100)


def test_an_empty_plan_shows_no_rows_and_add_starts_it(qtbot):
    doc = PlanDocument(md.Plan(title="Blank"))
    p = IssuePanel(doc)
    qtbot.addWidget(p)
    p.show()
    assert p.model.rowCount() == 0 and p.current_issue_name() == ""
    assert p.curve_editor.issue is None and "Select an issue" in p.curve_editor.hint.text()
    assert not p.remove_button.isEnabled()
    p.table.setFocus()
    qtbot.keyClick(p.table, Qt.Key.Key_Insert)
    assert doc.plan.issue_names == ["New issue"] and doc.plan.weights == {"New issue": 1.0}
    assert p.curve_editor.issue_name == "New issue"
    doc.undo_stack.undo()
    assert p.model.rowCount() == 0 and p.curve_editor.issue is None


def test_status_line_shows_the_keys_until_something_happens(panel):
    assert panel.status.text() == HELP_TEXT and panel.status.property("error") is False
    seen = []
    _doc(panel).message.connect(lambda text, _ms: seen.append(text))  # the window's status bar
    panel.model.setData(_idx(panel, "Delivery", "step"), "x")
    assert seen and "not a number" in seen[-1]


def test_tab_applies_and_moves_to_the_next_cell(qtbot, panel):
    doc = _doc(panel)
    idx, editor = _open_editor(qtbot, panel, "Warranty", "step")
    _type_into(qtbot, editor, "12")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert doc.plan.issue("Warranty").step == 12
    nxt = panel.table.indexWidget(_idx(panel, "Warranty", "direction"))
    assert isinstance(nxt, QComboBox), "the next cell's editor opened"


def test_a_plan_without_issues_disables_the_row_buttons(panel):
    """After File > New the Remove button stayed enabled (the last plan's selection)."""
    assert panel.remove_button.isEnabled()
    _doc(panel).reset(blank_plan(), None, clean=True)
    assert panel.model.rowCount() == 0
    assert not panel.remove_button.isEnabled() and not panel.up_button.isEnabled()
    assert not panel.down_button.isEnabled() and not panel.options_button.isEnabled()


def test_notes_on_an_issue_are_typed_in_the_table_for_either_kind(qtbot, panel):
    doc = _doc(panel)
    for issue in ("Payment term", "Incoterm"):
        idx, editor = _open_editor(qtbot, panel, issue, "description")
        assert isinstance(editor, QLineEdit)
        _type_into(qtbot, editor, f"  what {issue}   covers ")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        assert doc.plan.issue(issue).description == f"what {issue} covers"  # spaces tidied
        assert idx.data() == f"what {issue} covers"
        assert f"what {issue} covers" in idx.data(Qt.ItemDataRole.ToolTipRole)
    assert doc.undo_stack.count() == 2 and doc.undo_stack.undoText().startswith("Edit notes")
    doc.undo_stack.undo()
    assert doc.plan.issue("Incoterm").description == md.example_plan("supplier").issue("Incoterm").description


def test_overlong_notes_are_refused_with_a_reason(panel):
    doc = _doc(panel)
    before = doc.plan
    assert not panel.model.setData(_idx(panel, "Unit price", "description"), "x" * (MAX_DESCRIPTION + 1))
    assert doc.plan is before and doc.undo_stack.count() == 0
    assert "at most" in panel.status.text()


def test_tab_leaves_the_table_and_follows_the_screen(qtbot, panel):
    """Tab walked the table's cells for ever; the order was table → curve → buttons."""
    panel.window().activateWindow()
    panel.table.setFocus()
    qtbot.waitUntil(panel.table.hasFocus)
    panel.table.setCurrentIndex(_idx(panel, "Incoterm", "name"))  # a curve with points: the plot is a stop
    qtbot.keyClick(panel.table, Qt.Key.Key_Tab)
    assert panel.curve_editor.plot.hasFocus() or panel.curve_editor.plot.isAncestorOf(QApplication.focusWidget())
    panel.add_button.setFocus()
    qtbot.waitUntil(panel.add_button.hasFocus)
    qtbot.keyClick(panel.add_button, Qt.Key.Key_Tab)
    assert panel.remove_button.hasFocus()
