"""The offline promise (issue 18): the network guard is on for every test of the run, and, where
strace is available, the window, cards and the GENIUS import make no Internet socket call at all."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys

import pytest
from contract import FULL, PYTHON, ROOT, child_env
from reliability.network_guard import NetworkUsed, guarded  # (the module tests/conftest.py uses)

pytestmark = pytest.mark.reliability


def test_the_guard_is_on_in_every_test(network_guard):
    with pytest.raises(NetworkUsed):
        socket.create_connection(("192.0.2.1", 9), timeout=0.01)  # TEST-NET-1: never routed
    with pytest.raises(NetworkUsed):
        socket.getaddrinfo("example.invalid", 80)
    assert len(network_guard) == 2
    network_guard.clear()  # (the attempts above were this test's own)


def test_local_sockets_are_allowed():
    with guarded() as seen:
        a, b = socket.socketpair()  # what the signal handling uses (app/shutdown.py)
        a.close()
        b.close()
    assert seen == []


INET_CALL = re.compile(r"socket\(AF_INET6?,|connect\(\d+, \{sa_family=AF_INET6?")


@pytest.mark.skipif(sys.platform != "linux" or not shutil.which("strace"), reason="needs strace (Linux)")
def test_no_internet_socket_in_the_processes(tmp_path, report):
    from meso_desk.model.examples import example_path

    plan = example_path("supplier")
    runs = {"screenshot": ["--screenshot", str(tmp_path / "s.png")]}
    shared_cases = ROOT.parent / "shared" / "cases" / "genius"
    if FULL:
        runs |= {"cards": ["cards", str(plan), "-o", str(tmp_path / "c.pdf")], "mesos": ["mesos", str(plan)]}
    if FULL and shared_cases.is_dir():
        dom = shared_cases / "Laptop" / "laptop_domain.xml"
        prof = shared_cases / "Laptop" / "laptop_buyer_utility.xml"
        runs |= {"import-genius": ["import-genius", str(dom), str(prof), "-o", str(tmp_path / "g.meso")]}
    seen = {}
    for name, args in runs.items():
        log = tmp_path / f"{name}.strace"
        r = subprocess.run(["strace", "-f", "-qq", "-e", "trace=%network", "-o", str(log), PYTHON, "-m",
                            "meso_desk", *args], cwd=ROOT, env=child_env(tmp_path / "data"),
                           capture_output=True, text=True, timeout=120)
        if r.returncode != 0 and "ptrace" in r.stderr:
            pytest.skip(f"strace cannot trace here: {r.stderr.strip()[:100]}")
        assert r.returncode == 0, r.stderr[-300:]
        seen[name] = [line for line in log.read_text().splitlines() if INET_CALL.search(line)]
    report(processes=list(runs), inet_calls=sum(map(len, seen.values())))
    assert not any(seen.values()), seen
