"""Running the command line in-process, for the CLI tests."""

from __future__ import annotations

from meso_desk import cli


def call(capsys, *args) -> tuple[int, str, str]:
    """``meso-desk ARGS…`` in this process: (exit code, stdout, stderr)."""
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    """``err`` itself, once it is one line (the CLI's promise: never a traceback, never a block)."""
    assert err.endswith("\n") and err.count("\n") == 1 and "Traceback" not in err, err
    return err
