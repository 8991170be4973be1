"""The issue edits and curve edits, called directly (no Qt): results, reasons, wording."""

from __future__ import annotations

import pytest

import meso_desk as md
from meso_desk.model.edits.curve_edits import (
    add_breakpoint,
    clamp_value,
    constrain_breakpoint,
    remove_breakpoint,
    set_breakpoints,
    set_curvature,
    set_hard_limit,
    set_option_value,
    snap_to_range,
)
from meso_desk.model.edits.issue_edits import (
    MAX_DESCRIPTION,
    EditRefused,
    IssueEdit,
    OptionRow,
    add_issue,
    check_issue,
    edit_issue,
    edit_value,
    move_issue,
    parse_number,
    remove_issue,
    unique_issue_name,
)
from meso_desk.model.language import speaking
from meso_desk.model.preferences.issue_text import COLUMN_KEYS, display_text, tooltip_text


@pytest.fixture
def plan():
    return md.example_plan("supplier")


def _row(plan, name):
    return plan.issue_names.index(name)


def _with_breakpoints(plan, name="Delivery"):
    row = _row(plan, name)
    pts = ((2.0, 100.0), (6.0, 80.0), (9.0, 50.0), (12.0, 0.0))
    issue = plan.issues[row].model_copy(update={"curve": md.Curve.BREAKPOINTS, "breakpoints": pts})
    return plan.with_issue(row, issue)


# -- typing into a cell ---------------------------------------------------------------------------


def test_an_edit_is_pure_and_names_itself(plan):
    r = edit_issue(plan, 2, "step", "2")
    assert isinstance(r, IssueEdit) and r.ok
    assert r.plan.issue("Delivery").step == 2 and plan.issue("Delivery").step == 1
    assert r.text == "Change step of “Delivery”" and r.message.startswith("Change step of “Delivery”.")
    # packages on odd weeks move onto the new step, and the message says so
    assert "Also changed to fit: " in r.message and "package(s)" in r.message
    assert r.focus == ("Delivery", "Delivery", 2)
    refused = edit_issue(plan, 2, "step", "x")
    assert not refused.ok and refused.plan is plan
    assert refused.reason == "step: 'x' is not a number"
    assert refused.message == "Not applied: step: 'x' is not a number"


def test_the_current_value_changes_nothing(plan):
    r = edit_issue(plan, 2, "step", "1")
    assert r.ok and r.text == "" and r.plan is plan


@pytest.mark.parametrize(
    ("issue", "col", "value", "reason"),
    [
        ("Delivery", "name", "", "must not be empty"),
        ("Delivery", "name", "   ", "must not be empty"),
        ("Delivery", "name", "unit PRICE", "already exists"),
        ("Delivery", "range", ("12", "2"), "must be below"),
        ("Delivery", "range", ("5", "5"), "must be below"),
        ("Delivery", "range", ("two", "12"), "not a number"),
        ("Delivery", "range", ("2", "9"), "hard limit"),  # 10 weeks would lie outside 2–9
        ("Delivery", "range", "2 – 5 – 9", "enter the lowest and the highest"),
        ("Delivery", "step", "0", "above zero"),
        ("Delivery", "step", "-1", "above zero"),
        ("Delivery", "step", "20", "larger than the range"),
        ("Delivery", "step", "fast", "not a number"),
        ("Delivery", "step", "", "enter a number"),
        ("Delivery", "step", "inf", "finite"),
        ("Delivery", "unit", "x" * 25, "keep it short"),
        ("Delivery", "direction", "sideways", "is not one of Lower, Higher"),
        ("Delivery", "curve", "wavy", "is not one of"),
        ("Delivery", "kind", "boolean", "neither numeric nor categorical"),
        ("Delivery", "colour", "red", "unknown column"),
        ("Unit price", "hard_limit", "300", "outside the range"),
        ("Unit price", "hard_limit", "cheap", "not a number"),
        ("Unit price", "money", "-5", "above zero"),
        ("Unit price", "kind", "categorical", "too many options"),
        ("Unit price", "description", "x" * (MAX_DESCRIPTION + 1), "at most"),
        ("Incoterm", "range", [], "at least one option"),
        ("Incoterm", "range", [("A", 10), ("A", 20)], "duplicate option"),
        ("Incoterm", "range", [("EXW", 10), ("exw ", 20)], "duplicate option"),  # one option in the room
        ("Incoterm", "range", [("A", 10, False)], "at least one option must be acceptable"),
        ("Incoterm", "range", [("A", 120)], "less than or equal to 100"),
        ("Incoterm", "range", [("", 10)], "must not be empty"),
        ("Incoterm", "hard_limit", ["CIF"], "has no option “CIF”"),
        ("Incoterm", "step", "1", "a categorical issue has no step"),
    ],
)
def test_refused_edits_give_the_reason_and_keep_the_plan(plan, issue, col, value, reason):
    r = edit_issue(plan, _row(plan, issue), col, value)
    assert not r.ok and reason in r.reason and r.plan is plan
    assert r.message == f"Not applied: {r.reason}"


def test_no_such_issue_is_refused(plan):
    assert edit_issue(plan, 99, "name", "X").reason == "no such issue"


def test_numeric_edits_apply(plan):
    row = _row(plan, "Delivery")
    for key, value in (("range", ("1", "16")), ("step", "0.5"), ("unit", "days"), ("direction", "higher"),
                       ("hard_limit", "")):
        r = edit_issue(plan, row, key, value)
        assert r.ok and r.text, key
        plan = r.plan
    d = plan.issue("Delivery")
    assert (d.min, d.max, d.step, d.unit, d.direction, d.hard_limit) == (1, 16, 0.5, "days", "higher", None)
    r = edit_issue(plan, _row(plan, "Unit price"), "money", "1,750.5")
    assert r.plan.issue("Unit price").money_per_unit == 1750.5


def test_a_range_may_be_typed_as_one_text(plan):
    r = edit_issue(plan, _row(plan, "Delivery"), "range", "1 – 14")
    assert (r.plan.issue("Delivery").min, r.plan.issue("Delivery").max) == (1, 14)


@pytest.mark.parametrize(("text", "unit", "number"), [
    ("1,500.50", "", 1500.5), ("12,5", "", 12.5), ("-3", "", -3.0), ("EUR 180", "EUR", 180.0),
    ("30 days", "days", 30.0), ("1 000", "", 1000.0), (7, "", 7.0),
])
def test_numbers_are_read_as_people_type_them(text, unit, number):
    assert parse_number(text, unit=unit) == number


def test_a_boolean_is_not_a_number():
    with pytest.raises(EditRefused, match="not a number"):
        parse_number(True, "step")


def test_choosing_breakpoints_seeds_them_from_the_current_curve(plan):
    old = plan.issue("Delivery")
    r = edit_issue(plan, _row(plan, "Delivery"), "curve", "breakpoints")
    new = r.plan.issue("Delivery")
    assert new.curve == "breakpoints" and len(new.breakpoints) >= 3
    for x, y in new.breakpoints:
        assert y == pytest.approx(old.value(x), abs=0.05)
    assert display_text(r.plan, new, "curve") == f"Points ({len(new.breakpoints)})"
    # and back to a shape: the points go
    back = edit_issue(r.plan, _row(plan, "Delivery"), "curve", "Linear").plan.issue("Delivery")
    assert back.curve == "linear" and back.breakpoints == ()


def test_a_new_range_or_direction_refits_a_breakpoint_curve(plan):
    plan = _with_breakpoints(plan)
    row = _row(plan, "Delivery")
    narrow = edit_issue(plan, row, "range", ("4", "10")).plan.issue("Delivery")
    assert narrow.breakpoints[0][0] == 4 and narrow.breakpoints[-1][0] == 10
    assert (6.0, 80.0) in narrow.breakpoints and (9.0, 50.0) in narrow.breakpoints
    mirrored = edit_issue(plan, row, "direction", "higher").plan.issue("Delivery")
    assert mirrored.breakpoints == ((2.0, 0.0), (5.0, 50.0), (8.0, 80.0), (12.0, 100.0))


def test_changing_kind_converts_and_keeps_terms(plan):
    row = _row(plan, "Warranty")
    r = edit_issue(plan, row, "kind", "categorical")
    w = r.plan.issue("Warranty")
    assert r.text == "Make “Warranty” categorical"
    assert w.kind == "categorical" and w.labels == ["12 months", "18 months", "24 months", "30 months",
                                                    "36 months", "42 months", "48 months"]
    old_terms = [p.terms["Warranty"] for p in plan.packages]
    assert [p.terms["Warranty"] for p in r.plan.packages] == [f"{t:g} months" for t in old_terms]
    # and back: labels with numbers become a numeric range again
    w2 = edit_issue(r.plan, row, "kind", "numeric").plan
    assert (w2.issue("Warranty").min, w2.issue("Warranty").max, w2.issue("Warranty").step,
            w2.issue("Warranty").unit) == (12, 48, 6, "months")
    assert [p.terms["Warranty"] for p in w2.packages] == old_terms


def test_a_categorical_issue_without_numbers_becomes_a_numbered_range(plan):
    row = _row(plan, "Incoterm")
    num = edit_issue(plan, row, "kind", "numeric").plan.issue("Incoterm")
    assert (num.min, num.max, num.step) == (0, 3, 1)
    # EXW (never acceptable) sits at the worse end: it becomes the hard limit
    assert num.direction == "higher" and num.hard_limit == 1


def test_options_follow_a_rename_and_acceptable_options_are_set(plan):
    row = _row(plan, "Incoterm")
    rows = list(edit_value(plan.issues[row], "range"))
    assert all(isinstance(o, OptionRow) for o in rows)
    rows[2] = OptionRow("DAP Berlin", rows[2].value, True, "DAP")
    r = edit_issue(plan, row, "range", rows)
    assert r.plan.issue("Incoterm").labels == ["EXW", "FCA", "DAP Berlin", "DDP"]
    for old, new in zip(plan.packages, r.plan.packages):
        t = old.terms["Incoterm"]
        assert new.terms["Incoterm"] == ("DAP Berlin" if t == "DAP" else t)
    banned = edit_issue(plan, row, "hard_limit", ["EXW", "FCA"]).plan.issue("Incoterm")
    assert [o.acceptable for o in banned.options] == [False, False, True, True]


def test_notes_are_tidied(plan):
    r = edit_issue(plan, _row(plan, "Incoterm"), "description", "  what   it covers ")
    assert r.plan.issue("Incoterm").description == "what it covers" and r.text.startswith("Edit notes")


# -- add, remove, move ------------------------------------------------------------------------------


def test_add_gives_a_unique_name_a_share_of_weight_and_a_message(plan):
    r = add_issue(plan, "numeric", 3)
    assert r.ok and r.plan.issue_names[3] == "New issue" and r.focus == ("", "New issue", 3)
    assert r.text == "Add numeric issue “New issue”"
    assert r.message == ("Added “New issue”: type its name, then set range and curve. Its weight is "
                         f"{r.plan.weights['New issue'] * 100:.0f} %.")
    assert sum(r.plan.weights.values()) == pytest.approx(1.0)
    assert unique_issue_name(r.plan) == "New issue 2"
    cat = add_issue(r.plan, "categorical").plan.issues[-1]
    assert cat.name == "New issue 2" and len(cat.options) == 2


def test_remove_refuses_the_last_issue_and_says_undo_brings_it_back(plan):
    r = remove_issue(plan, _row(plan, "Delivery"))
    assert "Delivery" not in r.plan.issue_names
    assert r.message == ("Removed “Delivery” with what was on it (1 constituency). "
                         "Undo brings it all back with its weight and terms.")
    one = md.Plan(title="One", issues=(plan.issue("Delivery"),))
    refused = remove_issue(one, 0)
    assert not refused.ok and "at least one issue" in refused.reason
    assert refused.message.startswith("Not removed: ")
    assert remove_issue(plan, -1).reason == "no issue selected"


def test_move_clips_to_the_table_and_keeps_the_weights(plan):
    r = move_issue(plan, 2, -5)
    assert r.plan.issue_names[0] == "Delivery" and r.text == "Move issue “Delivery” up"
    assert r.plan.weights == pytest.approx(plan.weights)
    assert move_issue(plan, 0, 0).text == ""


# -- the value curve -------------------------------------------------------------------------------


def test_a_breakpoint_cannot_pass_its_neighbours_and_snaps_to_the_step(plan):
    issue = _with_breakpoints(plan).issue("Delivery")
    pts = list(issue.breakpoints)
    assert constrain_breakpoint(issue, pts, 1, 11.7, 140) == (8, 100)
    assert constrain_breakpoint(issue, pts, 1, 0.2, -5) == (3, 0)
    assert constrain_breakpoint(issue, pts, 1, 4.4, 50.04) == (4, 50.0)
    crowded = [(2.0, 100.0), (3.0, 80.0), (4.0, 0.0)]
    assert constrain_breakpoint(issue, crowded, 1, 3.6, 60) == (3, 60), "no room: it stays"


def test_an_issue_named_across_lines_is_named_on_one_line_in_its_undo_texts(plan):
    """Qt's undo stack cuts a text at a line break ("Move breakpoint of “Delivery" in the history, "Undo 2”").
    Such a name is no longer typed (refused below), but a script's plan may still hold one."""
    plan = _with_breakpoints(plan)
    row = _row(plan, "Delivery")
    across = plan.with_issue(row, plan.issues[row].model_copy(update={"name": "Delivery\n2"}))
    assert edit_issue(across, row, "name", "Delivery 3").text == "Rename issue “Delivery 2” to “Delivery 3”"
    moved = set_breakpoints(across, "Delivery\n2", [(2, 100), (6, 80), (9, 70.0), (12, 0)])
    assert moved.text == "Move breakpoint of “Delivery 2”"
    assert add_breakpoint(across, "Delivery\n2", 4, 90).text == "Add breakpoint to “Delivery 2”"


def test_a_name_is_typed_on_one_line(plan):
    """A line break, a tab or another control character inside a typed name is refused with one sentence
    (Qt cuts an undo text at a break, a tab pushes it into the menu's shortcut column); at the ends it is
    trimmed, as blanks always were. Issue names and a categorical issue's option labels alike."""
    row = _row(plan, "Delivery")
    for typed in ("Delivery\n2", "Delivery\r\n2", "Delivery\t2", "Delivery\x1b2", "Delivery\u20282"):
        r = edit_issue(plan, row, "name", typed)
        assert not r.ok and r.plan is plan, typed
        assert r.reason == "issue name must fit on one line (no line breaks or tabs)"
    trimmed = edit_issue(plan, row, "name", "Delivery 2\n")
    assert trimmed.ok and trimmed.plan.issue_names[row] == "Delivery 2"
    row = _row(plan, "Incoterm")
    rows = [OptionRow(o.label, o.value, o.acceptable, o.label) for o in plan.issues[row].options]
    renamed = edit_issue(plan, row, "range", [OptionRow("Ex\nWorks", 0, True, "EXW"), *rows[1:]])
    added = edit_issue(plan, row, "range", [*rows, OptionRow("CIF\tport", 50, True)])
    assert [r.reason for r in (renamed, added)] == [
        "option 1: option label must fit on one line (no line breaks or tabs)",
        "option 5: option label must fit on one line (no line breaks or tabs)"]
    # an option a file brought across lines stays as it is while the others change
    across = plan.with_issue(row, plan.issues[row].model_copy(update={"options": (
        plan.issues[row].options[0].model_copy(update={"label": "E\nXW"}), *plan.issues[row].options[1:])}))
    kept = [OptionRow("E\nXW", 10, True, "E\nXW"), *rows[1:]]
    assert edit_issue(across, row, "range", kept).ok


def test_values_and_limits_stay_on_the_scale_and_the_grid(plan):
    assert clamp_value(180) == 100 and clamp_value(-20) == 0 and clamp_value(60.44) == 60.4
    assert clamp_value(60.4, 0) == 60
    price = plan.issue("Unit price")
    assert snap_to_range(price, 240.2) == 240.0 and snap_to_range(price, 999) == 260


def test_breakpoint_edits(plan):
    plan = _with_breakpoints(plan)
    moved = set_breakpoints(plan, "Delivery", [(2, 100), (6, 80), (9, 70.0), (12, 0)])
    assert moved.text == "Move breakpoint of “Delivery”"
    assert moved.plan.issue("Delivery").breakpoints == ((2, 100), (6, 80), (9, 70.0), (12, 0))
    assert set_breakpoints(plan, "Delivery", plan.issue("Delivery").breakpoints).text == ""
    added = add_breakpoint(plan, "Delivery", 4.2, 91.26)
    assert added.plan.issue("Delivery").breakpoints[1] == (4, 91.3)
    twice = add_breakpoint(added.plan, "Delivery", 4.0, 10)
    assert not twice.ok and twice.message == "There is already a breakpoint at 4 weeks."
    assert not add_breakpoint(plan, "Delivery", 20, 10).ok, "off the range"
    assert not add_breakpoint(plan, "Unit price", 200, 10).ok, "not a breakpoint curve"
    fewer = remove_breakpoint(plan, "Delivery", 1).plan
    fewer = remove_breakpoint(fewer, "Delivery", 1).plan
    assert len(fewer.issue("Delivery").breakpoints) == 2
    last = remove_breakpoint(fewer, "Delivery", 0)
    assert not last.ok and last.message == "A breakpoint curve needs at least two points."
    # an end point stays: without it the curve stopped short and held its value to the end of the
    # range (12 weeks, the worst term, was worth 53 points after the last point went)
    four = plan.issue("Delivery").breakpoints
    assert len(four) > 2 and four[-1][0] == plan.issue("Delivery").max
    for end in (0, len(four) - 1):
        r = remove_breakpoint(plan, "Delivery", end)
        assert not r.ok and r.plan is plan and "end points stay" in r.message


def test_option_value_hard_limit_and_bend(plan):
    r = set_option_value(plan, "Incoterm", 1, 60)
    assert r.plan.issue("Incoterm").option("FCA").value == 60
    assert r.text == "Set value of “FCA” (Incoterm) to 60"
    assert set_option_value(plan, "Incoterm", 1, 61, say_value=False).text == "Set value of “FCA” (Incoterm)"
    assert set_option_value(plan, "Incoterm", 1, 35).text == ""
    limit = set_hard_limit(plan, "Unit price", 240.2)
    assert limit.plan.issue("Unit price").hard_limit == 240.0 and limit.text == "Move hard limit of “Unit price”"
    assert set_hard_limit(plan, "Unit price", 248.1).text == ""
    bend = set_curvature(plan, "Delivery", 3.456)
    assert bend.plan.issue("Delivery").curvature == 3.46 and bend.text == "Change bend of “Delivery”"
    assert set_curvature(plan, "Delivery", plan.issue("Delivery").curvature).text == ""


# -- the cells in words --------------------------------------------------------------------------


def test_every_cell_has_a_text_and_a_tooltip(plan):
    for issue in plan.issues:
        for key in COLUMN_KEYS:
            assert isinstance(display_text(plan, issue, key), str)
            assert tooltip_text(plan, issue, key), (issue.name, key)
    price = plan.issue("Unit price")
    assert display_text(plan, price, "range") == "180.0–260.0"
    assert display_text(plan, plan.issue("Delivery"), "money") == "800"
    assert display_text(plan, plan.issue("Delivery"), "curve") == "Diminishing"
    assert "EXW" in display_text(plan, plan.issue("Incoterm"), "hard_limit")
    assert edit_value(price, "range") == ("180.0", "260.0")
    assert edit_value(price, "hard_limit") == "248.0"


def test_an_issue_name_is_kept_short(plan):
    """A 283-character name was accepted and pushed every weight slider off the screen."""
    long = "Warranty on frames, mechanisms, upholstery, castors and every other part of the chair"
    r = edit_issue(plan, 0, "name", long)
    assert not r.ok and r.plan is plan
    assert f"at most 60 characters, not {len(long)}" in r.message
    assert edit_issue(plan, 0, "name", long[:60]).ok


def test_a_refusal_names_the_field_as_the_table_does(plan):
    """"money_per_unit: must be at most …" showed the field's name in the file."""
    r = edit_issue(plan, 0, "money", "1e300")
    assert not r.ok and "money equivalent: must be at most" in r.message and "money_per_unit" not in r.message


def test_a_duplicate_option_is_named_in_the_quotes_of_the_language_without_the_field(plan):
    """The Options dialog said "options: doppelte Option 'DAP'" in German (the English field's name,
    straight quotes) and "duplicate option 'DAP'" in English: the prefix was dropped only when the
    reason named the field in lower case, and the schema's own quotes came through."""
    row = _row(plan, "Incoterm")
    rows = [("DAP", 10), ("FCA", 40), ("DAP", 20)]
    assert edit_issue(plan, row, "range", rows).reason == "duplicate option “DAP”"
    with speaking("de"):
        r = edit_issue(plan, row, "range", rows)
    assert not r.ok and r.reason == "doppelte Option „DAP“"
    assert r.message == "Nicht übernommen: doppelte Option „DAP“"


@pytest.mark.parametrize("language, reason", [
    ("en", "two breakpoints share the same term"),
    ("de", "zwei Stützpunkte haben denselben Wert"),  # was "breakpoints: zwei Stützpunkte …"
])
def test_a_reason_that_names_its_field_in_any_language_drops_the_fields_code_name(plan, language, reason):
    issue = plan.issue("Delivery").model_copy(update={
        "curve": md.Curve.BREAKPOINTS, "breakpoints": ((2.0, 100.0), (2.0, 50.0), (12.0, 0.0))})
    with speaking(language), pytest.raises(EditRefused) as refused:
        check_issue(plan, _row(plan, "Delivery"), issue)
    assert str(refused.value) == reason


def test_a_loaded_plan_whose_options_differ_only_in_case_stays_editable(plan):
    # a file may carry "EXW" and "exw" (the schema accepts them); the edit rule refuses only a new twin
    row = _row(plan, "Incoterm")
    twins = plan.with_issue(row, plan.issues[row].model_copy(update={"options": (
        md.Option(label="EXW", value=100), md.Option(label="exw", value=40), md.Option(label="DAP", value=0))}))
    r = edit_issue(twins, row, "name", "Delivery terms")
    assert r.ok and r.plan.issues[row].name == "Delivery terms"
    r = edit_issue(twins, row, "range", [("EXW", 100), ("exw", 40), ("dap", 0), ("DAP", 10)])
    assert not r.ok and "duplicate option" in r.reason and "DAP" in r.reason
