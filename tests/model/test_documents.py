"""The Qt-free content of package cards and of the internal briefing (moved from the app tests)."""

from __future__ import annotations

import re
from datetime import date

import pytest

import meso_desk as md
from meso_desk.model.documents.briefing import briefing
from meso_desk.model.documents.cards import (
    PRESENTATION_LINE,
    CardError,
    card_set,
    default_packages,
    latest_meso_set,
    leak_warnings,
    letters,
    offerable_packages,
)
from meso_desk.model.edits.deal_edits import with_batna_package
from meso_desk.model.edits.round_edits import record_choice
from meso_desk.model.plan import MesoSet
from meso_desk.model.wording import join_words

FORBIDDEN = re.compile(r"\b(points?|scores?|weights?|reservation|batna|utility|utilities|priorit\w*|estimat\w*|"
                       r"aspiration)\b", re.IGNORECASE)


def three(plan):
    """Three hand-made, clearly different, acceptable packages of the supplier plan."""
    ideal = plan.package("Our ideal")
    return [ideal.replace(**{"Unit price": 215.0, "Delivery": 6.0, "Warranty": 36.0}).named("Set A"),
            ideal.replace(**{"Unit price": 205.0, "Delivery": 8.0, "Incoterm": "DAP"}).named("Set B"),
            ideal.replace(**{"Unit price": 222.0, "Payment term": 45.0}).named("Set C")]


def with_set(plan, pkgs, name="Set 1", level=None):
    for p in pkgs:
        plan = plan.with_package(p.to_stored())
    return plan.replace(meso_sets=(*plan.meso_sets, MesoSet(name=name, level=level, packages=tuple(p.name for p in pkgs))))


def test_letters_and_words():
    assert letters(3) == ["A", "B", "C"]
    assert letters(28)[-3:] == ["Z", "AA", "AB"]
    assert join_words(["B"]) == "B"
    assert join_words(["B", "C"]) == "B and C"
    assert join_words(["B", "C", "D"]) == "B, C and D"


def test_card_content_terms_in_plan_order_with_units(supplier):
    pk = three(supplier)
    cs = card_set(supplier, pk, valid_until=date(2026, 12, 31))
    assert [c.title for c in cs.cards] == ["Option A", "Option B", "Option C"]
    assert cs.issue_labels == tuple(supplier.issue_names)
    a = cs.cards[0]
    assert [t.text for t in a.terms] == ["Unit price: EUR 215.00", "Order volume: 1,200 units", "Delivery: 6 weeks",
                                         "Payment term: 75 days", "Warranty: 36 months", "Incoterm: DDP"]
    assert cs.cards[1].terms[5].text == "Incoterm: DAP"
    assert cs.our_organisation == "Halden Facilities GmbH"
    assert cs.to_line == "For Ergonord Seating AB"
    assert cs.valid_until_line == "Valid until 31 December 2026"
    assert cs.presentation == PRESENTATION_LINE
    assert a.companions_line == "Offered together with options B and C."
    assert cs.document_title == "Options for Ergonord Seating AB"


def test_differences_are_marked_per_issue(supplier):
    cs = card_set(supplier, three(supplier))
    differs = {t.label: t.differs for t in cs.cards[0].terms}
    # price and delivery differ on every card; order volume is the same on all three
    assert differs == {"Unit price": True, "Order volume": False, "Delivery": True, "Payment term": True,
                       "Warranty": True, "Incoterm": True}
    single = card_set(supplier, three(supplier)[:1])
    assert not any(t.differs for t in single.cards[0].terms)
    assert single.cards[0].companions_line == ""
    assert "any of these options" not in single.presentation


def test_cards_never_carry_our_numbers_or_package_names(supplier):
    pk = three(supplier)
    cs = card_set(supplier, pk, valid_until=date(2026, 12, 31))
    text = cs.text()
    assert not FORBIDDEN.search(text), FORBIDDEN.search(text)
    for p in pk:
        assert p.name not in text  # the planner's own labels stay private
    assert supplier.batna not in text and supplier.notes.splitlines()[0] not in text
    assert supplier.title not in text  # the working title is ours, not theirs


def test_descriptions_only_on_request(supplier):
    assert "Price per chair, before VAT" not in card_set(supplier, three(supplier)).text()
    cs = card_set(supplier, three(supplier), show_descriptions=True)
    assert cs.cards[0].terms[0].note == "Price per chair, before VAT"
    assert "Price per chair, before VAT" in cs.text()


def test_packages_that_may_not_be_offered_are_refused(supplier):
    with pytest.raises(CardError, match="hard limit"):
        card_set(supplier, ["Their opening quote"])
    low = supplier.package("Our ideal").replace(**{"Unit price": 246.0, "Delivery": 10.0, "Warranty": 12.0,
                                                  "Payment term": 15.0, "Incoterm": "FCA",
                                                  "Order volume": 3000.0})
    assert low.acceptable and md.score(supplier, low) < supplier.reservation
    with pytest.raises(CardError, match="below our reservation"):
        card_set(supplier, [low])
    with pytest.raises(CardError, match="no package called"):
        card_set(supplier, ["Nope"])
    with pytest.raises(CardError, match="no packages"):
        card_set(supplier, [])


def test_default_packages_latest_set_else_offerable(supplier):
    pk, what = default_packages(supplier)
    # the opening quote breaks a limit; the competing quote is our BATNA (issue 19)
    assert [p.name for p in pk] == ["Our ideal"]
    assert "left out" in what
    assert [p.name for p in offerable_packages(supplier)] == ["Our ideal"]
    plan = with_set(supplier, three(supplier))
    plan = plan.replace(meso_sets=(*plan.meso_sets, MesoSet(name="Set 2", packages=("Set C", "Set A"))))
    assert latest_meso_set(plan).name == "Set 2"
    pk, what = default_packages(plan)
    assert [p.name for p in pk] == ["Set C", "Set A"] and "Set 2" in what


def test_default_cards_leave_out_the_package_that_is_our_batna(supplier):
    """With the competing quote recorded as our BATNA, its package sits at the reservation and
    was printed as "Option A" by default: the other side would have seen our walk-away terms."""
    plan = with_batna_package(supplier, supplier.package("Competing quote (BATNA)").terms)
    assert [p.name for p in offerable_packages(plan)] == ["Our ideal"]
    pk, what = default_packages(plan)
    assert [p.name for p in pk] == ["Our ideal"] and "2 that may not be offered left out" in what


def test_briefing_carries_our_numbers_and_readings(supplier):
    pk = three(supplier)
    plan = with_set(supplier, pk, level=74.0)
    b = briefing(plan, [plan.package(p.name) for p in pk], prepared=date(2026, 11, 20))
    assert b.level == 74.0 and "Set 1" in b.level_source
    assert b.reservation == supplier.reservation
    pts = [round(md.score(plan, p), 1) for p in pk]
    assert [round(o.points, 1) for o in b.options] == pts
    text = b.text()
    assert b.internal_banner.startswith("INTERNAL")
    for p in pts:
        assert f"{p:.1f}" in text
    assert f"{supplier.reservation:.1f}" in text and "BATNA" in text
    # each option gives on a different issue; B gives on Delivery (8 weeks against 6 and 3)
    gives = [r.gives_on for r in b.readings]
    assert gives[1] == "Delivery" and len(set(gives)) == 3
    assert "If they choose B: Delivery probably matters more to them than" in text
    # concede the least important issue first
    w = [supplier.weights[c.issue] for c in b.concessions]
    assert w == sorted(w) and b.concessions[0].issue == "Order volume" and b.concessions[-1].issue == "Unit price"
    assert b.concessions[-1].never == "above EUR 248.00"
    assert "Which of these works best for you?" in b.questions
    assert "What would make B work for you?" in b.questions
    assert any("CFO" in x for x in b.level_ii)
    assert any("since 2019" in x for x in b.relationship)
    assert "No reactions recorded yet" in b.estimate_note and not b.estimate


def test_briefing_without_notes_asks_for_them(supplier):
    plan = supplier.replace(notes="Bring samples.", approvers=())  # the example's approvers: docs/approvals.md
    b = briefing(plan, three(plan))
    assert b.other_notes == ("Bring samples.",)
    assert "Plan Properties" in b.level_ii[0] and "Nothing noted" in b.relationship[0]


def test_briefing_shows_the_estimate_once_rounds_exist(supplier):
    pk = three(supplier)
    plan = record_choice(supplier, pk, 1)
    b = briefing(plan, pk)
    assert b.n_observations >= 1 and b.estimate
    assert sum(e.weight for e in b.estimate) == pytest.approx(1.0, abs=1e-6)
    assert all(e.low is not None and e.low <= e.weight <= e.high for e in b.estimate)
    assert all(o.their_value is not None for o in b.options)
    assert b.rounds and "they preferred Set B" in b.rounds[0]


def test_concession_at_the_end_of_the_range_says_so(supplier):
    ideal = supplier.package("Our ideal")
    pk = [ideal.replace(**{"Order volume": 3000.0, "Delivery": 5.0}), ideal.replace(**{"Order volume": 3000.0})]
    b = briefing(supplier, pk)
    vol = next(c for c in b.concessions if c.issue == "Order volume")
    assert vol.exhausted and "nothing left" in vol.step_cost
    price = next(c for c in b.concessions if c.issue == "Unit price")
    # one step of EUR 0.50 on the set's own 3,000 units, less the financing of 75 days at 6 %
    assert not price.exhausted and price.step_points > 0
    assert price.money == f"EUR {0.5 * 3000 * (1 - 0.06 * 75 / 365):,.0f} on 3,000 units" == "EUR 1,482 on 3,000 units"


def test_leak_warnings_check_the_text_the_user_typed(supplier):
    pk = three(supplier)
    clean = card_set(supplier, pk, subject="Office chairs 2027", show_descriptions=True)
    assert leak_warnings(supplier, clean, pk) == []
    s = md.score(supplier, pk[0])
    risky = card_set(supplier, pk, subject=f"Chairs — our reservation is low ({s:.1f})")
    w = leak_warnings(supplier, risky, pk)
    assert any("reservation" in x for x in w) and any(f"{s:.1f}" in x for x in w)
    plan = supplier.with_issue(0, supplier.issues[0].model_copy(update={"description": "weight 35.0 % to us"}))
    w = leak_warnings(plan, card_set(plan, [p.terms for p in pk], show_descriptions=True), pk)
    assert any("description of Unit price" in x for x in w)
