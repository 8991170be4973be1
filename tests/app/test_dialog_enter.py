"""Enter in a dialog never cancels it or does something that cannot be taken back (the audit of the
dialogs: Enter in Record Reaction cancelled it and the round was lost; in Ask me it ran "Start
again" and erased every answer).

Every QDialog subclass of the application is opened on a realistic plan, and Enter is pressed in
each of its controls that is not a button: it may press the dialog's accept / apply / yes button,
or the forward button of the tour, or nothing at all — never a Cancel (a Close where the dialog also
applies something), a destructive or reset button, or a loose button such as "Start again" or
"Aspiration". A dialog that only shows something (its one button is Close) may close on Enter.
"""

from __future__ import annotations

import importlib
import pkgutil
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)

import meso_desk as md
import meso_desk.app

WAIT = 20_000
_ROLE = QDialogButtonBox.ButtonRole
#: buttons Enter may press: they go on with the dialog's work
ACCEPTING = (_ROLE.AcceptRole, _ROLE.YesRole, _ROLE.ApplyRole)
#: loose push buttons (outside a button box) that are the dialog's way forward: the tour's Next, and
#: Print… of the cards and of the debrief (opens the print dialog, which asks before anything happens)
FORWARD = {"tourNext", "cardsPrintButton", "debriefPrintButton"}


def dialog_classes() -> set[type]:
    """Every QDialog subclass the application defines."""
    for info in pkgutil.walk_packages(meso_desk.app.__path__, "meso_desk.app."):
        importlib.import_module(info.name)
    out, todo = set(), [QDialog]
    while todo:
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("meso_desk."):
                out.add(sub)
    return out


def _box_role(button: QAbstractButton):
    """The button's role in the dialog's button box (None for a loose button)."""
    p = button.parent()
    while p is not None and not isinstance(p, (QDialogButtonBox, QDialog)):
        p = p.parent()
    return p.buttonRole(button) if isinstance(p, QDialogButtonBox) else None


def _applies(dlg: QDialog) -> bool:
    """The dialog has a button that applies or accepts something (so closing loses work)."""
    return any(_box_role(b) in ACCEPTING for b in dlg.findChildren(QPushButton))


def _may_press(dlg: QDialog, button: QAbstractButton) -> bool:
    role = _box_role(button)
    if role in ACCEPTING or button.objectName() in FORWARD:
        return True
    return role == _ROLE.RejectRole and not _applies(dlg)


def _idle(dlg: QDialog, qtbot) -> None:
    if hasattr(dlg, "is_busy"):
        qtbot.waitUntil(lambda: not dlg.is_busy(), timeout=WAIT)
    QApplication.processEvents()


def _fields(dlg: QDialog) -> list[QWidget]:
    """The controls Tab reaches that are not buttons, in Tab order."""
    out, w = [], dlg.nextInFocusChain()
    for _ in range(500):
        if w is dlg or w is None:
            break
        if (w.window() is dlg and w.isVisible() and w.isEnabled() and not isinstance(w, QAbstractButton)
                and w.focusPolicy().value & Qt.FocusPolicy.TabFocus.value):
            out.append(w)
        w = w.nextInFocusChain()
    return out


def enter_presses(dlg: QDialog, qtbot) -> list[str]:
    """Enter in each field of ``dlg`` in turn (until it closes): the buttons it pressed that it must
    not have, as ``"field -> button"``."""
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    _idle(dlg, qtbot)
    pressed: list[QAbstractButton] = []
    for b in dlg.findChildren(QAbstractButton):
        b.clicked.connect(lambda _c=False, b=b: pressed.append(b))
    closed: list[int] = []
    dlg.finished.connect(closed.append)
    wrong = []
    fields = _fields(dlg) or [dlg]  # only buttons (the tour): Enter in the dialog itself
    for w in fields:
        if not dlg.isVisible():
            break
        try:
            if not w.isVisible():
                continue
        except RuntimeError:  # rebuilt by an earlier Enter
            continue
        w.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        pressed.clear()
        qtbot.keyClick(QApplication.focusWidget() or w, Qt.Key.Key_Return)
        _idle(dlg, qtbot)
        name = f"{type(w).__name__} {w.objectName()!r}"
        wrong += [f"{name} -> {b.text() or b.objectName()!r}" for b in pressed if not _may_press(dlg, b)]
        if closed and closed[0] == QDialog.DialogCode.Rejected and _applies(dlg) and not pressed:
            wrong.append(f"{name} -> rejected")
    return wrong


# -- the dialogs, each on a plan it is used with -------------------------------------------------------
def _meso(win, qtbot, tmp_path):
    from meso_desk.app.widgets.packages.meso_dialog import MesoDialog
    return MesoDialog(win.document, win)


def _record(win, qtbot, tmp_path):
    from meso_desk.app.widgets.counterpart.record_reaction import RecordReactionDialog
    dlg = RecordReactionDialog(win.document, parent=win)
    dlg.show()
    qtbot.mouseClick(dlg.cards[0], Qt.MouseButton.LeftButton)  # they chose one: Record is enabled
    return dlg


def _edit_round(win, qtbot, tmp_path):
    from meso_desk.app.widgets.counterpart.record_reaction import RecordReactionDialog
    return RecordReactionDialog(win.document, round_index=0, parent=win)


def _ask(win, qtbot, tmp_path):
    from meso_desk.app.widgets.weights.ask_dialog import AskDialog
    dlg = AskDialog(win.document, win)
    for n in (1, 2):
        qtbot.waitUntil(lambda: not dlg.is_busy() and dlg.current_question is not None, timeout=WAIT)
        dlg.answer("first")
        qtbot.waitUntil(lambda n=n: not dlg.is_busy() and len(dlg.state.answers) == n, timeout=WAIT)
    dlg.answers.setCurrentRow(0)
    return dlg


def _compare(win, qtbot, tmp_path):
    from meso_desk.app.widgets.packages.compare import CompareDialog
    return CompareDialog(win.document, win.document.plan.package_names[:3], win)


def _cost(win, qtbot, tmp_path):
    from meso_desk.app.widgets.costs.cost_dialog import CostDialog
    return CostDialog(win.document, win)


def _events(win, qtbot, tmp_path):
    from meso_desk.app.widgets.contingent.event_editor import EventEditor
    return EventEditor(win.document, win)


def _clause(win, qtbot, tmp_path):
    from meso_desk.app.widgets.contingent.clause_dialog import ClauseDialog
    return ClauseDialog(win.document, "On-time bonus", "Unit price", win)


def _options(win, qtbot, tmp_path):
    from meso_desk.app.widgets.issues.option_editor import OptionsDialog
    plan = win.document.plan
    row = next(k for k, i in enumerate(plan.issues) if isinstance(i, md.CategoricalIssue))
    return OptionsDialog(plan, row, win)


def _suppliers(win, qtbot, tmp_path):
    from meso_desk.app.widgets.suppliers.supplier_manager import SupplierManager
    return SupplierManager(win.document, win)


def _debrief(win, qtbot, tmp_path):
    from meso_desk.app.widgets.deal.debrief_dialog import DebriefDialog
    return DebriefDialog(win.document, win)


def _cards(win, qtbot, tmp_path):
    from meso_desk.app.printing.preview import CardsDialog
    return CardsDialog(win.document, win)


def _properties(win, qtbot, tmp_path):
    from meso_desk.app.plan_properties_dialog import PlanPropertiesDialog
    return PlanPropertiesDialog(win.document, win)


def _genius(win, qtbot, tmp_path):
    from meso_desk.app.genius_import_dialog import GeniusImportDialog
    return GeniusImportDialog(str(tmp_path), win)


def _quotes(win, qtbot, tmp_path):
    from meso_desk.app.widgets.spreadsheet_import import QuoteImportDialog
    plan = win.document.plan
    path = tmp_path / "q.csv"
    path.write_text("Quote," + ",".join(plan.issue_names) + "\nNordsitz,231.5,2000,6,45,36,DAP\n")
    return QuoteImportDialog(win.document, path, win)


def _guide(win, qtbot, tmp_path):
    from meso_desk.app.help import GuideDialog
    return GuideDialog(win)


def _tour(win, qtbot, tmp_path):
    from meso_desk.app.help import Tour
    return Tour(win)


def _recovery(win, qtbot, tmp_path):
    from datetime import datetime

    from meso_desk.app.autosave import RecoveryFile
    from meso_desk.app.recovery_dialogs import RecoveryDialog
    rec = RecoveryFile(plan_path=Path("x.meso"), meta_path=Path("x.json"), lock=None,
                       original=Path("/tmp/chairs.meso"), title="Chairs", saved=datetime(2027, 3, 1, 14, 5))
    return RecoveryDialog(rec, more=1, parent=win)


def _unreadable_copy(win, qtbot, tmp_path):
    from datetime import datetime

    from meso_desk.app.autosave import RecoveryFile
    from meso_desk.app.recovery_dialogs import UnreadableCopyDialog
    rec = RecoveryFile(plan_path=tmp_path / "1-abcdef12.meso", meta_path=tmp_path / "1-abcdef12.json", lock=None,
                       original=Path("/tmp/chairs.meso"), title="Chairs", saved=datetime(2027, 3, 1, 14, 5))
    return UnreadableCopyDialog(rec, "not valid JSON (line 3)", parent=win)


def _plans() -> dict:
    from meso_desk.app.help.screenshots import phase_plans
    plans = dict(phase_plans("supplier"))
    return {"room": plans["room"], "prepare": plans["prepare"], "deal": plans["deal"],
            "contingent": md.example_plan("contingent"), "sourcing": md.example_plan("sourcing")}


#: (the dialog's class name, the plan it is opened on, how it is opened)
DIALOGS = [
    ("MesoDialog", "room", _meso), ("RecordReactionDialog", "room", _record),
    ("RecordReactionDialog", "room", _edit_round), ("AskDialog", "prepare", _ask),
    ("CompareDialog", "room", _compare), ("CostDialog", "room", _cost), ("EventEditor", "contingent", _events),
    ("ClauseDialog", "contingent", _clause), ("OptionsDialog", "room", _options),
    ("SupplierManager", "sourcing", _suppliers), ("DebriefDialog", "deal", _debrief), ("CardsDialog", "room", _cards),
    ("PlanPropertiesDialog", "room", _properties), ("GeniusImportDialog", "room", _genius),
    ("QuoteImportDialog", "room", _quotes), ("GuideDialog", "room", _guide), ("Tour", "room", _tour),
    ("RecoveryDialog", "room", _recovery), ("UnreadableCopyDialog", "room", _unreadable_copy),
]


def test_the_sweep_opens_every_dialog_class():
    assert {c.__name__ for c in dialog_classes()} == {name for name, _plan, _open in DIALOGS}


def test_enter_never_cancels_or_destroys_in_any_dialog(make_window, qtbot, tmp_path, monkeypatch):
    # a question or a file chooser opened by a wrong button must not block the sweep
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    for name in ("getOpenFileName", "getSaveFileName", "getOpenFileNames"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: ("", "")))
    plans = _plans()
    windows = {}
    wrong = []
    for name, plan, open_dialog in DIALOGS:
        if plan not in windows:
            win = windows[plan] = make_window(plans[plan], autosave=False, remember_layout=False)
            win.resize(1366, 768)
            win.show()
            qtbot.waitExposed(win)
        dlg = open_dialog(windows[plan], qtbot, tmp_path)
        assert type(dlg).__name__ == name
        qtbot.addWidget(dlg)
        started = time.monotonic()
        wrong += [f"{name}: {w}" for w in enter_presses(dlg, qtbot)]
        assert time.monotonic() - started < 60
        if dlg.isVisible():
            dlg.close()
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("name", ["RecordReactionDialog", "AskDialog", "MesoDialog", "CardsDialog", "DebriefDialog"])
def test_the_dialogs_the_audit_found_name_their_default(make_window, qtbot, tmp_path, name):
    """The default frame sits on the button Enter presses: Record, Apply weights, Add MESO set, Print…"""
    plans = _plans()
    _name, plan, open_dialog = next(d for d in DIALOGS if d[0] == name)
    win = make_window(plans[plan], autosave=False, remember_layout=False)
    dlg = open_dialog(win, qtbot, tmp_path)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    _idle(dlg, qtbot)
    defaults = [b.objectName() for b in dlg.findChildren(QPushButton) if b.isDefault() and b.isVisible()]
    if name == "AskDialog":  # Enter presses only the focused button (never Apply mid-session): no default frame
        assert all(dlg.findChild(QPushButton, d).hasFocus() for d in defaults), defaults
        return
    assert defaults == {"RecordReactionDialog": ["recordButton"],
                        "MesoDialog": ["mesoAdd"], "CardsDialog": ["cardsPrintButton"],
                        "DebriefDialog": ["debriefPrintButton"]}[name]
