"""Unit tests of the plan model: edit helpers, weights, Package, acceptability, formatting."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pytest
from pydantic import ValidationError

import meso_desk as md
from meso_desk.model.package import StoredPackage
from meso_desk.model.plan import OfferedPackage, Plan, Round
from meso_desk.model.preferences.issues import CategoricalIssue, NumericIssue, Option, format_quantity
from meso_desk.model.preferences.weights import weights_as_percent, weights_from_swings
from meso_desk.model.scoring import build_score_table


def small_plan() -> Plan:
    price = NumericIssue(name="Price", unit="EUR", min=10, max=20, step=0.5, direction="lower", hard_limit=18)
    weeks = NumericIssue(name="Delivery", unit="weeks", min=1, max=9, step=1, direction="lower", curve="concave")
    inco = CategoricalIssue(name="Incoterm", options=[("EXW", 0), ("FCA", 40), ("DDP", 100),
                                                      Option(label="CIF", value=10, acceptable=False)])
    a = StoredPackage(name="A", terms={"Price": 12.0, "Delivery": 4.0, "Incoterm": "FCA"}, locked=("Delivery",))
    b = StoredPackage(name="B", terms={"Price": 19.0, "Delivery": 2.0, "Incoterm": "CIF"})
    rnd = Round(offered=(OfferedPackage(label="A", terms=a.terms),), ranking=(0,),
                counter_offer={"Delivery": 3.0}, statement_issue="Delivery")
    return Plan(title="Test", issues=(price, weeks, inco), weights={"Price": 5, "Delivery": 3, "Incoterm": 2},
                reservation=30, aspiration=70, packages=(a, b),
                meso_sets=(md.MesoSet(name="Set 1", packages=("A", "B")),), rounds=(rnd,))


# -- weights -----------------------------------------------------------------------------------
def test_weights_are_normalised_fractions_in_issue_order():
    plan = small_plan()
    assert plan.weights == pytest.approx({"Price": 0.5, "Delivery": 0.3, "Incoterm": 0.2})
    assert list(plan.weights) == ["Price", "Delivery", "Incoterm"]
    assert plan.with_weights({"Incoterm": 1, "Price": 1, "Delivery": 2}).weights == pytest.approx(
        {"Price": 0.25, "Delivery": 0.5, "Incoterm": 0.25})


def test_weights_as_percent_sum_to_exactly_100():
    for weights in ({"a": 1, "b": 1, "c": 1}, {"a": 0.1234, "b": 0.5, "c": 0.3766}, {"x": 2}, {"a": 1, "b": 0}):
        pct = weights_as_percent(weights)
        assert round(sum(pct.values()), 9) == 100.0
        assert all(round(v * 10) == v * 10 for v in pct.values())  # one decimal
    pct0 = weights_as_percent({"a": 1, "b": 1, "c": 1}, decimals=0)
    assert sorted(pct0.values()) == [33, 33, 34]
    assert weights_as_percent({}) == {}


def test_weights_from_swings():
    assert weights_from_swings({"Price": 100, "Delivery": 50, "Warranty": 50}) == pytest.approx(
        {"Price": 0.5, "Delivery": 0.25, "Warranty": 0.25})
    with pytest.raises(ValueError, match="at least one swing"):
        weights_from_swings({"a": 0, "b": 0})
    with pytest.raises(ValueError):
        weights_from_swings({})
    with pytest.raises(ValueError, match="≥ 0"):
        weights_from_swings({"a": -1, "b": 2})


def test_invalid_weights_are_refused():
    plan = small_plan()
    with pytest.raises(ValidationError, match="at least one weight"):
        plan.with_weights({"Price": 0, "Delivery": 0, "Incoterm": 0})
    with pytest.raises(ValidationError, match="no weight for issue 'Incoterm'"):
        plan.with_weights({"Price": 1, "Delivery": 1})
    with pytest.raises(ValidationError, match="unknown issue 'Volume'"):
        plan.with_weights({"Price": 1, "Delivery": 1, "Incoterm": 1, "Volume": 1})
    with pytest.raises(ValidationError):
        plan.with_weights({"Price": float("nan"), "Delivery": 1, "Incoterm": 1})


# -- edit helpers --------------------------------------------------------------------------------
def test_with_issue_rename_carries_weight_terms_locks_and_rounds():
    plan = small_plan()
    renamed = plan.with_issue(1, plan.issue("Delivery").model_copy(update={"name": "Lead time"}))
    assert renamed.issue_names == ["Price", "Lead time", "Incoterm"]
    assert renamed.weights["Lead time"] == pytest.approx(0.3)
    assert "Delivery" not in renamed.weights
    a = renamed.stored_package("A")
    assert a.terms == {"Price": 12.0, "Lead time": 4.0, "Incoterm": "FCA"}
    assert a.locked == ("Lead time",)
    r = renamed.rounds[0]
    assert r.offered[0].terms["Lead time"] == 4.0
    assert r.counter_offer == {"Lead time": 3.0}
    assert r.statement_issue == "Lead time"
    assert md.score(renamed, renamed.package("A")) == pytest.approx(md.score(plan, plan.package("A")))
    assert plan.issue_names == ["Price", "Delivery", "Incoterm"]  # the original is untouched


def test_with_issue_new_range_snaps_terms():
    plan = small_plan()
    narrower = plan.with_issue(0, plan.issue("Price").model_copy(update={"min": 15.0, "step": 1.0}))
    assert narrower.stored_package("A").terms["Price"] == 15.0
    assert narrower.stored_package("B").terms["Price"] == 19.0


def test_with_issue_removed():
    plan = small_plan()
    out = plan.with_issue_removed("Delivery")
    assert out.issue_names == ["Price", "Incoterm"]
    assert out.weights == pytest.approx({"Price": 0.5 / 0.7, "Incoterm": 0.2 / 0.7})
    assert "Delivery" not in out.stored_package("A").terms
    assert out.stored_package("A").locked == ()
    assert out.rounds[0].counter_offer == {}
    assert out.rounds[0].statement_issue is None
    only = out.with_issue_removed("Price").with_issue_removed("Incoterm")
    assert only.issues == () and only.weights == {}


def test_with_issue_removed_keeps_weights_valid_when_the_rest_had_none():
    plan = small_plan().with_weights({"Price": 1, "Delivery": 0, "Incoterm": 0})
    out = plan.with_issue_removed("Price")
    assert out.weights == pytest.approx({"Delivery": 0.5, "Incoterm": 0.5})


def test_with_issue_moved():
    plan = small_plan()
    out = plan.with_issue_moved("Incoterm", 0)
    assert out.issue_names == ["Incoterm", "Price", "Delivery"]
    assert list(out.weights) == out.issue_names
    assert out.weights["Incoterm"] == pytest.approx(0.2)
    assert plan.with_issue_moved("Price", 99).issue_names == ["Delivery", "Incoterm", "Price"]
    assert md.score(out, out.package("A")) == pytest.approx(md.score(plan, plan.package("A")))


def test_with_issue_added_gives_a_share_and_fills_packages():
    plan = small_plan()
    out = plan.with_issue_added(NumericIssue(name="Warranty", unit="months", min=12, max=36, step=12), weight=0.2)
    assert out.weights["Warranty"] == pytest.approx(0.2)
    assert sum(out.weights.values()) == pytest.approx(1.0)
    assert out.stored_package("A").terms["Warranty"] == 24.0


def test_with_package_renamed_follows_into_meso_sets():
    plan = small_plan()
    out = plan.with_package_renamed("A", "  Alpha ")
    assert out.package_names == ["Alpha", "B"]
    assert out.meso_sets[0].packages == ("Alpha", "B")
    with pytest.raises(ValueError, match="already exists"):
        plan.with_package_renamed("A", "B")
    with pytest.raises(ValueError, match="must not be empty"):
        plan.with_package_renamed("A", "  ")
    assert plan.with_package_renamed("A", "A") == plan


def test_with_package_removed_and_unique_names():
    plan = small_plan()
    out = plan.with_package_removed("B")
    assert out.package_names == ["A"]
    assert out.meso_sets[0].packages == ("A",)
    assert out.with_package_removed("A").meso_sets == ()
    with pytest.raises(KeyError):
        plan.with_package_removed("Z")
    assert plan.unique_package_name("A") == "A (2)"
    assert plan.unique_package_name("C") == "C"


def test_with_term_checks_the_term():
    plan = small_plan()
    assert plan.with_term("A", "Price", 13.5).stored_package("A").terms["Price"] == 13.5
    with pytest.raises(ValueError, match="not on the 0.5 step"):
        plan.with_term("A", "Price", 13.3)
    with pytest.raises(ValueError, match="outside"):
        plan.with_term("A", "Price", 25)
    with pytest.raises(ValueError, match="not one of"):
        plan.with_term("A", "Incoterm", "DAP")


def test_plan_refuses_inconsistent_content():
    plan = small_plan()
    with pytest.raises(ValidationError, match="two issues are called"):
        plan.replace(issues=(*plan.issues, plan.issues[0]))
    with pytest.raises(ValidationError, match="aspiration"):
        plan.replace(aspiration=10)
    with pytest.raises(ValidationError, match="two packages are called"):
        plan.replace(packages=(*plan.packages, plan.packages[0]))
    with pytest.raises(ValidationError, match="unknown package"):
        plan.replace(meso_sets=(md.MesoSet(name="X", packages=("Z",)),))
    with pytest.raises(ValidationError, match="ranking refers to package 3"):
        Round(offered=(), ranking=(3,))


def test_numeric_issue_validation():
    with pytest.raises(ValidationError, match="must be below"):
        NumericIssue(name="x", min=5, max=5)
    with pytest.raises(ValidationError, match="larger than the range"):
        NumericIssue(name="x", min=0, max=1, step=2)
    with pytest.raises(ValidationError, match="more than"):
        NumericIssue(name="x", min=0, max=1e9, step=1)
    NumericIssue(name="x", min=2, max=2.01, step=0.01)  # float rounding must not refuse a one-step range
    with pytest.raises(ValidationError, match="at least two breakpoints"):
        NumericIssue(name="x", min=0, max=1, step=0.1, curve="breakpoints", breakpoints=((0, 0),))


# -- Package -----------------------------------------------------------------------------------------
def test_package_is_a_read_only_mapping():
    plan = small_plan()
    pkg = plan.package("A")
    assert isinstance(pkg, Mapping)
    assert len(pkg) == 3 and list(pkg) == ["Price", "Delivery", "Incoterm"]
    assert pkg["Price"] == 12.0 and pkg.get("nope") is None and "Incoterm" in pkg
    assert pkg == {"Price": 12.0, "Delivery": 4.0, "Incoterm": "FCA"}
    assert pkg == md.Package(plan, dict(pkg))
    assert hash(pkg) == hash(md.Package(plan, dict(pkg)))
    assert len({pkg, md.Package(plan, dict(pkg))}) == 1
    with pytest.raises(TypeError):
        pkg["Price"] = 13.0  # type: ignore[index]
    with pytest.raises(KeyError):
        pkg["nope"]
    terms = pkg.terms
    terms["Price"] = 99
    assert pkg["Price"] == 12.0  # .terms is a copy
    assert pkg.name == "A" and pkg.plan is plan
    assert "Price: EUR 12.00" in pkg.describe()


def test_package_validates_terms():
    plan = small_plan()
    with pytest.raises(ValueError, match="unknown issue 'Colour'"):
        md.Package(plan, {"Price": 12, "Delivery": 4, "Incoterm": "FCA", "Colour": "red"})
    with pytest.raises(ValueError, match="no term for issue 'Delivery'"):
        md.Package(plan, {"Price": 12, "Incoterm": "FCA"})
    with pytest.raises(ValueError, match="not a number"):
        md.Package(plan, {"Price": "cheap", "Delivery": 4, "Incoterm": "FCA"})
    with pytest.raises(ValueError, match="not a number"):
        md.Package(plan, {"Price": True, "Delivery": 4, "Incoterm": "FCA"})
    with pytest.raises(ValueError, match="not a finite"):
        md.Package(plan, {"Price": float("inf"), "Delivery": 4, "Incoterm": "FCA"})
    assert md.Package(plan, {"Price": "12.5", "Delivery": np.int64(4), "Incoterm": "FCA"})["Price"] == 12.5


def test_package_replace_and_differences():
    plan = small_plan()
    a = plan.package("A")
    b = a.replace(Price=14.0)
    assert b["Price"] == 14.0 and a["Price"] == 12.0
    assert a.differences(b) == ["Price"]
    assert a.with_terms({"Incoterm": "DDP"})["Incoterm"] == "DDP"
    assert a.named("Copy").name == "Copy" and a.named("Copy") == a
    sp = b.to_stored("New")
    assert sp.name == "New" and sp.terms == dict(b)
    with pytest.raises(ValueError, match="needs a name"):
        md.Package(plan, dict(a)).to_stored()


def test_acceptable_and_violations():
    plan = small_plan()
    a, b = plan.package("A"), plan.package("B")
    assert a.acceptable and a.violations == []
    assert not b.acceptable
    assert b.violations == ["Price EUR 19.00 is beyond the hard limit EUR 18.00", "Incoterm CIF is unacceptable"]
    at_limit = a.replace(Price=18.0)
    assert at_limit.acceptable
    # an unacceptable package is still scored on the curve
    assert 0 < md.score(plan, b) < 100


def test_score_accepts_plain_mappings_and_is_exact_off_the_table():
    plan = small_plan()
    terms = {"Price": 12.0, "Delivery": 4.0, "Incoterm": "FCA"}
    s = md.score(plan, terms)
    price = 100 * (20 - 12) / 10
    delivery = plan.issue("Delivery").value(4.0)
    assert s == pytest.approx(0.5 * price + 0.3 * delivery + 0.2 * 40)
    with pytest.raises(ValueError):
        md.score(plan, {"Price": 12.0})


def test_score_table_on_every_grid_package_of_a_small_plan():
    plan = small_plan()
    t = build_score_table(plan)
    sizes = [len(g) for g in t.grids]
    idx = np.stack(np.meshgrid(*[np.arange(n) for n in sizes], indexing="ij"), -1).reshape(-1, len(sizes))
    fast = t.score_indices(idx)
    acc = t.acceptable_indices(idx)
    assert t.n_packages == len(idx) == 21 * 9 * 4
    for row in idx[:: 7]:
        k = int(np.ravel_multi_index(tuple(row), sizes))
        pkg = md.Package(plan, t.package_terms(row))
        assert fast[k] == pytest.approx(md.score(plan, pkg), abs=1e-9)
        assert acc[k] == pkg.acceptable
    assert md.score_table(plan) is md.score_table(plan)  # cached per plan object


# -- curves and formatting ---------------------------------------------------------------------------------
def test_curves_shape():
    lin = NumericIssue(name="x", min=0, max=10, step=1)
    conc = NumericIssue(name="x", min=0, max=10, step=1, curve="concave")
    conv = NumericIssue(name="x", min=0, max=10, step=1, curve="convex")
    for issue in (lin, conc, conv):
        assert issue.value(0) == pytest.approx(0) and issue.value(10) == pytest.approx(100)
    assert conc.value(5) > lin.value(5) > conv.value(5)
    low = NumericIssue(name="x", min=0, max=10, step=1, direction="lower")
    assert low.value(0) == 100 and low.best == 0 and low.worst == 10


def test_unvalidated_copies_with_plain_strings_still_compute_the_right_curve():
    # pydantic's model_copy(update=...) does not validate: "concave" stays a str, not a Curve
    lin = NumericIssue(name="x", min=0, max=10, step=1)
    conc = NumericIssue(name="x", min=0, max=10, step=1, curve="concave")
    assert lin.model_copy(update={"curve": "concave"}).value(5) == pytest.approx(conc.value(5))
    assert lin.model_copy(update={"direction": "lower"}).value(0) == 100


def test_money_is_written_with_cents_and_units_read_naturally():
    price = NumericIssue(name="Unit price", unit="EUR", min=180, max=260, step=0.5)
    assert price.format_term(180) == "EUR 180.00"
    assert price.format_term(252.5) == "EUR 252.50"
    assert price.range_text() == "EUR 180.00 – EUR 260.00"
    salary = NumericIssue(name="Salary", unit="EUR", min=85000, max=110000, step=1000)
    assert salary.format_term(100000) == "EUR 100,000"
    assert format_quantity(1, "weeks", 0) == "1 week"
    assert format_quantity(3, "weeks", 0) == "3 weeks"
    assert format_quantity(2.5, "%", 1) == "2.5 %"
    assert format_quantity(7, "", 0) == "7"
    assert format_quantity(41.5, "€", 1) == "€ 41.50"


def test_examples_are_valid_and_distinct():
    supplier, hiring = md.example_plan("supplier"), md.example_plan("hiring")
    assert supplier != hiring
    assert md.example_plan() == supplier
    assert set(md.example_names()) >= {"supplier", "hiring"}
    with pytest.raises(ValueError, match="no example called"):
        md.example_plan("nope")
    assert supplier.batna and 0 < supplier.reservation < supplier.aspiration
    assert any(i.kind == "numeric" and i.hard_limit is not None for i in supplier.issues)


def test_score_indices_shapes_and_empty_plans():
    plan = small_plan()
    t = build_score_table(plan)
    rows = np.array([[0, 0, 0], [20, 8, 2], [3, 4, 1]])
    flat = t.score_indices(rows)
    stacked = t.score_indices(np.stack([rows, rows[::-1]]))  # (2, 3, n_issues): leading axes are kept
    assert stacked.shape == (2, 3)
    assert np.array_equal(stacked[0], flat) and np.array_equal(stacked[1], flat[::-1])
    assert t.score_indices(rows.astype(np.int32)).tolist() == flat.tolist()
    assert t.acceptable_indices(rows).tolist() == [md.Package(plan, t.package_terms(r)).acceptable for r in rows]
    assert t.score_indices(np.empty((0, 3), dtype=np.int64)).shape == (0,)
    empty = build_score_table(Plan(title="No issues"))
    assert empty.score_indices(np.empty((4, 0), dtype=np.int64)).tolist() == [0.0] * 4
    assert empty.acceptable_indices(np.empty((4, 0), dtype=np.int64)).tolist() == [True] * 4
