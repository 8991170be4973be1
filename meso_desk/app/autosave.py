"""Never lose work: a recovery copy of the open plan, written a few seconds after each change.

How it works (the scheme follows Spyder's editor autosave: a single-shot timer, a content
hash so that an unchanged plan is not written again, one recovery file per running
session, and an offer to restore at the next start):

* Each window has a :class:`RecoverySession` with an id ``<pid>-<random>``. Its files live in
  ``<data folder>/recovery/``: ``<id>.meso`` (the plan, written atomically by the model's
  ``save_plan`` without a ``.bak``), ``<id>.json`` (which file it belongs to, its title, when)
  and ``<id>.lock``, a ``QLockFile`` held for as long as the session lives.
* :class:`Autosave` watches the :class:`~meso_desk.app.document.PlanDocument`: every change
  (re)starts a single-shot timer (:data:`DELAY_MS`); a stream of changes cannot postpone the
  write beyond :data:`MAX_DELAY_MS`. When the plan is saved, or undone back to its saved
  state, or the window closes normally, the recovery file is removed.
* A session that ended without cleaning up (crash, kill, power cut) leaves a recovery file
  whose lock is stale: Qt's ``QLockFile`` knows the owning process is gone. At the next
  start :func:`find_orphans` returns those, newest first, and the window offers to restore
  them (:class:`RecoveryDialog`). A recovery file of another MESO Desk that is still running
  is never touched: its lock is live.
* The ``.json`` also keeps the copy's *base*: the size, time and hash of the plan's file when the
  window last read or wrote it (:class:`~meso_desk.app.file_state.FileState`). A copy whose file
  was saved after it (or changed by another window meanwhile) is offered with that said and
  **Open the File** as the default (:meth:`RecoveryFile.compare_with_file`); a copy that holds
  just what the file holds is removed without a question.
* A copy that cannot be read (damaged, or written by a newer MESO Desk) is said once, with
  where it is, and removed only when the user says so (:class:`UnreadableCopyDialog`).
* A recovery folder that cannot be made stops autosave, never the window
  (:func:`start_autosave`); a folder that cannot be written in is reported with the system's
  reason (full, read-only), not as a lock that is taken.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import secrets
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer

from ..model.io import PlanFileError, load_plan, plan_to_bytes, save_plan
from ..model.language import tr
from ..model.plan import FORMAT_VERSION, Plan
from .document import PlanDocument
from .file_state import CHANGED, UNCHANGED, FileState
from .settings import data_dir, folder_trouble, shown_name

log = logging.getLogger(__name__)

#: Write the recovery file this long after the last change …
DELAY_MS = 3000
#: … but never later than this after the first unsaved change of a burst.
MAX_DELAY_MS = 30000
RECOVERY_FOLDER = "recovery"


def recovery_dir(create: bool = True) -> Path:
    d = data_dir(create) / RECOVERY_FOLDER
    if create:
        d.mkdir(parents=True, exist_ok=True)
    return d


def _lock(path: Path) -> QLockFile:
    lk = QLockFile(str(path))
    lk.setStaleLockTime(0)  # stale only when the owning process is gone, never by age
    return lk


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as e:  # pragma: no cover - e.g. a read-only folder
        log.warning("could not remove %s: %s", path, e)


def _why_no_lock(lock_path: Path) -> str:
    """Why the lock file could not be made (not taken: made), in the system's words, from a small
    test write in its folder (“cannot write in …/recovery (No space left on device)”)."""
    folder = lock_path.parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=".probe.", suffix=".tmp", dir=folder)
        try:
            os.write(fd, b"\0" * 4096)
            os.fsync(fd)
        finally:
            os.close(fd)
            _unlink(Path(tmp))
    except OSError as e:
        reason = e.strerror or type(e).__name__
        return tr("cannot write in {folder} ({reason})").format(folder=shown_name(folder), reason=reason)
    return tr("cannot create {file}").format(file=shown_name(lock_path))


def _write_json_atomic(path: Path, data: dict) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        _unlink(Path(tmp))
        raise


class RecoverySession:
    """The recovery files of one running window. Qt-core only (usable without widgets)."""

    def __init__(self, folder: str | os.PathLike[str] | None = None) -> None:
        """Raises ``OSError`` when the folder cannot be made (:func:`start_autosave` says why)."""
        self.folder = Path(folder) if folder else recovery_dir(create=False)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.id = f"{os.getpid()}-{secrets.token_hex(4)}"
        self.plan_path = self.folder / f"{self.id}.meso"
        self.meta_path = self.folder / f"{self.id}.json"
        self.lock_path = self.folder / f"{self.id}.lock"
        self._lock: QLockFile | None = None

    def _ensure_lock(self) -> None:
        if self._lock is None:
            lk = _lock(self.lock_path)
            if not lk.tryLock(0):
                if lk.error() == QLockFile.LockError.LockFailedError:  # pragma: no cover - a random id's clash
                    raise OSError(tr("recovery lock {path} is taken").format(path=self.lock_path))
                # no lock file could be made: a full disk, a read-only folder … (one line, the real reason)
                raise OSError(_why_no_lock(self.lock_path))
            self._lock = lk

    def write(self, plan: Plan, original: str | os.PathLike[str] | None, base: FileState | None = None) -> Path:
        """Write the recovery copy (atomic); raises ``PlanFileError``/``OSError`` on failure.
        ``base``: the state of ``original`` when the window last read or wrote it."""
        self._ensure_lock()
        save_plan(plan, self.plan_path, backup=False)
        meta = {
            "original": str(Path(original).resolve()) if original else None,
            "title": plan.title,
            "saved": datetime.now().astimezone().isoformat(timespec="seconds"),
            "pid": os.getpid(),
        }
        if original and base is not None:
            meta["base"] = base.to_json()
        _write_json_atomic(self.meta_path, meta)
        return self.plan_path

    @property
    def exists(self) -> bool:
        return self.plan_path.exists()

    def remove(self) -> None:
        """Delete the recovery copy (the session keeps its lock)."""
        _unlink(self.plan_path)
        _unlink(self.meta_path)

    def close(self) -> None:
        """Delete the recovery copy and release the lock."""
        self.remove()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


@dataclass
class RecoveryFile:
    """A recovery copy left behind by a session that ended without cleaning up.

    While this object exists it holds the copy's lock, so a second MESO Desk started at the
    same moment does not offer the same copy; call :meth:`discard` or :meth:`release`.
    """

    plan_path: Path
    meta_path: Path
    lock: QLockFile | None
    original: Path | None
    title: str
    saved: datetime
    #: the state of ``original`` when the crashed window last read or wrote it (None: not noted)
    base: FileState | None = None
    #: an unreadable copy already said (:meth:`keep_unreadable`): not mentioned again
    said_unreadable: bool = False
    #: how the copy stands to its file, once :meth:`compare_with_file` has looked: "", FILE_NEWER,
    #: FILE_CHANGED or SAME_AS_FILE; and when the file was last saved (for the first two)
    file_news: str = ""
    file_time: datetime | None = None

    def load(self) -> Plan:
        return load_plan(self.plan_path)

    def compare_with_file(self, plan: Plan) -> str:
        """How this copy (holding ``plan``) stands to its file now, also kept in :attr:`file_news`:

        * :data:`SAME_AS_FILE`: the file holds this very plan; there is nothing to restore;
        * :data:`FILE_NEWER`: the file was saved after the copy was written;
        * :data:`FILE_CHANGED`: the file was saved by another window or program while the copy's
          changes were being made (it no longer holds the copy's base);
        * ``""``: the file is as the copy's changes found it, or there is no file to compare.
        """
        self.file_news, self.file_time = "", None
        if self.original is None:
            return ""
        try:
            st = self.original.stat()
            if load_plan(self.original) == plan:
                self.file_news = SAME_AS_FILE
                return self.file_news
        except OSError:
            return ""
        except PlanFileError:
            pass
        try:
            copy_ns = self.plan_path.stat().st_mtime_ns
        except OSError:
            copy_ns = st.st_mtime_ns
        base = self.base.changed() if self.base is not None else None
        if base == UNCHANGED:
            return ""  # (touched, or copied back: the content is the copy's base)
        if st.st_mtime_ns > copy_ns:
            self.file_news = FILE_NEWER
        elif base == CHANGED:
            self.file_news = FILE_CHANGED
        if self.file_news:
            self.file_time = datetime.fromtimestamp(st.st_mtime).astimezone()
        return self.file_news

    def newer_version(self) -> bool:
        """True when the copy names a format version above the one this MESO Desk reads."""
        try:
            version = json.loads(self.plan_path.read_bytes()).get("version")
        except (OSError, ValueError, AttributeError):
            return False
        return isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION

    def keep_unreadable(self) -> None:
        """Leave an unreadable copy where it is (a newer MESO Desk may still read it), noting in
        its ``.json`` that it was said, so that it is not mentioned again."""
        try:
            meta = json.loads(self.meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            meta = None
        meta = meta if isinstance(meta, dict) else {}
        meta["unreadable_said"] = True
        try:
            _write_json_atomic(self.meta_path, meta)
            self.said_unreadable = True
        except OSError as e:
            log.warning("could not note %s: %s", self.meta_path, e)

    def describe(self) -> str:
        name = f"“{shown_name(self.original.name)}”" if self.original else f"the unsaved plan “{self.title}”"
        return name

    def restored_message(self) -> str:
        """The status-bar sentence once this copy has been restored."""
        if self.original:
            return tr("Restored unsaved changes to “{name}”").format(name=shown_name(self.original.name))
        return tr("Restored unsaved changes to the unsaved plan “{title}”").format(title=self.title)

    def discard(self) -> None:
        _unlink(self.plan_path)
        _unlink(self.meta_path)
        self.release()

    def release(self) -> None:
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None


#: the temporary files a session's atomic writes make (``save_plan`` and ``_write_json_atomic``:
#: ``.<session id>.meso.<mkstemp>.tmp``, ``.<session id>.json.<mkstemp>.tmp``)
_TEMP = re.compile(r"^\.(?P<id>\d+-[0-9a-f]{8})\.(?:meso|json)\.[A-Za-z0-9_]{6,12}\.tmp$")


def remove_stale_temps(folder: str | os.PathLike[str], keep: set[str] = frozenset()) -> int:
    """Delete the temporary files that killed sessions left in the recovery folder: only our own
    name pattern, only regular files (not links), only when the session's lock is free (its process
    is gone) or already held by us for an orphan in ``keep``. Returns how many were removed."""
    d = Path(folder)
    removed = 0
    for f in d.glob(".*.tmp"):
        m = _TEMP.match(f.name)
        if not m or not f.is_file() or f.is_symlink():
            continue
        sid = m.group("id")
        if sid not in keep:
            lk = _lock(d / f"{sid}.lock")
            if not lk.tryLock(0):
                continue  # a live session (this process or another MESO Desk) may be writing it
            lk.unlock()
        try:
            f.unlink()
            removed += 1
            log.info("removed a temporary file left by an interrupted autosave: %s", f.name)
        except OSError as e:  # pragma: no cover - e.g. a read-only folder
            log.warning("could not remove %s: %s", f, e)
    return removed


def find_orphans(folder: str | os.PathLike[str] | None = None) -> list[RecoveryFile]:
    """Recovery copies whose session is gone, newest first (their locks are now held)."""
    d = Path(folder) if folder else recovery_dir(create=False)
    if not d.is_dir():
        return []
    out: list[RecoveryFile] = []
    for plan_path in d.glob("*.meso"):
        stem = plan_path.stem
        lk = _lock(d / f"{stem}.lock")
        if not lk.tryLock(0):
            continue  # a live session (this process or another MESO Desk) owns it
        meta_path = d / f"{stem}.json"
        meta: dict = {}
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            if not isinstance(meta, dict):
                meta = {}
        except (OSError, ValueError):
            pass
        try:
            saved = datetime.fromisoformat(meta["saved"])
        except (KeyError, TypeError, ValueError):
            saved = datetime.fromtimestamp(plan_path.stat().st_mtime).astimezone()
        original = meta.get("original")
        original = Path(original) if isinstance(original, str) and original else None
        out.append(RecoveryFile(
            plan_path=plan_path, meta_path=meta_path, lock=lk, original=original,
            title=str(meta.get("title") or plan_path.stem), saved=saved,
            base=FileState.from_json(original, meta.get("base")) if original else None,
            said_unreadable=meta.get("unreadable_said") is True,
        ))
    # stray locks/metadata without a plan (a session that never wrote, or half cleaned up)
    for stray in [*d.glob("*.json")]:
        if not (d / f"{stray.stem}.meso").exists():
            lk = _lock(d / f"{stray.stem}.lock")
            if lk.tryLock(0):
                _unlink(stray)
                lk.unlock()
    remove_stale_temps(d, keep={r.plan_path.stem for r in out})
    out.sort(key=lambda r: r.saved, reverse=True)
    return out


class Autosave(QObject):
    """Keeps a recovery copy of ``document`` a few seconds behind the last change.

    A copy that cannot be written is reported with :meth:`PlanDocument.post_message`; the
    next change retries."""

    def __init__(self, document: PlanDocument, delay_ms: int = DELAY_MS, max_delay_ms: int = MAX_DELAY_MS,
                 folder: str | os.PathLike[str] | None = None, parent: QObject | None = None) -> None:
        session = RecoverySession(folder)  # first (raises OSError: the folder cannot be made)
        super().__init__(parent)
        self.document = document
        self.delay_ms = delay_ms
        self.max_delay_ms = max_delay_ms
        self.session = session
        self._hash: bytes | None = None
        self._burst_started: float | None = None
        self._closed = False
        #: ``time.monotonic()`` of the last recovery copy written, and whether the last try failed
        self.last_written: float | None = None
        self.failed = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.save_now)
        document.changed.connect(self._on_changed)
        document.modifiedChanged.connect(self._on_modified)

    @property
    def path(self) -> Path:
        return self.session.plan_path

    def _on_changed(self, _change=None) -> None:
        self.schedule()

    def _on_modified(self, modified: bool) -> None:
        # (the first edit after a save reports "changed" before the stack turns dirty)
        if modified:
            self.schedule()
        else:
            self.discard()

    def schedule(self) -> None:
        """(Re)start the timer after a change; bursts are capped at ``max_delay_ms``."""
        if self._closed or not self.document.modified:
            return
        now = time.monotonic()
        if not self.timer.isActive() or self._burst_started is None:
            self._burst_started = now
            self.timer.start(self.delay_ms)
            return
        left_ms = self.max_delay_ms - (now - self._burst_started) * 1000.0
        self.timer.start(int(max(0.0, min(self.delay_ms, left_ms))))

    def save_now(self) -> bool:
        """Write the recovery copy now if the plan differs from the last copy. True if written."""
        self.timer.stop()
        self._burst_started = None
        if self._closed:
            return False
        if not self.document.modified:
            self.discard()
            return False
        plan, original = self.document.plan, self.document.path
        try:  # serialising and writing: nothing here may escape into the event loop
            data = plan_to_bytes(plan)
            digest = hashlib.sha256(data).digest()
            if digest == self._hash and self.session.exists:
                return False
            self.session.write(plan, original, getattr(self.document, "disk", None))
        except Exception as e:
            reason = " ".join(str(e).split())[:160] or type(e).__name__
            log.warning("autosave failed: %s", reason, exc_info=not isinstance(e, (PlanFileError, OSError)))
            self.document.post_message(tr("Could not write the recovery copy: {reason}").format(reason=reason),
                                       10000)
            self.failed = True
            return False
        self._hash = digest
        self.failed = False
        self.last_written = time.monotonic()
        return True

    def keep_now(self) -> bool:
        """Write the copy now if it is behind; True only if a recovery copy of the current plan is
        on disk (what an error box may then promise)."""
        self.save_now()
        return (not self._closed and self.document.modified and not self.failed
                and self.last_written is not None and self.session.exists)

    def discard(self) -> None:
        """Remove the recovery copy (the plan was saved, or is back to its saved state)."""
        self.timer.stop()
        self._burst_started = None
        self._hash = None
        self.failed = False
        self.session.remove()

    def close(self) -> None:
        """Normal end of the session: remove the copy and release the lock."""
        if self._closed:
            return
        self.timer.stop()
        self._closed = True
        self._hash = None
        self.session.close()
        try:
            self.document.changed.disconnect(self._on_changed)
            self.document.modifiedChanged.disconnect(self._on_modified)
        except (RuntimeError, TypeError):  # pragma: no cover - already disconnected
            pass


def start_autosave(document: PlanDocument, parent: QObject | None = None) -> tuple[Autosave | None, str]:
    """The window's :class:`Autosave`, or None and why when its folder cannot be made (a read-only
    or full disk): the window starts without autosave and says so (:func:`what_is_off`)."""
    try:
        return Autosave(document, parent=parent), ""
    except OSError as e:
        why = folder_trouble(e, recovery_dir(create=False))
        log.info("autosave is off: %s", why)  # (the window says it: what_is_off)
        return None, why


def what_is_off(autosave: str = "", settings: str = "") -> str:
    """The one line the window says at the start when its own folders cannot be made: ``autosave``
    and ``settings`` are the reasons (:func:`~meso_desk.app.settings.folder_trouble`), or ""."""
    if autosave and settings and autosave != settings:
        return tr("Autosave is off: {why}; recent files and settings are not kept: {why_settings}").format(
            why=autosave, why_settings=settings)
    if autosave and settings:
        return tr("Autosave and recent files are off: {why}").format(why=autosave)
    if autosave:
        return tr("Autosave is off: {why}").format(why=autosave)
    if settings:
        return tr("Recent files and settings are not kept: {why}").format(why=settings)
    return ""


# -- the offer at start-up ------------------------------------------------------------------
RESTORE, DISCARD, LATER, OPEN_FILE = "restore", "discard", "later", "open"
#: :meth:`RecoveryFile.compare_with_file`: the file holds the copy's plan, was saved after the copy,
#: or was saved by another window while the copy's changes were being made
SAME_AS_FILE, FILE_NEWER, FILE_CHANGED = "same", "newer", "changed"
