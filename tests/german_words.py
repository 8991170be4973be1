"""Finding English left in German text (issue 26): the words of the program's English sources that
no German translation uses, plus the common English words every sentence needs, outside the plan's
own data (issue names, option labels … stay as the user typed them). Used by the tests that read
the German window and the German documents."""

from __future__ import annotations

import json
import re

from meso_desk.model.language import LANGUAGES, catalogue_path, read_catalogue

WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+(?:'[a-z]+)?")
TAG = re.compile(r"<[^>]+>|&[a-z]+;|&#\d+;")
#: common English words that no German sentence of ours uses
ENGLISH = {"the", "of", "and", "with", "for", "to", "is", "are", "by", "on", "at", "from", "this",
           "that", "their", "our", "your", "you", "we", "it", "not", "no", "or", "be", "has", "have",
           "which", "when", "than", "there", "these", "those", "they", "them", "would", "should",
           "can", "cannot", "each", "every", "none", "all", "more", "less", "best", "worst",
           "value", "points", "package", "packages", "issue", "issues", "weight", "weights",
           "round", "rounds", "offer", "offers", "supplier", "suppliers", "deal", "target",
           "save", "open", "print", "close", "cancel", "help", "edit", "view", "file", "new"}


def words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(TAG.sub(" ", text.replace("&&", "&").replace("&", "")))}


def english_only_words() -> set[str]:
    """The words of the English sources that no German translation uses."""
    cat = read_catalogue(catalogue_path("de"))
    assert len(cat) > 1000  # the catalogue is there and full
    english, german = set(), set()
    for (source, _comment), text in cat.items():
        english |= words(source)
        german |= words(text)
    return english - german


def plan_words(plan) -> set[str]:
    """Everything the user typed: the plan's strings (user data, never translated)."""
    out: set[str] = set()

    def walk(v):
        if isinstance(v, str):
            out.update(words(v))
        elif isinstance(v, dict):
            for k, x in v.items():
                walk(k)
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)

    walk(json.loads(plan.to_json()))
    out |= {w[:-1] for w in out if w.endswith("s")}  # "1 week" of the user's unit "weeks"
    for name in LANGUAGES.values():  # each language is named in its own words: "English"
        out.update(words(name))
    return out


def english_left(texts, english_only: set[str], user: set[str]) -> list[str]:
    bad = []
    for where, text in texts:
        found = sorted((words(text) & (english_only | ENGLISH)) - user)
        if found:
            bad.append(f"{where}: {text!r} — {', '.join(found)}")
    return sorted(set(bad))
