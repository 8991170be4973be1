"""Contingent clauses in words: the card's sentence, the panel's short line, the debrief's outcome."""

from __future__ import annotations

import re

import pytest

import meso_desk as md
from meso_desk.model.contingent.clauses import LinearClause, StatesClause, ThresholdClause
from meso_desk.model.contingent.events import Event, Forecast
from meso_desk.model.contingent.sentences import (
    SHORT_LENGTH,
    clause_sentence,
    event_subject,
    outcome_sentence,
    short_clause,
)
from meso_desk.model.documents.cards import FORBIDDEN_WORDS


@pytest.fixture(scope="module")
def plan():
    return md.example_plan("contingent")


def on_time(**kw) -> Event:
    return Event(name="On-time delivery", unit="%", lower=0, upper=100, period="quarter",
                 ours=Forecast(low=84.3, likely=90.7, high=93.9, source="our goods receipts"),
                 theirs=Forecast(low=96.1, likely=97.7, high=99.3, source="their sales director"), **kw)


def steel() -> Event:
    return Event(name="Steel price index", unit="%", period="year",
                 ours=Forecast(low=-2.2, likely=4.4, high=10.6, source="our commodity desk"),
                 theirs=Forecast(low=-8.8, likely=-3.3, high=2.2, source="their quote letter"))


def failure() -> Event:
    return Event(name="Failure rate", unit="%", lower=0, upper=100, period="year",
                 ours=Forecast(low=0.6, likely=1.7, high=3.3), theirs=Forecast(low=0.2, likely=0.4, high=0.9))


def line() -> Event:
    return Event(name="New line", kind="states", states=("on time", "late", "cancelled"),
                 ours=Forecast(chances={"on time": 0.35, "late": 0.45, "cancelled": 0.2}),
                 theirs=Forecast(chances={"on time": 0.9, "late": 0.08, "cancelled": 0.02}))


def volume() -> Event:
    return Event(name="Call-off volume", unit="units", ours=Forecast(low=1500, likely=2100, high=2700))


BONUS = LinearClause(event="On-time delivery", when="below", pivot=95, per_unit=-2, relative=True, cap=10)
INDEX = LinearClause(event="Steel price index", when="both", pivot=0, per_unit=0.5, relative=True, cap=8)
GUARD = ThresholdClause(event="Failure rate", when="above", threshold=1, term=36)


# -- the card's sentence ------------------------------------------------------------------------
def test_linear_below_relative(plan):
    s = clause_sentence(BONUS, plan.issue("Unit price"), 212.0, on_time())
    assert s == ("If on-time delivery falls below 95 % in a quarter, the unit price for that quarter drops by 2 % "
                 "for each 1 % below that, at most 10 %.")


def test_linear_both_follows_the_index_and_against_it(plan):
    s = clause_sentence(INDEX, plan.issue("Unit price"), 214.0, steel())
    assert s == ("The unit price follows the steel price index: it moves by 0.5 % for each 1 % the steel price "
                 "index moves away from 0 % in a year, in the same direction, at most 8 % either way.")
    against = clause_sentence(INDEX.model_copy(update={"per_unit": -0.5, "cap": None}), plan.issue("Unit price"),
                              214.0, steel())
    assert "moves against the steel price index" in against and "in the opposite direction" in against
    assert "at most" not in against and "either way" not in against


def test_linear_above_rises_and_absolute_rates_use_the_issue_unit(plan):
    c = LinearClause(event="On-time delivery", when="above", pivot=97, per_unit=1.5, relative=False, cap=6)
    s = clause_sentence(c, plan.issue("Unit price"), 212.0, on_time())
    assert s == ("If on-time delivery rises above 97 % in a quarter, the unit price for that quarter rises by "
                 "EUR 1.50 for each 1 % above that, at most EUR 6.00.")
    weeks = LinearClause(event="On-time delivery", when="below", pivot=90, per_unit=-1, relative=False)
    assert "drops by 1 week for each 1 %" in clause_sentence(weeks, plan.issue("Delivery"), 6, on_time())


def test_small_rates_are_quoted_for_a_round_number_of_units(plan):
    c = LinearClause(event="Call-off volume", when="above", pivot=2000, per_unit=-0.002, relative=True, cap=5)
    s = clause_sentence(c, plan.issue("Unit price"), 212.0, volume())
    assert "drops by 0.2 % for each 100 units above that, at most 5 %" in s
    assert s.startswith("If the call-off volume rises above 2,000 units, the unit price drops")  # no period: no "in a"


def test_threshold_and_its_directions(plan):
    s = clause_sentence(GUARD, plan.issue("Warranty"), 24.0, failure())
    assert s == "If the failure rate exceeds 1 % in a year, the warranty is 36 months."
    below = ThresholdClause(event="On-time delivery", when="below", threshold=90, term="FCA")
    assert clause_sentence(below, plan.issue("Incoterm"), "DAP", on_time()) == (
        "If on-time delivery falls below 90 % in a quarter, the incoterm is FCA.")


def test_states_are_listed_in_the_event_order(plan):
    c = StatesClause(event="New line", terms={"cancelled": "EXW", "late": "FCA"})
    assert clause_sentence(c, plan.issue("Incoterm"), "DAP", line()) == (
        "If the new line is late, the incoterm is FCA; if it is cancelled, it is EXW.")


def test_event_subjects_take_an_article_only_when_they_read_as_a_noun():
    assert event_subject("On-time delivery") == "on-time delivery"
    assert event_subject("Failure rate") == "the failure rate"
    assert event_subject("EU tariff") == "the EU tariff"
    assert event_subject("The euro rate") == "the euro rate"


def test_sentences_never_carry_a_forecast_or_our_words(plan):
    """The forecasts above use numbers found nowhere else: none may reach a sentence, and
    changing the forecasts does not change a word."""
    cases = [(BONUS, "Unit price", 212.0, on_time()), (INDEX, "Unit price", 214.0, steel()),
             (GUARD, "Warranty", 24.0, failure()),
             (StatesClause(event="New line", terms={"late": "FCA"}), "Incoterm", "DAP", line())]
    for clause, issue, base, event in cases:
        s = clause_sentence(clause, plan.issue(issue), base, event)
        for f in (event.ours, event.theirs):
            if f.is_numeric:
                for x in (f.low, f.likely, f.high):
                    assert not re.search(rf"(?<![\d.]){re.escape(f'{x:g}')}(?![\d])", s), (x, s)
            else:
                for p in f.chances.values():
                    assert f"{100 * p:.0f} %" not in s
            if f.source:
                assert f.source not in s
        for w in FORBIDDEN_WORDS:
            assert not re.search(rf"\b{w}", s, re.IGNORECASE), (w, s)
        other = event.model_copy(update={"theirs": None})
        assert clause_sentence(clause, plan.issue(issue), base, other) == s


# -- the panel's short line ---------------------------------------------------------------------
def test_short_lines_fit_a_panel(plan):
    assert short_clause(BONUS, plan.issue("Unit price"), on_time()) == "−2 %/pt below 95 % on-time, ≤ 10 %"
    assert short_clause(GUARD, plan.issue("Warranty"), failure()) == "36 months if failure rate > 1 %"
    idx = short_clause(INDEX, plan.issue("Unit price"), steel())
    assert idx.startswith("±0.5 %/pt") and idx.endswith("vs 0 %, ≤ 8 %")
    up = LinearClause(event="On-time delivery", when="above", pivot=97, per_unit=1.5, relative=False)
    assert short_clause(up, plan.issue("Unit price"), on_time()).startswith("+EUR 1.50/pt above 97 %")
    states = short_clause(StatesClause(event="New line", terms={"late": "FCA"}), plan.issue("Incoterm"), line())
    assert states == "FCA if late"
    long = Event(name="Average on-time delivery rate across every plant of the group", unit="%",
                 ours=Forecast(low=80, likely=90, high=95))
    for clause, issue, event in ((BONUS, "Unit price", long), (INDEX, "Unit price", steel()),
                                 (GUARD, "Warranty", long)):
        assert len(short_clause(clause, plan.issue(issue), event)) <= SHORT_LENGTH


# -- the debrief's outcome ----------------------------------------------------------------------
def test_outcome_of_a_linear_clause_with_and_without_the_cap(plan):
    price = plan.issue("Unit price")
    assert outcome_sentence(BONUS, price, 212.0, on_time(), 91.0) == (
        "On-time delivery was 91 %: the unit price dropped by 8 % to EUR 195.04.")
    assert outcome_sentence(BONUS, price, 212.0, on_time(), 80.0) == (
        "On-time delivery was 80 %: the unit price dropped by 10 % (the most the clause allows) to EUR 190.80.")
    assert outcome_sentence(BONUS, price, 212.0, on_time(), 97.5) == (
        "On-time delivery was 97.5 %: the clause did not apply; the unit price stays EUR 212.00.")
    assert outcome_sentence(INDEX, price, 214.0, steel(), 3.0) == (
        "The steel price index was 3 %: the unit price rose by 1.5 % to EUR 217.21.")
    assert "dropped by 2.5 % to EUR 208.65" in outcome_sentence(INDEX, price, 214.0, steel(), -5.0)


def test_outcome_of_a_threshold_and_of_states(plan):
    assert outcome_sentence(GUARD, plan.issue("Warranty"), 24.0, failure(), 1.4) == (
        "The failure rate was 1.4 %: the warranty is 36 months instead of 24 months.")
    assert outcome_sentence(GUARD, plan.issue("Warranty"), 24.0, failure(), 0.5) == (
        "The failure rate was 0.5 %: the clause did not apply; the warranty stays 24 months.")
    c = StatesClause(event="New line", terms={"late": "FCA"})
    assert outcome_sentence(c, plan.issue("Incoterm"), "DAP", line(), "late") == (
        "The new line was late: the incoterm is FCA instead of DAP.")
    assert outcome_sentence(c, plan.issue("Incoterm"), "DAP", line(), "on time") == (
        "The new line was on time: the clause did not apply; the incoterm stays DAP.")
