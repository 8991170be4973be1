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

from .language import QT_TR_NOOP, current_language, localise_number, tr

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
    """A number in short form: ``1e+308`` rather than 309 digits; ``12.5`` stays ``12.5``, and a
    large one is written out with its digits grouped (``1,000,000,000,000``, German
    ``1.000.000.000.000``)."""
    try:
        x = float(x)
    except (TypeError, ValueError, OverflowError):
        return shorten(x)
    if not math.isfinite(x) or abs(x) >= 1e15 or (x != 0 and abs(x) < 1e-6):
        return localise_number(f"{x:.6g}", x, "g", current_language())
    if abs(x) >= 1e5:  # 1,000,000,000,000 and 123,456.7 as typed, not 1e+12 and 123457
        text = format(x, ",")
        return localise_number(text[:-2] if text.endswith(".0") else text, x, "g", current_language())
    return localise_number(f"{x:g}", x, "g", current_language())  # German 12,5


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
            elif current_language() != "en" or e.get("type") in REWORDED:
                msg = pydantic_message(e.get("type", ""), e.get("ctx") or {}, msg)
        yield one_line(f"{loc}: {msg}" if loc else msg)


#: pydantic's own reasons (by error type) in the user's language; the others stay as pydantic
#: words them. English keeps pydantic's text as it is.
PYDANTIC_MESSAGES = {
    "missing": QT_TR_NOOP("Field required"),
    "extra_forbidden": QT_TR_NOOP("Extra inputs are not permitted"),
    "float_parsing": QT_TR_NOOP("Input should be a valid number, unable to parse string as a number"),
    "float_type": QT_TR_NOOP("Input should be a valid number"),
    "int_parsing": QT_TR_NOOP("Input should be a valid integer, unable to parse string as an integer"),
    "int_type": QT_TR_NOOP("Input should be a valid integer"),
    "int_from_float": QT_TR_NOOP("Input should be a valid integer, got a number with a fractional part"),
    "string_type": QT_TR_NOOP("Input should be a valid string"),
    "bool_parsing": QT_TR_NOOP("Input should be a valid boolean, unable to interpret input"),
    "bool_type": QT_TR_NOOP("Input should be a valid boolean"),
    "finite_number": QT_TR_NOOP("Input should be a finite number"),
    "dict_type": QT_TR_NOOP("Input should be a valid dictionary"),
    "list_type": QT_TR_NOOP("Input should be a valid list"),
    "tuple_type": QT_TR_NOOP("Input should be a valid list"),  # (REWORDED: a "tuple" to pydantic)
    "date_parsing": QT_TR_NOOP("Input should be a valid date"),
    "date_from_datetime_parsing": QT_TR_NOOP("Input should be a valid date or datetime"),
    "datetime_parsing": QT_TR_NOOP("Input should be a valid datetime"),
    "greater_than_equal": QT_TR_NOOP("Input should be greater than or equal to {ge}"),
    "greater_than": QT_TR_NOOP("Input should be greater than {gt}"),
    "less_than_equal": QT_TR_NOOP("Input should be less than or equal to {le}"),
    "less_than": QT_TR_NOOP("Input should be less than {lt}"),
    "literal_error": QT_TR_NOOP("Input should be {expected}"),
}


#: pydantic's reasons that name Python's types rather than what a file holds: reworded in English
#: too (a plan's lists are tuples inside; the file holds a list).
REWORDED = frozenset({"tuple_type"})


def pydantic_message(kind: str, ctx: dict, message: str) -> str:
    """pydantic's reason ``message`` (error type ``kind``, context ``ctx``) in the user's language."""
    template = PYDANTIC_MESSAGES.get(kind)
    if template is None:
        return message
    values = {}
    for k, v in ctx.items():
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            values[k] = localise_number(short_number(v), float(v), "g", current_language())
        else:
            values[k] = str(v)
    try:
        return tr(template).format(**values)
    except (KeyError, IndexError, ValueError):
        return message


#: Python's reasons for broken JSON (``json.JSONDecodeError.msg``, by how each begins) in plain
#: words; the line and column follow them.
JSON_REASONS = (
    ("Expecting value", QT_TR_NOOP("expected a value")),
    ("Expecting ',' delimiter", QT_TR_NOOP("expected a comma")),
    ("Expecting ':' delimiter", QT_TR_NOOP("expected a colon")),
    ("Expecting property name enclosed in double quotes", QT_TR_NOOP("expected a name in double quotes")),
    ("Unterminated string", QT_TR_NOOP("an unclosed quotation mark")),
    ("Invalid control character", QT_TR_NOOP("a control character inside quotation marks")),
    ("Invalid \\uXXXX escape", QT_TR_NOOP("an invalid Unicode escape")),
    ("Invalid \\escape", QT_TR_NOOP("a backslash that starts no escape")),
    ("Extra data", QT_TR_NOOP("more text after the end")),
    ("Illegal trailing comma", QT_TR_NOOP("a comma before a closing bracket")),
)


def json_reason(message: str) -> str:
    """Python's reason for broken JSON (``"Expecting ',' delimiter"``) in plain words, in the
    language spoken (``"expected a comma"``); one it does not know stays as Python words it."""
    for start, words in JSON_REASONS:
        if message.startswith(start):
            return tr(words)
    return message


def json_problem(err: Any) -> str:
    """A ``json.JSONDecodeError`` in plain words: ``"expected a comma at line 3, column 7"``."""
    return tr("{reason} at line {line}, column {column}").format(reason=json_reason(err.msg), line=err.lineno,
                                                                 column=err.colno)


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
    return next(iter(iter_validation_errors(err)), None) or tr("invalid")


# -- the scripting API: a wrong call is refused in one sentence ---------------------------------
class UnknownName(ValueError, KeyError):
    """No issue, package, event or supplier of that name: one plain sentence ("no issue called
    'Colour'"). A ``ValueError`` for scripts, and still a ``KeyError`` for code written against
    the lookups before; ``str()`` is the sentence itself (a ``KeyError`` would quote it)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class InvalidInput(ValidationError):
    """pydantic's :class:`~pydantic.ValidationError` whose ``str()`` is its first error on one line
    (:func:`first_error`: ``reservation: Input should be less than or equal to 100``) instead of
    pydantic's multi-line dump. Still a ``ValidationError`` (``.errors()`` holds every error), and so
    a ``ValueError``."""

    def __str__(self) -> str:
        return first_error(self)

    __repr__ = __str__

    @classmethod
    def of(cls, err: ValidationError) -> ValidationError:
        """``err`` as an :class:`InvalidInput` (``err`` itself when it cannot be rebuilt)."""
        if isinstance(err, cls):
            return err
        try:
            return cls.from_exception_data(err.title, err.errors())
        except (TypeError, ValueError, KeyError):  # an error pydantic cannot rebuild: as it was
            return err


class OneLineErrors:
    """Mixin for the public schemas: calling one directly (``md.Forecast(low=3, likely=2,
    high=1)``) raises :class:`InvalidInput`, one sentence. Only the direct call: validation from a
    dict or inside another model (files, :meth:`Plan.replace`) never runs this ``__init__``
    (marked as pydantic's own, so that pydantic does not route validation through it), and keeps
    its full error paths."""

    def __init__(self, /, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as e:
            raise InvalidInput.of(e) from None

    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]


def expect_type(value: Any, kind: type | tuple[type, ...], what: str) -> None:
    """Refuse ``value`` unless it is a ``kind``: ``TypeError`` "expected a Plan, got dict"
    (``what`` names what was expected: "a Plan", "a mapping of issue → term")."""
    if not isinstance(value, kind):
        got = "None" if value is None else type(value).__name__
        raise TypeError(f"expected {what}, got {got}")  # for the programmer: English, as Python's own
