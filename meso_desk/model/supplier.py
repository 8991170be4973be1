"""Several suppliers in one sourcing plan (docs/suppliers.md): what each supplier has of its own.

Our issues, weights, curves, approvers, targets, packages and MESO sets are shared by the whole
plan. Each supplier has its own name and contacts, its quotes (packages of the plan named as
theirs), the rounds with them, our prior hunch and their reservation, their constituencies and
the relationship, the agreement and the lessons. The plan holds the supplier being worked on in
its top-level fields (so that every panel and function works on "the counterpart" as before)
and the others as :class:`SupplierRecord`; switching supplier swaps them
(:meth:`~meso_desk.model.plan.Plan.with_supplier`). A plan of one supplier has no records: old
files open unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date as _date
from typing import Any

from pydantic import Field, field_validator

from .base import Frozen, Term, Text, clean_name
from .errors import PlanError, quoted
from .language import tr
from .negotiation import Agreement, Round
from .package import Package
from .preferences.behind_the_table import Constituency, Goodwill, RelationshipWeight

#: The plan's fields that belong to one supplier (the same names in :class:`SupplierRecord`).
SUPPLIER_FIELDS: tuple[str, ...] = (
    "counterpart", "negotiator", "contacts", "supplier_notes", "quotes", "valid_until", "relationship",
    "relationship_weight", "their_constituencies", "goodwill", "rounds", "counterpart_prior",
    "their_reservation", "their_reservation_uncertainty", "agreement", "lessons",
)


class SupplierRecord(Frozen):
    """One supplier that is not the one being worked on: the plan's per-supplier fields."""

    counterpart: Text
    negotiator: Text = ""
    contacts: Text = ""
    supplier_notes: Text = ""
    #: names of the plan's packages that are this supplier's quotes (offers they made)
    quotes: tuple[Text, ...] = ()
    valid_until: _date | None = None
    relationship: Text = ""
    relationship_weight: RelationshipWeight | None = None
    their_constituencies: tuple[Constituency, ...] = ()
    goodwill: dict[Text, Goodwill] = Field(default_factory=dict)
    rounds: tuple[Round, ...] = ()
    counterpart_prior: dict[Text, float] = Field(default_factory=dict)
    their_reservation: float | None = Field(default=None, ge=0.0, le=100.0)
    their_reservation_uncertainty: float = Field(default=10.0, ge=0.0, le=50.0)
    agreement: Agreement | None = None
    lessons: Text = ""

    @field_validator("counterpart")
    @classmethod
    def _name(cls, v: str) -> str:
        return clean_name(v, "supplier name")

    @property
    def name(self) -> str:
        return self.counterpart


def held_offers(plan: Any, supplier: Any) -> list[tuple[str, Package]]:
    """Every offer we hold from ``supplier`` (a :class:`SupplierRecord`, or the plan itself for
    the supplier worked on), as (where from, package): its quotes, the package it accepted in a
    round, its complete counter-offers (the package it chose, or the only one shown, with its
    terms; or a counter-offer giving every term), its agreement."""
    return [(label, pkg) for _kind, label, pkg in held_offers_by_kind(plan, supplier)]


def held_offers_by_kind(plan: Any, supplier: Any) -> list[tuple[str, str, Package]]:
    """:func:`held_offers` as (kind, where from, package); kind is ``"quote"``, ``"accepted"``,
    ``"counter-offer"`` or ``"agreement"`` (the words "where from" are in the user's language)."""
    out: list[tuple[str, str, Package]] = []
    for q in supplier.quotes:
        sp = plan.stored_package(q)
        out.append(("quote", tr("quote {package}").format(package=q),
                    Package(plan, sp.terms, name=sp.name, clauses=sp.clauses)))
    names = set(plan.issue_names)
    for k, r in enumerate(supplier.rounds, 1):
        if r.outcome == "accepted" and r.accepted is not None:
            o = r.offered[r.accepted]
            out.append(("accepted", tr("round {round}, option {option} (accepted)").format(round=k, option=o.label),
                        Package(plan, o.terms, clauses=o.clauses)))
        if r.counter_offer and r.offered and (r.ranking or len(r.offered) == 1):
            # a partial counter-offer completes the package they countered: the one they chose
            # (or the only one shown); with no choice among several it is not a full offer
            base = r.offered[r.ranking[0]] if r.ranking else r.offered[0]
            terms = {**base.terms, **r.counter_offer}
            if set(terms) >= names:
                kept = {i: c for i, c in base.clauses.items() if i not in r.counter_offer}
                out.append(("counter-offer", tr("round {round}, their counter-offer").format(round=k),
                            Package(plan, terms, clauses=kept)))
        elif r.counter_offer and set(r.counter_offer) >= names:
            out.append(("counter-offer", tr("round {round}, their counter-offer").format(round=k),
                        Package(plan, r.counter_offer)))
    if supplier.agreement is not None:
        a = supplier.agreement
        out.append(("agreement", tr("the agreement", "an offer held"), Package(plan, a.terms, clauses=a.clauses)))
    return out


def best_held_offer(plan: Any, supplier: Any) -> tuple[str, dict[str, Term], float] | None:
    """The best offer held from ``supplier`` for us — (where from, terms, our points, expected for
    a contingent one) — among those that keep every hard limit; None when there is none."""
    best = best_held_offer_by_kind(plan, supplier)
    return None if best is None else best[1:]


def best_held_offer_by_kind(plan: Any, supplier: Any) -> tuple[str, str, dict[str, Term], float] | None:
    """:func:`best_held_offer` with its kind in front (see :func:`held_offers_by_kind`)."""
    best: tuple[str, str, dict[str, Term], float] | None = None
    for kind, label, pkg in held_offers_by_kind(plan, supplier):
        if not pkg.acceptable:
            continue
        pts = pkg.score
        if best is None or pts > best[3]:
            best = (kind, label, pkg.terms, pts)
    return best


def exact_points(plan: Any, terms: Mapping[str, Term]) -> float:
    """Our points of ``terms`` by the same sum, in the same order, as ``scoring.score()`` (a
    reservation that follows a BATNA equals its points exactly)."""
    total = 0.0
    for issue in plan.issues:
        total += plan.weights[issue.name] * issue.value(terms[issue.name])
    return min(max(float(total), 0.0), 100.0)


def highest_walkaway(plan: Any) -> float | None:
    """The highest of our walk-aways against the plan's suppliers when the BATNA follows the market
    (:meth:`~meso_desk.model.plan.Plan.market_batna` against each, in its points), or None.

    Why: the aspiration is shared and must not lie below the reservation, and with the reservation
    following the market each supplier has its own. Held at least at the highest of them, the
    aspiration rises when an offer is recorded that beats it (the walk-away against every other
    supplier), and a switch of supplier never moves it (docs/suppliers.md)."""
    names = plan.supplier_names
    held = [best_held_offer(plan, plan.supplier_record(n)) for n in names]
    outside = None if plan.outside_option is None else (plan.outside_option, Package(plan, plan.outside_option).score)
    top: float | None = None
    for k in range(len(names)):  # as market_batna: the first best of the others, the outside option if better
        best = None
        for j, got in enumerate(held):
            if j != k and got is not None and (best is None or got[2] > best[1]):
                best = (got[1], got[2])
        if outside is not None and (best is None or outside[1] > best[1]):
            best = outside
        if best is not None:
            pts = exact_points(plan, best[0])
            top = pts if top is None else max(top, pts)
    return top


def name_taken(names: list[str], name: str, old: str | None = None) -> str | None:
    """Why supplier ``name`` cannot sit beside ``names`` (``old``: the name it replaces, free
    again), or None. Names that differ only in capitals are the same supplier: the cards' leak
    check would take one for the other."""
    folded = name.casefold()
    for other in names:
        if other == old or other.casefold() != folded:
            continue
        if other == name:
            return tr("there is already a supplier called {name}").format(name=quoted(name))
        return tr("there is already a supplier called {name}, which differs only in capitals").format(
            name=quoted(other))
    return None


def check_suppliers(plan: Any, by_name: Mapping[str, Any], check_terms: Any) -> None:
    """The other suppliers: distinct names, their quotes are packages (each the quote of one
    supplier at most), their rounds and agreement fit the issues."""
    if plan.supplier_index > len(plan.suppliers):
        raise PlanError("supplier_index", tr("{index} is beyond the {count} suppliers").format(
            index=plan.supplier_index, count=len(plan.suppliers) + 1))
    if plan.outside_option is not None:
        check_terms(by_name, plan.outside_option, "outside_option", what="the outside option")
    if not plan.suppliers and not plan.quotes:
        return
    if plan.suppliers and not plan.counterpart.strip():
        raise PlanError("counterpart", tr("with several suppliers each needs a name"))
    pnames = set(plan.package_names)
    seen_names: dict[str, str] = {}  # casefolded → as written
    quoted_by: dict[str, str] = {}
    for k, rec in enumerate((plan, *plan.suppliers)):
        where = "" if k == 0 else f"suppliers[{k - 1}]."
        same = seen_names.get(rec.counterpart.casefold())
        if same == rec.counterpart:
            raise PlanError(f"{where}counterpart", tr("two suppliers are called {name}").format(
                name=quoted(rec.counterpart)))
        # names that differ only in capitals are refused by the edits that add or rename a
        # supplier (name_taken), not here: a file that already holds two still opens
        seen_names.setdefault(rec.counterpart.casefold(), rec.counterpart)
        for q in rec.quotes:
            if q not in pnames:
                raise PlanError(f"{where}quotes", tr("refers to unknown package {package}").format(package=quoted(q)))
            if q in quoted_by:
                raise PlanError(f"{where}quotes", tr("{package} is already a quote of {supplier}").format(
                    package=quoted(q), supplier=quoted(quoted_by[q])))
            quoted_by[q] = rec.counterpart
        if k == 0:
            continue
        for r_i, r in enumerate(rec.rounds):
            for o_i, o in enumerate(r.offered):
                check_terms(by_name, o.terms, f"{where}rounds[{r_i}].offered[{o_i}].terms")
            if r.counter_offer is not None:
                check_terms(by_name, r.counter_offer, f"{where}rounds[{r_i}].counter_offer", partial=True)
        if rec.agreement is not None:
            check_terms(by_name, rec.agreement.terms, f"{where}agreement.terms", what="the agreement")
