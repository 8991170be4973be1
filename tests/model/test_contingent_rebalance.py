"""Hold value on a contingent package holds its *expected* value (docs/contingent-terms.md): the
grid search values a clause's issue by expectation under our forecast, as Package.score does."""

from __future__ import annotations

import numpy as np
import pytest

import meso_desk as md
from meso_desk.model.offers.rebalance import TOLERANCE, rebalance
from meso_desk.model.package import Package
from meso_desk.model.scoring import contingent_score_table, score_table


@pytest.fixture(scope="module")
def plan():
    return md.example_plan("contingent")


def test_the_contingent_table_scores_grid_packages_as_package_score_does(plan):
    rng = np.random.default_rng(7)
    for sp in (p for p in plan.packages if p.clauses):
        t = contingent_score_table(plan, sp.clauses)
        assert t is contingent_score_table(plan, sp.clauses)  # cached
        rows = rng.integers(0, t.sizes, size=(25, len(t.names)))
        fast = t.score_indices(rows)
        exact = [Package(plan, t.package_terms(r), clauses=sp.clauses).score for r in rows]
        assert fast == pytest.approx(exact, abs=1e-9)
        # the clause's issue is worth something else than its base term alone
        assert not np.allclose(fast, score_table(plan).score_indices(rows))
    assert contingent_score_table(plan, {}) is score_table(plan)


@pytest.mark.parametrize(("name", "issue", "term"), [
    ("Steel indexed", "Unit price", 225.0),      # the contingent term itself moves
    ("Warranty guard", "Warranty", 30.0),
    ("On-time bonus", "Delivery", 4.0),          # another term moves
])
def test_hold_value_keeps_the_expected_value_and_the_clauses(plan, name, issue, term):
    before = plan.package(name)
    r = rebalance(plan, name, issue, term)
    assert r.target == pytest.approx(before.score)
    assert r.package.clauses == before.clauses
    assert r.package.score == pytest.approx(r.achieved)
    assert r.exact and abs(r.package.score - before.score) <= TOLERANCE + 1e-9


@pytest.mark.parametrize("name", ["On-time bonus", "Steel indexed", "Warranty guard"])
@pytest.mark.parametrize("axes", [("Unit price", "Delivery"), ("Warranty", "Incoterm"), ("Order volume", "Payment term")])
def test_the_value_map_of_a_contingent_package_reads_its_expected_value(plan, name, axes):
    """At the package's own terms the map shows what its card shows: the expected value, whether
    the contingent term is on an axis or among the fixed terms."""
    from meso_desk.model.offers.value_slice import value_slice

    s = value_slice(plan, *axes, name)
    pkg = plan.package(name)
    x, y = s.position(pkg)
    assert float(s.value_at(x, y)) == pytest.approx(pkg.score, abs=0.05)
    fixed = value_slice(plan, *axes, dict(pkg))  # the same terms without the clause
    assert float(fixed.value_at(x, y)) == pytest.approx(md.score(plan, dict(pkg)), abs=1e-6)
