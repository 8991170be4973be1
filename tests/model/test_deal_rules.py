"""Issue 17's rules for the reservation: a competing quote never replaces a reservation set by hand
without a Yes, and a reservation above the aspiration (or an aspiration below the reservation) is
refused with the reason, never capped."""

from __future__ import annotations

import pytest

import meso_desk as md
from meso_desk.model.edits import deal_edits as edits
from meso_desk.model.errors import PlanError


@pytest.fixture
def by_hand(supplier):
    p = edits.with_reservation(supplier.replace(batna_package=None), 45.0)
    assert edits.reservation_set_by_hand(p)
    return p


def test_a_quote_never_replaces_a_hand_set_reservation_by_default(by_hand, supplier):
    quote = supplier.package("Competing quote (BATNA)").terms
    p = edits.with_batna_package(by_hand, quote)
    assert p.reservation == 45.0 and not p.reservation_from_batna
    q = edits.quote_question(by_hand, quote)
    assert q == "Let your reservation follow the quote (41.8) instead of 45.0? No keeps 45.0, set by hand."
    yes = edits.with_batna_package(by_hand, quote, follow=True)
    assert yes.reservation_from_batna and yes.reservation == md.score(yes, quote)


def test_no_question_without_a_hand_set_reservation(supplier):
    fresh = supplier.replace(batna_package=None, reservation=0.0)
    quote = supplier.package("Competing quote (BATNA)").terms
    assert edits.quote_question(fresh, quote) == ""
    p = edits.with_batna_package(fresh, quote)
    assert p.reservation_from_batna and p.reservation == md.score(p, quote)  # a new plan follows its first quote
    assert edits.quote_question(p, quote) == ""  # already following


def test_editing_the_quote_keeps_a_hand_set_reservation(by_hand, supplier):
    p = edits.with_batna_package(by_hand, supplier.package("Competing quote (BATNA)").terms)
    p = edits.with_batna_term(p, "Unit price", 200.0)
    assert p.reservation == 45.0


def test_a_reservation_above_the_aspiration_is_refused_not_capped(supplier):
    with pytest.raises(PlanError) as e:
        edits.with_reservation(supplier, supplier.aspiration + 5)
    assert e.value.path == "reservation"
    assert e.value.reason == f"{supplier.aspiration + 5:.1f} is above your aspiration {supplier.aspiration:.1f}: " \
                             "raise the aspiration first"
    with pytest.raises(PlanError, match="below your reservation") as e:
        edits.with_aspiration(supplier, supplier.reservation - 1)
    assert e.value.path == "aspiration"
    assert edits.with_reservation(supplier, supplier.aspiration).reservation == supplier.aspiration  # equal is fine
