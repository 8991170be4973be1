"""A name put in the middle of a sentence (a question to ask, a clause in short, a clause's label):
English lowers only its first letter, and only where that cannot misspell it — never a whole name,
an acronym, a proper name or a German noun; German keeps every name as typed.

The plan is the sourcing example with long German issue names and a German event name
(``tests/data/big_plan.meso``): the questions once read "Which schulung für hausmeister und
facility-team suits you best?" and the clauses "… if termintreue > 90 %"."""

from __future__ import annotations

from pathlib import Path

import pytest

import meso_desk as md
from meso_desk.model.contingent.sentences import clause_sentence, short_clause
from meso_desk.model.counterpart.questions import candidate_questions
from meso_desk.model.language import in_sentence, lower_name, speaking
from meso_desk.model.offers.contingent_words import clause_label, clause_summary

BIG = Path(__file__).resolve().parents[1] / "data" / "big_plan.meso"
EVENT = "Termintreue je Quartal (gemessen am Wareneingang)"
PRICE = "Stückpreis je Bürostuhl, frei Empfangsstelle"
BONUS = "Ergonord 1 mit Bonus für Termintreue"


@pytest.fixture(scope="module")
def big() -> md.Plan:
    return md.load_plan(BIG)


@pytest.mark.parametrize(("name", "inside"), [
    ("Unit price", "unit price"),
    ("Delivery", "delivery"),
    ("X axis", "x axis"),
    ("The euro rate", "the euro rate"),
    ("Price of CO2", "price of CO2"),          # an acronym further in stays
    ("CFO approval", "CFO approval"),          # an acronym first
    ("EU tariff", "EU tariff"),
    ("iPhone volume", "iPhone volume"),
    ("CO2 price", "CO2 price"),
    ("Delivery to New York", "Delivery to New York"),  # a proper name further in
    ("Schulung für Hausmeister und Facility-Team", "Schulung für Hausmeister und Facility-Team"),
    (EVENT, EVENT),                            # German nouns further in
    ("Stückpreis", "Stückpreis"),              # German letters
    ("", ""),
])
def test_only_a_first_letter_that_cannot_misspell_the_name_is_lowered(name, inside):
    assert lower_name(name) == inside
    with speaking("en"):
        assert in_sentence(name) == inside
    with speaking("de"):
        assert in_sentence(name) == name  # German: always as typed


def test_questions_put_each_name_as_typed_in_english_and_german(big):
    for language in ("en", "de"):
        with speaking(language):
            questions = candidate_questions(big)
            asked = [q for q in questions if q.kind in ("pairwise", "preferred_term")]
            assert {q.kind for q in asked} == {"pairwise", "preferred_term"}
            for q in asked:
                for name in q.issues:
                    assert name in q.text, (language, q.text)
                    assert name in q.why, (language, q.why)
                assert q.text.lower() != q.text  # never a whole sentence in lower case


def test_the_supplier_examples_english_names_still_read_in_lower_case():
    plan = md.example_plan("supplier")
    with speaking("en"):
        pair = next(q for q in candidate_questions(plan) if q.kind == "pairwise")
    a, b = pair.issues
    assert f"{a[0].lower()}{a[1:]}" in pair.text and f"{b[0].lower()}{b[1:]}" in pair.text


def test_a_clause_keeps_the_events_and_issues_names(big):
    clause = big.package(BONUS).clauses[PRICE]
    event = big.event(EVENT)
    issue = big.issue(PRICE)
    for language in ("en", "de"):
        with speaking(language):
            short = short_clause(clause, issue, event)
            assert "termintreue" not in short and "Termintreue" in short, short
            assert EVENT in clause_sentence(clause, issue, issue.min, event)
            assert EVENT in clause_summary(big, PRICE, clause)
            assert "Termintreue" in clause_label(EVENT) and "termintreue" not in clause_label(EVENT)
    with speaking("en"):
        assert clause_label("On-time delivery") == "on-time clause"
        assert clause_label("EU tariff") == "EU clause"
