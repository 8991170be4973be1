"""The language MESO Desk speaks (issue 26): the catalogue is complete and compiled, sentences
keep their placeholders, numbers and dates are written the language's way, and a block of code
can speak another language than the process (documents in the plan's language)."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
from datetime import date, datetime
from pathlib import Path

import pytest

from meso_desk.model import language
from meso_desk.model.language import (
    Message,
    catalogue_path,
    current_language,
    list_words,
    long_date,
    number,
    parse_number,
    read_catalogue,
    speaking,
    tr,
)

ROOT = Path(__file__).resolve().parents[2]
FIELD = re.compile(r"(?<!\{)\{([^{}:!]*)(?:![rsa])?(?::[^{}]*)?\}(?!\})")


@pytest.fixture(scope="module")
def catalogue():
    return read_catalogue(catalogue_path("de"))


def test_the_catalogue_holds_every_string_of_the_code_translated_and_compiled():
    """``scripts/update_translations.py --check``: the ``.ts`` has exactly the code's ``tr()``
    strings, each translated, and the ``.qm`` the window loads is the compiled ``.ts``."""
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "update_translations.py"), "--check"],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


def test_every_translation_keeps_the_placeholders_and_mnemonics(catalogue):
    bad = []
    for (source, _comment), text in catalogue.items():
        if sorted(FIELD.findall(source)) != sorted(FIELD.findall(text)):
            bad.append(f"{source!r} → {text!r}: placeholders differ")
        if re.search(r"&[^&\s;]", source.replace("&&", "")) and not re.search(r"&[^&\s;]", text.replace("&&", "")):
            if not re.search(r"&[a-z]+;", source):  # an HTML entity is no mnemonic
                bad.append(f"{source!r} → {text!r}: the mnemonic is lost")
    assert bad == [], "\n".join(bad[:40])


def test_english_is_the_source_and_german_reads_the_catalogue(catalogue):
    assert tr("Untitled negotiation") == "Untitled negotiation"
    with speaking("de"):
        assert tr("Untitled negotiation") == catalogue[("Untitled negotiation", "")]
        assert tr("a sentence no one wrote") == "a sentence no one wrote"  # missing: the source
    assert current_language() == "en"


def test_numbers_follow_the_language():
    msg = tr("{gap:.1f} points short, {amount:,.2f} in all, {n} rounds")
    assert isinstance(msg, Message)
    assert msg.format(gap=2.5, amount=1234.5, n=3) == "2.5 points short, 1,234.50 in all, 3 rounds"
    with speaking("de"):
        german = Message("{gap:.1f} Punkte, {amount:,.2f} insgesamt, {n} Runden, {name}", "de")
        assert german.format(gap=2.5, amount=1234.5, n=3, name="v1.2, x") == \
            "2,5 Punkte, 1.234,50 insgesamt, 3 Runden, v1.2, x"  # a text argument is left alone
        assert number(1234.567, 2) == "1.234,57"
        assert parse_number("70,5") == 70.5 and parse_number("1.234,5") == 1234.5
        assert parse_number("70.5") == 70.5  # no comma: the point is the decimal point
        assert parse_number("1.500") == 1500.0  # ... unless it groups thousands
        assert long_date(date(2026, 12, 15)) == "15. Dezember 2026"
        assert language.short_date_time(datetime(2026, 12, 4, 14, 5)) == "04.12.2026 14:05"
        assert list_words(["A", "B", "C"]) == "A, B und C"
    assert number(1234.567, 2) == "1,234.57" and parse_number("1,234.5") == 1234.5
    assert long_date(date(2026, 12, 15)) == "15 December 2026"
    assert list_words(["A", "B", "C"]) == "A, B and C"


def test_a_block_speaks_its_own_language_in_its_own_thread_only():
    seen = {}

    def other():
        seen["thread"] = current_language()

    with speaking("de"):
        assert current_language() == "de"
        t = threading.Thread(target=other)
        t.start()
        t.join()
        with speaking("en"):
            assert current_language() == "en"
        assert current_language() == "de"
    assert seen["thread"] == "en"  # another thread keeps the process's language
    assert current_language() == "en"


def test_language_names_are_normalised():
    from meso_desk.model.plan import Plan

    assert language.normalise("de_DE.UTF-8") == "de" and language.normalise("German") == "de"
    assert language.normalise("fr_FR") == "en" and language.normalise(None) == "en"
    assert Plan(language="de-AT").language == "de"
    assert Plan().language == "en"  # files from before issue 26 were written in English
    with pytest.raises(ValueError):
        Plan(language=3)


def test_the_window_and_the_headless_model_read_the_same_german(qapp, catalogue):
    """In the window ``tr()`` goes through Qt's ``QTranslator`` (the ``.qm``); headless it reads
    the ``.ts``: both give the same text for every message."""
    from meso_desk.app.translation import translator

    qt = translator("de")
    assert qt is not None
    differ = [s for (s, c), text in catalogue.items() if qt.translate("", s, c or None) != text]
    assert differ == []


def test_a_chance_is_never_written_as_certain():
    from meso_desk.model.wording import chance_words, percent_words

    assert chance_words(0.62) == "about 62 %" and percent_words(0.62) == "62 %"
    assert chance_words(0.996) == percent_words(0.999) == "over 99 %"
    assert chance_words(0.994) == "about 99 %" and chance_words(0.004) == "under 1 %"
    with speaking("de"):
        assert chance_words(0.999) == "über 99 %" and chance_words(0.62) == "etwa 62 %"
