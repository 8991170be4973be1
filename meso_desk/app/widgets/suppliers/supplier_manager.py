"""Suppliers… (docs/suppliers.md): the plan's suppliers and what is each one's own.

A list of the suppliers (add, rename, remove); for the selected one its negotiator, contacts,
notes and which packages are its quotes; for the plan, whether our BATNA follows the market (the
best offer held from the other suppliers) and the outside option. Every change goes through the
model's edits (:mod:`meso_desk.model.edits.supplier_edits`) on a working copy, refused where it
is typed with the reason; OK applies them all as one undoable step, Cancel drops them.

A refused name stays in its field as typed, marked (a red border, the reason in its tooltip and
under the list), and Enter there does nothing more: it does not press OK (Enter reached the
dialog's default button after the refusal, closing the dialog and hiding the reason). Enter in
the new supplier's name adds it and keeps the dialog open, to tick its quotes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....model.edits import supplier_edits as se
from ....model.language import tr
from ..common import described, one_line_field
from ..look import ERROR

#: the outside option's entry when no package of the plan has its terms (it stays as it is)
KEPT = "\x00kept"

if TYPE_CHECKING:
    from ...document import PlanDocument


class SupplierManager(QDialog):
    """Edit the suppliers of ``document``'s plan (objectName ``supplierManager``)."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supplierManager")
        self.setWindowTitle(tr("Suppliers"))
        self.document = document
        self.plan = document.plan  # the working copy
        self._name = ""  # the supplier shown
        self.list = QListWidget(objectName="supplierList")
        self.list.setAccessibleName(tr("Suppliers"))
        self.list.currentTextChanged.connect(self._show)
        self.new_name = one_line_field(QLineEdit(objectName="supplierNewName", placeholderText=tr("New supplier's name")))
        self.new_name.setAccessibleName(tr("New supplier's name"))
        add = QPushButton(tr("Add"), objectName="supplierAdd")
        add.clicked.connect(self._add)
        self.new_name.returnPressed.connect(self._add)
        self.new_name.textEdited.connect(lambda _t: self._mark(self.new_name, ""))
        remove = QPushButton(tr("Remove"), objectName="supplierRemove")
        remove.setToolTip(tr("Remove the selected supplier with its rounds and agreement (its quotes stay as "
                             "packages)"))
        remove.clicked.connect(self._remove)
        self.name_edit = one_line_field(QLineEdit(objectName="supplierName"))
        self.name_edit.setAccessibleName(tr("Supplier's name"))
        self.name_edit.editingFinished.connect(self._rename)
        self.name_edit.textEdited.connect(lambda _t: self._mark(self.name_edit, ""))
        self.negotiator = one_line_field(QLineEdit(objectName="supplierNegotiator"))
        self.negotiator.setAccessibleName(tr("Their negotiator"))
        self.contacts = QPlainTextEdit(objectName="supplierContacts")
        self.contacts.setAccessibleName(tr("Contacts"))
        self.contacts.setTabChangesFocus(True)
        self.contacts.setFixedHeight(54)
        self.notes = QPlainTextEdit(objectName="supplierNotes")
        self.notes.setAccessibleName(tr("Notes on this supplier"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(54)
        self.negotiator.editingFinished.connect(self._details)
        self.contacts.textChanged.connect(self._details)
        self.notes.textChanged.connect(self._details)
        self.quotes = QListWidget(objectName="supplierQuotes")
        self.quotes.setAccessibleName(tr("Its quotes: the packages that are this supplier's offers"))
        self.quotes.itemChanged.connect(self._quote_ticked)
        self.market = QCheckBox(tr("Our BATNA follows the market: the best offer held from the other suppliers"),
                                objectName="supplierMarket")
        self.market.toggled.connect(self._market)
        self.outside = QComboBox(objectName="supplierOutside")
        self.outside.setAccessibleName(tr("Outside option"))
        self.outside.setToolTip(tr("An alternative outside these suppliers (a catalogue price, another quote): "
                                   "it counts as an offer against every supplier"))
        self.outside.activated.connect(self._outside)
        self.message = QLabel(objectName="supplierMessage", wordWrap=True)
        # room for two lines from the start ("Removed the supplier … Cancel keeps it." was drawn
        # clipped in the one line an empty message had; the list no longer jumps when one appears)
        m = self.message.contentsMargins()
        self.message.setMinimumHeight(2 * self.message.fontMetrics().lineSpacing() + m.top() + m.bottom())
        self.buttons = described(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel))
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        self._build_layout(add, remove)
        self.resize(720, 520)
        self._fill(self.plan.counterpart)

    def _build_layout(self, add: QPushButton, remove: QPushButton) -> None:
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_name, 1)
        row.addWidget(add)
        left.addLayout(row)
        left.addWidget(remove)
        box = QGroupBox(tr("The selected supplier"))
        form = QFormLayout(box)
        form.addRow(tr("Name"), self.name_edit)
        form.addRow(tr("Negotiator"), self.negotiator)
        form.addRow(tr("Contacts"), self.contacts)
        form.addRow(tr("Notes"), self.notes)
        form.addRow(tr("Its quotes"), self.quotes)
        top = QHBoxLayout()
        top.addLayout(left, 2)
        top.addWidget(box, 3)
        market = QGroupBox(tr("Our BATNA"))
        mform = QFormLayout(market)
        mform.addRow(self.market)
        mform.addRow(tr("Outside option"), self.outside)
        lay = QVBoxLayout(self)
        lay.addLayout(top, 1)
        lay.addWidget(market)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)

    # -- showing -----------------------------------------------------------------------------------
    def _fill(self, select: str) -> None:
        with QSignalBlocker(self.list):
            self.list.clear()
            for n in self.plan.supplier_names:
                it = QListWidgetItem(tr("{supplier} — worked on").format(supplier=n) if n == self.plan.counterpart
                                     else n)
                it.setData(Qt.ItemDataRole.UserRole, n)
                self.list.addItem(it)
        names = self.plan.supplier_names
        self.list.setCurrentRow(names.index(select) if select in names else 0)
        self._show()
        with QSignalBlocker(self.market):
            self.market.setChecked(self.plan.batna_from_market)
        with QSignalBlocker(self.outside):
            self.outside.clear()
            self.outside.addItem(tr("none"), None)
            for p in self.plan.package_names:
                self.outside.addItem(p, p)
            outside = self.plan.outside_option
            match = next((p.name for p in self.plan.packages if outside is not None
                          and dict(p.terms) == outside), None)
            if outside is not None and match is None:  # in force, but no package has its terms (any more)
                self.outside.insertItem(1, tr("its own terms, worth {points:.1f} points (no package of the plan)")
                                        .format(points=self.plan.package(outside).score), KEPT)
                self.outside.setItemData(1, "\n".join(f"{i.name}: {i.format_term(outside[i.name])}"
                                                       for i in self.plan.issues if i.name in outside),
                                         Qt.ItemDataRole.ToolTipRole)
                match = KEPT
            self.outside.setCurrentIndex(max(0, self.outside.findData(match)) if match else 0)

    def _show(self, *_: object) -> None:
        it = self.list.currentItem()
        if it is None:
            return
        self._name = it.data(Qt.ItemDataRole.UserRole)
        rec = self.plan.supplier_record(self._name)
        for w, text in ((self.name_edit, rec.counterpart), (self.negotiator, rec.negotiator)):
            with QSignalBlocker(w):
                w.setText(text)
            self._mark(w, "")
        for w, text in ((self.contacts, rec.contacts), (self.notes, rec.supplier_notes)):
            with QSignalBlocker(w):
                w.setPlainText(text)
        with QSignalBlocker(self.quotes):
            self.quotes.clear()
            for p in self.plan.package_names:
                owner = se.quote_owner(self.plan, p)
                # short enough for the list (the longer words ran under a scrollbar); the rest in its tip
                label = p if owner in (None, self._name) else tr("{package} ({supplier}'s)").format(
                    package=p, supplier=owner)
                q = QListWidgetItem(label)
                if owner not in (None, self._name):
                    q.setToolTip(tr("A quote of {supplier}: ticking it moves it to this supplier").format(
                        supplier=owner))
                q.setData(Qt.ItemDataRole.UserRole, p)
                q.setFlags(q.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                q.setCheckState(Qt.CheckState.Checked if owner == self._name else Qt.CheckState.Unchecked)
                self.quotes.addItem(q)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {ERROR};" if error else "")
        if self.message.heightForWidth(self.message.width()) > self.message.height():
            self.layout().activate()  # a longer message gets its lines now, not clipped until the next layout

    def _mark(self, field: QWidget, reason: str) -> None:
        """Mark ``field`` as holding a refused value (``reason``), or clear the mark (``""``)."""
        field.setProperty("refused", bool(reason))
        if reason:  # a red tint of the field's base (a border stylesheet made the box shorter)
            pal = QPalette(self.palette())
            base, red = pal.color(QPalette.ColorRole.Base), QColor(ERROR)
            pal.setColor(QPalette.ColorRole.Base, QColor.fromRgbF(
                0.72 * base.redF() + 0.28 * red.redF(), 0.72 * base.greenF() + 0.28 * red.greenF(),
                0.72 * base.blueF() + 0.28 * red.blueF()))
            field.setPalette(pal)
        else:
            field.setPalette(QPalette())  # the dialog's again
        field.setToolTip(reason)

    def _edit(self, fn, *args, select: str | None = None, refill: bool = True, field: QWidget | None = None,
              **kw) -> bool:
        """Apply ``fn`` to the working copy; refused: the reason, where typed (``field`` marked).
        ``refill`` False keeps the fields as typed (details typed letter by letter: refilling would
        move the cursor)."""
        try:
            out = fn(self.plan, *args, **kw)
        except (se.SupplierEditRefused, ValueError, KeyError) as e:
            # a KeyError's str() is the repr of its message; only that quoting is unwrapped
            reason = str(e.args[0]) if isinstance(e, KeyError) and e.args else str(e)
            self._say(reason, error=True)
            if field is not None:
                self._mark(field, reason)
            return False
        if field is not None:
            self._mark(field, "")
        new = getattr(out, "plan", out)
        message = getattr(out, "message", "")
        if message or refill:
            self._say(message)
        if new is not self.plan:
            self.plan = new
            if refill:
                self._fill(select or self._name)
        return True

    # -- gestures --------------------------------------------------------------------------------
    def _add(self) -> None:
        name = self.new_name.text()
        if self._edit(se.add_supplier, name, select=" ".join(name.split()), field=self.new_name):
            self.new_name.clear()

    def _remove(self) -> None:
        if self._name and self._edit(se.remove_supplier, self._name, select=""):
            self._say(tr("{message} Cancel keeps it.").format(message=self.message.text()))

    def _rename(self) -> bool:
        """Rename the supplier shown to the name typed; False when refused (the name stays typed,
        marked)."""
        new = self.name_edit.text()
        if self._name and " ".join(new.split()) != self._name:
            return self._edit(se.rename_supplier, self._name, new, select=" ".join(new.split()),
                              field=self.name_edit)
        self._mark(self.name_edit, "")
        return True

    def _details(self) -> None:
        if self._name:
            self._edit(se.set_supplier_details, self._name, negotiator=self.negotiator.text(),
                       contacts=self.contacts.toPlainText(), notes=self.notes.toPlainText(), refill=False,
                       field=self.negotiator)

    def _quote_ticked(self, item: QListWidgetItem) -> None:
        pkg = item.data(Qt.ItemDataRole.UserRole)
        mine = item.checkState() == Qt.CheckState.Checked
        self._edit(se.set_quote, pkg, self._name if mine else None)

    def _market(self, on: bool) -> None:
        self._edit(se.set_market_batna, on)

    def _outside(self, _index: int) -> None:
        name = self.outside.currentData()
        if name == KEPT:
            return  # the outside option in force stays as it is
        terms = None if name is None else self.plan.stored_package(name).terms
        self._edit(se.set_outside_option, terms)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a field whose value was just refused, or in the new supplier's name (whose Enter
        is Add), stops there: it does not press OK."""
        focus = self.focusWidget()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and focus is not None and (
                focus is self.new_name or focus.property("refused")):
            event.accept()
            return
        super().keyPressEvent(event)

    def _ok(self) -> None:
        if not self._rename():
            return  # the refused name stays typed, marked, with its reason
        self.document.apply(self.plan, tr("Edit suppliers"))
        self.accept()


__all__ = ["SupplierManager"]
