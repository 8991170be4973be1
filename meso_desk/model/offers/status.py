"""A package's status against the target level and the reservation: the one rule, one tolerance.

Cards, the package panel, the status bar, the MESO dialog, the CLI and the briefing all ask
:func:`package_status`; none of them compares points with the target or the reservation on
its own. The least a package may be worth to be offered at all is :func:`lowest_offer`. The tolerance is the MESO engine's: a package within ``TARGET_TOLERANCE`` points of
its target *is at* the target, so a MESO package the engine placed on the level never reads
"0.3 below target" anywhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from ..base import Term
from ..language import tr
from ..package import Package

if TYPE_CHECKING:
    from ..plan import Plan

#: Points within which a package counts as *at* its target level (the MESO engine's tolerance).
TARGET_TOLERANCE = 0.5
#: Below the reservation by less than this is rounding, not a breach.
RESERVATION_EPS = 1e-9

Status = Literal["unacceptable", "below", "short", "ok"]


def target_level(plan: Plan, package: str | None) -> float:
    """The level a package is measured against: its MESO set's level, else the aspiration."""
    s = plan.meso_set_of(package) if package else None
    if s is not None and s.level is not None:
        return float(s.level)
    return float(plan.aspiration)


@dataclass(frozen=True)
class PackageStatus:
    """Where a package stands. ``status`` is ``unacceptable`` (breaks a hard limit or uses an
    unacceptable option), ``below`` (under the reservation value), ``short`` (acceptable,
    under the target) or ``ok`` (at or above the target, within the tolerance)."""

    status: Status
    value: float
    target: float
    reservation: float
    #: the card's one line ("At the target level", "2.3 short of the target (70.0)")
    text: str
    #: a sentence for tooltips
    details: str
    #: the problems alone ("Unacceptable: …", "Below reservation 39.0 by 2.1"), empty when none
    warnings: tuple[str, ...]

    @property
    def below_reservation(self) -> bool:
        return self.value < self.reservation - RESERVATION_EPS

    @property
    def at_target(self) -> bool:
        return abs(self.value - self.target) < TARGET_TOLERANCE

    @property
    def relation(self) -> str:
        """The value against the target in a few words ("on target 70.0", "2.3 below target 70.0")."""
        if self.at_target:
            return tr("on target {target:.1f}").format(target=self.target)
        gap = self.value - self.target
        if gap > 0:
            return tr("{gap:.1f} above target {target:.1f}").format(gap=abs(gap), target=self.target)
        return tr("{gap:.1f} below target {target:.1f}").format(gap=abs(gap), target=self.target)


def package_status(plan: Plan, package: Package | Mapping[str, Term] | str,
                   value: float | None = None, target: float | None = None) -> PackageStatus:
    """The status of ``package`` (a name, a :class:`Package` or terms) in ``plan``.

    ``value`` (our points) and ``target`` may be given when the caller has them already;
    by default they are the package's score and :func:`target_level` of a named package.
    """
    name = package if isinstance(package, str) else (package.name if isinstance(package, Package) else None)
    pkg = plan.package(package) if isinstance(package, str) else (
        package if isinstance(package, Package) and package.plan is plan else Package(plan, package, name=name))
    value = pkg.score if value is None else float(value)
    target = target_level(plan, name) if target is None else float(target)
    res = float(plan.reservation)
    below = value < res - RESERVATION_EPS
    warnings: list[str] = []
    if not pkg.acceptable:
        warnings.append(tr("Unacceptable: {problems}").format(problems="; ".join(pkg.violations)))
    if below:
        warnings.append(tr("Below reservation {reservation:.1f} by {gap:.1f}").format(
            reservation=res, gap=res - value))
    if not pkg.acceptable:
        bad = [i.name for i in plan.issues if not i.is_acceptable(pkg[i.name])]
        details = "; ".join(pkg.violations)
        if below:
            details = tr("{problems}; and {gap:.1f} points below your reservation value").format(
                problems=details, gap=res - value)
            text = tr("Not acceptable: {issues} · below reservation").format(issues=", ".join(bad))
        else:
            text = tr("Not acceptable: {issues}").format(issues=", ".join(bad))
        return PackageStatus("unacceptable", value, target, res, text, details, tuple(warnings))
    if below:
        return PackageStatus("below", value, target, res,
                             tr("Below reservation ({reservation:.1f}) by {gap:.1f}").format(
                                 reservation=res, gap=res - value),
                             tr("{value:.1f} points is below your reservation value {reservation:.1f}: "
                                "never offer it.").format(value=value, reservation=res),
                             tuple(warnings))
    if value >= target - TARGET_TOLERANCE:
        text = (tr("At the target level") if value < target + TARGET_TOLERANCE
                else tr("{gap:.1f} above the target").format(gap=value - target))
        return PackageStatus("ok", value, target, res, text,
                             tr("{value:.1f} points; target {target:.1f}").format(value=value, target=target), ())
    return PackageStatus("short", value, target, res,
                         tr("{gap:.1f} short of the target ({target:.1f})").format(gap=target - value, target=target),
                         tr("{value:.1f} points: acceptable, {gap:.1f} short of the target {target:.1f}").format(
                             value=value, gap=target - value, target=target),
                         ())


def below_reservation(plan: Plan, value: float) -> bool:
    """True when ``value`` points lie under the plan's reservation (beyond rounding)."""
    return value < plan.reservation - RESERVATION_EPS


def lowest_offer(plan: Plan) -> float:
    """The least a package we offer may be worth: the reservation value plus ``TARGET_TOLERANCE``.
    A package worth less (but not below the reservation) is *worth our reservation value* — at the
    reservation by the status rule — and would show our hand on a card; no MESO set is generated
    or asked for below this level (the one definition: cards, the MESO engine and its dialog)."""
    return float(plan.reservation) + TARGET_TOLERANCE


def hold_floor(plan: Plan, value: float) -> float:
    """The least a package worth ``value`` may drop to when its value is held (a drag with "Hold
    value", a MESO package kept on its level): :func:`lowest_offer` for a package worth at least
    that — rebalancing never turns an offer the cards would print into one that shows our hand —,
    the reservation value for a package worth less but not below it, and no floor for a package
    already below the reservation."""
    if value >= lowest_offer(plan) - RESERVATION_EPS:
        return lowest_offer(plan)
    if value >= float(plan.reservation) - RESERVATION_EPS:
        return float(plan.reservation)
    return float("-inf")


def worth_reservation(plan: Plan, value: float) -> bool:
    """True when ``value`` points are our reservation value within the tolerance (not below it):
    offering such a package shows our hand (:func:`lowest_offer`)."""
    return not below_reservation(plan, value) and value < lowest_offer(plan)
