"""The counterpart panel, driven through its real widgets (offscreen).

Estimates and MESO sets are computed off the GUI thread: the tests wait for them with
``qtbot.waitUntil`` / ``waitSignal``, never with sleeps.
"""

from __future__ import annotations

import threading
from functools import cache

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QLabel, QRadioButton

import meso_desk as md
from meso_desk.app.document import PlanDocument
from meso_desk.app.widgets.counterpart.counter_offer import TermSpinBox
from meso_desk.app.widgets.counterpart.counterpart_panel import CounterpartPanel
from meso_desk.app.widgets.counterpart.offered_cards import RANK_ROLE, SEPARATOR, OfferedCard
from meso_desk.app.widgets.counterpart.record_reaction import RecordReactionDialog
from meso_desk.model.edits.round_edits import record_choice, with_round_removed
from meso_desk.model.offers.meso_sets import with_meso_set

WAIT = 20_000  # ms: generous for a loaded CI machine; the waits end as soon as the work is done


@cache
def plan_with_set():
    """The supplier example with one MESO set (A, B, C) added, no rounds."""
    plan = md.example_plan("supplier")
    packages = md.generate_mesos(plan, 3, 70.0)
    new, _ = with_meso_set(plan, [dict(p) for p in packages], 70.0)
    return new


@cache
def plan_with_rounds(n: int = 2):
    """``plan_with_set`` with ``n`` recorded choices (A, then B, …)."""
    plan = plan_with_set()
    names = list(plan.meso_sets[-1].packages)
    for k in range(n):
        plan = record_choice(plan, names, k % len(names))
    return plan


def make_panel(qtbot, plan) -> CounterpartPanel:
    doc = PlanDocument(plan)
    panel = CounterpartPanel(doc)
    qtbot.addWidget(panel)
    doc.setParent(panel)
    panel.resize(340, 800)
    panel.show()
    qtbot.waitExposed(panel)
    wait_estimate(qtbot, panel)
    return panel


def wait_estimate(qtbot, panel) -> None:
    qtbot.waitUntil(lambda: panel.snapshot is not None and not panel.service.is_busy(), timeout=WAIT)


def open_dialog(panel, round_index=None) -> RecordReactionDialog:
    panel.record_button.click() if round_index is None else panel.history.card(round_index).edit_button.click()
    dlg = panel.dialog
    assert isinstance(dlg, RecordReactionDialog) and dlg.isVisible()
    return dlg


def card(dlg, label) -> OfferedCard:
    hits = [c for c in dlg.cards if c.label == label]
    assert len(hits) == 1
    return hits[0]


def click(widget, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    pos = widget.rect().center()
    if isinstance(widget, (QCheckBox, QRadioButton)):  # on the indicator: the box may be wider than its text
        pos = QPoint(8, widget.height() // 2)
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, modifier, pos)


# -- the panel in the window -------------------------------------------------------------------
def test_the_window_loads_the_real_panel(make_window, qtbot):
    win = make_window(plan_with_rounds(2))
    panel = win.findChild(CounterpartPanel, "counterpartPanel")
    assert panel is not None and panel is win.counterpart_panel
    assert not panel.property("placeholder")
    wait_estimate(qtbot, panel)
    assert panel.snapshot.n_rounds == 2
    assert panel.tabs.tabText(1) == "Rounds (2)"


# -- recording a reaction -----------------------------------------------------------------------
def test_record_a_choice_by_clicking_a_card_is_one_undo_step(qtbot):
    panel = make_panel(qtbot, plan_with_set())
    doc = panel.document
    before, steps = doc.plan, doc.undo_stack.count()
    dlg = open_dialog(panel)
    # the latest MESO set is offered by default
    assert [c.label for c in dlg.cards] == list(before.meso_sets[-1].packages)
    assert not dlg.record_button.isEnabled()  # nothing recorded yet: says what to do
    assert "Click the package they chose" in dlg.summary.text()
    click(card(dlg, "B"))
    assert dlg.ranking == [1]
    assert card(dlg, "B").state == "chosen" and card(dlg, "A").state == "plain"
    assert dlg.record_button.isEnabled()
    click(dlg.record_button)
    plan = doc.plan
    assert len(plan.rounds) == len(before.rounds) + 1
    r = plan.rounds[-1]
    assert [o.label for o in r.offered] == ["A", "B", "C"]
    assert r.offered[1].terms == before.stored_package("B").terms
    assert r.ranking == (1,) and r.outcome == "pending"
    assert doc.undo_stack.count() == steps + 1
    assert "Record round 1 (chose B)" == doc.undo_stack.text(steps)
    # the history shows it; undo takes the whole round back
    assert [c.reaction.text() for c in panel.history.cards] == ["Chose B"]
    doc.undo_stack.undo()
    assert doc.plan == before and not panel.history.cards
    assert panel.history.empty.isVisibleTo(panel.history)


def test_clicking_the_chosen_card_again_takes_the_choice_back(qtbot):
    panel = make_panel(qtbot, plan_with_set())
    dlg = open_dialog(panel)
    click(card(dlg, "A"))
    click(card(dlg, "A"))
    assert dlg.ranking == [] and not dlg.record_button.isEnabled()


def test_partial_ranking_by_ctrl_click_and_the_arrow_buttons(qtbot):
    panel = make_panel(qtbot, plan_with_set())
    doc = panel.document
    dlg = open_dialog(panel)
    click(card(dlg, "A"))
    click(card(dlg, "C"), Qt.KeyboardModifier.ControlModifier)
    assert dlg.ranking == [0, 2]
    assert card(dlg, "A").badge.text() == "1st" and card(dlg, "C").badge.text() == "2nd"
    assert dlg.ranking_list.ranking() == [0, 2]
    # move C above A in the ranking list
    for row in range(dlg.ranking_list.count()):
        if dlg.ranking_list.item(row).text().strip().endswith("C"):
            dlg.ranking_list.setCurrentRow(row)
    click(dlg.rank_up)
    assert dlg.ranking == [2, 0]
    assert card(dlg, "C").state == "chosen" and card(dlg, "A").state == "ranked"
    # Alt+Down on C (now first) moves it below A again; B stays unranked
    dlg.ranking_list.setFocus()
    QTest.keyClick(dlg.ranking_list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert dlg.ranking == [0, 2]
    click(dlg.rank_up)
    click(dlg.record_button)
    r = doc.plan.rounds[-1]
    assert r.ranking == (2, 0) and r.outcome == "pending"
    assert panel.history.cards[0].reaction.text() == "Ranked C > A (B not ranked)"


def test_moving_an_unranked_package_up_across_the_line_ranks_it(qtbot):
    panel = make_panel(qtbot, plan_with_set())
    dlg = open_dialog(panel)
    click(card(dlg, "B"))
    lst = dlg.ranking_list
    rows = [lst.item(r).text().strip() for r in range(lst.count())]
    lst.setCurrentRow(rows.index("C"))
    click(dlg.rank_up)  # onto the line: now ranked last
    assert dlg.ranking == [1, 2]
    click(dlg.rank_clear)
    assert dlg.ranking == []


def test_dragging_in_the_ranking_list_reranks(qtbot):
    panel = make_panel(qtbot, plan_with_set())
    dlg = open_dialog(panel)
    click(card(dlg, "A"))
    click(card(dlg, "B"), Qt.KeyboardModifier.ControlModifier)
    lst = dlg.ranking_list
    assert lst.ranking() == [0, 1]
    assert lst.item(0).flags() & Qt.ItemFlag.ItemIsDragEnabled
    sep = next(r for r in range(lst.count()) if lst.item(r).data(RANK_ROLE) == SEPARATOR)
    assert not lst.item(sep).flags() & Qt.ItemFlag.ItemIsDragEnabled  # the line stays where it is
    # a drop moves a row in the list's model: C (below the line) dropped on top
    c_row = next(r for r in range(lst.count()) if lst.item(r).data(RANK_ROLE) == 2)
    with qtbot.waitSignal(lst.rankingChanged, timeout=WAIT):
        lst.model().moveRow(QModelIndex(), c_row, QModelIndex(), 0)
    assert dlg.ranking == [2, 0, 1]
    assert card(dlg, "C").badge.text() == "1st" and card(dlg, "B").badge.text() == "3rd"
    assert [lst.item(r).text().split()[-1] for r in range(3)] == ["C", "A", "B"]


def test_three_cards_of_long_names_fit_a_laptop_screen_side_by_side(qtbot):
    # 44-character issue names and long option labels: the third card ran off a 1366-wide dialog
    # (horizontal scrolling is off), its terms cut in the middle
    from long_plans import long_plan

    panel = make_panel(qtbot, long_plan(8, sets=1))
    dlg = open_dialog(panel)
    dlg.resize(1350, 740)
    qtbot.waitUntil(lambda: dlg.width() == 1350)
    port = dlg.body_scroll.viewport()
    for c in dlg.cards:
        left = c.mapTo(port, QPoint(0, 0)).x()
        assert 0 <= left and left + c.width() <= port.width(), (c.label, left, c.width(), port.width())
    names = [w for w in dlg.cards[0].findChildren(QLabel, "offeredIssue")]
    assert len(names) == 8 and any(w.is_elided() for w in names)  # shortened, not cut
    assert all(w.full_text() in dlg._plan.issue_names for w in names)
    dlg.reject()


def test_alt_n_chooses_none_of_these(qtbot):
    # a QShortcut on Alt+N clashed with the button's own "&None": Qt found the key ambiguous
    # and only moved the focus
    panel = make_panel(qtbot, plan_with_set())
    dlg = open_dialog(panel)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow, timeout=WAIT)
    assert not dlg.outcome_none.isChecked()
    QTest.keyClick(dlg, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dlg.outcome_none.isChecked, timeout=WAIT)
    dlg.reject()


def test_a_rounds_answers_are_on_its_card(qtbot):
    # answers recorded through the question planner were on no card: the round read "Nothing
    # offered — they answered a question" and nothing else
    from meso_desk.model.edits.round_edits import with_answer

    plan = with_answer(plan_with_rounds(1), "pairwise", ("Delivery", "Unit price"))
    plan = with_answer(plan, "preferred_term", {"Incoterm": "FCA"})
    panel = make_panel(qtbot, plan)
    label = panel.history.cards[0].findChild(QLabel, "roundAnswers")
    assert label is not None and label.isVisibleTo(panel.history)
    assert "Delivery matters more to them than Unit price" in label.text() and "FCA suits them best" in label.text()


def test_none_of_these_and_still_liked_one_best(qtbot):
    panel = make_panel(qtbot, plan_with_set())
    doc = panel.document
    dlg = open_dialog(panel)
    click(dlg.outcome_none)
    assert dlg.record_button.isEnabled()  # refusing all is a reaction in itself
    assert "liked best" in dlg.hint.text()
    click(card(dlg, "B"))
    assert card(dlg, "B").badge.text() == "★ liked best"
    click(dlg.record_button)
    r = doc.plan.rounds[-1]
    assert r.outcome == "none_acceptable" and r.ranking == (1,) and r.accepted is None
    assert panel.history.cards[0].reaction.text() == "None acceptable — liked B best"
    chips = panel.history.cards[0].chips
    assert chips.outcome == "none_acceptable" and chips.state_of(1) == "chosen"
    # and without any preference
    dlg = open_dialog(panel)
    click(dlg.outcome_none)
    click(dlg.record_button)
    r = doc.plan.rounds[-1]
    assert r.outcome == "none_acceptable" and r.ranking == ()
    assert panel.history.cards[0].reaction.text() == "None of these acceptable"


def test_accepted_needs_a_package_and_records_it(qtbot):
    panel = make_panel(qtbot, plan_with_set())
    dlg = open_dialog(panel)
    assert not dlg.outcome_accepted.isEnabled()
    click(card(dlg, "C"))
    assert dlg.outcome_accepted.isEnabled() and dlg.outcome_accepted.text() == "They accepted C"
    click(dlg.outcome_accepted)
    assert card(dlg, "C").state == "accepted"
    click(dlg.record_button)
    r = panel.document.plan.rounds[-1]
    assert r.outcome == "accepted" and r.accepted == 2


def test_packages_picked_by_hand_can_be_offered(qtbot):
    panel = make_panel(qtbot, plan_with_set())
    doc = panel.document
    dlg = open_dialog(panel)
    dlg.set_offered(["Our ideal", "Competing quote (BATNA)"])
    assert dlg.pick_list.isVisible()
    assert [c.label for c in dlg.cards] == ["Competing quote (BATNA)", "Our ideal"]  # in plan order
    click(card(dlg, "Our ideal"))
    click(dlg.record_button)
    r = doc.plan.rounds[-1]
    assert [o.label for o in r.offered] == ["Competing quote (BATNA)", "Our ideal"] and r.ranking == (1,)


def test_counter_offer_refuses_bad_input_where_typed(qtbot):
    panel = make_panel(qtbot, plan_with_set())
    doc = panel.document
    dlg = open_dialog(panel)
    click(dlg.counter_box)
    assert dlg.counter_frame.isVisible()
    assert not dlg.record_button.isEnabled()  # no term ticked yet
    assert "Tick at least one term" in dlg.summary.text()
    spin = next(w for w in dlg.findChildren(TermSpinBox, "counterTerm") if w.property("issue") == "Unit price")
    le = spin.lineEdit()
    spin.setFocus()
    # out of range: kept as typed and marked (Qt dropped the last digit silently: 999 → 99), then
    # refused on Enter with the range named, the previous term back
    le.selectAll()
    QTest.keyClicks(le, "999")
    assert "999" in le.text() and not spin.hasAcceptableInput() and spin.reason
    refused = []
    spin.refused.connect(refused.append)
    QTest.keyClick(le, Qt.Key.Key_Return)
    assert refused and "999 is above the highest value here" in refused[0] and "999" not in le.text()
    # off the 0.5 step: shown as wrong, not recordable
    le.selectAll()
    QTest.keyClicks(le, "230.3")
    assert not spin.hasAcceptableInput()
    reason = dlg.findChild(QLabel, "counterReason")
    assert reason.isVisible() and "step" in reason.text()
    assert "#c62828" in spin.styleSheet()  # a red frame
    assert not dlg.record_button.isEnabled()
    assert "not on the 0.5 step" in dlg.summary.text()
    # a term on the step is fine, and typing it ticked the row
    le.selectAll()
    QTest.keyClicks(le, "230.5")
    assert spin.hasAcceptableInput() and not reason.isVisible()
    include = next(w for w in dlg.findChildren(type(dlg.counter.includes["Unit price"]), "counterInclude")
                   if w.property("issue") == "Unit price")
    assert include.isChecked()
    # a categorical term is picked from its options
    dlg.counter.includes["Incoterm"].setChecked(True)
    dlg.counter.editors["Incoterm"].setCurrentText("FCA")
    assert dlg.record_button.isEnabled()
    click(dlg.record_button)
    r = doc.plan.rounds[-1]
    assert r.counter_offer == {"Unit price": 230.5, "Incoterm": "FCA"}
    assert r.ranking == () and r.outcome == "pending"
    assert "Counter-offer" in panel.history.cards[0].findChild(QLabel, "roundCounter").text()


def test_counter_offer_beyond_our_limit_is_allowed_and_marked(qtbot):
    panel = make_panel(qtbot, plan_with_set())
    dlg = open_dialog(panel)
    click(dlg.counter_box)
    spin = dlg.counter.editors["Unit price"]
    spin.setFocus()
    spin.lineEdit().selectAll()
    QTest.keyClicks(spin.lineEdit(), "255")  # above the hard limit of EUR 248.00
    assert spin.hasAcceptableInput()
    assert dlg.counter.marks["Unit price"].text() == "beyond your limit"
    assert dlg.record_button.isEnabled()


def test_statement_names_the_issue_from_the_words_and_keeps_the_trust(qtbot):
    panel = make_panel(qtbot, plan_with_set())
    doc = panel.document
    dlg = open_dialog(panel)
    click(dlg.statement_box)
    dlg.statement_text.setFocus()
    QTest.keyClicks(dlg.statement_text, "delivery is what matters most to us")
    assert dlg.statement_issue.currentData() == "Delivery"
    assert "(trust 50\u00a0%)" in dlg.summary.text().replace(" %", "\u00a0%")
    dlg.statement_trust.setFocus()
    QTest.keyClick(dlg.statement_trust, Qt.Key.Key_PageDown)  # 50 − 25: what will be recorded follows
    assert dlg.trust_label.text().startswith("25") and "(trust 25\u00a0%)" in dlg.summary.text().replace(" %", "\u00a0%")
    dlg.statement_trust.setValue(30)
    assert "(trust 30\u00a0%)" in dlg.summary.text().replace(" %", "\u00a0%")
    dlg.notes.setPlainText("said twice, at the start and the end")
    click(dlg.record_button)
    r = doc.plan.rounds[-1]
    assert r.statement == "delivery is what matters most to us" and r.statement_issue == "Delivery"
    assert r.statement_trust == pytest.approx(0.3) and r.notes == "said twice, at the start and the end"
    assert doc.undo_stack.text(doc.undo_stack.count() - 1) == "Record round 1 (statement)"


def test_cancel_records_nothing(qtbot):
    panel = make_panel(qtbot, plan_with_set())
    doc = panel.document
    before = doc.undo_stack.count()
    dlg = open_dialog(panel)
    click(card(dlg, "A"))
    dlg.reject()
    assert doc.undo_stack.count() == before and not doc.plan.rounds


# -- the estimate --------------------------------------------------------------------------------
def test_weight_bars_change_after_a_recorded_choice(qtbot):
    panel = make_panel(qtbot, plan_with_set())
    snap0 = panel.snapshot
    assert snap0.is_prior and snap0.n_observations == 0
    assert panel.headline.text().startswith("A guess")
    bars0 = {n: panel.chart.bar_extent(n) for n in snap0.names}
    dlg = open_dialog(panel)
    click(card(dlg, "A"))
    click(dlg.record_button)
    qtbot.waitUntil(lambda: panel.snapshot.n_observations == 1 and not panel.service.is_busy(), timeout=WAIT)
    snap1 = panel.snapshot
    assert snap1.weights != snap0.weights
    assert abs(sum(snap1.weights.values()) - 1.0) < 1e-9
    bars1 = {n: panel.chart.bar_extent(n) for n in snap1.names}
    assert bars1 != bars0
    assert "1 observation" in panel.headline.text()
    # undo: back to the prior estimate, from the cache (no new computation)
    jobs = panel.service.jobs_started
    panel.document.undo_stack.undo()
    assert panel.snapshot.n_observations == 0 and panel.snapshot.weights == snap0.weights
    assert panel.service.jobs_started == jobs


def test_estimate_shows_top_issue_directions_and_suggestions(qtbot):
    panel = make_panel(qtbot, plan_with_rounds(3))
    s = panel.snapshot
    assert s.n_observations == 3 and set(s.names) == set(panel.document.plan.issue_names)
    assert sum(s.top.values()) == pytest.approx(1.0)
    for n in s.names:
        lo, hi = s.intervals[n]
        assert 0.0 <= lo <= s.weights[n] <= hi <= 1.0
        label, p = s.direction(n)
        assert label in ("opposed", "compatible", "unknown") and 0 <= p <= 1
        assert n in panel.chart.row_text(n) and "%" in panel.chart.row_text(n)
    labels = [lab for lab in panel.findChildren(QLabel) if lab.objectName() in ("suggestion", "suggestionNone")]
    assert labels
    for lab in labels:
        if lab.objectName() == "suggestion":
            assert lab.property("action") in ("concede", "hold", "agree")
            assert lab.property("issue") in s.names and "\u00a0% sure" in lab.text()
            assert lab.toolTip()  # the model's full sentence


def test_estimate_runs_off_the_gui_thread_and_is_coalesced(qtbot):
    panel = make_panel(qtbot, plan_with_rounds(2))
    service = panel.service
    threads = []
    compute = service.compute

    def spy(plan):
        threads.append(threading.get_ident())
        return compute(plan)

    service.compute = spy
    doc = panel.document
    jobs = service.jobs_started
    plan = doc.plan
    # five quick weight edits (no event processing in between): one computation, of the last plan
    for k in range(5):
        w = dict(plan.weights)
        w["Delivery"] = 0.20 + 0.01 * (k + 1)
        doc.apply(plan.with_weights(w), "weight")
    assert panel.is_busy()
    wait_estimate(qtbot, panel)
    assert service.jobs_started == jobs + 1
    assert threads and all(t != threading.get_ident() for t in threads)
    assert panel.snapshot.ours == pytest.approx(doc.plan.weights)


# -- editing and deleting rounds --------------------------------------------------------------
def test_delete_a_round_is_undoable(qtbot):
    panel = make_panel(qtbot, plan_with_rounds(2))
    doc = panel.document
    before = doc.plan
    assert [c.index for c in panel.history.cards] == [1, 0]  # newest first
    click(panel.history.card(0).delete_button)
    assert len(doc.plan.rounds) == 1 and doc.plan.rounds[0] == before.rounds[1]
    assert [c.index for c in panel.history.cards] == [0]
    assert panel.tabs.tabText(1) == "Rounds (1)"
    assert "Delete round 1" in doc.undo_stack.text(doc.undo_stack.count() - 1)
    doc.undo_stack.undo()
    assert doc.plan == before and len(panel.history.cards) == 2


def test_an_edit_dialog_refuses_a_round_that_changed_meanwhile(qtbot):
    panel = make_panel(qtbot, plan_with_rounds(2))
    doc = panel.document
    dlg = open_dialog(panel, 1)
    doc.apply(with_round_removed(doc.plan, 1), "delete elsewhere")
    click(card(dlg, "C"))
    click(dlg.record_button)
    assert len(doc.plan.rounds) == 1 and "changed while this dialog was open" in dlg.summary.text()


def test_recording_a_round_keeps_the_cards_of_earlier_rounds(qtbot):
    panel = make_panel(qtbot, plan_with_rounds(2))
    old = {c.index: c for c in panel.history.cards}
    dlg = open_dialog(panel)
    click(card(dlg, "C"))
    click(dlg.record_button)
    cards = panel.history.cards
    assert [c.index for c in cards] == [2, 1, 0]
    assert cards[1] is old[1] and cards[2] is old[0]  # only the new round's card was built
    panel.document.undo_stack.undo()
    assert [c.index for c in panel.history.cards] == [1, 0]


def test_edit_a_round_replaces_it_in_one_step(qtbot):
    panel = make_panel(qtbot, plan_with_rounds(2))
    doc = panel.document
    before, steps = doc.plan, doc.undo_stack.count()
    dlg = open_dialog(panel, 0)
    assert dlg.offered_fixed.isVisible() and not dlg.offered_combo.isVisible()
    assert dlg.ranking == [0]  # round 1 chose A
    click(card(dlg, "C"))
    click(dlg.outcome_none)
    click(dlg.record_button)
    plan = doc.plan
    assert len(plan.rounds) == 2 and doc.undo_stack.count() == steps + 1
    r = plan.rounds[0]
    assert r.ranking == (2,) and r.outcome == "none_acceptable"
    assert r.offered == before.rounds[0].offered and r.time == before.rounds[0].time
    assert plan.rounds[1] == before.rounds[1]
    assert panel.history.card(0).reaction.text() == "None acceptable — liked C best"
    doc.undo_stack.undo()
    assert doc.plan == before


# -- next MESOs and the hunch --------------------------------------------------------------------
def test_next_mesos_from_the_estimate_adds_a_set_in_one_undo_step(qtbot):
    panel = make_panel(qtbot, plan_with_rounds(2))
    doc = panel.document
    before, steps = doc.plan, doc.undo_stack.count()
    click(panel.next_button)
    assert panel.is_busy() and not panel.next_button.isEnabled()
    qtbot.waitUntil(lambda: len(doc.plan.meso_sets) == len(before.meso_sets) + 1, timeout=WAIT)
    plan = doc.plan
    new_set = plan.meso_sets[-1]
    assert new_set.name == "MESO 2" and list(new_set.packages) == ["A2", "B2", "C2"]
    assert new_set.level == before.meso_sets[-1].level
    for name in new_set.packages:
        assert abs(md.score(plan, plan.package(name)) - new_set.level) <= 1.0
        assert plan.package(name).acceptable
    assert doc.undo_stack.count() == steps + 1
    assert doc.selected_package == "A2"
    assert "Added MESO 2" in panel.message.text()
    assert panel.next_button.isEnabled()
    doc.undo_stack.undo()
    assert doc.plan == before
    # the message described what was undone; the selection falls back to the latest set, not
    # to the plan's first package (their opening quote, which we may not even offer)
    assert not panel.message.isVisible() and panel.message.text() == ""
    assert doc.selected_package == before.meso_sets[-1].packages[0]


def test_next_mesos_strategy_menu_and_a_level_below_reservation_is_explained(qtbot):
    plan = plan_with_rounds(1)
    sets = list(plan.meso_sets)
    sets[-1] = sets[-1].model_copy(update={"level": 20.0})  # below the reservation value (41.7)
    panel = make_panel(qtbot, plan.replace(meso_sets=tuple(sets)))
    panel.strategy_actions["learn"].trigger()
    assert panel.strategy == "learn" and panel.strategy_actions["learn"].isChecked()
    assert not panel.strategy_actions["balanced"].isChecked()
    steps = panel.document.undo_stack.count()
    panel.generate_next()
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=WAIT)
    assert panel.document.undo_stack.count() == steps
    assert "below the reservation" in panel.message.text()
    assert panel.next_button.isEnabled() and panel.next_button.text() == "Next MESOs"


def test_a_next_mesos_failure_is_cleared_when_the_plan_changes(qtbot):
    """'needs at least two issues' stayed on screen after issues had been added."""
    doc = PlanDocument(plan_with_set().replace(issues=(), weights={}, packages=(), meso_sets=(), batna_package=None,
                                               costs=None))
    panel = CounterpartPanel(doc)
    qtbot.addWidget(panel)
    doc.setParent(panel)
    panel.show()
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=WAIT)
    panel.generate_next()
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=WAIT)
    assert "at least two issues" in panel.message.text() and panel.message.isVisibleTo(panel)
    doc.apply(md.example_plan("supplier"), "issues back")
    assert panel.message.text() == "" and not panel.message.isVisibleTo(panel)


def test_hunch_is_stored_in_the_plan_and_undoable(qtbot):
    panel = make_panel(qtbot, plan_with_set())
    doc = panel.document
    snap0 = panel.snapshot
    combo = panel.hunch_issue
    assert combo.currentText() == "No hunch" and not panel.hunch_strength.isEnabled()
    combo.setCurrentIndex(combo.findData("Delivery"))
    combo.activated.emit(combo.currentIndex())
    assert doc.plan.counterpart_prior == {"Delivery": 2.0}
    assert panel.hunch_strength.isEnabled()
    panel.hunch_strength.setCurrentIndex(1)
    panel.hunch_strength.activated.emit(1)
    assert doc.plan.counterpart_prior == {"Delivery": 4.0}
    wait_estimate(qtbot, panel)
    assert panel.snapshot.weights["Delivery"] > snap0.weights["Delivery"]
    assert "hunch" in panel.detail.text().lower()
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.plan.counterpart_prior == {}
    assert combo.currentText() == "No hunch"


def test_a_custom_prior_from_the_file_is_shown_and_kept(qtbot):
    plan = plan_with_set().replace(counterpart_prior={"Delivery": 3.0, "Warranty": 1.5})
    panel = make_panel(qtbot, plan)
    assert panel.hunch_issue.currentText().startswith("Custom: Delivery ×3")
    assert panel.hunch_prior() is None


def test_a_plan_without_packages_cannot_record_but_still_estimates(qtbot):
    plan = md.example_plan("supplier").replace(packages=(), meso_sets=())
    panel = make_panel(qtbot, plan)
    assert not panel.record_button.isEnabled()
    assert panel.snapshot is not None and panel.snapshot.is_prior


def test_a_plan_without_issues_says_why_there_is_no_estimate(qtbot):
    doc = PlanDocument(md.Plan())
    panel = CounterpartPanel(doc)
    qtbot.addWidget(panel)
    doc.setParent(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.headline.text() == "No estimate" and not panel.is_busy(), timeout=WAIT)
    assert panel.snapshot is None
    assert "no issues" in panel.detail.text().lower()
    assert not panel.record_button.isEnabled() and not panel.next_button.isEnabled()
    # adding issues brings the estimate
    plan = md.example_plan("supplier")
    doc.reset(plan)
    wait_estimate(qtbot, panel)
    assert panel.snapshot.names == tuple(plan.issue_names)


def test_the_record_dialog_stays_on_the_screen_with_every_section_open(qtbot):
    """With the counter-offer and what they said both open, the hiring plan's dialog is taller
    than a laptop screen: the sections scroll, and the dialog and its buttons stay on screen
    (it once grew past the foot of the screen)."""
    plan = md.example_plan("hiring")
    plan, _ = with_meso_set(plan, [dict(p) for p in md.generate_mesos(plan, 3)], None)
    panel = make_panel(qtbot, plan)
    dlg = open_dialog(panel)
    dlg.choose(0)
    click(dlg.counter_box)
    click(dlg.statement_box)
    avail = dlg.screen().availableGeometry()
    frame = dlg.frameGeometry()
    assert avail.contains(frame), (frame, avail)
    button = dlg.record_button
    bottom = button.mapToGlobal(button.rect().bottomLeft()).y()
    assert button.isVisible() and bottom <= avail.bottom()
    dlg.reject()
