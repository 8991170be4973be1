"""Adopt in the Deal panel on a contingent agreement: the clauses agreed first stay with the terms
agreed first (one undo step takes both back), and the debrief preview values and shows the first
agreement with its clause."""

from __future__ import annotations

from test_deal_panel import WAIT, make_panel

import meso_desk as md
from meso_desk.model.contingent.sentences import short_clause
from meso_desk.model.edits import deal_edits as edits

FIRST = "On-time bonus"


def test_adopt_keeps_the_clauses_agreed_first_and_the_debrief_shows_them(qtbot):
    plan = md.example_plan("contingent")
    plan = edits.with_agreement(plan, plan.package(FIRST))
    first = plan.package(FIRST)
    panel = make_panel(qtbot, plan)
    doc = panel.document
    qtbot.waitUntil(lambda: panel.pss_list.count() > 0, timeout=WAIT)
    panel.pss_list.setCurrentRow(0)
    chosen = panel.selected_suggestion()
    panel.pss_adopt_button.click()
    a = doc.plan.agreement
    assert a.terms == chosen.terms and a.clauses == chosen.package.clauses
    assert a.before_post_settlement == first.terms and a.clauses_before_post_settlement == first.clauses
    doc.undo_stack.undo()
    a = doc.plan.agreement
    assert a.before_post_settlement is None and a.clauses_before_post_settlement == {}
    assert a.clauses == first.clauses
    doc.undo_stack.redo()
    assert doc.plan.agreement.clauses_before_post_settlement == first.clauses

    panel.debrief_preview_button.click()
    dlg = panel.debrief_dialog
    try:
        assert dlg.isVisible() and dlg.renderer is not None and dlg.renderer.page_count() == 1
        html = dlg.renderer.html()
        clause = first.clauses["Unit price"]
        line = short_clause(clause, plan.issue("Unit price"), plan.event(clause.event))
        # under the first agreement's unit price (and the agreed one), a number kept with its unit
        assert "↳&nbsp;" + line.replace(" %", "&nbsp;%").replace("≤ ", "≤&nbsp;") in html
        # the first agreement at its expected value with the clause (63.4), not its base terms' 56.4
        assert f"{first.score:.1f} → " in html
        assert f"{md.score(plan, dict(first.terms)):.1f} → " not in html
    finally:
        dlg.close()  # deleted on close
