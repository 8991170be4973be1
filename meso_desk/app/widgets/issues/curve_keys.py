"""The keyboard on the curve editor's points: ←/→ pick a point, ↑/↓ change its value (Shift or
PageUp/PageDown: by 10), Alt+←/→ move a breakpoint along the range, Insert/Delete add or remove
one. Each key goes through the same constraint and edit as a drag; a run of presses on one point
is one undo step."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt

from ....model.edits.curve_edits import set_breakpoints, set_option_value
from ....model.language import tr
from ....model.preferences.issues import CategoricalIssue, NumericIssue


class CurveKeys:
    """Mixed in before ``QWidget`` by :class:`~.curve_editor.CurveEditor`, whose plot, handles,
    document and edits it drives."""

    def eventFilter(self, obj, event) -> bool:
        if obj is self.plot:
            et = event.type()
            if et == QEvent.Type.KeyPress and self._on_key(event):
                return True
            if et in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
                if et == QEvent.Type.FocusOut:
                    self._doc.end_gesture()
                self._restyle_handles()
        return super().eventFilter(obj, event)

    def select_handle(self, i: int) -> None:
        """Make handle ``i`` the one the arrow keys move."""
        n = len(self.handles.positions)
        if n and i != self._current:
            self._doc.end_gesture()
            self._current = min(max(i, 0), n - 1)
            self._restyle_handles()
            x, y = self.handles.positions[self._current]
            issue = self.issue
            if isinstance(issue, CategoricalIssue):
                self.info.setText(tr("{option} → {value:.1f} pts").format(option=issue.options[self._current].label,
                                                                          value=y))
            elif isinstance(issue, NumericIssue):
                self.info.setText(tr("Point {n}: {term} → {value:.1f} pts").format(
                    n=self._current + 1, term=issue.format_term(x), value=y))

    def _on_key(self, ev) -> bool:
        issue = self.issue
        pts = self.handles.positions
        if issue is None or not pts or not self.handles.isVisible():
            return False
        key, mods = ev.key(), ev.modifiers()
        K, M = Qt.Key, Qt.KeyboardModifier
        i = min(self._current, len(pts) - 1)
        along = bool(mods & (M.AltModifier | M.ControlModifier))
        breakpoints = isinstance(issue, NumericIssue)
        if key in (K.Key_Left, K.Key_Right) and not along:
            self.select_handle(i + (1 if key == K.Key_Right else -1))
            return True
        if key in (K.Key_Home, K.Key_End):
            self.select_handle(0 if key == K.Key_Home else len(pts) - 1)
            return True
        if key in (K.Key_Up, K.Key_Down, K.Key_PageUp, K.Key_PageDown):
            big = key in (K.Key_PageUp, K.Key_PageDown) or bool(mods & M.ShiftModifier)
            sign = 1 if key in (K.Key_Up, K.Key_PageUp) else -1
            x, y = pts[i]
            self._key_move(i, x, y + sign * (10 if big else 1))
            return True
        if breakpoints and key in (K.Key_Left, K.Key_Right) and along:
            x, y = pts[i]
            self._key_move(i, x + issue.step * (1 if key == K.Key_Right else -1), y)
            return True
        if breakpoints and key == K.Key_Delete:
            self._remove_breakpoint(i)
            return True
        if breakpoints and key == K.Key_Insert:
            j = i + 1 if i + 1 < len(pts) else i
            a, b = pts[j - 1], pts[j]
            self._current = j
            self.add_breakpoint((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
            return True
        return False

    def _key_move(self, i: int, x: float, y: float) -> None:
        issue = self.issue
        x, y = self.handles.constrain(i, x, y)
        plan, key = self._doc.plan, ("curve-key", self._name, i)
        if isinstance(issue, NumericIssue):
            pts = list(self.handles.positions)
            pts[i] = (x, y)
            self._apply(set_breakpoints(plan, issue.name, pts, self._wanted), merge_key=key, redraw=False)
        elif isinstance(issue, CategoricalIssue):
            self._apply(set_option_value(plan, issue.name, i, y, say_value=False), merge_key=key, redraw=False)
        self.select_handle(i)
