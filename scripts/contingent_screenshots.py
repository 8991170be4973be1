"""Make the pictures of docs/contingent-terms.md from the shipped contingent example.

    QT_QPA_PLATFORM=offscreen python scripts/contingent_screenshots.py [OUT_DIR]

Writes (default OUT_DIR: docs/screenshots): the Uncertain events dialog, the Make-contingent
dialog, the Offers workspace with the contingent cards and the Risk and Bets tab at 1366 × 768
and 1920 × 1080, and the first page of the printed cards. Reads and writes no settings (a
temporary folder stands in for the user's).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def shots_folder(argv: list[str]) -> Path:
    """The folder the pictures go to (``argv[0]``, else docs/screenshots), made; the offscreen
    platform unless another is set; a temporary folder for the settings (the user's untouched)."""
    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["MESO_DESK_DATA_DIR"] = tempfile.mkdtemp(prefix="meso-desk-shots-")
    return out


def _wait(done, seconds: float = 180.0) -> None:
    """Let the event loop run until ``done()`` (background work finished); after ``seconds`` say so
    and stop (a picture of a half-finished dialog, or a crash further on, is worse). On a busy
    2-core machine the background workers can take a minute."""
    import time

    from PySide6.QtTest import QTest

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if done():
            return
        QTest.qWait(20)
    raise TimeoutError(f"the window's background work did not finish in {seconds:.0f} s")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out = shots_folder(argv)
    import pypdfium2
    from PySide6.QtWidgets import QApplication

    import meso_desk as md
    from meso_desk.app.application import create_window, render_screenshot
    from meso_desk.app.printing.card_painter import export_cards_pdf
    from meso_desk.app.widgets.contingent.clause_dialog import open_clause_dialog
    from meso_desk.app.widgets.contingent.event_editor import open_event_editor

    plan = md.example_plan("contingent")
    written = []
    for w, h in ((1366, 768), (1920, 1080)):
        win = create_window(plan, autosave=False, remember_layout=False)
        win.document.select_package("On-time bonus")
        written.append(render_screenshot(win, out / f"contingent-packages-{w}.png", (w, h), "offers"))
        win.actions.risk.trigger()
        view = win.risk_view
        # the estimate, the spreads and the suggestions run off the GUI thread
        _wait(lambda v=view: not v.is_busy() and v.bet_table.rowCount() > 0)
        win.document.select_package("Fixed price")
        _wait(lambda v=view: not v.is_busy() and v.suggestion_table.rowCount() > 0)
        pm = win.grab()
        pm.save(str(out / f"contingent-risk-{w}.png"), "PNG")
        written.append(out / f"contingent-risk-{w}.png")
        if w == 1366:
            dlg = open_event_editor(win, win.document)
            dlg.resize(1040, 600)
            QApplication.processEvents()
            dlg.grab().save(str(out / "contingent-events.png"), "PNG")
            written.append(out / "contingent-events.png")
            dlg.reject()
            dlg = open_clause_dialog(win, win.document, "On-time bonus", "Unit price")
            dlg.resize(660, dlg.sizeHint().height())
            QApplication.processEvents()
            dlg.grab().save(str(out / "contingent-clause.png"), "PNG")
            written.append(out / "contingent-clause.png")
            dlg.reject()
        win.close()
        win.deleteLater()
    names = list(plan.meso_sets[-1].packages)
    with tempfile.TemporaryDirectory() as tmp:
        pdf = export_cards_pdf(plan, names, Path(tmp) / "cards.pdf", layout="a4-3up", allow_revealing=True,
                               check=False)
        doc = pypdfium2.PdfDocument(str(pdf))
        page = doc[0]
        arr = page.render(scale=1.2, rev_byteorder=True).to_numpy()  # RGB rows
        from PySide6.QtGui import QImage

        img = QImage(arr.data, arr.shape[1], arr.shape[0], arr.strides[0], QImage.Format.Format_RGB888)
        target = out / "contingent-cards.png"
        img.save(str(target), "PNG")
        written.append(target)
        doc.close()
    for p in written:
        print(f"wrote {p} ({Path(p).stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
