"""The "Ask me" dialog (``askDialog``): set the weights by a few pairwise questions (issue 24).

Each question offers two packages that differ on two issues only, in the plan's own terms
("Unit price EUR 190.00 with Delivery 8 weeks — or Unit price EUR 196.00 with Delivery 4
weeks?"); the buyer picks one or says "about equal" — or, where one of the two issues is a
number, names the term that makes the two equal ("equal at EUR 191.50"). The rule — the region of weights the
answers leave, the next question, the conflicts — is :mod:`meso_desk.model.preferences.elicitation`;
the next question is computed off the GUI thread (:class:`~meso_desk.app.background.LatestJob`).
Answers that cannot all be true are listed; any answer can be changed or removed in the list.
**Apply** sets the weights found (and the range each may still be in) in one undoable step.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....model.edits.weight_edits import apply_elicited_weights
from ....model.language import QT_TR_NOOP, number, tr
from ....model.preferences.elicitation import MAX_QUESTIONS, PIN, Elicitation, Question, start_elicitation
from ....model.preferences.weights import weights_as_percent
from ...background import LatestJob
from ...document import Change, PlanDocument
from ..common import described, said_yes, tab_leaves
from ..deal.deal_terms import term_spin
from ..dialog_keys import add_buttons, tab_after
from ..entry_spin import out_of_range
from ..look import ERROR, text_colour

#: a named term that is refused: the box framed in red (as the counter-offer's terms), the reason beside it
_INVALID_STYLE = "QDoubleSpinBox { border: 1px solid #c62828; background: #fff3f3; }"
_SAID = {"first": QT_TR_NOOP("the first"), "second": QT_TR_NOOP("the second"), "equal": QT_TR_NOOP("about equal")}
#: the band the session starts from when "near my weights" is ticked
START_BAND = 0.10


def _step(payload: tuple) -> tuple[Elicitation, Question | None]:
    """Background: apply one operation to the session and choose the next question."""
    op, state, *args = payload
    if op == "start":
        state = start_elicitation(*args)
    elif op == "answer":
        state = state.answer(*args)
    elif op == "match":
        state = state.answer_match(*args)
    elif op == "revise":
        state = state.revise(*args)
    elif op == "revise_match":
        state = state.revise_match(*args)
    elif op == "drop":
        state = state.drop(*args)
    return state, state.next_question()


class AskDialog(QDialog):
    """Pairwise questions → weights, applied in one undo step."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("askDialog")
        self.setWindowTitle(tr("Ask me — set the weights by comparing packages"))
        self._doc = document
        self._state: Elicitation | None = None
        self._question: Question | None = None
        self._token = 0
        #: the session whose weights were applied last (closing then loses nothing)
        self._applied: Elicitation | None = None
        #: the answer controls had the focus when the next question was asked for
        self._refocus = False
        self._job = LatestJob(_step, self, "ask-weights")
        self._job.done.connect(self._finished)
        self._build()
        document.changed.connect(self._plan_changed)
        self.restart()

    def _build(self) -> None:
        lay = QVBoxLayout(self)
        intro = QLabel(tr("Which of the two would you rather have? Everything else is the same in both. "
                          "At most {count} questions; it stops earlier once every weight is pinned "
                          "within ± {band:g} points.").format(count=MAX_QUESTIONS, band=PIN * 100))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.near = QCheckBox(tr("Start near my current weights (± {band:g} points)").format(band=START_BAND * 100))
        self.near.setObjectName("askNear")
        self.near.setChecked(True)
        self.near.setToolTip(tr("Untick to start from scratch: any weights are possible at first."))
        self.near.toggled.connect(self._near_toggled)
        self.restart_button = QPushButton(tr("Start again"))
        self.restart_button.setObjectName("askRestart")
        self.restart_button.setToolTip(tr("Forget the answers and ask from the start, about the plan as it is now"))
        self.restart_button.clicked.connect(self._restart_clicked)
        top = QHBoxLayout()
        top.addWidget(self.near, 1)
        top.addWidget(self.restart_button)
        lay.addLayout(top)
        self.question = QLabel()
        self.question.setObjectName("askQuestion")
        self.question.setWordWrap(True)
        f = self.question.font()
        f.setBold(True)
        self.question.setFont(f)
        lay.addWidget(self.question)
        row = QHBoxLayout()
        self.first = QPushButton()
        self.first.setObjectName("askFirst")
        self.second = QPushButton()
        self.second.setObjectName("askSecond")
        self.equal = QPushButton(tr("About equal"))
        self.equal.setObjectName("askEqual")
        self.first.setToolTip(tr("You would rather have the first package"))
        self.second.setToolTip(tr("You would rather have the second package"))
        self.equal.setToolTip(tr("The two packages are worth about the same to you"))
        for b, choice in ((self.first, "first"), (self.second, "second"), (self.equal, "equal")):
            b.clicked.connect(lambda _c=False, ch=choice: self.answer(ch))
            row.addWidget(b, 0 if b is self.equal else 1)
        lay.addLayout(row)
        self.match_row = QWidget()
        self.match_row.setObjectName("askMatchRow")
        mrow = QHBoxLayout(self.match_row)
        mrow.setContentsMargins(0, 0, 0, 0)
        self.match_label = QLabel()
        self.match_label.setObjectName("askMatchLabel")
        mrow.addWidget(self.match_label)
        self.match_term: QDoubleSpinBox | None = None
        self.match_button = QPushButton(tr("Equal at this"))
        self.match_button.setObjectName("askMatch")
        self.match_button.setToolTip(tr("The two packages are worth the same to you with this term in the second: "
                                        "one answer that pins the weights much more than a choice"))
        self.match_button.clicked.connect(self._match_clicked)
        mrow.addWidget(self.match_button)
        mrow.addStretch(1)
        lay.addWidget(self.match_row)
        self.match_reason = self._reason_label("askMatchReason")
        lay.addWidget(self.match_reason)
        self.progress = QLabel()
        self.progress.setObjectName("askProgress")
        self.progress.setWordWrap(True)
        lay.addWidget(self.progress)
        self.conflict = QLabel()
        self.conflict.setObjectName("askConflict")
        self.conflict.setWordWrap(True)
        self.conflict.setStyleSheet("color: #b00020;")
        lay.addWidget(self.conflict)
        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(tr("Your answers (select one to change it):")))
        self.answers = QListWidget()
        self.answers.setObjectName("askAnswers")
        self.answers.setWordWrap(True)
        self.answers.setAccessibleName(tr("Your answers"))
        self.answers.setToolTip(tr("Every answer so far; select one to change or remove it"))
        left.addWidget(self.answers, 1)
        rev = QHBoxLayout()
        self.revise_choice = QComboBox()
        self.revise_choice.setObjectName("askReviseChoice")
        for key, text in _SAID.items():
            self.revise_choice.addItem(tr(text), key)
        self.revise_choice.addItem(tr("worth the same with…"), "match")  # a question that lets you name a term
        self.revise_choice.setAccessibleName(tr("New answer"))
        self.revise_choice.setToolTip(tr("The answer that Change answer gives the selected question"))
        self.revise_choice.currentIndexChanged.connect(lambda _i: self._show_revise_term())
        self.answers.currentRowChanged.connect(lambda _r: self._show_revise_term())
        self.revise_term: QDoubleSpinBox | None = None
        self.revise_button = QPushButton(tr("Change answer"))
        self.revise_button.setObjectName("askRevise")
        self.revise_button.setToolTip(tr("Give the selected question the answer chosen on the left"))
        self.revise_button.clicked.connect(self._revise_clicked)
        self.drop_button = QPushButton(tr("Remove", "an answer"))
        self.drop_button.setObjectName("askDrop")
        self.drop_button.setToolTip(tr("Forget the selected answer"))
        self.drop_button.clicked.connect(lambda: self.drop(self.answers.currentRow()))
        for w in (self.revise_choice, self.revise_button, self.drop_button):
            rev.addWidget(w)
        self._revise_row = rev
        left.addLayout(rev)
        self.revise_reason = self._reason_label("askReviseReason")
        left.addWidget(self.revise_reason)
        body.addLayout(left, 3)
        self.table = tab_leaves(QTableWidget(0, 3))
        self.table.setObjectName("askWeights")
        self.table.setAccessibleName(tr("Weights found"))
        self.table.setHorizontalHeaderLabels([tr("Now", "weights"), tr("Found", "weights"), tr("Range", "weights")])
        self.table.setToolTip(tr("Now: the plan's weights; Found: the weights your answers point to; Range: where "
                                 "95 % of the weights that agree with your answers lie."))
        self.table.setMinimumWidth(330)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        body.addWidget(self.table, 2)
        lay.addLayout(body, 1)
        self.buttons = described(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
        self.apply_button = self.buttons.addButton(tr("Apply weights"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.apply_button.setObjectName("askApply")
        self.apply_button.setToolTip(tr("Set the weights found (one undo step)"))
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.close_asking)
        # Enter presses only the button that has the focus (keyPressEvent): never Apply mid-session
        add_buttons(lay, self.buttons, quiet=(self.restart_button,))
        self.resize(760, 520)

    # -- the session -------------------------------------------------------------------
    @property
    def state(self) -> Elicitation | None:
        return self._state

    @property
    def current_question(self) -> Question | None:
        return self._question

    def is_busy(self) -> bool:
        return self._job.is_busy()

    def _request(self, *payload) -> None:
        self._token += 1
        answering = (self.first, self.second, self.equal, self.match_button, self.match_term)
        focus = self.focusWidget()
        self._refocus = self._refocus or any(w is not None and (focus is w or w.isAncestorOf(focus))
                                             for w in answering)
        for b in (self.first, self.second, self.equal, self.match_button, self.apply_button, self.revise_button,
                  self.drop_button):
            b.setEnabled(False)
        self.progress.setText(tr("Thinking of the next question…"))
        self._job.request(self._token, payload)

    def restart(self) -> None:
        band = START_BAND if self.near.isChecked() else None
        self._request("start", None, self._doc.plan, band)

    def restart_box(self) -> QMessageBox | None:
        """The question before the answers are forgotten (default No), or None when there are none
        worth keeping (no answers, or answers about issues the plan no longer has)."""
        st = self._state
        if st is None or not st.answers or not st.fits(self._doc.plan):
            return None
        box = QMessageBox(QMessageBox.Icon.Question, "MESO Desk", tr("Forget every answer so far and start again?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("askRestartBox")
        box.setInformativeText(tr("The questions start again from the plan as it is now."))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box

    def confirm_restart(self) -> bool:
        """True when the answers may go: none worth keeping, or the user said Yes (default No)."""
        return said_yes(self.restart_box())

    def _restart_clicked(self) -> None:
        if self.confirm_restart():
            self.restart()

    def _near_toggled(self, on: bool) -> None:
        """"Start near my weights" starts again: asked first when that would forget answers."""
        if self.confirm_restart():
            self.restart()
        else:
            with QSignalBlocker(self.near):
                self.near.setChecked(not on)

    def answer(self, choice: str) -> None:
        if self._state is not None and self._question is not None and not self.is_busy():
            self._request("answer", self._state, self._question, choice)

    def answer_match(self, term: float) -> None:
        """The buyer names the term of the question's matching issue that makes the two equal."""
        if self._state is not None and self._question is not None and self._question.match is not None \
                and not self.is_busy():
            self._request("match", self._state, self._question, float(term))

    def _reason_label(self, name: str) -> QLabel:
        """Where a named term's refusal is said (hidden while there is none)."""
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {text_colour(ERROR, label.palette()).name()};")
        label.setVisible(False)
        return label

    def _watch_term(self, spin: QDoubleSpinBox, reason: QLabel) -> None:
        """A named term's box: its refusal (on Enter or on leaving it) is shown beside it and
        holds the answer back until the term is changed."""
        spin.refused.connect(lambda why: self._show_refusal(spin, reason, why))
        spin.lineEdit().textEdited.connect(lambda _t: self._show_refusal(spin, reason, ""))
        spin.valueChanged.connect(lambda _v: self._show_refusal(spin, reason, ""))
        self._show_refusal(spin, reason, "")

    @staticmethod
    def _show_refusal(spin: QDoubleSpinBox, reason: QLabel, why: str) -> None:
        spin.setProperty("refusedText", why)
        spin.setStyleSheet(_INVALID_STYLE if why else "")
        reason.setText(why)
        reason.setVisible(bool(why))

    def _named_term(self, spin: QDoubleSpinBox | None, reason: QLabel) -> float | None:
        """The term typed in ``spin``, or None when it is refused: out of the question's range
        (typed now, or refused when the box was left and not changed since)."""
        if spin is None:
            return None
        why = out_of_range(spin, spin.lineEdit().text())
        if why:
            spin.lineEdit().setText(spin.prefix() + spin.textFromValue(spin.value()) + spin.suffix())
            self._show_refusal(spin, reason, why)
        if spin.property("refusedText"):
            return None
        spin.interpretText()
        return spin.value()

    def _match_clicked(self) -> None:
        term = self._named_term(self.match_term, self.match_reason)
        if term is not None:
            self.answer_match(term)

    def _show_match(self, q: Question | None) -> None:
        """The "or name the term" row for a matching question (hidden otherwise)."""
        if self.match_term is not None:
            self.match_term.setParent(None)
            self.match_term.deleteLater()
            self.match_term = None
        if q is None or q.match is None or q.match_range is None:
            self.match_row.setVisible(False)
            self.match_reason.setVisible(False)
            return
        issue = self._doc.plan.issue(q.match)
        spin = term_spin(issue)
        spin.setObjectName("askMatchTerm")
        spin.setProperty("issue", q.match)
        spin.setDecimals(max(spin.decimals(), 1))  # "4.5 weeks": a named term need not be on the grid
        spin.setRange(*q.match_range)
        spin.setValue(float(q.second[q.match]))
        spin.installEventFilter(self)  # Enter answers with the term (never the dialog's default button)
        self._watch_term(spin, self.match_reason)
        spin.setAccessibleName(tr("{issue} that makes them equal").format(issue=q.match))
        spin.setAccessibleDescription(tr("The term of the second package at which both are worth the same to you"))
        self.match_row.layout().insertWidget(1, spin)
        tab_after(self.equal, spin)  # before "Equal at this", not after the dialog's buttons
        self.match_term = spin
        self.match_label.setText(tr("Or, if you can say it: the second would be worth the same to you "
                                    "with {issue}").format(issue=q.match))
        self.match_row.setVisible(True)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.match_term and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if out_of_range(obj, obj.lineEdit().text()):
                return False  # the box refuses it where it is typed (its tooltip; the reason beside it)
            self._match_clicked()
            return True
        return super().eventFilter(obj, event)

    def revise(self, index: int, choice: str) -> None:
        if self._state is not None and 0 <= index < len(self._state.answers) and not self.is_busy():
            self._request("revise", self._state, index, choice)

    def revise_match(self, index: int, term: float) -> None:
        """Answer ``index`` becomes "worth the same with ``term``" on the question as it was asked."""
        if self._state is not None and 0 <= index < len(self._state.answers) and not self.is_busy():
            self._request("revise_match", self._state, index, float(term))

    def _revise_clicked(self) -> None:
        index, key = self.answers.currentRow(), self.revise_choice.currentData()
        if key == "match":
            term = self._named_term(self.revise_term, self.revise_reason)
            if term is not None:
                self.revise_match(index, term)
        else:
            self.revise(index, key)

    def _asked(self, index: int) -> Question | None:
        st = self._state
        return st.answers[index].original if st is not None and 0 <= index < len(st.answers) else None

    def _show_revise_term(self) -> None:
        """"worth the same with…" offered for a question that lets you name a term, with its field."""
        q = self._asked(self.answers.currentRow())
        can = q is not None and q.match is not None and q.match_range is not None
        view = self.revise_choice.view()
        view.setRowHidden(self.revise_choice.findData("match"), not can)
        if not can and self.revise_choice.currentData() == "match":
            self.revise_choice.setCurrentIndex(0)
        if self.revise_term is not None:
            self.revise_term.setParent(None)
            self.revise_term.deleteLater()
            self.revise_term = None
        self.revise_reason.setVisible(False)
        if can and self.revise_choice.currentData() == "match":
            spin = term_spin(self._doc.plan.issue(q.match))
            spin.setObjectName("askReviseTerm")
            spin.setProperty("issue", q.match)
            spin.setDecimals(max(spin.decimals(), 1))
            spin.setRange(*q.match_range)
            spin.setValue(float(q.second[q.match]))
            spin.setAccessibleName(tr("{issue} that makes them equal").format(issue=q.match))
            self._revise_row.insertWidget(1, spin)
            tab_after(self.revise_choice, spin)
            self._watch_term(spin, self.revise_reason)
            self.revise_term = spin

    def drop(self, index: int) -> None:
        if self._state is not None and 0 <= index < len(self._state.answers) and not self.is_busy():
            self._request("drop", self._state, index)

    def _finished(self, token: int, out: object) -> None:
        if token != self._token:
            return
        if isinstance(out, Exception):
            self.progress.setText(tr("Could not ask: {reason}").format(reason=out))
            return
        self._state, self._question = out
        self._show()

    def _plan_changed(self, change: Change) -> None:
        """The plan moved on while the dialog is open: the weights now change the table; other
        issues (or terms, or curves) make the answers speak of another plan."""
        if self._state is not None and not self.is_busy() and change.touches("issues", "weights"):
            self._show()

    def _show(self) -> None:
        st, q = self._state, self._question
        assert st is not None
        if not st.fits(self._doc.plan):
            self.question.setText(tr("The issues changed since these questions began: start again to ask about "
                                     "them as they are now."))
            for b in (self.first, self.second, self.equal, self.match_button, self.apply_button, self.revise_button,
                      self.drop_button):
                b.setEnabled(False)
            self.match_row.setVisible(False)
            return
        asking = q is not None
        if asking:
            self.question.setText(tr("Which would you rather have?"))
            self.first.setText(self._package_words(q.first))
            self.second.setText(self._package_words(q.second))
        elif st.conflict:
            self.question.setText(tr("Some answers cannot all be true — change or remove one of them below."))
        else:
            self.question.setText(st.closing_text(q))
        for b in (self.first, self.second, self.equal, self.match_button):
            b.setVisible(asking)
            b.setEnabled(asking)
        self._show_match(q)
        if asking and self._refocus:  # the next question's first answer, not the list the focus fell to
            self._refocus = False
            self.first.setFocus(Qt.FocusReason.OtherFocusReason)
        if not st.answers:
            self.progress.setText(tr("No answers yet."))
        elif st.conflict:  # no weights agree with every answer: no "within ±" for a region that is gone
            self.progress.setText(tr("{count} answered · they cannot all be true").format(count=len(st.answers)))
        else:
            self.progress.setText(tr("{count} answered · every weight within ± {band:.1f} points").format(
                count=len(st.answers), band=max(st.uncertainty().values()) * 100))
        self.conflict.setText(st.conflict_text())
        self.conflict.setVisible(bool(st.conflict))
        row = self.answers.currentRow()
        self.answers.clear()
        for k, a in enumerate(st.answers):  # each question as it was asked, and the answer given
            text = (tr("Q{number}. {first} — or {second}? — {answer}  ⚠ conflicts") if k in st.conflict else
                    tr("Q{number}. {first} — or {second}? — {answer}"))
            self.answers.addItem(text.format(number=k + 1, first=self._package_words(a.original.first),
                                             second=self._package_words(a.original.second),
                                             answer=self._said(a)))
        if 0 <= row < self.answers.count():
            self.answers.setCurrentRow(row)
        self._show_revise_term()
        self.revise_button.setEnabled(bool(st.answers))
        self.drop_button.setEnabled(bool(st.answers))
        self.apply_button.setEnabled(bool(st.answers) and not st.conflict)
        self._fill_table(st)

    def _said(self, a) -> str:
        """The answer given: "the first", "about equal", "worth the same with 46 %"."""
        if not a.matched:
            return tr(_SAID[a.choice])
        issue = a.original.match
        if issue is None or issue not in a.question.second:
            return tr("worth the same, you said")
        return tr("worth the same with {term}, you said").format(term=self._package_words({issue: a.question.second[issue]}))

    def _package_words(self, terms: dict) -> str:
        """``Unit price EUR 190.00 with Delivery 8 weeks``: one side of a question."""
        plan = self._doc.plan
        parts = []
        for name, term in terms.items():
            try:
                parts.append(f"{name} {plan.issue(name).format_term(term)}")
            except (KeyError, ValueError):
                parts.append(f"{name} {term}")
        if len(parts) == 2:
            return tr("{first} with {second}", "two terms of a package").format(first=parts[0], second=parts[1])
        return ", ".join(parts)

    def _fill_table(self, st: Elicitation) -> None:
        plan = self._doc.plan
        now = weights_as_percent(plan.weights)
        found = weights_as_percent(st.estimate)
        bounds = st.bounds()
        self.table.setRowCount(len(st.names))
        self.table.setVerticalHeaderLabels(st.names)
        for r, name in enumerate(st.names):
            lo, hi = bounds[name]
            shown = (("—", "—") if st.conflict else  # no weights agree with every answer
                     (f"{number(found[name], 1)} %", f"{number(lo * 100, 1)}–{number(hi * 100, 1)} %"))
            for c, text in enumerate((f"{number(now.get(name, 0.0), 1)} %", *shown)):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)

    def apply(self) -> bool:
        """Set the weights found as one undo step (the dialog stays open for more questions)."""
        if self._state is None:
            return False
        r = apply_elicited_weights(self._doc.plan, self._state)
        if not r.ok:
            self._doc.post_message(r.message)
            return False
        done = self._doc.apply(r.plan, r.message)
        self._applied = self._state
        self._fill_table(self._state)
        return done

    # -- keys and closing --------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        """Enter presses the button that has the focus, and nothing else (never Apply from a
        field or the list); in the field of a changed answer it changes the answer. Esc asks
        before answers not applied are lost."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = self.focusWidget()
            if isinstance(focus, QPushButton) and focus.autoDefault() and focus.isEnabled():
                focus.click()
            elif self.revise_term is not None and focus is not None and \
                    (focus is self.revise_term or self.revise_term.isAncestorOf(focus)):
                self._revise_clicked()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.close_asking()
            return
        super().keyPressEvent(event)

    def setVisible(self, visible: bool) -> None:
        super().setVisible(visible)
        if visible:  # Qt makes the first button the default on show: Enter presses only the focused one
            for b in self.findChildren(QPushButton):
                if b.isDefault() and not b.hasFocus():
                    b.setDefault(False)

    def close_box(self) -> QMessageBox | None:
        """The question before answers whose weights were not applied are lost (default No), or
        None when there are none."""
        st = self._state
        if st is None or not st.answers or st is self._applied or not st.fits(self._doc.plan):
            return None
        box = QMessageBox(QMessageBox.Icon.Question, "MESO Desk",
                          tr("Close without applying the weights from your answers?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("askCloseBox")
        box.setInformativeText(tr("Your answers are forgotten when the dialog closes. Apply weights sets "
                                  "the weights they point to."))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box

    def close_asking(self) -> bool:
        """Close (Esc, Close, the window's ✕), asked first when answers would be lost."""
        if said_yes(self.close_box()):
            self.reject()
            return True
        return False

    def closeEvent(self, event) -> None:
        if event.spontaneous() and self.isVisible() and not said_yes(self.close_box()):
            event.ignore()
            return
        super().closeEvent(event)

    def done(self, r: int) -> None:
        self._token += 1
        self._job.shutdown()
        super().done(r)
