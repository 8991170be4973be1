"""The main window's menu bar: File, Edit, Negotiation, View, Help.

Every entry has an Alt letter of its own within its menu, in English and in German
(``tests/app/test_menu_keys.py``): File ▸ New from Example's plans, the workspaces in View and
the panels in View ▸ Panels too. Where the same words are shown without the letter — an
example's name in a tooltip or a status message, a panel's title on its dock, a workspace on
its toolbar button — the text is kept apart from the menu's (or the "&" stripped).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

from ..model.examples import example_names
from ..model.language import QT_TR_NOOP, tr
from .exchange_menu import ExchangeActions
from .file_controller import example_label, example_menu_text
from .translation import add_language_menu

if TYPE_CHECKING:
    from .main_window import MainWindow

#: View ▸ Panels: each dock's entry, with its letter (the dock's title stays without it)
PANEL_ENTRIES = (("issues_dock", QT_TR_NOOP("&Issues")), ("weights_dock", QT_TR_NOOP("&Weights")),
                 ("packages_dock", QT_TR_NOOP("&Packages")), ("counterpart_dock", QT_TR_NOOP("&Counterpart")),
                 ("outcome_dock", QT_TR_NOOP("&Outcome")), ("deal_dock", QT_TR_NOOP("&Deal")),
                 ("risk_dock", QT_TR_NOOP("&Risk and Bets")), ("supplier_dock", QT_TR_NOOP("&Suppliers")))


def build_menus(w: MainWindow) -> None:
    """The window's menus, from its actions (``w.action_*``, ``w.actions``, ``w.workspaces``)."""
    mb = w.menuBar()
    m = mb.addMenu(tr("&File"))
    m.setObjectName("menuFile")
    m.addAction(w.action_new)
    w.examples_menu = m.addMenu(tr("New from &Example"))
    w.examples_menu.setObjectName("menuNewFromExample")
    w.examples_menu.setToolTipsVisible(True)
    add_examples(w, w.examples_menu)
    m.addAction(w.action_open)
    w.recent_menu = m.addMenu(tr("Open &Recent"))
    w.recent_menu.setObjectName("menuOpenRecent")
    w.recent_menu.setToolTipsVisible(True)
    m.addSeparator()
    m.addAction(w.action_save)
    m.addAction(w.action_save_as)
    m.addAction(w.action_revert)
    m.addSeparator()
    m.addAction(w.action_import)
    w.exchange = ExchangeActions(w)  # Import Quotes…, Export ▸ Spreadsheet…/Summary (docs/spreadsheets.md)
    w.exchange.add_to(m)
    m.addSeparator()
    m.addAction(w.actions.plan_properties)
    m.addSeparator()
    for a in (w.action_print_cards, w.action_export_cards, w.action_export_briefing):
        m.addAction(a)  # cards and briefing: meso_desk.app.printing (docs/cards.md)
    m.addSeparator()
    m.addAction(w.action_close)
    m.addAction(w.action_quit)

    e = add_menu(w, tr("&Edit"), "menuEdit", [w.action_undo, w.action_redo, None, w.action_history])
    n = mb.addMenu(tr("&Negotiation"))
    n.setObjectName("menuNegotiation")
    w.actions.fill_menu(n)
    w.negotiation_menu = n
    v = add_menu(w, tr("&View"), "menuView", [*w.workspaces.actions.values(), None])
    panels = v.addMenu(tr("Pa&nels"))  # a panel beside its workspace's name (Deal, Deal) read as twins
    panels.setObjectName("menuPanels")
    for name, text in PANEL_ENTRIES:
        toggle = getattr(w, name).toggleViewAction()
        toggle.setText(tr(text))  # the entry's letter; the dock's title (set before) stays as it was
        panels.addAction(toggle)
    w.toolbar_action_placeholder = v.addSeparator()
    for a in (*w.focus_actions, None, w.action_reset_layout):
        v.addAction(a) if a is not None else v.addSeparator()
    v.addSeparator()
    # View ▸ Language (System, English, Deutsch): the setting, used at the next start
    w.language_menu = add_language_menu(
        v, w.settings, status=lambda text: w.document.post_message(text, 8000))
    w.view_menu = v
    add_menu(w, tr("&Help"), "menuHelp", [w.action_guide, w.action_tour, None, w.action_about, w.action_about_qt])
    for menu in (m, e, n):
        menu.setToolTipsVisible(True)


def add_examples(w: MainWindow, menu: QMenu) -> None:
    """File ▸ New from Example: the shipped plans in the order of their names as shown (Supplier
    before Supplier (German)), each with its letter."""
    try:
        names = example_names()
    except FileNotFoundError:  # an installation without the example plans
        names = []
    for name in sorted(names, key=lambda x: example_label(x).casefold()):
        a = menu.addAction(example_menu_text(name))
        a.setObjectName(f"actionExample_{name}")
        tip = tr("Start from the {name} example plan (unsaved)").format(name=example_label(name))
        a.setToolTip(tip)
        a.setStatusTip(tip)
        a.triggered.connect(lambda _c=False, x=name: w.files.new_from_example(x))


def add_menu(w: MainWindow, title: str, name: str, items: list) -> QMenu:
    """A menu of the menu bar with ``items`` (None: a separator)."""
    menu = w.menuBar().addMenu(title)
    menu.setObjectName(name)
    menu.setToolTipsVisible(True)
    for a in items:
        if a is None:
            menu.addSeparator()
        else:
            menu.addAction(a)
    return menu


__all__ = ["PANEL_ENTRIES", "add_examples", "add_menu", "build_menus"]
