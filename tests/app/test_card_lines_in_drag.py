"""A card's total-cost and approvals lines during a drag (issue 17's frame budget): they follow
at a calmer pace than the terms, never stay behind once the drag pauses or ends."""

from __future__ import annotations

from meso_desk.app.document import PlanDocument
from meso_desk.app.widgets.packages.package_panel import PackagePanel
from meso_desk.model.edits.package_edits import set_term
from meso_desk.model.examples import example_plan
from meso_desk.model.offers.relationship import relationship_line
from meso_desk.model.preferences.total_cost import format_total_cost, total_cost


def _line(plan, terms) -> str:
    """The card's line under the score: the total cost and the relationship effect (two numbers)."""
    return " · ".join(x for x in (format_total_cost(plan, terms), relationship_line(plan, terms)[0]) if x)


def _panel(qtbot, example: str, width: int = 1200):
    doc = PlanDocument(example_plan(example))
    panel = PackagePanel(doc)
    qtbot.addWidget(panel)
    panel.resize(width, 600)
    panel.show()
    qtbot.waitExposed(panel)
    return doc, panel


def test_total_cost_follows_a_drag_within_a_moment(qtbot):
    doc, panel = _panel(qtbot, "supplier")
    col = panel.column("Our ideal")
    before = col.extra_line.full_text()
    assert before == _line(doc.plan, doc.plan.package("Our ideal").terms)
    assert "relationship " in before  # the example has goodwill: every card shows the second number
    doc.begin_gesture()
    for price in (200.0, 210.0, 220.0):
        doc.apply(set_term(doc.plan, "Our ideal", "Unit price", price).plan, "drag", merge_key="drag")
    want = _line(doc.plan, doc.plan.package("Our ideal").terms)
    assert want != before
    qtbot.waitUntil(lambda: col.extra_line.full_text() == want, timeout=2000)  # still dragging
    doc.end_gesture()
    assert col.extra_line.full_text() == want


def test_the_relationship_effect_follows_the_goodwill(qtbot):
    """Every card shows two numbers, economic points and the relationship effect; dropping the
    goodwill drops the second, a strategic supplier weighs it more (issue 21)."""
    doc, panel = _panel(qtbot, "supplier")
    col = panel.column("Our ideal")
    terms = doc.plan.package("Our ideal").terms
    doc.apply(doc.plan.replace(relationship_weight="strategic"), "strategic")
    assert col.extra_line.full_text() == _line(doc.plan, terms)
    assert relationship_line(doc.plan, terms)[0] in col.extra_line.full_text()
    doc.apply(doc.plan.replace(goodwill={}), "no goodwill")
    assert "relationship" not in col.extra_line.full_text()
    assert col.extra_line.full_text() == format_total_cost(doc.plan, terms)


def test_a_contingent_package_shows_its_expected_total_as_its_points_are(qtbot):
    """The On-time bonus card said "Total EUR 457,097" — its base terms — beside expected points;
    the total is now the expectation under our forecast (as the CLI and the risk view give it)."""
    from meso_desk.model.offers.contingent import package_total_cost, risk

    doc, panel = _panel(qtbot, "contingent", 1400)
    pkg = doc.plan.package("On-time bonus")
    expected = risk(doc.plan, pkg).expected_cost
    assert package_total_cost(doc.plan, pkg) == expected
    assert abs(expected - total_cost(doc.plan, pkg)) > 1000  # the base terms' total differs
    text = panel.column("On-time bonus").extra_line.full_text()
    assert f"Total EUR {expected:,.0f} expected" in text
    fixed = doc.plan.package("Fixed price")
    assert format_total_cost(doc.plan, fixed) in panel.column("Fixed price").extra_line.full_text()
