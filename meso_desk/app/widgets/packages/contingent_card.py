"""Contingent terms on a package's card (issue 20, ``docs/contingent-terms.md``).

* :class:`ClauseLine` (``termClause``) — under a term a clause modifies, a compact line
  ("↳ −2 %/pt below 95 % on-time, ≤ 10 %"), the whole clause as a sentence in its tooltip;
* :class:`ExpectedTag` (``expectedTag``) — beside the score of a contingent package: its points
  are an expected value under our forecast; the tooltip gives the 10–90 % range;
* :func:`add_contingent_menu` — the card menu's "Contingent term" submenu (``contingentMenu``):
  "Make <issue> contingent…" (``makeContingent``, the clause dialog) and "Remove clause on
  <issue>" (``removeClause``, one undoable step), each action with the ``issue`` property;
* :func:`keep_clauses` — the clauses of generated packages carried into the plan with their
  MESO set (the MESO dialog's contingent option).

Drag frames stay cheap: a clause line is re-worded only when its clause, base term, event or
issue changes (compared by equality), and the risk range is never computed during a gesture
(it follows when the gesture ends).
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel, QMenu, QSizePolicy, QWidget

from ....model.contingent.sentences import clause_sentence, short_clause
from ....model.edits.event_edits import clause_undo_text, remove_clause, set_clause
from ....model.edits.issue_edits import EditRefused
from ....model.language import QT_TR_NOOP, tr
from ....model.offers.contingent import risk
from ....model.plan import Plan
from ...document import PlanDocument
from ..common import ElidedLabel

if TYPE_CHECKING:
    from .package_column import PackageColumn

#: the clause dialog (helper module of the contingent widgets), imported on first use
CLAUSE_DIALOG = "meso_desk.app.widgets.contingent.clause_dialog"


def _module_present(name: str) -> bool:
    # as window_actions.module_present (a panel does not import the window's modules)
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


class ClauseLine(ElidedLabel):
    """The clause line under one term (hidden when the term is fixed)."""

    def __init__(self, palette: QPalette) -> None:
        super().__init__()
        self.setObjectName("termClause")
        self.setPalette(palette)
        f = QFont(self.font())
        f.setPointSizeF(f.pointSizeF() * 0.9)
        self.setFont(f)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setContentsMargins(10, 0, 0, 1)
        self._key: tuple | None = None
        self.hide()

    def show_clause(self, plan: Plan, issue: Any, clause: Any, base: Any) -> None:
        """Word ``clause`` on ``issue`` (None: hide); unchanged inputs cost one comparison."""
        if clause is None:
            if self._key is not None:
                self._key = None
                self.hide()
            return
        event = next((e for e in plan.events if e.name == clause.event), None)
        key = (clause, base, event, issue)
        last = self._key
        if last is not None and all(a is b or a == b for a, b in zip(last, key)):
            return
        self._key = key
        self.setText(f"↳ {short_clause(clause, issue, event)}")
        self.setToolTip(clause_sentence(clause, issue, base, event))
        self.show()


class ExpectedTag(QLabel):
    """"expected" beside a contingent package's score, with its 10–90 % range as tooltip."""

    BASE_TIP = QT_TR_NOOP("Expected value under our forecast")

    def __init__(self, column: PackageColumn) -> None:
        super().__init__(tr("expected", "contingent package score"))
        self.setObjectName("expectedTag")
        self.column = column
        self.setPalette(column.panel.muted_palette)
        f = QFont(self.font())
        f.setPointSizeF(f.pointSizeF() * 0.85)
        f.setItalic(True)
        self.setFont(f)
        self.setToolTip(tr(self.BASE_TIP))
        self._key: tuple | None = None
        self._pending = False
        self.hide()
        column.panel.document.gestureEnded.connect(self._gesture_ended)

    def show_for(self, plan: Plan, sp: Any) -> None:
        """Shown for a package with clauses; the risk range only outside a gesture."""
        if not sp.clauses:
            self._key = None
            self.setVisible(False)
            return
        self.setVisible(True)
        self.setProperty("package", sp.name)
        key = (sp.terms, sp.clauses, plan.events, plan.issues, plan.weights)
        last = self._key
        if last is not None and all(a is b or a == b for a, b in zip(last, key)):
            return
        if self.column.panel.document.in_gesture:
            self._pending = True  # never a risk computation in a drag frame
            return
        self._key = key
        try:
            r = risk(plan, plan.package(sp.name))
        except (KeyError, ValueError) as err:  # a clause on an event being edited
            self.setToolTip(tr("Expected value under our forecast ({error})").format(error=err))
            return
        lo, likely, hi = r.points
        self.setProperty("low", lo)
        self.setProperty("high", hi)
        self.setToolTip(tr("Expected value under our forecast; 10–90 %: {low:.1f}–{high:.1f} points, likely "
                           "{likely:.1f}").format(low=lo, high=hi, likely=likely))

    def _gesture_ended(self) -> None:
        if self._pending:
            self._pending = False
            plan = self.column.panel.document.plan
            if self.column.package_name in plan.package_names:
                self.show_for(plan, plan.stored_package(self.column.package_name))


# -- the card menu -----------------------------------------------------------------------------
def add_contingent_menu(menu: QMenu, column: PackageColumn) -> QMenu:
    """The "Contingent term" submenu of a card's menu, filled when it opens."""
    sub = menu.addMenu(tr("Contingent term"))
    sub.setObjectName("contingentMenu")
    sub.setToolTipsVisible(True)
    sub.aboutToShow.connect(lambda: fill_contingent_menu(sub, column))
    return sub


def fill_contingent_menu(sub: QMenu, column: PackageColumn) -> None:
    """One "Make <issue> contingent…" per issue (or "Change the clause on <issue>…"), then one
    "Remove clause on <issue>" per clause of the package."""
    sub.clear()
    doc = column.panel.document
    plan = doc.plan
    name = column.package_name
    if name not in plan.package_names:
        return
    sp = plan.stored_package(name)
    present = _module_present(CLAUSE_DIALOG)
    why = ("" if plan.events and present else
           tr("Contingent terms are not part of this version") if not present else
           tr("Add an uncertain event first (Negotiation ▸ Uncertain Events…)"))
    for issue in plan.issue_names:
        text = (tr("Change the clause on {issue}…") if issue in sp.clauses
                else tr("Make {issue} contingent…")).format(issue=issue)
        a = sub.addAction(text)
        a.setObjectName("makeContingent")
        a.setProperty("issue", issue)
        a.setProperty("package", name)
        a.setEnabled(not why)
        a.setToolTip(why or tr("Let an uncertain event's outcome decide {issue} in {package}").format(
            issue=issue, package=name))
        a.triggered.connect(lambda _c=False, i=issue: open_clause(column, doc, column.package_name, i))
    if sp.clauses:
        sub.addSeparator()
    for issue in plan.issue_names:
        if issue in sp.clauses:
            a = sub.addAction(tr("Remove clause on {issue}").format(issue=issue))
            a.setObjectName("removeClause")
            a.setProperty("issue", issue)
            a.setProperty("package", name)
            a.setToolTip(tr("Fix {issue} in {package} at its base term again (undo brings the clause back)").format(
                issue=issue, package=name))
            a.triggered.connect(lambda _c=False, i=issue: drop_clause(doc, column.package_name, i))


def open_clause(parent: QWidget, document: PlanDocument, package: str, issue: str):
    """The clause dialog for ``issue`` of ``package`` (None when this version lacks it)."""
    if not _module_present(CLAUSE_DIALOG):
        return None
    document.select_package(package)
    # imported on first use: the dialog is not needed to show the window
    return importlib.import_module(CLAUSE_DIALOG).open_clause_dialog(parent.window(), document,
                                                                      package, issue)


def drop_clause(document: PlanDocument, package: str, issue: str) -> bool:
    """Fix ``issue`` of ``package`` again (its base term stays): one undoable step."""
    try:
        result = remove_clause(document.plan, package, issue)
    except EditRefused as err:
        document.post_message(str(err))
        return False
    if not result.ok:
        document.post_message(result.message)
        return False
    done = document.apply(result.plan, clause_undo_text(package, issue, removed=True))
    document.post_message(result.message)
    return done


def keep_clauses(plan: Plan, names: Sequence[str], packages: Sequence[Mapping[str, Any]]) -> Plan:
    """``plan`` (just given ``packages`` as ``names``) with each package's clauses set again:
    a MESO set adds term mappings; a contingent option keeps its clause this way."""
    for name, p in zip(names, packages):
        for issue, clause in (getattr(p, "clauses", None) or {}).items():
            try:
                plan = set_clause(plan, name, issue, clause).plan
            except EditRefused:  # the plan changed under the dialog: the package stays fixed
                continue
    return plan


__all__ = ["CLAUSE_DIALOG", "ClauseLine", "ExpectedTag", "add_contingent_menu", "drop_clause",
           "fill_contingent_menu", "keep_clauses", "open_clause"]

