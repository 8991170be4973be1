"""What the room gives besides a pick (issue 22): answers with a learned trust, typed answers,
counter-offers, the rationality grid, the top-issue information of a set, the question planner."""

from __future__ import annotations

import numpy as np
import pytest
from test_inference import play, toy_plan, true_their

import meso_desk as md
from meso_desk.model.counterpart.evidence import statement_increments
from meso_desk.model.counterpart.inference import estimate_counterpart
from meso_desk.model.counterpart.prior import PRIOR, rationality_grid
from meso_desk.model.counterpart.questions import KINDS, candidate_questions, next_question
from meso_desk.model.edits.round_edits import record_choice, with_answer
from meso_desk.model.offers.information import top_information


def test_rationality_is_a_grid_around_the_default():
    est = estimate_counterpart(toy_plan())
    grid = set(np.round(0.2 * np.exp(rationality_grid(PRIOR)), 6))
    assert set(np.round(est.sample_betas(), 6)) == grid
    assert min(grid) == pytest.approx(0.1) and max(grid) == pytest.approx(0.4)


def test_answers_the_choices_contradict_lose_weight():
    """Their choices say Delivery matters most; they keep naming Incoterm (a decoy). The learned
    trust in their answers falls below the trust given, and Delivery stays their likeliest top."""
    plan = play(toy_plan(), true_their(toy_plan()), 20, seed=3)
    decoyed = plan
    for _ in range(4):
        decoyed = with_answer(decoyed.with_round(md.Round()), "most_important", "Incoterm")
    est = estimate_counterpart(decoyed)
    assert est.answer_trust < 0.4
    assert est.most_important == "Delivery"
    sincere = plan
    for _ in range(4):
        sincere = with_answer(sincere.with_round(md.Round()), "most_important", "Delivery")
    assert estimate_counterpart(sincere).answer_trust > 0.6


def test_repeated_consistent_answers_count_less_than_independent_ones():
    """A decoy repeats itself: the third identical answer adds less than the first."""
    first = statement_increments([(1, 0.5)], 4)
    third = statement_increments([(1, 0.5)] * 3, 4)
    assert first[1] - first[0] > third[1] - third[0] > 0


def test_typed_answers_move_the_estimate():
    plan = toy_plan()
    base = estimate_counterpart(plan)
    W0 = base.sample_weights_matrix(4000)
    over = estimate_counterpart(with_answer(plan, "pairwise", ("Payment", "Price"), trust=0.9))
    W1 = over.sample_weights_matrix(4000)
    names = list(plan.issue_names)
    i, j = names.index("Payment"), names.index("Price")
    assert (W1[:, i] > W1[:, j]).mean() > (W0[:, i] > W0[:, j]).mean() + 0.2
    liked = estimate_counterpart(with_answer(plan, "preferred_term", {"Incoterm": "FCA"}, trust=0.9))
    k = names.index("Incoterm")
    best0 = np.argmax(base.issue_sample_values(2000)[k], axis=0)
    best1 = np.argmax(liked.issue_sample_values(2000)[k], axis=0)
    assert (best1 == 1).mean() > (best0 == 1).mean() + 0.3


def test_a_one_term_counter_offer_names_the_issue_they_want_moved():
    """They picked a package and asked for the best delivery for them: delivery gains weight
    against the same pick without the counter-offer."""
    plan = toy_plan()
    pk = [{"Price": 150.0, "Delivery": 2, "Payment": 15, "Incoterm": "DDP"},
          {"Price": 120.0, "Delivery": 8, "Payment": 60, "Incoterm": "DDP"},
          {"Price": 180.0, "Delivery": 6, "Payment": 15, "Incoterm": "EXW"}]
    plain = estimate_counterpart(record_choice(plan, pk, 1))
    countered = estimate_counterpart(record_choice(plan, pk, 1, counter_offer={"Delivery": 12}))
    assert countered.weights["Delivery"] > plain.weights["Delivery"] + 0.05
    assert countered.n_observations == plain.n_observations + 1


def test_with_answer_records_on_the_latest_round_and_rejects_bad_input():
    plan = toy_plan()
    p1 = with_answer(plan, "most_important", "Price")
    assert len(p1.rounds) == 1 and p1.rounds[0].statement_issue == "Price"
    p2 = with_answer(p1, "pairwise", ("Delivery", "Price"))
    assert len(p2.rounds) == 1 and p2.rounds[0].issue_over == ("Delivery", "Price")
    assert p2.rounds[0].statement_issue == "Price"  # an answer of another kind stays
    p3 = with_answer(p2, "preferred_term", {"Delivery": 4}, trust=0.8)
    assert p3.rounds[0].preferred_term == {"Delivery": 4} and p3.rounds[0].statement_trust == 0.8
    assert md.Plan.model_validate_json(p3.model_dump_json()) == p3  # the new fields round-trip
    for kind, answer in (("most_important", "Colour"), ("pairwise", ("Price", "Price")),
                         ("preferred_term", {"Delivery": 99}), ("shout", "Price")):
        with pytest.raises(ValueError):
            with_answer(plan, kind, answer)


def test_top_information_matches_its_definition():
    rng = np.random.default_rng(0)
    vals = rng.normal(50, 10, size=(40, 5)).astype(np.float32)
    top = rng.integers(0, 3, size=40)
    sets = np.array([[0, 1, 2], [3, 4, 0]])
    got = top_information(vals, top, sets, 0.2)
    for v, s in enumerate(sets):
        u = 0.2 * vals[:, s]
        p = np.exp(u - u.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        joint = np.array([[p[top == t, c].sum() / 40 for c in range(3)] for t in range(3)])
        pt, pc = joint.sum(axis=1, keepdims=True), joint.sum(axis=0, keepdims=True)
        mi = np.nansum(joint * np.log2(joint / (pt * pc)))
        assert got[v] == pytest.approx(mi, abs=1e-4)
    same = np.array([[0, 0, 0]])
    assert top_information(vals, top, same, 0.2)[0] == pytest.approx(0.0, abs=1e-6)


def test_the_planner_proposes_one_question_with_why():
    plan = toy_plan()
    assert next_question(md.Plan(issues=plan.issues[:1], weights={"Price": 1.0})) is None
    played = play(plan, true_their(plan), 2, seed=1)
    qs = candidate_questions(played)
    assert {q.kind for q in qs} <= set(KINDS) and len(qs) >= 3
    assert [q.bits for q in qs] == sorted((q.bits for q in qs), reverse=True)
    q = next_question(played)
    assert q == qs[0] and q.text.endswith("?") and q.why
    pair = next(x for x in qs if x.kind == "pairwise")
    assert len(pair.options) == 2 and set(pair.options) <= set(plan.issue_names)
