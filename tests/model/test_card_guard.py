"""Issue 19, points 1 and 2: cards never show our hand (our BATNA, a competing quote, our
reservation or a near-copy of one), and cards for options that are not equal for us warn.
The rules are in docs/cards.md ("Never on a card: our walk-away")."""

from __future__ import annotations

import pytest

import meso_desk as md
from meso_desk.model.documents.briefing import briefing
from meso_desk.model.documents.cards import (
    UNEQUAL_SPREAD,
    CardError,
    RevealError,
    card_set,
    default_packages,
    is_near_copy,
    near_distance,
    offerable_packages,
    reveal_problems,
    says_competing_quote,
    unequal_warning,
)
from meso_desk.model.examples import example_names, example_plan
from meso_desk.model.offers.meso import MesoError, generate_mesos
from meso_desk.model.plan import MesoSet

QUOTE = "Competing quote (BATNA)"


def add(plan, *packages, meso: str | None = None):
    for p in packages:
        plan = plan.with_package(p.to_stored())
    if meso:
        plan = plan.replace(meso_sets=(*plan.meso_sets, MesoSet(name=meso, packages=tuple(p.name for p in packages))))
    return plan


def fresh(plan, price=235.5, name="Fresh offer"):
    """The competing quote at EUR 235.50 instead of 236 (issue 19, 1.)."""
    return plan.package(QUOTE).replace(**{"Unit price": price}).named(name)


def test_the_shipped_supplier_example_marks_its_competing_quote_as_the_batna(supplier):
    assert supplier.batna_package == dict(supplier.package(QUOTE).terms)


@pytest.mark.parametrize("variant", ["marked", "unmarked", "unmarked and renamed"])
def test_default_cards_never_offer_the_competing_quote(supplier, variant):
    """Issue 19, 1.: with no MESO set the default cards printed the competing quote as Option A."""
    plan = supplier
    if variant != "marked":
        plan = plan.replace(batna_package=None)
    if variant == "unmarked and renamed":  # only its value (at our reservation) gives it away now
        plan = plan.with_package_renamed(QUOTE, "NordSeat")
    pk, what = default_packages(plan)
    assert [p.name for p in pk] == ["Our ideal"] and "left out" in what
    assert [p.name for p in offerable_packages(plan)] == ["Our ideal"]
    assert "EUR 236.00" not in card_set(plan, pk).text()


@pytest.mark.parametrize("marked", [True, False])
def test_a_near_copy_is_refused_whether_or_not_the_plan_marks_the_quote(supplier, marked):
    plan = supplier if marked else supplier.replace(batna_package=None)
    near = fresh(plan)
    plan = add(plan, near)
    with pytest.raises(RevealError, match=r"Option A \(Fresh offer\) would show our hand: it is a near-copy of"):
        card_set(plan, ["Fresh offer"])
    assert "Fresh offer" not in [p.name for p in offerable_packages(plan)]
    # the window may print it after the user confirmed
    assert "EUR 235.50" in card_set(plan, ["Fresh offer"], allow_revealing=True).text()


def test_a_meso_set_holding_the_quote_is_printed_without_it_by_default(supplier):
    ideal = supplier.package("Our ideal")
    plan = add(supplier, ideal.named("Ideal copy"), fresh(supplier), meso="Set 1")
    pk, what = default_packages(plan)
    assert [p.name for p in pk] == ["Ideal copy"] and "1 that would show our hand left out" in what


def test_the_near_copy_rule_in_the_plans_terms(supplier):
    price = supplier.issue("Unit price")
    assert near_distance(price) == pytest.approx(4.0)  # 5 % of EUR 180–260 (one step is EUR 0.50)
    assert near_distance(supplier.issue("Payment term")) == pytest.approx(15.0)  # one step of 15 days
    quote = dict(supplier.package(QUOTE).terms)
    assert is_near_copy(supplier, {**quote, "Unit price": 232.0}, quote)
    assert not is_near_copy(supplier, {**quote, "Unit price": 231.5}, quote)
    assert not is_near_copy(supplier, {**quote, "Incoterm": "DAP"}, quote)  # a categorical term differs
    assert not is_near_copy(supplier, {**quote, "Payment term": 60.0}, quote)  # two steps away
    # a real counter-offer far from the quote is fine
    far = fresh(supplier, price=222.0, name="Counter").replace(**{"Delivery": 5.0, "Incoterm": "DAP"})
    assert md.score(supplier, far) > supplier.reservation + 1 and not reveal_problems(supplier, [far])


def test_competing_quote_detection_by_name_or_note(supplier):
    assert says_competing_quote("Competing quote (BATNA)") and says_competing_quote("Competitor's price")
    assert says_competing_quote("our walk-away") and not says_competing_quote("Their opening quote")
    plan = supplier.replace(batna_package=None)
    sp = plan.package("Our ideal").named("Plan B").to_stored()
    plan = plan.with_package(sp.model_copy(update={"note": "the competitor's offer, as faxed"}))
    assert any("competing quote 'Plan B'" in r for r in reveal_problems(plan, [plan.package("Plan B")]))


def test_at_the_reservation_is_refused_below_it_is_another_error(supplier):
    plan = supplier.replace(batna_package=None).with_package_renamed(QUOTE, "NordSeat")
    with pytest.raises(RevealError, match="worth our reservation value"):
        card_set(plan, ["NordSeat"])
    with pytest.raises(CardError, match="hard limit"):
        card_set(plan, ["Their opening quote"])


def test_unequal_options_warn_with_their_spread(supplier):
    """Issue 19, 2.: "Competing quote" and "Our ideal" (41.8 and 90.8 points) went out as equally
    welcome options and the briefing showed an empty warning list."""
    pair = [supplier.package(QUOTE), supplier.package("Our ideal")]
    assert "spread 49.0 points" in unequal_warning(supplier, pair)
    b = briefing(supplier, pair)
    assert round(b.spread, 1) == 49.0
    assert any("spread 49.0 points" in w for w in b.warnings)
    assert any("would show our hand" in w for w in b.warnings)
    assert "spread 49.0 points" in b.text()
    ideal = supplier.package("Our ideal")
    even = [ideal.replace(**{"Unit price": 215.0, "Delivery": 6.0}), ideal.replace(**{"Unit price": 205.0,
                                                                                       "Delivery": 8.0})]
    assert unequal_warning(supplier, even) == "" and briefing(supplier, even).warnings == ()
    assert unequal_warning(supplier, pair[1:]) == ""  # one option is not a set


@pytest.mark.parametrize("name", example_names())
def test_generated_sets_are_equal_and_never_show_our_hand(name):
    """The MESO engine's own sets pass both checks on every shipped example (else the CLI's
    --mesos would refuse them)."""
    plan = example_plan(name)
    for count in (3, 2):
        try:
            pkgs = list(generate_mesos(plan, count=count))
        except MesoError:
            continue
        assert not reveal_problems(plan, pkgs)
        spread = max(md.score(plan, p) for p in pkgs) - min(md.score(plan, p) for p in pkgs)
        assert spread <= UNEQUAL_SPREAD and unequal_warning(plan, pkgs) == ""
        break
