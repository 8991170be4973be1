"""The built-in guide (F1) and the short first-start tour.

* **The guide** is ``guide.html`` in this folder (``guide_de.html`` when MESO Desk speaks German,
  :func:`guide_path`) with its pictures in ``images/`` — plain HTML
  shown in a ``QTextBrowser`` (no web engine, no network: links to other pages of the guide
  work, anything else is refused). The pictures are screenshots of the window made with
  ``meso-desk --screenshot OUT.png --size 1366x768 --workspace NAME`` (``docs/window.md``).
* **The tour** is a small non-modal window of a few steps, one per workspace: each step shows
  its workspace and says what it is for. It can be skipped at any step. ``run()`` offers it
  once, on the first start with a display; it never appears in tests or screenshots unless
  asked for (``MainWindow.offer_tour(force=True)``, Help ▸ Short Tour).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...model.language import QT_TR_NOOP, current_language, tr
from ..widgets.common import described, fit_to_screen
from ..workspaces import BY_KEY

if TYPE_CHECKING:
    from ..main_window import MainWindow

HELP_DIR = Path(__file__).resolve().parent
GUIDE = HELP_DIR / "guide.html"
#: The guide in the other languages MESO Desk speaks (the same pictures, taken in that language:
#: ``images/de/``, made by ``python -m meso_desk.app.help.screenshots --language de``)
GUIDES = {"en": GUIDE, "de": HELP_DIR / "guide_de.html"}

#: The tour: (workspace or None, title, text), marked for the catalogue and shown as ``tr(title)``,
#: ``tr(text)``
TOUR_STEPS: tuple[tuple[str | None, str, str], ...] = (
    (None, QT_TR_NOOP("Welcome to MESO Desk"),
     QT_TR_NOOP("MESO Desk plans a negotiation with several equally good offers made at once. The window has "
                "four workspaces, one for each phase of the evening; the buttons in the toolbar (or F5 … F8) "
                "switch between them. This tour shows each in a few words.")),
    ("prepare", QT_TR_NOOP("1 · Prepare"),
     QT_TR_NOOP("Before the meeting: the issues you negotiate, what each term is worth to you (its curve) "
                "and how much each issue matters (the weights).")),
    ("offers", QT_TR_NOOP("2 · Offers"),
     QT_TR_NOOP("Build what you will offer: Negotiation ▸ Generate MESOs (Ctrl+G) makes a set of packages "
                "that are equally good for you; the value map shows where they lie.")),
    ("room", QT_TR_NOOP("3 · In the room"),
     QT_TR_NOOP("At the table: Record Reaction (Ctrl+R) notes which offer they preferred; the estimate of "
                "what matters to them follows, and Next MESOs (Ctrl+Shift+N) makes better-aimed offers.")),
    ("deal", QT_TR_NOOP("4 · Deal"),
     QT_TR_NOOP("Close it: Record Agreement (Ctrl+Shift+A), then packages better for both sides "
                "(post-settlement) and the debrief.")),
    (None, QT_TR_NOOP("That is all"),
     QT_TR_NOOP("F1 opens the guide with pictures at any time. Ctrl+1 … Ctrl+7 go to a panel; every step is "
                "in the Negotiation menu. Enjoy the evening.")),
)


def guide_path(language: str | None = None) -> Path:
    """The guide in ``language`` (default: the language MESO Desk speaks), else the English one."""
    path = GUIDES.get(language or current_language(), GUIDE)
    return path if path.is_file() else GUIDE


def guide_url(anchor: str = "") -> QUrl:
    url = QUrl.fromLocalFile(str(guide_path()))
    if anchor:
        url.setFragment(anchor)
    return url


class GuideBrowser(QTextBrowser):
    """A text browser that follows links inside the guide only (never opens a network link)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideBrowser")
        self.setOpenLinks(False)
        self.setSearchPaths([str(HELP_DIR)])
        self.anchorClicked.connect(self._follow)
        #: links refused (not a page of the guide), for tests
        self.refused: list[str] = []

    def _follow(self, url: QUrl) -> None:
        if url.isRelative() or url.isLocalFile():
            local = url.toLocalFile() if url.isLocalFile() else ""
            if not local or Path(local).resolve().parent == HELP_DIR:
                if url.isRelative() and not url.path():
                    self.scrollToAnchor(url.fragment())
                else:
                    self.setSource(url)
                return
            if Path(local).is_file():  # a local document next to the plan: the desktop opens it
                QDesktopServices.openUrl(url)
                return
        self.refused.append(url.toString())


class GuideDialog(QDialog):
    """The guide in its own window (non-modal)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(tr("MESO Desk Guide"))
        self.browser = GuideBrowser(self)
        self.browser.setSource(guide_url())
        box = described(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
        box.rejected.connect(self.close)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.browser, 1)
        lay.addWidget(box)

    def sizeHint(self) -> QSize:
        return QSize(820, 680)

    def show_anchor(self, anchor: str) -> None:
        if anchor:
            self.browser.scrollToAnchor(anchor)


def open_guide(parent: QWidget, existing: GuideDialog | None = None, anchor: str = "") -> GuideDialog:
    """Show the guide (``existing`` raised when it is still open), at ``anchor`` if given."""
    dlg = existing
    try:
        if dlg is not None and not dlg.isVisible():
            dlg = None
    except RuntimeError:  # deleted
        dlg = None
    if dlg is None:
        dlg = GuideDialog(parent)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        fit_to_screen(dlg, 820, 680)
    dlg.show()
    dlg.raise_()
    dlg.show_anchor(anchor)
    return dlg


class Tour(QDialog):
    """The short tour: one step per workspace, Back / Next / Skip (non-modal)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("tourDialog")
        self.setWindowTitle(tr("MESO Desk — a short tour"))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self._window = window
        self.step = 0
        self.title = QLabel()
        self.title.setObjectName("tourTitle")
        f = self.title.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.2)
        self.title.setFont(f)
        self.text = QLabel()
        self.text.setObjectName("tourText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setMinimumWidth(340)
        self.back_button = QPushButton(tr("Back", "tour"))
        self.back_button.setObjectName("tourBack")
        self.back_button.setToolTip(tr("The step before"))
        self.back_button.clicked.connect(lambda: self.go(self.step - 1))
        self.next_button = QPushButton(tr("Next", "tour"))
        self.next_button.setObjectName("tourNext")
        self.next_button.setDefault(True)
        self.next_button.setToolTip(tr("The next step"))
        self.next_button.clicked.connect(self._next)
        self.skip_button = QPushButton(tr("Skip the tour"))
        self.skip_button.setObjectName("tourSkip")
        self.skip_button.setToolTip(tr("Close the tour (Help ▸ Short Tour shows it again)"))
        self.skip_button.clicked.connect(self.close)
        self.count = QLabel()
        self.count.setObjectName("tourCount")
        row = QHBoxLayout()
        row.addWidget(self.count)
        row.addStretch(1)
        row.addWidget(self.skip_button)
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.text, 1)
        lay.addLayout(row)
        self.go(0)

    def _next(self) -> None:
        if self.step >= len(TOUR_STEPS) - 1:
            self.close()
        else:
            self.go(self.step + 1)

    def go(self, step: int) -> None:
        """Show step ``step`` (and its workspace)."""
        self.step = max(0, min(step, len(TOUR_STEPS) - 1))
        key, title, text = TOUR_STEPS[self.step]
        if key is not None:
            self._window.show_workspace(key)
            self.title.setText(f"{tr(title)} ({BY_KEY[key].shortcut})")
        else:
            self.title.setText(tr(title))
        self.text.setText(tr(text))
        self.count.setText(tr("{step} of {steps}", "tour").format(step=self.step + 1, steps=len(TOUR_STEPS)))
        self.back_button.setEnabled(self.step > 0)
        last = self.step == len(TOUR_STEPS) - 1
        self.next_button.setText(tr("Done", "tour") if last else tr("Next", "tour"))
        self.skip_button.setVisible(not last)


__all__ = ["GUIDE", "GUIDES", "HELP_DIR", "TOUR_STEPS", "GuideBrowser", "GuideDialog", "Tour", "guide_path", "guide_url", "open_guide"]
