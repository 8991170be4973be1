"""Make the dark-mode pictures of docs/window.md: the window as it looks when the system's colour
scheme is dark (the supplier example in the room, the contingent example's offers).

    QT_QPA_PLATFORM=offscreen python scripts/dark_screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from contingent_screenshots import shots_folder


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out = shots_folder(argv)
    import meso_desk as md
    from meso_desk.app.application import create_app, create_window, render_screenshot
    from meso_desk.app.help.screenshots import phase_plans
    from meso_desk.app.widgets.look import dark_palette, visible_indicators, with_readable_hints

    app = create_app()
    # what the window does when the system's scheme is dark and the style stays light (look.py);
    # the offscreen platform has no colour scheme to switch
    app.setPalette(with_readable_hints(dark_palette()))
    visible_indicators(app, dark_palette())
    room = dict(phase_plans())["room"]
    shots = ((room, "room", "dark-room-1366.png"), (md.example_plan("contingent"), "offers", "dark-offers-1366.png"))
    for plan, workspace, name in shots:
        win = create_window(plan, autosave=False, remember_layout=False)
        target = render_screenshot(win, out / name, (1366, 768), workspace)
        win.close()
        win.deleteLater()
        print(f"wrote {target} ({target.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
