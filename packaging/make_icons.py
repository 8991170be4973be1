"""Render the application icon from its SVG masters into every size and format a platform asks for.

    python packaging/make_icons.py            # writes the files below, from the repository root or anywhere

Inputs (hand-drawn, the only files to edit):
    resources/icons/meso-desk.svg          master, used for 32 px and up
    resources/icons/meso-desk-small.svg    simplified drawing for 16 and 24 px (no faint lines or outlines)

Outputs (generated, committed so that a build needs no renderer):
    resources/icons/hicolor/<n>x<n>/apps/meso-desk.png   n = 16 24 32 48 64 128 256 512 (freedesktop theme)
    resources/icons/hicolor/scalable/apps/meso-desk.svg  the master, for desktops that scale
    resources/icons/meso-desk.ico                        Windows: 16…256, BMP below 256, PNG at 256
    resources/icons/meso-desk.icns                       macOS: 16…1024 as PNG payloads, on Apple's icon grid
    meso_desk/app/assets/meso-desk.svg, meso-desk-<n>.png   what the installed program loads at run time

Rendering uses QSvgRenderer from PySide6 (QtSvg is part of PySide6-Essentials); the .ico and .icns
containers are written here in plain Python, so the build needs nothing beyond the runtime dependencies.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
ASSETS = ROOT / "meso_desk" / "app" / "assets"
MASTER = ICONS / "meso-desk.svg"
SMALL = ICONS / "meso-desk-small.svg"

#: freedesktop hicolor sizes
THEME_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: sizes inside the Windows .ico (256 is stored as PNG, the others as 32-bit BMP)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: (OSType, pixel size) of the macOS .icns entries, all PNG payloads (macOS 10.7 and later)
ICNS_TYPES = (
    (b"icp4", 16), (b"ic11", 32),   # 16 pt, 1x and 2x
    (b"icp5", 32), (b"ic12", 64),   # 32 pt
    (b"ic07", 128), (b"ic13", 256),  # 128 pt
    (b"ic08", 256), (b"ic14", 512),  # 256 pt
    (b"ic09", 512), (b"ic10", 1024),  # 512 pt
)
#: the macOS icon grid: artwork 824 of 1024 points, centred
ICNS_MARGIN = 100 / 1024
#: the sizes the program itself loads for its window icon
ASSET_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: below this size the simplified drawing is used
SMALL_BELOW = 32


def _qt():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(sys.argv[:1])


def render_png(size: int, margin: float = 0.0) -> bytes:
    """The icon at ``size`` × ``size`` pixels as PNG bytes (straight alpha, sRGB).

    ``margin`` is the empty border on each side as a fraction of ``size`` (macOS icons keep
    about 10 %: the artwork fills the middle 824 of 1024 points).
    """
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _qt()
    svg = SMALL if size < SMALL_BELOW else MASTER
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG for QSvgRenderer")
    img = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    inset = size * margin
    renderer.render(p, QRectF(inset, inset, size - 2 * inset, size - 2 * inset))
    p.end()
    img = img.convertToFormat(QImage.Format.Format_ARGB32)
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    buf.close()
    return bytes(data)


def _bgra_rows(size: int, png: bytes) -> bytes:
    """Bottom-up BGRA rows (the DIB layout) of a rendered PNG."""
    from PySide6.QtGui import QImage

    img = QImage.fromData(png, "PNG").convertToFormat(QImage.Format.Format_ARGB32)
    rows = []
    for y in range(size - 1, -1, -1):
        # Format_ARGB32 is stored as 0xAARRGGBB words, i.e. B, G, R, A bytes on little-endian machines.
        line = bytes(img.constScanLine(y))[: size * 4]
        if sys.byteorder == "big":  # pragma: no cover - no big-endian builders in practice
            line = b"".join(line[i : i + 4][::-1] for i in range(0, len(line), 4))
        rows.append(line)
    return b"".join(rows)


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """A Windows icon holding each size: 32-bit BMP (with an all-opaque AND mask) below 256, PNG at 256."""
    entries = []
    for size in sorted(images):
        png = images[size]
        if size >= 256:
            payload = png
        else:
            header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
            mask_row = ((size + 31) // 32) * 4
            payload = header + _bgra_rows(size, png) + bytes(mask_row * size)
        entries.append((size, payload))
    out = struct.pack("<HHH", 0, 1, len(entries))
    offset = 6 + 16 * len(entries)
    directory, blobs = b"", b""
    for size, payload in entries:
        dim = 0 if size >= 256 else size
        directory += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(payload), offset)
        blobs += payload
        offset += len(payload)
    return out + directory + blobs


def icns_bytes(images: dict[int, bytes]) -> bytes:
    body = b""
    for ostype, size in ICNS_TYPES:
        png = images[size]
        body += ostype + struct.pack(">I", 8 + len(png)) + png
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    sizes = sorted({*THEME_SIZES, *ICO_SIZES, *(s for _, s in ICNS_TYPES), *ASSET_SIZES})
    images = {s: render_png(s) for s in sizes}

    for s in THEME_SIZES:
        out = ICONS / "hicolor" / f"{s}x{s}" / "apps" / "meso-desk.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(images[s])
    scalable = ICONS / "hicolor" / "scalable" / "apps" / "meso-desk.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(MASTER, scalable)

    (ICONS / "meso-desk.ico").write_bytes(ico_bytes({s: images[s] for s in ICO_SIZES}))
    mac = {s: render_png(s, ICNS_MARGIN) for _, s in ICNS_TYPES}
    (ICONS / "meso-desk.icns").write_bytes(icns_bytes(mac))

    ASSETS.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(MASTER, ASSETS / "meso-desk.svg")
    for s in ASSET_SIZES:
        (ASSETS / f"meso-desk-{s}.png").write_bytes(images[s])

    print(f"wrote {len(THEME_SIZES)} theme PNGs, meso-desk.ico ({len(ICO_SIZES)} sizes), "
          f"meso-desk.icns ({len(ICNS_TYPES)} entries) and {len(ASSET_SIZES)} run-time PNGs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
