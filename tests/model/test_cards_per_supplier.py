"""Cards per supplier (issue 25, docs/suppliers.md): the cards printed for the supplier worked on
carry only its own name and terms — never another supplier's name, negotiator, quote or a
near-copy of an offer we hold from another supplier."""

from __future__ import annotations

import pytest

import meso_desk as md
from meso_desk.model.documents.cards import (
    CardError,
    RevealError,
    SupplierError,
    card_set,
    default_packages,
    leak_warnings,
    offerable_packages,
    reveal_problems,
    supplier_problems,
)
from meso_desk.model.package import StoredPackage
from meso_desk.model.supplier import SupplierRecord

QUOTES = {
    "Ergonord Seating AB": ("Q-Ergonord", {"Unit price": 244.0, "Order volume": 2500.0, "Delivery": 9.0,
                                           "Payment term": 30.0, "Warranty": 24.0, "Incoterm": "FCA"}),
    "Nordlys Kontor AS": ("Q-Nordlys", {"Unit price": 246.0, "Order volume": 2000.0, "Delivery": 5.0,
                                        "Payment term": 45.0, "Warranty": 24.0, "Incoterm": "DAP"}),
    "Sitwell Office Ltd": ("Q-Sitwell", {"Unit price": 231.0, "Order volume": 2500.0, "Delivery": 10.0,
                                         "Payment term": 30.0, "Warranty": 36.0, "Incoterm": "FCA"}),
}
NEGOTIATORS = {"Ergonord Seating AB": "Lena Berg", "Nordlys Kontor AS": "Ingrid Solberg",
               "Sitwell Office Ltd": "Tom Ashby"}


def three_suppliers() -> md.Plan:
    """The supplier example with three suppliers, each with its own quote; the BATNA follows the market."""
    base = md.example_plan("supplier")
    quotes = tuple(StoredPackage(name=q, terms=t) for q, t in QUOTES.values())
    ideal = base.stored_package("Our ideal")
    others = tuple(SupplierRecord(counterpart=n, negotiator=NEGOTIATORS[n], quotes=(QUOTES[n][0],))
                   for n in ("Nordlys Kontor AS", "Sitwell Office Ltd"))
    return base.replace(packages=(*quotes, ideal), batna_package=None, counterpart="Ergonord Seating AB",
                        negotiator="Lena Berg", quotes=("Q-Ergonord",), suppliers=others,
                        batna_from_market=True, reservation_from_batna=True)


@pytest.fixture(scope="module")
def plan() -> md.Plan:
    return three_suppliers()


def _own_sets(plan: md.Plan, name: str) -> tuple[md.Plan, list[list]]:
    """``name`` worked on, with its own MESO set added; the sets of packages to print for it."""
    p = plan.with_supplier(name)
    mesos = md.generate_mesos(p, 3, seed=5)
    p, names = md.with_meso_set(p, list(mesos), mesos.level)
    own = [n for n in p.package_names if n not in {q for q, _ in QUOTES.values()}]
    offerable = [x for x in offerable_packages(p) if x.name in own]
    return p, [list(names), offerable, default_packages(p)[0]]


def _everything(cs) -> str:
    """Every field of the card set, as text (what any renderer could print)."""
    return "\n".join([repr(cs), cs.text(), cs.to_line, cs.from_line, cs.document_title])


@pytest.mark.parametrize("name", list(QUOTES))
def test_no_card_for_one_supplier_shows_another(plan, name):
    p, sets = _own_sets(plan, name)
    assert p.counterpart == name
    others = [n for n in QUOTES if n != name]
    for packages in sets:
        assert packages
        cs = card_set(p, packages, why_this_works=True, subject="Office chairs 2027")
        text = _everything(cs)
        assert cs.counterpart == name and cs.negotiator == NEGOTIATORS[name]
        assert NEGOTIATORS[name] in cs.to_line
        for other in others:
            assert other not in text
            assert NEGOTIATORS[other] not in text
            quote = p.package(QUOTES[other][0])
            quoted_row = tuple(i.format_term(quote[i.name]) for i in p.issues)
            for card in cs.cards:
                assert tuple(t.value for t in card.terms) != quoted_row
        pkgs = [p.package(x) if isinstance(x, str) else x for x in packages]
        assert supplier_problems(p, pkgs) == []


@pytest.mark.parametrize("name", list(QUOTES))
def test_another_suppliers_quote_is_refused_even_when_confirmed(plan, name):
    p = plan.with_supplier(name)
    for other in (n for n in QUOTES if n != name):
        q = QUOTES[other][0]
        for allow in (False, True):
            with pytest.raises(SupplierError) as e:
                card_set(p, [q], allow_revealing=allow)
            assert "\n" not in str(e.value) and other in str(e.value)
            assert not isinstance(e.value, RevealError) and isinstance(e.value, CardError)
        assert any("another supplier" in line or other in line for line in reveal_problems(p, [p.package(q)]))
        assert q not in [x.name for x in offerable_packages(p)]


def test_a_near_copy_of_another_suppliers_quote_is_refused(plan):
    terms = dict(QUOTES["Sitwell Office Ltd"][1], **{"Unit price": 231.5, "Warranty": 36.0})
    with pytest.raises(SupplierError, match="near-copy"):
        card_set(plan, [terms])
    far = dict(terms, **{"Unit price": 205.0, "Delivery": 4.0})
    assert supplier_problems(plan, [md.Package(plan, far)]) == []


def test_another_suppliers_counter_offer_is_refused(plan):
    """Not only quotes: a complete counter-offer held from another supplier is theirs too."""
    counter = {"Unit price": 212.0, "Order volume": 1800.0, "Delivery": 6.0, "Payment term": 60.0,
               "Warranty": 30.0, "Incoterm": "DAP"}
    p = md.record_choice(plan.with_supplier("Sitwell Office Ltd"), ["Our ideal"], None,
                         counter_offer=counter).with_supplier("Ergonord Seating AB")
    assert card_set(plan, [counter]).cards  # before Sitwell made it, it was ours to offer
    with pytest.raises(SupplierError, match="Sitwell Office Ltd"):
        card_set(p, [counter])


def test_the_own_quote_and_one_supplier_plans_are_unchanged(plan):
    single = plan.single_supplier()
    assert supplier_problems(single, [single.package("Q-Nordlys")]) == []
    assert supplier_problems(plan, [plan.package("Q-Ergonord")]) == []


def test_leak_warnings_name_another_supplier_in_typed_text(plan):
    pkgs = [plan.package("Our ideal")]
    cs = card_set(plan, pkgs, subject="Better than Sitwell Office Ltd")
    assert any("Sitwell Office Ltd" in w for w in leak_warnings(plan, cs, pkgs))
    assert not any("another supplier" in w for w in leak_warnings(plan, card_set(plan, pkgs), pkgs))


@pytest.mark.parametrize("subject, named", [
    ("Matching the Nordlys delivery time", "Nordlys (Nordlys Kontor AS)"),
    ("As discussed with Ms Solberg", "Solberg (Nordlys Kontor AS)"),
    ("Ingrid asked for this", "Ingrid (Nordlys Kontor AS)"),
    ("Better than SITWELL's terms", "Sitwell (Sitwell Office Ltd)"),
    ("Tom Ashby will like this", "Tom Ashby"),
    ("Copy to ingrid.solberg@nordlys.example", "ingrid.solberg@nordlys.example (Nordlys Kontor AS)"),
])
def test_the_leak_check_catches_a_supplier_named_the_way_people_write_it(plan, subject, named):
    """Another supplier named by its distinctive word, its negotiator's surname or first name, an
    address from its contacts — not only its full registered name."""
    p = plan.replace(suppliers=tuple(r.model_copy(update={"contacts": "ingrid.solberg@nordlys.example"})
                                     if r.counterpart == "Nordlys Kontor AS" else r for r in plan.suppliers))
    pkgs = [p.package("Our ideal")]
    warnings = leak_warnings(p, card_set(p, pkgs, subject=subject), pkgs)
    assert any(f"names {named}, another supplier" in w for w in warnings), warnings


@pytest.mark.parametrize("subject", [
    "Office chairs for the new building",  # Sitwell Office Ltd: "Office" is a common word
    "Seating for 2,000 staff",              # Ergonord Seating AB (not worked on below)
    "Kontor AS as agreed",                  # the legal form and a second word are no sign
    "Terms as offered, Co-op",              # AS, Co: legal forms
    "The Nordlysning project",              # a word that only contains the name
    "Lena Berg's team thanks you",          # the supplier worked on's own negotiator
])
def test_no_warning_for_common_words_legal_forms_or_the_own_supplier(plan, subject):
    p = plan.with_supplier("Ergonord Seating AB")
    pkgs = [p.package("Our ideal")]
    warnings = leak_warnings(p, card_set(p, pkgs, subject=subject), pkgs)
    assert not any("another supplier" in w for w in warnings), warnings
    q = plan.with_supplier("Nordlys Kontor AS")  # "Seating": Ergonord's second word, common
    assert not any("another supplier" in w for w in leak_warnings(q, card_set(q, pkgs, subject="Seating plan"), pkgs))


def test_a_word_shared_with_the_supplier_worked_on_is_no_sign_of_another():
    from meso_desk.model.supplier_names import other_supplier_named

    p = three_suppliers()
    p = p.replace(counterpart="Nordic Seating AB",
                  suppliers=(SupplierRecord(counterpart="Nordic Desks AS", negotiator="Per Dahl"),
                             *p.suppliers[1:]))
    assert other_supplier_named(p, "Our Nordic range") == ""  # "Nordic" also names the one worked on
    assert other_supplier_named(p, "Ask Per Dahl") == "Per Dahl"
