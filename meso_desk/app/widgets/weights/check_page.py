"""The Weights panel's *Check* page: one concrete trade-off question checks the weights.

("Is going from 8 to 5 weeks delivery worth as much to you as EUR 10.72 off the unit
price?") The answer is compared with the weights; a disagreement comes with the weights
that would agree and a one-click, undoable adjustment
(:func:`meso_desk.model.edits.weight_edits.adjust_to_answer`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....model.edits.weight_edits import adjust_to_answer
from ....model.language import tr
from ....model.plan import Plan
from ....model.preferences.tradeoff import (
    Assessment,
    NoTradeOff,
    TradeOff,
    amount_decimals,
    amount_words,
    assess,
    build_tradeoff,
    comparable_issues,
    default_amount,
    max_amount,
    yardstick_issue,
)
from ...document import Change, PlanDocument
from ..entry_spin import DoubleSpinBox
from ..glyphs import status_pixmap
from .page_look import mute


class CheckPage(QWidget):
    """One concrete trade-off question; compares the answer with the weights."""

    def __init__(self, document: PlanDocument, locked: Callable[[], frozenset[str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkPage")
        self._doc = document
        self._locked = locked
        self._tradeoff: TradeOff | None = None
        self._answer: str | None = None
        self._assessment: Assessment | None = None
        self._pinned_reference: str | None = None
        self._stale = False
        self._filled = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.setSpacing(8)
        outer.addLayout(self._build_picker())
        self._build_question(outer)
        outer.addWidget(self._build_result())
        self.result_box.hide()
        self.unavailable = QLabel()
        self.unavailable.setObjectName("tradeoffUnavailable")
        self.unavailable.setWordWrap(True)
        self.unavailable.hide()
        outer.addWidget(self.unavailable)
        outer.addStretch(1)

        self.reference_box.activated.connect(self._reference_picked)
        self.issue_box.activated.connect(lambda _i: self._rebuild_question(reset=True))
        self.next_button.clicked.connect(self.next_question)
        self.amount.valueChanged.connect(lambda _v: self._reassess())
        self.adjust_button.clicked.connect(self.adjust)

    def _build_picker(self) -> QGridLayout:
        pick = QGridLayout()
        pick.setHorizontalSpacing(6)
        self.reference_box = QComboBox()
        self.reference_box.setObjectName("tradeoffReference")
        self.reference_box.setToolTip(tr("The package the question starts from."))
        self.reference_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.reference_box.setMinimumContentsLength(10)
        self.issue_box = QComboBox()
        self.issue_box.setObjectName("tradeoffIssue")
        self.issue_box.setToolTip(tr("The issue to weigh against the yardstick."))
        self.issue_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.issue_box.setMinimumContentsLength(10)
        self.next_button = QPushButton(tr("Next question"))
        self.next_button.setObjectName("tradeoffNext")
        self.next_button.setToolTip(tr("Ask about the next issue."))
        ref_label = QLabel(tr("Starting from"))
        ref_label.setBuddy(self.reference_box)
        issue_label = QLabel(tr("Ask about"))
        issue_label.setBuddy(self.issue_box)
        pick.addWidget(ref_label, 0, 0)
        pick.addWidget(self.reference_box, 0, 1)
        pick.addWidget(issue_label, 1, 0)
        pick.addWidget(self.issue_box, 1, 1)
        pick.addWidget(self.next_button, 1, 2)
        pick.setColumnStretch(1, 1)
        return pick

    def _build_question(self, outer: QVBoxLayout) -> None:
        self.question = QLabel()
        self.question.setObjectName("tradeoffQuestion")
        self.question.setWordWrap(True)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        qf = self.question.font()
        qf.setPointSizeF(qf.pointSizeF() * 1.15)
        self.question.setFont(qf)
        outer.addWidget(self.question)
        self.context = QLabel()
        self.context.setObjectName("tradeoffContext")
        self.context.setWordWrap(True)
        mute(self.context)
        outer.addWidget(self.context)

        answers = QHBoxLayout()
        self.answer_group = QButtonGroup(self)
        self.answer_group.setExclusive(True)
        self.same_button = QPushButton(tr("Yes, the same"))
        self.same_button.setObjectName("answerSame")
        self.more_button = QPushButton(tr("Worth more"))
        self.more_button.setObjectName("answerMore")
        self.less_button = QPushButton(tr("Worth less"))
        self.less_button.setObjectName("answerLess")
        for b, ans in ((self.same_button, "same"), (self.more_button, "more"), (self.less_button, "less")):
            b.setCheckable(True)
            b.setProperty("answer", ans)
            self.answer_group.addButton(b)
            answers.addWidget(b)
            b.clicked.connect(lambda _=False, a=ans: self.answer(a))
        answers.addStretch(1)
        outer.addLayout(answers)

    def _build_result(self) -> QFrame:
        self.result_box = QFrame()
        self.result_box.setObjectName("tradeoffResult")
        self.result_box.setFrameShape(QFrame.Shape.StyledPanel)
        rb = QVBoxLayout(self.result_box)
        rb.setContentsMargins(8, 8, 8, 8)
        rb.setSpacing(6)
        verdict_row = QHBoxLayout()
        self.verdict_icon = QLabel()
        self.verdict_icon.setObjectName("tradeoffVerdictIcon")
        self.verdict_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.verdict = QLabel()
        self.verdict.setObjectName("tradeoffVerdict")
        self.verdict.setWordWrap(True)
        verdict_row.addWidget(self.verdict_icon)
        verdict_row.addWidget(self.verdict, 1)
        rb.addLayout(verdict_row)
        self.amount_before = QLabel(tr("It is worth as much as"))
        rb.addWidget(self.amount_before)
        amount_row = QHBoxLayout()
        self.amount = DoubleSpinBox()
        self.amount.setObjectName("tradeoffAmount")
        self.amount.setKeyboardTracking(False)
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
        self.amount.setToolTip(tr("What the change is worth to you on the yardstick; the suggestion follows it."))
        self.amount_after = QLabel()
        amount_row.addWidget(self.amount)
        amount_row.addWidget(self.amount_after)
        amount_row.addStretch(1)
        self.amount_row = QWidget()
        self.amount_row.setLayout(amount_row)
        amount_row.setContentsMargins(0, 0, 0, 0)
        rb.addWidget(self.amount_row)
        self.suggestion = QLabel()
        self.suggestion.setObjectName("tradeoffSuggestion")
        self.suggestion.setWordWrap(True)
        rb.addWidget(self.suggestion)
        adjust_row = QHBoxLayout()
        adjust_row.addStretch(1)
        self.adjust_button = QPushButton(tr("Adjust weights"))
        self.adjust_button.setObjectName("adjustWeights")
        self.adjust_button.setToolTip(tr("Apply the suggested weights (one undo step)."))
        adjust_row.addWidget(self.adjust_button)
        rb.addLayout(adjust_row)
        return self.result_box

    # -- public ------------------------------------------------------------------------
    @property
    def tradeoff(self) -> TradeOff | None:
        self.ensure_fresh()
        return self._tradeoff

    @property
    def assessment(self) -> Assessment | None:
        return self._assessment

    def next_question(self) -> None:
        self.ensure_fresh()
        n = self.issue_box.count()
        if n:
            self.issue_box.setCurrentIndex((self.issue_box.currentIndex() + 1) % n)
        self._rebuild_question(reset=True)

    def answer(self, answer: str) -> None:
        self.ensure_fresh()
        if self._tradeoff is None:
            return
        self._answer = answer
        for b in self.answer_group.buttons():
            with QSignalBlocker(b):
                b.setChecked(b.property("answer") == answer)
        plan = self._doc.plan
        t = self._tradeoff
        if answer != "same":
            with QSignalBlocker(self.amount):
                d = amount_decimals(plan, t)
                self.amount.setDecimals(d)
                self.amount.setRange(10 ** -d, max_amount(plan, t))
                self.amount.setSingleStep(max(10 ** -d, round(t.amount / 10, d)))
                self.amount.setValue(default_amount(plan, t, answer))  # type: ignore[arg-type]
        self._reassess()

    def adjust(self) -> bool:
        if self._assessment is None:
            return False
        r = adjust_to_answer(self._doc.plan, self._assessment, self._tradeoff)
        return r.ok and self._doc.apply(r.plan, r.message)

    # -- internals ---------------------------------------------------------------------
    def refresh(self, plan: Plan, change: Change | None, force: bool = False) -> None:
        if not force and not self.isVisible() and self._filled:
            self._stale = True  # hidden tab: catch up when shown
            return
        self._stale = False
        self._filled = True
        current = self._reference_name(plan)
        items = [self.reference_box.itemText(i) for i in range(self.reference_box.count())]
        with QSignalBlocker(self.reference_box):
            if items != plan.package_names:
                self.reference_box.clear()
                self.reference_box.addItems(plan.package_names)
            if current and self.reference_box.currentText() != current:
                self.reference_box.setCurrentText(current)
        yard = yardstick_issue(plan)
        wanted = self.issue_box.currentText()
        names = comparable_issues(plan, yard) if yard else []
        with QSignalBlocker(self.issue_box):
            if [self.issue_box.itemText(i) for i in range(self.issue_box.count())] != names:
                self.issue_box.clear()
                self.issue_box.addItems(names)
                if wanted in names:
                    self.issue_box.setCurrentText(wanted)
        self._rebuild_question(reset=False)

    def ensure_fresh(self) -> None:
        """Bring a page that was hidden during changes up to date."""
        if self._stale or not self._filled:
            self.refresh(self._doc.plan, None, force=True)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.ensure_fresh()

    def follow_selection(self, name: str) -> None:
        if self._pinned_reference is None:
            if not self.isVisible():
                self._stale = True
                return
            self._rebuild_question(reset=False)

    def _reference_picked(self, _index: int) -> None:
        self._pinned_reference = self.reference_box.currentText() or None
        self._rebuild_question(reset=True)

    def _reference_name(self, plan: Plan) -> str | None:
        if self._pinned_reference in plan.package_names:
            return self._pinned_reference
        self._pinned_reference = None
        sel = self._doc.selected_package
        return sel or None

    def _rebuild_question(self, reset: bool) -> None:
        plan = self._doc.plan
        ref_name = self._reference_name(plan)
        if ref_name and self.reference_box.currentText() != ref_name:
            with QSignalBlocker(self.reference_box):
                self.reference_box.setCurrentText(ref_name)
        ref = plan.stored_package(ref_name).terms if ref_name else None
        issue = self.issue_box.currentText() or None
        try:
            t = build_tradeoff(plan, ref, issue, reference_name=ref_name)
        except NoTradeOff as e:
            self._tradeoff = None
            self._assessment = None
            self.question.clear()
            self.context.clear()
            self.unavailable.setText(tr("No question to ask: {reason}.").format(reason=e))
            self.unavailable.show()
            for b in self.answer_group.buttons():
                b.setEnabled(False)
            self.result_box.hide()
            return
        self.unavailable.hide()
        for b in self.answer_group.buttons():
            b.setEnabled(True)
        changed = t != self._tradeoff
        self._tradeoff = t
        self.question.setText(t.question)
        self.context.setText(t.context)
        change = t.change[0].upper() + t.change[1:]
        self.more_button.setToolTip(tr("{change} is worth more to you than {yardstick}.").format(
            change=change, yardstick=t.yardstick_change))
        self.less_button.setToolTip(tr("{change} is worth less to you than {yardstick}.").format(
            change=change, yardstick=t.yardstick_change))
        self.same_button.setToolTip(tr("The two are worth about the same to you."))
        prefix, suffix, after = amount_words(plan, t.yardstick)
        self.amount.setPrefix(prefix)
        self.amount.setSuffix(suffix)
        self.amount_after.setText(after)
        if reset or changed:
            self._answer = None
            self._assessment = None
            with QSignalBlocker(self.answer_group):
                self.answer_group.setExclusive(False)
                for b in self.answer_group.buttons():
                    b.setChecked(False)
                self.answer_group.setExclusive(True)
            self.result_box.hide()

    def _reassess(self) -> None:
        if self._tradeoff is None or self._answer is None:
            return
        plan = self._doc.plan
        amount = None if self._answer == "same" else self.amount.value()
        a = assess(plan, self._tradeoff, self._answer, amount, self._locked())  # type: ignore[arg-type]
        self._assessment = a
        self.verdict.setText(a.message)
        self.verdict_icon.setPixmap(status_pixmap("ok" if a.agrees else "short", 16))
        self.verdict_icon.setToolTip(tr("Agrees with your weights") if a.agrees else tr("Disagrees with your weights"))
        self.amount_row.setVisible(not a.agrees)
        self.amount_before.setVisible(not a.agrees)
        self.suggestion.setVisible(bool(a.suggestion))
        self.suggestion.setText(a.suggestion)
        self.adjust_button.setVisible(not a.agrees)
        self.adjust_button.setEnabled(a.suggested is not None)
        self.result_box.show()


__all__ = ["CheckPage"]
