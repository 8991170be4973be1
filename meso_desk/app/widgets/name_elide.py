"""Names shortened so that two of them never read the same.

Issue names often share a long beginning ("Lieferzeit ab Bestellung für Standardmodelle" /
"… für Sondermodelle"): cut at the end, both read "Lieferzeit ab Bestell…" and a negotiator can
no longer tell the rows, sliders or axes apart. :func:`distinct_elided` shortens a set of names to
one width the usual way (the end cut off with "…") where that leaves them different, and only the
ones that would read the same differently: they keep the words where they part, their beginning
cut ("Lieferzeit ab…Sondermodelle"; where not even that fits, "…Sondermod…"). The whole name is
always in the tooltip of what shows it.

* :class:`NameButton` — a push button whose text is a name, shortened so.
* :class:`NameCombo` — a combo box of names whose closed box shows the current name shortened so,
  never wider than it is given (``AdjustToMinimumContentsLengthWithIcon``), each item's whole
  text in its tooltip.
"""

from __future__ import annotations

from collections import OrderedDict, defaultdict
from collections.abc import Iterable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

_RIGHT, _MIDDLE = Qt.TextElideMode.ElideRight, Qt.TextElideMode.ElideMiddle
#: where a name may be cut so that what is left starts a word
_BREAKS = " -/(,"


def word_elided(full: str, shown: str) -> str:
    """``shown`` (``full`` cut with "…" by Qt) cut back to the last whole word, when that keeps
    at least half of what was shown; else ``shown`` as it is."""
    kept = shown[:-1] if shown.endswith("…") else shown
    if not kept or full[len(kept):len(kept) + 1] in (" ", ""):
        return shown
    cut = kept.rstrip().rfind(" ")
    if cut >= max(1, len(kept) // 2):
        return kept[:cut].rstrip(" +·,-–") + "…"
    return shown


def _clashes(shown: dict[str, str]) -> dict[str, list[str]]:
    """For each name that reads the same as another, the others it reads the same as."""
    by_text: dict[str, list[str]] = defaultdict(list)
    for name, text in shown.items():
        by_text[text].append(name)
    return {n: [o for o in group if o != n] for group in by_text.values() if len(group) > 1 for n in group}


def _ambiguous(shown: dict[str, str]) -> dict[str, list[str]]:
    """For each name cut at its end, the other names that begin with what it still shows: it
    could be any of them ("Lieferzeit ab Bestellung für…")."""
    out = {}
    for name, text in shown.items():
        if text == name or not text.endswith("…"):
            continue
        kept = text[:-1].rstrip()
        others = [o for o in shown if o != name and o.startswith(kept)]
        if others:
            out[name] = others
    return out


def _parting(name: str, others: Iterable[str]) -> str:
    """``name`` from the start of the word where it parts from the closest of ``others``."""
    k = 0
    for other in others:
        common = 0
        for a, b in zip(name, other):
            if a != b:
                break
            common += 1
        k = max(k, common)
    start = max((name.rfind(c, 0, k) for c in _BREAKS), default=-1) + 1
    return name[start:].lstrip() or name


def _with_tail(fm: QFontMetrics, name: str, tail: str, width: int, words: bool) -> str:
    """``name`` in ``width`` pixels keeping its end ``tail`` whole where it fits: its beginning
    cut with "…" before the tail ("Lieferzeit ab…Sondermodelle"); else the tail alone, cut at
    its end ("…Sondermod…")."""
    if tail == name or fm.horizontalAdvance("…" + tail) > width:
        return fm.elidedText("…" + tail, _RIGHT, width) if tail != name else fm.elidedText(name, _MIDDLE, width)
    head = name[:len(name) - len(tail)].rstrip()
    shown = fm.elidedText(head, _RIGHT, width - fm.horizontalAdvance(tail))
    if words:
        shown = word_elided(head, shown)
    kept = shown.rstrip("…").rstrip()
    if len(kept) < min(4, len(head.split(" ")[0])):  # a letter or two of the beginning: noise
        kept = ""
    return kept + "…" + tail


def distinct_elided(fm: QFontMetrics, names: Iterable[str], width: int, words: bool = False) -> dict[str, str]:
    """Each of ``names`` as shown in ``width`` pixels: whole where it fits; else cut at the end
    with "…" (``words``: at a word where one is close) — except the names that would then read the
    same as another: those keep the words where they part from it, their beginning cut
    ("Lieferzeit ab…Sondermodelle"), and where even that reads the same, are cut in the middle."""
    width = max(0, int(width))
    names = list(dict.fromkeys(names))
    shown = {}
    for n in names:
        s = fm.elidedText(n, _RIGHT, width)
        shown[n] = word_elided(n, s) if words and s != n else s
    for n, others in _ambiguous(shown).items():
        shown[n] = _with_tail(fm, n, _parting(n, others), width, words)
    for n in _clashes(shown):
        shown[n] = fm.elidedText(n, _MIDDLE, width)
    return shown


#: the names as shown of the sets shortened lately: (font, width, words, the names) → shown
_SHOWN: OrderedDict[tuple, dict[str, str]] = OrderedDict()
_SHOWN_KEPT = 256


def shown_names(fm: QFontMetrics, font: QFont, names: Iterable[str], width: int, words: bool = False) -> dict[str, str]:
    """:func:`distinct_elided` of ``names`` in ``font`` (whose metrics are ``fm``), remembered: the
    ten issue captions of a card are each shortened beside the nine others, on every card — a
    relayout of a panel asked for the same set a hundred times (1,800 measured texts, 25 ms of
    an undo on a big plan). The shortening does not depend on the order of the names."""
    names = frozenset(names)
    key = (font.key(), fm.height(), int(width), words, names)
    shown = _SHOWN.get(key)
    if shown is None:
        shown = _SHOWN[key] = distinct_elided(fm, names, width, words)
        if len(_SHOWN) > _SHOWN_KEPT:
            _SHOWN.popitem(last=False)
    else:
        _SHOWN.move_to_end(key)
    return shown


def elided_name(fm: QFontMetrics, name: str, width: int, siblings: Iterable[str] = (), words: bool = False,
                font: QFont | None = None) -> str:
    """``name`` shortened to ``width`` pixels so it never reads the same as one of ``siblings``
    shortened to the same width (:func:`distinct_elided`; remembered per ``font`` where it is
    given: :func:`shown_names`)."""
    if font is not None:
        return shown_names(fm, font, [name, *siblings], width, words)[name]
    return distinct_elided(fm, [name, *siblings], width, words)[name]


class NameCombo(QComboBox):
    """A combo box of names (issues, options) that shows the current name, when the box is
    narrower than it, shortened so that it never reads the same as another item
    (:func:`distinct_elided`; a plain combo box clips it without "…"); each item's whole text is
    its tooltip, and the box's tooltip starts with the current one.

    It never widens its row to the longest name: it asks for ``minimum`` characters and takes what
    the layout gives (``fit_contents``: it asks for the longest name, and accepts ``minimum``)."""

    def __init__(self, parent: QWidget | None = None, minimum: int = 10, fit_contents: bool = False) -> None:
        super().__init__(parent)
        self.setMinimumContentsLength(minimum)
        if fit_contents:
            self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        else:
            self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._tip = ""
        self.currentIndexChanged.connect(lambda _i: self._apply_tip())
        self.model().rowsInserted.connect(self._item_tips)
        self.model().dataChanged.connect(lambda *_a: self._apply_tip())

    def _item_tips(self, _parent, first: int, last: int) -> None:
        for k in range(first, last + 1):
            if not self.itemData(k, Qt.ItemDataRole.ToolTipRole):
                self.setItemData(k, self.itemText(k), Qt.ItemDataRole.ToolTipRole)
        self._apply_tip()

    def setToolTip(self, tip: str) -> None:
        self._tip = tip or ""
        self._apply_tip()

    def _apply_tip(self) -> None:
        current = self.currentText() if self.currentIndex() >= 0 else ""
        tip = f"{current}\n{self._tip}" if current and self._tip else (current or self._tip)
        if QComboBox.toolTip(self) != tip:
            QComboBox.setToolTip(self, tip)

    def shown_text(self) -> str:
        """The current name as the closed box shows it."""
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        return opt.currentText

    def _room(self, option: QStyleOptionComboBox) -> int:
        """The width the closed box has for its text."""
        room = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, self).width()
        if not option.currentIcon.isNull():
            room -= option.iconSize.width() + 4
        return room - 2

    def initStyleOption(self, option: QStyleOptionComboBox) -> None:
        super().initStyleOption(option)
        if self.currentIndex() < 0 or not option.currentText:
            return
        names = [self.itemText(k) for k in range(self.count())]
        option.currentText = elided_name(self.fontMetrics(), self.currentText(), self._room(option), names)

    def paintEvent(self, _event) -> None:
        p = QStylePainter(self)
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        p.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        if self.currentIndex() < 0 and self.placeholderText():
            opt.palette.setBrush(QPalette.ColorRole.ButtonText, opt.palette.placeholderText())
            opt.currentText = self.fontMetrics().elidedText(self.placeholderText(), _RIGHT, self._room(opt))
        p.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opt)


class NameButton(QPushButton):
    """A push button whose text is a name: it asks for the whole name's width but accepts
    ``minimum`` pixels, and then shows the name shortened so that it never reads the same as one
    of :meth:`set_siblings` (:func:`distinct_elided`), whole in its tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None, minimum: int = 60) -> None:
        super().__init__(parent)
        self._full = ""
        self._tip = ""
        self._siblings: tuple[str, ...] = ()
        self._minimum = minimum
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setText(text)

    def setText(self, text: str) -> None:
        self._full = text or ""
        self.updateGeometry()
        self._elide()

    def full_text(self) -> str:
        return self._full

    def set_siblings(self, names: Iterable[str]) -> None:
        self._siblings = tuple(names)
        self._elide()

    def setToolTip(self, tip: str) -> None:
        self._tip = tip or ""
        self._elide()

    def _overhead(self) -> int:
        """The button's width beyond its text's (frame, margins, icon)."""
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        opt.text = ""
        icon = opt.iconSize.width() + 4 if not opt.icon.isNull() else 0
        return self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, opt,
                                             QSize(icon, self.fontMetrics().height()), self).width() + 2

    def sizeHint(self):
        h = super().sizeHint()
        h.setWidth(self._overhead() + self.fontMetrics().horizontalAdvance(self._full))
        return h

    def minimumSizeHint(self):
        h = super().minimumSizeHint()
        h.setWidth(min(self._minimum, self.sizeHint().width()))
        return h

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = self.width() - self._overhead() if self.testAttribute(Qt.WidgetAttribute.WA_Resized) else 1 << 20
        shown = elided_name(self.fontMetrics(), self._full, room, self._siblings) if self._full else ""
        if QPushButton.text(self) != shown:
            QPushButton.setText(self, shown)
        tip = f"{self._full}\n{self._tip}" if shown != self._full and self._tip else (
            self._tip if shown == self._full else self._full)
        if QPushButton.toolTip(self) != tip:
            QPushButton.setToolTip(self, tip)


__all__ = ["NameButton", "NameCombo", "distinct_elided", "elided_name", "shown_names", "word_elided"]
