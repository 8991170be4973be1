"""RecordReactionDialog (``recordReactionDialog``): note how they reacted to what we offered.

Made for the moment in the room, quickest path first:

1. *What did you offer?* — the plan's latest MESO set is preselected; any earlier set, or
   packages picked by hand, can be chosen instead. (Editing a recorded round keeps the
   terms as they were offered.)
2. *Click the card they chose.* Ctrl-click (or Shift-click) more cards to rank them in
   that order; click a chosen card again to take it back. The ranking list beside the
   outcome shows the same order and can be dragged, or moved with the arrow buttons: the
   packages above the line are ranked (best first), the ones below are not — a partial
   ranking is fine.
3. *Outcome* — still open, they accepted the package they preferred, or none of these was
   acceptable. "They refused all three but liked B best" is "None of these" with B chosen.
4. Optionally their counter-offer, term by term (checked as typed), a statement ("delivery
   is what matters most to us") with the issue it names and how far we trust it, and notes.

"Record round" adds everything as one undoable step (the model's ``record_choice``);
editing replaces the round in one step.

Handles: ``offeredSet`` (combo), ``offeredPick`` (package list), ``offeredCard`` cards
with the property ``offered`` (index), ``rankingList``, ``rankUp``/``rankDown``/``rankClear``,
``outcomeOpen``/``outcomeAccepted``/``outcomeNone``, ``counterOfferBox``, ``statementBox``
(``statementText``, ``statementIssue``, ``statementTrust``), ``editAnswers`` (a recorded round's
answers to the planner's questions, each kept while ticked), ``roundNotes``, ``recordSummary``,
``recordButton``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ....model.base import Term
from ....model.contingent.sentences import short_clause
from ....model.counterpart.reactions import issue_named
from ....model.edits.round_edits import record_choice, with_round_replaced
from ....model.language import tr
from ....model.package import Package
from ....model.plan import Plan, Round
from ...document import PlanDocument
from ..common import described
from ..dialog_keys import add_buttons, tab_after
from ..glyphs import status_pixmap
from .counter_offer import CounterOfferEditor
from .offered_cards import OfferedCard, RankingList
from .round_answers import RoundAnswersBox
from .round_history import reaction_words, round_summary

PICK = "pick"


# -- what was offered ----------------------------------------------------------------------------
def offer_choices(plan: Plan) -> list[tuple[str, list[str]]]:
    """``(label, package names)`` for every MESO set, newest first."""
    out = []
    for s in reversed(plan.meso_sets):
        names = [n for n in s.packages if n in plan.package_names]
        if names:
            if s.level is not None:
                label = tr("{set} — {packages} ({level:.1f} pts)").format(set=s.name, packages=", ".join(names),
                                                                          level=s.level)
            else:
                label = f"{s.name} — {', '.join(names)}"
            out.append((label, names))
    return out


def _clause_note(plan: Plan, issue: Any, clause: Any) -> str:
    """The short line of a contingent term's clause (empty for a fixed term)."""
    if clause is None:
        return ""
    event = next((e for e in plan.events if e.name == clause.event), None)
    return short_clause(clause, issue, event)


class RecordReactionDialog(QDialog):
    """Record a new round, or edit round ``round_index`` (see the module docs)."""

    def __init__(self, document: PlanDocument, round_index: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordReactionDialog")
        self._doc = document
        self._edit = round_index
        plan = document.plan
        self._plan = plan
        self._editing_round: Round | None = plan.rounds[round_index] if round_index is not None else None
        #: a round in which nothing was offered: only what they said (an answer to a question
        #: asked before any offer) — there is no pick, outcome or counter-offer to edit
        self._talk_only = self._editing_round is not None and not self._editing_round.offered
        n_next = len(plan.rounds) + 1
        self.setWindowTitle(tr("Edit round {number}").format(number=round_index + 1) if round_index is not None
                            else tr("Record round {number}").format(number=n_next))
        self._ranking: list[int] = []
        self._labels: list[str] = []
        self._offered_names: list[str] = []
        self._offered_terms: list[Mapping[str, Term]] = []
        self._cards: list[OfferedCard] = []
        self._counter_touched = False
        self._built = False  # signals fire while the dialog is being laid out: nothing to update yet

        root = QVBoxLayout(self)
        root.setSpacing(8)
        # the sections scroll when the screen is too short for them all (a laptop, with the
        # counter-offer and what they said both open); the summary and buttons stay in view
        self.body_scroll = QScrollArea()
        self.body_scroll.setObjectName("recordBody")
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its controls, scrolled into view
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        self._build_offered(lay)
        lay.addLayout(self._build_preference())
        self._build_counter_offer(lay, plan)
        self._build_statement(lay, plan)
        self.answers = RoundAnswersBox(plan, self._editing_round) if self._editing_round is not None else None
        if self.answers is not None:
            self.answers.changed.connect(self._update)
            lay.addWidget(self.answers)
        lay.addLayout(self._build_notes())
        lay.addStretch(1)
        self.body_scroll.setWidget(body)
        root.addWidget(self.body_scroll, 1)
        self._build_buttons(root, round_index, n_next)
        self._built = True

        self.counter_frame.setVisible(False)
        self.statement_frame.setVisible(False)
        if self._editing_round is not None:
            self._load_round(self._editing_round)
        else:
            self._fill_offer_choices()
        self._update()

    # -- layout ---------------------------------------------------------------------------------
    def _build_offered(self, lay: QVBoxLayout) -> None:
        """1. What was offered: the set (or packages picked by hand) and the cards."""
        offer_row = QHBoxLayout()
        offer_label = QLabel(tr("&Offered:"))
        offer_row.addWidget(offer_label)
        self.offered_combo = QComboBox()
        self.offered_combo.setObjectName("offeredSet")
        self.offered_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.offered_combo.setToolTip(tr("The packages you showed them together"))
        offer_label.setBuddy(self.offered_combo)
        offer_row.addWidget(self.offered_combo, 1)
        self.offered_fixed = QLabel()
        self.offered_fixed.setObjectName("offeredFixed")
        offer_row.addWidget(self.offered_fixed, 1)
        lay.addLayout(offer_row)
        self.pick_list = QListWidget()
        self.pick_list.setObjectName("offeredPick")
        self.pick_list.setToolTip(tr("Tick the packages you showed them"))
        self.pick_list.setMaximumHeight(110)
        self.pick_list.itemChanged.connect(lambda _it: self._offer_changed())
        lay.addWidget(self.pick_list)

        self.hint = QLabel(tr("Click the package they chose. Ctrl-click more to rank them in order."))
        self.hint.setObjectName("recordHint")
        self.hint.setWordWrap(True)
        lay.addWidget(self.hint)
        self.cards_row = QHBoxLayout()
        self.cards_row.setSpacing(8)
        lay.addLayout(self.cards_row)

    def _build_preference(self) -> QHBoxLayout:
        """2. Their preference (the ranking) and the outcome."""
        mid = QHBoxLayout()
        mid.setSpacing(12)
        self.rank_box = rank_box = QGroupBox(tr("Their preference, best first"))
        rank_lay = QHBoxLayout(rank_box)
        self.ranking_list = RankingList()
        self.ranking_list.rankingChanged.connect(self._set_ranking)
        rank_lay.addWidget(self.ranking_list, 1)
        btns = QVBoxLayout()
        btns.setSpacing(2)
        self.rank_up = self._tool("rankUp", "▲", tr("Move the selected package up (Alt+↑)"),
                                  lambda: self.ranking_list.move_current(-1))
        self.rank_down = self._tool("rankDown", "▼", tr("Move the selected package down (Alt+↓)"),
                                    lambda: self.ranking_list.move_current(1))
        self.rank_clear = self._tool("rankClear", "✕", tr("No preference stated"), lambda: self._set_ranking([]))
        for b in (self.rank_up, self.rank_down, self.rank_clear):
            btns.addWidget(b)
        btns.addStretch(1)
        rank_lay.addLayout(btns)
        mid.addWidget(rank_box, 1)
        self.out_box = out_box = QGroupBox(tr("Outcome"))
        out_lay = QVBoxLayout(out_box)
        self.outcome_open = QRadioButton(tr("Still open"))
        self.outcome_open.setObjectName("outcomeOpen")
        self.outcome_open.setToolTip(tr("They reacted but nothing was decided"))
        self.outcome_accepted = QRadioButton(tr("They accepted it"))
        self.outcome_accepted.setObjectName("outcomeAccepted")
        self.outcome_accepted.setToolTip(tr("They accepted the package they preferred"))
        self.outcome_none = QRadioButton(tr("&None of these was acceptable"))
        self.outcome_none.setObjectName("outcomeNone")
        self.outcome_none.setToolTip(tr("They refused every package. Still click the one they liked best, if they "
                                        "said so: it is evidence too."))
        self.outcome_group = QButtonGroup(self)
        for b in (self.outcome_open, self.outcome_accepted, self.outcome_none):
            self.outcome_group.addButton(b)
            out_lay.addWidget(b)
            b.toggled.connect(lambda _on: self._update())
        self.outcome_open.setChecked(True)
        out_lay.addStretch(1)
        mid.addWidget(out_box, 1)
        return mid

    def _build_counter_offer(self, lay: QVBoxLayout, plan: Plan) -> None:
        """3. Their counter-offer, term by term."""
        self.counter_box = QCheckBox(tr("They made a &counter-offer"))
        self.counter_box.setObjectName("counterOfferBox")
        self.counter_box.setToolTip(tr("Enter the terms of their own package"))
        self.counter_frame = QFrame()
        cb_lay = QVBoxLayout(self.counter_frame)
        cb_lay.setContentsMargins(22, 0, 0, 4)
        self.counter = CounterOfferEditor(plan)
        self.counter.changed.connect(self._counter_changed)
        cb_lay.addWidget(self.counter)
        self.counter_box.toggled.connect(self._counter_toggled)
        lay.addWidget(self.counter_box)
        lay.addWidget(self.counter_frame)

    def _build_statement(self, lay: QVBoxLayout, plan: Plan) -> None:
        """3. What they said matters to them, and how far we trust it."""
        self.statement_box = QCheckBox(tr("They &said what matters to them"))
        self.statement_box.setObjectName("statementBox")
        self.statement_box.setToolTip(tr("A statement such as “delivery is what matters most to us”: weak evidence, "
                                         "weighed by how much you trust it"))
        self.statement_frame = QFrame()
        st_form = QFormLayout(self.statement_frame)
        st_form.setContentsMargins(22, 0, 0, 4)
        st_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.statement_text = QLineEdit()
        self.statement_text.setObjectName("statementText")
        self.statement_text.setPlaceholderText(tr("e.g. “delivery is what matters most to us”"))
        self.statement_text.textEdited.connect(self._statement_typed)
        self.statement_issue = QComboBox()
        self.statement_issue.setObjectName("statementIssue")
        self.statement_issue.addItem(tr("— no issue named —"), None)
        for n in plan.issue_names:
            self.statement_issue.addItem(n, n)
        self.statement_issue.setToolTip(tr("The issue their words say matters most to them (this is what the "
                                           "estimate uses; the words are kept as a note)"))
        self.statement_issue.activated.connect(lambda _i: setattr(self, "_issue_touched", True))
        self.statement_issue.currentIndexChanged.connect(lambda _i: self._update())
        self._issue_touched = False
        trust_row = QHBoxLayout()
        self.statement_trust = QSlider(Qt.Orientation.Horizontal)
        self.statement_trust.setObjectName("statementTrust")
        self.statement_trust.setRange(0, 100)
        self.statement_trust.setSingleStep(5)
        self.statement_trust.setPageStep(25)
        self.statement_trust.setValue(50)
        self.statement_trust.setToolTip(tr("How far you believe it: people say such things to steer you. 0 % "
                                           "ignores it; the more you trust it, the more it moves the estimate, "
                                           "and answers their choices contradict soon lose weight."))
        self.trust_label = QLabel()
        self.trust_label.setMinimumWidth(self.trust_label.fontMetrics().horizontalAdvance(tr("{percent} % — fully").format(percent=100)) + 6)
        self.statement_trust.valueChanged.connect(self._trust_changed)
        trust_row.addWidget(self.statement_trust, 1)
        trust_row.addWidget(self.trust_label)
        st_form.addRow(tr("Their words"), self.statement_text)
        st_form.addRow(tr("Names as most important"), self.statement_issue)
        st_form.addRow(tr("How much you trust it"), trust_row)
        self._trust_changed(50)
        self.statement_box.toggled.connect(self._statement_toggled)
        lay.addWidget(self.statement_box)
        lay.addWidget(self.statement_frame)

    def _build_notes(self) -> QHBoxLayout:
        notes_row = QHBoxLayout()
        notes_label = QLabel(tr("No&tes"))
        notes_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("roundNotes")
        self.notes.setAccessibleDescription(tr("Notes on this round, kept in the plan for us (never on the cards)"))
        self.notes.setPlaceholderText(tr("Anything else worth remembering about this round"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(3 * self.notes.fontMetrics().lineSpacing() + 12)
        self.notes.textChanged.connect(self._update)
        notes_label.setBuddy(self.notes)
        notes_row.addWidget(notes_label)
        notes_row.addWidget(self.notes, 1)
        return notes_row

    def _build_buttons(self, lay: QVBoxLayout, round_index: int | None, n_next: int) -> None:
        """4. The summary line and the buttons."""
        sum_row = QHBoxLayout()
        self.summary_icon = QLabel()
        self.summary_icon.setFixedSize(16, 16)
        self.summary = QLabel()
        self.summary.setObjectName("recordSummary")
        self.summary.setWordWrap(True)
        sum_row.addWidget(self.summary_icon, 0, Qt.AlignmentFlag.AlignTop)
        sum_row.addWidget(self.summary, 1)
        lay.addLayout(sum_row)
        self.buttons = described(QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel))
        self.record_button = self.buttons.addButton(
            tr("Save changes") if round_index is not None else tr("Record round {number}").format(number=n_next),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.record_button.setObjectName("recordButton")
        self.record_button.setToolTip(tr("Save the changes to this round (one undo step)") if round_index is not None
                                      else tr("Record the round in the plan (one undo step)"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        add_buttons(lay, self.buttons, default=self.record_button)  # Enter records (never cancels)

    # -- construction helpers -----------------------------------------------------------------
    def _tool(self, name: str, text: str, tip: str, slot) -> QToolButton:
        b = QToolButton()
        b.setObjectName(name)
        b.setText(text)
        b.setToolTip(tip)
        b.setAutoRaise(True)
        b.clicked.connect(slot)
        return b

    # -- the offered packages -------------------------------------------------------------------
    def _fill_offer_choices(self) -> None:
        plan = self._plan
        self.offered_fixed.hide()
        self.offered_combo.blockSignals(True)
        self.offered_combo.clear()
        for label, names in offer_choices(plan):
            self.offered_combo.addItem(label, names)
        self.offered_combo.addItem(tr("Packages I pick…"), PICK)
        self.offered_combo.setCurrentIndex(0)
        self.offered_combo.blockSignals(False)
        self.offered_combo.currentIndexChanged.connect(lambda _i: self._offer_changed())
        self.pick_list.blockSignals(True)
        selected = self._doc.selected_package
        for name in plan.package_names:
            it = QListWidgetItem(name)
            it.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Checked if name == selected else Qt.CheckState.Unchecked)
            self.pick_list.addItem(it)
        self.pick_list.blockSignals(False)
        self._offer_changed()

    def offered_names(self) -> list[str]:
        data = self.offered_combo.currentData()
        if data == PICK:
            return [self.pick_list.item(r).text() for r in range(self.pick_list.count())
                    if self.pick_list.item(r).checkState() == Qt.CheckState.Checked]
        return list(data or [])

    def set_offered(self, names: Sequence[str]) -> None:
        """Offer exactly ``names`` (switches to "Packages I pick…")."""
        self.offered_combo.setCurrentIndex(self.offered_combo.findData(PICK))
        self.pick_list.blockSignals(True)
        for r in range(self.pick_list.count()):
            it = self.pick_list.item(r)
            it.setCheckState(Qt.CheckState.Checked if it.text() in names else Qt.CheckState.Unchecked)
        self.pick_list.blockSignals(False)
        self._offer_changed()

    def _offer_changed(self) -> None:
        self.pick_list.setVisible(self.offered_combo.currentData() == PICK)
        names = self.offered_names()
        plan = self._plan
        self._offered_names = names
        self._set_cards(names, [plan.stored_package(n).terms for n in names],
                        [plan.stored_package(n).clauses for n in names])
        self._fit()

    def _load_round(self, r: Round) -> None:
        self.offered_combo.hide()
        self.pick_list.hide()
        if self._talk_only:
            self.offered_fixed.setText(tr("Nothing — in round {number} they only answered a question").format(
                number=self._edit + 1))
            for w in (self.hint, self.rank_box, self.out_box, self.counter_box):
                w.hide()
        else:
            self.offered_fixed.setText(tr("{packages} — the terms as offered in round {number}").format(
                packages=", ".join(o.label for o in r.offered), number=self._edit + 1))
        self.offered_fixed.show()
        self._set_cards([o.label for o in r.offered], [o.terms for o in r.offered], [o.clauses for o in r.offered])
        self._ranking = list(r.ranking)
        {"pending": self.outcome_open, "accepted": self.outcome_accepted,
         "none_acceptable": self.outcome_none}[r.outcome].setChecked(True)
        if r.counter_offer:
            self.counter_box.setChecked(True)
            base = self._offered_terms[r.ranking[0]] if r.ranking else self._offered_terms[0]
            self.counter.set_terms({**base, **r.counter_offer}, included=set(r.counter_offer))
            self._counter_touched = True
        if r.statement or r.statement_issue:
            self.statement_box.setChecked(True)
            self.statement_text.setText(r.statement)
            self.statement_issue.setCurrentIndex(max(0, self.statement_issue.findData(r.statement_issue)))
            self._issue_touched = True
            self.statement_trust.setValue(int(round(100 * r.statement_trust)))
        self.notes.setPlainText(r.notes)
        self._refresh_preference()

    def _set_cards(self, labels: Sequence[str], terms: Sequence[Mapping[str, Term]],
                   clauses: Sequence[Mapping[str, Any]] | None = None) -> None:
        plan = self._plan
        clauses = list(clauses) if clauses is not None else [{} for _ in labels]
        for c in self._cards:
            self.cards_row.removeWidget(c)
            c.hide()
            c.setParent(None)
            c.deleteLater()
        self._cards = []
        self._labels = list(labels)
        self._offered_terms = [dict(t) for t in terms]
        for k, (lab, t, c) in enumerate(zip(labels, terms, clauses)):
            lines = [(i.name, i.format_term(t[i.name]), _clause_note(plan, i, c.get(i.name)))
                     for i in plan.issues if i.name in t]
            try:  # a contingent package: its expected value to us
                pts = Package(plan, dict(t), clauses=c).score
            except (ValueError, KeyError):
                pts = None
            card = OfferedCard(k, lab, lines, pts)
            card.clicked.connect(self._card_clicked)
            self.cards_row.addWidget(card)
            self._cards.append(card)
        tab_after(self.pick_list, *self._cards)  # step 2 comes after step 1, not after the buttons
        if not labels:
            self.hint.setText(tr("Choose what you offered: pick a MESO set, or tick the packages you showed them."))
        else:
            self.hint.setText(tr("Click the package they chose. Ctrl-click more to rank them in order."))
        self._ranking = [k for k in self._ranking if k < len(labels)] if self._editing_round is not None else []
        self._refresh_preference()

    @property
    def cards(self) -> list[OfferedCard]:
        return list(self._cards)

    # -- preference -------------------------------------------------------------------------------
    def _card_clicked(self, k: int, modifiers) -> None:
        mods = Qt.KeyboardModifier(modifiers) if not isinstance(modifiers, Qt.KeyboardModifier) else modifiers
        adding = bool(mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
                              | Qt.KeyboardModifier.MetaModifier))
        if adding:
            r = list(self._ranking)
            if k in r:
                r.remove(k)
            else:
                r.append(k)
        else:
            r = [] if self._ranking == [k] else [k]
        self._set_ranking(r)

    def choose(self, k: int) -> None:
        """As a plain click on card ``k``."""
        self._card_clicked(k, Qt.KeyboardModifier.NoModifier)

    @property
    def ranking(self) -> list[int]:
        return list(self._ranking)

    def _set_ranking(self, ranking: list[int]) -> None:
        self._ranking = list(ranking)
        self._refresh_preference()

    def _refresh_preference(self) -> None:
        self.ranking_list.set_ranking(self._labels, self._ranking)
        self.ranking_list.updateGeometry()
        best = self._labels[self._ranking[0]] if self._ranking else None
        self.outcome_accepted.setText(tr("They accepted {package}").format(package=best) if best
                                      else tr("They accepted it"))
        self.outcome_accepted.setEnabled(best is not None)
        if best is None and self.outcome_accepted.isChecked():
            self.outcome_open.setChecked(True)
        if self.counter_box.isChecked() and not self._counter_touched:
            self._fill_counter_from_preferred()
        self._update()

    # -- counter-offer and statement ----------------------------------------------------------
    def _fill_counter_from_preferred(self) -> None:
        if not self._offered_terms:
            return
        base = self._offered_terms[self._ranking[0]] if self._ranking else self._offered_terms[0]
        blocked = self.counter.blockSignals(True)
        self.counter.set_terms(base, included=set())
        self.counter.blockSignals(blocked)

    def _counter_toggled(self, on: bool) -> None:
        self.counter_frame.setVisible(on)
        if on and not self._counter_touched:
            self._fill_counter_from_preferred()
        self._update()
        self._fit()

    def _statement_toggled(self, on: bool) -> None:
        self.statement_frame.setVisible(on)
        if on:
            self.statement_text.setFocus()
        self._update()
        self._fit()

    def _fit(self) -> None:
        """Grow (or shrink) to the contents, keeping the user's width — never past the screen:
        taller contents scroll, and a dialog that grew past the screen's foot moves up."""
        body = self.body_scroll.widget()
        body.adjustSize()
        extra = self.sizeHint().height() - self.body_scroll.sizeHint().height()  # summary, buttons, margins
        m = self.layout().contentsMargins()
        want_w = max(self.width(), max(body.sizeHint().width(), body.minimumSizeHint().width()) + m.left() + m.right()
                     + self.body_scroll.verticalScrollBar().sizeHint().width() + 4)
        want_h = body.sizeHint().height() + extra + 2
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:
            frame = self.frameGeometry().height() - self.geometry().height()
            want_h = min(want_h, screen.height() - max(frame, 0) - 8)
            want_w = min(want_w, screen.width() - 16)
        self.resize(want_w, want_h)
        if screen is not None and self.isVisible():
            g = self.frameGeometry()
            if g.bottom() > screen.bottom():
                self.move(g.left(), max(screen.top(), g.top() - (g.bottom() - screen.bottom())))

    def _counter_changed(self) -> None:
        self._counter_touched = True
        self._update()

    def _statement_typed(self, text: str) -> None:
        if not self._issue_touched:
            hit = issue_named(self._plan.issue_names, text)
            self.statement_issue.setCurrentIndex(max(0, self.statement_issue.findData(hit)))
        self._update()

    def _trust_changed(self, v: int) -> None:
        if v == 0:
            text = tr("{percent} % — ignore it")
        elif v < 40:
            text = tr("{percent} % — a pinch of salt")
        elif v < 75:
            text = tr("{percent} % — fairly")
        else:
            text = tr("{percent} % — fully")
        self.trust_label.setText(text.format(percent=v))
        self._update()  # the summary says the trust that will be recorded

    # -- the round --------------------------------------------------------------------------------
    def outcome(self) -> str:
        if self.outcome_accepted.isChecked():
            return "accepted"
        if self.outcome_none.isChecked():
            return "none_acceptable"
        return "pending"

    def problem(self) -> str:
        """Why the round cannot be recorded as it stands ("" when it can)."""
        if self._talk_only:
            said = self.statement_box.isChecked() and (self.statement_text.text().strip()
                                                       or self.statement_issue.currentData())
            answered = self.answers is not None and self.answers.count() > 0
            if not (said or answered or self.notes.toPlainText().strip()):
                return tr("Say what they said, or add a note (or delete the round).")
            return ""
        if not self._labels:
            return tr("Choose what you offered: a MESO set, or tick the packages you showed them.")
        if self.counter_box.isChecked():
            p = self.counter.problem()
            if p:
                return p
        if self.outcome() == "accepted" and not self._ranking:
            return tr("Click the package they accepted.")
        has_statement = self.statement_box.isChecked() and (self.statement_text.text().strip()
                                                            or self.statement_issue.currentData())
        if not (self._ranking or self.outcome() != "pending" or self.counter_box.isChecked() or has_statement
                or self.notes.toPlainText().strip()):
            return tr("Click the package they chose, or say that none of these was acceptable.")
        return ""

    def _round_kwargs(self) -> dict:
        stmt_on = self.statement_box.isChecked()
        return dict(
            outcome=self.outcome(),
            notes=self.notes.toPlainText().strip(),
            counter_offer=self.counter.terms() if self.counter_box.isChecked() else None,
            statement=self.statement_text.text().strip() if stmt_on else "",
            statement_issue=self.statement_issue.currentData() if stmt_on else None,
            statement_trust=self.statement_trust.value() / 100.0,
        )

    def new_plan(self) -> Plan:
        """The plan with this round recorded (or the edited round replaced)."""
        kw = self._round_kwargs()
        plan = self._doc.plan
        if self._editing_round is None:
            chosen = list(self._ranking) if self._ranking else None
            return record_choice(plan, list(self._offered_names), chosen, **kw)
        old = self._editing_round
        outcome = kw["outcome"]
        data = old.model_dump()
        data.update(ranking=tuple(self._ranking), outcome=outcome,
                    accepted=self._ranking[0] if outcome == "accepted" else None,
                    counter_offer=kw["counter_offer"] or None, statement=kw["statement"],
                    statement_issue=kw["statement_issue"], statement_trust=kw["statement_trust"],
                    notes=kw["notes"], **(self.answers.kept(old) if self.answers is not None else {}))
        return with_round_replaced(plan, self._edit, Round.model_validate(data))

    def describe(self) -> str:
        """What will be recorded, in words."""
        r = Round.model_validate({
            "offered": [{"label": lab, "terms": {}} for lab in self._labels],
            "ranking": self._ranking, "outcome": self.outcome(),
            "accepted": self._ranking[0] if self.outcome() == "accepted" and self._ranking else None})
        bits = [reaction_words(r)] if (self._ranking or self.outcome() != "pending") else []
        if self.counter_box.isChecked():
            n = len(self.counter.terms())
            bits.append(tr("counter-offer on 1 term") if n == 1 else
                        tr("counter-offer on {count} terms").format(count=n))
        if self.statement_box.isChecked() and self.statement_issue.currentData():
            bits.append(tr("said {issue} matters most (trust {trust} %)").format(
                issue=self.statement_issue.currentData(), trust=self.statement_trust.value()))
        elif self.statement_box.isChecked() and self.statement_text.text().strip():
            bits.append(tr("a remark"))
        if self.answers is not None and self.answers.count():
            n = self.answers.count()
            bits.append(tr("an answer to a question") if n == 1 else
                        tr("{count} answers to questions").format(count=n))
        if self.notes.toPlainText().strip():
            bits.append(tr("notes", "a round's notes"))
        return "; ".join(bits)

    def _update(self) -> None:
        if not self._built:
            return
        refused, accepted = self.outcome_none.isChecked(), self.outcome_accepted.isChecked()
        if self._labels:
            self.hint.setText(tr("They refused all: click the one they still liked best, if they said so.")
                              if refused else tr("Click the package they chose. Ctrl-click more to rank them in order."))
        for c in self._cards:  # the badges follow the preference and the outcome
            pos = self._ranking.index(c.index) if c.index in self._ranking else None
            state = ("plain" if pos is None else "accepted" if pos == 0 and accepted
                     else "chosen" if pos == 0 else "ranked")
            c.set_state(state, None if pos is None else pos + 1, len(self._ranking), refused)
        problem = self.problem()
        self.record_button.setEnabled(not problem)
        if problem:
            self.summary.setText(problem)
            self.summary_icon.setPixmap(status_pixmap("info", 16))
        else:
            what = self.describe()
            number = self._edit + 1 if self._edit is not None else len(self._plan.rounds) + 1
            self.summary.setText(tr("Round {number}: {what}.").format(number=number, what=what))
            self.summary_icon.setPixmap(status_pixmap("ok", 16))

    def accept(self) -> None:
        if self.problem():
            return
        plan = self._doc.plan
        if self._edit is not None and (self._edit >= len(plan.rounds) or plan.rounds[self._edit] != self._editing_round):
            self.summary.setText(tr("Round {number} changed while this dialog was open (undo or redo). Close "
                                    "it and edit the round again.").format(number=self._edit + 1))
            self.summary_icon.setPixmap(status_pixmap("below", 16))
            self.record_button.setEnabled(False)
            return
        try:
            new = self.new_plan()
        except ValueError as e:
            self.summary.setText(str(e))
            self.summary_icon.setPixmap(status_pixmap("below", 16))
            return
        if self._edit is not None:
            self._doc.apply(new, tr("Edit round {number}").format(number=self._edit + 1))
        else:
            r = new.rounds[-1]
            self._doc.apply(new, tr("Record round {number} ({summary})").format(number=len(new.rounds),
                                                                                summary=round_summary(r)))
        super().accept()
