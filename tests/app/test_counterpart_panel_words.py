"""What the counterpart panel says in words, and the shared MESO-set naming (no widgets)."""

from __future__ import annotations

import pytest

import meso_desk as md
from meso_desk.app.widgets.counterpart.estimate_service import estimate_key, graded, sureness
from meso_desk.app.widgets.counterpart.round_history import reaction_words, round_summary, terms_list_html
from meso_desk.model.edits.round_edits import record_choice
from meso_desk.model.offers.information import SURE_ENOUGH, auto_purpose
from meso_desk.model.offers.meso_sets import with_meso_set
from meso_desk.model.plan import Round


def rnd(n=3, **kw) -> Round:
    return Round.model_validate({"offered": [{"label": chr(65 + k), "terms": {}} for k in range(n)], **kw})


@pytest.mark.parametrize("kw, words", [
    ({"ranking": [1]}, "Chose B"),
    ({"ranking": [2, 0]}, "Ranked C > A (B not ranked)"),
    ({"ranking": [2, 0, 1]}, "Ranked C > A > B"),
    ({"ranking": [], "outcome": "none_acceptable"}, "None of these acceptable"),
    ({"ranking": [1], "outcome": "none_acceptable"}, "None acceptable — liked B best"),
    ({"ranking": [1, 0], "outcome": "none_acceptable"}, "None acceptable — preferred B > A"),
    ({"ranking": [0], "outcome": "accepted", "accepted": 0}, "Accepted A"),
    ({"ranking": []}, "No preference stated"),
])
def test_reaction_words(kw, words):
    assert reaction_words(rnd(**kw)) == words


def test_round_summary_names_what_else_was_recorded():
    assert round_summary(rnd(ranking=[1])) == "chose B"
    assert round_summary(rnd(counter_offer={"x": 1.0})) == "counter-offer"
    assert round_summary(rnd(statement="price!")) == "statement"
    assert round_summary(rnd(notes="n")) == "notes"


def test_sureness_grades_by_how_clearly_one_issue_stands_out():
    names = ["a", "b", "c", "d"]
    w = dict.fromkeys(names, 0.25)
    iv = dict.fromkeys(names, (0.1, 0.4))
    head, detail = sureness(0, 0, dict.fromkeys(names, 0.25), w, iv, {})
    assert head.startswith("A guess") and "opposite of you" in detail
    head, detail = sureness(0, 0, dict.fromkeys(names, 0.25), w, iv, {"b": 2.0})
    assert "hunch" in detail and "b" in detail
    head, detail = sureness(4, 2, {"a": 0.8, "b": 0.1, "c": 0.05, "d": 0.05}, w, iv, {})
    detail = detail.replace("\u00a0", " ")  # non-breaking spaces keep "80 %" on one line
    assert head == "Fairly sure — 4 observations" and "a is probably their top issue (80 %)" in detail
    assert "±15 points" in detail
    head, detail = sureness(1, 1, {"a": 0.3, "b": 0.25, "c": 0.25, "d": 0.2}, w, iv, {})
    assert head == "Hardly more than a guess — 1 observation" and "No issue stands out" in detail


@pytest.mark.parametrize("p", [0.6, 0.65, 0.74, 0.749, 0.7496, 0.75, 0.8, 0.97])
def test_next_mesos_says_as_sure_as_the_headline(supplier, p):
    """One estimate, one grade: at 74 % the headline says "Taking shape", and Next MESOs' purpose
    (please from 60 %) said "fairly sure … (74 %)"; the words now come from the same grade."""
    names = list(supplier.issue_names)
    rest = (1.0 - p) / (len(names) - 1)
    top = {n: (p if k == 2 else rest) for k, n in enumerate(names)}
    weights = dict.fromkeys(names, 1.0 / len(names))
    grade, headline, _ = graded(3, 1, top, weights, dict.fromkeys(names, (0.1, 0.3)), {})

    class Estimate:  # what auto_purpose reads of an estimate
        is_prior = False
        top_issue = top

    offered = [{"label": "A", "terms": dict(supplier.packages[0].terms)}]
    played = supplier.replace(rounds=(Round.model_validate({"offered": offered, "ranking": [0]}),))
    purpose, why = auto_purpose(played, Estimate())
    assert purpose == "please" and p >= SURE_ENOUGH  # when to please them is unchanged
    assert f"{names[2]}" in why and f"({100 * p:.0f} %)" in why
    said = {"Fairly sure": "fairly sure", "Taking shape": "taking shape"}[headline.split(" — ")[0]]
    assert why.startswith(said)
    assert grade == ("fairly" if round(100 * p) >= 75 else "shape")  # graded as the number reads
    if grade != "fairly":
        assert "fairly" not in why


def test_estimate_key_follows_what_the_estimate_depends_on(supplier):
    same = supplier.replace(title="another title")
    assert estimate_key(same) == estimate_key(supplier)
    w = dict(supplier.weights)
    w["Delivery"] += 0.05
    assert estimate_key(supplier.with_weights(w)) != estimate_key(supplier)
    assert estimate_key(supplier.replace(counterpart_prior={"Delivery": 2.0})) != estimate_key(supplier)


def test_with_meso_set_names_packages_and_sets(supplier):
    pkgs = [dict(p) for p in md.generate_mesos(supplier, 3, 70.0)]
    p1, names1 = with_meso_set(supplier, pkgs, 70.0)
    assert names1 == ["A", "B", "C"] and p1.meso_sets[-1].name == "MESO 1"
    assert all(p1.stored_package(n).hold_value for n in names1)
    p2, names2 = with_meso_set(p1, pkgs, 71.0)
    assert names2 == ["A2", "B2", "C2"] and p2.meso_sets[-1].name == "MESO 2" and p2.meso_sets[-1].level == 71.0
    taken = p1.with_package(p1.stored_package("A").model_copy(update={"name": "A2"}))
    _, names3 = with_meso_set(taken, pkgs, 70.0)
    assert names3[0] == "A2′"


def test_terms_list_marks_the_preferred_package(supplier):
    plan = record_choice(supplier, ["Our ideal", "Competing quote (BATNA)"], 1)
    text = terms_list_html(plan, plan.rounds[-1])
    assert "<b>Competing quote (BATNA)</b> ★" in text and "EUR 236.00" in text
