"""CounterpartPanel (``counterpartPanel``): what their reactions tell us, in a narrow dock.

From top to bottom:

* **Record reaction…** — the dialog for the moment in the room
  (:class:`~.record_reaction.RecordReactionDialog`): what was offered (the latest MESO set
  by default), the card they chose, a ranking, "none of these", a counter-offer, a
  statement, notes — one undoable step per round;
* **Next MESOs** — a new MESO set generated from the estimate (``generate_mesos`` with the
  plan's rounds: equal value to us, near-efficient for them, chosen to teach us most; the
  arrow menu favours learning or pleasing instead), added in one undoable step through
  the same function as the package panel's "Generate MESOs"
  (:func:`~meso_desk.model.edits.meso_set_edits.add_meso_set`);
* the **Estimate** tab — how sure the estimate is, in words; their weights as bars with
  80 % ranges, the chance each issue is their top one, opposed / same / unclear marks
  (:class:`~.estimate_view.EstimateChart`); the logroll suggestions (concede X, hold Y,
  with how sure); our hunch before any evidence ("I think price matters most to them",
  stored in ``plan.counterpart_prior``, undoable);
* the **Rounds** tab — every recorded round with its reaction, to edit or delete (undoable).

The estimate never blocks the window: it is computed off the GUI thread, coalesced and
cached per plan (:class:`~.estimate_service.EstimateService`); the bars fade while a newer
one is on its way. Generating the next set runs off the GUI thread too (both on
:mod:`meso_desk.app.background`).
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QFont, QPalette
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ....model.counterpart.estimate_inputs import forecast_evidence
from ....model.edits.meso_set_edits import add_meso_set
from ....model.edits.round_edits import with_counterpart_prior, with_round_removed
from ....model.language import QT_TR_NOOP, tr
from ....model.offers.meso import MesoPackages
from ....model.offers.meso_sets import not_again
from ....model.plan import Plan
from ...background import LatestJob
from ...document import Change, PlanDocument
from ..common import announce, no_tab_stop
from ..glyphs import STATUS_COLOURS, status_pixmap
from ..look import readable, secondary_text_colour
from ..wrap_label import WrapLabel
from .behind_table_tab import BehindTheTable
from .estimate_service import EstimateService, EstimateSnapshot
from .estimate_view import EstimateChart
from .next_mesos import NoDifferentSet, added_text, level_change_words, next_mesos, no_different_set_text
from .question_planner import QuestionPlanner
from .record_reaction import RecordReactionDialog
from .round_history import RoundHistory, round_summary

STRATEGIES = (
    ("auto", QT_TR_NOOP("Let the round choose"), QT_TR_NOOP(
        "Learn in the first rounds, please them once their top issue is clear, "
        "balance otherwise; the message says which and why")),
    ("balanced", QT_TR_NOOP("Balance learning and pleasing"),
     QT_TR_NOOP("Sets that teach you about them and stay good for them")),
    ("learn", QT_TR_NOOP("Learn most about them"),
     QT_TR_NOOP("Sets whose answer is expected to teach you most about what matters most to them — their pick "
                "and, once they make counter-offers, the issue they ask to change; the offer itself may not be "
                "the best you could give them")),
    ("please", QT_TR_NOOP("Please them most"),
     QT_TR_NOOP("Sets with the best package for them at your level; learning breaks ties")),
)
#: prior tilt factors behind the hunch's two strengths
HUNCH_STRENGTHS = ((QT_TR_NOOP("matters more"), 2.0), (QT_TR_NOOP("matters most"), 4.0))
#: the verbs of the logroll suggestions (the model's actions), as shown
_ACTIONS = {"concede": QT_TR_NOOP("Concede"), "hold": QT_TR_NOOP("Hold"), "agree": QT_TR_NOOP("Agree")}
SUGGESTION_COLOURS = {"concede": STATUS_COLOURS["ok"], "hold": STATUS_COLOURS["short"], "agree": STATUS_COLOURS["info"]}


def _pts(x: float) -> str:
    return tr("≈{points:.0f}\u00a0pts").format(points=x) if x >= 0.95 else tr("<1\u00a0pt")


def suggestion_html(plan: Plan, s: Any) -> str:
    """A logroll suggestion in a few words for the narrow dock (the model's full sentence is
    the tooltip)."""
    name = html.escape(s.issue)
    colour = readable(SUGGESTION_COLOURS.get(s.action, STATUS_COLOURS["info"])).name()  # AA (issue 17)
    verb = tr(_ACTIONS[s.action]) if s.action in _ACTIONS else s.action.capitalize()
    style = f"style='color:{colour}'"
    sure = 100 * s.confidence
    if s.action == "concede":
        term = None
        if s.term is not None:
            try:
                term = html.escape(plan.issue(s.issue).format_term(s.term))
            except (KeyError, ValueError):
                term = None
        if term is not None:
            text = tr("<b {style}>{verb}</b> on <b>{issue}</b> towards {term}: costs you {cost}, worth {gain} "
                      "to them. {sure:.0f}\u00a0% sure.")
        else:
            text = tr("<b {style}>{verb}</b> on <b>{issue}</b>: costs you {cost}, worth {gain} "
                      "to them. {sure:.0f}\u00a0% sure.")
        return text.format(style=style, verb=verb, issue=name, term=term, cost=_pts(s.our_cost),
                           gain=_pts(s.their_gain), sure=sure)
    if s.action == "hold":
        return tr("<b {style}>{verb}</b> <b>{issue}</b>: giving it costs you {cost}, worth only {gain} "
                  "to them. {sure:.0f}\u00a0% sure.").format(style=style, verb=verb, issue=name, cost=_pts(s.our_cost),
                                                         gain=_pts(s.their_gain), sure=sure)
    return tr("<b {style}>{verb}</b> on <b>{issue}</b>: they probably want what you want there "
              "({sure:.0f}\u00a0% sure) — settle it early.").format(style=style, verb=verb, issue=name, sure=sure)


def _section_title(text: str) -> QLabel:
    lab = QLabel(text)
    f = QFont(lab.font())
    f.setBold(True)
    lab.setFont(f)
    return lab


def _muted(label: QLabel) -> None:
    pal = label.palette()
    pal.setColor(QPalette.ColorRole.WindowText, secondary_text_colour(pal))  # readable (issue 17)
    label.setPalette(pal)


def _scroll(widget: QWidget, name: str, accessible: str = "", description: str = "") -> QScrollArea:
    area = no_tab_stop(QScrollArea())
    area.setObjectName(name)
    announce(area, accessible or name, description or accessible or name)
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


class CounterpartPanel(QWidget):
    """The counterpart panel (see the module docs)."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counterpartPanel")
        self._doc = document
        self.service = EstimateService(self)
        self.service.ready.connect(self._show_estimate)
        self.service.failed.connect(self._estimate_failed)
        self.service.busyChanged.connect(self._busy_changed)
        self._meso_job = LatestJob(next_mesos, self, "next-mesos")
        self._meso_job.done.connect(self._mesos_done)
        self._meso_token = 0
        self._meso_request: tuple[Plan, float, str, int, float | None] | None = None
        self._strategy = "auto"
        self.dialog: RecordReactionDialog | None = None

        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 4)
        lay.setSpacing(6)
        lay.addLayout(self._build_actions())
        self.tabs = QTabWidget()
        self.tabs.setObjectName("counterpartTabs")
        announce(self.tabs, tr("Counterpart: estimate, rounds and behind the table"),
                 tr("What their reactions say about their priorities, the rounds so far, who stands behind them"))
        self.tabs.setDocumentMode(True)
        self.estimate_page = _scroll(self._build_estimate_page(), "estimateScroll", tr("Their estimated priorities"),
                                     tr("How much each issue seems to matter to them, how sure that is, and what to do"))
        self.tabs.addTab(self.estimate_page, tr("Estimate", "counterpart tab"))
        self.history = RoundHistory()
        self.history.editRequested.connect(lambda i: self.open_record_dialog(i))
        self.history.deleteRequested.connect(self.delete_round)
        hist_page = QWidget()
        hl = QVBoxLayout(hist_page)
        hl.setContentsMargins(2, 6, 2, 6)
        hl.addWidget(self.history)
        self.rounds_page = _scroll(hist_page, "roundsScroll", tr("Rounds recorded"))
        self.tabs.addTab(self.rounds_page, tr("Rounds", "counterpart tab"))
        self.tabs.addTab(_scroll(BehindTheTable(self._doc), "behindScroll", tr("Behind the table")),
                         tr("Behind the table"))
        for i, tip in enumerate((tr("What their reactions say about their priorities"),
                                 tr("The rounds recorded: what was offered, what they said and chose"),
                                 tr("Who stands behind them, what each needs, and what the relationship is worth"))):
            self.tabs.setTabToolTip(i, tip)
        lay.addWidget(self.tabs, 1)
        lay.addLayout(self._build_message_row())
        self._show_message("", "")

        document.changed.connect(self._on_changed)
        self._sync(document.plan)

    def _build_actions(self) -> QBoxLayout:
        """Record reaction… and Next MESOs (with its strategy menu)."""
        row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        row.setSpacing(6)
        self._action_row = row
        self.record_button = QPushButton(tr("Record reaction…"))
        self.record_button.setObjectName("recordReaction")
        self.record_button.setToolTip(tr("Note how they reacted to the packages you offered: the one they chose, a "
                                         "ranking, none of these, a counter-offer or what they said"))
        self.record_button.clicked.connect(lambda: self.open_record_dialog())
        row.addWidget(self.record_button, 1)
        self.next_button = QToolButton()
        self.next_button.setObjectName("nextMesos")
        self.next_button.setText(tr("Next MESOs"))
        self.next_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.next_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.next_button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.next_button.clicked.connect(lambda: self.generate_next())
        self.strategy_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        menu = QMenu(self.next_button)
        for key, text, tip in STRATEGIES:
            a = QAction(tr(text), menu)
            a.setCheckable(True)
            a.setChecked(key == self._strategy)
            a.setToolTip(tr(tip))
            a.setStatusTip(tr(tip))
            a.setObjectName(f"strategy_{key}")
            a.triggered.connect(lambda _on=False, k=key: self._set_strategy(k))
            group.addAction(a)
            menu.addAction(a)
            self.strategy_actions[key] = a
        menu.setToolTipsVisible(True)
        self.next_button.setMenu(menu)
        row.addWidget(self.next_button)
        self.next_button.setMinimumHeight(self.record_button.sizeHint().height())
        return row

    def _build_estimate_page(self) -> QWidget:
        """How sure, the chart, the suggestions, the hunch."""
        est = QWidget()
        est_lay = QVBoxLayout(est)
        est_lay.setContentsMargins(2, 6, 2, 6)
        est_lay.setSpacing(6)
        head = QHBoxLayout()
        head.setSpacing(6)
        self.sure_icon = QLabel()
        self.sure_icon.setFixedSize(16, 16)
        self.headline = WrapLabel()
        self.headline.setObjectName("estimateHeadline")
        f = QFont(self.headline.font())
        f.setBold(True)
        self.headline.setFont(f)
        self.busy_label = QLabel(tr("updating…"))
        self.busy_label.setObjectName("estimateBusy")
        _muted(self.busy_label)
        self.busy_label.hide()
        head.addWidget(self.sure_icon, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.headline, 1)
        head.addWidget(self.busy_label, 0, Qt.AlignmentFlag.AlignTop)
        est_lay.addLayout(head)
        self.detail = WrapLabel()
        self.detail.setObjectName("estimateDetail")
        est_lay.addWidget(self.detail)
        self.chart = EstimateChart()
        est_lay.addWidget(self.chart)
        self.question_planner = QuestionPlanner(self._doc)  # the question to ask now (issue 22)
        self.question_planner.counterOfferRequested.connect(self._record_counter_offer)
        est_lay.addWidget(self.question_planner)
        est_lay.addSpacing(4)
        est_lay.addWidget(_section_title(tr("Suggestions")))
        self.suggestions_box = QVBoxLayout()
        self.suggestions_box.setSpacing(7)
        est_lay.addLayout(self.suggestions_box)
        self.suggestion_labels: list[QLabel] = []
        est_lay.addSpacing(8)
        est_lay.addWidget(_section_title(tr("Your hunch about them")))
        hunch_row = QHBoxLayout()
        hunch_row.setSpacing(4)
        self.hunch_issue = QComboBox()
        self.hunch_issue.setObjectName("priorHunch")
        self.hunch_issue.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.hunch_issue.setMinimumContentsLength(5)
        self.hunch_issue.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.hunch_issue.setToolTip(tr("Before any evidence: the issue you think matters most to them. It tilts "
                                       "the starting guess; their reactions soon outweigh it."))
        self.hunch_strength = QComboBox()
        self.hunch_strength.setObjectName("priorStrength")
        self.hunch_strength.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        for text, factor in HUNCH_STRENGTHS:
            self.hunch_strength.addItem(tr(text), factor)
        self.hunch_strength.setToolTip(tr("How strong your hunch is"))
        self.hunch_issue.activated.connect(lambda _i: self._hunch_edited())
        self.hunch_strength.activated.connect(lambda _i: self._hunch_edited())
        hunch_row.addWidget(self.hunch_issue, 1)
        hunch_row.addWidget(self.hunch_strength)
        est_lay.addLayout(hunch_row)
        est_lay.addStretch(1)
        return est

    def _build_message_row(self) -> QHBoxLayout:
        """A line about the last action."""
        msg = QHBoxLayout()
        msg.setSpacing(6)
        self.message_icon = QLabel()
        self.message_icon.setFixedSize(16, 16)
        self.message = WrapLabel()
        self.message.setObjectName("counterpartMessage")
        msg.addWidget(self.message_icon, 0, Qt.AlignmentFlag.AlignTop)
        msg.addWidget(self.message, 1)
        # every set at the level repeats the last one: one click offers a set at the nearest level that differs
        self.offer_level_button = QPushButton()
        self.offer_level_button.setObjectName("offerNearestLevel")
        self.offer_level_button.hide()
        self.offer_level_button.clicked.connect(
            lambda: self.generate_next(level=self.offer_level_button.property("level")))
        msg.addWidget(self.offer_level_button, 0, Qt.AlignmentFlag.AlignTop)
        return msg

    def _offer_level(self, level: float, nearest: float | None) -> None:
        """Show (or hide, ``nearest`` None) the button that offers a set at ``nearest``."""
        self.offer_level_button.setVisible(nearest is not None)
        if nearest is None:
            return
        self.offer_level_button.setProperty("level", float(nearest))
        self.offer_level_button.setText(tr("Offer at {level:.1f}").format(level=nearest))
        tip = tr("Add a MESO set at {nearest:.1f} points ({change} than {level:.1f}), the nearest level where a set "
                 "differs from the one they last saw. One undo step.").format(
            nearest=nearest, change=level_change_words(level, nearest), level=level)
        self.offer_level_button.setToolTip(tip)
        self.offer_level_button.setAccessibleName(self.offer_level_button.text())
        self.offer_level_button.setAccessibleDescription(tip)

    # -- state ------------------------------------------------------------------------------
    @property
    def document(self) -> PlanDocument:
        return self._doc

    @property
    def snapshot(self) -> EstimateSnapshot | None:
        """The estimate on show (None until the first one is ready)."""
        return self.chart.snapshot

    def is_busy(self) -> bool:
        """True while an estimate or a MESO set is being computed."""
        return self.service.is_busy() or self._meso_job.is_busy()

    def sizeHint(self) -> QSize:
        return QSize(320, 640)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # the two buttons side by side when they fit, else one above the other
        m = self.layout().contentsMargins()
        need = (self.record_button.sizeHint().width() + self.next_button.sizeHint().width()
                + self._action_row.spacing() + m.left() + m.right())
        d = QBoxLayout.Direction.LeftToRight if self.width() >= need else QBoxLayout.Direction.TopToBottom
        if self._action_row.direction() != d:
            self._action_row.setDirection(d)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, 200)

    # -- observing the document ---------------------------------------------------------------
    def _on_changed(self, change: Change) -> None:
        plan = self._doc.plan
        if change.touches("issues", "weights", "rounds", "counterpart_prior") or self._forecasts_changed(change):
            self.service.request(plan)
        if change.touches("rounds", "issues"):
            self.history.set_plan(plan)
            self._update_rounds_tab(plan)
        if change.touches("issues", "counterpart_prior"):
            self._sync_hunch(plan)
        if change.touches("issues", "meso_sets", "aspiration", "reservation", "packages", "rounds"):
            self._update_buttons(plan)
        # a failure no longer describes the changed plan; nor does "Added MESO 4 …" or "Round 3
        # recorded …" once the sets or rounds change again (an undo, an edit elsewhere): the
        # panel's own actions set their message after the change
        if change.everything or change.touches("meso_sets", "rounds") or (self._message_status == "below" and
                change.touches("issues", "weights", "aspiration", "reservation", "packages", "counterpart_prior")):
            self._show_message("", "")

    @staticmethod
    def _forecasts_changed(change: Change) -> bool:
        """An event edit that changes what a contingent round says (its forecasts); an edit of
        an event no round offered a clause on does not ask for a new estimate."""
        if not change.touches("events"):
            return False
        return change.old is None or change.new is None or \
            forecast_evidence(change.old) != forecast_evidence(change.new)

    def _sync(self, plan: Plan) -> None:
        self.history.set_plan(plan)
        self._update_rounds_tab(plan)
        self._sync_hunch(plan)
        self._update_buttons(plan)
        self.service.request(plan)

    def _update_rounds_tab(self, plan: Plan) -> None:
        n = len(plan.rounds)
        self.tabs.setTabText(1, tr("Rounds ({count})").format(count=n) if n else tr("Rounds", "counterpart tab"))

    def _next_level(self, plan: Plan) -> tuple[float, int, str]:
        """Level, count and where they come from for the next set."""
        for s in reversed(plan.meso_sets):
            if s.packages:
                level = float(s.level) if s.level is not None else float(plan.aspiration)
                return level, len(s.packages), s.name
        return float(plan.aspiration), 3, ""

    def _update_buttons(self, plan: Plan) -> None:
        has_issues = len(plan.issues) >= 2
        self.record_button.setEnabled(bool(plan.packages))
        if not plan.packages:
            self.record_button.setToolTip(tr("Add packages (or generate a MESO set) first: a reaction is always to "
                                             "something you offered"))
        level, count, source = self._next_level(plan)
        self.next_button.setEnabled(has_issues and not self._meso_job.is_busy())
        if not source:
            where = tr("your aspiration")
        elif source.startswith("MESO"):
            where = tr("the level of {set}").format(set=source)
        else:
            where = source
        avoid = not_again(plan)
        if avoid is None:
            note = ""
        elif avoid.stale:
            note = " " + tr("No reaction to {set} is recorded yet: the new set will be the next best one that "
                            "differs from it.").format(set=avoid.stale)
        else:
            note = " " + tr("It will not offer again the packages they reacted to in round {round}.").format(
                round=avoid.round)
        self.next_button.setToolTip(tr(
            "Add a new MESO set of {count} packages at {level:.1f} points ({where}), chosen with what their "
            "reactions so far tell you. One undo step. The arrow chooses what the set aims at.").format(
                count=count, level=level, where=where) + note)

    # -- estimate ----------------------------------------------------------------------------
    def _show_estimate(self, snap: EstimateSnapshot) -> None:
        self.chart.set_empty_text(tr("Estimating…"))
        self.chart.set_snapshot(snap)
        self.headline.setText(snap.headline)
        self.detail.setText("\n".join([snap.detail, *snap.forecasts]))
        status = "info" if snap.is_prior else ("ok" if snap.grade == "fairly" else "short")
        self.sure_icon.setPixmap(status_pixmap(status, 16))
        self.sure_icon.setToolTip({"info": tr("A guess, not yet evidence"), "ok": tr("Fairly sure"),
                                   "short": tr("Still uncertain")}[status])
        self._set_suggestions(list(snap.suggestions))

    def _set_suggestions(self, items: list) -> None:
        plan = self._doc.plan
        for lab in self.suggestion_labels:
            self.suggestions_box.removeWidget(lab)
            lab.deleteLater()
        self.suggestion_labels = []
        if not items:
            lab = WrapLabel(tr("No clear trade yet: the estimate does not say with enough confidence what to concede "
                               "or hold. Record more reactions.") if plan.issues else "")
            lab.setObjectName("suggestionNone")
            _muted(lab)
            self.suggestions_box.addWidget(lab)
            self.suggestion_labels.append(lab)
        for s in items:
            lab = WrapLabel(suggestion_html(plan, s) if s.issue in plan.issue_names else html.escape(s.text),
                            rich=True)
            lab.setObjectName("suggestion")
            lab.setProperty("action", s.action)
            lab.setProperty("issue", s.issue)
            lab.setToolTip(s.text)
            self.suggestions_box.addWidget(lab)
            self.suggestion_labels.append(lab)

    def _estimate_failed(self, message: str) -> None:
        self.chart.set_snapshot(None)
        self.chart.set_empty_text(tr("Add issues to the plan to estimate their priorities.")
                                  if not self._doc.plan.issues else tr("No estimate."))
        self.headline.setText(tr("No estimate"))
        self.detail.setText(message[:1].upper() + message[1:] if message else "")
        self.sure_icon.setPixmap(status_pixmap("info", 16))
        self._set_suggestions([])

    def _busy_changed(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)
        self.chart.set_stale(busy and self.chart.snapshot is not None)

    # -- hunch (prior tilt) ---------------------------------------------------------------------
    def _sync_hunch(self, plan: Plan) -> None:
        prior = {k: v for k, v in plan.counterpart_prior.items() if abs(v - 1.0) > 1e-9}
        combo = self.hunch_issue
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(tr("No hunch"), None)
        for n in plan.issue_names:
            combo.addItem(n, n)
        factors = dict(HUNCH_STRENGTHS).values()
        one = len(prior) == 1 and next(iter(prior.values())) in factors
        if not prior:
            combo.setCurrentIndex(0)
        elif one:
            name, factor = next(iter(prior.items()))
            combo.setCurrentIndex(combo.findData(name))
            self.hunch_strength.setCurrentIndex(self.hunch_strength.findData(factor))
        else:
            text = ", ".join(tr("{issue} ×{factor:g}", "hunch factor").format(issue=k, factor=v)
                             for k, v in prior.items())
            combo.insertItem(1, tr("Custom: {factors}").format(factors=text), "custom")
            combo.setCurrentIndex(1)
            combo.setItemData(1, tr("Set in the plan file: {factors}").format(factors=text),
                              Qt.ItemDataRole.ToolTipRole)
        combo.blockSignals(False)
        self.hunch_strength.setEnabled(combo.currentData() not in (None, "custom"))

    def hunch_prior(self) -> dict[str, float] | None:
        """The prior the hunch controls say (None: leave a custom prior alone)."""
        data = self.hunch_issue.currentData()
        if data == "custom":
            return None
        if data is None:
            return {}
        return {data: float(self.hunch_strength.currentData())}

    def _hunch_edited(self) -> None:
        prior = self.hunch_prior()
        self.hunch_strength.setEnabled(self.hunch_issue.currentData() not in (None, "custom"))
        if prior is None:
            return
        self.set_hunch(prior)

    def set_hunch(self, prior: dict[str, float]) -> bool:
        """Store the prior tilt in the plan (one undo step)."""
        plan = self._doc.plan
        if prior == dict(plan.counterpart_prior):
            return False
        if prior:
            name, factor = next(iter(prior.items()))
            if factor == 2.0:
                text = tr("Hunch: {issue} matters more to them").format(issue=name)
            elif factor == 4.0:
                text = tr("Hunch: {issue} matters most to them").format(issue=name)
            else:
                text = tr("Hunch: {issue} ×{factor:g} to them").format(issue=name, factor=factor)
        else:
            text = tr("Hunch: none")
        return self._doc.apply(with_counterpart_prior(plan, prior), text)

    # -- rounds ------------------------------------------------------------------------------
    def open_record_dialog(self, round_index: int | None = None) -> RecordReactionDialog:
        """Open the dialog to record a reaction (or to edit round ``round_index``)."""
        if self.dialog is not None:
            self.dialog.close()
        dlg = RecordReactionDialog(self._doc, round_index, self.window())
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dlg.accepted.connect(lambda: self._recorded(round_index))
        dlg.destroyed.connect(lambda *_: setattr(self, "dialog", None) if self.dialog is dlg else None)
        self.dialog = dlg
        dlg.open()
        return dlg

    def _record_counter_offer(self) -> None:
        """The answer to "What would you change in B?": the latest round, its counter-offer ticked."""
        if self._doc.plan.rounds:
            self.open_record_dialog(len(self._doc.plan.rounds) - 1).counter_box.setChecked(True)

    def _recorded(self, round_index: int | None) -> None:
        plan = self._doc.plan
        if round_index is None and plan.rounds:
            self._show_message(tr("Round {number} recorded ({summary}). The estimate follows; Edit ▸ Undo takes "
                                  "it back.").format(number=len(plan.rounds), summary=round_summary(plan.rounds[-1])),
                               "ok")
        elif round_index is not None:
            self._show_message(tr("Round {number} changed.").format(number=round_index + 1), "ok")

    def delete_round(self, index: int) -> bool:
        plan = self._doc.plan
        if not 0 <= index < len(plan.rounds):
            return False
        what = round_summary(plan.rounds[index])
        done = self._doc.apply(with_round_removed(plan, index),
                               tr("Delete round {number} ({summary})").format(number=index + 1, summary=what))
        if done:
            self._show_message(tr("Round {number} deleted. Edit ▸ Undo brings it back.").format(number=index + 1),
                               "info")
        return done

    # -- next MESOs ----------------------------------------------------------------------------
    def _set_strategy(self, key: str) -> None:
        if key != self._strategy and self._message_status == "below":
            self._show_message("", "")  # a failure (and its offer of another level) was for the other aim
        self._strategy = key
        for k, a in self.strategy_actions.items():
            a.setChecked(k == key)

    @property
    def strategy(self) -> str:
        return self._strategy

    def generate_next(self, strategy: str | None = None, level: float | None = None) -> None:
        """Generate the next MESO set from the estimate (off the GUI thread; added as one undo step);
        ``level``: at that level instead of the last set's (the nearest level with a different set)."""
        if strategy is not None:
            self._set_strategy(strategy)
        plan = self._doc.plan
        last_level, count, _ = self._next_level(plan)
        asked = level
        level = last_level if level is None else float(level)
        count = max(2, min(count, len(plan.issues)))
        avoid = not_again(plan)
        self._meso_token += 1
        self._meso_request = (plan, level, avoid.stale if avoid else "", avoid.round if avoid else 0, asked)
        self._meso_job.request(self._meso_token, (plan, count, level, self._strategy, avoid.terms if avoid else None))
        self.next_button.setEnabled(False)
        self.next_button.setText(tr("Generating…"))
        self._show_message(tr("Generating the next MESO set from the estimate…"), "info")

    def _mesos_done(self, _token: int, result: tuple[MesoPackages, bool, str, list[float]] | Exception) -> None:
        plan, level, stale, last_round, asked = self._meso_request
        self.next_button.setText(tr("Next MESOs"))
        self._update_buttons(self._doc.plan)
        if plan is not self._doc.plan:  # the plan moved on while the set was being made: make it again
            self.generate_next(level=asked)
            return
        if isinstance(result, NoDifferentSet):
            self._show_message(no_different_set_text(level, result.nearest, stale, last_round, result.tried), "below")
            self._offer_level(level, result.nearest)
            return
        if isinstance(result, Exception):
            text = str(result)
            text = (text[:1].upper() + text[1:]) if text else tr("No MESO set could be made.")
            if stale:
                text = tr("No reaction to {set} recorded yet, so nothing new was learned. {reason}").format(
                    set=stale, reason=text)
            self._show_message(text, "below")
            return
        out, was_duplicate, why, theirs = result
        new_plan, names = add_meso_set(plan, [dict(p) for p in out], level)
        if not self._doc.apply(new_plan, tr("Next MESOs from estimate ({packages})").format(packages=", ".join(names))):
            return
        if names:
            self._doc.select_package(names[0])
        best = ""
        if theirs and len(theirs) == len(names):
            k = max(range(len(names)), key=lambda j: theirs[j])
            best = " " + tr("Best for them, by the estimate: {package} (≈{points:.0f} of their points).").format(
                package=names[k], points=theirs[k])
        self._show_message(added_text(new_plan.meso_sets[-1].name, names, level, best, why, stale, last_round,
                                      was_duplicate), "info" if stale else "ok")

    # -- messages ------------------------------------------------------------------------------
    def _show_message(self, text: str, status: str) -> None:
        self._message_status = status if text else ""
        self.offer_level_button.hide()
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message_icon.setVisible(bool(text))
        if text:
            self.message_icon.setPixmap(status_pixmap(status or "info", 16))

    # -- teardown -------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Wait for background work (the window calls it before closing; tests at teardown)."""
        self.service.shutdown()
        self._meso_job.shutdown()

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)
