#!/bin/sh
# Install (or remove) MESO Desk's desktop integration for the current user: the menu entry, the icon
# in every size, and the .meso file type so that double-clicking a plan opens it in MESO Desk.
#
#   install-desktop.sh [--exec PATH] [--data-dir DIR] [--uninstall]
#
# Works from a source checkout (packaging/linux/) and from a bundle built by packaging/build.sh
# (OUTDIR/install-desktop.sh, with the files under OUTDIR/share/). Needs no root: files go to
# ${XDG_DATA_HOME:-~/.local/share} (or --data-dir). The program run is, in this order: --exec PATH,
# the bundle's own meso-desk next to this script, `meso-desk` found on PATH (a pip install).
# Caches are refreshed with update-mime-database, update-desktop-database and gtk-update-icon-cache
# when those tools are installed; xdg-mime, when present, makes MESO Desk the default for .meso files.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data="${XDG_DATA_HOME:-$HOME/.local/share}"
exe=""
action=install
while [ $# -gt 0 ]; do
  case "$1" in
    --exec) exe="$2"; shift 2 ;;
    --data-dir) data="$2"; shift 2 ;;
    --uninstall) action=uninstall; shift ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install-desktop.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

# Where the files to install are: a bundle (share/...) or a source checkout.
if [ -d "$here/share/icons/hicolor" ]; then
  icons="$here/share/icons/hicolor"
  desktop="$here/share/applications/meso-desk.desktop"
  mime="$here/share/mime/packages/meso-desk.xml"
else
  icons="$here/../../resources/icons/hicolor"
  desktop="$here/meso-desk.desktop"
  mime="$here/meso-desk-mime.xml"
fi

refresh() {
  if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$data/mime" >/dev/null 2>&1 || true; fi
  if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$data/applications" 2>/dev/null || true; fi
  touch "$data/icons/hicolor" 2>/dev/null || true
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$data/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$data/icons/hicolor" 2>/dev/null || true
  fi
}

if [ "$action" = uninstall ]; then
  rm -f "$data/applications/meso-desk.desktop" "$data/mime/packages/meso-desk.xml"
  for f in "$data"/icons/hicolor/*/apps/meso-desk.png "$data"/icons/hicolor/*/apps/meso-desk.svg \
           "$data"/icons/hicolor/*/mimetypes/application-x-meso-desk.png \
           "$data"/icons/hicolor/*/mimetypes/application-x-meso-desk.svg; do
    [ -e "$f" ] && rm -f "$f"
  done
  refresh
  echo "MESO Desk's menu entry, icons and file type removed from $data"
  exit 0
fi

for f in "$icons" "$desktop" "$mime"; do
  [ -e "$f" ] || { echo "install-desktop.sh: $f is missing" >&2; exit 1; }
done
if [ -z "$exe" ]; then
  if [ -x "$here/meso-desk" ] && [ -f "$here/meso-desk" ]; then
    exe="$here/meso-desk"
  elif command -v meso-desk >/dev/null 2>&1; then
    exe=$(command -v meso-desk)
  else
    echo "install-desktop.sh: no meso-desk program found: install MESO Desk first or pass --exec PATH" >&2
    exit 1
  fi
fi
case "$exe" in /*) ;; *) exe="$(cd "$(dirname "$exe")" && pwd)/$(basename "$exe")" ;; esac

# Icons: the application icon, and the same picture for the plan file type.
for dir in "$icons"/*/; do
  size=$(basename "$dir")
  for src in "$dir"apps/meso-desk.png "$dir"apps/meso-desk.svg; do
    [ -f "$src" ] || continue
    ext="${src##*.}"
    mkdir -p "$data/icons/hicolor/$size/apps" "$data/icons/hicolor/$size/mimetypes"
    cp "$src" "$data/icons/hicolor/$size/apps/meso-desk.$ext"
    cp "$src" "$data/icons/hicolor/$size/mimetypes/application-x-meso-desk.$ext"
  done
done

# The menu entry, pointing at this installation's program (quoted, so a path may hold spaces).
case "$exe" in
  *[\"\`\$\\\|\&]*) echo "install-desktop.sh: the path $exe holds a character a menu entry cannot quote" >&2; exit 1 ;;
esac
mkdir -p "$data/applications"
exec_path=$(printf '%s' "$exe" | sed 's/%/%%/g')  # a literal % in Exec is written %% (field codes)
sed -e "s|^Exec=.*|Exec=\"$exec_path\" %f|" -e "s|^TryExec=.*|TryExec=$exe|" "$desktop" \
  > "$data/applications/meso-desk.desktop"
chmod 644 "$data/applications/meso-desk.desktop"

# The file type.
mkdir -p "$data/mime/packages"
cp "$mime" "$data/mime/packages/meso-desk.xml"

refresh
if command -v xdg-mime >/dev/null 2>&1; then
  XDG_DATA_HOME="$data" xdg-mime default meso-desk.desktop application/x-meso-desk 2>/dev/null || true
fi
echo "MESO Desk installed in the menu ($data/applications/meso-desk.desktop), running $exe"
