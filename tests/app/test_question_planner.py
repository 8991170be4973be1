"""The question planner in the counterpart panel (issue 22): the question to ask now, why, and
answers recorded in one or two clicks as one undo step."""

from __future__ import annotations

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox
from test_counterpart_panel import make_panel

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.widgets.counterpart.question_planner import QuestionPlanner
from meso_desk.model.counterpart.questions import candidate_questions
from meso_desk.model.edits.round_edits import record_choice


def make(qtbot, plan):
    doc = PlanDocument(plan)
    w = QuestionPlanner(doc)
    qtbot.addWidget(w)
    doc.setParent(w)
    w.show()
    qtbot.waitUntil(lambda: w.question is not None, timeout=20000)
    return doc, w


def played_plan():
    plan = md.example_plan("supplier")
    return record_choice(plan, list(md.generate_mesos(plan, 3, 70.0)), 1)


def test_shows_a_question_with_why_and_records_a_named_issue(qtbot):
    doc, w = make(qtbot, played_plan())
    q = w.question
    assert w.text.text().startswith("“") and q.text in w.text.text() and w.why.text().startswith("Why:")
    w.show_question(next(x for x in candidate_questions(doc.plan) if x.kind == "most_important"))
    assert w.choice.isVisible() and w.record.isVisible() and not w.first.isVisible()
    # nothing is chosen for them: one click must not record an answer they never gave
    assert w.choice.currentIndex() == -1 and not w.record.isEnabled()
    w.record.click()
    assert doc.plan.rounds[-1].statement_issue is None
    w.choice.setCurrentText("Delivery")
    assert w.record.isEnabled()
    steps = doc.undo_stack.count()
    w.record.click()
    assert doc.plan.rounds[-1].statement_issue == "Delivery"
    assert doc.undo_stack.count() == steps + 1
    doc.undo_stack.undo()
    assert doc.plan.rounds[-1].statement_issue is None


def test_a_pairwise_answer_is_one_click(qtbot):
    doc, w = make(qtbot, played_plan())
    pair = next(x for x in candidate_questions(doc.plan) if x.kind == "pairwise")
    w.show_question(pair)
    assert w.first.isVisible() and w.second.isVisible() and not w.choice.isVisible()
    assert w.second.property("issue") == pair.options[1]
    w.second.click()
    assert doc.plan.rounds[-1].issue_over == (pair.options[1], pair.options[0])


def panel_with_reaction(qtbot):
    """In the counterpart panel (not shown on its own): the planner starts with no question
    and hidden contents, and must still ask for one and show it once the panel is shown and
    after a reaction is recorded (it once hid itself and then never asked again)."""
    plan = md.example_plan("supplier")
    panel = make_panel(qtbot, plan)
    doc = panel.document
    planner = panel.findChild(QuestionPlanner, "questionPlanner")
    doc.apply(record_choice(plan, list(md.generate_mesos(plan, 3, 70.0)), 1), "their reaction")
    qtbot.waitUntil(lambda: planner.question is not None, timeout=20000)
    assert planner.text.isVisible() and planner.text.text().startswith("“")
    assert planner.why.isVisible()
    return panel, doc, planner


def test_the_panel_shows_the_question_once_a_reaction_is_recorded(qtbot):
    panel_with_reaction(qtbot)


def test_what_would_you_change_opens_the_latest_round_with_its_counter_offer(qtbot):
    from meso_desk.app.widgets.counterpart.counter_offer import TermSpinBox

    panel, doc, planner = panel_with_reaction(qtbot)
    ask = next(x for x in candidate_questions(doc.plan) if x.kind == "counter_offer")
    planner.show_question(ask)
    assert planner.change.isVisible() and not planner.choice.isVisible() and not planner.first.isVisible()
    picked = doc.plan.rounds[-1].offered[1]
    planner.change.click()
    dlg = panel.dialog
    assert dlg is not None and dlg.isVisible() and dlg.counter_box.isChecked() and dlg.counter_frame.isVisible()
    assert dlg.windowTitle() == "Edit round 1"
    spin = next(w for w in dlg.findChildren(TermSpinBox, "counterTerm") if w.property("issue") == "Unit price")
    assert spin.term() == picked.terms["Unit price"]  # their pick's terms to start from
    new_price = picked.terms["Unit price"] + 10.0  # they ask for more
    spin.set_term(new_price)
    dlg.counter.includes["Unit price"].setChecked(True)
    steps = doc.undo_stack.count()
    dlg.record_button.click()
    assert len(doc.plan.rounds) == 1 and doc.plan.rounds[-1].counter_offer == {"Unit price": new_price}
    assert doc.undo_stack.count() == steps + 1


def test_in_the_main_window_the_question_is_on_screen_in_the_room(make_window, qtbot):
    """The whole window, as the user opens it: the room's counterpart panel asks its question."""
    win = make_window(played_plan())
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.show_workspace("room")
    planner = win.findChild(QuestionPlanner, "questionPlanner")
    qtbot.waitUntil(lambda: planner.question is not None and planner.text.isVisible(), timeout=20000)
    assert planner.text.text() == f"“{planner.question.text}”"


def test_a_number_issues_best_term_is_typed_and_recorded(qtbot):
    """"Which unit price suits you best?" has no list of options: a field in the issue's unit
    takes the term they named (the question once showed no way to answer it)."""
    from meso_desk.model.counterpart.questions import Question

    doc, w = make(qtbot, played_plan())
    w.show_question(Question("preferred_term", "Which unit price suits you best?", "it is unclear",
                             ("Unit price",), (), 0.4))
    assert w.term is not None and w.term.isVisible() and w.record.isVisible() and not w.choice.isVisible()
    assert w.term.property("issue") == "Unit price" and w.term.prefix().startswith("EUR")
    # the field starts empty (it held the middle of the range, recorded by one click)
    assert w.term.cleanText() == "" and not w.record.isEnabled()
    w.record.click()
    assert doc.plan.rounds[-1].preferred_term is None
    QTest.keyClicks(w.term.lineEdit(), "231")  # typed, as in the room
    assert w.record.isEnabled()
    steps = doc.undo_stack.count()
    w.record.click()
    assert doc.plan.rounds[-1].preferred_term == {"Unit price": 231.0}
    assert doc.undo_stack.count() == steps + 1


def test_an_answer_before_any_offer_is_a_round_that_can_be_edited(qtbot):
    """Answering "which matters most?" before anything was offered records a round with nothing
    offered; its Edit… dialog edits what they said (it once could not be saved at all)."""
    panel = make_panel(qtbot, md.example_plan("supplier"))
    doc = panel.document
    planner = panel.question_planner
    qtbot.waitUntil(lambda: planner.question is not None, timeout=20000)
    planner.show_question(next(x for x in candidate_questions(doc.plan) if x.kind == "most_important"))
    planner.choice.setCurrentText("Delivery")
    planner.record.click()
    assert len(doc.plan.rounds) == 1 and doc.plan.rounds[0].offered == ()
    dlg = panel.open_record_dialog(0)
    assert not dlg.rank_box.isVisible() and not dlg.out_box.isVisible() and not dlg.counter_box.isVisible()
    assert "only answered a question" in dlg.offered_fixed.text()
    assert dlg.problem() == "" and dlg.record_button.isEnabled()
    dlg.statement_issue.setCurrentIndex(dlg.statement_issue.findData("Unit price"))
    dlg.record_button.click()
    assert doc.plan.rounds[0].statement_issue == "Unit price" and doc.plan.rounds[0].offered == ()


def test_edit_round_shows_the_answers_and_takes_one_back(qtbot):
    """A round's answers to the planner's questions are listed in its Edit… dialog (they were
    invisible there); unticking one saves the round without it, the others kept, in one undo
    step."""
    from meso_desk.model.edits.round_edits import with_answer

    plan = played_plan()
    plan = with_answer(plan, "pairwise", ("Delivery", "Unit price"))
    plan = with_answer(plan, "preferred_term", {"Unit price": 210.0})
    panel = make_panel(qtbot, plan)
    doc = panel.document
    dlg = panel.open_record_dialog(0)
    boxes = dlg.findChildren(QCheckBox, "editAnswer")
    assert [b.text() for b in boxes] == ["Delivery matters more to them than Unit price",
                                        "EUR 210.00 suits them best (Unit price)"]
    assert dlg.answers.isVisible() and all(b.isChecked() for b in boxes)
    assert "2 answers to questions" in dlg.summary.text()
    term = next(b for b in boxes if b.property("answer") == "preferred_term")
    assert term.property("issue") == "Unit price"
    term.setChecked(False)
    assert "an answer to a question" in dlg.summary.text()
    steps = doc.undo_stack.count()
    dlg.record_button.click()
    r = doc.plan.rounds[0]
    assert r.preferred_term is None and r.issue_over == ("Delivery", "Unit price")
    assert doc.undo_stack.count() == steps + 1
    doc.undo_stack.undo()
    assert doc.plan.rounds[0].preferred_term == {"Unit price": 210.0}


def test_a_round_without_answers_shows_no_answer_box(qtbot):
    panel = make_panel(qtbot, played_plan())
    dlg = panel.open_record_dialog(0)
    assert not dlg.answers.isVisible() and dlg.findChildren(QCheckBox, "editAnswer") == []


def test_a_round_of_answers_only_cannot_lose_its_last_answer(qtbot):
    """Nothing offered, one answer: unticking it leaves nothing to record, and the dialog says
    so instead of saving an empty round."""
    from meso_desk.model.edits.round_edits import with_answer

    panel = make_panel(qtbot, with_answer(md.example_plan("supplier"), "pairwise", ("Delivery", "Unit price")))
    dlg = panel.open_record_dialog(0)
    (box,) = dlg.findChildren(QCheckBox, "editAnswer")
    assert dlg.problem() == "" and dlg.record_button.isEnabled()
    box.setChecked(False)
    assert dlg.problem().startswith("Say what they said") and not dlg.record_button.isEnabled()


def _typed_answer(qtbot, doc, w, typed: str) -> None:
    """The number field is empty, Record answer waits, and what is typed is what is recorded."""
    assert w.term is not None and w.term.isVisible()
    assert w.term.cleanText() == "" and not w.record.isEnabled()  # no made-up EUR 220.00
    QTest.keyClicks(w.term.lineEdit(), typed)
    assert w.term.cleanText() == typed and w.record.isEnabled()  # not 240220.00
    w.record.click()
    assert doc.plan.rounds[-1].preferred_term == {"Unit price": float(typed)}


def test_the_number_field_is_empty_when_it_is_the_first_question_shown(qtbot):
    """After opening a plan the body is hidden until the first question arrives; a field built
    in it once showed the middle of the range (EUR 220.00) and typing 240 gave EUR 240220.00."""
    from meso_desk.model.counterpart.questions import Question

    number = Question("preferred_term", "Which unit price suits you best?", "it is unclear", ("Unit price",), (), 0.4)
    doc, w = make(qtbot, played_plan())
    w.show_question(None)  # as after opening a plan: nothing to ask yet, the body hidden
    assert not w.body.isVisible()
    w.show_question(number)
    _typed_answer(qtbot, doc, w, "240")
    # the planner itself hidden (another tab) when the question arrives, shown afterwards
    w.hide()
    w.show_question(None)
    w.show_question(number)
    w.show()
    qtbot.waitExposed(w)
    _typed_answer(qtbot, doc, w, "245")
    # what was typed stays when the planner is hidden and shown again
    w.show_question(number)
    QTest.keyClicks(w.term.lineEdit(), "250")
    w.hide()
    w.show()
    assert float(w.term.cleanText()) == 250.0 and w.record.isEnabled()
