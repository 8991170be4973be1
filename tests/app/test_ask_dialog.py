"""The "Ask me" dialog, driven through its buttons by a simulated buyer (issue 24)."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.widgets.weights.weight_editor import WeightEditor
from meso_desk.model.preferences.elicitation import EQUAL_POINTS


@pytest.fixture
def editor(qtbot):
    doc = PlanDocument(md.example_plan("supplier"))
    w = WeightEditor(doc)
    qtbot.addWidget(w)
    w.show()
    return w


def _settle(qtbot, dlg):
    qtbot.waitUntil(lambda: not dlg.is_busy() and dlg.state is not None, timeout=20000)


def test_answering_then_applying_is_one_undo_step(editor, qtbot):
    doc = editor.document
    before = dict(doc.plan.weights)
    editor.findChild(QPushButton, "weightAskButton").click()
    dlg = editor.findChild(QPushButton, "askFirst").window()
    assert dlg.objectName() == "askDialog"
    _settle(qtbot, dlg)
    true = np.array([0.30, 0.08, 0.25, 0.07, 0.20, 0.10])
    for _ in range(4):
        q = dlg.current_question
        assert q is not None and " — or " in q.text
        s = float(np.dot(true, q.d))
        name = "askEqual" if abs(s) <= EQUAL_POINTS else ("askFirst" if s > 0 else "askSecond")
        dlg.findChild(QPushButton, name).click()
        _settle(qtbot, dlg)
    assert len(dlg.state.answers) == 4
    steps = doc.undo_stack.count()
    dlg.findChild(QPushButton, "askApply").click()
    assert doc.undo_stack.count() == steps + 1
    assert doc.plan.weights != before and doc.plan.weight_region is not None
    assert doc.plan.weight_region.source == "answers to 4 questions"
    # "Unsure by ±" shows how far the answers leave a weight (not the band's unused 5.0)
    from PySide6.QtWidgets import QDoubleSpinBox
    unsure = editor.findChild(QDoubleSpinBox, "weightUncertainty")
    region = doc.plan.weight_region
    assert unsure.value() == pytest.approx(region.widest * 100, abs=0.05)
    assert unsure.value() == pytest.approx(max(region.high[k] - region.low[k] for k in region.low) * 50, abs=0.05)
    doc.undo_stack.undo()
    assert doc.plan.weights == before and doc.plan.weight_region is None
    dlg.close()


def test_a_conflict_is_shown_and_removing_an_answer_resolves_it(editor, qtbot):
    dlg = editor.open_ask_dialog()
    _settle(qtbot, dlg)
    q = dlg.current_question
    dlg.answer("first")
    _settle(qtbot, dlg)
    # the same question answered the other way round: the two cannot both be true
    dlg._request("answer", dlg.state, q, "second")
    _settle(qtbot, dlg)
    assert dlg.state.conflict == (0, 1)
    assert dlg.conflict.isVisibleTo(dlg) and "cannot all be true" in dlg.conflict.text()
    # no "within ±" and no weights found for answers that no weights satisfy
    assert "within" not in dlg.progress.text() and "cannot all be true" in dlg.progress.text()
    assert all(dlg.table.item(r, c).text() == "—" for r in range(dlg.table.rowCount()) for c in (1, 2))
    assert not dlg.apply_button.isEnabled()
    dlg.drop(1)
    _settle(qtbot, dlg)
    assert dlg.state.conflict == () and dlg.apply_button.isEnabled()
    dlg.close()


def test_naming_the_term_that_makes_them_equal(editor, qtbot):
    """From scratch on the supplier plan the dialog asks matching questions: the row to name the
    term shows the issue's unit, typing a term and pressing "Equal at this" records it."""
    from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QWidget

    dlg = editor.open_ask_dialog()
    _settle(qtbot, dlg)
    dlg.findChild(QCheckBox, "askNear").setChecked(False)  # from scratch
    _settle(qtbot, dlg)
    row = dlg.findChild(QWidget, "askMatchRow")
    true = np.array([0.30, 0.08, 0.25, 0.07, 0.20, 0.10])
    for _ in range(3):  # a plain question may come first: answered by choosing, it hides the row
        q = dlg.current_question
        if q.match is not None:
            break
        assert not row.isVisibleTo(dlg)
        s = float(np.dot(true, q.d))
        dlg.answer("equal" if abs(s) <= EQUAL_POINTS else ("first" if s > 0 else "second"))
        _settle(qtbot, dlg)
    assert q.match is not None
    plain = len(dlg.state.answers)
    assert row.isVisibleTo(dlg) and q.match in dlg.match_label.text()
    spin = dlg.findChild(QDoubleSpinBox, "askMatchTerm")
    assert spin.property("issue") == q.match
    assert spin.value() == pytest.approx(q.second[q.match])  # starts at the question's own term
    lo, hi = q.match_range
    term = round(lo + 0.37 * (hi - lo), spin.decimals())
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), spin.textFromValue(term))
    qtbot.keyClick(spin, Qt.Key.Key_Return)  # Enter in the box answers with the term, like the button
    _settle(qtbot, dlg)
    a = dlg.state.answers[-1]
    assert a.matched and a.choice == "equal"
    assert a.question.second[q.match] == pytest.approx(term, abs=0.01)
    listed = dlg.answers.item(plain).text()
    assert "worth the same with" in listed and "you said" in listed
    # the list shows the question as it was asked (naming a term rewrote it into "X — or X")
    assert dlg._package_words(q.second) in listed
    # revising it: another term for the same question, or a choice on the question as asked
    dlg.answers.setCurrentRow(plain)
    combo = dlg.revise_choice
    combo.setCurrentIndex(combo.findData("match"))
    field = dlg.findChild(QDoubleSpinBox, "askReviseTerm")
    assert field is not None and field.property("issue") == q.match
    other = round(lo + 0.6 * (hi - lo), field.decimals())
    field.setValue(other)
    dlg.revise_button.click()
    _settle(qtbot, dlg)
    a = dlg.state.answers[plain]
    assert a.matched and a.original == q and a.question.second[q.match] == pytest.approx(other, abs=0.01)
    dlg.answers.setCurrentRow(plain)
    combo.setCurrentIndex(combo.findData("second"))
    assert dlg.findChild(QDoubleSpinBox, "askReviseTerm") is None
    dlg.revise_button.click()
    _settle(qtbot, dlg)
    a = dlg.state.answers[plain]
    assert not a.matched and a.choice == "second" and a.question == q
    dlg.close()


def test_the_button_answers_with_the_term_too(editor, qtbot):
    from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox

    dlg = editor.open_ask_dialog()
    _settle(qtbot, dlg)
    dlg.findChild(QCheckBox, "askNear").setChecked(False)
    _settle(qtbot, dlg)
    while dlg.current_question.match is None:
        dlg.answer("first")
        _settle(qtbot, dlg)
    q = dlg.current_question
    spin = dlg.findChild(QDoubleSpinBox, "askMatchTerm")
    spin.setValue(q.match_range[1])
    dlg.findChild(QPushButton, "askMatch").click()
    _settle(qtbot, dlg)
    a = dlg.state.answers[-1]
    assert a.matched and a.question.second[q.match] == pytest.approx(q.match_range[1])
    dlg.close()


@pytest.mark.parametrize("near", [True, False])
def test_when_it_stops_asking_it_says_why(editor, qtbot, near):
    """Answered by the buttons alone until no question is left: the answer buttons hide and the
    question's place says so — pinned from near the plan's weights; from scratch, answered by
    choosing only, ten answers leave a weight unpinned, and it is named with its range."""
    from PySide6.QtWidgets import QCheckBox, QLabel

    dlg = editor.open_ask_dialog()
    _settle(qtbot, dlg)
    if not near:
        dlg.findChild(QCheckBox, "askNear").setChecked(False)
        _settle(qtbot, dlg)
    true = np.array([0.30, 0.08, 0.25, 0.07, 0.20, 0.10])
    while dlg.current_question is not None:
        s = float(np.dot(true, dlg.current_question.d))
        dlg.findChild(QPushButton, "askEqual" if abs(s) <= EQUAL_POINTS else ("askFirst" if s > 0 else "askSecond")).click()
        _settle(qtbot, dlg)
    st = dlg.state
    text = dlg.findChild(QLabel, "askQuestion").text()
    assert text == st.closing_text(None) and text
    assert not dlg.findChild(QPushButton, "askFirst").isVisibleTo(dlg)
    if near:
        assert st.pinned and text == "Done: your weights are pinned down."
    else:
        name, band = st.least_sure()
        assert not st.pinned and len(st.answers) == 10
        assert "enough questions" in text and f"{name}'s (± {100 * band:.1f} points)" in text
    dlg.close()


def test_when_the_issues_change_while_asking_the_answers_are_not_applied_and_it_starts_again(editor, qtbot):
    """The dialog is not modal: an issue removed meanwhile makes the answers speak of another
    plan; applying them once raised an error about an unknown issue."""
    from meso_desk.model.edits.issue_edits import remove_issue
    from meso_desk.model.edits.weight_edits import apply_elicited_weights

    doc = editor.document
    dlg = editor.open_ask_dialog()
    _settle(qtbot, dlg)
    dlg.answer("first")
    _settle(qtbot, dlg)
    old_session = dlg.state
    doc.apply(remove_issue(doc.plan, 5).plan, "remove an issue")
    weights = dict(doc.plan.weights)
    assert "issues changed" in dlg.question.text() and "start again" in dlg.question.text()
    for name in ("askApply", "askFirst", "askSecond", "askEqual", "askRevise"):
        assert not dlg.findChild(QPushButton, name).isEnabled(), name
    assert dlg.apply() is False and doc.plan.weights == weights
    refused = apply_elicited_weights(doc.plan, old_session)  # the model's rule, not only the dialog's
    assert not refused.ok and refused.plan is doc.plan
    dlg.findChild(QPushButton, "askRestart").click()
    _settle(qtbot, dlg)
    assert dlg.state.names == doc.plan.issue_names and dlg.findChild(QPushButton, "askFirst").isEnabled()
    dlg.answer("first")
    _settle(qtbot, dlg)
    assert dlg.apply() is True and set(doc.plan.weights) == set(doc.plan.issue_names)
    dlg.close()


def _ask_near(editor, qtbot):
    """The dialog on the supplier plan, near its weights: the first question lets you name a term."""
    dlg = editor.open_ask_dialog()
    _settle(qtbot, dlg)
    q = dlg.current_question
    assert q.match is not None and q.match_range is not None
    return dlg, q


def _type(qtbot, spin, text):
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)


@pytest.mark.parametrize("how", ["enter", "button"])
@pytest.mark.parametrize("typed", ["95", "500", "5"])
def test_a_named_term_out_of_range_is_refused_where_typed_and_not_recorded(editor, qtbot, how, typed):
    """95, 500 or 5 days on a question whose term can be 15–90 days: refused in the box (the reason
    beside it, the range named), nothing recorded — neither by Enter nor by "Equal at this"."""
    from PySide6.QtWidgets import QDoubleSpinBox, QLabel

    dlg, q = _ask_near(editor, qtbot)
    spin = dlg.findChild(QDoubleSpinBox, "askMatchTerm")
    lo, hi = q.match_range
    assert not lo <= float(typed) <= hi
    steps = editor.document.undo_stack.count()
    _type(qtbot, spin, typed)
    if how == "enter":
        qtbot.keyClick(spin, Qt.Key.Key_Return)
    else:
        qtbot.mouseClick(dlg.findChild(QPushButton, "askMatch"), Qt.MouseButton.LeftButton)
    _settle(qtbot, dlg)
    assert len(dlg.state.answers) == 0
    assert dlg.current_question == q
    reason = dlg.findChild(QLabel, "askMatchReason")
    assert reason.isVisibleTo(dlg) and typed in reason.text()
    assert spin.textFromValue(hi if float(typed) > hi else lo) in reason.text()
    assert editor.document.undo_stack.count() == steps  # Enter did not apply the weights either
    # clicking again on the term put back does not answer for a refusal the buyer has not fixed
    dlg.findChild(QPushButton, "askMatch").click()
    _settle(qtbot, dlg)
    assert len(dlg.state.answers) == 0
    # a term in range is recorded exactly as typed
    term = round(lo + 0.37 * (hi - lo))
    _type(qtbot, spin, spin.textFromValue(term))
    assert not reason.isVisibleTo(dlg)
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    _settle(qtbot, dlg)
    a = dlg.state.answers[-1]
    assert a.matched and a.question.second[q.match] == pytest.approx(term)
    dlg.close()


def test_changing_an_answer_to_a_term_out_of_range_is_refused(editor, qtbot):
    from PySide6.QtWidgets import QDoubleSpinBox, QLabel

    dlg, q = _ask_near(editor, qtbot)
    dlg.answer("first")
    _settle(qtbot, dlg)
    dlg.answers.setCurrentRow(0)
    dlg.revise_choice.setCurrentIndex(dlg.revise_choice.findData("match"))
    field = dlg.findChild(QDoubleSpinBox, "askReviseTerm")
    lo, hi = q.match_range
    _type(qtbot, field, "95" if hi < 95 else "1000000")
    qtbot.mouseClick(dlg.revise_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, dlg)
    a = dlg.state.answers[0]
    assert not a.matched and a.choice == "first"
    reason = dlg.findChild(QLabel, "askReviseReason")
    assert reason.isVisibleTo(dlg) and "above the highest value" in reason.text()
    _type(qtbot, field, field.textFromValue(round(lo + 0.5 * (hi - lo))))
    dlg.revise_button.click()
    _settle(qtbot, dlg)
    a = dlg.state.answers[0]
    assert a.matched and a.question.second[q.match] == pytest.approx(round(lo + 0.5 * (hi - lo)))
    dlg.close()


def _shown_ask(editor, qtbot):
    from PySide6.QtWidgets import QApplication

    dlg = editor.open_ask_dialog()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg, timeout=5000)
    _settle(qtbot, dlg)
    return dlg


def test_answering_by_keyboard_keeps_the_focus_on_the_answers_and_enter_never_applies(editor, qtbot):
    """Enter on "the first" answers; the next question's first answer has the focus again, so
    Enter answers it too; Enter in the list or a field never applies the weights; Enter on a
    focused Apply does."""
    from PySide6.QtWidgets import QApplication

    doc = editor.document
    dlg = _shown_ask(editor, qtbot)
    steps = doc.undo_stack.count()
    dlg.first.setFocus()
    for n in (1, 2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        _settle(qtbot, dlg)
        assert len(dlg.state.answers) == n
        assert QApplication.focusWidget() is dlg.first
    for w in (dlg.answers, dlg.near):
        w.setFocus()
        qtbot.keyClick(w, Qt.Key.Key_Return)
    _settle(qtbot, dlg)
    assert doc.undo_stack.count() == steps and len(dlg.state.answers) == 2
    dlg.apply_button.setFocus()
    qtbot.keyClick(dlg.apply_button, Qt.Key.Key_Return)
    assert doc.undo_stack.count() == steps + 1
    dlg.close()


def test_esc_and_close_ask_before_answers_not_applied_are_lost(editor, qtbot, monkeypatch):
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    said, asked = [QMessageBox.StandardButton.No], []

    def answer(box):
        asked.append(box.objectName())
        return said[0]

    monkeypatch.setattr(QMessageBox, "exec", answer)
    dlg = _shown_ask(editor, qtbot)
    dlg.answer("first")
    _settle(qtbot, dlg)
    dlg.answers.setFocus()
    qtbot.keyClick(dlg.answers, Qt.Key.Key_Escape)
    close = dlg.buttons.button(QDialogButtonBox.StandardButton.Close)
    close.click()
    assert asked == ["askCloseBox", "askCloseBox"] and dlg.isVisible() and len(dlg.state.answers) == 1
    dlg.apply()  # applied: nothing is lost by closing now
    close.click()
    assert len(asked) == 2 and not dlg.isVisible()
