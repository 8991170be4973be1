"""The value map's own state, without Qt: the axes, the package the slice is cut through, the surface.

:class:`MapState` is what the map shows, apart from the plan itself: the X and Y issues and
the package whose other terms are fixed (the document's selection). It is plain Python; the
widget listens to it (:meth:`MapState.subscribe`) and draws what it says, as a viewer state
is the model of a viewer in glue. A script or test can drive it without a window.

:func:`compute_surface` is the heavy part of a redraw (the value slice and its iso-value
lines; pure model code run in a worker thread), :func:`surface_key` what it depends on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ...model.contingent.clauses import clauses_key
from ...model.offers.status import target_level
from ...model.offers.value_slice import IsoLine, ValueSlice, default_axes, value_slice
from ...model.plan import Plan

#: Faint orientation lines drawn at most.
FAINT_LINES = 6


@dataclass(frozen=True, eq=False)
class MapSurface:
    """The heavy part of the map: the value slice and its iso-value lines."""

    key: tuple
    slice: ValueSlice
    lines: list[IsoLine]
    target: float
    reservation: float


def surface_key(plan: Plan, x: str, y: str, selected: str | None) -> tuple:
    """What the surface depends on: the issues, weights, axes, the target and the reservation,
    and of the package the slice is cut through (the selected one, else the plan's first):
    its *other* terms, its contingent clauses and the events they use (kind, bounds, our
    forecast). A term moved on the map's axes, another package's term, an event no clause of
    it uses, or a package with the same other terms and clauses selected only moves points."""
    sp = plan.stored_package(selected) if selected is not None else (plan.packages[0] if plan.packages else None)
    fixed = clauses = None
    if sp is not None:
        fixed = tuple((k, v) for k, v in sp.terms.items() if k not in (x, y))
        clauses = clauses_key(sp.clauses, plan.event)
    return (plan.issues, tuple(plan.weights.values()), x, y, fixed, clauses, selected is None,
            target_level(plan, selected), plan.reservation)


def compute_surface(payload: tuple, stale=lambda: None) -> MapSurface:
    """The value slice of ``payload = (plan, x, y, selected)`` and its lines (pure model code:
    runs in a worker thread; ``stale()`` raises when a newer request is waiting)."""
    plan, x, y, selected = payload
    target = target_level(plan, selected)
    s = value_slice(plan, x, y, selected)
    stale()
    lines = s.lines(target, plan.reservation, faint=FAINT_LINES)
    return MapSurface(surface_key(plan, x, y, selected), s, lines, target, plan.reservation)


def fitted_axes(plan: Plan, x: str | None, y: str | None, old_names: Sequence[str] | None = None
                ) -> tuple[str | None, str | None]:
    """Axes ``(x, y)`` that fit ``plan``: a renamed issue is followed (``old_names``, the issue
    names before, in the same order), an axis whose issue is gone is replaced by one of the
    two heaviest issues, and ``(None, None)`` means the plan has fewer than two issues."""
    names = plan.issue_names
    if old_names is not None and len(old_names) == len(names):  # follow a rename
        x = names[list(old_names).index(x)] if x in old_names else x
        y = names[list(old_names).index(y)] if y in old_names else y
    if x in names and y in names and x != y:
        return x, y
    d = default_axes(plan)
    if d is None:
        return None, None
    if x in names and x != d[1]:
        return x, d[1] if d[1] != x else d[0]
    if y in names and y != d[0]:
        return d[0] if d[0] != y else d[1], y
    return d


class MapState:
    """The X and Y issues of the map and the package whose slice it shows.

    Listeners (:meth:`subscribe`) are called with no arguments after every change.
    """

    def __init__(self) -> None:
        self.x: str | None = None
        self.y: str | None = None
        #: the package whose other terms the map fixes (None: no packages, defaults)
        self.package: str | None = None
        self._listeners: list[Callable[[], None]] = []

    def subscribe(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def _changed(self) -> None:
        for listener in self._listeners:
            listener()

    @property
    def axes(self) -> tuple[str | None, str | None]:
        return self.x, self.y

    def ready(self, plan: Plan) -> bool:
        """Both axes chosen and the plan has two issues to show."""
        return self.x is not None and self.y is not None and len(plan.issues) >= 2

    def fits(self, plan: Plan) -> bool:
        """Both axes are issues of ``plan``. Not so only in the middle of a change of the plan,
        before :meth:`fit` follows it (a view before the map reacting to an undo of a rename
        starts a waiting redraw): what would be drawn then is redrawn once the axes are fitted."""
        names = plan.issue_names
        return self.x in names and self.y in names

    def set_axes(self, plan: Plan, x: str, y: str) -> None:
        """Show ``x`` across and ``y`` up (two different issues of ``plan``)."""
        names = plan.issue_names
        if x not in names or y not in names:
            raise KeyError(f"no issue called {x if x not in names else y!r}")
        if x == y:
            raise ValueError("choose two different issues for the value map")
        self.x, self.y = x, y
        self._changed()

    def swap(self, plan: Plan) -> None:
        if self.x and self.y:
            self.set_axes(plan, self.y, self.x)

    def fit(self, plan: Plan, old_names: Sequence[str] | None = None) -> None:
        """Keep the axes valid for ``plan`` (see :func:`fitted_axes`)."""
        self.x, self.y = fitted_axes(plan, self.x, self.y, old_names)
        self._changed()

    def select(self, package: str | None) -> None:
        """The slice is cut through ``package`` (the document's selection)."""
        self.package = package or None

    def key(self, plan: Plan) -> tuple:
        """What the surface of ``plan`` depends on for this state (see :func:`surface_key`)."""
        return surface_key(plan, self.x, self.y, self.package)

    def payload(self, plan: Plan) -> tuple:
        """The worker's input for :func:`compute_surface`."""
        return plan, self.x, self.y, self.package


__all__ = ["FAINT_LINES", "MapSurface", "MapState", "surface_key", "compute_surface", "fitted_axes"]
