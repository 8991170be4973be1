"""The Deal panel's walk-away sections: ours (the BATNA, the competing quote, reservation and
aspiration — in points and in the package's own terms) and theirs (inferred, or our guess).

Each section owns its controls and turns their edits into one undoable plan edit
(``document.apply``) through :mod:`meso_desk.model.edits.deal_edits`; a refused value shows its
reason right under the control it was typed in, and in the status bar.

Two rules of issue 17 live here as the window's side of the model's rules:

* the competing quote never replaces a reservation set by hand without asking
  (``deal_edits.quote_question``; :attr:`OurWalkAwaySection.ask` defaults to a Yes/No box whose
  default is No);
* a reservation above the aspiration (or an aspiration below the reservation) is refused with
  the reason, never capped: the spin boxes span 0–100 and the edit says no.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolButton,
)

from ....model.deal.reservation_terms import level_in_terms
from ....model.deal.zopa import BATNA_LABEL, batna_value, package_names_and_offers
from ....model.edits import deal_edits as deal
from ....model.language import tr
from ....model.plan import Plan
from ....model.preferences.issues import default_term
from ...document import PlanDocument
from ..entry_spin import DoubleSpinBox
from ..look import text_colour
from .deal_terms import TermsEditor
from .deal_widgets import RED, Section, WrappedText, disclosure, guarded, points_spin

#: ``(message) -> None``: how a section reports a refused edit to the panel (status bar, last_error)
ErrorSink = Callable[[str], None]


def ask_yes_no(parent, question: str) -> bool:
    """A Yes/No box whose default (Enter, Escape) is No: the hand-set value stays."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("Competing quote"), question,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setObjectName("dealQuoteQuestion")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def reference_terms(plan: Plan, selected: str) -> tuple[dict | None, str]:
    """What "in the package's own terms" refers to: the competing quote, else the selected
    package, else the plan's first package (``(None, "")`` without any)."""
    if plan.batna_package is not None:
        return dict(plan.batna_package), tr("the competing quote", "after: the other terms as in")
    names = plan.package_names
    name = selected if selected in names else (names[0] if names else "")
    if not name:
        return None, ""
    return dict(plan.stored_package(name).terms), tr("package {name}").format(name=name)


class EditingSection(Section):
    """A section that edits ``document``'s plan: a refused edit is reported and the section redrawn."""

    def __init__(self, document: PlanDocument, on_error: ErrorSink, title: str, name: str, tip: str) -> None:
        super().__init__(title, name, tip)
        self.document = document
        self._on_error = on_error

    @property
    def plan(self) -> Plan:
        return self.document.plan

    def refresh(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _guard(self, fn, *args) -> Plan | None:
        return guarded(self._on_error, self.refresh, fn, *args)


class OurWalkAwaySection(EditingSection):
    """Our walk-away: the BATNA in words, the competing quote, reservation and aspiration."""

    def __init__(self, document: PlanDocument, on_error: ErrorSink) -> None:
        super().__init__(document, on_error, tr("Our walk-away (BATNA)"), "dealBatnaSection",
                         tr("What you do if there is no deal, and what it is worth to you"))
        #: ``(question) -> bool``: asked before a competing quote replaces a hand-set reservation
        self.ask: Callable[[str], bool] = lambda q: ask_yes_no(self.window(), q)
        self._build()
        # the BATNA text applies on leaving the field; Save or Close takes it as typed
        document.pendingEditsRequested.connect(self._batna_text_edited)

    def _build(self) -> None:
        self.batna_text = QLineEdit(objectName="dealBatnaText")
        self.batna_text.setAccessibleName(tr("Our BATNA in words"))
        self.batna_text.setPlaceholderText(tr("e.g. NordSeat's quote: EUR 236, 8 weeks…"))
        self.batna_text.setToolTip(tr("Your BATNA in words (internal: never printed on cards)"))
        self.batna_text.editingFinished.connect(self._batna_text_edited)
        self.add(self.batna_text)
        row = QHBoxLayout()
        self.quote_label = WrappedText("", "dealQuoteLabel")
        row.addWidget(self.quote_label, 1)
        self.quote_button = QToolButton(objectName="dealQuoteButton")
        self.quote_button.setText(tr("Quote ▾"))
        self.quote_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.quote_button.setToolTip(tr("Enter the competing quote as terms, take them from a package, or remove it"))
        self.quote_menu = QMenu(self.quote_button)
        self.quote_menu.aboutToShow.connect(self._fill_quote_menu)
        self.quote_button.setMenu(self.quote_menu)
        row.addWidget(self.quote_button, 0, Qt.AlignmentFlag.AlignTop)
        self.add(row)
        self.batna_toggle = disclosure(tr("Terms of the quote"), "dealBatnaTermsToggle", False)
        self.add(self.batna_toggle)
        self.batna_terms = TermsEditor(BATNA_LABEL, shown=tr("competing quote"))
        self.batna_terms.setObjectName("dealBatnaTerms")
        self.batna_terms.termEdited.connect(self._batna_term_edited)
        self.batna_toggle.toggled.connect(lambda _on: self.show_term_editor())
        self.add(self.batna_terms)
        self.follow_check = QCheckBox(tr("Reservation follows the quote"), objectName="dealFollowCheck")
        self.follow_check.setToolTip(tr("Your reservation value is the competing quote's points: nothing worth less "
                                        "to you is ever proposed"))
        self.follow_check.toggled.connect(self._follow_toggled)
        self.add(self.follow_check)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        self.reservation_spin = points_spin("dealReservationSpin", "")
        self.reservation_spin.setAccessibleName(tr("Our reservation value in points"))
        self.reservation_spin.valueChanged.connect(self._reservation_edited)
        self.reservation_terms = WrappedText("", "dealReservationTerms")
        self.aspiration_spin = points_spin("dealAspirationSpin", tr("The level you open at (MESO sets default to it)"))
        self.aspiration_spin.setAccessibleName(tr("Our aspiration in points"))
        self.aspiration_spin.valueChanged.connect(self._aspiration_edited)
        self.aspiration_terms = WrappedText("", "dealAspirationTerms")
        for r, (text, spin, terms) in enumerate(((tr("Reservation"), self.reservation_spin, self.reservation_terms),
                                                 (tr("Aspiration"), self.aspiration_spin, self.aspiration_terms))):
            grid.addWidget(QLabel(text), 2 * r, 0)
            grid.addWidget(spin, 2 * r, 1)
            grid.addWidget(terms, 2 * r + 1, 0, 1, 2)
        self.add(grid)
        #: why a typed reservation or aspiration was refused (shown under them until the next edit)
        self.level_message = WrappedText("", "dealLevelMessage")
        self.level_message.setStyleSheet(f"color: {text_colour(RED, self.palette()).name()};")  # AA on the palette
        self.level_message.setVisible(False)
        self.add(self.level_message)

    # ===================================================================== showing
    def refresh(self) -> None:
        plan = self.plan
        with QSignalBlocker(self.batna_text):
            if self.batna_text.text() != plan.batna:
                self.batna_text.setText(plan.batna)
                self.batna_text.setCursorPosition(0)
        following = plan.reservation_from_batna and plan.batna_package is not None
        if plan.batna_package is None:
            self.quote_label.setText(tr("No competing quote entered. Enter one to let your reservation follow it."))
        elif following:
            self.quote_label.setText(tr("Competing quote: worth {value:.1f} points to you.").format(
                value=batna_value(plan)))
        else:
            self.quote_label.setText(tr("Competing quote: worth {value:.1f} points to you; your reservation "
                                        "{reservation:.1f} is set by hand.").format(value=batna_value(plan),
                                                                                  reservation=plan.reservation))
        market = plan.market_batna() if plan.batna_from_market else None
        if plan.batna_from_market:  # several suppliers: the best offer held from the others (docs/suppliers.md)
            if market is None:
                text = tr("Follows the market: no other supplier has made an offer yet.")
            elif following:
                text = tr("Follows the market: {supplier}, worth {value:.1f} points to you; your reservation "
                          "follows it.")
            else:
                text = tr("Follows the market: {supplier}, worth {value:.1f} points to you; your reservation "
                          "{reservation:.1f} is set by hand.")
            self.quote_label.setText(text if market is None else text.format(
                supplier=market[0], value=market[2], reservation=plan.reservation))
        self.batna_terms.set_terms(plan, plan.batna_package)
        self.batna_terms.setEnabled(not plan.batna_from_market)
        with QSignalBlocker(self.follow_check):
            self.follow_check.setChecked(following)
        self.follow_check.setEnabled(plan.batna_package is not None)
        with QSignalBlocker(self.reservation_spin):
            self.reservation_spin.setValue(plan.reservation)
        self.reservation_spin.setEnabled(not following)
        self.reservation_spin.setToolTip(
            tr("Follows the competing quote (untick above to set it by hand)") if following
            else tr("Your reservation value: never offer a package worth less to you (at most the aspiration)"))
        with QSignalBlocker(self.aspiration_spin):
            self.aspiration_spin.setValue(plan.aspiration)
        self.quote_button.setEnabled(bool(plan.issues) and not plan.batna_from_market)
        self.quote_button.setToolTip(tr("The competing quote follows the market: Negotiation ▸ Manage Suppliers…")
                                     if plan.batna_from_market else
                                     tr("Enter the competing quote as terms, take them from a package, or remove it"))
        self.show_term_editor()
        self.show_level_terms()

    def show_level_terms(self) -> None:
        """Reservation and aspiration in the reference package's own terms."""
        plan = self.plan
        terms, label = reference_terms(plan, self.document.selected_package) if plan.issues else (None, "")
        for level, widget in ((plan.reservation, self.reservation_terms), (plan.aspiration, self.aspiration_terms)):
            text = level_in_terms(plan, level, terms, label).text if terms is not None else ""
            widget.setText(tr("In terms: {text}").format(text=text) if text else "")
            widget.setVisible(bool(text))

    def show_term_editor(self) -> None:
        has = self.plan.batna_package is not None
        self.batna_toggle.setVisible(has)
        self.batna_terms.setVisible(has and self.batna_toggle.isChecked())

    def _say(self, message: str) -> None:
        """A refused reservation or aspiration: the reason under the spin boxes and in the status bar."""
        self.level_message.setText(message)
        self.level_message.setVisible(bool(message))
        if message:
            self._on_error(message)

    # ===================================================================== edits
    def _batna_text_edited(self) -> None:
        text = self.batna_text.text().strip()
        if text != self.plan.batna:
            self.document.apply(deal.with_batna_description(self.plan, text), tr("Describe the BATNA"))

    def _fill_quote_menu(self) -> None:
        m = self.quote_menu
        m.clear()
        plan = self.plan
        if plan.batna_package is None:
            a = m.addAction(tr("Enter terms (start from the middle)"))
            a.setObjectName("dealQuoteBlank")
            a.triggered.connect(lambda: (self.batna_toggle.setChecked(True),
                                         self.set_batna({i.name: default_term(i) for i in plan.issues})))
        sub = m.addMenu(tr("Take terms from"))
        for label, terms in package_names_and_offers(plan):
            a = sub.addAction(label)
            a.triggered.connect(lambda _c=False, t=terms, lb=label: self.set_batna(t, lb))
        sub.setEnabled(bool(sub.actions()))
        if plan.batna_package is not None:
            m.addSeparator()
            a = m.addAction(tr("Remove the competing quote"))
            a.setObjectName("dealQuoteRemove")
            a.triggered.connect(lambda: self.set_batna(None))

    def set_batna(self, terms, source: str = "") -> None:
        """Enter (or with ``None`` remove) the competing quote; a reservation set by hand follows
        it only when the user says Yes (:attr:`ask`)."""
        try:
            question = deal.quote_question(self.plan, terms)
        except ValueError as e:
            self._on_error(str(e))
            return
        follow = self.ask(question) if question else None
        new = self._guard(lambda: deal.with_batna_package(self.plan, terms, follow=follow))
        if new is not None:
            what = tr("Remove the competing quote") if terms is None else (
                tr("Competing quote from {source}").format(source=source) if source
                else tr("Enter the competing quote"))
            self.document.apply(new, what)

    def _batna_term_edited(self, issue: str, term) -> None:
        new = self._guard(deal.with_batna_term, self.plan, issue, term)
        if new is not None:
            self.document.apply(new, tr("Competing quote: {issue}").format(issue=issue), merge_key=("batna", issue))
            self.document.end_gesture()

    def _follow_toggled(self, on: bool) -> None:
        new = self._guard(deal.with_reservation_following, self.plan, on)
        if new is not None:
            self.document.apply(new, tr("Reservation follows the competing quote") if on
                                else tr("Reservation set by hand"))

    def _level_edited(self, edit, value: float, text: str, key: str) -> None:
        try:
            new = edit(self.plan, value)
        except ValueError as e:  # refused where typed: the reason stays under the spin boxes
            self._say(getattr(e, "reason", str(e)))
            self.refresh()
            return
        self._say("")
        self.document.apply(new, text, merge_key=key)
        self.document.end_gesture()

    def _reservation_edited(self, value: float) -> None:
        self._level_edited(deal.with_reservation, value, tr("Reservation value"), "reservation")

    def _aspiration_edited(self, value: float) -> None:
        self._level_edited(deal.with_aspiration, value, tr("Aspiration"), "aspiration")


class TheirWalkAwaySection(EditingSection):
    """Their walk-away: inferred from their reactions, or our guess with an 80 % range."""

    def __init__(self, document: PlanDocument, on_error: ErrorSink) -> None:
        super().__init__(document, on_error, tr("Their walk-away (estimate)"), "dealTheirSection",
                         tr("Their reservation value, in their points (0–100)"))
        #: their walk-away as last inferred (a starting guess when the user ticks "my own guess")
        self.inferred: float | None = None
        self.their_check = QCheckBox(tr("Use my own guess"), objectName="dealTheirManualCheck")
        self.their_check.setToolTip(tr("Off: inferred from “none of these” and acceptances you recorded"))
        self.their_check.toggled.connect(self._manual_toggled)
        self.add(self.their_check)
        row = QHBoxLayout()
        self.their_spin = DoubleSpinBox(objectName="dealTheirReservationSpin")
        self.their_spin.setAccessibleName(tr("Their reservation value, our guess, in their points"))
        self.their_spin.setRange(0.0, 100.0)
        self.their_spin.setDecimals(0)
        self.their_spin.setSingleStep(1.0)
        self.their_spin.setKeyboardTracking(False)
        self.their_spin.setToolTip(tr("Their walk-away in their points (0–100)"))
        self.their_spin.valueChanged.connect(self._edited)
        self.their_unc = DoubleSpinBox(objectName="dealTheirUncertaintySpin")
        self.their_unc.setAccessibleName(tr("How unsure: ± points around their reservation"))
        self.their_unc.setRange(0.0, 50.0)
        self.their_unc.setDecimals(0)
        self.their_unc.setPrefix("± ")
        self.their_unc.setKeyboardTracking(False)
        self.their_unc.setToolTip(tr("How unsure: half the width of an 80 % range"))
        self.their_unc.valueChanged.connect(self._edited)
        row.addWidget(self.their_spin, 1)
        row.addWidget(self.their_unc, 1)
        self.add(row)
        self.their_label = WrappedText("", "dealTheirLabel")
        self.add(self.their_label)

    def refresh(self) -> None:
        plan = self.plan
        manual = plan.their_reservation is not None
        with QSignalBlocker(self.their_check):
            self.their_check.setChecked(manual)
        for w in (self.their_spin, self.their_unc):
            w.setEnabled(manual)
        with QSignalBlocker(self.their_spin), QSignalBlocker(self.their_unc):
            self.their_unc.setValue(plan.their_reservation_uncertainty)
            if manual:
                self.their_spin.setValue(plan.their_reservation)

    def show_estimate(self, their) -> None:
        """The inferred walk-away (``None``: nothing to show) or a reminder that the guess is ours."""
        self.inferred = None if their is None else their.value
        if their is None:
            self.their_label.setText("")
        elif self.plan.their_reservation is None:
            self.their_label.setText(their.text)
            if self.inferred is not None:  # the greyed box shows what is inferred, not a stale 0
                with QSignalBlocker(self.their_spin):
                    self.their_spin.setValue(round(float(self.inferred)))
        else:
            self.their_label.setText(tr("Your guess (an 80 % range). Untick to infer it from their reactions."))

    def _manual_toggled(self, on: bool) -> None:
        plan = self.plan
        if on:
            guess = 50.0 if self.inferred is None else round(float(self.inferred))
            new = self._guard(deal.with_their_reservation, plan, guess, plan.their_reservation_uncertainty)
            text = tr("Guess their walk-away")
        else:
            new = self._guard(deal.with_their_reservation, plan, None)
            text = tr("Infer their walk-away")
        if new is not None:
            self.document.apply(new, text)

    def _edited(self, _v: float) -> None:
        if not self.their_check.isChecked():
            return
        new = self._guard(deal.with_their_reservation, self.plan, self.their_spin.value(), self.their_unc.value())
        if new is not None:
            self.document.apply(new, tr("Their walk-away (guess)"), merge_key="their-reservation")
            self.document.end_gesture()


__all__ = ["EditingSection", "OurWalkAwaySection", "TheirWalkAwaySection", "ask_yes_no", "reference_terms"]
