"""The deal phase model: BATNA → reservation, their reservation, the ZOPA, value left on the table."""

from __future__ import annotations

import numpy as np
import pytest

import meso_desk as md
from meso_desk.model.deal import zopa
from meso_desk.model.edits import deal_edits as edits
from meso_desk.model.offers.frontier import pareto_frontier


@pytest.fixture
def quoted(supplier):
    return edits.with_batna_package(supplier, supplier.package("Competing quote (BATNA)").terms)


# -- their reservation ---------------------------------------------------------------------------------
def test_their_reservation_entered(supplier):
    p = edits.with_their_reservation(supplier, 60.0, 12.0)
    tr = zopa.their_reservation(p)
    assert (tr.source, tr.value, tr.low, tr.high) == ("entered", 60.0, 48.0, 72.0)
    assert "your guess" in tr.text


def test_their_reservation_unknown_without_evidence(supplier):
    p = md.record_choice(supplier, list(md.generate_mesos(supplier, 3)), 0)
    tr = zopa.their_reservation(p)
    assert tr.source == "unknown" and tr.value is None and not tr.known
    assert "unknown" in tr.text


def test_their_reservation_inferred_from_none_of_these(supplier):
    m = md.generate_mesos(supplier, 3, 60)
    p = md.record_choice(supplier, list(m), None)  # "none of these"
    p = md.record_choice(p, list(md.generate_mesos(p, 3, 55)), None)
    est = md.estimate_counterpart(p)
    tr = zopa.their_reservation(p, est)
    assert tr.source == "inferred" and tr.n_evidence == 2
    assert tr.low < tr.value < tr.high
    # they refused everything: their walk-away is above what the offers were worth to them
    offered = [o.terms for r in p.rounds for o in r.offered]
    assert tr.value > np.mean([est.value(t) for t in offered])
    prior_mean = 0.5 * (20 + 85)
    assert tr.value > prior_mean


# -- the ZOPA ----------------------------------------------------------------------------------------------
def test_zopa_with_a_low_guess_exists(quoted):
    p = edits.with_their_reservation(quoted, 30.0, 5.0)
    z = zopa.zopa(p)
    assert z.exists is True and z.probability is not None and z.probability > 0.5
    assert z.ours_range[0] == quoted.reservation and z.theirs_range[0] == 30.0
    assert z.ours_range[1] >= z.ours_range[0] and z.theirs_range[1] >= 30.0
    assert z.inside.any()
    # every frontier package inside the ZOPA clears both walk-aways
    assert np.all(z.frontier_ours[z.inside] >= quoted.reservation - 1e-9)
    assert np.all(z.frontier_theirs[z.inside] >= 30.0 - 1e-9)
    assert "Estimated ZOPA" in z.text and f"{quoted.reservation:.1f}" in z.text


def test_zopa_with_an_impossible_guess_is_empty(quoted):
    z = zopa.zopa(edits.with_their_reservation(quoted, 99.0, 0.0))
    assert z.exists is False and z.probability < 0.1 and z.ours_range is None
    assert "Probably no ZOPA" in z.text


def test_zopa_unknown_their_side_says_so(quoted):
    z = zopa.zopa(quoted)
    assert z.exists is None and z.probability is None
    assert "unknown" in z.text and z.best_for_them is not None


def test_zopa_of_an_empty_plan():
    z = zopa.zopa(md.Plan())
    assert z.exists is None and "no issues" in z.text


def test_plot_marks(quoted):
    p = edits.with_agreement(edits.with_their_reservation(quoted, 40.0), quoted.package("Our ideal").terms)
    marks = zopa.plot_marks(p)
    assert marks == {"agreement": dict(p.agreement.terms), "their_reservation": 40.0}
    assert zopa.plot_marks(quoted) == {"agreement": None, "their_reservation": None}


# -- value left on the table ----------------------------------------------------------------------------
def test_a_frontier_package_leaves_nothing(supplier):
    est = md.estimate_counterpart(supplier)
    F = pareto_frontier(supplier, est.their_values())
    pkg = F.packages()[len(F) // 2]
    lt = zopa.left_on_table(supplier, pkg, est)
    assert lt.our_gap == 0.0 and lt.their_gap == 0.0 and lt.on_frontier
    assert lt.our_target is None


def test_left_on_table_matches_the_frontier(supplier):
    agreed = {"Unit price": 214.0, "Order volume": 2000.0, "Delivery": 6.0, "Payment term": 45.0,
              "Warranty": 30.0, "Incoterm": "DAP"}
    est = md.estimate_counterpart(supplier)
    tv = est.their_values()
    lt = zopa.left_on_table(supplier, agreed, est)
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
    # money: the change of the total cost (the plan's cost model) plus the money equivalents of
    # the other issues, by hand
    def cost(t):
        spend = t["Unit price"] * t["Order volume"]
        freight = {"EXW": 8000.0, "FCA": 6500.0, "DAP": 500.0, "DDP": 0.0}[t["Incoterm"]]
        return spend + freight - spend * 0.06 * t["Payment term"] / 365
    total = cost(agreed) - cost(target)
    for i in supplier.issues:
        if getattr(i, "money_per_unit", None) and agreed[i.name] != target[i.name]:
            sign = 1.0 if i.direction == "higher" else -1.0
            total += i.money_per_unit * sign * (target[i.name] - agreed[i.name])
    assert lt.money == pytest.approx(total)
    pts = sum(m.points for m in lt.money_lines)
    assert lt.points_with_money == pytest.approx(pts)
    assert lt.points_with_money + lt.points_without_money == pytest.approx(lt.our_gap)
    assert zopa.format_money(abs(lt.money), "EUR") in lt.money_text()


def test_money_equivalent_signs(supplier):
    a = supplier.package("Their opening quote")
    b = a.replace(**{"Unit price": 240.0, "Delivery": 10.0})
    money, lines, pts = zopa.money_equivalent(supplier, a, b)
    # the price at the package's own 2,500 units, less the financing of 30 days at 6 %; delivery
    # by its money equivalent (EUR 800 a week)
    assert money == pytest.approx(12.0 * 2500 * (1 - 0.06 * 30 / 365) - 800 * 1.0)
    assert [m.issue for m in lines] == ["Unit price", "Delivery"]
    assert pts == pytest.approx(md.score(supplier, b) - md.score(supplier, a))
    plain = md.Plan(issues=(md.CategoricalIssue(name="X", options=[("a", 0), ("b", 100)]),))
    assert zopa.money_equivalent(plain, {"X": "a"}, {"X": "b"}) == (None, (), 0.0)


def test_describe_changes(supplier):
    a = supplier.package("Their opening quote")
    b = a.replace(**{"Delivery": 6.0, "Incoterm": "DAP"})
    assert zopa.describe_changes(supplier, a, b) == ["Delivery 9 → 6 weeks", "Incoterm FCA → DAP"]


def test_package_names_and_offers(supplier):
    offers = zopa.package_names_and_offers(md.record_choice(supplier, ["Our ideal"], 0, outcome="accepted"))
    assert offers[-1][0].startswith("Round 1, option") and "(accepted)" in offers[-1][0]


def test_zopa_words_follow_the_plausible_profiles_when_the_average_disagrees(supplier):
    """After "none of these" their walk-away is high; under their *average* values no package
    clears it, yet in most plausible profiles one does (each profile's best package differs):
    the headline says so instead of a flat "no ZOPA"."""
    p = md.record_choice(supplier, list(md.generate_mesos(supplier, 3, 60)), None)
    z = zopa.zopa(p)
    assert z.exists is False and z.probability is not None and z.probability >= 0.5
    assert z.lines[2].startswith(f"A ZOPA exists in {100 * z.probability:.0f} % of the plausible profiles, "
                                 "though not under the average estimate")
