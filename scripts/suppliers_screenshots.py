"""Make the pictures of docs/suppliers.md from the shipped sourcing example.

    QT_QPA_PLATFORM=offscreen python scripts/suppliers_screenshots.py [OUT_DIR]

Writes (default OUT_DIR: docs/screenshots) the Deal workspace with the Suppliers view at
1366 × 768 and 1920 × 1080 (the switcher in the toolbar, the suppliers side by side, a split
award) and the Suppliers dialog. Reads and writes no settings (a temporary folder stands in for
the user's).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from contingent_screenshots import _wait, shots_folder


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out = shots_folder(argv)
    from PySide6.QtWidgets import QApplication

    import meso_desk as md
    from meso_desk.app.application import create_window, render_screenshot

    plan = md.example_plan("sourcing")
    written = []
    for w, h in ((1366, 768), (1920, 1080)):
        win = create_window(plan, autosave=False, remember_layout=False)
        render_screenshot(win, out / f"suppliers-{w}.png", (w, h), "deal")
        win.actions.suppliers.trigger()
        view = win.supplier_view
        _wait(lambda v=view: not v.is_busy() and v.table.columnCount() == len(plan.supplier_names)
              and v._split is not None)
        QApplication.processEvents()
        win.grab().save(str(out / f"suppliers-{w}.png"), "PNG")
        written.append(out / f"suppliers-{w}.png")
        if w == 1366:
            dlg = win.supplier_switcher.open_manager()
            dlg.resize(760, 560)
            QApplication.processEvents()
            dlg.grab().save(str(out / "suppliers-manager.png"), "PNG")
            written.append(out / "suppliers-manager.png")
            dlg.reject()
        win.close()
        win.deleteLater()
    for p in written:
        print(f"wrote {p} ({p.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
