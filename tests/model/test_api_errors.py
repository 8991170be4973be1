"""The scripting API refuses a wrong call in one plain sentence (docs/file-format.md, "Errors in
scripts"): an unknown name, a term out of range or off the step, a bad field value, the wrong type.

Every case here was a KeyError with a quoted repr, a multi-line pydantic dump, a Python error from
deep inside, or silently accepted (the CLI/API audit, items 6, 7, 9, 13 and 14)."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

import meso_desk as md
from meso_desk.model.errors import first_error
from meso_desk.model.io.genius_xml import GeniusError
from meso_desk.model.io.geniusweb import export_geniusweb, import_geniusweb


@pytest.fixture(scope="module")
def plan():
    return md.example_plan("supplier")


@pytest.fixture(scope="module")
def quote(plan):
    return dict(plan.package("Competing quote (BATNA)").terms)


def one_sentence(err: BaseException) -> str:
    text = str(err)
    assert text and "\n" not in text and "pydantic" not in text and "Error" not in text, text
    assert not text.startswith(("'", '"')), text  # not a KeyError's quoted repr
    return text


# -- unknown names --------------------------------------------------------------------------
def test_unknown_names_are_one_sentence_and_both_value_and_key_errors(plan):
    m = md.generate_mesos(plan)
    contingent = md.example_plan("contingent")
    calls = {
        "no issue called 'Colour'": [lambda: plan.issue("Colour"), lambda: plan.with_term("Our ideal", "Colour", 1),
                                     lambda: md.rebalance(plan, m[0], "Colour", 6),
                                     lambda: md.value_slice(plan, "Colour", "Delivery")],
        "no package called 'Nope'": [lambda: plan.package("Nope"), lambda: plan.with_term("Nope", "Delivery", 6),
                                     lambda: md.approvals(plan, ["Nope"])],
        "no event called 'Nope'": [lambda: contingent.event("Nope")],
        "no supplier called 'Nope'": [lambda: plan.with_supplier("Nope"), lambda: plan.supplier_record("Nope")],
    }
    for sentence, fns in calls.items():
        for fn in fns:
            with pytest.raises(md.UnknownName) as got:
                fn()
            assert isinstance(got.value, ValueError) and isinstance(got.value, KeyError)
            assert one_sentence(got.value) == sentence


def test_terms_with_an_unknown_or_a_missing_issue_are_refused(plan, quote):
    for fn in (lambda: md.total_cost(plan, {**quote, "Colour": 1}), lambda: md.talking_points(plan, {"Colour": 1}),
               lambda: md.approvals(plan, [{**quote, "Colour": 1}]), lambda: md.score(plan, {**quote, "Colour": 1})):
        with pytest.raises(md.UnknownName) as got:
            fn()
        assert one_sentence(got.value) == "unknown issue 'Colour'"
    partial = {"Unit price": 200}
    for fn in (lambda: md.total_cost(plan, partial), lambda: md.talking_points(plan, partial),
               lambda: md.approvals(plan, [partial])):
        with pytest.raises(ValueError) as got:
            fn()
        assert one_sentence(got.value) == "no term for issue 'Order volume'"
    assert md.total_cost(plan, quote) == pytest.approx(358754.2465753425)
    assert md.approvals(plan, ["Competing quote (BATNA)"]).lines() == md.approvals(plan, [quote]).lines()


def test_with_weights_names_the_unknown_issue_first(plan):
    with pytest.raises(ValueError) as got:
        plan.with_weights({"Colour": 1})
    assert one_sentence(got.value) == "weights: weight given for unknown issue 'Colour'"


# -- pydantic: one line, still a ValidationError ----------------------------------------------
@pytest.mark.parametrize("call,sentence", [
    (lambda p: p.replace(reservation=200), "reservation: Input should be less than or equal to 100"),
    (lambda p: p.with_weights({**p.weights, "Unit price": -1}), "weights.Unit price: a weight must be a number ≥ 0"),
    (lambda p: md.Forecast(low=3, likely=2, high=1), "low ≤ likely ≤ high is needed (the 10 %, 50 % and 90 % points)"),
    (lambda p: md.LinearClause(event="x", when="sideways", pivot=0, per_unit=1),
     "when: Input should be 'below', 'above' or 'both'"),
    (lambda p: md.NumericIssue(name="Delivery", min=12, max=2), None),
    (lambda p: md.Plan(title="x", reservation=-1), "reservation: Input should be greater than or equal to 0"),
])
def test_bad_values_are_one_line_validation_errors(plan, call, sentence):
    with pytest.raises(ValidationError) as got:  # what code written before catches, with .errors()
        call(plan)
    assert isinstance(got.value, md.InvalidInput) and isinstance(got.value, ValueError)
    text = one_sentence(got.value)
    assert sentence is None or text == sentence
    assert got.value.errors()  # every error is still there


def test_nested_validation_keeps_its_path(plan):
    """A file or a plan edit reports the path inside the plan, not the bare model's."""
    with pytest.raises(ValidationError) as got:
        md.Plan.model_validate({**json.loads(plan.to_json()), "events": [{"name": "E", "ours": {"low": 3, "likely": 2,
                                                                                               "high": 1}}]})
    assert first_error(got.value).startswith("events[0].ours: low ≤ likely ≤ high is needed")


# -- wrong types -----------------------------------------------------------------------------
@pytest.mark.parametrize("call,sentence", [
    (lambda p, q: md.score(None, q), "expected a Plan, got None"),
    (lambda p, q: md.score(p, None), "expected a package (a mapping of issue → term), got None"),
    (lambda p, q: md.save_plan({"a": 1}, "never-written.meso"), "expected a Plan, got dict"),
    (lambda p, q: md.score_table("plan"), "expected a Plan, got str"),
    (lambda p, q: md.approvals({"a": 1}, [q]), "expected a Plan, got dict"),
    (lambda p, q: md.total_cost(None, q), "expected a Plan, got None"),
    (lambda p, q: md.generate_mesos([]), "expected a Plan, got list"),
    (lambda p, q: md.rebalance(q, q, "Delivery", 6), "expected a Plan, got dict"),
])
def test_something_else_than_a_plan_is_a_type_error_sentence(plan, quote, call, sentence, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(TypeError) as got:
        call(plan, quote)
    assert one_sentence(got.value) == sentence
    assert not (tmp_path / "never-written.meso").exists()


def test_score_many_refuses_indices_outside_the_grid(plan):
    assert md.score_many(plan, [[0, 0, 0, 0, 0, 0]]).shape == (1,)
    for rows, words in (([[-1, 0, 0, 0, 0, 0]], "option index -1 of 'Unit price' is outside 0 – 160"),
                        ([[0, 0, 0, 0, 0, 4]], "option index 4 of 'Incoterm' is outside 0 – 3"),
                        ([[0, 0, 0]], "one column per issue (6)"), ([[0.5] * 6], "whole numbers")):
        with pytest.raises(ValueError) as got:
            md.score_many(plan, rows)
        assert words in one_sentence(got.value)


def test_generate_mesos_refuses_a_level_in_words_and_a_negative_seed(plan):
    for kw, sentence in (({"level": "70"}, "the level must be a number of points, not '70'"),
                         ({"seed": -1}, "the seed must be a whole number ≥ 0, not -1"),
                         ({"count": "3"}, "the number of packages must be a whole number, not '3'")):
        with pytest.raises(md.MesoError) as got:
            md.generate_mesos(plan, **kw)
        assert one_sentence(got.value) == sentence
    assert len(md.generate_mesos(plan, level=70, seed=2)) == 3


def test_set_language_refuses_a_language_it_does_not_speak():
    before = md.current_language()
    try:
        with pytest.raises(ValueError) as got:
            md.set_language("fr")
        assert one_sentence(got.value) == "MESO Desk does not speak 'fr'; it speaks en (English), de (Deutsch)"
        assert md.current_language() == before
        with pytest.raises(ValueError):
            with md.speaking("klingon"):
                pass
        assert [md.set_language(x) for x in ("de_DE.UTF-8", "German", "en-GB", None)] == ["de", "de", "en", "en"]
    finally:
        md.set_language(before)


def test_the_command_line_language_still_falls_back_quietly():
    from meso_desk.cli import cli_language

    assert cli_language({"MESO_DESK_LANGUAGE": "fr_FR"}) == "en"
    assert cli_language({"LANG": "C.UTF-8"}) == "en"


# -- events: a forecast within the bounds; numbers with a true minus ---------------------------
def test_a_forecast_outside_the_events_bounds_is_refused(plan, tmp_path):
    from meso_desk.model.edits.typed_numbers import EditRefused

    low = md.Event(name="X", unit="%", lower=5, ours=md.Forecast(low=1, likely=2, high=3))
    with pytest.raises(EditRefused) as got:
        md.add_event(plan, low)
    assert one_sentence(got.value) == "Our forecast: low 1 % is below the event's lower bound 5 %"
    high = md.Event(name="X", unit="%", upper=100, ours=md.Forecast(low=90, likely=95, high=100),
                    theirs=md.Forecast(low=90, likely=99, high=101))
    with pytest.raises(EditRefused) as got:
        md.add_event(plan, high)
    assert one_sentence(got.value) == "Their forecast: high 101 % is above the event's upper bound 100 %"
    # a file that already holds such a forecast (written before the rule) still opens: nothing lost
    old = plan.replace(events=(low,))
    md.save_plan(old, tmp_path / "old.meso")
    assert md.load_plan(tmp_path / "old.meso").event("X") == low
    edge = md.Event(name="X", unit="%", lower=0, upper=100, ours=md.Forecast(low=0, likely=95, high=100))
    assert md.add_event(plan, edge).plan.event("X") == edge


def test_a_negative_forecast_reads_with_a_true_minus():
    text = md.Forecast(low=-8, likely=-3, high=2).describe("%")
    assert text == "likely −3 % (10–90 %: −8–2 %)"
    assert "-" not in text


# -- files -----------------------------------------------------------------------------------
def test_a_meso_weight_that_is_true_is_refused(plan, tmp_path):
    data = json.loads(plan.to_json())
    data["weights"]["Unit price"] = True
    f = tmp_path / "w.meso"
    f.write_text(json.dumps(data))
    with pytest.raises(md.PlanFileError, match=r"weights\.Unit price: Input should be a valid number"):
        md.load_plan(f)


def test_a_freight_amount_names_its_path_once(plan, tmp_path):
    data = json.loads(plan.to_json())
    data["costs"]["freight"]["FCA"] = -1e300
    f = tmp_path / "f.meso"
    f.write_text(json.dumps(data))
    with pytest.raises(md.PlanFileError) as got:
        md.load_plan(f)
    assert "costs.freight.FCA: -1e+300 is not an amount" in str(got.value)
    assert "freight.freight" not in str(got.value)


def _profile(plan, tmp_path, edit):
    f = tmp_path / "p.json"
    export_geniusweb(plan, f)
    data = json.loads(f.read_text())
    edit(data["LinearAdditiveUtilitySpace"])
    f.write_text(json.dumps(data))
    return f


@pytest.mark.parametrize("edit,words", [
    (lambda s: s["issueWeights"].pop("Unit price"), "gives no weight for issue 'Unit price'"),
    (lambda s: s["issueWeights"].update(Colour=0.1), "weighs issue 'Colour', which it gives no utilities for"),
    (lambda s: s["issueUtilities"]["Delivery"]["NumberValueSetUtilities"].update(lowUtility="x"),
     "lowUtility of 'Delivery' is not a number ('x')"),
    (lambda s: s["issueUtilities"]["Incoterm"]["DiscreteValueSetUtilities"]["valueUtilities"].update(DAP=[1]),
     "the utility of 'Incoterm' = 'DAP' is not a number"),
    (lambda s: s["issueWeights"].update({"Unit price": True}), "the weight of 'Unit price' is not a number ≥ 0"),
])
def test_a_geniusweb_profile_that_does_not_fit_is_refused_in_words(plan, tmp_path, edit, words):
    f = _profile(plan, tmp_path, edit)
    with pytest.raises(GeniusError) as got:
        import_geniusweb(f)
    text = one_sentence(got.value)
    assert words in text and "p.json" in text
    assert "ValueError" not in text and "TypeError" not in text


def test_a_geniusweb_profile_that_fits_still_imports(plan, tmp_path):
    f = _profile(plan, tmp_path, lambda s: None)
    assert import_geniusweb(f).issue_names == plan.issue_names


def test_an_unknown_supplier_is_one_sentence_in_the_sourcing_calls():
    sourcing = md.example_plan("sourcing")
    first = sourcing.supplier_names[0]
    for call in (lambda: md.split_award(sourcing, first, "Nobody"), lambda: md.batna_against(sourcing, "Nobody")):
        with pytest.raises(ValueError) as got:
            call()
        assert isinstance(got.value, KeyError)  # code catching KeyError keeps working
        assert str(got.value) == "no supplier called 'Nobody'"
