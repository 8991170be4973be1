"""The Suppliers view (issue 25, docs/suppliers.md): one column per supplier with its best offer,
our points, total cost and BATNA against it, their priorities, the ZOPA, the next set and the
approvals; sorted as asked; "Switch to" and "Use as next set" each one undo step; the split
award's plot, sentence and assumptions; Negotiation ▸ Suppliers (Ctrl+Shift+M) in Deal."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

import meso_desk as md
from meso_desk.app.widgets.suppliers.comparison_view import ROWS, SupplierComparison
from meso_desk.model.sourcing.comparison import compare_suppliers
from meso_desk.model.sourcing.market import batna_against, best_offers
from meso_desk.model.sourcing.split import split_award
from tests.app.test_accessible_names import unnamed

WAIT = 30_000
NAMES = ["Ergonord Seating AB", "Nordlys Kontor AS", "Sitwell Office Ltd"]


@pytest.fixture
def win(make_window, qtbot):
    w = make_window(md.example_plan("sourcing"))
    w.resize(1366, 740)
    w.show()
    qtbot.waitExposed(w)
    return w


def _shown(win, qtbot) -> SupplierComparison:
    assert win.supplier_view is None  # made when first shown
    win.actions.suppliers.trigger()
    view = win.supplier_view
    assert view is not None and view.objectName() == "supplierComparison"
    assert win.workspace == "deal" and win.supplier_dock.isVisible()
    assert win.deal_dock in win.tabifiedDockWidgets(win.supplier_dock)
    _settled(view, qtbot, win.document.plan)
    return view


def _settled(view, qtbot, plan) -> None:
    qtbot.waitUntil(lambda: view._rows_plan is plan and view.table.columnCount() == len(plan.supplier_names)
                    and not view.is_busy(), timeout=WAIT)


def _headers(view) -> list[str]:
    t = view.table
    return [t.horizontalHeaderItem(c).text() for c in range(t.columnCount())]


def _cell(view, key: str, name: str) -> str:
    t = view.table
    c = [h.lstrip("● ") for h in _headers(view)].index(name)
    return t.item([k for k, _l, _t in ROWS].index(key), c).text()


def _button(view, name: str, supplier: str) -> QPushButton:
    found = [b for b in view.findChildren(QPushButton, name) if b.property("supplier") == supplier]
    assert len(found) == 1
    return found[0]


def test_the_action_and_its_shortcut(win):
    assert win.actions.suppliers.shortcut().toString() == "Ctrl+Shift+M"
    assert win.actions.suppliers.isEnabled()
    assert win.actions.suppliers in win.negotiation_menu.actions()


def test_one_column_per_supplier_with_the_market(win, qtbot):
    view = _shown(win, qtbot)
    plan = win.document.plan
    headers = _headers(view)
    assert sorted(h.lstrip("● ") for h in headers) == sorted(NAMES)
    assert [h for h in headers if h.startswith("●")] == ["● " + plan.counterpart]
    offers = best_offers(plan)
    for name in NAMES:
        assert _cell(view, "points", name) == f"{offers[name].points:.1f}"
        assert batna_against(plan, name).source in _cell(view, "batna", name)
        assert offers[name].label in _cell(view, "best", name)
        assert "EUR" in _cell(view, "terms", name) and "units" in _cell(view, "terms", name)
        assert "%" in _cell(view, "priorities", name)
        assert _cell(view, "zopa", name).startswith("Our walk-away")
        assert "packages" in _cell(view, "next", name)
    # default order: best offer first
    pts = [float(_cell(view, "points", h.lstrip("● "))) for h in headers]
    assert pts == sorted(pts, reverse=True)


def test_sort_by_name_and_cost(win, qtbot):
    view = _shown(win, qtbot)
    plan = win.document.plan
    view.sort.setCurrentIndex(view.sort.findData("name"))
    qtbot.waitUntil(lambda: [h.lstrip("● ") for h in _headers(view)] == sorted(NAMES), timeout=WAIT)
    view.sort.setCurrentIndex(view.sort.findData("cost"))
    want = [r.name for r in compare_suppliers(plan, "cost", next_sets=False)]
    qtbot.waitUntil(lambda: [h.lstrip("● ") for h in _headers(view)] == want, timeout=WAIT)
    assert want != sorted(NAMES) or want != [r.name for r in compare_suppliers(plan, "points", next_sets=False)]


def test_switch_to_is_one_undo_step(win, qtbot):
    view = _shown(win, qtbot)
    doc = win.document
    before = doc.plan
    assert not _button(view, "switchSupplier", before.counterpart).isEnabled()
    depth = doc.undo_stack.count()
    _button(view, "switchSupplier", NAMES[2]).click()
    assert doc.plan.counterpart == NAMES[2] and doc.undo_stack.count() == depth + 1
    _settled(view, qtbot, doc.plan)
    assert "● " + NAMES[2] in _headers(view)
    doc.undo_stack.undo()
    assert doc.plan.counterpart == before.counterpart and doc.plan.rounds == before.rounds


def test_use_as_next_set_switches_and_adds_the_set_in_one_step(win, qtbot):
    view = _shown(win, qtbot)
    doc = win.document
    before = doc.plan
    row = next(r for r in view._rows if r.name == NAMES[1])
    assert row.next_set
    depth = doc.undo_stack.count()
    names = view.use_next_set(NAMES[1])
    assert len(names) == len(row.next_set)
    plan = doc.plan
    assert plan.counterpart == NAMES[1] and doc.undo_stack.count() == depth + 1
    assert list(plan.meso_sets[-1].packages) == names
    for n, terms in zip(names, row.next_set):
        assert dict(plan.package(n).terms) == terms
    doc.undo_stack.undo()
    assert doc.plan.counterpart == before.counterpart and len(doc.plan.meso_sets) == len(before.meso_sets)


def test_the_split_award_plot_sentence_and_assumptions(win, qtbot):
    view = _shown(win, qtbot)
    # by default the two best offers (Nordlys, then Sitwell)
    qtbot.waitUntil(lambda: view._split is not None and (view._split.a, view._split.b) == (NAMES[1], NAMES[2])
                    and not view.is_busy(), timeout=WAIT)
    view.split_a.setCurrentText(NAMES[2])
    view.split_b.setCurrentText(NAMES[0])
    qtbot.waitUntil(lambda: view._split is not None and (view._split.a, view._split.b) == (NAMES[2], NAMES[0])
                    and not view.is_busy(), timeout=WAIT)
    s = view._split
    x, y = view.points_curve.getData()
    assert len(x) == len(s.shares) and y[-1] == pytest.approx(best_offers(win.document.plan)[NAMES[2]].points)
    cx, cy = view.cost_curve.getData()
    assert len(cx) == len(s.shares) and view.cost_plot.isVisibleTo(view)
    assert view.split_sentence.text() == s.sentence
    assert s.assumptions[0] in view.split_assumptions.toPlainText()
    view.split_b.setCurrentText(NAMES[2])
    assert "two different" in view.split_sentence.text()


def test_an_edit_refreshes_the_view(win, qtbot):
    view = _shown(win, qtbot)
    doc = win.document
    plan = doc.plan
    q = plan.stored_package("Nordlys 1")
    better = q.model_copy(update={"terms": {**q.terms, "Unit price": 232.0}})
    doc.apply(plan.replace(packages=tuple(better if p.name == q.name else p for p in plan.packages)),
              "Nordlys lowers its price")
    _settled(view, qtbot, doc.plan)
    assert _cell(view, "points", NAMES[1]) == f"{best_offers(doc.plan)[NAMES[1]].points:.1f}"
    assert _cell(view, "points", NAMES[1]) != f"{best_offers(plan)[NAMES[1]].points:.1f}"


def test_every_control_of_the_view_has_an_accessible_name(win, qtbot):
    _shown(win, qtbot)
    missing, checked = unnamed(win)
    assert missing == []
    assert checked >= 15


def test_a_plan_of_one_supplier_shows_one_column_and_no_split(make_window, qtbot):
    win = make_window(md.example_plan("supplier"))
    win.resize(1366, 740)
    win.show()
    qtbot.waitExposed(win)
    win.actions.suppliers.trigger()
    view = win.supplier_view
    _settled(view, qtbot, win.document.plan)
    assert _headers(view) == ["● " + win.document.plan.counterpart]
    assert "two suppliers" in view.split_sentence.text()
    assert not view.split_volume.isVisibleTo(view)  # no split: no volume to split
    assert not _button(view, "switchSupplier", win.document.plan.counterpart).isEnabled()


def test_behind_the_deal_tab_it_waits_and_catches_up_when_raised(win, qtbot):
    """A dock tabbed behind another stays "visible" to Qt: the view asked for its numbers on
    every edit even then. It waits, and catches up when its tab is raised."""
    view = _shown(win, qtbot)
    win.deal_dock.raise_()
    qtbot.waitUntil(lambda: view.visibleRegion().isEmpty(), timeout=5000)
    doc = win.document
    doc.apply(doc.plan.replace(aspiration=doc.plan.aspiration - 1.0), "aspiration")
    assert not view.ready() and not view.is_busy() and view._rows_plan is not doc.plan
    win.supplier_dock.raise_()
    _settled(view, qtbot, doc.plan)


def test_the_split_chart_is_the_same_mirrored_whichever_supplier_comes_first(win, qtbot):
    view = _shown(win, qtbot)
    curves = []
    for a, b in ((NAMES[1], NAMES[2]), (NAMES[2], NAMES[1])):
        view.split_a.setCurrentText(a)
        view.split_b.setCurrentText(b)
        qtbot.waitUntil(lambda a=a, b=b: view._split is not None and (view._split.a, view._split.b) == (a, b)
                        and not view.is_busy(), timeout=WAIT)
        curves.append(list(view.cost_curve.getData()[1]))
        assert "2,000 units" in view.split_sentence.text()  # the volume it is priced at
    assert curves[0] == curves[1][::-1]  # was: each end priced at the other supplier's volume
    table = {r.name: r.best_cost for r in compare_suppliers(win.document.plan, next_sets=False)}
    assert curves[0][-1] == pytest.approx(table[NAMES[1]])  # all to Nordlys: its total in the table


def test_the_volume_to_split_can_be_set(win, qtbot):
    """The split box takes the units to split: at its left end the best single award's offered
    volume (named there); typing 2,500 prices both ends at 2,500 units and says so; a plan of
    one supplier shows no volume box (see the one-supplier test)."""
    from PySide6.QtCore import Qt

    view = _shown(win, qtbot)
    box = view.split_volume
    qtbot.waitUntil(lambda: view._split is not None and not view.is_busy(), timeout=WAIT)
    assert box.isVisibleTo(view) and box.value() == 0
    assert box.specialValueText() == "as offered: 2,000 units" and box.suffix() == " units"
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "2500")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view._split is not None and view._split.volume == 2500.0 and not view.is_busy(),
                    timeout=WAIT)
    assert "2,500 units" in view.split_sentence.text()
    assert "as you set it" in view.split_assumptions.toPlainText()
    expected = split_award(win.document.plan, view._split.a, view._split.b, volume=2500.0)
    assert list(view.cost_curve.getData()[1]) == pytest.approx(list(expected.total_cost))
    box.setValue(0)
    qtbot.waitUntil(lambda: view._split is not None and view._split.volume == 2000.0 and not view.is_busy(),
                    timeout=WAIT)
    assert "as you set it" not in view.split_assumptions.toPlainText()
