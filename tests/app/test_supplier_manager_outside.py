"""Manage Suppliers shows the outside option in force, also when no package of the plan has its
terms (the former competing quote, or a package edited since it was chosen) — never "none"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.widgets.suppliers.supplier_manager import KEPT, SupplierManager
from meso_desk.model.edits import deal_edits as de
from meso_desk.model.edits import supplier_edits as se


def _manager(qtbot, doc):
    dlg = SupplierManager(doc)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg, dlg.findChild(QComboBox, "supplierOutside")


def test_the_former_competing_quote_is_shown_as_the_outside_option(qtbot):
    p = de.with_batna_term(md.example_plan("supplier"), "Unit price", 233.0)  # a quote no package has
    doc = PlanDocument(p)
    dlg, box = _manager(qtbot, doc)
    dlg.new_name.setText("Nordlys Kontor AS")
    dlg._add()
    dlg.findChild(QCheckBox, "supplierMarket").setChecked(True)
    assert dlg.plan.outside_option == p.batna_package
    points = f"{p.package(p.batna_package).score:.1f}"
    assert box.currentData() == KEPT and points in box.currentText() and "none" not in box.currentText()
    assert "Unit price: EUR 233.00" in box.itemData(box.currentIndex(), Qt.ItemDataRole.ToolTipRole)
    box.activated.emit(box.currentIndex())  # choosing it again changes nothing
    assert dlg.plan.outside_option == p.batna_package
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    _again, box2 = _manager(qtbot, doc)
    assert box2.currentData() == KEPT and points in box2.currentText()
    box2.setCurrentIndex(box2.findData(None))  # "none" still takes it away
    box2.activated.emit(box2.currentIndex())
    assert _again.plan.outside_option is None and box2.findData(KEPT) < 0


def test_a_package_edited_after_it_was_chosen_leaves_its_old_terms_shown(qtbot):
    p = md.example_plan("sourcing")
    p = se.set_outside_option(p, p.stored_package("Our ideal").terms)
    t = dict(p.stored_package("Our ideal").terms, **{"Unit price": 200.0})
    p = p.replace(packages=tuple(x.model_copy(update={"terms": t}) if x.name == "Our ideal" else x
                                 for x in p.packages))
    _dlg, box = _manager(qtbot, PlanDocument(p))
    assert box.currentData() == KEPT and box.currentText() != "none"
    q = se.set_outside_option(p, p.stored_package("B").terms)
    _dlg, box = _manager(qtbot, PlanDocument(q))
    assert box.currentData() == "B" and box.findData(KEPT) < 0
