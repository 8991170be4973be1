"""The edits of the deal phase (meso_desk.model.edits.deal_edits): the competing quote, reservation and
aspiration, their reservation, the agreement, the lessons."""

from __future__ import annotations

import json
from datetime import date

import pytest

import meso_desk as md
from meso_desk.model.deal import zopa
from meso_desk.model.edits import deal_edits as edits
from meso_desk.model.io.meso_file import plan_from_bytes, plan_to_bytes
from meso_desk.model.plan import Agreement


@pytest.fixture
def quoted(supplier):
    return edits.with_batna_package(supplier.replace(batna_package=None), supplier.package("Competing quote (BATNA)").terms,
                                    follow=True)


# -- BATNA and reservation ---------------------------------------------------------------------------
def test_batna_package_sets_the_reservation_exactly(quoted):
    batna = quoted.batna_package
    assert quoted.reservation_from_batna
    assert quoted.reservation == md.score(quoted, batna)  # exact, not rounded
    assert zopa.batna_value(quoted) == quoted.reservation


def test_reservation_follows_the_quote_through_every_edit(quoted):
    p = edits.with_batna_term(quoted, "Unit price", 220.0)
    assert p.reservation == md.score(p, p.batna_package) > quoted.reservation
    w = dict(p.weights)
    w["Unit price"], w["Delivery"] = w["Delivery"], w["Unit price"]
    q = p.with_weights(w)
    assert q.reservation == md.score(q, q.batna_package)
    assert q.reservation != p.reservation


def test_aspiration_rises_to_a_quote_worth_more(quoted):
    p = edits.with_batna_package(quoted, quoted.package("Our ideal").terms)
    assert p.reservation == pytest.approx(90.7594, abs=1e-3)
    assert p.aspiration == p.reservation


def test_manual_reservation_stops_following(quoted):
    p = edits.with_reservation(quoted, 50.0)
    assert not p.reservation_from_batna and p.reservation == 50.0
    p2 = edits.with_batna_term(p, "Unit price", 200.0)
    assert p2.reservation == 50.0  # set by hand: the quote no longer moves it
    back = edits.with_reservation_following(p2, True)
    assert back.reservation == md.score(back, back.batna_package)
    with pytest.raises(ValueError, match="aspiration"):
        edits.with_reservation(quoted, 95.0)
    with pytest.raises(ValueError, match="competing quote"):
        edits.with_reservation_following(quoted.replace(batna_package=None), True)


def test_removing_the_quote_keeps_the_reservation(quoted):
    p = edits.with_batna_package(quoted, None)
    assert p.batna_package is None and not p.reservation_from_batna
    assert p.reservation == quoted.reservation


def test_issue_rename_and_removal_carry_the_deal_fields(quoted):
    p = edits.with_agreement(quoted, quoted.package("Our ideal").terms, when=date(2026, 3, 1))
    renamed = p.with_issue(0, p.issues[0].model_copy(update={"name": "Price"}))
    assert renamed.batna_package["Price"] == 236.0 and "Unit price" not in renamed.batna_package
    assert renamed.agreement.terms["Price"] == 190.0
    removed = renamed.with_issue_removed("Warranty")
    assert "Warranty" not in removed.batna_package and "Warranty" not in removed.agreement.terms
    assert removed.reservation == md.score(removed, removed.batna_package)


def test_deal_fields_survive_the_file_and_old_files_still_load(quoted, tmp_path):
    p = edits.with_agreement(quoted, quoted.package("Our ideal").terms, when=date(2026, 3, 12), notes="signed",
                            source="package Our ideal")
    p = edits.with_their_reservation(edits.with_lessons(p, "Ask earlier."), 55.0, 8.0)
    p = edits.with_settlement_adopted(p, p.package("Their opening quote").terms)
    back = plan_from_bytes(plan_to_bytes(p))
    assert back == p
    assert back.agreement.before_post_settlement == quoted.package("Our ideal").terms
    # a file written before the deal phase existed (no deal keys at all) loads with the defaults
    data = json.loads(plan_to_bytes(md.example_plan("supplier")))
    for key in ("batna_package", "reservation_from_batna", "their_reservation", "their_reservation_uncertainty",
                "agreement", "lessons"):
        data.pop(key, None)
    old = plan_from_bytes(json.dumps(data).encode())
    assert old.agreement is None and old.batna_package is None and old.lessons == ""


def test_bad_deal_terms_are_refused(supplier):
    with pytest.raises(ValueError, match="competing quote"):
        supplier.replace(batna_package={"Unit price": 200.0})
    with pytest.raises(ValueError, match="agreement"):
        supplier.replace(agreement=Agreement(terms={"Unit price": 200.3}))


def test_agreement_edits(supplier):
    p = edits.with_agreement(supplier, supplier.package("Our ideal").terms, when=date(2026, 1, 2), source="x")
    assert p.agreement.date == date(2026, 1, 2) and p.agreement.source == "x"
    p2 = edits.with_agreement_term(p, "Delivery", 5.0)
    assert p2.agreement.terms["Delivery"] == 5.0 and p2.agreement.date == date(2026, 1, 2)
    p3 = edits.with_agreement_details(p2, when=None, notes="n")
    assert p3.agreement.date is None and p3.agreement.notes == "n"
    assert edits.without_agreement(p3).agreement is None
    with pytest.raises(ValueError):
        edits.with_agreement_term(supplier, "Delivery", 5.0)


def test_batna_description(supplier):
    p = edits.with_batna_description(supplier, "  NordSeat's quote: EUR 236  ")
    assert p.batna == "NordSeat's quote: EUR 236" and p.packages == supplier.packages
