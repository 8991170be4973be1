import pytest

import meso_desk as md
from meso_desk.model.preferences.tradeoff import (
    NoTradeOff,
    amount_decimals,
    amount_words,
    assess,
    build_tradeoff,
    comparable_issues,
    default_amount,
    implied_weights,
    yardstick_issue,
)
from meso_desk.model.preferences.weights import weights_as_percent

BATNA = "Competing quote (BATNA)"


def _gain(plan, issue, frm, to):
    i = plan.issue(issue)
    return plan.weights[issue] * (i.value(to) - i.value(frm))


def test_the_price_is_the_yardstick_and_issues_come_weightiest_first(supplier):
    assert yardstick_issue(supplier) == "Unit price"
    names = comparable_issues(supplier)
    assert names[0] == "Delivery"
    assert "Unit price" not in names
    assert set(names) == set(supplier.issue_names) - {"Unit price"}


def test_question_is_concrete_and_both_sides_are_worth_the_same(supplier):
    t = build_tradeoff(supplier, supplier.package(BATNA), "Delivery")
    # starts from the package's 8 weeks and its EUR 236 unit price
    assert t.frm == 8.0 and t.to < 8.0
    assert t.y_from == 236.0 and t.y_to < 236.0
    assert t.question.startswith("Is going from 8 to ")
    assert "weeks delivery worth as much to you as EUR " in t.question
    # the money at the package's own volume, by hand: 1,500 units, 6 % a year for 30 days
    saving = t.amount * 1500 * (1 - 0.06 * 30 / 365)
    assert t.money == f"EUR {saving:,.0f} less in total on 1,500 units"
    assert t.question.endswith(f" off the unit price ({t.money})?")
    assert f"EUR {t.amount:.2f} off the unit price" in t.question
    # under the current weights the two changes are worth the same (to the shown cent)
    a = _gain(supplier, "Delivery", t.frm, t.to)
    b = _gain(supplier, "Unit price", t.y_from, t.y_to)
    assert a == pytest.approx(t.points)
    assert b == pytest.approx(a, abs=supplier.weights["Unit price"] * 100 / 80 * 0.005 + 1e-9)
    assert BATNA in t.context


def test_every_issue_of_both_examples_gets_a_question():
    for name, ref in (("supplier", BATNA), ("hiring", "Standard offer")):
        plan = md.example_plan(name)
        for issue in comparable_issues(plan):
            t = build_tradeoff(plan, plan.package(ref), issue)
            assert t.amount > 0
            assert t.issue in t.question or issue.lower() in t.question.lower()


def test_categorical_issue_question(supplier):
    t = build_tradeoff(supplier, supplier.package(BATNA), "Incoterm")
    assert t.question.startswith("Is going from FCA to ")
    # the freight the plan's cost model gives each incoterm: FCA 6,500, DAP 500
    assert "on incoterm (EUR 6,000 less in total on 1,500 units) worth as much to you as EUR" in t.question


def test_answers_flip_the_verdict(supplier):
    t = build_tradeoff(supplier, supplier.package(BATNA), "Delivery")
    same = assess(supplier, t, "same")
    more = assess(supplier, t, "more")
    less = assess(supplier, t, "less")
    assert same.agrees and same.verdict is None
    assert not more.agrees and more.verdict == "too low" and "looks too low" in more.message
    assert not less.agrees and less.verdict == "too high" and "looks too high" in less.message
    assert "Delivery's weight (20.0 %)" in more.message and "Unit price's (35.0 %)" in more.message


def test_implied_weights_make_the_answer_true(supplier):
    t = build_tradeoff(supplier, supplier.package(BATNA), "Delivery")
    amount = 2 * t.amount
    w = implied_weights(supplier, t, amount)
    assert sum(w.values()) == pytest.approx(1.0)
    # only the two weights of the question move, their sum stays
    for k in supplier.issue_names:
        if k not in ("Delivery", "Unit price"):
            assert w[k] == supplier.weights[k]
    assert w["Delivery"] + w["Unit price"] == pytest.approx(supplier.weights["Delivery"] + supplier.weights["Unit price"])
    assert w["Delivery"] > supplier.weights["Delivery"]
    adjusted = supplier.with_weights(w)
    y_to = t.y_from - amount
    assert _gain(adjusted, "Delivery", t.frm, t.to) == pytest.approx(_gain(adjusted, "Unit price", t.y_from, y_to))


def test_implied_weights_respect_locks(supplier):
    t = build_tradeoff(supplier, supplier.package(BATNA), "Delivery")
    amount = 0.5 * t.amount
    w = implied_weights(supplier, t, amount, locked={"Unit price"})
    assert w["Unit price"] == supplier.weights["Unit price"]
    assert w["Delivery"] < supplier.weights["Delivery"]
    assert sum(w.values()) == pytest.approx(1.0)
    adjusted = supplier.with_weights(w)
    assert _gain(adjusted, "Delivery", t.frm, t.to) == pytest.approx(
        _gain(adjusted, "Unit price", t.y_from, t.y_from - amount))
    assert implied_weights(supplier, t, amount, locked={"Unit price", "Delivery"}) is None
    a = assess(supplier, t, "less", amount, locked={"Unit price", "Delivery"})
    assert a.suggested is None and "locked" in a.suggestion


def test_assessment_suggests_and_describes_the_change(supplier):
    t = build_tradeoff(supplier, supplier.package(BATNA), "Delivery")
    amount = default_amount(supplier, t, "more")
    assert amount > t.amount
    a = assess(supplier, t, "more", amount)
    assert a.suggested is not None
    pct = weights_as_percent(a.suggested)
    assert f"Delivery 20.0 % → {pct['Delivery']:.1f} %" in a.suggestion
    assert default_amount(supplier, t, "less") < t.amount


def test_no_question_without_a_numeric_issue():
    plan = md.Plan(issues=[md.Issue.categorical("A", [("x", 0.0), ("y", 100.0)]),
                           md.Issue.categorical("B", [("u", 0.0), ("v", 100.0)])])
    with pytest.raises(NoTradeOff):
        build_tradeoff(plan)


def test_an_amount_of_the_yardstick_reads_naturally(supplier):
    t = build_tradeoff(supplier, supplier.package(BATNA), "Delivery")
    assert amount_words(supplier, "Unit price") == ("EUR ", "", "off the unit price")
    assert amount_words(supplier, "Delivery") == ("", " weeks", "less delivery")
    assert amount_words(supplier, "Warranty") == ("", " months", "more warranty")
    assert amount_decimals(supplier, t) == 2, "money in cents"
