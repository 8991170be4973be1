"""Validation errors in plain words: one line naming the field path and the reason.

The contract (docs/file-format.md): every error a file or an input can produce is one line of
at most :data:`MAX_MESSAGE` characters, ``path: reason`` (``packages[1].terms.Delivery: 99
weeks is outside 2 – 12 weeks``), with echoed values shortened (:func:`shorten`,
:func:`short_number`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import ValidationError

#: Longest error line (characters) any file or input can produce.
MAX_MESSAGE = 200
#: Longest echo of a name or value inside an error line.
MAX_ECHO = 40


class PlanError(ValueError):
    """A validation failure at a known place of the plan: ``path`` (``packages[1].terms.Delivery``)
    and ``reason`` in plain words. Raised inside validators; pydantic keeps it as the context
    of its error, and :func:`first_error` puts the path in front."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}" if path else reason)


def shorten(text: Any, limit: int = MAX_ECHO) -> str:
    """``text`` on one line and at most ``limit`` characters (cut with "…")."""
    s = str(text)
    if len(s) > limit * 4:  # never scan a 10 MB string more than needed
        s = s[: limit * 4]
    s = " ".join(s.split()) if ("\n" in s or "\r" in s or "\t" in s) else s
    return s if len(s) <= limit else s[: max(limit - 1, 0)] + "…"


def quoted(name: Any, limit: int = MAX_ECHO) -> str:
    """A name echoed in an error: shortened and quoted (``'Delivery'``)."""
    return repr(shorten(name, limit)) if isinstance(name, str) else shorten(repr(name), limit)


def short_number(x: float) -> str:
    """A number in short form: ``1e+308`` rather than 309 digits; ``12.5`` stays ``12.5``."""
    try:
        x = float(x)
    except (TypeError, ValueError, OverflowError):
        return shorten(x)
    if not math.isfinite(x) or abs(x) >= 1e15 or (x != 0 and abs(x) < 1e-6):
        return f"{x:.6g}"
    return f"{x:g}"


def join_path(prefix: str, path: str) -> str:
    if not prefix:
        return path
    if not path:
        return prefix
    return prefix + path if path.startswith("[") else f"{prefix}.{path}"


def iter_validation_errors(err: ValidationError) -> Iterable[str]:
    for e in err.errors(include_url=False, include_input=False):
        loc = format_location(e.get("loc", ()))
        cause = (e.get("ctx") or {}).get("error")
        if isinstance(cause, PlanError):
            loc, msg = join_path(loc, cause.path), cause.reason
        else:
            msg = e.get("msg", "invalid")
            if msg.startswith("Value error, "):
                msg = msg[len("Value error, "):]
        yield one_line(f"{loc}: {msg}" if loc else msg)


def format_location(loc: Sequence[Any]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part in ("numeric", "categorical", "function-after[_check_range()]"):
            continue
        elif isinstance(part, str) and part.startswith(("function-", "tagged-union")):
            continue
        else:
            out += ("." if out else "") + shorten(part)
    return out


def one_line(text: str, limit: int = MAX_MESSAGE) -> str:
    """``text`` as one line of at most ``limit`` characters."""
    return shorten(text, limit)


def first_error(err: ValidationError) -> str:
    """The first validation error as one human line ("issues[2].min: …")."""
    return next(iter(iter_validation_errors(err)), "invalid")
