"""The wheel carries what the program needs at run time; the one-folder bundle builds and runs.

The bundle and fresh-venv tests are slow (minutes, and PyPI for the build environment): they run only
when asked, with ``pytest -m slow tests/packaging`` or ``MESO_DESK_SLOW=1``. The wheel-contents test is
quick and runs by default.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import meso_desk

ROOT = Path(__file__).resolve().parents[2]


def _slow_requested(config) -> bool:
    expr = config.getoption("markexpr", default="") or ""
    asked = bool(re.search(r"(?<!not )\bslow\b", expr))
    return asked or os.environ.get("MESO_DESK_SLOW", "") not in ("", "0")


@pytest.fixture
def slow_ok(request):
    if not _slow_requested(request.config):
        pytest.skip("slow packaging test (bundle build / fresh venv): run with -m slow or MESO_DESK_SLOW=1")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    p = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(ROOT)],
                       capture_output=True, text=True, timeout=300,
                       env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"})
    if p.returncode != 0 and "No matching distribution found for hatchling" in p.stderr:
        pytest.skip("no build backend available (hatchling could not be fetched)")
    assert p.returncode == 0, p.stderr
    (whl,) = out.glob("meso_desk-*.whl")
    return whl


# -- the wheel (fast) -------------------------------------------------------------------------------
def test_wheel_carries_examples_icons_and_entry_points(wheel):
    with zipfile.ZipFile(wheel) as z:
        names = set(z.namelist())
        entry_points = z.read(next(n for n in names if n.endswith(".dist-info/entry_points.txt"))).decode()
    for ex in ("supplier", "hiring", "contingent", "sourcing"):
        assert f"meso_desk/resources/examples/{ex}.meso" in names
    for s in (16, 24, 32, 48, 64, 128, 256):
        assert f"meso_desk/app/assets/meso-desk-{s}.png" in names
    assert "meso_desk/app/assets/meso-desk.svg" in names
    assert "meso_desk/__main__.py" in names
    assert re.search(r"\[console_scripts\]\s*meso-desk = meso_desk\.cli:main", entry_points)
    assert re.search(r"\[gui_scripts\]\s*meso-desk-gui = meso_desk\.cli:gui_main", entry_points)
    assert not any(n.startswith(("tests/", "packaging/", "resources/")) for n in names)


def test_unpacked_wheel_finds_its_examples_and_icons(wheel, tmp_path):
    """Import the package from the unpacked wheel (not the source tree) and load what it ships."""
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as z:
        z.extractall(site)
    code = (
        "import json, meso_desk\n"
        "from meso_desk.app.assets import icon_files\n"
        "from meso_desk.model.language import catalogue_path, speaking, tr\n"
        "plan = meso_desk.example_plan()\n"
        "with speaking('de'):\n"
        "    german = tr('Untitled negotiation')\n"
        "print(json.dumps({'file': meso_desk.__file__, 'names': meso_desk.example_names(),\n"
        "                  'title': plan.title, 'icons': [str(p) for p in icon_files()],\n"
        "                  'qm': str(catalogue_path('de', '.qm')), 'german': german}))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    p = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert Path(out["file"]).is_relative_to(site)
    assert out["names"] == ["contingent", "hiring", "lieferant", "sourcing", "supplier"]
    # the German catalogue ships (compiled for Qt, and read headless)
    assert Path(out["qm"]).is_relative_to(site) and Path(out["qm"]).is_file()
    assert out["german"] == "Unbenannte Verhandlung"
    assert out["title"] == meso_desk.example_plan().title
    assert len(out["icons"]) == 7 and all(Path(i).is_relative_to(site) for i in out["icons"])


# -- the wheel in a fresh virtual environment (slow: dependencies from PyPI) ----------------------------
@pytest.mark.slow
def test_wheel_installs_and_runs_in_a_fresh_venv(slow_ok, wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    py = venv / "bin" / "python"
    p = subprocess.run([str(py), "-m", "pip", "install", "-q", str(wheel)], capture_output=True, text=True,
                       timeout=1800, env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"})
    assert p.returncode == 0, p.stderr
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MESO_DESK_DATA_DIR": str(tmp_path / "data")}
    p = subprocess.run([str(venv / "bin" / "meso-desk"), "--version"], capture_output=True, text=True, env=env)
    assert p.stdout.strip() == f"MESO Desk {meso_desk.__version__}"
    assert (venv / "bin" / "meso-desk-gui").is_file()
    p = subprocess.run([str(py), "-c", "import meso_desk; print(meso_desk.example_plan('hiring').title)"],
                       cwd=tmp_path, capture_output=True, text=True, env=env)
    assert p.returncode == 0 and p.stdout.strip() == meso_desk.example_plan("hiring").title, p.stderr
    shot = tmp_path / "shot.png"
    p = subprocess.run([str(py), "-m", "meso_desk", "--screenshot", str(shot)], cwd=tmp_path,
                       capture_output=True, text=True, env=env, timeout=300)
    assert p.returncode == 0, p.stderr
    assert_window_picture(shot)


# -- the one-folder bundle (slow) ---------------------------------------------------------------------
def assert_window_picture(path: Path) -> None:
    """A real picture of the window: the screenshot size, many colours, not a blank canvas."""
    from PySide6.QtGui import QImage

    img = QImage(str(path))
    assert not img.isNull(), f"{path} is not an image"
    assert (img.width(), img.height()) == (1400, 900)
    colours = {img.pixel(x, y) for x in range(0, 1400, 7) for y in range(0, 900, 7)}
    assert len(colours) > 20, "the picture is (nearly) blank"


@pytest.fixture(scope="module")
def bundle(request, tmp_path_factory) -> Path:
    # Module-scoped fixtures are set up before function-scoped ones such as slow_ok: check here too.
    if not _slow_requested(request.config):
        pytest.skip("slow packaging test (bundle build): run with -m slow or MESO_DESK_SLOW=1")
    out = tmp_path_factory.mktemp("bundle") / "meso-desk"
    p = subprocess.run(["bash", str(ROOT / "packaging" / "build.sh"), str(out)], capture_output=True, text=True,
                       timeout=3600)
    assert p.returncode == 0, p.stdout[-3000:] + p.stderr[-3000:]
    return out


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="packaging/build.sh builds the Linux bundle")
def test_bundle_runs_with_an_empty_environment(slow_ok, bundle, tmp_path):
    exe = bundle / "meso-desk"
    p = subprocess.run(["env", "-i", str(exe), "--version"], capture_output=True, text=True, timeout=120)
    assert p.returncode == 0 and p.stdout.strip() == f"MESO Desk {meso_desk.__version__}", p.stderr

    shot = tmp_path / "window.png"
    home = tmp_path / "home"
    p = subprocess.run(["env", "-i", "QT_QPA_PLATFORM=offscreen", f"HOME={home}", str(exe), "--screenshot", str(shot)],
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    assert "Traceback" not in p.stderr and "locale" not in p.stderr, p.stderr
    assert_window_picture(shot)
    # A frozen build logs to a file in the user's data folder.
    (log,) = home.glob(".local/share/*/meso-desk.log")
    assert "MESO Desk starting" in log.read_text()

    # The headless commands work too, on a shipped example.
    example = bundle / "_internal" / "meso_desk" / "resources" / "examples" / "supplier.meso"
    p = subprocess.run(["env", "-i", str(exe), "check", str(example)], capture_output=True, text=True, timeout=120)
    assert p.returncode == 0 and meso_desk.example_plan().title in p.stdout, p.stderr


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="packaging/build.sh builds the Linux bundle")
def test_bundle_leaves_out_what_the_program_does_not_use(slow_ok, bundle):
    internal = bundle / "_internal"
    files = {p.name for p in internal.rglob("*")}
    for unwanted in ("libQt6Network.so.6", "libQt6Qml.so.6", "libQt6Quick.so.6", "libQt6Sql.so.6",
                     "libssl.so.3", "libqgtk3.so", "libqvnc.so"):
        assert unwanted not in files, unwanted
    assert not [f for f in files if f.startswith(("_tkinter.", "_ssl.", "QtNetwork."))]
    assert not list(internal.rglob("translations/*.qm"))
    assert not [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()], "dangling links"
    for needed in ("libqoffscreen.so", "libqxcb.so", "libQt6Widgets.so.6"):
        assert needed in files, needed
    assert any(f.startswith("libqwayland") for f in files)
    # Desktop integration travels with the bundle.
    assert (bundle / "install-desktop.sh").is_file()
    assert (bundle / "share" / "applications" / "meso-desk.desktop").is_file()
    assert (bundle / "share" / "mime" / "packages" / "meso-desk.xml").is_file()
    assert (bundle / "share" / "icons" / "hicolor" / "256x256" / "apps" / "meso-desk.png").is_file()
