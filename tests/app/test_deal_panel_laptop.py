"""The Deal panel on a laptop (issue 17): at 600 × 620 — the Deal workspace's dock on a 1366 × 768
screen — the agreement *and* its post-settlement suggestions are in view without scrolling (real
geometry); reservation and aspiration read in the package's own terms; the competing quote asks
before it replaces a hand-set reservation; a reservation above the aspiration is refused where it
is typed."""

from __future__ import annotations

import pytest
from deal_plans import dealt_plan
from PySide6.QtCore import QPoint, QRect, Qt

from meso_desk.app.document import PlanDocument
from meso_desk.app.widgets.deal.deal_panel import DealPanel

WAIT = 20_000


def make_panel(qtbot, plan, w: int, h: int) -> DealPanel:
    doc = PlanDocument(plan)
    panel = DealPanel(doc)
    qtbot.addWidget(panel)
    doc.setParent(panel)
    panel.resize(w, h)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: panel.snapshot is not None and not panel.service.is_busy(), timeout=WAIT)
    return panel


def in_view(panel: DealPanel, widget) -> bool:
    """``widget`` lies wholly inside the panel's scroll viewport as it is scrolled now."""
    vp = panel.scroll.viewport()
    top_left = widget.mapTo(vp, QPoint(0, 0))
    return vp.rect().contains(QRect(top_left, widget.size())) and widget.isVisible()


@pytest.mark.parametrize("size", [(600, 620), (900, 900)])
def test_agreement_and_suggestions_in_view_on_a_laptop(qtbot, size):
    panel = make_panel(qtbot, dealt_plan(), *size)
    qtbot.waitUntil(lambda: panel.pss_list.count() == 3, timeout=WAIT)
    qtbot.wait(1)  # (the list refits its items after the layout pass: let it run)
    qtbot.waitUntil(lambda: panel.pss_cards_button.geometry().top() >= panel.pss_list.geometry().bottom(),
                    timeout=WAIT)
    assert panel.columns.two_columns
    assert panel.scroll.verticalScrollBar().value() == 0
    for w in (panel.agreement_status, panel.record_button, panel.date_edit, panel.notes_edit, panel.pss_status,
              panel.pss_list, panel.pss_cards_button, panel.pss_adopt_button):
        assert in_view(panel, w), w.objectName()
    lst = panel.pss_list
    for i in range(lst.count()):  # every suggestion whole, none cut by the list's edge
        assert lst.viewport().rect().contains(lst.visualItemRect(lst.item(i))), i
    # side by side: the suggestions beside the agreement, not below it
    a = panel.agreement_section.mapTo(panel, QPoint(0, 0))
    s = panel.pss_section.mapTo(panel, QPoint(0, 0))
    assert s.x() > a.x() + panel.agreement_section.width() - 1 and abs(s.y() - a.y()) < 5


def test_a_narrow_dock_keeps_one_column_without_overlaps(qtbot):
    panel = make_panel(qtbot, dealt_plan(), 320, 700)
    qtbot.waitUntil(lambda: panel.pss_list.count() == 3, timeout=WAIT)
    assert not panel.columns.two_columns
    qtbot.waitUntil(lambda: panel.pss_cards_button.geometry().top() >= panel.pss_list.geometry().bottom(),
                    timeout=WAIT)
    order = panel.section_order()
    assert order[:2] == ["dealAgreementSection", "dealPssSection"]
    tops = [panel.findChild(type(panel.pss_section), n).geometry() for n in order]
    for upper, lower in zip(tops, tops[1:]):
        assert lower.top() >= upper.bottom()  # sections never overlap


def test_reservation_and_aspiration_in_terms(qtbot):
    panel = make_panel(qtbot, dealt_plan(), 600, 620)
    assert panel.reservation_terms.text() == ("In terms: Unit price at most EUR 236.00, the other terms as in "
                                              "the competing quote.")
    assert panel.aspiration_terms.text().startswith("In terms: Out of reach on Unit price alone")


def test_without_a_quote_terms_follow_the_selected_package(qtbot, supplier):
    plan = supplier.replace(batna_package=None)
    panel = make_panel(qtbot, plan, 600, 620)
    doc = panel.document
    doc.select_package("Our ideal")
    assert "as in package Our ideal" in panel.reservation_terms.text()
    doc.select_package("Their opening quote")
    assert "as in package Their opening quote" in panel.reservation_terms.text()
    # a package picked while the panel is hidden (another workspace) shows once it is back
    panel.hide()
    doc.select_package("Our ideal")
    panel.show()
    qtbot.waitExposed(panel)
    assert "as in package Our ideal" in panel.reservation_terms.text()


def test_the_quote_asks_before_replacing_a_hand_set_reservation(qtbot, supplier):
    plan = supplier.replace(batna_package=None)  # reservation 41.7, set by hand
    panel = make_panel(qtbot, plan, 600, 620)
    asked = []
    panel.batna_section.ask = lambda q: (asked.append(q), False)[1]  # the user says No
    panel.set_batna(supplier.package("Competing quote (BATNA)").terms, "package Competing quote")
    doc = panel.document
    assert asked and asked[0].startswith("Let your reservation follow the quote (41.8) instead of 41.7?")
    assert doc.plan.batna_package is not None and doc.plan.reservation == 41.7
    assert not doc.plan.reservation_from_batna and not panel.follow_check.isChecked()
    assert "set by hand" in panel.quote_label.text()


def type_level(qtbot, spin, value: str) -> None:
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), value)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)


def test_a_reservation_above_the_aspiration_is_refused_where_typed(qtbot, supplier):
    panel = make_panel(qtbot, supplier.replace(batna_package=None), 600, 620)
    doc = panel.document
    type_level(qtbot, panel.reservation_spin, "75")
    assert doc.plan == supplier.replace(batna_package=None)  # not capped to 70: refused
    assert panel.reservation_spin.value() == 41.7
    assert panel.level_message.isVisible()
    assert panel.level_message.text() == "75.0 is above your aspiration 70.0: raise the aspiration first"
    assert in_view(panel, panel.level_message)
    type_level(qtbot, panel.aspiration_spin, "40")
    assert doc.plan.aspiration == 70.0 and panel.aspiration_spin.value() == 70.0
    assert "below your reservation 41.7" in panel.level_message.text()
    type_level(qtbot, panel.reservation_spin, "45")  # a valid value clears the message
    assert doc.plan.reservation == 45.0 and not panel.level_message.isVisible()
