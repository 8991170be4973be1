"""The commands' output files: every file a command will write is checked before it writes any
(an existing one is refused unless ``--force``, exit 1; a missing folder is exit 2 and one that
cannot be written exit 1, in every command; a PDF or a picture is never the plan, even with
``--force``), a folder is tried before the work that would be lost (the questions of ``weights
--ask``), and a write that fails is one line naming the file."""

from __future__ import annotations

import argparse
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .cli import EXIT_BAD_INPUT, EXIT_REFUSED, CliError, _refuse_overwrite
from .model.documents.cards import CARD_LAYOUTS
from .model.io import PlanFileError, output_files
from .model.io.output_files import OutputRefused, check_export, refuse_suffix
from .model.language import tr


def refuse_existing(paths: Iterable[str | Path], force: bool) -> None:
    """Refuse (exit 1) the first of ``paths`` that exists, unless ``force``."""
    for p in paths:
        _refuse_overwrite(p, force)


def refuse_outputs(paths: Iterable[str | Path], force: bool) -> None:
    """Every one of ``paths`` refused before any is written: one that exists (exit 1 unless
    ``force``), then a missing folder (exit 2) or one that cannot be written (exit 1)."""
    paths = list(paths)
    refuse_existing(paths, force)
    for p in paths:
        check_writable(p)


@contextmanager
def _as_cli_error() -> Iterator[None]:
    """The output rule's refusal (``model/io/output_files.py``) as the command's: one line, exit 2."""
    try:
        yield
    except OutputRefused as e:
        raise CliError(str(e), EXIT_BAD_INPUT) from None


def check_card_outputs(args: argparse.Namespace, out: Path) -> None:
    """``meso-desk cards``: the names of the cards and the briefing, before any work."""
    with _as_cli_error():
        refuse_suffix(out, (".pdf", ".png"), tr("{path}: the output must end in .pdf or .png"))
        if args.briefing:
            refuse_suffix(args.briefing, (".pdf",), tr("{path}: the briefing must end in .pdf"))
    refuse_plan([out, args.briefing], args.plan)
    if args.briefing and Path(args.briefing).resolve() == out.resolve():
        raise CliError(tr("the cards and the briefing must go to different files"))
    if args.layout not in CARD_LAYOUTS:  # argparse checks choices; kept for callers of cmd_cards
        raise CliError(tr("unknown layout {layout}").format(layout=repr(args.layout)))
    if not 10 <= args.dpi <= 1200:  # 0 or less wrote a 1×1 pixel PNG and reported success
        raise CliError(tr("--dpi {dpi:g}: the resolution must be between 10 and 1200").format(dpi=args.dpi))


def refuse_plan(paths: Iterable[str | Path | None], plan: str | Path | None) -> None:
    """Refuse (exit 2, even with ``--force``) an output that is the plan itself: a PDF or a PNG
    written over the ``.meso`` file would lose the plan (the one rule the window applies too)."""
    with _as_cli_error():
        output_files.refuse_plan(paths, plan)


def check_output(path: str | Path, plan: str | Path | None, force: bool, suffix: str, must_end: str) -> None:
    """Everything about one output file before any work: it ends in ``suffix`` (``must_end``: the
    sentence saying so, translated, with ``{path}``), is not the plan (both: the window's rule
    too, ``model/io/output_files.py``), does not exist unless ``force`` (exit 1), and its folder
    exists (exit 2) and can be written (exit 1)."""
    with _as_cli_error():
        check_export(path, plan, (suffix,), must_end)
    _refuse_overwrite(path, force)
    check_writable(path)


def check_screenshot(path: str | Path, plan: str | Path | None, force: bool) -> None:
    """``meso-desk --screenshot OUT.png [PLAN]``: a ``.png`` that is not the plan, not an existing
    file unless ``--force``, in a folder that exists (never made)."""
    check_output(path, plan, force, ".png", tr("{path}: the screenshot must end in .png"))


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
