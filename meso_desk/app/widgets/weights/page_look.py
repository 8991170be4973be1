"""Small helpers the Weights panel's pages share."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from ....model.plan import Plan
from ....model.preferences.weights import swing_span, swing_text
from ..look import secondary_text_colour


def mute(widget: QWidget) -> None:
    """Draw ``widget``'s text in the muted (disabled) colour: a hint, not content."""
    pal = widget.palette()
    pal.setColor(QPalette.ColorRole.WindowText, secondary_text_colour(pal))  # readable (issue 17)
    widget.setPalette(pal)


#: the last issues asked about and their signature: a weight drag asks on every tick with the same
#: (immutable, equal) issues, and the swing words cost about 0.2 ms
_last_signature: list = [None, ()]


def issue_signature(plan: Plan) -> tuple:
    """What a page's rows depend on: the issues' names and kinds, in order, and the swing each row
    and its tooltip name ("12 → 2 weeks": a range, direction, unit or option changed it)."""
    if plan.issues != _last_signature[0]:  # (equal issues: the same objects, compared in no time)
        _last_signature[:] = [plan.issues,
                              tuple((i.name, i.kind, swing_text(i), swing_span(i) <= 1e-9) for i in plan.issues)]
    return _last_signature[1]


def add_row_grid(outer: QVBoxLayout, vertical_spacing: int) -> QGridLayout:
    """A grid for one row per issue (the name column stretches), added to ``outer``."""
    host = QWidget()
    grid = QGridLayout(host)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(6)
    grid.setVerticalSpacing(vertical_spacing)
    grid.setColumnStretch(1, 1)
    outer.addWidget(host)
    return grid
