"""Keep the German catalogue in step with the code.

    python scripts/update_translations.py            # find new strings, compile the .qm
    python scripts/update_translations.py --fill DIR # also take translations from DIR/*.json
    python scripts/update_translations.py --check    # exit 1 if the catalogue is behind the code

* ``pyside6-lupdate`` reads every ``tr("…")`` / ``QT_TR_NOOP("…")`` in ``meso_desk/`` into
  ``meso_desk/translations/meso_desk_de.ts`` (one unnamed context, no line numbers so that the
  file changes only when a sentence does; strings gone from the code are dropped).
* ``--fill``: JSON files holding ``[{"source": …, "comment": …(optional), "de": …}, …]`` or
  ``{"source": "German", …}`` fill the messages still unfinished (a finished translation is
  never overwritten unless ``--overwrite``).
* ``pyside6-lrelease`` compiles the ``.qm`` the window loads (deterministic: the same ``.ts``
  gives the same bytes, which the test suite checks).
* ``--check``: the catalogue holds exactly the code's strings, each translated, and the ``.qm``
  is the compiled ``.ts``; what is missing is listed.

The ``.ts`` file can also be edited in Qt Linguist (``pyside6-linguist``).
"""

from __future__ import annotations

import argparse
import fcntl
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "meso_desk"
TS = PACKAGE / "translations" / "meso_desk_de.ts"
QM = TS.with_suffix(".qm")


def tool(name: str) -> str:
    """``pyside6-<name>`` beside this interpreter, else on PATH."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    if here.exists():
        return str(here)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[str]:
    return sorted(str(p) for p in PACKAGE.rglob("*.py"))


def lupdate(ts: Path) -> None:
    subprocess.run([tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                    "-source-language", "en", "-target-language", "de", *sources(), "-ts", str(ts)],
                   check=True, cwd=ROOT)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
                   check=True, cwd=ROOT)


def messages(ts: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(source, comment) → (translation, type) of every message."""
    out = {}
    for m in ET.parse(ts).getroot().iter("message"):
        node = m.find("translation")
        out[(m.findtext("source") or "", m.findtext("comment") or "")] = (
            (node.text or "") if node is not None else "", node.get("type") if node is not None else None)
    return out


def read_fills(folder: Path) -> dict[tuple[str, str], str]:
    fills: dict[tuple[str, str], str] = {}
    for f in sorted(folder.glob("*.json")):
        data = json.loads(f.read_text(encoding="utf-8"))
        if isinstance(data, dict):
            data = [{"source": k, "de": v} for k, v in data.items()]
        for row in data:
            if row.get("de"):
                fills[(row["source"], row.get("comment") or "")] = row["de"]
    return fills


def fill(ts: Path, fills: dict[tuple[str, str], str], overwrite: bool = False) -> int:
    tree = ET.parse(ts)
    n = 0
    for m in tree.getroot().iter("message"):
        key = (m.findtext("source") or "", m.findtext("comment") or "")
        node = m.find("translation")
        if key not in fills or node is None:
            continue
        if node.get("type") == "unfinished" or not node.text or overwrite:
            node.text = fills[key]
            node.attrib.pop("type", None)
            n += 1
    text = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n",
                  encoding="utf-8")
    return n


def check() -> int:
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / TS.name
        shutil.copy(TS, fresh)
        lupdate(fresh)
        now, committed = messages(fresh), messages(TS)
        for key in sorted(set(now) - set(committed)):
            problems.append(f"not in the catalogue: {key[0]!r}" + (f" ({key[1]})" if key[1] else ""))
        for key in sorted(set(committed) - set(now)):
            problems.append(f"no longer in the code: {key[0]!r}")
        for key, (text, kind) in sorted(committed.items()):
            if key in now and (not text or kind == "unfinished"):
                problems.append(f"not translated: {key[0]!r}")
        qm = Path(tmp) / QM.name
        lrelease(TS, qm)
        if not QM.exists() or qm.read_bytes() != QM.read_bytes():
            problems.append(f"{QM.name} is not the compiled {TS.name}: run scripts/update_translations.py")
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s) in {TS.relative_to(ROOT)}")
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fill", type=Path, help="a folder of JSON files with translations")
    ap.add_argument("--overwrite", action="store_true", help="--fill replaces finished translations")
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    if args.check:
        return check()
    TS.parent.mkdir(parents=True, exist_ok=True)
    with open(Path(tempfile.gettempdir()) / "meso-desk-translations.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        lupdate(TS)
        if args.fill:
            print(f"filled {fill(TS, read_fills(args.fill), args.overwrite)} message(s)")
            lupdate(TS)  # back to lupdate's own layout
        lrelease(TS, QM)
    msgs = messages(TS)
    todo = sum(1 for text, kind in msgs.values() if not text or kind == "unfinished")
    print(f"{len(msgs)} messages, {todo} not translated yet")
    return 0


if __name__ == "__main__":
    sys.exit(main())
