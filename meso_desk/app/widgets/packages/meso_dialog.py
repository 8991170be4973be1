"""The "Generate MESOs" dialog: a level control, the number of packages, a live preview.

The level control is a slider and a spin box in points, marked against the plan's
reservation value (red zone below it: nothing there may be offered) and its aspiration
(dark tick). The preview is generated off the GUI thread by the window's one background
facility (:class:`~meso_desk.app.background.LatestJob`: latest request wins),
so dragging the level never stutters; "Add MESO set" emits :attr:`MesoDialog.setChosen` with
the previewed packages, which the package panel adds to the plan as one undoable step
(:func:`meso_desk.model.edits.meso_set_edits.add_meso_set`). A generation that runs longer
than half a second (a very large plan) shows a progress bar and a Stop button; the model's
progress hook is also the job's checkpoint, so a newer request or Stop ends it early. When the
plan was too large to search whole, the message under the preview says what was approximated.
"Add a contingent option" (on when the plan has uncertain events) appends a contingent version of
one package, worth the same to us (:func:`~meso_desk.model.offers.contingent.with_contingent_options`),
computed with the rest of the set; its column is marked "contingent" and keeps its clause when added.
The preview (:mod:`.meso_preview`) shows every term whole: the dialog widens to its terms, up to the
screen.
"""

from __future__ import annotations

import math
import threading
import warnings

from PySide6.QtCore import QRectF, QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QVBoxLayout,
    QWidget,
)

from ....model.approvals.rules import has_refusals
from ....model.counterpart.inference import estimate_counterpart
from ....model.documents.plan_notes import approval_lines
from ....model.language import list_words, number, tr
from ....model.offers.contingent import with_contingent_options
from ....model.offers.meso import MesoPackages, generate_mesos
from ....model.offers.robustness import Robustness, set_robustness
from ....model.offers.status import lowest_offer
from ....model.package import Package
from ....model.plan import Plan
from ....model.scoring import score
from ...background import LatestJob, checkpoint
from ...document import PlanDocument
from ..common import described, fit_to_screen
from ..dialog_keys import add_buttons
from ..entry_spin import DoubleSpinBox, SpinBox
from ..glyphs import status_colour, status_pixmap
from .meso_preview import MesoPreview

_SCALE = 10  # level slider: 0.1 point per position
_DEBOUNCE_MS = 120
#: Progress and the Stop button appear when a generation takes longer than this.
_PROGRESS_AFTER_MS = 500


class LevelSlider(QSlider):
    """A 0..100-point slider with the reservation zone and the aspiration marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("mesoLevelSlider")
        self.setAccessibleName(tr("Level of the MESO set in points"))
        self.setRange(0, 100 * _SCALE)
        self.setSingleStep(_SCALE // 2)
        self.setPageStep(5 * _SCALE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.reservation = 0.0
        self.aspiration: float | None = None

    def set_marks(self, reservation: float, aspiration: float | None) -> None:
        self.reservation = float(reservation)
        self.aspiration = None if aspiration is None else float(aspiration)
        self.update()

    def sizeHint(self) -> QSize:
        s = super().sizeHint()
        return QSize(max(260, s.width()), s.height() + 8)

    def _x(self, groove, handle, points: float) -> float:
        span = groove.width() - handle.width()
        return groove.left() + handle.width() / 2.0 + span * points / 100.0

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        style = self.style()
        opt = QStyleOptionSlider()
        self.initStyleOption(opt)
        cc = QStyle.ComplexControl.CC_Slider
        opt.subControls = QStyle.SubControl.SC_SliderGroove
        style.drawComplexControl(cc, opt, p, self)
        groove = style.subControlRect(cc, opt, QStyle.SubControl.SC_SliderGroove, self)
        handle = style.subControlRect(cc, opt, QStyle.SubControl.SC_SliderHandle, self)
        cy = handle.center().y() + 0.5
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        red = status_colour("below")
        red.setAlpha(190)
        x_res = self._x(groove, handle, self.reservation)
        if self.reservation > 0:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(red)
            p.drawRoundedRect(QRectF(groove.left() + 1, cy - 2.5, max(2.0, x_res - groove.left() - 1), 5), 2, 2)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        p.setPen(QPen(status_colour("below"), 2))
        p.drawLine(int(x_res), int(cy + 5), int(x_res), int(self.height() - 1))
        if self.aspiration is not None:
            x_asp = self._x(groove, handle, self.aspiration)
            p.setPen(QPen(text, 2))
            p.drawLine(int(x_asp), int(cy + 5), int(x_asp), int(self.height() - 1))
        opt.subControls = QStyle.SubControl.SC_SliderHandle
        style.drawComplexControl(cc, opt, p, self)
        p.end()


class LevelControl(QWidget):
    """Slider + spin box for a level in points, marked against reservation and aspiration."""

    levelChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mesoLevel")
        self.slider = LevelSlider(self)
        self.spin = DoubleSpinBox(self)
        self.spin.setObjectName("mesoLevelSpin")
        self.spin.setAccessibleName(tr("Level in points"))
        self.spin.setRange(0.0, 100.0)
        self.spin.setDecimals(1)
        self.spin.setSingleStep(0.5)
        self.spin.setSuffix(tr(" pts"))
        self.spin.setKeyboardTracking(False)
        self.spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.aspiration_button = QPushButton(tr("Aspiration"))
        self.aspiration_button.setObjectName("mesoLevelAspiration")
        self.aspiration_button.setToolTip(tr("Back to the plan's aspiration level"))
        self.marks = QLabel()
        self.marks.setObjectName("mesoLevelMarks")
        self.marks.setTextFormat(Qt.TextFormat.RichText)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        row = QHBoxLayout()
        row.addWidget(self.slider, 1)
        row.addWidget(self.spin)
        row.addWidget(self.aspiration_button)
        lay.addLayout(row)
        lay.addWidget(self.marks)
        self._lowest = 0.0  # the lowest level that may be asked for (model.offers.status.lowest_offer)
        self._aspiration = 0.0
        self._level = self.spin.value()  # the level last announced (the spin shows a typed one first)
        self.slider.valueChanged.connect(lambda v: self.set_level(v / _SCALE))
        self.spin.valueChanged.connect(self.set_level)
        self.aspiration_button.clicked.connect(lambda: self.set_level(self._aspiration))
        self.slider.setToolTip(tr("The level every package of the set is worth to you. The red zone is below your "
                                  "reservation value; the dark tick is your aspiration."))

    def set_plan_levels(self, reservation: float, aspiration: float, lowest: float) -> None:
        """Mark the plan's reservation and aspiration; the level goes no lower than ``lowest`` (the
        lowest level a set may have, :func:`~meso_desk.model.offers.status.lowest_offer`; rounded up
        to the tenth the level is shown in)."""
        lowest = math.ceil(round(float(lowest) * 10, 6)) / 10
        self._lowest, self._aspiration = lowest, float(aspiration)
        self.slider.set_marks(reservation, aspiration)
        self.spin.setMinimum(lowest)
        self.spin.setToolTip(tr("Level in points (0–100); at least {lowest:.1f}: a set worth your reservation "
                                "value {reservation:.1f} would show your hand").format(
            lowest=lowest, reservation=reservation))
        red = status_colour("below").name()
        self.marks.setText(tr("{mark} below reservation {reservation:.1f} &nbsp; <b>|</b> aspiration "
                              "{aspiration:.1f}").format(mark=f"<span style='color:{red}'>▮</span>",
                                                         reservation=reservation, aspiration=aspiration))

    @property
    def level(self) -> float:
        return round(self.spin.value(), 1)

    def set_level(self, level: float) -> None:
        level = round(max(self._lowest, min(100.0, float(level))), 1)
        # against the level announced, not the spin's: a typed level is in the spin before it comes here
        changed = abs(level - self._level) > 1e-9
        self._level = level
        with QSignalBlocker(self.slider), QSignalBlocker(self.spin):
            self.spin.setValue(level)
            self.slider.setValue(int(round(level * _SCALE)))
        if changed:
            self.levelChanged.emit(level)


class _Progress:
    """Shared between the dialog and its job: the fraction done (written by the worker) and
    the Stop request (written by the dialog). The job's hook also stops at the background
    facility's checkpoint when a newer request replaces it."""

    def __init__(self) -> None:
        self.fraction = 0.0
        self.stop = threading.Event()

    def __call__(self, fraction: float) -> bool:
        self.fraction = fraction
        checkpoint()
        return not self.stop.is_set()


def _generate(payload: tuple) -> tuple[Plan, int, float, MesoPackages, Robustness, list[Package]]:
    """The preview's set, its robustness and its contingent option (asked for: at most one, else
    none) (runs on the background facility; a model error comes back as the result)."""
    plan, count, level, progress, robust, *rest = payload
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        packages = generate_mesos(plan, count, level, progress=progress, robust=robust,
                                  approvals=rest[0] if rest else None)
    extra: list[Package] = []
    if len(rest) > 1 and rest[1] and plan.events:
        checkpoint()
        their = estimate_counterpart(plan).their_values()
        extra = with_contingent_options(plan, list(packages), their, max_new=1)[len(packages):]
    return plan, count, level, packages, set_robustness(plan, packages), extra


class MesoDialog(QDialog):
    """Choose a level and a count; preview the set; add it as one undoable step."""

    #: "Add MESO set" was pressed: the previewed packages (term mappings) and their level
    setChosen = Signal(object, float)

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mesoDialog")
        self.setWindowTitle(tr("Generate MESOs"))
        self._doc = document
        self._token = 0
        self._result: tuple[Plan, int, float, MesoPackages] | None = None
        self._extra: list[Package] = []
        self._sized = False
        self._job = LatestJob(_generate, self, "meso-dialog")
        self._job.done.connect(self._finished)
        plan = document.plan

        lay = QVBoxLayout(self)
        intro = QLabel(tr("Packages worth the same to you, each conceding on a different issue. Offer them "
                          "together: the one the counterpart prefers tells you what matters to them."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.level = LevelControl(self)
        self.level.set_plan_levels(plan.reservation, plan.aspiration, lowest_offer(plan))
        self.level.set_level(plan.aspiration)
        level_label = QLabel(tr("&Level", "MESO dialog"))
        level_label.setBuddy(self.level.slider)
        form.addRow(level_label, self.level)
        count_row = QHBoxLayout()
        self.count = SpinBox()
        self.count.setObjectName("mesoCount")
        self.count.setRange(2, 5)
        self.count.setValue(3)
        self.count.setSuffix(tr(" packages"))
        self.count.setToolTip(tr("Two or three packages; more tend to overload the other side."))
        self.count_warning = QLabel()
        self.count_warning.setObjectName("mesoCountWarning")
        count_row.addWidget(self.count)
        count_row.addWidget(self.count_warning, 1)
        count_label = QLabel(tr("&Offer", "MESO dialog: how many packages"))
        count_label.setBuddy(self.count)
        form.addRow(count_label, count_row)
        self._build_option_rows(form, plan)
        lay.addLayout(form)

        self._build_preview(lay)
        self.robustness = QLabel()
        self.robustness.setObjectName("mesoRobustness")
        self.robustness.setWordWrap(True)
        self.robustness.setVisible(False)
        lay.addWidget(self.robustness)
        self._build_message_rows(lay)
        self.buttons = described(QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel))
        self.add_button = self.buttons.addButton(tr("Add MESO set"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setObjectName("mesoAdd")
        self.add_button.setEnabled(False)
        self.add_button.setToolTip(tr("Add the previewed packages as a MESO set (one undo step)"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Enter adds the set shown (nothing while a typed level is still being generated)
        add_buttons(lay, self.buttons, default=self.add_button)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_DEBOUNCE_MS)
        self._timer.timeout.connect(self.regenerate)
        self.level.levelChanged.connect(lambda _v: self._request())
        self.count.valueChanged.connect(lambda _v: self._request())
        self.robust.toggled.connect(lambda _v: self._request())
        self.approvals.toggled.connect(lambda _v: self._request())
        self.resize(640, 420)
        self.regenerate()

    def _build_preview(self, lay: QVBoxLayout) -> None:
        """The preview table: a column per package, sized to show every row (no scroll bar) and
        every term whole (:mod:`.meso_preview`)."""
        self.preview = MesoPreview()
        # narrower columns (more packages, a narrower dialog) wrap cells onto more lines: fit again
        # once the columns have their widths
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._fit_preview_height)
        self.preview.horizontalHeader().sectionResized.connect(lambda *_a: self._refit.start())
        lay.addWidget(self.preview)

    def _build_option_rows(self, form: QFormLayout, plan: Plan) -> None:
        self._build_robust_row(form, plan)
        self._build_approvals_row(form, plan)
        self._build_contingent_row(form, plan)

    def _build_robust_row(self, form: QFormLayout, plan: Plan) -> None:
        """The "robust sets" option: on by default once the plan says how unsure its weights are."""
        self.robust = QCheckBox(tr("Keep the packages equal even if my weights are a little off"))
        self.robust.setObjectName("mesoRobust")
        self.robust.setChecked(plan.weight_region is not None)
        self.robust.setToolTip(tr("Prefer sets whose values stay close over the range your weights may be in "
                                  "(Weights panel: Unsure by ±, or Ask me); without one, ± 5 points."))
        form.addRow("", self.robust)

    def _build_approvals_row(self, form: QFormLayout, plan: Plan) -> None:
        """The approvals switch: on by default when an approver of ours refuses something (docs/approvals.md)."""
        self.approvals = QCheckBox(tr("Only packages every approver accepts"))
        self.approvals.setObjectName("mesoApprovals")
        refusing = has_refusals(plan)
        self.approvals.setChecked(refusing)
        self.approvals.setEnabled(refusing)
        self.approvals.setToolTip(tr("Keep out every package an approver of yours refuses, as a hard limit would "
                                     "({rules})").format(rules="; ".join(approval_lines(plan))) if refusing else
                                  tr("No approver refuses anything (File ▸ Plan Properties…: who must approve)."))
        form.addRow("", self.approvals)

    def _build_contingent_row(self, form: QFormLayout, plan: Plan) -> None:
        """The contingent option: on when the plan has uncertain events (docs/contingent-terms.md)."""
        self.contingent = QCheckBox(tr("Add a contingent option"))
        self.contingent.setObjectName("mesoContingent")
        has = any(not e.resolved for e in plan.events)
        self.contingent.setChecked(has)
        self.contingent.setEnabled(has)
        self.contingent.setToolTip(tr("Add one package whose term depends on an uncertain event, worth the same to "
                                      "you under your forecast and more to them under theirs") if has else
                                   tr("No uncertain event yet (Negotiation ▸ Uncertain Events…)"))
        self.contingent.toggled.connect(lambda _v: self._request())
        form.addRow("", self.contingent)

    def _build_message_rows(self, lay: QVBoxLayout) -> None:
        """The message under the preview, then the progress bar and Stop button (shown only
        while a generation takes long)."""
        msg_row = QHBoxLayout()
        self.message_icon = QLabel()
        self.message_icon.setFixedSize(16, 16)
        self.message = QLabel()
        self.message.setObjectName("mesoMessage")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(2 * self.message.fontMetrics().lineSpacing() + 4)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        msg_row.addWidget(self.message_icon, 0, Qt.AlignmentFlag.AlignTop)
        msg_row.addWidget(self.message, 1)
        self.use_nearest = QPushButton()
        self.use_nearest.setObjectName("mesoUseNearest")
        self.use_nearest.setVisible(False)
        self.use_nearest.clicked.connect(self._use_nearest)
        msg_row.addWidget(self.use_nearest, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(msg_row)
        self._nearest: float | None = None
        row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setObjectName("mesoProgress")
        self.progress.setRange(0, 100)
        self.progress.setToolTip(tr("A large plan takes a moment to search"))
        self.stop_button = QPushButton(tr("Stop"))
        self.stop_button.setObjectName("mesoStop")
        self.stop_button.setToolTip(tr("Stop generating (the level and count stay as they are)"))
        self.stop_button.clicked.connect(self.stop)
        row.addWidget(self.progress, 1)
        row.addWidget(self.stop_button)
        self._set_progress_visible(False)
        self._progress = _Progress()
        self._poll = QTimer(self)
        self._poll.setInterval(100)
        self._poll.timeout.connect(self._show_progress)
        lay.addLayout(row)

    # -- generation --------------------------------------------------------------------
    def _request(self) -> None:
        n = self.count.value()
        self.count_warning.setText(tr("More than three tend to overload the other side.") if n > 3 else "")
        self.add_button.setEnabled(False)
        self._timer.start()

    def regenerate(self) -> None:
        """Start generating for the current level and count (latest request wins)."""
        self._token += 1
        self._show_message(tr("Generating…"), "info")
        self._progress = _Progress()
        self._poll.start()
        self._job.request(self._token, (self._doc.plan, self.count.value(), self.level.level, self._progress,
                                        self.robust.isChecked(), self.approvals.isChecked(),
                                        self.contingent.isChecked()))

    def stop(self) -> None:
        """Stop the generation in flight (the Stop button); the preview stays empty."""
        self._progress.stop.set()
        self._job.cancel()
        self._token += 1
        self._poll.stop()
        self._set_progress_visible(False)
        self._show_message(tr("Stopped. Change the level or the count to generate again."), "info")

    def _show_progress(self) -> None:
        """Show the progress bar and Stop once a generation runs longer than about 0.5 s."""
        if not self._job.is_busy():
            self._poll.stop()
            self._set_progress_visible(False)
            return
        self._waited += self._poll.interval()
        if self._waited >= _PROGRESS_AFTER_MS:
            self._set_progress_visible(True)
            self.progress.setValue(int(round(100 * self._progress.fraction)))

    def _set_progress_visible(self, on: bool) -> None:
        if not on:
            self._waited = 0  # ms the generation has run (progress shows after _PROGRESS_AFTER_MS)
        self.progress.setVisible(on)
        self.stop_button.setVisible(on)

    def is_busy(self) -> bool:
        return self._job.is_busy() or self._timer.isActive()

    def _finished(self, token: int, out: object) -> None:
        if token != self._token:
            return  # a newer request is on its way (or the user pressed Stop)
        self._poll.stop()
        self._set_progress_visible(False)
        if isinstance(out, Exception):
            self._result = None
            self.preview.clear()
            self.preview.setRowCount(0)
            self.preview.setColumnCount(0)
            self.robustness.setVisible(False)
            self._show_message(getattr(out, "plain", "") or str(out)[0].upper() + str(out)[1:], "below")
            self.message.setToolTip(str(out))
            self._nearest = getattr(out, "nearest", None)
            if self._nearest is not None:
                self.use_nearest.setText(tr("Use {level:.1f}").format(level=self._nearest))
                self.use_nearest.setToolTip(tr("Generate the set at {level:.1f} points instead").format(
                    level=self._nearest))
            self.use_nearest.setVisible(self._nearest is not None)
            self.add_button.setEnabled(False)
            return
        plan, _count, _level, packages, robustness, extra = out
        self._result = (plan, _count, _level, packages)
        self._extra = list(extra)
        self._fill_preview(plan, packages)
        self._show_robustness(robustness)
        said, offerable = self._set_words(plan, packages)
        self._show_message(said, "ok" if offerable else "below")
        short = self.message.heightForWidth(self.message.width()) - self.message.height()
        if short > 0:  # a longer message needs room: grow rather than clip it
            self.resize(self.width(), self.height() + short)
        self.add_button.setEnabled(offerable)

    def _set_words(self, plan: Plan, packages: MesoPackages) -> tuple[str, bool]:
        """The message for a generated set, and whether it may be added: never "above your
        reservation" for a package the cards would refuse as worth our reservation value."""
        ours = [score(plan, p) for p in packages]
        low, high = min(ours), max(ours)
        # the words count and name the columns shown: the set's, then its contingent options
        shown = [*packages, *self._extra]
        names = [p.name or chr(65 + j) for j, p in enumerate(packages)] + [
            chr(65 + j) for j in range(len(packages), len(shown))]
        hand = [names[j] for j, p in enumerate(shown) if score(plan, p) < lowest_offer(plan)]
        if hand:  # (the engine offers none: this is the guard that the words never claim otherwise)
            return tr("{n} packages worth {low:.1f}–{high:.1f} points, but {names} would be worth about your "
                      "reservation value ({reservation:.1f}) or less and show your hand. Raise the level.").format(
                n=len(shown), low=low, high=high, names=", ".join(hand), reservation=plan.reservation), False
        spread = high - low
        approx = getattr(packages, "approximation", "")
        if self._extra and self.contingent.isChecked():
            return self._words_with_contingent(names, len(packages), low, high, spread) + (
                f" {approx}" if approx else ""), True
        if self.approvals.isChecked():
            said = tr("{n} packages worth {low:.1f}–{high:.1f} points (spread {spread}), each conceding on a "
                      "different issue; all acceptable and above your reservation, and every approver accepts them.")
        else:
            said = tr("{n} packages worth {low:.1f}–{high:.1f} points (spread {spread}), each conceding on a "
                      "different issue; all acceptable and above your reservation.")
        # a spread under 0.1 in hundredths: "70.0–70.1 (spread 0.0)" read as a contradiction
        said = said.format(n=len(packages), low=low, high=high, spread=number(spread, 2 if spread < 0.095 else 1))
        return said + (f" {approx}" if approx else "") + self._contingent_words(), True

    def _contingent_words(self) -> str:
        if not self.contingent.isChecked() or self._extra:
            return ""  # (the contingent options are named in the set's words)
        return " " + tr("No contingent option found that is worth more to them by their forecast.")

    def _words_with_contingent(self, names: list[str], k: int, low: float, high: float, spread: float) -> str:
        """The set's words when contingent options follow its ``k`` packages: every column counted
        and named ("4 packages: A, B and C worth …; D is contingent …"), never "the last one"."""
        if self.approvals.isChecked():
            said = tr("{n} packages: {set} worth {low:.1f}–{high:.1f} points (spread {spread}), each conceding on a "
                      "different issue; all acceptable and above your reservation, and every approver accepts "
                      "them.")
        else:
            said = tr("{n} packages: {set} worth {low:.1f}–{high:.1f} points (spread {spread}), each conceding on a "
                      "different issue; all acceptable and above your reservation.")
        said = said.format(n=len(names), set=list_words(names[:k]), low=low, high=high,
                           spread=number(spread, 2 if spread < 0.095 else 1))
        extra = names[k:]
        if len(extra) == 1:
            return said + " " + tr("{name} is contingent: its points are an expected value under your forecast.").format(
                name=extra[0])
        return said + " " + tr("{names} are contingent: their points are expected values under your forecast.").format(
            names=list_words(extra))

    def _fill_preview(self, plan: Plan, set_packages: MesoPackages) -> None:
        self.preview.fill(plan, set_packages, self._extra)  # the contingent option last
        self._size_to_preview()
        self._fit_preview_height()

    def _size_to_preview(self) -> None:
        """The dialog as wide as the preview's terms on one line, up to the screen (there the
        columns narrow and wrap, :meth:`MesoPreview.fit_columns`): the first time it takes that
        width, later it only grows (the user may have made it wider; more packages need more)."""
        m = self.layout().contentsMargins()
        want = m.left() + m.right() + self.preview.natural_width()
        if not self._sized:
            fit_to_screen(self, max(want, self.width()), self.height())
        elif want > self.width():
            fit_to_screen(self, want, self.height())
        self._sized = True
        screen = self.screen() or QGuiApplication.primaryScreen()
        if self.isVisible() and screen is not None:  # grown to the right: back onto the screen
            avail, frame = screen.availableGeometry(), self.frameGeometry()
            x = max(avail.left(), min(frame.left(), avail.right() - frame.width() + 1))
            if x != frame.left():
                self.move(x, frame.top())

    def _fit_preview_height(self) -> None:
        """The preview as tall as all its rows, so none is cut off; only a table taller than the
        screen has room for keeps a scroll bar (run again whenever the columns change width)."""
        t = self.preview
        t.resizeRowsToContents()
        need = (t.horizontalHeader().sizeHint().height() + 2 * t.frameWidth()
                + sum(t.rowHeight(r) for r in range(t.rowCount())))
        if t.scrolls_sideways():  # a screen too narrow for every column: room for the scroll bar under them
            need += t.horizontalScrollBar().sizeHint().height()
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = need if screen is None else max(
            160, screen.availableGeometry().height() - (self.sizeHint().height() - t.height()) - 40)
        t.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff if need <= room
                                     else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        t.setFixedHeight(min(need, room))
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Make the dialog tall enough for its contents (wrapped labels included) rather than squeeze
        them over one another, up to the screen."""
        lay = self.layout()
        need = lay.totalHeightForWidth(self.width()) if lay.hasHeightForWidth() else lay.totalSizeHint().height()
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            need = min(need, screen.availableGeometry().height())
        if need > self.height():
            self.resize(self.width(), need)

    def _show_robustness(self, r: Robustness) -> None:
        """The robustness badge: how far apart the set's values can get if the weights move."""
        icon = "✔" if r.stays_equal else "◆"
        colour = status_colour("ok" if r.stays_equal else "short").name()
        self.robustness.setText(f"<span style='color:{colour}'>{icon}</span> "
                                + tr("<b>Robustness:</b> {sentence}").format(sentence=r.sentence))
        self.robustness.setToolTip(tr("The largest difference between the set's values to you over the range "
                                      "your weights may be in (computed exactly). A set that drifts apart shows a "
                                      "preference you did not mean to show."))
        self.robustness.setProperty("staysEqual", r.stays_equal)
        self.robustness.setProperty("worstSpread", round(r.worst, 2))
        self.robustness.setVisible(True)
        need = self.layout().totalSizeHint().height()
        if need > self.height():  # the badge needs room: grow rather than squeeze the preview
            self.resize(self.width(), need)

    def _use_nearest(self) -> None:
        """The "Use 87.5" button: ask for the nearest level that has a set."""
        if self._nearest is not None:
            self.level.set_level(self._nearest)

    def _show_message(self, text: str, status: str) -> None:
        self.use_nearest.setVisible(False)
        self.message.setToolTip("")
        self.message.setText(text)
        self.message_icon.setPixmap(status_pixmap(status, 16))

    # -- result ------------------------------------------------------------------------
    def accept(self) -> None:
        if self._result is None:
            return
        plan, _count, level, packages = self._result
        if plan is not self._doc.plan:  # the plan changed while the dialog was open
            self._request()
            return
        # the contingent option goes as a package (its clause is kept: PackagePanel.add_meso_set)
        self.setChosen.emit([*(dict(p) for p in packages), *self._extra], level)
        super().accept()

    def done(self, r: int) -> None:
        self._timer.stop()
        self._poll.stop()
        self._token += 1
        self._progress.stop.set()
        self._job.shutdown()
        super().done(r)
