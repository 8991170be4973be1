"""Edits of uncertain events and contingent clauses (docs/contingent-terms.md): renames carry
clauses everywhere, a change of kind or a removal drops the clauses that no longer fit and
says so, a clause that does not fit is refused with one line."""

from __future__ import annotations

from datetime import date

import pytest

import meso_desk as md
from meso_desk.model.contingent.clauses import LinearClause, StatesClause, ThresholdClause
from meso_desk.model.contingent.events import Event, Forecast
from meso_desk.model.edits.event_edits import (
    EditRefused,
    add_event,
    clause_uses,
    events_undo_text,
    record_outcome,
    remove_clause,
    remove_event,
    replace_event,
    set_clause,
    with_events,
)
from meso_desk.model.plan import Agreement, OfferedPackage, Round


@pytest.fixture
def plan():
    return md.example_plan("contingent")


def _states_event(name="New line") -> Event:
    return Event(name=name, kind="states", states=("on time", "late"),
                 ours=Forecast(chances={"on time": 0.4, "late": 0.6}),
                 theirs=Forecast(chances={"on time": 0.9, "late": 0.1}))


def _with_round_and_agreement(plan):
    """The plan with the On-time bonus package offered in a round and agreed."""
    sp = plan.stored_package("On-time bonus")
    rnd = Round(offered=(OfferedPackage(label="A", terms=sp.terms, clauses=sp.clauses),))
    return plan.replace(rounds=(rnd,), agreement=Agreement(terms=sp.terms, clauses=sp.clauses))


def test_add_event_and_refuse_a_duplicate_name(plan):
    res = add_event(plan, _states_event())
    assert [e.name for e in res.plan.events][-1] == "New line"
    assert "added" in res.message
    assert events_undo_text(plan, res.plan) == "Add event 'New line'"
    with pytest.raises(EditRefused, match="already an event"):
        add_event(res.plan, _states_event())
    with pytest.raises(EditRefused):
        add_event(plan, {"name": "  ", "ours": {"low": 1, "likely": 2, "high": 3}})


def test_a_rename_carries_every_clause_reference(plan):
    plan = _with_round_and_agreement(plan)
    old = plan.event("On-time delivery")
    res = replace_event(plan, "On-time delivery", old.model_copy(update={"name": "OTD"}))
    new = res.plan
    assert "renamed" in res.message
    assert new.stored_package("On-time bonus").clauses["Unit price"].event == "OTD"
    assert new.rounds[0].offered[0].clauses["Unit price"].event == "OTD"
    assert new.agreement.clauses["Unit price"].event == "OTD"
    # the value to us is unchanged: same clause, same forecast
    assert new.package("On-time bonus").score == pytest.approx(plan.package("On-time bonus").score)


def test_changing_a_number_into_states_drops_the_clauses_and_says_so(plan):
    states = _states_event("On-time delivery")
    res = replace_event(plan, "On-time delivery", states)
    assert "Unit price" not in res.plan.stored_package("On-time bonus").clauses
    assert "1 contingent clause dropped from On-time bonus" in res.message
    # the base term stays
    assert res.plan.stored_package("On-time bonus").terms == plan.stored_package("On-time bonus").terms


def test_remove_event_drops_its_clauses_and_names_the_packages(plan):
    assert clause_uses(plan, "Failure rate") == [("Warranty guard", "Warranty")]
    res = remove_event(plan, "Failure rate")
    assert "Failure rate" not in [e.name for e in res.plan.events]
    assert res.plan.stored_package("Warranty guard").clauses == {}
    assert "1 contingent clause dropped from Warranty guard" in res.message
    assert events_undo_text(plan, res.plan) == "Remove event 'Failure rate'"
    with pytest.raises(EditRefused, match="no event"):
        remove_event(plan, "Nothing")


def test_with_events_swaps_names_in_one_step(plan):
    a, b = plan.event("On-time delivery"), plan.event("Failure rate")
    events = [b.model_copy(update={"name": "On-time delivery"}) if e.name == "Failure rate"
              else a.model_copy(update={"name": "Failure rate"}) if e.name == "On-time delivery" else e
              for e in plan.events]
    res = with_events(plan, events, {"On-time delivery": "Failure rate", "Failure rate": "On-time delivery"})
    assert res.plan.stored_package("On-time bonus").clauses["Unit price"].event == "Failure rate"
    assert res.plan.stored_package("Warranty guard").clauses["Warranty"].event == "On-time delivery"
    with pytest.raises(EditRefused, match="Two events"):
        with_events(plan, [a, a])


def test_set_clause_validates_and_remove_clause_fixes_the_term(plan):
    clause = ThresholdClause(event="Failure rate", when="above", threshold=2.0, term=36.0)
    res = set_clause(plan, "Fixed price", "Warranty", clause)
    assert res.plan.stored_package("Fixed price").clauses["Warranty"] == clause
    assert "contingent" in res.message
    # a shape that does not fit the issue or the event is refused with one line
    bad = LinearClause(event="On-time delivery", pivot=95, per_unit=-2)
    with pytest.raises(EditRefused, match="Incoterm") as err:
        set_clause(plan, "Fixed price", "Incoterm", bad)
    assert "\n" not in str(err.value)
    with pytest.raises(EditRefused, match="unknown event"):
        set_clause(plan, "Fixed price", "Warranty", clause.model_copy(update={"event": "Nope"}))
    with pytest.raises(EditRefused):
        set_clause(plan, "Fixed price", "Warranty", StatesClause(event="Failure rate", terms={"x": 36.0}))
    with pytest.raises(EditRefused, match="no package"):
        set_clause(plan, "Nope", "Warranty", clause)
    # with a new base term at the same time
    res2 = set_clause(plan, "Fixed price", "Warranty", clause, term=24.0)
    assert res2.plan.stored_package("Fixed price").terms["Warranty"] == 24.0
    fixed = remove_clause(res.plan, "Fixed price", "Warranty")
    assert fixed.plan.stored_package("Fixed price").clauses == {}
    assert fixed.plan == plan
    assert remove_clause(plan, "Fixed price", "Warranty").ok is False


def test_set_clause_accepts_plain_json(plan):
    res = set_clause(plan, "Fixed price", "Unit price",
                     {"shape": "linear", "event": "Steel price index", "when": "both", "pivot": 0,
                      "per_unit": 0.5, "cap": 8})
    assert isinstance(res.plan.stored_package("Fixed price").clauses["Unit price"], LinearClause)
    with pytest.raises(EditRefused):
        set_clause(plan, "Fixed price", "Unit price", {"shape": "linear", "event": "Steel price index",
                                                       "pivot": 0, "per_unit": 0})


def test_record_outcome_and_clear_it(plan):
    res = record_outcome(plan, "On-time delivery", "91 %", when=date(2027, 4, 2))
    e = res.plan.event("On-time delivery")
    assert e.actual == 91.0 and e.actual_date == date(2027, 4, 2) and e.resolved
    assert "91 %" in res.message
    with pytest.raises(EditRefused, match="bounds"):
        record_outcome(plan, "On-time delivery", 120)
    with pytest.raises(EditRefused):
        record_outcome(plan, "On-time delivery", "soon")
    cleared = record_outcome(res.plan, "On-time delivery", None).plan.event("On-time delivery")
    assert cleared.actual is None and cleared.actual_date is None
    states = add_event(plan, _states_event()).plan
    assert record_outcome(states, "New line", "late").plan.event("New line").actual == "late"
    with pytest.raises(EditRefused, match="not one of"):
        record_outcome(states, "New line", "early")


def test_removing_an_event_drops_the_clauses_of_rounds_and_agreement_too(plan):
    plan = _with_round_and_agreement(plan)
    res = remove_event(plan, "On-time delivery")
    assert res.plan.rounds[0].offered[0].clauses == {} and res.plan.agreement.clauses == {}
    assert "dropped from On-time bonus" in res.message
    assert "2 clauses dropped from option A of round 1 and the agreement" in res.message


def test_removing_an_event_drops_its_clauses_from_the_other_suppliers_history_too():
    """An event removed while another supplier was worked on left a clause on it in the first
    supplier's recorded round: switching back then failed ("refers to unknown event")."""
    from meso_desk.model.edits.event_edits import clause_places, remove_event
    from meso_desk.model.edits.supplier_edits import add_supplier, switch_supplier

    plan = md.example_plan("contingent")
    first = plan.counterpart
    bonus = plan.package("On-time bonus")
    event = bonus.clauses["Unit price"].event
    plan = md.record_choice(plan, [bonus, plan.package(plan.package_names[0])], 0)
    plan = switch_supplier(add_supplier(plan, "Other AG").plan, "Other AG")
    where = [place for place, _issue in clause_places(plan, event)]
    assert f"option On-time bonus of round 1 ({first})" in where  # the event editor's warning names it
    res = remove_event(plan, event)
    assert f"option On-time bonus of round 1 ({first})" in res.message
    back = switch_supplier(res.plan, first)
    assert back.rounds[0].offered[0].clauses == {}
    assert md.estimate_counterpart(back).n_observations == 1
