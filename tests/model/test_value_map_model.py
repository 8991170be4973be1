"""The value map's numbers (Qt-free): the value grid, iso-value lines, off-limits masks,
and the outcome space (cloud, package outcomes, ZOPA)."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

import meso_desk as md
from meso_desk.model.counterpart.outcome import (
    package_outcomes,
    sample_cloud,
    sample_indices,
    their_estimate,
    zopa_polygon,
)
from meso_desk.model.counterpart.their_values import TheirValues
from meso_desk.model.offers.rebalance import rebalance
from meso_desk.model.offers.status import target_level
from meso_desk.model.offers.value_slice import contour_segments, default_axes, map_axis, value_slice
from meso_desk.model.package import StoredPackage
from meso_desk.model.plan import Plan
from meso_desk.model.preferences.issues import CategoricalIssue, NumericIssue, Option


def _score_at(plan: Plan, fixed: dict, x_issue: str, tx, y_issue: str, ty) -> float:
    terms = dict(fixed)
    terms[x_issue] = tx
    terms[y_issue] = ty
    return md.score(plan, terms)


def two_categorical_plan() -> Plan:
    return Plan(
        title="cats",
        issues=(
            CategoricalIssue(name="Colour", options=(Option(label="red", value=0), Option(label="green", value=40),
                                                      Option(label="blue", value=100))),
            CategoricalIssue(name="Site", options=(Option(label="north", value=100),
                                                    Option(label="south", value=30),
                                                    Option(label="east", value=0, acceptable=False))),
            NumericIssue(name="Price", min=0, max=10, step=1, direction="lower"),
        ),
        weights={"Colour": 0.4, "Site": 0.4, "Price": 0.2},
        packages=(StoredPackage(name="P", terms={"Colour": "green", "Site": "south", "Price": 5.0}),),
        reservation=20, aspiration=50,
    )


# -- axes and the grid ----------------------------------------------------------------------------
def test_default_axes_are_the_two_heaviest(supplier):
    assert default_axes(supplier) == ("Unit price", "Delivery")
    hiring = md.example_plan("hiring")
    assert default_axes(hiring) == ("Remote days", "Salary")
    assert default_axes(Plan(issues=(NumericIssue(name="a", min=0, max=1, step=1),))) is None


def test_numeric_axis_uses_the_step_grid_when_coarse_and_samples_when_fine(supplier):
    delivery = map_axis(supplier, "Delivery")
    assert delivery.on_step and delivery.coords.tolist() == list(range(2, 13))
    assert delivery.extent == (1.5, 12.5)
    fine = supplier.with_issue(0, supplier.issue("Unit price").model_copy(update={"step": 0.01}))
    price = map_axis(fine, "Unit price")
    assert not price.on_step and price.n == 200
    assert price.coords[0] == 180 and price.coords[-1] == 260
    assert price.title() == "Unit price (EUR) — lower is better"
    assert price.off_limits == ((248.0, 260.0 + (260 - 180) / 199 / 2),)  # shaded from the limit itself


def test_slice_values_are_the_scores_of_the_packages_in_each_cell(supplier):
    s = value_slice(supplier, "Unit price", "Delivery", "Our ideal")
    assert s.values.shape == (11, 161)
    fixed = {k: v for k, v in supplier.stored_package("Our ideal").terms.items()}
    rng = np.random.default_rng(1)
    for _ in range(40):
        i, j = int(rng.integers(0, 161)), int(rng.integers(0, 11))
        want = _score_at(supplier, fixed, "Unit price", float(s.x.terms[i]), "Delivery", float(s.y.terms[j]))
        assert s.values[j, i] == pytest.approx(want, abs=1e-9)
    # the package itself sits in its cell with its own score
    pkg = supplier.package("Our ideal")
    x, y = s.position(pkg)
    assert s.value_at(x, y) == pytest.approx(pkg.score, abs=1e-9)


def test_categorical_axis_cells_in_option_order(supplier):
    s = value_slice(supplier, "Incoterm", "Payment term", "Competing quote (BATNA)")
    assert s.x.categorical and s.x.labels == ("EXW", "FCA", "DAP", "DDP")
    assert s.x.coords.tolist() == [0, 1, 2, 3] and s.x.extent == (-0.5, 3.5)
    fixed = supplier.stored_package("Competing quote (BATNA)").terms
    for i, label in enumerate(s.x.labels):
        for j, days in enumerate(s.y.terms):
            assert s.values[j, i] == pytest.approx(
                _score_at(supplier, fixed, "Incoterm", label, "Payment term", float(days)), abs=1e-9)
    assert s.term_at(s.x, 1.4) == "FCA" and s.term_at(s.x, 7) == "DDP"
    assert s.term_at(s.y, 37) == 30.0 and s.term_at(s.y, 1000) == 90.0


# -- lines ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("package", ["Our ideal", "Competing quote (BATNA)"])
def test_iso_lines_lie_on_their_level(supplier, package):
    s = value_slice(supplier, "Unit price", "Delivery", package)
    lines = s.lines(70.0, supplier.reservation)
    assert [ln.kind for ln in lines[:2]] == ["target", "reservation"]
    lo, hi = s.value_range
    for line in lines:
        if not lo < line.level < hi:
            assert line.empty
            continue
        assert not line.empty
        # exactly on the value curves (the lines interpolate a 200-point sampling)
        v = s.value_at(line.x, line.y)
        assert np.max(np.abs(v - line.level)) < 0.02, line.kind
        # and md.score at the nearest terms differs by no more than the terms' steps allow
        terms = s.fixed
        for x, y in line.segments[:: max(1, len(line.segments) // 25)]:
            tx, ty = s.term_at(s.x, x), s.term_at(s.y, y)
            got = _score_at(supplier, terms, "Unit price", tx, "Delivery", ty)
            slack = (abs(float(s.points_along(s.x, x) - s.points_along(s.x, tx)))
                     + abs(float(s.points_along(s.y, y) - s.points_along(s.y, ty))))
            assert abs(got - line.level) <= slack + 0.02  # + the line's own interpolation error


def test_lines_move_when_a_weight_moves(supplier):
    a = value_slice(supplier, "Unit price", "Delivery", "Our ideal").lines(70, None, faint=0)[0]
    w = dict(supplier.weights)
    w["Unit price"], w["Warranty"] = 0.25, 0.23
    b = value_slice(supplier.with_weights(w), "Unit price", "Delivery", "Our ideal").lines(70, None, faint=0)[0]
    assert not a.empty and not b.empty
    assert a.segments.shape != b.segments.shape or not np.allclose(a.segments, b.segments)


def test_categorical_axes_give_step_shaped_lines(supplier):
    s = value_slice(supplier, "Incoterm", "Payment term", "Our ideal")
    line = s.lines(80.0, None, faint=0)[0]
    assert not line.empty
    a, b = line.segments[0::2], line.segments[1::2]
    vertical = np.isclose(a[:, 0], b[:, 0])
    horizontal = np.isclose(a[:, 1], b[:, 1])
    assert np.all(vertical | horizontal), "every piece runs along an axis"
    # vertical pieces stand on the edges between option cells
    xs = a[vertical & ~horizontal, 0]
    assert len(xs) and np.allclose(xs, np.round(xs - 0.5) + 0.5)
    # the horizontal pieces within a cell are on the level of that option
    for p, q in zip(a[horizontal & ~vertical], b[horizontal & ~vertical]):
        mid = (p + q) / 2
        assert s.value_at(mid[0], mid[1]) == pytest.approx(80.0, abs=0.05)
        assert abs(p[0] - q[0]) == pytest.approx(1.0)


def test_two_categorical_axes_lines_run_on_cell_edges():
    plan = two_categorical_plan()
    s = value_slice(plan, "Colour", "Site", "P")
    line = s.lines(60.0, None, faint=0)[0]
    assert not line.empty
    pts = line.segments
    on_x_edge = np.isclose(pts[:, 0], np.round(pts[:, 0] - 0.5) + 0.5)
    on_y_edge = np.isclose(pts[:, 1], np.round(pts[:, 1] - 0.5) + 0.5)
    assert np.all(on_x_edge | on_y_edge)
    # cells are split correctly: above the level on one side of every piece, below on the other
    above = s.values > 60
    assert above.any() and (~above).any()


def test_contour_segments_of_a_plane_and_a_saddle():
    x = np.linspace(0, 1, 11)
    y = np.linspace(0, 2, 21)
    V = x[None, :] + y[:, None]
    segs = contour_segments(x, y, V, [1.25, 5.0])
    assert np.allclose(segs[0].sum(axis=1), 1.25)
    assert len(segs[1]) == 0
    # a saddle cell: the centre decides which corners are joined
    sad = np.array([[1.0, 0.0], [0.0, 1.0]])
    one = contour_segments([0, 1], [0, 1], sad, [0.4])[0]  # centre 0.5 above: cuts off the low corners
    assert len(one) == 4
    mids = (one[0::2] + one[1::2]) / 2
    assert {tuple(np.round(m, 2)) for m in mids} == {(0.8, 0.2), (0.2, 0.8)}


def test_faint_levels_are_round_and_clear_of_target_and_reservation(supplier):
    s = value_slice(supplier, "Unit price", "Delivery", "Our ideal")
    levels = s.faint_levels(avoid=[70.0, 41.7], count=6)
    lo, hi = s.value_range
    assert 0 < len(levels) <= 6
    assert all(lo < v < hi and v % 5 == 0 for v in levels)
    assert all(abs(v - 70) >= 1.5 and abs(v - 41.7) >= 1.5 for v in levels)


# -- off-limits -------------------------------------------------------------------------------------
def test_masks_mark_hard_limits_and_unacceptable_options(supplier):
    s = value_slice(supplier, "Unit price", "Delivery", "Our ideal")
    want = (s.x.coords[None, :] <= 248) & (s.y.coords[:, None] <= 10)
    assert np.array_equal(s.acceptable, want)
    assert s.x.off_limits == ((248.25, 260.25),)  # the cells beyond EUR 248
    assert s.y.off_limits == ((10.5, 12.5),)  # 11 and 12 weeks
    c = value_slice(supplier, "Incoterm", "Delivery", "Our ideal")
    assert c.x.off_limits == ((-0.5, 0.5),)  # EXW
    assert not c.acceptable[:, 0].any() and c.acceptable[0, 1:].all()


def test_a_fixed_term_beyond_its_limit_puts_the_whole_slice_off_limits(supplier):
    s = value_slice(supplier, "Delivery", "Warranty", "Their opening quote")  # its price is beyond the limit
    assert not s.fixed_acceptable and "Unit price" in s.violations[0]
    assert not s.acceptable.any()
    ok = value_slice(supplier, "Unit price", "Warranty", "Their opening quote")
    assert ok.fixed_acceptable


def test_slice_without_packages_uses_default_terms(supplier):
    plan = supplier.replace(packages=())
    s = value_slice(plan, "Unit price", "Delivery")
    assert s.package is None and set(s.fixed) == set(plan.issue_names) - {"Unit price", "Delivery"}
    with pytest.raises(ValueError):
        value_slice(plan, "Unit price", "Unit price")


def test_target_level_is_the_meso_level_else_the_aspiration(supplier):
    plan = supplier.replace(meso_sets=(md.MesoSet(name="M", level=65.0, packages=("Our ideal",)),))
    assert target_level(plan, "Our ideal") == 65.0
    assert target_level(plan, "Competing quote (BATNA)") == supplier.aspiration
    assert target_level(plan, None) == supplier.aspiration


# -- two terms moved at once (value-map drag with "Hold value") --------------------------------------
def test_rebalance_with_a_second_moved_term_holds_the_original_value(supplier):
    pkg = supplier.package("Competing quote (BATNA)")
    r = rebalance(supplier, pkg, "Unit price", 225.0, also={"Delivery": 5.0})  # both better for us
    assert r["Unit price"] == 225.0 and r["Delivery"] == 5.0
    assert r.exact and abs(r.achieved - pkg.score) <= 0.5
    assert r.changed and not {"Unit price", "Delivery"} & set(r.changed)
    with pytest.raises(KeyError):
        rebalance(supplier, pkg, "Unit price", 230.0, also={"Nope": 1})


# -- the outcome space ------------------------------------------------------------------------------
def test_their_estimate_is_the_opposed_prior_before_any_round(supplier):
    est = their_estimate(supplier)
    assert est.is_prior and est.source is None
    opp = TheirValues.opposed(supplier)
    assert np.allclose(est.their.table, opp.table, equal_nan=True)
    plan = md.record_choice(supplier, ["Competing quote (BATNA)", "Our ideal"], 0)
    est2 = their_estimate(plan)
    assert not est2.is_prior and est2.n_observations == 1 and "estimate" in est2.label


def test_sample_cloud_is_fixed_acceptable_and_binned(supplier):
    a = sample_indices(supplier, 5000)
    assert a is sample_indices(supplier, 5000)  # the same sample: no flicker between redraws
    t = md.score_table(supplier)
    assert t.acceptable_indices(a).all()
    their = TheirValues.opposed(supplier)
    c = sample_cloud(supplier, their, n=5000, bins=40)
    assert c.density.shape == (40, 40) and c.density.sum() == 5000
    assert np.allclose(c.ours, t.score_indices(a)) and np.allclose(c.theirs, their.score_indices(a))


def test_package_outcomes_and_intervals(supplier):
    est = their_estimate(supplier)
    outs = package_outcomes(supplier, est)
    assert [o.name for o in outs] == supplier.package_names
    for o in outs:
        assert o.ours == pytest.approx(md.score(supplier, supplier.package(o.name)))
        assert o.interval is None
    assert not outs[0].acceptable and outs[1].acceptable
    plan = md.record_choice(supplier, ["Competing quote (BATNA)", "Our ideal"], 1)
    outs = package_outcomes(plan, their_estimate(plan))
    assert all(o.interval is not None and o.interval[0] <= o.interval[1] for o in outs)


def test_zopa_polygon_lies_between_the_reservations_and_under_the_frontier(supplier):
    fr = md.pareto_frontier(supplier)
    poly = zopa_polygon(fr.ours, fr.theirs, 41.7, 30.0)
    assert poly is not None
    assert poly[:, 0].min() == pytest.approx(41.7) and poly[:, 1].min() == pytest.approx(30.0)
    # every vertex is dominated by (or on) the frontier
    best = fr.best_theirs_at(poly[:, 0])
    assert np.all(poly[:, 1] <= best + 1e-9)
    assert zopa_polygon(fr.ours, fr.theirs, 99.9, 99.9) is None


def test_model_modules_do_not_import_qt():
    code = ("import sys, meso_desk.model.offers.value_slice, meso_desk.model.counterpart.outcome;"
            "bad = [m for m in ('PySide6', 'pyqtgraph') if m in sys.modules]; print(bad); sys.exit(bool(bad))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
