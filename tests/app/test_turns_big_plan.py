"""The longest turns of the event loop on a big plan (README, "Speed": add a MESO set, undo/redo
it, switch workspace; ``benchmarks/bench_gestures.py``, class ``Turns``): what ran in them and
now runs once, later or a slice at a time. Counts of the work done, never times; the shown result
is the same as before. Real widgets, offscreen."""

from __future__ import annotations

from collections import OrderedDict

from big_plan import BIG_PLAN, LONG_NAMES, long_names_plan, settle
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.widgets import name_elide
from meso_desk.app.widgets.common import ElidedLabel
from meso_desk.app.widgets.packages.package_panel import PackagePanel
from meso_desk.app.workspaces import shares


def _settle(panel: QWidget) -> None:
    last = None
    for _ in range(50):
        QApplication.processEvents()
        now = [x.geometry().getRect() for x in panel.findChildren(QWidget)]
        if now == last:
            return
        last = now


def test_a_relayout_shortens_each_set_of_sibling_names_once_per_width(qtbot, monkeypatch):
    """Each card's term captions are shortened beside the other issues' names: a panel laid out
    anew (an undo, a workspace switch) shortened the same set of names once per caption — every
    card, every issue (1,800 measured texts in one turn on the big plan). Now once per width;
    each caption still reads as shortened beside its siblings."""
    panel = PackagePanel(PlanDocument(long_names_plan()))
    qtbot.addWidget(panel)
    panel.resize(1366, 330)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: not panel.is_busy())
    _settle(panel)
    calls: list[int] = []
    monkeypatch.setattr(name_elide, "_SHOWN", OrderedDict(), raising=False)  # nothing remembered yet
    original = name_elide.distinct_elided
    monkeypatch.setattr(name_elide, "distinct_elided", lambda *a, **k: (calls.append(a[2]), original(*a, **k))[1])
    panel.resize(1200, 330)  # every card narrower: every caption shortened again
    _settle(panel)
    captions = [lab for lab in panel.findChildren(ElidedLabel, "termCaption") if lab.isVisible() and lab._siblings]
    assert len(captions) >= 12
    widths = {lab._room() for lab in captions}
    assert calls and len(calls) <= 2 * len(widths) < len(captions), (len(calls), len(widths), len(captions))
    # each as shortened afresh beside its siblings
    for lab in captions:
        fresh = original(lab.fontMetrics(), [lab.full_text(), *lab._siblings], lab._room(), lab._words)
        assert lab.text() == fresh[lab.full_text()]


class _Paints(QObject):
    """Counts the paints of one widget."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_a_first_switch_to_a_workspace_leaves_the_paint_to_a_later_turn(make_window, qtbot):
    """A workspace shown for the first time is placed in its default arrangement and sized; the
    layouts this needs were done by delivering everything the switch had posted, the window's
    paint with it — placing, layout and the paint of the whole window in one turn of the event
    loop (60–75 ms on the big plan). Now only the layout is done then; the window is painted
    afterwards, once, with the panels at the same sizes."""
    win = make_window(str(BIG_PLAN), autosave=False, remember_layout=False)
    win.resize(1366, 700)
    win.show()
    qtbot.waitExposed(win)
    settle(qtbot, win)
    painted = _Paints(win)
    for key in ("prepare", "deal"):  # (the window opened on "room": these are new)
        assert key not in win.workspaces.states
        before = painted.count
        win.show_workspace(key)
        assert painted.count == before  # nothing painted in the switch's own turn
        widths = {d.objectName(): d.width() for d in win.workspaces.shown_docks(key)}
        wanted = shares(key, win.width())
        for name, width in wanted.items():
            assert abs(widths[getattr(win, name).objectName()] - width) <= 8, (key, widths, wanted)
        qtbot.waitUntil(lambda before=before: painted.count > before)  # and painted soon after
        settle(qtbot, win)
        assert {d.objectName(): d.width() for d in win.workspaces.shown_docks(key)} == widths


def test_the_map_legend_is_placed_once_when_a_set_is_added(qtbot):
    """The value map's legend after a MESO set is added (or taken away by an undo): its entries
    were placed in one row, then once per number of columns tried (ten placings of every entry
    on the big plan, ~4 ms of the map's redraw). Now the widths are reckoned from the entries
    and the entries placed once, where the exhaustive search put them."""
    from test_refits_only_on_change import _cells, _exhaustive_fit, reference_for

    from meso_desk.app.plot import style

    plan = md.example_plan("sourcing")
    fewer = plan.replace(meso_sets=plan.meso_sets[:1])
    legend = style.make_legend()
    placed: list[int] = []
    original = legend.setColumnCount
    legend.setColumnCount = lambda n: (placed.append(n), original(n))[1]
    for p, room in ((fewer, 900), (plan, 420), (fewer, 260), (plan, 260), (plan, 120)):
        del placed[:]
        style.fill_legend(legend, p, p.aspiration)
        style.fit_legend(legend, room)
        assert len(placed) <= 1, placed
        reference = reference_for(p)
        assert legend.columnCount == _exhaustive_fit(reference, room), room
        fresh = reference_for(p)
        style.fit_legend(fresh, room)
        assert _cells(legend) == _cells(fresh)


def test_the_estimate_chart_painted_again_draws_its_last_picture(qtbot, monkeypatch):
    """The counterpart's estimate chart, painted again with nothing it shows changed (a switch to
    "In the room", a scroll): each row measured and drawn anew (5–8 ms of the switch on the big
    plan). Now its last picture; a change (a faded stale estimate, another size) draws anew, and
    the chart reads the same as one painted from scratch."""
    from test_counterpart_panel import make_panel, plan_with_rounds

    from meso_desk.app.widgets.counterpart.estimate_view import EstimateChart

    panel = make_panel(qtbot, plan_with_rounds(2))
    chart = panel.chart
    rows: list[str] = []
    original = EstimateChart._paint_row
    monkeypatch.setattr(EstimateChart, "_paint_row", lambda self, p, s, name, *a, **k: (
        rows.append(name), original(self, p, s, name, *a, **k))[1])
    chart.resize(chart.width() - 20, chart.height())  # (another size: drawn anew)
    first = chart.grab().toImage()
    drawn = len(rows)
    assert drawn == len(chart.snapshot.names)
    again = chart.grab().toImage()
    chart.repaint()
    assert len(rows) == drawn  # the picture, not the rows again
    assert again == first
    chart._picture = None  # (painted from scratch: the same)
    assert chart.grab().toImage() == first
    chart.set_stale(True)  # faded: drawn anew
    faded = chart.grab().toImage()
    assert len(rows) == 3 * drawn and faded != first
    chart.resize(chart.width() - 40, chart.height())
    chart.grab()
    assert len(rows) == 4 * drawn


def test_a_card_is_made_in_one_turn_and_shown_in_the_next(qtbot, monkeypatch):
    """A new set's cards on a plan with many issues: each turn made a card and placed and showed
    it (20–30 ms, in the turn where the map's redraw or a paint often landed too). Now a turn
    makes a slice of cards (hidden) and the next one shows them; at the end every card is shown
    in the set, as before."""
    from long_plans import long_plan
    from PySide6.QtWidgets import QSlider

    from meso_desk.app.widgets.packages.package_column import PackageColumn

    panel = PackagePanel(PlanDocument(long_plan(8, sets=2)))
    qtbot.addWidget(panel)
    panel.resize(1366, 400)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: not panel.is_busy())
    turns: list[tuple[str, int, int]] = []  # (what, cards made, cards shown)

    def spy(name):
        original = getattr(PackagePanel, name, None)
        if original is None:
            return

        def call(self, *a, **k):
            made = len(self.findChildren(PackageColumn, "packageColumn"))
            shown = sum(c.isVisible() for c in self.findChildren(PackageColumn, "packageColumn"))
            original(self, *a, **k)
            turns.append((name, len(self.findChildren(PackageColumn, "packageColumn")) - made,
                          sum(c.isVisible() for c in self.findChildren(PackageColumn, "packageColumn")) - shown))
        monkeypatch.setattr(PackagePanel, name, call)

    spy("_make_more")
    spy("_show_made")
    found = md.generate_mesos(panel.document.plan, 3, level=70.0)
    names = panel.add_meso_set([p.terms for p in found], 70.0)
    qtbot.waitUntil(lambda: not panel.is_busy())
    made = [t for t in turns if t[0] == "_make_more"]
    assert made and sum(m for _, m, _ in made) == 3
    assert all(m > 0 and s == 0 for _, m, s in made), turns  # made, not shown
    assert all(m == 0 for what, m, _ in turns if what == "_show_made"), turns  # shown, none made
    assert [t[0] for t in turns] == ["_make_more", "_show_made"] * len(made)
    assert all(panel.column(n).isVisible() for n in names)
    assert {(s.property("package"), s.property("issue")) for s in panel.findChildren(QSlider, "termSlider")} == {
        (p, i) for p in panel.document.plan.package_names for i in panel.document.plan.issue_names}


def test_a_legend_swatch_makes_no_plot_item(qtbot, monkeypatch):
    """Each legend swatch stood for a plot item made for it alone (a curve and a scatter inside,
    never shown): a third of the legend's refill when a set is added. The swatch draws itself
    from its spec; clicking it still hides nothing, and the entry can still be removed."""
    import pyqtgraph as pg
    from PySide6.QtGui import QImage, QPainter

    from meso_desk.app.plot import style

    made: list[int] = []
    original = pg.PlotDataItem.__init__
    monkeypatch.setattr(pg.PlotDataItem, "__init__", lambda self, *a, **k: (made.append(1), original(self, *a, **k))[1])
    plan = md.example_plan("sourcing")
    legend = style.make_legend()
    style.fill_legend(legend, plan, plan.aspiration)
    style.fit_legend(legend, 900)
    assert len(legend.items) >= 6 and made == []
    sample = legend.items[0][0]
    image = QImage(20, 20, QImage.Format.Format_ARGB32)
    image.fill(0)
    p = QPainter(image)
    sample.paint(p)
    p.end()
    assert any(image.pixel(x, y) != 0 for x in range(20) for y in range(20))  # the target's line
    style.fill_legend(legend, plan.replace(meso_sets=plan.meso_sets[:1]), plan.aspiration)  # entries removed
    style.fit_legend(legend, 900)
    assert len(legend.items) == len(legend._entry_keys)


def test_a_plot_redraw_waits_for_work_done_a_slice_per_turn(qtbot):
    """A redraw that is due (a lone change, the map's surface arrived) while GUI work is under way
    a slice per turn (new cards) waits until that work is done, and a turn more: the map redrawn
    in the turn that made a card took 45–70 ms on the big plan. Never longer than the pacer's
    ``max_stale_ms``."""
    from meso_desk.app.plot import pacing

    class Slices(QObject):
        busy = True

        def works_in_slices(self) -> bool:
            return self.busy

    work = Slices()
    pacing.yield_to(work)
    pacer = pacing.RedrawPacer(max_stale_ms=60_000)
    fired: list[bool] = []
    pacer.fire.connect(fired.append)
    pacer.changed()
    pacer.ready()  # due: a lone change
    assert pacer.holds
    for _ in range(20):
        qtbot.wait(5)
        assert fired == []
    work.busy = False
    qtbot.waitUntil(lambda: fired == [False])
    assert not pacer.holds
    # never longer than max_stale_ms
    work.busy = True
    pacer = pacing.RedrawPacer(max_stale_ms=30)
    pacer.fire.connect(fired.append)
    pacer.changed()
    pacer.ready()
    qtbot.waitUntil(lambda: len(fired) == 2)
    work.busy = False


def test_the_map_is_redrawn_after_the_new_cards_are_shown(make_window, qtbot, monkeypatch):
    """Adding a MESO set on the big plan: the value map draws the new packages once the package
    panel has made and shown their cards, never in between."""
    from meso_desk.app.plot.map_canvas import MapCanvas
    from meso_desk.app.plot.value_map import ValueMap

    win = make_window(str(BIG_PLAN), autosave=False, remember_layout=False)
    win.resize(1366, 700)
    win.show()
    qtbot.waitExposed(win)
    win.show_workspace("offers")
    settle(qtbot, win)
    panel = win.package_panel
    drawn: list[bool] = []
    for cls, name in ((ValueMap, "_draw"), (MapCanvas, "draw_points")):
        original = getattr(cls, name)

        def spy(self, *a, _original=original, **k):
            drawn.append(panel.is_busy())
            return _original(self, *a, **k)
        monkeypatch.setattr(cls, name, spy)
    found = md.generate_mesos(win.document.plan, 3, level=71.0)
    names = panel.add_meso_set([p.terms for p in found], 71.0)
    assert panel.is_busy()
    settle(qtbot, win)
    assert drawn and not any(drawn), drawn
    assert set(names) <= set(win.value_map.canvas.points.names)


class _Turns(QObject):
    """Numbers the turns of the event loop (a zero-interval timer ticks once a turn, as in the
    benchmark) and notes in which turn each thing happened."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        super().__init__()
        self.turn = 0
        self.seen: list[tuple[int, str]] = []
        self._timer = QTimer(self, interval=0, timeout=self._tick)
        self._timer.start()

    def _tick(self) -> None:
        self.turn += 1

    def note(self, what: str) -> None:
        self.seen.append((self.turn, what))

    def stop(self) -> None:
        self._timer.stop()


def _big_window(make_window, qtbot, workspace: str):
    win = make_window(str(BIG_PLAN), autosave=False, remember_layout=False)
    win.resize(1366, 700)
    win.show()
    qtbot.waitExposed(win)
    for key in ("prepare", "offers", "room", "deal", workspace):  # (each arrangement known)
        win.show_workspace(key)
        settle(qtbot, win)
    return win


def test_a_switch_paints_the_panels_it_shows_once(make_window, qtbot):
    """Each widget a switch shows asked to be painted a little later: most of the workspace was
    painted a second time right after the window's first paint (15–20 ms of the switch to "In
    the room"). Now the window's first paint after the switch paints them, once."""
    win = _big_window(make_window, qtbot, "offers")
    chart = win.counterpart_panel.chart
    painted = _Paints(chart)
    win.show_workspace("room")
    settle(qtbot, win)
    assert painted.count == 1


def test_a_resized_plot_is_painted_once(make_window, qtbot):
    """The outcome plot resized (its dock wider in "Deal" than "In the room"): its view transform
    was set in its next paint, which changed every item and painted the plot again. Now it is
    set when the plot is resized."""
    win = _big_window(make_window, qtbot, "room")
    painted = _Paints(win.outcome_plot.view.viewport())
    width = win.outcome_plot.width()
    win.show_workspace("deal")
    settle(qtbot, win)
    assert win.outcome_plot.width() != width
    assert painted.count == 1


def test_a_plot_shown_again_catches_up_after_its_first_paint(make_window, qtbot):
    """The outcome plot, hidden while the plan changed, redraws when shown again: in the turn of
    the event loop that painted the whole window after a workspace switch (its paint and its
    redraw together 45–65 ms on the big plan). Now in a later turn; it says it is busy until
    then."""
    win = _big_window(make_window, qtbot, "offers")
    plot = win.outcome_plot
    panel = win.package_panel
    found = md.generate_mesos(win.document.plan, 3, level=71.0)
    panel.add_meso_set([p.terms for p in found], 71.0)
    settle(qtbot, win)
    turns = _Turns()

    class Paints(QObject):
        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                turns.note("paint")
            return False

    paints = Paints(plot)
    plot.view.viewport().installEventFilter(paints)
    original = plot._draw

    def draw(*a, **k):
        turns.note("draw")
        return original(*a, **k)
    plot._draw = draw
    from PySide6.QtCore import QTimer

    busy: list[bool] = []
    QTimer.singleShot(0, lambda: (win.show_workspace("room"), busy.append(plot.is_busy())))  # (as a key arrives)
    qtbot.waitUntil(lambda: bool(busy))
    settle(qtbot, win)
    turns.stop()
    kinds = [w for _, w in turns.seen]
    assert "draw" in kinds and "paint" in kinds
    first_paint = next(t for t, w in turns.seen if w == "paint")
    assert all(t > first_paint for t, w in turns.seen if w == "draw"), turns.seen
    assert busy == [True]


def test_a_switch_fits_each_panel_to_its_new_size_once(make_window, qtbot, monkeypatch):
    """A switch sizes a panel two or three times on the way to its final size (the value map
    shown in "Offers" first at 312 pixels, then at 526): each time its axes and labels were
    placed and the cards fitted. Now once each, at the end of the switch, before anything is
    painted; a plot the switch hides is not fitted until it is shown again."""
    from meso_desk.app.plot.map_canvas import MapCanvas
    from meso_desk.app.plot.outcome_plot import OutcomePlot

    win = _big_window(make_window, qtbot, "prepare")
    calls: dict[str, int] = {}
    for cls, name in ((MapCanvas, "place_labels"), (PackagePanel, "_fit_columns"), (OutcomePlot, "_place_labels")):
        original = getattr(cls, name)

        def spy(self, *a, _original=original, _name=name, **k):
            calls[_name] = calls.get(_name, 0) + 1
            return _original(self, *a, **k)
        monkeypatch.setattr(cls, name, spy)
    win.show_workspace("room")  # (the map hidden, the outcome plot shown)
    settle(qtbot, win)
    calls.clear()
    win.show_workspace("offers")
    assert calls.get("place_labels", 0) == 1, calls  # the map, at its final size
    assert calls.get("_fit_columns", 0) <= 1, calls
    assert calls.get("_place_labels", 0) == 0, calls  # the outcome plot went out of sight
    settle(qtbot, win)
    canvas = win.value_map.canvas
    assert canvas.view.width() > 400
    calls.clear()
    win.show_workspace("room")
    settle(qtbot, win)
    assert calls.get("_place_labels", 0) >= 1  # shown again: placed for its size


def test_a_name_shown_again_at_the_same_width_is_not_shortened_again(qtbot, monkeypatch):
    """Every shortened name of a panel a workspace switch shows again (two hundred on the big
    plan) was measured and shortened again, at the width it had. Now only when its text, its
    siblings, its width or its font changed; it reads the same."""
    label = ElidedLabel("Lieferzeit ab Bestellung für Standardmodelle")
    qtbot.addWidget(label)
    label.set_siblings(list(LONG_NAMES.values()))
    label.resize(140, 20)
    label.show()
    qtbot.waitExposed(label)
    shown = label.text()
    assert shown != label.full_text() and shown.endswith("Standardmodelle")
    measured: list[int] = []
    original = ElidedLabel._shortened
    monkeypatch.setattr(ElidedLabel, "_shortened", lambda self, room: (measured.append(room), original(self, room))[1])
    label.hide()
    label.show()
    label.resize(140, 20)
    assert measured == [] and label.text() == shown
    label.resize(100, 20)  # narrower: shortened again
    assert measured and label.text() != shown
    label.setText("Gewährleistung auf Gestell und Mechanik")
    assert label.full_text() in label.toolTip()
    label.clear()  # (a card's hold note taken away, then the same note again: said again)
    assert label.text() == "" and label.full_text() == ""
    label.resize(101, 20)
    assert label.text() == ""
    label.setText("Gewährleistung auf Gestell und Mechanik")
    assert label.text() and label.full_text() == "Gewährleistung auf Gestell und Mechanik"


def test_a_turn_is_left_for_the_paint_between_slices_of_cards(qtbot, monkeypatch):
    """After the gesture and after each slice of cards is shown, a turn of the event loop is left
    for the row's layout and paint: the next slice was made in that turn (35–45 ms with them)."""
    from long_plans import long_plan

    panel = PackagePanel(PlanDocument(long_plan(10, sets=2)))
    qtbot.addWidget(panel)
    panel.resize(1366, 400)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: not panel.is_busy())
    turns = _Turns()
    for name in ("_make_more", "_show_made"):
        original = getattr(PackagePanel, name)

        def spy(self, *a, _original=original, _name=name, **k):
            turns.note(_name)
            return _original(self, *a, **k)
        monkeypatch.setattr(PackagePanel, name, spy)
    start = turns.turn
    panel.add_meso_set([p.terms for p in md.generate_mesos(panel.document.plan, 3, level=70.0)], 70.0)
    qtbot.waitUntil(lambda: not panel.is_busy())
    turns.stop()
    seen = turns.seen
    assert len(seen) >= 4 and [w for _, w in seen] == ["_make_more", "_show_made"] * (len(seen) // 2)
    assert seen[0][0] >= start + 2  # the gesture's own layout and paint first
    for (t0, w0), (t1, _w1) in zip(seen, seen[1:]):
        assert t1 >= t0 + (2 if w0 == "_show_made" else 1), seen


def test_a_steady_box_shown_again_unchanged_asks_for_no_layout(qtbot):
    """A panel shown again (a workspace switch) showed its steady boxes again, and each asked its
    layout to lay out anew — a hundred requests, every card re-laid out. Now only a box whose
    text changed while it was hidden asks, and gets the room it needs."""
    from PySide6.QtWidgets import QHBoxLayout, QLabel

    from meso_desk.app.widgets.common import steady

    top = QWidget()
    qtbot.addWidget(top)
    row = QWidget(top)
    lay = QHBoxLayout(row)
    label = QLabel("70.0 points")
    lay.addWidget(steady(label))
    lay.addStretch(1)
    top.resize(400, 60)
    row.resize(400, 60)
    top.show()
    qtbot.waitExposed(top)
    _settle(row)

    class Requests(QObject):
        count = 0

        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.LayoutRequest:
                self.count += 1
            return False

    seen = Requests(row)
    row.installEventFilter(seen)
    row.hide()
    row.show()
    _settle(row)
    assert seen.count == 0
    row.hide()
    label.setText("70.0 points · 12.5 above the target of 57.5")  # needs more room, set while hidden
    row.show()
    _settle(row)
    assert seen.count >= 1 and label.width() >= label.sizeHint().width()


def test_a_switch_scrolls_to_the_selected_card_before_it_paints(make_window, qtbot):
    """The package panel shown by a switch brought the selected card into view a turn after the
    switch — after the window's paint, painting the cards again at their new place. Now at the
    end of the switch: the first paint shows the card where it stays."""
    from PySide6.QtCore import QPoint, QRect

    win = _big_window(make_window, qtbot, "offers")
    panel = win.package_panel
    doc = win.document
    doc.select_package(doc.plan.meso_sets[-1].packages[-1])  # a card at the far end of the row
    settle(qtbot, win)
    win.show_workspace("room")
    bar = panel.scroll.horizontalScrollBar()
    at_switch = bar.value()
    col = panel.column(doc.selected_package)
    vp = panel.scroll.viewport()
    place = QRect(col.mapTo(vp, QPoint(0, 0)), col.size())
    assert vp.rect().intersects(place), (place, vp.rect())
    settle(qtbot, win)
    assert bar.value() == at_switch
