#!/usr/bin/env bash
# Build MESO Desk for macOS: "MESO Desk.app" (PyInstaller BUNDLE from packaging/meso-desk.spec:
# windowed, with its icon, owning .meso plans through CFBundleDocumentTypes and an exported
# io.github.meso-desk.plan type) packed as a .dmg and a .zip.
#
#   bash packaging/macos/build.sh [OUTDIR]        (default: dist)
#
# Needs Python 3.11+ for the machine's architecture (the app is built for that one). Not signed with a
# Developer ID and not notarised: PyInstaller signs ad hoc, so the first start needs right-click → Open.
# The build keeps its own virtual environment in build/macos.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out="${1:-$root/dist}"
build="$root/build/macos"
venv="$build/venv"
python="${PYTHON:-python3}"
export PIP_DISABLE_PIP_VERSION_CHECK=1

mkdir -p "$build" "$out"
out=$(cd "$out" && pwd)
if [ ! -x "$venv/bin/python" ]; then
  echo "== build environment ($venv)"
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
version=$("$venv/bin/python" -c "import meso_desk; print(meso_desk.__version__)")

echo "== PyInstaller"
"$venv/bin/python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$build/dist" --workpath "$build/work" "$root/packaging/meso-desk.spec"
app="$build/dist/MESO Desk.app"

echo "== smoke test"
"$app/Contents/MacOS/meso-desk" --version
rm -f "$build/smoke.png"  # --screenshot refuses an existing file
QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/meso-desk" --screenshot "$build/smoke.png"
test -s "$build/smoke.png"
plutil -lint "$app/Contents/Info.plist"

echo "== packages"
arch=$(uname -m)
rm -f "$out/MESO-Desk-$version-macos-$arch.zip" "$out/MESO-Desk-$version-macos-$arch.dmg"
ditto -c -k --sequesterRsrc --keepParent "$app" "$out/MESO-Desk-$version-macos-$arch.zip"
# The disk image shows the app beside a link to /Applications: drag one onto the other to install.
stage="$build/dmg"
rm -rf "$stage" && mkdir -p "$stage"
ditto "$app" "$stage/MESO Desk.app"
ln -s /Applications "$stage/Applications"
hdiutil create -quiet -volname "MESO Desk $version" -srcfolder "$stage" -ov -format UDZO \
  "$out/MESO-Desk-$version-macos-$arch.dmg"
echo "built MESO Desk $version for macOS ($arch) in $out"
ls -l "$out"
