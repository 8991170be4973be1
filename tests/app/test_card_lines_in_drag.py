"""A card's total-cost and approvals lines during a drag (issue 17's frame budget): they follow
at a calmer pace than the terms, never stay behind once the drag pauses or ends."""

from __future__ import annotations

from meso_desk.app.document import PlanDocument
from meso_desk.app.widgets.packages.package_panel import PackagePanel
from meso_desk.model.edits.package_edits import set_term
from meso_desk.model.examples import example_plan
from meso_desk.model.preferences.total_cost import format_total_cost


def test_total_cost_follows_a_drag_within_a_moment(qtbot):
    doc = PlanDocument(example_plan("supplier"))
    panel = PackagePanel(doc)
    qtbot.addWidget(panel)
    panel.resize(1200, 600)
    panel.show()
    qtbot.waitExposed(panel)
    col = panel.column("Our ideal")
    before = col.extra_line.full_text()
    assert before == format_total_cost(doc.plan, doc.plan.package("Our ideal").terms)
    doc.begin_gesture()
    for price in (200.0, 210.0, 220.0):
        doc.apply(set_term(doc.plan, "Our ideal", "Unit price", price).plan, "drag", merge_key="drag")
    want = format_total_cost(doc.plan, doc.plan.package("Our ideal").terms)
    assert want != before
    qtbot.waitUntil(lambda: col.extra_line.full_text() == want, timeout=2000)  # still dragging
    doc.end_gesture()
    assert col.extra_line.full_text() == want
