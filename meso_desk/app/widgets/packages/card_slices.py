"""New package cards, made a slice per turn of the event loop and shown a turn after they are made.

A MESO set of three or four cards on a plan with ten issues made and shown at once held the window
for over 100 ms; one card made and shown in the same turn still took 20–30 ms, in the turn where
the value map or a paint often lands too. So each turn does one of two things: it *makes* the
next slice of cards (:data:`TERM_ROWS_PER_TURN` term rows, at least one card; hidden, filled with
the plan's terms) or it *shows* the cards made in the turn before (places them in the row, with
their MESO set). Until the last card is shown, :meth:`CardSlices.is_busy` is true; asking for a
card still to come (:meth:`CardSlices.column`, :attr:`CardSlices.columns`) makes and shows the
rest at once.

:class:`CardSlices` is mixed into the :class:`~meso_desk.app.widgets.packages.package_panel.PackagePanel`
(it uses the panel's document, its row of cards and its arranging of them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from ...plot.pacing import yield_to
from .package_column import PackageColumn

if TYPE_CHECKING:
    from ....model.plan import Plan

#: New cards per turn of the event loop: as many as have this many term rows together (at least
#: one card). A card of ten issues takes about 10 ms to make and as long to show; three cards of
#: six issues (a MESO set on the supplier example) are still made and shown at once.
TERM_ROWS_PER_TURN = 18


class CardSlices:
    """Making the cards of new packages a slice at a time (see the module docs)."""

    def _init_slices(self) -> None:
        yield_to(self)  # the plots redraw once the cards are made and shown
        #: the turn after the cards were fitted (:meth:`works_in_slices`)
        self._fitted = QTimer(self, singleShot=True, interval=0)
        self._fit_later.timeout.connect(self._fitted.start)
        #: makes the next slice of new cards (:meth:`_make_more`), one turn of the event loop later
        self._build_later = QTimer(self, singleShot=True, interval=0, timeout=self._make_more)
        #: ... two turns later: the turn between lays out and paints what the last one changed
        self._build_after_paint = QTimer(self, singleShot=True, interval=0, timeout=self._build_later.start)
        #: shows the cards made (:meth:`_show_made`), one turn of the event loop later
        self._show_later = QTimer(self, singleShot=True, interval=0, timeout=self._show_made)
        #: a new set brought into view before its cards were all made: scrolled to again after
        self._bring_later: str | None = None

    @property
    def columns(self) -> list[PackageColumn]:
        """Every package's card, in plan order (the cards still to come made now)."""
        self._make_more(everything=True)
        return list(self._columns)

    def column(self, name: str) -> PackageColumn:
        """The card of package ``name`` (made and shown now if it was still to come)."""
        c = self._made_column(name)
        if self.is_busy() and (c is None or self._show_later.isActive()):
            self._make_more(everything=True)
            c = self._made_column(name)
        if c is None:
            raise KeyError(f"no column for package {name!r}")
        return c

    def _made_column(self, name: str) -> PackageColumn | None:
        return next((c for c in self._columns if c.package_name == name), None)

    def is_busy(self) -> bool:
        """True while new cards are still being made or shown (a slice per turn of the event loop)."""
        return len(self._columns) < len(self._doc.plan.package_names) or self._show_later.isActive()

    def works_in_slices(self) -> bool:
        """True while cards are made or shown, or a changed row of cards is still being laid out,
        fitted to their height and painted (the two turns after a set is added or taken away):
        the plots wait (:func:`~meso_desk.app.plot.pacing.yield_to`)."""
        return self.is_busy() or self._fit_later.isActive() or self._fitted.isActive()

    def _add_columns(self, plan: Plan, everything: bool = False, first: bool = True) -> None:
        """Cards for the packages that have none yet (they come last: the cards follow the plan's
        order): all of them (``everything``), else one slice of :data:`TERM_ROWS_PER_TURN` term
        rows, the rest a turn of the event loop later (:meth:`_make_more`). In the gesture's turn
        (``first``) only when they all fit one slice."""
        names = plan.package_names
        rows, per_card = 0, max(1, len(plan.issues))
        if not everything and first and (len(names) - len(self._columns)) * per_card > TERM_ROWS_PER_TURN:
            rows = TERM_ROWS_PER_TURN  # more than one slice: none in the gesture's own turn (it re-arranges)
        while len(self._columns) < len(names):
            if rows and not everything and rows + per_card > TERM_ROWS_PER_TURN:
                self._build_after_paint.start()
                return
            c = PackageColumn(self, plan, names[len(self._columns)])
            c.setParent(self._host)  # (hidden until placed: made under the panel's font and palette)
            shown = next((x for x in reversed(self._columns) if x.isVisible()), None)
            if shown is not None:
                c.take_layout_of(shown)  # (as its neighbours: not laid out twice when it is fitted)
            c.clicked.connect(self._doc.select_package)
            self._columns.append(c)
            rows += per_card
        self._build_later.stop()

    def _make_more(self, everything: bool = False) -> None:
        """The next slice of new cards, shown a turn later (every one, shown now, with ``everything``)."""
        plan = self._doc.plan
        if not self.is_busy():
            return
        start = len(self._columns)
        self._add_columns(plan, everything, first=False)
        for c in self._columns[start:]:
            c.update_from(plan)
        self._build_later.stop()  # (the next slice is made after these are shown)
        self._build_after_paint.stop()
        if everything:
            self._show_made()
        else:
            self._show_later.start()

    def _show_made(self) -> None:
        """The cards made and not yet shown placed in the row (with their MESO set) and shown; the
        next slice made a turn later."""
        self._show_later.stop()
        plan = self._doc.plan
        self.setUpdatesEnabled(False)
        try:
            self._arrange(plan)
        finally:
            self.setUpdatesEnabled(True)
        self._on_selection(self._doc.selected_package)
        self._fit_later.start()
        if len(self._columns) < len(plan.package_names):
            self._build_after_paint.start()
        group = self._groups.get(self._bring_later or "")
        if not self.is_busy() and group is not None:  # the new set has all its cards: in view
            QTimer.singleShot(0, group, lambda: self._scroll_to(group))
        if not self.is_busy():
            self._bring_later = None


__all__ = ["TERM_ROWS_PER_TURN", "CardSlices"]
