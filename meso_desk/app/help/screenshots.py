"""Make the guide's pictures: one screenshot per workspace, at a plan in that phase.

    python -m meso_desk.app.help.screenshots [OUT_DIR] [--size 1366x768] [--width 760] [--name {key}]
    python -m meso_desk.app.help.screenshots --language de     # the German guide's: images/de/

Renders offscreen (``render_screenshot``, as ``meso-desk --screenshot`` does) the supplier
example at the phase each workspace is for — Prepare and Offers on the example (Offers with a
MESO set), In the room after three rounds, Deal with an agreement — scaled to ``--width``
pixels (0: not scaled) and saved as small palette PNGs named ``--name`` in ``OUT_DIR``
(default: ``images/{key}.png`` beside the guide). The docs' pictures of each phase::

    python -m meso_desk.app.help.screenshots docs/screenshots --size 1366x768 --width 0 --name workspace-{key}-1366
    python -m meso_desk.app.help.screenshots docs/screenshots --size 1920x1080 --width 0 --name workspace-{key}-1920

``--language de`` takes the ``lieferant`` example (the supplier example as a German buyer wrote it)
through the same evening with the window speaking German, for the German guide (default
``images/de/``). Reads and writes no settings (a temporary folder stands in for the user's).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent


def evening(base):
    """``base`` taken through an evening: [(workspace, plan)] for prepare (``base``), offers (a
    MESO set at 70) and the room (three rounds, each a set a little lower, one pick each)."""
    import meso_desk as md
    from meso_desk.model.offers.meso_sets import with_meso_set

    offers = with_meso_set(base, [dict(p) for p in md.generate_mesos(base, 3, 70.0)], 70.0)[0]
    room = offers
    for k, (level, choice) in enumerate(((70.0, 1), (68.0, 0), (66.0, 1))):
        if k:
            room = with_meso_set(room, [dict(p) for p in md.generate_mesos(room, 3, level)], level)[0]
        names = list(room.meso_sets[-1].packages)
        room = md.record_choice(room, names, [choice],
                                time=datetime(2026, 3, 2 + 2 * k, 10, tzinfo=UTC))
    return [("prepare", base), ("offers", offers), ("room", room)]


def phase_plans(example: str = "supplier"):
    """(workspace, plan) for each picture: the ``example`` (``supplier``, or ``lieferant``, the same
    plan in German words) taken through an evening, and the deal haggled after round 3."""
    import meso_desk as md
    from meso_desk.model.edits import deal_edits

    phases = evening(md.example_plan(example))
    room = phases[-1][1]
    # Unit price, Order volume, Delivery, Payment term, Warranty, Incoterm — by position, so that the
    # German example (Stückpreis, Abnahmemenge …) is haggled to the same terms
    haggled = dict(zip(room.issue_names, (214.0, 2000.0, 6.0, 45.0, 30.0, "DAP"), strict=True))
    source = "nach Runde 3 ausgehandelt" if room.language == "de" else "haggled after round 3"  # as typed
    deal = deal_edits.with_agreement(room, haggled, when=date(2026, 3, 9), source=source)
    return [*phases, ("deal", deal)]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("out", nargs="?", default=None, help="default: images/ beside the guide (images/de/ in German)")
    p.add_argument("--language", default="en", choices=("en", "de"),
                   help="de: the German example, the window speaking German")
    p.add_argument("--size", default="1366x768")
    p.add_argument("--width", type=int, default=760)
    p.add_argument("--palette", action=argparse.BooleanOptionalAction, default=False,
                   help="256 colours (smaller files, banded gradients)")
    p.add_argument("--name", default="{key}", help="file name without .png; {key} is the workspace")
    args = p.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["MESO_DESK_DATA_DIR"] = tempfile.mkdtemp(prefix="meso-desk-shots-")
    os.environ["MESO_DESK_LANGUAGE"] = args.language
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    from meso_desk.app.application import create_window, parse_size, render_screenshot

    size = parse_size(args.size)
    german = args.language == "de"
    out = Path(args.out) if args.out else HERE / "images" / ("de" if german else "")
    out.mkdir(parents=True, exist_ok=True)
    for key, plan in phase_plans("lieferant" if german else "supplier"):
        win = create_window(plan, autosave=False, remember_layout=False)
        if plan.meso_sets and key != "deal":  # the latest offers in view
            win.document.select_package(plan.meso_sets[-1].packages[0])
        target = out / (args.name.format(key=key) + ".png")
        render_screenshot(win, target, size, key)
        win.close()
        win.deleteLater()
        img = QImage(str(target))
        if args.width:
            img = img.scaledToWidth(args.width, Qt.TransformationMode.SmoothTransformation)
        if args.palette:
            img = img.convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.DiffuseDither)
        img.save(str(target), "PNG", 0)
        print(f"wrote {target} ({target.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
