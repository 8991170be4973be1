"""A big plan with long German issue names (tests/app/big_plan.py) on a laptop and a desktop screen:

* In the room, the Estimate page fits its view whatever question *Ask next* shows: the answer box
  once took the width of its longest option ("Jährliche Auffrischung für alle Standorte"), the page
  grew past its view (which never scrolls sideways) and the weights, the Top column and the end of
  each sentence were cut off without a mark.
* Names that begin alike never read the same: the issue table gives its names the room before the
  notes, and where a name must be shortened — there, in the weight rows, in the value map's axis
  boxes, on the answer buttons — it keeps the words where it parts from the other ("Lieferzeit
  ab…Sondermodelle"), whole in the tooltip."""

from __future__ import annotations

import dataclasses

import pytest
from big_plan import BIG_PLAN, DELIVERY, SIZES, WARRANTY, big_window, settle
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QWidget,
)

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.widgets.counterpart.question_planner import QuestionPlanner
from meso_desk.app.widgets.issues.issue_table import IssuePanel
from meso_desk.model.counterpart.questions import candidate_questions
from meso_desk.model.preferences.issue_text import COL

DIFFERS = {DELIVERY[0]: "Standard", DELIVERY[1]: "Sonder", WARRANTY[0]: "Gestell", WARRANTY[1]: "Polster"}


def right_edge_in(widget: QWidget, view: QWidget) -> int:
    return widget.mapTo(view, QPoint(widget.width(), 0)).x()


@pytest.mark.parametrize("size", SIZES)
def test_the_estimate_page_fits_its_view_whatever_the_question(make_window, qtbot, monkeypatch, size):
    win = big_window(make_window, qtbot, monkeypatch, size, "room")
    area = win.counterpart_panel.findChild(QScrollArea, "estimateScroll")
    page, view = area.widget(), area.viewport()
    planner = win.counterpart_panel.findChild(QuestionPlanner, "questionPlanner")
    questions = {q.kind: q for q in candidate_questions(win.document.plan)}
    assert {"most_important", "preferred_term", "pairwise"} <= set(questions)
    for kind in ("preferred_term", "most_important", "pairwise"):
        planner.show_question(questions[kind])
        settle(qtbot, win)
        assert page.minimumSizeHint().width() <= view.width(), kind
        assert page.width() <= view.width(), kind
        shown = [w for w in (planner.choice, planner.record, planner.first, planner.second) if w.isVisible()]
        for w in shown:  # every answer control wholly in view: nothing hidden past the right edge
            assert right_edge_in(w, view) <= view.width(), (kind, w.objectName())
    # the longest option of the answer box: shortened in the box, never wider than the page, whole in
    # its tooltip and its list item
    planner.show_question(questions["preferred_term"])
    settle(qtbot, win)
    box = planner.choice
    longest = max((box.itemText(k) for k in range(box.count())), key=len)
    box.setCurrentText(longest)
    assert longest in box.toolTip()
    assert box.itemData(box.findText(longest), Qt.ItemDataRole.ToolTipRole) == longest
    assert right_edge_in(box, view) <= view.width()


def test_the_two_issues_of_which_matters_more_read_apart_on_a_narrow_page(qtbot):
    plan = md.load_plan(BIG_PLAN)
    doc = PlanDocument(plan)
    planner = QuestionPlanner(doc)
    qtbot.addWidget(planner)
    doc.setParent(planner)
    planner.resize(200, 300)
    planner.show()
    qtbot.waitUntil(lambda: planner.question is not None, timeout=30_000)  # its own first, then ours
    q = next(q for q in candidate_questions(plan) if q.kind == "pairwise")
    planner.show_question(dataclasses.replace(q, options=DELIVERY, issues=DELIVERY))
    qtbot.waitUntil(lambda: planner.first.isVisible())
    planner.resize(200, 300)
    qtbot.wait(1)
    assert planner.minimumSizeHint().width() <= 200
    texts = [planner.first.text(), planner.second.text()]
    assert texts[0] != texts[1] and "Standard" in texts[0] and "Sonder" in texts[1], texts
    assert DELIVERY[0] in planner.first.toolTip()


# -- the issue table ------------------------------------------------------------------------------
def _name_needs(table) -> int:
    """The width the widest (bold) name needs to be read whole in its cell."""
    bold = QFont(table.font())
    bold.setBold(True)
    fm = QFontMetrics(bold)
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    return max(fm.horizontalAdvance(n) for n in md.load_plan(BIG_PLAN).issue_names) + margin


def _shown_names(panel) -> list[str]:
    """Each issue's name as its cell shows it."""
    t = panel.table
    out = []
    for r in range(panel.model.rowCount()):
        idx = panel.model.index(r, COL["name"])
        opt = QStyleOptionViewItem()
        t.initViewItemOption(opt)
        opt.rect = t.visualRect(idx)
        out.append(t.itemDelegate().shown_name(opt, idx))
    return out


@pytest.mark.parametrize("size", SIZES)
def test_the_issue_table_gives_the_names_room_before_the_notes(make_window, qtbot, monkeypatch, size):
    win = big_window(make_window, qtbot, monkeypatch, size, "prepare")
    panel = win.issue_panel
    t = panel.table
    assert t.columnWidth(COL["name"]) >= _name_needs(t)
    assert _shown_names(panel) == list(win.document.plan.issue_names)  # every name whole
    # only the notes give way for them: the main columns still end inside the table
    hh = t.horizontalHeader()
    assert hh.sectionViewportPosition(COL["description"]) < t.viewport().width()


def test_in_a_narrow_table_names_that_begin_alike_keep_where_they_part(qtbot):
    panel = IssuePanel(PlanDocument(md.load_plan(BIG_PLAN)))
    qtbot.addWidget(panel)
    panel.resize(560, 500)
    panel.show()
    qtbot.waitExposed(panel)
    shown = _shown_names(panel)
    names = list(panel.model.plan.issue_names)
    assert shown != names, "the test needs names shortened"
    assert len(set(shown)) == len(shown), shown
    for name, text in zip(names, shown):
        if name in DIFFERS:
            assert DIFFERS[name] in text, (name, text)


# -- weight rows and the value map's axis boxes ---------------------------------------------------
def drawn_text(box: QComboBox) -> str:
    """What the closed box shows: its current text as drawn, clipped to its field."""
    opt = QStyleOptionComboBox()
    box.initStyleOption(opt)
    room = box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                      QStyle.SubControl.SC_ComboBoxEditField, box).width()
    text, fm = opt.currentText, box.fontMetrics()
    while text and fm.horizontalAdvance(text) > room:
        text = text[:-1]
    return text


def test_weight_rows_and_axis_boxes_never_read_the_same_at_1366(make_window, qtbot, monkeypatch):
    win = big_window(make_window, qtbot, monkeypatch, SIZES[0], "prepare")
    editor = win.weight_editor
    labels = {n: editor.row(n).label for n in win.document.plan.issue_names}
    texts = [lab.text() for lab in labels.values()]
    assert any(lab.is_elided() for lab in labels.values()), "the test needs names shortened"
    assert len(set(texts)) == len(texts), texts
    for name, lab in labels.items():
        if name in DIFFERS:
            assert DIFFERS[name] in lab.text(), lab.text()
        if lab.is_elided():
            assert name in lab.toolTip()
    win.show_workspace("offers")
    settle(qtbot, win)
    for box in (win.value_map.x_combo, win.value_map.y_combo):
        seen = {}
        for name in (*DELIVERY, *WARRANTY):
            box.setCurrentText(name)
            settle(qtbot, win)
            seen[name] = drawn_text(box)
            assert name in box.toolTip()
        assert len(set(seen.values())) == len(seen), seen
        assert any(seen[n] != n for n in seen), "the test needs names shortened"


# -- Risk and Bets --------------------------------------------------------------------------------
@pytest.mark.parametrize("size", SIZES)
def test_the_bets_show_their_event_beside_long_package_and_issue_names(make_window, qtbot, monkeypatch, size):
    """The Event column — what the table exists to show — was squeezed to ~30 px ("T…") at 1366 by
    the package and issue names before it, and the table ran past its right edge."""
    win = big_window(make_window, qtbot, monkeypatch, size, "offers")
    view = win.actions.show_risk_view()
    settle(qtbot, win)
    t = view.bet_table
    qtbot.waitUntil(lambda: t.rowCount() >= 1, timeout=30_000)
    settle(qtbot, win)
    hh = t.horizontalHeader()
    event = 2
    need = max(t.sizeHintForColumn(event), hh.sectionSizeHint(event))
    assert hh.sectionSize(event) >= min(need, 90), hh.sectionSize(event)
    ends = max(hh.sectionViewportPosition(c) + hh.sectionSize(c) for c in range(t.columnCount()))
    assert ends <= t.viewport().width(), "every column inside the table: nothing to scroll to"
    # never cut shorter than a package or issue name beside it
    if hh.sectionSize(event) < need:
        for c in (0, 1):
            assert hh.sectionSize(event) >= min(hh.sectionSize(c), need) - 1, (c, hh.sectionSize(c))
    cell = t.item(0, event)
    assert cell.text() in cell.toolTip()
