"""Make the picture of the "Ask me" dialog in docs/weights-and-packages.md.

    QT_QPA_PLATFORM=offscreen python scripts/weights_screenshots.py [OUT_DIR]

The supplier example, from scratch: a simulated buyer (weights 30 / 8 / 25 / 7 / 20 / 10 %)
answers the first questions — naming the term that makes two packages equal where the question
allows it — and the dialog is grabbed with the next question open (``ask-dialog.png``). Reads and
writes no settings (a temporary folder stands in for the user's).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from contingent_screenshots import _wait, shots_folder

TRUE = (0.30, 0.08, 0.25, 0.07, 0.20, 0.10)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out = shots_folder(argv)
    import numpy as np
    from PySide6.QtWidgets import QApplication

    import meso_desk as md
    from meso_desk.app.application import create_window
    from meso_desk.model.preferences.elicitation import EQUAL_POINTS, balancing_term

    plan = md.example_plan("supplier")
    win = create_window(plan, autosave=False, remember_layout=False)
    win.resize(1366, 768)
    win.show()
    editor = win.weight_editor
    dlg = editor.open_ask_dialog()
    _wait(lambda: not dlg.is_busy() and dlg.state is not None)
    dlg.near.setChecked(False)
    _wait(lambda: not dlg.is_busy() and dlg.state is not None and not dlg.state.answers)
    for _ in range(4):
        q = dlg.current_question
        x = balancing_term(dlg.state.issues, TRUE, q)
        if x is not None:
            dlg.answer_match(round(x, plan.issue(q.match).decimals))
        else:
            s = float(np.dot(TRUE, q.d))
            dlg.answer("equal" if abs(s) <= EQUAL_POINTS else ("first" if s > 0 else "second"))
        _wait(lambda: not dlg.is_busy())
    dlg.resize(860, 600)
    QApplication.processEvents()
    path = out / "ask-dialog.png"
    dlg.grab().save(str(path), "PNG")
    dlg.close()
    win.close()
    win.deleteLater()
    print(f"wrote {path} ({path.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
