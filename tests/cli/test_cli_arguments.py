"""The commands' arguments (audit_cli items 2, 5, 12 and 13): a usage error is one line, ``-o`` is
``--output`` (and ``--out``) in every command, bad values are exit 2 with a sentence rather than
an internal error, options that would be dropped without a word are refused, numbers take a
decimal comma, the messages agree with each other, and cards an approver of ours refuses are
named on stderr."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import meso_desk as md
from meso_desk import cli
from meso_desk.model.examples import example_path
from tests.cli.calls import call, one_line

SUPPLIER = str(example_path("supplier"))
SOURCING = str(example_path("sourcing"))
GENIUS = Path(__file__).resolve().parents[1] / "data" / "genius"




# -- one line for a usage error (item 12) ------------------------------------------------------------------------
@pytest.mark.parametrize("args, words", [
    (["cards", SUPPLIER, "-o", "x.pdf", "--layout", "a3"], "argument --layout: invalid choice: 'a3'"),
    (["mesos", SUPPLIER, "--level", "70%"], "argument --level: '70%': expected a number"),
    (["summary", SUPPLIER], "the following arguments are required: -o/--output"),
    (["--bogus"], "unrecognized arguments: --bogus"),
])
def test_a_usage_error_is_one_line_naming_the_help(capsys, args, words):
    code, out, err = call(capsys, *args)
    prog = "meso-desk" if args[0].startswith("-") else f"meso-desk {args[0]}"
    assert code == 2 and out == ""
    assert one_line(err).startswith(f"{prog}: error: ") and words in err
    assert err.rstrip().endswith(f"(see {prog} --help)")


def test_every_output_option_is_output_and_out_and_the_help_names_one(capsys):
    with_o = []
    for name in cli.COMMANDS:
        parser = cli._command_parser(name)
        action = next((a for a in parser._actions if "-o" in a.option_strings), None)
        if action is None:
            continue
        with_o.append(name)
        assert action.option_strings == ["-o", "--output", "--out"], name
        assert call(capsys, name, "--help")[1].count("--output") >= 1, name
        assert "--out " not in call(capsys, name, "--help")[1] and "--out," not in call(capsys, name, "--help")[1]
    assert {"cards", "debrief", "summary", "export", "export-genius", "import-genius", "import-geniusweb",
            "import-quotes", "events", "suppliers", "weights"} <= set(with_o)


def test_summary_takes_output_and_import_genius_takes_out(qapp, capsys, tmp_path):
    code, out, err = call(capsys, "summary", SUPPLIER, "--output", tmp_path / "s.pdf")
    assert code == 0 and (tmp_path / "s.pdf").exists(), err
    code, out, err = call(capsys, "import-genius", GENIUS / "fleet_domain.xml", GENIUS / "fleet_lessee.xml",
                          "--out", tmp_path / "f.meso")
    assert code == 0 and (tmp_path / "f.meso").exists(), err


# -- bad values: exit 2 and a sentence, never "internal error" (item 5) -----------------------------------------
@pytest.mark.parametrize("args, words", [
    (["mesos", SUPPLIER, "--seed", "-1"], "--seed: '-1': expected a whole number, 0 or more"),
    (["cards", SUPPLIER, "--mesos", "3", "--seed", "-1", "-o", "x.pdf"], "expected a whole number, 0 or more"),
    (["cards", SUPPLIER, "--mesos", "3", "--strategy", "bogus", "-o", "x.pdf"], "invalid choice: 'bogus'"),
    (["suppliers", SOURCING, "--split", "Nordlys Kontor AS", "Sitwell Office Ltd", "--steps", "1000000000000"],
     "expected a whole number from 2 to 101"),
    (["suppliers", SOURCING, "--split", "Nordlys Kontor AS", "Sitwell Office Ltd", "--steps", "1"],
     "expected a whole number from 2 to 101"),
])
def test_a_bad_option_value_is_exit_2_with_a_sentence(capsys, tmp_path, monkeypatch, args, words):
    monkeypatch.chdir(tmp_path)
    code, out, err = call(capsys, *args)
    assert code == 2 and out == "" and "internal error" not in err
    assert words in one_line(err)
    assert not (tmp_path / "x.pdf").exists()


def test_level_takes_a_decimal_comma_as_outcome_does(capsys):
    code, out, err = call(capsys, "mesos", SUPPLIER, "--level", "70,5", "--json")
    assert code == 0, err
    assert json.loads(out)["requested_level"] == pytest.approx(70.5)


# -- options that were dropped without a word (item 12) ------------------------------------------------------------
@pytest.mark.parametrize("args, words", [
    (["suppliers", SUPPLIER, "--negotiator", "X"], "--negotiator goes with --add"),
    (["suppliers", SUPPLIER, "--contacts", "X"], "--contacts goes with --add"),
    (["suppliers", SUPPLIER, "--steps", "5"], "--steps goes with --split"),
    (["events", SUPPLIER, "--unit", "%"], "--unit goes with --add"),
    (["events", SUPPLIER, "--remove", "X", "--lower", "5", "-o", "e.meso"], "--lower goes with --add"),
    (["events", SUPPLIER, "--date", "2026-01-01"], "--date goes with --outcome"),
    (["events", SUPPLIER, "-o", "e.meso"], "-o goes with --add, --remove or --outcome"),
])
def test_an_option_without_the_option_it_goes_with_is_refused(capsys, tmp_path, monkeypatch, args, words):
    monkeypatch.chdir(tmp_path)
    code, out, err = call(capsys, *args)
    assert code == 2 and out == ""
    assert words in one_line(err)
    assert not list(tmp_path.iterdir())


def test_adding_a_supplier_without_a_name_says_so(capsys, tmp_path):
    code, _, err = call(capsys, "suppliers", SUPPLIER, "--add", "", "-o", tmp_path / "x.meso")
    assert code == 2 and "-o goes with" not in one_line(err) and "name" in err
    assert not (tmp_path / "x.meso").exists()


# -- the words (item 13) ------------------------------------------------------------------------------------------
def test_one_supplier_is_one_supplier_and_the_heading_has_its_verb(capsys):
    code, out, _ = call(capsys, "suppliers", SUPPLIER, "--compare")
    assert code == 0 and out.startswith("1 supplier, by points (INTERNAL") and "1 suppliers" not in out
    code, out, _ = call(capsys, "suppliers", SUPPLIER)
    assert code == 0 and "the BATNA is the plan's competing quote" in out.splitlines()[0]


def test_both_importers_say_what_they_wrote_the_same_way(capsys, tmp_path, supplier):
    from meso_desk.model.io.geniusweb import export_geniusweb

    export_geniusweb(supplier, tmp_path / "web.json")
    shape = re.compile(r"^wrote (\S+): \d+ issues, reservation \d+\.\d points\n$")
    code, out, _ = call(capsys, "import-genius", GENIUS / "fleet_domain.xml", GENIUS / "fleet_lessee.xml",
                        "-o", tmp_path / "f.meso")
    assert code == 0 and shape.match(out), out
    code, out, _ = call(capsys, "import-geniusweb", tmp_path / "web.json", "-o", tmp_path / "w.meso")
    assert code == 0 and shape.match(out), out
    assert shape.match(out).group(1) == str(tmp_path / "w.meso")


# -- cards an approver of ours refuses (item 2, cards --packages) ---------------------------------------------------
def test_cards_name_the_approver_who_refuses_a_package_and_are_still_written(qapp, capsys, tmp_path, supplier):
    ideal = supplier.package("Our ideal").terms
    plan = supplier.with_package(md.StoredPackage(name="Short warranty", terms={**ideal, "Warranty": 12}))
    path = tmp_path / "shortw.meso"
    md.save_plan(plan, path)
    code, out, err = call(capsys, "cards", path, "--packages", "Short warranty", "Our ideal", "-o",
                          tmp_path / "sw.pdf", "--allow-unequal")
    assert code == 0 and (tmp_path / "sw.pdf").exists(), err
    lines = [x for x in err.splitlines() if "objects" in x]
    assert lines == ["meso-desk: warning: card A (Short warranty): Quality objects: warranty 12 < 24 months — "
                     "settle it on our side before the card goes out"]
    code, _, err = call(capsys, "cards", path, "--packages", "Our ideal", "-o", tmp_path / "ok.pdf")
    assert code == 0 and "objects" not in err
