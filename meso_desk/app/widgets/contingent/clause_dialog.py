"""Make a term contingent…: one package's term on one issue made to depend on an uncertain event
(docs/contingent-terms.md).

Choose the event, the shape (a threshold, a sliding scale, a term per state — only the shapes
that fit the event and the issue) and its parameters; below, live: the sentence as the card will
print it, our expected points and our 10–90 % range (:func:`~meso_desk.model.offers.contingent.risk`),
what the clause is worth to them by their forecast (:func:`~meso_desk.model.offers.contingent.bets`),
and a warning when only one side can check the event. "Keep our value" moves the package's own
term so that the contingent package is worth to us what it is worth now
(:func:`~meso_desk.model.offers.contingent.contingent_version`). OK applies the clause (and the
moved term) through :func:`~meso_desk.model.edits.event_edits.set_clause` as one undo step;
"Remove clause" fixes the term again. A field that cannot be used is marked where it was typed
and OK stays disabled.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ....model.base import Term
from ....model.contingent.clauses import AnyClause, LinearClause, StatesClause, ThresholdClause
from ....model.contingent.events import Event
from ....model.contingent.sentences import clause_sentence
from ....model.edits.event_edits import EditRefused, clause_undo_text, event_renames, remove_clause, set_clause
from ....model.edits.issue_edits import parse_number
from ....model.errors import first_error
from ....model.language import QT_TR_NOOP, current_language, localise_number, tr
from ....model.offers.contingent import bets, contingent_version, risk, their_values_many
from ....model.package import Package
from ....model.plan import Plan
from ..common import StaleGuard, described
from ..dialog_keys import add_buttons, tab_after
from ..entry_spin import DoubleSpinBox
from ..look import ERROR, text_colour
from .event_editor import mark_invalid

if TYPE_CHECKING:
    from ...document import PlanDocument

SHAPES = {"threshold": QT_TR_NOOP("a threshold: another term if it falls below / rises above"),
          "linear": QT_TR_NOOP("a sliding scale: the term moves with the outcome"),
          "states": QT_TR_NOOP("a term for each state")}
THRESHOLD_WHEN = {"below": QT_TR_NOOP("falls below"), "above": QT_TR_NOOP("rises above")}
LINEAR_WHEN = {"below": QT_TR_NOOP("below the pivot"), "above": QT_TR_NOOP("above the pivot"),
               "both": QT_TR_NOOP("both ways (indexation)")}
BASE = QT_TR_NOOP("(the package's term)")
SPIN_LIMIT = 1e12
WARN = "#8a5300"


def shapes_for(event: Event, numeric_issue: bool) -> list[str]:
    """The clause shapes that fit ``event`` and the issue."""
    if event.kind == "states":
        return ["states"]
    return ["threshold", "linear"] if numeric_issue else ["threshold"]


class ClauseDialog(QDialog):
    """Make ``issue`` of ``package`` contingent (see the module docstring)."""

    def __init__(self, document: PlanDocument, package: str, issue: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.package = package
        self.issue_name = issue
        self.setObjectName("clauseDialog")
        self.setProperty("package", package)
        self.setProperty("issue", issue)
        self.setWindowTitle(tr("Make {issue} contingent — {package}").format(issue=issue, package=package))
        self.setAccessibleName(tr("Make {issue} of {package} contingent").format(issue=issue, package=package))
        self.reason = ""
        self.adjusted: Term | None = None
        #: what "Keep our value" computed :attr:`adjusted` for (the clause, its event, the package)
        self._adjusted_for: Any = None
        self._loading = False
        self._state_terms: dict[str, QWidget] = {}
        plan = document.plan
        self._issue = plan.issue(issue)
        self._build_fields()
        self._build_results()
        self._build_buttons()
        self._build_layout()
        self._fill_events(plan)
        existing = plan.stored_package(package).clauses.get(issue)
        if existing is not None:
            self._load(existing)
        else:
            self._event_changed()
        # another plan, the package or issue changed under it, or its event removed (a rename is
        # followed): its fields speak of the old ones
        self._guard = StaleGuard(self, document, self._stale, tr(
            "The clause dialog closed: the plan changed while it was open; open it again."))
        self.document.changed.connect(self._plan_changed)
        self._check()

    # -- building --------------------------------------------------------------------------------
    def _named(self, w: QWidget, name: str, accessible: str, tip: str = "") -> Any:
        w.setObjectName(name)
        w.setAccessibleName(accessible)
        w.setProperty("package", self.package)
        w.setProperty("issue", self.issue_name)
        if tip:
            w.setToolTip(tip)
        return w

    def _combo(self, name: str, accessible: str, items: dict[str, str], tip: str = "") -> QComboBox:
        c = self._named(QComboBox(self), name, accessible, tip)
        for key, text in items.items():
            c.addItem(text, key)
        c.currentIndexChanged.connect(self._check)
        return c

    def _spin(self, name: str, accessible: str, tip: str = "", lo: float = -SPIN_LIMIT, hi: float = SPIN_LIMIT,
              decimals: int = 2) -> QDoubleSpinBox:
        s = self._named(DoubleSpinBox(self), name, accessible, tip)
        s.setRange(lo, hi)
        s.setDecimals(decimals)
        s.setKeyboardTracking(True)
        s.setMinimumWidth(110)
        s.valueChanged.connect(self._check)
        return s

    def _term_field(self, name: str, accessible: str) -> QWidget:
        i = self._issue
        if i.is_numeric:
            s = self._spin(name, accessible, tr("A term of {issue} ({range}, step {step:g})").format(
                issue=i.name, range=i.range_text(), step=i.step), i.min, i.max, i.decimals)
            s.setSingleStep(i.step)
            if i.unit and i.format_term(i.min).startswith(f"{i.unit} "):  # money as the cards print it
                s.setPrefix(f"{i.unit} ")
                s.setDecimals(max(i.decimals, 2))
            else:
                s.setSuffix(f" {i.unit}" if i.unit else "")
            return s
        return self._combo(name, accessible, {label: label for label in i.labels},
                           tr("An option of {issue}").format(issue=i.name))

    def _build_fields(self) -> None:
        self.event = self._named(QComboBox(self), "clauseEvent", tr("Event"),
                                 tr("The uncertain event the term depends on"))
        self.event.currentIndexChanged.connect(self._event_changed)
        self.shape = self._combo("clauseShape", tr("Shape"), {}, tr("How the outcome changes the term"))
        self.shape.currentIndexChanged.connect(self._shape_changed)
        self.pages = QStackedWidget(self, objectName="clauseShapePages")
        # threshold
        self.threshold_when = self._combo("clauseThresholdWhen", tr("When"),
                                          {k: tr(v) for k, v in THRESHOLD_WHEN.items()})
        self.threshold = self._spin("clauseThreshold", tr("Threshold"), tr("The value the outcome is compared with"))
        self.term = self._term_field("clauseTerm", tr("{issue} if it applies").format(issue=self._issue.name))
        page = QWidget(self.pages, objectName="clauseThresholdPage")
        form = QFormLayout(page)
        row = QHBoxLayout()
        row.addWidget(self.threshold_when)
        row.addWidget(self.threshold, 1)
        form.addRow(tr("If the event"), row)
        form.addRow(tr("then {issue} is").format(issue=self._issue.name), self.term)
        self.pages.addWidget(page)
        # linear
        self.linear_when = self._combo("clauseLinearWhen", tr("Where it moves"),
                                       {k: tr(v) for k, v in LINEAR_WHEN.items()})
        self.pivot = self._spin("clausePivot", tr("Pivot"), tr("The outcome at which the term is the package's own"))
        self.rate = self._spin("clauseRate", tr("Rate per unit"), tr("How much the term moves for each unit of the "
                               "outcome beyond the pivot (negative: it drops)"), decimals=3)
        unit = self._issue.unit if self._issue.is_numeric else ""
        self.relative = self._combo("clauseRateMeasure", tr("Rate measured in"),
                                    {"relative": tr("% of the term"),
                                     "absolute": (tr("{unit} of the term").format(unit=unit) if unit
                                                  else tr("units of the term"))})
        self.cap_on = self._named(QCheckBox(tr("At most"), self), "clauseCapOn", tr("Limit the change"))
        self.cap_on.toggled.connect(self._check)
        self.cap = self._spin("clauseCap", tr("Largest change"), tr("The largest change either way"), 0.0)
        page = QWidget(self.pages, objectName="clauseLinearPage")
        form = QFormLayout(page)
        form.addRow(tr("The term moves"), self.linear_when)
        form.addRow(tr("Pivot"), self.pivot)
        row = QHBoxLayout()
        row.addWidget(self.rate, 1)
        row.addWidget(self.relative, 1)
        self.rate_unit = QLabel(self, objectName="clauseRateUnit")
        row.addWidget(self.rate_unit)
        form.addRow(tr("Change"), row)
        row = QHBoxLayout()
        row.addWidget(self.cap_on)
        row.addWidget(self.cap, 1)
        form.addRow("", row)
        self.pages.addWidget(page)
        # states
        self.states_page = QWidget(self.pages, objectName="clauseStatesPage")
        self.states_form = QFormLayout(self.states_page)
        self.pages.addWidget(self.states_page)

    def _build_results(self) -> None:
        def label(name: str, accessible: str) -> QLabel:
            lab = QLabel(self, objectName=name)
            lab.setWordWrap(True)
            lab.setAccessibleName(accessible)
            lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            return lab

        self.header = label("clauseHeader", tr("Package and term"))
        self.base = label("clauseBase", tr("The package's own term"))
        self.sentence = label("clauseSentence", tr("The sentence on the card"))
        self.sentence.setFrameShape(QFrame.Shape.StyledPanel)
        self.sentence.setMargin(6)
        self.ours = label("clauseOurValue", tr("Our points"))
        self.theirs = label("clauseTheirGain", tr("Their gain by their forecast"))
        self.warning = label("clauseWarning", tr("Warning"))
        self.warning.setStyleSheet(f"color: {text_colour(WARN, self.palette()).name()};")
        self.error = label("clauseError", tr("Problem"))
        self.error.setStyleSheet(f"color: {text_colour(ERROR, self.palette()).name()};")
        self.no_events = label("clauseNoEvents", tr("No events"))
        self.no_events.setText(tr("The plan has no uncertain events yet: add one under Uncertain events… first."))

    def _build_buttons(self) -> None:
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        self.buttons = described(QDialogButtonBox(ok | cancel, self, objectName="clauseButtons"))
        self._named(self.buttons.button(ok), "clauseOk", tr("Apply the clause"))
        self._named(self.buttons.button(cancel), "clauseCancel", tr("Discard the clause"))
        self.keep_button = self._named(QPushButton(tr("Keep our value"), self), "clauseKeepValue",
                                       tr("Keep our value"),
                                       tr("Move the package's {issue} so that, with the clause, the package "
                                          "is worth to us what it is worth now (its expected points)").format(
                                           issue=self._issue.name))
        self.remove_button = self._named(QPushButton(tr("Remove clause"), self), "clauseRemove", tr("Remove clause"),
                                         tr("Fix the term again (undoable)"))
        self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        tab_after(self.cap, self.keep_button)  # below the shape's fields, before the dialog's buttons
        self.keep_button.clicked.connect(self.keep_our_value)
        self.remove_button.clicked.connect(self.remove)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _build_layout(self) -> None:
        rule = QGroupBox(tr("The clause"), self, objectName="clauseRule")
        form = QFormLayout(rule)
        form.addRow(tr("Event"), self.event)
        form.addRow(tr("Shape"), self.shape)
        form.addRow(self.pages)
        base_row = QHBoxLayout()
        base_row.addWidget(self.base, 1)
        base_row.addWidget(self.keep_button, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(base_row)
        card = QGroupBox(tr("On the card"), self, objectName="clauseCard")
        QVBoxLayout(card).addWidget(self.sentence)
        worth = QGroupBox(tr("What it is worth"), self, objectName="clauseWorth")
        wl = QVBoxLayout(worth)
        for w in (self.ours, self.theirs, self.warning):
            wl.addWidget(w)
        lay = QVBoxLayout(self)
        lay.addWidget(self.header)
        lay.addWidget(self.no_events)
        lay.addWidget(rule)
        lay.addWidget(card)
        lay.addWidget(worth)
        lay.addStretch(1)
        lay.addWidget(self.error)
        add_buttons(lay, self.buttons, default=self.buttons.button(QDialogButtonBox.StandardButton.Ok))
        self.setMinimumWidth(560)

    # -- events and shapes -----------------------------------------------------------------------
    def _fill_events(self, plan: Plan, current: str | None = None) -> None:
        current = self.event.currentText() if current is None else current
        self.event.blockSignals(True)
        self.event.clear()
        for e in plan.events:
            self.event.addItem(e.name)
        if current:
            self.event.setCurrentText(current)
        self.event.blockSignals(False)
        has = bool(plan.events)
        self.no_events.setVisible(not has)
        for w in (self.event, self.shape, self.pages, self.keep_button):
            w.setEnabled(has)
        sp = plan.stored_package(self.package) if self.package in plan.package_names else None
        self.remove_button.setVisible(sp is not None and self.issue_name in sp.clauses)

    def _stale(self, change) -> bool:
        plan = self.document.plan
        if (self.package not in plan.package_names or self.issue_name not in plan.issue_names
                or plan.issue(self.issue_name) != self._issue):
            return True
        # its event removed (or undone away): never fall silently to another event
        return bool(self.event.currentText()) and self._event_after(change) is None

    def _event_after(self, change) -> str | None:
        """The name of the dialog's event in the changed plan: its own, its new one when it was
        renamed (:func:`~meso_desk.model.edits.event_edits.event_renames`), None when it is gone."""
        name = self.event.currentText()
        names = [e.name for e in self.document.plan.events]
        if name in names:
            return name
        if change.old is not None and change.new is not None:
            return event_renames(change.old, change.new).get(name)
        return None

    def _plan_changed(self, change) -> None:
        if self._guard.stale:
            return
        if change.touches("events", "packages"):
            before = self.event.currentText()
            was = next((e for e in change.old.events if e.name == before), None) if change.old is not None else None
            follow = self._event_after(change) if before else None
            self._fill_events(self.document.plan, follow)
            now = self.current_event()
            if now is None or was is None or now.model_copy(update={"name": was.name}) != was:
                self._event_changed()  # another event, or its units and states changed
            else:
                self._check()  # the same event (perhaps renamed): the fields stay as typed

    def current_event(self) -> Event | None:
        name = self.event.currentText()
        return next((e for e in self.document.plan.events if e.name == name), None)

    def _event_changed(self) -> None:
        event = self.current_event()
        self._loading = True
        try:
            keep = self.shape.currentData()
            self.shape.clear()
            if event is not None:
                for key in shapes_for(event, self._issue.is_numeric):
                    self.shape.addItem(tr(SHAPES[key]), key)
                k = self.shape.findData(keep)
                self.shape.setCurrentIndex(max(0, k))
                self._suit_to(event)
        finally:
            self._loading = False
        self._shape_changed()

    def _suit_to(self, event: Event) -> None:
        """Units and sensible starting values for ``event``."""
        suffix = "" if not event.unit else (" %" if event.unit == "%" else f" {event.unit}")
        lo = -SPIN_LIMIT if event.lower is None else event.lower
        hi = SPIN_LIMIT if event.upper is None else event.upper
        for s in (self.threshold, self.pivot):
            s.setRange(lo, hi)
            s.setSuffix(suffix)
        self.rate_unit.setText(tr("per {unit} beyond the pivot").format(unit=event.unit) if event.unit
                               else tr("per unit beyond the pivot"))
        if event.kind == "number" and event.ours.likely is not None:
            self.threshold.setValue(float(event.ours.likely))
            self.pivot.setValue(float(event.ours.likely))
        if self.rate.value() == 0:
            self.rate.setValue(-1.0)
        i = self._issue
        base = self._base_term()
        if i.is_numeric:
            self.term.setValue(self._better_term(float(base)))
        else:
            others = [lab for lab in i.labels if lab != base]
            self.term.setCurrentText(others[0] if others else str(base))
        self._rebuild_states(event)

    def _better_term(self, base: float) -> float:
        """A starting term for a threshold: about a sixth of the range better for us than ``base``."""
        i = self._issue
        d = max(i.step, i.snap(i.min + (i.max - i.min) / 6) - i.min)
        up, down = min(base + d, i.max), max(base - d, i.min)
        return i.snap(up if i.value(up) >= i.value(down) else down)

    def _rebuild_states(self, event: Event) -> None:
        while self.states_form.rowCount():
            self.states_form.removeRow(0)
        self._state_terms = {}
        if event.kind != "states":
            return
        i = self._issue
        for s in event.states:
            if i.is_numeric:
                w: QWidget = self._named(QLineEdit(self.states_page), "clauseStateTerm",
                                         tr("{issue} if {state}").format(issue=i.name, state=s))
                w.setPlaceholderText(tr("the package's term: {term}").format(term=i.format_term(self._base_term())))
                w.textChanged.connect(self._check)
            else:
                w = self._combo("clauseStateTerm", tr("{issue} if {state}").format(issue=i.name, state=s),
                                {"": tr(BASE), **{lab: lab for lab in i.labels}})
            w.setProperty("state", s)
            self._state_terms[s] = w
            self.states_form.addRow(tr("If {state}").format(state=s), w)
        tab_after(self.cap, *self._state_terms.values())  # where the page is seen, not after the buttons

    def _shape_changed(self) -> None:
        key = self.shape.currentData()
        index = {"threshold": 0, "linear": 1, "states": 2}.get(key, 0)
        for k in range(self.pages.count()):  # the stack as tall as the page shown
            policy = QSizePolicy.Policy.Preferred if k == index else QSizePolicy.Policy.Ignored
            self.pages.widget(k).setSizePolicy(policy, policy)
        self.pages.setCurrentIndex(index)
        self.pages.adjustSize()
        self._check()

    def _load(self, clause: AnyClause) -> None:
        self.event.blockSignals(True)
        self.event.setCurrentText(clause.event)
        self.event.blockSignals(False)
        self._event_changed()
        self._loading = True
        try:
            self.shape.setCurrentIndex(max(0, self.shape.findData(clause.shape)))
            if isinstance(clause, ThresholdClause):
                self.threshold_when.setCurrentIndex(self.threshold_when.findData(clause.when))
                self.threshold.setValue(clause.threshold)
                self._set_term(self.term, clause.term)
            elif isinstance(clause, LinearClause):
                self.linear_when.setCurrentIndex(self.linear_when.findData(clause.when))
                self.pivot.setValue(clause.pivot)
                self.rate.setValue(clause.per_unit)
                self.relative.setCurrentIndex(0 if clause.relative else 1)
                self.cap_on.setChecked(clause.cap is not None)
                self.cap.setValue(clause.cap or 0.0)
            else:
                for s, t in clause.terms.items():
                    if s in self._state_terms:
                        self._set_term(self._state_terms[s], t)
        finally:
            self._loading = False
        self._shape_changed()

    def _set_term(self, w: QWidget, t: Term) -> None:
        if isinstance(w, QDoubleSpinBox):
            w.setValue(float(t))
        elif isinstance(w, QLineEdit):
            w.setText(localise_number(f"{float(t):.10g}", float(t), ".10g", current_language()))
        elif isinstance(w, QComboBox):
            w.setCurrentIndex(max(0, w.findData(str(t))))

    # -- reading and checking --------------------------------------------------------------------
    def _base_term(self) -> Term:
        if self.adjusted is not None:
            return self.adjusted
        return self.document.plan.stored_package(self.package).terms[self.issue_name]

    def clause(self) -> AnyClause:
        """The clause of the fields (raises :class:`EditRefused`, marking the field, when one
        cannot be used)."""
        event, key = self.event.currentText(), self.shape.currentData()
        for w in (self.term, self.cap, *self._state_terms.values()):
            self._flag(w, False)
        if not event or key is None:
            raise EditRefused(tr("Choose an event"))
        try:
            if key == "threshold":
                term = self.term.value() if isinstance(self.term, QDoubleSpinBox) else self.term.currentData()
                return ThresholdClause(event=event, when=self.threshold_when.currentData(),
                                       threshold=self.threshold.value(), term=term)
            if key == "linear":
                if self.rate.value() == 0:
                    self._flag(self.rate, True)
                    raise EditRefused(tr("The change per unit must not be zero"))
                self._flag(self.rate, False)
                return LinearClause(event=event, when=self.linear_when.currentData(), pivot=self.pivot.value(),
                                    per_unit=self.rate.value(), relative=self.relative.currentData() == "relative",
                                    cap=self.cap.value() if self.cap_on.isChecked() else None)
            return StatesClause(event=event, terms=self._states_terms())
        except ValidationError as err:
            raise EditRefused(first_error(err)) from None

    def _states_terms(self) -> dict[str, Term]:
        terms: dict[str, Term] = {}
        for s, w in self._state_terms.items():
            if isinstance(w, QLineEdit):
                if not w.text().strip():
                    continue
                try:
                    t = self._issue.check_term(parse_number(
                        w.text(), tr("{issue} if {state}").format(issue=self.issue_name, state=s), self._issue.unit))
                except (EditRefused, ValueError) as err:
                    self._flag(w, True)
                    raise EditRefused(str(err)) from None
                terms[s] = t
            elif w.currentData():
                terms[s] = w.currentData()
        if not terms:
            raise EditRefused(tr("Give a term for at least one state"))
        return terms

    def _flag(self, w: QWidget, bad: bool) -> None:
        mark_invalid(w, bad)

    def proposed_plan(self) -> Plan | None:
        """The plan with the fields' clause (and the moved term), or None with :attr:`reason` set."""
        try:
            clause = self.clause()
            self._result = set_clause(self.document.plan, self.package, self.issue_name, clause, self.adjusted)
        except EditRefused as err:
            self.reason = str(err)
            if self.shape.currentData() == "threshold" and not self._term_fits():
                self._flag(self.term, True)
            return None
        self._clause = clause
        return self._result.plan

    def _term_fits(self) -> bool:
        """Whether the threshold's term is one the issue allows (else its field is marked)."""
        term = self.term.value() if isinstance(self.term, QDoubleSpinBox) else self.term.currentData()
        try:
            self._issue.check_term(term)
        except (ValueError, EditRefused):
            return False
        return True

    def _check(self, *_: Any) -> None:
        if self._loading:
            return
        self.reason = ""
        plan = self.document.plan
        sp = plan.stored_package(self.package)
        now = plan.package(self.package)
        self.header.setText(tr("Package <b>{package}</b>: {issue} {term} now; {points:.1f} points to us.").format(
            package=escape(self.package), issue=escape(self.issue_name),
            term=self._issue.format_term(sp.terms[self.issue_name]), points=now.score))
        unit = self._issue.unit if self._issue.is_numeric else ""
        self.cap.setSuffix(" %" if self.relative.currentData() == "relative" else (f" {unit}" if unit else ""))
        new = self.proposed_plan() if plan.events else None
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(new is not None)
        self.keep_button.setEnabled(new is not None)
        self.error.setText(self.reason)
        if new is None:
            for lab in (self.sentence, self.ours, self.theirs, self.warning):
                lab.setText("")
            self._show_base(sp.terms[self.issue_name], None)
            return
        self._show_worth(new, now)

    def _keep_key(self, clause: AnyClause | None) -> Any:
        """What "Keep our value" depends on: the clause, its event (the forecast) and the package."""
        if clause is None:
            return None
        plan = self.document.plan
        event = next((e for e in plan.events if e.name == clause.event), None)
        return clause, event, plan.stored_package(self.package)

    def _show_base(self, stored: Term, clause: AnyClause | None) -> None:
        f = self._issue.format_term
        if self.adjusted is not None and self.adjusted != stored:
            if self._adjusted_for is not None and self._keep_key(clause) == self._adjusted_for:
                text = tr("The package's own term (when the clause does not bite): {term}, "
                          "moved from {stored} to keep our value.")
            else:  # the clause (or its forecast) changed since: the move no longer keeps our value
                text = tr("The package's own term (when the clause does not bite): {term}, moved from {stored} "
                          "for the clause as it was — press Keep our value again to keep our value with this one.")
            self.base.setText(text.format(term=f(self.adjusted), stored=f(stored)))
        else:
            self.base.setText(tr("The package's own term (when the clause does not bite): {term}.").format(
                term=f(stored)))

    def _show_worth(self, new: Plan, now: Package) -> None:
        event = new.event(self._clause.event)
        base = new.stored_package(self.package).terms[self.issue_name]
        self._show_base(self.document.plan.stored_package(self.package).terms[self.issue_name], self._clause)
        self.sentence.setText(clause_sentence(self._clause, self._issue, base, event))
        pkg = new.package(self.package)
        r = risk(new, pkg)
        lo, _, hi = r.points
        diff = r.expected - now.score
        change = (tr("the same as now") if abs(diff) < 0.05 else
                  tr("{sign}{diff:.1f} against now").format(sign="+" if diff > 0 else "−", diff=abs(diff)))
        if abs(hi - lo) < 0.05 and abs(r.expected - lo) >= 0.05:
            # "64.9 expected; 10–90 %: 65.1 to 65.1" read as a bug: the rare outcomes beyond the
            # range move the expectation, not the range
            self.ours.setText(tr("<b>Our points</b> by our forecast: {expected:.1f} expected ({change}); "
                                 "{low:.1f} in at least 8 cases in 10 — the expectation counts the rarer "
                                 "outcomes too.").format(expected=r.expected, change=change, low=lo))
        else:
            self.ours.setText(tr("<b>Our points</b> by our forecast: {expected:.1f} expected ({change}); "
                                 "10–90 %: {low:.1f} to {high:.1f}.").format(expected=r.expected, change=change,
                                                                             low=lo, high=hi))
        bet = next((b for b in bets(new, pkg) if b.issue == self.issue_name), None)
        theirs_now, theirs_new = their_values_many(new, [Package(new, now.terms, self.package, now.clauses), pkg])
        gain = theirs_new - theirs_now
        sign = "+" if gain >= 0 else "−"
        if event.theirs is not None:
            text = tr("<b>To them</b> (our estimate) by their forecast: {sign}{gain:.1f} points "
                      "against the package now").format(sign=sign, gain=abs(gain))
        else:
            text = tr("<b>To them</b> (our estimate) by our forecast (theirs is unknown): {sign}{gain:.1f} points "
                      "against the package now").format(sign=sign, gain=abs(gain))
        if bet is not None:
            right = bet.theirs_under_our_forecast - bet.theirs_fixed
            text += tr("; the clause alone is worth {sign}{gain:.1f} to them ({right_sign}{right:.1f} if our "
                       "forecast is right).").format(sign="+" if bet.their_gain >= 0 else "−",
                                                    gain=abs(bet.their_gain),
                                                    right_sign="+" if right >= 0 else "−", right=abs(right))
        self.theirs.setText(text)
        warning = bet.warning if bet is not None else ""
        if not warning and not event.verifiable:
            warning = tr("Nobody can check {event} both ways: agree how it is measured and share the "
                         "figures.").format(event=event.name)
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))

    # -- applying --------------------------------------------------------------------------------
    def keep_our_value(self) -> None:
        """Move the package's own term so that, with the clause, it keeps its points."""
        try:
            clause = self.clause()
        except EditRefused as err:
            self.error.setText(str(err))
            return
        plan = self.document.plan
        version = contingent_version(plan, plan.package(self.package), self.issue_name, clause)
        if version is None:
            self.error.setText(tr("No acceptable {issue} keeps our value with this clause.").format(
                issue=self.issue_name))
            return
        self.adjusted = version[self.issue_name]
        self._adjusted_for = self._keep_key(clause)
        self._check()

    def accept(self) -> None:
        if self._guard.stale:  # closed when the plan changed under it: nothing of it is applied
            return
        new = self.proposed_plan()
        if new is None:
            self.error.setText(self.reason)
            return
        # the words of this edit, read before it lands: the plan's change re-checks the dialog, which
        # then saw the clause already there ("clause changed" instead of "made contingent on …")
        message = self._result.message
        with self._guard.applying():
            if self.document.apply(new, clause_undo_text(self.package, self.issue_name)):
                self.document.post_message(message)
        super().accept()

    def remove(self) -> None:
        if self._guard.stale:
            return
        res = remove_clause(self.document.plan, self.package, self.issue_name)
        with self._guard.applying():
            if res.ok and self.document.apply(res.plan, clause_undo_text(self.package, self.issue_name,
                                                                         removed=True)):
                self.document.post_message(res.message)
        super().accept()

    def done(self, r: int) -> None:
        try:
            self.document.changed.disconnect(self._plan_changed)
        except (RuntimeError, TypeError):
            pass
        super().done(r)


def open_clause_dialog(parent: QWidget | None, document: PlanDocument, package: str, issue: str) -> ClauseDialog:
    """Show the "Make a term contingent" dialog for ``issue`` of ``package`` (modeless; returned for tests)."""
    dlg = ClauseDialog(document, package, issue, parent)
    dlg.resize(640, dlg.sizeHint().height())
    dlg.show()
    return dlg


__all__ = ["ClauseDialog", "open_clause_dialog", "shapes_for"]
