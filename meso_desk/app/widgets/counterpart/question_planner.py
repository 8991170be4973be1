"""The question planner: the one question most worth asking in the room now, and why.

Shows :func:`~meso_desk.model.counterpart.questions.next_question` for the document's plan
(computed in the background whenever the plan changes) and records the answer in one or two
clicks as typed evidence on the latest round (:func:`~meso_desk.model.edits.round_edits.with_answer`,
one undo step): pick the issue they named, the one of two they said matters more, or the term
they said suits them best. "What would you change in B?" is answered in *Record reaction…*
(a counter-offer), so that question only shows the words.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ....model.counterpart.questions import Question, next_question
from ....model.edits.round_edits import with_answer
from ....model.language import tr
from ....model.plan import Plan
from ...background import LatestJob
from ...document import PlanDocument


def plan_question(plan: Plan) -> Question | None:
    """The planner's question for ``plan`` (runs in a worker thread)."""
    return next_question(plan) if len(plan.issues) >= 2 else None


class QuestionPlanner(QWidget):
    """The question to ask now, why, and one- or two-click answers."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionPlanner")
        self._doc = document
        self.question: Question | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.text = QLabel()
        self.text.setObjectName("questionText")
        self.text.setWordWrap(True)
        self.why = QLabel()
        self.why.setObjectName("questionWhy")
        self.why.setWordWrap(True)
        lay.addWidget(self.text)
        lay.addWidget(self.why)
        row = QHBoxLayout()
        self.choice = QComboBox()
        self.choice.setObjectName("questionAnswer")
        self.record = QPushButton(tr("Record answer"))
        self.record.setObjectName("questionRecord")
        self.record.clicked.connect(self._record_choice)
        self.first = QPushButton()
        self.first.setObjectName("questionFirst")
        self.first.clicked.connect(lambda: self._record_pair(0))
        self.second = QPushButton()
        self.second.setObjectName("questionSecond")
        self.second.clicked.connect(lambda: self._record_pair(1))
        for w in (self.choice, self.record, self.first, self.second):
            row.addWidget(w)
        lay.addLayout(row)
        self._job = LatestJob(plan_question, self, "question-planner")
        self._job.done.connect(self._done)
        # asked again when the plan changes, but not in every frame of a drag elsewhere nor
        # while hidden (another tab or workspace): then once the drag ends or it shows
        self._stale = True
        document.changed.connect(lambda *_: self.refresh())
        document.gestureEnded.connect(self.refresh)
        self.show_question(None)
        self.refresh()

    def refresh(self) -> None:
        self._stale = True
        if self._doc.in_gesture or not self.isVisible():
            return
        self._stale = False
        plan = self._doc.plan
        self._job.request(id(plan), plan)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _done(self, key: Any, result: Any) -> None:
        if key != id(self._doc.plan):
            return
        self.show_question(result if isinstance(result, Question) else None)

    def show_question(self, q: Question | None) -> None:
        """Show ``q`` and the answers that fit it (nothing for ``None``)."""
        self.question = q
        self.text.setText(tr("Ask: “{question}”").format(question=q.text) if q else "")
        self.why.setText(tr("Why: {reason}.").format(reason=q.why) if q else "")
        pair = q is not None and q.kind == "pairwise"
        listed = q is not None and q.kind in ("most_important", "preferred_term") and bool(q.options)
        self.choice.clear()
        if listed and q is not None:
            self.choice.addItems(list(q.options))
            self.choice.setProperty("issue", q.issues[0] if q.kind == "preferred_term" else "")
        self.choice.setVisible(listed)
        self.record.setVisible(listed)
        for k, b in enumerate((self.first, self.second)):
            b.setVisible(pair)
            if pair and q is not None:
                b.setText(q.options[k])
                b.setProperty("issue", q.options[k])
        self.setVisible(q is not None)

    def _record_choice(self) -> None:
        q = self.question
        if q is None or not self.choice.currentText():
            return
        plan = self._doc.plan
        answer: Any = self.choice.currentText()
        if q.kind == "preferred_term":
            answer = {q.issues[0]: answer}
            text = tr("Answer: {issue} {term} suits them best").format(issue=q.issues[0],
                                                                        term=self.choice.currentText())
        else:
            text = tr("Answer: {issue} matters most to them").format(issue=answer)
        try:
            self._doc.apply(with_answer(plan, q.kind, answer), text)
        except ValueError as e:
            self.why.setText(str(e))

    def _record_pair(self, k: int) -> None:
        q = self.question
        if q is None or q.kind != "pairwise":
            return
        x, y = q.options[k], q.options[1 - k]
        self._doc.apply(with_answer(self._doc.plan, "pairwise", (x, y)),
                        tr("Answer: {first} matters more to them than {second}").format(first=x, second=y))
