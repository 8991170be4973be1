"""What is left to translate in some files.

    python scripts/translation_todo.py meso_desk/app/widgets/deal [--fill DIR] [--json]

Lists every ``tr("…")`` / ``QT_TR_NOOP("…")`` message found in the given files or folders that
has no German yet, neither in the catalogue (``meso_desk/translations/meso_desk_de.ts``) nor in
the JSON files of ``--fill`` (see ``scripts/update_translations.py``). ``--json`` prints them as
a JSON skeleton to fill in.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from update_translations import ROOT, TS, messages, read_fills, tool


def found_in(paths: list[Path]) -> dict[tuple[str, str], tuple[str, str | None]]:
    files = []
    for p in paths:
        files += sorted(str(f) for f in p.rglob("*.py")) if p.is_dir() else [str(p)]
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "part.ts"
        subprocess.run([tool("lupdate"), "-silent", "-locations", "none", *files, "-ts", str(ts)],
                       check=True, cwd=ROOT)
        return messages(ts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--fill", type=Path)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    done = {k for k, (text, kind) in messages(TS).items() if text and kind != "unfinished"} if TS.exists() else set()
    if args.fill:
        done |= set(read_fills(args.fill))
    todo = [k for k in found_in(args.paths) if k not in done]
    if args.json:
        print(json.dumps([{"source": s, **({"comment": c} if c else {}), "de": ""} for s, c in todo],
                         ensure_ascii=False, indent=1))
    else:
        for s, c in todo:
            print(repr(s) + (f"  [{c}]" if c else ""))
        print(f"{len(todo)} message(s) without German", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
