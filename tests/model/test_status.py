"""The one status rule (meso_desk.model.offers.status): a package against its target and the reservation."""

from __future__ import annotations

import pytest

import meso_desk as md
from meso_desk.model.offers.status import TARGET_TOLERANCE, below_reservation, package_status, target_level

BATNA = "Competing quote (BATNA)"


def aiming_at(plan: md.Plan, name: str, gap: float) -> md.Plan:
    """``plan`` with its aspiration ``gap`` points above package ``name``'s score."""
    return plan.replace(aspiration=round(plan.package(name).score + gap, 6))


@pytest.mark.parametrize("gap", [0.3, -0.3, 0.49, -0.49])
def test_within_the_tolerance_is_at_the_target_in_the_card_and_the_relation(supplier, gap):
    """The bug of issue 16: aspiration 0.3 above a package's score read "0.3 below target" in
    the status bar while its card said "At the target level". Both now say the same."""
    plan = aiming_at(supplier, "Our ideal", gap)
    st = package_status(plan, "Our ideal")
    assert st.status == "ok" and st.at_target
    assert st.text == "At the target level"
    assert st.relation == f"on target {plan.aspiration:.1f}"
    assert st.warnings == ()


def test_short_of_the_target_beyond_the_tolerance(supplier):
    plan = aiming_at(supplier, "Our ideal", 2.3)
    st = package_status(plan, "Our ideal")
    assert st.status == "short" and not st.at_target
    assert st.text == f"2.3 short of the target ({plan.aspiration:.1f})"
    assert st.relation == f"2.3 below target {plan.aspiration:.1f}"
    assert "acceptable, 2.3 short" in st.details


def test_above_the_target(supplier):
    st = package_status(supplier, "Our ideal")  # 90.8 against the aspiration 70
    assert st.status == "ok" and st.text == "20.8 above the target"
    assert st.relation == "20.8 above target 70.0"


def test_below_the_reservation_is_said_and_warned(supplier):
    plan = supplier.with_term(BATNA, "Warranty", 12.0)
    st = package_status(plan, BATNA)
    assert st.status == "below" and st.below_reservation
    assert st.text.startswith("Below reservation (41.7) by ")
    assert "never offer it" in st.details
    assert len(st.warnings) == 1 and st.warnings[0].startswith("Below reservation 41.7 by")
    assert below_reservation(plan, st.value)
    assert not below_reservation(plan, plan.reservation)  # on the line is not below


def test_unacceptable_names_the_issues_and_the_reservation(supplier):
    st = package_status(supplier, "Their opening quote")  # beyond the price's hard limit, 28.5 points
    assert st.status == "unacceptable"
    assert st.text == "Not acceptable: Unit price · below reservation"
    assert "beyond the hard limit EUR 248.00" in st.details and "below your reservation value" in st.details
    assert st.warnings[0].startswith("Unacceptable: ") and st.warnings[1].startswith("Below reservation")


def test_a_meso_set_level_is_the_target_of_its_packages(supplier):
    plan = supplier.replace(meso_sets=(md.MesoSet(name="MESO 1", level=90.5, packages=("Our ideal",)),))
    assert target_level(plan, "Our ideal") == 90.5
    assert target_level(plan, BATNA) == plan.aspiration
    st = package_status(plan, "Our ideal")
    assert st.target == 90.5 and st.text == "At the target level"  # 90.8 is within 0.5 of 90.5
    assert abs(st.value - st.target) < TARGET_TOLERANCE


def test_terms_a_package_or_a_name_give_the_same_status(supplier):
    by_name = package_status(supplier, BATNA)
    pkg = supplier.package(BATNA)
    assert package_status(supplier, pkg) == by_name
    terms = dict(supplier.stored_package(BATNA).terms)
    unnamed = package_status(supplier, terms)
    assert (unnamed.status, unnamed.text, unnamed.value) == (by_name.status, by_name.text, by_name.value)
    given = package_status(supplier, BATNA, value=80.0, target=80.2)
    assert given.status == "ok" and given.text == "At the target level"
