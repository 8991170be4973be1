"""Edits of the plan's packages: terms (with "Hold value"), locks, add, duplicate, rename, remove.

The package panel's sliders, the value map's marker drag, the CLI and scripts call these;
none of them rebalances or words a result on its own.

Hold value, the one rule: moving terms of a package whose "Hold value" switch is on moves
its other unlocked terms so that the package keeps the value it had *before the gesture*
(:func:`~meso_desk.model.offers.rebalance.rebalance` from ``base``, the plan when the drag
began) — never moving a term past its hard limit, the dragged one included: it stops at the
limit — and :class:`TermsEdit` says in words how it went, naming the term that blocks.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from ..base import Term, one_line_name
from ..language import tr
from ..offers.rebalance import held_level, rebalance
from ..package import StoredPackage
from ..plan import Plan
from ..preferences.issues import NumericIssue, default_term
from .result import EditResult


@dataclass(frozen=True)
class TermsEdit(EditResult):
    """The new plan after a term edit, and how "Hold value" went.

    ``held`` is None when the package does not hold its value, else whether the value held
    (``ok`` says the same). ``message`` is the sentence for the status line and tooltips
    ("Value held at 41.8 points (Warranty moved)", "Can't hold the value: …"), ``brief`` the
    same in a few words for a small label ("off by -1.2", "can't hold", "kept above reservation",
    "see note"; empty when there is nothing to note), ``status`` its colour in the words of
    :mod:`~meso_desk.model.offers.status` (``ok``, ``short``, ``below``).
    """

    held: bool | None = None
    brief: str = ""
    status: Literal["ok", "short", "below"] = "ok"


def set_terms(plan: Plan, package: str, terms: Mapping[str, Term], base: Plan | None = None) -> TermsEdit:
    """Set ``terms`` of ``package`` (the first is the one the user moved, the others move with it).

    With the package's "Hold value" on, its other unlocked terms are rebalanced so that it
    keeps the value it had in ``base`` (the plan when the gesture began; default ``plan``):
    dragging back then restores the original terms. A package that belongs to its MESO set's
    level (:func:`~meso_desk.model.offers.rebalance.held_level`, the one rule) holds **the
    level** itself, so that edits made one run at a time (the arrow keys: each run of presses its own
    gesture, each held within the tolerance or as close as the steps allow) never walk it away
    from the set's other packages.
    """
    if not terms:
        return TermsEdit(plan)
    if not plan.stored_package(package).hold_value:
        return TermsEdit(plan.with_terms(package, terms))
    if _unchanged(plan, package, terms):  # a click without a move: nothing to rebalance
        return TermsEdit(plan)
    base = base if base is not None and package in base.package_names else plan
    moved, *others = terms
    locked = [n for n in base.stored_package(package).locked if n not in terms]
    try:
        r = rebalance(base, base.package(package), moved, terms[moved], locked=locked,
                      also={k: terms[k] for k in others} or None, stop_at_limits=True,
                      target=held_level(base, package))
    except (ValueError, KeyError) as e:
        return TermsEdit(plan.with_terms(package, terms), tr("Can't hold the value: {reason}").format(reason=e),
                         ok=False, held=False, brief=tr("can't hold"), status="below")
    new_plan = plan.with_terms(package, r.terms)
    if not r.exact:
        if r.raised_by_reservation:  # lower would be below the reservation: say so, not the steps
            brief = tr("kept above reservation")
        elif r.blocking:  # say which term blocks, not just how far off
            brief = (tr("{issue} at limit").format(issue=r.blocking[0].split(' (')[0]) if len(r.blocking) == 1
                     else tr("at hard limits"))
        else:
            brief = tr("off by {gap:+.1f}").format(gap=r.off_by)
        reason = r.message or tr("off by {gap:+.1f} points").format(gap=r.off_by)
        return TermsEdit(new_plan, tr("Can't hold the value: {reason}").format(reason=reason),
                         ok=False, held=False, brief=brief, status="short")
    if r.stopped:  # held, with the user's term stopped at its hard limit
        return TermsEdit(new_plan, f"{r.message[:1].upper()}{r.message[1:]}", held=True, brief=tr("at hard limit"),
                         status="short")
    if r.raised_by_reservation:  # held within 1 point, above the target: lower is below the reservation
        return TermsEdit(new_plan, f"{r.message[:1].upper()}{r.message[1:]}", held=True,
                         brief=tr("kept above reservation"))
    if r.message:  # held, but the user's own terms break a limit or the reservation
        return TermsEdit(new_plan, r.message, held=True, brief=tr("see note"), status="below")
    if r.changed:
        return TermsEdit(new_plan, tr("Value held at {level:.1f} points ({issues} moved)").format(
            level=r.target, issues=", ".join(r.changed)), held=True)
    return TermsEdit(new_plan, tr("Value held at {level:.1f} points (nothing else moved)").format(level=r.target),
                     held=True)


def _unchanged(plan: Plan, package: str, terms: Mapping[str, Term]) -> bool:
    """Whether ``terms`` are the package's terms already (numeric ones snapped to their step)."""
    pkg = plan.package(package)
    try:
        return all(k in plan.issue_names and pkg[k] == (
            iss.snap(float(v)) if isinstance(iss := plan.issue(k), NumericIssue) else v) for k, v in terms.items())
    except (TypeError, ValueError):
        return False


def set_term(plan: Plan, package: str, issue: str, term: Term, base: Plan | None = None) -> TermsEdit:
    """Set one term of ``package`` (see :func:`set_terms` for "Hold value")."""
    return set_terms(plan, package, {issue: term}, base)


def set_hold_value(plan: Plan, package: str, on: bool) -> Plan:
    """Switch "Hold value" of ``package`` on or off."""
    sp = plan.stored_package(package)
    if sp.hold_value == on:
        return plan
    return plan.with_package(sp.model_copy(update={"hold_value": on}))


def set_term_locked(plan: Plan, package: str, issue: str, on: bool) -> Plan:
    """Lock (or unlock) one term of ``package``: rebalancing never moves a locked term."""
    sp = plan.stored_package(package)
    locked = [n for n in sp.locked if n != issue]
    if on:
        locked = [n for n in plan.issue_names if n in locked or n == issue]
    return plan.with_package(sp.model_copy(update={"locked": tuple(locked)}))


def set_all_locked(plan: Plan, package: str, on: bool) -> Plan:
    """Lock (or unlock) every term of ``package``."""
    sp = plan.stored_package(package)
    return plan.with_package(sp.model_copy(update={"locked": tuple(plan.issue_names) if on else ()}))


def add_package(plan: Plan, name: str | None = None) -> tuple[Plan, str]:
    """Add a package with every issue's default term; returns the plan and its (free) name."""
    name = plan.unique_package_name(one_line_name(name, "package name") if name else tr("New package"))
    sp = StoredPackage(name=name, terms={i.name: default_term(i) for i in plan.issues})
    return plan.with_package(sp), name


def duplicate_package(plan: Plan, name: str) -> tuple[Plan, str]:
    """A copy of package ``name`` ("… copy") right after it; returns the plan and the copy's name."""
    sp = plan.stored_package(name)
    new_name = plan.unique_package_name(tr("{name} copy").format(name=name))
    index = plan.package_names.index(name) + 1
    return plan.with_package(sp.model_copy(update={"name": new_name}), index=index), new_name


def remove_package(plan: Plan, name: str) -> Plan:
    """The plan without package ``name`` (and without it in its MESO set)."""
    return plan.with_package_removed(name)


def rename_package(plan: Plan, old: str, new: str) -> EditResult:
    """Rename package ``old`` (also in its MESO set); ``ok`` is False with the reason in
    ``message`` when the name is empty or taken (the plan is then unchanged)."""
    try:
        return EditResult(plan.with_package_renamed(old, new))
    except ValueError as e:
        reason = str(e)
        return EditResult(plan, reason[:1].upper() + reason[1:], ok=False)


def package_renames(old: Plan, new: Plan) -> dict[str, str]:
    """The packages renamed between ``old`` and ``new`` (old name → new name): a package at the
    same place under a name ``old`` did not have, and otherwise the same — what
    :func:`rename_package` makes, and what its undo makes back. What is kept for a package by
    its name elsewhere (the window's hold note) follows these."""
    if len(old.packages) != len(new.packages):
        return {}
    before, after = set(old.package_names), set(new.package_names)
    return {a.name: b.name for a, b in zip(old.packages, new.packages)
            if a.name != b.name and a.name not in after and b.name not in before
            and a.model_copy(update={"name": b.name}) == b}


__all__ = ["TermsEdit", "set_terms", "set_term", "set_hold_value", "set_term_locked", "set_all_locked",
           "add_package", "duplicate_package", "remove_package", "rename_package", "package_renames"]
