"""The icon set, the Linux desktop entry and MIME type, and the per-user install script."""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
LINUX = ROOT / "packaging" / "linux"
ASSETS = ROOT / "meso_desk" / "app" / "assets"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def png_is_rgba(data: bytes) -> bool:
    return data[25] == 6  # colour type 6: truecolour with alpha


# -- icons ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_theme_png_has_its_size_and_alpha(size):
    data = (ICONS / "hicolor" / f"{size}x{size}" / "apps" / "meso-desk.png").read_bytes()
    assert png_size(data) == (size, size)
    assert png_is_rgba(data)


def test_scalable_icon_is_the_master():
    scalable = ICONS / "hicolor" / "scalable" / "apps" / "meso-desk.svg"
    assert scalable.read_bytes() == (ICONS / "meso-desk.svg").read_bytes()
    root = ET.parse(ICONS / "meso-desk.svg").getroot()
    assert root.tag.endswith("svg") and root.get("viewBox") == "0 0 256 256"


def test_ico_holds_every_windows_size():
    data = (ICONS / "meso-desk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        w, h, _, _, planes, bpp, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i : 22 + 16 * i])
        size = w or 256
        assert (w, h) == (w, w) and planes == 1 and bpp == 32
        payload = data[offset : offset + length]
        assert len(payload) == length
        if size == 256:
            assert png_size(payload) == (256, 256)
        else:  # a BITMAPINFOHEADER with twice the height (colour rows + AND mask)
            hdr, bw, bh = struct.unpack("<Iii", payload[:12])
            assert (hdr, bw, bh) == (40, size, 2 * size)
            assert length == 40 + size * size * 4 + ((size + 31) // 32) * 4 * size
        sizes.append(size)
    assert sorted(sizes) == [16, 24, 32, 48, 64, 128, 256]


def test_icns_holds_every_macos_size():
    data = (ICONS / "meso-desk.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    expected = {b"icp4": 16, b"ic11": 32, b"icp5": 32, b"ic12": 64, b"ic07": 128, b"ic13": 256,
                b"ic08": 256, b"ic14": 512, b"ic09": 512, b"ic10": 1024}
    found, pos = {}, 8
    while pos < len(data):
        ostype, length = data[pos : pos + 4], struct.unpack(">I", data[pos + 4 : pos + 8])[0]
        found[ostype] = png_size(data[pos + 8 : pos + length])[0]
        pos += length
    assert pos == len(data)
    assert found == expected


def test_runtime_assets_match_the_theme_icons():
    from meso_desk.app.assets import ICON_SIZES, asset_path, icon_files

    files = icon_files()
    assert [png_size(p.read_bytes())[0] for p in files] == list(ICON_SIZES)
    for s, p in zip(ICON_SIZES, files):
        assert p.read_bytes() == (ICONS / "hicolor" / f"{s}x{s}" / "apps" / "meso-desk.png").read_bytes()
    assert asset_path("meso-desk.svg").read_bytes() == (ICONS / "meso-desk.svg").read_bytes()
    with pytest.raises(FileNotFoundError, match="missing from this installation"):
        asset_path("no-such-file.png")


def test_app_icon_offers_every_size(qapp):
    from meso_desk.app.assets import ICON_SIZES, app_icon

    icon = app_icon()
    assert not icon.isNull()
    assert sorted(s.width() for s in icon.availableSizes()) == list(ICON_SIZES)
    img = icon.pixmap(32, 32).toImage()
    assert img.width() == 32
    corner, middle = img.pixelColor(0, 0), img.pixelColor(16, 16)
    assert corner.alpha() < 128 and middle.alpha() == 255  # rounded corners, opaque body


# -- Linux desktop entry and MIME type ----------------------------------------------------------------
def read_desktop(path: Path) -> dict[str, str]:
    cp = configparser.ConfigParser(interpolation=None, strict=True)
    cp.optionxform = str
    cp.read(path, encoding="utf-8")
    return dict(cp["Desktop Entry"])


def test_desktop_entry_opens_plans():
    e = read_desktop(LINUX / "meso-desk.desktop")
    assert e["Type"] == "Application" and e["Name"] == "MESO Desk"
    assert e["Exec"] == "meso-desk %f" and e["Icon"] == "meso-desk" and e["Terminal"] == "false"
    assert "application/x-meso-desk" in e["MimeType"].split(";")
    assert e["Categories"].startswith("Office;")


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-validate not installed")
def test_desktop_entry_validates():
    p = subprocess.run(["desktop-file-validate", str(LINUX / "meso-desk.desktop")], capture_output=True, text=True)
    assert p.returncode == 0 and not p.stdout.strip(), p.stdout + p.stderr


def test_mime_type_names_the_extension_and_json():
    root = ET.parse(LINUX / "meso-desk-mime.xml").getroot()
    (mt,) = root.findall(f"{MIME_NS}mime-type")
    assert mt.get("type") == "application/x-meso-desk"
    assert [g.get("pattern") for g in mt.findall(f"{MIME_NS}glob")] == ["*.meso"]
    assert [s.get("type") for s in mt.findall(f"{MIME_NS}sub-class-of")] == ["application/json"]


def test_mime_magic_matches_files_the_program_writes(tmp_path):
    """The magic must recognise a plan without its extension: check it against a file save_plan writes."""
    import meso_desk as md

    root = ET.parse(LINUX / "meso-desk-mime.xml").getroot()
    matches = root.findall(f".//{MIME_NS}magic/{MIME_NS}match")
    assert matches
    out = tmp_path / "plan.meso"
    md.save_plan(md.example_plan("hiring"), out)
    for f in (out, ROOT / "resources" / "examples" / "supplier.meso"):
        head = f.read_bytes()
        hits = []
        for m in matches:
            start, end = (int(x) for x in m.get("offset").split(":"))
            value = m.get("value").encode()
            hits.append(value in head[start : end + len(value)])
        assert any(hits), f"{f.name}: no magic rule matches its first bytes {head[:60]!r}"


# -- the per-user install script --------------------------------------------------------------------
def run_install(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path / "home"),
           "XDG_CONFIG_HOME": str(tmp_path / "home" / ".config")}
    return subprocess.run(["sh", str(LINUX / "install-desktop.sh"), "--data-dir", str(tmp_path / "data"), *args],
                          capture_output=True, text=True, env=env, timeout=60)


@pytest.mark.skipif(os.name != "posix", reason="a Linux desktop script")
def test_install_script_installs_and_removes_everything(tmp_path):
    exe = tmp_path / "my apps" / "meso-desk"
    exe.parent.mkdir()
    exe.write_text("#!/bin/sh\n")
    exe.chmod(0o755)
    p = run_install(tmp_path, "--exec", str(exe))
    assert p.returncode == 0, p.stderr
    data = tmp_path / "data"
    entry = read_desktop(data / "applications" / "meso-desk.desktop")
    assert entry["Exec"] == f'"{exe}" %f'  # quoted: the path has a space
    assert entry["TryExec"] == str(exe)
    assert (data / "mime" / "packages" / "meso-desk.xml").is_file()
    for size in (16, 48, 256):
        for sub in ("apps/meso-desk.png", "mimetypes/application-x-meso-desk.png"):
            assert png_size((data / "icons" / "hicolor" / f"{size}x{size}" / sub).read_bytes()) == (size, size)
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "meso-desk.svg").is_file()
    if shutil.which("update-mime-database"):
        globs = (data / "mime" / "globs2").read_text()
        assert "application/x-meso-desk:*.meso" in globs

    p = run_install(tmp_path, "--uninstall")
    assert p.returncode == 0, p.stderr
    left = [f for f in data.rglob("*") if "meso-desk" in f.name and f.is_file()]
    assert left == []


@pytest.mark.skipif(os.name != "posix", reason="a Linux desktop script")
def test_a_percent_sign_in_the_programs_path_is_written_as_the_entry_wants(tmp_path):
    """A % in Exec starts a field code: a path holding one made an entry desktop-file-validate
    refuses, and the script said "installed". A literal % is written %%."""
    exe = tmp_path / "tools 100%" / "meso-desk"
    exe.parent.mkdir()
    exe.write_text("#!/bin/sh\n")
    exe.chmod(0o755)
    p = run_install(tmp_path, "--exec", str(exe))
    assert p.returncode == 0, p.stderr
    path = tmp_path / "data" / "applications" / "meso-desk.desktop"
    entry = read_desktop(path)
    assert entry["Exec"] == '"{}" %f'.format(str(exe).replace("%", "%%"))
    assert entry["TryExec"] == str(exe)
    if shutil.which("desktop-file-validate"):
        v = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
        assert v.returncode == 0, v.stdout + v.stderr


@pytest.mark.skipif(os.name != "posix", reason="a Linux desktop script")
def test_install_script_refuses_without_a_program(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    p = subprocess.run(["sh", str(LINUX / "install-desktop.sh"), "--data-dir", str(tmp_path / "d")],
                       capture_output=True, text=True, env=env, timeout=60)
    if shutil.which("meso-desk", path="/usr/bin:/bin"):
        pytest.skip("a meso-desk is installed system-wide")
    assert p.returncode == 1 and "no meso-desk program found" in p.stderr
    assert not (tmp_path / "d" / "applications").exists()
