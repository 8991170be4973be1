"""Pairwise weight elicitation (issue 24): questions in the plan's terms, the region, conflicts."""

import numpy as np
import pytest

import meso_desk as md
from meso_desk.model.edits.weight_edits import apply_elicited_weights
from meso_desk.model.preferences.elicitation import (
    EQUAL_POINTS,
    MAX_QUESTIONS,
    MIN_SHARE,
    balancing_term,
    candidate_questions,
    start_elicitation,
)


@pytest.fixture(scope="module")
def supplier():
    return md.example_plan("supplier")


def _honest(true, q):
    s = float(np.dot(true, q.d))
    return "equal" if abs(s) <= EQUAL_POINTS else ("first" if s > 0 else "second")


def test_questions_differ_on_two_issues_in_the_plans_terms(supplier):
    qs = candidate_questions(tuple(supplier.issues))
    assert qs
    for q in qs[:50]:
        assert set(q.first) == set(q.second) == {q.better, q.worse}
        assert sum(1 for x in q.d if x != 0) == 2
        k = supplier.issue_names.index(q.better)
        assert q.d[k] > 0, "the first package is better on 'better'"
    price = next(q for q in qs if q.better == "Unit price" and q.worse == "Delivery")
    assert "Unit price EUR" in price.text and "weeks" in price.text and " — or " in price.text


def test_a_noiseless_buyer_gets_their_weights_back_within_3_points(supplier):
    true = np.array([0.33, 0.07, 0.22, 0.06, 0.22, 0.10])
    st = start_elicitation(supplier, band=0.10, seed=1, matching=False)
    asked = 0
    while not st.finished:
        q = st.next_question()
        assert q is not None
        # never a question whose answer is already implied: at least two answers are still possible
        s = st.sample @ np.asarray(q.d)
        shares = [np.mean(s > EQUAL_POINTS), np.mean(s < -EQUAL_POINTS), np.mean(np.abs(s) <= EQUAL_POINTS)]
        assert max(shares) <= 1 - MIN_SHARE
        st = st.answer(q, _honest(true, q))
        asked += 1
        assert not st.conflict
    assert asked <= MAX_QUESTIONS
    est = np.array(list(st.estimate.values()))
    assert est.sum() == pytest.approx(1.0)
    assert np.abs(est - true).max() <= 0.03
    lo, hi = np.array([st.bounds()[n] for n in supplier.issue_names]).T
    assert (lo <= true + 0.01).all() and (true <= hi + 0.01).all(), "the region holds the true weights"


def test_conflicting_answers_are_found_and_can_be_revised(supplier):
    st = start_elicitation(supplier, band=0.10)
    q = st.next_question()
    st = st.answer(q, "first")
    q2 = st.next_question()
    st = st.answer(q2, "equal")
    st = st.answer(q, "second")  # contradicts the first answer
    assert st.conflict == (0, 2)
    assert "cannot all be true" in st.conflict_text() and "Q1" in st.conflict_text()
    assert st.next_question() is None and not apply_elicited_weights(supplier, st).ok
    fixed = st.revise(2, "first")
    assert fixed.conflict == () and fixed.next_question() is not None


def test_applying_keeps_the_region_in_the_plan(supplier):
    st = start_elicitation(supplier, band=0.10)
    st = st.answer(st.next_question(), "equal")
    r = apply_elicited_weights(supplier, st)
    assert r.ok and r.plan.weight_region.source == "answers to 1 question"
    lo, hi = r.plan.weight_region.bounds(r.plan.weights)
    assert all(a <= r.plan.weights[n] <= b for n, a, b in zip(supplier.issue_names, lo, hi))
    with pytest.raises(ValueError):
        st.answer(st.next_question(), "maybe")


def test_the_dialogs_within_is_the_regions_widest_once_applied(supplier):
    """One figure for one idea: the session's "every weight within ± X" is the ± the "Unsure by
    ±" box shows after Apply (it was a 95 % deviation from the mean there and half the 95 %
    range here: ± 8.4 in the dialog, 8.5 in the box; from scratch 34.1 against 31.7)."""
    for band in (0.10, None):
        st = start_elicitation(supplier, band=band)
        for answer in ("first", "equal", "second", "equal"):
            st = st.answer(st.next_question(), answer)
            if st.conflict:
                break
        b = st.bounds()
        for name, half in st.uncertainty().items():
            assert half == pytest.approx((b[name][1] - b[name][0]) / 2.0)
        r = apply_elicited_weights(supplier, st)
        if r.ok:
            assert r.plan.weight_region.widest == pytest.approx(max(st.uncertainty().values()))


def test_a_buyer_who_names_terms_is_pinned_from_scratch_on_six_issues(supplier):
    true = np.array([0.30, 0.08, 0.25, 0.07, 0.20, 0.10])
    st = start_elicitation(supplier, band=None, seed=2)
    named = 0
    while not st.finished:
        q = st.next_question()
        assert q is not None
        x = balancing_term(st.issues, true, q)
        if x is None:
            st = st.answer(q, _honest(true, q))
        else:
            # the question is in the plan's terms, and its second package holds a term in range
            assert q.match == q.better and q.match_range[0] <= q.second[q.match] <= q.match_range[1]
            # never implied: the weights still possible would name terms further apart than one answer
            k = supplier.issue_names.index(q.match)
            terms = [balancing_term(st.issues, w, q) for w in st.sample[::10]]
            vals = np.array([supplier.issues[k].value(t) for t in terms if t is not None])
            spread = (np.quantile(vals, 0.95) - np.quantile(vals, 0.05)) * np.median(st.sample[:, k])
            assert spread > 2 * (EQUAL_POINTS + 0.6)
            st = st.answer_match(q, x)
            named += 1
            assert st.answers[-1].matched and st.answers[-1].question.second[q.match] == x
        assert not st.conflict
    assert named >= 3, "matching questions are asked where the plan allows them"
    est = np.array(list(st.estimate.values()))
    assert np.abs(est - true).sum() <= 0.06 and np.abs(est - true).max() <= 0.03


def test_a_named_term_is_checked_and_a_plain_question_has_none(supplier):
    st = start_elicitation(supplier, band=None, seed=2)
    q = st.next_question()
    assert q.match is not None
    lo, hi = q.match_range
    with pytest.raises(ValueError, match="name a term from"):
        st.answer_match(q, hi + 100.0)
    with pytest.raises(ValueError, match="name a term from"):
        st.answer_match(q, float("nan"))
    plain = candidate_questions(tuple(supplier.issues))[0]
    with pytest.raises(ValueError, match="no term to name"):
        st.answer_match(plain, lo)


def test_a_buyer_who_only_chooses_gets_plain_questions_after_two_matching_ones(supplier):
    st = start_elicitation(supplier, band=None, seed=2)
    for _ in range(2):
        q = st.next_question()
        assert q.match is not None
        st = st.answer(q, "first")
    assert not st.matching
    assert st.next_question().match is None


def test_no_matching_question_without_a_numeric_issue():
    plan = md.Plan(issues=[md.Issue.categorical("A", [("x", 0.0), ("y", 60.0), ("z", 100.0)]),
                           md.Issue.categorical("B", [("u", 0.0), ("v", 40.0), ("w", 100.0)]),
                           md.Issue.categorical("C", [("p", 0.0), ("q", 100.0)])])
    st = start_elicitation(plan, band=None)
    q = st.next_question()
    assert q is not None and q.match is None


def test_the_balancing_term_makes_the_two_packages_equal(supplier):
    st = start_elicitation(supplier, band=None, seed=2)
    q = st.next_question()
    w = np.array([0.30, 0.08, 0.25, 0.07, 0.20, 0.10])
    x = balancing_term(st.issues, w, q)
    assert x is not None and q.match_range[0] <= x <= q.match_range[1]
    k = supplier.issue_names.index(q.match)
    d = np.array(q.d)
    d[k] = supplier.issues[k].value(q.first[q.match]) - supplier.issues[k].value(x)
    assert abs(float(w @ d)) < 1e-3  # the first's advantage is zero with that term in the second
    # a buyer to whom the matching issue does not matter: no term of it makes up for the other
    w0 = w.copy()
    w0[k] = 0.0
    assert balancing_term(st.issues, w0 / w0.sum(), q) is None
    assert balancing_term(st.issues, w, candidate_questions(st.issues)[0]) is None  # a plain question


def test_a_named_term_that_conflicts_is_shown_as_such(supplier):
    """Starting near the plan's weights, naming the first package's own term for the second makes
    the second better on one issue and the same on the other: it cannot be worth the same, and
    the conflict says what was named."""
    st = start_elicitation(supplier, band=0.10, seed=0)
    q = st.next_question()
    assert q.match is not None
    st = st.answer_match(q, q.first[q.match])
    assert st.conflict == (0,) and st.next_question() is None
    # one answer alone: it conflicts with the band, not with "these answers" (there are no others)
    assert st.conflict_text().startswith("Q1 cannot be true for weights within the band you set (")
    assert q.text in st.conflict_text()  # the question as it was asked, not the one the term made
    revised = st.revise(0, "second")
    assert revised.conflict == ()  # choosing the second instead is consistent
    # ... and it answers the question as asked: the named term is taken back
    assert revised.answers[0].question == q and not revised.answers[0].matched
    # or another term is named for the same question
    x = balancing_term(st.issues, np.array(list(supplier.weights.values())), q)
    assert x is not None
    renamed = st.revise_match(0, x)
    assert renamed.answers[0].matched and renamed.answers[0].original == q
    assert renamed.answers[0].question.second[q.match] == pytest.approx(x) and renamed.conflict == ()


def test_the_session_names_the_least_sure_weight_when_it_stops_unpinned(supplier):
    true = np.array([0.30, 0.08, 0.25, 0.07, 0.20, 0.10])
    st = start_elicitation(supplier, band=None, seed=3, matching=False)
    q = st.next_question()
    assert st.closing_text(q) == "", "nothing to say while it still asks"
    while q is not None:
        st = st.answer(q, _honest(true, q))
        q = st.next_question()
    assert len(st.answers) == MAX_QUESTIONS and not st.pinned  # plain answers from scratch on six issues
    name, band = st.least_sure()
    assert band == max(st.uncertainty().values()) and st.uncertainty()[name] == band
    text = st.closing_text(None)
    assert "enough questions" in text and f"{name}'s (± {100 * band:.1f} points)" in text
    conflicted = st.answer(st.answers[0].question, "second" if st.answers[0].choice == "first" else "first")
    assert conflicted.conflict and conflicted.closing_text(None) == ""


def test_a_pinned_session_says_so():
    plan = md.Plan(issues=[md.Issue.numeric("Price", 100, 200, direction="lower"),
                           md.Issue.numeric("Weeks", 1, 11, direction="lower")])
    st = start_elicitation(plan, band=None, seed=0)
    true = np.array([0.7, 0.3])
    q = st.next_question()
    while q is not None:
        x = balancing_term(st.issues, true, q)
        st = st.answer_match(q, x) if x is not None else st.answer(q, _honest(true, q))
        q = st.next_question()
    assert st.pinned and st.closing_text(None) == "Done: your weights are pinned down."
