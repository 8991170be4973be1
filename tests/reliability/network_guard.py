"""The network guard (issue 18; MESO Desk is offline): an audit hook that refuses, and reports, any
Internet socket connect/bind/send and any name look-up made while a test runs.

``tests/conftest.py`` imports :func:`network_guard` (an autouse fixture), so the whole test run is
guarded. Audit hooks cannot be removed, so the hook is installed once and consults a flag. It sees the
Python process only; ``test_network.py`` traces subprocesses with strace where it is available.
"""

from __future__ import annotations

import socket
import sys

import pytest

_INET = (socket.AF_INET, getattr(socket, "AF_INET6", socket.AF_INET))
_LOOKUPS = {"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex", "socket.gethostbyaddr",
            "socket.getnameinfo"}
_USES = {"socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"}
_state: dict = {"on": False, "seen": [], "installed": False}


class NetworkUsed(RuntimeError):
    """Raised inside the code that tried to use the network during a test."""


def _hook(event: str, args) -> None:
    if not _state["on"]:
        return
    if event in _LOOKUPS:
        what = f"{event}{args[:2]!r}"
    elif event in _USES and getattr(args[0], "family", None) in _INET:
        what = f"{event} {args[1]!r}" if len(args) > 1 else event
    else:
        return
    _state["seen"].append(what)
    raise NetworkUsed(f"a test used the network: {what}")


def install() -> None:
    if not _state["installed"]:
        sys.addaudithook(_hook)
        _state["installed"] = True


class guarded:
    """``with guarded() as seen:`` the guard on (whatever it was before), ``seen`` lists the attempts."""

    def __enter__(self) -> list[str]:
        install()
        self._was, self._seen = _state["on"], _state["seen"]
        _state["on"], _state["seen"] = True, []
        return _state["seen"]

    def __exit__(self, *exc) -> None:
        _state["on"], _state["seen"] = self._was, self._seen


@pytest.fixture(autouse=True)
def network_guard():
    """Every test: no network connection (a test that tries one fails, even if the code caught it)."""
    with guarded() as seen:
        yield seen
    if seen:
        pytest.fail(f"the test used the network (MESO Desk is offline): {seen[:3]}", pytrace=False)
