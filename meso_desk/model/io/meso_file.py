""".meso files: versioned UTF-8 JSON, atomic saves with a ``.bak``, one-line errors."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from pydantic import ValidationError

from ..errors import first_error
from ..plan import FORMAT_NAME, FORMAT_VERSION, Plan

#: Files larger than this are refused before they are read.
MAX_FILE_BYTES = 20 * 1024 * 1024
SUFFIX = ".meso"


class PlanFileError(Exception):
    """A plan file could not be read (or written). ``str(err)`` is one human line."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")


def load_plan(path: str | os.PathLike[str]) -> Plan:
    """Read a ``.meso`` file. Raises :class:`PlanFileError` (one line); never touches the file."""
    p = Path(path)
    return plan_from_bytes(read_bounded(p, MAX_FILE_BYTES), p)


def read_bounded(p: Path, limit: int, error: type[PlanFileError] = PlanFileError, *,
                 kind: str = "a plan file", files: str = "plans") -> bytes:
    """The bytes of ``p``; a missing, unreadable or oversized file (more than ``limit`` bytes,
    refused before it is read) or a folder raises ``error``, one line."""
    try:
        if p.is_dir():
            raise error(p, f"is a folder, not {kind}")
        size = p.stat().st_size
    except FileNotFoundError:
        raise error(p, "file not found") from None
    except OSError as e:
        raise error(p, f"cannot read ({e.strerror or e})") from None
    at_most = f"{files} are at most {limit / (1024 * 1024):g} MB"
    if size > limit:
        raise error(p, f"file is too large ({size / 1e6:.1f} MB; {at_most})")
    try:
        with open(p, "rb") as f:
            raw = f.read(limit + 1)
    except OSError as e:
        raise error(p, f"cannot read ({e.strerror or e})") from None
    if len(raw) > limit:
        raise error(p, f"file is too large ({at_most})")
    return raw


def plan_from_bytes(raw: bytes, path: str | os.PathLike[str] = "plan.meso") -> Plan:
    """Parse and validate the bytes of a ``.meso`` file (errors name ``path``)."""
    if not raw.strip():
        raise PlanFileError(path, "file is empty")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise PlanFileError(path, f"not UTF-8 text (byte {e.start})") from None
    if text.lstrip().startswith("<"):
        raise PlanFileError(path, "not a MESO Desk plan (this is XML; GENIUS files are read with import-genius)")
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as e:
        raise PlanFileError(path, f"not valid JSON ({e.msg} at line {e.lineno}, column {e.colno})") from None
    except ValueError as e:
        raise PlanFileError(path, f"not valid JSON ({e})") from None
    except RecursionError:
        raise PlanFileError(path, "not valid JSON (nested too deeply)") from None
    if not isinstance(data, dict):
        raise PlanFileError(path, "not a MESO Desk plan (the file holds no JSON object)")
    fmt = data.get("format")
    if fmt != FORMAT_NAME:
        what = "no format field" if fmt is None else f"format is {fmt!r}"
        raise PlanFileError(path, f"not a MESO Desk plan ({what}; expected 'meso-desk')")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise PlanFileError(path, f"format version must be a whole number, not {version!r}")
    if version > FORMAT_VERSION:
        raise PlanFileError(
            path, f"written by a newer MESO Desk (format version {version}; this version reads up to "
            f"{FORMAT_VERSION}) — update MESO Desk to open it"
        )
    if version < 1:
        raise PlanFileError(path, f"unknown format version {version}")
    try:
        return Plan.model_validate(data)
    except ValidationError as e:
        raise PlanFileError(path, f"invalid plan at {first_error(e)}") from None
    except (ValueError, TypeError, RecursionError) as e:  # defensive: never a traceback
        raise PlanFileError(path, f"invalid plan ({e})") from None


def _refuse_constant(name: str) -> float:
    raise ValueError(f"{name} is not allowed")


def plan_to_bytes(plan: Plan) -> bytes:
    return (plan.to_json(indent=2) + "\n").encode("utf-8")


def save_plan(plan: Plan, path: str | os.PathLike[str], backup: bool = True) -> Path:
    """Write ``plan`` atomically; the previous file (if any) is kept as ``NAME.meso.bak``.

    The new content goes to a temporary file in the same folder, is flushed and fsynced,
    and replaces the target with ``os.replace``: a crash at any moment leaves either the
    old or the new plan, never a mix.
    """
    p = Path(path)
    data = plan_to_bytes(plan)
    folder = p.parent if str(p.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=folder)
    except OSError as e:
        raise PlanFileError(p, f"cannot write in {folder} ({e.strerror or e})") from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if backup and p.exists():
            bak = p.with_name(p.name + ".bak")
            # Hard-link (or copy) the current file to .bak first; the target itself is only
            # ever replaced atomically, so it never disappears in between.
            _replace_backup(p, bak)
        try:
            mode = p.stat().st_mode & 0o777 if p.exists() else None
        except OSError:
            mode = None
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, p)
        _fsync_dir(folder)
    except OSError as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise PlanFileError(p, f"could not save ({e.strerror or e})") from None
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
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


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
