"""Their constituencies: the schema, the edits, what the room says, talking points (docs/behind-the-table.md)."""

from __future__ import annotations

import json

import pytest

from meso_desk.model.counterpart.constituencies import (
    CONTRADICTED,
    belief,
    condition_text,
    meets,
    talking_points,
)
from meso_desk.model.edits.constituency_edits import (
    checked_constituency,
    with_confidence,
    with_constituencies,
    with_constituency_added,
    with_constituency_removed,
)
from meso_desk.model.edits.round_edits import record_choice
from meso_desk.model.examples import example_plan
from meso_desk.model.plan import Plan
from meso_desk.model.preferences.behind_the_table import Constituency

FINANCE = dict(party="finance team", issue="Payment term", kind="at_most", value=45, what="payment-term target",
               confidence=0.7)


@pytest.fixture
def plan() -> Plan:
    return with_constituencies(example_plan(), [FINANCE])


def terms(plan: Plan, **changes) -> dict:
    base = dict(plan.package("Our ideal").items())
    base.update({k.replace("_", " ").capitalize(): v for k, v in changes.items()})
    return base


def test_old_files_open_without_constituencies_and_new_ones_round_trip(plan):
    data = json.loads(example_plan().to_json())
    for k in ("their_constituencies", "goodwill", "relationship_weight"):
        data.pop(k)
    old = Plan.model_validate(data)
    assert old.their_constituencies == () and old.goodwill == {} and old.relationship_weight is None
    again = Plan.model_validate_json(plan.to_json())
    assert again.their_constituencies == plan.their_constituencies


def test_meets_reads_at_most_at_least_and_options(plan):
    c = plan.their_constituencies[0]
    assert meets(plan, c, terms(plan, payment_term=30)) is True
    assert meets(plan, c, terms(plan, payment_term=45)) is True
    assert meets(plan, c, terms(plan, payment_term=60)) is False
    floor = Constituency(party="production", issue="Delivery", kind="at_least", value=4)
    assert meets(plan, floor, terms(plan, delivery=3)) is False and meets(plan, floor, terms(plan, delivery=4))
    inco = Constituency(party="logistics", issue="Incoterm", kind="one_of", options=("EXW", "FCA"))
    assert meets(plan, inco, terms(plan, incoterm="FCA")) and meets(plan, inco, terms(plan, incoterm="DDP")) is False
    gone = Constituency(party="x", issue="Colour", kind="at_most", value=1)
    assert meets(plan, gone, terms(plan)) is None
    assert condition_text(plan, c) == "Payment term at most 45 days"


def test_edits_refuse_bad_rows_with_one_line(plan):
    with pytest.raises(ValueError, match="no issue called “Colour”"):
        checked_constituency(plan, dict(party="x", issue="Colour", value=1))
    with pytest.raises(ValueError, match="Incoterm has options"):
        checked_constituency(plan, dict(party="x", issue="Incoterm", value=1))
    with pytest.raises(ValueError, match="no option “CIF”"):
        checked_constituency(plan, dict(party="x", issue="Incoterm", kind="one_of", options=["CIF"]))
    with pytest.raises(ValueError, match="needs a value"):
        checked_constituency(plan, dict(party="x", issue="Delivery", kind="at_least"))
    two = with_constituency_added(plan, dict(party="sales director", issue="Unit price", kind="at_least", value=215))
    assert [c.party for c in two.their_constituencies] == ["finance team", "sales director"]
    assert [c.party for c in with_constituency_removed(two, 0).their_constituencies] == ["sales director"]
    with pytest.raises(ValueError, match="no constituency 5"):
        with_constituency_removed(two, 4)
    assert with_confidence(plan, 0, 0.2).their_constituencies[0].confidence == 0.2


def test_an_accepted_package_that_breaks_the_limit_lowers_the_confidence_and_says_why(plan):
    assert not belief(plan, plan.their_constituencies[0]).changed
    offered = [terms(plan, payment_term=75), terms(plan, payment_term=30)]
    after = record_choice(plan, offered, 0, outcome="accepted")
    b = belief(after, after.their_constituencies[0])
    assert b.confidence == pytest.approx(0.7 * CONTRADICTED)
    assert "round 1: they accepted option A" in b.reasons[0] and "Payment term at most 45 days" in b.reasons[0]
    assert "70 % → 24 %" in b.summary
    # the stored belief is the user's; nothing is written back silently
    assert after.their_constituencies[0].confidence == 0.7


def test_refusing_only_offers_that_break_it_supports_the_belief(plan):
    offered = [terms(plan, payment_term=75), terms(plan, payment_term=60)]
    after = record_choice(plan, offered, None)
    b = belief(after, after.their_constituencies[0])
    assert b.confidence > 0.7 and "refused every option" in b.reasons[0]
    mixed = record_choice(plan, [terms(plan, payment_term=75), terms(plan, payment_term=30)], None)
    assert not belief(mixed, mixed.their_constituencies[0]).changed


def test_a_counter_offer_that_breaks_it_contradicts_it(plan):
    after = record_choice(plan, [terms(plan)], 0, counter_offer={"Payment term": 90})
    b = belief(after, after.their_constituencies[0])
    assert b.confidence < 0.7 and "they proposed Payment term 90 days, which breaks it" in b.reasons[0]


def test_talking_points_name_met_conditions_in_neutral_words(plan):
    pts = talking_points(plan, terms(plan, payment_term=30))
    assert pts[0] == "Payment term: 30 days meets your finance team's payment-term target."
    assert not any("finance" in p for p in talking_points(plan, terms(plan, payment_term=60)))


def test_a_contradicted_constituency_gives_no_talking_point(plan):
    offered = [terms(plan, payment_term=75), terms(plan, payment_term=30)]
    after = record_choice(record_choice(plan, offered, 0, outcome="accepted"), offered, 0, outcome="accepted")
    assert belief(after, after.their_constituencies[0]).confidence < 0.3
    assert not any("finance" in p for p in talking_points(after, terms(after, payment_term=30)))


def test_terms_best_for_them_among_the_options_are_named(plan):
    a, b = terms(plan, unit_price=240), terms(plan, unit_price=200)
    pts = talking_points(plan, a, others=[a, b])
    assert "Unit price: EUR 240.00 is the best of these options for you." in pts
    assert not any(p.startswith("Unit price") for p in talking_points(plan, b, others=[a, b]))


def test_talking_points_tell_nothing_of_their_estimated_weights(plan):
    """Under an estimate that puts Warranty first and Unit price last, the points are those of equal
    weights, in the plan's order: chosen and ordered by the estimated weights, the reverse told
    the supplier which issues we believe matter most to them. A contingent term gets no point."""
    from meso_desk.model.counterpart.their_values import TheirValues

    a = terms(plan, unit_price=240, warranty=12)
    b = terms(plan, unit_price=200, warranty=36)
    skewed = {n: 0.01 for n in plan.issue_names} | {"Warranty": 0.9}
    their = TheirValues.from_weights(plan, skewed)
    for card in (a, b):
        assert talking_points(plan, card, their=their, others=[a, b]) == talking_points(
            plan, card, their=TheirValues.opposed(plan), others=[a, b])
    pts = talking_points(plan, a, their=their, others=[a, b])
    assert pts[0].startswith("Unit price")  # the plan's first issue first, though "last" for them
    offers = example_plan("contingent")
    pkgs = [offers.package(n) for n in offers.meso_sets[-1].packages]
    for pkg in pkgs:
        said = {p.split(":")[0] for p in talking_points(offers, pkg, others=pkgs)}
        assert not said & set(pkg.clauses), pkg.name  # "EUR 230 is the best for you", cut by its clause
    # (without the rule the bonus card's Unit price was named: its base term is the highest offered)
    assert any(pkg.clauses for pkg in pkgs)


def test_the_briefing_lists_their_constituencies_and_the_relationship():
    from meso_desk.model.documents.briefing import briefing

    plan = example_plan()
    ideal = plan.package("Our ideal")
    b = briefing(plan, [ideal, ideal.replace(**{"Payment term": 45.0, "Unit price": 240.0})])
    assert "Their finance team: Payment term at most 60 days (payment-term target), 50 % — met by B." in b.level_ii
    assert "Their sales director: Unit price at least EUR 232.00 (discount limit), 60 % — met by B." in b.level_ii
    assert "The relationship is preferred." in b.relationship
    assert any(x.startswith("From option A: Payment term 60 days instead of 75 days costs us") for x in b.relationship)
