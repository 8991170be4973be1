"""Hostile inputs for the reliability suite (issue 18): mutated ``.meso`` files and GENIUS files.

Every generator takes a ``random.Random`` so a failing input is reproducible from its seed."""

from __future__ import annotations

import copy
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

from meso_desk.model.examples import example_names, example_path

#: values put where the format expects something else: wrong types, extremes, lone surrogates,
#: long strings, control and bidi characters, deep nesting
HOSTILE = [None, True, 0, -1, 1e308, -1e308, 1e-320, "1e400", "", " ", "\ud800", "x" * 5000, [], {}, [[[[]]]],
           "Ω\u0000\u202e", 2**70, 0.1, 100.0000001, "NaN", "\udfff tail", -0.0]


def example_docs() -> list[dict]:
    return [json.loads(example_path(n).read_text(encoding="utf-8")) for n in example_names()]


def _paths(o, pre=()) -> Iterator[tuple]:
    yield pre
    if isinstance(o, dict):
        for k, v in o.items():
            yield from _paths(v, (*pre, k))
    elif isinstance(o, list):
        for i, v in enumerate(o):
            yield from _paths(v, (*pre, i))


def mutate_meso(doc: dict, rng: random.Random) -> bytes:
    """One structural mutation of a plan document (delete / hostile value / rename or duplicate),
    then sometimes an overflowing number, a truncation, a raw byte flip or surrogate-pass bytes."""
    d = copy.deepcopy(doc)
    p = rng.choice([p for p in _paths(d) if p])
    parent = d
    for k in p[:-1]:
        parent = parent[k]
    op = rng.random()
    if op < 0.3 and isinstance(parent, dict):
        del parent[p[-1]]
    elif op < 0.8:
        parent[p[-1]] = rng.choice(HOSTILE)
    elif isinstance(parent, dict):
        parent[p[-1] + "x"] = parent.pop(p[-1])
    else:
        parent.append(copy.deepcopy(parent[p[-1]]))
    raw_utf8 = rng.random() < 0.02  # real UTF-8 (surrogates encoded as invalid bytes), not \u escapes
    text = json.dumps(d, ensure_ascii=not raw_utf8)
    if rng.random() < 0.1:
        text = text.replace("1e+308", "1e400")
    if rng.random() < 0.05:
        text = text[: rng.randrange(len(text))]
    raw = text.encode("utf-8", "surrogatepass")
    if rng.random() < 0.05:
        b = bytearray(raw)
        for _ in range(rng.randint(1, 4)):
            b[rng.randrange(len(b))] = rng.randrange(256)
        raw = bytes(b)
    return raw


# -- GENIUS ------------------------------------------------------------------------------------------
def discrete_profile(weights=("0.5", "0.3", "0.2"), evals=None, index=None, encoding=None, nest=0,
                     doctype="") -> str:
    evals = evals or {}
    head = f'<?xml version="1.0" encoding="{encoding}"?>\n' if encoding else ""
    issues = ""
    for k, name in enumerate(["A", "B", "C"], 1):
        idx = index if (index is not None and k == 1) else str(k)
        items = "".join(f'<item index="{j}" value="{name}{j}" evaluation="{evals.get((name, j), j)}"/>'
                        for j in (1, 2, 3))
        issues += f'<issue index="{idx}" name="{name}" type="discrete" etype="discrete">{items}</issue>'
    ws = "".join(f'<weight index="{k}" value="{w}"/>' for k, w in enumerate(weights, 1))
    inner = f'<objective index="0" name="root" type="objective">{issues}{ws}</objective>'
    for _ in range(nest):
        inner = f'<objective index="1" name="o" type="objective">{inner}</objective>'
    return head + doctype + f"<utility_space>{inner}</utility_space>"


def numeric_profile(lo="0", hi="10") -> str:
    return (f'<utility_space><objective index="0" name="root">'
            f'<issue index="1" name="P" type="real" lowerbound="{lo}" upperbound="{hi}">'
            f'<evaluator ftype="linear" slope="0.1" offset="0"/></issue>'
            f'<weight index="1" value="1"/></objective></utility_space>')


_LAUGHS = ('<!DOCTYPE u [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
           '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>')

#: named hostile GENIUS profiles (each embeds its domain): the defects of issue 18 #1 and #4 and the
#: classic XML attacks. Values are ``str`` (written as UTF-8) or ``bytes``.
GENIUS_CASES: dict[str, str | bytes] = {
    "weights_1e308": discrete_profile(weights=("1e308",) * 3),
    "nested_5000": discrete_profile(nest=5000),
    "index_inf": discrete_profile(index="inf"),
    "index_nan": discrete_profile(index="nan"),
    "index_1e20": discrete_profile(index="1e20"),
    "bounds_1e308": numeric_profile("-1e308", "1e308"),
    "bounds_equal": numeric_profile("5", "5"),
    "unknown_encoding": discrete_profile(encoding="x-no-such-enc").encode(),
    "utf16_bom": discrete_profile(encoding="UTF-16").encode("utf-16"),
    "evaluation_1e308": discrete_profile(evals={("A", 1): "1e308"}),
    "evaluation_nan": discrete_profile(evals={("A", 1): "nan"}),
    "evaluation_negative": discrete_profile(evals={("A", 1): "-1"}),
    "entity_expansion": discrete_profile(doctype=_LAUGHS).replace('value="A1"', 'value="&c;"'),
    "external_entity": discrete_profile(doctype='<!DOCTYPE u [<!ENTITY x SYSTEM "file:///etc/passwd">]>')
    .replace('value="A1"', 'value="&x;"'),
    "truncated": discrete_profile()[:200],
    "empty": "",
}

GENIUS_VALUES = ["inf", "-inf", "nan", "1e308", "-1e308", "1e-320", "", "-1", "0", "99999999999999999999", "x",
                 "1e400", "\u202e", "0x10", "1_000", " 3 ", "null"]


def _domain_rank(stem: str, folder: str) -> int:
    """The domain file of a case: the folder's name, else "…domain", else thompson's "…employment"."""
    return 0 if stem == folder else 1 if stem.endswith(("domain", "employment")) else 2


def genius_pairs(cases: Path) -> list[tuple[Path, Path]]:
    """(domain, profile) for every profile of every case folder."""
    out = []
    for d in sorted(p for p in cases.iterdir() if p.is_dir()):
        xs = sorted(d.glob("*.xml"))
        dom_file = min(xs, key=lambda x, folder=d.name.lower(): _domain_rank(x.stem.lower(), folder))
        out += [(dom_file, prof) for prof in xs if prof != dom_file]
    return out


def mutate_genius(text: str, rng: random.Random) -> str:
    """Change one attribute value, drop one attribute, or duplicate/drop one element."""
    attrs = list(re.finditer(r'(\w+)="([^"]*)"', text))
    if not attrs:
        return text[: rng.randrange(len(text) + 1)]
    m = rng.choice(attrs)
    op = rng.random()
    if op < 0.7:
        return text[:m.start(2)] + rng.choice(GENIUS_VALUES) + text[m.end(2):]
    if op < 0.85:
        return text[:m.start()] + text[m.end():]
    tags = list(re.finditer(r"<(issue|item|weight|evaluator)\b[^>]*/?>", text))
    if not tags:
        return text
    t = rng.choice(tags)
    if t.group(0).endswith("/>"):
        return text[:t.start()] + t.group(0) * 2 + text[t.end():]
    return text[:t.start()] + text[t.end():]
