"""Uncertain events…: the plan's events on the left (add, duplicate, remove), the selected one's
fields on the right — what it is (name, a number or named states, unit, bounds, period), our
forecast and theirs (10 %, likely, 90 %; or a chance per state), how it is measured, and the
outcome once known — with a preview of both forecasts (docs/contingent-terms.md).

Every event is held as a *draft* of what was typed, so switching between events loses nothing;
each draft is checked on every change: a field that cannot be used is marked red where it was
typed (``invalid`` property), the reason is shown under the form, and OK stays disabled. OK
applies all changes at once (:func:`~meso_desk.model.edits.event_edits.with_events`, renames
carried to every clause) as ONE undo step, "Edit events".
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....model.edits.event_edits import EditRefused, clause_places, with_events
from ....model.edits.issue_edits import parse_number
from ....model.language import QT_TR_NOOP, tr
from ..common import OneLineDelegate, StaleGuard, described, one_line_field, tab_leaves
from ..entry_spin import DoubleSpinBox
from ..look import ERROR, mute, text_colour
from .event_drafts import SIDES, check_draft, draft_of
from .forecast_preview import ForecastPreview

if TYPE_CHECKING:
    from ...document import Change, PlanDocument

KINDS = {"number": QT_TR_NOOP("a number"), "states": QT_TR_NOOP("named states")}
#: suggestions for the period (shown in the window's language; what is chosen is the user's text)
PERIODS = ("", QT_TR_NOOP("month"), QT_TR_NOOP("quarter"), QT_TR_NOOP("half-year"), QT_TR_NOOP("year"))
QUANTILE_HELP = QT_TR_NOOP("Low: 1 chance in 10 it comes out lower. Likely: as likely above as below. "
                           "High: 1 chance in 10 it comes out higher.")
#: The spin boxes' range (a forecast may be of an index, a volume, a price …).
SPIN_LIMIT = 1e12
UNDO_TEXT = QT_TR_NOOP("Edit events")
CLOSED = QT_TR_NOOP("Uncertain events closed: the plan changed while it was open; open it again.")


def _stale(change: Change) -> bool:
    """The plan's events changed under the dialog (an undo), or the issues its "May change" list
    names (a rename, a new issue)."""
    if change.touches("events"):
        return True
    old, new = change.old, change.new
    return change.touches("issues") and (old is None or new is None or old.issue_names != new.issue_names)


def mark_invalid(w: QWidget, bad: bool) -> None:
    """Mark ``w`` as holding input that cannot be used (``invalid`` property): a red border, or
    for a spin box (whose arrows a style sheet would redraw) a red tint of its field."""
    if w.property("invalid") is not None and bool(w.property("invalid")) == bad:
        return
    w.setProperty("invalid", bad)
    if isinstance(w, QAbstractSpinBox):
        if bad:
            pal = QPalette(w.palette())
            base = pal.color(QPalette.ColorRole.Base)
            red = QColor(ERROR)
            pal.setColor(QPalette.ColorRole.Base, QColor.fromRgbF(*(0.72 * a + 0.28 * b for a, b in zip(
                (base.redF(), base.greenF(), base.blueF()), (red.redF(), red.greenF(), red.blueF())))))
            w.setPalette(pal)
        else:
            w.setPalette(QPalette())
        return
    w.setStyleSheet(f"border: 1px solid {ERROR};" if bad else "")


def _decimals(x: float) -> int:
    """Decimals needed to show ``x`` exactly (at most 6)."""
    for d in range(7):
        if abs(round(x, d) - x) < 1e-9:
            return d
    return 6


def _spin(name: str, accessible: str, tip: str) -> QDoubleSpinBox:
    s = DoubleSpinBox(objectName=name)
    s.setRange(-SPIN_LIMIT, SPIN_LIMIT)
    s.setDecimals(2)
    s.setKeyboardTracking(True)
    s.setAccessibleName(accessible)
    s.setToolTip(tip)
    s.setMinimumWidth(90)
    return s


class EventEditor(QDialog):
    """Edit ``document``'s uncertain events (see the module docstring)."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setObjectName("eventEditor")
        self.setWindowTitle(tr("Uncertain events"))
        self.setAccessibleName(tr("Uncertain events"))
        self.reason = ""
        self._loading = False
        self._current = -1
        plan = document.plan
        self.drafts: list[dict[str, Any]] = [draft_of(e, e.name) for e in plan.events]
        #: each event as it was opened, with its draft: an untouched draft keeps its event exactly
        #: (chances as typed are rounded; the event is not rewritten by merely opening it)
        self._opened = {e.name: (draft_of(e, e.name), e) for e in plan.events}
        self._build_list()
        self._build_fields()
        self._build_forecasts()
        self._build_buttons()
        self._build_layout()
        self._refresh_list()
        if self.drafts:
            self.list.setCurrentRow(0)
        else:
            self._show(-1)
        # modeless: another plan opened, or its events or issue names changed (an undo) while it is
        # open — the drafts speak of the old plan, and OK would write them over the new; it closes
        self._guard = StaleGuard(self, document, _stale, tr(CLOSED))
        self._check()

    # -- building --------------------------------------------------------------------------------
    def _named(self, w: QWidget, name: str, accessible: str, tip: str = "") -> QWidget:
        w.setObjectName(name)
        w.setAccessibleName(accessible)
        if tip:
            w.setToolTip(tip)
        return w

    def _build_list(self) -> None:
        self.list = self._named(QListWidget(self), "eventList", tr("Events"),
                                tr("The plan's uncertain events; a term can depend on each"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentRowChanged.connect(self._show)
        self.add_button = self._named(QPushButton(tr("Add"), self), "eventAdd", tr("Add an event"),
                                      tr("Add an uncertain event: something measured after the deal, such as on-time delivery"))
        self.duplicate_button = self._named(QPushButton(tr("Duplicate"), self), "eventDuplicate",
                                            tr("Duplicate the selected event"),
                                            tr("Copy the selected event with its forecasts, to start a similar one"))
        self.remove_button = self._named(QPushButton(tr("Remove"), self), "eventRemove", tr("Remove the selected event"),
                                         tr("Remove the event; the contingent clauses on it are dropped (undoable)"))
        self.add_button.clicked.connect(self.add_event)
        self.duplicate_button.clicked.connect(self.duplicate_event)
        self.remove_button.clicked.connect(self.remove_event)

    def _build_fields(self) -> None:
        def line(name: str, accessible: str, placeholder: str = "", tip: str = "") -> QLineEdit:
            e = self._named(one_line_field(QLineEdit(self)), name, accessible, tip)
            e.setPlaceholderText(placeholder)
            e.textChanged.connect(self._changed)
            return e

        self.name = line("eventName", tr("Event name"), tr("On-time delivery"))
        self.kind = self._named(QComboBox(self), "eventKind", tr("Kind of event"),
                                tr("A number measured later (a rate, an index) or one of a few named states"))
        for key, text in KINDS.items():
            self.kind.addItem(tr(text), key)
        self.kind.currentIndexChanged.connect(self._changed)
        self.unit = line("eventUnit", tr("Unit"), "%")
        self.lower = line("eventLower", tr("Lower bound"), tr("none"),
                          tr("The lowest value possible (a rate: 0); empty: none"))
        self.upper = line("eventUpper", tr("Upper bound"), tr("none"),
                          tr("The highest value possible (a rate: 100); empty: none"))
        self.period = self._named(QComboBox(self), "eventPeriod", tr("Period"),
                                  tr("The period it is measured over (printed in the clause's sentence)"))
        self.period.setEditable(True)
        self.period.addItems([tr(p) if p else "" for p in PERIODS])
        self.period.currentTextChanged.connect(self._changed)
        self.uses = QLabel(self, objectName="eventUses")
        self.uses.setWordWrap(True)
        mute(self.uses)
        self.states = self._named(tab_leaves(QTableWidget(0, 3, self)), "eventStates", tr("States and their chances"),
                                  tr("Each state, our chance of it and theirs (in %)"))
        self.states.setHorizontalHeaderLabels([tr("State"), tr("Our chance %"), tr("Their chance %")])
        self.states.setItemDelegateForColumn(0, OneLineDelegate(self.states))
        self.states.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2):  # the chance columns as wide as their headers
            self.states.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.states.verticalHeader().setVisible(False)
        self.states.setFixedHeight(110)
        self.states.itemChanged.connect(self._changed)
        self.add_state = self._named(QPushButton(tr("Add state"), self), "eventAddState", tr("Add a state"))
        self.remove_state = self._named(QPushButton(tr("Remove state"), self), "eventRemoveState",
                                        tr("Remove the state"))
        self.add_state.clicked.connect(self._add_state)
        self.remove_state.clicked.connect(self._remove_state)
        self.measured_by = line("eventMeasuredBy", tr("How it is measured"), tr("our goods receipts, shared monthly"),
                                tr("How and by whom it is measured; a clause on an event nobody can check is a trap"))
        self.observable = self._named(QCheckBox(tr("Both sides can see the measurement"), self), "eventObservable",
                                      tr("Both sides can see the measurement"),
                                      tr("Tick when both sides can check the measurement: a term should only depend on "
                                         "what both can verify"))
        self.observable.toggled.connect(self._changed)
        self.affects = self._named(QListWidget(self), "eventAffects", tr("Terms a clause on it may change"),
                                   tr("The terms a clause on this event may change: the planner's suggestions "
                                      "keep to them (none ticked: any term)"))
        for name in self.document.plan.issue_names:
            it = QListWidgetItem(name, self.affects)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Unchecked)
        rows = min(6, max(2, self.affects.count()))  # every issue of a usual plan, no scrolling
        self.affects.setFixedHeight(rows * self.affects.sizeHintForRow(0) + 2 * self.affects.frameWidth() + 4)
        self.affects.itemChanged.connect(self._changed)
        self.outcome_on = self._named(QCheckBox(tr("The outcome is known"), self), "eventOutcomeKnown",
                                      tr("The outcome is known"),
                                      tr("Tick once the event has happened and its outcome is measured"))
        self.outcome_on.toggled.connect(self._changed)
        self.outcome = line("eventOutcome", tr("Outcome"), "91", tr("What actually happened"))
        self.outcome_state = self._named(QComboBox(self), "eventOutcomeState", tr("Outcome state"),
                                         tr("Which state came about"))
        self.outcome_state.currentTextChanged.connect(self._changed)
        self.outcome_date = self._named(QDateEdit(self), "eventOutcomeDate", tr("Date of the outcome"),
                                        tr("When the outcome was recorded"))
        self.outcome_date.setCalendarPopup(True)
        self.outcome_date.setDisplayFormat("d MMM yyyy")
        self.outcome_date.dateChanged.connect(self._changed)

    def _build_forecasts(self) -> None:
        self.spins: dict[str, QDoubleSpinBox] = {}
        self.sources: dict[str, QLineEdit] = {}
        self.forecast_boxes: dict[str, QGroupBox] = {}
        words = {"ours": (tr("Our forecast"), tr("Our forecast, {level} ({q})"),
                          tr("{label}: the {q} point of our forecast. {help}"), tr("Source of our forecast")),
                 "theirs": (tr("Their forecast"), tr("Their forecast, {level} ({q})"),
                            tr("{label}: the {q} point of their forecast. {help}"), tr("Source of their forecast"))}
        levels = (("low", "Low", tr("Low"), tr("low"), "10 %"), ("likely", "Likely", tr("Likely"), tr("likely"), "50 %"),
                  ("high", "High", tr("High"), tr("high"), "90 %"))
        for side, who in SIDES.items():
            title, accessible, tip, source = words[side]
            box = QGroupBox(title, self, objectName=f"event{who}Forecast")
            form = QFormLayout(box)
            if side == "theirs":
                self.theirs_on = self._named(QCheckBox(tr("They have stated a forecast"), box), "eventTheirsStated",
                                             tr("They have stated a forecast"),
                                             tr("Tick when the supplier has said what they expect; their forecast "
                                                "then values the bet for them"))
                self.theirs_on.toggled.connect(self._changed)
                form.addRow(self.theirs_on)
            row = QHBoxLayout()
            for key, name, label, level, q in levels:
                s = _spin(f"event{who}{name}", accessible.format(level=level, q=q),
                          tip.format(label=label, q=q, help=tr(QUANTILE_HELP)))
                s.valueChanged.connect(self._changed)
                self.spins[f"{side}_{key}"] = s
                cap = QLabel(f"{label} ({q})", box)
                cap.setBuddy(s)
                col = QVBoxLayout()
                col.setSpacing(2)
                col.addWidget(cap)
                col.addWidget(s)
                row.addLayout(col)
            holder = QWidget(box, objectName=f"event{who}Numbers")
            holder.setLayout(row)
            row.setContentsMargins(0, 0, 0, 0)
            form.addRow(holder)
            if side == "ours":
                self.states_hint = QLabel(tr("The chance of each state: in the table of states."), box,
                                          objectName="eventStatesHint")
                mute(self.states_hint)
                form.addRow(self.states_hint)
            src = self._named(QLineEdit(box), f"event{who}Source", source, tr("Where the forecast comes from"))
            src.setPlaceholderText(tr("our goods receipts, last 8 quarters") if side == "ours"
                                   else tr("their sales director, 12 Nov"))
            src.textChanged.connect(self._changed)
            self.sources[side] = src
            form.addRow(tr("Source"), src)
            self.forecast_boxes[side] = box
        self.quantile_help = QLabel(tr("{help} Below, each bar runs from low to high; the mark is "
                                       "likely.").format(help=tr(QUANTILE_HELP)), self, objectName="eventQuantileHelp")
        self.quantile_help.setWordWrap(True)
        mute(self.quantile_help)
        self.preview = ForecastPreview(self)

    def _build_buttons(self) -> None:
        self.buttons = described(QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self, objectName="eventButtons"))
        for which, name, text, tip in (
                (QDialogButtonBox.StandardButton.Ok, "eventOk", tr("Apply the changes to the events"),
                 tr("Apply the changes to the events (one undo step) and close")),
                (QDialogButtonBox.StandardButton.Cancel, "eventCancel", tr("Discard the changes"),
                 tr("Close without changing the events"))):
            self._named(self.buttons.button(which), name, text, tip)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.error = QLabel(self, objectName="eventError")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(tr("Problem"))
        self.error.setStyleSheet(f"color: {text_colour(ERROR, self.palette()).name()};")
        self.note = QLabel(self, objectName="eventNote")
        self.note.setWordWrap(True)
        mute(self.note)

    def _build_layout(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        for b in (self.add_button, self.duplicate_button, self.remove_button):
            row.addWidget(b)
        left.addLayout(row)
        what = QGroupBox(tr("The event"), self, objectName="eventWhat")
        form = QFormLayout(what)
        form.addRow(tr("Name"), self.name)
        form.addRow("", self.uses)
        form.addRow(tr("Kind"), self.kind)
        form.addRow(tr("Unit"), self.unit)
        bounds = QHBoxLayout()
        bounds.setContentsMargins(0, 0, 0, 0)
        bounds.addWidget(self.lower)
        bounds.addWidget(QLabel(tr("to", "from … to …"), self))
        bounds.addWidget(self.upper)
        self.bounds_row = QWidget(what, objectName="eventBounds")
        self.bounds_row.setLayout(bounds)
        form.addRow(tr("Bounds"), self.bounds_row)
        form.addRow(tr("Period"), self.period)
        self.states_row = QWidget(what, objectName="eventStatesBox")
        sl = QVBoxLayout(self.states_row)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.states)
        srow = QHBoxLayout()
        srow.addWidget(self.add_state)
        srow.addWidget(self.remove_state)
        srow.addStretch(1)
        sl.addLayout(srow)
        form.addRow(tr("States"), self.states_row)
        self.what_form = form
        check = QGroupBox(tr("Measurement and outcome"), self, objectName="eventMeasurement")
        mform = QFormLayout(check)
        mform.addRow(tr("Measured by"), self.measured_by)
        mform.addRow(self.observable)
        mform.addRow(tr("May change"), self.affects)
        orow = QHBoxLayout()
        orow.setContentsMargins(0, 0, 0, 0)
        for w in (self.outcome_on, self.outcome, self.outcome_state, self.outcome_date):
            orow.addWidget(w)
        mform.addRow(orow)
        middle = QVBoxLayout()
        middle.addWidget(what)
        middle.addWidget(check)
        middle.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.forecast_boxes["ours"])
        right.addWidget(self.forecast_boxes["theirs"])
        right.addWidget(self.quantile_help)
        right.addWidget(self.preview)
        right.addStretch(1)
        self.detail = QWidget(self, objectName="eventDetail")
        cols = QHBoxLayout(self.detail)
        cols.setContentsMargins(0, 0, 0, 0)
        cols.addLayout(middle, 1)
        cols.addLayout(right, 1)
        body = QHBoxLayout()
        body.addLayout(left, 0)
        body.addWidget(self.detail, 1)
        self.list.setFixedWidth(max(220, row.sizeHint().width()))
        lay = QVBoxLayout(self)
        lay.addLayout(body, 1)
        lay.addWidget(self.note)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)

    # -- the list --------------------------------------------------------------------------------
    def _taken(self, k: int) -> set[str]:
        return {d["name"].strip() for j, d in enumerate(self.drafts) if j != k}

    def _refresh_list(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        bad = text_colour(ERROR, self.palette())
        for k, d in enumerate(self.drafts):
            event, problems = check_draft(d, self._taken(k))
            item = QListWidgetItem(d["name"].strip() or tr("(no name)"))
            if problems:
                item.setForeground(bad)
                item.setToolTip(problems[0][1])
            elif event is not None:
                item.setToolTip(tr("Ours: {forecast}").format(forecast=event.ours.describe(event.unit)))
            self.list.addItem(item)
        self.list.setCurrentRow(self._current)
        self.list.blockSignals(False)
        has = bool(self.drafts) and self._current >= 0
        self.duplicate_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def add_event(self) -> None:
        d = draft_of(None)
        names = {x["name"].strip() for x in self.drafts}
        n = 1
        while (name := tr("Event {n}").format(n=n)) in names:
            n += 1
        d["name"] = name
        self._append(d)

    def duplicate_event(self) -> None:
        if self._current < 0:
            return
        d = {**self.drafts[self._current], "origin": None}
        d = {k: (list(map(list, v)) if k == "states" else list(v) if isinstance(v, list) else v) for k, v in d.items()}
        names = {x["name"].strip() for x in self.drafts}
        base = tr("{name} (copy)").format(name=d["name"].strip())
        name, n = base, 2
        while name in names:
            name, n = f"{base} {n}", n + 1
        d["name"] = name
        self._append(d)

    def _append(self, d: dict[str, Any]) -> None:
        self.drafts.append(d)
        self._current = len(self.drafts) - 1
        self._refresh_list()
        self.list.setCurrentRow(self._current)
        self._show(self._current)
        self._check()
        self.name.setFocus()
        self.name.selectAll()

    def remove_event(self) -> None:
        k = self._current
        if k < 0:
            return
        self.drafts.pop(k)
        self._current = -1
        self._show(min(k, len(self.drafts) - 1))
        # what OK drops — from the packages, the recorded rounds and the agreement — is said by
        # the model's own message ("On OK: …", filled by _check)
        self.note.setText("")
        self._check()

    # -- the form --------------------------------------------------------------------------------
    def _show(self, k: int) -> None:
        """Show draft ``k`` in the form (the draft shown before was saved on every change)."""
        self._current = k
        self.detail.setEnabled(k >= 0)
        d = self.drafts[k] if k >= 0 else draft_of(None)
        self._loading = True
        try:
            self.name.setText(d["name"])
            self.kind.setCurrentIndex(max(0, self.kind.findData(d["kind"])))
            self.unit.setText(d["unit"])
            self.lower.setText(d["lower"])
            self.upper.setText(d["upper"])
            self.period.setCurrentText(d["period"])
            decimals = max(2, *(_decimals(x) for side in SIDES for x in d[side]))
            for side in SIDES:
                for j, key in enumerate(("low", "likely", "high")):
                    self.spins[f"{side}_{key}"].setDecimals(decimals)
                    self.spins[f"{side}_{key}"].setValue(d[side][j])
                self.sources[side].setText(d[f"{side}_source"])
            self.theirs_on.setChecked(d["theirs_on"])
            self.states.setRowCount(0)
            for r in d["states"]:
                self._insert_state_row(r)
            self.measured_by.setText(d["measured_by"])
            self.measured_by.setCursorPosition(0)
            self.observable.setChecked(d["observable"])
            for r in range(self.affects.count()):
                it = self.affects.item(r)
                it.setCheckState(Qt.CheckState.Checked if it.text() in d.get("affects", ())
                                 else Qt.CheckState.Unchecked)
            self.outcome_on.setChecked(d["outcome_on"])
            self.outcome.setText(d["outcome"])
            self._fill_outcome_states(d)
            self.outcome_date.setDate(QDate(d["outcome_date"]))
        finally:
            self._loading = False
        self._enable(d)
        self._check()

    def _insert_state_row(self, r: list[str]) -> None:
        n = self.states.rowCount()
        self.states.insertRow(n)
        for c, text in enumerate(r):
            self.states.setItem(n, c, QTableWidgetItem(str(text)))

    def _fill_outcome_states(self, d: dict[str, Any]) -> None:
        self.outcome_state.blockSignals(True)
        self.outcome_state.clear()
        self.outcome_state.addItems([r[0].strip() for r in d["states"] if r[0].strip()])
        self.outcome_state.setCurrentText(d["outcome_state"])
        self.outcome_state.blockSignals(False)

    def _add_state(self) -> None:
        self._insert_state_row([tr("state {n}").format(n=self.states.rowCount() + 1), "0", "0" if self.theirs_on.isChecked() else ""])
        self._changed()

    def _remove_state(self) -> None:
        r = self.states.currentRow()
        if r < 0:
            r = self.states.rowCount() - 1
        if r >= 0:
            self.states.removeRow(r)
            self._changed()

    def _read(self) -> dict[str, Any]:
        """The form's fields as a draft."""
        def cell(r: int, c: int) -> str:
            it = self.states.item(r, c)
            return it.text() if it is not None else ""

        return {
            "origin": self.drafts[self._current]["origin"] if self._current >= 0 else None,
            "name": self.name.text(), "kind": self.kind.currentData(), "unit": self.unit.text(),
            "lower": self.lower.text(), "upper": self.upper.text(), "period": self.period.currentText().strip(),
            **{side: [self.spins[f"{side}_{k}"].value() for k in ("low", "likely", "high")] for side in SIDES},
            **{f"{side}_source": self.sources[side].text() for side in SIDES},
            "theirs_on": self.theirs_on.isChecked(),
            "states": [[cell(r, 0), cell(r, 1), cell(r, 2)] for r in range(self.states.rowCount())],
            "measured_by": self.measured_by.text(), "observable": self.observable.isChecked(),
            "affects": [self.affects.item(r).text() for r in range(self.affects.count())
                        if self.affects.item(r).checkState() == Qt.CheckState.Checked],
            "outcome_on": self.outcome_on.isChecked(), "outcome": self.outcome.text(),
            "outcome_state": self.outcome_state.currentText(), "outcome_date": self.outcome_date.date().toPython(),
        }

    def _changed(self, *_: Any) -> None:
        if self._loading or self._current < 0:
            return
        d = self._read()
        old = self.drafts[self._current]
        self.drafts[self._current] = d
        if [r[0] for r in d["states"]] != [r[0] for r in old["states"]]:
            self._fill_outcome_states(d)
        self._enable(d)
        self.note.setText("")
        self._check()

    def _enable(self, d: dict[str, Any]) -> None:
        num = d["kind"] == "number"
        for w in (self.unit, self.bounds_row):
            self.what_form.setRowVisible(w, num)
        self.states_hint.setVisible(not num)
        self.what_form.setRowVisible(self.states_row, not num)
        for side in SIDES:
            self.findChild(QWidget, f"event{SIDES[side]}Numbers").setVisible(num)
        on = d["theirs_on"]
        self.findChild(QWidget, "eventTheirNumbers").setEnabled(on)
        self.sources["theirs"].setEnabled(on)
        self.states.setColumnHidden(2, not on)
        self.outcome.setVisible(num)
        self.outcome_state.setVisible(not num)
        for w in (self.outcome, self.outcome_state, self.outcome_date):
            w.setEnabled(d["outcome_on"])
        self.quantile_help.setVisible(num)

    # -- checking --------------------------------------------------------------------------------
    def _mark(self, problems: list[tuple[str, str]]) -> None:
        keys = {k for k, _ in problems}
        states = self._current >= 0 and self.drafts[self._current]["kind"] == "states"
        widgets: dict[str, QWidget] = {"name": self.name, "lower": self.lower, "upper": self.upper,
                                       "states": self.states, **self.spins}
        for key, w in widgets.items():
            mark_invalid(w, key in keys)
        mark_invalid(self.outcome, not states and "outcome" in keys)
        mark_invalid(self.outcome_state, states and "outcome" in keys)

    def proposed_plan(self):
        """The plan with every draft's event, or None with :attr:`reason` set."""
        events = []
        for k, d in enumerate(self.drafts):
            opened = self._opened.get(d["origin"]) if d["origin"] else None
            if opened is not None and opened[0] == d and d["name"].strip() not in self._taken(k):
                events.append(opened[1])
                continue
            event, problems = check_draft(d, self._taken(k))
            if problems:
                who = d["name"].strip() or tr("an event without a name")
                self.reason = (problems[0][1] if k == self._current else
                               tr("‘{event}’: {problem}").format(event=who, problem=problems[0][1]))
                return None
            events.append(event)
        renames = {d["origin"]: e.name for d, e in zip(self.drafts, events) if d["origin"]}
        try:
            self._result = with_events(self.document.plan, events, renames)
        except EditRefused as err:
            self.reason = str(err)
            return None
        return self._result.plan

    def _check(self) -> None:
        self.reason = ""
        current: list[tuple[str, str]] = []
        if self._current >= 0:
            d = self.drafts[self._current]
            _, current = check_draft(d, self._taken(self._current))
            self._preview(d)
            uses = clause_places(self.document.plan, d["origin"]) if d["origin"] else []
            self.uses.setText(tr("Used by {clauses}").format(clauses=", ".join(f"{p} ({i})" for p, i in uses))
                              if uses else "")
            self.uses.setVisible(bool(uses))
        self._mark(current)
        new = self.proposed_plan()
        if current:
            self.reason = current[0][1]
        self.error.setText(self.reason)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(new is not None)
        if new is not None and self._result.message and not self.note.text():
            self.note.setText(tr("On OK: {message}").format(message=self._result.message))
        self._refresh_list()

    def _preview(self, d: dict[str, Any]) -> None:
        if d["kind"] == "number":
            try:
                actual = parse_number(d["outcome"], "outcome", d["unit"]) if d["outcome_on"] else None
            except EditRefused:
                actual = None
            self.preview.set_numbers(d["ours"], d["theirs"] if d["theirs_on"] else None, actual, d["unit"])
        else:
            def pct(r: list[str], c: int) -> float:
                try:
                    return parse_number(str(r[c]).rstrip("% "), "chance") if str(r[c]).strip() else 0.0
                except EditRefused:
                    return 0.0

            rows = d["states"]
            ours = [pct(r, 1) for r in rows]
            theirs = [pct(r, 2) for r in rows] if d["theirs_on"] else None
            norm = [(v / s * 100 if (s := sum(vals)) > 0 else 0.0) for vals in (ours,) for v in vals]
            tnorm = None if theirs is None else [v / sum(theirs) * 100 if sum(theirs) > 0 else 0.0 for v in theirs]
            self.preview.set_states([r[0] for r in rows], norm, tnorm,
                                    d["outcome_state"] if d["outcome_on"] else None)

    # -- applying --------------------------------------------------------------------------------
    def accept(self) -> None:
        if self._guard.stale:  # closed when the plan changed under it: nothing of it is applied
            return
        new = self.proposed_plan()
        if new is None:
            self.error.setText(self.reason)
            return
        with self._guard.applying():
            applied = self.document.apply(new, tr(UNDO_TEXT))
        if applied:
            self.document.post_message(self._result.message or tr("Events changed."))
        super().accept()


def open_event_editor(parent: QWidget | None, document: PlanDocument) -> EventEditor:
    """Show the Uncertain events dialog for ``document`` (modeless; returned for tests)."""
    dlg = EventEditor(document, parent)
    dlg.resize(1040, 580)
    dlg.show()
    return dlg


__all__ = ["EventEditor", "UNDO_TEXT", "check_draft", "draft_of", "open_event_editor"]
