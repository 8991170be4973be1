"""A call put off to the next turn of the event loop (a zero-delay timer) dies with its widget.

The package panel fits its cards, scrolls a new MESO set into view and reveals a card a moment
after the change that asks for it; the post-settlement list re-wraps its items after a resize;
the ranking list reads its order after a drop. Each such call is bound to the widget it works on
(a timer that is its child, or ``QTimer.singleShot(0, widget, slot)``), so that Qt drops it when
the widget is deleted first: before, a panel closed (or a set undone) in between had the call run
on a deleted widget ("Internal C++ object already deleted").
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex
from PySide6.QtWidgets import QApplication

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.widgets.counterpart.offered_cards import RankingList
from meso_desk.app.widgets.deal.deal_panel import DealPanel
from meso_desk.app.widgets.deal.deal_widgets import SettlementList
from meso_desk.app.widgets.packages.package_panel import PackagePanel


@pytest.fixture
def calls(monkeypatch):
    """``calls(cls, name)`` spies on method ``name`` of ``cls``; the list of the calls it records (their
    ``self``) is returned."""
    made: dict[str, list] = {}

    def spy(cls, name):
        original = getattr(cls, name)
        seen = made.setdefault(f"{cls.__name__}.{name}", [])

        def wrapper(self, *args, **kwargs):
            seen.append(self)
            return original(self, *args, **kwargs)

        monkeypatch.setattr(cls, name, wrapper)
        return seen

    return spy


def _deleted(widget) -> None:
    """``widget`` deleted now (as a closed window's panel is), before any call it put off runs."""
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _next_turns(qtbot) -> list:
    """The event loop turns a few times; the exceptions raised in its calls."""
    with qtbot.capture_exceptions() as errors:
        for _ in range(3):
            QApplication.processEvents()
    return errors


def _package_panel(qtbot) -> PackagePanel:
    panel = PackagePanel(PlanDocument(md.example_plan("supplier")))
    panel.resize(1000, 600)
    panel.show()
    qtbot.waitExposed(panel)
    QApplication.processEvents()
    return panel


def _add_set(panel: PackagePanel) -> str:
    """A generated MESO set added (its cards fitted, it scrolled into view — a moment later); its name."""
    names = panel.add_meso_set(list(md.generate_mesos(panel._doc.plan, 3, 70.0)), 70.0)
    return panel._doc.plan.meso_set_of(names[0]).name


def _fold_the_set(panel: PackagePanel) -> None:
    """The cards re-arranged (fitted a moment later)."""
    panel.set_folded(_add_set(panel), True)


@pytest.mark.parametrize("change", [lambda p: p.add_package(), _add_set, _fold_the_set],
                         ids=["new card: fitted and revealed", "new set: scrolled into view", "set folded"])
def test_the_package_panels_put_off_calls_die_with_it(qtbot, calls, change):
    fits, scrolls, reveals = (calls(PackagePanel, n) for n in ("_fit_columns", "_scroll_to", "_reveal_column"))
    panel = _package_panel(qtbot)
    del fits[:], scrolls[:], reveals[:]
    change(panel)
    _deleted(panel)  # (the window closed before the next turn of the event loop)
    assert _next_turns(qtbot) == []
    assert (fits, scrolls, reveals) == ([], [], [])


def test_a_new_sets_scroll_dies_with_its_group_when_the_set_is_undone_at_once(qtbot, calls):
    scrolls = calls(PackagePanel, "_scroll_to")
    panel = _package_panel(qtbot)
    qtbot.addWidget(panel)
    name = _add_set(panel)
    group = panel.groups[name]
    panel._doc.undo_stack.undo()  # before the scroll to its cards: the set's group is put away
    assert name not in panel.groups
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # … and deleted
    assert _next_turns(qtbot) == []
    assert group not in scrolls and scrolls == []


def test_the_post_settlement_lists_refit_dies_with_it(qtbot, calls):
    fits = calls(SettlementList, "fit")
    for owner in ("list", "panel"):
        if owner == "list":
            widget = lst = SettlementList()
        else:
            widget = DealPanel(PlanDocument(md.Plan()))  # (no issues: no search running)
            lst = widget.pss_list
        lst.addItem("A: Delivery 6 weeks → 4 weeks\n+0.2 points for you")
        widget.resize(300, 400)
        widget.show()
        qtbot.waitExposed(widget)
        QApplication.processEvents()
        del fits[:]
        widget.resize(420, 400)  # a new width: the items wrap anew, a moment later
        widget.close()
        _deleted(widget)
        assert _next_turns(qtbot) == []
        assert fits == [], owner


def test_the_ranking_lists_read_after_a_drop_dies_with_it(qtbot, calls):
    reads = calls(RankingList, "_read")
    lst = RankingList()
    lst.set_ranking(["A", "B", "C"], [0, 1])
    QApplication.processEvents()
    del reads[:]
    assert lst.model().moveRow(QModelIndex(), 0, QModelIndex(), 2)  # a drop moves a row: read a moment later
    _deleted(lst)
    assert _next_turns(qtbot) == []
    assert reads == []
