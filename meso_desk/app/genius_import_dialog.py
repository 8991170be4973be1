"""File → Import GENIUS…: pick a GENIUS domain file and our side's utility profile.

The dialog only chooses the two files; :meth:`FileController.import_genius
<meso_desk.app.file_controller.FileController.import_genius>` reads them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..model.language import QT_TR_NOOP, tr
from .widgets.common import described

#: (marked for the catalogue; the dialog shows ``tr(XML_FILTER)``)
XML_FILTER = QT_TR_NOOP("GENIUS XML files (*.xml)")


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


class GeniusImportDialog(QDialog):
    """Pick a GENIUS domain file and our side's utility profile (each guesses the other)."""

    def __init__(self, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("geniusImportDialog")
        self.setWindowTitle(tr("Import GENIUS Negotiation"))
        self._folder = folder
        intro = QLabel(tr("A GENIUS case is a domain file (the issues and their options) and a utility "
                          "profile per side. Choose the domain and <b>your</b> side's profile."))
        intro.setWordWrap(True)
        self.domain = QLineEdit()
        self.domain.setObjectName("geniusDomain")
        self.domain.setToolTip(tr("The GENIUS domain XML: the issues and their options"))
        self.domain.setPlaceholderText("…_domain.xml")
        self.profile = QLineEdit()
        self.profile.setObjectName("geniusProfile")
        self.profile.setToolTip(tr("Your side's GENIUS utility profile XML: weights and evaluations"))
        self.profile.setPlaceholderText(tr("…_utility.xml or …-prof1.xml"))
        form = QFormLayout()
        form.addRow(tr("&Domain:"), self._row(self.domain, self._browse_domain, tr("Choose the domain file")))
        form.addRow(tr("&Your profile:"), self._row(self.profile, self._browse_profile,
                                                    tr("Choose your side's utility profile")))
        self.buttons = described(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                                  | QDialogButtonBox.StandardButton.Cancel))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Import"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(tr("Build a plan from these files"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(tr("Import nothing"))
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
        b = QPushButton(tr("Browse…"))
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
        path, _ = QFileDialog.getOpenFileName(self, title, start, tr(XML_FILTER) + ";;" + tr("All files (*)"))
        return path

    def _browse_domain(self) -> None:
        p = self._pick(tr("Choose the GENIUS domain"))
        if p:
            self.domain.setText(p)
            if not self.profile.text():
                self.profile.setText(guess_genius_partner(p, want_domain=False) or "")

    def _browse_profile(self) -> None:
        p = self._pick(tr("Choose your GENIUS profile"))
        if p:
            self.profile.setText(p)
            if not self.domain.text():
                self.domain.setText(guess_genius_partner(p, want_domain=True) or "")

    def files(self) -> tuple[str, str]:
        return self.domain.text(), self.profile.text()


__all__ = ["GeniusImportDialog", "guess_genius_partner"]
