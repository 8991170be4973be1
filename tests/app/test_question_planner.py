"""The question planner in the counterpart panel (issue 22): the question to ask now, why, and
answers recorded in one or two clicks as one undo step."""

from __future__ import annotations

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
    assert w.text.text().startswith("Ask:") and q.text in w.text.text() and w.why.text().startswith("Why:")
    w.show_question(next(x for x in candidate_questions(doc.plan) if x.kind == "most_important"))
    assert w.choice.isVisible() and w.record.isVisible() and not w.first.isVisible()
    w.choice.setCurrentText("Delivery")
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
