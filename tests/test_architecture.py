"""The architecture as checks: the layering contract, module and function sizes, names, citations,
a headless scripting API that keeps every public name (docs/architecture.md).

Each check lists *all* its offenders in the failure message, so one run shows what is left to fix.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "meso_desk"
TESTS = ROOT / "tests"
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")

MAX_MODULE_LINES = 700
MAX_FUNCTION_LINES = 80

#: What ``import meso_desk as md`` offers (every name it had when the model was grouped by
#: concept; a name may be added, none may go).
PUBLIC_NAMES = frozenset("""
    __version__ model
    CardError CardSet CategoricalIssue CounterpartEstimate Curve Direction Frontier Issue LogrollSuggestion
    MesoError MesoSet MesoWarning NumericIssue OfferedPackage Option Package Plan PlanFileError PostSettlement
    RebalanceResult Round ScoreTable StoredPackage TheirValues ValueSlice
    briefing card_set debrief estimate_counterpart example_names example_plan expected_information_gain
    expected_weight_information generate_mesos import_genius left_on_table load_plan logroll_suggestions
    normalise_weights pareto_frontier post_settlement pss_card_set rebalance record_choice save_plan score
    score_many score_table their_reservation value_slice weights_from_swings with_meso_set zopa
    talking_points relationship_effect goodwill_moves relationship_option total_cost
    Event Forecast ThresholdClause LinearClause StatesClause ClauseBet contingent_risk contingent_bets
    contingent_version suggest_clauses add_event replace_event remove_event set_clause remove_clause
    record_outcome
    SupplierRecord HeldOffer best_offers batna_against SupplierRow compare_suppliers SplitAward split_award
    add_supplier switch_supplier rename_supplier remove_supplier set_quote set_market_batna
""".split())


def _modules(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def _rel(path: Path) -> str:
    return str(path.relative_to(ROOT))


def _lint_imports(cwd: Path, *args: str, pythonpath: Path | None = None) -> subprocess.CompletedProcess:
    if not LINT_IMPORTS.exists():
        pytest.skip("lint-imports is not installed (pip install -e '.[test]')")
    env = None if pythonpath is None else {**os.environ, "PYTHONPATH": str(pythonpath)}
    return subprocess.run([str(LINT_IMPORTS), "--no-cache", "--no-logo", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


# -- the layering contract ----------------------------------------------------------------------------
def test_the_layering_contract_holds():
    r = _lint_imports(ROOT)
    assert r.returncode == 0, "lint-imports found broken contracts:\n" + r.stdout + r.stderr


#: (contract id, file to change, the line added, the two modules the new finding must name)
VIOLATIONS = [
    ("headless", "model/base.py", "import meso_desk.app  # deliberate violation\n", ("model.base", "meso_desk.app")),
    ("headless", "model/offers/band.py", "import pyqtgraph  # deliberate violation\n", ("offers.band", "pyqtgraph")),
    ("scripting-api", "__init__.py", "import PySide6  # deliberate violation\n", ("meso_desk ->", "PySide6")),
    ("cli", "cli.py", "import meso_desk.app.widgets  # deliberate violation\n", ("meso_desk.cli", "app.widgets")),
    ("model-acyclic", "model/package.py", "from . import scoring  # deliberate violation\n", ("package", "scoring")),
    ("model-layers", "model/wording.py", "from . import io  # deliberate violation\n", ("model.wording", "model.io")),
]


@pytest.fixture(scope="module")
def package_copy(tmp_path_factory) -> Path:
    """A copy of the package and its contract, to break on purpose."""
    root = tmp_path_factory.mktemp("tree")
    shutil.copytree(PACKAGE, root / "meso_desk", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    assert str(root) in _origin(root), "lint-imports would read the installed package, not the copy"
    return root


@pytest.mark.parametrize(("contract", "module", "line", "names"), VIOLATIONS, ids=[f"{v[0]}:{v[1]}" for v in VIOLATIONS])
def test_the_contract_fails_on_a_deliberate_violation(package_copy, contract, module, line, names):
    """One bad import added to a copy of the package breaks the contract, and the report names
    it (compared with the copy before the change, so a finding already there does not count)."""
    path = package_copy / "meso_desk" / module
    original = path.read_text(encoding="utf-8")
    before = _lint_imports(package_copy, "--contract", contract, pythonpath=package_copy).stdout
    lines = original.splitlines(keepends=True)
    at = next(k for k, text in enumerate(lines) if text.startswith("from __future__")) + 1
    path.write_text("".join(lines[:at] + [line] + lines[at:]), encoding="utf-8")
    try:
        r = _lint_imports(package_copy, "--contract", contract, pythonpath=package_copy)
    finally:
        path.write_text(original, encoding="utf-8")
    out = r.stdout + r.stderr
    assert r.returncode != 0 and "BROKEN" in out, out
    new = [x for x in r.stdout.splitlines() if x not in before.splitlines()]
    assert any(all(n in x for n in names) for x in new), f"no new finding names {names}:\n{out}"


def _origin(tree: Path) -> str:
    """Where ``meso_desk`` is imported from with the copy first on the path (as lint-imports sees it)."""
    code = "import importlib.util as u; print(u.find_spec('meso_desk').origin)"
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.run([sys.executable, "-c", code], cwd=tree, env=env, capture_output=True, text=True).stdout


# -- sizes and names ----------------------------------------------------------------------------------
def test_no_module_is_over_700_lines():
    long = [f"{_rel(p)}: {n} lines" for p in _modules(PACKAGE)
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES]
    assert not long, f"modules over {MAX_MODULE_LINES} lines:\n" + "\n".join(long)


def _long_functions(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            n = (node.end_lineno or node.lineno) - node.lineno + 1
            if n > MAX_FUNCTION_LINES and not node.name.startswith("_build"):
                out.append(f"{_rel(path)}:{node.lineno} {node.name}() {n} lines")
    return out


def test_no_function_is_over_80_lines_except_layout_builders():
    long = [x for p in _modules(PACKAGE) for x in _long_functions(p)]
    assert not long, (f"functions over {MAX_FUNCTION_LINES} lines (a layout builder is named _build…):\n"
                      + "\n".join(long))


def test_no_two_modules_share_a_file_name():
    seen: dict[str, list[str]] = {}
    for p in _modules(PACKAGE):
        if p.name != "__init__.py":
            seen.setdefault(p.name, []).append(_rel(p))
    twins = {k: v for k, v in seen.items() if len(v) > 1}
    assert not twins, "modules sharing a file name:\n" + "\n".join(f"{k}: {', '.join(v)}" for k, v in twins.items())


# -- citations -----------------------------------------------------------------------------------------
#: Documents outside the repository (a contributor who clones the project cannot follow them).
OUTSIDE = re.compile(r"design\.md|(?<![\w/])decisions\.md|\.\./shared/docs|shared/docs/")
#: A project document named by its path: it must exist.
DOC_PATH = re.compile(r"\bdocs/[\w./-]+\.md\b")


def test_code_and_tests_cite_only_documents_of_the_repository():
    """Optional test data outside the repository (``../shared/cases``, read by tests marked
    ``shared`` and skipped when absent) is not a citation and is allowed."""
    bad = []
    for p in [*_modules(PACKAGE), *_modules(TESTS)]:
        if p == Path(__file__).resolve():
            continue
        for k, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            if OUTSIDE.search(line):
                bad.append(f"{_rel(p)}:{k}: {line.strip()}")
            bad += [f"{_rel(p)}:{k}: {m} does not exist" for m in DOC_PATH.findall(line) if not (ROOT / m).is_file()]
    assert not bad, "citations of documents outside the repository:\n" + "\n".join(bad)


# -- the scripting API ----------------------------------------------------------------------------------
@pytest.mark.parametrize("module", ["meso_desk", "meso_desk.cli"])
def test_importing_the_scripting_api_loads_no_qt(module):
    code = (f"import sys, {module};"
            "bad = sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'shiboken6', 'pyqtgraph', 'superqt',"
            " 'scipy'}); print(' '.join(bad)); sys.exit(1 if bad else 0)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, f"import {module} loaded: {r.stdout}{r.stderr}"


def test_the_scripting_api_keeps_every_public_name():
    import meso_desk as md

    missing = sorted(PUBLIC_NAMES - set(dir(md)))
    assert not missing, f"names gone from meso_desk: {', '.join(missing)}"
    broken = [n for n in sorted(PUBLIC_NAMES) if getattr(md, n, None) is None]
    assert not broken, f"names that do not resolve: {', '.join(broken)}"
