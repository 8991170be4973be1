"""Run ``meso-desk check/score/mesos`` in-process over plan files, one JSON line per file and command.

The reliability suite starts this in a subprocess with a memory cap, so a plan that asks the engine
for gigabytes ends this process, not the test run.   usage: cli_driver.py FILE...
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
import time

from meso_desk import cli

COMMANDS = ("check", "score", "mesos")

if __name__ == "__main__":
    for f in sys.argv[1:]:
        for cmd in COMMANDS:
            err = io.StringIO()
            t = time.perf_counter()
            try:
                with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
                    rc = cli.main([cmd, f])
            except MemoryError:
                rc, err = -1, io.StringIO("MemoryError escaped")
            print(json.dumps({"file": f, "cmd": cmd, "rc": rc, "stderr": err.getvalue()[-300:],
                              "seconds": round(time.perf_counter() - t, 3)}), flush=True)
