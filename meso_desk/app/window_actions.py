"""The window's workflow actions: the Negotiation menu, "Go to" a panel, and Help.

Every step of the evening is a menu item with a shortcut (``docs/window.md``, "Keyboard"):

=====================  ==================  =====================================================
menu item              keys                what it calls
=====================  ==================  =====================================================
Generate MESOs…        Ctrl+G              ``PackagePanel.open_meso_dialog``
Record Reaction…       Ctrl+R              ``CounterpartPanel.open_record_dialog``
Next MESOs             Ctrl+Shift+N        ``CounterpartPanel.generate_next``
Compare Packages…      Ctrl+Shift+C        ``PackagePanel.open_comparison``
Total Cost…            Ctrl+Shift+T        ``widgets/costs/cost_dialog.open_cost_dialog``
Record Agreement…      Ctrl+Shift+A        the Deal panel's Record menu
Post-settlement…       Ctrl+Shift+P        ``DealPanel.use_as_cards``
Debrief…               Ctrl+Shift+D        ``DealPanel.open_debrief``
Plan Properties…       Ctrl+Shift+I        ``plan_properties_dialog.open_plan_properties``
Uncertain Events…      Ctrl+Shift+E        ``widgets/contingent/event_editor.open_event_editor``
Risk and Bets          Ctrl+Shift+R        the Risk and Bets view (a tab beside the Packages, Offers)
Suppliers              Ctrl+Shift+M        the Suppliers comparison view (a tab beside the Deal panel, Deal)
=====================  ==================  =====================================================

Each action first shows the workspace where its panel lives. A step that cannot be taken
yet (no agreement for the debrief …) is disabled, and its tooltip says why. A dialog that
lives in a module this window does not need at start is imported when first used; when that
module is absent the action stays disabled.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSlider,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from ..model.documents.cards import latest_meso_set
from ..model.language import QT_TR_NOOP, tr
from ..model.offers.status import package_status
from ..model.plan import Plan
from .workspaces import BY_KEY, HOME

if TYPE_CHECKING:
    from .main_window import MainWindow

#: Ctrl+1 … Ctrl+7: the panels, in the order of the evening: (name in the action's objectName,
#: menu text, tip, dock)
PANELS = (("Issues", QT_TR_NOOP("Go to &Issues"), QT_TR_NOOP("Move the keyboard focus to the Issues panel"),
           "issues_dock"),
          ("Weights", QT_TR_NOOP("Go to &Weights"), QT_TR_NOOP("Move the keyboard focus to the Weights panel"),
           "weights_dock"),
          ("Packages", QT_TR_NOOP("Go to &Packages"),
           QT_TR_NOOP("Move the keyboard focus to the Packages panel"), "packages_dock"),
          ("ValueMap", QT_TR_NOOP("Go to Value &Map"),
           QT_TR_NOOP("Move the keyboard focus to the Value Map panel"), None),
          ("Counterpart", QT_TR_NOOP("Go to &Counterpart"),
           QT_TR_NOOP("Move the keyboard focus to the Counterpart panel"), "counterpart_dock"),
          ("Outcome", QT_TR_NOOP("Go to &Outcome"), QT_TR_NOOP("Move the keyboard focus to the Outcome panel"),
           "outcome_dock"),
          ("Deal", QT_TR_NOOP("Go to &Deal"), QT_TR_NOOP("Move the keyboard focus to the Deal panel"),
           "deal_dock"))

PLAN_PROPERTIES = "meso_desk.app.plan_properties_dialog"
COST_DIALOG = "meso_desk.app.widgets.costs.cost_dialog"
EVENT_EDITOR = "meso_desk.app.widgets.contingent.event_editor"
RISK_VIEW = "meso_desk.app.widgets.contingent.risk_view"
SUPPLIER_VIEW = "meso_desk.app.widgets.suppliers.comparison_view"


@functools.cache  # asked on every edit (update): the file system only once
def module_present(name: str) -> bool:
    """True when module ``name`` can be imported (without importing it)."""
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def first_selection(plan: Plan) -> str:
    """The package to select when a plan opens: the best one that is not an error — of the
    latest MESO set when there is one (the offer in play, not the quotes and our ideal before it).

    The package of highest value among those acceptable and at or above the reservation (the
    one status rule, ``offers/status.py``); when none is, the first package; "" without any.
    """
    latest = latest_meso_set(plan)
    if latest is not None:
        statuses = {n: package_status(plan, n) for n in latest.packages if n in plan.package_names}
        kept = [n for n, st in statuses.items() if st.status not in ("unacceptable", "below")]
        if kept:
            return max(kept, key=lambda n: statuses[n].value)
    best, best_value = "", float("-inf")
    for p in plan.packages:
        st = package_status(plan, p.name)
        if st.status in ("unacceptable", "below"):
            continue
        if st.value > best_value:
            best, best_value = p.name, st.value
    return best or (plan.packages[0].name if plan.packages else "")


class WindowActions:
    """The workflow actions of ``window`` (built once, kept up to date with the plan)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        w = window
        self.generate = w._action(tr("&Generate MESOs…"), self.generate_mesos, "actionGenerateMesos",
                                  tr("Make a set of equally good packages to offer (the MESO dialog)"), "Ctrl+G")
        self.record_reaction = w._action(tr("&Record Reaction…"), self.record_reaction_dialog, "actionRecordReaction",
                                         tr("Note how they reacted to the packages you offered"), "Ctrl+R")
        self.next_mesos = w._action(tr("&Next MESOs"), self.next_meso_set, "actionNextMesos",
                                    tr("A new set of offers chosen with what their reactions taught you"),
                                    "Ctrl+Shift+N")
        self.compare = w._action(tr("&Compare Packages…"), self.compare_packages, "actionComparePackages",
                                 tr("Chosen packages side by side, the terms that differ in bold"), "Ctrl+Shift+C")
        self.total_cost = w._action(tr("&Total Cost…"), self.open_total_cost, "actionTotalCost",
                                    tr("What each package costs in all, over the life of the contract"),
                                    "Ctrl+Shift+T")
        self.record_agreement = w._action(tr("Record &Agreement…"), self.record_agreement_menu,
                                          "actionRecordAgreement",
                                          tr("Record the agreed package: from a package, an offer or by hand"),
                                          "Ctrl+Shift+A")
        self.post_settlement = w._action(tr("P&ost-settlement Cards…"), self.post_settlement_cards,
                                         "actionPostSettlement",
                                         tr("After the agreement: packages better for both, as cards to offer"),
                                         "Ctrl+Shift+P")
        self.debrief = w._action(tr("&Debrief…"), self.open_debrief, "actionDebrief",
                                 tr("The internal one-page debrief of the negotiation"), "Ctrl+Shift+D")
        self.plan_properties = w._action(tr("Plan Proper&ties…"), self.open_plan_properties, "actionPlanProperties",
                                         tr("Title, our organisation, the supplier, currency, validity, notes"),
                                         "Ctrl+Shift+I", "document-properties")
        self.events = w._action(tr("Uncertain &Events…"), self.open_event_editor, "actionUncertainEvents",
                                tr("The uncertain events contingent terms depend on, with our forecast and theirs"),
                                "Ctrl+Shift+E")
        self.risk = w._action(tr("Ris&k and Bets"), self.show_risk_view, "actionRiskView",
                              tr("Our spread of points under our forecast and the bet each contingent clause makes "
                                 "(internal)"), "Ctrl+Shift+R")
        # several suppliers (docs/suppliers.md): the comparison view
        self.suppliers = w._action(tr("Suppl&iers"), self.show_supplier_view, "actionSupplierView",
                                   tr("The suppliers side by side: best offers, our BATNA against each, the ZOPA, "
                                      "the next set, split awards (internal)"), "Ctrl+Shift+M")
        self.next_supplier = w._action(tr("Ne&xt Supplier"), lambda: w.supplier_switcher.next(), "actionNextSupplier",
                                       tr("Work on the next supplier of this sourcing plan (its rounds, estimate, "
                                          "deal and cards)"), "Ctrl+Shift+K")
        self.manage_suppliers = w._action(tr("&Manage Suppliers…"), lambda: w.supplier_switcher.open_manager(),
                                          "actionManageSuppliers",
                                          tr("Add, rename or remove suppliers; their contacts, notes and quotes; "
                                             "whether our BATNA follows the market"))
        #: the reason each action is disabled when it is (the tooltip says it)
        self.tips = {a: a.toolTip() for a in self.workflow}
        self.focus = self._focus_actions()
        w.document.selectionChanged.connect(self._focus_follows_selection)

    @property
    def workflow(self) -> list[QAction]:
        return [self.generate, self.record_reaction, self.next_mesos, self.compare, self.total_cost,
                self.record_agreement, self.post_settlement, self.debrief, self.plan_properties, self.events,
                self.risk, self.suppliers, self.next_supplier, self.manage_suppliers]

    def _focus_actions(self) -> list[QAction]:
        out = []
        for k, (name, label, tip, dock) in enumerate(PANELS, start=1):
            a = self.window._action(tr(label), lambda d=dock: self.go_to(d), f"actionFocus{name}", tr(tip),
                                    f"Ctrl+{k}")
            out.append(a)
        return out

    def fill_menu(self, menu: QMenu) -> None:
        """The Negotiation menu, in the order of the evening."""
        for group in ((self.generate, self.compare, self.total_cost), (self.events, self.risk),
                      (self.record_reaction, self.next_mesos),
                      (self.next_supplier, self.manage_suppliers, self.suppliers),
                      (self.record_agreement, self.post_settlement, self.debrief)):
            for a in group:
                menu.addAction(a)
            menu.addSeparator()
        menu.addAction(self.window.action_print_cards)
        menu.addAction(self.window.action_export_briefing)
        menu.aboutToShow.connect(lambda: self.update(self.window.document.plan))

    # -- enabled or not -------------------------------------------------------------------------
    def update(self, plan: Plan) -> None:
        """Enable what can be done with ``plan``; a disabled action says why."""
        w = self.window
        two = len(plan.issues) >= 2
        agreed = plan.agreement is not None
        why = {
            self.generate: None if two else tr("Add at least two issues first (Prepare)"),
            self.next_mesos: None if two else tr("Add at least two issues first (Prepare)"),
            self.record_reaction: None if plan.packages else tr("Offer packages first (Generate MESOs)"),
            self.compare: (None if hasattr(w.package_panel, "open_comparison")
                           else tr("The package comparison is not part of this version")),
            self.total_cost: (None if module_present(COST_DIALOG)
                              else tr("Total cost is not part of this version")),
            self.record_agreement: None if plan.issues else tr("Add issues first (Prepare)"),
            self.post_settlement: None if agreed else tr("Record the agreement first; the suggestions follow it"),
            self.debrief: None if agreed else tr("Record the agreement first"),
            self.plan_properties: (None if module_present(PLAN_PROPERTIES)
                                   else tr("Plan properties are not part of this version")),
            self.events: (None if module_present(EVENT_EDITOR)
                          else tr("Uncertain events are not part of this version")),
            self.risk: None if module_present(RISK_VIEW) else tr("The risk view is not part of this version"),
            self.suppliers: (None if module_present(SUPPLIER_VIEW)
                             else tr("The supplier comparison is not part of this version")),
            self.next_supplier: (None if len(plan.supplier_names) > 1
                                 else tr("Add a second supplier first (Negotiation ▸ Manage Suppliers…)")),
        }
        for a, reason in why.items():
            a.setEnabled(reason is None)
            tip = self.tips[a] if reason is None else f"{self.tips[a]} — {reason}"
            a.setToolTip(tip)
            a.setStatusTip(tip)

    # -- the steps -----------------------------------------------------------------------------
    def _in(self, workspace: str, dock: QDockWidget | None) -> None:
        """Show the panel: in the current workspace when it is there, else in ``workspace``."""
        w = self.window
        if dock is not None and dock.isVisible():
            return
        w.show_workspace(workspace)
        if dock is not None and not dock.isVisible():
            dock.show()
            dock.raise_()

    def generate_mesos(self):
        self._in("offers", self.window.packages_dock)
        return self.window.package_panel.open_meso_dialog()

    def record_reaction_dialog(self):
        self._in("room", self.window.counterpart_dock)
        return self.window.counterpart_panel.open_record_dialog()

    def next_meso_set(self) -> None:
        self._in("room", self.window.counterpart_dock)
        self.window.counterpart_panel.generate_next()

    def compare_packages(self):
        panel = self.window.package_panel
        opener: Callable | None = getattr(panel, "open_comparison", None)
        if opener is None:
            return None
        self._in("offers", self.window.packages_dock)
        return opener()

    def open_total_cost(self):
        if not module_present(COST_DIALOG):
            return None
        # imported on first use: not needed to show the window
        return importlib.import_module(COST_DIALOG).open_cost_dialog(self.window, self.window.document)

    def open_plan_properties(self):
        if not module_present(PLAN_PROPERTIES):
            return None
        # imported on first use: not needed to show the window
        return importlib.import_module(PLAN_PROPERTIES).open_plan_properties(self.window, self.window.document)

    def open_event_editor(self):
        if not module_present(EVENT_EDITOR):
            return None
        # imported on first use: not needed to show the window
        return importlib.import_module(EVENT_EDITOR).open_event_editor(self.window, self.window.document)

    def show_risk_view(self):
        """Show the Risk and Bets view: a tab beside the Packages in Offers (or where it is)."""
        w = self.window
        dock = w.risk_dock
        if not dock.isVisible():
            if not w.packages_dock.isVisible():
                w.show_workspace("offers")
            if w.packages_dock.isVisible() and not w.packages_dock.isFloating():
                w.tabifyDockWidget(w.packages_dock, dock)
            dock.show()
        dock.raise_()
        return risk_view(w)

    def show_supplier_view(self):
        """Show the Suppliers view: a tab beside the Deal panel in Deal (or where it is)."""
        w = self.window
        dock = w.supplier_dock
        if not dock.isVisible():
            if not w.deal_dock.isVisible():
                w.show_workspace("deal")
            if w.deal_dock.isVisible() and not w.deal_dock.isFloating():
                w.tabifyDockWidget(w.deal_dock, dock)
            dock.show()
        dock.raise_()
        return supplier_view(w)

    def record_agreement_menu(self) -> QMenu:
        """Show the Deal workspace and open the Deal panel's Record menu under its button."""
        self._in("deal", self.window.deal_dock)
        panel = self.window.deal_panel
        button = panel.record_button
        panel.scroll.ensureWidgetVisible(button)
        menu = panel.record_menu
        menu.popup(button.mapToGlobal(QPoint(0, button.height())))
        return menu

    def post_settlement_cards(self):
        self._in("deal", self.window.deal_dock)
        panel = self.window.deal_panel
        if not panel.suggestions_available():
            self.window.document.post_message(
                tr("No post-settlement packages to offer yet: the search for packages better for both sides is "
                   "still running, or found none (see the Deal panel)."), 6000)
            return None
        return panel.use_as_cards()

    def open_debrief(self):
        self._in("deal", self.window.deal_dock)
        return self.window.deal_panel.open_debrief()

    # -- going to a panel ----------------------------------------------------------------------
    def focus_workspace(self, key: str | None = None) -> None:
        """The keyboard focus to the main panel of workspace ``key`` (the current one): its first
        panel on show (Prepare: Issues, Offers: Packages, In the room: Counterpart, Deal: Deal), as
        Ctrl+1 … Ctrl+7 would put it."""
        w = self.window
        for name in BY_KEY[key or w.workspace].docks:
            dock = getattr(w, name)
            if dock.isVisibleTo(w) and not dock.widget().isHidden():
                self._focus_into(dock.widget())
                return
        if w.value_map.isVisibleTo(w):
            focus_panel(w, w.value_map)

    def _focus_follows_selection(self, name: str) -> None:
        """Another package selected (on the map, in a dialog …) while the focus is in a card: the focus
        moves to the selected package's card. Left in the old card, the arrow keys moved the old
        package's terms, and the window, active again after a dialog, gave the focus back to that card,
        whose package the Packages then selected again."""
        w = self.window
        panel = w.package_panel
        focus = w.focusWidget()  # (the window's, which gets the focus back when the window is active again)
        if not name or focus is None or not panel.isAncestorOf(focus):
            return
        cards = {}
        for n in w.document.plan.package_names:
            try:
                cards[n] = panel.column(n)
            except KeyError:  # a card not made yet
                continue
        holder = next((n for n, c in cards.items() if c.isAncestorOf(focus)), None)
        if holder is not None and holder != name and name in cards:
            focus_panel(w, cards[name])

    def _focus_into(self, panel: QWidget) -> None:
        """:func:`focus_panel`; in the Packages, in the selected package's card (the focus in a card
        selects its package: the first card was the unacceptable opening quote)."""
        w = self.window
        if panel is w.package_panel and w.document.selected_package:
            try:
                panel = w.package_panel.column(w.document.selected_package)
            except KeyError:
                pass
        focus_panel(w, panel)

    def go_to(self, dock_name: str | None) -> None:
        """Move the keyboard focus to a panel, showing its workspace (or it) when hidden."""
        w = self.window
        dock = getattr(w, dock_name) if dock_name else None
        shown = w.value_map.isVisible() if dock is None else dock.isVisible()
        if not shown:
            home = HOME.get(dock_name)
            if home:
                w.show_workspace(home)
        if dock is None:
            target = w.value_map
            target.show()
        else:
            if not dock.isVisible():
                dock.show()
            dock.raise_()
            target = dock.widget()
        self._focus_into(target)


def _lazy_dock(window: MainWindow, title: str, name: str, tip: str, view: Callable[[MainWindow], Any]
               ) -> QDockWidget:
    """A dock whose view is made when it is first shown (its plots are not needed for the
    window's first paint)."""
    dock = window._dock(QLabel(), title, name, tip)
    dock.visibilityChanged.connect(lambda on: view(window) if on else None)
    return dock


def _lazy_view(window: MainWindow, module: str, cls: str, attr: str, dock: QDockWidget) -> QWidget | None:
    """The view ``module.cls`` of ``dock``, kept as ``window.attr``, made (imported) on first use."""
    view = getattr(window, attr, None)
    if view is None and module_present(module):
        view = getattr(importlib.import_module(module), cls)(window.document, window)
        setattr(window, attr, view)
        dock.setWidget(view)
    return view


def risk_dock(window: MainWindow) -> QDockWidget:
    """The Risk and Bets dock."""
    return _lazy_dock(window, tr("Risk and Bets"), "riskDock",
                      tr("INTERNAL: our spread of points under our forecast, and the bets of the contingent "
                         "clauses"), risk_view)


def risk_view(window: MainWindow) -> QWidget | None:
    """The window's Risk and Bets view (``riskView``), made on first use."""
    return _lazy_view(window, RISK_VIEW, "RiskView", "risk_view", window.risk_dock)


def supplier_dock(window: MainWindow) -> QDockWidget:
    """The Suppliers dock (several suppliers)."""
    return _lazy_dock(window, tr("Suppliers"), "supplierDock",
                      tr("INTERNAL: the suppliers side by side — best offers, our BATNA against each, the ZOPA, "
                         "what is left to try — and split awards"), supplier_view)


def supplier_view(window: MainWindow) -> QWidget | None:
    """The window's Suppliers view (``supplierComparison``), made on first use."""
    return _lazy_view(window, SUPPLIER_VIEW, "SupplierComparison", "supplier_view", window.supplier_dock)


def focus_panel(window: QWidget, panel: QWidget) -> None:
    """Give the keyboard focus to ``panel``'s main control: a table or list first, then a
    slider, then a text field, then anything else that takes focus — never a bare scroll area
    (it draws no focus mark and does nothing with the keys: the focus there reads as lost). A panel
    that names its own first control (``first_focus()``: the Deal panel's) is given the focus there."""
    first = getattr(panel, "first_focus", None)
    target = first() if callable(first) else (panel.focusProxy() or panel)
    if target.focusPolicy() == Qt.FocusPolicy.NoFocus or isinstance(target, QScrollArea):
        candidates = [c for c in target.findChildren(QWidget)
                      if c.focusPolicy() != Qt.FocusPolicy.NoFocus and not isinstance(c, QScrollArea)
                      and c.isVisibleTo(window) and c.isEnabled()]
        for kind in (QAbstractItemView, QAbstractSlider, (QLineEdit, QPlainTextEdit), QWidget):
            found = [c for c in candidates if isinstance(c, kind)]
            if found:
                target = found[0]
                break
    target.setFocus(Qt.FocusReason.ShortcutFocusReason)


def standard_help_key() -> QKeySequence:
    """F1 (the platform's Help Contents key; F1 wherever the platform has none)."""
    k = QKeySequence(QKeySequence.StandardKey.HelpContents)
    return k if not k.isEmpty() else QKeySequence("F1")


__all__ = ["PANELS", "WindowActions", "first_selection", "focus_panel", "module_present", "risk_dock", "risk_view",
           "standard_help_key", "supplier_dock", "supplier_view"]
