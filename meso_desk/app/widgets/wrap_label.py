"""WrapLabel: a word-wrapped label that takes exactly the height its text needs at its width.

A plain word-wrapped QLabel asks for the height of its text wrapped at a narrow guess of
its width, so a column of them in a narrow dock leaves tall gaps. This one reports the
height for the width it actually has and asks the layout again when that changes.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class WrapLabel(QLabel):
    def __init__(self, text: str = "", rich: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._last_h = -1
        self.setText(text)

    def _height(self) -> int:
        w = self.width() if self.width() > 20 else 260
        return max(self.fontMetrics().height(), self.heightForWidth(w)) if self.text() else 0

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(40, self._height())

    def setText(self, text: str) -> None:
        super().setText(text)
        self._last_h = -1
        self.updateGeometry()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        h = self._height()
        if h != self._last_h:
            self._last_h = h
            self.updateGeometry()
