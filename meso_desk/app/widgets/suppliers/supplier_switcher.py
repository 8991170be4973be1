"""The supplier being worked on, in the toolbar (docs/suppliers.md): one click to switch.

A combo box ("Supplier: Ergonord Seating AB ▾") lists the plan's suppliers, then *Add supplier…*
(the Suppliers dialog, its new name field ready) and *Manage suppliers…* (add, rename, remove,
their details and quotes, the market BATNA). Choosing a supplier
is one undoable step ("Switch to Nordlys Kontor AS"); Negotiation ▸ Next Supplier (Ctrl+Shift+K)
does the same with the keyboard. It shows with one supplier too, so that a second can be added.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ....model.edits.supplier_edits import next_supplier, switch_supplier
from ....model.language import tr

if TYPE_CHECKING:
    from ...document import PlanDocument

MANAGE = "\x00manage"
ADD = "\x00add"


class SupplierSwitcher(QWidget):
    """``Supplier: [name ▾]`` — switches the supplier worked on (objectName ``supplierSwitch``)."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supplierSwitcher")
        self._doc = document
        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 0, 6, 0)
        lay.setSpacing(4)
        label = QLabel(tr("Supplier:"))
        self.combo = QComboBox(objectName="supplierSwitch")
        self.combo.setAccessibleName(tr("Supplier worked on"))
        self.combo.setToolTip(tr("The supplier you are working on: its rounds, estimate, deal and cards. "
                                 "Switch here or with Ctrl+Shift+K (Negotiation ▸ Next Supplier)"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        label.setBuddy(self.combo)
        lay.addWidget(label)
        lay.addWidget(self.combo)
        self.combo.activated.connect(self._chosen)
        self._shown: tuple | None = None
        document.changed.connect(lambda _c: self.refresh())
        self.refresh()

    def refresh(self, force: bool = False) -> None:
        plan = self._doc.plan
        names = plan.supplier_names
        key = (tuple(names), plan.counterpart)
        if key == self._shown and not force:
            return  # a drag or any other edit: the list stays as it is (no relayout of the toolbar)
        self._shown = key
        with QSignalBlocker(self.combo):
            self.combo.clear()
            for n in names:
                self.combo.addItem(n or tr("(unnamed supplier)"), n)
            self.combo.insertSeparator(self.combo.count())
            self.combo.addItem(tr("Add supplier…"), ADD)
            self.combo.addItem(tr("Manage suppliers…"), MANAGE)
            self.combo.setCurrentIndex(names.index(plan.counterpart))

    def _chosen(self, index: int) -> None:
        data = self.combo.itemData(index)
        if data in (MANAGE, ADD):
            self.refresh(force=True)
            dlg = self.open_manager()
            if data == ADD:
                dlg.new_name.setFocus()
            return
        self._doc.commit_pending_edits()  # what is typed counts for the supplier it was typed for
        plan = self._doc.plan
        if data is not None and data != plan.counterpart and data in plan.supplier_names:
            self._doc.apply(switch_supplier(plan, data), tr("Switch to {supplier}").format(supplier=data))

    def next(self, step: int = 1) -> None:
        """Work on the next supplier (``step`` −1: the previous), one undoable step; text still
        being typed (the lessons, a walk-away guess) first counts for the supplier worked on."""
        self._doc.commit_pending_edits()
        plan = self._doc.plan
        if len(plan.supplier_names) > 1:
            new = next_supplier(plan, step)
            self._doc.apply(new, tr("Switch to {supplier}").format(supplier=new.counterpart))

    def open_manager(self):
        from .supplier_manager import SupplierManager

        dlg = SupplierManager(self._doc, self.window())
        dlg.open()
        return dlg


__all__ = ["ADD", "MANAGE", "SupplierSwitcher"]
