"""meso-desk events / contingent, and the worked example they are shown on (docs/contingent-terms.md):
events listed with both forecasts, added, removed and resolved into a new file; a package's clauses
with our expected points, spread and the bet; suggested clauses; one-line errors and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import meso_desk as md
from meso_desk import cli
from meso_desk.model.examples import example_path
from meso_desk.model.offers.contingent import their_values_many
from meso_desk.model.offers.status import TARGET_TOLERANCE

EXAMPLE = example_path("contingent")


def run(capsys, *args) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str) -> bool:
    return err.count("\n") == 1 and err.startswith("meso-desk: ") and "Traceback" not in err


@pytest.fixture
def plan_file(tmp_path) -> Path:
    p = tmp_path / "chairs.meso"
    md.save_plan(md.example_plan("contingent"), p)
    return p


# -- the worked example ---------------------------------------------------------------------------
def test_the_example_offers_contingent_packages_worth_what_the_fixed_one_is_worth():
    plan = md.example_plan("contingent")
    fixed = plan.package("Fixed price")
    (meso,) = plan.meso_sets
    assert meso.level == pytest.approx(fixed.score, abs=0.05)
    # the set mixes the fixed package and its contingent versions, all worth the same to us
    assert meso.packages[0] == "Fixed price"
    contingent = meso.packages[1:]
    theirs = their_values_many(plan, [plan.package(n) for n in ("Fixed price", *contingent)])
    for k, name in enumerate(contingent, 1):
        p = plan.package(name)
        assert p.contingent and p.acceptable, name
        assert abs(p.score - fixed.score) < TARGET_TOLERANCE, name
        assert theirs[k] > theirs[0] + 1.0, f"{name} is no better for them than the fixed price by their forecast"
    assert [e.name for e in plan.events] == ["On-time delivery", "Steel price index", "Failure rate"]
    assert all(e.verifiable for e in plan.events)


# -- meso-desk events -----------------------------------------------------------------------------
def test_events_lists_both_forecasts_how_measured_and_the_clauses(capsys):
    code, out, _ = run(capsys, "events", EXAMPLE)
    assert code == 0
    assert "3 events" in out and "INTERNAL" in out
    assert "Ergonord's sales director, 12 Nov" in out and "our goods receipts, last 8 quarters" in out
    assert "Measured by: warranty returns logged in both systems." in out
    assert "clauses: Warranty guard (Warranty)" in out
    code, out, _ = run(capsys, "events", EXAMPLE, "--json")
    rows = json.loads(out)["events"]
    assert [r["name"] for r in rows] == ["On-time delivery", "Steel price index", "Failure rate"]
    assert rows[0]["clauses"] == ["On-time bonus (Unit price)"] and rows[0]["verifiable"] is True


def test_add_a_numeric_event_with_both_forecasts(capsys, plan_file, tmp_path):
    out_file = tmp_path / "new.meso"
    code, out, err = run(capsys, "events", plan_file, "--add", "Call-off volume", "--unit", "units",
                         "--ours", 1500, 1900, 2300, "--theirs", 2200, 2600, 3000, "--their-source", "their forecast",
                         "--measured-by", "call-off orders", "--period", "year", "--lower", 0, "-o", out_file)
    assert code == 0, err
    assert "Event 'Call-off volume' added." in out and str(out_file) in out
    e = md.load_plan(out_file).event("Call-off volume")
    assert (e.ours.low, e.ours.likely, e.ours.high) == (1500, 1900, 2300)
    assert e.theirs.likely == 2600 and e.theirs.source == "their forecast"
    assert e.unit == "units" and e.period == "year" and e.lower == 0 and e.verifiable
    assert md.load_plan(plan_file).events == md.example_plan("contingent").events  # the input is untouched


def test_add_an_event_with_states_one_sided(capsys, plan_file, tmp_path):
    out_file = tmp_path / "new.meso"
    code, _, err = run(capsys, "events", plan_file, "--add", "New line", "--states", "on time,late",
                       "--ours-chances", "0.6,0.4", "--theirs-chances", "0.9,0.1", "--one-sided",
                       "--measured-by", "their plant report", "-o", out_file)
    assert code == 0, err
    e = md.load_plan(out_file).event("New line")
    assert e.kind == "states" and e.states == ("on time", "late")
    assert e.ours.chance("late") == pytest.approx(0.4) and e.theirs.chance("late") == pytest.approx(0.1)
    assert not e.verifiable
    code, out, _ = run(capsys, "events", out_file)
    assert "! Only one side can see the measurement" in out


@pytest.mark.parametrize(("args", "words"), [
    (["--add", "On-time delivery", "--ours", 1, 2, 3], "already an event called 'On-time delivery'"),
    (["--add", "X", "--ours", 3, 2, 1], "low ≤ likely ≤ high"),
    (["--add", "X"], "needs our forecast"),
    (["--add", "", "--ours", 1, 2, 3], "event name must not be empty"),
    (["--add", "X", "--states", "a,b", "--ours-chances", "1"], "1 chances for 2 states"),
    (["--add", "X", "--states", "a,b", "--ours-chances", "x,y"], "expected numbers"),
    (["--outcome", "On-time delivery", 120], "outside the event's bounds"),
    (["--outcome", "Nothing", 1], "no event called 'Nothing'"),
    (["--remove", "Nothing"], "no event called 'Nothing'"),
    (["--remove", "Failure rate", "--outcome", "Failure rate", 1], "one edit at a time"),
])
def test_a_refused_edit_is_one_line_exit_2_and_writes_nothing(capsys, plan_file, tmp_path, args, words):
    out_file = tmp_path / "new.meso"
    code, out, err = run(capsys, "events", plan_file, *args, "-o", out_file)
    assert code == 2 and one_line_error(err) and words in err, err
    assert not out_file.exists()


def test_an_edit_needs_an_output_and_does_not_overwrite_without_force(capsys, plan_file):
    code, _, err = run(capsys, "events", plan_file, "--remove", "Failure rate")
    assert code == 2 and one_line_error(err) and "-o OUT.meso" in err
    code, _, err = run(capsys, "events", plan_file, "--remove", "Failure rate", "-o", plan_file)
    assert code == 1 and "already exists" in err
    code, out, _ = run(capsys, "events", plan_file, "--remove", "Failure rate", "-o", plan_file, "--force")
    assert code == 0 and "1 contingent clause dropped from Warranty guard" in out
    plan = md.load_plan(plan_file)
    assert "Failure rate" not in [e.name for e in plan.events]
    assert not plan.package("Warranty guard").contingent
    assert md.load_plan(plan_file.with_name(plan_file.name + ".bak")).event("Failure rate") is not None


def test_record_an_outcome_and_clear_it(capsys, plan_file, tmp_path):
    done, cleared = tmp_path / "done.meso", tmp_path / "cleared.meso"
    code, out, _ = run(capsys, "events", plan_file, "--outcome", "On-time delivery", 91, "--date", "2027-04-02",
                       "-o", done)
    assert code == 0 and "Outcome of 'On-time delivery': 91 %." in out
    e = md.load_plan(done).event("On-time delivery")
    assert e.actual == 91 and e.actual_date.isoformat() == "2027-04-02"
    code, out, _ = run(capsys, "events", done)
    assert "outcome: 91 % (recorded 2027-04-02)" in out
    code, _, _ = run(capsys, "events", done, "--outcome", "On-time delivery", "", "-o", cleared)
    assert code == 0 and not md.load_plan(cleared).event("On-time delivery").resolved
    code, _, err = run(capsys, "events", done, "--outcome", "On-time delivery", 91, "--date", "soon", "-o", cleared,
                       "--force")
    assert code == 2 and one_line_error(err) and "YYYY-MM-DD" in err


# -- meso-desk contingent -------------------------------------------------------------------------
def test_contingent_shows_the_sentence_our_spread_and_the_bet(capsys):
    code, out, _ = run(capsys, "contingent", EXAMPLE, "On-time bonus", "--against", "Fixed price")
    assert code == 0
    assert "INTERNAL" in out and "10–90 %" in out and "total cost" in out
    assert "card: If on-time delivery falls below 95 % in a quarter" in out
    assert "the bet: " in out and "against Fixed price: +0.0 points for us" in out and "+-" not in out
    code, out, _ = run(capsys, "contingent", EXAMPLE, "Steel indexed")
    assert "! Its value to them rests on their forecast" in out


def test_contingent_json_matches_the_model(capsys):
    plan = md.example_plan("contingent")
    code, out, _ = run(capsys, "contingent", EXAMPLE, "Warranty guard", "--json", "--against", "Fixed price")
    assert code == 0
    rep = json.loads(out)
    pkg = plan.package("Warranty guard")
    assert rep["expected"] == pytest.approx(pkg.score, abs=1e-3)
    lo, mid, hi = rep["points"]
    assert lo <= mid <= hi and lo < hi  # a clause that bites sometimes: a spread
    (c,) = rep["clauses"]
    assert c["issue"] == "Warranty" and c["base"] == 24 and c["clause"]["shape"] == "threshold"
    assert c["card"] == "If the failure rate exceeds 1 % in a year, the warranty is 36 months."
    assert c["bet"]["our_gain"] > 0 and c["bet"]["verifiable"] is True
    assert rep["against"]["their_gain"] > 0 and abs(rep["against"]["ours_gain"]) < TARGET_TOLERANCE
    code, out, _ = run(capsys, "contingent", EXAMPLE, "Fixed price", "--json")
    rep = json.loads(out)
    assert rep["clauses"] == [] and rep["points"][0] == rep["points"][2] == pytest.approx(rep["expected"])


def test_suggest_offers_versions_worth_the_same_to_us_and_more_to_them(capsys):
    plan = md.example_plan("contingent")
    fixed = plan.package("Fixed price")
    code, out, _ = run(capsys, "contingent", EXAMPLE, "Fixed price", "--suggest", "--limit", 2, "--json")
    assert code == 0
    rows = json.loads(out)["suggestions"]
    assert 1 <= len(rows) <= 2
    for s in rows:
        assert abs(s["points"] - fixed.score) < TARGET_TOLERANCE
        assert s["bet"]["their_gain"] > 0 and s["card"]
        assert s["clause"]["event"] == s["event"] and s["issue"] in plan.issue_names
        assert s["moved"] and all(fixed[i] != t for i, t in s["moved"].items())  # a base term paid for it
    code, out, _ = run(capsys, "contingent", EXAMPLE, "Fixed price", "--suggest")
    assert "1. " in out and "card: " in out and "the bet: " in out


@pytest.mark.parametrize(("args", "words"), [
    (["contingent", EXAMPLE, "Nope"], "no package called 'Nope'"),
    (["contingent", EXAMPLE, "Fixed price", "--against", "Nope"], "--against: no package called 'Nope'"),
    (["contingent", EXAMPLE, "Fixed price", "--suggest", "--limit", "0"], "--limit 0"),
    (["contingent", "missing.meso", "Fixed price"], "file not found"),
    (["events", "missing.meso"], "file not found"),
])
def test_contingent_errors_are_one_line_exit_2(capsys, args, words):
    code, out, err = run(capsys, *args)
    assert code == 2 and one_line_error(err) and words in err, err


def test_add_with_affects_names_the_terms_and_refuses_an_unknown_one(tmp_path, capsys):
    from meso_desk.cli import main

    src = tmp_path / "p.meso"
    src.write_text(md.example_plan("supplier").to_json(), encoding="utf-8")
    out = tmp_path / "q.meso"
    rc = main(["events", str(src), "--add", "Scrap rate", "--unit", "%", "--ours", "1", "2", "4",
               "--affects", "Unit price, Warranty", "-o", str(out)])
    assert rc == 0
    assert md.load_plan(out).event("Scrap rate").affects == ("Unit price", "Warranty")
    capsys.readouterr()
    assert main(["events", str(out)]) == 0
    assert "may change: Unit price, Warranty" in capsys.readouterr().out
    rc = main(["events", str(src), "--add", "Scrap rate", "--unit", "%", "--ours", "1", "2", "4",
               "--affects", "Colour", "-o", str(tmp_path / "r.meso")])
    err = capsys.readouterr().err
    assert rc == 2 and "Colour" in err and "Traceback" not in err


def test_the_german_command_line_quotes_the_card_as_the_card_prints_it(capsys, monkeypatch):
    """The card speaks the plan's language (English here): the German "Karte:" line quotes that very
    sentence, not a German one the card never prints."""
    from meso_desk.model.documents.cards import card_set
    from meso_desk.model.language import current_language, set_language

    plan = md.example_plan("contingent")
    assert plan.language == "en"
    printed = card_set(plan, ["On-time bonus"]).text()
    before = current_language()
    monkeypatch.setenv("MESO_DESK_LANGUAGE", "de")
    try:
        code, out, _ = run(capsys, "contingent", EXAMPLE, "On-time bonus")
        code_json, out_json, _ = run(capsys, "contingent", EXAMPLE, "On-time bonus", "--json")
    finally:
        set_language(before)
    assert code == 0 and code_json == 0
    card = next(line.strip() for line in out.splitlines() if line.strip().startswith("Karte: "))
    sentence = card.removeprefix("Karte: ")
    assert sentence.startswith("If on-time delivery falls below 95 % in a quarter") and sentence in printed
    assert json.loads(out_json)["clauses"][0]["card"] == sentence
