"""Total Cost…: which issue is the unit price, which the volume, freight per incoterm, the
financing rate and price breaks (``docs/total-cost.md``).

The dialog builds a :class:`~meso_desk.model.preferences.total_cost.CostModel` from its fields
on every change and checks it with the plan's own rules
(:func:`~meso_desk.model.edits.cost_edits.with_costs`): a field that cannot be read is marked
where it was typed, the reason is shown under the form and OK stays disabled. OK applies the
model through :meth:`PlanDocument.apply` (one undo step); Remove takes it away (also undoable).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import ValidationError
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....model.edits.cost_edits import (
    EditRefused,
    cost_undo_text,
    parse_freight,
    parse_rate,
    parse_tiers,
    parse_volume,
    suggested_cost_model,
    tiers_text,
    with_costs,
)
from ....model.errors import first_error
from ....model.language import QT_TR_NOOP, current_language, localise_number, tr
from ....model.plan import Plan
from ....model.preferences.issues import CategoricalIssue, NumericIssue
from ....model.preferences.total_cost import CostModel, format_money, total_costs
from ..common import StaleGuard, described
from ..dialog_keys import add_buttons, tab_after
from ..look import ERROR, text_colour

if TYPE_CHECKING:
    from ...document import PlanDocument

#: The volume combo's first entry: the volume is not negotiated (a fixed number of units).
FIXED = QT_TR_NOOP("(a fixed number of units)")
NONE = QT_TR_NOOP("(none)")


def _shown(x: float, spec: str) -> str:
    """A number in an edit field: English as before (``1,500``); German without grouping and
    with a decimal comma (``1500,5``), which the parser reads (it takes ``1.500`` for 1.5)."""
    language = current_language()
    if language == "en":
        return format(x, spec)
    plain = spec.replace(",", "")
    return localise_number(format(x, plain), x, plain, language)


class CostDialog(QDialog):
    """Edit ``document``'s total cost model (see the module docstring)."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.reason = ""
        self._freight_edits: dict[str, QLineEdit] = {}
        self.setObjectName("costDialog")
        self.setWindowTitle(tr("Total Cost"))
        self.setMinimumWidth(460)
        plan = document.plan
        self._build_fields(plan)
        self._build_buttons()
        self._build_layout()
        # another plan opened (or its issues changed) while it is open: its fields speak of the old
        # one, and OK would write them over the new — it closes and says so
        self._guard = StaleGuard(self, document, lambda change: change.touches("issues", "costs", "currency"),
                                 tr("Total Cost closed: the plan changed while it was open; open it again."))
        self._load(plan.costs or suggested_cost_model(plan))
        self._check()

    # -- building -----------------------------------------------------------------------------
    def _build_fields(self, plan: Plan) -> None:
        numeric = [i.name for i in plan.issues if isinstance(i, NumericIssue)]
        categorical = [i.name for i in plan.issues if isinstance(i, CategoricalIssue)]

        def field(widget, name: str, tip: str, changed):
            widget.setObjectName(name)
            widget.setToolTip(tip)
            changed.connect(self._check)
            return widget

        def combo(name: str, items: list[str], tip: str, first: str | None = None) -> QComboBox:
            c = QComboBox(self)
            if first is not None:  # the sentinel entry: shown translated, read as None
                c.addItem(tr(first), None)
            for item in items:
                c.addItem(item, item)
            return field(c, name, tip, c.currentIndexChanged)

        def line(name: str, placeholder: str, tip: str) -> QLineEdit:
            e = QLineEdit(self)
            e.setPlaceholderText(placeholder)
            return field(e, name, tip, e.textChanged)

        self.unit_price = combo("costUnitPrice", numeric, tr("The issue that is the price of one unit."))
        self.volume = combo("costVolume", numeric, tr("The issue that is the number of units ordered."), FIXED)
        self.fixed_units = line("costFixedUnits", "1", tr("Units when the volume is not negotiated."))
        self.tiers = line("costTiers", tr("2,500: 3 %; 5,000: 5 %", "price breaks placeholder"),
                          tr("Price breaks: from that many units on, every unit costs that much less."))
        self.freight_issue = combo("costFreightIssue", categorical,
                                   tr("The issue freight depends on (the incoterm)."), NONE)
        self.freight_issue.currentIndexChanged.connect(self._rebuild_freight)
        self.freight_box = QGroupBox(tr("Freight we carry, per order"), self)
        self.freight_box.setObjectName("costFreight")
        self.freight_form = QFormLayout(self.freight_box)
        self.payment_issue = combo("costPaymentIssue", numeric, tr("The issue of days until payment."), NONE)
        self.rate = line("costRate", "6 %", tr("Annual rate: paying d days later saves spend × rate × d / 365."))
        self.error = QLabel(self)
        self.error.setObjectName("costError")
        self.error.setWordWrap(True)
        colour = text_colour(ERROR, self.palette()).name()
        self.error.setStyleSheet(f"color: {colour};")
        self.preview = QLabel(self)
        self.preview.setObjectName("costPreview")
        self.preview.setWordWrap(True)

    def _build_buttons(self) -> None:
        self.buttons = described(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                                  | QDialogButtonBox.StandardButton.Cancel, self))
        self.remove_button = QPushButton(tr("Remove", "total cost model"), self)
        self.remove_button.setObjectName("costRemove")
        self.remove_button.setToolTip(tr("Packages show points only (undoable)."))
        self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.remove_button.clicked.connect(self.remove)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(tr("Unit price"), self.unit_price)
        form.addRow(tr("Volume"), self.volume)
        form.addRow(tr("Fixed units"), self.fixed_units)
        form.addRow(tr("Price breaks"), self.tiers)
        form.addRow(tr("Freight depends on"), self.freight_issue)
        form.addRow(tr("Payment term"), self.payment_issue)
        form.addRow(tr("Financing rate (a year)"), self.rate)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.freight_box)
        lay.addWidget(self.preview)
        lay.addWidget(self.error)
        add_buttons(lay, self.buttons, default=self.buttons.button(QDialogButtonBox.StandardButton.Ok))

    def _rebuild_freight(self) -> None:
        old = {k: e.text() for k, e in self._freight_edits.items()}
        while self.freight_form.rowCount():
            self.freight_form.removeRow(0)
        self._freight_edits = {}
        name = self.freight_issue.currentData()
        plan = self.document.plan
        if name is not None:
            issue = plan.issue(name)
            assert isinstance(issue, CategoricalIssue)
            for label in issue.labels:
                e = QLineEdit(old.get(label, ""), self.freight_box)
                e.setObjectName("costFreightAmount")
                e.setProperty("option", label)
                e.setPlaceholderText("0")
                e.textChanged.connect(self._check)
                self.freight_form.addRow(label, e)
                self._freight_edits[label] = e
        tab_after(self.rate, *self._freight_edits.values())  # the box below the form, before the buttons
        self.freight_box.setVisible(bool(self._freight_edits))

    def _load(self, costs: CostModel | None) -> None:
        if costs is None:
            self._rebuild_freight()
            return
        self.unit_price.setCurrentText(costs.unit_price)
        self.volume.setCurrentIndex(max(0, self.volume.findData(costs.volume)))
        self.fixed_units.setText("" if costs.fixed_volume == 1 else _shown(costs.fixed_volume, ",.10g"))
        self.tiers.setText(tiers_text(costs.tiers))
        self.freight_issue.setCurrentIndex(max(0, self.freight_issue.findData(costs.freight_issue)))
        self._rebuild_freight()
        for label, amount in costs.freight.items():
            if label in self._freight_edits:
                self._freight_edits[label].setText(_shown(amount, ",.10g"))
        self.payment_issue.setCurrentIndex(max(0, self.payment_issue.findData(costs.payment_issue)))
        self.rate.setText(f"{_shown(costs.financing_rate, 'g')} %" if costs.financing_rate else "")

    # -- reading and checking -----------------------------------------------------------------
    def _field(self, edit: QLineEdit, parse):
        """``parse(edit.text())``, marking ``edit`` when it cannot be read."""
        try:
            value = parse(edit.text())
        except EditRefused:
            self._mark(edit, True)
            raise
        self._mark(edit, False)
        return value

    @staticmethod
    def _mark(edit: QLineEdit, invalid: bool) -> None:
        edit.setProperty("invalid", invalid)
        edit.setStyleSheet(f"border: 1px solid {ERROR};" if invalid else "")

    def _unused(self) -> dict:
        """The values of the greyed-out fields, which are not read: the model drops them (no price
        breaks without a volume issue, no rate without a payment term), and the fixed units of a
        negotiated volume stay as the plan has them."""
        stored = self.document.plan.costs
        return {"fixed": stored.fixed_volume if stored is not None else 1.0, "tiers": (), "rate": 0.0}

    def model(self) -> CostModel:
        """The cost model of the fields (raises :class:`EditRefused` for a field that cannot be read;
        a greyed-out field is not read, so what is left in it neither counts nor blocks OK)."""
        volume = self.volume.currentData()
        freight_issue = self.freight_issue.currentData()
        payment = self.payment_issue.currentData()
        errors: list[str] = []
        values = self._unused()
        fields = [("fixed", self.fixed_units, parse_volume), ("tiers", self.tiers, parse_tiers),
                  ("rate", self.rate, parse_rate)]
        fields += [(f"freight:{k}", e, lambda t, k=k: parse_freight(t, k))
                   for k, e in self._freight_edits.items()]
        for key, edit, parse in fields:  # every field is checked, so each bad one is marked
            if not edit.isEnabled():
                self._mark(edit, False)  # marked again when it is enabled again
                continue
            try:
                values[key] = self._field(edit, parse)
            except EditRefused as err:
                errors.append(str(err))
        if errors:
            raise EditRefused(errors[0])
        # an amount typed (0 included: "DDP: 0" is a statement) is kept; an empty field is none
        freight = {k.split(":", 1)[1]: v for k, v in values.items()
                   if k.startswith("freight:") and (v or self._freight_edits[k.split(":", 1)[1]].text().strip())}
        try:
            return CostModel(unit_price=self.unit_price.currentText(), volume=volume,
                             fixed_volume=values["fixed"], tiers=values["tiers"] if volume is not None else (),
                             freight_issue=freight_issue, freight=freight,
                             payment_issue=payment,
                             financing_rate=0.0 if payment is None else values["rate"])
        except ValidationError as err:
            raise EditRefused(first_error(err)) from None

    def proposed_plan(self) -> Plan | None:
        """The plan with the fields' cost model, or None with :attr:`reason` set."""
        try:
            return with_costs(self.document.plan, self.model()).plan
        except EditRefused as err:
            self.reason = str(err)
            return None

    def _check(self) -> None:
        self.reason = ""
        self.fixed_units.setEnabled(self.volume.currentData() is None)
        self.tiers.setEnabled(self.volume.currentData() is not None)
        self.rate.setEnabled(self.payment_issue.currentData() is not None)
        if self.unit_price.count() == 0:
            self.reason = tr("the plan has no numeric issue to be the unit price")
            new = None
        else:
            new = self.proposed_plan()
        self.error.setText(self.reason)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(new is not None)
        if new is not None:
            costs = total_costs(new, [p.terms for p in new.packages])
            costs = [] if costs is None else costs
            self.preview.setText("; ".join(f"{p.name}: {format_money(float(c), new.currency)}"
                                           for p, c in zip(new.packages, costs)))
        else:
            self.preview.setText("")

    # -- applying -------------------------------------------------------------------------------
    def accept(self) -> None:
        if self._guard.stale:  # closed when the plan changed under it: nothing of it is applied
            return
        new = self.proposed_plan()
        if new is None:
            self.error.setText(self.reason)
            return
        before = self.document.plan
        with self._guard.applying():
            if self.document.apply(new, cost_undo_text(before, new)):
                self.document.post_message(with_costs(before, new.costs).message)
        super().accept()

    def remove(self) -> None:
        before = self.document.plan
        if before.costs is not None:
            new = with_costs(before, None)
            with self._guard.applying():
                self.document.apply(new.plan, cost_undo_text(before, new.plan))
            self.document.post_message(new.message)
        super().reject()


def open_cost_dialog(parent: QWidget | None, document: PlanDocument) -> CostDialog:
    """Show the Total Cost dialog for ``document`` (modeless; returned for tests)."""
    dlg = CostDialog(document, parent)
    dlg.show()
    return dlg
