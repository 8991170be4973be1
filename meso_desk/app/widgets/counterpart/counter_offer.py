"""CounterOfferEditor: their own package, entered term by term, checked where it is typed.

One row per issue: a check box (did their counter-offer name this term?) and an editor —
a :class:`TermSpinBox` on the issue's step for numeric issues, a combo box of the options
for categorical ones. A counter-offer may name only some terms (the inference fills the
rest from the package it answers).

:class:`TermSpinBox` refuses bad input as it is typed: characters that cannot make a
number in range are not accepted at all, a number off the issue's step (230.3 on a 0.5
step) stays *intermediate* — the frame turns red, the reason is shown under the rows, the
dialog will not record it, and leaving the field puts the last valid term back. A term
beyond our hard limit is allowed (it is their offer, not ours) and marked as such.

Handles: every editor carries the dynamic property ``issue``; spin boxes are
``counterTerm``, combos ``counterOption``, check boxes ``counterInclude``.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ....model.base import Term
from ....model.language import tr
from ....model.plan import Plan
from ....model.preferences.issues import CategoricalIssue, NumericIssue, default_term
from ..entry_spin import DoubleSpinBox
from ..glyphs import status_colour

_INVALID_STYLE = "QDoubleSpinBox { border: 1px solid #c62828; background: #fff3f3; }"


class TermSpinBox(DoubleSpinBox):
    """A numeric term on ``issue``'s grid (see the module docs)."""

    #: the reason the typed text is not a term ("" when it is one)
    reasonChanged = Signal(str)

    def __init__(self, issue: NumericIssue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.issue = issue
        self._reason = ""
        unit = issue.unit.strip()
        decimals = issue.decimals
        if unit and issue.format_term(issue.min).startswith(f"{unit} "):  # EUR 41.50
            self.setPrefix(f"{unit} ")
            if decimals == 1:
                decimals = 2
        elif unit:
            self.setSuffix(f" {unit}")
        self.setDecimals(decimals)
        self.setRange(issue.min, issue.max)
        self.setSingleStep(issue.step)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setAccelerated(True)
        self.setToolTip(tr("{issue}: {range} on a step of {step}").format(
            issue=issue.name, range=issue.range_text(), step=issue.format_number(issue.step)))

    @property
    def reason(self) -> str:
        return self._reason

    def _set_reason(self, reason: str) -> None:
        if reason != self._reason:
            self._reason = reason
            self.setStyleSheet(_INVALID_STYLE if reason else "")
            self.reasonChanged.emit(reason)

    def validate(self, text: str, pos: int):
        state, text, pos = super().validate(text, pos)
        if state == QValidator.State.Acceptable:
            x = self.valueFromText(text)
            if not self.issue.is_on_grid(x):
                g = self.issue.snap(x)
                self._set_reason(tr("{issue}: {number} is not on the {step} step — nearest {term}").format(
                    issue=self.issue.name, number=self.issue.format_number(x),
                    step=self.issue.format_number(self.issue.step), term=self.issue.format_term(g)))
                return QValidator.State.Intermediate, text, pos
            self._set_reason("")
        elif state == QValidator.State.Intermediate:
            self._set_reason(tr("{issue}: type a term within {range}").format(issue=self.issue.name,
                                                                              range=self.issue.range_text()))
        return state, text, pos

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        # the previous valid term is back (CorrectToPreviousValue): nothing is wrong any more
        self._set_reason("")
        self.setStyleSheet("")

    def stepBy(self, steps: int) -> None:
        super().stepBy(steps)
        self.setValue(self.issue.snap(self.value()))

    def term(self) -> float:
        return float(self.issue.snap(self.value()))

    def set_term(self, term: Term) -> None:
        self.setValue(float(term))
        self._set_reason("")


class CounterOfferEditor(QWidget):
    """Rows of (include?, term editor) for every issue of the plan."""

    changed = Signal()

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counterOffer")
        self._plan = plan
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        intro = QLabel(tr("Enter the terms their counter-offer named (entering one ticks it); the others are "
                          "taken from the package it answers."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(1, 1)
        self.includes: dict[str, QCheckBox] = {}
        self.editors: dict[str, QWidget] = {}
        self.marks: dict[str, QLabel] = {}
        for row, issue in enumerate(plan.issues):
            box = QCheckBox(issue.name)
            box.setObjectName("counterInclude")
            box.setProperty("issue", issue.name)
            box.setToolTip(tr("Their counter-offer named a term for {issue}").format(issue=issue.name))
            if isinstance(issue, NumericIssue):
                ed: QWidget = TermSpinBox(issue)
                ed.setObjectName("counterTerm")
                ed.valueChanged.connect(lambda _v, n=issue.name: self._edited(n))
                ed.lineEdit().textEdited.connect(lambda _t, n=issue.name: self._edited(n))
                ed.reasonChanged.connect(lambda _r: self._update_reason())
            else:
                assert isinstance(issue, CategoricalIssue)
                ed = QComboBox()
                ed.setObjectName("counterOption")
                ed.addItems(issue.labels)
                ed.setToolTip(tr("{issue}: one of {options}").format(issue=issue.name, options=issue.range_text()))
                ed.currentIndexChanged.connect(lambda _i, n=issue.name: self._edited(n))
            ed.setProperty("issue", issue.name)
            ed.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            box.toggled.connect(lambda _on: (self._update_marks(), self._update_reason()))
            mark = QLabel()
            mark.setObjectName("counterMark")
            mark.setProperty("issue", issue.name)
            mark.setStyleSheet(f"color: {status_colour('short').name()}")
            grid.addWidget(box, row, 0)
            grid.addWidget(ed, row, 1)
            grid.addWidget(mark, row, 2)
            self.includes[issue.name] = box
            self.editors[issue.name] = ed
            self.marks[issue.name] = mark
        lay.addLayout(grid)
        self.reason = QLabel()
        self.reason.setObjectName("counterReason")
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(f"color: {status_colour('below').name()}")
        self.reason.hide()
        lay.addWidget(self.reason)

    # -- values --------------------------------------------------------------------------
    def set_terms(self, terms: Mapping[str, Term], included: set[str] | None = None) -> None:
        """Fill the editors from ``terms``; tick ``included`` (None: leave the ticks)."""
        for name, ed in self.editors.items():
            issue = self._plan.issue(name)
            term = terms.get(name, default_term(issue))
            blocked = ed.blockSignals(True)
            if isinstance(ed, TermSpinBox):
                ed.set_term(term)
            else:
                assert isinstance(ed, QComboBox)
                ed.setCurrentIndex(max(0, ed.findText(str(term))))
            ed.blockSignals(blocked)
            if included is not None:
                self.includes[name].setChecked(name in included)
        self._update_marks()
        self.changed.emit()

    def terms(self) -> dict[str, Term]:
        """The ticked terms (numeric ones on their grid)."""
        out: dict[str, Term] = {}
        for name, box in self.includes.items():
            if not box.isChecked():
                continue
            ed = self.editors[name]
            out[name] = ed.term() if isinstance(ed, TermSpinBox) else ed.currentText()
        return out

    def problem(self) -> str:
        """Why the counter-offer cannot be recorded as it stands ("" when it can)."""
        for name, box in self.includes.items():
            ed = self.editors[name]
            if box.isChecked() and isinstance(ed, TermSpinBox) and ed.reason:
                return ed.reason
        if not any(b.isChecked() for b in self.includes.values()):
            return tr("Tick at least one term of their counter-offer.")
        return ""

    # -- feedback --------------------------------------------------------------------------
    def _edited(self, name: str) -> None:
        box = self.includes[name]
        if not box.isChecked():
            box.setChecked(True)  # typing a term means it was named
        self._update_marks()
        self.changed.emit()

    def _update_reason(self) -> None:
        reasons = [ed.reason for n, ed in self.editors.items()
                   if isinstance(ed, TermSpinBox) and ed.reason and self.includes[n].isChecked()]
        self.reason.setText(reasons[0] if reasons else "")
        self.reason.setVisible(bool(reasons))
        self.changed.emit()

    def _update_marks(self) -> None:
        for name, mark in self.marks.items():
            issue = self._plan.issue(name)
            ed = self.editors[name]
            term = ed.term() if isinstance(ed, TermSpinBox) else ed.currentText()
            bad = self.includes[name].isChecked() and not issue.is_acceptable(term)
            mark.setText(tr("beyond your limit") if bad else "")
            mark.setToolTip(tr("{term} breaks your hard limit on {issue}: fine to record as their offer, never to "
                               "accept").format(term=issue.format_term(term), issue=name) if bad else "")
