"""Switching and managing suppliers in the window (issue 25, docs/suppliers.md): one click or one
shortcut switches the supplier worked on, every panel follows, undo switches back; the Suppliers
dialog adds a supplier and marks its quote in one undoable step and refuses what cannot be."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
)

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.widgets.suppliers.supplier_manager import SupplierManager
from meso_desk.app.widgets.suppliers.supplier_switcher import ADD, MANAGE, SupplierSwitcher
from meso_desk.model.edits import supplier_edits as se
from meso_desk.model.edits.round_edits import record_choice
from meso_desk.model.package import StoredPackage


def sourcing_plan():
    p = md.example_plan("supplier")
    base = dict(p.stored_package("Competing quote (BATNA)").terms)
    p = p.replace(packages=(*p.packages, StoredPackage(name="Nordlys quote", terms={**base, "Unit price": 230.0})))
    p = se.add_supplier(p, "Nordlys Kontor AS").plan
    p = se.set_quote(p, "Nordlys quote", "Nordlys Kontor AS")
    return record_choice(p, ["Our ideal", "Their opening quote"], 1)  # a round with Ergonord


def test_the_switcher_switches_in_one_step_and_undo_switches_back(qtbot):
    doc = PlanDocument(sourcing_plan())
    sw = SupplierSwitcher(doc)
    qtbot.addWidget(sw)
    combo = sw.findChild(QComboBox, "supplierSwitch")
    assert combo.accessibleName() and combo.currentData() == "Ergonord Seating AB"
    assert [combo.itemData(k) for k in range(combo.count()) if combo.itemText(k)] == [
        "Ergonord Seating AB", "Nordlys Kontor AS", ADD, MANAGE]
    combo.activated.emit(1)
    assert doc.plan.counterpart == "Nordlys Kontor AS" and doc.plan.rounds == ()
    assert combo.currentData() == "Nordlys Kontor AS"
    assert doc.undo_stack.undoText() == "Switch to Nordlys Kontor AS"
    sw.next()
    assert doc.plan.counterpart == "Ergonord Seating AB" and len(doc.plan.rounds) == 1
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.plan.counterpart == "Ergonord Seating AB" and combo.currentData() == "Ergonord Seating AB"


def test_the_manager_adds_a_supplier_and_its_quote_in_one_undo_step(qtbot):
    plan = sourcing_plan()
    doc = PlanDocument(plan)
    dlg = SupplierManager(doc)
    qtbot.addWidget(dlg)
    dlg.show()
    name = dlg.findChild(QLineEdit, "supplierNewName")
    qtbot.keyClicks(name, "Nordlys Kontor AS")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    msg = dlg.findChild(QLabel, "supplierMessage")
    assert "already a supplier" in msg.text() and len(dlg.plan.supplier_names) == 2  # refused where typed
    name.clear()
    qtbot.keyClicks(name, "Sitwell Office Ltd")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert dlg.plan.supplier_names[-1] == "Sitwell Office Ltd"
    quotes = dlg.findChild(QListWidget, "supplierQuotes")
    item = next(quotes.item(k) for k in range(quotes.count()) if quotes.item(k).data(Qt.ItemDataRole.UserRole)
                == "Their opening quote")
    item.setCheckState(Qt.CheckState.Checked)
    assert se.quote_owner(dlg.plan, "Their opening quote") == "Sitwell Office Ltd"
    assert doc.plan == plan  # nothing applied before OK
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert doc.plan.supplier_names == ["Ergonord Seating AB", "Nordlys Kontor AS", "Sitwell Office Ltd"]
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText() == "Edit suppliers"
    doc.undo_stack.undo()
    assert doc.plan == plan


def test_add_supplier_in_the_list_opens_the_dialog_ready_for_a_name(qtbot):
    doc = PlanDocument(md.example_plan("supplier"))  # one supplier: the switcher is there to add a second
    sw = SupplierSwitcher(doc)
    qtbot.addWidget(sw)
    sw.show()
    combo = sw.findChild(QComboBox, "supplierSwitch")
    combo.activated.emit(combo.findData(ADD))
    dlg = sw.window().findChild(SupplierManager) or sw.findChild(SupplierManager)
    assert dlg is not None and dlg.isVisible()
    qtbot.waitUntil(lambda: dlg.new_name.hasFocus())
    assert combo.currentData() == doc.plan.counterpart and doc.undo_stack.count() == 0
    dlg.reject()


def test_contacts_and_notes_keep_what_is_typed(qtbot):
    doc = PlanDocument(md.example_plan("supplier"))
    dlg = SupplierManager(doc)
    qtbot.addWidget(dlg)
    dlg.show()
    contacts = dlg.findChild(QPlainTextEdit, "supplierContacts")
    qtbot.keyClicks(contacts, "Kari Lund")
    qtbot.keyClick(contacts, Qt.Key.Key_Return)
    qtbot.keyClicks(contacts, "kari@ergonord.example")
    assert contacts.toPlainText() == "Kari Lund\nkari@ergonord.example"
    qtbot.keyClicks(dlg.findChild(QPlainTextEdit, "supplierNotes"), "Fast samples, slow invoices")
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert doc.plan.contacts == "Kari Lund\nkari@ergonord.example"
    assert doc.plan.supplier_notes == "Fast samples, slow invoices" and doc.undo_stack.count() == 1


def test_the_last_supplier_cannot_be_removed(qtbot):
    doc = PlanDocument(md.example_plan("supplier"))
    dlg = SupplierManager(doc)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.findChild(QPushButton, "supplierRemove").click()
    assert "at least one supplier" in dlg.findChild(QLabel, "supplierMessage").text()
    assert dlg.plan == doc.plan


def test_the_shortcut_switches_and_every_panel_follows(make_window, qtbot):
    from PySide6.QtWidgets import QApplication

    win = make_window(sourcing_plan(), autosave=False, remember_layout=False)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=5000)
    combo = win.findChild(QComboBox, "supplierSwitch")
    assert combo is not None and combo.isVisible() and combo.currentData() == "Ergonord Seating AB"
    assert win.actions.next_supplier.shortcut().toString() == "Ctrl+Shift+K"
    history = win.counterpart_panel.history
    assert len(win.document.plan.rounds) == 1
    qtbot.keyClick(QApplication.focusWidget() or win, Qt.Key.Key_K,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert win.document.plan.counterpart == "Nordlys Kontor AS"
    assert combo.currentData() == "Nordlys Kontor AS"
    assert win.document.plan.rounds == () and len(history.cards) == 0
    win.document.undo_stack.undo()
    assert win.document.plan.counterpart == "Ergonord Seating AB" and len(history.cards) == 1
    # with one supplier the shortcut says why it does nothing
    one = make_window(md.example_plan("supplier"), autosave=False, remember_layout=False)
    one.actions.update(one.document.plan)
    assert not one.actions.next_supplier.isEnabled() and "second supplier" in one.actions.next_supplier.toolTip()


def test_the_deal_panel_says_the_batna_follows_the_market(qtbot):
    from PySide6.QtWidgets import QToolButton

    from meso_desk.app.widgets.deal.deal_panel import DealPanel

    plan = se.set_market_batna(sourcing_plan(), True).plan
    doc = PlanDocument(plan)
    panel = DealPanel(doc)
    qtbot.addWidget(panel)
    panel.show()
    label = panel.findChild(QLabel, "dealQuoteLabel")
    assert label.text().startswith("Follows the market: Nordlys Kontor AS: quote Nordlys quote")
    assert not panel.findChild(QToolButton, "dealQuoteButton").isEnabled()
    doc.apply(se.set_market_batna(doc.plan, False).plan, "off")
    assert not label.text().startswith("Follows the market")
    assert panel.findChild(QToolButton, "dealQuoteButton").isEnabled()


def test_removing_a_supplier_says_what_goes_and_cancel_keeps_it(qtbot):
    plan = sourcing_plan()
    doc = PlanDocument(plan)
    dlg = SupplierManager(doc)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.findChild(QPushButton, "supplierRemove").click()  # the one worked on, with its round
    text = dlg.findChild(QLabel, "supplierMessage").text()
    assert "Ergonord Seating AB" in text and "1 round" in text and "Cancel keeps it" in text
    assert dlg.plan.supplier_names == ["Nordlys Kontor AS"] and doc.plan == plan
    dlg.reject()
    assert doc.plan == plan and doc.undo_stack.count() == 0


def _manager_typed(qtbot, field: str, text: str):
    """The sourcing plan's supplier manager, shown, with ``text`` typed into ``field`` and Enter."""
    plan = sourcing_plan()
    doc = PlanDocument(plan)
    dlg = SupplierManager(doc)
    qtbot.addWidget(dlg)
    dlg.show()
    box = dlg.findChild(QLineEdit, field)
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    return plan, doc, dlg, box


def test_a_refused_rename_stays_typed_and_enter_does_not_close_the_dialog(qtbot):
    plan, doc, dlg, name = _manager_typed(qtbot, "supplierName", "Nordlys Kontor AS")
    msg = dlg.findChild(QLabel, "supplierMessage")
    # the reason seen, whole (its closing quote was stripped), and the dialog still open
    assert dlg.isVisible() and msg.text() == "there is already a supplier called 'Nordlys Kontor AS'"
    assert name.text() == "Nordlys Kontor AS" and name.property("refused") and name.toolTip() == msg.text()
    base = QPalette.ColorRole.Base
    assert name.palette().color(base) != dlg.palette().color(base)  # tinted red
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # OK with the refused name: not applied
    assert dlg.isVisible() and doc.plan == plan and doc.undo_stack.count() == 0
    name.selectAll()
    qtbot.keyClicks(name, "Ergonord Seating")  # typing again clears the mark; a free name is taken
    assert not name.property("refused") and name.palette().color(base) == dlg.palette().color(base)
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert doc.plan.counterpart == "Ergonord Seating" and not dlg.isVisible()  # Enter is OK again


def test_enter_in_the_new_name_adds_or_refuses_and_the_dialog_stays_open(qtbot):
    plan, doc, dlg, new = _manager_typed(qtbot, "supplierNewName", "Nordlys Kontor AS")
    msg = dlg.findChild(QLabel, "supplierMessage")
    assert dlg.isVisible() and msg.text().endswith("'Nordlys Kontor AS'")
    assert new.text() == "Nordlys Kontor AS" and new.property("refused")
    new.selectAll()
    qtbot.keyClicks(new, "Sitwell Office Ltd")
    qtbot.keyClick(new, Qt.Key.Key_Return)
    assert dlg.isVisible() and dlg.plan.supplier_names[-1] == "Sitwell Office Ltd"  # added, to tick its quotes
    assert new.text() == "" and not new.property("refused") and doc.plan == plan
    dlg.reject()


def test_a_key_error_is_said_without_its_repr_quotes_and_a_reason_keeps_its_own(qtbot):
    dlg = SupplierManager(PlanDocument(md.example_plan("supplier")))
    qtbot.addWidget(dlg)

    def missing(_plan):
        raise KeyError("there is no package called 'Old quote'")

    assert not dlg._edit(missing)
    assert dlg.message.text() == "there is no package called 'Old quote'"


def test_the_message_after_remove_has_room_for_its_lines_at_the_default_size(qtbot):
    from PySide6.QtWidgets import QApplication

    doc = PlanDocument(md.example_plan("sourcing"))
    dlg = SupplierManager(doc)
    qtbot.addWidget(dlg)
    dlg.show()
    QApplication.processEvents()
    assert (dlg.width(), dlg.height()) == (720, 520)
    msg = dlg.findChild(QLabel, "supplierMessage")
    dlg.findChild(QPushButton, "supplierRemove").click()
    # drawn at once (as grabbed before any event): it was one line high, both lines clipped
    assert "Cancel keeps it" in msg.text() and msg.heightForWidth(msg.width()) > msg.fontMetrics().lineSpacing()
    assert msg.height() >= msg.heightForWidth(msg.width())
    dlg.reject()
    dlg = SupplierManager(doc)
    qtbot.addWidget(dlg)
    msg = dlg.findChild(QLabel, "supplierMessage")
    font = msg.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    msg.setFont(font)  # a larger font: the message needs more than two lines, and gets them at once
    dlg.show()
    QApplication.processEvents()
    dlg.findChild(QPushButton, "supplierRemove").click()
    assert msg.height() >= msg.heightForWidth(msg.width()) > 2 * msg.fontMetrics().lineSpacing()
    dlg.reject()
