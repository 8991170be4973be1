"""Workspaces: the phases of the evening, each with its own arrangement of the panels.

A 13-inch laptop (1366 × 768, about 700 pixels of window) cannot show every panel at a useful
size at once, and the evening does not need them at once. The window therefore has four
*workspaces*, one per phase, switched in one click (the buttons in the toolbar) or one key:

=========  ===========  ====================================================================
key        name         panels (default arrangement)
=========  ===========  ====================================================================
F5         Prepare      Issues (table and curve) · Weights
F6         Offers       Value map · Packages
F7         In the room  Counterpart (estimate, rounds) · Packages · Outcome
F8         Deal         Deal (walk-aways, agreement, post-settlement, debrief) · Outcome
=========  ===========  ====================================================================

Each workspace remembers its own arrangement (``QMainWindow.saveState`` per workspace in the
settings, under ``window/workspace_state/<key>``): a panel moved, floated, hidden or shown in
one workspace stays so there. *View ▸ Reset Layout* restores the default of the current
workspace, sized for the window as it is now: the proportions adapt to the width (a 1366-pixel
laptop and a 1920-pixel monitor get different shares — the extra width goes to the panel
that can use it, never to empty space).

Until the user moves or resizes a panel, a workspace follows the window's size (a maximised or
shrunk window is shared out again); after that its panels keep the sizes the user gave them.

The value map is the window's central widget; a workspace without it hides it, and the docks
then fill the window.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QTabBar, QWidget

from ..model.language import QT_TR_NOOP, tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget

    from .main_window import MainWindow

#: Bump when the dock layout changes incompatibly (old saved states are then ignored).
STATE_VERSION = 5  # 4: the Risk and Bets dock (issue 20); 5: the Suppliers dock (issue 25)


#: what panels do on being resized, held while the window is rearranged (:func:`when_arranged`)
_held: dict[int, Callable[[], None]] | None = None


def when_arranged(owner: object, work: Callable[[], None]) -> bool:
    """``owner``'s work on being resized (its labels placed, its cards fitted to their height):
    while a workspace switch rearranges the window — sizing a panel two or three times on the way
    to its final size — it is done once, at the end of the rearranging, before anything is
    painted. Returns True when it is held so, False when the caller is to do it now."""
    if _held is None:
        return False
    _held[id(owner)] = work
    return True


@contextmanager
def _holding_resize_work():
    """The resize work asked for meanwhile (:func:`when_arranged`) done once each, at the end."""
    global _held
    if _held is not None:  # (already held by an outer rearranging)
        yield
        return
    _held = {}
    try:
        yield
        done = 0
        while _held and done < 64:  # (the work may resize others: theirs is done too)
            _held.pop(next(iter(_held)))()
            done += 1
    finally:
        _held = None


@dataclass(frozen=True)
class Workspace:
    """One phase of the evening: its name, its key, what it is for and its panels."""

    key: str
    #: the name shown (marked for the catalogue; shown as ``tr(title)``)
    title: str
    shortcut: str
    tip: str
    #: attribute names of the window's docks shown by default (the first: the main panel, which takes
    #: the keyboard focus when the workspace is switched to)
    docks: tuple[str, ...]
    #: its entry in View, with an Alt letter of its own there (the toolbar button shows ``title``)
    menu: str = ""
    #: the value map (the central widget) shown
    value_map: bool = False


WORKSPACES: tuple[Workspace, ...] = (
    Workspace("prepare", QT_TR_NOOP("Prepare"), "F5",
              QT_TR_NOOP("Before the meeting: the issues, our value curves and how much each issue matters"),
              ("issues_dock", "weights_dock"), QT_TR_NOOP("Pr&epare")),
    Workspace("offers", QT_TR_NOOP("Offers"), "F6",
              QT_TR_NOOP("Build the packages to offer: the value map and the packages side by side"),
              ("packages_dock",), QT_TR_NOOP("O&ffers"), value_map=True),
    Workspace("room", QT_TR_NOOP("In the room"), "F7",
              QT_TR_NOOP("At the table: record their reactions, read the estimate, make the next set of offers"),
              ("counterpart_dock", "packages_dock", "outcome_dock"), QT_TR_NOOP("In t&he room")),
    Workspace("deal", QT_TR_NOOP("Deal"), "F8",
              QT_TR_NOOP("Close the deal: walk-aways, the agreement, post-settlement offers and the debrief"),
              ("deal_dock", "outcome_dock"), QT_TR_NOOP("De&al")),
)
BY_KEY = {w.key: w for w in WORKSPACES}
#: the workspace each panel belongs to first (where "Go to …" looks for it)
HOME = {"issues_dock": "prepare", "weights_dock": "prepare", "packages_dock": "offers", None: "offers",
        "counterpart_dock": "room", "outcome_dock": "room", "deal_dock": "deal", "history_dock": None,
        "risk_dock": "offers", "supplier_dock": "deal"}

L, R = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
H, V = Qt.Orientation.Horizontal, Qt.Orientation.Vertical


def initial_workspace(plan) -> str:
    """Where a plan opens when no workspace is remembered: the phase it is in."""
    if plan.agreement is not None:
        return "deal"
    if plan.rounds:
        return "room"
    if plan.issues and plan.packages:
        return "offers"
    return "prepare"


def shares(key: str, width: int) -> dict[str, int]:
    """The default widths (pixels) of a workspace's side panels for a window ``width`` wide.

    Fixed needs first (a narrow column keeps what its content needs), the rest to the panel
    that uses width: the packages (more cards side by side), the plots (a larger map), the
    deal panel (its sections in two columns).
    """
    wide = max(0, width - 1366)  # what a larger screen adds
    narrow = max(0, 1366 - width)  # what a smaller window lacks
    if key == "prepare":
        weights = min(520, max(400, int(width * 0.32)))
        return {"weights_dock": weights}
    if key == "offers":
        # the map keeps about 540 px (≥ 480 × 300 at 1366 × 700) and takes 45 % of any extra width
        return {"packages_dock": max(width - 540 - int(0.45 * wide), 420)}
    if key == "room":
        counterpart = 340 + min(80, wide // 6) - min(60, narrow // 4)
        outcome = 500 + int(0.35 * wide) - min(140, narrow // 2)
        return {"counterpart_dock": counterpart, "outcome_dock": outcome}
    if key == "deal":
        return {"outcome_dock": max(500, int(width * 0.42))}
    return {}


class Workspaces(QObject):
    """The window's workspaces: switching, remembering each arrangement, resetting one.

    ``window`` provides the docks named in :data:`WORKSPACES`, ``value_map`` (the central
    widget), ``settings`` and ``remember_layout``.
    """

    changed = Signal(str)

    def __init__(self, window: MainWindow, on_switch: Callable[[str], None] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.current = ""
        #: the arrangement of each workspace visited (or restored from the settings)
        self.states: dict[str, QByteArray] = {}
        #: workspaces whose panels the user has moved or resized: a resized window keeps their
        #: sizes; the others are shared out again for the new size (:meth:`window_resized`)
        self.custom: set[str] = set()
        self._placing = False
        #: the last switch wants the keyboard focus in the workspace's main panel (:meth:`switch`)
        self.refocus = False
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._refit_now)
        window.installEventFilter(self)
        for d in window.docks:
            d.dockLocationChanged.connect(lambda _area: self._user_arranged())
            d.topLevelChanged.connect(lambda _floating: self._user_arranged())
        self.actions: dict[str, QAction] = {}
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        for w in WORKSPACES:
            a = QAction(tr(w.menu or w.title), window)  # the entry in View, with its letter
            a.setIconText(tr(w.title))  # the toolbar button
            a.setObjectName(f"actionWorkspace_{w.key}")
            a.setCheckable(True)
            a.setShortcut(QKeySequence(w.shortcut))
            tip = tr("{workspace} ({key}): {tip}", "workspace button").format(
                workspace=tr(w.title), key=w.shortcut, tip=tr(w.tip))
            a.setToolTip(tip)
            a.setStatusTip(tip)
            a.setData(w.key)
            a.triggered.connect(lambda _c=False, k=w.key: self.switch(k))
            self.group.addAction(a)
            window.addAction(a)
            self.actions[w.key] = a
        if on_switch is not None:
            self.changed.connect(on_switch)

    # -- docks ---------------------------------------------------------------------------------
    def dock(self, name: str) -> QDockWidget:
        return getattr(self.window, name)

    @property
    def all_docks(self) -> list[QDockWidget]:
        return list(self.window.docks)

    def shown_docks(self, key: str | None = None) -> list[QDockWidget]:
        return [self.dock(n) for n in BY_KEY[key or self.current].docks]

    # -- switching -----------------------------------------------------------------------------
    def switch(self, key: str, force_default: bool = False) -> None:
        """Show workspace ``key``: its remembered arrangement, else its default one."""
        if key not in BY_KEY:
            raise KeyError(key)
        win = self.window
        if key == self.current and not force_default:
            self.actions[key].setChecked(True)
            return
        had = QApplication.focusWidget()
        moved = key != self.current
        if self.current:
            self.states[self.current] = win.saveState(STATE_VERSION)
        self.current = key
        self.actions[key].setChecked(True)
        with _holding_resize_work():
            self._arrange(key, force_default)
        self._hide_stale_tab_bars()
        # another workspace, or the panel that had the keyboard focus went: the focus goes to the
        # main panel (Qt had handed it to the next control in the chain, the toolbar's Supplier
        # box, which shows no mark, and an arrow key there switched the supplier worked on)
        self.refocus = moved or had is None or not had.isVisible()
        if not self.refocus and QApplication.focusWidget() is not had:
            had.setFocus(Qt.FocusReason.OtherFocusReason)  # the same workspace again (Reset Layout): it stays
        self.changed.emit(key)
        self._paint_at_once()

    def _arrange(self, key: str, force_default: bool) -> None:
        """The panels of ``key`` in its remembered arrangement, else its default one."""
        win = self.window
        win.value_map.setVisible(BY_KEY[key].value_map)
        state = None if force_default else self.states.get(key)
        self._placing = True
        try:
            restored = state is not None and win.restoreState(state, STATE_VERSION)
        finally:
            self._placing = False
        if not restored:
            self.custom.discard(key)
            self._placing = True
            try:
                self.place_default(key)
            finally:
                self._placing = False
            # the docks just placed (and shown) get their geometry before they are sized, and the sizes
            # take effect before anyone reads them: the window's layout is done now (not by sending
            # what was posted: Qt then delivers the rest of the switch's posts in the same turn of the
            # event loop, the window's paint with them — 60–75 ms in one turn on a big plan)
            win.layout().activate()
            self.apply_sizes(key)
            win.layout().activate()

    def _paint_at_once(self) -> None:
        """The panels shown painted in one pass with the rest of the window. Each widget Qt shows
        (or shows again in its new place) asks to be painted a little later (an "update later"
        event of its own); those came after the window's first paint and painted most of the
        workspace a second time in the same turn of the event loop (15–20 ms of the switch to "In
        the room" on a big plan). The whole window is marked for its next paint instead."""
        win = self.window
        for top in (win.value_map, *self.all_docks):
            if top.isVisible():
                for w in (top, *top.findChildren(QWidget)):
                    QCoreApplication.removePostedEvents(w, QEvent.Type.UpdateLater)
                if top.isWindow():  # (a floating dock: a window of its own)
                    top.update()
        win.update()

    def _hide_stale_tab_bars(self) -> None:
        """Qt leaves the tab bar of a tab group behind when its docks move to another workspace's
        places (Packages | Risk and Bets over the room's packages, its clicks doing nothing): a
        window tab bar naming a hidden dock is hidden. Qt shows the bars it uses itself."""
        hidden = {d.windowTitle() for d in self.all_docks if not d.isVisible()}
        for bar in self.window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if bar.isVisible() \
                    and any(bar.tabText(i) in hidden for i in range(bar.count())):
                bar.hide()

    def place_default(self, key: str) -> None:
        """Put the docks of workspace ``key`` in their default places; hide the others."""
        win = self.window
        ws = BY_KEY[key]
        for d in self.all_docks:
            if d.isFloating():
                d.setFloating(False)
            win.removeDockWidget(d)
        names = ws.docks
        if key == "prepare":
            win.addDockWidget(L, self.dock("issues_dock"))
            win.addDockWidget(R, self.dock("weights_dock"))
        elif key == "offers":
            win.addDockWidget(R, self.dock("packages_dock"))
        elif key == "room":
            win.addDockWidget(L, self.dock("counterpart_dock"))
            win.addDockWidget(L, self.dock("packages_dock"))
            win.splitDockWidget(self.dock("counterpart_dock"), self.dock("packages_dock"), H)
            win.addDockWidget(R, self.dock("outcome_dock"))
        elif key == "deal":
            win.addDockWidget(L, self.dock("deal_dock"))
            win.addDockWidget(R, self.dock("outcome_dock"))
        # the others stay in the layout, hidden, so that this workspace's saved state hides them
        wanted = {self.dock(n) for n in names}
        for d in self.all_docks:
            if d not in wanted:
                win.addDockWidget(R, d)
            d.setVisible(d in wanted)

    def apply_sizes(self, key: str | None = None) -> None:
        """Share the window's width between the workspace's panels (see :func:`shares`)."""
        key = key or self.current
        win = self.window
        width = max(win.width(), 600)
        sizes = shares(key, width)
        docks = [self.dock(n) for n in sizes]
        if key == "prepare":  # the issues take what the weights leave
            issues = self.dock("issues_dock")
            win.resizeDocks([issues, self.dock("weights_dock")],
                            [width - sizes["weights_dock"], sizes["weights_dock"]], H)
            return
        if key == "deal":
            win.resizeDocks([self.dock("deal_dock"), self.dock("outcome_dock")],
                            [width - sizes["outcome_dock"], sizes["outcome_dock"]], H)
            return
        if key == "room":
            rest = width - sum(sizes.values())
            win.resizeDocks([self.dock("counterpart_dock"), self.dock("packages_dock"), self.dock("outcome_dock")],
                            [sizes["counterpart_dock"], rest, sizes["outcome_dock"]], H)
            return
        win.resizeDocks(docks, [sizes[n] for n in sizes], H)

    # -- following the window's size -------------------------------------------------------------
    def _user_arranged(self) -> None:
        if not self._placing and self.current:
            self.custom.add(self.current)

    def eventFilter(self, obj, event) -> bool:
        # a press on the window itself (not on a panel) grabs a separator between panels
        if obj is self.window and event.type() == QEvent.Type.MouseButtonPress:
            self._user_arranged()
        elif obj is self.window and event.type() == QEvent.Type.Resize and self.current not in self.custom:
            self._refit.start()
        return False

    def _refit_now(self) -> None:
        if self.current and self.current not in self.custom and self.window.isVisible():
            self.apply_sizes()

    def reset(self) -> None:
        """The default arrangement of the current workspace, for the window's present size."""
        self.switch(self.current or "offers", force_default=True)

    # -- remembering -----------------------------------------------------------------------------
    def save(self, settings) -> None:
        """Write every workspace's arrangement and the current workspace to ``settings``."""
        if self.current:
            self.states[self.current] = self.window.saveState(STATE_VERSION)
        settings.save_workspaces(self.current, self.states, self.custom)

    def restore(self, settings) -> str | None:
        """Read the arrangements back; the workspace that was current, or None."""
        current, states, custom = settings.workspaces()
        self.states = dict(states)
        self.custom = set(custom)
        return current if current in BY_KEY else None


__all__ = ["BY_KEY", "HOME", "STATE_VERSION", "WORKSPACES", "Workspace", "Workspaces", "initial_workspace",
           "shares"]
