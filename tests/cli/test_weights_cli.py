"""meso-desk weights [--ask]: the weights, and the pairwise questions answered on stdin."""

from __future__ import annotations

import io

import meso_desk as md
from meso_desk import cli
from meso_desk.model.examples import example_path

SUPPLIER = str(example_path("supplier"))


def test_weights_prints_each_issue(capsys):
    assert cli.main(["weights", SUPPLIER]) == 0
    out = capsys.readouterr().out
    assert "Unit price" in out and "%" in out


def test_ask_answers_on_stdin_and_saves_the_weights(tmp_path, monkeypatch, capsys):
    out_file = tmp_path / "asked.meso"
    monkeypatch.setattr("sys.stdin", io.StringIO("1\nx\n2\n=\nq\n"))
    assert cli.main(["weights", SUPPLIER, "--ask", "--band", "10", "-o", str(out_file)]) == 0
    out = capsys.readouterr().out
    assert "Q1. 1) " in out and "    2) " in out and "answer 1 (the first)" in out  # 'x' is refused, asked again
    plan = md.load_plan(out_file)
    assert plan.weight_region is not None and plan.weight_region.source == "answers to 3 questions"
    assert plan.weights != md.load_plan(SUPPLIER).weights


def test_ask_without_any_answer_is_one_line_and_exit_2(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert cli.main(["weights", SUPPLIER, "--ask"]) == 2
    assert capsys.readouterr().err.strip() == "meso-desk: Answer at least one question first."


def test_mesos_states_robustness_and_robust_keeps_the_set_equal(capsys):
    assert cli.main(["mesos", SUPPLIER]) == 0
    today = capsys.readouterr().out.strip().splitlines()[-1]
    assert today.startswith("robustness: Stays within") and "stop being equal" in today
    assert cli.main(["mesos", SUPPLIER, "--robust"]) == 0
    robust = capsys.readouterr().out.strip().splitlines()[-1]
    assert robust.startswith("robustness: Stays within") and "stop being equal" not in robust


def test_ask_from_scratch_takes_a_typed_term_on_a_matching_question(tmp_path, monkeypatch, capsys):
    """From scratch the supplier plan gets matching questions: typing a term in range answers one
    ("equal at this"), a term out of range is refused and asked again."""
    from meso_desk.model.preferences.elicitation import start_elicitation

    plan = md.load_plan(SUPPLIER)
    state, typed = start_elicitation(plan, band=None), []
    while True:  # the same questions the command will ask (same seed): choose until one may be matched
        q = state.next_question()
        if q.match is not None:
            break
        typed.append("1")
        state = state.answer(q, "first")
    lo, hi = q.match_range
    term = round((lo + hi) / 2, 1)
    out_file = tmp_path / "asked.meso"
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join([*typed, str(hi + 1000), str(term), "q"]) + "\n"))
    assert cli.main(["weights", SUPPLIER, "--ask", "-o", str(out_file)]) == 0
    out = capsys.readouterr().out
    assert f"Or type the {q.match} at which the second is worth the same to you" in out
    assert f"or the {q.match} that makes them equal" in out  # the out-of-range term was refused
    saved = md.load_plan(out_file)
    assert saved.weight_region.source == f"answers to {len(typed) + 1} questions"


def test_a_named_term_in_conflict_can_be_named_again(monkeypatch, capsys):
    """Naming the first package's own term makes an answer that cannot be true near the weights;
    the question comes again as it was asked and takes another term (it refused one before)."""
    import numpy as np

    from meso_desk.model.preferences.elicitation import balancing_term, start_elicitation

    plan = md.load_plan(SUPPLIER)
    state = start_elicitation(plan, band=0.10)
    q = state.next_question()
    assert q.match is not None
    x = balancing_term(state.issues, np.array([plan.weights[n] for n in plan.issue_names]), q)
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{q.first[q.match]}\n{x:.2f}\nq\n"))
    assert cli.main(["weights", SUPPLIER, "--ask", "--band", "10"]) == 0
    out = capsys.readouterr().out
    assert "Q1 cannot be true for weights within the band you set" in out
    assert f"Q1 again: {q.text} >" in out  # the question as asked, not "X — or X"
    assert "that makes them equal" not in out.split("Q1 again:")[1]  # the typed term was taken
    assert "(1 answered;" in out.split("Q1 again:")[1]


def _unwritable_folders(monkeypatch):
    """Every folder refuses a new file, as /proc or a read-only share does."""
    import tempfile

    def refuse(*_a, **_k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)


def test_ask_refuses_an_output_it_cannot_write_before_the_questions(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("1\nq\n"))
    _unwritable_folders(monkeypatch)
    assert cli.main(["weights", SUPPLIER, "--ask", "-o", str(tmp_path / "x.meso")]) == 1
    out, err = capsys.readouterr()
    assert "Q1." not in out  # no answer wasted
    assert err.strip() == f"meso-desk: x.meso: cannot write in {tmp_path} (Permission denied)"
    monkeypatch.undo()
    monkeypatch.setattr("sys.stdin", io.StringIO("1\nq\n"))
    assert cli.main(["weights", SUPPLIER, "--ask", "-o", str(tmp_path / "no" / "x.meso")]) == 2
    out, err = capsys.readouterr()
    assert "Q1." not in out and "x.meso: the folder does not exist" in err and err.count("\n") == 1


def test_a_band_outside_0_to_100_points_is_refused_in_one_line(monkeypatch, capsys):
    for band in ("-3", "0", "nan", "inf", "101"):
        monkeypatch.setattr("sys.stdin", io.StringIO("1\nq\n"))
        assert cli.main(["weights", SUPPLIER, "--ask", f"--band={band}"]) == 2
        out, err = capsys.readouterr()
        assert err == f"meso-desk: --band {band}: the band must be more than 0 and at most 100 points\n"
        assert "Q1." not in out


def test_a_band_that_already_pins_the_weights_says_there_is_nothing_to_ask(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("1\nq\n"))
    assert cli.main(["weights", SUPPLIER, "--ask", "--band", "0.5", "-o", str(tmp_path / "w.meso")]) == 2
    out, err = capsys.readouterr()
    assert err == "meso-desk: the weights are already within ± 0.5 points: nothing to ask\n"
    assert "Q1." not in out and not (tmp_path / "w.meso").exists()


def test_out_or_band_without_ask_is_refused_instead_of_ignored(tmp_path, capsys):
    assert cli.main(["weights", SUPPLIER, "-o", str(tmp_path / "w.meso")]) == 2
    assert capsys.readouterr().err == "meso-desk: -o needs --ask: it saves the weights the questions find\n"
    assert not (tmp_path / "w.meso").exists()
    assert cli.main(["weights", SUPPLIER, "--band", "10"]) == 2
    assert capsys.readouterr().err == "meso-desk: --band needs --ask: it is where the questions start\n"


def test_a_term_out_of_range_is_refused_saying_why_and_the_range(monkeypatch, capsys):
    """500 days on a question whose term can be 15–90 days: said to be out of range, the range
    given, and the question asked again (nothing recorded)."""
    from meso_desk.model.preferences.elicitation import start_elicitation

    plan = md.load_plan(SUPPLIER)
    q = start_elicitation(plan, band=0.10).next_question()
    assert q.match is not None
    issue = plan.issue(q.match)
    lo, hi = q.match_range
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{hi + 410:g}\n{lo - 10:g}\nq\n"))
    assert cli.main(["weights", SUPPLIER, "--ask", "--band", "10"]) == 2  # no answer recorded
    out = capsys.readouterr().out
    for typed in (f"{hi + 410:g}", f"{lo - 10:g}"):
        assert (f"{typed} is outside the range here: the {q.match} that makes them equal is from "
                f"{issue.format_term(lo)} to {issue.format_term(hi)}") in out


def test_the_closing_line_speaks_of_the_command_line(monkeypatch, capsys):
    """After the tenth answer: no "Swings tab", no "apply" — the weights are printed, -o saves them."""
    import numpy as np

    from meso_desk.model.preferences.elicitation import EQUAL_POINTS, MAX_QUESTIONS, start_elicitation

    plan = md.load_plan(SUPPLIER)
    state, typed = start_elicitation(plan, band=None), []
    true = np.array([0.30, 0.08, 0.25, 0.07, 0.20, 0.10])
    while not state.finished:  # the same questions the command will ask (same seed)
        q = state.next_question()
        s = float(np.dot(true, q.d))
        choice = "equal" if abs(s) <= EQUAL_POINTS else ("first" if s > 0 else "second")
        typed.append({"first": "1", "second": "2", "equal": "="}[choice])
        state = state.answer(q, choice)
    assert len(typed) == MAX_QUESTIONS and not state.pinned
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(typed) + "\n"))
    assert cli.main(["weights", SUPPLIER, "--ask"]) == 0
    out = capsys.readouterr().out
    assert "That is enough questions." in out and "-o saves them" in out
    assert "Swings tab" not in out and "apply" not in out.lower()
