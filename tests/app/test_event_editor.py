"""The Uncertain events dialog and the "Make a term contingent" dialog (docs/contingent-terms.md):
bad input is refused where it is typed (red field, reason, OK disabled, nothing lost), OK applies
everything as one undo step, undo restores the plan."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QWidget,
)

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.widgets.contingent.clause_dialog import open_clause_dialog
from meso_desk.app.widgets.contingent.event_editor import UNDO_TEXT, open_event_editor
from meso_desk.model.contingent.clauses import LinearClause, StatesClause, ThresholdClause
from meso_desk.model.contingent.events import Event, Forecast
from meso_desk.model.edits.event_edits import add_event


@pytest.fixture
def doc():
    return PlanDocument(md.example_plan("contingent"))


@pytest.fixture
def editor(qtbot, doc):
    dlg = open_event_editor(None, doc)
    qtbot.addWidget(dlg)
    return dlg


def _ok(dlg):
    return dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _spin(dlg, name) -> QDoubleSpinBox:
    return dlg.findChild(QDoubleSpinBox, name)


def test_the_editor_shows_the_plan_events_and_every_control_is_named(editor):
    names = [editor.findChild(QListWidget, "eventList").item(k).text() for k in range(3)]
    assert names == ["On-time delivery", "Steel price index", "Failure rate"]
    assert editor.findChild(QLineEdit, "eventName").text() == "On-time delivery"
    otd = editor.document.plan.event("On-time delivery")
    assert _spin(editor, "eventOurLikely").value() == otd.ours.likely
    assert _spin(editor, "eventTheirLikely").value() == otd.theirs.likely
    assert editor.findChild(QCheckBox, "eventTheirsStated").isChecked()
    assert "On-time bonus" in editor.findChild(QLabel, "eventUses").text()
    assert _ok(editor).isEnabled()
    controls = (QLineEdit, QComboBox, QDoubleSpinBox, QCheckBox, QPushButton, QTableWidget, QListWidget)
    named = [w for w in editor.findChildren(QWidget) if isinstance(w, controls) and w.objectName().startswith("event")]
    assert len(named) > 25
    for w in named:
        assert w.accessibleName(), w.objectName()
    preview = editor.findChild(QWidget, "eventForecastPreview")
    assert f"ours: likely {otd.ours.likely:g}" in preview.toolTip()
    assert f"theirs: likely {otd.theirs.likely:g}" in preview.toolTip()


def test_add_an_event_refuse_a_bad_forecast_then_apply_and_undo(editor, qtbot):
    doc = editor.document
    before = doc.plan
    qtbot.mouseClick(editor.findChild(QPushButton, "eventAdd"), Qt.MouseButton.LeftButton)
    name = editor.findChild(QLineEdit, "eventName")
    name.setText("Exchange rate")
    editor.findChild(QLineEdit, "eventUnit").setText("USD/EUR")
    low, likely, high = (_spin(editor, f"eventOur{k}") for k in ("Low", "Likely", "High"))
    high.setValue(1.2)
    likely.setValue(1.1)
    low.setValue(1.15)  # low above likely: refused where typed
    assert low.property("invalid") is True
    assert likely.property("invalid") is False
    assert not _ok(editor).isEnabled()
    assert "low must not be above likely" in editor.findChild(QLabel, "eventError").text()
    editor.accept()  # refused: nothing applied
    assert doc.plan is before
    # nothing is lost: another event and back, the typed values are still there
    editor.findChild(QListWidget, "eventList").setCurrentRow(0)
    assert not _ok(editor).isEnabled()  # the other draft still blocks OK, and says which
    assert "Exchange rate" in editor.findChild(QLabel, "eventError").text()
    editor.findChild(QListWidget, "eventList").setCurrentRow(3)
    assert name.text() == "Exchange rate" and low.value() == 1.15
    low.setValue(1.0)
    assert low.property("invalid") is False and _ok(editor).isEnabled()
    qtbot.mouseClick(_ok(editor), Qt.MouseButton.LeftButton)
    e = doc.plan.event("Exchange rate")
    assert (e.ours.low, e.ours.likely, e.ours.high) == (1.0, 1.1, 1.2) and e.unit == "USD/EUR"
    assert e.theirs is None
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText() == UNDO_TEXT
    doc.undo_stack.undo()
    assert doc.plan == before


def test_a_duplicate_name_and_bad_bounds_are_refused(editor):
    name = editor.findChild(QLineEdit, "eventName")
    name.setText("Failure rate")
    assert name.property("invalid") is True and not _ok(editor).isEnabled()
    name.setText("OTD")
    assert name.property("invalid") is False and _ok(editor).isEnabled()
    upper = editor.findChild(QLineEdit, "eventUpper")
    upper.setText("abc")
    assert upper.property("invalid") is True and not _ok(editor).isEnabled()
    upper.setText("50")  # below our likely 90 %
    assert upper.property("invalid") is False
    assert _spin(editor, "eventOurLikely").property("invalid") is True and not _ok(editor).isEnabled()
    upper.setText("100")
    assert _ok(editor).isEnabled()


def test_rename_and_remove_in_one_step_carry_and_drop_clauses(editor, qtbot):
    doc = editor.document
    before = doc.plan
    editor.findChild(QLineEdit, "eventName").setText("OTD")
    lst = editor.findChild(QListWidget, "eventList")
    lst.setCurrentRow(2)
    qtbot.mouseClick(editor.findChild(QPushButton, "eventRemove"), Qt.MouseButton.LeftButton)
    assert "Warranty guard" in editor.findChild(QLabel, "eventNote").text()
    qtbot.mouseClick(_ok(editor), Qt.MouseButton.LeftButton)
    plan = doc.plan
    assert [e.name for e in plan.events] == ["OTD", "Steel price index"]
    assert plan.stored_package("On-time bonus").clauses["Unit price"].event == "OTD"
    assert plan.stored_package("Warranty guard").clauses == {}
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.plan == before


def test_an_event_with_states(editor, qtbot):
    qtbot.mouseClick(editor.findChild(QPushButton, "eventAdd"), Qt.MouseButton.LeftButton)
    editor.findChild(QLineEdit, "eventName").setText("New line")
    kind = editor.findChild(QComboBox, "eventKind")
    kind.setCurrentIndex(kind.findData("states"))
    table = editor.findChild(QTableWidget, "eventStates")
    assert table.isVisibleTo(editor)
    table.item(0, 0).setText("on time")
    table.item(1, 0).setText("late")
    table.item(0, 1).setText("30")
    table.item(1, 1).setText("x")
    assert table.property("invalid") is True and not _ok(editor).isEnabled()
    table.item(1, 1).setText("70")
    assert _ok(editor).isEnabled()
    editor.accept()
    e = editor.document.plan.event("New line")
    assert e.states == ("on time", "late") and e.ours.chance("late") == pytest.approx(0.7)


def test_the_clause_dialog_sets_a_clause_as_one_undo_step(qtbot, doc):
    before = doc.plan
    dlg = open_clause_dialog(None, doc, "Fixed price", "Warranty")
    qtbot.addWidget(dlg)
    assert dlg.property("package") == "Fixed price" and dlg.property("issue") == "Warranty"
    assert not dlg.findChild(QPushButton, "clauseRemove").isVisible()
    controls = (QLineEdit, QComboBox, QDoubleSpinBox, QCheckBox, QPushButton)
    named = [w for w in dlg.findChildren(QWidget) if isinstance(w, controls) and w.objectName().startswith("clause")]
    assert len(named) > 12
    for w in named:
        assert w.accessibleName(), w.objectName()
        assert w.property("package") == "Fixed price" and w.property("issue") == "Warranty", w.objectName()
    dlg.findChild(QComboBox, "clauseEvent").setCurrentText("Failure rate")
    shape = dlg.findChild(QComboBox, "clauseShape")
    assert [shape.itemData(k) for k in range(shape.count())] == ["threshold", "linear"]
    when = dlg.findChild(QComboBox, "clauseThresholdWhen")
    when.setCurrentIndex(when.findData("above"))
    dlg.findChild(QDoubleSpinBox, "clauseThreshold").setValue(1.0)
    term = dlg.findChild(QDoubleSpinBox, "clauseTerm")
    term.setValue(36.0)
    assert dlg.findChild(QLabel, "clauseSentence").text() == \
        "If the failure rate exceeds 1 % in a year, the warranty is 36 months."
    assert "Our points" in dlg.findChild(QLabel, "clauseOurValue").text()
    assert "10–90 %" in dlg.findChild(QLabel, "clauseOurValue").text()
    assert "by their forecast" in dlg.findChild(QLabel, "clauseTheirGain").text()
    # a term off the issue's step is refused where it is typed
    term.setValue(31.0)
    assert term.property("invalid") is True and not _ok(dlg).isEnabled()
    term.setValue(36.0)
    assert _ok(dlg).isEnabled()
    said = []
    doc.message.connect(lambda text, _ms: said.append(text))
    qtbot.mouseClick(_ok(dlg), Qt.MouseButton.LeftButton)
    clause = doc.plan.stored_package("Fixed price").clauses["Warranty"]
    assert clause == ThresholdClause(event="Failure rate", when="above", threshold=1.0, term=36.0)
    assert len(said) == 1 and said[0].startswith("Warranty in Fixed price made contingent on")  # not "clause changed"
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.plan == before


def test_keep_our_value_moves_the_base_term_so_the_points_stay(qtbot, doc):
    before = doc.plan.package("Fixed price").score
    base = doc.plan.package("Fixed price")["Unit price"]
    dlg = open_clause_dialog(None, doc, "Fixed price", "Unit price")
    qtbot.addWidget(dlg)
    shape = dlg.findChild(QComboBox, "clauseShape")
    shape.setCurrentIndex(shape.findData("linear"))
    dlg.findChild(QDoubleSpinBox, "clausePivot").setValue(95.0)
    dlg.findChild(QDoubleSpinBox, "clauseRate").setValue(-2.0)
    qtbot.mouseClick(dlg.findChild(QPushButton, "clauseKeepValue"), Qt.MouseButton.LeftButton)
    assert dlg.adjusted is not None and dlg.adjusted != base
    assert "moved from" in dlg.findChild(QLabel, "clauseBase").text()
    dlg.accept()
    pkg = doc.plan.package("Fixed price")
    assert isinstance(pkg.clauses["Unit price"], LinearClause)
    assert pkg["Unit price"] == dlg.adjusted
    assert pkg.score == pytest.approx(before, abs=0.5)
    assert doc.undo_stack.count() == 1


def test_remove_clause_and_a_states_clause_on_options(qtbot, doc):
    dlg = open_clause_dialog(None, doc, "Warranty guard", "Warranty")
    qtbot.addWidget(dlg)
    assert dlg.findChild(QPushButton, "clauseRemove").isVisible()
    assert dlg.findChild(QComboBox, "clauseEvent").currentText() == "Failure rate"
    assert dlg.findChild(QDoubleSpinBox, "clauseTerm").value() == 36.0
    qtbot.mouseClick(dlg.findChild(QPushButton, "clauseRemove"), Qt.MouseButton.LeftButton)
    assert doc.plan.stored_package("Warranty guard").clauses == {}
    assert doc.undo_stack.undoText() == "Fix Warranty in Warranty guard"
    event = Event(name="New line", kind="states", states=("on time", "late"),
                  ours=Forecast(chances={"on time": 0.4, "late": 0.6}), measured_by="start-up report",
                  observable_by_both=False)
    doc.apply(add_event(doc.plan, event).plan, "Add event")
    dlg2 = open_clause_dialog(None, doc, "Fixed price", "Incoterm")
    qtbot.addWidget(dlg2)
    dlg2.findChild(QComboBox, "clauseEvent").setCurrentText("New line")
    shape = dlg2.findChild(QComboBox, "clauseShape")
    assert [shape.itemData(k) for k in range(shape.count())] == ["states"]
    assert not _ok(dlg2).isEnabled()  # no term for any state yet
    late = next(w for w in dlg2.findChildren(QComboBox, "clauseStateTerm") if w.property("state") == "late")
    late.setCurrentIndex(late.findData("FCA"))
    assert _ok(dlg2).isEnabled()
    assert dlg2.findChild(QLabel, "clauseSentence").text() == "If the new line is late, the incoterm is FCA."
    assert "cannot check" in dlg2.findChild(QLabel, "clauseWarning").text()
    dlg2.accept()
    assert doc.plan.stored_package("Fixed price").clauses["Incoterm"] == StatesClause(event="New line",
                                                                                       terms={"late": "FCA"})


def test_duplicate_keeps_the_fields_under_a_new_name(editor, qtbot):
    lst = editor.findChild(QListWidget, "eventList")
    lst.setCurrentRow(1)
    qtbot.mouseClick(editor.findChild(QPushButton, "eventDuplicate"), Qt.MouseButton.LeftButton)
    assert lst.count() == 4 and lst.currentRow() == 3
    assert editor.findChild(QLineEdit, "eventName").text() == "Steel price index (copy)"
    assert _spin(editor, "eventOurLikely").value() == editor.document.plan.event("Steel price index").ours.likely
    editor.accept()
    plan = editor.document.plan
    copy = plan.event("Steel price index (copy)")
    assert copy.model_copy(update={"name": "Steel price index"}) == plan.event("Steel price index")


def test_opening_and_ok_without_a_change_changes_nothing(qtbot):
    plan = md.example_plan("contingent")
    odd = Event(name="Thirds", kind="states", states=("a", "b", "c"),
                ours=Forecast(chances={"a": 1, "b": 1, "c": 1}))
    fine = Event(name="Fine", unit="%", ours=Forecast(low=0.125, likely=0.25, high=0.375))
    plan = add_event(add_event(plan, odd).plan, fine).plan
    doc = PlanDocument(plan)
    dlg = open_event_editor(None, doc)
    qtbot.addWidget(dlg)
    for k in range(len(plan.events)):
        dlg.findChild(QListWidget, "eventList").setCurrentRow(k)
    assert _spin(dlg, "eventOurLow").value() == 0.125  # shown exactly, not rounded to 0.13
    dlg.accept()
    assert doc.plan is plan and doc.undo_stack.count() == 0
    # a change of one field of that event keeps its exact numbers
    dlg2 = open_event_editor(None, doc)
    qtbot.addWidget(dlg2)
    dlg2.findChild(QListWidget, "eventList").setCurrentRow(len(plan.events) - 1)
    dlg2.findChild(QLineEdit, "eventUnit").setText("pts")
    dlg2.accept()
    assert doc.plan.event("Fine").ours == fine.ours and doc.plan.event("Fine").unit == "pts"


def test_ticking_the_terms_an_event_may_change_keeps_suggestions_to_them(qtbot):
    """The "May change" list sets Event.affects (one undoable step); the planner's suggested
    clauses on that event then change only those terms."""
    from meso_desk.model.offers.contingent import candidate_clauses

    plan = md.example_plan("contingent")
    plan = plan.replace(events=tuple(e.model_copy(update={"affects": ()}) for e in plan.events))
    doc = PlanDocument(plan)
    dlg = open_event_editor(None, doc)
    qtbot.addWidget(dlg)
    dlg.list.setCurrentRow(0)
    affects = dlg.findChild(QListWidget, "eventAffects")
    assert affects.count() == len(plan.issues)
    for r in range(affects.count()):
        if affects.item(r).text() == "Delivery":
            affects.item(r).setCheckState(Qt.CheckState.Checked)
    _ok(dlg).click()
    new = doc.plan
    assert new.events[0].affects == ("Delivery",)
    fixed = new.package("Fixed price")
    on_event = [i for i, c in candidate_clauses(new, fixed) if c.event == new.events[0].name]
    assert on_event and set(on_event) == {"Delivery"}
    doc.undo_stack.undo()
    assert doc.plan.events[0].affects == ()


def test_a_money_term_reads_as_the_cards_print_it(qtbot, doc):
    """The clause's price read "180.0 EUR" while the card printed "EUR 180.00"."""
    dlg = open_clause_dialog(None, doc, "Fixed price", "Unit price")
    qtbot.addWidget(dlg)
    term = dlg.findChild(QDoubleSpinBox, "clauseTerm")
    term.setValue(212.5)
    assert term.text() == doc.plan.issue("Unit price").format_term(212.5) == "EUR 212.50"
    dlg.reject()


CLOSED = "Uncertain events closed: the plan changed while it was open; open it again."


def test_another_plan_opened_meanwhile_closes_the_editor_instead_of_taking_its_events(make_window, qtbot):
    """The editor is modeless: with another plan opened (New from Example), its OK wrote the first
    plan's events into the new plan as one "Edit events" step."""
    win = make_window(md.example_plan("contingent"))
    dlg = win.actions.open_event_editor()
    assert dlg.objectName() == "eventEditor" and dlg.isVisible()
    said = []
    win.document.message.connect(lambda text, _ms: said.append(text))
    win.files.new_from_example("supplier")
    assert not dlg.isVisible()
    assert CLOSED in said
    dlg.accept()  # an OK that still reached it (a queued click) takes nothing over
    doc = win.document
    assert doc.plan.events == () and not doc.modified and doc.undo_stack.count() == 0


def test_an_undo_of_the_events_while_open_closes_the_editor_and_its_own_ok_does_not(doc, qtbot):
    """Events changed underneath (an undo of an earlier "Edit events") would be overwritten by the
    drafts read before; the editor's own OK is no reason to close with that message."""
    said = []
    doc.message.connect(lambda text, _ms: said.append(text))
    first = open_event_editor(None, doc)
    qtbot.addWidget(first)
    first.findChild(QLineEdit, "eventUnit").setText("pts")
    _ok(first).click()
    assert doc.plan.events[0].unit == "pts" and CLOSED not in said and not first.isVisible()
    second = open_event_editor(None, doc)
    qtbot.addWidget(second)
    doc.undo_stack.undo()
    assert not second.isVisible() and CLOSED in said
    assert doc.plan.events[0].unit == "%"


def test_a_renamed_issue_closes_the_editor_but_a_weight_does_not(doc, qtbot):
    """Its "May change" list names the plan's issues as they were when it opened."""
    dlg = open_event_editor(None, doc)
    qtbot.addWidget(dlg)
    first, second = doc.plan.issue_names[:2]
    weights = {**doc.plan.weights, first: doc.plan.weights[first] + doc.plan.weights[second], second: 0.0}
    doc.apply(doc.plan.replace(weights=weights), "weights")
    assert dlg.isVisible()
    from meso_desk.model.edits import issue_edits
    res = issue_edits.edit_issue(doc.plan, 0, "name", "Price")
    doc.apply(res.plan, res.text)
    assert not dlg.isVisible()


CLAUSE_CLOSED = "The clause dialog closed: the plan changed while it was open; open it again."


def test_the_clause_dialog_closes_when_another_plan_is_opened(make_window, qtbot):
    """With another plan holding a package and issue of the same names opened meanwhile, the
    clause dialog stayed open on the old plan's issue and its OK applied to the new plan."""
    from meso_desk.model.edits.event_edits import add_event as add

    plan = md.example_plan("contingent")
    win = make_window(plan)
    dlg = open_clause_dialog(win, win.document, "Fixed price", "Warranty")
    assert dlg.isVisible()
    said = []
    win.document.message.connect(lambda text, _ms: said.append(text))
    other = add(plan.replace(title="Another plan"), Event(
        name="Audit", kind="states", states=("passed", "failed"),
        ours=Forecast(chances={"passed": 0.8, "failed": 0.2}))).plan
    win.document.reset(other, None, clean=True)
    assert not dlg.isVisible() and CLAUSE_CLOSED in said
    dlg.accept()  # an OK that still reached it takes nothing over
    dlg.remove()
    assert win.document.plan == other and win.document.undo_stack.count() == 0


def test_the_clause_dialog_closes_when_its_issue_changes_but_not_for_its_own_ok(qtbot, doc):
    said = []
    doc.message.connect(lambda text, _ms: said.append(text))
    dlg = open_clause_dialog(None, doc, "Fixed price", "Warranty")
    qtbot.addWidget(dlg)
    doc.apply(doc.plan.replace(weights={**doc.plan.weights}), "nothing")  # no change of the issue: stays
    assert dlg.isVisible()
    from meso_desk.model.edits import issue_edits
    k = doc.plan.issue_names.index("Warranty")
    res = issue_edits.edit_issue(doc.plan, k, "name", "Guarantee")
    doc.apply(res.plan, res.text)
    assert not dlg.isVisible() and CLAUSE_CLOSED in said
    said.clear()
    again = open_clause_dialog(None, doc, "Fixed price", "Unit price")
    qtbot.addWidget(again)
    again.findChild(QComboBox, "clauseEvent").setCurrentIndex(1)
    assert _ok(again).isEnabled()
    _ok(again).click()
    assert "Unit price" in doc.plan.stored_package("Fixed price").clauses and CLAUSE_CLOSED not in said


def test_the_clause_dialog_follows_its_event_renamed_and_closes_when_it_is_removed(qtbot, doc):
    """Renamed (or the rename undone) while the dialog is open: it keeps its event under the new
    name and the fields as typed; removed: it closes as stale instead of falling to another event."""
    from meso_desk.model.edits.event_edits import remove_event, replace_event

    said = []
    doc.message.connect(lambda text, _ms: said.append(text))
    dlg = open_clause_dialog(None, doc, "Warranty guard", "Warranty")
    qtbot.addWidget(dlg)
    _spin(dlg, "clauseThreshold").setValue(2.0)
    ev = doc.plan.event("Failure rate")
    doc.apply(replace_event(doc.plan, "Failure rate", ev.model_copy(update={"name": "Failure share"})).plan, "Edit")
    assert dlg.isVisible()
    assert dlg.findChild(QComboBox, "clauseEvent").currentText() == "Failure share"
    assert _spin(dlg, "clauseThreshold").value() == 2.0
    assert "failure share exceeds 2 %" in dlg.findChild(QLabel, "clauseSentence").text()
    doc.undo_stack.undo()  # the rename undone: back to the old name, still the same event
    assert dlg.isVisible() and dlg.findChild(QComboBox, "clauseEvent").currentText() == "Failure rate"
    _ok(dlg).click()
    clause = doc.plan.stored_package("Warranty guard").clauses["Warranty"]
    assert (clause.event, clause.threshold) == ("Failure rate", 2.0)

    again = open_clause_dialog(None, doc, "Warranty guard", "Warranty")
    qtbot.addWidget(again)
    kept = doc.plan.stored_package("Warranty guard").clauses
    doc.apply(remove_event(doc.plan, "Failure rate").plan, "Remove event")
    assert not again.isVisible() and CLAUSE_CLOSED in said
    again.accept()  # nothing of it is applied
    assert doc.plan.stored_package("Warranty guard").clauses == {}
    doc.undo_stack.undo()
    assert doc.plan.stored_package("Warranty guard").clauses == kept


def test_keep_our_value_is_re_marked_when_the_clause_changes_after_it(qtbot, doc):
    dlg = open_clause_dialog(None, doc, "Fixed price", "Unit price")
    qtbot.addWidget(dlg)
    shape = dlg.findChild(QComboBox, "clauseShape")
    shape.setCurrentIndex(shape.findData("linear"))
    _spin(dlg, "clausePivot").setValue(95)
    _spin(dlg, "clauseRate").setValue(-2)
    dlg.findChild(QCheckBox, "clauseCapOn").setChecked(True)
    _spin(dlg, "clauseCap").setValue(10)
    dlg.findChild(QPushButton, "clauseKeepValue").click()
    base = dlg.findChild(QLabel, "clauseBase")
    assert "to keep our value." in base.text() and "(the same as now)" in dlg.findChild(QLabel, "clauseOurValue").text()
    _spin(dlg, "clauseCap").setValue(2)  # another clause: the move no longer keeps our value
    assert "to keep our value." not in base.text()
    assert "for the clause as it was" in base.text() and "Keep our value again" in base.text()
    _spin(dlg, "clauseCap").setValue(10)  # the clause it was computed for
    assert "to keep our value." in base.text()


def test_removing_an_event_says_before_ok_that_rounds_and_the_agreement_lose_the_clause_too(qtbot):
    from meso_desk.model.plan import Agreement, OfferedPackage, Round

    plan = md.example_plan("contingent")
    sp = plan.stored_package("On-time bonus")
    plan = plan.replace(rounds=(Round(offered=(OfferedPackage(label="A", terms=sp.terms, clauses=sp.clauses),)),),
                        agreement=Agreement(terms=sp.terms, clauses=sp.clauses))
    doc = PlanDocument(plan)
    editor = open_event_editor(None, doc)
    qtbot.addWidget(editor)
    uses = editor.findChild(QLabel, "eventUses").text()
    assert "On-time bonus (Unit price)" in uses and "option A of round 1 (Unit price)" in uses
    assert "the agreement (Unit price)" in uses
    editor.findChild(QListWidget, "eventList").setCurrentRow(0)
    qtbot.mouseClick(editor.findChild(QPushButton, "eventRemove"), Qt.MouseButton.LeftButton)
    note = editor.findChild(QLabel, "eventNote").text()
    assert note == ("On OK: 1 contingent clause dropped from On-time bonus; "
                    "2 clauses dropped from option A of round 1 and the agreement.")
    qtbot.mouseClick(_ok(editor), Qt.MouseButton.LeftButton)
    assert doc.plan.agreement.clauses == {} and doc.plan.rounds[0].offered[0].clauses == {}


def test_the_editor_names_unit_and_bound_and_says_which_outcome_it_recorded(editor, qtbot):
    said = []
    editor.document.message.connect(lambda text, _ms: said.append(text))
    editor.findChild(QListWidget, "eventList").setCurrentRow(2)  # Failure rate, 0–100 %
    _spin(editor, "eventOurLow").setValue(-1)
    assert (editor.findChild(QLabel, "eventError").text()
            == "Our forecast: low −1 % is below the event's lower bound 0 %")
    _spin(editor, "eventOurLow").setValue(0.5)
    assert _ok(editor).isEnabled()
    editor.findChild(QListWidget, "eventList").setCurrentRow(0)  # On-time delivery
    editor.findChild(QCheckBox, "eventOutcomeKnown").setChecked(True)
    editor.findChild(QLineEdit, "eventOutcome").setText("120")
    assert editor.findChild(QLabel, "eventError").text() == "Outcome: 120 % is outside the event's bounds 0 %–100 %"
    editor.findChild(QLineEdit, "eventOutcome").setText("91")
    qtbot.mouseClick(_ok(editor), Qt.MouseButton.LeftButton)
    assert editor.document.plan.event("On-time delivery").actual == 91
    assert said[-1] == "Outcome of 'On-time delivery': 91 %."
