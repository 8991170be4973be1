import subprocess
import sys

import meso_desk as md


def test_examples_load_and_score():
    for name in ("supplier", "hiring"):
        plan = md.example_plan(name)
        assert plan.issues
        for sp in plan.packages:
            s = md.score(plan, plan.package(sp.name))
            assert 0.0 <= s <= 100.0


def test_import_is_headless():
    code = ("import sys, meso_desk, meso_desk.model;"
            "bad=[m for m in sys.modules if m.split('.')[0] in ('PySide6','pyqtgraph','shiboken6')];"
            "print(','.join(bad)); sys.exit(1 if bad else 0)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, f"import meso_desk loaded Qt: {r.stdout}"
