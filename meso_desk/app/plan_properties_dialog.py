"""File ▸ Plan Properties… (``planPropertiesDialog``): the plan's title, the two sides, their
negotiator, the currency, the language of the cards and documents, the date our offers are valid
until, our notes, who must approve on our side and the relationship.

Each field is checked as it is typed by the same function the edit uses
(:mod:`meso_desk.model.edits.plan_edits`): a bad value shows its reason under the field and
OK stays disabled; a valid-until date in the past only warns. OK applies the whole dialog as
one undoable step, "Change plan properties". Where they show: cards (our organisation, "For
<negotiator>, <supplier>", "Valid until …"), the INTERNAL briefing and debrief (title, who
must approve, relationship), the window title of an unsaved plan.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..model.edits import plan_edits
from ..model.edits.approval_edits import idle_conditions, weights_text
from ..model.errors import PlanError
from ..model.language import LANGUAGES, QT_TR_NOOP, tr
from ..model.plan import Approver
from .approver_conditions_editor import ConditionsEditor
from .document import PlanDocument
from .widgets.common import OneLineDelegate, described, fit_to_screen, one_line_field, tab_leaves
from .widgets.look import text_colour

#: The colours of a refusal and of a warning under a field (made readable on the palette in use).
ERROR_COLOUR = "#b3261e"
WARNING_COLOUR = "#8a5300"
#: (marked for the catalogue; the header shows ``tr(…)``). The third is the approver's condition in
#: words; the conditions checked on every package are in the table under it.
_APPROVER_COLUMNS = (QT_TR_NOOP("Name"), QT_TR_NOOP("Role"), QT_TR_NOOP("Note (optional)"))
#: where an approver row keeps its own weights as typed (its conditions are in Qt.UserRole)
_WEIGHTS_ROLE = Qt.ItemDataRole.UserRole + 1
#: (the weights as first shown, the exact weights): kept exactly unless that text is edited
#: (OK without a change rounded 2/3 to 0.667 and made an undo step)
_EXACT_WEIGHTS_ROLE = Qt.ItemDataRole.UserRole + 2
#: ``approvers[1]`` or ``approvers[1].conditions[0].value``: the row (and condition) a refusal is about
_APPROVER_PATH = re.compile(r"approvers\[(\d+)\](?:\.conditions\[(\d+)\])?")


class PlanPropertiesDialog(QDialog):
    """The plan's properties (see the module docs); ``accept`` applies them as one undo step."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planPropertiesDialog")
        self.setWindowTitle(tr("Plan Properties"))
        self.document = document
        self.today = today or date.today()
        #: field → the label under it that says why its value is refused (or warns)
        self.messages: dict[str, QLabel] = {}
        self._errors: dict[str, str] = {}
        self._build()
        self._load()
        self._check_all()

    # ===================================================================== building
    def _build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title_edit = self._line("propTitle",
                                     tr("What you call this negotiation (briefing, debrief, window title)"))
        self.title_edit.setAccessibleName(tr("Title"))
        self.title_edit.textChanged.connect(lambda _t: self._check("title"))
        form.addRow(tr("&Title"), self._with_message("title", self.title_edit))
        self.organisation_edit = self._line("propOrganisation",
                                            tr("Your organisation: printed at the top of every card"))
        form.addRow(tr("&Our organisation"), self.organisation_edit)
        self.counterpart_edit = self._line("propCounterpart", tr("The other side: printed on the cards (“For …”)"))
        self.counterpart_edit.textChanged.connect(lambda _t: self._check("counterpart"))
        self.counterpart_edit.setAccessibleName(tr("Supplier"))  # its row holds the field and its message
        form.addRow(tr("&Supplier"), self._with_message("counterpart", self.counterpart_edit))
        self.negotiator_edit = self._line("propNegotiator", tr("The person you negotiate with: printed on the "
                                                               "cards (“For …”) and in the briefing"))
        form.addRow(tr("Their &negotiator"), self.negotiator_edit)
        for line in (self.organisation_edit, self.counterpart_edit, self.negotiator_edit):
            line.setMaxLength(plan_edits.MAX_LINE)  # refused where typed (a longer one was reported under Title)
        self.currency_edit = self._line("propCurrency",
                                        tr("A 3-letter code (EUR, USD) or a short symbol (€, $, kr)"))
        self.currency_edit.setAccessibleName(tr("Currency"))
        self.currency_edit.setMaxLength(8)
        self.currency_edit.textChanged.connect(lambda _t: self._check("currency"))
        form.addRow(tr("&Currency"), self._with_message("currency", self.currency_edit))
        # the language the plan's cards and documents are printed in (the window's is a setting)
        self.language_combo = QComboBox(objectName="propLanguage")
        for code, name in LANGUAGES.items():  # each language named in its own words
            self.language_combo.addItem(name, code)
        self.language_combo.setAccessibleName(tr("Language of cards and documents"))
        self.language_combo.setToolTip(tr("The language the cards, the briefing, the debrief and the summary "
                                          "for approvers are printed in (the window's own language is under "
                                          "View ▸ Language)"))
        form.addRow(tr("&Language of cards and documents"), self.language_combo)
        row = QHBoxLayout()
        self.valid_check = QCheckBox(tr("Offers valid until"), objectName="propValidCheck")
        self.valid_check.setToolTip(tr("Print “Valid until …” on the cards"))
        self.valid_edit = QDateEdit(objectName="propValidUntil")
        self.valid_edit.setAccessibleName(tr("Offers valid until"))
        self.valid_edit.setCalendarPopup(True)
        self.valid_edit.setDisplayFormat(tr("d MMM yyyy", "date format of the valid-until field"))
        self.valid_edit.setToolTip(tr("The date printed on the cards (“Valid until …”)"))
        self.valid_check.toggled.connect(self.valid_edit.setEnabled)
        self.valid_check.toggled.connect(lambda _on: self._check("valid_until"))
        self.valid_edit.dateChanged.connect(lambda _d: self._check("valid_until"))
        row.addWidget(self.valid_check)
        row.addWidget(self.valid_edit, 1)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addLayout(row)
        holder_layout.addWidget(self._message_label("valid_until"))
        form.addRow(tr("&Validity"), holder)
        # Alt+T, Alt+C and Alt+V did nothing: a label's buddy was the holder, which takes no focus
        for editor in (self.title_edit, self.counterpart_edit, self.currency_edit, self.valid_check):
            form.labelForField(editor.parentWidget()).setBuddy(editor)
        self.notes_edit = self._text("propNotes", tr("Your notes on the plan (INTERNAL: never on cards)"), 54)
        form.addRow(tr("Not&es"), self.notes_edit)  # (Alt+O is Our organisation's)
        # the approvers and their conditions take the dialog's whole width (beside the labels their
        # tables clipped their own headers)
        approvers = self._build_approvers()
        approve_label = QLabel(tr("Who must &approve"))
        approve_label.setBuddy(self.approvers_table)
        form.addRow(approve_label)
        form.addRow(approvers)
        # the approver's own weights in line with the form's fields (beside the conditions they sat
        # out of line, at the conditions' left edge)
        weights_label = QLabel(tr("Their own &weights"))
        weights_label.setBuddy(self.conditions_editor.weights_edit)
        self.conditions_editor.weights_label = weights_label
        form.addRow(weights_label, self.conditions_editor.weights_edit)
        form.addRow(self.messages["approvers"])
        self.relationship_edit = self._text("propRelationship", tr("The relationship with the supplier: history, "
                                            "tone, what to keep in mind (INTERNAL: briefing and debrief)"), 54)
        form.addRow(tr("&Relationship"), self.relationship_edit)

        self.buttons = described(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                                  | QDialogButtonBox.StandardButton.Cancel))
        self.buttons.setObjectName("propButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        internal = QLabel(tr("Notes, approvers and relationship are INTERNAL: they appear in the briefing and the "
                             "debrief, never on cards."))
        internal.setWordWrap(True)
        # the fields scroll (on a laptop with a taskbar they are taller than the room); the note
        # and the buttons below them stay in view
        sections = QWidget(objectName="propSections")
        sections.setLayout(form)
        self.scroll = QScrollArea(objectName="propScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # (Tab goes to the fields; it scrolls to them)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(sections)
        # as wide as the fields need (the scroll area itself would let them be squeezed)
        self.scroll.setMinimumWidth(sections.minimumSizeHint().width()
                                    + self.scroll.verticalScrollBar().sizeHint().width())
        root = QVBoxLayout(self)
        root.addWidget(self.scroll, 1)
        root.addWidget(internal)
        root.addWidget(self.buttons)
        self.setMinimumHeight(420)
        fit_to_screen(self, 680, 760)  # its buttons on a laptop screen too

    def _build_approvers(self) -> QWidget:
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        self.approvers_table = tab_leaves(QTableWidget(0, len(_APPROVER_COLUMNS), objectName="propApprovers"))
        self.approvers_table.setAccessibleName(tr("Who must approve on our side"))
        self.approvers_table.setHorizontalHeaderLabels([tr(c) for c in _APPROVER_COLUMNS])
        header = self.approvers_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a name, a role
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the condition in words: the rest
        self.approvers_table.setWordWrap(False)
        self.approvers_table.setItemDelegate(OneLineDelegate(self.approvers_table))  # names, on one line
        self.approvers_table.verticalHeader().setVisible(False)
        self.approvers_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.approvers_table.setToolTip(tr("Who must approve the deal on your side, and when (e.g. CFO — above "
                                           "EUR 400k). INTERNAL: the briefing and the debrief"))
        self.approvers_table.setFixedHeight(100)
        self.approvers_table.itemChanged.connect(lambda _it: self._check("approvers"))
        col.addWidget(self.approvers_table)
        row = QHBoxLayout()
        add = QPushButton(tr("Add"), objectName="propAddApprover")
        add.setToolTip(tr("Add an approver"))
        add.clicked.connect(self.add_approver_row)
        remove = QPushButton(tr("Remove"), objectName="propRemoveApprover")
        remove.setToolTip(tr("Remove the selected approver"))
        remove.clicked.connect(self._remove_approver_row)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        col.addLayout(row)
        self.conditions_editor = ConditionsEditor(self.document.plan)
        self.conditions_editor.setEnabled(False)
        self.conditions_editor.edited.connect(self._store_conditions)
        self.approvers_table.currentCellChanged.connect(lambda r, _c, _r0, _c0: self._show_conditions(r))
        col.addWidget(QLabel(tr("Conditions of the selected approver (checked on every package):")))
        col.addWidget(self.conditions_editor)
        self._message_label("approvers")  # (in the form, under the approver's weights)
        return box

    def _show_conditions(self, row: int) -> None:
        item = self.approvers_table.item(row, 0) if row >= 0 else None
        self.conditions_editor.set_conditions(list(item.data(Qt.ItemDataRole.UserRole) or []) if item else [],
                                              str(item.data(_WEIGHTS_ROLE) or "") if item else "")
        self.conditions_editor.setEnabled(row >= 0)
        if "approvers" in self.messages and hasattr(self, "buttons"):
            self._check("approvers")  # (its conditions that never apply say so)

    def _store_conditions(self) -> None:
        row = self.approvers_table.currentRow()
        if row < 0:
            return
        t = self.approvers_table
        t.blockSignals(True)
        if t.item(row, 0) is None:
            t.setItem(row, 0, QTableWidgetItem(""))
        t.item(row, 0).setData(Qt.ItemDataRole.UserRole, self.conditions_editor.conditions())
        t.item(row, 0).setData(_WEIGHTS_ROLE, self.conditions_editor.weights_text())
        t.blockSignals(False)
        self._check("approvers")

    @staticmethod
    def _line(name: str, tip: str) -> QLineEdit:
        w = one_line_field(QLineEdit(objectName=name))
        w.setToolTip(tip)
        return w

    @staticmethod
    def _text(name: str, tip: str, height: int) -> QPlainTextEdit:
        w = QPlainTextEdit(objectName=name)
        w.setToolTip(tip)
        w.setTabChangesFocus(True)
        w.setFixedHeight(height)
        return w

    def _message_label(self, field: str) -> QLabel:
        label = QLabel(objectName=f"propMessage_{field}")
        label.setWordWrap(True)
        label.setVisible(False)
        self.messages[field] = label
        return label

    def _with_message(self, field: str, editor: QWidget) -> QWidget:
        holder = QWidget()
        col = QVBoxLayout(holder)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addWidget(editor)
        col.addWidget(self._message_label(field))
        return holder

    # ===================================================================== values
    def _load(self) -> None:
        plan = self.document.plan
        self.title_edit.setText(plan.title)
        self.organisation_edit.setText(plan.our_organisation)
        self.counterpart_edit.setText(plan.counterpart)
        self.negotiator_edit.setText(plan.negotiator)
        self.currency_edit.setText(plan.currency)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(plan.language)))
        d = plan.valid_until or self.today
        self.valid_edit.setDate(QDate(d.year, d.month, d.day))
        self.valid_check.setChecked(plan.valid_until is not None)
        self.valid_edit.setEnabled(plan.valid_until is not None)
        self.notes_edit.setPlainText(plan.notes)
        self.relationship_edit.setPlainText(plan.relationship)
        for a in plan.approvers:
            self.add_approver_row(a)

    def add_approver_row(self, approver: Approver | None = None) -> int:
        t = self.approvers_table
        row = t.rowCount()
        t.blockSignals(True)
        t.insertRow(row)
        values = ("", "", "") if not isinstance(approver, Approver) else (approver.name, approver.role, approver.note)
        for c, v in enumerate(values):
            t.setItem(row, c, QTableWidgetItem(v))
        if isinstance(approver, Approver):
            t.item(row, 0).setData(Qt.ItemDataRole.UserRole, [c.model_dump() for c in approver.conditions])
            t.item(row, 0).setData(_WEIGHTS_ROLE, weights_text(approver.weights))
            t.item(row, 0).setData(_EXACT_WEIGHTS_ROLE, (weights_text(approver.weights), dict(approver.weights)))
        t.blockSignals(False)
        t.setCurrentCell(row, 0)
        self._show_conditions(row)
        return row

    def _remove_approver_row(self) -> None:
        row = self.approvers_table.currentRow()
        if row >= 0:
            self.approvers_table.removeRow(row)
            self._check("approvers")

    def _approver_rows(self) -> list[dict]:
        t = self.approvers_table
        rows = []
        self._table_rows: list[int] = []  # the table row of each approver (for the messages)
        for r in range(t.rowCount()):
            cells = [(t.item(r, c).text() if t.item(r, c) is not None else "").strip() for c in range(3)]
            conditions = t.item(r, 0).data(Qt.ItemDataRole.UserRole) if t.item(r, 0) is not None else None
            weights = str(t.item(r, 0).data(_WEIGHTS_ROLE) or "") if t.item(r, 0) is not None else ""
            exact = t.item(r, 0).data(_EXACT_WEIGHTS_ROLE) if t.item(r, 0) is not None else None
            if any(cells) or conditions:  # an empty row is ignored
                rows.append({**dict(zip(("name", "role", "note"), cells)), "conditions": list(conditions or []),
                             "weights": exact[1] if exact and exact[0] == weights else weights})
                self._table_rows.append(r)
        return rows

    @property
    def valid_until(self) -> date | None:
        if not self.valid_check.isChecked():
            return None
        d = self.valid_edit.date()
        return date(d.year(), d.month(), d.day())

    @property
    def language(self) -> str:
        """The language chosen for the plan's cards and documents (``"en"``, ``"de"``)."""
        return str(self.language_combo.currentData() or "en")

    def values(self) -> dict:
        """The dialog's values, as :func:`~meso_desk.model.edits.plan_edits.with_properties` takes them."""
        return dict(title=self.title_edit.text(), our_organisation=self.organisation_edit.text(),
                    counterpart=self.counterpart_edit.text(), negotiator=self.negotiator_edit.text(),
                    currency=self.currency_edit.text(), valid_until=self.valid_until,
                    notes=self.notes_edit.toPlainText(), approvers=self._approver_rows(),
                    relationship=self.relationship_edit.toPlainText())

    # ===================================================================== checking
    def _checks(self) -> dict[str, Callable[[], object]]:
        return {"title": lambda: plan_edits.checked_title(self.title_edit.text()),
                "counterpart": lambda: plan_edits.checked_supplier(self.document.plan, self.counterpart_edit.text()),
                "currency": lambda: plan_edits.checked_currency(self.currency_edit.text()),
                "approvers": lambda: plan_edits.checked_approvers(self._approver_rows(), self.document.plan)}

    def _check(self, field: str) -> None:
        label = self.messages[field]
        if field == "valid_until":
            text = plan_edits.valid_until_warning(self.valid_until, self.today)
            self._show(label, text, WARNING_COLOUR)
            return
        try:
            checked = self._checks()[field]()
        except PlanError as e:
            reason = e.reason
            m = _APPROVER_PATH.match(e.path) if field == "approvers" else None
            if m and m.group(2):
                reason = tr("row {row}, condition {condition}: {reason}").format(
                    row=self._table_rows[int(m.group(1))] + 1, condition=int(m.group(2)) + 1, reason=reason)
            elif m:
                reason = tr("row {row}: {reason}").format(row=self._table_rows[int(m.group(1))] + 1, reason=reason)
            self._errors[field] = reason
            self._show(label, reason, ERROR_COLOUR)
        else:
            self._errors.pop(field, None)
            self._show(label, self._idle_text(checked) if field == "approvers" else "", WARNING_COLOUR)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not self._errors)

    def _idle_text(self, approvers) -> str:
        """The conditions kept that never apply, and why (a warning: OK stays enabled); the selected
        approver's rows say so too (docs/approvals.md)."""
        idle = idle_conditions(self.document.plan, approvers)
        current = self.approvers_table.currentRow()
        self.conditions_editor.show_idle({j: why for k, j, why in idle if self._table_rows[k] == current})
        lines = (tr("row {row}, condition {condition}: {reason}").format(
            row=self._table_rows[k] + 1, condition=j + 1, reason=why) for k, j, why in idle)
        return "\n".join(x[:1].upper() + x[1:] for x in lines)  # one warning a line, each a sentence

    @staticmethod
    def _show(label: QLabel, text: str, colour: str) -> None:
        label.setText(text[:1].upper() + text[1:])
        label.setStyleSheet(f"color: {text_colour(colour, label.palette()).name()};")  # AA on the palette in use
        label.setVisible(bool(text))

    def _check_all(self) -> None:
        for f in ("title", "counterpart", "currency", "approvers", "valid_until"):
            self._check(f)

    @property
    def errors(self) -> dict[str, str]:
        """Field → why its value is refused (empty when OK may be pressed)."""
        return dict(self._errors)

    # ===================================================================== applying
    def accept(self) -> None:
        if self._errors:
            return
        try:
            new = plan_edits.with_properties(self.document.plan, **self.values())
        except PlanError as e:  # (each field was checked as typed: a last guard)
            self._show(self.messages.get(e.path, self.messages["title"]), e.reason if e.path in self.messages
                       else str(e), ERROR_COLOUR)
            return
        except ValueError as e:  # the plan's own check (InvalidInput, "path: reason"): said, never a crash
            self._show(self.messages["title"], str(e), ERROR_COLOUR)
            return
        if new.language != self.language:  # the same one undoable step as the other fields
            new = new.replace(language=self.language)
        if self.document.apply(new, tr(plan_edits.UNDO_TEXT)):
            warning = plan_edits.valid_until_warning(new.valid_until, self.today)
            self.document.post_message(warning or tr("Plan properties changed."), 6000)
        super().accept()


def open_plan_properties(parent: QWidget | None, document: PlanDocument) -> PlanPropertiesDialog:
    """Open File ▸ Plan Properties… for ``document`` (window-modal; returns the dialog)."""
    dlg = PlanPropertiesDialog(document, parent)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dlg.open()
    return dlg


__all__ = ["PlanPropertiesDialog", "open_plan_properties"]
