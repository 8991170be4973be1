"""SteadyBox: a label whose text changes in every frame of a drag must not re-lay out the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from meso_desk.app.widgets.common import SteadyBox, steady


class LayoutRequests(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def _window(qtbot, boxed: bool):
    top = QWidget()
    qtbot.addWidget(top)
    outer = QVBoxLayout(top)
    row = QHBoxLayout()
    label = QLabel("70.0 points")
    row.addWidget(steady(label) if boxed else label)
    row.addStretch(1)
    outer.addLayout(row)
    top.resize(400, 120)
    top.show()
    qtbot.waitExposed(top)
    _settle(qtbot)
    return top, label


def _settle(qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()


def test_a_text_that_fits_does_not_reach_the_window(qtbot):
    top, label = _window(qtbot, boxed=False)
    seen = LayoutRequests(top)
    label.setText("70.5 points")
    _settle(qtbot)
    assert seen.count >= 1  # a plain label asks the whole window to lay out again

    top, label = _window(qtbot, boxed=True)
    box = label.parentWidget()
    assert isinstance(box, SteadyBox) and box.child is label
    seen = LayoutRequests(top)
    for k in range(20):  # a drag: a new number every frame, never wider than the first
        label.setText(f"{70 + k * 0.1:.1f} points")
        _settle(qtbot)
    assert seen.count == 0
    assert label.text() == "71.9 points" and label.geometry() == box.rect()


def test_a_text_that_needs_more_room_gets_it_and_the_box_never_wobbles(qtbot):
    top, label = _window(qtbot, boxed=True)
    box = label.parentWidget()
    w0 = box.width()
    seen = LayoutRequests(top)
    label.setText("70.0 points · 12.5 above the target of 57.5")
    _settle(qtbot)
    assert seen.count >= 1
    assert box.width() > w0 and box.width() >= label.sizeHint().width()
    wide = box.width()
    label.setText("7 points")  # shorter again: the box keeps its width while shown
    _settle(qtbot)
    assert box.width() == wide


def test_the_box_hides_and_shows_with_its_label(qtbot):
    top = QWidget()
    qtbot.addWidget(top)
    lay = QVBoxLayout(top)
    label = QLabel("Value held")
    label.hide()  # hidden before it is boxed (a message shown only when there is one)
    box = steady(label)
    lay.addWidget(box)
    top.show()
    qtbot.waitExposed(top)
    assert not box.isVisible()
    label.show()
    _settle(qtbot)
    assert box.isVisible() and label.isVisible()
    label.hide()
    _settle(qtbot)
    assert not box.isVisible()


def test_a_wrapped_label_gets_the_lines_it_needs(qtbot):
    top = QWidget()
    qtbot.addWidget(top)
    lay = QVBoxLayout(top)
    label = QLabel("short")
    label.setWordWrap(True)
    lay.addWidget(steady(label))
    lay.addStretch(1)
    top.resize(160, 300)
    top.show()
    qtbot.waitExposed(top)
    box = label.parentWidget()
    h1 = box.height()
    label.setText("a much longer status line that needs several lines at this width")
    _settle(qtbot)
    assert box.height() > h1
    assert box.height() >= label.heightForWidth(box.width())


def test_a_drag_with_hold_value_does_not_re_lay_out_the_main_window(make_window, qtbot):
    """Every frame of a hold-value drag on the map changes the package's six terms, its score,
    its status, the curve readout and the status bar: none of that may make the main window
    lay out its docks again (it cost a third of the frame)."""
    import meso_desk as md

    plan = md.example_plan("supplier")
    pk = md.generate_mesos(plan, 3)
    names = ["A", "B", "C"]
    stored = [md.StoredPackage(name=n, terms=dict(p.terms)) for n, p in zip(names, pk)]
    plan = plan.replace(packages=(*plan.packages, *stored),
                        meso_sets=(md.MesoSet(name="MESO 1", level=plan.aspiration, packages=tuple(names)),))
    win = make_window(plan)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    vm, doc = win.value_map, win.document
    name = "B"
    doc.select_package(name)
    vm.set_hold_value(True, name)
    vm.redraw()
    _settle(qtbot)
    vm.begin_drag(name)
    s = vm.slice
    x0, x1 = s.x.coords[0], s.x.coords[-1]
    y = s.position(doc.plan.stored_package(name).terms)[1]
    for k in range(3):  # the first frames may size the boxes once
        vm.drag_to(x0 + (x1 - x0) * (0.3 + 0.02 * k), y)
        _settle(qtbot)
    seen = LayoutRequests(win)
    moved = 0
    for k in range(3, 20):
        moved += vm.drag_to(x0 + (x1 - x0) * (0.3 + 0.02 * k), y)
        _settle(qtbot)
    vm.end_drag()
    assert moved >= 10
    assert seen.count <= 1
    assert doc.undo_stack.count() == 2  # hold value on, then the drag: one step


def test_a_text_set_before_the_window_is_shown_shows_whole(qtbot):
    top = QWidget()
    qtbot.addWidget(top)
    lay = QHBoxLayout(top)
    label = QLabel("")
    lay.addWidget(steady(label))
    lay.addStretch(1)
    label.setText("Their opening quote: 28.5 points · 41.5 below target 70.0")  # not shown yet
    top.resize(700, 60)
    top.show()
    qtbot.waitExposed(top)
    _settle(qtbot)
    assert label.parentWidget().width() >= label.sizeHint().width()


def test_the_status_bar_shows_the_score_and_warning_whole(make_window, qtbot):
    import meso_desk as md

    win = make_window(md.example_plan("supplier"))
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.document.select_package("Their opening quote")  # (the window opens on a package without a warning)
    _settle(qtbot)
    for label in (win.score_label, win.warning_label):
        assert label.text(), "the selected package has a score and (here) a warning"
        assert label.width() >= label.sizeHint().width() - 1
    assert "…" not in win.warning_label.text()
