"""One error contract (issue 18): every error a file or input can produce is one line of at
most ~200 characters, ``path: reason``, echoing values shortened."""

from __future__ import annotations

import json

import pytest

from meso_desk.model.errors import MAX_MESSAGE, PlanError, quoted, short_number, shorten
from meso_desk.model.examples import example_path
from meso_desk.model.io import PlanFileError, plan_from_bytes
from meso_desk.model.preferences.issues import format_quantity

BIG_NAME = "N" * 10_000_000  # a 10 MB issue name


def _supplier() -> dict:
    return json.loads(example_path("supplier").read_text("utf-8"))


def _rename_issue(d: dict, k: int, new: str) -> None:
    old = d["issues"][k]["name"]
    d["issues"][k]["name"] = new
    d["weights"] = {(new if n == old else n): w for n, w in d["weights"].items()}
    for p in d["packages"]:
        p["terms"] = {(new if n == old else n): t for n, t in p["terms"].items()}


def _dup_big_name(d):
    _rename_issue(d, 0, BIG_NAME)
    d["issues"][1]["name"] = BIG_NAME


def _huge_bounds(d):
    d["issues"][2].update(min=0, max=1e308, step=1e303, hard_limit=None, curve="linear")
    d["packages"][1]["terms"]["Delivery"] = -5e307


def _delivery_out_of_range(d):
    d["packages"][1]["terms"]["Delivery"] = 99


def _duplicate_package(d):
    d["packages"].append(dict(d["packages"][0]))


def _unknown_key_10mb(d):
    d["issues"][0][BIG_NAME] = 1


def _bad_term_text(d):
    d["packages"][0]["terms"]["Incoterm"] = "Z" * 5_000


CASES = [
    (_dup_big_name, "issues[1].name: two issues are called 'NNNN"),
    (_huge_bounds, "packages[1].terms.Delivery: -5e+307 weeks is outside 0 weeks – 1e+308 weeks"),
    (_delivery_out_of_range, "packages[1].terms.Delivery: 99 weeks is outside"),
    (lambda d: d.__setitem__("weights", {n: 0 for n in d["weights"]}), "weights: at least one weight"),
    (_duplicate_package, f"packages[{len(_supplier()['packages'])}].name: two packages are called"),
    (_unknown_key_10mb, "issues[0].NNNN"),
    (_bad_term_text, "packages[0].terms.Incoterm: 'ZZZ"),
    (lambda d: d["issues"][0].update(min=1e300, max=1e301, step=1e299),
     "issues[0]: hard limit 248 leaves no acceptable term in 1e+300..1e+301"),
]


@pytest.mark.parametrize("mutate, start", CASES)
def test_hostile_inputs_give_one_short_line_with_the_path(mutate, start):
    d = _supplier()
    mutate(d)
    with pytest.raises(PlanFileError) as ei:
        plan_from_bytes(json.dumps(d).encode("utf-8"), "x.meso")
    msg = str(ei.value)
    assert "\n" not in msg and len(msg) <= MAX_MESSAGE, (len(msg), msg[:300])
    assert msg.startswith(f"x.meso: {start}"), msg[:300]
    assert "invalid plan at" not in msg and "at least one …" not in msg


def test_huge_bounds_echo_numbers_in_short_form():
    d = _supplier()
    d["packages"][1]["terms"]["Delivery"] = 1e200
    with pytest.raises(PlanFileError) as ei:
        plan_from_bytes(json.dumps(d).encode("utf-8"), "x.meso")
    assert "1e+200 weeks is outside" in str(ei.value), str(ei.value)


def test_plan_file_error_caps_its_text():
    err = PlanFileError("f" * 500 + ".meso", "r" * 100_000 + "\nsecond line")
    assert len(str(err)) <= MAX_MESSAGE and "\n" not in str(err)
    assert str(err).endswith("…")


def test_helpers():
    assert shorten("abc") == "abc" and shorten("x" * 100, 10) == "x" * 9 + "…"
    assert shorten("a\nb") == "a b"
    assert quoted("y" * 100).startswith("'yyy") and len(quoted("y" * 100)) == 42
    assert short_number(1e308) == "1e+308" and short_number(12.5) == "12.5" and short_number(-3) == "-3"
    assert format_quantity(1e308, "EUR", 2) == "EUR 1e+308"
    assert format_quantity(float("inf"), "weeks", 0) == "inf weeks"
    assert format_quantity(1234.5, "EUR", 1) == "EUR 1,234.50"
    assert str(PlanError("weights", "bad")) == "weights: bad"


def test_large_numbers_in_messages_are_written_out_grouped():
    # a range typed as 1000000000000 was echoed back as "1e+12", 123456.7 as "123457"
    assert short_number(1e12) == "1,000,000,000,000"
    assert short_number(123456.7) == "123,456.7" and short_number(-2.5e6) == "-2,500,000"
    assert short_number(99999.5) == "99999.5" and short_number(1e15) == "1e+15"
