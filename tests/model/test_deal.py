"""The deal phase model: BATNA → reservation, their reservation, the ZOPA, value left on the table."""

from __future__ import annotations

import json
from datetime import date

import numpy as np
import pytest

import meso_desk as md
from meso_desk.model.deal import zopa as deal
from meso_desk.model.io.meso_file import plan_from_bytes, plan_to_bytes
from meso_desk.model.offers.frontier import pareto_frontier
from meso_desk.model.plan import Agreement


@pytest.fixture
def quoted(supplier):
    return deal.with_batna_package(supplier, supplier.package("Competing quote (BATNA)").terms)


# -- BATNA and reservation ---------------------------------------------------------------------------
def test_batna_package_sets_the_reservation_exactly(quoted):
    batna = quoted.batna_package
    assert quoted.reservation_from_batna
    assert quoted.reservation == md.score(quoted, batna)  # exact, not rounded
    assert deal.batna_value(quoted) == quoted.reservation


def test_reservation_follows_the_quote_through_every_edit(quoted):
    p = deal.with_batna_term(quoted, "Unit price", 220.0)
    assert p.reservation == md.score(p, p.batna_package) > quoted.reservation
    w = dict(p.weights)
    w["Unit price"], w["Delivery"] = w["Delivery"], w["Unit price"]
    q = p.with_weights(w)
    assert q.reservation == md.score(q, q.batna_package)
    assert q.reservation != p.reservation


def test_aspiration_rises_to_a_quote_worth_more(quoted):
    p = deal.with_batna_package(quoted, quoted.package("Our ideal").terms)
    assert p.reservation == pytest.approx(90.7594, abs=1e-3)
    assert p.aspiration == p.reservation


def test_manual_reservation_stops_following(quoted):
    p = deal.with_reservation(quoted, 50.0)
    assert not p.reservation_from_batna and p.reservation == 50.0
    p2 = deal.with_batna_term(p, "Unit price", 200.0)
    assert p2.reservation == 50.0  # set by hand: the quote no longer moves it
    back = deal.with_reservation_following(p2, True)
    assert back.reservation == md.score(back, back.batna_package)
    with pytest.raises(ValueError, match="aspiration"):
        deal.with_reservation(quoted, 95.0)
    with pytest.raises(ValueError, match="competing quote"):
        deal.with_reservation_following(quoted.replace(batna_package=None), True)


def test_removing_the_quote_keeps_the_reservation(quoted):
    p = deal.with_batna_package(quoted, None)
    assert p.batna_package is None and not p.reservation_from_batna
    assert p.reservation == quoted.reservation


def test_issue_rename_and_removal_carry_the_deal_fields(quoted):
    p = deal.with_agreement(quoted, quoted.package("Our ideal").terms, when=date(2026, 3, 1))
    renamed = p.with_issue(0, p.issues[0].model_copy(update={"name": "Price"}))
    assert renamed.batna_package["Price"] == 236.0 and "Unit price" not in renamed.batna_package
    assert renamed.agreement.terms["Price"] == 190.0
    removed = renamed.with_issue_removed("Warranty")
    assert "Warranty" not in removed.batna_package and "Warranty" not in removed.agreement.terms
    assert removed.reservation == md.score(removed, removed.batna_package)


def test_deal_fields_survive_the_file_and_old_files_still_load(quoted, tmp_path):
    p = deal.with_agreement(quoted, quoted.package("Our ideal").terms, when=date(2026, 3, 12), notes="signed",
                            source="package Our ideal")
    p = deal.with_their_reservation(deal.with_lessons(p, "Ask earlier."), 55.0, 8.0)
    p = deal.with_settlement_adopted(p, p.package("Their opening quote").terms)
    back = plan_from_bytes(plan_to_bytes(p))
    assert back == p
    assert back.agreement.before_post_settlement == quoted.package("Our ideal").terms
    # a file written before the deal phase existed (no deal keys at all) loads with the defaults
    data = json.loads(plan_to_bytes(md.example_plan("supplier")))
    for key in ("batna_package", "reservation_from_batna", "their_reservation", "their_reservation_uncertainty",
                "agreement", "lessons"):
        data.pop(key, None)
    old = plan_from_bytes(json.dumps(data).encode())
    assert old.agreement is None and old.batna_package is None and old.lessons == ""


def test_bad_deal_terms_are_refused(supplier):
    with pytest.raises(ValueError, match="competing quote"):
        supplier.replace(batna_package={"Unit price": 200.0})
    with pytest.raises(ValueError, match="agreement"):
        supplier.replace(agreement=Agreement(terms={"Unit price": 200.3}))


# -- their reservation ---------------------------------------------------------------------------------
def test_their_reservation_entered(supplier):
    p = deal.with_their_reservation(supplier, 60.0, 12.0)
    tr = deal.their_reservation(p)
    assert (tr.source, tr.value, tr.low, tr.high) == ("entered", 60.0, 48.0, 72.0)
    assert "your guess" in tr.text


def test_their_reservation_unknown_without_evidence(supplier):
    p = md.record_choice(supplier, list(md.generate_mesos(supplier, 3)), 0)
    tr = deal.their_reservation(p)
    assert tr.source == "unknown" and tr.value is None and not tr.known
    assert "unknown" in tr.text


def test_their_reservation_inferred_from_none_of_these(supplier):
    m = md.generate_mesos(supplier, 3, 60)
    p = md.record_choice(supplier, list(m), None)  # "none of these"
    p = md.record_choice(p, list(md.generate_mesos(p, 3, 55)), None)
    est = md.estimate_counterpart(p)
    tr = deal.their_reservation(p, est)
    assert tr.source == "inferred" and tr.n_evidence == 2
    assert tr.low < tr.value < tr.high
    # they refused everything: their walk-away is above what the offers were worth to them
    offered = [o.terms for r in p.rounds for o in r.offered]
    assert tr.value > np.mean([est.value(t) for t in offered])
    prior_mean = 0.5 * (20 + 85)
    assert tr.value > prior_mean


# -- the ZOPA ----------------------------------------------------------------------------------------------
def test_zopa_with_a_low_guess_exists(quoted):
    p = deal.with_their_reservation(quoted, 30.0, 5.0)
    z = deal.zopa(p)
    assert z.exists is True and z.probability is not None and z.probability > 0.5
    assert z.ours_range[0] == quoted.reservation and z.theirs_range[0] == 30.0
    assert z.ours_range[1] >= z.ours_range[0] and z.theirs_range[1] >= 30.0
    assert z.inside.any()
    # every frontier package inside the ZOPA clears both walk-aways
    assert np.all(z.frontier_ours[z.inside] >= quoted.reservation - 1e-9)
    assert np.all(z.frontier_theirs[z.inside] >= 30.0 - 1e-9)
    assert "Estimated ZOPA" in z.text and f"{quoted.reservation:.1f}" in z.text


def test_zopa_with_an_impossible_guess_is_empty(quoted):
    z = deal.zopa(deal.with_their_reservation(quoted, 99.0, 0.0))
    assert z.exists is False and z.probability < 0.1 and z.ours_range is None
    assert "Probably no ZOPA" in z.text


def test_zopa_unknown_their_side_says_so(quoted):
    z = deal.zopa(quoted)
    assert z.exists is None and z.probability is None
    assert "unknown" in z.text and z.best_for_them is not None


def test_zopa_of_an_empty_plan():
    z = deal.zopa(md.Plan())
    assert z.exists is None and "no issues" in z.text


def test_plot_marks(quoted):
    p = deal.with_agreement(deal.with_their_reservation(quoted, 40.0), quoted.package("Our ideal").terms)
    marks = deal.plot_marks(p)
    assert marks == {"agreement": dict(p.agreement.terms), "their_reservation": 40.0}
    assert deal.plot_marks(quoted) == {"agreement": None, "their_reservation": None}


# -- value left on the table ----------------------------------------------------------------------------
def test_a_frontier_package_leaves_nothing(supplier):
    est = md.estimate_counterpart(supplier)
    F = pareto_frontier(supplier, est.their_values())
    pkg = F.packages()[len(F) // 2]
    lt = deal.left_on_table(supplier, pkg, est)
    assert lt.our_gap == 0.0 and lt.their_gap == 0.0 and lt.on_frontier
    assert lt.our_target is None


def test_left_on_table_matches_the_frontier(supplier):
    agreed = {"Unit price": 214.0, "Order volume": 2000.0, "Delivery": 6.0, "Payment term": 45.0,
              "Warranty": 30.0, "Incoterm": "DAP"}
    est = md.estimate_counterpart(supplier)
    tv = est.their_values()
    lt = deal.left_on_table(supplier, agreed, est)
    assert lt.ours == md.score(supplier, agreed)
    assert lt.our_gap > 0 and lt.their_gap > 0
    target = lt.our_target
    assert md.score(supplier, target) == pytest.approx(lt.ours + lt.our_gap, abs=1e-9)
    assert tv.value(supplier, target) >= tv.value(supplier, agreed) - 1e-9  # no cost to them
    assert target.acceptable
    # no acceptable frontier package at least as good for them is better for us
    F = pareto_frontier(supplier, tv)
    ok = F.theirs >= tv.value(supplier, agreed) - 1e-9
    assert F.ours[ok].max() == pytest.approx(lt.ours + lt.our_gap, abs=1e-9)
    # money: the issues' money equivalents of the move, by hand
    total = 0.0
    for i in supplier.issues:
        if getattr(i, "money_per_unit", None) and agreed[i.name] != target[i.name]:
            sign = 1.0 if i.direction == "higher" else -1.0
            total += i.money_per_unit * sign * (target[i.name] - agreed[i.name])
    assert lt.money == pytest.approx(total)
    pts = sum(m.points for m in lt.money_lines)
    assert lt.points_with_money == pytest.approx(pts)
    assert lt.points_with_money + lt.points_without_money == pytest.approx(lt.our_gap)
    assert deal.format_money(lt.money, "EUR") in lt.money_text()


def test_money_equivalent_signs(supplier):
    a = supplier.package("Their opening quote")
    b = a.replace(**{"Unit price": 240.0, "Delivery": 10.0})
    money, lines, pts = deal.money_equivalent(supplier, a, b)
    assert money == pytest.approx(1500 * 12.0 - 800 * 1.0)
    assert [m.issue for m in lines] == ["Unit price", "Delivery"]
    assert pts == pytest.approx(md.score(supplier, b) - md.score(supplier, a))
    plain = md.Plan(issues=(md.CategoricalIssue(name="X", options=[("a", 0), ("b", 100)]),))
    assert deal.money_equivalent(plain, {"X": "a"}, {"X": "b"}) == (None, (), 0.0)


def test_describe_changes(supplier):
    a = supplier.package("Their opening quote")
    b = a.replace(**{"Delivery": 6.0, "Incoterm": "DAP"})
    assert deal.describe_changes(supplier, a, b) == ["Delivery 9 → 6 weeks", "Incoterm FCA → DAP"]


def test_agreement_edits(supplier):
    p = deal.with_agreement(supplier, supplier.package("Our ideal").terms, when=date(2026, 1, 2), source="x")
    assert p.agreement.date == date(2026, 1, 2) and p.agreement.source == "x"
    p2 = deal.with_agreement_term(p, "Delivery", 5.0)
    assert p2.agreement.terms["Delivery"] == 5.0 and p2.agreement.date == date(2026, 1, 2)
    p3 = deal.with_agreement_details(p2, when=None, notes="n")
    assert p3.agreement.date is None and p3.agreement.notes == "n"
    assert deal.without_agreement(p3).agreement is None
    with pytest.raises(ValueError):
        deal.with_agreement_term(supplier, "Delivery", 5.0)
    offers = deal.package_names_and_offers(md.record_choice(supplier, ["Our ideal"], 0, outcome="accepted"))
    assert offers[-1][0].startswith("Round 1, option") and "(accepted)" in offers[-1][0]


def test_zopa_words_follow_the_plausible_profiles_when_the_average_disagrees(supplier):
    """After "none of these" their walk-away is high; under their *average* values no package
    clears it, yet in most plausible profiles one does (each profile's best package differs):
    the headline says so instead of a flat "no ZOPA"."""
    p = md.record_choice(supplier, list(md.generate_mesos(supplier, 3, 60)), None)
    z = deal.zopa(p)
    assert z.exists is False and z.probability is not None and z.probability >= 0.5
    assert z.lines[2].startswith(f"A ZOPA exists in {100 * z.probability:.0f} % of the plausible profiles, "
                                 "though not under the average estimate")
