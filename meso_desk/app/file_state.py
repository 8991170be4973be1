"""What a plan's file held when the window last read or wrote it, to notice another program's save.

Two windows on one file, or a colleague's copy put over it, or a sync tool: without a look at the
file, the last Save wins silently and the other work is gone. The file controller takes a
:class:`FileState` (size, modification time, SHA-256 of the content) when it opens, saves,
reverts or restores a plan, and before a Save asks :meth:`FileState.changed`: another size is a
change at once; the same size is compared by content (a file's time can stay the same across a
quick rewrite, and a file touched or copied back unchanged is no change).

The recovery copy notes the state as its *base* (``autosave.py``): at the next start a copy
whose file no longer holds that base is said to be older than the file.

Qt-free, like the model: usable from scripts and tests.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

#: :meth:`FileState.changed`: the file is as it was, it is gone, or another program changed it
UNCHANGED, GONE, CHANGED = "", "gone", "changed"
#: how the window came to know the state (the question says “since you opened it” or “… saved it”)
OPENED, SAVED = "opened", "saved"


def file_digest(path: str | os.PathLike[str]) -> str:
    """SHA-256 of the file's content (hex). Raises ``OSError``."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


@dataclass(frozen=True)
class FileState:
    """The size, modification time and content hash of ``path`` at one moment."""

    path: Path
    size: int
    mtime_ns: int
    sha256: str
    how: str = OPENED

    @classmethod
    def read(cls, path: str | os.PathLike[str], how: str = OPENED) -> FileState | None:
        """The state of ``path`` now; None when it cannot be read (missing, a folder …)."""
        p = Path(path)
        try:
            st = p.stat()
            return cls(p, st.st_size, st.st_mtime_ns, file_digest(p), how)
        except OSError:
            return None

    def changed(self) -> str:
        """:data:`UNCHANGED`, :data:`GONE` (deleted or moved away) or :data:`CHANGED` (its content
        differs). A file that cannot be looked at for another reason counts as unchanged: the save
        itself then says what is wrong."""
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return GONE
        except OSError:
            return UNCHANGED
        if st.st_size != self.size:
            return CHANGED
        try:
            return UNCHANGED if file_digest(self.path) == self.sha256 else CHANGED
        except FileNotFoundError:
            return GONE
        except OSError:
            return UNCHANGED

    def to_json(self) -> dict:
        return {"size": self.size, "mtime_ns": self.mtime_ns, "sha256": self.sha256}

    @classmethod
    def from_json(cls, path: str | os.PathLike[str], data: object) -> FileState | None:
        """The state :meth:`to_json` wrote (None for anything else: an older copy has none)."""
        if not isinstance(data, dict):
            return None
        size, mtime, digest = data.get("size"), data.get("mtime_ns"), data.get("sha256")
        if not (isinstance(size, int) and isinstance(mtime, int) and isinstance(digest, str)):
            return None
        return cls(Path(path), size, mtime, digest)


__all__ = ["CHANGED", "GONE", "OPENED", "SAVED", "UNCHANGED", "FileState", "file_digest"]
