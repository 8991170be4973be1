"""Hypothesis properties of the plan model: scores, monotonicity, weights, file round trips."""

from __future__ import annotations

import json
import math
import os

import numpy as np
import pytest
from _plan_strategies import ANY_CHARS, grid_term, plans, terms_for
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

import meso_desk as md
from meso_desk.model.errors import first_error
from meso_desk.model.io import PlanFileError, plan_from_bytes, plan_to_bytes
from meso_desk.model.io.meso_file import names_on_one_line
from meso_desk.model.plan import Plan
from meso_desk.model.preferences.issues import Curve, Direction
from meso_desk.model.preferences.weights import normalise_weights, weights_as_percent, weights_from_swings
from meso_desk.model.scoring import build_score_table

#: More examples for a thorough run: MESO_DESK_EXAMPLES=1000 pytest tests/model/test_properties.py
EXAMPLES = int(os.environ.get("MESO_DESK_EXAMPLES", "60"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.data())
def test_scores_lie_within_0_and_100(data):
    plan = data.draw(plans(with_extras=False))
    terms = data.draw(terms_for(plan.issues))
    s = md.score(plan, terms)
    assert -1e-9 <= s <= 100.0 + 1e-9
    contributions = md.model.scoring.issue_contributions(plan, md.Package(plan, terms))
    assert math.isclose(sum(contributions.values()), s, rel_tol=0, abs_tol=1e-9)


@SETTINGS
@given(st.data())
def test_score_is_monotone_in_each_numeric_direction(data):
    plan = data.draw(plans(with_extras=False, curves=(Curve.LINEAR, Curve.CONCAVE, Curve.CONVEX)))
    numeric = [i for i in plan.issues if i.kind == "numeric"]
    assume(numeric)
    issue = data.draw(st.sampled_from(numeric))
    base = data.draw(terms_for(plan.issues))
    g = issue.grid()
    scores = [md.score(plan, {**base, issue.name: float(x)}) for x in g]
    diffs = np.diff(scores)
    if issue.direction is Direction.HIGHER:
        assert (diffs >= -1e-9).all()
    else:
        assert (diffs <= 1e-9).all()
    # the curve itself spans the full 0..100 between its worst and best end
    assert issue.value(issue.worst) == 0.0 or math.isclose(issue.value(issue.worst), 0.0, abs_tol=1e-9)
    assert math.isclose(issue.value(issue.best), 100.0, abs_tol=1e-9)


@SETTINGS
@given(st.data())
def test_breakpoint_curves_stay_in_range_and_pass_through_their_points(data):
    plan = data.draw(plans(with_extras=False, curves=(Curve.BREAKPOINTS,)))
    for issue in plan.issues:
        if issue.kind != "numeric":
            continue
        v = issue.grid_values()
        assert (v >= 0).all() and (v <= 100).all()
        for x, y in issue.breakpoints:
            assert math.isclose(issue.value(x), y, abs_tol=1e-9)


@SETTINGS
@given(st.data())
def test_weights_normalise(data):
    plan = data.draw(plans(with_extras=False))
    w = plan.weight_vector()
    assert (w >= 0).all()
    assert math.isclose(w.sum(), 1.0, abs_tol=1e-12)
    assert list(plan.weights) == plan.issue_names
    pct = weights_as_percent(plan.weights)
    assert round(sum(pct.values()), 6) == 100.0
    assert all(abs(pct[k] - 100 * plan.weights[k]) <= 0.1 + 1e-9 for k in pct)


@SETTINGS
@given(st.dictionaries(st.text(min_size=1, max_size=5), st.floats(0, 1e6, allow_nan=False), min_size=1, max_size=8))
def test_swing_weights_are_proportional(points):
    assume(any(v > 0 for v in points.values()))
    w = weights_from_swings(points)
    assert math.isclose(sum(w.values()), 1.0, abs_tol=1e-12)
    top = max(points, key=points.get)
    for k, v in points.items():
        assert math.isclose(w[k] * points[top], w[top] * v, rel_tol=1e-9, abs_tol=1e-12)
    assert normalise_weights(points) == w


@SETTINGS
@given(st.data())
def test_score_table_agrees_with_exact_score_on_grid_packages(data):
    plan = data.draw(plans(with_extras=False))
    table = build_score_table(plan)
    rows = data.draw(st.lists(st.tuples(*[st.integers(0, len(g) - 1) for g in table.grids]), min_size=1,
                              max_size=20))
    idx = np.array(rows, dtype=np.int64)
    fast = table.score_indices(idx)
    acc = table.acceptable_indices(idx)
    for row, s, a in zip(idx, fast, acc):
        terms = table.package_terms(row)
        pkg = md.Package(plan, terms)
        assert math.isclose(s, md.score(plan, pkg), abs_tol=1e-9)
        assert bool(a) == pkg.acceptable
        assert (table.indices_of(pkg) == row).all()


@SETTINGS
@given(plans())
def test_save_load_round_trips_random_plans_exactly(plan):
    raw = plan_to_bytes(plan)
    again = plan_from_bytes(raw)
    assert again == plan
    assert plan_to_bytes(again) == raw
    # and through the file system, atomically
    json.loads(raw)  # valid JSON


@settings(max_examples=max(15, EXAMPLES // 4), deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(plan=plans())
def test_save_load_on_disk(tmp_path, plan):
    p = tmp_path / "random.meso"
    md.save_plan(plan, p)
    assert md.load_plan(p) == plan


@SETTINGS
@given(st.data())
def test_packages_of_random_plans_are_consistent(data):
    plan = data.draw(plans())
    for sp in plan.packages:
        pkg = plan.package(sp.name)
        assert dict(pkg) == sp.terms
        assert pkg.acceptable == (not pkg.violations)
    issue = data.draw(st.sampled_from(list(plan.issues)))
    term = grid_term(data.draw, issue)
    if plan.packages:
        name = plan.packages[0].name
        changed = plan.with_term(name, issue.name, term)
        assert changed.stored_package(name).terms[issue.name] == term
        assert plan.stored_package(name) == plan.packages[0]  # the original never changes


def _fully_valid(plan: Plan) -> None:
    """A loaded plan passes full validation: schema again, every package, a score table."""
    Plan.model_validate(json.loads(plan.to_json()))
    for sp in plan.packages:
        s = md.score(plan, plan.package(sp.name))
        assert -1e-9 <= s <= 100 + 1e-9
    build_score_table(plan)


@settings(max_examples=max(25, EXAMPLES // 2), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_damaged_bytes_raise_one_line_or_load_valid(data):
    plan = data.draw(plans(max_issues=3))
    raw = plan_to_bytes(plan)
    kind = data.draw(st.sampled_from(["truncate", "flip", "insert"]))
    pos = data.draw(st.integers(0, len(raw) - 1))
    if kind == "truncate":
        bad = raw[:pos]
    elif kind == "flip":
        bad = raw[:pos] + bytes([raw[pos] ^ data.draw(st.integers(1, 255))]) + raw[pos + 1:]
    else:
        bad = raw[:pos] + data.draw(st.binary(min_size=1, max_size=3)) + raw[pos:]
    try:
        loaded = plan_from_bytes(bad, "damaged.meso")
    except PlanFileError as e:
        msg = str(e)
        assert msg.startswith("damaged.meso: ") and "\n" not in msg and "\r" not in msg
        return
    _fully_valid(loaded)


# -- issue 18: any Unicode JSON allows, surrogates included -------------------------------------------------
def _refused_in_one_line(msg: str) -> None:
    assert "\n" not in msg and len(msg) <= 200 and "surrogate" in msg, msg


def _loads_then_round_trips_or_refuses(data) -> None:
    try:
        plan = data.draw(plans(hostile=True))
    except ValidationError as e:  # a lone surrogate somewhere: refused when the plan is built
        _refused_in_one_line(first_error(e))
        return
    raw = plan_to_bytes(plan)  # never PydanticSerializationError: what validates can be written
    again = plan_from_bytes(raw)
    if again != plan:  # only a name across lines is read differently: on one line, from then on exactly
        assert names_on_one_line(json.loads(raw))[1]
        assert plan_from_bytes(plan_to_bytes(again)) == again
    # the same text arriving through a file (JSON escapes, "\ud800" included)
    d = json.loads(raw)
    field = data.draw(st.sampled_from(["title", "notes", "batna", "counterpart"]))
    d[field] = data.draw(st.text(ANY_CHARS, max_size=8))
    try:
        loaded = plan_from_bytes(json.dumps(d).encode("utf-8"), "any.meso")
    except PlanFileError as e:
        _refused_in_one_line(str(e))
        assert str(e).startswith(f"any.meso: {field}: contains an unpaired surrogate")
        return
    assert plan_from_bytes(plan_to_bytes(loaded)) == loaded


@SETTINGS
@given(st.data())
def test_round_trip_any_json_unicode(data):
    _loads_then_round_trips_or_refuses(data)


@pytest.mark.slow
@settings(max_examples=max(1000, 10 * EXAMPLES), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_round_trip_any_json_unicode_exhaustive(data):
    _loads_then_round_trips_or_refuses(data)
