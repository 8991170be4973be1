"""Building blocks shared by every schema of the plan: the text, time and term types, the
frozen base model, name cleaning and the clock. No Qt, no numpy."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Annotated, Any, Union

from pydantic import AfterValidator, BaseModel, ConfigDict

from .language import QT_TR_NOOP, tr


def no_lone_surrogates(value: str) -> str:
    """``value`` unchanged; text that UTF-8 cannot encode (a lone ``"\\ud800"`` escape, valid
    JSON but never writable) is refused, so that a plan that loads can always be saved."""
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as e:
            raise ValueError(tr("contains an unpaired surrogate (U+{code:04X})").format(
                code=ord(value[e.start]))) from None
    return value


def _term(value: Any) -> Any:
    return no_lone_surrogates(value) if isinstance(value, str) else value


def as_utc(value: datetime) -> datetime:
    """A time-zone-aware time in UTC; a naive time (a hand-edited file) is read as UTC."""
    if value.tzinfo is None or value.utcoffset() is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


#: Free text and names in a plan: any Unicode that UTF-8 can encode.
Text = Annotated[str, AfterValidator(no_lone_surrogates)]
#: A term: a number (numeric issue) or an option label (categorical issue).
Term = Annotated[Union[float, str], AfterValidator(_term)]
#: A moment, always aware and in UTC (so that times compare and round-trip).
Timestamp = Annotated[datetime, AfterValidator(as_utc)]


class Frozen(BaseModel):
    """Base of every plan schema: immutable, no unknown fields, defaults validated, finite
    numbers only (``inf``/``nan`` would be written as ``null`` and not read back)."""

    model_config = ConfigDict(frozen=True, extra="forbid", validate_default=True, allow_inf_nan=False)


#: The reason an empty name is refused, per ``what`` (whole sentences, for the translation).
_EMPTY_NAME = {
    "package name": QT_TR_NOOP("package name must not be empty"),
    "issue name": QT_TR_NOOP("issue name must not be empty"),
    "supplier name": QT_TR_NOOP("supplier name must not be empty"),
    "event name": QT_TR_NOOP("event name must not be empty"),
    "option label": QT_TR_NOOP("option label must not be empty"),
    "state": QT_TR_NOOP("state must not be empty"),
    "the clause's event": QT_TR_NOOP("the clause's event must not be empty"),
}


def clean_name(value: str, what: str) -> str:
    """``value`` stripped; an empty name is refused with ``what`` in the reason."""
    value = value.strip() if isinstance(value, str) else value
    if not value:
        if what in _EMPTY_NAME:
            raise ValueError(tr(_EMPTY_NAME[what]))
        raise ValueError(tr("{what} must not be empty").format(what=what))
    return value


#: What does not belong on one line: a line break, a tab or another control character (C0, DEL,
#: C1) and the Unicode line and paragraph separators.
_OFF_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
#: The reason a name across lines is refused, per ``what`` (whole sentences, for the translation).
_ONE_LINE = {
    "package name": QT_TR_NOOP("package name must fit on one line (no line breaks or tabs)"),
    "issue name": QT_TR_NOOP("issue name must fit on one line (no line breaks or tabs)"),
    "supplier name": QT_TR_NOOP("supplier name must fit on one line (no line breaks or tabs)"),
    "event name": QT_TR_NOOP("event name must fit on one line (no line breaks or tabs)"),
    "option label": QT_TR_NOOP("option label must fit on one line (no line breaks or tabs)"),
    "state": QT_TR_NOOP("state must fit on one line (no line breaks or tabs)"),
}


def breaks_line(text: str) -> bool:
    """Whether ``text`` holds a line break, a tab or another control character."""
    return _OFF_LINE.search(text) is not None


def on_one_line(text: str) -> str:
    """``text`` with each run of line breaks, tabs and other control characters as one space
    ("Delivery⏎2" → "Delivery 2"): how a name field takes a paste, and how a file's name is read."""
    return _OFF_LINE.sub(" ", text)


def one_line_reason(what: str) -> str:
    """Why a name ``what`` ("issue name") across lines is refused, in the user's language."""
    if what in _ONE_LINE:
        return tr(_ONE_LINE[what])
    return tr("{what} must fit on one line (no line breaks or tabs)").format(what=what)


def one_line_name(value: str, what: str, error: type[ValueError] = ValueError) -> str:
    """``value`` as a name typed for an edit: stripped and not empty (:func:`clean_name`), and on
    one line — a line break, a tab or another control character inside it is refused with
    ``error`` (Qt cuts an undo text at a break; a name across lines breaks table rows, cards and
    exports). Files keep opening: the schema does not refuse such a name, the loader puts it on one
    line (io/meso_file.py)."""
    try:
        value = clean_name(value, what)
    except ValueError as e:
        raise error(str(e)) from None
    if breaks_line(value):
        raise error(one_line_reason(what))
    return value


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)
