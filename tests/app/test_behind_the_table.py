"""Behind the table in the window and on paper: the card reverse, the constituencies and
relationship tab, the comparison's relationship row (docs/behind-the-table.md)."""

from __future__ import annotations

import re
import unicodedata

import pypdf
import pytest

from meso_desk.app.document import PlanDocument
from meso_desk.app.printing import CardsDialog, export_cards_pdf
from meso_desk.app.widgets.counterpart.behind_table_tab import BehindTheTable
from meso_desk.app.widgets.packages.compare import RELATIONSHIP_ROW, CompareDialog
from meso_desk.model.offers.relationship import relationship_effect
from meso_desk.model.plan import MesoSet

FORBIDDEN = re.compile(r"point|score|weight|reservation|batna|utility|priorit|estimat|aspiration", re.IGNORECASE)


def pdf_pages(path) -> list[str]:
    return [re.sub(r"\s+", " ", unicodedata.normalize("NFKC", p.extract_text())).strip()
            for p in pypdf.PdfReader(str(path)).pages]


def three(plan):
    ideal = plan.package("Our ideal")
    return [ideal.replace(**{"Unit price": 235.0, "Delivery": 6.0, "Warranty": 36.0, "Payment term": 45.0}).named("A"),
            ideal.replace(**{"Unit price": 205.0, "Delivery": 8.0, "Incoterm": "DAP"}).named("B"),
            ideal.replace(**{"Unit price": 222.0, "Payment term": 60.0}).named("C")]


def with_set(plan, pkgs):
    for p in pkgs:
        plan = plan.with_package(p.to_stored(hold_value=True))
    return plan.replace(meso_sets=(MesoSet(name="Set 1", level=None, packages=tuple(p.name for p in pkgs)),))


def test_card_reverses_follow_their_fronts_mirrored_and_leak_nothing(qapp, tmp_path, supplier):
    pkgs = three(supplier)
    out = export_cards_pdf(supplier, pkgs, tmp_path / "cards.pdf", layout="a4-3up", why_this_works=True)
    front, back = pdf_pages(out)
    assert "Why this works for you" not in front and back.count("Why this works for you") == 3
    assert back.index("Option C") < back.index("Option B") < back.index("Option A")  # mirrored for duplex
    assert "Unit price: EUR 235.00 meets your sales director's discount limit." in back
    assert "Payment term: 60 days meets your finance team's payment-term target." in back.replace("- ", "-")
    rest = back
    for t in sorted({supplier.issue(n).format_term(p[n]) for p in pkgs for n in supplier.issue_names}, key=len,
                    reverse=True):
        rest = rest.replace(t, " ")
    assert not re.search(r"\d", rest) and not FORBIDDEN.search(rest), rest
    plain = export_cards_pdf(supplier, pkgs, tmp_path / "plain.pdf", layout="a5")
    assert len(pdf_pages(plain)) == 3


def test_the_preview_checkbox_adds_the_backs(qtbot, supplier, user_dirs, tmp_path):
    doc = PlanDocument(with_set(supplier, three(supplier)))
    dlg = CardsDialog(doc)
    qtbot.addWidget(dlg)
    assert dlg.why_check.objectName() == "cardsWhyCheck" and not dlg.why_check.isChecked()
    dlg.refresh()
    assert dlg.source.page_count() == 1
    dlg.why_check.setChecked(True)
    dlg.refresh()
    assert dlg.source.page_count() == 2
    pages = pdf_pages(dlg.export_pdf(tmp_path / "d.pdf"))
    assert "Why this works for you" in pages[1]
    dlg.close()


@pytest.fixture
def tab(qtbot, supplier, user_dirs):
    doc = PlanDocument(with_set(supplier, three(supplier)))
    w = BehindTheTable(doc)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return doc, w


def test_a_hidden_tab_waits_and_catches_up_when_shown(qtbot, supplier, user_dirs):
    """It redrew on every frame of a weight drag even when hidden (3.7 ms a frame); now it owes
    the refresh and pays it when shown."""
    doc = PlanDocument(with_set(supplier, three(supplier)))
    w = BehindTheTable(doc)
    qtbot.addWidget(w)
    n = len(doc.plan.their_constituencies)
    assert w.table.rowCount() == n
    doc.apply(doc.plan.replace(their_constituencies=doc.plan.their_constituencies[:1]), "drop")
    assert w.table.rowCount() == n  # hidden: not redrawn
    w.show()
    qtbot.waitExposed(w)
    assert w.table.rowCount() == 1


def test_the_tab_shows_and_edits_constituencies_as_undo_steps(tab):
    doc, w = tab
    assert w.table.rowCount() == 3 and w.table.item(0, 0).text() == "sales director"
    assert w.table.item(1, 6).text() == "no evidence yet"
    w.add_row()
    assert len(doc.plan.their_constituencies) == 4 and doc.undo_stack.undoText() == "Add constituency new party"
    w.table.item(3, 0).setText("works council")
    assert doc.plan.their_constituencies[3].party == "works council"
    before = doc.plan
    w.table.item(3, 3).setText("soon")
    assert doc.plan is before and "“soon” is not a number" in w.message.text()
    assert w.table.item(3, 3).text() == "soon"  # what was typed stays
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert len(doc.plan.their_constituencies) == 3


def test_a_refused_cell_is_marked_and_holds_back_no_other_row(tab):
    """A confidence of 150 is refused in words the user typed (0–100 %), the cell marked; a value
    outside the issue's range is refused; another row can still be edited meanwhile; "0,5" is a
    half in English too (every comma was dropped: 5)."""
    doc, w = tab
    before = doc.plan
    w.table.item(0, 5).setText("150")
    assert doc.plan is before and "between 0 and 100 %" in w.message.text()
    assert w.table.item(0, 5).background().color().red() > 150 and w.table.item(0, 5).toolTip() == w.message.text()
    w.table.item(1, 4).setText("finance's payment target")  # another row: not held back by row 1
    assert doc.plan.their_constituencies[1].what == "finance's payment target"
    assert doc.plan.their_constituencies[0] == before.their_constituencies[0]
    numeric = next(k for k, c in enumerate(doc.plan.their_constituencies) if c.kind != "one_of")
    issue = doc.plan.issue(doc.plan.their_constituencies[numeric].issue)
    kept = doc.plan
    w.table.item(numeric, 3).setText(str(issue.max * 10))
    assert doc.plan is kept and "outside" in w.message.text()
    row = doc.plan.issue_names.index("Warranty")
    w.goodwill.item(row, 2).setText("higher")
    w.goodwill.item(row, 1).setText("0,5")
    assert doc.plan.goodwill["Warranty"].effect == 0.5
    w.goodwill.item(row, 1).setText("12")
    assert doc.plan.goodwill["Warranty"].effect == 0.5 and "between 0 and 10" in w.message.text()


def test_the_rounds_column_says_what_the_room_said(tab):
    from meso_desk.model.edits.round_edits import record_choice
    doc, w = tab
    plan = doc.plan
    offered = [dict(plan.package("B").items()) | {"Payment term": 90.0}]
    doc.apply(record_choice(plan, offered, 0, outcome="accepted"), "Record")
    assert w.table.item(1, 6).text() == "18 %" and "they accepted option A" in w.table.item(1, 6).toolTip()
    w.use_rounds()
    assert doc.plan.their_constituencies[1].confidence == pytest.approx(0.5 * 0.35)


def test_relationship_weight_goodwill_and_the_two_numbers(tab):
    doc, w = tab
    w.weight_combo.setCurrentIndex(w.weight_combo.findData("strategic"))
    assert doc.plan.relationship_weight == "strategic"
    row = [doc.plan.issue_names.index("Warranty")][0]
    w.goodwill.item(row, 2).setText("higher")
    w.goodwill.item(row, 1).setText("2")
    assert doc.plan.goodwill["Warranty"].effect == 2 and doc.undo_stack.undoText() == "Set goodwill of Warranty"
    assert "A</b>: " in w.view.text() and "relationship +" in w.view.text()
    assert "costs us" in w.view.text() and "signals partnership" in w.view.text()


def test_the_relationship_option_button_adds_a_set(qtbot, tab):
    doc, w = tab
    assert w.option_button.isEnabled()
    w.add_relationship_option()
    qtbot.waitUntil(lambda: len(doc.plan.meso_sets) == 2, timeout=5000)
    plan = doc.plan
    old, new = plan.meso_sets
    best_before = max(relationship_effect(plan, plan.package(n)) for n in old.packages)
    assert len(new.packages) == 3
    assert max(relationship_effect(plan, plan.package(n)) for n in new.packages) > best_before
    assert doc.undo_stack.undoText() == "Add a relationship option"


def test_compare_shows_the_relationship_row(qtbot, supplier):
    doc = PlanDocument(with_set(supplier, three(supplier)))
    dlg = CompareDialog(doc, ["A", "B"])
    qtbot.addWidget(dlg)
    cell = dlg.cell(RELATIONSHIP_ROW, "A")
    assert cell.text() == f"{relationship_effect(doc.plan, doc.plan.package('A')):+.1f}"
    assert "costs us" in cell.toolTip()
    dlg.close()


def test_a_second_plan_for_the_same_supplier_shows_the_history_hunch(qtbot, supplier, user_dirs):
    from meso_desk.model.edits.round_edits import record_choice

    ideal = dict(supplier.package("Our ideal").items())
    first = supplier
    for _ in range(3):
        first = record_choice(first, [{**ideal, "Unit price": 200.0}, {**ideal, "Unit price": 240.0}], 1)
    doc1 = PlanDocument(first)
    w1 = BehindTheTable(doc1)
    qtbot.addWidget(w1)
    assert w1.history_label.text() == "No history with this supplier yet." and not w1.hunch_button.isEnabled()
    w1.add_to_history()
    assert (user_dirs / "suppliers" / "ergonord-seating-ab.json").is_file()

    doc2 = PlanDocument(supplier.replace(title="Desks 2028", their_constituencies=()))
    w2 = BehindTheTable(doc2)
    qtbot.addWidget(w2)
    assert w2.history_label.text().startswith("Hunch from 1 past plan(s) with Ergonord Seating AB: Unit price "
                                              "matters more to them")
    assert doc2.plan.counterpart_prior == {} and w2.hunch_button.isEnabled()
    w2.hunch_button.click()
    assert doc2.plan.counterpart_prior["Unit price"] > 1 and len(doc2.plan.their_constituencies) == 3
    assert doc2.undo_stack.undoText() == "Use the history's hunch about Ergonord Seating AB"


def test_the_tab_fits_the_counterpart_dock_of_a_laptop(qtbot, supplier):
    """At 1366 × 768 the counterpart dock is about 340 px wide: every heading and button of the
    tab fits its width (they were cut on the right, with no way to scroll to them)."""
    from test_counterpart_panel import make_panel

    panel = make_panel(qtbot, supplier)
    panel.resize(340, 700)
    panel.tabs.setCurrentIndex(2)
    tab = panel.findChild(BehindTheTable, "behindTheTable")
    qtbot.waitUntil(tab.isVisible, timeout=5000)
    area = tab.parentWidget().parentWidget()  # the scroll area's viewport, then the area
    assert tab.minimumSizeHint().width() <= area.viewport().width()
    assert tab.width() <= area.viewport().width()
    for button in (tab.rounds_button, tab.option_button, tab.hunch_button, tab.history_add_button):
        right = button.mapTo(tab, button.rect().topRight()).x()
        assert right <= area.viewport().width(), button.objectName()
