"""Edits of a sourcing plan's suppliers (docs/suppliers.md): add, switch, rename, remove, their
details, which packages are whose quotes, and whether our BATNA follows the market. Qt-free; each
returns the new plan (or an :class:`EditResult` with a message); a refused edit raises
:class:`SupplierEditRefused` with one line."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..base import Term, breaks_line, one_line_reason
from ..errors import quoted
from ..language import tr
from ..package import Package
from ..plan import Plan
from ..supplier import SUPPLIER_FIELDS, SupplierRecord, name_taken
from .result import EditResult


class SupplierEditRefused(ValueError):
    """An edit of the suppliers that cannot be made; ``str(err)`` is the one-line reason."""


def _clean(name: str) -> str:
    """A supplier's name as typed: on one line (a line break or a tab inside is refused), blanks collapsed."""
    if breaks_line(str(name).strip()):
        raise SupplierEditRefused(one_line_reason("supplier name"))
    name = " ".join(str(name).split())
    if not name:
        raise SupplierEditRefused(tr("a supplier needs a name"))
    return name


def add_supplier(plan: Plan, name: str, negotiator: str = "", contacts: str = "") -> EditResult:
    """``plan`` with a new supplier (no rounds, no quotes yet); the one worked on stays."""
    name = _clean(name)
    if not plan.counterpart.strip():
        raise SupplierEditRefused(tr("name the current supplier first (File ▸ Plan Properties…: counterpart)"))
    taken = name_taken(plan.supplier_names, name)
    if taken:
        raise SupplierEditRefused(taken)
    rec = SupplierRecord(counterpart=name, negotiator=" ".join(negotiator.split()), contacts=contacts.strip())
    new = plan.replace(suppliers=(*plan.suppliers, rec))
    return EditResult(new, tr("Added the supplier {name}; switch to it to record its quotes and rounds.").format(
        name=quoted(name)))


def switch_supplier(plan: Plan, name: str) -> Plan:
    """``plan`` with ``name`` as the supplier worked on (:meth:`Plan.with_supplier`)."""
    if name not in plan.supplier_names:
        raise SupplierEditRefused(tr("there is no supplier called {name}").format(name=quoted(name)))
    return plan.with_supplier(name)


def next_supplier(plan: Plan, step: int = 1) -> Plan:
    """``plan`` with the next (``step`` = −1: the previous) supplier worked on, round the list."""
    names = plan.supplier_names
    k = names.index(plan.counterpart)
    return plan.with_supplier(names[(k + step) % len(names)])


def rename_supplier(plan: Plan, old: str, new: str) -> EditResult:
    """``plan`` with supplier ``old`` called ``new`` (the one worked on or another)."""
    new = _clean(new)
    if old not in plan.supplier_names:
        raise SupplierEditRefused(tr("there is no supplier called {name}").format(name=quoted(old)))
    if new == old:
        return EditResult(plan)
    taken = name_taken(plan.supplier_names, new, old)
    if taken:
        raise SupplierEditRefused(taken)
    if old == plan.counterpart:
        out = plan.replace(counterpart=new)
    else:
        out = plan.replace(suppliers=tuple(r.model_copy(update={"counterpart": new}) if r.counterpart == old else r
                                           for r in plan.suppliers))
    return EditResult(out, tr("Renamed the supplier {old} to {new}.").format(old=quoted(old), new=quoted(new)))


def remove_supplier(plan: Plan, name: str) -> EditResult:
    """``plan`` without supplier ``name`` and what is its own (rounds, agreement, notes; its quotes
    stay as packages); the last supplier cannot be removed."""
    names = plan.supplier_names
    if name not in names:
        raise SupplierEditRefused(tr("there is no supplier called {name}").format(name=quoted(name)))
    if len(names) == 1:
        raise SupplierEditRefused(tr("a plan keeps at least one supplier"))
    p = plan
    if name == plan.counterpart:  # work on the next one first
        p = plan.with_supplier(names[(names.index(name) + 1) % len(names)])
    gone = next(r for r in p.suppliers if r.counterpart == name)
    k = p.suppliers.index(gone)
    index = p.supplier_index - (1 if k < p.supplier_index else 0)
    out = p.replace(suppliers=tuple(r for r in p.suppliers if r is not gone), supplier_index=index)
    what = []
    if gone.rounds:
        what.append(tr("1 round") if len(gone.rounds) == 1 else tr("{count} rounds").format(count=len(gone.rounds)))
    if gone.agreement is not None:
        what.append(tr("its agreement"))
    if gone.quotes:
        what.append(tr("1 quote (kept as packages)") if len(gone.quotes) == 1
                    else tr("{count} quotes (kept as packages)").format(count=len(gone.quotes)))
    if what:
        return EditResult(out, tr("Removed the supplier {name} with {what}. Undo brings it back.").format(
            name=quoted(name), what=", ".join(what)))
    return EditResult(out, tr("Removed the supplier {name}. Undo brings it back.").format(name=quoted(name)))


def set_supplier_details(plan: Plan, name: str, *, negotiator: str | None = None, contacts: str | None = None,
                         notes: str | None = None) -> Plan:
    """``plan`` with supplier ``name``'s negotiator, contacts or notes changed."""
    changes: dict[str, Any] = {}
    if negotiator is not None:
        changes["negotiator"] = " ".join(negotiator.split())
    if contacts is not None:
        changes["contacts"] = contacts.strip()
    if notes is not None:
        changes["supplier_notes"] = notes.strip()
    return _with_record(plan, name, changes)


def _with_record(plan: Plan, name: str, changes: Mapping[str, Any]) -> Plan:
    if name not in plan.supplier_names:
        raise SupplierEditRefused(tr("there is no supplier called {name}").format(name=quoted(name)))
    if name == plan.counterpart:
        return plan.replace(**changes)
    return plan.replace(suppliers=tuple(r.model_copy(update=dict(changes)) if r.counterpart == name else r
                                        for r in plan.suppliers))


def quote_owner(plan: Plan, package: str) -> str | None:
    """The supplier whose quote ``package`` is (None: no one's)."""
    for name in plan.supplier_names:
        if package in plan.supplier_record(name).quotes:
            return name
    return None


def set_quote(plan: Plan, package: str, supplier: str | None) -> Plan:
    """``plan`` with package ``package`` marked as ``supplier``'s quote (moved from another
    supplier's quotes if it was one of theirs); None: no one's quote."""
    plan.stored_package(package)  # KeyError for an unknown package
    if supplier is not None and supplier not in plan.supplier_names:
        raise SupplierEditRefused(tr("there is no supplier called {name}").format(name=quoted(supplier)))
    out = plan
    owner = quote_owner(plan, package)
    if owner == supplier:
        return plan
    if owner is not None:
        out = _with_record(out, owner, {"quotes": tuple(q for q in out.supplier_record(owner).quotes if q != package)})
    if supplier is not None:
        out = _with_record(out, supplier, {"quotes": (*out.supplier_record(supplier).quotes, package)})
    return out


def set_market_batna(plan: Plan, on: bool) -> EditResult:
    """``plan`` whose BATNA follows the market (the best offer held from the other suppliers, or
    the outside option) or not. On: the competing quote so far becomes the outside option. Off:
    the outside option is the competing quote again; without one, the BATNA the market gives now
    stays as the competing quote (its terms fixed); with neither there is no competing quote and
    the reservation stays where it is, set by hand. A BATNA description that says it follows the
    market is rewritten to say what the BATNA now is."""
    if on == plan.batna_from_market:
        return EditResult(plan)
    if on:
        return _market_on(plan)
    if plan.outside_option is not None:
        out = plan.replace(batna_from_market=False, batna_package=dict(plan.outside_option),
                           batna=_batna_text(plan, tr("The outside option")))
        return EditResult(out, tr("The BATNA no longer follows the market: the outside option is the competing "
                                  "quote again."))
    best = plan.market_batna()
    if best is None:
        out = plan.replace(batna_from_market=False, batna_package=None, reservation_from_batna=False,
                           batna=_batna_text(plan, ""))
        return EditResult(out, tr("The BATNA no longer follows the market. There is no competing quote: no other "
                                  "supplier has made an offer and there is no outside option; your reservation "
                                  "stays at {reservation:.1f}, set by hand.").format(reservation=out.reservation))
    out = plan.replace(batna_from_market=False, batna_package=dict(best[1]),
                       batna=_batna_text(plan, tr("{source}, kept when the BATNA stopped following the "
                                                  "market").format(source=best[0])))
    text = (tr("The BATNA no longer follows the market: the competing quote keeps the terms of {source} "
               "({points:.1f} points); the reservation follows it.") if out.reservation_from_batna
            else tr("The BATNA no longer follows the market: the competing quote keeps the terms of {source} "
                    "({points:.1f} points)."))
    return EditResult(out, text.format(source=best[0], points=best[2]))


def _batna_text(plan: Plan, new: str) -> str:
    """The BATNA's description after the market is switched off: ``new`` where it said it
    follows the market (or said nothing), else the user's own words as they were."""
    said = plan.batna.casefold()
    if not said.strip() or "follows the market" in said or tr("follows the market").casefold() in said:
        return new
    return plan.batna


def _market_on(plan: Plan) -> EditResult:
    outside = plan.outside_option if plan.outside_option is not None else plan.batna_package
    out = plan.replace(batna_from_market=True, outside_option=None if outside is None else dict(outside))
    best = out.market_batna()
    follows = out.reservation_from_batna
    if best is not None:
        text = (tr("The BATNA follows the market: our BATNA is now {source} ({points:.1f} points); "
                   "the reservation follows it.") if follows
                else tr("The BATNA follows the market: our BATNA is now {source} ({points:.1f} points)."))
        return EditResult(out, text.format(source=best[0], points=best[2]))
    return EditResult(out, tr("The BATNA follows the market: no other supplier has made an offer yet, and "
                              "there is no outside option; the reservation follows it.") if follows
                      else tr("The BATNA follows the market: no other supplier has made an offer yet, and "
                              "there is no outside option."))


def set_outside_option(plan: Plan, terms: Mapping[str, Term] | None) -> Plan:
    """``plan`` with an outside option (full terms, checked) or none."""
    if terms is None:
        return plan.replace(outside_option=None)
    return plan.replace(outside_option=Package(plan, terms).terms)


__all__ = [
    "SUPPLIER_FIELDS", "SupplierEditRefused", "add_supplier", "next_supplier", "quote_owner", "remove_supplier",
    "rename_supplier", "set_market_batna", "set_outside_option", "set_quote", "set_supplier_details",
    "switch_supplier",
]
