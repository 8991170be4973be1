"""The MESO engine's words: its error and warning, the checks of a request, and the sentences
that say why no set exists at a level (:mod:`~meso_desk.model.offers.meso` computes, this module
words it, in the current language: :func:`~meso_desk.model.language.tr`).

Callers tell the reasons apart by :attr:`MesoError.kind`, never by reading the message.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from ..language import list_words, number, tr
from .concessions import min_difference
from .status import RESERVATION_EPS, TARGET_TOLERANCE, lowest_offer

if TYPE_CHECKING:
    from ..plan import Plan
    from .search_grid import SearchGrid

MIN_COUNT = 2
MAX_COUNT = 5
RECOMMENDED_COUNT = 3


class MesoError(ValueError):
    """No MESO set can be made as asked; the message says why in one sentence. ``plain`` is the
    same in plain words for the window, ``nearest`` the nearest level that has a set (or None).
    ``kind`` tells the reason apart without reading the (translated) message: ``"request"`` (the
    request itself is wrong: count, level outside 0–100, too few issues), ``"reservation"`` (the
    level is below the reservation value) or ``""`` (no set at that level)."""

    def __init__(self, message: str, *, plain: str = "", nearest: float | None = None, kind: str = "") -> None:
        super().__init__(message)
        self.plain = plain or message[:1].upper() + message[1:] + "."
        self.nearest = nearest
        self.kind = kind


class MesoWarning(UserWarning):
    """A MESO request that works but goes against the method (e.g. more than three packages)."""


def check_request(plan: Plan, count, level: float | None, max_tolerance: float) -> tuple[int, float]:
    """``count`` and ``level`` (default: the aspiration) of a MESO request, checked: raises
    :class:`MesoError` when no set can be asked for so, warns (:class:`MesoWarning`) when more
    packages than recommended are asked for."""
    if isinstance(count, bool) or not isinstance(count, (int, np.integer)):
        raise MesoError(tr("the number of packages must be a whole number, not {count}").format(count=repr(count)),
                        kind="request")
    count = int(count)
    if not MIN_COUNT <= count <= MAX_COUNT:
        raise MesoError(tr("a MESO set has {fewest} to {most} packages, not {count}").format(
            fewest=MIN_COUNT, most=MAX_COUNT, count=count), kind="request")
    if count > RECOMMENDED_COUNT:
        warnings.warn(tr("{count} packages at once tend to overload the other side; research recommends "
                         "{recommended} at most").format(count=count, recommended=RECOMMENDED_COUNT),
                      MesoWarning, stacklevel=3)
    n = len(plan.issues)
    if n < 2:
        raise MesoError(tr("a MESO set needs at least two issues to trade between; this plan has {issues}").format(
            issues=n), kind="request")
    if n < count:
        raise MesoError(tr("{count} packages must each concede on a different issue, but the plan has only "
                           "{issues} issues").format(count=count, issues=n))
    movable = [i.name for i in plan.issues if int(np.sum(i.grid_acceptable())) >= 2]
    if len(movable) < count:
        if movable:
            raise MesoError(tr("{count} packages must each concede on a different issue, but only {movable} "
                               "issue(s) have more than one acceptable term ({issues})").format(
                count=count, movable=len(movable), issues=", ".join(movable)))
        raise MesoError(tr("{count} packages must each concede on a different issue, but only {movable} "
                           "issue(s) have more than one acceptable term").format(count=count, movable=len(movable)))
    level = float(plan.aspiration if level is None else level)
    if not math.isfinite(level) or not 0.0 <= level <= 100.0:
        raise MesoError(tr("the level must be between 0 and 100 points, not {level:g}").format(level=level),
                        kind="request")
    if level < plan.reservation - max_tolerance:
        raise MesoError(tr("level {level:.1f} is below the reservation value {reservation:.1f}: "
                           "no package below the reservation may be offered").format(
            level=level, reservation=plan.reservation), kind="reservation")
    return count, level


def offered_level(plan: Plan, level: float) -> float:
    """The level a set asked for at ``level`` is made at: ``level`` itself, or
    :func:`~.status.lowest_offer` when ``level`` is below it (a set worth our reservation value,
    or less, would show our hand) — with a :class:`MesoWarning` that says so, so that a script
    or the command line is told the level moved (the result's ``level`` is the one used)."""
    lowest = lowest_offer(plan)
    if level >= lowest - RESERVATION_EPS:
        return level
    if level < plan.reservation - RESERVATION_EPS:
        text = tr("level {requested:g} is below your reservation value {reservation:.1f}: the set is made at "
                  "{level:.1f} instead, the least a package may be worth to be offered")
    else:
        text = tr("level {requested:g} is within {tolerance:g} point of your reservation value {reservation:.1f}: "
                  "the set is made at {level:.1f} instead, the least a package may be worth to be offered")
    # stacklevel: the script's call of meso_desk.generate_mesos (through the approvals wrapper)
    warnings.warn(text.format(requested=level, reservation=plan.reservation, level=lowest,
                              tolerance=TARGET_TOLERANCE), MesoWarning, stacklevel=5)
    return lowest


def plain_reason(level: float, count: int, alt: float | None) -> str:
    """The window's sentence for a level without a set, naming the nearest level that has one."""
    if alt is not None:
        return tr("There is no set of {count} equally good packages at {level:.1f} points; the nearest level "
                  "that has one is {alt:.1f}.").format(count=count, level=level, alt=alt)
    return tr("There is no set of {count} equally good packages at {level:.1f} points, nor at any level "
              "within 30 points.").format(count=count, level=level)


def approximation_sentence(grid: SearchGrid) -> str:
    """One plain sentence saying what a thinned grid left out ("" when nothing)."""
    if not grid.notes:
        return ""
    if len(grid.notes) <= 3:
        return tr("The plan is too large to search whole within the memory and time bounds, so the search was "
                  "approximate: {notes}.").format(notes="; ".join(grid.notes))
    kept = [len(o) for o, t in zip(grid.options, grid.thinned) if t]
    return tr("The plan is too large to search whole within the memory and time bounds, so the search was "
              "approximate: it used {fewest}–{most} terms of each of {issues} issues ({note}, …).").format(
        fewest=min(kept), most=max(kept), issues=len(kept), note=grid.notes[0])


def out_of_reach(level: float, count: int, lo_all: float, hi_all: float, floor: float,
                 alt: float | None) -> MesoError:
    """The error for a level above the best acceptable package (worth ``hi_all``), naming the
    nearest level with a set (``alt``); none is offered below ``floor`` (:func:`~.status.lowest_offer`)."""
    if alt is not None:
        plain = tr("No acceptable package is worth {level:.1f} points (the best is worth {best:.1f}); the nearest "
                   "level with a set of {count} is {alt:.1f}.").format(level=level, best=hi_all, count=count, alt=alt)
    else:
        plain = tr("No acceptable package is worth {level:.1f} points (the best is worth {best:.1f}).").format(
            level=level, best=hi_all)
    return MesoError(tr("level {level:.1f} is out of reach: the best acceptable package is worth {best:.1f} points "
                        "(reachable: {low:.1f}–{best:.1f})").format(
                         level=level, best=hi_all, low=max(lo_all, floor)),
                     plain=plain, nearest=alt)


def _hint(count: int, alt: float | None) -> str:
    if alt is not None:
        return tr("the nearest level with a set of {count} is about {alt:.1f}").format(count=count, alt=alt)
    return tr("no level within 30 points has a set of {count}").format(count=count)


def no_level_reason(level: float, count: int, near: Sequence[float], low: float, high: float,
                    tolerance: float, alt: float | None) -> str:
    """Why no set exists when no acceptable package is worth the level at all: the ``near``
    reachable levels, the reachable range ``low``–``high`` and the nearest level with a set."""
    hint = _hint(count, alt)
    if near:
        return tr("no acceptable package is worth {level:.1f} ± {tolerance:g} points; the nearest reachable "
                  "levels are {levels} (reachable: {low:.1f}–{high:.1f}); {hint}").format(
            level=level, tolerance=tolerance, levels=list_words(number(v, 1, grouping=False) for v in near),
            low=low, high=high, hint=hint)
    return tr("no acceptable package is worth {level:.1f} ± {tolerance:g} points; the nearest reachable "
              "levels are none (reachable: {low:.1f}–{high:.1f}); {hint}").format(
        level=level, tolerance=tolerance, low=low, high=high, hint=hint)


def no_set_reason(level: float, count: int, k: int, n: int, tolerance: float, alt: float | None) -> str:
    """Why ``k`` acceptable packages worth the level (of ``n`` issues) make no set of ``count``."""
    hint = _hint(count, alt)
    if k < count:
        if k == 1:
            return tr("only 1 acceptable package is worth {level:.1f} ± {tolerance:g} points, too few for a set of "
                      "{count}; {hint}").format(level=level, tolerance=tolerance, count=count, hint=hint)
        return tr("only {k} acceptable packages are worth {level:.1f} ± {tolerance:g} points, too few for a set of "
                  "{count}; {hint}").format(k=k, level=level, tolerance=tolerance, count=count, hint=hint)
    return tr("among the {k} acceptable packages worth {level:.1f} ± {tolerance:g} points, no {count} differ in "
              "at least {differ} of {n} terms while each concedes on a different issue; {hint}").format(
        k=k, level=level, tolerance=tolerance, count=count, differ=min_difference(n), n=n, hint=hint)
