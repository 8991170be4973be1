"""Compare… side by side on a laptop screen and on a small one: the dialog as large as its table
up to the screen, every ticked package's column in view, numbers whole, long terms and names
ending in "…" with the whole text in a tooltip; and a total-cost row when the plan has a cost
model (the README: every package shows its total beside its points). Real widgets, offscreen."""

from __future__ import annotations

import pytest
from long_plans import LONG_OPTION, long_plan
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QFontMetricsF, QScreen
from PySide6.QtWidgets import QApplication, QDialog, QListWidget, QStyle, QTableWidget

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.widgets.packages.package_panel import PackagePanel
from meso_desk.model.offers.contingent import package_total_cost, total_cost_words
from meso_desk.model.preferences.total_cost import format_money

NUMBER_ROWS = ("Points", "Relationship", "Total cost")


@pytest.fixture
def laptop(monkeypatch):
    """A 1366×768 screen (the offscreen one is 800×800): what the dialog and fit_to_screen read."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 1366, 768))


def _open(qtbot, plan: md.Plan, select: str | None = None, names=None) -> tuple[QDialog, QTableWidget]:
    doc = PlanDocument(plan)
    if select:
        doc.select_package(select)
    panel = PackagePanel(doc)
    qtbot.addWidget(panel)
    panel.resize(1366, 330)
    panel.show()
    qtbot.waitExposed(panel)
    dlg = panel.open_comparison(names)
    qtbot.addWidget(dlg)
    qtbot.waitExposed(dlg)
    for _ in range(5):
        QApplication.processEvents()
    assert dlg.objectName() == "compareDialog"
    return dlg, dlg.findChild(QTableWidget, "compareTable")


def _rows(t: QTableWidget) -> dict[str, int]:
    return {t.verticalHeaderItem(r).text(): r for r in range(t.rowCount())}


def _tick_all(dlg: QDialog) -> None:
    picker = dlg.findChild(QListWidget, "comparePicker")
    for k in range(picker.count()):
        picker.item(k).setCheckState(Qt.CheckState.Checked)
    for _ in range(5):
        QApplication.processEvents()


def _assert_side_by_side(dlg: QDialog, t: QTableWidget, packages: list[str]) -> None:
    avail = dlg.screen().availableGeometry()
    assert dlg.width() <= avail.width() and dlg.height() <= avail.height(), (dlg.size(), avail)
    heads = [t.horizontalHeaderItem(c).text() for c in range(t.columnCount())]
    assert heads == packages
    vp = t.viewport().width()
    for c in range(t.columnCount()):  # every package's column wholly in view
        x = t.columnViewportPosition(c)
        assert x >= 0 and x + t.columnWidth(c) <= vp, f"column {heads[c]} at {x}+{t.columnWidth(c)} in {vp}"
    rows = _rows(t)
    for name in NUMBER_ROWS:  # numbers whole
        if name not in rows:
            continue
        for c in range(t.columnCount()):
            item = t.item(rows[name], c)
            need = QFontMetrics(item.font()).horizontalAdvance(item.text()) + 6
            assert need <= t.columnWidth(c), f"{name} of {heads[c]}: {item.text()!r} needs {need}"
    for r in range(t.rowCount()):  # the rows in view too
        assert t.rowViewportPosition(r) + t.rowHeight(r) <= t.viewport().height(), t.verticalHeaderItem(r).text()


def _assert_long_text_elided_with_tooltip(t: QTableWidget) -> None:
    """A cell too long for its column ends in "…" (one line, elided on the right), its whole
    text in its tooltip."""
    assert not t.wordWrap() and t.textElideMode() == Qt.TextElideMode.ElideRight
    for r in range(t.rowCount()):
        for c in range(t.columnCount()):
            item = t.item(r, c)
            if QFontMetrics(item.font()).horizontalAdvance(item.text()) + 6 > t.columnWidth(c):
                assert item.text() in item.toolTip(), (item.text(), item.toolTip())
    for header in (t.horizontalHeader(), t.verticalHeader()):
        assert header.textElideMode() == Qt.TextElideMode.ElideRight


@pytest.mark.usefixtures("laptop")
def test_long_names_on_a_laptop_show_the_packages_side_by_side(qtbot):
    plan = long_plan(8, sets=2)
    dlg, t = _open(qtbot, plan, select="A2")
    assert dlg.packages() == ["A2", "B2", "C2"]
    _assert_side_by_side(dlg, t, ["A2", "B2", "C2"])
    _assert_long_text_elided_with_tooltip(t)
    rows = _rows(t)
    service = t.item(rows["Service and warranty package for all sites"], 0)
    assert service.text() == LONG_OPTION and LONG_OPTION in service.toolTip()
    # the package list shortens a long name (whole in its tooltip) instead of scrolling sideways
    picker = dlg.findChild(QListWidget, "comparePicker")
    assert picker.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert picker.textElideMode() == Qt.TextElideMode.ElideRight
    first = picker.item(0)
    assert first.toolTip() == plan.package_names[0]
    # every package ticked: still all in view on a laptop screen
    _tick_all(dlg)
    _assert_side_by_side(dlg, t, plan.package_names)
    _assert_long_text_elided_with_tooltip(t)


@pytest.mark.usefixtures("laptop")
def test_the_supplier_example_with_every_package_ticked_fits_a_laptop(qtbot):
    plan = md.example_plan("supplier")
    dlg, t = _open(qtbot, plan, names=plan.package_names[:2])
    _tick_all(dlg)
    assert dlg.packages() == plan.package_names
    _assert_side_by_side(dlg, t, plan.package_names)
    assert t.horizontalScrollBar().maximum() == 0


def test_on_a_small_screen_three_long_packages_still_sit_side_by_side(qtbot):
    """The offscreen screen, 800×800: the dialog no wider than it, the columns narrowed."""
    dlg, t = _open(qtbot, long_plan(8, sets=2), select="A2")
    _assert_side_by_side(dlg, t, ["A2", "B2", "C2"])
    _assert_long_text_elided_with_tooltip(t)


def test_with_a_cost_model_every_package_shows_its_total_cost_under_its_points(qtbot):
    plan = md.example_plan("supplier")
    assert plan.costs is not None
    dlg, t = _open(qtbot, plan, names=plan.package_names)
    rows = _rows(t)
    assert "Total cost" in rows and rows["Total cost"] == rows["Points"] + 1
    for c, name in enumerate(dlg.packages()):
        item = t.item(rows["Total cost"], c)
        assert item.text() == format_money(package_total_cost(plan, plan.package(name)), plan.currency)
        assert item.textAlignment() & Qt.AlignmentFlag.AlignRight
        assert item.toolTip()  # the breakdown, as on the card
    # the row follows an edit of the plan
    name = dlg.packages()[0]
    doc_plan = plan.with_term(name, "Order volume", 1000.0)
    dlg.parentWidget().document.apply(doc_plan, "volume")
    t = dlg.findChild(QTableWidget, "compareTable")
    assert t.item(_rows(t)["Total cost"], 0).text() == format_money(
        package_total_cost(doc_plan, doc_plan.package(name)), doc_plan.currency)


def test_without_a_cost_model_there_is_no_total_cost_row(qtbot):
    plan = long_plan(8, sets=1)
    assert plan.costs is None
    dlg, t = _open(qtbot, plan, names=["A", "B"])
    assert "Total cost" not in _rows(t)
    assert list(_rows(t))[-3:] == ["Points", "Relationship", "Status"]


# -- six or more packages on an 800-px screen: the columns must scroll; the issue names stay beside
# them, whole (audit: they were cut to 120 px, "Delivery time aft…", for no column more in view) ----
@pytest.mark.parametrize("sets", [1, 2])
def test_on_a_small_screen_the_issue_names_stay_whole_beside_the_scrolling_columns(qtbot, sets):
    plan = long_plan(8, sets=sets)
    assert len(plan.package_names) >= 6
    dlg, t = _open(qtbot, plan, names=plan.package_names)
    avail = dlg.screen().availableGeometry()
    assert avail.width() == 800 and dlg.width() <= avail.width()
    bar = t.horizontalScrollBar()
    assert bar.maximum() > 0  # no room for every column: they scroll
    vh = t.verticalHeader()
    margin = 2 * vh.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 1
    for r in range(t.rowCount()):  # the issue names whole
        label = t.verticalHeaderItem(r).text()
        assert QFontMetricsF(vh.font()).horizontalAdvance(label) + margin <= vh.width(), (label, vh.width())
    vp = t.viewport().width()
    whole = [c for c in range(t.columnCount())
             if t.columnViewportPosition(c) >= 0 and t.columnViewportPosition(c) + t.columnWidth(c) <= vp]
    assert len(whole) >= 3, whole  # a MESO set side by side beside them
    x = vh.mapTo(dlg, QPoint(0, 0)).x()
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    assert vh.isVisible() and vh.mapTo(dlg, QPoint(0, 0)).x() == x  # the label column is frozen
    last = t.columnCount() - 1
    assert t.columnViewportPosition(last) + t.columnWidth(last) <= vp  # the last package reached


# -- a contingent package's points and total cost are expected values: the cell says so, as its
# card does (audit: "EUR 425,127", "expected" only in the tooltip) -----------------------------------
def test_a_contingent_package_says_its_points_and_total_cost_are_expected(qtbot):
    plan = md.example_plan("contingent")
    dlg, t = _open(qtbot, plan, names=plan.package_names)
    rows = _rows(t)
    contingent = [n for n in dlg.packages() if plan.package(n).contingent]
    assert contingent and len(contingent) < len(dlg.packages())
    for c, name in enumerate(dlg.packages()):
        pkg = plan.package(name)
        cost, points = t.item(rows["Total cost"], c), t.item(rows["Points"], c)
        money = format_money(package_total_cost(plan, pkg), plan.currency)
        if pkg.contingent:
            assert cost.text() == f"{money} expected"
            assert "Total " + cost.text() == total_cost_words(plan, pkg)[0]  # the card's words
            assert points.text().endswith(" expected")
        else:
            assert cost.text() == money and "expected" not in points.text()
        for item in (cost, points):  # whole
            need = QFontMetrics(item.font()).horizontalAdvance(item.text()) + 6
            assert need <= t.columnWidth(c), (name, item.text())


def test_a_contingent_term_shows_its_clause_and_a_clause_alone_makes_a_difference(qtbot):
    from meso_desk.model.contingent.sentences import clause_sentence, short_clause

    plan = md.example_plan("contingent")
    bonus = plan.stored_package("On-time bonus")
    # a copy of On-time bonus without its clause: the two differ only by the clause
    plan = plan.replace(packages=(*plan.packages, bonus.model_copy(update={"name": "Bonus, fixed", "clauses": {}})))
    dlg, t = _open(qtbot, plan, names=["On-time bonus", "Bonus, fixed"])
    clause, issue = bonus.clauses["Unit price"], plan.issue("Unit price")
    event = plan.event(clause.event)
    cell = dlg.cell("Unit price", "On-time bonus")
    short = short_clause(clause, issue, event)
    assert cell.text() == f"EUR 230.00\n↳ {short}"  # the card's clause line under the base term
    assert clause_sentence(clause, issue, 230.0, event) in cell.toolTip()
    assert cell.data(Qt.ItemDataRole.UserRole) == "contingent"
    assert dlg.cell("Unit price", "Bonus, fixed").text() == "EUR 230.00"
    # the clause is the only difference: that issue is bold, the others are not
    assert cell.font().bold() and dlg.cell("Unit price", "Bonus, fixed").font().bold()
    assert not dlg.cell("Delivery", "On-time bonus").font().bold()
    # the cell shows both lines whole
    rows = _rows(t)
    assert t.rowHeight(rows["Unit price"]) >= 2 * QFontMetrics(cell.font()).height()
    assert QFontMetrics(cell.font()).horizontalAdvance(f"↳ {short}") + 6 <= t.columnWidth(0)
