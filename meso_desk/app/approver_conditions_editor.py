"""The conditions of one approver (File ▸ Plan Properties…, under "Who must approve";
``docs/approvals.md``): a small table, one row per condition — kind (a term, options, the total
cost), issue, below/above, the value or the allowed options, and whether the approver refuses or
must sign off. The dialog checks the rows as they are typed with the edit's own function
(:func:`meso_desk.model.edits.approval_edits.checked_condition`). A combo that does not apply to
the row's kind is disabled and blank: the issue of a total cost or of "their points", the
below/above of an options condition. The approver's own weights (``weights_edit``) are laid out
by the dialog, in line with its form's fields; they are enabled with the editor.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..model.language import QT_TR_NOOP, tr
from ..model.plan import Plan
from ..model.preferences.issue_text import editable_number
from .widgets.common import tab_leaves

#: the column headers and the combos' texts (marked for the catalogue; shown as ``tr(…)``; the
#: combos keep the keys as item data)
COLUMNS = (QT_TR_NOOP("Kind"), QT_TR_NOOP("Issue"), QT_TR_NOOP("When"), QT_TR_NOOP("Value or options"),
           QT_TR_NOOP("Then"))
KIND_TEXT = {"term": QT_TR_NOOP("term"), "options": QT_TR_NOOP("options"), "total_cost": QT_TR_NOOP("total cost"),
             "points": QT_TR_NOOP("their points")}
EFFECT_TEXT = {"refuses": QT_TR_NOOP("refuses"), "needs": QT_TR_NOOP("must sign off")}
WHEN_TEXT = {"below": QT_TR_NOOP("below"), "above": QT_TR_NOOP("above")}
#: the kinds without an issue, and without a below/above
NO_ISSUE = ("total_cost", "points")
NO_WHEN = ("options",)


def _combo(name: str, items: dict[str, str], tip: str) -> QComboBox:
    box = QComboBox(objectName=name)
    for key, text in items.items():
        box.addItem(tr(text), key)
    box.setToolTip(tip)
    return box


class ConditionsEditor(QWidget):
    """One approver's conditions as rows of plain values (``conditions()``/``set_conditions()``)."""

    #: a condition was added, removed or changed
    edited = Signal()

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("propConditionsEditor")
        self._issues = list(plan.issue_names)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        self.table = tab_leaves(QTableWidget(0, len(COLUMNS), objectName="propConditions"))
        self.table.setAccessibleName(tr("Conditions of the selected approver"))
        # (the table is narrow: its own short headers, the full words in their tooltips)
        headers = (tr("Kind"), tr("Issue", "narrow column"), tr("When"), tr("Value or options", "narrow column"),
                   tr("Then"))
        for c, (text, full) in enumerate(zip(headers, COLUMNS)):
            item = QTableWidgetItem(text)
            item.setToolTip(tr(full))
            self.table.setHorizontalHeaderItem(c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for c in (1, 3):  # the issue and the value take what is left
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setToolTip(tr("The selected approver's conditions, checked on every package: e.g. Quality "
                                 "refuses Warranty below 24; CFO must sign off a total cost above 400000"))
        self.table.setFixedHeight(88)
        self.table.itemChanged.connect(lambda _it: self.edited.emit())
        col.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(tr("Add condition"), objectName="propAddCondition")
        self.add_button.setToolTip(tr("Add a condition for the selected approver"))
        self.add_button.clicked.connect(lambda: (self.add_row(), self.edited.emit()))
        self.remove_button = QPushButton(tr("Remove condition"), objectName="propRemoveCondition")
        self.remove_button.setToolTip(tr("Remove the selected condition of the selected approver"))
        self.remove_button.clicked.connect(self._remove_row)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        col.addLayout(row)
        #: the label the owner gives the weights (enabled with them)
        self.weights_label: QLabel | None = None
        self.weights_edit = QLineEdit(objectName="propApproverWeights")
        self.weights_edit.setPlaceholderText(tr("optional, e.g. Warranty 60, Delivery 40"))
        self.weights_edit.setAccessibleName(tr("The selected approver's own weights"))
        self.weights_edit.setToolTip(tr("How the selected approver weighs the issues (on your value curves), for "
                                        "conditions on “their points”: e.g. Quality refuses a package below 55 by "
                                        "Warranty 60, Delivery 40"))
        self.weights_edit.textEdited.connect(lambda _t: self.edited.emit())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.EnabledChange:  # the weights, laid out elsewhere, follow
            for w in (self.weights_edit, self.weights_label):
                if w is not None:
                    w.setEnabled(self.isEnabled())
        super().changeEvent(event)

    def add_row(self, cond: dict[str, Any] | None = None) -> int:
        cond = cond or {"kind": "term", "issue": self._issues[0] if self._issues else "", "when": "below",
                        "value": "", "effect": "refuses"}
        t = self.table
        r = t.rowCount()
        t.blockSignals(True)
        t.insertRow(r)
        kind = _combo("propConditionKind", KIND_TEXT, tr("A number of an issue, its allowed options, the total "
                                                         "cost, or the package's points by the approver's own "
                                                         "weights"))
        issue = QComboBox(objectName="propConditionIssue")
        issue.addItems(["", *self._issues])
        issue.setToolTip(tr("The issue the condition is on (none for the total cost)"))
        when = _combo("propConditionWhen", WHEN_TEXT, tr("The condition applies to a term (or total) below or "
                                                         "above the value"))
        effect = _combo("propConditionEffect", EFFECT_TEXT, tr("Refuses: the approver objects; must sign off: the "
                                                               "package needs their signature"))
        for box, value in ((kind, cond.get("kind", "term")), (when, cond.get("when", "below")),
                           (effect, cond.get("effect", "refuses"))):
            box.setCurrentIndex(max(0, box.findData(value)))
        name = str(cond.get("issue", "") or "")
        if name and name not in self._issues:  # a file edited by hand: kept (it never applies), not lost
            issue.addItem(name)
        issue.setCurrentText(name)
        options = cond.get("options") or ()
        value = ", ".join(options) if cond.get("kind") == "options" else cond.get("value", "")
        # every digit kept ("1.23457e+06" for 1,234,567 was saved back as 1,234,570), written the
        # language's way: German "232,125" (read back as "232.125" it became 232125)
        text = "" if value is None else (editable_number(value) if isinstance(value, int | float) else str(value))
        for c, w in ((0, kind), (1, issue), (2, when), (4, effect)):
            w.setProperty("conditionRow", r)
            w.setAccessibleName(tr(COLUMNS[c]))  # (a blank combo has no text to be named by)
            t.setCellWidget(r, c, w)
        self._fit_to_kind(kind, issue, when)
        kind.currentIndexChanged.connect(lambda _i: self._fit_to_kind(kind, issue, when))
        for c, w in ((0, kind), (1, issue), (2, when), (4, effect)):
            (w.currentIndexChanged if c != 1 else w.currentTextChanged).connect(lambda *_: self.edited.emit())
        t.setItem(r, 3, QTableWidgetItem(text))
        t.blockSignals(False)
        self._order_tabs()
        return r

    @staticmethod
    def _fit_to_kind(kind: QComboBox, issue: QComboBox, when: QComboBox) -> None:
        """Disable and blank what does not apply to the row's kind (kept, for a change back)."""
        key = kind.currentData()
        for box, applies in ((issue, key not in NO_ISSUE), (when, key not in NO_WHEN)):
            if applies and not box.isEnabled():
                box.setCurrentIndex(max(0, int(box.property("keptIndex") or 0)))
            elif not applies and box.isEnabled():
                box.setProperty("keptIndex", box.currentIndex())
                box.setPlaceholderText("—")
                box.setCurrentIndex(-1)
            box.setEnabled(applies)

    def _order_tabs(self) -> None:
        """Tab through the rows' combos after the table, before the buttons under it (a combo
        made later came after the dialog's OK and Cancel)."""
        t = self.table
        before = t
        for r in range(t.rowCount()):
            for c in (0, 1, 2, 4):
                w = t.cellWidget(r, c)
                if w is not None:
                    QWidget.setTabOrder(before, w)
                    before = w
        QWidget.setTabOrder(before, self.add_button)
        QWidget.setTabOrder(self.add_button, self.remove_button)

    def _remove_row(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)
            self.edited.emit()

    def show_idle(self, why: Mapping[int, str]) -> None:
        """Mark the rows whose condition is kept but never applies (row → why: no cost model, an
        issue the plan does not have): the value in italics, the reason in its tooltip."""
        t = self.table
        t.blockSignals(True)
        for r in range(t.rowCount()):
            item = t.item(r, 3)
            if item is None:
                continue
            font = item.font()
            font.setItalic(r in why)
            item.setFont(font)
            item.setToolTip(tr("Never applies: {reason}").format(reason=why[r]) if r in why else "")
            t.cellWidget(r, 0).setProperty("neverApplies", r in why)
        t.blockSignals(False)

    def set_conditions(self, conditions: list[dict[str, Any]], weights: str = "") -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.table.blockSignals(False)
        for c in conditions:
            self.add_row(c)
        self.weights_edit.setText(weights)

    def weights_text(self) -> str:
        """The approver's own weights as typed ("Warranty 60, Delivery 40"; "" for none)."""
        return self.weights_edit.text().strip()

    def conditions(self) -> list[dict[str, Any]]:
        """The rows as :func:`~meso_desk.model.edits.approval_edits.checked_condition` takes them."""
        out = []
        t = self.table
        for r in range(t.rowCount()):
            kind = t.cellWidget(r, 0).currentData()
            text = t.item(r, 3).text() if t.item(r, 3) is not None else ""
            out.append({"kind": kind, "issue": t.cellWidget(r, 1).currentText(),
                        "when": t.cellWidget(r, 2).currentData() or "below",
                        "effect": t.cellWidget(r, 4).currentData(),
                        **({"options": text} if kind == "options" else {"value": text})})
        return out


__all__ = ["ConditionsEditor"]
