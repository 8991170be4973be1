"""MESO sets: equal value, feasibility, difference, distinct concessions, determinism, errors."""

from __future__ import annotations

import itertools
import warnings

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from meso_plans import brute_force, small_plans, synthetic_plan

import meso_desk as md
from meso_desk.model.counterpart.their_values import TheirValues
from meso_desk.model.offers.concessions import (
    conceded_issues,
    conceded_points,
    concession_margins,
    coverage,
    issue_stakes,
    min_difference,
    noticeable_points,
)
from meso_desk.model.offers.meso import MesoError, MesoWarning, candidate_pool, generate_mesos, select_diverse
from meso_desk.model.offers.status import lowest_offer


def assert_valid_set(plan: md.Plan, ms, count: int, level: float) -> None:
    """Every rule of a MESO set, checked from the packages alone."""
    assert len(ms) == count
    assert ms.tolerance in (0.5, 1.0)
    assert ms.level == level
    n = len(plan.issues)
    for p in ms:
        assert isinstance(p, md.Package)
        s = md.score(plan, p)
        assert abs(s - level) <= ms.tolerance + 1e-9, (s, level)
        assert s >= lowest_offer(plan) - 1e-9  # never worth our reservation value (the cards' rule)
        assert p.acceptable, p.violations
    for a, b in itertools.combinations(ms, 2):
        assert len(a.differences(b)) >= min_difference(n)
    names = conceded_issues(plan, ms)
    assert names == ms.conceded
    assert len(set(names)) == count
    assert all(m > 0 for m in ms.margins)
    assert [p.name for p in ms] == list("ABCDE"[:count])
    assert np.allclose(ms.ours, [md.score(plan, p) for p in ms])


# -- properties on random plans -------------------------------------------------------------------
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=small_plans(min_issues=2, max_issues=5, fine=True), u=st.floats(0, 1),
       count=st.sampled_from([2, 3]))
def test_random_plans_give_a_valid_set_or_a_clear_error(plan, u, count):
    lo = max(plan.reservation, sum(float(np.min(v[a])) * w for v, a, w in
                                   zip(md.score_table(plan).values, md.score_table(plan).acceptable,
                                       md.score_table(plan).weights)))
    hi = sum(float(np.max(v[a])) * w for v, a, w in
             zip(md.score_table(plan).values, md.score_table(plan).acceptable, md.score_table(plan).weights))
    level = round(lo + u * max(hi - lo, 0.0), 3)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", MesoWarning)  # a level below the lowest offer moves up to it
            ms = generate_mesos(plan, count, level)
            again = generate_mesos(plan, count, level)
    except MesoError as e:
        msg = str(e)
        assert msg and "\n" not in msg
        return
    assert_valid_set(plan, ms, count, max(level, lowest_offer(plan)))
    assert [p.terms for p in again] == [p.terms for p in ms]


def _exists_valid_set(plan: md.Plan, level: float, count: int, tol: float) -> bool:
    """Brute force: is there any set of ``count`` acceptable packages within ``tol`` of the
    level, pairwise different enough, each with a distinct concession?"""
    rows, ours = brute_force(plan)
    ok = (np.abs(ours - level) <= tol + 1e-9) & (ours >= lowest_offer(plan) + 1e-9)
    rows = rows[ok]
    if len(rows) < count or len(rows) > 120:
        return len(rows) > 120  # too many to check here: assume yes
    n = rows.shape[1]
    combos = np.array(list(itertools.combinations(range(len(rows)), count)))
    iu, ju = np.triu_indices(count, 1)
    diff = (rows[combos[:, iu]] != rows[combos[:, ju]]).sum(axis=2).min(axis=1)
    combos = combos[diff >= min_difference(n)]
    if not len(combos):
        return False
    _, margin = concession_margins(conceded_points(plan, rows)[combos])
    return bool((margin.min(axis=1) > 1e-6).any())


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=small_plans(min_issues=2, max_issues=4, max_terms=5), u=st.floats(0, 1))
def test_a_set_is_found_whenever_one_exists(plan, u):
    """Completeness on small plans: MesoError only when brute force finds no valid set."""
    rows, ours = brute_force(plan)
    ok = ours >= plan.reservation
    if not ok.any():
        return
    level = round(float(plan.reservation + u * (ours.max() - plan.reservation)), 3)
    count = 2
    used = max(level, lowest_offer(plan))  # a level below the lowest offer is moved up to it
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", MesoWarning)
            ms = generate_mesos(plan, count, level)
    except MesoError:
        assert not _exists_valid_set(plan, used, count, 1.0)
        return
    assert ms.requested_level == level
    assert_valid_set(plan, ms, count, used)
    if ms.tolerance == 1.0:
        assert not _exists_valid_set(plan, used, count, 0.5)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=small_plans(min_issues=3, max_issues=4, max_terms=5), u=st.floats(0, 1))
def test_a_level_without_a_set_names_the_nearest_level_that_has_one(plan, u):
    """"No set at 70" is only half an answer: the message names the nearest level with a set
    (and that level does give one), or says that none is near."""
    import re

    rows, ours = brute_force(plan)
    if not (ours >= plan.reservation).any():
        return
    level = round(float(plan.reservation + u * (ours.max() - plan.reservation)), 3)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", MesoWarning)  # a level below the lowest offer moves up to it
            generate_mesos(plan, 3, level)
    except MesoError as e:
        msg = str(e)
        if "issue" in msg and "level" not in msg:
            return  # a structural reason (too few movable issues), not the level
        m = re.search(r"the nearest level with a set of 3 is about (-?[0-9.]+)", msg)
        if m is None:
            assert "no level within 30 points has a set of 3" in msg, msg
            return
        alt = float(m.group(1))
        assert abs(alt - level) > 0.5
        assert_valid_set(plan, generate_mesos(plan, 3, alt), 3, alt)


def test_the_nearest_level_hint_on_a_small_discrete_case():
    import re

    plan = synthetic_plan(4, 3, seed=1, aspiration=70.0, reservation=0.0)
    rows, ours = brute_force(plan)
    free = [lv for lv in np.arange(30.0, 95.0, 0.5) if not (np.abs(ours - lv) <= 1.0).any()]
    assert free, "the fixture should have gaps between its package values"
    with pytest.raises(MesoError, match=r"nearest level with a set of 3 is about") as e:
        generate_mesos(plan, 3, free[len(free) // 2])
    msg = str(e.value)
    assert "\n" not in msg
    alt = float(re.search(r"about (-?[0-9.]+)", msg).group(1))
    assert_valid_set(plan, generate_mesos(plan, 3, alt), 3, alt)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10_000), n=st.integers(3, 8), level=st.sampled_from([55.0, 65.0, 75.0]))
def test_synthetic_plans_with_limits(seed, n, level):
    plan = synthetic_plan(n, 6, seed, numeric_every=2, unacceptable=True, reservation=40.0)
    try:
        ms = generate_mesos(plan, 3, level)
    except MesoError as e:
        assert "\n" not in str(e)
        return
    assert_valid_set(plan, ms, 3, level)


# -- the examples and the definitions ---------------------------------------------------------------
@pytest.mark.parametrize("name", ["supplier", "hiring"])
def test_examples_at_aspiration(name):
    plan = md.example_plan(name)
    ms = generate_mesos(plan)
    assert_valid_set(plan, ms, 3, plan.aspiration)
    assert ms.tolerance == 0.5
    assert ms.their_label == "opposed-interests prior"


def test_fine_steps_are_refined_close_to_the_level():
    plan = md.example_plan("supplier")  # unit price on a 0.50 step: searched coarse, refined
    for level in (60.0, 70.0, 80.0):
        ms = generate_mesos(plan, level=level)
        assert_valid_set(plan, ms, 3, level)
        assert max(abs(o - level) for o in ms.ours) <= 0.25


def test_prefers_packages_near_the_frontier_under_the_prior():
    plan = synthetic_plan(8, 7, seed=11)
    ms = generate_mesos(plan)
    pool = candidate_pool(plan, plan.aspiration)
    assert np.mean(ms.gaps) < np.median(pool.gap)


@pytest.mark.parametrize(("name", "levels"), [("supplier", (60.0, 70.0, 80.0)), ("hiring", (55.0, 65.0, 75.0))])
def test_balanced_sets_give_noticeably_on_the_issue_that_matters_most(name, levels):
    """Before any round the default set varies on our heaviest issue: one package gives there
    noticeably (and takes elsewhere), while one package stays on the frontier of the prior."""
    plan = md.example_plan(name)
    stakes = issue_stakes(plan)
    top = plan.issue_names[int(np.argmax(stakes))]
    for level in levels:
        ms = generate_mesos(plan, level=level)
        assert_valid_set(plan, ms, 3, level)
        assert top in ms.conceded, (level, ms.conceded)
        k = ms.conceded.index(top)
        assert ms.margins[k] >= noticeable_points(plan, level)[plan.issue_names.index(top)] - 1e-9
        assert min(ms.gaps) <= 1.0  # near-efficient: the best package for them is (almost) on the frontier
        eff = generate_mesos(plan, level=level, strategy="efficient")
        assert np.mean(eff.gaps) <= np.mean(ms.gaps) + 1e-9  # `efficient` stays the pure-efficiency choice
        assert np.mean(ms.gaps) <= 6.0


def test_supplier_set_varies_on_price():
    """The supplier example: one package asks a noticeably higher unit price than the others."""
    plan = md.example_plan("supplier")
    ms = generate_mesos(plan)
    prices = sorted(p["Unit price"] for p in ms)
    assert prices[-1] - prices[0] >= 10.0  # EUR per chair, our best is 180
    assert ms.conceded[0] == "Unit price"


def test_balanced_covers_the_heaviest_issue_and_stays_near_efficient():
    """Over a panel of synthetic plans and levels: the heaviest issue is among the set's
    concessions and its most efficient package is near the frontier of the prior, nearly
    always; the set as a whole leaves less on the table than a typical candidate."""
    covered, near, rows = [], [], 0
    for seed in range(8):
        for plan in (synthetic_plan(8, 7, seed), synthetic_plan(6, 6, seed, numeric_every=2)):
            top = plan.issue_names[int(np.argmax(issue_stakes(plan)))]
            for level in (60.0, 70.0, 80.0):
                try:
                    ms = generate_mesos(plan, 3, level)
                except MesoError:
                    continue
                rows += 1
                covered.append(top in ms.conceded)
                near.append(min(ms.gaps) <= 1.5)
                pool = candidate_pool(plan, level, tolerance=ms.tolerance)
                assert np.mean(ms.gaps) <= np.median(pool.gap) + 1e-9
    assert rows >= 40
    assert np.mean(covered) >= 0.9
    assert np.mean(near) >= 0.9


def test_coverage_definition():
    stakes = np.array([30.0, 12.0, 13.0, 8.0])
    notice = np.array([7.5, 3.0, 3.0, 2.0])
    # concessions on the three heaviest issues, each noticeable: full coverage
    assert coverage(stakes, notice, np.array([[0, 1, 2]]), np.array([[8.0, 3.0, 5.0]]))[0] == pytest.approx(1.0)
    # never giving on the heaviest issue covers less
    low = coverage(stakes, notice, np.array([[1, 2, 3]]), np.array([[8.0, 3.0, 5.0]]))[0]
    assert low == pytest.approx((12 + 13 + 8) / 55)
    # a barely-there concession on it counts in proportion
    half = coverage(stakes, notice, np.array([[0, 1, 2]]), np.array([[3.75, 3.0, 5.0]]))[0]
    assert half == pytest.approx((15 + 12 + 13) / 55)
    # partial sets are measured against the full set's size
    assert coverage(stakes, notice, np.array([[0]]), np.array([[9.0]]), count=3)[0] == pytest.approx(30 / 55)


def test_deterministic_and_seeds_give_other_valid_sets():
    plan = synthetic_plan(6, 6, seed=2)
    a = generate_mesos(plan)
    b = generate_mesos(plan)
    assert [p.terms for p in a] == [p.terms for p in b]
    others = [generate_mesos(plan, seed=s) for s in (1, 2, 3)]
    for o in others:
        assert_valid_set(plan, o, 3, plan.aspiration)
    assert any([p.terms for p in o] != [p.terms for p in a] for o in others)


@pytest.mark.parametrize("strategy", ["balanced", "efficient", "diverse"])
def test_strategies(strategy):
    plan = md.example_plan("supplier")
    ms = generate_mesos(plan, strategy=strategy)
    assert_valid_set(plan, ms, 3, plan.aspiration)


def test_efficient_strategy_leaves_less_on_the_table_than_diverse():
    plan = md.example_plan("supplier")
    eff = generate_mesos(plan, strategy="efficient")
    div = generate_mesos(plan, strategy="diverse")
    assert np.mean(eff.gaps) <= np.mean(div.gaps)


def test_counts_two_to_five_and_a_warning_above_three():
    plan = synthetic_plan(8, 7, seed=1)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert_valid_set(plan, generate_mesos(plan, 2), 2, plan.aspiration)
        assert_valid_set(plan, generate_mesos(plan, 3), 3, plan.aspiration)
    for count in (4, 5):
        with pytest.warns(MesoWarning, match="overload"):
            ms = generate_mesos(plan, count)
        assert_valid_set(plan, ms, count, plan.aspiration)


def test_a_level_below_the_lowest_offer_is_moved_up_to_it_and_the_result_says_so():
    """Between the reservation (41.7) and the lowest offer (42.2) the set was made at the floor
    while ``level`` still said the level asked for, without a word. The result carries the level
    used, the level asked for, and a MesoWarning says it moved."""
    plan = md.example_plan("supplier")
    lowest = lowest_offer(plan)
    for asked, words in ((41.9, "level 41.9 is within 0.5 point of your reservation value 41.7"),
                         (41.0, "level 41 is below your reservation value 41.7")):
        with pytest.warns(MesoWarning, match="the set is made at 42.2 instead") as caught:
            ms = generate_mesos(plan, 3, asked)
        assert words in str(caught[0].message)
        assert ms.level == lowest and ms.requested_level == asked
        assert_valid_set(plan, ms, 3, lowest)
    with warnings.catch_warnings():  # at the lowest offer, or above it, nothing moves and nothing is said
        warnings.simplefilter("error")
        for asked in (lowest, 45.0):
            ms = generate_mesos(plan, 3, asked)
            assert ms.level == ms.requested_level == asked


@pytest.mark.parametrize("count", [0, 1, 6, 2.5, True])
def test_bad_counts(count):
    with pytest.raises(MesoError, match="package"):
        generate_mesos(md.example_plan("supplier"), count)


def test_too_few_issues():
    one = synthetic_plan(1, 5)
    with pytest.raises(MesoError, match="at least two issues"):
        generate_mesos(one, 2, 60)
    two = synthetic_plan(2, 5)
    with pytest.raises(MesoError, match="only 2 issues"):
        generate_mesos(two, 3, 60)


def test_issues_with_one_acceptable_term_cannot_concede():
    plan = synthetic_plan(3, 4, seed=1)
    issues = list(plan.issues)
    opts = [o.model_copy(update={"acceptable": k == 0}) for k, o in enumerate(issues[0].options)]
    issues[0] = issues[0].model_copy(update={"options": tuple(opts)})
    plan = plan.replace(issues=tuple(issues))
    with pytest.raises(MesoError, match="more than one acceptable term"):
        generate_mesos(plan, 3, 50)


def test_unreachable_levels_name_the_reachable_range():
    plan = md.example_plan("supplier")
    with pytest.raises(MesoError, match="below the reservation"):
        generate_mesos(plan, level=20)
    plan = synthetic_plan(4, 3, seed=9, reservation=0.0)
    t = md.score_table(plan)
    best = float(sum(v.max() * w for v, w in zip(t.values, t.weights)))
    with pytest.raises(MesoError, match=r"out of reach.*reachable"):
        generate_mesos(plan, 2, min(100.0, best + 5))
    with pytest.raises(MesoError, match="between 0 and 100"):
        generate_mesos(plan, 2, 120)


def test_a_gap_in_reachable_values_names_the_nearest_levels():
    # two categorical issues with values far apart: 0, 50 or 100 points only
    plan = md.Plan(issues=(md.CategoricalIssue(name="A", options=[("lo", 0.0), ("hi", 100.0)]),
                           md.CategoricalIssue(name="B", options=[("lo", 0.0), ("hi", 100.0)])),
                   weights={"A": 1, "B": 1}, reservation=0, aspiration=75)
    with pytest.raises(MesoError, match=r"nearest reachable levels are 50\.0 and 100\.0"):
        generate_mesos(plan, 2)
    ms = generate_mesos(plan, 2, 50)  # A gives on one issue, B on the other
    assert_valid_set(plan, ms, 2, 50.0)
    assert set(ms.conceded) == {"A", "B"}


def test_no_diverse_set_at_a_level_suggests_another():
    plan = synthetic_plan(5, 4, seed=3)
    t = md.score_table(plan)
    best = float(sum(v.max() * w for v, w in zip(t.values, t.weights)))
    with pytest.raises(MesoError) as err:
        generate_mesos(plan, 3, best)  # only the ideal package is worth that much
    assert "\n" not in str(err.value)


def test_level_range():
    from meso_desk.model.offers.meso import level_range

    plan = md.example_plan("supplier")
    lo, hi = level_range(plan)
    assert lo == lowest_offer(plan) and hi == pytest.approx(100.0)
    rows, ours = brute_force(synthetic_plan(4, 4, seed=2, unacceptable=True, numeric_every=2, reservation=0))
    lo, hi = level_range(synthetic_plan(4, 4, seed=2, unacceptable=True, numeric_every=2, reservation=0))
    assert lo == pytest.approx(ours.min()) and hi == pytest.approx(ours.max())


def test_concession_margins_definition():
    # three packages x three issues: points given away per issue
    d = np.array([[10.0, 0.0, 2.0],
                  [0.0, 8.0, 2.0],
                  [1.0, 1.0, 6.0]])
    issue, margin = concession_margins(d)
    assert issue.tolist() == [0, 1, 2]
    assert margin.tolist() == [9.0, 7.0, 4.0]
    # two packages giving the same on every issue concede on nothing
    _, margin = concession_margins(np.array([[3.0, 3.0], [3.0, 3.0]]))
    assert margin.max() == 0.0


# -- hooks for the counterpart estimate and other scorers ---------------------------------------------
def test_their_estimate_changes_the_efficient_packages():
    plan = synthetic_plan(6, 6, seed=5)
    t = md.score_table(plan)
    skew = TheirValues.from_weights(plan, [10, 1, 1, 1, 1, 1], label="they care about C0")
    ms = generate_mesos(plan, their=skew)
    assert_valid_set(plan, ms, 3, plan.aspiration)
    assert ms.their_label == "they care about C0"
    assert np.allclose(ms.theirs, skew.score_indices(np.array([t.indices_of(p) for p in ms])))


def test_an_estimate_for_other_issues_is_refused():
    plan = synthetic_plan(5, 5, seed=1)
    other = synthetic_plan(4, 5, seed=1)
    with pytest.raises(ValueError, match="other issues"):
        generate_mesos(plan, their=TheirValues.opposed(other))


def test_their_as_a_callable_and_a_custom_scorer():
    plan = synthetic_plan(6, 6, seed=6)
    prior = TheirValues.opposed(plan)
    calls = []

    def their(rows):
        calls.append(rows.shape)
        return prior.score_indices(rows)

    ms = generate_mesos(plan, their=their)
    assert calls and calls[0][1] == len(plan.issues)
    assert_valid_set(plan, ms, 3, plan.aspiration)
    seen = []

    def scorer(pool, sets):
        seen.append(sets.shape)
        return -pool.theirs[sets].std(axis=1)  # e.g. as equal as possible for them

    ms2 = generate_mesos(plan, strategy=scorer)
    assert_valid_set(plan, ms2, 3, plan.aspiration)
    assert seen and {s[1] for s in seen} >= {1, 2, 3}


def test_pool_and_selection_are_reusable():
    plan = md.example_plan("supplier")
    pool = candidate_pool(plan, 70.0)
    assert len(pool) > 100
    assert np.all(np.abs(pool.ours - 70.0) <= 0.5 + 1e-9)
    assert md.score_table(plan).acceptable_indices(pool.rows).all()
    assert np.all(pool.gap >= 0)
    sel = select_diverse(pool, 3)
    assert sel is not None and len(set(sel.tolist())) == 3
    assert select_diverse(pool, 3, min_diff=len(plan.issues) + 1) is None
    with pytest.raises(ValueError):
        select_diverse(pool, 3, strategy="cheapest")


def test_public_api_is_lazy_and_complete():
    import subprocess
    import sys

    code = ("import sys, meso_desk as md; assert 'meso_desk.model.offers.meso' not in sys.modules;"
            "p = md.example_plan(); ms = md.generate_mesos(p); assert len(ms) == 3;"
            "assert issubclass(md.MesoError, ValueError)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


# -- shared GENIUS cases ------------------------------------------------------------------------------
GENIUS = {
    "Camera": ("camera_domain.xml", "camera_buyer_utility.xml"),
    "ItexvsCypress": ("ItexvsCypress_domain.xml", "ItexvsCypress_Itex.xml"),
    "Laptop": ("laptop_domain.xml", "laptop_buyer_utility.xml"),
    "thompson": ("thompson_employment.xml", "thompson_employer_utilityspace.xml"),
    "IntegerDomain": ("IntegerDomain.xml", "IntegerDomain-prof1.xml"),
    "kite": ("kite_domain.xml", "kite_A.xml"),
    "pie": ("pie_domain.xml", "pie_A.xml"),
}


@pytest.mark.shared
@pytest.mark.parametrize("case", sorted(GENIUS))
@pytest.mark.parametrize("level", [60.0, 70.0, 80.0])
def test_shared_genius_cases(shared_cases, case, level):
    dom, prof = GENIUS[case]
    plan = md.import_genius(shared_cases / case / dom, shared_cases / case / prof)
    n = len(plan.issues)
    try:
        ms = generate_mesos(plan, 3, level)
    except MesoError as e:
        # the documented outcome for fewer than three issues; otherwise only when brute force
        # confirms that no valid set exists at this level (small discrete cases like Laptop)
        assert "\n" not in str(e)
        if n >= 3:
            assert md.score_table(plan).n_packages <= 200_000
            assert not _exists_valid_set(plan, level, 3, 1.0), str(e)
        return
    assert_valid_set(plan, ms, 3, level)


@pytest.mark.shared
def test_shared_cases_with_three_or_more_issues_carry_sets(shared_cases):
    """Camera and thompson (5-6 issues) give sets at 60/70/80; ItexvsCypress below 55."""
    for case in ("Camera", "thompson"):
        dom, prof = GENIUS[case]
        plan = md.import_genius(shared_cases / case / dom, shared_cases / case / prof)
        for level in (60.0, 70.0, 80.0):
            assert_valid_set(plan, generate_mesos(plan, 3, level), 3, level)
    dom, prof = GENIUS["ItexvsCypress"]
    plan = md.import_genius(shared_cases / "ItexvsCypress" / dom, shared_cases / "ItexvsCypress" / prof)
    assert_valid_set(plan, generate_mesos(plan, 3, 40.0), 3, 40.0)
