"""Contingent terms on the documents: the card's sentence (never a forecast), the INTERNAL
briefing's section (both forecasts, our spread, the bet) and the debrief (what the clause did)."""

from __future__ import annotations

import re
from datetime import date

import pytest

import meso_desk as md
from meso_desk.model.contingent.events import Event, Forecast
from meso_desk.model.contingent.sentences import clause_sentence
from meso_desk.model.deal.debrief import debrief, who_was_right
from meso_desk.model.documents.briefing import CONTINGENT_MARK, briefing
from meso_desk.model.documents.cards import FORBIDDEN_WORDS, card_set, leak_warnings, spread
from meso_desk.model.offers.contingent import bets, risk
from meso_desk.model.plan import Agreement

FORBIDDEN = re.compile(r"\b(points?|scores?|weights?|reservation|batna|utility|utilities|priorit\w*|estimat\w*|"
                       r"aspiration)\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def plan():
    return md.example_plan("contingent")


def contingent_packages(plan):
    return [plan.package(sp.name) for sp in plan.packages if sp.clauses]


def with_event(plan, name, **changes):
    return plan.replace(events=tuple(e.model_copy(update=changes) if e.name == name else e for e in plan.events))


def odd_forecasts(plan):
    """The plan with forecasts whose numbers and sources appear nowhere else (inside the events'
    bounds: a forecast beyond them is refused)."""
    events = []
    for k, e in enumerate(plan.events):
        lo, mid, hi = e.ours.low, e.ours.likely, e.ours.high
        events.append(e.model_copy(update={
            "ours": Forecast(low=lo + 0.37, likely=mid + 0.41, high=hi + 0.43, source=f"our secret desk {k}"),
            "theirs": Forecast(low=lo + 0.13, likely=mid + 0.17, high=hi + 0.19, source=f"their hint {k}")}))
    return plan.replace(events=tuple(events))


def number_in(x: float, text: str) -> bool:
    written = {f"{x:g}", f"{x:.1f}", f"{x:.2f}", f"{x:.2f}".rstrip("0").rstrip(".")}
    return any(re.search(rf"(?<![\d.]){re.escape(w)}(?!\d)", text) for w in written)


# -- cards --------------------------------------------------------------------------------------
def test_a_contingent_term_prints_its_base_term_and_the_sentence(plan):
    pkgs = contingent_packages(plan)
    assert len(pkgs) >= 2
    cs = card_set(plan, pkgs, allow_revealing=True)
    for card, p in zip(cs.cards, pkgs):
        for t in card.terms:
            issue = plan.issue(t.label)
            assert t.value == issue.format_term(p[t.label])  # the base term
            clause = p.clauses.get(t.label)
            if clause is None:
                assert t.condition == ""
            else:
                assert t.condition == clause_sentence(clause, issue, p[t.label], plan.event(clause.event))
                assert t.condition.startswith(("If ", "The ")) and t.condition.endswith(".")
                lines = cs.lines(card)
                assert lines[lines.index(t.text) + 1] == t.condition  # printed right under the term


def test_a_clause_alone_marks_the_term_as_differing(plan):
    fixed = plan.package("Fixed price") if "Fixed price" in plan.package_names else None
    bonus = next(p for p in contingent_packages(plan) if "Unit price" in p.clauses)
    base = (fixed or bonus.with_clauses(None)).replace(**{"Unit price": bonus["Unit price"]}).named("Same price")
    cs = card_set(plan, [base, bonus], allow_revealing=True, check=False)
    price = [next(t for t in c.terms if t.label == "Unit price") for c in cs.cards]
    assert price[0].value == price[1].value
    assert price[0].differs and price[1].differs
    assert price[0].condition == "" and price[1].condition


def test_cards_never_carry_a_forecast(plan):
    """Cards of the contingent packages under forecasts with numbers and sources found nowhere
    else: not one of them, nor our words, reaches the cards; and the cards read the same
    whatever the forecasts say."""
    odd = odd_forecasts(plan)
    names = [p.name for p in contingent_packages(plan)]
    cs = card_set(odd, names, allow_revealing=True, check=False)
    text = cs.text()
    assert any(t.condition for c in cs.cards for t in c.terms)
    for e in odd.events:
        for f in (e.ours, e.theirs):
            for x in (f.low, f.likely, f.high):
                assert not number_in(x, text), (x, e.name)
            assert f.source not in text
    assert FORBIDDEN.search(text) is None
    for w in FORBIDDEN_WORDS:
        assert w.lower() not in text.lower()
    assert card_set(plan, names, allow_revealing=True, check=False).text() == text
    assert leak_warnings(odd, cs, [odd.package(n) for n in names]) == []


def test_leak_warnings_catch_our_words_in_an_event_name(plan):
    bonus = next(p for p in contingent_packages(plan) if "Unit price" in p.clauses)
    ev = bonus.clauses["Unit price"].event
    bad = with_event(plan, ev, unit="score points")
    pk = bad.package(bonus.name)
    cs = card_set(bad, [pk], allow_revealing=True, check=False)
    assert any("the condition on Unit price says" in w for w in leak_warnings(bad, cs, [pk]))


def test_the_equal_value_spread_uses_expected_values(plan):
    pkgs = contingent_packages(plan)
    points = [p.score for p in pkgs]
    assert spread(plan, pkgs) == pytest.approx(max(points) - min(points))
    bonus = next(p for p in pkgs if "Unit price" in p.clauses)
    assert bonus.score != pytest.approx(bonus.with_clauses(None).score)  # the clause counts


# -- briefing -----------------------------------------------------------------------------------
def test_briefing_has_a_contingent_section_with_both_forecasts_and_our_spread(plan):
    pkgs = contingent_packages(plan)
    b = briefing(plan, pkgs, prepared=date(2026, 12, 4))
    n_clauses = sum(len(p.clauses) for p in pkgs)
    assert len(b.contingent) == n_clauses
    text = b.text()
    assert "CONTINGENT TERMS" in text
    for letter, p in zip("ABCDEFG", pkgs):
        r = risk(plan, p)
        by_issue = {x.issue: x for x in bets(plan, p)}
        option = next(o for o in b.options if o.letter == letter)
        for issue in p.clauses:
            k = plan.issue_names.index(issue)
            assert option.terms[k].endswith(CONTINGENT_MARK)
            c = next(x for x in b.contingent if x.letter == letter and x.issue == issue)
            event = plan.event(p.clauses[issue].event)
            assert c.sentence == clause_sentence(p.clauses[issue], plan.issue(issue), p[issue], event)
            assert event.ours.describe(event.unit) in c.ours and event.ours.source in c.ours
            assert event.theirs.describe(event.unit) in c.theirs and event.theirs.source in c.theirs
            assert c.low <= c.expected + 1e-9 and c.expected <= c.high + 1e-9
            assert (c.low, c.high) == pytest.approx((r.points[0], r.points[2]))
            assert c.expected == pytest.approx(p.score)
            assert c.their_gain == pytest.approx(by_issue[issue].their_gain)
            assert c.our_gain == pytest.approx(by_issue[issue].our_gain)
            assert c.verification.startswith(f"Measured by: {event.measured_by}")
            assert c.sentence in text and c.spread_text in text


def test_briefing_warns_when_they_cannot_check_the_outcome(plan):
    bonus = next(p for p in contingent_packages(plan) if "Unit price" in p.clauses)
    ev = bonus.clauses["Unit price"].event
    hidden = with_event(plan, ev, observable_by_both=False)
    b = briefing(hidden, [hidden.package(bonus.name)], prepared=date(2026, 12, 4))
    (c,) = [x for x in b.contingent if x.issue == "Unit price"]
    assert not c.verifiable and c.warned
    assert "cannot check" in c.verification
    assert f"! {c.verification}" in b.text()


def test_briefing_of_fixed_packages_has_no_contingent_section(plan):
    fixed = [plan.package(sp.name) for sp in plan.packages if not sp.clauses][-2:]
    b = briefing(plan, fixed, prepared=date(2026, 12, 4))
    assert b.contingent == ()
    assert "CONTINGENT TERMS" not in b.text()
    assert not any(t.endswith(CONTINGENT_MARK) for o in b.options for t in o.terms)


# -- debrief ------------------------------------------------------------------------------------
def agreed(plan, package_name, **actuals):
    p = plan.package(package_name)
    for name, x in actuals.items():
        plan = with_event(plan, name, actual=x, actual_date=date(2027, 4, 1))
    return plan.replace(agreement=Agreement(terms=dict(p.terms), clauses=p.clauses, date=date(2026, 12, 10)))


def test_debrief_says_what_the_clause_did_and_who_was_right(plan):
    bonus = next(p for p in contingent_packages(plan) if "Unit price" in p.clauses)
    clause = bonus.clauses["Unit price"]
    event = plan.event(clause.event)
    assert clause.when == "below" and event.ours.likely < clause.pivot < event.theirs.likely
    x = float(event.ours.likely)  # we were right: the clause bites
    p2 = agreed(plan, bonus.name, **{event.name: x})
    d = debrief(p2, prepared=date(2027, 4, 10))
    (c,) = d.contingent
    assert c.resolved and c.closer == "ours"
    assert c.outcome.startswith(f"On-time delivery was {event.format_value(x)}: the unit price dropped by")
    assert "our 10–90 % range" in c.verdict and "held it" in c.verdict and "missed it" in c.verdict
    assert c.expected_points == pytest.approx(bonus.score) == pytest.approx(d.agreed_points)
    assert c.actual_points is not None and c.actual_points > bonus.with_clauses(None).score
    text = d.text()
    assert "CONTINGENT TERMS" in text and c.outcome in text and c.verdict in text


def test_debrief_when_they_were_right_the_clause_did_nothing(plan):
    bonus = next(p for p in contingent_packages(plan) if "Unit price" in p.clauses)
    event = plan.event(bonus.clauses["Unit price"].event)
    x = float(event.theirs.likely)
    d = debrief(agreed(plan, bonus.name, **{event.name: x}), prepared=date(2027, 4, 10))
    (c,) = d.contingent
    assert c.closer == "theirs" and c.verdict.startswith("Their forecast was closer")
    assert "the clause did not apply" in c.outcome
    assert c.term == plan.issue("Unit price").format_term(bonus["Unit price"])
    assert c.actual_points == pytest.approx(bonus.with_clauses(None).score)  # the base term applied


def test_debrief_of_an_open_event_shows_the_expectation(plan):
    guard = next(p for p in contingent_packages(plan) if "Warranty" in p.clauses)
    d = debrief(agreed(plan, guard.name), prepared=date(2027, 4, 10))
    (c,) = d.contingent
    assert not c.resolved and c.actual_points is None and c.closer == ""
    assert c.outcome.startswith("Not known yet")
    assert f"Expected at signing: {guard.score:.1f} points" in d.text()


def test_who_was_right_for_states():
    e = Event(name="New line", kind="states", states=("on time", "late"),
              ours=Forecast(chances={"on time": 0.3, "late": 0.7}),
              theirs=Forecast(chances={"on time": 0.9, "late": 0.1}), actual="late")
    closer, verdict = who_was_right(e)
    assert closer == "ours" and "70 %" in verdict and "10 %" in verdict
    assert who_was_right(e.model_copy(update={"actual": None})) == ("", "")
    assert who_was_right(e.model_copy(update={"actual": "on time"}))[0] == "theirs"
