"""The question planner: the one question most worth asking in the room now, and why.

Shows :func:`~meso_desk.model.counterpart.questions.next_question` for the document's plan
(computed in the background whenever the plan changes) and records the answer in one or two
clicks as typed evidence on the latest round (:func:`~meso_desk.model.edits.round_edits.with_answer`,
one undo step): pick the issue they named, the one of two they said matters more, or the term
they said suits them best. "What would you change in B?" is answered in *Record reaction…*
(a counter-offer): that question's button opens it on the latest round with the counter-offer
ticked (the planner's ``counterOfferRequested`` signal; the panel opens the dialog).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ....model.counterpart.questions import Question, next_question
from ....model.edits.round_edits import with_answer
from ....model.language import tr
from ....model.plan import Plan
from ...background import LatestJob
from ...document import PlanDocument
from ..deal.deal_terms import term_spin
from ..name_elide import NameButton, NameCombo


def plan_question(plan: Plan) -> Question | None:
    """The planner's question for ``plan`` (runs in a worker thread)."""
    return next_question(plan) if len(plan.issues) >= 2 else None


class QuestionPlanner(QWidget):
    """The question to ask now, why, and one- or two-click answers."""

    #: "What would you change in B?": record their answer as a counter-offer on the latest round
    counterOfferRequested = Signal()

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionPlanner")
        self._doc = document
        self.question: Question | None = None
        # the planner itself stays shown (its visibility says whether its tab is on screen,
        # which decides whether to compute); its contents hide while there is no question
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.body = QWidget()
        self.body.setObjectName("questionBody")
        outer.addWidget(self.body)
        lay = QVBoxLayout(self.body)
        lay.setContentsMargins(0, 4, 0, 0)
        title = QLabel(tr("Ask next"))
        bold = QFont(title.font())
        bold.setBold(True)
        title.setFont(bold)
        lay.addWidget(title)
        self.text = QLabel()
        self.text.setObjectName("questionText")
        self.text.setWordWrap(True)
        self.why = QLabel()
        self.why.setObjectName("questionWhy")
        self.why.setWordWrap(True)
        lay.addWidget(self.text)
        lay.addWidget(self.why)
        self.row = row = QHBoxLayout()
        # never wider than the page: a long option ("Jährliche Auffrischung für alle Standorte") is
        # shortened in the box (whole in its tooltip and in the list), the numbers beside stay in view
        self.choice = NameCombo(minimum=8)
        self.choice.setObjectName("questionAnswer")
        self.choice.setAccessibleName(tr("Their answer"))
        self.choice.setToolTip(tr("What they answered"))
        # nothing chosen until they have answered: one click must not record an answer made up here
        self.choice.setPlaceholderText(tr("Their answer…"))
        self.choice.currentIndexChanged.connect(lambda _i: self._update_record())
        #: a number issue's term they named (made for each such question, in its unit)
        self.term: QDoubleSpinBox | None = None
        #: whether the field holds a term typed or stepped to (else it is kept empty)
        self._term_named = False
        self.record = QPushButton(tr("Record answer"))
        self.record.setObjectName("questionRecord")
        self.record.setToolTip(tr("Record their answer on the latest round (one undo step)"))
        self.record.clicked.connect(self._record_choice)
        # the two issues of "Which matters more?": one above the other, each as wide as the page
        # and its name shortened there so the two never read the same (whole in the tooltip)
        self.first = NameButton()
        self.first.setObjectName("questionFirst")
        self.first.clicked.connect(lambda: self._record_pair(0))
        self.second = NameButton()
        self.second.setObjectName("questionSecond")
        self.second.clicked.connect(lambda: self._record_pair(1))
        for b in (self.first, self.second):
            b.setToolTip(tr("They said this one matters more (recorded on the latest round, one undo step)"))
        self.change = QPushButton(tr("Record their change…"))
        self.change.setObjectName("questionCounterOffer")
        self.change.setToolTip(tr("Open the latest round with its counter-offer ticked: set the term they "
                                  "would change"))
        self.change.clicked.connect(self.counterOfferRequested)
        self.pair_box = QWidget()
        pair = QVBoxLayout(self.pair_box)
        pair.setContentsMargins(0, 0, 0, 0)
        pair.setSpacing(2)
        pair.addWidget(self.first)
        pair.addWidget(self.second)
        row.addWidget(self.choice, 1)
        row.addWidget(self.record)
        row.addWidget(self.pair_box, 1)
        row.addWidget(self.change)
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
        # the children have been shown by now: a spin box shown for the first time wrote its
        # value into its field; the field stays empty until they have named a term
        if self.term is not None and not self._term_named:
            self.term.lineEdit().clear()
        if self._stale:
            self.refresh()

    def _done(self, key: Any, result: Any) -> None:
        if key != id(self._doc.plan):
            return
        self.show_question(result if isinstance(result, Question) else None)

    def show_question(self, q: Question | None) -> None:
        """Show ``q`` and the answers that fit it (nothing for ``None``)."""
        self.question = q
        self.text.setText(tr("“{question}”").format(question=q.text) if q else "")
        self.why.setText(tr("Why: {reason}.").format(reason=q.why) if q else "")
        pair = q is not None and q.kind == "pairwise"
        listed = q is not None and q.kind in ("most_important", "preferred_term") and bool(q.options)
        named = q is not None and q.kind == "preferred_term" and not q.options  # a number: a term to type
        self.choice.clear()
        if listed and q is not None:
            self.choice.addItems(list(q.options))
            self.choice.setCurrentIndex(-1)
            self.choice.setProperty("issue", q.issues[0] if q.kind == "preferred_term" else "")
        self.choice.setVisible(listed)
        # the body first: a spin box built in a hidden body would write its value into its
        # field when the body shows (so would one built while the planner is hidden: showEvent)
        self.body.setVisible(q is not None)
        self._show_term(q.issues[0] if named and q is not None else None)
        self.record.setVisible(listed or named)
        self._update_record()
        self.pair_box.setVisible(pair)
        for k, b in enumerate((self.first, self.second)):
            b.setVisible(pair)
            if pair and q is not None:
                b.setText(q.options[k])
                b.set_siblings(q.options)
                b.setProperty("issue", q.options[k])
        self.change.setVisible(q is not None and q.kind == "counter_offer")

    def _show_term(self, issue_name: str | None) -> None:
        """The spin box for the term they name on a number issue (none for ``None``)."""
        if self.term is not None:
            self.term.setParent(None)
            self.term.deleteLater()
            self.term = None
        self._term_named = False
        if issue_name is None:
            return
        issue = self._doc.plan.issue(issue_name)
        spin = term_spin(issue)
        spin.setObjectName("questionTerm")
        spin.setProperty("issue", issue_name)
        spin.setValue(issue.snap((issue.min + issue.max) / 2.0))
        spin.setAccessibleName(tr("{issue} they named").format(issue=issue_name))
        spin.setToolTip(tr("The {issue} they said suits them best").format(issue=issue_name))
        self.row.insertWidget(0, spin, 1)
        spin.show()  # now, not after the next event (a child added to a shown widget waits otherwise)
        self.term = spin
        # empty until they have named a term, Record answer waiting for it (after show: showing a
        # spin box writes its value into the field)
        spin.lineEdit().clear()
        spin.lineEdit().textChanged.connect(lambda _t: self._update_record())  # typing
        spin.lineEdit().textEdited.connect(self._named)
        spin.valueChanged.connect(self._named)  # arrows, setValue (the edit's signals blocked)

    def _named(self, *_: Any) -> None:
        """They named a term (typed, or stepped with the arrows): the field keeps it from now on."""
        self._term_named = True
        self._update_record()

    def _update_record(self) -> None:
        """Record answer is on once there is an answer: an option chosen or a term typed."""
        if self.term is not None:
            ok = bool(self.term.cleanText().strip()) and self.term.hasAcceptableInput()
        else:
            ok = self.choice.currentIndex() >= 0
        self.record.setEnabled(ok)

    def _record_choice(self) -> None:
        q = self.question
        if q is not None and q.kind == "preferred_term" and self.term is not None:
            if not self.term.cleanText().strip():
                return
            self.term.interpretText()
            issue = self._doc.plan.issue(q.issues[0])
            term = issue.snap(self.term.value())
            text = tr("Answer: {issue} {term} suits them best").format(issue=q.issues[0], term=issue.format_term(term))
            try:
                self._doc.apply(with_answer(self._doc.plan, q.kind, {q.issues[0]: term}), text)
            except ValueError as e:
                self.why.setText(str(e))
            return
        if q is None or self.choice.currentIndex() < 0:
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
