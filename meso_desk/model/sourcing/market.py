"""The market of a sourcing plan: the best offer we hold from each supplier, and our BATNA against each.

Against one supplier our best alternative is the best offer held from any *other* supplier (a
quote, a package they accepted in a round, a complete counter-offer, their agreement — only
offers that keep every hard limit), or the plan's outside option when it is better
(docs/suppliers.md). :func:`batna_against` makes the same choice as
:meth:`~meso_desk.model.plan.Plan.market_batna` (which keeps ``batna_package`` in sync when the
BATNA follows the market), as a :class:`HeldOffer` that also carries the total cost.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ..base import Term
from ..errors import UnknownName
from ..language import tr
from ..package import Package
from ..plan import Plan
from ..preferences.total_cost import total_cost
from ..supplier import best_held_offer_by_kind

#: The ``supplier`` of a :class:`HeldOffer` that is the plan's outside option.
OUTSIDE_OPTION = "outside option"
#: The ``supplier`` of a :class:`HeldOffer` that is the plan's own competing quote.
COMPETING_QUOTE = "competing quote"


@dataclass(frozen=True)
class HeldOffer:
    """An offer we hold: from ``supplier`` (or :data:`OUTSIDE_OPTION`), where from (``label``:
    "quote Sitwell 1", "round 2, option B (accepted)" …), its ``terms``, our (expected) points
    and its total cost in the plan's currency (None when the plan has no cost model)."""

    supplier: str
    label: str
    terms: dict[str, Term] = field(hash=False)
    points: float
    total_cost: float | None = None
    #: what kind of offer: "quote", "accepted", "counter-offer", "agreement" (a supplier's), or
    #: "outside option", "competing quote"
    kind: str = "offer"

    @property
    def is_outside_option(self) -> bool:
        return self.supplier == OUTSIDE_OPTION

    @property
    def source(self) -> str:
        """Where it comes from, in words: "Sitwell: quote S1" or "outside option"."""
        if self.is_outside_option:
            return tr("outside option")
        supplier = tr("competing quote") if self.supplier == COMPETING_QUOTE else self.supplier
        return f"{supplier}: {self.label}"


def _held(plan: Plan, supplier: str, label: str, terms: Mapping[str, Term], points: float,
          kind: str = "offer") -> HeldOffer:
    return HeldOffer(supplier, label, dict(terms), float(points), total_cost(plan, terms), kind)


def best_offer(plan: Plan, supplier: str) -> HeldOffer | None:
    """The best offer held from ``supplier`` for us (acceptable offers only), or None."""
    got = best_held_offer_by_kind(plan, plan.supplier_record(supplier))
    return None if got is None else _held(plan, supplier, got[1], got[2], got[3], got[0])


def best_offers(plan: Plan) -> dict[str, HeldOffer | None]:
    """Per supplier (in the plan's order), its best offer held for us, or None."""
    return {name: best_offer(plan, name) for name in plan.supplier_names}


def outside_offer(plan: Plan) -> HeldOffer | None:
    """The plan's outside option as a held offer (None when there is none)."""
    if plan.outside_option is None:
        return None
    pts = Package(plan, plan.outside_option).score
    return _held(plan, OUTSIDE_OPTION, tr("outside option"), plan.outside_option, pts, OUTSIDE_OPTION)


def batna_against(plan: Plan, supplier: str, offers: Mapping[str, HeldOffer | None] | None = None
                  ) -> HeldOffer | None:
    """Our BATNA against ``supplier``: the best of the other suppliers' best offers and the
    outside option (the same choice as ``plan.market_batna(supplier)``: the first supplier in the
    plan's order wins a tie, the outside option only when strictly better). ``offers`` —
    :func:`best_offers` of the plan, when the caller already has them."""
    if supplier not in plan.supplier_names:
        raise UnknownName(tr("no supplier called {name}").format(name=repr(supplier)))
    offers = best_offers(plan) if offers is None else offers
    best: HeldOffer | None = None
    for name in plan.supplier_names:
        if name == supplier:
            continue
        got = offers.get(name)
        if got is not None and (best is None or got.points > best.points):
            best = got
    out = outside_offer(plan)
    if out is not None and (best is None or out.points > best.points):
        best = out
    return best


def batna_in_use(plan: Plan, supplier: str, offers: Mapping[str, HeldOffer | None] | None = None
                 ) -> HeldOffer | None:
    """The BATNA the plan uses against ``supplier``: the market's (:func:`batna_against`) when
    the BATNA follows the market, else the plan's own competing quote (``batna_package``, as
    today; supplier "competing quote"), None when there is none."""
    if plan.batna_from_market:
        return batna_against(plan, supplier, offers)
    if plan.batna_package is None or not plan.issues:
        return None
    return _held(plan, COMPETING_QUOTE, tr("competing quote"), plan.batna_package,
                 Package(plan, plan.batna_package).score, COMPETING_QUOTE)


def describe_offer(offer: HeldOffer | None) -> str:
    """ "Sitwell's round 2 counter-offer, 61.3 points" style words for an offer ("none" without)."""
    if offer is None:
        return tr("no offer held")
    return tr("{source} ({points:.1f} points)").format(source=offer.source, points=offer.points)


__all__ = [
    "COMPETING_QUOTE",
    "OUTSIDE_OPTION",
    "HeldOffer",
    "batna_against",
    "batna_in_use",
    "best_offer",
    "best_offers",
    "describe_offer",
    "outside_offer",
]
