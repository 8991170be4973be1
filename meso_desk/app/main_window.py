"""The main window: the panels in docks around the value map, menus, files, status bar.

Layout (the default; people may move, float, hide and restore the docks)::

    ┌────────────────┬──────────────────────────────┬───────────────┐
    │ Issues         │                              │ Counterpart   │
    │ (table, curve) │  Value map (centre)          │ / Deal (tabs) │
    ├────────────────┤                              │               │
    │ Weights        ├──────────────────────────────┴───────────────┤
    │                │ Packages (one column per package)            │
    └────────────────┴──────────────────────────────────────────────┘

The window owns no plan state: it holds the :class:`PlanDocument`, and everything it shows
comes from the document's signals. File operations replace the document's plan with
:meth:`PlanDocument.reset`, so the panels stay connected across New/Open/Recover.

Every question the window asks (save changes? which file? restore?) goes through one small
method (``ask_save_changes``, ``ask_open_path``, ``ask_save_path``, ``ask_genius_files``,
``ask_restore``, ``show_error``) so that tests and scripts can answer it without a dialog.
"""

from __future__ import annotations

import importlib
import logging
import os
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSlider,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolBar,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..model.io import PlanFileError, load_plan, save_plan
from ..model.plan import Plan
from ..model.scoring import score
from .autosave import DISCARD, LATER, RESTORE, Autosave, RecoveryDialog, RecoveryFile, find_orphans
from .document import Change, PlanDocument
from .settings import DISPLAY_NAME, Settings
from .widgets.common import ElidedLabel, Placeholder, steady, themed_icon
from .widgets.issue_table import IssuePanel
from .widgets.package_panel import PackagePanel
from .widgets.weight_editor import WeightEditor

log = logging.getLogger(__name__)

PLAN_FILTER = "MESO Desk plans (*.meso)"
XML_FILTER = "GENIUS XML files (*.xml)"
#: Bump when the dock layout changes incompatibly (old saved states are then ignored).
STATE_VERSION = 1
DEFAULT_SIZE = QSize(1400, 900)

SAVE, DISCARD_CHANGES, CANCEL = "save", "discard", "cancel"
#: Dock titles a touch stronger than the panels' text, with some air (fonts and palettes
#: set by a style sheet do not propagate to the panels inside).
DOCK_STYLE = "QDockWidget { font-weight: 600; } QDockWidget::title { padding: 3px 6px; }"


# -- panels --------------------------------------------------------------------------------
def _panel_class(module: str, name: str):
    """The panel class ``meso_desk.app.widgets.<module>.<name>``, or None while that module
    does not exist yet (a later version of MESO Desk adds it)."""
    full = f"{__package__}.widgets.{module}"
    try:
        mod = importlib.import_module(full)
    except ModuleNotFoundError as e:
        if e.name == full:
            return None
        raise
    return getattr(mod, name, None)


def make_panel(module: str, class_name: str, object_name: str, title: str, coming: str,
               document: PlanDocument, parent: QWidget | None = None) -> QWidget:
    """The real panel when its module is installed, else a :class:`Placeholder` holding its
    place (same ``objectName``)."""
    cls = _panel_class(module, class_name)
    if cls is None:
        return Placeholder(object_name, title, coming, parent)
    w = cls(document, parent)
    if not w.objectName():
        w.setObjectName(object_name)
    return w


def blank_plan() -> Plan:
    return Plan(title="Untitled negotiation")


# -- the GENIUS import dialog ----------------------------------------------------------------
class GeniusImportDialog(QDialog):
    """Pick a GENIUS domain file and our side's utility profile (each guesses the other)."""

    def __init__(self, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("geniusImportDialog")
        self.setWindowTitle("Import GENIUS Negotiation")
        self._folder = folder
        intro = QLabel("A GENIUS case is a domain file (the issues and their options) and a utility "
                       "profile per side. Choose the domain and <b>your</b> side's profile.")
        intro.setWordWrap(True)
        self.domain = QLineEdit()
        self.domain.setObjectName("geniusDomain")
        self.domain.setToolTip("The GENIUS domain XML: the issues and their options")
        self.domain.setPlaceholderText("…_domain.xml")
        self.profile = QLineEdit()
        self.profile.setObjectName("geniusProfile")
        self.profile.setToolTip("Your side's GENIUS utility profile XML: weights and evaluations")
        self.profile.setPlaceholderText("…_utility.xml or …-prof1.xml")
        form = QFormLayout()
        form.addRow("&Domain:", self._row(self.domain, self._browse_domain, "Choose the domain file"))
        form.addRow("&Your profile:", self._row(self.profile, self._browse_profile,
                                                "Choose your side's utility profile"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Import")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip("Build a plan from these files")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip("Import nothing")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        for e in (self.domain, self.profile):
            e.textChanged.connect(self._update_ok)
        self._update_ok()
        self.resize(560, self.sizeHint().height())

    def _row(self, edit: QLineEdit, slot, tip: str) -> QWidget:
        w = QWidget()
        h = QHBoxLayout(w)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(edit, 1)
        b = QPushButton("Browse…")
        b.setToolTip(tip)
        b.clicked.connect(slot)
        h.addWidget(b)
        return w

    def _update_ok(self) -> None:
        ok = all(Path(e.text()).is_file() for e in (self.domain, self.profile))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _pick(self, title: str) -> str:
        start = str(Path(self.domain.text() or self.profile.text() or self._folder).parent) \
            if (self.domain.text() or self.profile.text()) else self._folder
        path, _ = QFileDialog.getOpenFileName(self, title, start, f"{XML_FILTER};;All files (*)")
        return path

    def _browse_domain(self) -> None:
        p = self._pick("Choose the GENIUS domain")
        if p:
            self.domain.setText(p)
            if not self.profile.text():
                self.profile.setText(guess_genius_partner(p, want_domain=False) or "")

    def _browse_profile(self) -> None:
        p = self._pick("Choose your GENIUS profile")
        if p:
            self.profile.setText(p)
            if not self.domain.text():
                self.domain.setText(guess_genius_partner(p, want_domain=True) or "")

    def files(self) -> tuple[str, str]:
        return self.domain.text(), self.profile.text()


def guess_genius_partner(path: str, want_domain: bool) -> str | None:
    """In a GENIUS case folder: the domain file next to a profile, or the first profile next
    to a domain. Guesses by name (``domain`` in the name, or the file the profiles are named
    after); returns None when unsure."""
    p = Path(path)
    xmls = sorted(x for x in p.parent.glob("*.xml") if x != p)
    if want_domain:
        named = [x for x in xmls if "domain" in x.stem.lower()]
        if len(named) == 1:
            return str(named[0])
        prefixes = [x for x in xmls if p.stem.startswith(x.stem)]
        return str(prefixes[0]) if len(prefixes) == 1 else None
    others = [x for x in xmls if "domain" not in x.stem.lower() and x.stem != p.stem]
    return str(others[0]) if others else None


# -- the window ------------------------------------------------------------------------------
class MainWindow(QMainWindow):
    """MESO Desk's main window on one :class:`PlanDocument`."""

    def __init__(self, document: PlanDocument, settings: Settings | None = None,
                 autosave: bool = True, remember_layout: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.document = document
        self.settings = settings if settings is not None else Settings()
        self._layout_applied = False
        self._restored_layout = False
        self._closing = False
        #: restore the window's geometry and dock layout from the settings, and save them on close
        self.remember_layout = remember_layout
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)
        self.setDocumentMode(False)
        self.setCorner(Qt.Corner.TopLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.TopRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.BottomDockWidgetArea)

        self._build_panels()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._place_docks()

        self.autosave: Autosave | None = Autosave(document, parent=self) if autosave else None
        if self.autosave is not None:
            self.autosave.failed.connect(self._on_autosave_failed)

        document.changed.connect(self._on_changed)
        document.selectionChanged.connect(lambda _name: self._update_status())
        document.modifiedChanged.connect(self._on_modified_changed)
        document.pathChanged.connect(lambda _p: self._update_title())
        self._update_title()
        self._update_status()
        self._rebuild_recent_menu()

        self.setMinimumSize(960, 600)
        self.resize(self._default_size())
        if remember_layout:
            self._restored_layout = self._restore_window()
        if not self._restored_layout:
            self.apply_default_sizes()

    # ===================================================================== construction
    def _dock(self, widget: QWidget, title: str, object_name: str, tip: str) -> QDockWidget:
        d = QDockWidget(title, self)
        d.setObjectName(object_name)
        d.setStyleSheet(DOCK_STYLE)
        d.setWidget(widget)
        d.setToolTip(tip)
        d.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                      | QDockWidget.DockWidgetFeature.DockWidgetMovable
                      | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        d.toggleViewAction().setToolTip(f"Show or hide the {title} panel")
        d.toggleViewAction().setStatusTip(f"Show or hide the {title} panel")
        return d

    def _build_panels(self) -> None:
        doc = self.document
        self.issue_panel = IssuePanel(doc, self)
        self.weight_editor = WeightEditor(doc, self)
        self.package_panel = PackagePanel(doc, self)
        # The plots (meso_desk.app.plot): the value map in the centre, the outcome plot as a dock.
        from .plot.outcome_plot import OutcomePlot
        from .plot.value_map import ValueMap

        self.value_map = ValueMap(doc, self)
        self.outcome_plot = OutcomePlot(doc, self)
        # Panels of later versions: the real one when its module exists, else a placeholder.
        self.counterpart_panel = make_panel(
            "counterpart_panel", "CounterpartPanel", "counterpartPanel", "Counterpart",
            "Record their choices and see their estimated priorities — coming in a later version.",
            doc, self)
        self.deal_panel = make_panel(
            "deal_panel", "DealPanel", "dealPanel", "Deal",
            "BATNA, ZOPA and the agreement — coming in a later version.", doc, self)

        self.setCentralWidget(self.value_map)
        self.issues_dock = self._dock(self.issue_panel, "Issues", "issuesDock",
                                      "The issues of the negotiation and our value curve for each")
        self.weights_dock = self._dock(self.weight_editor, "Weights", "weightsDock",
                                       "How much each issue matters to us (sums to 100 %)")
        self.packages_dock = self._dock(self.package_panel, "Packages", "packagesDock",
                                        "Our packages side by side with their live scores")
        self.counterpart_dock = self._dock(self.counterpart_panel, "Counterpart", "counterpartDock",
                                           "What we learn about the other side")
        self.deal_dock = self._dock(self.deal_panel, "Deal", "dealDock", "BATNA, ZOPA and the agreement")
        self.outcome_dock = self._dock(self.outcome_plot, "Outcome", "outcomeDock",
                                       "Our value against their estimated value: the Pareto frontier and our packages")
        self.history_view = QUndoView(self.document.undo_stack)
        self.history_view.setObjectName("undoHistory")
        self.history_view.setEmptyLabel("Plan as opened")
        self.history_view.setToolTip("Every change so far; click a step to go back to it")
        self.history_dock = self._dock(self.history_view, "History", "historyDock",
                                       "The undo history of this plan")
        self.docks = [self.issues_dock, self.weights_dock, self.packages_dock,
                      self.counterpart_dock, self.outcome_dock, self.deal_dock, self.history_dock]

    def _action(self, text: str, slot, object_name: str, tip: str, shortcut=None,
                icon: str | None = None) -> QAction:
        a = QAction(text, self)
        a.setObjectName(object_name)
        a.setToolTip(tip)
        a.setStatusTip(tip)
        if shortcut is not None:
            a.setShortcut(QKeySequence(shortcut))
        if icon:
            a.setIcon(themed_icon(icon))
        a.triggered.connect(lambda _checked=False: slot())
        self.addAction(a)
        return a

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey
        self.action_new = self._action("&New", self.new_plan, "actionNew", "Start an empty plan", K.New,
                                       "document-new")
        self.action_open = self._action("&Open…", self.open_dialog, "actionOpen", "Open a .meso plan", K.Open,
                                        "document-open")
        self.action_save = self._action("&Save", self.save, "actionSave", "Save the plan", K.Save,
                                        "document-save")
        self.action_save_as = self._action("Save &As…", self.save_as, "actionSaveAs",
                                           "Save the plan under a new name", K.SaveAs, "document-save-as")
        self.action_import = self._action("&Import GENIUS…", self.import_genius_dialog, "actionImportGenius",
                                          "Build a plan from a GENIUS domain and your utility profile",
                                          None, "document-import")
        self.action_close = self._action("&Close", self.close, "actionClose", "Close this window", K.Close,
                                         "window-close")
        self.action_quit = self._action("&Quit", self.quit_application, "actionQuit", "Quit MESO Desk",
                                        K.Quit, "application-exit")
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        if self.action_quit.shortcut().isEmpty():  # Windows has no standard Quit key
            self.action_quit.setShortcut(QKeySequence("Ctrl+Q"))

        stack = self.document.undo_stack
        self.action_undo = stack.createUndoAction(self, "&Undo")
        self.action_undo.setObjectName("actionUndo")
        self.action_undo.setShortcuts(QKeySequence.keyBindings(K.Undo))
        self.action_undo.setIcon(themed_icon("edit-undo"))
        self.action_redo = stack.createRedoAction(self, "&Redo")
        self.action_redo.setObjectName("actionRedo")
        self.action_redo.setShortcuts(QKeySequence.keyBindings(K.Redo))
        self.action_redo.setIcon(themed_icon("edit-redo"))
        for a, verb in ((self.action_undo, "Undo"), (self.action_redo, "Redo")):
            a.setStatusTip(f"{verb} the last change")
            a.setToolTip(f"{verb} the last change")
            self.addAction(a)
        stack.undoTextChanged.connect(self._update_undo_tips)
        stack.redoTextChanged.connect(self._update_undo_tips)
        self.action_history = self.history_dock.toggleViewAction()
        self.action_history.setText("Undo &History")
        self.action_history.setObjectName("actionUndoHistory")
        self.action_history.setToolTip("Show every change and go back to any of them")
        self.action_history.setStatusTip("Show every change and go back to any of them")

        self.action_reset_layout = self._action("&Reset Layout", self.reset_layout, "actionResetLayout",
                                                "Put every panel back in its default place")
        self.action_about = self._action("&About MESO Desk", self.about, "actionAbout",
                                         "Version and licence of MESO Desk", None, "help-about")
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.action_about_qt = self._action("About &Qt", QApplication.aboutQt, "actionAboutQt",
                                            "The Qt toolkit MESO Desk is built with")
        self.action_about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)

        # Ctrl+1 … Ctrl+5 move the keyboard focus to a panel (and show it if hidden).
        self.focus_actions: list[QAction] = []
        targets = [("&Issues", self.issues_dock), ("&Weights", self.weights_dock),
                   ("&Packages", self.packages_dock), ("Value &Map", None),
                   ("&Counterpart", self.counterpart_dock)]
        for k, (label, dock) in enumerate(targets, start=1):
            plain = label.replace("&", "")
            a = self._action(f"Go to {label}", lambda d=dock: self.focus_panel(d),
                             f"actionFocus{plain.replace(' ', '')}",
                             f"Move the keyboard focus to the {plain} panel", f"Ctrl+{k}")
            self.focus_actions.append(a)

    def _build_menus(self) -> None:
        mb = self.menuBar()
        m = mb.addMenu("&File")
        m.setObjectName("menuFile")
        m.addAction(self.action_new)
        self.examples_menu = m.addMenu("New from &Example")
        self.examples_menu.setObjectName("menuNewFromExample")
        self.examples_menu.setToolTipsVisible(True)
        try:
            from ..model.examples import example_names

            names = example_names()
        except FileNotFoundError:
            names = []
        for name in names:
            a = self.examples_menu.addAction(name.capitalize())
            a.setObjectName(f"actionExample_{name}")
            a.setToolTip(f"Start from the {name} example plan (unsaved)")
            a.setStatusTip(f"Start from the {name} example plan (unsaved)")
            a.triggered.connect(lambda _c=False, n=name: self.new_from_example(n))
        m.addAction(self.action_open)
        self.recent_menu = m.addMenu("Open &Recent")
        self.recent_menu.setObjectName("menuOpenRecent")
        self.recent_menu.setToolTipsVisible(True)
        m.addSeparator()
        m.addAction(self.action_save)
        m.addAction(self.action_save_as)
        m.addSeparator()
        m.addAction(self.action_import)
        m.addSeparator()
        self._add_printing_actions(m)  # cards and briefing: meso_desk.app.printing (docs/cards.md)
        m.addSeparator()
        m.addAction(self.action_close)
        m.addAction(self.action_quit)
        self.file_menu = m

        e = mb.addMenu("&Edit")
        e.setObjectName("menuEdit")
        e.addAction(self.action_undo)
        e.addAction(self.action_redo)
        e.addSeparator()
        e.addAction(self.action_history)
        self.edit_menu = e

        v = mb.addMenu("&View")
        v.setObjectName("menuView")
        v.setToolTipsVisible(True)
        self.panels_menu = v
        for d in (self.issues_dock, self.weights_dock, self.packages_dock, self.counterpart_dock,
                  self.outcome_dock, self.deal_dock):
            v.addAction(d.toggleViewAction())
        v.addSeparator()
        self.toolbar_action_placeholder = v.addSeparator()
        for a in self.focus_actions:
            v.addAction(a)
        v.addSeparator()
        v.addAction(self.action_reset_layout)
        self.view_menu = v

        h = mb.addMenu("&Help")
        h.setObjectName("menuHelp")
        h.addAction(self.action_about)
        h.addAction(self.action_about_qt)
        self.help_menu = h
        for menu in (m, e, h):
            menu.setToolTipsVisible(True)

    # --------------------------------------------------------- printing: cards and briefing
    def _add_printing_actions(self, menu) -> None:
        """File → Print Cards…, Export Cards as PDF…, Export Briefing… (meso_desk.app.printing,
        imported on first use so that start-up stays quick)."""
        self._cards_dialog = None
        self.action_print_cards = self._action(
            "&Print Cards…", self.open_cards_dialog, "actionPrintCards",
            "Preview, print or export the package cards for the other side (terms only)",
            QKeySequence.StandardKey.Print, "document-print")
        self.action_export_cards = self._action(
            "Export Cards as P&DF…", lambda: self._printing().export_cards_dialog(self, self.document),
            "actionExportCards", "Write the cards of the latest MESO set to a PDF")
        self.action_export_briefing = self._action(
            "Export &Briefing…", lambda: self._printing().export_briefing_dialog(self, self.document),
            "actionExportBriefing", "Write the INTERNAL briefing sheet (our points, concessions, questions) "
            "to a PDF")
        for a in (self.action_print_cards, self.action_export_cards, self.action_export_briefing):
            menu.addAction(a)

    @staticmethod
    def _printing():
        from . import printing

        return printing

    def open_cards_dialog(self):
        """Show the card preview (one per window; raised if already open)."""
        dlg = self._cards_dialog
        try:
            if dlg is not None and dlg.isVisible():
                dlg.raise_()
                dlg.activateWindow()
                return dlg
        except RuntimeError:  # deleted on close
            pass
        self._cards_dialog = self._printing().open_cards_dialog(self, self.document)
        return self._cards_dialog

    def _build_toolbar(self) -> None:
        tb = QToolBar("Main Toolbar", self)
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setIconSize(QSize(20, 20))
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for a in (self.action_new, self.action_open, self.action_save):
            tb.addAction(a)
        tb.addSeparator()
        tb.addAction(self.action_undo)
        tb.addAction(self.action_redo)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, tb)
        self.toolbar = tb
        ta = tb.toggleViewAction()
        ta.setText("&Toolbar")
        ta.setToolTip("Show or hide the toolbar")
        ta.setStatusTip("Show or hide the toolbar")
        self.view_menu.insertAction(self.toolbar_action_placeholder, ta)

    def _build_status_bar(self) -> None:
        sb = self.statusBar()
        sb.setObjectName("statusBar")
        self.score_label = QLabel()
        self.score_label.setObjectName("statusScore")
        self.score_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warning_label = ElidedLabel()
        self.warning_label.setObjectName("statusWarning")
        pal = self.warning_label.palette()
        pal.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.darkRed)
        self.warning_label.setPalette(pal)
        f = self.warning_label.font()
        f.setBold(True)
        self.warning_label.setFont(f)
        self.warning_label.setContentsMargins(0, 0, 8, 0)
        # both change in every frame of a drag: boxed so that they do not re-lay out the window
        sb.addPermanentWidget(steady(self.warning_label))
        sb.addPermanentWidget(steady(self.score_label))
        self.score_label.setContentsMargins(0, 0, 6, 0)

    def _place_docks(self) -> None:
        """Put the docks in their default places (also used by Reset Layout)."""
        for d in self.docks:
            if d.isFloating():
                d.setFloating(False)
            self.removeDockWidget(d)
        L, B, R = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea,
                   Qt.DockWidgetArea.RightDockWidgetArea)
        self.addDockWidget(L, self.issues_dock)
        self.splitDockWidget(self.issues_dock, self.weights_dock, Qt.Orientation.Vertical)
        self.addDockWidget(B, self.packages_dock)
        self.addDockWidget(R, self.counterpart_dock)
        self.tabifyDockWidget(self.counterpart_dock, self.outcome_dock)  # the outcome plot (meso_desk.app.plot)
        self.tabifyDockWidget(self.counterpart_dock, self.deal_dock)
        self.tabifyDockWidget(self.deal_dock, self.history_dock)
        for d in self.docks:
            d.setVisible(d is not self.history_dock)
        self.counterpart_dock.raise_()
        self.toolbar.setVisible(True) if hasattr(self, "toolbar") else None

    def _default_size(self) -> QSize:
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return DEFAULT_SIZE
        avail = screen.availableGeometry().size()
        return QSize(min(DEFAULT_SIZE.width(), int(avail.width() * 0.96)),
                     min(DEFAULT_SIZE.height(), int(avail.height() * 0.94)))

    def apply_default_sizes(self) -> None:
        """Share the window between the docks in the default proportions."""
        w, h = self.width(), self.height()
        self.resizeDocks([self.issues_dock], [int(w * 0.34)], Qt.Orientation.Horizontal)
        self.resizeDocks([self.counterpart_dock], [int(w * 0.19)], Qt.Orientation.Horizontal)
        self.resizeDocks([self.issues_dock, self.weights_dock], [int(h * 0.56), int(h * 0.36)],
                         Qt.Orientation.Vertical)
        self.resizeDocks([self.packages_dock], [int(h * 0.55)], Qt.Orientation.Vertical)

    def reset_layout(self) -> None:
        self._place_docks()
        self.apply_default_sizes()
        self.statusBar().showMessage("Panels back in their default places", 3000)

    def _restore_window(self) -> bool:
        geo = self.settings.window_geometry()
        state = self.settings.window_state()
        ok = False
        if geo is not None:
            ok = self.restoreGeometry(geo)
        if state is not None:
            ok = self.restoreState(state, STATE_VERSION) and ok
        return ok

    def _save_window(self) -> None:
        try:
            self.settings.save_window(self.saveGeometry(), self.saveState(STATE_VERSION))
        except Exception as e:  # pragma: no cover - settings never block closing
            log.warning("could not save the window layout: %s", e)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._layout_applied:
            self._layout_applied = True
            if not self._restored_layout:
                self.apply_default_sizes()

    # ===================================================================== title and status
    def _update_title(self) -> None:
        doc = self.document
        self.setWindowTitle(f"{doc.display_name}[*] — {DISPLAY_NAME}")
        self.setWindowFilePath(str(doc.path) if doc.path else "")
        self.setWindowModified(doc.modified)

    def _on_modified_changed(self, modified: bool) -> None:
        self.setWindowModified(modified)

    def _on_changed(self, change: Change) -> None:
        self._update_status()
        if change.touches("title") and self.document.path is None:
            self._update_title()

    def _update_undo_tips(self) -> None:
        stack = self.document.undo_stack
        for a, verb, text in ((self.action_undo, "Undo", stack.undoText()),
                              (self.action_redo, "Redo", stack.redoText())):
            tip = f"{verb} {text.lower()}" if text else f"Nothing to {verb.lower()}"
            a.setToolTip(tip)
            a.setStatusTip(tip)

    def target_level(self, package_name: str) -> float:
        """The level a package is measured against: its MESO set's level, else the aspiration."""
        plan = self.document.plan
        s = plan.meso_set_of(package_name) if package_name else None
        if s is not None and s.level is not None:
            return float(s.level)
        return float(plan.aspiration)

    def _update_status(self) -> None:
        doc = self.document
        plan = doc.plan
        name = doc.selected_package
        if not name or not plan.issues:
            self.score_label.setText("No package selected" if plan.issues else "No issues yet")
            self.score_label.setToolTip("Select a package to see its score here")
            self.warning_label.setText("")
            self.warning_label.setToolTip("")
            return
        pkg = plan.package(name)
        pts = score(plan, pkg)
        target = self.target_level(name)
        gap = pts - target
        if abs(gap) < 0.05:
            rel = f"on target {target:.1f}"
        else:
            rel = f"{abs(gap):.1f} {'above' if gap > 0 else 'below'} target {target:.1f}"
        self.score_label.setText(f"{name}: {pts:.1f} points · {rel}")
        self.score_label.setToolTip(
            f"Our score of package “{name}” (0–100 points) and its distance to the target level "
            f"({target:.1f}; reservation {plan.reservation:.1f})")
        warnings = []
        if not pkg.acceptable:
            warnings.append("Unacceptable: " + "; ".join(pkg.violations))
        if pts < plan.reservation - 1e-9:
            warnings.append(f"Below reservation {plan.reservation:.1f} by {plan.reservation - pts:.1f}")
        text = " · ".join(warnings)
        self.warning_label.setText(("⚠ " + text) if text else "")
        self.warning_label.setToolTip(
            "\n".join(warnings) + "\n\nThis package breaks a hard limit or is worth less to us than our "
            "reservation value." if text else "")

    def _on_autosave_failed(self, reason: str) -> None:
        self.statusBar().showMessage(f"Could not write the recovery copy: {reason}", 10000)

    # ===================================================================== questions (hooks)
    def ask_save_changes(self) -> str:
        """Save / Discard / Cancel for a modified plan. Returns ``"save"``, ``"discard"`` or ``"cancel"``."""
        box = QMessageBox(self)
        box.setObjectName("saveChangesDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Unsaved changes")
        box.setText(f"Save the changes to “{self.document.display_name}” before closing it?")
        box.setInformativeText("Your changes are lost if you don't save them.")
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return DISCARD_CHANGES
        return CANCEL

    def ask_open_path(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self, "Open Plan", self._start_folder(),
                                              f"{PLAN_FILTER};;All files (*)")
        return path or None

    def ask_save_path(self) -> str | None:
        doc = self.document
        if doc.path:
            start = str(doc.path)
        else:
            stem = "".join(c if c.isalnum() or c in " -_" else " " for c in doc.plan.title).strip()
            start = str(Path(self._start_folder()) / f"{' '.join(stem.split()) or 'plan'}.meso")
        path, _ = QFileDialog.getSaveFileName(self, "Save Plan As", start, PLAN_FILTER)
        return path or None

    def ask_genius_files(self) -> tuple[str, str] | None:
        dlg = GeniusImportDialog(self._start_folder(), self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return dlg.files()

    def ask_restore(self, rec: RecoveryFile, more: int = 0) -> str:
        """Restore / Discard / Decide Later for a recovery copy (``"restore"``, ``"discard"``, ``"later"``)."""
        box = RecoveryDialog(rec, more, self)
        box.exec()
        return box.choice()

    def show_error(self, title: str, message: str) -> None:
        """Tell the user something went wrong (one line; the plan is unchanged)."""
        log.warning("%s: %s", title, message)
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("errorDialog")
        box.exec()

    def _start_folder(self) -> str:
        if self.document.path:
            return str(self.document.path.parent)
        return self.settings.last_folder()

    # ===================================================================== file operations
    def maybe_save(self) -> bool:
        """Before the plan is replaced or closed: True to go on, False to stay."""
        if not self.document.modified:
            return True
        answer = self.ask_save_changes()
        if answer == SAVE:
            return self.save()
        return answer == DISCARD_CHANGES

    def new_plan(self) -> bool:
        if not self.maybe_save():
            return False
        self.document.reset(blank_plan(), None, clean=True)
        self.statusBar().showMessage("New plan — add its issues in the Issues panel", 5000)
        return True

    def new_from_example(self, name: str) -> bool:
        from ..model.examples import example_plan

        plan = example_plan(name)
        if not self.maybe_save():
            return False
        self.document.reset(plan, None, clean=True)
        self.statusBar().showMessage(f"New plan from the {name} example — Save As to keep it", 5000)
        return True

    def open_dialog(self) -> bool:
        path = self.ask_open_path()
        return self.open_path(path) if path else False

    def open_path(self, path: str | os.PathLike[str]) -> bool:
        """Open a plan file. A broken file shows its one-line reason and changes nothing."""
        p = Path(path)
        try:
            plan = load_plan(p)
        except PlanFileError as e:
            if not p.exists():
                self.settings.remove_recent(p)
                self._rebuild_recent_menu()
            self.show_error("Cannot Open Plan", str(e))
            return False
        if not self.maybe_save():
            return False
        self.document.reset(plan, p.resolve(), clean=True)
        self._remember(p)
        self.statusBar().showMessage(f"Opened {p.name}", 4000)
        return True

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        path = self.ask_save_path()
        if not path:
            return False
        p = Path(path)
        if p.suffix.lower() != ".meso":
            p = p.with_name(p.name + ".meso")
        return self._save_to(p)

    def _save_to(self, p: Path) -> bool:
        try:
            save_plan(self.document.plan, p, backup=True)
        except PlanFileError as e:
            self.show_error("Cannot Save Plan", str(e))
            return False
        self.document.mark_saved(p.resolve())
        if self.autosave is not None:
            self.autosave.discard()
        self._remember(p)
        self._update_title()
        self.statusBar().showMessage(f"Saved {p.name}", 4000)
        return True

    def import_genius_dialog(self) -> bool:
        files = self.ask_genius_files()
        return self.import_genius(*files) if files else False

    def import_genius(self, domain: str | os.PathLike[str], profile: str | os.PathLike[str]) -> bool:
        try:
            from ..model.io.genius import GeniusError, import_genius
        except ImportError:  # pragma: no cover - the importer ships with MESO Desk
            self.show_error("Cannot Import", "GENIUS import is not available in this installation")
            return False
        try:
            plan = import_genius(domain, profile)
        except GeniusError as e:
            self.show_error("Cannot Import GENIUS Negotiation", str(e))
            return False
        except (OSError, ValueError) as e:
            self.show_error("Cannot Import GENIUS Negotiation", f"{Path(profile).name}: {e}")
            return False
        if not self.maybe_save():
            return False
        self.document.reset(plan, None, clean=False)
        self.settings.set_last_folder(Path(profile).resolve().parent)
        self.statusBar().showMessage(
            f"Imported {Path(domain).name} — {len(plan.issues)} issues; save it as a plan to keep it", 6000)
        return True

    def _remember(self, p: Path) -> None:
        self.settings.add_recent(p)
        self.settings.set_last_folder(p.resolve().parent)
        self._rebuild_recent_menu()

    def _rebuild_recent_menu(self) -> None:
        menu: QMenu = self.recent_menu
        menu.clear()
        paths = self.settings.recent_files()
        for k, path in enumerate(paths, start=1):
            p = Path(path)
            label = f"&{k} {p.name}" if k < 10 else f"{k} {p.name}"
            a = menu.addAction(label)
            a.setObjectName(f"actionRecent{k}")
            a.setData(path)
            a.setToolTip(path)
            a.setStatusTip(path)
            a.triggered.connect(lambda _c=False, x=path: self.open_path(x))
        if paths:
            menu.addSeparator()
        clear = menu.addAction("&Clear Menu")
        clear.setObjectName("actionClearRecent")
        clear.setToolTip("Forget the recently opened plans")
        clear.setStatusTip("Forget the recently opened plans")
        clear.setEnabled(bool(paths))
        clear.triggered.connect(self._clear_recent)
        menu.setEnabled(True)

    def _clear_recent(self) -> None:
        self.settings.clear_recent()
        self._rebuild_recent_menu()

    def recent_files(self) -> list[str]:
        return self.settings.recent_files()

    # ===================================================================== recovery
    def offer_recovery(self) -> bool:
        """Offer the recovery copies left by sessions that ended without closing; True if one
        was restored. Copies put off with “Decide Later” are kept for the next start."""
        orphans = find_orphans()
        restored = False
        try:
            for k, rec in enumerate(orphans):
                if restored:
                    break
                try:
                    plan = rec.load()
                except PlanFileError as e:
                    log.warning("recovery copy %s cannot be read: %s", rec.plan_path, e)
                    continue
                answer = self.ask_restore(rec, more=len(orphans) - k - 1)
                if answer == RESTORE:
                    if not self.maybe_save():
                        break
                    original = rec.original if rec.original else None
                    self.document.reset(plan, original, clean=False)
                    if self.autosave is not None:
                        self.autosave.save_now()  # our own copy first, then drop the old one
                    rec.discard()
                    restored = True
                    self.statusBar().showMessage(f"Restored unsaved changes to {rec.describe()}", 6000)
                elif answer == DISCARD:
                    rec.discard()
                elif answer == LATER:
                    pass
        finally:
            for rec in orphans:
                rec.release()
        return restored

    # ===================================================================== misc actions
    def focus_panel(self, dock: QDockWidget | None) -> None:
        if dock is None:
            w = self.centralWidget()
        else:
            dock.show()
            dock.raise_()
            w = dock.widget()
        target = w.focusProxy() or w
        if target.focusPolicy() == Qt.FocusPolicy.NoFocus:
            # the panel's main control: a table or list first, then a slider, then anything
            candidates = [c for c in target.findChildren(QWidget)
                          if c.focusPolicy() != Qt.FocusPolicy.NoFocus and c.isVisibleTo(self)
                          and c.isEnabled()]
            for kind in (QAbstractItemView, QAbstractSlider, QWidget):
                found = [c for c in candidates if isinstance(c, kind)]
                if found:
                    target = found[0]
                    break
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def about(self) -> None:
        QMessageBox.about(
            self, f"About {DISPLAY_NAME}",
            f"<h3>{DISPLAY_NAME} {__version__}</h3>"
            "<p>Plan supplier negotiations with multiple equivalent simultaneous offers (MESOs).</p>"
            "<p>Open source under the MIT licence. Your plans stay on this computer: "
            "MESO Desk never opens a network connection.</p>")

    def quit_application(self) -> None:
        QTimer.singleShot(0, QApplication.closeAllWindows)

    # ===================================================================== events
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        if self.remember_layout:
            self._save_window()
        if self.autosave is not None:
            self.autosave.close()
        self._closing = True
        event.accept()

    @staticmethod
    def _plan_paths(event) -> list[str]:
        md = event.mimeData()
        if not md.hasUrls():
            return []
        out = []
        for url in md.urls():
            url: QUrl
            if url.isLocalFile() and url.toLocalFile().lower().endswith(".meso"):
                out.append(url.toLocalFile())
        return out

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._plan_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if self._plan_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._plan_paths(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        # open after the drop has finished (a dialog inside a drop handler blocks the source)
        QTimer.singleShot(0, lambda p=paths[0]: self.open_path(p))


# -- building one ------------------------------------------------------------------------------
def plan_and_path(plan_or_path=None, path=None) -> tuple[Plan, Path | None]:
    """Normalise ``create_window``'s argument: a Plan, a path, or None (the supplier example)."""
    if isinstance(plan_or_path, Plan):
        return plan_or_path, Path(path) if path else None
    if plan_or_path is not None:
        p = Path(plan_or_path)
        return load_plan(p), p.resolve()
    from ..model.examples import example_plan

    return example_plan("supplier"), Path(path) if path else None


__all__ = ["MainWindow", "GeniusImportDialog", "make_panel", "blank_plan", "guess_genius_partner",
           "plan_and_path", "SAVE", "DISCARD_CHANGES", "CANCEL"]
