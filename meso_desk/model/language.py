"""The language MESO Desk speaks: English (the source) or German.

Every sentence a user may read goes through :func:`tr`::

    from meso_desk.model.language import tr
    tr("Hold value")
    tr("{name} falls short of the target by {gap:.1f} points").format(name=p.name, gap=gap)

* **One catalogue, Qt's format.** The German text lives in
  ``meso_desk/translations/meso_desk_de.ts`` (Qt Linguist's XML; ``pyside6-lupdate`` finds every
  ``tr("…")`` and ``QT_TR_NOOP("…")``, all in one unnamed context) and is compiled to
  ``meso_desk_de.qm`` for Qt (``scripts/update_translations.py`` does both). In the window the Qt
  layer installs a lookup through ``QTranslator`` (:func:`set_lookup`); headless (the scripting
  API, the command line) the same ``.ts`` file is read here, so the core never imports Qt.
* **Numbers follow the language.** :func:`tr` returns a :class:`Message`, a ``str`` whose
  ``format`` writes numbers the language's way (``70.5`` → ``70,5``, ``1,234.50`` → ``1.234,50``).
  Placeholders are named so a translator may move them (``"{amount:,.2f} {currency}"``).
* **Which language.** :func:`set_language` sets the language of the process (the window takes the
  setting or the system's); :func:`speaking` sets it for a block of code in this thread only —
  printed cards and documents speak the plan's language whatever the window speaks.
* Strings defined at import time (labels in tables) are marked with :func:`QT_TR_NOOP` and
  translated where they are shown: ``tr(LABELS[key])``.
* User data (issue names, option labels, notes) is never translated.
"""

from __future__ import annotations

import contextlib
import contextvars
import re
import string
import threading
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

#: The languages MESO Desk speaks, by code, each named in its own words.
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch"}
SOURCE_LANGUAGE = "en"

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"

_process_language = SOURCE_LANGUAGE
_block_language: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "meso_desk_language", default=None)
#: (language, source text, disambiguation) → translation or "" (the Qt layer's QTranslator)
_lookup: Callable[[str, str, str | None], str] | None = None
_catalogues: dict[str, dict[tuple[str, str], str]] = {}
_catalogue_lock = threading.Lock()


def QT_TR_NOOP(text: str) -> str:
    """Mark ``text`` for the catalogue without translating it now (a label defined at import
    time); translate it where it is shown with ``tr(text)``."""
    return text


def normalise(language: str | None) -> str:
    """``"de_DE"``, ``"de-AT"``, ``"German"`` → ``"de"``; anything not spoken → ``"en"``."""
    if not language:
        return SOURCE_LANGUAGE
    code = re.split(r"[_\-.@ ]", language.strip(), maxsplit=1)[0].lower()
    if code in LANGUAGES:
        return code
    for key, name in LANGUAGES.items():
        if language.strip().lower() in (name.lower(), {"en": "english", "de": "german"}[key]):
            return key
    return SOURCE_LANGUAGE


def spoken(language: str | None) -> str:
    """The code of ``language`` (``"de_DE"``, ``"German"``, ``"Deutsch"`` → ``"de"``; None: English),
    refused with a ``ValueError`` naming the languages MESO Desk speaks when it speaks no such
    language — for an explicit choice; a setting or the system's locale falls back quietly
    (:func:`normalise`)."""
    if language is None or (isinstance(language, str) and not language.strip()):
        return SOURCE_LANGUAGE
    code = normalise(language) if isinstance(language, str) else None
    if code is None or (code == SOURCE_LANGUAGE and not _names_english(language)):
        offered = ", ".join(f"{k} ({v})" for k, v in LANGUAGES.items())
        raise ValueError(tr("MESO Desk does not speak {language}; it speaks {languages}").format(
            language=repr(language), languages=offered))
    return code


def _names_english(language: str) -> bool:
    text = language.strip().lower()
    return text in ("english", LANGUAGES[SOURCE_LANGUAGE].lower()) or \
        re.split(r"[_\-.@ ]", text, maxsplit=1)[0] == SOURCE_LANGUAGE


def set_language(language: str | None) -> str:
    """Set the language of the whole process; returns the code set (``"en"`` or ``"de"``). A
    language MESO Desk does not speak (``"fr"``) is refused (:func:`spoken`); None: English."""
    global _process_language
    _process_language = spoken(language)
    return _process_language


def current_language() -> str:
    """The language of this block of code (:func:`speaking`), else the process's."""
    return _block_language.get() or _process_language


@contextlib.contextmanager
def speaking(language: str | None) -> Iterator[str]:
    """Within the block, :func:`tr` speaks ``language`` (in this thread only; refused as by
    :func:`set_language` when MESO Desk does not speak it)."""
    token = _block_language.set(spoken(language))
    try:
        yield _block_language.get()
    finally:
        _block_language.reset(token)


def set_lookup(lookup: Callable[[str, str, str | None], str] | None) -> None:
    """Install the Qt layer's lookup (``None`` goes back to reading the ``.ts`` file)."""
    global _lookup
    _lookup = lookup


def catalogue_path(language: str, suffix: str = ".ts") -> Path:
    return TRANSLATIONS_DIR / f"meso_desk_{language}{suffix}"


def read_catalogue(path: Path) -> dict[tuple[str, str], str]:
    """(source, disambiguation or "") → translation for the finished messages of a ``.ts``
    file (numerus forms: the first)."""
    import xml.etree.ElementTree as ET  # only when German is spoken headless

    out: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        comment = message.findtext("comment") or ""
        node = message.find("translation")
        if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        forms = node.findall("numerusform")
        text = (forms[0].text if forms else node.text) or ""
        if text:
            out[(source, comment)] = text
    return out


def _catalogue(language: str) -> dict[tuple[str, str], str]:
    cat = _catalogues.get(language)
    if cat is None:
        with _catalogue_lock:
            cat = _catalogues.get(language)
            if cat is None:
                path = catalogue_path(language)
                cat = read_catalogue(path) if path.exists() else {}
                _catalogues[language] = cat
    return cat


def translated(text: str, disambiguation: str | None = None,
               language: str | None = None) -> str:
    """``text`` in ``language`` (default: :func:`current_language`), as a plain ``str``."""
    language = language or current_language()
    if language == SOURCE_LANGUAGE or not text:
        return text
    if _lookup is not None:
        found = _lookup(language, text, disambiguation)
    else:
        found = _catalogue(language).get((text, disambiguation or ""), "")
    return found or text


def tr(text: str, disambiguation: str | None = None) -> Message:
    """``text`` in the current language: a :class:`Message` whose ``format`` writes numbers
    the language's way. ``disambiguation`` tells apart two uses of the same English words
    ("Open" a file, an "Open" issue)."""
    language = current_language()
    return Message(translated(text, disambiguation, language), language)


class _Formatter(string.Formatter):
    def __init__(self, language: str):
        super().__init__()
        self.language = language

    def format_field(self, value, format_spec):
        return localise_number(super().format_field(value, format_spec), value, format_spec,
                               self.language)


class Message(str):
    """A translated sentence; ``format`` writes its numbers in the sentence's language."""

    language: str

    def __new__(cls, text: str, language: str = SOURCE_LANGUAGE):
        obj = super().__new__(cls, text)
        obj.language = language
        return obj

    def format(self, *args, **kwargs) -> str:
        if self.language == SOURCE_LANGUAGE:
            return str.format(self, *args, **kwargs)
        return _Formatter(self.language).vformat(str(self), args, kwargs)


_NUMERIC_TYPES = "bcdeEfFgGn%"


def localise_number(text: str, value, format_spec: str, language: str) -> str:
    """A number already written the English way, written ``language``'s way."""
    if language != "de" or isinstance(value, bool):
        return text
    if not isinstance(value, (int, float)) and type(value).__name__ not in (
            "float64", "float32", "int64", "int32", "Decimal"):
        return text
    kind = format_spec[-1:] if format_spec else ""
    if kind and kind not in _NUMERIC_TYPES:
        return text
    return text.translate(_DE_SEPARATORS)


_DE_SEPARATORS = str.maketrans({",": ".", ".": ","})


def true_minus(text: str) -> str:
    """A number written with the typographic minus sign (``-3`` → ``−3``), as every number the
    program shows next to a dash or in a range ("−8–2 %")."""
    return "−" + text[1:] if text.startswith("-") else text


def number(value: float, decimals: int = 1, grouping: bool = True,
           language: str | None = None) -> str:
    """``1234.5`` → ``"1,234.5"`` in English, ``"1.234,5"`` in German."""
    language = language or current_language()
    text = f"{value:{',' if grouping else ''}.{decimals}f}"
    return localise_number(text, float(value), "f", language)


_MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
              "September", "Oktober", "November", "Dezember")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")


def long_date(d: date, language: str | None = None) -> str:
    """``"15 December 2026"`` in English, ``"15. Dezember 2026"`` in German."""
    language = language or current_language()
    if language == "de":
        return f"{d.day}. {_MONTHS_DE[d.month - 1]} {d.year}"
    return f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}"


def short_date_time(moment: datetime, language: str | None = None) -> str:
    """``"2026-12-04 14:05"`` in English (unambiguous), ``"04.12.2026 14:05"`` in German."""
    language = language or current_language()
    if language == "de":
        return moment.strftime("%d.%m.%Y %H:%M")
    return moment.strftime("%Y-%m-%d %H:%M")


def list_words(items) -> str:
    """``"B"``, ``"B and C"``, ``"B, C and D"`` (``"B, C und D"``)."""
    items = [str(i) for i in items]
    if len(items) <= 1:
        return "".join(items)
    return tr("{first} and {last}", "joining a list").format(first=", ".join(items[:-1]),
                                                             last=items[-1])


#: letters only German writes: a name holding one is German, and its nouns keep their capitals
_GERMAN_LETTERS = frozenset("äöüßÄÖÜẞ")


def lower_name(name: str) -> str:
    """A name (an issue's, an event's) inside an English sentence: ``Unit price`` → ``unit price``.

    Only the first letter is lowered, and only where that cannot misspell the name, so it stays as
    written when its first word is an acronym or carries other capitals or digits (``CFO approval``,
    ``EU tariff``, ``iPhone volume``, ``CO2 price``), when a later word is capitalised (a proper name
    or a German noun: ``Delivery to New York``, ``Schulung für Hausmeister und Facility-Team``), or
    when it holds German letters (``Stückpreis``). Acronyms further in stay too (``price of CO2``)."""
    words = name.split()
    if not words or not words[0][:1].isupper():
        return name
    first = words[0]
    if len(first) > 1 and any(c.isupper() or c.isdigit() for c in first[1:]):
        return name
    if any(c in _GERMAN_LETTERS for c in name):
        return name
    for word in words[1:]:
        w = word.strip("()[]{}\"'“”„‚‘’«»,;:/.!?")
        if w[:1].isupper() and any(c.islower() for c in w[1:]):
            return name
    return name[:1].lower() + name[1:]


def in_sentence(name: str) -> str:
    """A name put in the middle of a sentence of the current language: :func:`lower_name` in
    English (``the unit price``), as written in German (its nouns keep their capitals)."""
    return lower_name(name) if current_language() == "en" else name


def number_text(text: str, language: str | None = None) -> str:
    """Typed number text (blanks and unit already gone) as Python reads it — the one rule for
    typed numbers: in English ``1,500.50`` and ``12,5``; in German ``1.500,50``, ``12,5`` and
    ``1.500`` (a point that groups thousands), also ``0.5``."""
    s = text
    if (language or current_language()) == "de":
        if "," in s:
            return s.replace(".", "").replace(",", ".")
        return s.replace(".", "") if re.fullmatch(r"[-+]?\d{1,3}(\.\d{3})+", s) else s
    if "," in s and "." in s:
        s = s.replace(",", "")
    elif "," in s:
        s = s.replace(",", "") if re.fullmatch(r"[-+]?\d{1,3}(,\d{3})+", s) else s.replace(",", ".")
    return s


def parse_number(text: str, language: str | None = None) -> float:
    """A number typed in ``language`` (:func:`number_text`). Raises ValueError."""
    return float(number_text(re.sub(r"[\s_'’\u00a0\u202f]", "", text), language))
