"""A card's term captions tell the issues apart (the audit of a big plan, finding 2): with long
names that start alike ("Lieferzeit ab Bestellung für Standardmodelle" / "… für Sondermodelle"),
the captions were cut to "Lief…" three times at 1366 × 768 and to "Lieferzeit ab Beste…" twice at
1920 × 1080. Now a card with the height gives each name a line of its own across the card, and a
cut name keeps the words where it parts from the others; the whole name is in the tooltip. Real
widgets, offscreen."""

from __future__ import annotations

import pytest
from big_plan import LONG_NAMES, long_names_plan
from PySide6.QtWidgets import QApplication, QLabel, QWidget

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.widgets.name_elide import elided_name
from meso_desk.app.widgets.packages.package_panel import PackagePanel
from meso_desk.app.widgets.packages.term_editor import CAPTION_ABOVE, ONE_LINE, TWO_LINES


def _panel(qtbot, plan: md.Plan, w: int, h: int) -> PackagePanel:
    p = PackagePanel(PlanDocument(plan))
    qtbot.addWidget(p)
    p.resize(w, h)
    p.show()
    qtbot.waitExposed(p)
    last = None
    for _ in range(50):  # until the cards have picked their layout and nothing moves
        QApplication.processEvents()
        now = [x.geometry().getRect() for x in p.findChildren(QWidget)]
        if now == last:
            break
        last = now
    return p


def _captions(panel: PackagePanel) -> list[list[QLabel]]:
    return [[ed.caption for ed in c.editors.values()] for c in panel.columns if c.isVisible()]


@pytest.mark.parametrize(("width", "height", "mode"), [
    (1366, 330, ONE_LINE),  # a laptop's short panel: one line per term, the captions cut short
    (760, 640, CAPTION_ABOVE),  # narrow cards with the height: "Lieferzeit ab Beste…" twice beside the terms
    (1366, 640, TWO_LINES),  # wide cards: the names cut beside the terms still read differently
])
def test_the_captions_of_a_card_read_differently(qtbot, width, height, mode):
    plan = long_names_plan()
    panel = _panel(qtbot, plan, width, height)
    for caps in _captions(panel):
        texts = [c.text() for c in caps]
        assert len(set(texts)) == len(texts), texts
        for cap, name in zip(caps, plan.issue_names):
            assert cap.property("issue") == name and cap.objectName() == "termCaption"
            assert name in cap.toolTip()  # the whole name, however it is cut
    modes = {ed.mode for c in panel.columns if c.isVisible() for ed in c.editors.values()}
    assert modes == {mode}


def test_a_caption_line_of_its_own_spans_the_card_and_heads_its_slider(qtbot):
    panel = _panel(qtbot, long_names_plan(), 760, 640)
    col = next(c for c in panel.columns if c.isVisible())
    for ed in col.editors.values():
        assert ed.mode == CAPTION_ABOVE and not ed.two_lines
        assert ed.caption.width() >= 0.8 * col.width()
        assert ed.caption.geometry().bottom() < ed.slider.geometry().top()
        assert ed.slider.geometry().right() < ed.term_box.geometry().left() < ed.lock.geometry().left()
    shown = {ed.caption.text() for ed in col.editors.values()}
    assert all(len(t) >= 30 for t in shown), shown  # most of each name (was: "Lief…", "Gew…")
    assert panel.scroll.verticalScrollBar().maximum() == 0  # and every term still in view


def test_names_that_do_not_collide_keep_two_lines_with_the_term_beside(qtbot):
    panel = _panel(qtbot, md.example_plan("supplier"), 1366, 640)
    assert {ed.mode for c in panel.columns for ed in c.editors.values()} == {TWO_LINES}


def _fm():
    from PySide6.QtGui import QFont, QFontMetrics
    return QFontMetrics(QFont())


@pytest.mark.parametrize("room", [40, 60, 90, 128, 170, 236])
def test_names_cut_to_any_room_still_read_differently(qtbot, room):
    fm = _fm()
    names = list(LONG_NAMES.values()) + ["Schulung für Hausmeister und Facility-Team"]
    shown = [elided_name(fm, n, room, names) for n in names]
    assert len(set(shown)) == len(shown), shown
    assert all(fm.horizontalAdvance(s) <= room for s in shown)
    for n, s in zip(names, shown):
        if fm.horizontalAdvance(n) <= room:
            assert s == n


def test_a_cut_keeps_the_words_where_the_names_part(qtbot):
    """Cut at the end, "Lieferzeit ab Bestellung für…" could be either delivery name: a name
    shown cut never reads as the start of another name."""
    fm = _fm()
    names = list(LONG_NAMES.values())
    for room in (120, 170, 230):
        for n in names:
            s = elided_name(fm, n, room, names)
            if s.endswith("…"):
                assert not [o for o in names if o != n and o.startswith(s[:-1].rstrip())], (room, s)
    room = fm.horizontalAdvance("Lieferzeit ab…Standardmodelle") + 2
    assert elided_name(fm, LONG_NAMES["Order volume"], room, names).endswith("Sondermodelle")
    assert elided_name(fm, LONG_NAMES["Unit price"], room, names).startswith("Stückpreis")


def test_a_card_fitted_again_to_the_same_height_keeps_its_layout(qtbot):
    """The height a caption line takes is reckoned the same in every layout: a card at the edge
    between one line and a caption line does not flip each time it is fitted (each flip re-lays
    out every term of it)."""
    panel = _panel(qtbot, long_names_plan(), 760, 640)
    col = next(c for c in panel.columns if c.isVisible())
    seen = set()
    for h in range(260, 640, 4):
        col.fit_height(h)
        QApplication.processEvents()
        first = next(iter(col.editors.values())).mode
        col.fit_height(h)
        QApplication.processEvents()
        assert next(iter(col.editors.values())).mode == first, h
        seen.add(first)
    assert {ONE_LINE, CAPTION_ABOVE} <= seen
