"""The Generate MESOs preview shows every row whatever the number of packages: more packages narrow
the columns, wrapped cells need taller rows, and the table grows with them (audit 2: after Offer
went from 3 to 5 the last rows were cut off and could not be scrolled to)."""

from __future__ import annotations

import pytest
from long_plans import long_plan
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFontMetricsF, QScreen
from PySide6.QtWidgets import QStyle

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.help.screenshots import phase_plans
from meso_desk.app.widgets.packages import meso_dialog


def _ready(qtbot, dlg) -> None:
    qtbot.waitUntil(lambda: not dlg.is_busy() and dlg.add_button.isEnabled(), timeout=30_000)
    qtbot.wait(50)  # the re-fit after the columns take their widths


def _all_rows_shown(dlg) -> None:
    t = dlg.preview
    last = t.rowCount() - 1
    assert last > 0
    for r in range(t.rowCount()):  # every row fits its cells (wrapped ones included)
        assert t.rowHeight(r) >= t.sizeHintForRow(r), t.verticalHeaderItem(r).text()
    bottom = t.rowViewportPosition(last) + t.rowHeight(last)
    assert bottom <= t.viewport().height(), (t.verticalHeaderItem(last).text(), bottom, t.viewport().height())
    # and nothing below the table is drawn over it
    below = dlg.robustness if dlg.robustness.isVisible() else dlg.message
    assert t.geometry().bottom() < below.geometry().top()


@pytest.mark.parametrize("count", [4, 5])
def test_preview_keeps_every_row_when_more_packages_are_offered(qtbot, count):
    doc = PlanDocument(dict(phase_plans())["offers"])
    dlg = meso_dialog.MesoDialog(doc)
    qtbot.addWidget(dlg)
    dlg.show()
    _ready(qtbot, dlg)
    _all_rows_shown(dlg)
    dlg.count.setValue(count)
    _ready(qtbot, dlg)
    assert dlg.preview.columnCount() == count
    _all_rows_shown(dlg)
    assert dlg.preview.verticalHeaderItem(dlg.preview.rowCount() - 1).text() == "Leaves on the table"
    dlg.done(0)


def test_preview_fits_again_when_the_dialog_is_narrowed(qtbot):
    doc = PlanDocument(md.example_plan("supplier"))
    dlg = meso_dialog.MesoDialog(doc)
    qtbot.addWidget(dlg)
    dlg.show()
    _ready(qtbot, dlg)
    dlg.resize(dlg.minimumSizeHint().width(), dlg.height())
    qtbot.wait(100)
    _all_rows_shown(dlg)
    dlg.done(0)


# -- long terms: the dialog widens rather than end a term in "…" (audit: five packages of long terms
# on a 1366 × 768 laptop showed "EUR 20…", "Wa…", "mo…" in a 533-px-wide dialog) --------------------
@pytest.fixture
def screen_of(monkeypatch):
    """``screen_of(w, h)``: the screen's available area (the offscreen one is 800 × 800)."""
    def set_to(width: int, height: int) -> None:
        monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, width, height))
    return set_to


def _five_long_packages(qtbot):
    dlg = meso_dialog.MesoDialog(PlanDocument(long_plan(8)))
    qtbot.addWidget(dlg)
    dlg.show()
    _ready(qtbot, dlg)
    dlg.count.setValue(5)
    _ready(qtbot, dlg)
    assert dlg.preview.columnCount() == 5
    return dlg


def _shortened(t) -> list[str]:
    """The cells Qt draws with "…": a word wider than the room its cell has for text (the style's
    margins each side and the grid line); the cells wrap at spaces."""
    margin = 2 * (t.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, t) + 1) + 1
    out = []
    for r in range(t.rowCount()):
        for c in range(t.columnCount()):
            item = t.item(r, c)
            fm = QFontMetricsF(item.font())
            out += [f"{item.text()!r} in {t.columnWidth(c)}" for w in item.text().split()
                    if fm.horizontalAdvance(w) > t.columnWidth(c) - margin]
    return out


def test_five_packages_of_long_terms_on_a_laptop_are_read_whole(qtbot, screen_of):
    screen_of(1366, 768)
    dlg = _five_long_packages(qtbot)
    t = dlg.preview
    assert dlg.width() <= 1366 - 40 and dlg.frameGeometry().height() <= 768
    assert dlg.width() > 1000  # widened to its terms (it stayed 533 px wide)
    assert _shortened(t) == []
    assert t.horizontalScrollBar().maximum() == 0  # every package in view
    vh = t.verticalHeader()
    assert vh.width() >= vh.sizeHint().width()  # the issue names whole
    _all_rows_shown(dlg)
    dlg.done(0)


def test_on_a_narrow_screen_the_terms_stay_whole_and_the_issue_names_have_tooltips(qtbot, screen_of):
    """520 px: no room for five columns of whole words: the table scrolls sideways (the issue names
    stay beside it); a name shortened to "…" is whole in its tooltip."""
    screen_of(520, 768)
    dlg = _five_long_packages(qtbot)
    t = dlg.preview
    assert dlg.width() <= 520 - 40
    assert _shortened(t) == []
    assert t.horizontalScrollBar().maximum() > 0
    for r in range(t.rowCount()):
        head = t.verticalHeaderItem(r)
        assert head.toolTip() == head.text()
    _all_rows_shown(dlg)  # the scroll bar under the columns hides no row
    x = t.verticalHeader().mapTo(dlg, QPoint(0, 0)).x()
    t.horizontalScrollBar().setValue(t.horizontalScrollBar().maximum())
    assert t.verticalHeader().isVisible() and t.verticalHeader().mapTo(dlg, QPoint(0, 0)).x() == x
    dlg.done(0)


def test_widened_for_more_packages_the_dialog_stays_on_the_screen(qtbot, screen_of):
    """Opened at 640 px in the middle of a 1366-px laptop, then five packages of long terms: it grows
    to the screen's width, and moves left rather than run off the screen's right edge."""
    screen_of(1366, 768)
    dlg = meso_dialog.MesoDialog(PlanDocument(long_plan(8)))
    qtbot.addWidget(dlg)
    dlg.show()
    _ready(qtbot, dlg)
    dlg.move(363, 40)
    dlg.count.setValue(5)
    _ready(qtbot, dlg)
    frame = dlg.frameGeometry()
    assert dlg.width() > 1000 and 0 <= frame.left() and frame.right() < 1366, frame
    assert _shortened(dlg.preview) == []
    dlg.done(0)
