"""Enter and Tab in the dialogs the audit found at fault (the sweep over every dialog is
test_dialog_enter.py): Enter records the round, never erases the answers of Ask me, adds the MESO
set at the level typed; the spread is written the language's way; Tab follows what is seen, the
dialog's buttons last."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QWidget,
)

import meso_desk as md
from tests.app.shown import shown_dialog, window_at_1366

WAIT = 20_000


@pytest.fixture(scope="module")
def plans():
    from meso_desk.app.help.screenshots import phase_plans

    return dict(phase_plans("supplier"))






def _enter(qtbot, w: QWidget) -> None:
    w.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(QApplication.focusWidget() or w, Qt.Key.Key_Return)
    QApplication.processEvents()


# -- 1. Record Reaction: Enter records the round -------------------------------------------------------
def test_enter_in_record_reaction_records_the_round(make_window, qtbot, plans):
    from meso_desk.app.widgets.counterpart.record_reaction import RecordReactionDialog

    win = window_at_1366(make_window, qtbot, plans["room"])
    rounds = len(win.document.plan.rounds)
    dlg = shown_dialog(qtbot, RecordReactionDialog(win.document, parent=win))
    combo = dlg.findChild(QComboBox, "offeredSet")
    _enter(qtbot, combo)  # nothing chosen yet: Record is disabled, and Enter does nothing
    assert dlg.isVisible() and len(win.document.plan.rounds) == rounds
    qtbot.mouseClick(dlg.cards[0], Qt.MouseButton.LeftButton)
    assert dlg.findChild(QPushButton, "recordButton").isEnabled()
    with qtbot.waitSignal(dlg.finished, timeout=WAIT) as finished:
        _enter(qtbot, combo)
    assert finished.args == [QDialog.DialogCode.Accepted]
    assert len(win.document.plan.rounds) == rounds + 1


# -- 2. Ask me: Enter never starts again, and Start again asks first -------------------------------------
def _ask(make_window, qtbot, plans, answers: int = 2):
    from meso_desk.app.widgets.weights.ask_dialog import AskDialog

    win = window_at_1366(make_window, qtbot, plans["prepare"])
    dlg = shown_dialog(qtbot, AskDialog(win.document, win))
    for n in range(1, answers + 1):
        qtbot.waitUntil(lambda: not dlg.is_busy() and dlg.current_question is not None, timeout=WAIT)
        dlg.findChild(QPushButton, "askFirst").click()
        qtbot.waitUntil(lambda n=n: not dlg.is_busy() and len(dlg.state.answers) == n, timeout=WAIT)
    return win, dlg


def test_enter_in_ask_me_keeps_the_answers(make_window, qtbot, plans, monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.No)
    win, dlg = _ask(make_window, qtbot, plans)
    answers = dlg.findChild(QListWidget, "askAnswers")
    for name in ("askAnswers", "askReviseChoice", "askRestart"):
        _enter(qtbot, dlg.findChild(QWidget, name))
        qtbot.waitUntil(lambda: not dlg.is_busy(), timeout=WAIT)
        assert dlg.isVisible() and answers.count() == 2 and len(dlg.state.answers) == 2, name
    assert not dlg.findChild(QPushButton, "askRestart").autoDefault()


def test_start_again_asks_before_it_forgets_the_answers(make_window, qtbot, plans, monkeypatch):
    win, dlg = _ask(make_window, qtbot, plans)
    box = dlg.restart_box()
    assert box is not None and box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    box.deleteLater()
    said = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "exec", lambda self: said[0])
    dlg.findChild(QPushButton, "askRestart").click()
    near = dlg.near.isChecked()
    dlg.near.setChecked(not near)  # "start near my weights" starts again too
    qtbot.waitUntil(lambda: not dlg.is_busy(), timeout=WAIT)
    assert len(dlg.state.answers) == 2 and dlg.near.isChecked() == near  # No: nothing lost
    said[0] = QMessageBox.StandardButton.Yes
    dlg.findChild(QPushButton, "askRestart").click()
    qtbot.waitUntil(lambda: not dlg.is_busy() and dlg.state is not None and not dlg.state.answers, timeout=WAIT)
    assert dlg.restart_box() is None  # no answers: nothing to ask


# -- 3. Generate MESOs: Enter takes the typed level, then adds the set ------------------------------------
def test_enter_in_the_meso_level_takes_it_then_adds_that_set(make_window, qtbot, plans):
    from meso_desk.app.widgets.packages.meso_dialog import MesoDialog

    win = window_at_1366(make_window, qtbot, plans["offers"])
    dlg = shown_dialog(qtbot, MesoDialog(win.document, win))
    chosen = []
    dlg.setChosen.connect(lambda packages, level: chosen.append(level))
    spin = dlg.findChild(QWidget, "mesoLevelSpin")
    edit = spin.lineEdit()
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    edit.selectAll()
    qtbot.keyClicks(edit, "65")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert spin.value() == pytest.approx(65.0) and dlg.isVisible() and chosen == []  # not the set at 70
    qtbot.waitUntil(lambda: not dlg.is_busy() and dlg.add_button.isEnabled(), timeout=WAIT)
    assert dlg.level.level == pytest.approx(65.0)
    with qtbot.waitSignal(dlg.finished, timeout=WAIT) as finished:
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert finished.args == [QDialog.DialogCode.Accepted] and chosen == [pytest.approx(65.0)]


# -- 4. Generate MESOs in German: "Spanne 0,03" ---------------------------------------------------------


def test_the_meso_spread_is_written_the_german_way(make_window, qtbot, german):
    from meso_desk.app.help.screenshots import phase_plans
    from meso_desk.app.widgets.packages.meso_dialog import MesoDialog

    win = window_at_1366(make_window, qtbot, dict(phase_plans("lieferant"))["offers"])
    dlg = shown_dialog(qtbot, MesoDialog(win.document, win))
    said = [lab.text() for lab in dlg.findChildren(QLabel) if "Spanne" in lab.text()]
    assert len(said) == 1 and "(Spanne 0,03)" in said[0], said


# -- 5. Tab follows what is seen, the dialog's buttons last ---------------------------------------------
def tab_chain(dlg: QDialog) -> list[QWidget]:
    """The controls Tab reaches, in order, from the dialog's first one (a spin box's editor is the
    spin box)."""
    out: list[QWidget] = []
    w = dlg.nextInFocusChain()
    for _ in range(1000):
        if w is dlg:
            break
        if (w.window() is dlg and w.isVisible() and w.isEnabled()
                and w.focusPolicy().value & Qt.FocusPolicy.TabFocus.value):
            shown = w.parent() if w.objectName() == "qt_spinbox_lineedit" else w
            if not out or out[-1] is not shown:
                out.append(shown)
        w = w.nextInFocusChain()
    return out


def names(chain: list[QWidget]) -> list[str]:
    return [w.objectName() or (w.text() if isinstance(w, QAbstractButton) else type(w).__name__) for w in chain]


def assert_buttons_last(dlg: QDialog) -> list[str]:
    chain = tab_chain(dlg)
    box = dlg.findChild(QDialogButtonBox)
    in_box = [isinstance(w, QAbstractButton) and w.parent() is box for w in chain]
    first = in_box.index(True)
    assert all(in_box[first:]), f"Tab goes back up after the dialog's buttons: {names(chain)}"
    return names(chain)


def test_tab_in_total_cost_reaches_the_freight_before_the_buttons(make_window, qtbot, plans):
    from meso_desk.app.widgets.costs.cost_dialog import CostDialog

    win = window_at_1366(make_window, qtbot, plans["room"])
    dlg = shown_dialog(qtbot, CostDialog(win.document, win))
    assert dlg.findChildren(QWidget, "costFreightAmount")
    order = assert_buttons_last(dlg)
    rate = order.index("costRate")
    assert order[rate + 1:rate + 5] == ["costFreightAmount"] * 4


def test_tab_in_record_reaction_reaches_the_cards_after_the_offered_set(make_window, qtbot, plans):
    from meso_desk.app.widgets.counterpart.record_reaction import RecordReactionDialog

    win = window_at_1366(make_window, qtbot, plans["room"])
    dlg = shown_dialog(qtbot, RecordReactionDialog(win.document, parent=win))
    order = assert_buttons_last(dlg)
    assert order[:4] == ["offeredSet", "offeredCard", "offeredCard", "offeredCard"]
    dlg.findChild(QComboBox, "offeredSet").setCurrentIndex(1)  # another set: new cards, same place
    QApplication.processEvents()  # (a widget added to a shown layout is shown by the event loop)
    order = assert_buttons_last(dlg)
    assert order[0] == "offeredSet" and order[1] == "offeredCard"


def test_tab_in_the_clause_dialog_reaches_keep_our_value_before_the_buttons(make_window, qtbot):
    from meso_desk.app.widgets.contingent.clause_dialog import ClauseDialog

    win = window_at_1366(make_window, qtbot, md.example_plan("contingent"))
    dlg = shown_dialog(qtbot, ClauseDialog(win.document, "On-time bonus", "Unit price", win))
    order = assert_buttons_last(dlg)
    assert order.index("clauseKeepValue") == order.index("clauseCap") + 1


def test_tab_in_the_clause_dialog_reaches_a_term_per_state_before_the_buttons(make_window, qtbot):
    from meso_desk.app.widgets.contingent.clause_dialog import ClauseDialog
    from meso_desk.model.contingent.events import Event, Forecast
    from meso_desk.model.edits.event_edits import add_event

    event = Event(name="Audit", kind="states", states=("passed", "failed"),
                  ours=Forecast(chances={"passed": 0.8, "failed": 0.2}))
    win = window_at_1366(make_window, qtbot, add_event(md.example_plan("contingent"), event).plan)
    dlg = shown_dialog(qtbot, ClauseDialog(win.document, "Fixed price", "Unit price", win))
    dlg.findChild(QComboBox, "clauseEvent").setCurrentText("Audit")
    QApplication.processEvents()
    order = assert_buttons_last(dlg)
    # (Keep our value and OK wait for a term per state: disabled, Tab passes them)
    assert order == ["clauseEvent", "clauseShape", "clauseStateTerm", "clauseStateTerm", "clauseCancel"]


def test_tab_in_ask_me_reaches_the_named_term_before_its_button(make_window, qtbot, plans):
    win, dlg = _ask(make_window, qtbot, plans, answers=0)
    dlg.near.setChecked(False)  # from scratch: matching questions, with a term to name
    for _k in range(4):
        qtbot.waitUntil(lambda: not dlg.is_busy() and dlg.current_question is not None, timeout=WAIT)
        if dlg.current_question.match is not None:
            break
        dlg.answer("first")
    qtbot.waitUntil(lambda: not dlg.is_busy(), timeout=WAIT)
    assert dlg.match_row.isVisible()
    order = assert_buttons_last(dlg)
    assert order.index("askMatchTerm") == order.index("askMatch") - 1


def test_a_term_per_state_reopened_in_german_reads_back_the_same(make_window, qtbot, german):
    """A state's term was written back into its field the English way ("231.5"); a German
    window reads "." as the thousands separator, so OK turned EUR 231.50 into 2,315 (refused
    as out of range, or saved wrong). Written the window's way, OK keeps it."""
    from meso_desk.app.widgets.contingent.clause_dialog import ClauseDialog
    from meso_desk.model.contingent.events import Event, Forecast
    from meso_desk.model.edits.event_edits import add_event

    event = Event(name="Audit", kind="states", states=("passed", "failed"),
                  ours=Forecast(chances={"passed": 0.8, "failed": 0.2}))
    win = window_at_1366(make_window, qtbot, add_event(md.example_plan("contingent"), event).plan)
    doc = win.document
    dlg = shown_dialog(qtbot, ClauseDialog(doc, "Fixed price", "Unit price", win))
    dlg.findChild(QComboBox, "clauseEvent").setCurrentText("Audit")
    QApplication.processEvents()
    fields = {w.property("state"): w for w in dlg.findChildren(QLineEdit, "clauseStateTerm")}
    fields["passed"].setText("231,5")
    fields["failed"].setText("236")
    dlg.findChild(QPushButton, "clauseOk").click()
    clause = doc.plan.stored_package("Fixed price").clauses["Unit price"]
    assert clause.terms == {"passed": 231.5, "failed": 236.0}
    again = shown_dialog(qtbot, ClauseDialog(doc, "Fixed price", "Unit price", win))
    fields = {w.property("state"): w for w in again.findChildren(QLineEdit, "clauseStateTerm")}
    assert fields["passed"].text() == "231,5"
    again.findChild(QPushButton, "clauseOk").click()
    assert doc.plan.stored_package("Fixed price").clauses["Unit price"].terms == {"passed": 231.5, "failed": 236.0}
