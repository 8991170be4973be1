"""Drag editing on the value map: a marker dragged to a point becomes an edit of the plan.

:class:`MapDrag` snaps the pointer to the nearest terms of the map's two issues and calls
:func:`meso_desk.model.edits.package_edits.set_terms` — the same edit as the package panel's
sliders, so "Hold value" rebalances and words its result the same way, from the plan as it
was when the drag began (the document's gesture), and notes it the same way
(:meth:`PlanDocument.note_hold`: the package's card and, once the drag is over, the line above
the map keep saying why a value could not be held). It draws nothing: the map moves the
dragged marker when the plan changes.
"""

from __future__ import annotations

from ...model.base import Term
from ...model.edits.package_edits import set_terms
from ...model.language import tr
from ...model.offers.value_slice import ValueSlice
from ..document import PlanDocument


class MapDrag:
    """One drag of a package on the map at a time: :meth:`begin`, :meth:`move` (per frame), :meth:`end`."""

    def __init__(self, document: PlanDocument) -> None:
        self._doc = document
        self._name: str | None = None
        self._last: tuple[Term, Term] | None = None
        self._status = ""

    @property
    def name(self) -> str | None:
        """The package being dragged (None outside a drag)."""
        return self._name

    @property
    def active(self) -> bool:
        return self._name is not None

    @property
    def status(self) -> str:
        """How "Hold value" went in the last drag ("Value held at …", "Can't hold the value: …"),
        "" without hold value."""
        return self._status

    def begin(self, name: str) -> None:
        """Start moving package ``name`` (selects it; opens the document's gesture)."""
        self._doc.select_package(name)
        self._doc.begin_gesture()
        self._name = name
        self._last = None
        self._status = ""

    def move(self, s: ValueSlice, x: float, y: float) -> bool:
        """Set the dragged package's X and Y terms to the terms of ``s`` nearest (x, y).
        Returns True when the plan changed."""
        name = self._name
        if name is None or name not in self._doc.plan.package_names:
            return False
        xi, yi = s.x.issue, s.y.issue
        terms = (s.term_at(s.x, x), s.term_at(s.y, y))
        if terms == self._last:
            return False
        self._last = terms
        result = set_terms(self._doc.plan, name, {xi: terms[0], yi: terms[1]}, base=self._doc.gesture_plan)
        self._status = result.message
        self._doc.note_hold(name, result)  # the card and, after the drag, the line above the map say it
        return self._doc.apply(result.plan,
                               tr("Move {package} on the value map ({x}, {y})").format(package=name, x=xi, y=yi),
                               merge_key=("valueMap", name))

    def end(self) -> bool:
        """Finish the drag (everything it changed is one undo step); False when none was on."""
        if self._name is None:
            return False
        self._name = None
        self._doc.end_gesture()
        return True


__all__ = ["MapDrag"]
