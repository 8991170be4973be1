"""A disk that refuses writes, without mounting one (audit_recovery items 2 and 5).

* :func:`refused_writes` — for a block of code, no file of this process may grow past a few
  bytes (``RLIMIT_FSIZE``): every write beyond fails with ``EFBIG`` ("File too large") as writes
  fail on a full disk — Qt's own writes (a PDF) as well as Python's, so the code before a fix
  meets it as the user's full disk did.
* :func:`mkstemp_on_dev_full` — ``tempfile.mkstemp`` makes its file as ever (to be removed), but
  what is written to the descriptor goes to ``/dev/full``: the system's own "No space left on
  device".

Both skip where the system has no such thing (Windows).
"""

from __future__ import annotations

import contextlib
import os
import signal
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

#: Bytes a file may hold inside :func:`refused_writes`: less than any file an export writes.
LIMIT = 16


@contextlib.contextmanager
def refused_writes(limit: int = LIMIT) -> Iterator[None]:
    """Within the block, writing past ``limit`` bytes of any file fails (``EFBIG``); the
    signal the system would send for it (``SIGXFSZ``) is ignored, so the write just fails."""
    resource = pytest.importorskip("resource")
    if not hasattr(signal, "SIGXFSZ") or not hasattr(resource, "RLIMIT_FSIZE"):
        pytest.skip("no file size limit on this system")
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, handler)


def mkstemp_on_dev_full(monkeypatch, only: Callable[[Path], bool] = lambda folder: True) -> None:
    """``tempfile.mkstemp`` whose descriptor writes to ``/dev/full`` (for folders where
    ``only(folder)``); the temporary file itself is made, so a write that leaves it is seen."""
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full on this system")
    real = tempfile.mkstemp

    def mkstemp(*a, **k):
        fd, name = real(*a, **k)
        if only(Path(name).parent):
            full = os.open("/dev/full", os.O_WRONLY)
            os.dup2(full, fd)
            os.close(full)
        return fd, name

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)


def files_in(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` (temporary ones too) by name → its bytes."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}
