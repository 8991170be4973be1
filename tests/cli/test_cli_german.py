"""The command line in German (issue 26): with ``MESO_DESK_LANGUAGE=de`` — or, without it, a German
POSIX locale (``LANG=de_DE.UTF-8``) — every line the commands print is German; no English word is
left outside the plan's own data (tests/german_words.py). ``LANG=C`` speaks English."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from german_words import english_left, english_only_words, plan_words

import meso_desk as md
from meso_desk.cli import COMMANDS, cli_language
from meso_desk.model.examples import example_path

EXAMPLES = example_path("supplier").parent
LIEFERANT = "lieferant.meso"  # the German example: its data is German too


def run(*args: str, cwd: Path, language: str | None = "de", lang: str | None = None,
        stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    for key in ("MESO_DESK_DEBUG", "MESO_DESK_LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        env.pop(key, None)
    if language is not None:
        env["MESO_DESK_LANGUAGE"] = language
    if lang is not None:
        env["LANG"] = lang
    return subprocess.run([sys.executable, "-m", "meso_desk", *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=120, cwd=cwd, env=env, input=stdin)


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """A folder holding the German example plan, so that the commands print only relative names."""
    here = tmp_path_factory.mktemp("befehle")
    shutil.copy(EXAMPLES / LIEFERANT, here / LIEFERANT)
    return here


@pytest.fixture(scope="module")
def vocabulary(folder) -> tuple[set[str], set[str]]:
    """(words of the English sources only, the plan's own words)."""
    return english_only_words(), plan_words(md.load_plan(folder / LIEFERANT))


def english_in(text: str, vocabulary, where: str) -> list[str]:
    english_only, user = vocabulary
    return english_left([(f"{where} line {k + 1}", line) for k, line in enumerate(text.splitlines())],
                        english_only, user)


@pytest.mark.parametrize("args", [
    ("check", LIEFERANT),
    ("score", LIEFERANT),
    ("mesos", LIEFERANT),
    ("mesos", LIEFERANT, "--count", "4", "--level", "60"),
    ("weights", LIEFERANT),
], ids=lambda a: " ".join(a))
def test_commands_print_german(folder, vocabulary, args):
    r = run(*args, cwd=folder)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip()
    bad = english_in(r.stdout + r.stderr, vocabulary, " ".join(args))
    assert not bad, "English left in the German command line:\n" + "\n".join(bad)


def test_check_speaks_german(folder):
    out = run("check", LIEFERANT, cwd=folder).stdout
    assert "Verhandlungspunkt" in out and "Reservationswert" in out and "Anspruchsniveau" in out
    assert "35,0 %" in out  # numbers the German way


def test_mesos_speaks_german(folder):
    out = run("mesos", LIEFERANT, cwd=folder).stdout
    assert out.startswith("MESO-Set bei 70,0 Punkten")
    assert "unsere Punkte" in out and "gibt nach bei" in out and "Robustheit:" in out


def test_ask_in_german(folder, vocabulary):
    r = run("weights", LIEFERANT, "--ask", cwd=folder, stdin="1\nx\n=\n2\nq\n")
    assert r.returncode == 0, r.stderr
    assert "Was hätten Sie lieber?" in r.stdout and "F1. 1) " in r.stdout and "(Alles andere gleich.)" in r.stdout
    bad = english_in(r.stdout + r.stderr, vocabulary, "weights --ask")
    assert not bad, "English left in the German questions:\n" + "\n".join(bad)


@pytest.mark.parametrize("args, code, german", [
    (("check", "fehlt.meso"), 2, "nicht gefunden"),
    (("cards", LIEFERANT, "-o", "karten.txt"), 2, "muss auf .pdf oder .png enden"),
    (("cards", LIEFERANT, "-o", "karten.pdf", "--valid-until", "morgen"), 2, "erwartet wird ein Datum"),
    (("debrief", LIEFERANT, "-o", "nachbesprechung.pdf"), 2, "keine Einigung erfasst"),
    (("import-genius", "domain.xml", "profil.xml", "-o", LIEFERANT), 1, "existiert bereits"),
], ids=lambda a: a[0] if isinstance(a, tuple) else None)
def test_errors_are_one_german_line(folder, vocabulary, args, code, german):
    r = run(*args, cwd=folder)
    assert r.returncode == code
    assert r.stderr.startswith("meso-desk: ") and r.stderr.count("\n") == 1, r.stderr
    assert german in r.stderr
    bad = english_in(r.stderr, vocabulary, " ".join(args))
    assert not bad, "English left in a German error:\n" + "\n".join(bad)


def test_top_level_help_lists_the_commands_in_german(folder, vocabulary):
    """The help's own texts (argparse's "usage:", "options:" … stay as Python prints them)."""
    out = run("--help", cwd=folder).stdout
    assert "Befehle (meso-desk BEFEHL --help):" in out
    ours = out[out.index("Befehle"):]
    assert "Exit-Codes:" in ours
    names = "|".join(re.escape(n) for n in sorted(COMMANDS, key=len, reverse=True))
    ours = re.sub(rf"--[\w-]+|^  ({names}) ", " ", ours, flags=re.MULTILINE)  # options and commands: names
    bad = english_in(ours, vocabulary, "--help")
    assert not bad, "English left in the German help:\n" + "\n".join(bad)


def test_the_posix_locale_chooses_the_language(folder):
    german = run("check", LIEFERANT, cwd=folder, language=None, lang="de_DE.UTF-8")
    english = run("check", LIEFERANT, cwd=folder, language=None, lang="C")
    assert german.returncode == english.returncode == 0
    assert "Verhandlungspunkte" in german.stdout and "Reservationswert" in german.stdout
    assert "6 issues" in english.stdout and "reservation 41.7 points" in english.stdout
    assert "Verhandlungspunkt" not in english.stdout


def test_meso_desk_language_wins_over_the_locale(folder):
    r = run("check", LIEFERANT, cwd=folder, language="en", lang="de_DE.UTF-8")
    assert "6 issues" in r.stdout


@pytest.mark.parametrize("env, language", [
    ({}, "en"),
    ({"LANG": "de_DE.UTF-8"}, "de"),
    ({"LANG": "C"}, "en"),
    ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "de_AT.UTF-8"}, "de"),
    ({"LANG": "de_DE.UTF-8", "LC_ALL": "C"}, "en"),
    ({"LANG": "de_DE.UTF-8", "LC_ALL": ""}, "de"),
    ({"LANG": "de_DE.UTF-8", "MESO_DESK_LANGUAGE": "en"}, "en"),
    ({"LANG": "C", "MESO_DESK_LANGUAGE": "de"}, "de"),
])
def test_cli_language(env, language):
    assert cli_language(env) == language
