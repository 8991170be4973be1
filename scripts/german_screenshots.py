"""Make the German pictures of docs/german.md: the window speaking German with the ``lieferant``
example (the supplier example as a German buyer wrote it) taken through an evening — the offers
and the room at 1366 × 768 and 1920 × 1080 — and the first page of its package cards.

    QT_QPA_PLATFORM=offscreen python scripts/german_screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def evening():
    """(workspace, plan): the German example with a MESO set, and after three rounds (the same
    evening as the guide's pictures)."""
    import meso_desk as md
    from meso_desk.app.help.screenshots import evening as through_an_evening

    return through_an_evening(md.example_plan("lieferant"))[1:]


def card_png(plan, out: Path) -> Path:
    """The first page of the plan's package cards (PDF, as printed) as a PNG."""
    import pypdfium2 as pdfium
    from PySide6.QtGui import QImage

    from meso_desk.app.printing.card_painter import export_cards_pdf

    pdf = out.with_suffix(".pdf")
    names = list(plan.meso_sets[-1].packages)
    export_cards_pdf(plan, [plan.package(n) for n in names], pdf)
    page = pdfium.PdfDocument(str(pdf))[0]
    pixels = page.render(scale=1.6, rev_byteorder=True).to_numpy()
    h, w, channels = pixels.shape
    fmt = QImage.Format.Format_RGBA8888 if channels == 4 else QImage.Format.Format_RGB888
    if not QImage(pixels.tobytes(), w, h, pixels.strides[0], fmt).save(str(out)):
        raise OSError(f"cannot write {out}")
    pdf.unlink()
    return out


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["MESO_DESK_LANGUAGE"] = "de"
    os.environ["MESO_DESK_DATA_DIR"] = tempfile.mkdtemp(prefix="meso-desk-shots-")
    from meso_desk.app.application import create_app, create_window, render_screenshot

    create_app()
    plans = evening()
    for workspace, plan in plans:
        for size in ((1366, 768), (1920, 1080)):
            win = create_window(plan, autosave=False, remember_layout=False)
            target = render_screenshot(win, out / f"de-{workspace}-{size[0]}.png", size, workspace)
            win.close()
            win.deleteLater()
            print(f"wrote {target} ({target.stat().st_size // 1024} KB)")
    target = card_png(plans[0][1], out / "de-cards.png")
    print(f"wrote {target} ({target.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
