"""Model tests: the exhaustive versions of sampled tests are marked ``slow`` and run only when
asked, as the packaging tests do: ``pytest -m slow tests/model`` or ``MESO_DESK_SLOW=1``."""

from __future__ import annotations

import os
import re

import pytest


def _slow_requested(config) -> bool:
    expr = config.getoption("markexpr", default="") or ""
    asked = bool(re.search(r"(?<!not )\bslow\b", expr))
    return asked or os.environ.get("MESO_DESK_SLOW", "") not in ("", "0")


def pytest_runtest_setup(item):
    if item.get_closest_marker("slow") and not _slow_requested(item.config):
        pytest.skip("exhaustive version of a sampled test: run with -m slow or MESO_DESK_SLOW=1")
