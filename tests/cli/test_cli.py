"""The meso-desk command: --version, check, score, import-genius, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import meso_desk as md
from meso_desk import cli
from meso_desk.model.examples import example_path
from tests.cli.calls import call

GENIUS = Path(__file__).resolve().parents[1] / "data" / "genius"
SUPPLIER = str(example_path("supplier"))


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("MESO_DESK_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "meso_desk", *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=120, cwd=cwd, env=env)



def assert_one_line_error(err: str) -> None:
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert err.startswith("meso-desk: ")
    assert "Traceback" not in err


# -- version and help -------------------------------------------------------------------------------
def test_version_in_a_subprocess():
    r = run("--version")
    assert r.returncode == 0
    assert r.stdout.strip() == f"MESO Desk {md.__version__}"


def test_version_direct(capsys):
    code, out, _ = call(capsys, "--version")
    assert code == 0 and md.__version__ in out


def test_command_help_lists_arguments(capsys):
    code, out, _ = call(capsys, "import-genius", "--help")
    assert code == 0
    assert "--force" in out and "--output" in out and "DOMAIN".lower() in out.lower()


def test_top_level_help_documents_commands_and_exit_codes(capsys):
    code, out, _ = call(capsys, "--help")
    assert code == 0
    for word in ("check", "score", "import-genius", "exit codes", "2 bad input"):
        assert word in out
    assert "import-geniusweb turn" not in out  # every command name stands apart from its summary


def test_documented_exit_codes_match_the_constants():
    doc = cli.__doc__ or ""
    assert "0 success" in doc and "1 refused" in doc and "2 bad input" in doc
    assert (cli.EXIT_OK, cli.EXIT_REFUSED, cli.EXIT_BAD_INPUT) == (0, 1, 2)


def test_bad_arguments_exit_2(capsys):
    code, _, err = call(capsys, "check")  # one line, as the README promises (audit_cli 12): no usage block
    assert code == 2 and err == ("meso-desk check: error: the following arguments are required: plan "
                                 "(see meso-desk check --help)\n")
    code, _, _ = call(capsys, "score", SUPPLIER, "--colour")
    assert code == 2


# -- check ---------------------------------------------------------------------------------------------
def test_check_summarises_the_supplier_example():
    r = run("check", SUPPLIER)
    assert r.returncode == 0, r.stderr
    assert r.stderr == ""
    plan = md.example_plan("supplier")
    out = r.stdout
    assert plan.title in out
    assert "6 issues" in out
    for issue in plan.issues:
        assert issue.name in out
    assert "EUR 180.00 – EUR 260.00" in out  # money with cents
    assert "above EUR 248.00" in out  # the hard limit
    assert "35.0 %" in out  # weights as percentages
    assert f"reservation {plan.reservation:.1f} points" in out
    assert "BATNA: " in out
    assert "unacceptable packages: Their opening quote" in out


def test_check_reports_the_agreement_and_their_reservation(capsys, tmp_path):
    from datetime import date

    from meso_desk.model.edits.deal_edits import with_agreement, with_their_reservation

    plan = md.example_plan("supplier")
    name = plan.package_names[-1]
    terms = {i.name: plan.package(name)[i.name] for i in plan.issues}
    plan = with_their_reservation(with_agreement(plan, terms, when=date(2026, 11, 20)), 45.0)
    f = tmp_path / "deal.meso"
    md.save_plan(plan, f)
    code, out, err = call(capsys, "check", str(f))
    assert code == 0 and err == ""
    assert "agreed on 2026-11-20" in out
    worth = md.score(plan, plan.package(name))
    assert f"worth {worth:.1f} points to us" in out
    assert f"{abs(worth - plan.reservation):.1f} {'above' if worth >= plan.reservation else 'below'}" in out
    assert "their reservation (our guess): 45.0" in out
    code, out, _ = call(capsys, "check", SUPPLIER)
    assert "agreed" not in out and "their reservation" not in out


def test_check_weights_in_output_sum_to_100(capsys):
    code, out, _ = call(capsys, "check", str(example_path("hiring")))
    assert code == 0
    pct = [float(line.rsplit(None, 2)[-2]) for line in out.splitlines() if line.rstrip().endswith("%")]
    assert len(pct) == 7 and round(sum(pct), 6) == 100.0
    assert "1 package," in out  # singular


@pytest.mark.parametrize("content, fragment", [
    (b"", "file is empty"),
    (b"{\"format\": \"meso-desk\", \"version\": 1, ", "not valid JSON"),
    (b"{\"format\": \"meso-desk\", \"version\": 99}", "newer MESO Desk"),
    (b"{\"format\": \"meso-desk\", \"version\": 1, \"reservation\": 140}", "reservation"),
    (b"<utility_space/>", "import-genius"),
])
def test_check_broken_file_exit_2_one_line(tmp_path, content, fragment):
    p = tmp_path / "broken.meso"
    p.write_bytes(content)
    r = run("check", str(p))
    assert r.returncode == 2
    assert r.stdout == ""
    assert_one_line_error(r.stderr)
    assert "broken.meso" in r.stderr and fragment in r.stderr
    assert p.read_bytes() == content


def test_check_missing_file_direct(capsys, tmp_path):
    code, out, err = call(capsys, "check", str(tmp_path / "absent.meso"))
    assert code == 2 and out == ""
    assert_one_line_error(err)
    assert "absent.meso: file not found" in err


def test_check_shortens_very_long_option_lists(capsys, tmp_path):
    out_file = tmp_path / "pie.meso"
    plan = md.Plan(title="Pie", issues=(md.CategoricalIssue(name="Pie", options=[(f"a{i}", i / 10)
                                                                               for i in range(1001)]),))
    md.save_plan(plan, out_file)
    code, out, _ = call(capsys, "check", str(out_file))
    assert code == 0
    assert "(1001 options)" in out and "a1000" in out
    assert max(len(line) for line in out.splitlines()) < 140


# -- score -----------------------------------------------------------------------------------------------
def test_score_table():
    r = run("score", SUPPLIER)
    assert r.returncode == 0, r.stderr
    plan = md.example_plan("supplier")
    lines = r.stdout.splitlines()
    assert lines[0].split()[0] == "package" and "points" in lines[0]
    for sp in plan.packages:
        row = next(line for line in lines if line.startswith(sp.name))
        assert f"{md.score(plan, plan.package(sp.name)):.1f}" in row
    opening = next(line for line in lines if line.startswith("Their opening quote"))
    assert "UNACCEPTABLE" in opening and "below reservation" in opening
    assert "EUR 252.00" in opening
    assert "Their opening quote: Unit price EUR 252.00 is beyond the hard limit EUR 248.00" in r.stdout


def test_score_json(capsys):
    code, out, _ = call(capsys, "score", "--json", SUPPLIER)
    assert code == 0
    data = json.loads(out)
    plan = md.example_plan("supplier")
    assert [d["name"] for d in data] == plan.package_names
    for d in data:
        pkg = plan.package(d["name"])
        assert d["points"] == pytest.approx(md.score(plan, pkg), abs=1e-4)
        assert d["acceptable"] == pkg.acceptable
        assert d["terms"] == pkg.terms
        assert d["violations"] == pkg.violations


def test_score_plan_without_packages(capsys, tmp_path):
    p = md.save_plan(md.Plan(title="Empty", issues=(md.NumericIssue(name="x", min=0, max=1, step=1),)),
                     tmp_path / "e.meso")
    code, out, _ = call(capsys, "score", str(p))
    assert code == 0 and "no packages" in out
    code, out, _ = call(capsys, "score", "--json", str(p))
    assert code == 0 and json.loads(out) == []


def test_score_broken_file(tmp_path):
    p = tmp_path / "x.meso"
    p.write_text("{}", encoding="utf-8")
    r = run("score", str(p))
    assert r.returncode == 2
    assert_one_line_error(r.stderr)


# -- import-genius ----------------------------------------------------------------------------------------------
def test_import_genius_writes_a_plan_and_refuses_to_overwrite(tmp_path):
    out = tmp_path / "fleet.meso"
    args = ("import-genius", str(GENIUS / "fleet_domain.xml"), str(GENIUS / "fleet_lessee.xml"), "-o", str(out))
    r = run(*args)
    assert r.returncode == 0, r.stderr
    assert "fleet.meso" in r.stdout and "5 issues" in r.stdout
    plan = md.load_plan(out)
    assert plan == md.import_genius(GENIUS / "fleet_domain.xml", GENIUS / "fleet_lessee.xml")
    first = out.read_bytes()

    r = run(*args)
    assert r.returncode == 1
    assert_one_line_error(r.stderr)
    assert "already exists" in r.stderr and "--force" in r.stderr
    assert out.read_bytes() == first

    r = run("import-genius", str(GENIUS / "fleet_domain.xml"), str(GENIUS / "fleet_lessor.xml"),
            "--output", str(out), "--force")
    assert r.returncode == 0, r.stderr
    assert md.load_plan(out).our_organisation == "lessor"
    assert md.load_plan(tmp_path / "fleet.meso.bak") == plan  # the overwritten plan is kept


def test_import_genius_direct_and_then_check(capsys, tmp_path):
    out = tmp_path / "fest.meso"
    code, stdout, err = call(capsys, "import-genius", str(GENIUS / "festival_profile.xml"),
                             str(GENIUS / "festival_profile.xml"), "-o", str(out))
    assert code == 0, err
    code, stdout, _ = call(capsys, "check", str(out))
    assert code == 0 and "Festival booking" in stdout and "3 issues" in stdout


@pytest.mark.parametrize("domain, profile, fragment", [
    ("fleet_domain.xml", "missing.xml", "missing.xml: file not found"),
    ("fleet_lessee.xml", "fleet_domain.xml", "no evaluations"),
    ("fleet_domain.xml", "festival_profile.xml", "does not match fleet_domain.xml"),
])
def test_import_genius_bad_input_exit_2(capsys, tmp_path, domain, profile, fragment):
    out = tmp_path / "o.meso"
    code, stdout, err = call(capsys, "import-genius", str(GENIUS / domain), str(GENIUS / profile), "-o", str(out))
    assert code == 2 and stdout == ""
    assert_one_line_error(err)
    assert fragment in err
    assert not out.exists()


def test_import_genius_truncated_xml(tmp_path):
    raw = (GENIUS / "fleet_lessee.xml").read_bytes()
    bad = tmp_path / "cut.xml"
    bad.write_bytes(raw[: len(raw) // 2])
    r = run("import-genius", str(GENIUS / "fleet_domain.xml"), str(bad), "-o", str(tmp_path / "o.meso"))
    assert r.returncode == 2
    assert_one_line_error(r.stderr)
    assert "cut.xml: not well-formed XML" in r.stderr


def test_import_genius_unwritable_output(capsys, tmp_path):
    code, _, err = call(capsys, "import-genius", str(GENIUS / "fleet_domain.xml"), str(GENIUS / "fleet_lessee.xml"),
                        "-o", str(tmp_path / "no" / "dir" / "x.meso"))
    assert code == 2  # a missing folder is bad input in every command (as cards and summary said it)
    assert_one_line_error(err)
    assert "the folder does not exist" in err


# -- robustness -------------------------------------------------------------------------------------------------------
def test_an_unexpected_error_is_one_line_exit_1(capsys, monkeypatch):
    def broken(args):
        raise RuntimeError("something nobody expected")

    help_, add_args, _ = cli.COMMANDS["check"]
    monkeypatch.setitem(cli.COMMANDS, "check", (help_, add_args, broken))
    monkeypatch.delenv("MESO_DESK_DEBUG", raising=False)
    code, _, err = call(capsys, "check", SUPPLIER)
    assert code == 1
    assert_one_line_error(err)
    assert "internal error" in err and "something nobody expected" in err


def test_commands_stay_headless():
    code = (f"import sys; from meso_desk import cli; cli.main(['check', {SUPPLIER!r}]);"
            "bad=[m for m in sys.modules if m.split('.')[0] in ('PySide6','pyqtgraph','shiboken6')];"
            "sys.exit(3 if bad else 0)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr


def test_below_reservation_is_the_status_rule(tmp_path, capsys):
    """check and score flag exactly the packages the one status rule calls "below" (offers/status.py)."""
    from meso_desk.model.offers.status import below_reservation, package_status

    plan = md.example_plan("supplier")
    ideal = plan.package("Our ideal")
    at = md.score(plan, ideal)
    plan = plan.replace(reservation=at, aspiration=max(at, plan.aspiration))  # "Our ideal" sits at it: not below
    path = tmp_path / "edge.meso"
    md.save_plan(plan, path)
    statuses = {sp.name: package_status(plan, sp.name).status for sp in plan.packages}
    assert statuses["Our ideal"] != "below" and "below" in statuses.values()
    code, out, _ = call(capsys, "check", str(path))
    assert code == 0
    listed = next(line for line in out.splitlines() if "below the reservation value:" in line)
    assert listed.split(":", 1)[1].strip().split(", ") == [n for n, s in statuses.items() if s == "below"]
    code, out, _ = call(capsys, "score", str(path))
    flagged = {line.split("  ")[0] for line in out.splitlines() if "below reservation" in line}
    assert "Our ideal" not in flagged
    assert flagged == {n for n in statuses if below_reservation(plan, md.score(plan, plan.package(n)))}
