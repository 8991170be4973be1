"""The "Ask me" dialog (``askDialog``): set the weights by a few pairwise questions (issue 24).

Each question offers two packages that differ on two issues only, in the plan's own terms
("Unit price EUR 190.00 with Delivery 8 weeks — or Unit price EUR 196.00 with Delivery 4
weeks?"); the buyer picks one or says "about equal". The rule — the region of weights the
answers leave, the next question, the conflicts — is :mod:`meso_desk.model.preferences.elicitation`;
the next question is computed off the GUI thread (:class:`~meso_desk.app.background.LatestJob`).
Answers that cannot all be true are listed; any answer can be changed or removed in the list.
**Apply** sets the weights found (and the range each may still be in) in one undoable step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....model.edits.weight_edits import apply_elicited_weights
from ....model.preferences.elicitation import MAX_QUESTIONS, PIN, Elicitation, Question, start_elicitation
from ....model.preferences.weights import weights_as_percent
from ...background import LatestJob
from ...document import PlanDocument

_SAID = {"first": "the first", "second": "the second", "equal": "about equal"}
#: the band the session starts from when "near my weights" is ticked
START_BAND = 0.10


def _step(payload: tuple) -> tuple[Elicitation, Question | None]:
    """Background: apply one operation to the session and choose the next question."""
    op, state, *args = payload
    if op == "start":
        state = start_elicitation(*args)
    elif op == "answer":
        state = state.answer(*args)
    elif op == "revise":
        state = state.revise(*args)
    elif op == "drop":
        state = state.drop(*args)
    return state, state.next_question()


class AskDialog(QDialog):
    """Pairwise questions → weights, applied in one undo step."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("askDialog")
        self.setWindowTitle("Ask me — set the weights by comparing packages")
        self._doc = document
        self._state: Elicitation | None = None
        self._question: Question | None = None
        self._token = 0
        self._job = LatestJob(_step, self, "ask-weights")
        self._job.done.connect(self._finished)
        self._build()
        self.restart()

    def _build(self) -> None:
        lay = QVBoxLayout(self)
        intro = QLabel("Which of the two would you rather have? Everything else is the same in both. "
                       f"At most {MAX_QUESTIONS} questions; it stops earlier once every weight is pinned "
                       f"within ± {PIN * 100:g} points.")
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.near = QCheckBox(f"Start near my current weights (± {START_BAND * 100:g} points)")
        self.near.setObjectName("askNear")
        self.near.setChecked(True)
        self.near.setToolTip("Untick to start from scratch: any weights are possible at first.")
        self.near.toggled.connect(lambda _on: self.restart())
        lay.addWidget(self.near)
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
        self.equal = QPushButton("About equal")
        self.equal.setObjectName("askEqual")
        for b, choice in ((self.first, "first"), (self.second, "second"), (self.equal, "equal")):
            b.clicked.connect(lambda _c=False, ch=choice: self.answer(ch))
            row.addWidget(b, 0 if b is self.equal else 1)
        lay.addLayout(row)
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
        left.addWidget(QLabel("Your answers (select one to change it):"))
        self.answers = QListWidget()
        self.answers.setObjectName("askAnswers")
        self.answers.setWordWrap(True)
        left.addWidget(self.answers, 1)
        rev = QHBoxLayout()
        self.revise_choice = QComboBox()
        self.revise_choice.setObjectName("askReviseChoice")
        for key, text in _SAID.items():
            self.revise_choice.addItem(text, key)
        self.revise_button = QPushButton("Change answer")
        self.revise_button.setObjectName("askRevise")
        self.revise_button.clicked.connect(lambda: self.revise(self.answers.currentRow(),
                                                                self.revise_choice.currentData()))
        self.drop_button = QPushButton("Remove")
        self.drop_button.setObjectName("askDrop")
        self.drop_button.clicked.connect(lambda: self.drop(self.answers.currentRow()))
        for w in (self.revise_choice, self.revise_button, self.drop_button):
            rev.addWidget(w)
        left.addLayout(rev)
        body.addLayout(left, 3)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("askWeights")
        self.table.setHorizontalHeaderLabels(["Now", "Found", "Range"])
        self.table.setToolTip("Now: the plan's weights; Found: the weights your answers point to; Range: where "
                              "95 % of the weights that agree with your answers lie.")
        self.table.setMinimumWidth(330)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        body.addWidget(self.table, 2)
        lay.addLayout(body, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.apply_button = self.buttons.addButton("Apply weights", QDialogButtonBox.ButtonRole.ApplyRole)
        self.apply_button.setObjectName("askApply")
        self.apply_button.setToolTip("Set the weights found (one undo step)")
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
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
        for b in (self.first, self.second, self.equal, self.apply_button, self.revise_button, self.drop_button):
            b.setEnabled(False)
        self.progress.setText("Thinking of the next question…")
        self._job.request(self._token, payload)

    def restart(self) -> None:
        band = START_BAND if self.near.isChecked() else None
        self._request("start", None, self._doc.plan, band)

    def answer(self, choice: str) -> None:
        if self._state is not None and self._question is not None and not self.is_busy():
            self._request("answer", self._state, self._question, choice)

    def revise(self, index: int, choice: str) -> None:
        if self._state is not None and 0 <= index < len(self._state.answers) and not self.is_busy():
            self._request("revise", self._state, index, choice)

    def drop(self, index: int) -> None:
        if self._state is not None and 0 <= index < len(self._state.answers) and not self.is_busy():
            self._request("drop", self._state, index)

    def _finished(self, token: int, out: object) -> None:
        if token != self._token:
            return
        if isinstance(out, Exception):
            self.progress.setText(f"Could not ask: {out}")
            return
        self._state, self._question = out
        self._show()

    def _show(self) -> None:
        st, q = self._state, self._question
        assert st is not None
        asking = q is not None
        if asking:
            one, _, two = q.text.partition(" — or ")
            self.question.setText("Which would you rather have?")
            self.first.setText(one)
            self.second.setText(two.removesuffix(" (Everything else the same.)").rstrip("?"))
        elif st.conflict:
            self.question.setText("Some answers cannot all be true — change or remove one of them below.")
        else:
            self.question.setText("Done: your weights are pinned down." if st.pinned else
                                  "That is enough questions; apply the weights or change an answer.")
        for b in (self.first, self.second, self.equal):
            b.setVisible(asking)
            b.setEnabled(asking)
        unsure = max(st.uncertainty().values()) * 100
        self.progress.setText(f"{len(st.answers)} answered · every weight within ± {unsure:.1f} points"
                              if st.answers else "No answers yet.")
        self.conflict.setText(st.conflict_text())
        self.conflict.setVisible(bool(st.conflict))
        self.answers.clear()
        for k, a in enumerate(st.answers):
            self.answers.addItem(f"Q{k + 1}. {a.question.text.removesuffix(' (Everything else the same.)')} "
                                 f"— {_SAID[a.choice]}"
                                 + ("  ⚠ conflicts" if k in st.conflict else ""))
        self.revise_button.setEnabled(bool(st.answers))
        self.drop_button.setEnabled(bool(st.answers))
        self.apply_button.setEnabled(bool(st.answers) and not st.conflict)
        self._fill_table(st)

    def _fill_table(self, st: Elicitation) -> None:
        plan = self._doc.plan
        now = weights_as_percent(plan.weights)
        found = weights_as_percent(st.estimate)
        bounds = st.bounds()
        self.table.setRowCount(len(st.names))
        self.table.setVerticalHeaderLabels(st.names)
        for r, name in enumerate(st.names):
            lo, hi = bounds[name]
            for c, text in enumerate((f"{now.get(name, 0.0):.1f} %", f"{found[name]:.1f} %",
                                      f"{lo * 100:.1f}–{hi * 100:.1f} %")):
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
        self._fill_table(self._state)
        return done

    def done(self, r: int) -> None:
        self._token += 1
        self._job.shutdown()
        super().done(r)
