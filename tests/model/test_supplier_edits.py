"""Editing a sourcing plan's suppliers (docs/suppliers.md): add, switch, rename, remove, details,
quotes and the market BATNA — each one plan in, one plan out, nothing of another supplier lost."""

from __future__ import annotations

import pytest

import meso_desk as md
from meso_desk.model.edits import supplier_edits as se
from meso_desk.model.edits.round_edits import record_choice
from meso_desk.model.package import StoredPackage


@pytest.fixture
def plan():
    p = md.example_plan("supplier")
    base = dict(p.stored_package("Competing quote (BATNA)").terms)
    p = p.replace(packages=(*p.packages, StoredPackage(name="Nordlys quote", terms={**base, "Unit price": 230.0}),
                            StoredPackage(name="Sitwell quote", terms={**base, "Unit price": 226.0})))
    p = se.add_supplier(p, "Nordlys Kontor AS", negotiator="Kari Lund").plan
    p = se.add_supplier(p, "Sitwell Office Ltd").plan
    p = se.set_quote(p, "Nordlys quote", "Nordlys Kontor AS")
    return se.set_quote(p, "Sitwell quote", "Sitwell Office Ltd")


def test_add_and_switch_keep_every_suppliers_own_data(plan):
    assert plan.supplier_names == ["Ergonord Seating AB", "Nordlys Kontor AS", "Sitwell Office Ltd"]
    with pytest.raises(se.SupplierEditRefused, match="already a supplier"):
        se.add_supplier(plan, " Nordlys  Kontor AS ")
    names = list(plan.meso_sets[-1].packages) if plan.meso_sets else ["Our ideal", "Their opening quote"]
    played = record_choice(plan, names, 0)
    on_nordlys = se.switch_supplier(played, "Nordlys Kontor AS")
    assert on_nordlys.counterpart == "Nordlys Kontor AS" and on_nordlys.negotiator == "Kari Lund"
    assert on_nordlys.rounds == () and on_nordlys.quotes == ("Nordlys quote",)
    assert on_nordlys.supplier_names == played.supplier_names  # the order stays
    back = se.next_supplier(se.next_supplier(on_nordlys), -1)
    assert back.counterpart == "Nordlys Kontor AS"
    home = se.switch_supplier(on_nordlys, "Ergonord Seating AB")
    assert home.rounds == played.rounds and home == played
    with pytest.raises(se.SupplierEditRefused):
        se.switch_supplier(plan, "Nobody")


def test_rename_remove_and_details(plan):
    r = se.rename_supplier(plan, "Sitwell Office Ltd", "Sitwell")
    assert r.plan.supplier_names[-1] == "Sitwell" and "Renamed" in r.message
    assert se.rename_supplier(r.plan, "Ergonord Seating AB", "Ergonord").plan.counterpart == "Ergonord"
    with pytest.raises(se.SupplierEditRefused, match="already"):
        se.rename_supplier(plan, "Sitwell Office Ltd", "Nordlys Kontor AS")
    p = se.set_supplier_details(plan, "Sitwell Office Ltd", negotiator="Ann  Lee", contacts="ann@sitwell.example",
                                notes="Fast samples.")
    rec = p.supplier_record("Sitwell Office Ltd")
    assert (rec.negotiator, rec.contacts, rec.supplier_notes) == ("Ann Lee", "ann@sitwell.example", "Fast samples.")
    gone = se.remove_supplier(plan, "Ergonord Seating AB")  # the one worked on: the next one takes over
    assert gone.plan.counterpart == "Nordlys Kontor AS"
    assert gone.plan.supplier_names == ["Nordlys Kontor AS", "Sitwell Office Ltd"]
    assert "Undo brings it back" in gone.message
    one = se.remove_supplier(se.remove_supplier(plan, "Sitwell Office Ltd").plan, "Nordlys Kontor AS").plan
    assert one.suppliers == () and "Nordlys quote" in one.package_names  # quotes stay as packages
    with pytest.raises(se.SupplierEditRefused, match="at least one"):
        se.remove_supplier(one, one.counterpart)


def test_quotes_move_between_suppliers(plan):
    assert se.quote_owner(plan, "Sitwell quote") == "Sitwell Office Ltd"
    p = se.set_quote(plan, "Sitwell quote", "Nordlys Kontor AS")
    assert se.quote_owner(p, "Sitwell quote") == "Nordlys Kontor AS"
    assert p.supplier_record("Sitwell Office Ltd").quotes == ()
    assert se.quote_owner(se.set_quote(p, "Sitwell quote", None), "Sitwell quote") is None


def test_the_market_batna_on_and_off(plan):
    before = plan.batna_package
    on = se.set_market_batna(plan, True)
    p = on.plan
    assert p.batna_from_market and p.outside_option == before
    best = p.market_batna()
    assert best[0] == "Sitwell Office Ltd: quote Sitwell quote" and p.batna_package == best[1]
    assert "Sitwell" in on.message
    off = se.set_market_batna(p, False).plan
    assert not off.batna_from_market and off.batna_package == before
    assert se.set_outside_option(p, None).outside_option is None


def test_the_competing_quote_cannot_be_typed_over_while_it_follows_the_market(plan):
    from meso_desk.model.edits import deal_edits

    p = se.set_market_batna(plan, True).plan
    with pytest.raises(ValueError, match="follows the market"):
        deal_edits.with_batna_term(p, "Unit price", 200.0)
    with pytest.raises(ValueError, match="Manage Suppliers"):
        deal_edits.with_batna_package(p, None)
    assert deal_edits.with_batna_term(plan, "Unit price", 200.0).batna_package["Unit price"] == 200.0


def test_a_second_supplier_needs_the_first_one_named():
    p = md.example_plan("supplier").replace(counterpart="")
    with pytest.raises(se.SupplierEditRefused, match="name the current supplier first"):
        se.add_supplier(p, "Nordlys Kontor AS")
    with pytest.raises(se.SupplierEditRefused, match="needs a name"):
        se.add_supplier(md.example_plan("supplier"), "   ")
    added = se.add_supplier(md.example_plan("supplier"), "Nordlys Kontor AS")
    assert added.ok and added.plan.counterpart == "Ergonord Seating AB" and "Nordlys" in added.message
