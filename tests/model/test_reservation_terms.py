"""Reservation and aspiration in the package's own terms (model/deal/reservation_terms.py)."""

from __future__ import annotations

import pytest

import meso_desk as md
from meso_desk.model.deal.reservation_terms import level_in_terms


@pytest.fixture
def quote(supplier):
    return dict(supplier.batna_package)


def test_the_quotes_own_level_is_its_own_price(supplier, quote):
    lv = level_in_terms(supplier, md.score(supplier, quote), quote, "the competing quote")
    assert lv.issue == "Unit price" and lv.reachable  # the weightiest money issue
    assert lv.high == quote["Unit price"] == 236.0 and lv.low == 180.0
    assert lv.text == "Unit price at most EUR 236.00, the other terms as in the competing quote."


def test_the_answer_brings_the_reference_to_the_level(supplier, quote):
    for level in (30.0, 41.7, 50.0, 60.0):
        lv = level_in_terms(supplier, level, quote, "the competing quote")
        at = md.score(supplier, {**quote, "Unit price": lv.high})
        assert at >= level - 1e-6
        step = supplier.issue("Unit price").step
        if lv.high + step <= supplier.issue("Unit price").hard_limit:
            assert md.score(supplier, {**quote, "Unit price": lv.high + step}) < level  # one step more is too much


def test_out_of_reach_says_so_plainly(supplier, quote):
    lv = level_in_terms(supplier, 95.0, quote, "the competing quote")
    assert not lv.reachable and lv.low is None
    assert lv.text.startswith("Out of reach on Unit price alone: even at EUR 180.00")


def test_the_hard_limit_bounds_the_answer(supplier, quote):
    lv = level_in_terms(supplier, 5.0, quote, "the competing quote")
    assert lv.high == 248.0 and "(your hard limit)" in lv.text


def test_a_higher_is_better_issue_reads_at_least(supplier, quote):
    lv = level_in_terms(supplier, 45.0, quote, "the competing quote", issue="Warranty")
    assert lv.text.startswith("Warranty at least") and lv.high == 48.0


def test_no_numeric_issue():
    plan = md.Plan(issues=(md.CategoricalIssue.categorical("Colour", [("red", 0), ("blue", 100)]),
                           md.CategoricalIssue.categorical("Size", [("S", 0), ("L", 100)])))
    lv = level_in_terms(plan, 50.0, {"Colour": "red", "Size": "L"}, "package X")
    assert not lv.reachable and "No price" in lv.text


def test_a_fine_step_over_a_wide_range_is_sampled_on_the_step():
    price = md.NumericIssue.numeric("Price", 0.0, 1000.0, 0.01, unit="EUR", direction="lower")
    other = md.NumericIssue.numeric("Days", 0.0, 60.0, 1.0, direction="higher")
    plan = md.Plan(issues=(price, other), weights={"Price": 0.5, "Days": 0.5}, currency="EUR")
    lv = level_in_terms(plan, 60.0, {"Price": 500.0, "Days": 30.0}, "package X")
    assert lv.reachable and lv.low == 0.0
    # ½·(100 − p/10) + ½·50 ≥ 60 ⇔ p ≤ 300: the sample (every 5th step) holds the answer to within 5 steps
    assert price.is_on_grid(lv.high) and 299.95 <= lv.high <= 300.0
    assert md.score(plan, {"Price": lv.high, "Days": 30.0}) >= 60.0 - 1e-6
