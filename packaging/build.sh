#!/usr/bin/env bash
# Build MESO Desk's Linux one-folder bundle:   bash packaging/build.sh OUTDIR
#
# OUTDIR/meso-desk is the program (runs without Python on the machine); OUTDIR/install-desktop.sh
# adds the menu entry, the icon and the .meso file type for the current user; OUTDIR/share holds the
# files it installs. The build keeps its own virtual environment (the project as a wheel, its runtime
# dependencies and PyInstaller, nothing else) under build/bundle, reused by later builds.
#
# Environment: PYTHON (interpreter for the build venv, default python3.11 or python3),
# MESO_DESK_BUILD_DIR (default <repo>/build/bundle). OUTDIR is replaced if it holds an earlier bundle
# or nothing; any other existing folder is refused.
set -euo pipefail
if [ $# -ne 1 ]; then
  echo "usage: packaging/build.sh OUTDIR" >&2
  exit 2
fi
root=$(cd "$(dirname "$0")/.." && pwd)
out=$(realpath -m "$1")
build=$(realpath -m "${MESO_DESK_BUILD_DIR:-$root/build/bundle}")
venv="$build/venv"
python="${PYTHON:-$(command -v python3.11 || command -v python3)}"

if [ -e "$out" ] && [ -n "$(ls -A "$out" 2>/dev/null)" ] && ! { [ -f "$out/meso-desk" ] && [ -d "$out/_internal" ]; }; then
  echo "build.sh: $out exists and is not an earlier MESO Desk bundle: choose another OUTDIR" >&2
  exit 1
fi

export PIP_DISABLE_PIP_VERSION_CHECK=1
if ! "$venv/bin/python" -c "import sys" 2>/dev/null; then
  echo "== build environment ($venv)"
  rm -rf "$venv"
  "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install -q --upgrade pip
fi
"$venv/bin/python" -m pip install -q "pyinstaller>=6.10,<7"

echo "== the project as a wheel"
rm -rf "$build/wheel"
"$venv/bin/python" -m pip wheel -q --no-deps -w "$build/wheel" "$root"
wheel=$(ls "$build"/wheel/meso_desk-*.whl)
"$venv/bin/python" -m pip install -q "$wheel"
"$venv/bin/python" -m pip install -q --force-reinstall --no-deps "$wheel"

echo "== PyInstaller"
"$venv/bin/python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$build/dist" --workpath "$build/work" "$root/packaging/meso-desk.spec"

echo "== $out"
rm -rf "$out"
mkdir -p "$(dirname "$out")"
mv "$build/dist/meso-desk" "$out"
# Python's own library and extension modules may carry debug symbols (a pyenv build: 23 MB instead of
# 6 MB). Strip those only: stripping the wheels' auditwheel-patched libraries (numpy's OpenBLAS) breaks
# them, which is why the spec does not strip.
if command -v strip >/dev/null 2>&1; then
  find "$out/_internal" -maxdepth 1 -name 'libpython3*.so*' -type f -exec strip --strip-unneeded {} +
  find "$out/_internal" -path '*/lib-dynload/*.so' -type f -exec strip --strip-unneeded {} +
fi
mkdir -p "$out/share/applications" "$out/share/mime/packages" "$out/share/icons"
cp -r "$root/resources/icons/hicolor" "$out/share/icons/"
cp "$root/packaging/linux/meso-desk.desktop" "$out/share/applications/meso-desk.desktop"
cp "$root/packaging/linux/meso-desk-mime.xml" "$out/share/mime/packages/meso-desk.xml"
cp "$root/packaging/linux/install-desktop.sh" "$out/install-desktop.sh"
chmod +x "$out/install-desktop.sh" "$out/meso-desk"

# The bundle must run with an empty environment: no Python, no PATH, no HOME.
version=$(env -i "$out/meso-desk" --version)
echo "built $version in $out ($(du -sh "$out" | cut -f1))"
echo "add it to the desktop menu with: $out/install-desktop.sh"
