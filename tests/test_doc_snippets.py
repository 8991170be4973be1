"""The Python examples of README.md and the docs run as written, in a scratch folder, and the
figures their comments promise (``# 41.8``, ``# 63.36``) are what they print: examples drift when
nothing runs them (a rebalance that moved nothing, a conceded list and a suggestion list that had
changed were found by reading)."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: the examples that run on their own (others need a display, a GENIUS folder or placeholders)
SNIPPETS = [("README.md", 0), ("docs/contingent-terms.md", "fixed = plan.package(\"Fixed price\")\nprint(")]


def _block(path: str, which) -> str:
    text = (ROOT / path).read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, flags=re.S)
    if isinstance(which, int):
        return blocks[which]
    return next(b for b in blocks if which in b)


@pytest.mark.parametrize(("path", "which"), SNIPPETS)
def test_a_doc_example_runs_and_prints_what_it_says(path, which, tmp_path, monkeypatch):
    code = _block(path, which)
    monkeypatch.chdir(tmp_path)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, path, "exec"), {"__name__": "__doc_example__"})
    shown = printed.getvalue()
    for line in code.splitlines():
        m = re.match(r"\s*print\(.*\)\s*#\s*([-\d.\[\]', ()A-Za-z]+?)(?:\s*[:(].*)?$", line)
        if m and re.match(r"[\[\(\d]", m.group(1)):
            assert m.group(1).strip() in shown, (line, shown)
