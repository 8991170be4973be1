"""Several suppliers (issue 25): the market BATNA against each supplier through a scripted
evening, the comparison rows and their order, and split awards."""

from __future__ import annotations

import math

import numpy as np
import pytest

from meso_desk.model.edits.deal_edits import with_agreement
from meso_desk.model.edits.round_edits import record_choice
from meso_desk.model.examples import example_plan
from meso_desk.model.package import StoredPackage
from meso_desk.model.preferences.total_cost import VolumeTier
from meso_desk.model.sourcing import (
    OUTSIDE_OPTION,
    SORT_KEYS,
    batna_against,
    best_offers,
    compare_suppliers,
    split_award,
)
from meso_desk.model.supplier import SupplierRecord

ERGO, SIT, KOR = "Ergonord Seating AB", "Sitwell", "Korvo"


def _base_terms(plan):
    return dict(plan.stored_package("Their opening quote").terms)


def three_suppliers(*, market: bool = True):
    """The supplier example with two more suppliers, each with one quote; the BATNA follows the
    market and the reservation follows the BATNA."""
    p = example_plan("supplier")
    base = _base_terms(p)
    sit = {**base, "Unit price": 226.0, "Delivery": 6.0, "Incoterm": "DAP"}
    kor = {**base, "Unit price": 231.0, "Payment term": 60.0, "Warranty": 36.0}
    p = p.with_package(StoredPackage(name="Sitwell quote", terms=sit))
    p = p.with_package(StoredPackage(name="Korvo quote", terms=kor))
    return p.replace(
        quotes=("Their opening quote",),
        suppliers=(SupplierRecord(counterpart=SIT, quotes=("Sitwell quote",)),
                   SupplierRecord(counterpart=KOR, quotes=("Korvo quote",))),
        supplier_index=0, batna_from_market=market, reservation_from_batna=market)


# -- an independent account of what we hold ------------------------------------------------------------
def _points(plan, terms) -> float:
    return sum(plan.weights[i.name] * i.value(terms[i.name]) for i in plan.issues)


def _acceptable(plan, terms) -> bool:
    return all(i.is_acceptable(terms[i.name]) for i in plan.issues)


def _raw_offers(plan, name) -> list[dict]:
    """Every full set of terms ``name`` has offered us, read from the plan's data directly."""
    rec = plan if name == plan.counterpart else next(r for r in plan.suppliers if r.counterpart == name)
    issues = set(plan.issue_names)
    out = [dict(plan.stored_package(q).terms) for q in rec.quotes]
    for r in rec.rounds:
        if r.outcome == "accepted":
            out.append(dict(r.offered[r.accepted].terms))
        if r.counter_offer:
            # the package they countered: the one they chose, or the only one shown
            if r.ranking:
                base = dict(r.offered[r.ranking[0]].terms)
            elif len(r.offered) == 1:
                base = dict(r.offered[0].terms)
            else:
                base = {}
            merged = {**base, **r.counter_offer}
            if set(merged) >= issues:
                out.append(merged)
    if rec.agreement is not None:
        out.append(dict(rec.agreement.terms))
    return out


def _expected_batna(plan, name):
    """(terms, points) of the best acceptable offer of the other suppliers or the outside option."""
    cands = [(t, _points(plan, t)) for other in plan.supplier_names if other != name
             for t in _raw_offers(plan, other) if _acceptable(plan, t)]
    if plan.outside_option is not None:
        cands.append((dict(plan.outside_option), _points(plan, plan.outside_option)))
    if not cands:
        return None
    top = max(p for _, p in cands)
    return [t for t, p in cands if math.isclose(p, top, abs_tol=1e-9)], top


def _check_market(plan) -> None:
    for name in plan.supplier_names:
        got = batna_against(plan, name)
        want = _expected_batna(plan, name)
        if want is None:
            assert got is None, name
            continue
        terms, pts = want
        assert got is not None, name
        assert got.points == pytest.approx(pts, abs=1e-9), name
        assert got.terms in terms, name
        assert got.supplier != name
        mkt = plan.market_batna(name)
        assert mkt is not None and mkt[1] == got.terms and mkt[2] == pytest.approx(got.points)
        if name == plan.counterpart and plan.batna_from_market:
            assert plan.batna_package in terms
            if plan.reservation_from_batna:
                assert plan.reservation == pytest.approx(pts, abs=1e-9)


def _record(plan, name, offered, chosen, **kw):
    """A round recorded with supplier ``name`` (switching to it, then back)."""
    before = plan.counterpart
    p = record_choice(plan.with_supplier(name), offered, chosen, **kw)
    return p.with_supplier(before)


def _with_record(plan, name, **changes):
    recs = tuple(r.model_copy(update=changes) if r.counterpart == name else r for r in plan.suppliers)
    return plan.replace(suppliers=recs)


def test_market_batna_through_a_scripted_evening():
    p = three_suppliers()
    base = _base_terms(p)
    steps = [p]
    # 1. Ergonord sends an acceptable quote of its own
    erg = {**base, "Unit price": 229.0, "Delivery": 7.0, "Incoterm": "DAP", "Warranty": 30.0}
    p = p.with_package(StoredPackage(name="Ergonord quote 2", terms=erg))
    p = p.replace(quotes=("Their opening quote", "Ergonord quote 2"))
    steps.append(p)
    # 2. a round with Ergonord (active): they accept option B
    offered = [{**base, "Unit price": 224.0, "Delivery": 8.0, "Incoterm": "FCA"},
               {**base, "Unit price": 228.0, "Delivery": 5.0, "Incoterm": "DDP", "Warranty": 36.0},
               {**base, "Unit price": 219.0, "Delivery": 10.0, "Incoterm": "FCA", "Payment term": 45.0}]
    p = record_choice(p, offered, 1, outcome="accepted", level=60.0)
    steps.append(p)
    # 3. switch to Sitwell; they prefer C and counter with a lower price on it
    p = p.with_supplier(SIT)
    p = record_choice(p, offered, 2, counter_offer={"Unit price": 207.0, "Delivery": 6.0, "Incoterm": "DAP"})
    steps.append(p)
    # 4. switch to Korvo: none of these, with a partial counter-offer (not an offer we hold)
    p = p.with_supplier(KOR)
    p = record_choice(p, offered, None, counter_offer={"Unit price": 200.0})
    steps.append(p)
    assert not any(b.supplier == KOR for b in filter(None, (batna_against(p, n) for n in p.supplier_names)))
    assert batna_against(p, ERGO).supplier == SIT and "counter-offer" in batna_against(p, ERGO).label
    # 5. Korvo improves its quote (a quote's terms change)
    p = p.with_terms("Korvo quote", {**base, "Unit price": 205.0, "Delivery": 4.0, "Incoterm": "DDP",
                                      "Payment term": 60.0, "Warranty": 36.0})
    steps.append(p)
    # 6. Sitwell accepts a package worth more than anything, but ex works (an option we never
    # accept): not an offer we may take
    cheap_exw = {**base, "Unit price": 185.0, "Delivery": 2.0, "Incoterm": "EXW", "Warranty": 48.0,
                 "Payment term": 90.0}
    p = _record(p, SIT, [cheap_exw], 0, outcome="accepted")
    steps.append(p)
    assert _points(p, cheap_exw) > batna_against(p, KOR).points
    assert batna_against(p, KOR).terms != cheap_exw
    # 7. an agreement with Korvo (the supplier worked on)
    p = with_agreement(p, {**base, "Unit price": 203.0, "Delivery": 4.0, "Incoterm": "DDP",
                           "Payment term": 60.0, "Warranty": 36.0})
    steps.append(p)
    # 8. an outside option better than everything (a catalogue price)
    p = p.replace(outside_option={**base, "Unit price": 190.0, "Delivery": 3.0, "Incoterm": "DDP",
                                  "Payment term": 90.0, "Warranty": 48.0})
    steps.append(p)
    # 9. the outside option goes; back to Ergonord
    p = p.replace(outside_option=None).with_supplier(ERGO)
    steps.append(p)
    # 10. Sitwell's quote is withdrawn (no longer theirs)
    p = _with_record(p, SIT, quotes=())
    steps.append(p)
    assert len(steps) >= 9
    for k, plan in enumerate(steps):
        try:
            _check_market(plan)
        except AssertionError as e:  # pragma: no cover - says which step
            raise AssertionError(f"step {k}: {e}") from e
    # the evening did move the BATNA: not the same against Ergonord at each step
    seen = {round(batna_against(s, ERGO).points, 6) for s in steps}
    assert len(seen) >= 3
    # at step 8 the outside option is the BATNA against everyone
    for name in steps[8].supplier_names:
        assert batna_against(steps[8], name).supplier == OUTSIDE_OPTION
    # the agreement with Korvo is what Ergonord is measured against at the end
    assert batna_against(steps[-1], ERGO).supplier == KOR
    assert batna_against(steps[-1], ERGO).label == "the agreement"


def test_batna_without_market_is_still_the_others_best():
    p = three_suppliers(market=False)
    _check_market(p)
    assert p.batna_package == dict(p.stored_package("Competing quote (BATNA)").terms)
    rows = {r.name: r for r in compare_suppliers(p, next_sets=False)}
    assert rows[SIT].batna is not None and rows[SIT].batna.supplier == "competing quote"


def test_best_offers_and_total_costs():
    p = three_suppliers()
    offers = best_offers(p)
    assert list(offers) == p.supplier_names
    assert offers[ERGO] is None  # its opening quote breaks the price limit
    sit = offers[SIT]
    assert sit.label == "quote Sitwell quote"
    t = sit.terms
    c = p.costs
    spend = t["Unit price"] * t["Order volume"]
    want = spend + c.freight[t["Incoterm"]] - spend * c.financing_rate / 100 * t["Payment term"] / 365
    assert sit.total_cost == pytest.approx(want)
    assert best_offers(p.replace(costs=None))[SIT].total_cost is None


def test_compare_suppliers_rows_and_sorting():
    p = three_suppliers()
    p = record_choice(p.with_supplier(SIT), [p.stored_package("Sitwell quote").terms,
                                             p.stored_package("Korvo quote").terms], 0).with_supplier(ERGO)
    rows = compare_suppliers(p)
    assert [r.name for r in rows] == [SIT, KOR, ERGO]  # best offer, high first; none last
    by = {r.name: r for r in rows}
    assert by[ERGO].active and not by[SIT].active
    assert by[SIT].n_rounds == 1 and by[KOR].n_rounds == 0
    assert by[SIT].batna.supplier == KOR and by[KOR].batna.supplier == SIT
    assert by[SIT].reservation == pytest.approx(by[KOR].best.points)
    assert by[SIT].zopa.startswith("Our walk-away 47.2 (Korvo's quote); ")
    for r in rows:
        assert set(r.their_weights) == set(p.issue_names)
        assert sum(r.their_weights.values()) == pytest.approx(1.0)
        assert r.their_top[0] in p.issue_names
        if r.next_set:
            assert r.next_level is not None and r.next_level >= r.reservation - 1e-9
            assert all(set(t) == set(p.issue_names) for t in r.next_set)
        else:
            assert r.next_note
    assert by[ERGO].approvals == ""  # no offer to approve
    assert by[SIT].approvals != ""  # the example's CFO signs a spend like this off
    assert [r.name for r in compare_suppliers(p, "cost", next_sets=False)] == [SIT, KOR, ERGO]
    assert [r.name for r in compare_suppliers(p, "name", next_sets=False)] == [ERGO, KOR, SIT]
    assert [r.name for r in compare_suppliers(p, "rounds", next_sets=False)][0] == SIT
    assert all(r.next_set == [] and r.next_note == "" for r in compare_suppliers(p, next_sets=False))
    assert set(SORT_KEYS) == {"points", "cost", "zopa", "name", "rounds"}
    with pytest.raises(ValueError):
        compare_suppliers(p, "colour")


def test_zopa_sort_and_numbers_with_their_walkaway_entered():
    p = three_suppliers()
    p = _with_record(p, SIT, their_reservation=40.0, their_reservation_uncertainty=5.0)
    p = _with_record(p, KOR, their_reservation=75.0, their_reservation_uncertainty=5.0)
    rows = compare_suppliers(p, "zopa", next_sets=False)
    by = {r.name: r for r in rows}
    sit = by[SIT]
    assert sit.zopa_low == pytest.approx(sit.reservation)
    assert sit.zopa_high > sit.zopa_low
    assert "their estimated walk-away leaves" in sit.zopa
    assert rows[0].name == SIT  # the widest ZOPA first
    widths = [r.zopa_width for r in rows if r.zopa_width is not None]
    assert widths == sorted(widths, reverse=True)


def test_single_supplier_plan_gives_one_row():
    p = example_plan("supplier")
    assert p.suppliers == ()
    rows = compare_suppliers(p, next_sets=False)
    assert len(rows) == 1 and rows[0].name == p.counterpart and rows[0].active
    assert batna_against(p, p.counterpart) is None  # no other supplier, no outside option


# -- split awards -----------------------------------------------------------------------------------------
def _manual_cost(plan, terms, volume):
    c = plan.costs
    if volume <= 0:
        return 0.0
    v = volume  # each supplier pays for the units it ships
    disc = max([t.discount for t in c.tiers if v >= t.from_volume], default=0.0)
    spend = v * terms["Unit price"] * (1 - disc / 100)
    return spend + c.freight.get(terms["Incoterm"], 0.0) - spend * c.financing_rate / 100 * terms["Payment term"] / 365


def test_split_ends_are_the_single_awards():
    p = three_suppliers()
    s = split_award(p, SIT, KOR, steps=11)
    offers = best_offers(p)
    assert s.points[-1] == pytest.approx(offers[SIT].points)
    assert s.points[0] == pytest.approx(offers[KOR].points)
    assert s.total_cost[-1] == pytest.approx(offers[SIT].total_cost)
    assert s.total_cost[0] == pytest.approx(offers[KOR].total_cost)
    assert s.best_single == (SIT, pytest.approx(offers[SIT].points))
    assert np.all(s.points <= max(offers[SIT].points, offers[KOR].points) + 1e-9)  # linear: no split beats it
    assert 0 < s.best_split[0] < 1
    assert any("linear in the award" in a for a in s.assumptions)
    assert any("No supply-risk value" in a for a in s.assumptions)
    assert s.sentence.startswith(f"Splitting 2,500 units 90/10 between {SIT} and {KOR} costs EUR")
    assert "below" in s.sentence
    # shares under 1,000 chairs are priced as shipped, with a word that the quoted price may not hold
    assert s.clipped == pytest.approx((0.1, 0.2, 0.3, 0.7, 0.8, 0.9))
    assert any("may not hold for fewer" in a for a in s.assumptions)
    assert any("below the volume issue's range (1,000 units – 3,000 units)" in a for a in s.assumptions)
    assert not any("above the volume issue's range" in a for a in s.assumptions)
    assert any("each hold the terms they offered at a smaller volume" in a for a in s.assumptions)
    for k, share in enumerate(s.shares):
        want = (_manual_cost(p, offers[SIT].terms, share * 2500) + _manual_cost(p, offers[KOR].terms,
                                                                              (1 - share) * 2500))
        assert s.total_cost[k] == pytest.approx(want)


def test_price_breaks_make_the_split_cost_differ_from_the_linear_mix():
    p = three_suppliers()
    p = p.replace(costs=p.costs.model_copy(update={"tiers": (VolumeTier(from_volume=2000, discount=5.0),)}))
    p = p.with_terms("Sitwell quote", {**p.stored_package("Sitwell quote").terms, "Order volume": 3000.0})
    p = p.with_terms("Korvo quote", {**p.stored_package("Korvo quote").terms, "Order volume": 3000.0})
    s = split_award(p, SIT, KOR, steps=11)
    offers = best_offers(p)
    assert s.volume == 3000.0
    for k, share in enumerate(s.shares):
        want = (_manual_cost(p, offers[SIT].terms, share * 3000) + _manual_cost(p, offers[KOR].terms,
                                                                              (1 - share) * 3000))
        assert s.total_cost[k] == pytest.approx(want)
    assert s.total_cost[-1] == pytest.approx(offers[SIT].total_cost)  # 5 % off at 3,000
    mid = 5  # 50/50: 1,500 each, both below the break
    assert s.total_cost[mid] - s.linear_cost[mid] > 0.04 * 1500 * 200  # the lost discount, at least
    no_break = split_award(p.replace(costs=p.costs.model_copy(update={"tiers": ()})), SIT, KOR)
    assert no_break.total_cost[mid] == pytest.approx(s.total_cost[mid])  # no break reached at 1,500
    assert no_break.total_cost[-1] > s.total_cost[-1]


def test_a_split_named_either_way_round_gives_the_same_figures_mirrored():
    """The sourcing example: Nordlys offered 2,000 chairs, Sitwell 2,500. The volume split was the
    first-named supplier's, so each end was priced at the other's volume (all to Sitwell EUR
    466,222 against its own EUR 581,152 in the table, all to Nordlys 610,951 against 488,861) and
    the figures changed with the order the two were named."""
    p = example_plan("sourcing")
    nor, sit = "Nordlys Kontor AS", "Sitwell Office Ltd"
    table = {r.name: r.best_cost for r in compare_suppliers(p, next_sets=False)}
    one, other = split_award(p, nor, sit), split_award(p, sit, nor, risk_value_per_share=0.0)
    assert one.volume == other.volume == 2000.0  # Nordlys's offer: the best single award
    assert one.best_single == other.best_single == (nor, pytest.approx(best_offers(p)[nor].points))
    assert list(one.total_cost) == list(other.total_cost[::-1])
    assert list(one.points) == list(other.points[::-1])
    assert one.best_split[0] == pytest.approx(1 - other.best_split[0])
    assert one.best_split[1] == other.best_split[1]
    assert sorted(one.clipped) == pytest.approx(sorted(1 - x for x in other.clipped))
    assert one.total_cost[-1] == other.total_cost[0] == pytest.approx(table[nor])  # the volume is Nordlys's
    assert one.sentence.replace("90/10", "") == other.sentence.replace("10/90", "").replace(
        f"{sit} and {nor}", f"{nor} and {sit}")
    assert "Splitting 2,000 units 90/10" in one.sentence
    # all to Sitwell is priced at 2,000 units, not its own offer: the assumptions say so, with its own total
    note = next(x for x in one.assumptions if x.startswith("The volume split is 2,000 units"))
    assert "EUR 581,152 on its own 2,500 units" in note and nor in note and note in other.assumptions
    # at Sitwell's volume, its end is its own total, named either way round
    at = [split_award(p, nor, sit, volume=2500), split_award(p, sit, nor, volume=2500)]
    assert at[0].total_cost[0] == at[1].total_cost[-1] == pytest.approx(table[sit])
    assert list(at[0].total_cost) == list(at[1].total_cost[::-1]) and "2,500 units" in at[0].sentence
    # a volume set by hand is named as such, with what each offered
    assert at[0].assumptions[0] == ("The volume split is 2,500 units, as you set it; Nordlys Kontor AS offered "
                                    "2,000 units and Sitwell Office Ltd 2,500 units: each is priced at its share "
                                    "of the 2,500 units.")
    for bad in (0, -5, float("nan"), float("inf")):
        with pytest.raises(ValueError, match="above 0"):
            split_award(p, nor, sit, volume=bad)


def test_a_tie_between_the_single_awards_is_broken_the_same_either_way_round():
    p = three_suppliers()
    p = p.with_terms("Korvo quote", dict(p.stored_package("Sitwell quote").terms))  # the same offer
    one, other = split_award(p, SIT, KOR), split_award(p, KOR, SIT)
    assert one.best_single[0] == other.best_single[0] == SIT  # equal points and cost: the first in the plan
    assert one.best_split[0] == pytest.approx(1 - other.best_split[0])


def test_split_risk_value_and_errors():
    p = three_suppliers()
    s = split_award(p, SIT, KOR, steps=3, risk_value_per_share=4.0)
    offers = best_offers(p)
    mix = 0.5 * offers[SIT].points + 0.5 * offers[KOR].points
    assert s.points[1] == pytest.approx(mix + 2.0)
    assert any("supply-risk value of 4 points" in a for a in s.assumptions)
    assert split_award(p.replace(costs=None), SIT, KOR).total_cost is None
    with pytest.raises(ValueError):
        split_award(p, SIT, SIT)
    with pytest.raises(ValueError):
        split_award(p, SIT, ERGO)  # no acceptable offer held from Ergonord
    with pytest.raises(KeyError):
        split_award(p, SIT, "Nobody")


def test_next_sets_filled_later_and_explained_when_impossible():
    from meso_desk.model.sourcing import supplier_next_set, with_next_set

    p = three_suppliers()
    full = {r.name: r for r in compare_suppliers(p)}
    for row in compare_suppliers(p, next_sets=False):
        later = with_next_set(p, row)
        assert later.next_set == full[row.name].next_set
        assert later.next_level == full[row.name].next_level
    sit = full[SIT]
    assert sit.next_set and sit.next_level == pytest.approx(p.with_supplier(SIT).aspiration)
    # a round at a level makes it the level of the next set for that supplier only
    offered = [p.stored_package("Sitwell quote").terms, p.stored_package("Korvo quote").terms]
    q = record_choice(p.with_supplier(KOR), offered, 0, level=62.0).with_supplier(ERGO)
    assert supplier_next_set(q, KOR)[1] == pytest.approx(62.0)
    assert supplier_next_set(q, SIT)[1] == pytest.approx(sit.next_level)
    # nothing can reach 100 points: no set, and the row says why
    terms, level, note = supplier_next_set(p.replace(aspiration=100.0), SIT)
    assert terms == [] and level == pytest.approx(100.0) and note


def test_split_of_more_than_was_offered_says_more_not_fewer():
    """5,000 chairs split between offers of 2,000 and 2,500: a share can be more than a supplier
    offered and more than the volume issue's range; the assumptions say "more", with the range
    written as everywhere else (1,000 units – 3,000 units)."""
    plan = example_plan("sourcing")
    nor, sit = "Nordlys Kontor AS", "Sitwell Office Ltd"
    text = "\n".join(split_award(plan, nor, sit, volume=5000).assumptions)
    assert "at a smaller volume" not in text
    assert (f"{nor} and {sit} each hold the terms they offered at their share of the volume, which can be more "
            "than either offered — ask whether their terms hold for more.") in text
    assert (f"At 0 %, 10 %, 20 %, 30 %, 70 %, 80 %, 90 %, 100 % for {nor}, a supplier's share is above the volume "
            "issue's range (1,000 units – 3,000 units): it is priced at the units shipped, but a price quoted for "
            "3,000 units or fewer may not hold for more — ask.") in text
    assert (f"At 10 %, 90 % for {nor}, a supplier's share is below the volume issue's range (1,000 units – 3,000 "
            "units): it is priced at the units shipped, but a price quoted for 1,000 units or more may not hold "
            "for fewer — ask.") in text
    assert "1000–3000" not in text
    # 2,200: more than Nordlys offered (2,000), within Sitwell's 2,500
    text = "\n".join(split_award(plan, nor, sit, volume=2200).assumptions)
    assert (f"which for {nor} can be more than it offered — ask whether its terms hold for more.") in text
    assert "above the volume issue's range" not in text


def test_supplier_names_differing_only_in_capitals_are_refused(tmp_path):
    """Names that differ only in capitals are one supplier (the cards' leak check would take one
    for the other): add, rename and Plan Properties refuse them in one sentence; a file that holds two still opens."""
    import pytest

    import meso_desk as md
    from meso_desk.model.edits import plan_edits
    from meso_desk.model.edits import supplier_edits as se
    from meso_desk.model.errors import PlanError
    from meso_desk.model.supplier import SupplierRecord

    plan = md.example_plan("sourcing")
    with pytest.raises(se.SupplierEditRefused, match=r"^there is already a supplier called 'Nordlys Kontor AS', "
                                                     r"which differs only in capitals$"):
        se.add_supplier(plan, "nordlys kontor as")
    with pytest.raises(se.SupplierEditRefused, match="differs only in capitals"):
        se.rename_supplier(plan, "Sitwell Office Ltd", "NORDLYS KONTOR AS")
    with pytest.raises(se.SupplierEditRefused, match=r"^there is already a supplier called 'Nordlys Kontor AS'$"):
        se.add_supplier(plan, "Nordlys Kontor AS")
    # its own name in other capitals is a rename, not a clash
    assert se.rename_supplier(plan, "Nordlys Kontor AS", "NORDLYS Kontor AS").plan.supplier_names[1] == \
        "NORDLYS Kontor AS"
    # a file that already holds two such names (written before the rule) still opens: nothing lost
    old = plan.replace(suppliers=(*plan.suppliers, SupplierRecord(counterpart="sitwell office ltd")))
    md.save_plan(old, tmp_path / "old.meso")
    assert md.load_plan(tmp_path / "old.meso").supplier_names == old.supplier_names
    with pytest.raises(PlanError, match="differs only in capitals"):
        plan_edits.with_properties(plan, counterpart="SITWELL office Ltd")


def test_the_market_off_without_an_outside_option_keeps_the_batna_it_gave():
    """Unticking "Our BATNA follows the market" with no outside option: the market's BATNA stays
    as the competing quote (its terms fixed), the reservation still follows it, the description
    says what it is, and the message says so — never "the outside option" that does not exist."""
    import meso_desk as md
    from meso_desk.model.edits import supplier_edits as se

    plan = md.example_plan("sourcing")
    assert plan.outside_option is None and plan.batna.startswith("Follows the market")
    source, terms, points = plan.market_batna()
    res = se.set_market_batna(plan, False)
    p = res.plan
    assert not p.batna_from_market and p.batna_package == terms
    assert p.reservation_from_batna and p.reservation == plan.reservation
    assert "outside option" not in res.message and source in res.message and f"{points:.1f}" in res.message
    assert p.batna == f"{source}, kept when the BATNA stopped following the market"
    # the fixed quote no longer moves with the market
    better = dict(p.stored_package("Sitwell 1").terms, **{"Unit price": 180.0, "Delivery": 3.0, "Payment term": 60.0})
    p2 = p.replace(packages=tuple(x.model_copy(update={"terms": better}) if x.name == "Sitwell 1" else x
                                  for x in p.packages))
    assert p2.batna_package == terms
    # with neither an offer from another supplier nor an outside option: no quote, said plainly
    lone = se.remove_supplier(se.remove_supplier(plan, "Sitwell Office Ltd").plan, "Nordlys Kontor AS").plan
    lone = se.add_supplier(lone, "Kontorstol Oy").plan
    assert lone.batna_from_market and lone.batna_package is None
    res = se.set_market_batna(lone, False)
    assert res.plan.batna_package is None and not res.plan.reservation_from_batna
    assert res.plan.reservation == lone.reservation and res.plan.batna == ""
    assert "no competing quote" in res.message.lower() and "set by hand" in res.message
    # a description of the user's own is kept
    own = plan.replace(batna="Keep Ergonord as fallback")
    assert se.set_market_batna(own, False).plan.batna == "Keep Ergonord as fallback"


def _sitwell_improved():
    import meso_desk as md

    p = md.example_plan("sourcing").with_supplier("Sitwell Office Ltd")
    t = dict(p.stored_package("Sitwell 1").terms, **{"Unit price": 185.0, "Delivery": 3.0, "Payment term": 60.0})
    return p, p.replace(packages=tuple(x.model_copy(update={"terms": t}) if x.name == "Sitwell 1" else x
                                       for x in p.packages))


def test_a_switch_never_moves_the_shared_aspiration_and_a_round_trip_is_the_same_plan():
    """The aspiration is shared; with the reservation following the market each supplier has its
    own walk-away. Recording an offer worth more than the aspiration raises it at once (it is the
    walk-away against every other supplier); switching supplier never does, so switching away and
    back gives the very same plan."""
    before, p = _sitwell_improved()
    assert before.aspiration == 70.0
    sitwell_points = p.package("Sitwell 1").score
    assert sitwell_points > 70.0 and p.reservation < 50.0  # against Sitwell the walk-away is Nordlys' 48.5
    assert abs(p.aspiration - sitwell_points) < 1e-9  # raised when the better quote was recorded
    for a in p.supplier_names:
        pa = p.with_supplier(a)
        assert pa.aspiration == p.aspiration and pa.reservation <= pa.aspiration
        for b in p.supplier_names:
            assert pa.with_supplier(b).with_supplier(a) == pa
    assert p.with_supplier("Ergonord Seating AB").reservation == p.aspiration  # Sitwell's quote is its BATNA


def test_an_aspiration_below_another_suppliers_walkaway_is_refused_not_raised_back():
    """With the BATNA following the market the shared aspiration is held above every supplier's
    walk-away; a typed aspiration below one is refused with the reason, never quietly raised back."""
    import pytest

    import meso_desk as md
    from meso_desk.model.edits.deal_edits import with_aspiration
    from meso_desk.model.edits.supplier_edits import switch_supplier
    from meso_desk.model.errors import PlanError
    from meso_desk.model.supplier import highest_walkaway

    plan = switch_supplier(md.example_plan("sourcing"), "Nordlys Kontor AS")  # the best offer: our walk-away
    top = highest_walkaway(plan)                                               # against it is the lowest
    assert plan.batna_from_market and plan.reservation_from_batna
    assert top is not None and top > plan.reservation + 5
    v = (plan.reservation + top) / 2
    with pytest.raises(PlanError, match="below your walk-away"):
        with_aspiration(plan, v)
    assert with_aspiration(plan, top + 1).aspiration == pytest.approx(top + 1)
