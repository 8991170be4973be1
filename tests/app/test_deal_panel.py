"""The Deal panel, driven through its widgets (offscreen): every edit one undo step, the
post-settlement suggestions listed, "Use as cards" opening the card preview, the debrief.

The ZOPA and the suggestions are computed off the GUI thread: the tests wait for them with
``qtbot.waitUntil``, never with sleeps.
"""

from __future__ import annotations

from datetime import date

import pytest
from deal_plans import HAGGLED, agreed_supplier, dealt_plan, pinned_by_quality
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QDoubleSpinBox, QPlainTextEdit, QWidget

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.widgets.deal.deal_panel import DealPanel
from meso_desk.model.deal import zopa
from meso_desk.model.edits import deal_edits as edits
from meso_desk.model.edits.meso_set_edits import add_meso_set

WAIT = 20_000


def make_panel(qtbot, plan) -> DealPanel:
    doc = PlanDocument(plan)
    panel = DealPanel(doc)
    qtbot.addWidget(panel)
    doc.setParent(panel)
    panel.resize(330, 900)
    panel.show()
    qtbot.waitExposed(panel)
    wait(qtbot, panel)
    return panel


def wait(qtbot, panel) -> None:
    qtbot.waitUntil(lambda: panel.snapshot is not None and not panel.service.is_busy(), timeout=WAIT)


def control(panel, package: str, issue: str) -> QWidget:
    panel.batna_toggle.setChecked(True)
    panel.agreement_toggle.setChecked(True)
    hits = [w for w in panel.findChildren(QWidget)
            if w.property("package") == package and w.property("issue") == issue and w.isVisibleTo(panel)]
    assert len(hits) == 1, (package, issue, hits)
    return hits[0]


def test_the_window_loads_the_real_panel(make_window, qtbot):
    win = make_window(md.example_plan("supplier"))
    panel = win.findChild(QWidget, "dealPanel")
    assert isinstance(panel, DealPanel)
    assert win.deal_dock.widget() is panel


def test_competing_quote_sets_the_reservation_and_undoes(qtbot, supplier):
    supplier = supplier.replace(batna_package=None)  # (the example marks its quote: start without one)
    panel = make_panel(qtbot, supplier)
    doc = panel.document
    assert not panel.batna_terms.isVisibleTo(panel) and not panel.batna_toggle.isVisibleTo(panel)
    asked = []
    panel.batna_section.ask = lambda q: (asked.append(q), True)[1]  # 41.7 was set by hand: Yes, follow it
    panel.set_batna(supplier.package("Competing quote (BATNA)").terms, "Package Competing quote (BATNA)")
    assert asked == ["Let your reservation follow the quote (41.8) instead of 41.7? No keeps 41.7, set by hand."]
    assert doc.plan.reservation_from_batna and doc.plan.reservation == md.score(doc.plan, doc.plan.batna_package)
    assert panel.batna_toggle.isVisibleTo(panel) and not panel.batna_terms.isVisibleTo(panel)  # folded
    panel.batna_toggle.click()
    assert panel.batna_terms.isVisibleTo(panel) and panel.follow_check.isChecked()
    assert not panel.reservation_spin.isEnabled()
    assert "41.8 points" in panel.quote_label.text()
    # a term of the quote, through its control (found by its properties)
    spin = control(panel, zopa.BATNA_LABEL, "Unit price")
    assert isinstance(spin, QDoubleSpinBox)
    before = doc.plan.reservation
    spin.setValue(220.0)
    assert doc.plan.batna_package["Unit price"] == 220.0
    assert doc.plan.reservation > before and doc.plan.reservation == md.score(doc.plan, doc.plan.batna_package)
    assert panel.reservation_spin.value() == pytest.approx(round(doc.plan.reservation, 1))
    doc.undo_stack.undo()
    assert doc.plan.batna_package["Unit price"] == 236.0 and doc.plan.reservation == before
    assert spin.value() == 236.0
    doc.undo_stack.undo()
    assert doc.plan.batna_package is None and doc.plan == supplier


def test_a_typed_term_between_steps_lands_on_the_step(qtbot, supplier):
    panel = make_panel(qtbot, edits.with_batna_package(supplier, supplier.package("Competing quote (BATNA)").terms))
    spin = control(panel, zopa.BATNA_LABEL, "Order volume")
    spin.setValue(1740.0)  # the step is 100
    assert panel.document.plan.batna_package["Order volume"] == 1700.0
    assert spin.value() == 1700.0


def test_reservation_by_hand_and_aspiration(qtbot, supplier):
    p = edits.with_batna_package(supplier, supplier.package("Competing quote (BATNA)").terms)
    panel = make_panel(qtbot, p)
    doc = panel.document
    panel.follow_check.setChecked(False)
    assert not doc.plan.reservation_from_batna and panel.reservation_spin.isEnabled()
    panel.reservation_spin.setValue(45.0)
    assert doc.plan.reservation == 45.0
    panel.aspiration_spin.setValue(75.0)
    assert doc.plan.aspiration == 75.0
    for _ in range(3):
        doc.undo_stack.undo()
    assert doc.plan == p


def test_their_walkaway_guess_is_undoable(qtbot, supplier):
    panel = make_panel(qtbot, supplier)
    doc = panel.document
    assert "unknown" in panel.their_label.text()
    panel.their_check.setChecked(True)
    assert doc.plan.their_reservation == 50.0 and panel.their_spin.isEnabled()
    panel.their_spin.setValue(60.0)
    panel.their_unc.setValue(5.0)
    assert (doc.plan.their_reservation, doc.plan.their_reservation_uncertainty) == (60.0, 5.0)
    wait(qtbot, panel)
    assert "ZOPA" in panel.zopa_label.text()
    for _ in range(3):
        doc.undo_stack.undo()
    assert doc.plan.their_reservation is None and not panel.their_check.isChecked()


def test_record_the_agreement_edit_it_and_undo(qtbot, supplier):
    panel = make_panel(qtbot, supplier)
    doc = panel.document
    assert "No agreement" in panel.agreement_status.text()
    assert panel.section_order()[0] == "dealBatnaSection"  # before the deal: the walk-aways lead
    assert not panel.debrief_preview_button.isEnabled()
    panel.record_menu.aboutToShow.emit()
    labels = [a.text() for a in panel.record_menu.actions()]
    assert "Package Our ideal" in labels and "Enter terms (start from the middle)" in labels
    next(a for a in panel.record_menu.actions() if a.text() == "Package Their opening quote").trigger()
    assert doc.plan.agreement.terms == supplier.package("Their opening quote").terms
    assert doc.plan.agreement.source == "Package Their opening quote"
    assert panel.section_order()[:2] == ["dealAgreementSection", "dealPssSection"]  # after it: the agreement
    assert "beyond the hard limit" in panel.agreement_status.text()  # EUR 252 > 248
    combo = control(panel, "agreement", "Incoterm")
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("DDP"))
    combo.activated.emit(combo.currentIndex())
    assert doc.plan.agreement.terms["Incoterm"] == "DDP"
    panel.date_edit.setDate(QDate(2026, 4, 1))
    assert doc.plan.agreement.date == date(2026, 4, 1)
    panel.notes_edit.setText("signed")
    panel.notes_edit.editingFinished.emit()
    assert doc.plan.agreement.notes == "signed"
    for _ in range(4):
        doc.undo_stack.undo()
    assert doc.plan.agreement is None and doc.plan == supplier


def test_lessons_typed_are_one_undo_step(qtbot, supplier):
    panel = make_panel(qtbot, supplier)
    doc = panel.document
    panel.lessons_edit.setFocus()
    qtbot.keyClicks(panel.lessons_edit, "Ask early")
    panel._commit_lessons()
    assert doc.plan.lessons == "Ask early"
    doc.undo_stack.undo()
    assert doc.plan.lessons == ""


def test_a_typed_date_is_one_undo_step(qtbot):
    """Typing 25 into the day of 12 Mar 2026 passed through 2 Mar 2026 as an undo step of its own."""
    panel = make_panel(qtbot, dealt_plan())
    doc = panel.document
    box = panel.findChild(QDateEdit, "dealDateEdit")
    assert doc.plan.agreement.date == date(2026, 3, 12)
    count = doc.undo_stack.count()
    box.setFocus()
    box.setSelectedSection(QDateEdit.Section.DaySection)
    qtbot.keyClicks(box, "25")
    assert doc.plan.agreement.date == date(2026, 3, 12), "a half-typed date is not applied"
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert doc.plan.agreement.date == date(2026, 3, 25)
    assert [doc.undo_stack.text(i) for i in range(count, doc.undo_stack.count())] == ["Date of the agreement"]
    doc.undo_stack.undo()
    assert doc.plan.agreement.date == date(2026, 3, 12)
    # the arrow keys still apply at once
    box.setSelectedSection(QDateEdit.Section.DaySection)
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert doc.plan.agreement.date == date(2026, 3, 13)


def test_typed_text_and_dates_apply_when_the_plan_is_about_to_be_saved(qtbot):
    """The panel's own part of PlanDocument.commit_pending_edits (no window here: no focus
    catch-all): the lessons waiting for a pause, a date being typed, the notes."""
    panel = make_panel(qtbot, dealt_plan())
    doc = panel.document
    qtbot.keyClicks(panel.findChild(QPlainTextEdit, "dealLessonsEdit"), "Ask early")
    panel.notes_edit.setText("Signed by both CEOs")
    box = panel.findChild(QDateEdit, "dealDateEdit")
    box.setSelectedSection(QDateEdit.Section.DaySection)
    qtbot.keyClicks(box, "25")
    assert not doc.modified
    doc.commit_pending_edits()
    assert doc.plan.lessons.startswith("Ask early")
    assert doc.plan.agreement.notes == "Signed by both CEOs"
    assert doc.plan.agreement.date == date(2026, 3, 25)


def test_suggestions_listed_and_adopted(qtbot):
    panel = make_panel(qtbot, dealt_plan())
    doc = panel.document
    res = panel.snapshot.settlement
    assert len(res.suggestions) == 3
    assert panel.pss_list.count() == 3
    first = panel.pss_list.item(0).text()
    assert first.startswith("A: ") and res.suggestions[0].changes[0].text in first
    assert panel.pss_cards_button.isEnabled() and panel.pss_adopt_button.isEnabled()
    panel.pss_list.setCurrentRow(1)
    panel.pss_adopt_button.click()
    a = doc.plan.agreement
    assert a.terms == res.suggestions[1].terms and a.before_post_settlement == HAGGLED
    doc.undo_stack.undo()
    assert doc.plan.agreement.terms == HAGGLED and doc.plan.agreement.before_post_settlement is None


def test_each_suggestion_says_its_change_of_the_total(qtbot):
    """docs/total-cost.md: each post-settlement suggestion shows its change of the total against
    the agreement. The CLI and the debrief did; the panel's list (ours, internal) did not."""
    panel = make_panel(qtbot, dealt_plan())
    res = panel.snapshot.settlement
    money = [res.total_change(s) for s in res.suggestions]
    assert money == [", EUR 87,500 more in total", "", ", EUR 212,417 more in total"]
    for k, said in enumerate(money):
        item = panel.pss_list.item(k)
        assert item.text().endswith(f"\n{res.suggestions[k].summary}{said}")
        assert item.toolTip() == f"{res.suggestions[k].describe()}{said}"
        assert res.lines()[k].endswith(item.toolTip())  # the CLI's words
    # each item still whole at the panel's width: the list grows with the longer text
    lst = panel.pss_list
    for i in range(lst.count()):
        assert lst.viewport().rect().contains(lst.visualItemRect(lst.item(i))), i


def test_suggestions_for_an_old_agreement_go_at_once(qtbot):
    # after Adopt the list kept the suggestions measured against the old agreement, Adopt and
    # "Use as cards" enabled, for the seconds the new search took
    panel = make_panel(qtbot, dealt_plan())
    res = panel.snapshot.settlement
    panel.pss_list.setCurrentRow(1)
    panel.pss_adopt_button.click()  # the agreement changes: the search starts again
    assert panel.pss_list.count() == 0 and panel.pss_status.text() == "Searching…"
    assert not panel.pss_cards_button.isEnabled() and not panel.pss_adopt_button.isEnabled()
    assert panel.selected_suggestion() is None and panel.use_as_cards() is None
    wait(qtbot, panel)
    qtbot.waitUntil(lambda: panel.snapshot.settlement is not res, timeout=WAIT)
    assert panel.pss_status.text() != "Searching…"
    doc = panel.document
    doc.apply(edits.with_settlement_bar(doc.plan, 0.5), "bar")  # a new bar: the same
    assert panel.pss_status.text() == "Searching…" and not panel.pss_cards_button.isEnabled()


def test_use_as_cards_opens_the_preview_with_the_pss_framing(qtbot):
    panel = make_panel(qtbot, dealt_plan())
    panel.pss_cards_button.click()
    dlg = panel.cards_dialog
    assert dlg is not None and dlg.isVisible()
    try:
        cs = dlg.source.cards
        assert [c.title for c in cs.cards] == ["Alternative A", "Alternative B", "Alternative C"]
        assert cs.presentation.startswith("Our agreement stands.")
        assert "Alternatives to our agreement of 12 March 2026" == dlg.subject_edit.text() == cs.subject
        assert dlg.subject_edit.cursorPosition() == 0  # the field shows the start of a long subject
        assert [dict(p) for p in dlg.chosen_packages()] == [s.terms for s in panel.snapshot.settlement]
        assert dlg.packages_combo.currentText().startswith("Post-settlement alternatives")
    finally:
        dlg.close()  # deleted on close
    qtbot.waitUntil(lambda: panel.cards_dialog is None or not _alive(dlg), timeout=WAIT)


def test_use_as_cards_prints_the_alternatives_even_with_a_package_selected(qtbot):
    # in the window a package is always selected: its MESO set won the cards' choice, and the old
    # offers went out under "Alternatives to our agreement …"
    plan = dealt_plan()
    plan, _ = add_meso_set(plan, [dict(x) for x in md.generate_mesos(plan, 3, 66, approvals=False)], 66)
    panel = make_panel(qtbot, plan)
    doc = panel.document
    doc.select_package(doc.plan.meso_sets[-1].packages[0])
    panel.pss_cards_button.click()
    dlg = panel.cards_dialog
    try:
        assert dlg.packages_combo.currentText().startswith("Post-settlement alternatives")
        assert [dict(p) for p in dlg.chosen_packages()] == [s.terms for s in panel.snapshot.settlement]
    finally:
        dlg.close()
    qtbot.waitUntil(lambda: panel.cards_dialog is None or not _alive(dlg), timeout=WAIT)


def _alive(w) -> bool:
    try:
        return w.isVisible()
    except RuntimeError:  # deleted
        return False


def test_no_agreement_no_suggestions(qtbot, supplier):
    panel = make_panel(qtbot, supplier)
    assert panel.pss_list.count() == 0 and not panel.pss_list.isVisibleTo(panel)
    assert "Record the agreement" in panel.pss_status.text()
    assert not panel.pss_cards_button.isEnabled()
    assert panel.use_as_cards() is None


def test_empty_suggestions_show_the_reason(qtbot, supplier):
    panel = make_panel(qtbot, edits.with_agreement(supplier, {i.name: i.best for i in supplier.issues}))
    assert panel.pss_list.count() == 0
    assert panel.pss_status.text().startswith("None: no other acceptable package")
    assert not panel.pss_cards_button.isEnabled()


def test_suggestions_follow_our_approvers_and_say_who_refuses(qtbot):
    """The list keeps out what an approver refuses (as MESO sets do); when Quality comes to refuse
    every improvement (File ▸ Plan Properties…), the list empties and the status says who and why."""
    panel = make_panel(qtbot, agreed_supplier())
    doc = panel.document
    res = panel.snapshot.settlement
    assert res.suggestions and md.approvals(doc.plan, res.packages).accepted.all()
    assert all(s.terms["Warranty"] >= 24 for s in res)
    doc.apply(pinned_by_quality(doc.plan), "Change plan properties")
    assert panel.pss_status.text() == "Searching…" and not panel.pss_cards_button.isEnabled()
    qtbot.waitUntil(lambda: not panel.is_busy() and not panel.snapshot.settlement.suggestions, timeout=WAIT)
    assert panel.pss_list.count() == 0 and not panel.pss_cards_button.isEnabled()
    assert panel.pss_status.text() == "None: every improvement found is refused by Quality: warranty 18 < 36 months."


def test_debrief_preview_and_export(qtbot, tmp_path):
    panel = make_panel(qtbot, dealt_plan())
    assert panel.debrief_preview_button.isEnabled()
    panel.debrief_preview_button.click()
    dlg = panel.debrief_dialog
    try:
        assert dlg.isVisible() and dlg.renderer is not None and dlg.renderer.page_count() == 1
        assert not dlg.page.pixmap().isNull()
        out = dlg.export_pdf(tmp_path / "d.pdf")
        assert out.stat().st_size > 5000
        out2 = panel.export_debrief(tmp_path / "d2.pdf")
        assert out2.exists()
        # the preview follows the plan
        panel.document.apply(edits.with_lessons(panel.document.plan, "A brand new lesson"), "lessons")
        qtbot.waitUntil(lambda: "A brand new lesson" in dlg.renderer.html(), timeout=WAIT)
    finally:
        dlg.close()  # deleted on close


def test_zopa_words_follow_the_plan(qtbot, supplier):
    panel = make_panel(qtbot, edits.with_their_reservation(supplier, 30.0, 5.0))
    assert "Estimated ZOPA" in panel.zopa_label.text()
    panel.their_spin.setValue(99.0)
    wait(qtbot, panel)
    qtbot.waitUntil(lambda: "Probably no ZOPA" in panel.zopa_label.text(), timeout=WAIT)
    panel.document.undo_stack.undo()
    qtbot.waitUntil(lambda: "Estimated ZOPA" in panel.zopa_label.text(), timeout=WAIT)


def test_term_controls_survive_an_issue_rename(qtbot, supplier):
    p = edits.with_batna_package(supplier, supplier.package("Competing quote (BATNA)").terms)
    panel = make_panel(qtbot, p)
    doc = panel.document
    doc.apply(doc.plan.with_issue(2, doc.plan.issues[2].model_copy(update={"name": "Lead time"})), "rename")
    panel.batna_toggle.setChecked(True)
    qtbot.waitUntil(lambda: all(w.isVisibleTo(panel) for w in panel.batna_terms.controls.values()), timeout=WAIT)
    spin = control(panel, zopa.BATNA_LABEL, "Lead time")
    assert spin.value() == 8.0
    assert [w.property("issue") for w in panel.batna_terms.controls.values()] == doc.plan.issue_names


def test_narrow_dock_reads_without_a_horizontal_bar(qtbot):
    panel = make_panel(qtbot, dealt_plan())
    panel.resize(300, 700)
    qtbot.waitUntil(lambda: panel.scroll.widget().width() <= panel.scroll.viewport().width(), timeout=WAIT)
    assert panel.scroll.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert panel.scroll.widget().minimumSizeHint().width() <= 300


def test_the_outcome_plot_shows_the_same_walkaway_and_agreement(make_window, qtbot, supplier):
    """The window's outcome plot draws the agreement and the ZOPA from the same model: their
    walk-away inferred from "none of these" (zopa.their_reservation), or the guess typed here."""
    p = md.record_choice(supplier, list(md.generate_mesos(supplier, 3, 60)), None)
    p = edits.with_agreement(p, HAGGLED)
    win = make_window(p)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.outcome_dock.raise_()
    plot = win.findChild(QWidget, "outcomePlot")
    plot.redraw()
    inferred = zopa.their_reservation(p)
    assert plot.their_reservation[0] == pytest.approx(inferred.value, abs=0.5)
    assert plot.agreement is not None
    panel = win.findChild(QWidget, "dealPanel")
    panel.their_check.setChecked(True)
    panel.their_spin.setValue(30.0)
    plot.redraw()
    assert plot.their_reservation[0] == 30.0 and plot.zopa is not None


def test_a_hidden_panel_catches_up_when_shown(qtbot, supplier):
    panel = make_panel(qtbot, supplier)
    doc = panel.document
    panel.hide()
    doc.apply(edits.with_reservation(doc.plan, 44.0), "reservation")
    assert panel.reservation_spin.value() != 44.0  # hidden: nothing redrawn yet
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.reservation_spin.value() == 44.0
    # an edit of a package's terms is none of the panel's business
    wait(qtbot, panel)
    jobs = panel.service.jobs_started
    doc.apply(doc.plan.with_term("Our ideal", "Delivery", 4.0), "drag")
    assert panel.service.jobs_started == jobs and not panel.service.is_busy()


def test_the_post_settlement_bar_is_one_undo_step_and_moves_the_result(qtbot, supplier):
    """Agreed at their opening quote, before any reaction, the best set holds a package better for
    them with a chance of about 71 %: raising the bar to 90 % empties the list and says why; undo
    brings the bar and the set back; each change of the bar is one undo step."""
    panel = make_panel(qtbot, edits.with_agreement(supplier, supplier.package("Their opening quote").terms))
    doc = panel.document
    res = panel.snapshot.settlement
    assert panel.pss_bar.value() == 30 and 0.3 <= res.chance < 0.9 and res.suggestions
    assert f"about {100 * res.chance:.0f} %" in panel.pss_status.text()
    steps = doc.undo_stack.count()
    panel.pss_bar.setValue(90)
    assert doc.plan.settlement_bar == 0.9 and doc.undo_stack.count() == steps + 1
    qtbot.waitUntil(lambda: not panel.is_busy() and panel.snapshot.settlement.min_probability == 0.9, timeout=WAIT)
    assert panel.pss_list.count() == 0 and "nothing is likely to help" in panel.pss_status.text()
    assert "90 %" in panel.pss_status.text()
    doc.undo_stack.undo()
    assert doc.plan.settlement_bar == 0.3 and panel.pss_bar.value() == 30
    qtbot.waitUntil(lambda: not panel.is_busy() and panel.snapshot.settlement.min_probability == 0.3, timeout=WAIT)
    assert panel.pss_list.count() == len(res.suggestions)


def test_the_greyed_walkaway_box_shows_what_is_inferred(qtbot):
    """Without a guess of ours the box is greyed: it showed 0 while the text said about 70."""
    from deal_plans import dealt_plan

    plan = dealt_plan(agreement=False)
    plan = md.record_choice(plan, list(md.generate_mesos(plan, 3, 62.0, approvals=False)), None)  # none of these
    panel = make_panel(qtbot, plan)
    qtbot.waitUntil(lambda: panel.their_section.inferred is not None, timeout=20_000)
    assert panel.document.plan.their_reservation is None and not panel.their_spin.isEnabled()
    assert panel.their_spin.value() == round(panel.their_section.inferred)
