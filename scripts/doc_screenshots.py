"""Make the pictures of docs/cards.md, docs/value-map.md and docs/deal.md from the supplier example
taken through the guide's evening (a MESO set at 70, three rounds, the deal haggled after round 3):

* ``cards.png`` — the first page of the MESO set's package cards (the PDF as printed, A4);
* ``value-map.png`` — the Offers workspace at 1366 × 768 (the value map in the centre);
* ``deal-panel.png`` — the Deal panel once there is an agreement, at 1366 × 768.

    QT_QPA_PLATFORM=offscreen python scripts/doc_screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))


def main(argv: list[str] | None = None) -> int:
    from contingent_screenshots import shots_folder
    from german_screenshots import card_png

    out = shots_folder(sys.argv[1:] if argv is None else argv)
    os.environ["MESO_DESK_LANGUAGE"] = "en"

    from meso_desk.app.application import create_app, create_window, render_screenshot
    from meso_desk.app.help.screenshots import phase_plans

    create_app()
    plans = dict(phase_plans("supplier"))
    written = [card_png(plans["offers"], out / "cards.png")]
    win = create_window(plans["offers"], autosave=False, remember_layout=False)
    written.append(render_screenshot(win, out / "value-map.png", (1366, 768), "offers"))
    win.close()
    win.deleteLater()
    win = create_window(plans["deal"], autosave=False, remember_layout=False)
    render_screenshot(win, out / "deal-window.png", (1366, 768), "deal")
    (out / "deal-window.png").unlink()
    target = out / "deal-panel.png"
    if not win.deal_panel.grab().save(str(target)):
        raise OSError(f"cannot write {target}")
    written.append(target)
    win.close()
    win.deleteLater()
    for target in written:
        print(f"wrote {target} ({target.stat().st_size // 1024} KB)")  # (as the other scripts say it)
    return 0


if __name__ == "__main__":
    sys.exit(main())
