"""The counterpart panel's "Behind the table" tab (``behindTheTable``; ``docs/behind-the-table.md``).

* **Their constituencies** (``constituenciesTable``): the parties behind the supplier's table,
  one row each — who, the issue, the condition (at least / at most / one of), the value or the
  options, what they call it and our confidence; the last column shows what the recorded rounds
  say about it (:func:`~meso_desk.model.counterpart.constituencies.belief`, never written back
  silently: *Use what the rounds say* does it as an undo step).
* **Relationship** (``relationshipWeightCombo``, ``goodwillTable``): how much the relationship
  counts and, per issue, the goodwill of conceding on it; under them every package with its
  two numbers — our points and the relationship effect — and the price of each goodwill move
  (``relationshipView``); *Add a relationship option* makes a copy of the latest MESO set with
  one member swapped for an equal-value package with the best goodwill (computed in the background).
* **Supplier history** (``supplierHistoryLabel``): what past plans with the same supplier
  revealed, offered as a hunch to take (``supplierHunchButton``, an undo step: never silently);
  *Add this plan to the history* (``supplierHistoryAddButton``) — the debrief's contribution —
  writes it to ``suppliers/`` in the user's data folder (:mod:`~meso_desk.model.io.supplier_history`).

Every change goes through ``PlanDocument.apply`` with an edit of
:mod:`~meso_desk.model.edits.constituency_edits`; a row that cannot be read says why in one
line and keeps what was typed.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....model.counterpart.constituencies import belief
from ....model.documents.cards import latest_meso_set
from ....model.edits.constituency_edits import (
    with_confidence,
    with_constituencies,
    with_goodwill,
    with_relationship_weight,
    with_supplier_hunch,
)
from ....model.edits.meso_set_edits import add_meso_set
from ....model.io.supplier_history import FOLDER_NAME, HistoryError, Hunch, add_plan, hunch, load_history
from ....model.language import QT_TR_NOOP, current_language, localise_number, parse_number, tr
from ....model.offers.relationship import goodwill_moves, relationship_option, two_numbers
from ....model.plan import Plan
from ....model.preferences.behind_the_table import RELATIONSHIP_FACTORS
from ....model.preferences.issues import CategoricalIssue
from ...background import LatestJob
from ...document import Change, PlanDocument
from ...settings import data_dir
from ..common import OneLineDelegate, tab_leaves

COLUMNS = (QT_TR_NOOP("Party"), QT_TR_NOOP("Issue"), QT_TR_NOOP("Condition"), QT_TR_NOOP("Value or options"),
           QT_TR_NOOP("They call it"), QT_TR_NOOP("Confidence %"), QT_TR_NOOP("After the rounds"))
KINDS = {"at_least": QT_TR_NOOP("at least"), "at_most": QT_TR_NOOP("at most"), "one_of": QT_TR_NOOP("one of")}
GOODWILL_COLUMNS = (QT_TR_NOOP("Issue"), QT_TR_NOOP("Goodwill (0–10)"), QT_TR_NOOP("Toward (lower/higher or options)"),
                    QT_TR_NOOP("Signals"))
#: the directions of a numeric issue's goodwill (the plan's values), as shown and typed
TOWARD = {"lower": QT_TR_NOOP("lower"), "higher": QT_TR_NOOP("higher")}
#: how much the relationship counts (the plan's values), as shown
FACTOR_WORDS = {"strategic": QT_TR_NOOP("strategic"), "preferred": QT_TR_NOOP("preferred"),
                "transactional": QT_TR_NOOP("transactional")}


def _number(text: str, what: str) -> float:
    try:
        return parse_number(text)  # "0,5" is a half in English too (every comma dropped read 5)
    except ValueError:
        raise ValueError(tr("{what}: “{text}” is not a number").format(what=what, text=text)) from None


def _shown(x: float) -> str:
    """A number in a cell, written the language's way (``1.5`` → ``1,5``)."""
    return localise_number(f"{x:g}", x, "g", current_language())


def _kind(text: str) -> str | None:
    """The condition typed in a cell ("at least", or its German)."""
    t = text.strip().lower()
    return next((k for k, v in KINDS.items() if t in (v, tr(v).lower())), None)


def _toward(text: str) -> str:
    """The direction typed in a cell ("lower", "higher", or their German); anything else as typed."""
    t = text.strip().lower()
    return next((k for k, v in TOWARD.items() if t in (v, tr(v).lower())), t)


def _heading(text: str) -> QLabel:
    """A section's title and what it is for, wrapped in the narrow dock."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _left(button: QWidget) -> QHBoxLayout:
    """A row with ``button`` at its left (its own line in the narrow dock)."""
    row = QHBoxLayout()
    row.addWidget(button)
    row.addStretch(1)
    return row


def _relationship_set(payload: tuple[Plan, str]):
    """Worker: the latest MESO set with a relationship option, or the reason there is none."""
    plan, name = payload
    s = next(x for x in plan.meso_sets if x.name == name)
    pkgs = [plan.package(n) for n in s.packages]
    return relationship_option(plan, pkgs, level=s.level)


class BehindTheTable(QWidget):
    """Their constituencies and the relationship (see the module docstring)."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("behindTheTable")
        self._doc = document
        self._filling = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 6, 2, 6)
        lay.addWidget(_heading(tr("<b>Their constituencies</b> — who must say yes on their side")))
        self.table = tab_leaves(QTableWidget(0, len(COLUMNS), objectName="constituenciesTable"))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.setItemDelegate(OneLineDelegate(self.table))  # a party named on one line
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._edited)
        lay.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(tr("Add party"), objectName="constituencyAddButton")
        self.remove_button = QPushButton(tr("Remove", "a constituency"), objectName="constituencyRemoveButton")
        self.rounds_button = QPushButton(tr("Use what the rounds say"), objectName="constituencyRoundsButton")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.rounds_button.clicked.connect(self.use_rounds)
        for b in (self.add_button, self.remove_button):
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addLayout(_left(self.rounds_button))  # its own line: the dock is narrow
        self.message = QLabel(objectName="constituencyMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        lay.addWidget(self.message)
        self._build_relationship(lay)
        self._job = LatestJob(_relationship_set, self, "relationship-option")
        self._job.done.connect(self._option_done)
        #: a refresh owed while hidden or dragging (None: up to date; True: the history too)
        self._stale: bool | None = None
        document.changed.connect(self._on_changed)
        document.gestureEnded.connect(self._catch_up)
        self.refresh()

    def _build_relationship(self, lay: QVBoxLayout) -> None:
        lay.addWidget(_heading(tr("<b>Relationship</b> — what conceding signals, and what it costs us")))
        row = QHBoxLayout()
        said = QLabel(tr("The relationship with this supplier is"))
        said.setWordWrap(True)
        row.addWidget(said, 1)
        self.weight_combo = QComboBox(objectName="relationshipWeightCombo")
        self.weight_combo.addItem(tr("not set (preferred)"), None)
        for k in RELATIONSHIP_FACTORS:
            self.weight_combo.addItem(tr(FACTOR_WORDS[k]) if k in FACTOR_WORDS else k, k)
        self.weight_combo.currentIndexChanged.connect(self._weight_changed)
        row.addWidget(self.weight_combo)
        lay.addLayout(row)
        self.goodwill = tab_leaves(QTableWidget(0, len(GOODWILL_COLUMNS), objectName="goodwillTable"))
        self.goodwill.setHorizontalHeaderLabels([tr(c) for c in GOODWILL_COLUMNS])
        self.goodwill.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.goodwill.itemChanged.connect(self._goodwill_edited)
        lay.addWidget(self.goodwill)
        self.view = QLabel(objectName="relationshipView")
        self.view.setWordWrap(True)
        lay.addWidget(self.view)
        self.option_button = QPushButton(tr("Add a relationship option"), objectName="relationshipOptionButton")
        self.option_button.setToolTip(tr("A copy of the latest set with one package swapped for one of equal value "
                                         "to us that builds the most goodwill"))
        self.option_button.clicked.connect(self.add_relationship_option)
        lay.addLayout(_left(self.option_button))
        self._build_history(lay)
        lay.addStretch(1)

    def _build_history(self, lay: QVBoxLayout) -> None:
        lay.addWidget(_heading(tr("<b>Supplier history</b> — what past plans with them revealed")))
        self.history_label = QLabel(objectName="supplierHistoryLabel")
        self.history_label.setWordWrap(True)
        lay.addWidget(self.history_label)
        self.hunch_button = QPushButton(tr("Use the history's hunch"), objectName="supplierHunchButton")
        self.hunch_button.clicked.connect(self.use_hunch)
        self.history_add_button = QPushButton(tr("Add this plan to the history"), objectName="supplierHistoryAddButton")
        self.history_add_button.setToolTip(tr("After the negotiation (the debrief): keep what we learnt for the next "
                                              "plan with this supplier"))
        self.history_add_button.clicked.connect(self.add_to_history)
        lay.addLayout(_left(self.hunch_button))  # one a line: together they are wider than the dock
        lay.addLayout(_left(self.history_add_button))
        self.hunch: Hunch | None = None

    @staticmethod
    def library() -> str:
        return str(data_dir(create=False) / FOLDER_NAME)

    def refresh_history(self) -> None:
        plan = self._doc.plan
        try:
            self.hunch = hunch(load_history(self.library(), plan.counterpart), plan)
        except HistoryError as e:
            self.hunch = None
            self.history_label.setText(str(e))
            self.hunch_button.setEnabled(False)
            return
        h = self.hunch
        if h is None:
            text = tr("No history with this supplier yet.") if plan.counterpart.strip() else \
                tr("Name the supplier (File ▸ Plan Properties…) to keep a history.")
        elif h.empty:
            text = tr("{count} past plan(s) with {supplier}; nothing new to suggest.").format(
                count=h.plans, supplier=h.supplier)
        else:
            text = tr("Hunch from {count} past plan(s) with {supplier}: {lines}.").format(
                count=h.plans, supplier=h.supplier, lines="; ".join(h.lines()))
        self.history_label.setText(text)
        self.hunch_button.setEnabled(h is not None and not h.empty)
        self.history_add_button.setEnabled(bool(plan.counterpart.strip()))

    def use_hunch(self) -> None:
        h = self.hunch
        if h is not None and not h.empty:
            self._apply(lambda p: with_supplier_hunch(p, h.tilt, h.constituencies),
                        tr("Use the history's hunch about {supplier}").format(supplier=h.supplier))

    def add_to_history(self) -> None:
        try:
            add_plan(self.library(), self._doc.plan)
        except (HistoryError, ValueError) as e:
            self.message.setText(str(e))
            return
        self.message.setText("")
        self.refresh_history()
        self.history_label.setText(tr("Added to the history. {history}").format(history=self.history_label.text()))

    # -- filling ----------------------------------------------------------------------------
    def _on_changed(self, change: Change) -> None:
        if change.touches("their_constituencies", "issues", "rounds", "goodwill", "relationship_weight",
                          "packages", "weights", "counterpart", "counterpart_prior"):
            history = change.touches("counterpart", "counterpart_prior", "their_constituencies", "issues")
            # not in every frame of a drag elsewhere, nor while hidden: once the drag ends or it shows
            if self._doc.in_gesture or not self.isVisible():
                self._stale = (self._stale or False) | history
                return
            self.refresh(history=history)

    def _catch_up(self) -> None:
        if self._stale is not None and self.isVisible() and not self._doc.in_gesture:
            history, self._stale = self._stale, None
            self.refresh(history=history)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._catch_up()

    def refresh(self, history: bool = True) -> None:
        """Fill the tab from the plan (``history``: read the supplier's history file again too)."""
        plan = self._doc.plan
        self._filling = True
        try:
            self.table.setRowCount(len(plan.their_constituencies))
            for r, c in enumerate(plan.their_constituencies):
                value = ", ".join(c.options) if c.kind == "one_of" else _shown(c.value)
                b = belief(plan, c)
                cells = (c.party, c.issue, tr(KINDS[c.kind]), value, c.what, f"{100 * c.confidence:.0f}",
                         f"{100 * b.confidence:.0f} %" if b.changed else tr("no evidence yet"))
                for k, text in enumerate(cells):
                    self._set(self.table, r, k, text, editable=k < len(cells) - 1, tip="\n".join(b.reasons))
            self._fill_goodwill(plan)
            self.weight_combo.setCurrentIndex(max(0, self.weight_combo.findData(plan.relationship_weight)))
        finally:
            self._filling = False
        self._fill_view(plan)
        self.option_button.setEnabled(bool(plan.goodwill) and latest_meso_set(plan) is not None)
        if history:
            self.refresh_history()

    def _set(self, table: QTableWidget, r: int, k: int, text: str, *, editable: bool = True, tip: str = "") -> None:
        item = QTableWidgetItem(text)
        if not editable:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(tip)
        table.setItem(r, k, item)

    def _fill_goodwill(self, plan: Plan) -> None:
        self.goodwill.setRowCount(len(plan.issues))
        for r, issue in enumerate(plan.issues):
            g = plan.goodwill.get(issue.name)
            toward = ""
            if g:
                toward = (", ".join(g.options) if isinstance(issue, CategoricalIssue) else
                          tr(TOWARD[g.toward]) if g.toward in TOWARD else g.toward)
            self._set(self.goodwill, r, 0, issue.name, editable=False)
            self._set(self.goodwill, r, 1, _shown(g.effect) if g else "")
            self._set(self.goodwill, r, 2, toward)
            self._set(self.goodwill, r, 3, g.signal if g else "")
            self.goodwill.item(r, 0).setData(Qt.ItemDataRole.UserRole, issue.name)

    def _fill_view(self, plan: Plan) -> None:
        lines = []
        for sp in plan.packages:
            pkg = plan.package(sp.name)
            moves = "".join(f"<br>&nbsp;&nbsp;· {html.escape(m.sentence(plan))}" for m in goodwill_moves(plan, pkg))
            lines.append(f"<b>{html.escape(sp.name)}</b>: {html.escape(two_numbers(plan, pkg))}{moves}")
        self.view.setText("<br>".join(lines) if plan.goodwill and lines else
                          tr("Give an issue a goodwill effect to see what each package signals and what each "
                             "goodwill move costs us."))

    # -- editing ----------------------------------------------------------------------------
    def row(self, r: int) -> dict[str, Any]:
        """Row ``r`` of the constituencies as typed (raises ValueError naming the row)."""
        cell = [(self.table.item(r, k).text() if self.table.item(r, k) else "").strip() for k in range(6)]
        who = cell[0] or tr("row {number}").format(number=r + 1)
        kind = _kind(cell[2])
        if kind is None:
            raise ValueError(tr("{party}: the condition is “at least”, “at most” or “one of”").format(party=who))
        d: dict[str, Any] = {"party": cell[0], "issue": cell[1], "kind": kind, "what": cell[4],
                             "confidence": _number(cell[5] or "60", tr("{party}'s confidence").format(party=who))
                             / 100.0}
        if kind == "one_of":
            d["options"] = tuple(x.strip() for x in cell[3].split(",") if x.strip())
        else:
            d["value"] = _number(cell[3], who)
        return d

    def _apply(self, fn, text: str) -> bool:
        try:
            new = fn(self._doc.plan)
        except ValueError as e:
            self.message.setText(str(e))
            return False
        self.message.setText("")
        self._doc.apply(new, text)
        return True

    def _edited(self, item: QTableWidgetItem) -> None:
        """One row edited: that row as typed, the others as the plan holds them (a refused row
        elsewhere does not hold this one back). A refused cell keeps what was typed, marked."""
        if self._filling:
            return
        r = item.row()
        items: list[Any] = list(self._doc.plan.their_constituencies)
        try:
            typed = self.row(r)
            if r < len(items):
                items[r] = typed
            else:
                items.append(typed)
            new = with_constituencies(self._doc.plan, items)
        except ValueError as e:
            self._refuse(item, str(e))
            return
        self.message.setText("")
        self._doc.apply(new, tr("Edit their constituencies"))

    def _refuse(self, item: QTableWidgetItem, reason: str) -> None:
        """Say why ``item`` was refused, at the cell too (until the plan fills the table again)."""
        self.message.setText(reason)
        was, self._filling = self._filling, True
        try:
            item.setBackground(QColor(198, 40, 40, 60))  # a red tint, readable light or dark
            item.setToolTip(reason)
        finally:
            self._filling = was

    def add_row(self) -> None:
        plan = self._doc.plan
        if not plan.issues:
            self.message.setText(tr("Add an issue first: a constituency's condition is on an issue."))
            return
        issue = plan.issues[0]
        d = {"party": tr("new party"), "issue": issue.name}
        if isinstance(issue, CategoricalIssue):
            d.update(kind="one_of", options=(issue.labels[0],))
        else:
            d.update(kind="at_most", value=issue.max)
        self._apply(lambda p: with_constituencies(p, [*p.their_constituencies, d]),
                    tr("Add constituency {party}").format(party=d["party"]))

    def remove_row(self) -> None:
        r = self.table.currentRow()
        items = list(self._doc.plan.their_constituencies)
        if not 0 <= r < len(items):
            self.message.setText(tr("Choose the party to remove first."))
            return
        gone = items.pop(r)
        self._apply(lambda p: with_constituencies(p, items), tr("Remove constituency {party}").format(party=gone.party))

    def use_rounds(self) -> None:
        """Set every confidence to what the recorded rounds say (one undo step)."""
        def fn(plan: Plan) -> Plan:
            for k, c in enumerate(plan.their_constituencies):
                plan = with_confidence(plan, k, belief(plan, c).confidence)
            return plan
        self._apply(fn, tr("Use what the rounds say about their constituencies"))

    def _weight_changed(self, _index: int) -> None:
        if not self._filling:
            self._apply(lambda p: with_relationship_weight(p, self.weight_combo.currentData()),
                        tr("Change the relationship weight"))

    def _goodwill_edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        plan = self._doc.plan
        r = item.row()
        name = self.goodwill.item(r, 0).text()
        cell = [(self.goodwill.item(r, k).text() if self.goodwill.item(r, k) else "").strip() for k in range(4)]
        if not cell[1] or cell[1] == "0":
            self._apply(lambda p: with_goodwill(p, name, None), tr("Remove goodwill of {issue}").format(issue=name))
            return
        try:
            effect = _number(cell[1], tr("{issue}'s goodwill").format(issue=name))
            d: dict[str, Any] = {"effect": effect, "signal": cell[3]}
            if isinstance(plan.issue(name), CategoricalIssue):
                d["options"] = tuple(x.strip() for x in cell[2].split(",") if x.strip())
            else:
                d["toward"] = _toward(cell[2]) or "higher"
            new = with_goodwill(plan, name, d)
        except ValueError as e:
            self._refuse(item, str(e))
            return
        self.message.setText("")
        self._doc.apply(new, tr("Set goodwill of {issue}").format(issue=name))

    # -- the relationship option --------------------------------------------------------------
    def add_relationship_option(self) -> None:
        plan = self._doc.plan
        s = latest_meso_set(plan)
        if s is None:
            self.message.setText(tr("Make a MESO set first."))
            return
        self._pending = (plan, s.level)
        self._job.request(id(plan), (plan, s.name))

    def _option_done(self, _key, result) -> None:
        plan, level = getattr(self, "_pending", (None, None))
        if isinstance(result, BaseException):
            self.message.setText(str(result))
            return
        packages, k, line = result
        if k < 0 or plan is not self._doc.plan:
            self.message.setText(line if k < 0 else tr("The plan changed; ask again."))
            return
        self.message.setText("")
        new, _names = add_meso_set(plan, packages, level)
        self._doc.apply(new, tr("Add a relationship option"))
        self.view.setText(f"{html.escape(line)}<br><br>{self.view.text()}")


__all__ = ["BehindTheTable"]
