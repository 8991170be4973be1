"""Contingent terms, the schema (issue 20): forecasts, events and clauses are checked when they are
made and when a plan holds them; old files without them load; they survive a save; issue edits
carry or drop the clauses on their terms."""

from __future__ import annotations

import json

import pytest
from pydantic import TypeAdapter, ValidationError

import meso_desk as md
from meso_desk.model.contingent.clauses import AnyClause, LinearClause, StatesClause, ThresholdClause
from meso_desk.model.contingent.events import Event, Forecast
from meso_desk.model.errors import first_error
from meso_desk.model.io.meso_file import plan_from_bytes, plan_to_bytes
from meso_desk.model.package import Package, StoredPackage


@pytest.fixture(scope="module")
def plan():
    return md.example_plan("contingent")


def with_package_clauses(plan, name, clauses):
    """The plan with ``name``'s stored clauses replaced (validated like any plan)."""
    packages = tuple(p.model_copy(update={"clauses": clauses}) if p.name == name else p for p in plan.packages)
    return plan.replace(packages=packages)


# -- forecasts ---------------------------------------------------------------------------
@pytest.mark.parametrize("kw,why", [
    ({"low": 1, "likely": 2}, "low, likely and high"),
    ({"low": 3, "likely": 2, "high": 4}, "low ≤ likely ≤ high"),
    ({"low": 1, "likely": 2, "high": 1.5}, "low ≤ likely ≤ high"),
    ({"low": 1, "likely": 2, "high": 3, "chances": {"a": 1}}, "either"),
    ({"chances": {"a": -0.1, "b": 1}}, "≥ 0"),
    ({"chances": {"a": 0, "b": 0}}, "above zero"),
    ({"chances": {"a": float("nan"), "b": 1}}, "finite"),
    ({"low": float("nan"), "likely": 2, "high": 3}, "finite"),
    ({}, "needs"),
])
def test_bad_forecasts_are_refused(kw, why):
    with pytest.raises(ValidationError) as e:
        Forecast(**kw)
    assert why in str(e.value)


def test_chances_are_normalised_and_quantiles_kept():
    f = Forecast(chances={"on time": 3, "late": 1})
    assert f.chances == {"on time": 0.75, "late": 0.25} and not f.is_numeric
    g = Forecast(low=84, likely=90, high=95, source="  our   receipts ")
    assert g.is_numeric and g.source == "our receipts"
    pts = g.sample_points(0, 100)
    assert len(pts) == 41 and list(pts) == sorted(pts) and pts[20] == pytest.approx(90)


# -- events ------------------------------------------------------------------------------
NUM = Forecast(low=1, likely=2, high=3)
STATES = Forecast(chances={"on time": 0.7, "late": 0.3})


@pytest.mark.parametrize("kw,why", [
    ({"kind": "states", "states": ("on time", "late"), "ours": NUM}, "gives numbers"),
    ({"kind": "states", "states": ("on time", "late"), "ours": STATES, "theirs": NUM}, "gives numbers"),
    ({"ours": STATES}, "gives states"),
    ({"ours": NUM, "theirs": STATES}, "gives states"),
    ({"kind": "states", "states": ("only",), "ours": Forecast(chances={"only": 1})}, "at least two"),
    ({"kind": "states", "states": ("a", "a"), "ours": Forecast(chances={"a": 1})}, "same name"),
    ({"kind": "states", "states": ("on time", "late"), "ours": Forecast(chances={"early": 1})}, "unknown state"),
    ({"kind": "states", "states": ("on time", "late"), "ours": STATES, "actual": "early"}, "not one of the states"),
    ({"ours": NUM, "states": ("a", "b")}, "no states"),
    ({"ours": NUM, "lower": 5, "upper": 5}, "lower bound"),
    ({"ours": NUM, "actual": "soon"}, "must be a number"),
])
def test_bad_events_are_refused(kw, why):
    with pytest.raises(ValidationError) as e:
        Event(name="E", **kw)
    assert why in str(e.value)


def test_event_outcomes_and_verifiability():
    e = Event(name="Rate", unit="%", lower=0, upper=100, ours=NUM, actual="2.5", measured_by="  both   ledgers ")
    assert e.actual == 2.5 and e.resolved and e.measured_by == "both ledgers" and e.verifiable
    assert not e.model_copy(update={"observable_by_both": False}).verifiable
    assert not Event(name="Rate", ours=NUM).verifiable  # nobody said how it is measured
    s = Event(name="Plant", kind="states", states=("on time", "late"), ours=STATES)
    states, p = s.outcomes(s.ours)
    assert states == ("on time", "late") and list(p) == pytest.approx([0.7, 0.3])


# -- clauses -----------------------------------------------------------------------------
def test_clause_shapes_are_checked_on_their_own():
    with pytest.raises(ValidationError, match="must not be zero"):
        LinearClause(event="E", pivot=1, per_unit=0)
    with pytest.raises(ValidationError):
        LinearClause(event="E", pivot=1, per_unit=1, cap=-1)
    with pytest.raises(ValidationError, match="at least one state"):
        StatesClause(event="E", terms={})
    with pytest.raises(ValidationError):
        ThresholdClause(event="  ", threshold=1, term=2)
    parsed = TypeAdapter(AnyClause).validate_python({"shape": "states", "event": "E", "terms": {"late": "FCA"}})
    assert isinstance(parsed, StatesClause)


def test_unknown_event_is_refused_with_its_place(plan):
    bad = {"Unit price": ThresholdClause(event="Weather", threshold=1, term=200)}
    with pytest.raises(ValidationError) as e:
        with_package_clauses(plan, "Fixed price", bad)
    msg = first_error(e.value)
    assert "unknown event" in msg and "Weather" in msg and "packages[" in msg


def test_states_clause_on_a_numeric_event_is_refused(plan):
    bad = {"Unit price": StatesClause(event="On-time delivery", terms={"late": 200})}
    with pytest.raises(ValidationError, match="is a number"):
        with_package_clauses(plan, "Fixed price", bad)


@pytest.mark.parametrize("issue,clause,why", [
    ("Incoterm", LinearClause(event="On-time delivery", pivot=95, per_unit=-2), "has options"),
    ("Unit price", ThresholdClause(event="On-time delivery", threshold=95, term=999), "outside"),
    ("Incoterm", ThresholdClause(event="On-time delivery", threshold=95, term="CIF"), "sets a term that does not fit"),
    ("No such issue", ThresholdClause(event="On-time delivery", threshold=95, term=1), "unknown issue"),
])
def test_clauses_that_do_not_fit_the_issue_are_refused(plan, issue, clause, why):
    with pytest.raises(ValidationError, match=why):
        with_package_clauses(plan, "Fixed price", {issue: clause})


def test_two_events_with_one_name_are_refused(plan):
    with pytest.raises(ValidationError, match="two events"):
        plan.replace(events=(*plan.events, plan.events[0]))


def test_clauses_on_offered_packages_and_the_agreement_are_checked_too(plan):
    from meso_desk.model.plan import Agreement, OfferedPackage, Round

    terms = plan.stored_package("Fixed price").terms
    bad = {"Unit price": ThresholdClause(event="Weather", threshold=1, term=200)}
    rnd = Round(offered=(OfferedPackage(label="A", terms=terms, clauses=bad),
                         OfferedPackage(label="B", terms=terms)), ranking=(0, 1))
    with pytest.raises(ValidationError, match="unknown event"):
        plan.replace(rounds=(rnd,))
    with pytest.raises(ValidationError, match="unknown event"):
        plan.replace(agreement=Agreement(terms=terms, clauses=bad))


# -- files -------------------------------------------------------------------------------
def test_old_files_without_events_or_clauses_load(plan):
    data = json.loads(plan_to_bytes(plan))
    del data["events"]
    for p in data["packages"]:
        p.pop("clauses", None)
    old = plan_from_bytes(json.dumps(data).encode())
    assert old.events == () and all(not p.clauses for p in old.packages)
    assert not old.package("On-time bonus").contingent
    # the supplier example has never had any
    sup = md.example_plan("supplier")
    assert sup.events == () and all(not p.clauses for p in sup.packages)


def test_round_trip_keeps_events_and_clauses(plan):
    again = plan_from_bytes(plan_to_bytes(plan))
    assert again == plan
    assert again.events == plan.events
    for name in ("On-time bonus", "Steel indexed", "Warranty guard"):
        a, b = plan.package(name), again.package(name)
        assert a.clauses == b.clauses and a.contingent and b.score == pytest.approx(a.score)
    c = again.package("On-time bonus").clauses["Unit price"]
    assert isinstance(c, LinearClause) and (c.when, c.pivot, c.per_unit, c.relative, c.cap) == (
        "below", 95.0, -2.0, True, 10.0)


def test_a_package_keeps_its_clauses_when_stored(plan):
    p = plan.package("Warranty guard")
    stored = p.to_stored()
    assert isinstance(stored, StoredPackage) and stored.clauses == p.clauses
    assert Package(plan, p.terms, name="x", clauses=p.clauses) == p.named("x")
    assert p.with_clauses({}) != p and not p.with_clauses(None).contingent


# -- issue edits ---------------------------------------------------------------------------
def test_removing_an_issue_drops_its_clauses(plan):
    new = plan.with_issue_removed("Unit price")
    assert new.package("On-time bonus").clauses == {}
    assert new.package("Steel indexed").clauses == {}
    assert set(new.package("Warranty guard").clauses) == {"Warranty"}


def test_renaming_an_issue_carries_its_clauses(plan):
    k = plan.issue_names.index("Unit price")
    renamed = plan.with_issue(k, plan.issue("Unit price").model_copy(update={"name": "Price per chair"}))
    p = renamed.package("On-time bonus")
    assert set(p.clauses) == {"Price per chair"}
    assert p.clauses["Price per chair"] == plan.package("On-time bonus").clauses["Unit price"]
    assert p.score == pytest.approx(plan.package("On-time bonus").score)


def test_refitting_an_issue_moves_a_clause_term_to_the_nearest_one(plan):
    """A clause's term follows a new range as every term does (it once went without a word)."""
    k = plan.issue_names.index("Warranty")
    narrower = plan.issue("Warranty").model_copy(update={"max": 30.0})
    new = plan.with_issue(k, narrower)
    assert new.package("Warranty guard").clauses["Warranty"].term == 30.0  # its 36 months no longer exist
    wider = plan.with_issue(k, plan.issue("Warranty").model_copy(update={"max": 60.0}))
    assert set(wider.package("Warranty guard").clauses) == {"Warranty"}


def test_a_clause_off_its_step_is_refused_in_one_sentence(plan):
    """"The clause on Unit price the term if it applies: Unit price: 210.3 is not on the 0.5 step"."""
    from meso_desk.model.edits.event_edits import clause_problem

    why = clause_problem(plan, "Unit price", ThresholdClause(event="On-time delivery", threshold=95, term=210.25))
    assert why.startswith("The clause on Unit price sets a term that does not fit: ") and "step" in why


def test_a_threshold_the_event_can_never_cross_is_refused_by_the_edit(plan):
    """"Falls below 0 %" was accepted for an on-time rate that cannot fall below 0: it never applies.
    The edit refuses it; a plan saved with one still opens (the rule is the edit's, not the file's)."""
    from meso_desk.model.edits.event_edits import EditRefused, clause_problem, set_clause

    never = ThresholdClause(event="On-time delivery", when="below", threshold=0, term=210)
    assert "never applies" in clause_problem(plan, "Unit price", never)
    with pytest.raises(EditRefused, match="never applies"):
        set_clause(plan, "Fixed price", "Unit price", never)
    assert clause_problem(plan, "Unit price", never.model_copy(update={"threshold": 95})) is None
    kept = with_package_clauses(plan, "Fixed price", {"Unit price": never})  # the schema takes it
    assert kept.stored_package("Fixed price").clauses["Unit price"] == never
