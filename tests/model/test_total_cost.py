"""Total cost in money (issue 19 point 3): unit price × volume, freight, financing, price breaks;
money moves priced at the package's own volume; figures checked against hand computations."""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np
import pytest

import meso_desk as md
from meso_desk.model.deal import zopa
from meso_desk.model.deal.debrief import debrief
from meso_desk.model.edits import cost_edits
from meso_desk.model.edits.issue_edits import EditRefused
from meso_desk.model.errors import first_error
from meso_desk.model.io.meso_file import plan_from_bytes, plan_to_bytes
from meso_desk.model.plan import Agreement
from meso_desk.model.preferences.total_cost import (
    CostModel,
    VolumeTier,
    cost_breakdown,
    cost_steps,
    format_total_cost,
    total_cost,
    total_costs,
    total_costs_on_grid,
)
from meso_desk.model.scoring import score_table

FREIGHT = {"EXW": 8000.0, "FCA": 6500.0, "DAP": 500.0, "DDP": 0.0}


def hand_total(t, rate=0.06, tiers=()):
    """The total cost of a supplier package, written out by hand."""
    price, units = t["Unit price"], t["Order volume"]
    discount = max([d for v, d in tiers if units >= v], default=0.0)
    spend = price * units * (1 - discount / 100)
    return spend + FREIGHT[t["Incoterm"]] - spend * rate * t["Payment term"] / 365


@pytest.fixture(scope="module")
def supplier():
    return md.example_plan("supplier")


def terms(supplier, **kw):
    t = dict(supplier.stored_package("Competing quote (BATNA)").terms)
    t.update({k.replace("_", " ").capitalize(): v for k, v in kw.items()})
    return t


def test_the_supplier_example_has_a_cost_model(supplier):
    c = supplier.costs
    assert c is not None and (c.unit_price, c.volume, c.freight_issue, c.payment_issue) == (
        "Unit price", "Order volume", "Incoterm", "Payment term")
    assert c.financing_rate == 6.0 and c.freight == FREIGHT


def test_three_cases_match_a_hand_computation(supplier):
    quote = supplier.stored_package("Competing quote (BATNA)").terms
    # 1. the competing quote: 1,500 × 236 = 354,000; FCA 6,500; 30 days at 6 % saves 1,745.75
    assert total_cost(supplier, quote) == pytest.approx(354_000 + 6_500 - 354_000 * 0.06 * 30 / 365)
    assert format_total_cost(supplier, quote) == "Total EUR 358,754"
    # 2. the 214 → 180 case of the issue: the price line at the package's own 3,000 units
    a = {**quote, "Unit price": 214.0, "Order volume": 1500.0}
    b = {**quote, "Unit price": 180.0, "Order volume": 3000.0}
    money, lines, _ = zopa.money_equivalent(supplier, a, b)
    price = next(m for m in lines if m.issue == "Unit price")
    assert price.money == pytest.approx(34 * 3000 * (1 - 0.06 * 30 / 365))  # ≈ EUR 101,497, not 51,000
    assert 101_000 < price.money < 102_000
    assert "3,000 units" in next(m.after for m in lines if m.issue == "Order volume")
    assert money == pytest.approx(hand_total(a) - hand_total(b))  # the lines add up to the change of the total
    # 3. price breaks: 3 % from 2,000 units, 5 % from 2,500; DDP, 60 days at 4 %
    tiers = ((2000.0, 3.0), (2500.0, 5.0))
    plan = supplier.replace(costs=supplier.costs.model_copy(update={
        "financing_rate": 4.0, "tiers": tuple(VolumeTier(from_volume=v, discount=d) for v, d in tiers)}))
    for units in (1900.0, 2000.0, 2400.0, 2500.0, 3000.0):
        t = {**quote, "Order volume": units, "Incoterm": "DDP", "Payment term": 60.0}
        assert total_cost(plan, t) == pytest.approx(hand_total(t, 0.04, tiers)), units
    t = {**quote, "Order volume": 2500.0, "Incoterm": "DDP", "Payment term": 60.0}
    assert total_cost(plan, t) == pytest.approx(236 * 2500 * 0.95 * (1 - 0.04 * 60 / 365))


def test_the_debrief_prices_the_move_at_the_new_volume(supplier):
    quote = supplier.stored_package("Competing quote (BATNA)").terms
    agreed = {**quote, "Unit price": 214.0, "Order volume": 1500.0}
    plan = supplier.replace(agreement=Agreement(terms=agreed))
    target = md.Package(plan, {**agreed, "Unit price": 180.0, "Order volume": 3000.0})
    lt = zopa.left_on_table(plan, agreed)
    lt = zopa.LeftOnTable(lt.ours, lt.theirs, lt.our_gap, lt.their_gap, target, None,
                          *zopa.money_equivalent(plan, agreed, target), 0.0, "EUR", True, 0, dict(agreed))
    d = debrief(plan)
    text = "\n".join(replace(d, left=lt).left_lines)
    assert "Unit price EUR 214.00 → EUR 180.00: saves EUR 101,497" in text
    assert "EUR 51,000" not in text
    assert "Order volume 1,500 units → 3,000 units: costs EUR" in text
    # the agreement's own total is on the debrief
    assert f"total EUR {hand_total(agreed):,.0f}" in d.agreement_line
    assert "Total EUR 358,754" in d.batna_line


def test_cost_steps_add_up_and_follow_the_volume(supplier):
    rng = np.random.default_rng(4)
    t = score_table(supplier)
    rows = np.stack([rng.integers(0, len(g), 200) for g in t.grids], axis=1)
    pk = [t.package_terms(r) for r in rows]
    # vectorised on the grid, on term mappings and one at a time: the same totals
    grid = total_costs_on_grid(supplier, rows)
    many = total_costs(supplier, pk)
    assert np.allclose(grid, many)
    assert np.allclose(many, [hand_total(p) for p in pk])
    for a, b in zip(pk[:50], pk[50:100]):
        steps = cost_steps(supplier, a, b)
        assert sum(s.saving for s in steps) == pytest.approx(hand_total(a) - hand_total(b))


def test_no_cost_model_no_money():
    plan = md.example_plan("hiring")
    sp = plan.packages[0]
    assert plan.costs is None
    assert total_cost(plan, sp.terms) is None and format_total_cost(plan, sp.terms) == ""
    assert cost_breakdown(plan, sp.terms) == ""


def test_the_breakdown_in_words(supplier):
    quote = supplier.stored_package("Competing quote (BATNA)").terms
    text = cost_breakdown(supplier, quote)
    assert text == ("1,500 units × EUR 236.00 = EUR 354,000; freight (FCA) EUR 6,500; "
                    "financing 30 days at 6 % −EUR 1,746; total EUR 358,754")


def test_the_cost_model_is_checked_against_the_issues(supplier):
    with pytest.raises(ValueError) as ei:
        supplier.replace(costs=CostModel(unit_price="Unit price", volume="Incoterm"))
    assert "costs.volume: 'Incoterm' must be a numeric issue" in first_error(ei.value)
    with pytest.raises(ValueError) as ei:
        supplier.replace(costs=CostModel(unit_price="Price"))
    assert "costs.unit_price: names unknown issue 'Price'" in first_error(ei.value)
    with pytest.raises(ValueError) as ei:
        supplier.replace(costs=CostModel(unit_price="Unit price", freight_issue="Incoterm", freight={"CIF": 3.0}))
    assert "has no option 'CIF'" in first_error(ei.value)
    with pytest.raises(ValueError):
        CostModel(unit_price="Unit price", financing_rate=5.0)  # a rate without the payment issue


def test_renaming_and_removing_issues_carry_the_model(supplier):
    k = supplier.issue_names.index("Order volume")
    renamed = supplier.with_issue(k, supplier.issues[k].model_copy(update={"name": "Chairs"}))
    assert renamed.costs.volume == "Chairs"
    gone = supplier.with_issue_removed("Incoterm")
    assert gone.costs.freight_issue is None and gone.costs.freight == {}
    assert supplier.with_issue_removed("Unit price").costs is None


def test_files_keep_the_model_and_old_files_open_unchanged(supplier):
    again = plan_from_bytes(plan_to_bytes(supplier))
    assert again.costs == supplier.costs
    data = json.loads(plan_to_bytes(supplier))
    del data["costs"]
    assert plan_from_bytes(json.dumps(data).encode()).costs is None


def test_cost_edits_parse_and_refuse(supplier):
    r = cost_edits.with_costs(supplier, supplier.costs.model_copy(update={"financing_rate": 4.5}))
    assert r.plan.costs.financing_rate == 4.5 and "4.5 % a year" in r.message
    assert cost_edits.without_costs(supplier).plan.costs is None
    assert cost_edits.parse_rate("6 %") == 6.0 and cost_edits.parse_rate("") == 0.0
    assert cost_edits.parse_amount("EUR 6,500", "freight") == 6500.0
    tiers = cost_edits.parse_tiers("5,000: 5 %; 2,500: 3")
    assert [(t.from_volume, t.discount) for t in tiers] == [(2500.0, 3.0), (5000.0, 5.0)]
    assert cost_edits.tiers_text(tiers) == "2,500: 3 %; 5,000: 5 %"
    for bad, why in (("2,500 3 %", "from volume: discount"), ("2,500: 120", "between 0 and 100"),
                     ("1: 3; 1: 4", "same volume")):
        with pytest.raises(EditRefused, match=why):
            cost_edits.parse_tiers(bad)
    with pytest.raises(EditRefused, match="outside 0–100"):
        cost_edits.parse_rate("140")
    with pytest.raises(EditRefused, match="must be a numeric issue"):
        cost_edits.with_costs(supplier, {"unit_price": "Incoterm"})
    guess = cost_edits.suggested_cost_model(supplier.replace(costs=None))
    assert (guess.unit_price, guess.volume, guess.freight_issue, guess.payment_issue) == (
        "Unit price", "Order volume", "Incoterm", "Payment term")


def test_post_settlement_and_logroll_say_money(supplier):
    from meso_desk.model.counterpart.logroll import logroll_suggestions
    texts = [s.text for s in logroll_suggestions(supplier)]
    price = next(t for t in texts if t.startswith("Hold on Unit price"))
    # from our best acceptable EUR 180 to their preferred EUR 248 (the hard limit), on the competing
    # quote's 1,500 units and 30 days
    assert f"(≈ EUR {68 * 1500 * (1 - 0.06 * 30 / 365):,.0f} more in total on 1,500 units)" in price


def test_the_briefing_shows_total_cost_and_waste_per_package(supplier):
    from meso_desk.model.documents.briefing import briefing
    from meso_desk.model.offers.waste import package_waste

    pk = md.generate_mesos(supplier, 3, 70.0)
    b = briefing(supplier, pk)
    rows = dict(b.option_rows)
    assert rows["Total cost"] == tuple(f"EUR {hand_total(p):,.0f}" for p in pk)
    waste = package_waste(supplier, list(pk))
    label = "Left on the table for them (opposed-interests prior)"
    assert rows[label] == tuple(f"≈ {w:.1f} of their points" if w > 0.5 else "none" for w in waste)
    text = b.text()
    for letter, w in zip("ABC", waste):
        assert (f"{letter} leaves ≈ {w:.1f} of their points on the table" in text) == (w > 0.5)
    assert f"Total EUR {hand_total(pk[0]):,.0f}" in text
    # never on the cards
    printed = repr(md.card_set(supplier, pk))
    assert f"{hand_total(pk[0]):,.0f}" not in printed and "their points" not in printed


def test_the_cli_prints_total_cost(capsys):
    from meso_desk import cli
    from meso_desk.model.examples import example_path

    assert cli.main(["score", str(example_path("supplier"))]) == 0
    out = capsys.readouterr().out
    assert "total cost" in out.splitlines()[0] and "EUR 358,754" in out
    assert cli.main(["score", "--json", str(example_path("supplier"))]) == 0
    rows = json.loads(capsys.readouterr().out)
    quote = next(r for r in rows if r["name"] == "Competing quote (BATNA)")
    assert quote["total_cost"] == pytest.approx(hand_total(quote["terms"]))
    assert cli.main(["mesos", str(example_path("supplier"))]) == 0
    out = capsys.readouterr().out
    assert any(line.startswith("total cost") and line.count("EUR") == 3 for line in out.splitlines())


def test_renamed_options_keep_their_freight_and_kind_changes_cut_the_link(supplier):
    from meso_desk.model.edits.issue_edits import OptionRow, edit_issue

    row = supplier.issue_names.index("Incoterm")
    rows = [OptionRow(label="FCA Hamburg" if o.label == "FCA" else o.label, value=o.value,
                      acceptable=o.acceptable, was=o.label) for o in supplier.issues[row].options]
    r = edit_issue(supplier, row, "range", rows)
    assert r.ok and r.plan.costs.freight["FCA Hamburg"] == 6500.0 and "FCA" not in r.plan.costs.freight
    name = "Competing quote (BATNA)"
    assert r.plan.stored_package(name).terms["Incoterm"] == "FCA Hamburg"
    assert total_cost(r.plan, r.plan.stored_package(name).terms) == pytest.approx(
        total_cost(supplier, supplier.stored_package(name).terms))
    pay = supplier.issue_names.index("Payment term")
    k = edit_issue(supplier, pay, "kind", "categorical")
    assert k.ok and k.plan.costs.payment_issue is None and k.plan.costs.financing_rate == 0.0
    assert k.plan.costs.volume == "Order volume"


def test_a_refused_cost_model_names_the_field_as_the_dialog_does():
    """"payment_issue: 'Unit price' is already the unit price" showed the field's code name."""
    plan = md.example_plan("supplier")
    fields = plan.costs.model_dump() | {"payment_issue": "Unit price"}
    with pytest.raises(EditRefused) as err:
        cost_edits.with_costs(plan, fields)
    assert str(err.value).startswith("Payment term: ") and "payment_issue" not in str(err.value)
    assert "is already the unit price" in str(err.value)


def test_negative_freight_and_shrinking_price_breaks_are_refused_where_typed():
    """Freight of −500 and "2500: 3 %; 1000: 5 %" (a larger order earning less off) were accepted."""
    with pytest.raises(EditRefused, match="below zero"):
        cost_edits.parse_freight("-500", "EXW")
    assert cost_edits.parse_freight("1,500", "EXW") == 1500 and cost_edits.parse_freight("", "EXW") == 0
    with pytest.raises(EditRefused, match=r"from 2500 units the discount \(3 %\) is smaller than from 1000 units"):
        cost_edits.parse_tiers("2500: 3 %; 1000: 5 %")
    assert [t.discount for t in cost_edits.parse_tiers("2,500: 5 %; 1,000: 3 %")] == [3, 5]


def fixed_units_plan(supplier, units=1500.0):
    """The supplier plan with the volume not negotiated: a fixed number of units."""
    costs = supplier.costs.model_copy(update={"volume": None, "fixed_volume": units, "tiers": ()})
    return cost_edits.with_costs(supplier, costs).plan


def test_a_fixed_number_of_units_is_written_the_languages_way(supplier):
    """A German plan with 1,500 fixed units read "1,500 Einheiten" (one and a half units to a
    German reader) in the breakdown, the trade-off question and every "at N units", beside
    German money; now the count is grouped as every other German number: "1.500"."""
    from meso_desk.model.preferences.total_cost import volume_words
    from meso_desk.model.preferences.tradeoff import build_tradeoff

    plan = fixed_units_plan(supplier)
    quote = plan.package("Competing quote (BATNA)")
    assert cost_breakdown(plan, quote.terms).startswith("1,500 units × EUR 236.00 = EUR 354,000; ")
    assert volume_words(plan, quote.terms).endswith("1,500 units")
    with md.speaking("de"):
        texts = [cost_breakdown(plan, quote.terms), volume_words(plan, quote.terms),
                 build_tradeoff(plan, quote, "Delivery").question]
    assert texts[0].startswith("1.500 ") and "EUR 354.000" in texts[0]
    for text in texts:
        assert "1.500 " in text and "1,500" not in text, text


def test_a_fixed_number_of_units_has_one_word_in_german(supplier):
    """The cost model's own line says "Unit price × 1.500 Stück"; the breakdown said "1.500
    Einheiten" of the same units. One word for the unit."""
    from meso_desk.model.preferences.total_cost import units_words

    plan = fixed_units_plan(supplier)
    with md.speaking("de"):
        line, units = cost_edits.describe_costs(plan), units_words(plan, 1500.0)
    assert line.startswith("Unit price × 1.500 Stück;") and units == "1.500 Stück"
