"""``meso-desk mesos``: a readable table or JSON; unreachable levels exit 2 with one line."""

from __future__ import annotations

import json

import pytest

import meso_desk as md
from meso_desk.cli import main
from meso_desk.model.examples import example_path


@pytest.fixture
def supplier_file():
    return str(example_path("supplier"))


def test_table(supplier_file, capsys):
    assert main(["mesos", supplier_file]) == 0
    out = capsys.readouterr().out
    assert "MESO set at 70.0 points" in out
    lines = out.splitlines()
    header = next(line for line in lines if line.split() == ["A", "B", "C"])
    assert header
    plan = md.example_plan("supplier")
    for issue in plan.issue_names:
        assert any(line.startswith(issue) for line in lines)
    assert "EUR " in out and " weeks" in out  # terms written as people write them
    points = next(line for line in lines if line.startswith("our points")).split()[2:]
    assert len(points) == 3 and all(abs(float(p) - 70.0) <= 0.5 for p in points)
    concedes = next(line for line in lines if line.startswith("concedes on"))
    assert len({c.strip() for c in concedes[len("concedes on"):].split("  ") if c.strip()}) == 3


def test_json_count_and_level(supplier_file, capsys):
    assert main(["mesos", supplier_file, "--count", "2", "--level", "65", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["level"] == 65.0 and data["tolerance"] == 0.5
    pk = data["packages"]
    assert [p["name"] for p in pk] == ["A", "B"]
    plan = md.example_plan("supplier")
    for p in pk:
        assert abs(md.score(plan, p["terms"]) - 65.0) <= 0.5
        assert p["points"] == pytest.approx(md.score(plan, p["terms"]), abs=1e-3)
    assert len({p["concedes_on"] for p in pk}) == 2


def test_left_on_the_table_row_and_json(supplier_file, capsys):
    """Each package's waste for them under the estimate: a table row and ``left_on_table`` in JSON."""
    from meso_desk.model.offers.waste import package_waste

    assert main(["mesos", supplier_file, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    plan = md.example_plan("supplier")
    got = [p["left_on_table"] for p in data["packages"]]
    want = package_waste(plan, [p["terms"] for p in data["packages"]])
    assert got == pytest.approx(want, abs=1e-3)
    assert min(got) <= 0.5 < max(got)  # the best for them on the frontier; another one asks a question
    assert main(["mesos", supplier_file]) == 0
    row = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("left on table"))
    cells = row[len("left on table (theirs)"):].split()
    assert cells.count("0") == sum(w <= 0.5 for w in got)
    assert f"{max(got):.1f}" in cells


def test_more_than_three_warns_but_works(supplier_file, capsys):
    assert main(["mesos", supplier_file, "--count", "4"]) == 0
    cap = capsys.readouterr()
    assert "warning" in cap.err and "overload" in cap.err
    assert "D" in cap.out.split("\n")[1].split()


@pytest.mark.parametrize("args, words", [
    (["--level", "20"], "below the reservation"),
    (["--level", "100"], "package"),
    (["--count", "7"], "2 to 5"),
])
def test_unreachable_or_bad_requests_exit_2_with_one_line(supplier_file, capsys, args, words):
    assert main(["mesos", supplier_file, *args]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("meso-desk: ") and "\n" not in err and words in err


def test_missing_file_exits_2(tmp_path, capsys):
    assert main(["mesos", str(tmp_path / "nope.meso")]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_strategy_and_seed(supplier_file, capsys):
    assert main(["mesos", supplier_file, "--strategy", "diverse", "--seed", "3", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["packages"]) == 3


def test_a_plan_too_big_to_search_whole_says_it_was_approximate(tmp_path, capsys):
    """15 categorical issues × 20 options (asked for 9.5 GiB before the memory bounds): a set, and a
    note that the search was approximate — never "internal error"."""
    import random

    rng = random.Random(3)
    issues = [md.Issue.categorical(f"C{i}", [(f"o{j}", rng.uniform(0, 100)) for j in range(20)])
              for i in range(15)]
    plan = md.Plan(issues=tuple(issues), weights={i.name: rng.uniform(1, 5) for i in issues},
                   aspiration=70, reservation=40)
    path = tmp_path / "big.meso"
    md.save_plan(plan, path)
    code = main(["mesos", str(path)])
    captured = capsys.readouterr()
    assert "internal error" not in captured.err
    if code == 0:
        assert "MESO set at 70.0 points" in captured.out
        assert "approximate" in captured.err and "note:" in captured.err
    else:  # a level the thinned grid cannot reach is refused in one line
        assert code == 2 and len(captured.err.strip().splitlines()) == 1


@pytest.mark.parametrize("level, words", [
    ("41.9", "level 41.9 is within 0.5 point of your reservation value 41.7: the set is made at 42.2 instead"),
    ("41.5", "level 41.5 is below your reservation value 41.7: the set is made at 42.2 instead"),
])
def test_a_level_below_the_lowest_offer_is_moved_up_and_said(supplier_file, capsys, level, words):
    """Between the reservation (41.7, less the 1-point tolerance) and the lowest offer (42.2) the
    set came back at the floor while the output said the level asked for. It says the level
    used, and a warning on stderr says it moved."""
    assert main(["mesos", supplier_file, "--level", level]) == 0
    cap = capsys.readouterr()
    assert f"meso-desk: warning: {words}" in cap.err
    assert "MESO set at 42.2 points" in cap.out
    assert main(["mesos", supplier_file, "--level", level, "--json"]) == 0
    cap = capsys.readouterr()
    data = json.loads(cap.out)
    assert data["level"] == pytest.approx(42.2) and data["requested_level"] == float(level)
    assert words in cap.err
