"""The main window: the panels in docks, arranged in four workspaces; menus, toolbar, status bar.

The panels are docks; which of them show, and where, depends on the *workspace* — one per phase
of the evening, switched with the buttons in the toolbar or F5 … F8 (:mod:`.workspaces`)::

    Prepare      Issues (table, curve) │ Weights
    Offers       Value map (centre)    │ Packages
    In the room  Counterpart │ Packages │ Outcome
    Deal         Deal                  │ Outcome

Each workspace remembers its arrangement; View ▸ Reset Layout restores the current one's
default for the window's size. The workflow steps (Generate MESOs, Record Reaction, Next
MESOs, Record Agreement …) are in the Negotiation menu with a shortcut each, Ctrl+1 … Ctrl+7
go to a panel, F1 opens the guide (:mod:`.window_actions`, :mod:`.help`).

The window is the shell: docks, menus, toolbar, status bar. It owns no plan state: it holds
the :class:`PlanDocument`, and everything it shows comes from the document's signals. Files
(New, Open, Save, Import, Open Recent, recovery and the save-changes question) are the
:class:`~meso_desk.app.file_controller.FileController` at ``window.files``. Messages for the
user arrive through :attr:`PlanDocument.message` (:meth:`PlanDocument.post_message`), the one
way anything posts to the status bar.
"""

from __future__ import annotations

import logging
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
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QUndoView,
    QWidget,
)

from .. import __version__
from ..model.language import current_language, tr
from ..model.offers.status import package_status
from .autosave import Autosave, start_autosave, what_is_off
from .document import Change, PlanDocument
from .file_controller import FileController
from .pending_edits import commit_focused_field
from .plot.outcome_plot import OutcomePlot
from .plot.value_map import ValueMap
from .settings import DISPLAY_NAME, Settings, shown_name
from .widgets.common import ElidedLabel, steady, themed_icon
from .widgets.counterpart.counterpart_panel import CounterpartPanel
from .widgets.deal.deal_panel import DealPanel
from .widgets.issues.issue_table import IssuePanel
from .widgets.packages.package_panel import PackagePanel
from .widgets.spin_undo import leave_undo_to_the_window
from .widgets.suppliers.supplier_switcher import SupplierSwitcher
from .widgets.weights.weight_editor import WeightEditor
from .window_actions import WindowActions, first_selection, focus_panel, risk_dock, standard_help_key, supplier_dock
from .window_menus import build_menus
from .workspaces import BY_KEY, Workspaces, initial_workspace

log = logging.getLogger(__name__)

DEFAULT_SIZE = QSize(1400, 900)

#: Dock titles a touch stronger than the panels' text, with some air (fonts and palettes
#: set by a style sheet do not propagate to the panels inside).
DOCK_STYLE = "QDockWidget { font-weight: 600; } QDockWidget::title { padding: 3px 6px; }"


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
        #: restore the window's geometry and dock layout from the settings, and save them on close
        self.remember_layout = remember_layout
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)
        self.setDocumentMode(False)
        self.setCorner(Qt.Corner.TopLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.TopRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.BottomDockWidgetArea)

        # (a recovery folder that cannot be made: no autosave, said once below)
        self.autosave: Autosave | None
        self.autosave, autosave_off = start_autosave(document, self) if autosave else (None, "")
        #: New / Open / Save / Import / Open Recent / recovery
        self.files = FileController(document, self.settings, self.autosave, self)
        self._build_panels()
        self.workspaces = Workspaces(self, on_switch=self._workspace_shown)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._help_dialog = None
        self.tour = None
        # the first package on show is one that is not an error (never the unacceptable opening quote)
        first = first_selection(document.plan)
        if first and first != document.selected_package:
            document.select_package(first)

        document.message.connect(self.statusBar().showMessage)
        document.pendingEditsRequested.connect(self._commit_focused_field)
        self.files.recentChanged.connect(self._rebuild_recent_menu)
        document.changed.connect(self._on_changed)
        document.selectionChanged.connect(lambda _name: self._update_status())
        document.modifiedChanged.connect(self._on_modified_changed)
        document.pathChanged.connect(lambda _p: self._update_title())
        self._update_title()
        self._update_status()
        self._rebuild_recent_menu()

        self.setMinimumSize(960, 600)
        self.resize(self._default_size())
        self.actions.update(document.plan)
        start = None
        if remember_layout:
            start = self._restore_window()
        self.workspaces.switch(start or initial_workspace(document.plan))
        self._restored_layout = start is not None and start in self.workspaces.states
        #: what is off because MESO Desk's own folders cannot be made ("" when all is well): said once
        self.startup_notice = what_is_off(autosave_off, self.settings.trouble)
        if self.startup_notice:
            document.post_message(self.startup_notice, 0)

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
        tip_action = tr("Show or hide the {title} panel").format(title=title)
        d.toggleViewAction().setToolTip(tip_action)
        d.toggleViewAction().setStatusTip(tip_action)
        return d

    def _build_panels(self) -> None:
        doc = self.document
        self.issue_panel = IssuePanel(doc, self)
        self.weight_editor = WeightEditor(doc, self)
        self.package_panel = PackagePanel(doc, self)
        # The plots (meso_desk.app.plot): the value map in the centre, the outcome plot as a dock.
        self.value_map = ValueMap(doc, self)
        self.outcome_plot = OutcomePlot(doc, self)
        self.counterpart_panel = CounterpartPanel(doc, self)
        self.deal_panel = DealPanel(doc, self)

        self.setCentralWidget(self.value_map)
        self.issues_dock = self._dock(self.issue_panel, tr("Issues"), "issuesDock",
                                      tr("The issues of the negotiation and our value curve for each"))
        self.weights_dock = self._dock(self.weight_editor, tr("Weights"), "weightsDock",
                                       tr("How much each issue matters to us (sums to 100 %)"))
        self.packages_dock = self._dock(self.package_panel, tr("Packages"), "packagesDock",
                                        tr("Our packages side by side with their live scores"))
        self.counterpart_dock = self._dock(self.counterpart_panel, tr("Counterpart"), "counterpartDock",
                                           tr("What we learn about the other side"))
        self.deal_dock = self._dock(self.deal_panel, tr("Deal"), "dealDock", tr("BATNA, ZOPA and the agreement"))
        self.outcome_dock = self._dock(self.outcome_plot, tr("Outcome"), "outcomeDock",
                                       tr("Our value against their estimated value: the Pareto frontier and our "
                                          "packages"))
        self.history_view = QUndoView(self.document.undo_stack)
        self.history_view.setObjectName("undoHistory")
        self.history_view.setEmptyLabel(tr("Plan as opened"))
        self.history_view.setToolTip(tr("Every change so far; click a step to go back to it"))
        self.history_dock = self._dock(self.history_view, tr("History"), "historyDock",
                                       tr("The undo history of this plan"))
        # the Deal panel skips the edits made while its tab is behind another; raised, it catches up
        self.deal_dock.visibilityChanged.connect(self.deal_panel.set_tab_shown)
        # Risk and Bets (contingent terms): hidden until asked for, its view made when first shown
        self.risk_view = None
        self.risk_dock = risk_dock(self)
        self.docks = [self.issues_dock, self.weights_dock, self.packages_dock,
                      self.counterpart_dock, self.outcome_dock, self.deal_dock, self.history_dock, self.risk_dock]
        # Suppliers (several suppliers, docs/suppliers.md): hidden until asked for, made when first shown
        self.supplier_view = None
        self.supplier_dock = supplier_dock(self)
        self.docks.append(self.supplier_dock)

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
        files = self.files
        self.action_new = self._action(tr("&New"), files.new_plan, "actionNew", tr("Start an empty plan"), K.New,
                                       "document-new")
        self.action_open = self._action(tr("&Open…"), files.open_dialog, "actionOpen", tr("Open a .meso plan"), K.Open,
                                        "document-open")
        self.action_save = self._action(tr("&Save"), files.save, "actionSave", tr("Save the plan"), K.Save,
                                        "document-save")
        self.action_save_as = self._action(tr("Save &As…"), files.save_as, "actionSaveAs",
                                           tr("Save the plan under a new name"), K.SaveAs, "document-save-as")
        self.action_revert = self._action(tr("Re&vert to Saved"), files.revert, "actionRevert",
                                          tr("Go back to the plan as its file was last saved (Edit ▸ Undo brings "
                                             "your changes back)"), None, "document-revert")
        self.action_import = self._action(tr("&Import GENIUS…"), files.import_genius_dialog, "actionImportGenius",
                                          tr("Build a plan from a GENIUS domain and your utility profile"),
                                          None, "document-import")
        self.action_close = self._action(tr("&Close"), self.close, "actionClose", tr("Close this window"), K.Close,
                                         "window-close")
        # every key of the platform's Close (one key sequence gave only its first: Ctrl+F4), and Ctrl+W
        close_keys = QKeySequence.keyBindings(K.Close)
        if QKeySequence("Ctrl+W") not in close_keys:
            close_keys.append(QKeySequence("Ctrl+W"))
        self.action_close.setShortcuts(close_keys)
        self.action_quit = self._action(tr("&Quit"), self.quit_application, "actionQuit", tr("Quit MESO Desk"),
                                        K.Quit, "application-exit")
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        if self.action_quit.shortcut().isEmpty():  # Windows has no standard Quit key
            self.action_quit.setShortcut(QKeySequence("Ctrl+Q"))

        stack = self.document.undo_stack
        self.action_undo = stack.createUndoAction(self, tr("&Undo"))
        self.action_undo.setObjectName("actionUndo")
        self.action_undo.setShortcuts(QKeySequence.keyBindings(K.Undo))
        self.action_undo.setIcon(themed_icon("edit-undo"))
        self.action_redo = stack.createRedoAction(self, tr("&Redo"))
        self.action_redo.setObjectName("actionRedo")
        self.action_redo.setShortcuts(QKeySequence.keyBindings(K.Redo))
        self.action_redo.setIcon(themed_icon("edit-redo"))
        for a, tip in ((self.action_undo, tr("Undo the last change")),
                       (self.action_redo, tr("Redo the last change"))):
            a.setStatusTip(tip)
            a.setToolTip(tip)
            self.addAction(a)
        leave_undo_to_the_window()  # their keys in a spin box too, once its value is entered
        stack.undoTextChanged.connect(self._update_undo_tips)
        stack.redoTextChanged.connect(self._update_undo_tips)
        self.action_history = self.history_dock.toggleViewAction()
        self.action_history.setText(tr("Undo &History"))
        self.action_history.setObjectName("actionUndoHistory")
        self.action_history.setToolTip(tr("Show every change and go back to any of them"))
        self.action_history.setStatusTip(tr("Show every change and go back to any of them"))

        self.action_reset_layout = self._action(
            tr("&Reset Layout"), self.reset_layout, "actionResetLayout",
            tr("Put the panels of this workspace back in their default places, sized for this window"))
        self.action_guide = self._action(tr("MESO Desk &Guide"), self.open_guide, "actionGuide",
                                         tr("The evening step by step, with pictures (offline)"),
                                         standard_help_key(), "help-contents")
        self.action_tour = self._action(tr("Short &Tour"), lambda: self.offer_tour(force=True), "actionTour",
                                        tr("A few steps through the four workspaces"))
        self.action_about = self._action(tr("&About MESO Desk"), self.about, "actionAbout",
                                         tr("Version and licence of MESO Desk"), None, "help-about")
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.action_about_qt = self._action(tr("About &Qt"), QApplication.aboutQt, "actionAboutQt",
                                            tr("The Qt toolkit MESO Desk is built with"))
        self.action_about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)

        # the workflow steps (Negotiation menu) and Ctrl+1 … Ctrl+7 to go to a panel
        self._add_printing_actions()
        self.actions = WindowActions(self)
        self.focus_actions: list[QAction] = self.actions.focus

    def _build_menus(self) -> None:
        build_menus(self)  # File, Edit, Negotiation, View, Help (window_menus.py)

    # --------------------------------------------------------- printing: cards and briefing
    def _add_printing_actions(self) -> None:
        """Print Cards…, Export Cards as PDF…, Export Briefing… (meso_desk.app.printing,
        imported on first use so that start-up stays quick)."""
        self._cards_dialog = None
        self.action_print_cards = self._action(
            tr("&Print Cards…"), self.open_cards_dialog, "actionPrintCards",
            tr("Preview, print or export the package cards for the other side (terms only)"),
            QKeySequence.StandardKey.Print, "document-print")
        self.action_export_cards = self._action(
            tr("Export Cards as P&DF…"), self._export_cards, "actionExportCards",
            tr("Write the cards of the latest MESO set to a PDF"))
        self.action_export_briefing = self._action(
            tr("Export &Briefing…"), self._export_briefing, "actionExportBriefing",
            tr("Write the INTERNAL briefing sheet (our points, concessions, questions) to a PDF"), "Ctrl+Shift+B")

    @staticmethod
    def _printing():
        # imported on first use: printing (renderers, the preview dialog) is not needed to show
        # the window, and the window's cold start matters
        from . import printing

        return printing

    def open_cards_dialog(self):
        """Show the card preview (one per window; raised if already open)."""
        self.document.commit_pending_edits()
        dlg = self._cards_dialog
        try:
            if dlg is not None and dlg.isVisible():
                dlg.raise_()
                dlg.activateWindow()
                return dlg
        except RuntimeError:  # deleted on close
            pass
        self._cards_dialog = self._printing().open_cards_dialog(self, self.document, settings=self.settings)
        return self._cards_dialog

    def _export_cards(self) -> None:
        self.document.commit_pending_edits()
        self._printing().export_cards_dialog(self, self.document, self.settings)

    def _export_briefing(self) -> None:
        self.document.commit_pending_edits()
        self._printing().export_briefing_dialog(self, self.document, self.settings)

    def _build_toolbar(self) -> None:
        tb = QToolBar(tr("Main Toolbar"), self)
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setIconSize(QSize(20, 20))
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for a in (self.action_new, self.action_open, self.action_save):
            tb.addAction(a)
        tb.addSeparator()
        tb.addAction(self.action_undo)
        tb.addAction(self.action_redo)
        self._build_workspace_buttons(tb)
        # the supplier worked on, one click to switch (docs/suppliers.md)
        self.supplier_switcher = SupplierSwitcher(self.document, tb)
        tb.addWidget(self.supplier_switcher)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, tb)
        self.toolbar = tb
        ta = tb.toggleViewAction()
        ta.setText(tr("&Toolbar"))
        ta.setToolTip(tr("Show or hide the toolbar"))
        ta.setStatusTip(tr("Show or hide the toolbar"))
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

    def _build_workspace_buttons(self, tb: QToolBar) -> None:
        """The four workspaces as a row of buttons in the middle of the toolbar."""

        def spacer() -> QWidget:
            w = QWidget()
            w.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            return w

        tb.addWidget(spacer())
        for key, a in self.workspaces.actions.items():
            tb.addAction(a)
            b = tb.widgetForAction(a)
            if isinstance(b, QToolButton):
                b.setObjectName(f"workspaceButton_{key}")
                b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
                b.setMinimumWidth(86)
        tb.addWidget(spacer())

    def _default_size(self) -> QSize:
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return DEFAULT_SIZE
        avail = screen.availableGeometry().size()
        return QSize(min(DEFAULT_SIZE.width(), int(avail.width() * 0.96)),
                     min(DEFAULT_SIZE.height(), int(avail.height() * 0.94)))

    # ===================================================================== workspaces
    @property
    def workspace(self) -> str:
        """The key of the workspace on show (``prepare``, ``offers``, ``room``, ``deal``)."""
        return self.workspaces.current

    def show_workspace(self, key: str) -> None:
        """Switch to workspace ``key`` (its remembered arrangement, else its default)."""
        self.workspaces.switch(key)

    def _workspace_shown(self, key: str) -> None:
        ws = BY_KEY[key]
        self.document.post_message(tr("{workspace}: {tip}", "workspace shown").format(
            workspace=tr(ws.title), tip=tr(ws.tip)), 4000)
        if self.workspaces.refocus:  # another workspace: the keys go to its main panel
            self.actions.focus_workspace(key)

    def apply_default_sizes(self) -> None:
        """Share the window between the current workspace's panels in the default proportions."""
        self.workspaces.apply_sizes()

    def reset_layout(self) -> None:
        self.workspaces.reset()
        self.toolbar.setVisible(True)
        self.document.post_message(tr("{workspace}: panels back in their default places").format(
            workspace=tr(BY_KEY[self.workspace].title)), 3000)

    def _restore_window(self) -> str | None:
        """Geometry and every workspace's arrangement from the settings; the workspace that was
        current (None when nothing was saved)."""
        geo = self.settings.window_geometry()
        if geo is not None:
            self.restoreGeometry(geo)
        return self.workspaces.restore(self.settings)

    def _save_window(self) -> None:
        try:
            self.settings.save_window(self.saveGeometry())
            self.workspaces.save(self.settings)
        except Exception as e:  # pragma: no cover - settings never block closing
            log.warning("could not save the window layout: %s", e)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._layout_applied:
            self._layout_applied = True
            if not self._restored_layout:
                self.apply_default_sizes()

    # ===================================================================== help
    def open_guide(self, anchor: str = ""):
        """The built-in guide (F1), one per window: raised when already open."""
        # imported on first use: the guide is not needed to show the window
        from .help import open_guide

        self._help_dialog = open_guide(self, self._help_dialog, anchor)
        return self._help_dialog

    def offer_tour(self, force: bool = False):
        """The short first-start tour (non-modal, skippable); offered once unless ``force``."""
        if not force and self.settings.tour_offered():
            return None
        from .help import Tour

        self.settings.set_tour_offered(True)
        if self.tour is not None:
            self.tour.close()
        self.tour = Tour(self)
        self.tour.show()
        return self.tour

    # ===================================================================== title and status
    def _update_title(self) -> None:
        doc = self.document
        self.setWindowTitle(f"{doc.display_name}[*] — {DISPLAY_NAME}")
        self.setWindowFilePath(shown_name(doc.path) if doc.path else "")
        self._on_modified_changed(doc.modified)

    def _on_modified_changed(self, modified: bool) -> None:
        self.setWindowModified(modified)
        self.action_revert.setEnabled(modified and self.document.path is not None)

    def _on_changed(self, change: Change) -> None:
        if change.everything:  # another plan: in the workspace of its phase (New: Prepare, where issues
            # are added), on a package that is not an error
            self.workspaces.switch(initial_workspace(self.document.plan))
            self.actions.focus_workspace()  # (New: the issue table, where the first issue is added)
            first = first_selection(self.document.plan)  # (a name the old plan had selected is no reason)
            if first and first != self.document.selected_package:
                self.document.select_package(first)
        self._update_status()
        self.actions.update(self.document.plan)
        if change.touches("title"):
            self._update_title()

    def _update_undo_tips(self) -> None:
        stack = self.document.undo_stack
        english = current_language() == "en"
        for a, text, done, nothing in (
                (self.action_undo, stack.undoText(), tr("Undo {change}"), tr("Nothing to undo")),
                (self.action_redo, stack.redoText(), tr("Redo {change}"), tr("Nothing to redo"))):
            # English lowers the first letter (names as written); German keeps its capital nouns
            change = f"{text[:1].lower()}{text[1:]}" if english else text
            tip = done.format(change=change) if text else nothing
            a.setToolTip(tip)
            a.setStatusTip(tip)

    def _update_status(self) -> None:
        """The selected package's score against its target, and its warnings (one rule:
        :func:`~meso_desk.model.offers.status.package_status`)."""
        doc = self.document
        plan = doc.plan
        name = doc.selected_package
        if not name or not plan.issues:
            self.score_label.setText(tr("No package selected") if plan.issues else tr("No issues yet"))
            self.score_label.setToolTip(tr("Select a package to see its score here"))
            self.warning_label.setText("")
            self.warning_label.setToolTip("")
            return
        st = package_status(plan, name)
        self.score_label.setText(tr("{name}: {value:.1f} points · {relation}").format(
            name=name, value=st.value, relation=st.relation))
        self.score_label.setToolTip(
            tr("Our score of package “{name}” (0–100 points) and its distance to the target level "
               "({target:.1f}; reservation {reservation:.1f})").format(
                name=name, target=st.target, reservation=st.reservation))
        text = " · ".join(st.warnings)
        self.warning_label.setText(("⚠ " + text) if text else "")
        self.warning_label.setToolTip(
            "\n".join(st.warnings) + "\n\n" + tr("This package breaks a hard limit or is worth less to us than "
                                                  "our reservation value.") if text else "")

    # ===================================================================== Open Recent
    def _rebuild_recent_menu(self) -> None:
        menu: QMenu = self.recent_menu
        menu.clear()
        paths = self.files.recent_files()
        for k, path in enumerate(paths, start=1):
            name, shown = shown_name(Path(path).name), shown_name(path)  # (bytes that are not UTF-8: “�”)
            a = menu.addAction(f"&{k} {name}" if k < 10 else f"{k} {name}")
            a.setObjectName(f"actionRecent{k}")
            a.setData(shown)
            a.setToolTip(shown)
            a.setStatusTip(shown)
            a.triggered.connect(lambda _c=False, x=path: self.files.open_path(x))
        if paths:
            menu.addSeparator()
        clear = menu.addAction(tr("&Clear Menu"))
        clear.setObjectName("actionClearRecent")
        clear.setToolTip(tr("Forget the recently opened plans"))
        clear.setStatusTip(tr("Forget the recently opened plans"))
        clear.setEnabled(bool(paths))
        clear.triggered.connect(self.files.clear_recent)
        menu.setEnabled(True)

    # ===================================================================== misc actions
    def focus_panel(self, dock: QDockWidget | None) -> None:
        """Move the keyboard focus to the panel of ``dock`` (None: the value map), showing it."""
        if dock is None:
            self.actions.go_to(None)
            return
        name = next((n for n in vars(self) if getattr(self, n) is dock and n.endswith("_dock")), None)
        if name is not None:
            self.actions.go_to(name)
        else:
            dock.show()
            focus_panel(self, dock.widget())

    def about(self) -> None:
        QMessageBox.about(
            self, tr("About {name}").format(name=DISPLAY_NAME),
            f"<h3>{DISPLAY_NAME} {__version__}</h3>"
            + tr("<p>Plan supplier negotiations with multiple equivalent simultaneous offers (MESOs).</p>"
                 "<p>Open source under the MIT licence. Your plans stay on this computer: "
                 "MESO Desk never opens a network connection.</p>"))

    def quit_application(self) -> None:
        QTimer.singleShot(0, QApplication.closeAllWindows)  # application-wide: due even when this window goes first

    # ===================================================================== events
    def _commit_focused_field(self) -> None:
        commit_focused_field(self)  # a bound slot: disconnected when the window goes

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        if self.remember_layout:
            self._save_window()
        if self.autosave is not None:
            self.autosave.close()
        # closed: its document says nothing more (the Packages of a closed window still followed the focus
        # into another window's cards, selected a package in this plan and scrolled widgets about to go)
        self.document.blockSignals(True)
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
        # open after the drop has finished (a dialog inside a drop handler blocks the source); bound to
        # this window, so that a window closed and deleted in between drops the call
        QTimer.singleShot(0, self, lambda p=paths[0]: self.files.open_path(p))


__all__ = ["MainWindow"]
