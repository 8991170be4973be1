"""A compact editor of one package's terms for the narrow Deal panel (competing quote, agreement).

One row per issue: the issue's name above its control, so that a 320-pixel dock has room for
both — a spin box on the issue's own step (unit as prefix or suffix) for a numeric issue, a
drop-down for a categorical one (unacceptable options marked). Every control carries the
dynamic properties ``package`` and ``issue``; the rows are rebuilt in the same order with the
same properties when the issues change, so tests and scripts find "the delivery of the
competing quote" without depending on layout.

The editor holds no state of its own: :meth:`set_terms` shows terms, :attr:`termEdited`
reports an edit ``(issue, term)``; the panel turns it into one undoable plan edit.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QWidget,
)

from ....model.base import Term
from ....model.language import tr
from ....model.plan import Plan
from ....model.preferences.issues import _CURRENCY_PREFIX, CategoricalIssue, NumericIssue
from ..entry_spin import DoubleSpinBox


def term_spin(issue: NumericIssue) -> QDoubleSpinBox:
    """A spin box for a term of ``issue`` in its unit (EUR 41.50, 4 weeks), on its range."""
    w = DoubleSpinBox()
    unit = issue.unit.strip()
    money = bool(unit) and (unit in _CURRENCY_PREFIX or unit.upper() in _CURRENCY_PREFIX)
    w.setDecimals(2 if money and issue.decimals == 1 else issue.decimals)
    w.setRange(issue.min, issue.max)
    w.setSingleStep(issue.step)
    w.setKeyboardTracking(False)  # one edit when the typing is done, not one per key
    w.setAccelerated(True)
    w.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
    if money:
        w.setPrefix(unit + " ")
    elif unit:
        w.setSuffix(" " + unit)
    w.setAlignment(Qt.AlignmentFlag.AlignRight)
    return w


class TermsEditor(QWidget):
    """Terms of one package, one control per issue (see the module docs)."""

    #: ``(issue name, term)`` after the user changed a control
    termEdited = Signal(str, object)

    def __init__(self, package: str, parent: QWidget | None = None, shown: str = "") -> None:
        super().__init__(parent)
        self.package = package
        #: the package as the user reads it (``package`` is a key: a dynamic property)
        self.shown = shown or package
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(3)
        self._grid.setColumnStretch(1, 1)
        self._issues: tuple = ()
        self.controls: dict[str, QWidget] = {}
        self._labels: list[QLabel] = []

    # -- building ---------------------------------------------------------------------------
    def set_issues(self, plan: Plan) -> None:
        """Rebuild the controls when the plan's issues changed (same order, same properties)."""
        if plan.issues == self._issues:
            return
        for w in list(self.controls.values()) + self._labels:
            self._grid.removeWidget(w)
            w.deleteLater()
        self.controls.clear()
        self._labels.clear()
        self._issues = plan.issues
        for row, issue in enumerate(plan.issues):
            label = QLabel(issue.name)
            label.setToolTip(issue.description or issue.name)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setMinimumWidth(40)
            if isinstance(issue, NumericIssue):
                w: QWidget = term_spin(issue)
                w.valueChanged.connect(lambda v, n=issue.name: self._numeric_edited(n, v))
            else:
                assert isinstance(issue, CategoricalIssue)
                w = QComboBox()
                for o in issue.options:
                    w.addItem(o.label if o.acceptable else tr("{option} (unacceptable)").format(option=o.label),
                              o.label)
                w.activated.connect(lambda k, n=issue.name, c=w: self.termEdited.emit(n, c.itemData(k)))
            w.setMinimumWidth(64)  # a narrow dock: the control shrinks before the issue's name does
            w.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            w.setProperty("package", self.package)
            w.setProperty("issue", issue.name)
            w.setObjectName(f"dealTerm_{self.package}_{row}")
            w.setToolTip(tr("{issue} of the {package}").format(issue=issue.name, package=self.shown))
            self._grid.addWidget(label, row, 0)
            self._grid.addWidget(w, row, 1)
            self.controls[issue.name] = w
            self._labels.append(label)

    def _numeric_edited(self, name: str, value: float) -> None:
        issue = next(i for i in self._issues if i.name == name)
        snapped = issue.snap(float(value))
        if abs(snapped - value) > 1e-12:  # a typed value between steps: show the step it lands on
            w = self.controls[name]
            with QSignalBlocker(w):
                w.setValue(snapped)  # type: ignore[attr-defined]
        self.termEdited.emit(name, snapped)

    # -- showing ------------------------------------------------------------------------------
    def set_terms(self, plan: Plan, terms: Mapping[str, Term] | None) -> None:
        self.set_issues(plan)
        for issue in plan.issues:
            w = self.controls[issue.name]
            with QSignalBlocker(w):
                if terms is None:
                    continue
                t = terms[issue.name]
                if isinstance(w, QDoubleSpinBox):
                    w.setValue(float(t))
                    ok = issue.is_acceptable(t)
                    w.setStyleSheet("" if ok else "color: #b3261e;")
                    w.setToolTip(tr("{issue} of the {package}").format(issue=issue.name, package=self.shown)
                                 if ok else tr("{issue} of the {package} — beyond your hard limit {limit}").format(
                                     issue=issue.name, package=self.shown, limit=issue.format_term(issue.hard_limit)))
                else:
                    assert isinstance(w, QComboBox)
                    w.setCurrentIndex(max(0, w.findData(t)))

    def control(self, issue: str) -> QWidget:
        return self.controls[issue]
