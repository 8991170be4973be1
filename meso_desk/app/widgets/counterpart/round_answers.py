"""RoundAnswersBox (``editAnswers``): the answers to the planner's questions recorded on a round,
shown in the Edit round dialog so they can be seen and taken back.

Each answer is a ticked box in the model's words ("Delivery matters more to them than Unit
price", "EUR 210.00 suits them best (Unit price)"); untick one and the round is saved without it
(one undoable step with the rest of the edit). The issue they named as most important is the
statement's part of the dialog, not repeated here. Handles: ``editAnswer`` boxes with the
property ``answer`` ("issue_over", or "preferred_term" and the property ``issue``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QVBoxLayout, QWidget

from ....model.counterpart.reactions import answer_words
from ....model.language import tr
from ....model.plan import Plan, Round


class RoundAnswersBox(QGroupBox):
    """The answers recorded on one round, each kept while its box stays ticked."""

    changed = Signal()

    def __init__(self, plan: Plan, r: Round, parent: QWidget | None = None) -> None:
        super().__init__(tr("Answers to your questions"), parent)
        self.setObjectName("editAnswers")
        self.setToolTip(tr("Untick an answer to take it out of this round"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        self._boxes: list[tuple[QCheckBox, str, str | None]] = []
        keys: list[tuple[str, str | None]] = []
        if r.issue_over is not None:
            keys.append(("issue_over", None))
        keys += [("preferred_term", name) for name in (r.preferred_term or {})]
        for (kind, issue), words in zip(keys, answer_words(plan, r)):
            box = QCheckBox(words)
            box.setObjectName("editAnswer")
            box.setProperty("answer", kind)
            if issue is not None:
                box.setProperty("issue", issue)
            box.setChecked(True)
            box.toggled.connect(lambda _on: self.changed.emit())
            lay.addWidget(box)
            self._boxes.append((box, kind, issue))
        self.setVisible(bool(self._boxes))

    def kept(self, r: Round) -> dict[str, Any]:
        """The round's answer fields with the unticked answers taken out."""
        over = r.issue_over
        terms = dict(r.preferred_term or {})
        for box, kind, issue in self._boxes:
            if box.isChecked():
                continue
            if kind == "issue_over":
                over = None
            else:
                terms.pop(issue, None)
        return {"issue_over": over, "preferred_term": terms or None}

    def count(self) -> int:
        """How many answers stay."""
        return sum(box.isChecked() for box, _k, _i in self._boxes)
