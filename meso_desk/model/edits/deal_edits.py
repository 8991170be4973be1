"""Edits of the deal phase: the competing quote (BATNA), our reservation and aspiration, our
guess of their reservation, the agreement, the post-settlement package adopted, the lessons.

Each takes a plan and returns the new, validated plan (a bad value raises ``ValueError`` with
the reason in words). The deal panel, the CLI and the scripting API all call these.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date
from typing import Any

from ..base import Term
from ..errors import PlanError
from ..language import tr
from ..package import Package
from ..plan import Agreement, Plan
from ..scoring import score
from ..supplier import highest_walkaway


def with_batna_description(plan: Plan, text: str) -> Plan:
    """``plan`` with our BATNA described in words (internal: never printed on cards)."""
    return plan.replace(batna=str(text).strip())


def reservation_set_by_hand(plan: Plan) -> bool:
    """The user chose the reservation value (it does not follow the competing quote and is not
    the untouched 0 of a new plan): the quote may change it only when the user says so."""
    return not plan.reservation_from_batna and plan.reservation > 0.0


def quote_question(plan: Plan, terms: Mapping[str, Term] | None) -> str:
    """The question to ask before entering the competing quote ``terms`` (``""`` when none is
    needed): with a reservation set by hand, the quote never replaces it without a Yes."""
    if terms is None or not plan.issues or not reservation_set_by_hand(plan):
        return ""
    value = score(plan, Package(plan, terms))
    if abs(value - plan.reservation) < 0.05:
        return ""
    return tr("Let your reservation follow the quote ({quote:.1f}) instead of {reservation:.1f}? "
              "No keeps {reservation:.1f}, set by hand.").format(quote=value, reservation=plan.reservation)


def with_batna_package(plan: Plan, terms: Mapping[str, Term] | None, *, follow: bool | None = None) -> Plan:
    """``plan`` with the competing quote set to ``terms`` (None removes it).

    ``follow`` makes the reservation value follow the quote's points. By default the plan
    keeps its choice, and a plan whose reservation was never set (:func:`reservation_set_by_hand`)
    follows its first quote; a reservation set by hand is never replaced unless ``follow`` is
    True — ask first (:func:`quote_question`).
    """
    _not_from_market(plan)
    if terms is None:
        return plan.replace(batna_package=None, reservation_from_batna=False)
    checked = Package(plan, terms).terms
    if follow is None:
        follow = plan.reservation_from_batna or (plan.batna_package is None and not reservation_set_by_hand(plan))
    return plan.replace(batna_package=checked, reservation_from_batna=bool(follow))


def _not_from_market(plan: Plan) -> None:
    """The competing quote is the market's while the BATNA follows it (docs/suppliers.md): typing
    into it would be undone by the next edit, so it is refused with where to go instead."""
    if plan.batna_from_market:
        raise ValueError(tr("our BATNA follows the market (the best offer held from the other suppliers): change "
                            "the outside option, or stop following the market, in Negotiation ▸ Manage Suppliers…"))


def with_batna_term(plan: Plan, issue: str, term: Term) -> Plan:
    """``plan`` with one term of the competing quote changed."""
    _not_from_market(plan)
    if plan.batna_package is None:
        raise ValueError(tr("the plan has no competing quote yet"))
    terms = dict(plan.batna_package)
    terms[issue] = plan.issue(issue).check_term(term)
    return plan.replace(batna_package=terms)


def with_reservation_following(plan: Plan, follow: bool) -> Plan:
    """Make the reservation follow the competing quote (or stop following it, keeping its value)."""
    if follow and plan.batna_package is None:
        raise ValueError(tr("enter a competing quote first: the reservation would follow its points"))
    return plan.replace(reservation_from_batna=bool(follow))


def with_reservation(plan: Plan, value: float) -> Plan:
    """``plan`` with the reservation value set by hand (it stops following the quote); one
    above the aspiration is refused with the reason (never capped)."""
    v = float(value)
    if not (math.isfinite(v) and 0.0 <= v <= 100.0):
        raise PlanError("reservation", tr("must lie between 0 and 100 points, not {value}").format(value=repr(value)))
    if v > plan.aspiration:
        raise PlanError("reservation", tr("{value:.1f} is above your aspiration {aspiration:.1f}: "
                                          "raise the aspiration first").format(value=v, aspiration=plan.aspiration))
    return plan.replace(reservation=v, reservation_from_batna=False)


def with_aspiration(plan: Plan, value: float) -> Plan:
    """``plan`` with the aspiration (the target level) set; one below the reservation value is
    refused with the reason (never raised to it)."""
    v = float(value)
    if not (math.isfinite(v) and 0.0 <= v <= 100.0):
        raise PlanError("aspiration", tr("must lie between 0 and 100 points, not {value}").format(value=repr(value)))
    if v < plan.reservation:
        raise PlanError("aspiration", tr("{value:.1f} is below your reservation {reservation:.1f}: "
                                         "lower the reservation first").format(value=v, reservation=plan.reservation))
    top = highest_walkaway(plan) if plan.batna_from_market and plan.reservation_from_batna else None
    if top is not None and v < top - 1e-9:  # the plan would raise it back (the shared aspiration)
        raise PlanError("aspiration", tr("{value:.1f} is below your walk-away {walkaway:.1f} against another "
                                         "supplier: the aspiration is shared, and lies above every walk-away "
                                         "while the BATNA follows the market").format(value=v, walkaway=top))
    return plan.replace(aspiration=v)


def with_their_reservation(plan: Plan, value: float | None, uncertainty: float | None = None) -> Plan:
    """``plan`` with our guess of their reservation value (their points ± an 80 % half-width);
    ``None`` goes back to inferring it from their reactions."""
    changes: dict[str, Any] = {"their_reservation": None if value is None else float(value)}
    if uncertainty is not None:
        changes["their_reservation_uncertainty"] = float(uncertainty)
    return plan.replace(**changes)


def with_settlement_bar(plan: Plan, bar: float) -> Plan:
    """``plan`` with the post-settlement bar set: the chance (0.05..0.95) that at least one
    proposed package is better for them, below which nothing is proposed."""
    v = float(bar)
    if not (math.isfinite(v) and 0.05 <= v <= 0.95):
        shown = f"{v * 100:g} %" if math.isfinite(v) else repr(bar)  # as a chance, the way it is asked for
        raise PlanError("settlement_bar", tr("must lie between 5 % and 95 %, not {value}").format(value=shown))
    return plan.replace(settlement_bar=v)


def with_agreement(plan: Plan, terms: Mapping[str, Term], *, when: date | None = None, notes: str | None = None,
                   source: str | None = None, clauses: Mapping[str, Any] | None = None) -> Plan:
    """``plan`` with the agreed package recorded (a copy of ``terms``); an existing agreement
    keeps its date, notes and source unless new ones are given, and what was agreed first before
    a post-settlement package (terms and clauses). Contingent clauses come from ``clauses``, else
    from ``terms`` when it is a :class:`Package` that carries them."""
    if clauses is None:
        clauses = terms.clauses if isinstance(terms, Package) else {}
    checked = Package(plan, terms).terms
    old = plan.agreement
    return plan.replace(agreement=Agreement(
        terms=checked,
        date=when if when is not None else (old.date if old is not None else date.today()),
        notes=notes if notes is not None else (old.notes if old is not None else ""),
        source=source if source is not None else (old.source if old is not None else ""),
        before_post_settlement=old.before_post_settlement if old is not None else None,
        clauses=dict(clauses),
        clauses_before_post_settlement=old.clauses_before_post_settlement if old is not None else {},
    ))


def with_agreement_term(plan: Plan, issue: str, term: Term) -> Plan:
    """``plan`` with one term of the agreement changed."""
    if plan.agreement is None:
        raise ValueError(tr("no agreement recorded yet"))
    terms = dict(plan.agreement.terms)
    terms[issue] = plan.issue(issue).check_term(term)
    return plan.replace(agreement=plan.agreement.model_copy(update={"terms": terms}))


def with_agreement_details(plan: Plan, *, when: date | None | str = "keep", notes: str | None = None) -> Plan:
    """``plan`` with the agreement's date (``None`` clears it) and/or notes changed."""
    if plan.agreement is None:
        raise ValueError(tr("no agreement recorded yet"))
    upd: dict[str, Any] = {}
    if when != "keep":
        upd["date"] = when
    if notes is not None:
        upd["notes"] = notes
    return plan.replace(agreement=plan.agreement.model_copy(update=upd))


def with_settlement_adopted(plan: Plan, terms: Mapping[str, Term]) -> Plan:
    """Both sides took a post-settlement package: it becomes the agreement, exactly as proposed
    and printed — its terms and the contingent clauses it carries (a suggestion's package); plain
    terms keep the agreement's clauses by the post-settlement rule (``kept_clauses``: kept where
    they still work the same way from the new term). The terms and clauses agreed first are kept
    (``before_post_settlement``, ``clauses_before_post_settlement``) for the debrief: on the first
    adoption only, so that after several steps they are still the first agreement's."""
    from ..deal.settlement_clauses import kept_clauses

    if plan.agreement is None:
        raise ValueError(tr("no agreement recorded yet"))
    checked = Package(plan, terms).terms
    if isinstance(terms, Package):
        clauses = terms.clauses
    else:
        clauses, _ = kept_clauses(plan, plan.agreement.terms, plan.agreement.clauses, checked)
    a = plan.agreement
    first, first_clauses = ((a.before_post_settlement, a.clauses_before_post_settlement)
                            if a.before_post_settlement is not None else (dict(a.terms), dict(a.clauses)))
    return plan.replace(agreement=a.model_copy(update={
        "terms": checked, "clauses": dict(clauses), "before_post_settlement": first,
        "clauses_before_post_settlement": dict(first_clauses)}))


def without_agreement(plan: Plan) -> Plan:
    """``plan`` with the agreement removed."""
    return plan.replace(agreement=None)


def with_lessons(plan: Plan, text: str) -> Plan:
    """``plan`` with the lessons learned (the debrief's free text) set."""
    return plan.replace(lessons=str(text))


__all__ = [
    "quote_question",
    "reservation_set_by_hand",
    "with_batna_description",
    "with_batna_package",
    "with_batna_term",
    "with_reservation_following",
    "with_reservation",
    "with_aspiration",
    "with_their_reservation",
    "with_agreement",
    "with_agreement_term",
    "with_agreement_details",
    "with_settlement_adopted",
    "without_agreement",
    "with_lessons",
]
