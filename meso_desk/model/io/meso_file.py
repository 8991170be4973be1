""".meso files: versioned UTF-8 JSON, atomic saves with a ``.bak``, one-line errors."""

from __future__ import annotations

import json
import logging
import os
import stat
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..base import breaks_line, on_one_line
from ..errors import first_error, json_reason, one_line, quoted, shorten
from ..language import tr
from ..plan import FORMAT_NAME, FORMAT_VERSION, Plan
from .file_kinds import not_a_plan
from .output_files import OutputFailed, temp_pattern, write_file

try:  # POSIX: a save holds an exclusive lock on its temporary file while it writes
    import fcntl
except ImportError:  # pragma: no cover - Windows: an open file cannot be deleted anyway
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger("meso_desk.io")
log.addHandler(logging.NullHandler())  # a library: the caller decides where notes go (no stderr echo)

#: Files larger than this are refused before they are read.
MAX_FILE_BYTES = 20 * 1024 * 1024
#: Most issues a plan file may hold, and most options of one categorical issue. Checked before
#: the plan is validated. Negotiations have a handful of issues (GENIUS/ANAC domains at most
#: about 30); beyond these the offer search can only approximate, and a bigger file is a typo
#: or an attack, not a plan (docs/file-format.md).
MAX_ISSUES = 200
MAX_OPTIONS = 5_000
SUFFIX = ".meso"
#: A temporary file of an interrupted save is removed once it is this old (seconds) and no
#: process holds its lock.
STALE_TEMP_SECONDS = 10.0


class PlanFileError(Exception):
    """A plan file could not be read (or written). ``str(err)`` is one human line of at most
    about 200 characters."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path = Path(path)
        name = shorten(self.path.name, 60)
        self.reason = one_line(reason, max(200 - len(name) - 2, 80))
        super().__init__(f"{name}: {self.reason}")


def load_plan(path: str | os.PathLike[str], notes: list[str] | None = None) -> Plan:
    """Read a ``.meso`` file. Raises :class:`PlanFileError` (one line); never changes the file.

    A file of an older format version is migrated in memory; each default it had to fill is
    logged and appended to ``notes`` (when given) so that the caller can show it. Temporary
    files left beside it by an interrupted save are removed (:func:`remove_stale_temps`).
    """
    p = Path(path)
    raw = read_bounded(p, MAX_FILE_BYTES)
    remove_stale_temps(p)
    return plan_from_bytes(raw, p, notes)


def _not_kind(kind: str, what: str) -> str:
    """The refusal of a folder or a pipe, for a plan file or a GENIUS XML file (``kind``)."""
    if kind == "genius":
        if what == "folder":
            return tr("is a folder, not a GENIUS XML file")
        return tr("is not a regular file (a pipe or a device), not a GENIUS XML file")
    if what == "folder":
        return tr("is a folder, not a plan file")
    return tr("is not a regular file (a pipe or a device), not a plan file")


def _too_large(kind: str, limit: int, size: float | None = None) -> str:
    mb = limit / (1024 * 1024)
    if kind == "genius":
        if size is None:
            return tr("file is too large (GENIUS files are at most {limit:g} MB)").format(limit=mb)
        return tr("file is too large ({size:.1f} MB; GENIUS files are at most {limit:g} MB)").format(
            size=size / 1e6, limit=mb)
    if size is None:
        return tr("file is too large (plans are at most {limit:g} MB)").format(limit=mb)
    return tr("file is too large ({size:.1f} MB; plans are at most {limit:g} MB)").format(size=size / 1e6, limit=mb)


def cannot_read(e: OSError) -> str:
    """``"cannot read (Permission denied)"``."""
    return tr("cannot read ({reason})").format(reason=e.strerror or e)


def read_bounded(p: Path, limit: int, error: type[PlanFileError] = PlanFileError, *,
                 kind: str = "plan") -> bytes:
    """The bytes of ``p``; a missing, unreadable or oversized file (more than ``limit`` bytes,
    refused before it is read), a folder, or anything but a regular file (a pipe, a device:
    refused at once, never waited on) raises ``error``, one line. ``kind`` is ``"plan"`` or
    ``"genius"`` (the words of the refusal)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        if p.is_dir():
            raise error(p, _not_kind(kind, "folder"))
        fd = os.open(p, flags)
    except FileNotFoundError:
        raise error(p, tr("file not found")) from None
    except OSError as e:
        raise error(p, cannot_read(e)) from None
    try:
        st = os.fstat(fd)  # checked on the opened file: no race with a swapped path
        if stat.S_ISDIR(st.st_mode):
            raise error(p, _not_kind(kind, "folder"))
        if not stat.S_ISREG(st.st_mode):
            raise error(p, _not_kind(kind, "pipe"))
        if st.st_size > limit:
            raise error(p, _too_large(kind, limit, st.st_size))
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as e:
        raise error(p, cannot_read(e)) from None
    finally:
        os.close(fd)
    if size > limit:
        raise error(p, _too_large(kind, limit))
    return b"".join(chunks)


def plan_from_bytes(raw: bytes, path: str | os.PathLike[str] = "plan.meso",
                    notes: list[str] | None = None) -> Plan:
    """Parse and validate the bytes of a ``.meso`` file (errors name ``path``; migration
    notes of an older format are appended to ``notes``)."""
    data = _json_object(raw, path)
    version = data.get("version")
    if "version" not in data:
        raise PlanFileError(path, tr("no format version: not a MESO Desk plan, or a damaged one"))
    if isinstance(version, bool) or not isinstance(version, int):
        raise PlanFileError(path, tr("format version must be a whole number, not {value}").format(
            value=shorten(repr(version))))
    if version > FORMAT_VERSION:
        raise PlanFileError(
            path, tr("written by a newer MESO Desk (format version {version}; this version reads up to "
                     "{supported}) — update MESO Desk to open it").format(version=version, supported=FORMAT_VERSION)
        )
    if version < 1:
        raise PlanFileError(path, tr("unknown format version {version}").format(version=version))
    _check_caps(data, path)
    filled: list[str] = []
    if version == 1:
        data, filled = migrate_v1(data)
    else:
        missing = _first_missing(data)
        if missing:
            raise PlanFileError(path, tr("{field}: missing (required since format version 2)").format(field=missing))
    lined, names = names_on_one_line(data)
    try:
        plan = _validated(lined, path)
    except PlanFileError:
        if not names:
            raise
        plan, names = _validated(data, path), []  # two names would become one: kept as written
    filled += [tr("{name} held a line break or a tab; it now reads on one line").format(name=quoted(n))
               for n in names]
    for note in filled:  # only for a plan that opens: a refused file gets its one line alone
        log.warning("%s: %s", shorten(Path(path).name, 60), note)
    if notes is not None:
        notes.extend(filled)
    return plan


def _validated(data: dict[str, Any], path: str | os.PathLike[str]) -> Plan:
    try:
        return Plan.model_validate(data)
    except ValidationError as e:
        raise PlanFileError(path, first_error(e)) from None
    except (ValueError, TypeError, RecursionError) as e:  # defensive: never a traceback
        raise PlanFileError(path, tr("invalid plan ({reason})").format(reason=e)) from None


#: Fields of free text: a line break in them is the user's own, kept as written.
FREE_TEXT = frozenset({"notes", "lessons", "relationship", "contacts", "supplier_notes", "note", "statement",
                       "description", "source", "batna"})


def _listed(data: Any, key: str) -> list[Any]:
    value = data.get(key) if isinstance(data, dict) else None
    return value if isinstance(value, list) else []


def _names_across_lines(data: dict[str, Any]) -> dict[str, str]:
    """Each name in ``data`` written across lines (an issue's, an option's, a package's, an event's or
    a state's: the names whose fields once kept a pasted line break) → the name on one line."""
    found: list[Any] = []
    for issue in _listed(data, "issues"):
        found.append(issue.get("name") if isinstance(issue, dict) else None)
        for o in _listed(issue, "options"):  # {"label": …}, or [label, value, acceptable] in version 1
            found.append(o.get("label") if isinstance(o, dict) else o[0] if isinstance(o, list) and o else o)
    found += [p.get("name") for p in _listed(data, "packages") if isinstance(p, dict)]
    for event in _listed(data, "events"):
        found += [event.get("name") if isinstance(event, dict) else None, *_listed(event, "states")]
    lined = {s: " ".join(on_one_line(s).split()) for s in found if isinstance(s, str) and breaks_line(s)}
    return {old: new for old, new in lined.items() if new}


def names_on_one_line(data: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """``data`` (a parsed plan) with its names on one line, and the names so changed (as they read now).

    A name written across lines or with a tab (by a version whose name fields kept a pasted line
    break, or by hand) is read on one line: each line break, tab or other control character becomes
    a space, runs of blanks one space. The name changes wherever the file spells it — a mapping's key
    or a value, free text (:data:`FREE_TEXT`) aside — so every reference follows it: the weights and
    the packages' terms keyed by an issue's name, a term naming an option, a clause naming an event,
    a forecast naming a state, a MESO set or a quote naming a package (the schema already reads a
    constituency's issue and an event's ``affects`` on one line). Two keys of one mapping that would
    become one leave ``data`` as it is; so does the caller when the changed data does not validate
    (two issues would now share a name).
    """
    names = _names_across_lines(data)
    if not names:
        return data, []

    def walk(x: Any, free: bool = False) -> Any:
        if isinstance(x, dict):
            out: dict[Any, Any] = {}
            for k, v in x.items():
                key = names.get(k, k) if isinstance(k, str) else k
                if key in out:
                    raise KeyError(key)
                out[key] = walk(v, k in FREE_TEXT)
            return out
        if isinstance(x, list):
            return [walk(v, free) for v in x]
        return names.get(x, x) if isinstance(x, str) and not free else x

    try:
        return walk(data), list(dict.fromkeys(names.values()))
    except (KeyError, RecursionError):
        return data, []


def _json_object(raw: bytes, path: str | os.PathLike[str]) -> dict[str, Any]:
    if not raw.strip():
        raise PlanFileError(path, tr("file is empty"))
    kind = not_a_plan(raw)  # a spreadsheet, a PDF, a picture …: said as such
    if kind is not None:
        raise PlanFileError(path, kind)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise PlanFileError(path, tr("not UTF-8 text (byte {byte})").format(byte=e.start)) from None
    if text.lstrip().startswith("<"):
        raise PlanFileError(path, tr("not a MESO Desk plan (this is XML; GENIUS files are read with import-genius)"))
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as e:
        raise PlanFileError(path, tr("not valid JSON ({reason} at line {line}, column {column})").format(
            reason=json_reason(e.msg), line=e.lineno, column=e.colno)) from None
    except ValueError as e:
        raise PlanFileError(path, tr("not valid JSON ({reason})").format(reason=e)) from None
    except RecursionError:
        raise PlanFileError(path, tr("not valid JSON (nested too deeply)")) from None
    if not isinstance(data, dict):
        raise PlanFileError(path, tr("not a MESO Desk plan (the file holds no JSON object)"))
    fmt = data.get("format")
    if fmt != FORMAT_NAME:
        if fmt is None:
            raise PlanFileError(path, tr("not a MESO Desk plan (no format field; expected 'meso-desk')"))
        raise PlanFileError(path, tr("not a MESO Desk plan (format is {format}; expected 'meso-desk')").format(
            format=shorten(repr(fmt))))
    return data


def _check_caps(data: dict[str, Any], path: str | os.PathLike[str]) -> None:
    """Refuse a file with more issues or options than a plan can hold, before validating it
    (validation is linear, but nothing downstream could work with such a plan)."""
    issues = data.get("issues")
    if not isinstance(issues, list):
        return
    if len(issues) > MAX_ISSUES:
        raise PlanFileError(path, tr("issues: {count:,} issues; a plan holds at most {most}").format(
            count=len(issues), most=MAX_ISSUES))
    for k, it in enumerate(issues):
        options = it.get("options") if isinstance(it, dict) else None
        if isinstance(options, list) and len(options) > MAX_OPTIONS:
            raise PlanFileError(path, tr("issues[{k}].options: {count:,} options; an issue has at most "
                                         "{most:,}").format(k=k, count=len(options), most=MAX_OPTIONS))


# -- format versions ------------------------------------------------------------------------
#: Fields whose default would change the meaning of a plan: required since format version 2,
#: filled (and reported) when a version 1 file lacks them.
_V1_PLAN_DEFAULTS = {"reservation": 0.0}


def _walk_required(data: dict[str, Any]):
    """``(path, container, key, default)`` for every meaning-changing field of ``data``."""
    issues = data.get("issues")
    if isinstance(issues, list) and issues and "weights" not in data:
        names = [it.get("name") for it in issues if isinstance(it, dict)]
        yield "weights", data, "weights", {str(n).strip(): 1.0 for n in names if isinstance(n, str)}
    for key, default in _V1_PLAN_DEFAULTS.items():
        yield key, data, key, default
    for k, it in enumerate(issues if isinstance(issues, list) else ()):
        if not isinstance(it, dict):
            continue
        if it.get("kind", "numeric") == "numeric":
            yield f"issues[{k}].direction", it, "direction", "higher"
        options = it.get("options")
        for j, o in enumerate(options if isinstance(options, list) else ()):
            if isinstance(o, dict):
                yield f"issues[{k}].options[{j}].acceptable", o, "acceptable", True
            elif not (isinstance(o, list) and len(o) == 3):
                yield f"issues[{k}].options[{j}].acceptable", None, "acceptable", True


def _first_missing(data: dict[str, Any]) -> str | None:
    for path, container, key, _default in _walk_required(data):
        if container is None or key not in container:
            return path
    return None


def migrate_v1(data: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """A version 1 plan (as parsed JSON) made a version 2 plan: each missing field whose
    default changes the meaning gets the default version 1 gave it, and a note says so.
    Returns the new data (the input is not changed) and the notes."""
    data = json.loads(json.dumps(data))  # a deep copy of plain JSON
    notes: list[str] = []
    for path, container, key, default in list(_walk_required(data)):
        if container is None or key in container:
            continue  # a pair or a bare label: the schema fills it, as version 1 did
        container[key] = default
        if key == "weights":
            notes.append(tr("{field} was missing (format version 1); set to equal weights").format(
                field=shorten(path, 60)))
        else:
            notes.append(tr("{field} was missing (format version 1); set to {value}").format(
                field=shorten(path, 60), value=json.dumps(default)))
    data["version"] = FORMAT_VERSION
    return data, notes


def _refuse_constant(name: str) -> float:
    raise ValueError(tr("{name} is not allowed").format(name=name))


def plan_to_bytes(plan: Plan) -> bytes:
    return (plan.to_json(indent=2) + "\n").encode("utf-8")


def remove_stale_temps(path: str | os.PathLike[str], *, older_than: float = STALE_TEMP_SECONDS,
                       on_removed: Callable[[Path], None] | None = None) -> list[Path]:
    """Remove the temporary files an interrupted save of ``path`` left beside it.

    Only our own pattern (``.NAME.XXXXXXXX.tmp``), only regular files (not links) owned by
    this user and older than ``older_than`` seconds, and only when no process holds the
    exclusive lock a save keeps on its temporary file while it writes. Does nothing where
    ``fcntl`` is missing. Returns the files removed; never raises.
    """
    if fcntl is None:
        return []
    p = Path(path)
    folder = p.parent if str(p.parent) else Path(".")
    pattern = temp_pattern(p.name)
    removed: list[Path] = []
    try:
        entries = [e for e in os.scandir(folder) if pattern.fullmatch(e.name)]
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        try:
            st = entry.stat(follow_symlinks=False)
            if (not stat.S_ISREG(st.st_mode) or st.st_uid != os.getuid()
                    or now - st.st_mtime < older_than):
                continue
            if _unlink_unless_locked(Path(entry.path), st):
                removed.append(Path(entry.path))
                log.info("removed %s, left by an interrupted save", entry.name)
        except OSError:
            continue
    if on_removed is not None:
        for r in removed:
            on_removed(r)
    return removed


def _unlink_unless_locked(tmp: Path, st: os.stat_result) -> bool:
    fd = os.open(tmp, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | os.O_NONBLOCK)
    try:
        now_st = os.fstat(fd)
        if (now_st.st_ino, now_st.st_dev) != (st.st_ino, st.st_dev):
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False  # a save in progress (another instance) holds it
        os.unlink(tmp)
        return True
    finally:
        os.close(fd)


def save_plan(plan: Plan, path: str | os.PathLike[str], backup: bool = True) -> Path:
    """Write ``plan`` atomically; the previous file (if any) is kept as ``NAME.meso.bak``.

    The new content goes to a temporary file in the same folder, is flushed and fsynced,
    and replaces the target with ``os.replace``: a crash at any moment leaves either the
    old or the new plan, never a mix. The temporary file is locked while it is written, so
    that a later save can tell the files of killed saves (removed) from a save in progress
    (the write every output shares: :func:`~.output_files.write_file`). A new plan is readable
    by its owner only.
    """
    p = Path(path)
    try:  # a file marked read-only is not replaced (the atomic replace would, even so): Save As
        read_only = p.exists() and not p.stat().st_mode & stat.S_IWUSR
    except OSError:
        read_only = False
    if read_only:
        raise PlanFileError(p, tr("the file is read-only; save the plan under another name (Save As)"))
    data = plan_to_bytes(plan)
    remove_stale_temps(p)

    def keep_backup(target: Path) -> None:
        # Hard-link (or copy) the current file to .bak first; the target itself is only
        # ever replaced atomically, so it never disappears in between.
        if backup and target.exists():
            _replace_backup(target, target.with_name(target.name + ".bak"))

    try:
        write_file(p, data, new_mode=0o600, before_replace=keep_backup)
    except OutputFailed as e:
        if e.folder is not None:
            raise PlanFileError(p, tr("cannot write in {folder} ({reason})").format(
                folder=e.folder, reason=e.strerror)) from None
        raise PlanFileError(p, tr("could not save ({reason})").format(reason=e.strerror)) from None
    return p


def _replace_backup(src: Path, bak: Path) -> None:
    tmp = bak.with_name(f".{bak.name}.tmp")
    try:
        if tmp.exists():
            tmp.unlink()
        try:
            os.link(src, tmp)
        except OSError:
            with open(src, "rb") as fi, open(tmp, "wb") as fo:
                fo.write(fi.read())
                fo.flush()
                os.fsync(fo.fileno())
        os.replace(tmp, bak)
    finally:
        if tmp.exists():
            tmp.unlink()
