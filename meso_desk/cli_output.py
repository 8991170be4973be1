"""The commands' output files: every file a command will write is checked before it writes any
(an existing one is refused unless ``--force``), a folder is tried before the work that would be
lost (the questions of ``weights --ask``), and a write that fails is one line naming the file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .cli import EXIT_REFUSED, CliError, _refuse_overwrite
from .model.io import PlanFileError
from .model.language import tr


def refuse_existing(paths: Iterable[str | Path], force: bool) -> None:
    """Refuse (exit 1) the first of ``paths`` that exists, unless ``force``."""
    for p in paths:
        _refuse_overwrite(p, force)


def check_writable(path: str | Path) -> None:
    """Refuse ``path`` now if its folder is missing (exit 2, as the printing commands say it) or
    cannot be written (a temporary file is tried there and removed; exit 1, the line a save
    would end with)."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise CliError(tr("{path}: the folder does not exist").format(path=path))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as e:
        raise CliError(str(PlanFileError(path, tr("cannot write in {folder} ({reason})").format(
            folder=folder, reason=e.strerror or e))), EXIT_REFUSED) from None
    os.close(fd)
    os.unlink(tmp)


@contextmanager
def writing(path: str | Path) -> Iterator[None]:
    """A plan or a file that cannot be written, as one line naming ``path`` (never the temporary
    file the OS complained about), exit 1; errors that are one line already pass through."""
    try:
        yield
    except PlanFileError as e:
        raise CliError(str(e), EXIT_REFUSED) from None
    except OSError as e:
        if e.errno is None:  # an ExportError: one human line already
            raise
        raise CliError(tr("{file}: cannot write ({reason})").format(file=path, reason=e.strerror or e),
                       EXIT_REFUSED) from None
