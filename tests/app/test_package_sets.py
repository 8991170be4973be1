"""The packages panel with many offers (issue 17): every term of a card in view at laptop
heights, new sets brought into view and selected, old sets folded or archived, and the
side-by-side comparison. Real widgets, real geometry (offscreen)."""

from __future__ import annotations

import pytest
from long_plans import LONG_OPTION, long_plan
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.widgets.packages.compare import SCORE_ROW, STATUS_ROW
from meso_desk.app.widgets.packages.package_column import PackageColumn
from meso_desk.app.widgets.packages.package_panel import PackagePanel
from meso_desk.model.offers.meso_sets import with_meso_set
from meso_desk.model.offers.status import package_status


def _panel(qtbot, plan: md.Plan, w: int, h: int) -> PackagePanel:
    p = PackagePanel(PlanDocument(plan))
    qtbot.addWidget(p)
    p.resize(w, h)
    p.show()
    qtbot.waitExposed(p)
    _settle(p)
    return p


def _settle(panel: PackagePanel, passes: int = 50) -> None:
    """Deliver the queued layout requests until nothing moves: a card that switches to one or two
    lines per term queues another layout pass, so a fixed short wait can read the old geometry
    on a loaded machine."""
    last = None
    for _ in range(passes):
        QApplication.processEvents()
        now = [w.geometry().getRect() for w in panel.findChildren(QWidget)]
        if now == last:
            return
        last = now


def _in_viewport(panel: PackagePanel, w) -> QRect:
    vp = panel.scroll.viewport()
    return QRect(w.mapTo(vp, QPoint(0, 0)), w.size())


def _visible_columns(panel: PackagePanel) -> list[PackageColumn]:
    return [c for c in panel.columns if c.isVisible()]


@pytest.mark.parametrize(("height", "issues"), [(330, 6), (400, 8)])
def test_every_term_of_every_card_is_in_view_on_a_laptop(qtbot, height, issues):
    panel = _panel(qtbot, long_plan(issues, sets=3), 1366, height)
    vp = panel.scroll.viewport()
    assert panel.scroll.verticalScrollBar().maximum() == 0, "no scrolling inside the panel"
    cols = _visible_columns(panel)
    assert len(cols) >= 6  # the three quotes and the newest set at least
    for col in cols:
        assert len(col.editors) == issues
        for ed in col.editors.values():
            for w in (ed.caption, ed.slider, ed.term, ed.lock):
                r = _in_viewport(panel, w)
                assert w.isVisible() and r.top() >= 0 and r.bottom() < vp.height(), (
                    col.package_name, ed.name, r, vp.height())
            # the row's parts do not overlap: the term is not drawn under the slider or the lock
            _assert_term_row_apart(ed)


def _assert_term_row_apart(ed) -> None:
    box = ed.term.parentWidget().geometry()
    if ed.two_lines:  # caption and term above, slider and lock below
        assert ed.caption.geometry().bottom() < ed.slider.geometry().top()
        assert box.bottom() < ed.slider.geometry().top()
        assert ed.slider.geometry().right() < ed.lock.geometry().left()
    else:
        assert ed.slider.geometry().right() < box.left()
        assert box.right() < ed.lock.geometry().left()


def test_a_tall_panel_gives_each_term_two_lines_and_names_whole(qtbot):
    """Where the panel has the height (the Offers workspace), the issue's name is not squeezed
    beside the slider: caption and term above, slider below; the status on its own line."""
    panel = _panel(qtbot, long_plan(6, sets=0), 1366, 640)
    assert panel.scroll.verticalScrollBar().maximum() == 0
    for col in _visible_columns(panel):
        for ed in col.editors.values():
            assert ed.two_lines
            _assert_term_row_apart(ed)
            assert ed.caption.width() >= 0.5 * col.width()  # the name has the card's first half and more
        assert col.status_box.geometry().top() > col.score_label.parentWidget().geometry().bottom()
    short = _panel(qtbot, long_plan(6, sets=0), 1366, 330)
    assert not any(ed.two_lines for c in _visible_columns(short) for ed in c.editors.values())


def test_a_long_option_is_never_cut_mid_word_on_a_card(qtbot):
    panel = _panel(qtbot, long_plan(6, sets=0), 1366, 330)
    col = panel.columns[0]
    label = col.editors["Service and warranty package for all sites"].term
    assert label.full_text() == LONG_OPTION
    shown = label.text()
    fits = label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
    assert fits
    if shown != LONG_OPTION:  # shortened at a word, whole in the tooltip
        assert shown.endswith("…") and LONG_OPTION.startswith(shown[:-1])
        assert LONG_OPTION[len(shown) - 1] == " ", shown
        assert LONG_OPTION in label.toolTip()


@pytest.mark.parametrize("sets", [0, 1])
def test_cards_use_the_width_of_a_wide_screen(qtbot, sets):
    panel = _panel(qtbot, long_plan(6, sets=sets), 1920, 330)
    vp = panel.scroll.viewport()
    cols = _visible_columns(panel)
    used = max(_in_viewport(panel, c).right() for c in cols)
    assert used > 0.85 * vp.width(), "no big empty area right of the cards"
    assert panel.scroll.horizontalScrollBar().maximum() == 0, "all of them side by side"
    # the room goes to the cards: a long title shows whole on a wide screen
    title = panel.columns[1].name_label
    assert title.text() == title.full_text() or len(cols) > 3


def test_a_new_set_is_brought_into_view_selected_and_older_sets_fold(qtbot):
    panel = _panel(qtbot, long_plan(6, sets=2), 1366, 330)
    doc = panel.document
    assert not panel.is_folded("MESO 1") and not panel.is_folded("MESO 2")  # two sets: both open
    found = md.generate_mesos(doc.plan, 3, level=70.0)
    names = panel.add_meso_set([p.terms for p in found], 70.0)
    qtbot.waitUntil(lambda: _in_viewport(panel, panel.groups["MESO 3"]).left() >= 0
                    and _in_viewport(panel, panel.groups["MESO 3"]).right() <= panel.scroll.viewport().width())
    assert doc.selected_package == names[0]
    assert panel.column(names[0]).selected
    assert panel.is_folded("MESO 1") and panel.is_folded("MESO 2") and not panel.is_folded("MESO 3")
    summary = panel.groups["MESO 1"].summary
    assert summary.isVisible() and "A, B, C" in summary.text()
    assert not panel.column("A").isVisible()


def test_a_set_recorded_elsewhere_is_brought_into_view_and_selected(qtbot):
    panel = _panel(qtbot, md.example_plan("supplier"), 1366, 330)
    doc = panel.document
    found = md.generate_mesos(doc.plan, 3)
    new_plan, names = with_meso_set(doc.plan, [p.terms for p in found], None)
    doc.apply(new_plan, "Next MESOs")  # as the counterpart panel adds its set
    assert doc.selected_package == names[0]
    qtbot.waitUntil(lambda: _in_viewport(panel, panel.column(names[-1])).right()
                    <= panel.scroll.viewport().width())


def test_folding_is_view_state_remembered_per_set(qtbot):
    panel = _panel(qtbot, long_plan(6, sets=2), 1366, 330)
    doc = panel.document
    steps = doc.undo_stack.count()
    fold = [b for b in panel.findChildren(QAbstractButton, "setFold") if b.property("mesoSet") == "MESO 2"][0]
    qtbot.mouseClick(fold, Qt.MouseButton.LeftButton)
    assert panel.is_folded("MESO 2") and not panel.column("A2").isVisible()
    assert doc.undo_stack.count() == steps, "folding is not an edit of the plan"
    # another edit keeps the fold
    doc.apply(doc.plan.replace(aspiration=71.0), "aspiration")
    assert panel.is_folded("MESO 2")
    qtbot.mouseClick(fold, Qt.MouseButton.LeftButton)
    assert not panel.is_folded("MESO 2") and panel.column("A2").isVisible()


def test_cards_shown_again_by_unfolding_get_the_height_there_is(qtbot):
    """An older set starts folded and its cards are not fitted while hidden; unfolded, they
    once kept the cramped one-line layout (cut captions) until the window was resized."""
    panel = _panel(qtbot, long_plan(4, sets=3), 1366, 640)  # more than two sets: the older fold
    assert panel.is_folded("MESO 1") and not panel.column("A").isVisible()
    fold = [b for b in panel.findChildren(QAbstractButton, "setFold") if b.property("mesoSet") == "MESO 1"][0]
    qtbot.mouseClick(fold, Qt.MouseButton.LeftButton)
    _settle(panel)
    assert panel.column("A").isVisible()
    assert all(ed.two_lines for c in _visible_columns(panel) for ed in c.editors.values())


def test_archiving_hides_a_set_keeps_it_in_the_plan_and_undoes(qtbot):
    panel = _panel(qtbot, long_plan(6, sets=2), 1366, 330)
    doc = panel.document
    rounds = doc.plan.rounds
    archive = [b for b in panel.findChildren(QAbstractButton, "setArchive") if b.property("mesoSet") == "MESO 1"][0]
    qtbot.mouseClick(archive, Qt.MouseButton.LeftButton)
    plan = doc.plan
    assert [s.archived for s in plan.meso_sets] == [True, False]
    assert "A" in plan.package_names and plan.rounds == rounds
    assert not panel.groups["MESO 1"].isVisible() and not panel.column("A").isVisible()
    assert panel.archived_action.isVisible() and panel.archived_action.text() == "Archived (1)"
    assert doc.undo_stack.undoText() == "Archive MESO 1"
    panel.archived_action.trigger()  # show the archived sets again
    assert panel.groups["MESO 1"].isVisible()
    panel.archived_action.trigger()
    assert not panel.groups["MESO 1"].isVisible()
    doc.undo_stack.undo()
    assert not doc.plan.meso_sets[0].archived and panel.groups["MESO 1"].isVisible()
    # shown, then the last archived set restored: "Archived (0)" does not stay pressed in view
    doc.undo_stack.redo()
    panel.archived_action.trigger()
    assert panel.archived_action.isChecked()
    assert panel.set_archived("MESO 1", False)
    assert not panel.archived_action.isVisible() and not panel.archived_action.isChecked()
    assert not panel.show_archived


def test_the_comparison_table_shows_terms_side_by_side_with_differences_bold(qtbot):
    panel = _panel(qtbot, long_plan(6, sets=1), 1366, 330)
    plan = panel.document.plan
    dlg = panel.open_comparison(["A", "B", "C"])
    qtbot.addWidget(dlg)
    assert dlg.objectName() == "compareDialog" and dlg.packages() == ["A", "B", "C"]
    table = dlg.table
    assert table.columnCount() == 3 and table.rowCount() == len(plan.issues) + 3  # points, relationship, status
    for issue in plan.issues:
        terms = {plan.stored_package(n).terms[issue.name] for n in ("A", "B", "C")}
        for n in ("A", "B", "C"):
            item = dlg.cell(issue.name, n)
            assert item.text() == issue.format_term(plan.stored_package(n).terms[issue.name])
            assert item.font().bold() == (len(terms) > 1), issue.name
    assert any(dlg.cell(i.name, "A").font().bold() for i in plan.issues)
    for n in ("A", "B", "C"):
        st = package_status(plan, n)
        assert dlg.cell(SCORE_ROW, n).text() == f"{st.value:.1f}"
        assert dlg.cell(STATUS_ROW, n).text() == st.text
    # pick packages with the checkboxes: the opening quote joins, C leaves
    picker = dlg.picker
    items = {picker.item(k).text(): picker.item(k) for k in range(picker.count())}
    items[plan.package_names[0]].setCheckState(Qt.CheckState.Checked)
    items["C"].setCheckState(Qt.CheckState.Unchecked)
    assert dlg.packages() == [plan.package_names[0], "A", "B"]
    assert table.columnCount() == 3
    assert dlg.cell(STATUS_ROW, plan.package_names[0]).text() == package_status(plan, plan.package_names[0]).text
    dlg.close()


def test_the_comparison_follows_an_edit(qtbot):
    panel = _panel(qtbot, md.example_plan("supplier"), 1000, 400)
    doc = panel.document
    names = doc.plan.package_names[:2]
    dlg = panel.open_comparison(list(names))
    qtbot.addWidget(dlg)
    doc.apply(doc.plan.with_term(names[0], "Delivery", 4.0), "delivery")
    assert dlg.cell("Delivery", names[0]).text() == doc.plan.issue("Delivery").format_term(4.0)
    assert dlg.cell("Delivery", names[0]).font().bold()
    labels = [w for w in dlg.findChildren(QLabel) if w.objectName() == "compareNote"]
    assert labels and "bold" in labels[0].text()
    dlg.close()


def test_the_approvals_line_fits_and_every_term_still_shows_at_1366_by_330(qtbot):
    """Every card carries an approvals line (docs/approvals.md) and still shows all its terms."""
    from meso_desk.model.plan import Approver
    from meso_desk.model.preferences.approval_conditions import ApprovalCondition as C

    base = long_plan(6, sets=3)
    cfo = Approver(role="CFO", conditions=(C(issue="Warranty on frames and mechanics", when="above", value=0,
                                             effect="needs"),))  # every package
    quality = Approver(role="Quality", conditions=(C(issue="Warranty on frames and mechanics", when="below",
                                                     value=48),))
    panel = _panel(qtbot, base.replace(approvers=(cfo, quality)), 1366, 330)
    vp = panel.scroll.viewport()
    assert panel.scroll.verticalScrollBar().maximum() == 0
    cols = _visible_columns(panel)
    assert len(cols) >= 6
    for col in cols:
        line = col.approvals_line
        r = _in_viewport(panel, line)
        assert line.isVisible() and r.top() >= 0 and r.bottom() < vp.height()
        assert line.full_text().startswith(("✓ CFO", "✗ Quality"))
        for ed in col.editors.values():
            for w in (ed.caption, ed.slider, ed.term, ed.lock):
                r = _in_viewport(panel, w)
                assert w.isVisible() and r.top() >= 0 and r.bottom() < vp.height(), (col.package_name, ed.name)
    objecting = [c for c in cols if "✗ Quality: warranty on frames and mechanics" in c.approvals_line.full_text()]
    assert objecting and all("Quality objects: warranty" in c.approvals_line.toolTip() for c in objecting)
    assert any("CFO must sign off" in c.approvals_line.toolTip() for c in cols)


def test_a_package_not_yet_compared_joins_with_a_click_on_its_box(qtbot):
    """Every package in the picker has a box to tick (one that was not in the first comparison
    once had none, and clicking it did nothing)."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

    panel = _panel(qtbot, long_plan(6, sets=1), 1366, 330)
    dlg = panel.open_comparison(["A", "B"])
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    picker = dlg.picker
    item = picker.findItems("C", Qt.MatchFlag.MatchExactly)[0]
    assert item.data(Qt.ItemDataRole.CheckStateRole) is not None
    opt = QStyleOptionViewItem()
    opt.initFrom(picker)
    opt.rect = picker.visualItemRect(item)
    opt.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = QApplication.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, picker)
    QTest.mouseClick(picker.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, box.center())
    assert dlg.packages() == ["A", "B", "C"] and dlg.table.columnCount() == 3
    dlg.close()


def test_a_compared_package_renamed_stays_compared(qtbot):
    panel = _panel(qtbot, long_plan(6, sets=1), 1366, 330)
    doc = panel.document
    dlg = panel.open_comparison(["A", "B"])
    qtbot.addWidget(dlg)
    doc.apply(doc.plan.with_package_renamed("B", "B (revised)"), "rename")
    assert dlg.packages() == ["A", "B (revised)"]
    assert dlg.table.horizontalHeaderItem(1).text() == "B (revised)"
    dlg.close()


def test_archiving_the_set_of_the_selected_package_moves_the_selection(qtbot):
    """With A3 (the newest set) selected, archiving MESO 3 left the hidden A3 selected: the map
    and status bar stayed on it, Print Cards opened on the archived set. The selection moves to
    the latest set in play; the cards' default follows it."""
    from meso_desk.app.printing.preview import CardsDialog

    panel = _panel(qtbot, long_plan(6, sets=3), 1366, 330)
    doc = panel.document
    newest = doc.plan.meso_sets[-1]
    doc.select_package(newest.packages[0])
    assert panel.set_archived(newest.name, True)
    in_play = doc.plan.meso_sets[-2]
    assert doc.selected_package == in_play.packages[0]
    dlg = CardsDialog(doc)
    qtbot.addWidget(dlg)
    assert dlg.packages_combo.currentData() == ("set", in_play.name)
    assert dlg.packages_combo.itemData(0) == ("set", in_play.name)  # the set in play comes first
    # shown archived sets keep the selection where the user put it
    panel.set_show_archived(True)
    doc.select_package(in_play.packages[0])
    assert panel.set_archived(in_play.name, True)
    assert doc.selected_package == in_play.packages[0]
