"""A big, messy plan for the layout tests (``tests/data/big_plan.meso``): the sourcing example with
10 issues of 7 terms each, 35–45-character German names (two pairs sharing long beginnings:
"Lieferzeit ab Bestellung für Standardmodelle / … für Sondermodelle", "Gewährleistung auf Gestell
… / … auf Polster …"), 23 packages in 6 MESO sets, 3 suppliers, 6 rounds with counter-offers and
a contingent clause on an event with a German name — and the main window on it at a screen size."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication, QWidget

BIG_PLAN = Path(__file__).resolve().parents[1] / "data" / "big_plan.meso"
#: the supplier example's issues renamed as on the big plan: long names, two pairs that start alike
LONG_NAMES = {"Unit price": "Stückpreis je Bürostuhl, frei Empfangsstelle",
              "Order volume": "Lieferzeit ab Bestellung für Sondermodelle",
              "Delivery": "Lieferzeit ab Bestellung für Standardmodelle",
              "Payment term": "Gewährleistung auf Polster und Bezugsstoffe",
              "Warranty": "Gewährleistung auf Gestell und Mechanik",
              "Incoterm": "Lieferbedingung (Incoterm) für alle Standorte"}
DELIVERY = ("Lieferzeit ab Bestellung für Standardmodelle", "Lieferzeit ab Bestellung für Sondermodelle")
WARRANTY = ("Gewährleistung auf Gestell und Mechanik", "Gewährleistung auf Polster und Bezugsstoffe")
WAIT = 30_000
#: a laptop and a desktop screen
SIZES = [(1366, 768), (1920, 1080)]


def long_names_plan():
    """The supplier example with :data:`LONG_NAMES` (a small plan with the big plan's names)."""
    import meso_desk as md
    from meso_desk.model.edits.issue_edits import edit_issue

    plan = md.example_plan("supplier")
    for row, issue in enumerate(plan.issues):
        plan = edit_issue(plan, row, "name", LONG_NAMES[issue.name]).plan
    return plan


def settle(qtbot, win: QWidget) -> None:
    """Every background computation of the window done, its results shown."""
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not any(w.is_busy() for w in win.findChildren(QWidget)
                                    if callable(getattr(w, "is_busy", None))), timeout=WAIT)
    qtbot.wait(50)


def big_window(make_window, qtbot, monkeypatch, size: tuple[int, int], workspace: str = "prepare"):
    """The main window on the big plan, filling a ``size`` screen less its task bar, on ``workspace``."""
    w, h = size
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, w, h))
    win = make_window(str(BIG_PLAN), autosave=False, remember_layout=False)
    win.resize(w, h - 68)
    win.show()
    qtbot.waitExposed(win)
    settle(qtbot, win)
    win.show_workspace(workspace)
    settle(qtbot, win)
    return win
