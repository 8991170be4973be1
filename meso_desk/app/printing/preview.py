"""The card preview dialog and the File-menu entry points (Print cards…, Export cards as PDF…,
Export briefing…).

The dialog shows the pages exactly as they will print — it draws them with the same renderer
as the PDF, the PNG and the printer — beside the choices that shape them: which options
(a MESO set of the plan, or all packages that may be offered), the layout, a "valid until"
date, an optional subject line. It can also show the INTERNAL briefing. It follows the plan:
edit a package in the window and the preview redraws (coalesced).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...model.counterpart.inference import estimate_counterpart
from ...model.documents.briefing import briefing
from ...model.documents.cards import (
    DEFAULT_LAYOUT,
    CardError,
    RevealError,
    card_set,
    latest_meso_set,
    leak_warnings,
    offer_problems,
    offerable_packages,
    reveal_problems,
    unequal_warning,
)
from ...model.documents.document_language import plan_language
from ...model.language import tr
from ...model.package import Package
from ..document import Change, PlanDocument
from ..settings import Settings
from ..widgets.common import fit_to_screen, said_yes
from ..widgets.dialog_keys import set_default
from . import pages as output
from .briefing_painter import BriefingRenderer, paper_for_layout
from .card_painter import LAYOUTS, CardRenderer
from .pages import ExportError, PageSource, prepare_printer, print_pages, render_image, write_pdf, write_png

MODE_CARDS = "cards"
MODE_BRIEFING = "briefing"
DEFAULT_VALID_DAYS = 14
_RERENDER_MS = 60


def _safe_filename(text: str) -> str:
    text = re.sub(r"[\\/:*?\"<>|\n\r\t]+", " ", text).strip(" .")
    return re.sub(r"\s+", " ", text)[:120] or "cards"


class _Page(QLabel):
    """One page of the preview: a white sheet with a soft edge."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("QLabel { background: white; border: 1px solid #c4cad0; }")


class CardsDialog(QDialog):
    """Preview and print the cards of a set (or the INTERNAL briefing) of ``document``'s plan."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None, mode: str = MODE_CARDS,
                 settings: Settings | None = None, packages: list[Package] | None = None,
                 card_options: dict | None = None, packages_label: str | None = None) -> None:
        """``packages`` (with ``card_options`` for :func:`card_set` and a ``packages_label`` for the
        choice) are offered first instead of the plan's sets — e.g. post-settlement packages with
        their own heading and presentation line; a ``subject`` among the options fills the subject.
        ``settings`` (default: the user's settings file, as the window's) remembers the layout,
        the "valid until" choice and the last folder."""
        super().__init__(parent)
        self._given = list(packages) if packages else []
        self._given_options = dict(card_options or {})
        self._given_label = packages_label or tr("Given packages")
        self.setObjectName("cardsDialog")
        self.setWindowTitle(tr("Package Cards"))
        self.document = document
        self.settings = settings if settings is not None else Settings()
        self._source: PageSource | None = None
        self._error = ""
        #: Why the chosen cards would show our hand / are not equal (shown, asked before output).
        self._reveal: tuple[str, ...] = ()
        self._unequal = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_RERENDER_MS)
        self._timer.timeout.connect(self.refresh)
        self._build_controls()
        self._build_layout()

        self._restore_choices()
        if self._given and self._given_options.get("subject"):
            self.subject_edit.setText(str(self._given_options.pop("subject")))
            self.subject_edit.setCursorPosition(0)  # show its beginning, not its clipped end
        self.mode_combo.setCurrentIndex(1 if mode == MODE_BRIEFING else 0)
        self._fill_packages_combo()
        for sig in (self.mode_combo.currentIndexChanged, self.packages_combo.currentIndexChanged,
                    self.layout_combo.currentIndexChanged, self.valid_check.toggled,
                    self.valid_date.dateChanged, self.subject_edit.textChanged,
                    self.descriptions_check.toggled, self.why_check.toggled):
            sig.connect(self._schedule)
        self.valid_check.toggled.connect(self.valid_date.setEnabled)
        self.valid_date.setEnabled(self.valid_check.isChecked())
        document.changed.connect(self._on_changed)
        document.selectionChanged.connect(self._on_selection)  # "Selected package only" follows it
        self.refresh()

    def _build_controls(self) -> None:
        self.mode_combo = QComboBox(objectName="cardsModeCombo")
        self.mode_combo.addItem(tr("Cards for the other side"), MODE_CARDS)
        self.mode_combo.addItem(tr("Internal briefing (for us)"), MODE_BRIEFING)
        self.mode_combo.setToolTip(tr("The cards go on the table; the briefing stays with you"))
        self.packages_combo = QComboBox(objectName="cardsPackagesCombo")
        self.packages_combo.setToolTip(tr("Which packages become Option A, B, C …"))
        self.layout_combo = QComboBox(objectName="cardsLayoutCombo")
        for combo in (self.mode_combo, self.packages_combo, self.layout_combo):
            # the side column is narrow: a long item (a set's name, a German label) is clipped in
            # the closed combo, never the form's labels (the list still shows it whole)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        for key, lay in LAYOUTS.items():
            self.layout_combo.addItem(tr(lay.label), key)
        self.valid_check = QCheckBox(tr("Valid until", "cards option"), objectName="cardsValidCheck")
        self.valid_date = QDateEdit(objectName="cardsValidDate")
        self.valid_date.setAccessibleName(tr("Valid until", "cards option"))
        self.valid_date.setCalendarPopup(True)
        self.valid_date.setDisplayFormat(tr("d MMMM yyyy", "date format of the valid-until date"))
        self.valid_date.setDate(QDate.currentDate().addDays(DEFAULT_VALID_DAYS))
        self.subject_edit = QLineEdit(objectName="cardsSubjectEdit")
        self.subject_edit.setPlaceholderText(tr("Optional, e.g. Office chairs 2027"))
        self.subject_edit.setToolTip(tr("A subject line printed under the counterpart's name"))
        self.descriptions_check = QCheckBox(tr("Print issue descriptions"), objectName="cardsDescriptionsCheck")
        self.descriptions_check.setToolTip(tr("Print each issue's description under its name "
                                              "(check that they say nothing you would not tell them)"))
        self.why_check = QCheckBox(tr("Print 'Why this works for you' on the back"), objectName="cardsWhyCheck")
        self.why_check.setToolTip(tr("A reverse for every card: talking points their negotiator can use with their "
                                     "own side (docs/behind-the-table.md). Print double-sided, flip on the long "
                                     "edge."))
        self.status_label = QLabel(objectName="cardsStatusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.promise_label = QLabel(objectName="cardsPromiseLabel")
        self.promise_label.setWordWrap(True)
        self.promise_label.setStyleSheet("color: palette(placeholder-text);")

        self.print_button = QPushButton(tr("&Print…", "cards dialog"), objectName="cardsPrintButton")
        self.print_preview_button = QPushButton(tr("Print Pre&view…", "cards dialog"),
                                                objectName="cardsPrintPreviewButton")
        self.pdf_button = QPushButton(tr("Export P&DF…", "cards dialog"), objectName="cardsExportPdfButton")
        self.png_button = QPushButton(tr("Export P&NG…", "cards dialog"), objectName="cardsExportPngButton")
        self.close_button = QPushButton(tr("Close", "cards dialog"), objectName="cardsCloseButton")
        for w, tip in ((self.valid_check, tr("Print the date the offers are valid until")),
                       (self.valid_date, tr("The date the offers are valid until, printed on every card")),
                       (self.print_button, tr("Print the pages shown")),
                       (self.print_preview_button, tr("See the pages as the printer will print them")),
                       (self.pdf_button, tr("Save the pages shown as a PDF")),
                       (self.png_button, tr("Save each page shown as a PNG picture")),
                       (self.close_button, tr("Close this window"))):
            w.setToolTip(tip)
        self.print_button.clicked.connect(self.print_dialog)
        self.print_preview_button.clicked.connect(self.print_preview_dialog)
        self.pdf_button.clicked.connect(self.export_pdf_dialog)
        self.png_button.clicked.connect(self.export_png_dialog)
        self.close_button.clicked.connect(self.close)

    def _build_layout(self) -> None:
        self.form = form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr("Print", "cards dialog field"), self.mode_combo)
        form.addRow(tr("Options", "cards dialog field"), self.packages_combo)
        form.addRow(tr("Layout", "cards dialog field"), self.layout_combo)
        self._valid_row = valid_row = QHBoxLayout()
        valid_row.addWidget(self.valid_check)
        valid_row.addWidget(self.valid_date, 1)
        form.addRow(valid_row)
        form.addRow(tr("Subject", "cards dialog field"), self.subject_edit)
        form.addRow(self.descriptions_check)
        form.addRow(self.why_check)

        side = QVBoxLayout()
        side.addLayout(form)
        side.addSpacing(6)
        side.addWidget(self.status_label)
        side.addWidget(self.promise_label)
        side.addStretch(1)
        for b in (self.print_button, self.print_preview_button, self.pdf_button, self.png_button):
            side.addWidget(b)
        side.addSpacing(8)
        side.addWidget(self.close_button)
        side_widget = QWidget(objectName="cardsControls")
        side_widget.setLayout(side)
        side_widget.setFixedWidth(330)

        self.pages_widget = QWidget(objectName="cardsPages")
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setSpacing(14)
        self.pages_layout.setContentsMargins(18, 18, 18, 18)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pages: list[_Page] = []
        self.scroll = QScrollArea(objectName="cardsPreviewArea")
        self.scroll.setAccessibleName(tr("Preview of the cards"))
        self.scroll.setAccessibleDescription(tr("The pages as they will be printed"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.pages_widget)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll.setStyleSheet("QScrollArea, #cardsPages { background: #7d868f; }")
        self.scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.scroll.viewport().installEventFilter(self)

        root = QHBoxLayout(self)
        root.addWidget(side_widget)
        root.addWidget(self.scroll, 1)
        # Enter prints (the print dialog asks first), named now the button is in the dialog: not
        # whichever auto-default button Qt finds first (dialog_keys)
        set_default(self.print_button)
        fit_to_screen(self, 1180, 760)

    # -- choices ----------------------------------------------------------------------------
    @property
    def mode(self) -> str:
        return self.mode_combo.currentData()

    @property
    def layout_key(self) -> str:
        return self.layout_combo.currentData() or DEFAULT_LAYOUT

    @property
    def valid_until(self) -> date | None:
        if not self.valid_check.isChecked():
            return None
        d = self.valid_date.date()
        return date(d.year(), d.month(), d.day())

    def _fill_packages_combo(self) -> None:
        plan = self.document.plan
        current = self.packages_combo.currentData()
        self.packages_combo.blockSignals(True)
        try:
            self.packages_combo.clear()
            if self._given:
                self.packages_combo.addItem(tr("{label} ({count})", "given packages").format(
                    label=self._given_label, count=len(self._given)), ("given", ""))
            latest = latest_meso_set(plan)
            sets = list(plan.meso_sets)
            if latest is not None:  # latest first
                sets.remove(latest)
                sets.insert(0, latest)
            for s in sets:
                letters = ", ".join(n for n in s.packages)
                self.packages_combo.addItem(f"{s.name} ({letters})", ("set", s.name))
            self.packages_combo.addItem(tr("All packages that may be offered"), ("all", ""))
            sel = self.document.selected_package
            if sel:
                self.packages_combo.addItem(tr("Selected package only ({name})").format(name=sel), ("one", sel))
                if current is not None and current[0] == "one":
                    current = ("one", sel)  # "the selected package" is whichever is selected now
            i = self._packages_index(current) if current is not None else -1
            if i < 0 and self._given:  # opened on given packages (post-settlement): those, whatever is selected
                i = 0
            if i < 0 and sel:
                own = plan.meso_set_of(sel)
                i = self._packages_index(("set", own.name)) if own is not None else -1
            self.packages_combo.setCurrentIndex(max(i, 0))
        finally:
            self.packages_combo.blockSignals(False)

    def _packages_index(self, data: tuple[str, str]) -> int:
        """The row whose choice is ``data`` (``findData`` compares Python tuples by identity,
        so a choice rebuilt after an edit was never found again)."""
        combo = self.packages_combo
        return next((k for k in range(combo.count()) if tuple(combo.itemData(k) or ()) == tuple(data)), -1)

    def chosen_packages(self) -> list[Package]:
        """The packages that become Option A, B, C … under the current choice."""
        plan = self.document.plan
        kind, name = self.packages_combo.currentData() or ("all", "")
        if kind == "given":
            return list(self._given)
        if kind == "set":
            s = next((x for x in plan.meso_sets if x.name == name), None)
            if s is not None:
                return [plan.package(n) for n in s.packages]
        if kind == "one" and name in plan.package_names:
            return [plan.package(name)]
        return offerable_packages(plan)

    # -- the page source ---------------------------------------------------------------------
    def build_source(self) -> PageSource:
        """The renderer for the current choices (raises CardError when nothing may be printed)."""
        plan = self.document.plan
        pkgs = self.chosen_packages()
        if not pkgs:
            raise CardError(tr("the plan has no package that may be offered"))
        if self.mode == MODE_BRIEFING:
            return BriefingRenderer(briefing(plan, pkgs), paper_for_layout(self.layout_key))
        given = (self.packages_combo.currentData() or ("", ""))[0] == "given"
        options = dict(valid_until=self.valid_until, subject=self.subject_edit.text(),
                       show_descriptions=self.descriptions_check.isChecked(),
                       **self._why_options(plan),
                       **(self._given_options if given else {}))
        try:
            cs = card_set(plan, pkgs, **options)
        except RevealError as e:  # shown on our screen with the reason; output asks first
            cs = card_set(plan, pkgs, allow_revealing=True, **options)
            self._reveal = e.reasons
        if options.get("heading", "Option") == "Option":  # (post-settlement alternatives are not a set)
            self._unequal = unequal_warning(plan, pkgs)
        return CardRenderer(cs, self.layout_key)

    def _why_options(self, plan) -> dict:
        """The card-reverse options: talking points under the counterpart estimate (cached; fast)."""
        if not self.why_check.isChecked():
            return {}
        try:
            their = estimate_counterpart(plan).their_values()
        except ValueError:
            their = None
        return {"why_this_works": True, "their": their}

    @property
    def source(self) -> PageSource | None:
        return self._source

    @property
    def error(self) -> str:
        return self._error

    def _schedule(self, *_args) -> None:
        self._timer.start()

    def _on_selection(self, _name: str) -> None:
        self._fill_packages_combo()
        self._schedule()

    def _on_changed(self, change: Change) -> None:
        if change.touches("meso_sets", "packages"):
            self._fill_packages_combo()
        self._schedule()

    def refresh(self) -> None:
        """Rebuild the source and redraw the pages now."""
        self._timer.stop()
        cards_mode = self.mode == MODE_CARDS
        for row in (self._valid_row, self.subject_edit, self.descriptions_check, self.why_check):
            self.form.setRowVisible(row, cards_mode)
        self.valid_date.setEnabled(self.valid_check.isChecked())
        self.layout_combo.setToolTip(tr("Card layout") if cards_mode
                                     else tr("The briefing follows the paper of the layout (A4 or Letter)"))
        self._reveal, self._unequal = (), ""
        try:
            self._source = self.build_source()
            self._error = ""
        except (CardError, ValueError) as e:
            self._source = None
            self._error = str(e)
        ok = self._source is not None
        for b in (self.print_button, self.print_preview_button, self.pdf_button, self.png_button):
            b.setEnabled(ok)
        self._update_status()
        self._render_pages()

    def _update_status(self) -> None:
        if self._source is None:
            self.status_label.setStyleSheet("color: #b3261e; font-weight: bold;")
            self.status_label.setText(tr("Nothing to print: {error}").format(error=self._error))
        else:
            self.status_label.setStyleSheet("")
            n = self._source.page_count()
            if self.mode == MODE_CARDS:
                cs = self._source.cards  # type: ignore[attr-defined]
                cards = len(cs.cards)
                if cards == 1 and n == 1:
                    line = tr("{cards} card on {pages} page.")
                elif cards == 1:
                    line = tr("{cards} card on {pages} pages.")
                elif n == 1:
                    line = tr("{cards} cards on {pages} page.")
                else:
                    line = tr("{cards} cards on {pages} pages.")
                line = line.format(cards=cards, pages=n)
                if cards > 3:
                    line += "  " + tr("More than three options tend to overload the other side.")
                leaks = leak_warnings(self.document.plan, cs, self.chosen_packages())
                if leaks:
                    self.status_label.setStyleSheet("color: #9a5b00; font-weight: bold;")
                    line += "  " + tr("Check your own text: {warnings}.").format(warnings="; ".join(leaks))
                warn = [tr("Warning: {warning}.").format(warning=x) for x in self._reveal] + (
                    [tr("Warning: {warning}.").format(warning=self._unequal)] if self._unequal else [])
                if warn:
                    self.status_label.setStyleSheet("color: #b3261e; font-weight: bold;")
                self.status_label.setText("\n".join([line] + warn))
            else:
                warn = self._briefing_warnings()
                line = (tr("INTERNAL briefing, {pages} page.") if n == 1
                        else tr("INTERNAL briefing, {pages} pages.")).format(pages=n)
                if warn:
                    line += "  " + tr("Warning: {warning}", "briefing").format(warning=warn[0])
                self.status_label.setText(line)
        if self.mode == MODE_CARDS:
            self.promise_label.setText(tr("Cards show the terms only — never our points, weights, reservation "
                                          "value, BATNA, aspiration or any estimate of the other side, not even "
                                          "in the file's properties."))
        else:
            self.promise_label.setText(tr("The briefing carries our numbers and is marked INTERNAL on every page. "
                                          "Keep it on your side of the table."))

    def _briefing_warnings(self) -> list[str]:
        """The briefing's warnings (it prints them in the plan's language) in the window's."""
        plan, pkgs = self.document.plan, self.chosen_packages()
        unequal = unequal_warning(plan, pkgs)
        return offer_problems(plan, pkgs) + reveal_problems(plan, pkgs) + (
            [unequal[0].upper() + unequal[1:]] if unequal else [])

    # -- preview ------------------------------------------------------------------------------
    def eventFilter(self, obj, event):
        if obj is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._schedule()
        return super().eventFilter(obj, event)

    def _page_width_px(self) -> int:
        # Leave room for the vertical scroll bar whether or not it shows (no jumping, no
        # horizontal bar).
        bar = 0 if self.scroll.verticalScrollBar().isVisible() else self.scroll.verticalScrollBar().sizeHint().width()
        return max(240, self.scroll.viewport().width() - bar - 2 * 18 - 4)

    def _render_pages(self) -> None:
        n = self._source.page_count() if self._source is not None else 0
        while len(self.pages) > n:
            w = self.pages.pop()
            self.pages_layout.removeWidget(w)
            w.deleteLater()
        while len(self.pages) < n:
            w = _Page(self.pages_widget)
            w.setObjectName(f"cardsPage{len(self.pages) + 1}")
            self.pages_layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
            self.pages.append(w)
        if self._source is None:
            return
        size = self._source.page_size_mm()
        ratio = self.devicePixelRatioF() or 1.0
        width = self._page_width_px()
        dpi = width / (size.width() / 25.4) * ratio
        for i, w in enumerate(self.pages):
            img = render_image(self._source, i, dpi, ratio)
            w.setPixmap(QPixmap.fromImage(img))
            w.setFixedSize(round(img.width() / ratio) + 2, round(img.height() / ratio) + 2)

    # -- output ----------------------------------------------------------------------------------
    def _require_source(self, confirmed: bool = False) -> PageSource:
        """The source to print; cards that would show our hand only when ``confirmed``."""
        self.refresh()
        if self._source is None:
            raise CardError(self._error or tr("nothing to print"))
        if self.mode == MODE_CARDS and self._reveal and not confirmed:
            raise RevealError(self._reveal)
        return self._source

    def reveal_box(self) -> QMessageBox | None:
        """The confirm-with-reason question before output of cards that would show our hand
        (default No), or None when there is nothing to ask."""
        self.refresh()
        if self.mode != MODE_CARDS or not self._reveal:
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, "MESO Desk", tr("These cards would show our hand."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("cardsRevealBox")
        box.setInformativeText(tr("{reasons}\n\nThe other side would learn our walk-away. Print them anyway?").format(
            reasons="\n".join(self._reveal)))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box

    def confirm_reveal(self) -> bool:
        """True when the cards may go out: nothing to ask, or the user said Yes (default No)."""
        return said_yes(self.reveal_box())

    def export_pdf(self, path: str | Path, confirmed: bool = False) -> Path:
        source = self._require_source(confirmed)  # never over the plan itself (ExportError)
        output.refuse_output([path], self.document.path, ".pdf", tr("{path}: the PDF must end in .pdf"))
        out = write_pdf(source, path)
        self._remember_folder(out)
        return out

    def export_png(self, path: str | Path, dpi: float = 200.0, confirmed: bool = False) -> list[Path]:
        source = self._require_source(confirmed)
        output.refuse_output(output.png_paths(path, source.page_count()), self.document.path, ".png",
                             tr("{path}: the image must end in .png"))
        out = write_png(source, path, dpi)
        self._remember_folder(out[0])
        return out

    def print_to(self, printer, confirmed: bool = False) -> int:
        """Print on ``printer`` (already set up); returns the number of pages printed."""
        return print_pages(self._require_source(confirmed), printer)

    def default_file_name(self, suffix: str) -> str:
        plan = self.document.plan
        with plan_language(plan):  # the file is named in the document's language
            if self.mode == MODE_BRIEFING:
                return _safe_filename(tr("INTERNAL briefing – {title}").format(title=plan.title)) + suffix
            # the cards go to the supplier: named as their PDF is titled, never by our working title
            who = plan.counterpart.strip()
            name = tr("Options for {counterpart}").format(counterpart=who) if who else tr(
                "Options", "card document title")
            return _safe_filename(name) + suffix

    def _remember_folder(self, path: Path) -> None:
        self.settings.set_last_folder(str(Path(path).parent))

    def ask_export_path(self, title: str, suffix: str, filters: str) -> str:
        """Ask where to write (a file dialog in the last folder, with the default file name);
        ``""`` when cancelled. A name without a suffix gets ``suffix``."""
        start = str(Path(self.settings.last_folder()) / self.default_file_name(suffix))
        path, _ = QFileDialog.getSaveFileName(self, title, start, filters)
        if path and not Path(path).suffix:
            path += suffix
        return path

    def _report(self, what: str, fn) -> None:
        try:
            result = fn()
        except (ExportError, CardError, OSError) as e:
            self.status_label.setText(what.format(error=e))  # never still "Saved …" from before
            QMessageBox.warning(self, "MESO Desk", what.format(error=e))
            return
        if isinstance(result, list):
            names = ", ".join(p.name for p in result[:3]) + (" …" if len(result) > 3 else "")
        else:
            names = Path(result).name if result else ""
        if names:
            self.status_label.setText(tr("Saved {files}").format(files=names))

    def export_pdf_dialog(self) -> None:
        title = tr("Export Briefing") if self.mode == MODE_BRIEFING else tr("Export Cards as PDF")
        if not self.confirm_reveal():
            return
        path = self.ask_export_path(title, ".pdf", tr("PDF documents (*.pdf)"))
        if path:
            self._report(tr("Could not write the PDF: {error}"), lambda: self.export_pdf(path, confirmed=True))

    def export_png_dialog(self) -> None:
        if not self.confirm_reveal():
            return
        path = self.ask_export_path(tr("Export as PNG"), ".png", tr("PNG images (*.png)"))
        if path:
            self._report(tr("Could not write the image: {error}"), lambda: self.export_png(path, confirmed=True))

    def print_dialog(self) -> None:
        # QtPrintSupport is imported when printing: the PDF export (also the CLI's, through this
        # package) must not need the print-support library (CUPS on Linux)
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if not self.confirm_reveal():
            return
        source = self._require_source(confirmed=True)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(source, printer)
        dlg = QPrintDialog(printer, self)
        dlg.setWindowTitle(tr("Print Cards") if self.mode == MODE_CARDS else tr("Print Briefing"))
        if dlg.exec() == QDialog.DialogCode.Accepted:
            try:
                n = self.print_to(printer, confirmed=True)
            except (ExportError, CardError, OSError) as e:
                QMessageBox.warning(self, "MESO Desk", tr("Could not print: {error}").format(error=e))
                return
            self.status_label.setText((tr("Sent {pages} page to the printer.") if n == 1
                                       else tr("Sent {pages} pages to the printer.")).format(pages=n))

    def print_preview_dialog(self) -> None:
        # (imported here for the reason given in print_dialog)
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        if not self.confirm_reveal():
            return
        source = self._require_source(confirmed=True)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(source, printer)
        dlg = QPrintPreviewDialog(printer, self)
        dlg.setObjectName("cardsPrintPreviewDialog")
        dlg.paintRequested.connect(lambda pr: print_pages(source, pr))
        dlg.exec()

    # -- remembered choices ------------------------------------------------------------------------
    def _restore_choices(self) -> None:
        s = self.settings
        i = self.layout_combo.findData(s.value("cards/layout", DEFAULT_LAYOUT))
        if i >= 0:
            self.layout_combo.setCurrentIndex(i)
        self.valid_check.setChecked(str(s.value("cards/valid_until", "false")).lower() == "true")
        try:
            days = int(s.value("cards/valid_days", DEFAULT_VALID_DAYS))
        except (TypeError, ValueError):
            days = DEFAULT_VALID_DAYS
        self.valid_date.setDate(QDate.currentDate().addDays(max(0, min(days, 3650))))
        self.descriptions_check.setChecked(str(s.value("cards/descriptions", "false")).lower() == "true")
        self.why_check.setChecked(str(s.value("cards/why_this_works", "false")).lower() == "true")

    def _save_choices(self) -> None:
        s = self.settings
        s.set_value("cards/layout", self.layout_key)
        s.set_value("cards/valid_until", "true" if self.valid_check.isChecked() else "false")
        s.set_value("cards/valid_days", QDate.currentDate().daysTo(self.valid_date.date()))
        s.set_value("cards/descriptions", "true" if self.descriptions_check.isChecked() else "false")
        s.set_value("cards/why_this_works", "true" if self.why_check.isChecked() else "false")

    def done(self, result: int) -> None:
        self._save_choices()
        self._timer.stop()
        try:
            self.document.changed.disconnect(self._on_changed)
        except (RuntimeError, TypeError):
            pass
        super().done(result)

    def closeEvent(self, event) -> None:
        self._save_choices()
        self._timer.stop()
        super().closeEvent(event)


# -- entry points for the main window ----------------------------------------------------------------
def open_cards_dialog(parent: QWidget | None, document: PlanDocument, mode: str = MODE_CARDS,
                      packages: list[Package] | None = None, card_options: dict | None = None,
                      packages_label: str | None = None, settings: Settings | None = None) -> CardsDialog:
    """File → Print Cards…: show the preview dialog (non-modal, deleted on close) and return it.
    ``packages``/``card_options``/``packages_label``/``settings``: see :class:`CardsDialog`."""
    dlg = CardsDialog(document, parent, mode=mode, settings=settings, packages=packages,
                      card_options=card_options, packages_label=packages_label)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dlg.show()
    return dlg


def _quick_export(parent: QWidget | None, document: PlanDocument, mode: str,
                  settings: Settings | None) -> Path | None:
    """Ask for a file name and write the default cards (or briefing) with the remembered layout."""
    dlg = CardsDialog(document, parent, mode=mode, settings=settings)
    try:
        if dlg.source is None:
            QMessageBox.warning(parent, "MESO Desk", tr("Nothing to export: {error}").format(error=dlg.error))
            return None
        if not dlg.confirm_reveal():  # cards that would show our hand: asked, default No
            return None
        title = tr("Export Briefing (INTERNAL)") if mode == MODE_BRIEFING else tr("Export Cards as PDF")
        path = dlg.ask_export_path(title, ".pdf", tr("PDF documents (*.pdf)"))
        if not path:
            return None
        try:
            return dlg.export_pdf(path, confirmed=True)
        except (ExportError, CardError, OSError) as e:
            failed = tr("Could not write the PDF: {error}").format(error=e)
            document.post_message(failed, 10000)
            QMessageBox.warning(parent, "MESO Desk", failed)
            return None
    finally:
        dlg.deleteLater()


def export_cards_dialog(parent: QWidget | None, document: PlanDocument,
                        settings: Settings | None = None) -> Path | None:
    """File → Export Cards as PDF…: the latest MESO set (else all packages that may be offered)."""
    return _quick_export(parent, document, MODE_CARDS, settings)


def export_briefing_dialog(parent: QWidget | None, document: PlanDocument,
                           settings: Settings | None = None) -> Path | None:
    """File → Export Briefing…: the INTERNAL briefing for the same packages."""
    return _quick_export(parent, document, MODE_BRIEFING, settings)


__all__ = ["CardsDialog", "export_briefing_dialog", "export_cards_dialog", "open_cards_dialog"]
