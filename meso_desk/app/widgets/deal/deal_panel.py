"""DealPanel (``dealPanel``): walk-aways, the ZOPA, the agreement, post-settlement, debrief.

Read from top to bottom as the deal unfolds — one column in a narrow dock, two side by side
in a wide one (the "Deal" workspace: :mod:`.deal_columns`); every section folds away:

* **Our walk-away (BATNA)** — what the BATNA is in words, and the competing quote as a
  package of terms scored by our own model; the reservation value follows its points (or is
  set by hand), beside the aspiration, both also in the package's own terms
  (:mod:`.walkaway_sections`);
* **Their walk-away** — inferred from "none of these" and acceptances, or our own guess
  with an 80 % range;
* **ZOPA** — the estimated zone of possible agreement in words (the outcome plot draws it);
* **Agreement** — recorded from a package or an offer of a round, its terms editable, the
  date and notes, its points against aspiration and reservation;
* **Post-settlement** — packages never worse for us and better for them with ≥ 80 %
  probability, what each changes; *Use as cards…* opens the card preview with them under
  "Our agreement stands…"; *Adopt* makes one the agreement when they take it;
* **Debrief** — the lessons, and the INTERNAL one-page debrief (preview, PDF).

Every edit is one undoable step (``document.apply``) saved in the plan. The ZOPA and the
post-settlement search run off the GUI thread (:class:`~.deal_service.DealService`).
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSignalBlocker, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ....model.deal.post_settlement import PostSettlement, pss_card_options
from ....model.deal.zopa import accepted_offer, package_names_and_offers
from ....model.edits import deal_edits as deal
from ....model.language import tr
from ....model.plan import Plan
from ....model.preferences.issues import default_term
from ....model.wording import chance_words
from ...document import Change, PlanDocument
from ...printing.debrief_painter import export_debrief_pdf
from ...printing.pages import refuse_output
from ...printing.preview import open_cards_dialog
from ..common import announce, no_tab_stop
from ..entry_spin import DoubleSpinBox
from .deal_columns import DealColumns
from .deal_service import DealService, DealSnapshot, settlement_key
from .deal_terms import TermsEditor
from .deal_widgets import (
    ENTERED_BY_HAND,
    RED,
    Section,
    SettlementList,
    WrappedText,
    agreement_html,
    disclosure,
    guarded,
    zopa_html,
)
from .debrief_dialog import DebriefDialog, export_with_dialog
from .walkaway_sections import OurWalkAwaySection, TheirWalkAwaySection


class DealPanel(QWidget):
    """The deal phase of ``document``'s plan (see the module docs)."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dealPanel")
        self.document = document
        self.snapshot: DealSnapshot | None = None
        self.cards_dialog = None
        self.debrief_dialog = None
        self.service = DealService(self)
        self.service.ready.connect(self._on_snapshot)
        self.service.failed.connect(self._on_failed)
        self.service.busyChanged.connect(self._on_busy)
        self._build_panel()
        self.last_error = ""
        self._stale = False
        self._behind_tab = False
        document.changed.connect(self._on_changed)
        document.selectionChanged.connect(self._on_selection)
        document.pendingEditsRequested.connect(self._commit_pending)
        #: the supplier whose lessons the field shows (after a switch it shows the new one's, focused or not)
        self._lessons_of: str | None = None
        self.refresh()

    # ===================================================================== building
    def _build_panel(self) -> None:
        content = self.columns = DealColumns()
        self.batna_section = OurWalkAwaySection(self.document, self._show_error)
        self.their_section = TheirWalkAwaySection(self.document, self._show_error)
        for build in (self._build_zopa, self._build_agreement, self._build_pss, self._build_debrief):
            build()
        self._alias_walkaway_controls()
        b, t, z, a, p, d = (self.batna_section, self.their_section, self.zopa_section, self.agreement_section,
                            self.pss_section, self.debrief_section)
        #: (one column, left, right): before an agreement the walk-aways lead; after one, the
        #: agreement and its suggestions stand side by side at the top
        self._before = ([b, t, z, a, p, d], [b, t], [z, a, p, d])
        self._after = ([a, p, d, b, t, z], [a, d, b], [p, t, z])
        self._phase: tuple | None = None

        self.scroll = no_tab_stop(QScrollArea(objectName="dealScroll"))
        announce(self.scroll, tr("Deal"), tr("The ZOPA, the agreement, post-settlement offers and the debrief"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(content)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.addWidget(self.scroll)
        self.setMinimumWidth(240)

    def _alias_walkaway_controls(self) -> None:
        """The walk-away sections' controls under the panel's names (scripts and tests use them)."""
        ours, theirs = self.batna_section, self.their_section
        for name in ("batna_text", "quote_label", "quote_button", "quote_menu", "batna_toggle", "batna_terms",
                     "follow_check", "reservation_spin", "aspiration_spin", "reservation_terms", "aspiration_terms",
                     "level_message"):
            setattr(self, name, getattr(ours, name))
        for name in ("their_check", "their_spin", "their_unc", "their_label"):
            setattr(self, name, getattr(theirs, name))

    def set_batna(self, terms, source: str = "") -> None:
        """Enter (or with ``None`` remove) the competing quote (asks before it replaces a
        reservation set by hand: ``batna_section.ask``)."""
        self.batna_section.set_batna(terms, source)

    def _build_zopa(self) -> Section:
        s = self.zopa_section = Section(tr("ZOPA"), "dealZopaSection",
                                         tr("Zone of possible agreement: packages both sides prefer to their "
                                            "walk-aways"))
        self.zopa_label = WrappedText("", "dealZopaLabel", rich=True)
        s.add(self.zopa_label)
        return s

    def _build_agreement(self) -> Section:
        """The agreement: where it came from, its terms, date and notes."""
        s = self.agreement_section = Section(tr("Agreement"), "dealAgreementSection",
                                              tr("The package both sides agreed"))
        row = QHBoxLayout()
        self.agreement_status = WrappedText("", "dealAgreementStatus", rich=True)
        row.addWidget(self.agreement_status, 1)
        self.record_button = QToolButton(objectName="dealRecordButton")
        self.record_button.setText(tr("Record ▾"))
        self.record_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.record_button.setToolTip(tr("Record the agreed package: from a package, from an offer of a round, or "
                                         "enter the terms"))
        self.record_menu = QMenu(self.record_button)
        self.record_menu.aboutToShow.connect(self._fill_record_menu)
        self.record_button.setMenu(self.record_menu)
        row.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignTop)
        s.add(row)
        self.agreement_toggle = disclosure(tr("Agreed terms"), "dealAgreementTermsToggle", False)
        s.add(self.agreement_toggle)
        self.agreement_terms = TermsEditor("agreement", shown=tr("agreement"))
        self.agreement_terms.setObjectName("dealAgreementTerms")
        self.agreement_terms.termEdited.connect(self._agreement_term_edited)
        self.agreement_toggle.toggled.connect(lambda _on: self._show_term_editors())
        s.add(self.agreement_terms)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Date")))
        self.date_edit = QDateEdit(objectName="dealDateEdit")
        self.date_edit.setAccessibleName(tr("Date of the agreement"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(tr("d MMM yyyy", "date format of the agreement"))
        self.date_edit.setToolTip(tr("When the agreement was made"))
        # a typed date applies when it is complete (Enter, leaving the box): one undo step, never
        # the half-typed dates on the way; the arrows and the calendar apply at once
        self.date_edit.setKeyboardTracking(False)
        self.date_edit.dateChanged.connect(self._date_edited)
        row.addWidget(self.date_edit, 1)
        s.add(row)
        self.notes_edit = QLineEdit(objectName="dealNotesEdit")
        self.notes_edit.setAccessibleName(tr("Notes on the agreement"))
        self.notes_edit.setPlaceholderText(tr("Notes on the agreement (who signed, conditions…)"))
        self.notes_edit.setToolTip(tr("Notes on the agreement: who signed, conditions, what was left open"))
        self.notes_edit.editingFinished.connect(self._notes_edited)
        s.add(self.notes_edit)
        return s

    def _build_pss(self) -> Section:
        """Post-settlement alternatives, as cards or adopted."""
        s = self.pss_section = Section(tr("Post-settlement"), "dealPssSection",
                                        tr("After agreeing: packages at least as good for you and probably better "
                                           "for them; the agreement stands if they prefer it"))
        self.pss_status = WrappedText("", "dealPssStatus")
        s.add(self.pss_status)
        self.pss_list = SettlementList()
        self.pss_list.setToolTip(tr("What each alternative changes against the agreement; double-click to adopt "
                                    "it once they take it"))
        self.pss_list.itemDoubleClicked.connect(lambda _it: self.adopt_selected())
        self.pss_list.currentRowChanged.connect(lambda _r: self._update_pss_buttons())
        s.add(self.pss_list)
        row = QHBoxLayout()
        self.pss_cards_button = QPushButton(tr("Use as cards…"), objectName="dealPssCardsButton")
        self.pss_cards_button.setToolTip(tr("Print them as cards: “Our agreement stands. Would any of these work "
                                            "better for you?” — terms only"))
        self.pss_cards_button.clicked.connect(self.use_as_cards)
        self.pss_adopt_button = QPushButton(tr("Adopt"), objectName="dealPssAdoptButton")
        self.pss_adopt_button.setToolTip(tr("They took the selected alternative: it becomes the agreement (the "
                                            "first terms are kept for the debrief)"))
        self.pss_adopt_button.clicked.connect(self.adopt_selected)
        row.addWidget(self.pss_cards_button, 1)
        row.addWidget(self.pss_adopt_button)
        s.add(row)
        bar_row = QHBoxLayout()
        bar_label = QLabel(tr("Propose when one is better for them with a chance of at least"))
        bar_label.setWordWrap(True)
        self.pss_bar = DoubleSpinBox(objectName="dealPssBarSpin")
        self.pss_bar.setRange(5.0, 95.0)
        self.pss_bar.setDecimals(0)
        self.pss_bar.setSingleStep(5.0)
        self.pss_bar.setSuffix(" %")
        self.pss_bar.setKeyboardTracking(False)
        self.pss_bar.setAccessibleName(tr("Post-settlement bar"))
        self.pss_bar.setToolTip(tr("The chance, under the estimate, that at least one alternative is better for "
                                   "them; lower it to propose long shots (offering a set costs little)"))
        bar_label.setBuddy(self.pss_bar)
        self.pss_bar.valueChanged.connect(self._pss_bar_edited)
        bar_row.addWidget(bar_label, 1)
        bar_row.addWidget(self.pss_bar)
        s.add(bar_row)
        return s

    def _build_debrief(self) -> Section:
        """The lessons and the INTERNAL debrief."""
        s = self.debrief_section = Section(tr("Debrief"), "dealDebriefSection",
                                            tr("An INTERNAL page: what you got, what you left, what you learned"))
        self.lessons_edit = QPlainTextEdit(objectName="dealLessonsEdit")
        self.lessons_edit.setAccessibleName(tr("Lessons learned (for the debrief)"))
        self.lessons_edit.setPlaceholderText(tr("Lessons — one per line: what would you do differently?"))
        self.lessons_edit.setTabChangesFocus(True)
        self.lessons_edit.setToolTip(tr("What you learned, one lesson per line — printed on the debrief"))
        self.lessons_edit.setFixedHeight(78)
        self.lessons_edit.textChanged.connect(self._lessons_typed)
        self._lessons_timer = QTimer(self)
        self._lessons_timer.setSingleShot(True)
        self._lessons_timer.setInterval(600)
        self._lessons_timer.timeout.connect(self._commit_lessons)
        self.lessons_edit.installEventFilter(self)
        s.add(self.lessons_edit)
        row = QHBoxLayout()
        self.debrief_preview_button = QPushButton(tr("Preview…"), objectName="dealDebriefPreview")
        self.debrief_preview_button.setToolTip(tr("The INTERNAL one-page debrief as it prints"))
        self.debrief_preview_button.clicked.connect(self.open_debrief)
        self.debrief_export_button = QPushButton(tr("Export PDF…"), objectName="dealDebriefExport")
        self.debrief_export_button.setToolTip(tr("Write the INTERNAL one-page debrief to a PDF"))
        self.debrief_export_button.clicked.connect(self._export_debrief_dialog)
        row.addWidget(self.debrief_preview_button, 1)
        row.addWidget(self.debrief_export_button, 1)
        s.add(row)
        return s

    def sizeHint(self) -> QSize:
        return QSize(320, 640)

    def is_busy(self) -> bool:
        """True while the ZOPA or the post-settlement suggestions are being computed."""
        return self.service.is_busy()

    # ===================================================================== showing
    @property
    def plan(self) -> Plan:
        return self.document.plan

    #: The plan fields the panel shows or computes from (an edit of a package's terms during a
    #: drag touches none of them and costs the panel nothing).
    WATCHED = ("issues", "weights", "batna", "batna_package", "reservation_from_batna", "reservation",
               "aspiration", "their_reservation", "their_reservation_uncertainty", "agreement", "lessons",
               "rounds", "counterpart_prior", "settlement_bar", "approvers", "costs", "currency", "events")

    def _on_changed(self, change: Change) -> None:
        if not change.touches(*self.WATCHED):
            if change.touches("packages") and self.plan.batna_package is None:
                self._level_terms()  # reservation and aspiration in the selected package's terms
            return
        if not self.isVisible() or self._behind_tab:  # catches up when shown
            self._stale = True
            return
        self.refresh()

    def _on_selection(self, _name: str) -> None:
        # reservation and aspiration in terms refer to the selected package when there is no quote
        if self.plan.batna_package is None:
            self._level_terms()

    def _level_terms(self) -> None:
        """The level lines in terms now, or once the panel shows again (a package selected in
        another workspace was once never picked up)."""
        if self.isVisible() and not self._behind_tab:
            self.batna_section.show_level_terms()
        else:
            self._stale = True

    def set_tab_shown(self, shown: bool) -> None:
        """Its dock's tab raised (True) or put behind another (False; a tabbed-away dock stays
        "visible" in Qt, so the window says so): edits meanwhile are shown once it is raised."""
        self._behind_tab = not shown
        if shown and self._stale and self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale and not self._behind_tab:
            self.refresh()

    def refresh(self) -> None:
        """Show the plan's deal fields now; the ZOPA and suggestions follow from the service."""
        self._stale = False
        plan = self.plan
        has_issues = bool(plan.issues)
        self.batna_section.refresh()
        self.their_section.refresh()
        # agreement
        a = plan.agreement
        self.agreement_terms.set_terms(plan, a.terms if a is not None else None)
        self._show_term_editors()
        self._arrange()
        self.record_button.setEnabled(has_issues)
        self.record_button.setText(tr("Change ▾") if a is not None else tr("Record ▾"))
        for w in (self.date_edit, self.notes_edit):
            w.setEnabled(a is not None)
        with QSignalBlocker(self.date_edit):
            d = a.date if a is not None and a.date is not None else date.today()
            self.date_edit.setDate(QDate(d.year, d.month, d.day))
        with QSignalBlocker(self.notes_edit):
            text = a.notes if a is not None else ""
            if self.notes_edit.text() != text:
                self.notes_edit.setText(text)
                self.notes_edit.setCursorPosition(0)
        self.agreement_status.setText(agreement_html(plan))
        with QSignalBlocker(self.pss_bar):
            self.pss_bar.setValue(round(100 * plan.settlement_bar))
        # lessons (not while the user types in it, unless the supplier changed: a switch commits first)
        switched = self._lessons_of != plan.counterpart
        if (switched or not self.lessons_edit.hasFocus()) and self.lessons_edit.toPlainText() != plan.lessons:
            with QSignalBlocker(self.lessons_edit):
                self.lessons_edit.setPlainText(plan.lessons)
        self._lessons_of = plan.counterpart
        self.debrief_preview_button.setEnabled(a is not None)
        self.debrief_export_button.setEnabled(a is not None)
        self.debrief_preview_button.setToolTip(tr("The INTERNAL one-page debrief as it prints") if a is not None
                                               else tr("Record the agreement first"))
        # the slow numbers
        if has_issues:
            if self.snapshot is not None and self.snapshot.settlement_for != settlement_key(plan):
                self._show_pss(None)  # suggestions for another agreement or bar: gone until the new ones come
            self.service.request(plan)
        else:
            self.snapshot = None
            self._show_snapshot()

    def _arrange(self) -> None:
        """The panel follows the deal: walk-aways and ZOPA first until there is an agreement,
        then the agreement, what to do after it and the debrief (``deal_columns``)."""
        phase = self._after if self.plan.agreement is not None else self._before
        if phase is not self._phase:
            self._phase = phase
            self.columns.set_order(*phase)

    def first_focus(self) -> QWidget:
        """Where the keyboard focus goes when the panel is gone to — F8, Ctrl+7, opening a plan — the
        same control every way in: the first button in reading order that opens a menu (before an
        agreement the walk-away's Quote ▾, after one the agreement's Change ▾; Record ▾ when Quote ▾ is
        off), else the leading section's title; scrolled into view. Never a box a typed key edits (a
        digit changed the agreement's date) and never the post-settlement list, there or not as its
        search runs (the focus went now to the list, now to the date, now to the BATNA in words)."""
        order = self.columns.order()
        menus = {self.batna_section: self.quote_button, self.agreement_section: self.record_button}
        buttons = [menus[s] for s in order if s in menus]
        target = next((b for b in buttons if b.isVisibleTo(self) and b.isEnabled()), order[0].title)
        if self.scroll.viewport().height() > 2 * target.height():  # laid out: a panel not yet sized
            self.scroll.ensureWidgetVisible(target, 0, 0)         # would keep a scroll it never needed
        return target

    def section_order(self) -> list[str]:
        """The sections' names in reading order (the left column, then the right)."""
        return [s.objectName() for s in self.columns.order()]

    def _show_term_editors(self) -> None:
        plan = self.plan
        self.batna_section.show_term_editor()
        self.agreement_toggle.setVisible(plan.agreement is not None)
        self.agreement_terms.setVisible(plan.agreement is not None and self.agreement_toggle.isChecked())

    def _on_busy(self, busy: bool) -> None:
        if busy and self.snapshot is None:
            self.zopa_label.setText("<i>" + html.escape(tr("Estimating…")) + "</i>")

    def _on_failed(self, message: str) -> None:
        self.zopa_label.setText(f"<span style='color:{RED}'>{html.escape(message)}</span>")

    def _on_snapshot(self, snap: DealSnapshot) -> None:
        self.snapshot = snap
        self._show_snapshot()

    def _show_snapshot(self) -> None:
        snap = self.snapshot
        if snap is None:
            self.zopa_label.setText(html.escape(tr("Add issues to the plan first.")))
            self.their_section.show_estimate(None)
            self._show_pss(None)
            return
        self.their_section.show_estimate(snap.their)
        self.zopa_label.setText(zopa_html(snap.zopa))
        self._show_pss(snap.settlement)

    def _show_pss(self, result: PostSettlement | None) -> None:
        if self.plan.agreement is None:
            self.pss_status.setText(tr("Record the agreement to look for packages better for both sides."))
            result = None
        elif result is None:
            self.pss_status.setText(tr("Searching…"))
        elif not result.suggestions:
            self.pss_status.setText(tr("None: {reason}").format(reason=result.reason))
        else:
            n = len(result.suggestions)
            if n == 1:
                text = tr("1 alternative at least as good for you; the chance that it is better for them: "
                          "{chance} ({basis}).")
            else:
                text = tr("{n} alternatives at least as good for you; the chance that at least one is better "
                          "for them: {chance} ({basis}).")
            self.pss_status.setText(text.format(n=n, chance=chance_words(result.chance), basis=result.basis))
        self.pss_list.show_result(result)
        self._update_pss_buttons()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.pss_list.count():
            QTimer.singleShot(0, self.pss_list, self.pss_list.fit)  # (not once the list is gone)

    def _update_pss_buttons(self) -> None:
        ok = self.suggestions_available()
        self.pss_cards_button.setEnabled(ok)
        self.pss_adopt_button.setEnabled(ok and self.pss_list.currentRow() >= 0)

    def suggestions_available(self) -> bool:
        snap = self.snapshot
        return (snap is not None and snap.settlement is not None and bool(snap.settlement.suggestions)
                and self.plan.agreement is not None and snap.settlement_for == settlement_key(self.plan))

    # ===================================================================== edits
    def _apply(self, new: Plan, text: str, merge_key=None) -> bool:
        return self.document.apply(new, text, merge_key=merge_key)

    def _guard(self, fn, *args) -> Plan | None:
        return guarded(self._show_error, self.refresh, fn, *args)

    def _show_error(self, message: str) -> None:
        self.document.post_message(message, 6000)
        self.last_error = message

    def _fill_record_menu(self) -> None:
        m = self.record_menu
        m.clear()
        plan = self.plan
        accepted = accepted_offer(plan)
        if accepted is not None:
            label, terms = accepted
            a = m.addAction(tr("Accepted offer: {label}").format(label=label))
            a.setObjectName("dealRecordAccepted")
            a.triggered.connect(lambda _c=False, t=terms, lb=label: self.record_agreement(t, lb))
            m.addSeparator()
        for label, terms in package_names_and_offers(plan):
            a = m.addAction(label)
            a.triggered.connect(lambda _c=False, t=terms, lb=label: self.record_agreement(t, lb))
        m.addSeparator()
        a = m.addAction(tr("Enter terms (start from the middle)"))
        a.setObjectName("dealRecordBlank")
        a.triggered.connect(lambda: (self.agreement_toggle.setChecked(True),
                                     self.record_agreement({i.name: default_term(i) for i in plan.issues},
                                                           ENTERED_BY_HAND)))
        if plan.agreement is not None:
            m.addSeparator()
            a = m.addAction(tr("Remove the agreement"))
            a.setObjectName("dealRemoveAgreement")
            a.triggered.connect(self.remove_agreement)

    def record_agreement(self, terms, source: str = "") -> None:
        """Record (or replace) the agreement with ``terms`` (one undoable step)."""
        new = self._guard(lambda: deal.with_agreement(self.plan, terms, source=source))
        if new is not None:
            self._apply(new, tr("Record the agreement") if self.plan.agreement is None else tr("Replace the agreement"))

    def remove_agreement(self) -> None:
        if self.plan.agreement is not None:
            self._apply(deal.without_agreement(self.plan), tr("Remove the agreement"))

    def _agreement_term_edited(self, issue: str, term) -> None:
        new = self._guard(deal.with_agreement_term, self.plan, issue, term)
        if new is not None:
            self._apply(new, tr("Agreement: {issue}").format(issue=issue), merge_key=("agreement", issue))
            self.document.end_gesture()

    def _date_edited(self, d: QDate) -> None:
        if self.plan.agreement is None:
            return
        new = self._guard(lambda: deal.with_agreement_details(self.plan, when=date(d.year(), d.month(), d.day())))
        if new is not None:
            self._apply(new, tr("Date of the agreement"), merge_key="agreement-date")
            self.document.end_gesture()

    def _notes_edited(self, typed: str | None = None) -> None:
        if self.plan.agreement is None:
            return
        text = (self.notes_edit.text() if typed is None else typed).strip()
        if text != self.plan.agreement.notes:
            self._apply(deal.with_agreement_details(self.plan, notes=text), tr("Notes on the agreement"))

    def _pss_bar_edited(self, value: float) -> None:
        new = self._guard(deal.with_settlement_bar, self.plan, value / 100.0)
        if new is not None and new.settlement_bar != self.plan.settlement_bar:
            self._apply(new, tr("Post-settlement bar"), merge_key="settlement-bar")
            self.document.end_gesture()

    def _lessons_typed(self) -> None:
        self._lessons_timer.start()

    def _commit_lessons(self, typed: str | None = None) -> None:
        self._lessons_timer.stop()
        text = self.lessons_edit.toPlainText() if typed is None else typed
        if text != self.plan.lessons:
            self._apply(deal.with_lessons(self.plan, text), tr("Lessons"), merge_key="lessons")

    def _commit_pending(self) -> None:
        """The plan is about to be saved, closed or printed: what is typed here applies now.
        Each field is read before any edit applies (an applied edit redraws the panel)."""
        lessons = self.lessons_edit.toPlainText() if self._lessons_timer.isActive() else None
        notes = self.notes_edit.text()
        self.date_edit.interpretText()  # a date being typed: dateChanged applies it
        if lessons is not None:
            self._commit_lessons(lessons)
            self.document.end_gesture()
        self._notes_edited(notes)

    def eventFilter(self, obj, event):
        if obj is self.lessons_edit and event.type() == event.Type.FocusOut:
            self._commit_lessons()
            self.document.end_gesture()
        return super().eventFilter(obj, event)

    # ===================================================================== post-settlement
    def selected_suggestion(self):
        if not self.suggestions_available():
            return None
        row = self.pss_list.currentRow()
        sugg = self.snapshot.settlement.suggestions  # type: ignore[union-attr]
        return sugg[row] if 0 <= row < len(sugg) else None

    def adopt_selected(self) -> None:
        s = self.selected_suggestion()
        if s is None:
            return
        k = self.pss_list.currentRow()
        new = self._guard(deal.with_settlement_adopted, self.plan, s.package)  # clauses as proposed
        if new is not None:
            self._apply(new, tr("Adopt post-settlement alternative {letter}").format(letter=chr(65 + k)))

    def use_as_cards(self):
        """Open the card preview with the suggestions under the post-settlement framing."""
        if not self.suggestions_available():
            return None
        pkgs = list(self.snapshot.settlement.packages)  # type: ignore[union-attr]
        self.cards_dialog = open_cards_dialog(self.window(), self.document, packages=pkgs,
                                              card_options=pss_card_options(self.plan, len(pkgs)),
                                              packages_label=tr("Post-settlement alternatives"))
        self.cards_dialog.setWindowTitle(tr("Post-settlement Cards"))
        return self.cards_dialog

    # ===================================================================== debrief
    def open_debrief(self):
        self.document.commit_pending_edits()  # the lessons as typed
        if self.plan.agreement is None:
            return None
        dlg = DebriefDialog(self.document, self.window())
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dlg.show()
        self.debrief_dialog = dlg
        return dlg

    def export_debrief(self, path: str | Path) -> Path:
        """Write the debrief PDF (for scripts and tests; the button asks for the file), never over
        the plan itself."""
        refuse_output([path], self.document.path, ".pdf", tr("{path}: the debrief must end in .pdf"))
        return export_debrief_pdf(self.plan, path)[0]

    def _export_debrief_dialog(self) -> None:
        self.document.commit_pending_edits()
        out = export_with_dialog(self, self.document, self.export_debrief, self._show_error)
        if out is not None:
            self._show_error(tr("Saved {file} — INTERNAL, keep it on your side").format(file=out.name))

    def closeEvent(self, event) -> None:
        self.service.shutdown()
        super().closeEvent(event)


__all__ = ["DealPanel"]
