"""Where an export may write, and how every file is written: the one rule for every output file,
on the command line and in the window alike (``docs/cards.md``, ``docs/spreadsheets.md``), and the
one atomic write (:func:`write_files`) under the plan's save, every export and every PDF.

An export writes a file of its own kind — it ends in its suffix (``.pdf`` for the summary, the
cards and the debrief, ``.png`` for pictures, ``.xlsx``/``.csv`` for spreadsheets) — and it is
never the plan itself: a PDF written over the ``.meso`` file would lose the plan, and no question
("replace it?") or ``--force`` makes that right. Each refusal is one line naming the file.

A file is written whole or not at all: its bytes go to a temporary file beside it, are flushed,
fsynced and checked, and only then replace the file with ``os.replace``. A full disk, a folder
that cannot be written or a kill leaves the old file as it was — never an empty or a cut-off one
that looks finished — and, when the error could be handled, no temporary file.
"""

from __future__ import annotations

import errno
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from ..language import tr

try:  # POSIX: a write holds an exclusive lock on its temporary file until it has replaced the target
    import fcntl
except ImportError:  # pragma: no cover - Windows: an open file cannot be deleted anyway
    fcntl = None  # type: ignore[assignment]


class OutputRefused(ValueError):
    """An output file refused before anything is written; ``str(err)`` is one line."""


def is_same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """Whether ``a`` and ``b`` name one file (the same path once resolved, or one file on disk:
    a link, another spelling on a case-insensitive disk)."""
    pa, pb = Path(a), Path(b)
    try:
        if pa.resolve() == pb.resolve():
            return True
        return pa.exists() and pb.exists() and os.path.samefile(pa, pb)
    except OSError:
        return False


def refuse_plan(paths: Iterable[str | os.PathLike[str] | None], plan: str | os.PathLike[str] | None,
                shown: str | None = None) -> None:
    """Refuse an output that is the plan's own file (``plan``: where the plan is kept, None for a
    plan never saved). ``shown``: how the message names the file (default: as given)."""
    if not plan:
        return
    for p in paths:
        if p is not None and is_same_file(p, plan):
            raise OutputRefused(tr("{path}: would overwrite the plan").format(path=shown or p))


def refuse_suffix(path: str | os.PathLike[str], suffixes: Sequence[str], must_end: str,
                  shown: str | None = None) -> None:
    """Refuse ``path`` unless it ends in one of ``suffixes`` (``must_end``: the sentence saying so,
    translated, with ``{path}``)."""
    if Path(path).suffix.lower() not in suffixes:
        raise OutputRefused(must_end.format(path=shown or path))


def check_export(path: str | os.PathLike[str], plan: str | os.PathLike[str] | None, suffixes: Sequence[str],
                 must_end: str, shown: str | None = None) -> None:
    """Both rules for one output: it ends in one of ``suffixes`` and is not the plan."""
    refuse_suffix(path, suffixes, must_end, shown)
    refuse_plan([path], plan, shown)


# -- writing ------------------------------------------------------------------------------------
class OutputFailed(OSError):
    """A file could not be written; it was left as it was and no temporary file is left.

    An ``OSError`` with the system's ``errno`` and ``strerror`` ("No space left on device") and
    ``filename`` the file (never the temporary one); ``folder`` is set when not even a temporary
    file could be made there. ``str(err)`` is one line naming the file and the reason."""

    def __init__(self, path: str | os.PathLike[str], cause: OSError, folder: Path | None = None) -> None:
        super().__init__(cause.errno, cause.strerror or str(cause), str(path))
        self.path = Path(path)
        self.folder = folder

    def __str__(self) -> str:
        if self.folder is not None:
            return f"{self.path}: " + tr("cannot write in {folder} ({reason})").format(
                folder=self.folder, reason=self.strerror)
        return tr("{file}: cannot write ({reason})").format(file=self.path, reason=self.strerror)


def temp_pattern(name: str) -> re.Pattern[str]:
    """The names of the temporary files a write of ``name`` makes beside it (``.NAME.XXXXXXXX.tmp``)."""
    return re.compile(rf"\.{re.escape(name)}\.[a-z0-9_]{{8}}\.tmp")


def write_file(path: str | os.PathLike[str], data: bytes, *, new_mode: int | None = None,
               before_replace: Callable[[Path], None] | None = None) -> Path:
    """Write ``data`` to ``path`` atomically (:func:`write_files`); returns the path."""
    return write_files([(path, data)], new_mode=new_mode, before_replace=before_replace)[0]


def write_files(files: Sequence[tuple[str | os.PathLike[str], bytes]], *, new_mode: int | None = None,
                before_replace: Callable[[Path], None] | None = None) -> list[Path]:
    """Write each ``(path, data)``, all or none: first every file's bytes go to a temporary file
    beside it (``.NAME.XXXXXXXX.tmp``, locked while it is written, then flushed, fsynced and its
    size checked); only when all are complete does each replace its file with ``os.replace``,
    keeping the permissions of the file it replaces (a new file: ``new_mode``, else what the
    umask gives), and the folders are fsynced. ``before_replace(path)`` runs just before a file
    is replaced (the plan's backup).

    Raises :class:`OutputFailed` (one line) when anything fails: no temporary file is left, and
    the files are as they were (only a failure of ``os.replace`` itself, after an earlier file of
    ``files`` was replaced, leaves that one new). Returns the paths written."""
    staged: list[tuple[Path, str, int]] = []
    replaced: set[str] = set()
    target = Path(files[0][0]) if files else Path(".")
    try:
        for path, data in files:
            target = Path(path)
            staged.append(_stage(target, data))
        for target, tmp, _fd in staged:
            if before_replace is not None:
                before_replace(target)
            os.chmod(tmp, _mode(target, new_mode))
            os.replace(tmp, target)
            replaced.add(tmp)
        for folder in dict.fromkeys(_folder(t) for t, _tmp, _fd in staged):
            _fsync_dir(folder)
    except OutputFailed:
        raise
    except OSError as e:
        raise OutputFailed(target, e) from None
    finally:
        for _t, tmp, fd in staged:
            os.close(fd)  # (releases the lock)
            if tmp not in replaced:
                _remove(tmp)
    return [t for t, _tmp, _fd in staged]


def _folder(path: Path) -> Path:
    return path.parent if str(path.parent) else Path(".")


def _stage(target: Path, data: bytes) -> tuple[Path, str, int]:
    """``data`` in a new temporary file beside ``target``, complete on disk: (target, temporary
    file, its open descriptor holding the lock)."""
    folder = _folder(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as e:
        raise OutputFailed(target, e, folder) from None
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
        if os.fstat(fd).st_size != len(data):  # a file system that lost part of it without saying so
            raise OSError(errno.EIO, tr("the file was not written completely"))
    except BaseException as e:
        os.close(fd)
        _remove(tmp)
        if isinstance(e, OSError):
            raise OutputFailed(target, e) from None
        raise
    return target, tmp, fd


def _mode(target: Path, new_mode: int | None) -> int:
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        if new_mode is not None:
            return new_mode
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask


def _remove(tmp: str) -> None:
    try:
        os.unlink(tmp)
    except OSError:
        pass


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


__all__ = ["OutputFailed", "OutputRefused", "check_export", "is_same_file", "refuse_plan", "refuse_suffix",
           "temp_pattern", "write_file", "write_files"]
