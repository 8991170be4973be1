"""The curve plot as a keyboard stop, and its marks in the dark palette (the keyboard audit).

* The plot was a Tab stop on linear and bent curves too, where it has no points: the focus sat
  on it with no mark and the arrow keys did nothing. It is a stop only while it has points.
* The selected package's option outline and the mark of the point the keys move were a fixed
  near-black: on the dark palette's plot (0x1f1f1f) they vanished.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.widgets.issues.curve_editor import CurveEditor
from meso_desk.app.widgets.issues.issue_table import IssuePanel
from meso_desk.app.widgets.look import contrast_ratio, over


def _shown(qtbot, widget, w=420, h=260):
    qtbot.addWidget(widget)
    widget.resize(w, h)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())
    return widget


def _focus():
    return QApplication.focusWidget()


def test_the_plot_is_a_tab_stop_only_while_it_has_points(qtbot):
    doc = PlanDocument(md.example_plan("supplier"))
    panel = _shown(qtbot, IssuePanel(doc), 560, 600)
    table, plot = panel.table, panel.curve_editor.plot
    for row, issue, stop in ((0, "Unit price", False), (2, "Delivery", False), (5, "Incoterm", True)):
        table.setFocus()
        table.setCurrentIndex(table.model().index(row, 0))
        assert panel.curve_editor.issue_name == issue
        qtbot.keyClick(table, Qt.Key.Key_Tab)
        assert (_focus() is plot) is stop, (issue, _focus().objectName())
    # with the focus in a breakpoint curve's plot, an undo back to the linear curve hands the focus back
    k = doc.plan.issue_names.index("Warranty")
    pts = ((12.0, 0.0), (24.0, 60.0), (36.0, 100.0))
    doc.apply(doc.plan.with_issue(k, doc.plan.issues[k].model_copy(update={"curve": md.Curve.BREAKPOINTS,
                                                                              "breakpoints": pts})), "points")
    table.setFocus()
    table.setCurrentIndex(table.model().index(k, 0))
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert _focus() is plot
    doc.undo_stack.undo()
    assert plot.focusPolicy() == Qt.FocusPolicy.NoFocus and _focus() is table


def _visible_against(image, centre: QPoint, dx: range, dy: int, *against: QColor) -> bool:
    """Some pixel on the row ``dy`` below ``centre``, ``dx`` across, stands out 3 : 1 from each of ``against``."""
    for x in dx:
        c = QColor(image.pixel(centre.x() + x, centre.y() + dy))
        if all(contrast_ratio(c, a) >= 3.0 for a in against):
            return True
    return False


def test_the_selected_option_and_the_point_the_keys_move_show_in_either_palette(qtbot, palette):
    doc = PlanDocument(md.example_plan("supplier"))  # the selected package's Incoterm: FCA (the 2nd bar)
    ce = _shown(qtbot, CurveEditor(doc))
    ce.set_issue("Incoterm")
    ce.plot.setFocus()
    qtbot.waitUntil(ce.plot.hasFocus)
    qtbot.keyClick(ce.plot, Qt.Key.Key_Right)  # the keys move FCA's point
    assert ce._current == 1
    bg = ce.plot.backgroundBrush().color()
    fill = QColor(25, 118, 210)  # the accent: the point, and (see-through) the bar
    bar = QColor(fill)
    bar.setAlpha(150)
    image = ce.plot.grab().toImage()
    dpr = image.devicePixelRatio()
    at = ce.handle_viewport_pos(1) * dpr  # the top of FCA's bar, the point on it
    assert _visible_against(image, at, range(-12, 13), 0, bg, fill), "the point the keys move has no visible ring"
    # the bar's left edge, half-way down: its outline against the plot and the bar
    edge = ce.viewport_pos(1 - 0.3, ce.handle_positions()[1][1] / 2) * dpr
    assert _visible_against(image, edge, range(-4, 5), 0, bg, over(bar, bg)), "the selected option has no outline"
