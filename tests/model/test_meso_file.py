""".meso files: versioned JSON, one-line errors, atomic saves with a .bak, damaged files."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest

import meso_desk as md
from meso_desk.model.examples import example_path
from meso_desk.model.io import (
    MAX_FILE_BYTES,
    PlanFileError,
    load_plan,
    meso_file,
    plan_from_bytes,
    plan_to_bytes,
    save_plan,
)
from meso_desk.model.plan import FORMAT_VERSION, Plan
from meso_desk.model.scoring import build_score_table

OLD_TIME = 1_600_000_000  # a fixed mtime in the past: any rewrite of the file would change it


def _snapshot(p: Path) -> tuple[bytes, int]:
    return p.read_bytes(), os.stat(p).st_mtime_ns


def _error_for(p: Path) -> str:
    before = _snapshot(p) if p.is_file() else None
    with pytest.raises(PlanFileError) as ei:
        load_plan(p)
    msg = str(ei.value)
    assert "\n" not in msg and "\r" not in msg and msg.startswith(f"{p.name}: ")
    assert ei.value.path == p
    if before is not None:
        assert _snapshot(p) == before
    return msg


def _write(tmp_path: Path, data: bytes | str, name: str = "plan.meso") -> Path:
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    os.utime(p, (OLD_TIME, OLD_TIME))
    return p


def _supplier_dict() -> dict:
    return json.loads(example_path("supplier").read_text("utf-8"))


# -- reading ---------------------------------------------------------------------------------------
def test_round_trip_of_the_examples(tmp_path):
    for name in ("supplier", "hiring"):
        plan = md.example_plan(name)
        p = save_plan(plan, tmp_path / f"{name}.meso")
        assert load_plan(p) == plan
        assert p.read_bytes() == plan_to_bytes(plan)
        data = json.loads(p.read_text("utf-8"))
        assert data["format"] == "meso-desk" and data["version"] == FORMAT_VERSION


def test_utf8_bom_is_accepted(tmp_path):
    raw = example_path("hiring").read_bytes()
    p = _write(tmp_path, b"\xef\xbb\xbf" + raw)
    assert load_plan(p) == md.example_plan("hiring")


def test_too_new_version(tmp_path):
    d = _supplier_dict()
    d["version"] = FORMAT_VERSION + 1
    msg = _error_for(_write(tmp_path, json.dumps(d)))
    assert "newer MESO Desk" in msg and f"version {FORMAT_VERSION + 1}" in msg


@pytest.mark.parametrize("version, expected", [(0, "unknown format version 0"), ("1", "whole number"),
                                               (1.5, "whole number"), (True, "whole number"),
                                               (None, "whole number")])
def test_bad_versions(tmp_path, version, expected):
    d = _supplier_dict()
    d["version"] = version
    assert expected in _error_for(_write(tmp_path, json.dumps(d)))


@pytest.mark.parametrize("content, expected", [
    (b"", "file is empty"),
    (b"  \n\t", "file is empty"),
    (b"\xff\xfe\x00{", "not UTF-8"),
    (b"{\"format\": \"meso-desk\", ", "not valid JSON"),
    (b"[1, 2, 3]", "holds no JSON object"),
    (b"{\"format\": \"genius\", \"version\": 1}", "format is 'genius'"),
    (b"{\"version\": 1}", "no format field"),
    (b"<utility_space/>", "this is XML; GENIUS files are read with import-genius"),
    (b"{\"format\": \"meso-desk\", \"version\": 1, \"reservation\": NaN}", "NaN is not allowed"),
    (b"[" * 100_000 + b"]" * 100_000, "not"),
])
def test_wrong_content(tmp_path, content, expected):
    assert expected in _error_for(_write(tmp_path, content))


def test_invalid_field_path_is_named(tmp_path):
    d = _supplier_dict()
    d["issues"][2]["min"] = 50
    msg = _error_for(_write(tmp_path, json.dumps(d)))
    assert msg.startswith("plan.meso: issues[2]: min (50)")
    assert "must be below max" in msg
    d = _supplier_dict()
    d["issues"][5]["options"][1]["value"] = 140
    assert "issues[5].options[1].value" in _error_for(_write(tmp_path, json.dumps(d)))
    d = _supplier_dict()
    d["reservation"] = "high"
    assert "reservation" in _error_for(_write(tmp_path, json.dumps(d)))
    d = _supplier_dict()
    d["packages"][0]["terms"]["Unit price"] = 999
    assert "outside" in _error_for(_write(tmp_path, json.dumps(d)))


def test_unknown_fields_are_refused_with_their_path(tmp_path):
    d = _supplier_dict()
    d["issues"][0]["colour"] = "red"
    assert "issues[0].colour" in _error_for(_write(tmp_path, json.dumps(d)))


def test_oversized_file_is_refused_before_reading(tmp_path):
    p = tmp_path / "huge.meso"
    with open(p, "wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)  # sparse, nothing written
    os.utime(p, (OLD_TIME, OLD_TIME))
    assert "too large" in _error_for(p)


def test_missing_file_and_folder(tmp_path):
    assert "file not found" in _error_for(tmp_path / "nothing.meso")
    folder = tmp_path / "folder.meso"
    folder.mkdir()
    assert "folder" in _error_for(folder)


def test_plan_from_bytes_names_the_given_path():
    with pytest.raises(PlanFileError, match=r"^mine\.meso: file is empty$"):
        plan_from_bytes(b"", "some/where/mine.meso")


# -- damaged files: sampled on a real file (exhaustive: slow) --------------------------------------------------------------
def _check_damaged(p: Path, data: bytes) -> str:
    p.write_bytes(data)
    os.utime(p, (OLD_TIME, OLD_TIME))
    before = _snapshot(p)
    try:
        plan = load_plan(p)
    except PlanFileError as e:
        msg = str(e)
        assert "\n" not in msg and "\r" not in msg and msg.startswith(f"{p.name}: "), msg
        outcome = "error"
    else:
        # it loaded: it must pass full validation (schema, every package, a score table)
        Plan.model_validate(json.loads(plan.to_json()))
        for sp in plan.packages:
            assert 0 <= md.score(plan, plan.package(sp.name)) <= 100 + 1e-9
        build_score_table(plan)
        outcome = "loaded"
    assert _snapshot(p) == before, "loading changed the file"
    return outcome


#: Damaged copies checked by default (a seeded sample); the exhaustive versions are marked slow.
SAMPLES = 80


def _sample(n: int, k: int, seed: int) -> list[int]:
    rng = random.Random(seed)
    return sorted(rng.sample(range(n), min(k, n)))


def test_truncations_of_a_valid_file(tmp_path):
    """Any cut of the file gives one error line (only a cut of trailing whitespace may load);
    the cut points are a seeded sample plus both ends."""
    raw = example_path("hiring").read_bytes()
    p = tmp_path / "cut.meso"
    for n in sorted({0, 1, len(raw) - 1, *_sample(len(raw), SAMPLES, seed=16)}):
        outcome = _check_damaged(p, raw[:n])
        assert outcome == "error" or not raw[n:].strip(), f"the file cut at byte {n} loaded"
    assert _check_damaged(p, raw) == "loaded"
    assert sorted(x.name for x in tmp_path.iterdir()) == ["cut.meso"]  # no .bak, no temp files


def _flip(raw: bytes, i: int, mask: int) -> bytes:
    return raw[:i] + bytes([raw[i] ^ mask]) + raw[i + 1:]


def test_single_byte_flips_of_a_valid_file(tmp_path):
    """A flipped byte gives one error line or a plan that passes full validation, and never
    changes the file; the flips are a seeded sample plus one known to load and one known to fail."""
    raw = example_path("hiring").read_bytes()
    p = tmp_path / "flip.meso"
    rng = random.Random(16)
    for i in _sample(len(raw), SAMPLES, seed=17):
        _check_damaged(p, _flip(raw, i, rng.choice((0x01, 0x20, 0x80))))
    title = raw.index(b'"title"')
    letter = next(k for k in range(raw.index(b'"', title + 8) + 1, len(raw)) if chr(raw[k]).isalpha())
    assert _check_damaged(p, _flip(raw, letter, 0x20)) == "loaded"  # another title: a valid plan
    assert _check_damaged(p, _flip(raw, raw.index(b"{"), 0x80)) == "error"
    assert sorted(x.name for x in tmp_path.iterdir()) == ["flip.meso"]


@pytest.mark.slow
def test_every_truncation_of_a_valid_file(tmp_path):
    raw = example_path("hiring").read_bytes()
    p = tmp_path / "cut.meso"
    outcomes = [_check_damaged(p, raw[:n]) for n in range(len(raw))]
    assert outcomes.count("error") >= len(raw) - 2  # only a cut of trailing whitespace can still load
    assert _check_damaged(p, raw) == "loaded"
    assert sorted(x.name for x in tmp_path.iterdir()) == ["cut.meso"]  # no .bak, no temp files


@pytest.mark.slow
def test_every_single_byte_flip_of_a_valid_file(tmp_path):
    raw = example_path("hiring").read_bytes()
    p = tmp_path / "flip.meso"
    loaded = 0
    for i in range(len(raw)):
        for mask in (0x01, 0x20, 0x80):
            loaded += _check_damaged(p, _flip(raw, i, mask)) == "loaded"
    assert 0 < loaded < 3 * len(raw)  # some flips (digits, letters in text) load as other valid plans
    assert sorted(x.name for x in tmp_path.iterdir()) == ["flip.meso"]


# -- saving ----------------------------------------------------------------------------------------------
def test_second_save_keeps_a_bak(tmp_path):
    p = tmp_path / "deal.meso"
    first = md.example_plan("supplier")
    second = first.replace(title="Revised")
    save_plan(first, p)
    assert not (tmp_path / "deal.meso.bak").exists()
    save_plan(second, p)
    assert load_plan(p) == second
    assert load_plan(tmp_path / "deal.meso.bak") == first
    third = second.replace(title="Third")
    save_plan(third, p)
    assert load_plan(tmp_path / "deal.meso.bak") == second
    assert sorted(x.name for x in tmp_path.iterdir()) == ["deal.meso", "deal.meso.bak"]
    save_plan(third.replace(title="No backup"), p, backup=False)
    assert load_plan(tmp_path / "deal.meso.bak") == second


def test_failed_replace_leaves_the_old_file_and_no_temp(tmp_path, monkeypatch):
    p = tmp_path / "deal.meso"
    old = md.example_plan("supplier")
    save_plan(old, p)
    before = p.read_bytes()

    def boom(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(meso_file.os, "replace", boom)
    with pytest.raises(PlanFileError) as ei:
        save_plan(old.replace(title="New"), p)
    assert "\n" not in str(ei.value) and "could not save" in str(ei.value)
    monkeypatch.undo()
    assert p.read_bytes() == before
    assert load_plan(p) == old
    leftovers = [x.name for x in tmp_path.iterdir() if x.name not in ("deal.meso", "deal.meso.bak")]
    assert leftovers == []


def test_interrupted_write_leaves_the_old_file_and_no_temp(tmp_path, monkeypatch):
    p = tmp_path / "deal.meso"
    old = md.example_plan("hiring")
    save_plan(old, p)
    before = p.read_bytes()

    def interrupted(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(meso_file.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        save_plan(old.replace(title="New"), p)
    monkeypatch.undo()
    assert p.read_bytes() == before
    assert [x.name for x in tmp_path.iterdir()] == ["deal.meso"]


def test_save_into_a_missing_folder_is_one_line(tmp_path):
    with pytest.raises(PlanFileError) as ei:
        save_plan(md.example_plan(), tmp_path / "no" / "such" / "plan.meso")
    assert "\n" not in str(ei.value) and "cannot write" in str(ei.value)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_save_keeps_the_file_mode(tmp_path):
    p = tmp_path / "deal.meso"
    save_plan(md.example_plan(), p)
    os.chmod(p, 0o640)
    save_plan(md.example_plan().replace(title="x"), p)
    assert os.stat(p).st_mode & 0o777 == 0o640


def test_saved_file_is_readable_utf8_json(tmp_path):
    plan = md.example_plan("supplier").replace(title="Bürostühle — Ergonord 2027", notes="Ünïcödé ✓")
    p = save_plan(plan, tmp_path / "u.meso")
    text = p.read_text("utf-8")
    assert "Bürostühle" in text and text.endswith("\n")
    assert json.loads(text)["title"] == "Bürostühle — Ergonord 2027"


# -- issue 18: pipes and devices, stale temporary files, caps, format version 2 -------------------------
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")
@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_fifo_or_device_is_refused_not_blocking(tmp_path, kind):
    # in a subprocess with a timeout, so that a regression cannot hang the test run
    import subprocess
    import sys

    if kind == "fifo":
        target = tmp_path / "pipe.meso"
        os.mkfifo(target)
    else:
        target = Path("/dev/zero")
    code = ("import sys\nfrom meso_desk.model.io import load_plan, PlanFileError\n"
            "try:\n    load_plan(sys.argv[1])\nexcept PlanFileError as e:\n    print(e)\n")
    r = subprocess.run([sys.executable, "-c", code, str(target)], capture_output=True, text=True, timeout=20)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"{target.name}: is not a regular file (a pipe or a device), not a plan file"


def _stale_temp(folder: Path, name: str, age: float = 60.0) -> Path:
    t = folder / name
    t.write_bytes(b"x" * 1000)
    old = os.path.getmtime(t) - age
    os.utime(t, (old, old))
    return t


@pytest.mark.skipif(meso_file.fcntl is None, reason="needs fcntl (POSIX)")
def test_stale_temp_removed_on_next_save_and_open(tmp_path):
    import subprocess
    import sys

    target = tmp_path / "plan.meso"
    plan = md.example_plan("supplier")
    save_plan(plan, target)
    stale = _stale_temp(tmp_path, ".plan.meso.abcd1234.tmp")
    fresh = _stale_temp(tmp_path, ".plan.meso.fresh_01.tmp", age=0.0)
    other = _stale_temp(tmp_path, ".other.meso.abcd1234.tmp")
    odd = _stale_temp(tmp_path, ".plan.meso.ABCD1234.tmp")  # not mkstemp's alphabet
    link = tmp_path / ".plan.meso.link0000.tmp"
    link.symlink_to(other)
    locked = _stale_temp(tmp_path, ".plan.meso.locked00.tmp")
    holder = subprocess.Popen(
        [sys.executable, "-c", "import fcntl, sys\nf = open(sys.argv[1], 'rb')\n"
         "fcntl.flock(f, fcntl.LOCK_EX)\nprint('held', flush=True)\nsys.stdin.read()\n", str(locked)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        save_plan(plan, target)
        assert not stale.exists()
        assert fresh.exists() and other.exists() and odd.exists() and link.is_symlink()
        assert locked.exists()  # another process (a save in progress) holds it
    finally:
        holder.communicate("", timeout=10)
    stale2 = _stale_temp(tmp_path, ".plan.meso.zzzz9999.tmp")
    assert load_plan(target) == plan
    assert not stale2.exists() and not locked.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".plan.meso.")) == [
        ".plan.meso.ABCD1234.tmp", ".plan.meso.fresh_01.tmp", ".plan.meso.link0000.tmp"]


@pytest.mark.skipif(meso_file.fcntl is None, reason="needs fcntl (POSIX)")
def test_a_save_holds_the_lock_on_its_temp_until_it_replaces_the_target(tmp_path, monkeypatch):
    import fcntl

    seen = []
    real_replace = os.replace

    def spy(src, dst):
        if str(src).endswith(".tmp") and Path(dst).name == "plan.meso":
            fd = os.open(src, os.O_RDONLY)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                seen.append("free")
            except OSError:
                seen.append("held")
            finally:
                os.close(fd)
        return real_replace(src, dst)

    monkeypatch.setattr(meso_file.os, "replace", spy)
    save_plan(md.example_plan("supplier"), tmp_path / "plan.meso")
    assert seen == ["held"]


def test_issue_cap_refused_before_validation(tmp_path):
    from meso_desk.model.io import MAX_ISSUES, MAX_OPTIONS

    n = 60_000
    d = {"format": "meso-desk", "version": FORMAT_VERSION, "reservation": 0,
         "issues": [{"kind": "numeric", "name": f"i{k}", "min": 0, "max": 1, "direction": "higher"}
                    for k in range(n)], "weights": {f"i{k}": 1 for k in range(n)}}
    msg = _error_for(_write(tmp_path, json.dumps(d)))
    assert msg == f"plan.meso: issues: 60,000 issues; a plan holds at most {MAX_ISSUES}"
    d = _supplier_dict()
    d["issues"][5]["options"] = [{"label": f"o{k}", "value": 1, "acceptable": True} for k in range(MAX_OPTIONS + 1)]
    msg = _error_for(_write(tmp_path, json.dumps(d)))
    assert msg == f"plan.meso: issues[5].options: {MAX_OPTIONS + 1:,} options; an issue has at most {MAX_OPTIONS:,}"


@pytest.mark.parametrize("drop, path", [
    (lambda d: d["issues"][0].pop("direction"), "issues[0].direction"),
    (lambda d: d["issues"][5]["options"][0].pop("acceptable"), "issues[5].options[0].acceptable"),
    (lambda d: d["issues"][5]["options"].__setitem__(0, ["EXW", 0]), "issues[5].options[0].acceptable"),
    (lambda d: d.pop("weights"), "weights"),
    (lambda d: d.pop("reservation"), "reservation"),
])
def test_v2_missing_meaningful_field_refused_with_path(tmp_path, drop, path):
    d = _supplier_dict()
    d["version"] = 2
    drop(d)
    assert _error_for(_write(tmp_path, json.dumps(d))) == (
        f"plan.meso: {path}: missing (required since format version 2)")


def test_v1_missing_keys_migrate_with_logged_notes(tmp_path, caplog):
    d = _supplier_dict()
    d["version"] = 1
    d["issues"][0].pop("direction")
    d["issues"][5]["options"][0].pop("acceptable")
    d.pop("weights")
    d.pop("reservation")
    d["aspiration"] = 70
    p = _write(tmp_path, json.dumps(d))
    notes: list[str] = []
    with caplog.at_level("WARNING", logger="meso_desk.io"):
        plan = load_plan(p, notes)
    assert notes == [
        "weights was missing (format version 1); set to equal weights",
        "reservation was missing (format version 1); set to 0.0",
        "issues[0].direction was missing (format version 1); set to \"higher\"",
        "issues[5].options[0].acceptable was missing (format version 1); set to true",
    ]
    assert [r.getMessage() for r in caplog.records] == [f"plan.meso: {n}" for n in notes]
    assert plan.version == FORMAT_VERSION and plan.reservation == 0.0
    assert plan.issues[0].direction == "higher" and plan.issues[5].options[0].acceptable
    assert len(set(plan.weights.values())) == 1
    assert _snapshot(p)[0] == json.dumps(d).encode()  # loading never rewrites the file
    again = tmp_path / "again.meso"
    save_plan(plan, again)
    assert json.loads(again.read_text("utf-8"))["version"] == FORMAT_VERSION
    assert load_plan(again) == plan


def test_complete_v1_file_migrates_without_notes(tmp_path):
    notes: list[str] = []
    d = _supplier_dict()
    d["version"] = 1
    assert load_plan(_write(tmp_path, json.dumps(d)), notes) == md.example_plan("supplier")
    assert notes == []


def test_a_read_only_plan_is_not_replaced_by_save(tmp_path):
    """The atomic replace wrote over a file marked read-only (keeping its mode): Save refuses and
    says to use Save As; the file is untouched."""
    import stat

    from meso_desk.model.io.meso_file import PlanFileError, save_plan

    path = tmp_path / "locked.meso"
    save_plan(md.example_plan("supplier"), path)
    before = path.read_bytes()
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    try:
        with pytest.raises(PlanFileError, match="read-only.*Save As"):
            save_plan(md.example_plan("hiring"), path)
        assert path.read_bytes() == before
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_a_file_without_a_version_says_so(tmp_path):
    """It was reported as "format version must be a whole number, not None"."""
    data = json.loads(example_path("supplier").read_text(encoding="utf-8"))
    del data["version"]
    msg = _error_for(_write(tmp_path, json.dumps(data)))
    assert "no format version" in msg and "None" not in msg
